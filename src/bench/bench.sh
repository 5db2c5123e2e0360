#!/usr/bin/env bash
# The performance benchmark: start-up and memory against a bare JavaFX window, and selection
# latency, in real windows on a private X display (software rendering, as on a kiosk PC with no GPU);
# and the voice's latency, from a first-aid step to its first audio frame (espeak-ng).
# usage: src/bench/bench.sh [RUNS]        (from the project root; RUNS of each start, default 7)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  echo "bench: needs ${need[*]}: apt-get install -y ${need[*]}" >&2
  exit 2
fi
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
jfx="-Dprism.order=sw"

display() { # starts Xvfb at $1 (WxH) and sets DISPLAY
  local n=$((100 + RANDOM % 800))
  Xvfb ":$n" -screen 0 "${1}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=":$n"
  sleep 1
}
stop_display() { kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; }
trap stop_display EXIT

first_frame_ms() { # class, args...: launch -> first frame, the JVM exits as soon as it is drawn
  local start end
  start=$(date +%s%N)
  java $jfx -Dsun.perflog -Dsun.perflog.fx.firstpaintexit=true -cp "$cp" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

display 1920x1080
app=(); bare=()
for i in $(seq 1 "$runs"); do # alternating, so both see the same machine
  bare+=("$(first_frame_ms org.crampguide.bench.BareWindow 1920x1080)")
  app+=("$(first_frame_ms org.crampguide.app.Launcher)")
done
ma=$(printf '%s\n' "${app[@]}" | median); mb=$(printf '%s\n' "${bare[@]}" | median)
echo "launch -> first frame at 1920x1080, $runs runs each (ms): app ${app[*]}; bare ${bare[*]}"
awk -v a="$ma" -v b="$mb" 'BEGIN {printf "  median: app %d ms, bare window %d ms, ratio %.2f\n", a, b, a / b}'
java $jfx -cp "$cp" org.crampguide.bench.BareWindow 1920x1080 --memory
java $jfx -cp "$cp" org.crampguide.bench.SelectionBench 1920x1080 20
stop_display
display 1080x1920
java $jfx -cp "$cp" org.crampguide.bench.SelectionBench 1080x1920 20
stop_display
# the voice: a step handed to espeak-ng -> its first audio frame on the sound line (no display needed)
java -cp "$cp" org.crampguide.bench.SpeechLatency 3 2>/dev/null
# the kiosk soak's full day (verify runs 3,000 interactions): 10,000 taps, searches, language switches
# and resets, the retained heap early and late
./mvnw -q -B test -Dtest=KioskSoakTest -Dsurefire.failIfNoSpecifiedTests=false -Dsoak.interactions=10000 \
  | grep -E '^soak' || echo "bench: the soak failed; run ./mvnw test -Dtest=KioskSoakTest -Dsoak.interactions=10000" >&2
