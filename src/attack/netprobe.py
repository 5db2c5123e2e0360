#!/usr/bin/env python3
"""Loopback network helpers for src/attack/attack.sh (standard library only; 127.0.0.1 only).

usage:
  netprobe.py freeport              print a TCP port that is free on 127.0.0.1
  netprobe.py idle PORT N WAIT      open N connections that send nothing; while they are open, time
                                    GET /metrics and GET /healthz; then wait up to WAIT s for the
                                    server to close them. Prints one line of key=value.
  netprobe.py resets PORT N THREADS N connections that each send half a request and reset (SO_LINGER
                                    0), on THREADS threads, while /healthz is timed once a second.
                                    Prints one line of key=value.
  netprobe.py serve DIR PORT        a quiet static file server for DIR
  netprobe.py redirect PORT TO      answers every GET with 302 and Location: TO
  netprobe.py wait PORT SECONDS     exit 0 as soon as something listens on PORT, 1 after SECONDS
"""
import functools
import http.server
import socket
import struct
import sys
import threading
import time
import urllib.error
import urllib.request

HOST = "127.0.0.1"


def freeport():
    with socket.socket() as s:
        s.bind((HOST, 0))
        print(s.getsockname()[1])


def timed_get(port, path, timeout=10):
    """(status, seconds) of one GET; status 0 when there was no answer."""
    start = time.monotonic()
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}{path}", timeout=timeout) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as e:
        status = e.code
    except OSError:
        status = 0
    return status, time.monotonic() - start


def idle(port, n, wait):
    port, n, wait = int(port), int(n), float(wait)
    opened = time.monotonic()
    sockets = [socket.create_connection((HOST, port), timeout=5) for _ in range(n)]
    for s in sockets:
        s.setblocking(False)
    metrics, metrics_s = timed_get(port, "/metrics")
    health, health_s = timed_get(port, "/healthz")
    closed = {}
    while len(closed) < n and time.monotonic() - opened < wait:
        for i, s in enumerate(sockets):
            if i in closed:
                continue
            try:
                if s.recv(64) == b"":
                    closed[i] = time.monotonic() - opened
            except BlockingIOError:
                pass
            except OSError:
                closed[i] = time.monotonic() - opened
        time.sleep(0.1)
    for s in sockets:
        s.close()
    last = max(closed.values()) if closed else -1
    print(f"metrics={metrics} metrics_s={metrics_s:.3f} healthz={health} healthz_s={health_s:.3f}"
          f" closed={len(closed)} of={n} last_closed_s={last:.1f}")


def resets(port, n, threads):
    port, n, threads = int(port), int(n), int(threads)
    failures = [0]
    done = threading.Event()
    health = []

    def flood(count):
        for _ in range(count):
            try:
                s = socket.create_connection((HOST, port), timeout=5)
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                s.send(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/pla")
                s.close()  # with SO_LINGER 0: an RST, not a FIN
            except OSError:
                failures[0] += 1

    def watch():
        while not done.is_set():
            health.append(timed_get(port, "/healthz", timeout=10))
            done.wait(1)

    start = time.monotonic()
    watcher = threading.Thread(target=watch)
    watcher.start()
    workers = [threading.Thread(target=flood, args=(n // threads + (1 if i < n % threads else 0),))
               for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    done.set()
    watcher.join()
    slowest = max((s for _, s in health), default=-1)
    bad = sum(1 for status, _ in health if status != 200)
    print(f"sent={n} connect_failures={failures[0]} seconds={time.monotonic() - start:.1f}"
          f" healthz_probes={len(health)} healthz_not_200={bad} healthz_slowest_s={slowest:.3f}")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder, port):
    handler = functools.partial(Quiet, directory=folder)
    http.server.ThreadingHTTPServer((HOST, int(port)), handler).serve_forever()


def redirect(port, to):
    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", to)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    http.server.ThreadingHTTPServer((HOST, int(port)), Redirect).serve_forever()


def wait(port, seconds):
    until = time.monotonic() + float(seconds)
    while time.monotonic() < until:
        try:
            socket.create_connection((HOST, int(port)), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(1)


def main(args):
    commands = {"freeport": (freeport, 0), "idle": (idle, 3), "resets": (resets, 3), "serve": (serve, 2),
                "redirect": (redirect, 2), "wait": (wait, 2)}
    if not args or args[0] not in commands or len(args) - 1 != commands[args[0]][1]:
        sys.exit(__doc__)
    function, _ = commands[args[0]]
    function(*args[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
