#!/usr/bin/env bash
# Attacks the kiosk from outside, the way a hostile pack, network client, settings file or power
# cut would, and checks what it does. Every check prints PASS or FAIL; a results table follows.
#
# usage: src/attack/attack.sh [CASE...]      CASE: 1 to 7 (default: all); see docs/attack.md
# Environment: SKIP_BUILD=1 uses the classes already built; SEED=n fixes case 7's random kill
# times; KEEP=1 keeps the run's temp folder (printed at the end).
# Needs a JDK 17, python3 (with `cryptography`, or the `openssl` command), curl, Xvfb, xdotool;
# sqlite3 is used when installed. Loopback only (127.0.0.1), a private Xvfb display, temp folders.
# Exit code: 0 when every check passed, 1 when any failed, 2 when the run could not start.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
root=$PWD
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(1 2 3 4 5 6 7)
for c in "${cases[@]}"; do [[ "$c" =~ ^[1-7]$ ]] || { echo "no case $c (1 to 7)" >&2; exit 2; }; done

cp_file=$root/target/attack-classpath.txt
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$cp_file" ]; then
  echo "building (./mvnw compile) ..." >&2
  ./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$cp_file" >&2 || { echo "the build failed" >&2; exit 2; }
fi
work=$(mktemp -d)
mkdir -p "$work/java-tmp" # the app's own temp files (JavaFX's fonts, SQLite's library) stay in the run's folder
APP=(java "-Djava.io.tmpdir=$work/java-tmp" -p "$root/target/classes:$(cat "$cp_file")"
  -m org.crampguide/org.crampguide.app.Launcher)
