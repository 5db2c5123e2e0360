#!/usr/bin/env bash
# The performance benchmark, in one run, in real windows on private X displays (software rendering,
# as on a kiosk PC with no GPU), every figure against a bare JavaFX window (one label, the JVM's
# defaults) measured in the same run:
#  1. launch -> first frame: the app from source (java on target/classes, the pom's app.java.options),
#     the installed image (target/dist/image, built first if missing) and the bare window,
#     alternating, RUNS each (default 7, at least 5; and the app from source on the JVM's defaults,
#     for what the options save); medians and ratios. JavaFX's own
#     -Dsun.perflog.fx.firstpaintexit=true ends each process at its first painted frame, and the
#     app's first frame is the guide with its body map: the scene is built before the window is shown.
#  2. memory over a scripted kiosk session of MINUTES (default 10): the app in kiosk mode tapped by
#     visitors (src/test/java/org/crampguide/bench/KioskSession.java) beside the bare window for as
#     long; peak resident size and heap after GC every 30 s.
#  3. selection latency (1920x1080 and 1080x1920), the voice's latency, and the kiosk soak's full
#     day (10,000 interactions; verify runs 3,000).
# usage: src/bench/bench.sh [RUNS]      env: MINUTES=10, IMAGE=0 leaves the installed image out
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
minutes=${MINUTES:-10}
[[ $runs =~ ^[0-9]+$ ]] && [ "$runs" -ge 5 ] || { echo "bench: RUNS must be 5 or more, not '$runs'" >&2; exit 2; }
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
[ -n "$(ldconfig -p | grep libgtk-3.so.0)" ] || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  echo "bench: needs ${need[*]}: apt-get install -y ${need[*]}" >&2
  exit 2
fi
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
read -r -a app_opts <<<"$(sed -n 's:.*<app.java.options>\(.*\)</app.java.options>.*:\1:p' pom.xml)"
image=target/dist/image/cramp-guide/bin/cramp-guide
if [ "${IMAGE:-1}" != 0 ] && [ ! -x "$image" ]; then
  echo "bench: building the installed image first (./mvnw -Pdist package -DskipTests -Ddist.package=false)" >&2
  ./mvnw -q -B -Pdist package -DskipTests -Ddist.package=false >/dev/null 2>&1 \
    || { echo "bench: the installed image did not build; run that command to see why (IMAGE=0 leaves it out)" >&2; exit 1; }
fi
[ "${IMAGE:-1}" != 0 ] || image=""
jfx="-Dprism.order=sw"
tmp=$(mktemp -d)
displays=()
display() { # starts Xvfb at $1 (WxH) and sets DISPLAY
  local n=$((100 + RANDOM % 800))
  while [ -e "/tmp/.X11-unix/X$n" ]; do n=$((100 + RANDOM % 800)); done
  Xvfb ":$n" -screen 0 "${1}x24" -nolisten tcp >/dev/null 2>&1 &
  displays+=($!)
  export DISPLAY=":$n"
  sleep 1
}
stop_displays() { kill "${displays[@]}" 2>/dev/null || true; wait 2>/dev/null || true; displays=(); }
trap 'stop_displays; rm -rf "$tmp"' EXIT

