#!/usr/bin/env bash
# Retakes the screenshots in assets/screenshots/: the real app (./mvnw javafx:run) on a private
# Xvfb display, one app start per picture, clicked and typed into the way a person would.
#
# usage: src/screenshots/retake.sh [OUT_DIR] [NAME...]
#        src/screenshots/retake.sh --list
#   OUT_DIR  where the PNGs go (default: the project's assets/screenshots); created if missing
#   NAME     take only these shots (file names without .png); default: all of them
#   --list   print every shot's name and what it shows
# Run it from anywhere: it runs the app of the project it is in. Needs xvfb, xdotool, imagemagick,
# libgtk-3-0 and fonts-dejavu-core (apt-get install them once). Each shot takes 20-35 s.
# Environment: SETTLE=seconds after each click (default 1); FINAL_WAIT=seconds after the last
# step before the picture (default 2); KEEP_LOGS=1 keeps app logs.
#
# Coordinates are window pixels at the shot's screen size (the window fills the screen). If a
# layout changes, open the shot, find the new spot (e.g. in GIMP) and change the number here.
#
# Some shots are drawn by tests rather than clicked: usage.png and usage-portrait.png
# (UsageScreenTest, a simulated five-week run), stretches.png (StretchContactSheet, every
# stretch picture at kiosk size) and flow/ (FlowScreenshots: the first-aid flow step by step, on
# a headless screen of each size, with a clock it moves for the ten-minute escalation).
set -euo pipefail
caller=$PWD
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$self")/../.."

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then sed -n '2,20p' "$self"; exit 0; fi
if [ "${1:-}" = "--list" ]; then sed -n 's/^## \([a-z0-9-]*\): /\1\t/p' "$self" | expand -t 34; exit 0; fi
out=$PWD/assets/screenshots
if [ $# -gt 0 ]; then
  case "$1" in /*) out=$1;; *) out=$caller/$1;; esac   # a relative OUT_DIR is from where you are
  shift
fi
wanted=("$@")
for name in "${wanted[@]}"; do
  grep -q "^## $name: " "$self" || { echo "no shot named $name (see --list)" >&2; exit 2; }
done
settle=${SETTLE:-1}

tmp=$(mktemp -d)
cleanup() {
  [ -n "${apid:-}" ] && kill -- -"$apid" 2>/dev/null
  [ -n "${xpid:-}" ] && kill "$xpid" 2>/dev/null
  rm -rf "$tmp"
  true
}
trap cleanup EXIT

# --- kiosk settings, written fresh for every run -------------------------------------------------
# The staff PIN is the one src/test/java/org/crampguide/kiosk/KioskFiles.java uses (the reader
# accepts it; the PIN itself is never typed here). Usage counting is off, the log goes to $tmp.
pin='"staffPin": {"salt": "AAECAwQFBgcICQoLDA0ODw==", "hash": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "iterations": 210000}'
kiosk_file() { # NAME EXTRA-SETTINGS...: writes $tmp/NAME.json
  local name=$1; shift
  local lines=("$pin" "\"logFolder\": \"$tmp/state-$name/logs\"" "\"usageStats\": false" "$@")
  local IFS=$'\n'
  printf '{\n%s\n}\n' "$(printf '  %s,\n' "${lines[@]}" | sed '$ s/,$//')" >"$tmp/$name.json"
  chmod 600 "$tmp/$name.json" # the kiosk refuses settings that others can read (they hold the PIN hash)
}
kiosk_file kiosk '"idleSeconds": 3600'                                  # the content's number, no idle reset
kiosk_file kiosk000 '"idleSeconds": 3600' '"emergencyNumber": "000"'    # the gym's own number
kiosk_file idle12 '"idleSeconds": 10' '"countdownSeconds": 12'          # "Still there?" after 10 s, from 12 s
KIOSK="--kiosk --kiosk-config $tmp/kiosk.json"
KIOSK000="--kiosk --kiosk-config $tmp/kiosk000.json"
IDLE="--kiosk --kiosk-config $tmp/idle12.json"

# --- one shot --------------------------------------------------------------------------------------
# shot NAME SIZE "APP ARGS" STEP...   steps, in order:
#   wait:S          sleep S seconds
#   click:X,Y       move to window X,Y, then press and release the left button as a finger would
#                   (a click straight after a move, or an instant press-release, can be lost), wait $settle
#   taps:X,Y,N      N quick clicks at X,Y (the kiosk's staff corner wants 5 within 3 s)
#   move:X,Y        move the pointer without clicking
#   wheel:X,Y,N     turn the mouse wheel N notches down (negative: up) with the pointer at X,Y
#   key:K           an xdotool key name (Return, Escape, ctrl+a...)
#   type:TEXT       type TEXT on the real keyboard
#   frames:N        how many frames to choose the shot from (default 5; see below)
steps_done=0
shot() {
  local name=$1 size=$2 args=$3; shift 3
  wanted "$name" || return 0
  local file="$out/$name.png" log="$tmp/$name.log" disp win step frames=5
  echo "== $name ($size) $args" >&2
  disp=:$((50 + RANDOM % 400))
  while [ -e "/tmp/.X11-unix/X${disp#:}" ]; do disp=:$((50 + RANDOM % 400)); done
  Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xpid=$!
  export DISPLAY=$disp
  for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  if [ -n "$args" ]; then
    setsid ./mvnw -q -B -o javafx:run -Djavafx.args="$args" >"$log" 2>&1 &
  else
    setsid ./mvnw -q -B -o javafx:run >"$log" 2>&1 &
  fi
  apid=$!
  win=""
  for _ in $(seq 1 720); do
    win=$(xdotool search --onlyvisible --class '.' 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    kill -0 "$apid" 2>/dev/null || { echo "$name: the app exited before showing a window:" >&2; tail -20 "$log" >&2; return 1; }
    sleep 0.25
  done
  [ -n "$win" ] || { echo "$name: no window within 180 s" >&2; return 1; }
  local X Y WIDTH HEIGHT SCREEN WINDOW
  eval "$(xdotool getwindowgeometry --shell "$win")"
  for _ in $(seq 1 200); do # until the first frame is drawn (a blank window has no contrast)
    import -window root "$tmp/a.png"
    awk "BEGIN{exit !($(convert "$tmp/a.png" -format '%[fx:standard_deviation]' info:) > 0.02)}" && break
    sleep 0.3
  done
  sleep 3 # the first frame is drawn before the app takes input: clicks and typing earlier can be lost
  for step in "$@"; do
    case "$step" in
      wait:*) sleep "${step#wait:}";;
      click:*) step=${step#click:}; xdotool mousemove $((X + ${step%,*})) $((Y + ${step#*,}))
               sleep 0.3; xdotool mousedown 1; sleep 0.12; xdotool mouseup 1; sleep "$settle";;
      move:*) step=${step#move:}; xdotool mousemove $((X + ${step%,*})) $((Y + ${step#*,}));;
      taps:*) step=${step#taps:}; local xy=${step%,*} n=${step##*,}
              xdotool mousemove $((X + ${xy%,*})) $((Y + ${xy#*,})); for _ in $(seq 1 "$n"); do xdotool click 1; sleep 0.15; done
              sleep "$settle";;
      wheel:*) step=${step#wheel:}; local at=${step%,*} n=${step##*,}
              xdotool mousemove $((X + ${at%,*})) $((Y + ${at#*,}))
              if [ "$n" -gt 0 ]; then xdotool click --repeat "$n" --delay 80 5; else xdotool click --repeat "${n#-}" --delay 80 4; fi
              sleep "$settle";;
      key:*) xdotool key "${step#key:}"; sleep 0.3;;
      type:*) xdotool type --delay 60 "${step#type:}"; sleep 0.3;;
      frames:*) frames=${step#frames:};;
      *) echo "$name: unknown step $step" >&2; return 1;;
    esac
  done
  # A focused text field's caret blinks (on 0.5 s, off 0.5 s): of $frames frames taken over more
  # than a second, keep the darkest, the one with the caret drawn. A screen without a caret gives
  # the same frame every time. "frames:1" takes one frame at once: a countdown that must not tick,
  # a panel title lit for only 2 s after a jump to it.
  local best=1 best_mean=2 m i
  # a selection can take a second or two to draw on a busy machine: let the last action finish
  if [ "$frames" -gt 1 ]; then sleep "${FINAL_WAIT:-2}"; fi
  for i in $(seq 1 "$frames"); do
    import -window root "$tmp/frame$i.png"
    m=$(convert "$tmp/frame$i.png" -format '%[fx:mean]' info:)
    if awk "BEGIN{exit !($m < $best_mean)}"; then best=$i; best_mean=$m; fi
    if [ "$i" -lt "$frames" ]; then sleep 0.15; fi
  done
  cp "$tmp/frame$best.png" "$file"
  kill -- -"$apid" 2>/dev/null || true; wait "$apid" 2>/dev/null || true; apid=""
  kill "$xpid" 2>/dev/null || true; wait "$xpid" 2>/dev/null || true; xpid=""
  if [ -n "${KEEP_LOGS:-}" ]; then cp "$log" "$out/$name.log"; fi
  echo "   wrote $file" >&2
}

# wanted NAME: whether NAME is to be taken this run
wanted() { [ ${#wanted[@]} -eq 0 ] || [[ " ${wanted[*]} " == *" $1 "* ]]; }

# by_test TEST PROPERTY NAME...: a shot drawn by a test class of its own (run on request only)
by_test() {
  local test=$1 property=$2 name any=false; shift 2
  for name in "$@"; do wanted "$name" && any=true; done
  $any || return 0
  echo "== $* (by $test)" >&2
  mkdir -p "$tmp/by-test"
  ./mvnw -q -B -o test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false "-D$property" >"$tmp/$test.log" 2>&1 \
    || { echo "$test failed:" >&2; tail -30 "$tmp/$test.log" >&2; return 1; }
  for name in "$@"; do
    if wanted "$name"; then cp "$tmp/by-test/$name.png" "$out/$name.png"; echo "   wrote $out/$name.png" >&2; fi
  done
}

mkdir -p "$out"
out=$(cd "$out" && pwd)

# ================================ the shots ========================================================
# Places at each size (window pixels). Desktop 1920x1080 and laptop 1280x800 have the muscle list on
# the left; portrait 1080x1920 has it on the right, under the header.
D_SEARCH=976,36;   D_SOURCES=1692,36
D_CALVES=68,170
D_FLOW_NONE=1448,377; D_FLOW_NO=1366,356; D_HOLD_START=1259,703   # the calves' flow: None of these, No, Start
P_SEARCH=710,32;   P_SOURCES=854,84
# Kiosk (text 1.3 times larger): the attract screen wakes on a tap anywhere; the top-left 96 px
# corner is the staff corner (5 taps within 3 s open the PIN pad).
K_WAKE=960,540;    K_CORNER=30,30;   K_CALVES=160,226;  K_SEARCH=744,48;   K_NOW=1646,934
KP_WAKE=540,960;   KP_CALVES=916,431; KP_HAMSTRINGS=916,509; KP_ABDOMEN=916,899
KP_FOREARMS=916,744; KP_CHEST=916,822
KP_SEARCH=816,46;  KP_RUSSIAN=986,125; KP_NOW=806,1774
KL_WAKE=640,400;   KL_NOW=1100,720;  KL_CHOOSE_CALVES=196,206   # Calves in its "Where does it cramp?"
# The kiosk's touch keyboard, landscape (English letters) and portrait (Russian letters).
K_KEY_N=466,916; K_KEY_I=552,776; K_KEY_G=378,846; K_KEY_H=448,846; K_KEY_T=342,776
KP_KEY_I=360,1708; KP_KEY_K=272,1562; KP_KEY_R=448,1636

# --- the desktop app, 1920x1080 ---
## desktop-overview: nothing selected: the body map, the muscle list and the overview
shot desktop-overview 1920x1080 ""
## desktop-calves: calves selected: the first-aid flow's first question (its own call-now signs, the number, two answers), then its own causes
shot desktop-calves 1920x1080 "--select calves"
## desktop-abdomen: the abdomen: the flow leads with "Belly pain is not always a cramp", then its call-now signs
shot desktop-abdomen 1920x1080 "--select abdomen"
## desktop-chest: the chest: the flow leads with the heart warning, then its call-now signs
shot desktop-chest 1920x1080 "--select chest"
## desktop-forearms: the forearms: their own call-now signs, no leg signs
shot desktop-forearms 1920x1080 "--select forearms"
## evidence-badges: calves scrolled down: its own prevention with evidence badges ("Mixed evidence"), the folded panels under it
shot evidence-badges 1920x1080 "--select calves" "wheel:1400,700,60"
## search: "night" typed in the search field: the results
shot search 1920x1080 "" "click:$D_SEARCH" "type:night"
## myth-or-fact: the "Myth or fact?" panel, opened from a search result, its title still lit (2 s)
shot myth-or-fact 1920x1080 "" "click:$D_SEARCH" "type:warm milk" "wait:1.5" "click:1490,290" "frames:1"
## sources: the Sources button: the sources panel open at the top, its title still lit (2 s)
shot sources 1920x1080 "" "click:$D_SOURCES" "frames:1"
## russian: the app in Russian with the chest selected (its warning first)
shot russian 1920x1080 "--lang ru --select chest"
## russian-chest-emergency-number: the Russian chest warning with 112 (скорая помощь — 103)
shot russian-chest-emergency-number 1920x1080 "--lang ru --select chest"

# --- a small laptop, 1280x800 ---
## laptop-overview: nothing selected
shot laptop-overview 1280x800 ""
## laptop-calves: calves selected
shot laptop-calves 1280x800 "--select calves"
## laptop-chest: the chest: the emergency warning comes first
shot laptop-chest 1280x800 "--select chest"

# --- portrait, 1080x1920 (not in kiosk mode) ---
## portrait-overview: nothing selected
shot portrait-overview 1080x1920 ""
## portrait-calves: calves selected
shot portrait-calves 1080x1920 "--select calves"
## portrait-chest: the chest
shot portrait-chest 1080x1920 "--select chest"
## portrait-search: "night" typed in the search field
shot portrait-search 1080x1920 "" "click:$P_SEARCH" "type:night"
## portrait-myth-or-fact: the "Myth or fact?" panel
shot portrait-myth-or-fact 1080x1920 "" "click:$P_SEARCH" "type:warm milk" "wait:1.5" "click:540,1100" "frames:1"
## portrait-sources: the Sources button pressed
shot portrait-sources 1080x1920 "" "click:$P_SOURCES" "frames:1"
## portrait-russian: Russian, calves selected, with the evidence badges
shot portrait-russian 1080x1920 "--lang ru --select calves"

# --- the hold player ---
## desktop-hold: calves, None of these, No, then the stretch with the hold player mid-hold: Start pressed, after the 3-2-1 count and a few seconds
shot desktop-hold 1920x1080 "--select calves --quiet" "click:$D_FLOW_NONE" "click:$D_FLOW_NO" "click:$D_HOLD_START" "wait:6"

# --- kiosk mode, 1920x1080 (the content's emergency number) ---
## kiosk-attract: the attract screen while it features the feet ("Tap anywhere to start")
shot kiosk-attract 1920x1080 "$KIOSK" "wait:5.6" "frames:1"
## kiosk-selected: a visitor tapped the calves
shot kiosk-selected 1920x1080 "$KIOSK" "click:$K_WAKE" "wait:2.5" "click:$K_CALVES"
## kiosk-still-there: "Still there?" after 10 s without a touch, counting down (11 s left)
shot kiosk-still-there 1920x1080 "$IDLE" "click:$K_WAKE" "wait:2.5" "click:$K_CALVES" "wait:10.5" "frames:1"
## kiosk-cramping-now: the calves, then "Cramping right now?": the first-aid flow's first question in big type
shot kiosk-cramping-now 1920x1080 "$KIOSK" "click:$K_WAKE" "wait:2.5" "click:$K_CALVES" "click:$K_NOW"
## kiosk-pin-pad: five taps in the staff corner: the staff PIN pad over the overview
shot kiosk-pin-pad 1920x1080 "$KIOSK" "click:$K_WAKE" "wait:2.5" "taps:$K_CORNER,5"
## kiosk-keyboard: the search field tapped: the touch keyboard, "night" typed on it
shot kiosk-keyboard 1920x1080 "$KIOSK" "click:$K_WAKE" "wait:2.5" "click:$K_SEARCH" \
  "click:$K_KEY_N" "click:$K_KEY_I" "click:$K_KEY_G" "click:$K_KEY_H" "click:$K_KEY_T"

# --- kiosk mode, 1080x1920 portrait ---
## kiosk-portrait-attract: the attract screen while it features the feet
shot kiosk-portrait-attract 1080x1920 "$KIOSK" "wait:5.6" "frames:1"
## kiosk-portrait-selected: a session: the calves tapped
shot kiosk-portrait-selected 1080x1920 "$KIOSK" "click:$KP_WAKE" "wait:2.5" "click:$KP_CALVES"
## kiosk-hamstrings: the hamstrings tapped: the map turns to the back (the gallery's portrait kiosk picture)
shot kiosk-hamstrings 1080x1920 "$KIOSK" "click:$KP_WAKE" "wait:2.5" "click:$KP_HAMSTRINGS"
## kiosk-portrait-still-there: "Still there?" as it appears (12 s left)
shot kiosk-portrait-still-there 1080x1920 "$IDLE" "click:$KP_WAKE" "wait:2.5" "click:$KP_CALVES" "wait:9.5" "frames:1"
## kiosk-portrait-cramping-now: "Cramping right now?" for the calves, with the gym's own number (000)
shot kiosk-portrait-cramping-now 1080x1920 "$KIOSK000" "click:$KP_WAKE" "wait:2.5" "click:$KP_CALVES" "click:$KP_NOW"
## kiosk-portrait-pin-pad: the staff PIN pad
shot kiosk-portrait-pin-pad 1080x1920 "$KIOSK" "click:$KP_WAKE" "wait:2.5" "taps:$K_CORNER,5"
## kiosk-portrait-keyboard: Russian, the touch keyboard in Russian with "икр" typed on it
shot kiosk-portrait-keyboard 1080x1920 "$KIOSK" "click:$KP_WAKE" "wait:2.5" "click:$KP_RUSSIAN" "wait:2" "click:$KP_SEARCH" \
  "click:$KP_KEY_I" "click:$KP_KEY_K" "click:$KP_KEY_R"
## kiosk-portrait-abdomen: the abdomen with the gym's own number, 000, and "Tell a member of staff"
shot kiosk-portrait-abdomen 1080x1920 "$KIOSK000" "click:$KP_WAKE" "wait:2.5" "click:$KP_ABDOMEN"

# --- kiosk mode, 1280x800 ---
## kiosk-portrait-chest-now: the chest tapped, then "Cramping right now?": the heart first, its own call-now signs, no leg signs
shot kiosk-portrait-chest-now 1080x1920 "$KIOSK" "click:$KP_WAKE" "wait:2.5" "click:$KP_CHEST" "click:$KP_NOW"
## kiosk-portrait-forearms-now: the forearms tapped, then "Cramping right now?"
shot kiosk-portrait-forearms-now 1080x1920 "$KIOSK" "click:$KP_WAKE" "wait:2.5" "click:$KP_FOREARMS" "click:$KP_NOW"
## kiosk-portrait-abdomen-now: the abdomen tapped, then "Cramping right now?"
shot kiosk-portrait-abdomen-now 1080x1920 "$KIOSK" "click:$KP_WAKE" "wait:2.5" "click:$KP_ABDOMEN" "click:$KP_NOW"

## laptop-kiosk-cramping-now: "Cramping right now?" on a 1280x800 kiosk (number 000), the calves chosen in it
shot laptop-kiosk-cramping-now 1280x800 "$KIOSK000" "click:$KL_WAKE" "wait:2.5" "click:$KL_NOW" "click:$KL_CHOOSE_CALVES"

# --- drawn by tests, not by clicking ---
## usage: the staff's Usage screen at 1920x1080, from a simulated five-week run (UsageScreenTest)
## usage-portrait: the same at 1080x1920
by_test UsageScreenTest "usage.screenshots=$tmp/by-test" usage usage-portrait
## stretches: every stretch picture at kiosk size, one contact sheet (StretchContactSheet)
by_test StretchContactSheet "stretch.sheet=$tmp/by-test/stretches.png" stretches
## flow: the first-aid flow, desktop and kiosk (000) at 1920x1080, 1280x800 and 1080x1920: every step for the calves, the chest's and the abdomen's first question, the calves in Russian and in high contrast (84 shots in flow/, FlowScreenshots)
if wanted flow; then
  for size in 1920x1080 1280x800 1080x1920; do
    echo "== flow at $size (by FlowScreenshots)" >&2
    ./mvnw -q -B -o test -Dtest=FlowScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dflow.screenshots="$out/flow" \
        -Dheadless.geometry="$size-32" >"$tmp/flow-$size.log" 2>&1 \
      || { echo "FlowScreenshots failed at $size:" >&2; tail -30 "$tmp/flow-$size.log" >&2; exit 1; }
    echo "   wrote $out/flow/flow-*-$size-*.png" >&2
  done
fi