servers=()
source "$here/lib.sh"
cleanup() {
  [ -n "${clicker:-}" ] && kill "$clicker" 2>/dev/null
  stop_kiosk KILL
  local pid
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  [ -n "${xpid:-}" ] && kill "$xpid" 2>/dev/null && wait "$xpid" 2>/dev/null
  if [ -n "${KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
  return 0
}
trap cleanup EXIT
trap 'exit 2' INT TERM

# A private display, 1920x1080 (the staff corner and PIN pad are found at those pixels); Xvfb
# picks a free display number itself and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=:$(head -1 "$work/display" 2>/dev/null)
for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
xdotool getdisplaygeometry >/dev/null 2>&1 || { echo "Xvfb did not start" >&2; exit 2; }

# serve FOLDER PORT / redirect PORT TO: loopback web servers, stopped at the end
serve() { python3 "$here/netprobe.py" serve "$1" "$2" & servers+=($!); python3 "$here/netprobe.py" wait "$2" 10; }
redirect() { python3 "$here/netprobe.py" redirect "$1" "$2" & servers+=($!); python3 "$here/netprobe.py" wait "$1" 10; }

# copy_pack DIR: a pack folder copied from assets/ (the whole bundled guide)
copy_pack() { mkdir -p "$1" && cp -r assets/content assets/bodymap assets/stretches "$1/"; }

# The chain's key and three packs, made once: older, newer (a second later) and one that claims
# 2999, forged from the newer one and signed with the same key.
packs_made=""
make_packs() {
  [ -n "$packs_made" ] && return 0
  "${APP[@]}" --make-key "$work/keys" >"$work/make-key.out" 2>&1 || { cat "$work/make-key.out"; return 1; }
  public=$(sed -n 's/.*"contentPublicKeys": \["\(.*\)"\].*/\1/p' "$work/make-key.out")
  copy_pack "$work/chain-pack"
  local v
  for v in older newer; do
    "${APP[@]}" --make-pack "$work/chain-pack" --key "$work/keys/pack-signing.key" --out "$work/packs/$v/pack.zip" \
      --pack-version "attack-$v" >"$work/make-$v.out" 2>&1 || { cat "$work/make-$v.out"; return 1; }
    sleep 1.2
  done
  mkdir -p "$work/packs/future"
  python3 "$here/forge.py" future "$work/packs/newer/pack.zip" "$work/keys/pack-signing.key" \
    "$work/packs/future/pack.zip" attack-future-2999 2999-01-01T00:00:00Z >/dev/null || return 1
  packs_made=1
}
created_at() { python3 -c 'import json,sys,zipfile; print(json.loads(zipfile.ZipFile(sys.argv[1]).read("manifest.json"))["createdAt"])' "$1"; }
publish() { mkdir -p "$work/site"; cp "$work/packs/$1/pack.zip" "$work/packs/$1/pack.zip.sig" "$work/site/"; }

# ================================ 1. hostile artwork =================================================
case1() {
  make_packs || { verdict 1 "make a key and packs" "they are made" "failed" 1; return; }
  local kind out rc start took
  for kind in huge far; do
    copy_pack "$work/art-$kind"
    local what
    what=$(python3 "$here/forge.py" "svg-$kind" "$work/art-$kind/bodymap/front.svg")
    start=$(date +%s%N)
    out=$("${APP[@]}" --check-content "$work/art-$kind" 2>&1); rc=$?
    took=$(( ($(date +%s%N) - start) / 1000000 ))
    verdict "1-$kind-check" "--check-content on a pack whose front.svg has $what ($(stat -c %s "$work/art-$kind/bodymap/front.svg") bytes)" \
      "exit 1, a front.svg:line:column line, within 20 s" "exit $rc in $took ms: $out" \
      "$(ok test $rc -ne 0 -a $took -lt 20000 -a -n "$(grep -E 'front\.svg:[0-9]+:[0-9]+: ' <<<"$out")")"
    out=$("${APP[@]}" --make-pack "$work/art-$kind" --key "$work/keys/pack-signing.key" --out "$work/art-out-$kind/pack.zip" 2>&1); rc=$?
    verdict "1-$kind-sign" "--make-pack of the same pack" "non-zero exit, no pack.zip or .sig written" \
      "exit $rc; $(tail -1 <<<"$out"); written: $(ls "$work/art-out-$kind" 2>/dev/null | tr '\n' ' ')" \
      "$(ok test $rc -ne 0 -a ! -e "$work/art-out-$kind/pack.zip" -a ! -e "$work/art-out-$kind/pack.zip.sig")"
  done
}

# ================================ 2. downgrade and the future ======================================
case2() {
  make_packs || { verdict 2 "make a key and packs" "they are made" "failed" 1; return; }
  local web mport log from a1 a2
  web=$(freeport); serve "$work/site" "$web"; mport=$(freeport)
  publish newer
  kiosk_file chain "\"logFolder\": \"$work/state-chain/logs\"" '"usageStats": false' \
    "\"contentUrl\": \"http://127.0.0.1:$web/pack.zip\"" "\"contentPublicKeys\": [\"$public\"]" \
    '"contentCheckMinutes": 1' "\"metricsAddress\": \"127.0.0.1:$mport\""
  log=$work/state-chain/logs/cramp-guide-0.log
  start_kiosk "$work/chain.json"; wait_log "$log" 0 'pack attack-newer is on screen' 60
  verdict 2-newer "kiosk with contentUrl http://127.0.0.1:PORT/pack.zip, serving pack attack-newer (made $(created_at "$work/packs/newer/pack.zip"))" \
    "it goes on screen" "log: ${found:-nothing in 60 s}; on screen: $(curl -s "http://127.0.0.1:$mport/metrics" | grep -o 'pack_version="[^"]*"')" \
    "$(ok test -n "$found")"
  a1=$(metric "$mport" cramp_guide_content_age_seconds); sleep 3; a2=$(metric "$mport" cramp_guide_content_age_seconds)
  verdict 2-age "read cramp_guide_content_age_seconds, 3 s apart" "small (< 300 s), above 0 and growing" "$a1 then $a2" \
    "$(ok awk -v a="${a1:-x}" -v b="${a2:-x}" 'BEGIN { exit !(a+0 > 0 && a+0 < 300 && b+0 >= a+2) }')"
  stop_kiosk
  publish older; from=$(log_lines "$log")
  start_kiosk "$work/chain.json"; wait_log "$log" "$from" 'refused: pack attack-older .*older than pack attack-newer' 60
  verdict 2-older "serve pack attack-older (made $(created_at "$work/packs/older/pack.zip")), restart the kiosk (it checks at start)" \
    "refused as older, attack-newer stays" "log: ${found:-nothing in 60 s}; on screen: $(curl -s "http://127.0.0.1:$mport/metrics" | grep -o 'pack_version="[^"]*"'); last_check_success $(metric "$mport" cramp_guide_content_last_check_success)" \
    "$(ok test -n "$found")"
  stop_kiosk
  publish future; from=$(log_lines "$log")
  start_kiosk "$work/chain.json"; wait_log "$log" "$from" 'refused: pack attack-future-2999 says it was made at 2999' 60
  verdict 2-future "serve a pack whose manifest says createdAt 2999-01-01T00:00:00Z, re-signed with the kiosk's key" \
    "refused (in the future)" "log: ${found:-nothing in 60 s}" "$(ok test -n "$found")"
  a1=$(metric "$mport" cramp_guide_content_age_seconds); sleep 3; a2=$(metric "$mport" cramp_guide_content_age_seconds)
  verdict 2-age-after "content age after the 2999 pack was refused, 3 s apart" "above 0, < 300 s, growing (not pinned at 0)" \
    "$a1 then $a2; pack on screen $(curl -s "http://127.0.0.1:$mport/metrics" | grep -o 'pack_version="[^"]*"')" \
    "$(ok awk -v a="${a1:-x}" -v b="${a2:-x}" 'BEGIN { exit !(a+0 > 0 && a+0 < 300 && b+0 >= a+2) }')"
  stop_kiosk
}

# ================================ 3. starving the metrics address =================================
case3() {
  local mport log from out n m code want="" got=""
  mport=$(freeport)
  kiosk_file metrics "\"logFolder\": \"$work/state-metrics/logs\"" '"usageStats": false' "\"metricsAddress\": \"127.0.0.1:$mport\""
  log=$work/state-metrics/logs/cramp-guide-0.log
  start_kiosk "$work/metrics.json"
  wait_healthy "$mport" 60 || { verdict 3 "start a kiosk with metrics" "/healthz 200" "no answer in 60 s: $(tail -3 "$kout")" 1; stop_kiosk; return; }
  for n in 3 20; do
    out=$(python3 "$here/netprobe.py" idle "$mport" "$n" 25)
    verdict "3-idle-$n" "open $n TCP connections that send nothing" "/metrics and /healthz 200 within 2 s each; all $n closed by the server within 25 s" \
      "$out" "$(ok awk -v s="$out" -v n="$n" 'BEGIN { split(s, kv, /[ =]/); for (i = 1; i < length(kv); i += 2) v[kv[i]] = kv[i+1];
        exit !(v["metrics"] == 200 && v["metrics_s"] < 2 && v["healthz"] == 200 && v["healthz_s"] < 2 && v["closed"] == n) }')"
  done
  from=$(log_lines "$log")
  out=$(python3 "$here/netprobe.py" resets "$mport" 3500 4); sleep 2
  code=$(http_code GET "http://127.0.0.1:$mport/metrics")
  local broken stack
  broken=$(after "$log" "$from" | grep -c 'broken off')
  stack=$(traces "$(after "$log" "$from")" "$(cat "$kout")")
  verdict 3-resets "3,500 connections that send half a request and reset (SO_LINGER 0)" \
    "at most 3 log lines about broken connections, no stack trace, /metrics 200 after" \
    "$out; log lines added: $(after "$log" "$from" | wc -l), about broken connections: $broken, stack-trace lines: $stack; /metrics then $code" \
    "$(ok test "$broken" -le 3 -a "$stack" -eq 0 -a "$code" = 200)"
  for m in "DELETE /metrics 405" "TRACE /metrics 405" "PUT /metrics 405" "GET /metricsx 404" "GET /metrics/ 404" \
           "GET /-/healthy 404" "GET /metrics 200" "HEAD /metrics 200" "GET /healthz 200" "HEAD /healthz 200"; do
    set -- $m
    want+="$1 $2=$3, "; got+="$1 $2=$(http_code "$1" "http://127.0.0.1:$mport$2"), "
  done
  verdict 3-methods "DELETE, TRACE, PUT /metrics; GET /metricsx, /metrics/, /-/healthy; GET and HEAD /metrics, /healthz" \
    "${want%, }" "${got%, }" "$(ok test "$want" = "$got")"
  stop_kiosk
}

source "$here/cases.sh"

for c in "${cases[@]}"; do echo "== case $c" >&2; "case$c"; stop_kiosk KILL; done
table
[ "$failures" -eq 0 ]