ms() { # command...: launch -> exit (its first frame) in ms; a start that fails ends the benchmark
  local start end
  start=$(date +%s%N)
  JAVA_TOOL_OPTIONS="-Dsun.perflog -Dsun.perflog.fx.firstpaintexit=true" timeout 120 "$@" >/dev/null 2>&1 \
    || { echo "bench: did not reach its first frame: $*" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# --- 1. first frame ---------------------------------------------------------------------------------
display 1920x1080
bare_start=(java $jfx -cp "$cp" org.crampguide.bench.BareWindow 1920x1080)
source_start=(java $jfx "${app_opts[@]}" -cp "$cp" org.crampguide.app.Launcher)
defaults_start=(java $jfx -cp "$cp" org.crampguide.app.Launcher) # what the options save
ms "${bare_start[@]}" >/dev/null; ms "${source_start[@]}" >/dev/null # untimed: a warm file cache for all
[ -z "$image" ] || ms "$image" >/dev/null
bare=(); src=(); img=(); dflt=()
for i in $(seq 1 "$runs"); do # alternating, so all see the same machine
  bare+=("$(ms "${bare_start[@]}")")
  src+=("$(ms "${source_start[@]}")")
  dflt+=("$(ms "${defaults_start[@]}")")
  [ -z "$image" ] || img+=("$(ms "$image")")
done
stop_displays
for t in "${bare[@]}" "${src[@]}" "${dflt[@]}" "${img[@]}"; do # a start that failed printed why, and no time
  [ -n "$t" ] || { echo "bench: a start did not reach its first frame (see above)" >&2; exit 1; }
done
mb=$(median "${bare[@]}"); ms_=$(median "${src[@]}"); md=$(median "${dflt[@]}")
echo "launch -> first frame (the body map) at 1920x1080, $runs runs each, alternating (ms):"
echo "  bare window  ${bare[*]}: median $mb"
echo "  from source  ${src[*]}: median $ms_, $(ratio "$ms_" "$mb")x the bare window (target <= 1.5)"
echo "  (from source with the JVM's defaults instead: ${dflt[*]}: median $md, $(ratio "$md" "$mb")x)"
if [ -n "$image" ]; then
  mi=$(median "${img[@]}")
  echo "  installed    ${img[*]}: median $mi, $(ratio "$mi" "$mb")x the bare window (target <= 1.2)"
fi
echo "  ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); app options ${app_opts[*]})"

# --- 2. memory over a kiosk session -----------------------------------------------------------------
pin='"staffPin": {"salt": "AAECAwQFBgcICQoLDA0ODw==", "hash": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "iterations": 210000}'
printf '{\n  %s,\n  "logFolder": "%s",\n  "idleSeconds": 20,\n  "countdownSeconds": 10\n}\n' "$pin" "$tmp/kiosk/logs" >"$tmp/kiosk.json"
chmod 600 "$tmp/kiosk.json" # the kiosk refuses settings that others can read
echo "memory over a $minutes-minute kiosk session at 1920x1080, the app and the bare window side by side:"
display 1920x1080
java $jfx "${app_opts[@]}" -cp "$cp" org.crampguide.bench.KioskSession "$minutes" --kiosk --kiosk-config "$tmp/kiosk.json" \
  >"$tmp/app.out" 2>"$tmp/app.err" &
app_pid=$!
display 1920x1080
java $jfx -cp "$cp" org.crampguide.bench.BareWindow 1920x1080 --session "$minutes" >"$tmp/bare.out" 2>/dev/null &
bare_pid=$!
wait "$app_pid" || { echo "bench: the kiosk session failed:" >&2; tail -20 "$tmp/app.err" >&2; exit 1; }
wait "$bare_pid" || true
stop_displays
cat "$tmp/app.out" "$tmp/bare.out" | sed 's/^/  /'
peak() { sed -n 's/.*peak resident \([0-9.]*\) MiB.*/\1/p' "$1"; }
heap() { sed -n 's/.*last \([0-9.]*\)[;)].*/\1/p' "$1"; }
echo "  peak resident $(ratio "$(peak "$tmp/app.out")" "$(peak "$tmp/bare.out")")x the bare window (target <= 1.5)," \
  "heap after GC at the end $(ratio "$(heap "$tmp/app.out")" "$(heap "$tmp/bare.out")")x"

# --- 3. selection, voice, the soak's full day ---------------------------------------------------------
display 1920x1080
java $jfx "${app_opts[@]}" -cp "$cp" org.crampguide.bench.SelectionBench 1920x1080 20 2>/dev/null
stop_displays
display 1080x1920
java $jfx "${app_opts[@]}" -cp "$cp" org.crampguide.bench.SelectionBench 1080x1920 20 2>/dev/null
stop_displays
# the voice: a step handed to espeak-ng -> its first audio frame on the sound line (no display needed)
java -cp "$cp" org.crampguide.bench.SpeechLatency 3 2>/dev/null
# the kiosk soak's full day (verify runs 3,000): 10,000 taps, searches, language switches and resets
./mvnw -q -B test -Dtest=KioskSoakTest -Dsurefire.failIfNoSpecifiedTests=false -Dsoak.interactions=10000 \
  | grep -E '^soak' || echo "bench: the soak failed; run ./mvnw test -Dtest=KioskSoakTest -Dsoak.interactions=10000" >&2
