#!/usr/bin/env python3
"""Hostile content and packs for src/attack/attack.sh (standard library, plus `cryptography` or
the `openssl` command to sign a forged pack).

usage:
  forge.py svg-huge SVG        the region abdomen-front-left gets an outline of 190,000 points
  forge.py svg-far SVG         the same region gets a point at x = 1e38
  forge.py hold MUSCLES.JSON   the first muscle's stretch gets "holdSeconds": 30.5
  forge.py future ZIP KEY OUT VERSION CREATED
                               copies pack ZIP to OUT with its manifest's packVersion and createdAt
                               replaced, and signs OUT (OUT.sig) with the Ed25519 PEM key KEY
Each edit is made in place and prints one line saying what it did.
"""
import base64
import json
import re
import subprocess
import sys
import zipfile

REGION = "abdomen-front-left"


def region_outline(svg_file, outline):
    """Replaces the d attribute of the region's path; returns the new outline's length."""
    with open(svg_file, encoding="utf-8") as f:
        text = f.read()
    found = re.search(r'(<path id="' + REGION + r'"[^>]*? d=")([^"]*)(")', text)
    if not found:
        sys.exit(f"forge.py: {svg_file} has no path {REGION}")
    text = text[:found.start(2)] + outline + text[found.end(2):]
    with open(svg_file, "w", encoding="utf-8") as f:
        f.write(text)
    return len(outline)


def svg_huge(svg_file):
    # 190,000 points, all inside the viewBox (400 x 1000), about 9 characters each: ~1.7 MB
    points = " ".join("L%d,%d" % (204 + i % 60, 296 + i % 190) for i in range(190_000))
    size = region_outline(svg_file, "M204,296 " + points + " Z")
    print(f"{REGION}: an outline of 190001 points, {size} characters")


def svg_far(svg_file):
    size = region_outline(svg_file, "M204,296 L1e38,300 L204,489 Z")
    print(f"{REGION}: a point at x = 1e38 ({size} characters)")


def hold(muscles_file):
    with open(muscles_file, encoding="utf-8") as f:
        text = f.read()
    at = text.find('"stretch": {')
    if at < 0:
        sys.exit(f"forge.py: {muscles_file} has no stretch")
    at += len('"stretch": {')
    text = text[:at] + '\n        "holdSeconds": 30.5,' + text[at:]
    with open(muscles_file, "w", encoding="utf-8") as f:
        f.write(text)
    print("the first muscle's stretch: holdSeconds 30.5")


def sign(key_file, data):
    """The pack signature file's text: one line of base64 of the Ed25519 signature."""
    try:
        from cryptography.hazmat.primitives import serialization
        with open(key_file, "rb") as f:
            key = serialization.load_pem_private_key(f.read(), password=None)
        signature = key.sign(data)
    except ImportError:
        signature = subprocess.run(["openssl", "pkeyutl", "-sign", "-rawin", "-inkey", key_file],
                                   input=data, capture_output=True, check=True).stdout
    if len(signature) != 64:
        sys.exit("forge.py: the signature is not 64 bytes")
    return base64.b64encode(signature).decode("ascii") + "\n"


def future(zip_in, key_file, zip_out, version, created):
    with zipfile.ZipFile(zip_in) as source, zipfile.ZipFile(zip_out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["packVersion"] = version
                manifest["createdAt"] = created
                data = json.dumps(manifest, indent=2).encode("utf-8")
            target.writestr(entry.filename, data)
    with open(zip_out, "rb") as f:
        text = sign(key_file, f.read())
    with open(zip_out + ".sig", "w", encoding="ascii") as f:
        f.write(text)
    print(f"{zip_out}: pack {version} made at {created}, signed with {key_file}")


def main(args):
    commands = {"svg-huge": (svg_huge, 1), "svg-far": (svg_far, 1), "hold": (hold, 1), "future": (future, 5)}
    if not args or args[0] not in commands or len(args) - 1 != commands[args[0]][1]:
        sys.exit(__doc__)
    function, _ = commands[args[0]]
    function(*args[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
