#!/usr/bin/env bash
# Proves the packaged launcher (target/dist/image/cramp-guide/bin/cramp-guide) starts and passes
# arguments and exit codes through: builds the image (not the .deb), then runs it as a user would.
#
#   src/dist/check-image.sh              # build the image, then check it
#   SKIP_BUILD=1 src/dist/check-image.sh # check an image built before
#
# Needs what the image build needs (xvfb, librsvg2-bin, binutils, libgtk-3-0). Not part of
# ./mvnw verify; prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)

app=target/dist/image/cramp-guide/bin/cramp-guide
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

if [ "${SKIP_BUILD:-}" != 1 ]; then
    ./mvnw -q -B -DskipTests -Pdist package -Ddist.package=false
fi
[ -x "$app" ] || { echo "check-image: no $app; build it with ./mvnw -Pdist package" >&2; exit 1; }

# run NAME EXPECTED_EXIT ARGS...: runs the launcher, keeps its stdout and stderr, checks the exit code
run() {
    local name=$1 expected=$2 code=0
    shift 2
    "$app" "$@" >"$work/out" 2>"$work/err" || code=$?
    if [ "$code" = "$expected" ]; then
        echo "ok    $name: exit $code"
    else
        echo "FAIL  $name: exit $code, expected $expected"; sed 's/^/      | /' "$work/out" "$work/err"
        failures=$((failures + 1))
    fi
}

# expect NAME FILE CONDITION...: a grep over the kept output that must hold
expect() {
    local name=$1 file=$2
    shift 2
    if "$@" "$work/$file"; then echo "ok    $name"; else
        echo "FAIL  $name"; sed 's/^/      | /' "$work/$file"; failures=$((failures + 1)); fi
}
no_stack_trace() { ! grep -q -E $'^\tat |Exception|Caused by' "$1"; }
one_line() { [ "$(wc -l <"$1")" -eq 1 ]; }

run "--version" 0 --version
expect "--version prints the pom's version and the content fingerprint" out \
    grep -q -E '^Cramp Guide [0-9]+\.[0-9]+\.[0-9]+[^ ]* \(content [0-9a-f]{12}\)$'
expect "--version prints nothing else" err test ! -s

# the bundled pack, copied to a folder whose name has a space: arguments arrive whole
mkdir -p "$work/good pack"
cp -r assets/content assets/bodymap "$work/good pack/"
run "--check-content on the bundled pack" 0 --check-content "$work/good pack"
expect "a usable pack is one line" out grep -q -E '^.*good pack: usable: [0-9]+ muscles in [0-9]+ languages$'

cp -r "$work/good pack" "$work/broken"
sed -i '0,/"well-supported"/s//"maybe"/' "$work/broken/content/en/muscles.json"
sed -i '0,/"id": "hamstrings"/s//"id": "calves"/' "$work/broken/content/en/muscles.json"
run "--check-content on a broken copy" 1 --check-content "$work/broken"
expect "each problem is located as file:line:column" out \
    grep -q -E '/broken/content/en/muscles\.json:[0-9]+:[0-9]+: .*"maybe" is not one of'
expect "the duplicate id is reported too" out grep -q 'duplicate muscle id "calves"'
expect "no stack trace" out no_stack_trace
expect "nothing on stderr" err test ! -s

run "an unknown option" 2 --colour red
expect "the error names the option, on its first line" err \
    grep -q -x "cramp-guide: Unknown options: '--colour', 'red'"
expect "no stack trace" err no_stack_trace

# Prometheus's client jars are automatic modules, made explicit by the build (src/dist/Modularize.java)
# so that jlink takes them: they must be in the runtime, the Protobuf writer too (looked up by name)
modules=target/dist/image/cramp-guide/lib/runtime/release
for module in io.prometheus.metrics.core io.prometheus.metrics.exporter.httpserver \
        io.prometheus.metrics.instrumentation.jvm io.prometheus.metrics.expositionformats; do
    if grep -q -E "^MODULES=\".*\b$module\b" "$modules"; then echo "ok    the runtime has $module"; else
        echo "FAIL  the runtime lacks $module"; grep '^MODULES=' "$modules" | sed 's/^/      | /'
        failures=$((failures + 1)); fi
done

run "a muscle that does not exist" 2 --select biceps
expect "one line naming the muscles there are" err one_line
run "a pack folder that is not there" 2 --content "$work/missing"
expect "one line" err one_line

if command -v xvfb-run >/dev/null; then
    export JAVA_TOOL_OPTIONS="-Dsun.perflog -Dsun.perflog.fx.firstpaintexit=true"
    code=0
    timeout 180 xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --select calves --lang ru >"$work/out" 2>&1 || code=$?
    unset JAVA_TOOL_OPTIONS
    if [ "$code" = 0 ]; then echo "ok    the window opens and paints (--select calves --lang ru)"; else
        echo "FAIL  the window did not paint: exit $code"; sed 's/^/      | /' "$work/out"
        failures=$((failures + 1)); fi
fi

# kiosk mode with metrics on a free port: /healthz answers 200 once the UI thread runs, /metrics in
# the text format and in Protobuf (what the Prometheus modules linked into the image serve)
if command -v xvfb-run >/dev/null && command -v curl >/dev/null; then
    port=$((20000 + RANDOM % 20000))
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((20000 + RANDOM % 20000)); done
    url=http://127.0.0.1:$port
    printf '{\n  "metricsAddress": "127.0.0.1:%s",\n  "logFolder": "%s",\n  %s\n}\n' "$port" "$work/logs" \
        '"staffPin": {"salt": "AAECAwQFBgcICQoLDA0ODw==", "hash": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "iterations": 210000}' \
        >"$work/kiosk.json"
    chmod 600 "$work/kiosk.json" # settings that others can read are refused (they hold the PIN hash)
    setsid timeout 180 xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --kiosk --kiosk-config "$work/kiosk.json" \
        >"$work/kiosk" 2>&1 &
    kiosk=$!
    trap 'kill -- -$kiosk 2>/dev/null; rm -rf "$work"' EXIT
    health=""
    for _ in $(seq 1 120); do
        health=$(curl -s -w '%{http_code}' "$url/healthz" || true)
        [ "$health" = $'ok\n200' ] && break
        kill -0 $kiosk 2>/dev/null || break
        sleep 1
    done
    if [ "$health" = $'ok\n200' ]; then echo "ok    the kiosk starts, /healthz answers 200"; else
        echo "FAIL  the kiosk's /healthz did not answer 200: ${health:-no answer}"; sed 's/^/      | /' "$work/kiosk"
        failures=$((failures + 1)); fi
    if [ "$health" = $'ok\n200' ]; then
        curl -s "$url/metrics" >"$work/metrics" || true
        expect "/metrics has the app's build info" metrics \
            grep -q -E '^cramp_guide_build_info\{version="[^"]+"\} 1$'
        expect "/metrics has the JVM's memory" metrics grep -q '^jvm_memory_used_bytes{area="heap"}'
        curl -s -o /dev/null -w '%{http_code} %{content_type}\n' "$url/metrics" \
            -H 'Accept: application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited' \
            >"$work/protobuf" || true
        expect "/metrics in Protobuf when asked" protobuf grep -q '^200 application/vnd.google.protobuf'
    fi
    kill -- -$kiosk 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- -$kiosk 2>/dev/null || break; sleep 0.2; done # the JVM's shutdown
fi

echo "check-image: $failures failed, $(($(date +%s) - started)) s"
[ "$failures" = 0 ]
