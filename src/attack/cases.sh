# Cases 4 to 7 of src/attack/attack.sh (sourced by it; uses its variables and lib.sh).

# ================================ 4. a hung share, a redirect elsewhere =============================
case4() {
  make_packs || { verdict 4 "make a key and packs" "they are made" "failed" 1; return; }
  local mport log t0 probes=0 healthy=0 took success stamp refused code
  mkdir -p "$work/share"; mkfifo "$work/share/pack.zip" # a named pipe with no writer: a read never returns
  mport=$(freeport)
  kiosk_file share "\"logFolder\": \"$work/state-share/logs\"" '"usageStats": false' \
    "\"contentUrl\": \"file:$work/share/pack.zip\"" "\"contentPublicKeys\": [\"$public\"]" \
    "\"metricsAddress\": \"127.0.0.1:$mport\""
  log=$work/state-share/logs/cramp-guide-0.log
  t0=$SECONDS
  start_kiosk "$work/share.json"
  wait_healthy "$mport" 60 # the first check starts with the kiosk; the probes count from its first answer
  while [ $((SECONDS - t0)) -lt 50 ]; do
    found=$(grep -E 'content update refused.*timed out' "$log" 2>/dev/null) && break
    probes=$((probes + 1)); [ "$(http_code GET "http://127.0.0.1:$mport/healthz")" = 200 ] && healthy=$((healthy + 1))
    sleep 2
  done
  took=$((SECONDS - t0))
  verdict 4-hung "contentUrl file: on a named pipe with no writer (mkfifo)" "the log says the check timed out, within 45 s of start" \
    "after ${took} s: ${found:-no such line in 50 s}" "$(ok test -n "$found" -a "$took" -le 45)"
  success=$(metric "$mport" cramp_guide_content_last_check_success)
  stamp=$(metric "$mport" cramp_guide_content_last_check_timestamp_seconds)
  refused=$(metric "$mport" 'cramp_guide_content_checks_total{result="refused"}')
  verdict 4-metrics "read /metrics after the timeout" "last_check_success 0; last_check_timestamp_seconds present" \
    "last_check_success ${success:-absent}; last_check_timestamp_seconds ${stamp:-absent} (now $(date +%s)); checks refused ${refused:-absent}" \
    "$(ok awk -v s="$success" -v t="$stamp" 'BEGIN { exit !(s != "" && s + 0 == 0 && t + 0 > 0) }')"
  code=$(http_code GET "http://127.0.0.1:$mport/healthz")
  verdict 4-healthy "/healthz every 2 s during the hang, and after it" "200 every time" \
    "$healthy of $probes probes 200 during the hang; after: $code" "$(ok test "$healthy" -eq "$probes" -a "$probes" -gt 0 -a "$code" = 200)"
  stop_kiosk

  local web hop from
  publish newer
  web=$(freeport); serve "$work/site" "$web"
  hop=$(freeport); redirect "$hop" "http://127.0.0.1:$web/pack.zip"
  kiosk_file hop "\"logFolder\": \"$work/state-hop/logs\"" '"usageStats": false' \
    "\"contentUrl\": \"http://127.0.0.1:$hop/pack.zip\"" "\"contentPublicKeys\": [\"$public\"]" \
    "\"metricsAddress\": \"127.0.0.1:$mport\""
  log=$work/state-hop/logs/cramp-guide-0.log
  start_kiosk "$work/hop.json"; wait_log "$log" 0 'refused a redirect' 60
  verdict 4-redirect "contentUrl on 127.0.0.1:A, which answers 302 to the good pack on 127.0.0.1:B" \
    "refused (another port), the log says so" \
    "log: ${found:-nothing in 60 s}; on screen: $(curl -s "http://127.0.0.1:$mport/metrics" | grep -o 'pack_version="[^"]*"')" \
    "$(ok test -n "$found")"
  stop_kiosk
}

# ================================ 5. the PIN lockout, through the PIN pad ===========================
# The pad's keys at 1920x1080 (see assets/screenshots/kiosk-pin-pad.png); the staff corner is the
# top-left 96 px (src/screenshots/retake.sh: five taps within 3 s).
key_xy() { case $1 in 1) echo 822 384;; 2) echo 960 384;; 3) echo 1097 384;; 4) echo 822 489;; 5) echo 960 489;;
  6) echo 1097 489;; 7) echo 822 595;; 8) echo 960 595;; 9) echo 1097 595;; 0) echo 960 701;; OK) echo 1097 701;; esac; }
