#!/usr/bin/env bash
# Start-up benchmark: launch -> first frame of the packaged app against a bare JavaFX window (one
# label, src/dist/bench/BareWindow.java) on the same trimmed runtime, in one virtual 1920x1080
# display, alternating, RUNS times each (default 7); prints every run, the medians and the ratio.
#
#   ./mvnw -q -DskipTests -Pdist package -Ddist.package=false   # once: builds target/dist
#   src/dist/bench-start.sh [RUNS]
#
# Each process is timed whole, from exec to exit: JavaFX's own -Dsun.perflog.fx.firstpaintexit=true
# ends it as soon as the first frame has been painted. APP=/opt/cramp-guide/bin/cramp-guide times
# an installed copy instead of target/dist/image; JAVA_TOOL_OPTIONS are passed to both (e.g.
# -Xshare:off to see what class-data sharing saves).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-7}
runtime=target/dist/runtime
app=${APP:-target/dist/image/cramp-guide/bin/cramp-guide}
bench=target/bench

fail() { echo "bench-start: $*" >&2; exit 1; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || fail "RUNS must be a positive number, not '$runs'"
[ -x "$app" ] && [ -x "$runtime/bin/java" ] \
    || fail "no image; build it first: ./mvnw -q -DskipTests -Pdist package -Ddist.package=false"
command -v Xvfb >/dev/null || fail "no Xvfb; install it: sudo apt-get install xvfb libgtk-3-0"
command -v javac >/dev/null || fail "no javac; a JDK 17 is needed"

mkdir -p "$bench"
javac --system "$runtime" --add-modules javafx.controls -d "$bench" src/dist/bench/BareWindow.java

# A display of our own, on the first free number Xvfb finds.
exec 3< <(Xvfb -displayfd 1 -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null & echo "pid $!")
read -r _ xvfb_pid <&3
read -r display_number <&3 || fail "Xvfb did not start"
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
export DISPLAY=":$display_number"
unset WAYLAND_DISPLAY

export JAVA_TOOL_OPTIONS="-Dsun.perflog -Dsun.perflog.fx.firstpaintexit=true ${JAVA_TOOL_OPTIONS:-}"

# Milliseconds from exec to exit of one start; a start that fails or hangs ends the benchmark.
time_one() {
    local start end
    start=$(date +%s%N)
    timeout 120 "$@" >/dev/null 2>&1 || fail "did not reach its first frame: $*"
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# one untimed start of each first, so neither pays for a cold file cache
time_one "$runtime/bin/java" -cp "$bench" BareWindow >/dev/null
time_one "$app" >/dev/null

bare=() image=()
echo "run  bare window (ms)  cramp-guide (ms)"
for ((i = 1; i <= runs; i++)); do
    bare+=("$(time_one "$runtime/bin/java" -cp "$bench" BareWindow)")
    image+=("$(time_one "$app")")
    printf '%3d  %17d  %16d\n' "$i" "${bare[-1]}" "${image[-1]}"
done

bare_median=$(median "${bare[@]}")
image_median=$(median "${image[@]}")
echo "median  bare window ${bare_median} ms, cramp-guide ${image_median} ms," \
    "ratio $(awk -v a="$image_median" -v b="$bare_median" 'BEGIN { printf "%.2f", a / b }') (target <= 1.2)"
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), display ${DISPLAY} 1920x1080x24, $app, JAVA_TOOL_OPTIONS=$JAVA_TOOL_OPTIONS)"
