#!/usr/bin/env bash
# Records the calves' first-aid flow as the guide speaks it (espeak-ng), in English and Russian:
# docs/audio/calves-flow-en.ogg and calves-flow-ru.ogg (and .wav where sox is missing).
# usage: src/speech/record-flow.sh [OUT_DIR]     (needs espeak-ng; sox with Ogg Vorbis to make .ogg)
set -euo pipefail
caller=$PWD
cd "$(dirname "$0")/../.."
out=${1:-docs/audio}
case "$out" in /*) ;; *) out=$caller/$out ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./mvnw -q -B test -Dtest=FlowRecording -Dsurefire.failIfNoSpecifiedTests=false -Dflow.recording="$tmp" >"$tmp/log" 2>&1 \
  || { tail -30 "$tmp/log" >&2; exit 1; }
mkdir -p "$out"
for language in en ru; do
  if command -v sox >/dev/null 2>&1; then
    sox "$tmp/calves-flow-$language.wav" -C 3 "$out/calves-flow-$language.ogg"
    echo "wrote $out/calves-flow-$language.ogg ($(soxi -d "$out/calves-flow-$language.ogg"))"
  else
    cp "$tmp/calves-flow-$language.wav" "$out/"
    echo "wrote $out/calves-flow-$language.wav (no sox: not converted to OGG)"
  fi
done
