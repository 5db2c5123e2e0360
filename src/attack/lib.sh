# Helpers for src/attack/attack.sh (sourced, not run): the results table, kiosk settings files,
# starting and stopping the kiosk, waiting for log lines and reading metrics. Expects from the
# caller: $work (the run's temp folder), $here (src/attack), APP (the app's command, an array).

# --- results ---------------------------------------------------------------------------------------
res_id=() res_what=() res_expected=() res_observed=() res_verdict=()
failures=0

# verdict ID WHAT EXPECTED OBSERVED OK   (OK: 0 pass, anything else fail)
verdict() {
  local observed=${4//$work/\$WORK} v=PASS
  observed=${observed//$'\n'/ ⏎ }
  [ "$5" = 0 ] || { v=FAIL; failures=$((failures + 1)); }
  res_id+=("$1") res_what+=("$2") res_expected+=("$3") res_observed+=("$observed") res_verdict+=("$v")
  printf '%s %s: %s\n      observed: %s\n' "$v" "$1" "$2" "$observed"
}

# ok CONDITION...: 0 when the test command succeeds, 1 when not (for verdict's last argument)
ok() { if "$@"; then echo 0; else echo 1; fi; }

table() {
  local i cell
  echo
  echo "| case | what was done | expected | observed | pass/fail |"
  echo "| --- | --- | --- | --- | --- |"
  for i in "${!res_id[@]}"; do
    printf '|'
    for cell in "${res_id[$i]}" "${res_what[$i]}" "${res_expected[$i]}" "${res_observed[$i]}" "${res_verdict[$i]}"; do
      printf ' %s |' "${cell//|/\\|}"
    done
    echo
  done
  echo
  echo "${#res_id[@]} checks, $failures failed"
}

# --- settings --------------------------------------------------------------------------------------
# A staff PIN entry the settings reader accepts (the one src/screenshots/retake.sh uses): it is the
# hash of no PIN anyone types, so every PIN typed on the pad is a wrong one.
PIN_ENTRY='"staffPin": {"salt": "AAECAwQFBgcICQoLDA0ODw==", "hash": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "iterations": 210000}'

# kiosk_file NAME SETTING...: writes $work/NAME.json (the staff PIN plus each SETTING line), chmod 600
kiosk_file() {
  local name=$1; shift
  local lines=("$PIN_ENTRY" "$@") IFS=$'\n'
  printf '{\n%s\n}\n' "$(printf '  %s,\n' "${lines[@]}" | sed '$ s/,$//')" >"$work/$name.json"
  chmod 600 "$work/$name.json"
}

freeport() { python3 "$here/netprobe.py" freeport; }

# --- the kiosk -------------------------------------------------------------------------------------
kpid="" starts=0
# start_kiosk CONFIG: starts the kiosk in the background (pid in $kpid, output in $work/kiosk-N.out)
start_kiosk() {
  starts=$((starts + 1))
  kout=$work/kiosk-$starts.out
  "${APP[@]}" --kiosk --kiosk-config "$1" >"$kout" 2>&1 &
  kpid=$!
}

# stop_kiosk [SIGNAL]: TERM (default) and up to 10 s to end, then KILL; KILL at once with "KILL"
stop_kiosk() {
  [ -n "$kpid" ] || return 0
  kill -"${1:-TERM}" "$kpid" 2>/dev/null
  local _
  for _ in $(seq 1 100); do kill -0 "$kpid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$kpid" 2>/dev/null
  { wait "$kpid"; } 2>/dev/null
  kpid=""
}

# http_code METHOD URL [curl options]: the status code, 000 when nothing answered
http_code() {
  local method=$1 url=$2; shift 2
  if [ "$method" = HEAD ]; then
    curl -s -o /dev/null -I --max-time 5 -w '%{http_code}' "$@" "$url"
  else
    curl -s -o /dev/null -X "$method" --max-time 5 -w '%{http_code}' "$@" "$url"
  fi
}

# wait_healthy PORT SECONDS: 0 once /healthz answers 200
wait_healthy() {
  local until=$((SECONDS + $2))
  while [ $SECONDS -lt $until ]; do
    [ "$(http_code GET "http://127.0.0.1:$1/healthz")" = 200 ] && return 0
    kill -0 "$kpid" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}

# metric PORT NAME: the value of the sample whose name (with labels) starts with NAME
metric() {
  curl -s --max-time 5 "http://127.0.0.1:$1/metrics" | awk -v n="$2" 'index($1, n) == 1 { print $2; exit }'
}

log_lines() { if [ -f "$1" ]; then wc -l <"$1"; else echo 0; fi; }

# wait_log FILE FROM REGEX SECONDS: 0 once a line after line FROM of FILE matches REGEX
# (found lines in $found)
wait_log() {
  local until=$((SECONDS + $4))
  found=""
  while [ $SECONDS -lt $until ]; do
    found=$(tail -n +"$(($2 + 1))" "$1" 2>/dev/null | grep -E -- "$3")
    [ -n "$found" ] && return 0
    sleep 0.3
  done
  return 1
}

# after FILE FROM: the lines of FILE after line FROM
after() { tail -n +"$(($2 + 1))" "$1" 2>/dev/null; }

# traces TEXT...: how many lines look like a Java stack trace
traces() { printf '%s\n' "$@" | grep -c -E '^[[:space:]]+at [a-zA-Z]|^Caused by:|^Exception in thread'; }

# --- the screen (xdotool, in window pixels of a 1920x1080 kiosk at 0,0) ------------------------------
tap() { xdotool mousemove "$1" "$2"; sleep 0.3; xdotool mousedown 1; sleep 0.12; xdotool mouseup 1; sleep "${3:-0.4}"; }

# wait_window SECONDS: 0 once the kiosk shows a window (then 3 s more: the first frame comes before input)
wait_window() {
  local until=$((SECONDS + $1))
  while [ $SECONDS -lt $until ]; do
    if [ -n "$(xdotool search --onlyvisible --class '.' 2>/dev/null | head -1)" ]; then sleep 3; return 0; fi
    sleep 0.25
  done
  return 1
}