open_pad() { tap 960 540 2.5; xdotool mousemove 30 30; local _; for _ in 1 2 3 4 5; do xdotool click 1; sleep 0.15; done; sleep 1.5; }
type_pin() { local i; for ((i = 0; i < ${#1}; i++)); do tap $(key_xy "${1:i:1}") 0.2; done; tap $(key_xy OK) 0.2; }

case5() {
  local log lock pin from lines messages n before
  kiosk_file pin "\"logFolder\": \"$work/state-pin/logs\"" '"usageStats": false' '"idleSeconds": 3600' \
    '"pinAttempts": {"maxFailures": 3, "lockoutSeconds": 120}'
  log=$work/state-pin/logs/cramp-guide-0.log lock=$work/state-pin/pin-lock.properties
  start_kiosk "$work/pin.json"
  wait_window 60 || { verdict 5 "start the kiosk" "a window" "none in 60 s: $(tail -3 "$kout")" 1; stop_kiosk; return; }
  open_pad
  for pin in 7897 8978 9789; do # wrong PINs of the digits 7, 8, 9 only, which the log's own messages never hold
    from=$(log_lines "$log"); type_pin "$pin"; wait_log "$log" "$from" 'staff PIN' 10
  done
  lines=$(grep 'PinGuard' "$log")
  messages=$(sed 's/^[^ ]* [^ ]* *[A-Z]* *[^ ]*: //' <<<"$lines")
  n=$(grep -c 'a wrong PIN' <<<"$lines")
  verdict 5-lines "three wrong PINs (7897, 8978, 9789) tapped on the PIN pad with xdotool" \
    "one log line per wrong PIN (3), the third locks the pad for 120 s; no digit 7, 8 or 9 in them" "$lines" \
    "$(ok test "$n" -eq 3 -a -n "$(grep 'locked for 120 s' <<<"$lines")" -a -z "$(grep '[789]' <<<"$messages")")"
  before=$(cat "$lock" 2>/dev/null)
  verdict 5-file "read pin-lock.properties in the state folder" "lockouts=1 and lockedUntil in the future" \
    "${before:-no file} (now $(date +%s%3N))" \
    "$(ok awk -F= -v now="$(date +%s%3N)" '$1 == "lockouts" { l = $2 } $1 == "lockedUntil" { u = $2 } END { exit !(l == 1 && u > now) }' "$lock")"
  stop_kiosk KILL
  from=$(log_lines "$log")
  start_kiosk "$work/pin.json"; wait_log "$log" "$from" 'still locked for [0-9]+ s after a restart' 60
  verdict 5-restart "kill -9 the kiosk during the lockout, start it again" "the log says the lockout holds" \
    "${found:-nothing in 60 s}" "$(ok test -n "$found")"
  from=$(log_lines "$log")
  wait_window 60; open_pad; type_pin 7777; sleep 3
  verdict 5-locked-pad "after the restart, open the pad and tap a fourth PIN" \
    "not checked: no new PIN line in the log, pin-lock.properties unchanged" \
    "new PIN lines: $(after "$log" "$from" | grep -c 'staff PIN'); file $( [ "$(cat "$lock" 2>/dev/null)" = "$before" ] && echo unchanged || echo changed)" \
    "$(ok test "$(after "$log" "$from" | grep -c 'staff PIN')" -eq 0 -a "$(cat "$lock" 2>/dev/null)" = "$before")"
  stop_kiosk
}

# ================================ 6. settings and the command line =================================
# one_line NAME WANT RC ERR: the check of a run that must stop with one line on stderr
one_line() {
  verdict "6-$1" "$2" "non-zero exit, one line on stderr${3:+ naming $3}" "exit $4: $5" \
    "$(ok test "$4" -ne 0 -a "$(printf '%s\n' "$5" | wc -l)" -eq 1 -a "$(traces "$5")" -eq 0 -a -n "$(grep -F -- "${3:-}" <<<"$5")")"
}

case6() {
  local err rc i runs="" good=0 mport
  kiosk_file perms "\"logFolder\": \"$work/state-s/logs\""; chmod 644 "$work/perms.json"
  err=$("${APP[@]}" --kiosk --kiosk-config "$work/perms.json" 2>&1 >/dev/null); rc=$?
  one_line chmod "kiosk.json readable by group and others (chmod 644)" "chmod 600" $rc "$err"
  kiosk_file root '"logFolder": "/"'
  err=$("${APP[@]}" --kiosk --kiosk-config "$work/root.json" 2>&1 >/dev/null); rc=$?
  one_line log-root '"logFolder": "/"' "logFolder" $rc "$err"
  kiosk_file nul "\"logFolder\": \"$work/state-s/logs\"" '"emergencyNumber": "112\u0000"'
  err=$("${APP[@]}" --kiosk --kiosk-config "$work/nul.json" 2>&1 >/dev/null); rc=$?
  one_line nul 'emergencyNumber "112\u0000"' "emergencyNumber" $rc "$err"
  kiosk_file bidi "\"logFolder\": \"$work/state-s/logs\"" '"emergencyNumber": "\u202e211"'
  err=$("${APP[@]}" --kiosk --kiosk-config "$work/bidi.json" 2>&1 >/dev/null); rc=$?
  one_line bidi 'emergencyNumber "\u202e211" (right-to-left override)' "emergencyNumber" $rc "$err"

  copy_pack "$work/hold-pack"; python3 "$here/forge.py" hold "$work/hold-pack/content/en/muscles.json" >/dev/null
  err=$("${APP[@]}" --check-content "$work/hold-pack" 2>&1); rc=$?
  verdict 6-hold "--check-content on a pack whose calves stretch has \"holdSeconds\": 30.5" "exit 1, muscles.json:line:column naming holdSeconds" \
    "exit $rc: $err" "$(ok test $rc -eq 1 -a -n "$(grep -E 'muscles\.json:[0-9]+:[0-9]+: .*holdSeconds' <<<"$err")")"

  kiosk_file bad1 "\"logFolder\": \"$work/state-s/logs\"" '"idleSeconds": 5'
  kiosk_file bad2 "\"logFolder\": \"$work/state-s/logs\"" '"idleSecs": 60'
  kiosk_file bad3 "\"logFolder\": \"$work/state-s/logs\"" '"holdSeconds": "thirty"'
  printf '{\n  "logFolder": "%s"\n}\n' "$work/state-s/logs" >"$work/bad4.json"
  printf '{\n  "staffPin": {"salt": "AAEC' >"$work/bad5.json"; chmod 600 "$work/bad4.json" "$work/bad5.json"
  for i in $(seq 1 20); do
    err=$("${APP[@]}" --kiosk --kiosk-config "$work/bad$(( (i - 1) % 5 + 1 )).json" 2>&1 >/dev/null); rc=$?
    [ $rc -ne 0 ] && [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] && [ "$(traces "$err")" -eq 0 ] && good=$((good + 1))
    [ "$i" -le 5 ] && runs+="exit $rc: $err; "
  done
  verdict 6-twenty "20 runs on 5 bad settings files (idleSeconds 5, an unknown key, a text for a number, no staffPin, cut-off JSON), 4 each" \
    "each: non-zero exit, exactly one line on stderr, no stack trace" "$good of 20 as expected; the first five: ${runs%; }" \
    "$(ok test $good -eq 20)"

  mport=$(freeport)
  kiosk_file first "\"logFolder\": \"$work/state-two/logs\"" '"usageStats": true' "\"metricsAddress\": \"127.0.0.1:$mport\""
  kiosk_file second "\"logFolder\": \"$work/state-two/logs\"" '"usageStats": true'
  start_kiosk "$work/first.json"
  if wait_healthy "$mport" 60; then
    err=$("${APP[@]}" --kiosk --kiosk-config "$work/second.json" 2>&1 >/dev/null); rc=$?
    one_line second-kiosk "a second kiosk on the state folder of a running one" "another kiosk" $rc "$err"
    verdict 6-first-lives "/healthz of the first kiosk after the second stopped" "200" \
      "$(http_code GET "http://127.0.0.1:$mport/healthz")" "$(ok test "$(http_code GET "http://127.0.0.1:$mport/healthz")" = 200)"
    err=$("${APP[@]}" --export-usage /dev/full --kiosk-config "$work/first.json" 2>&1 >/dev/null); rc=$?
    verdict 6-dev-full "--export-usage /dev/full (the kiosk's usage database exists)" \
      "non-zero exit, one line; /dev/full still a character device" "exit $rc: $err; /dev/full: $(stat -c '%F' /dev/full)" \
      "$(ok test $rc -ne 0 -a "$(printf '%s\n' "$err" | wc -l)" -eq 1 -a -c /dev/full)"
  else
    verdict 6-second-kiosk "start a first kiosk" "/healthz 200" "no answer in 60 s: $(tail -3 "$kout")" 1
  fi
  stop_kiosk

  local out
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY "${APP[@]}" 2>"$work/nodisplay.err"); rc=$?
  err=$(cat "$work/nodisplay.err")
  verdict 6-no-display "start the app with DISPLAY (and WAYLAND_DISPLAY) unset" \
    "exactly 'cramp-guide: cannot open a window: no display (DISPLAY is not set)' on stderr, exit 2" \
    "exit $rc; stderr: $err; stdout: ${out:-(empty)}" \
    "$(ok test $rc -eq 2 -a "$err" = 'cramp-guide: cannot open a window: no display (DISPLAY is not set)' -a -z "$out")"
}

# ================================ 7. kill -9 while usage is recorded ================================
# usage_total: "exit ROWS TOTAL" of --export-usage - (TOTAL: the sum of the counts)
usage_total() {
  "${APP[@]}" --export-usage - --kiosk-config "$work/usage.json" >"$work/usage.csv" 2>"$work/usage.err"
  echo "$? $(($(wc -l <"$work/usage.csv") - 1)) $(awk -F, 'NR > 1 { s += $NF } END { print s + 0 }' "$work/usage.csv")"
}
# integrity: sqlite3's integrity_check on a copy of the database files (the copy, so the check
# itself neither replays nor checkpoints the kiosk's write-ahead log)
integrity() {
  command -v sqlite3 >/dev/null || { echo "n/a"; return; }
  rm -rf "$work/dbcopy"; mkdir -p "$work/dbcopy"; cp "$work/state-usage"/usage.db* "$work/dbcopy/" 2>/dev/null
  sqlite3 "$work/dbcopy/usage.db" 'PRAGMA integrity_check;' 2>&1 | tr '\n' ' ' | sed 's/ $//'
}

case7() {
  local seed=${SEED:-$((RANDOM % 10000))} i ms alive rc xrc rows last cycles good=0 header broken check
  RANDOM=$seed
  local mport; mport=$(freeport)
  kiosk_file usage "\"logFolder\": \"$work/state-usage/logs\"" '"usageStats": true' '"idleSeconds": 3600' \
    "\"metricsAddress\": \"127.0.0.1:$mport\""
  start_kiosk "$work/usage.json" # a first run, stopped as usual, so the database exists before the kills
  wait_healthy "$mport" 60 && wait_window 30 && { tap 960 540 2; tap 160 227 1.5; }
  stop_kiosk
  read -r xrc rows last <<<"$(usage_total)"
  cycles="before the kills: export exit $xrc, $rows rows, total $last; "
  local fonts libs; fonts=$(ls "$work/java-tmp" | grep -c '^+JXF') libs=$(ls "$work/java-tmp" | grep -c 'libsqlitejdbc\.so$')
  for i in 1 2 3 4 5 6; do
    ms=$((1000 + RANDOM % 5001))
    start_kiosk "$work/usage.json"
    ( while kill -0 "$kpid"; do tap 960 540 0.3; tap 160 227 0.3; tap 160 305 0.3; tap 160 382 0.3; done ) >/dev/null 2>&1 &
    clicker=$!
    sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
    if kill -0 "$kpid" 2>/dev/null; then alive=alive; else alive=gone; fi
    kill -KILL "$kpid" 2>/dev/null; { wait "$kpid"; } 2>/dev/null; rc=$?; kpid=""
    kill "$clicker" 2>/dev/null; wait "$clicker" 2>/dev/null; clicker=""
    read -r xrc rows total <<<"$(usage_total)"
    header=$(head -1 "$work/usage.csv")
    check=$(integrity)
    broken=$(ls "$work/state-usage" | grep -c 'broken')
    cycles+="#$i kill -9 at ${ms} ms ($alive, exit $rc): export exit $xrc, $rows rows, total $total, integrity $check, broken files $broken; "
    [ "$alive" = alive ] && [ "$xrc" = 0 ] && [ "$header" = "hour_start,counter,label,count" ] \
      && { [ "$check" = ok ] || [ "$check" = n/a ]; } && [ "$broken" -eq 0 ] && [ "$total" -ge "$last" ] && good=$((good + 1))
    last=$total
  done
  fonts=$(( $(ls "$work/java-tmp" | grep -c '^+JXF') - fonts )) libs=$(( $(ls "$work/java-tmp" | grep -c 'libsqlitejdbc\.so$') - libs ))
  cycles+="(not checked: the six killed JVMs left $fonts JavaFX font files +JXF*.tmp and $libs SQLite native libraries (about 1 MB each) in java.io.tmpdir)"
  verdict 7-kills "6 starts with usage on, taps on the screen, kill -9 at a random 1-6 s (seed $seed); after each, --export-usage - and sqlite3 integrity_check" \
    "each: the kiosk was running, export exit 0 with its header, integrity ok, no database set aside, the counts never fall" \
    "$good of 6 as expected: ${cycles%; }" "$(ok test $good -eq 6)"
  local from log=$work/state-usage/logs/cramp-guide-0.log
  from=$(log_lines "$log")
  start_kiosk "$work/usage.json"
  wait_healthy "$mport" 60; rc=$?
  wait_log "$log" "$from" 'kiosk started' 10
  read -r xrc rows total <<<"$(usage_total)"
  broken=$(ls "$work/state-usage" | grep -c 'broken')
  verdict 7-next-start "start once more after the sixth kill" "/healthz 200, 'kiosk started' logged, export exit 0, no database set aside" \
    "healthz $( [ $rc -eq 0 ] && echo 200 || echo 'not 200 in 60 s'); log: ${found:-no start line}; export exit $xrc, $rows rows, total $total; broken files $broken; in the whole log: $(grep -c ' SEVERE ' "$log") SEVERE lines, $(traces "$(cat "$log")") stack-trace lines" \
    "$(ok test $rc -eq 0 -a -n "$found" -a "$xrc" = 0 -a "$broken" -eq 0)"
  stop_kiosk
}
