#!/usr/bin/env bash
# Memory of the whole system at idle: starts the run command, waits until every resource is
# healthy, lets it idle for 30 s, then sums the proportional set size (PSS, shared pages divided
# among the processes sharing them) and the resident set size over every process the app host
# started, by kind; and the processor time the whole machine spent from the run command to all
# healthy (build included when there is one to do). Stops the system afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
idle="${IDLE_SECONDS:-30}"
log=$(mktemp)
busy() { awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat; }
before=$(busy)
setsid bash scripts/run.sh >"$log" 2>&1 &
leader=$!
trap 'kill -TERM -- -"$leader" 2>/dev/null || true; wait "$leader" 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 1 300); do
  grep -q "resources healthy" "$log" && break
  sleep 1
done
grep "resources healthy" "$log" || { echo "The system did not become healthy:" >&2; tail -20 "$log" >&2; exit 1; }
echo "Processor time to all healthy: $(( ($(busy) - before) / 100 )) CPU-s (the whole machine, in hundredths from /proc/stat)"
sleep "$idle"

descendants() {
  local pid=$1 child
  echo "$pid"
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do descendants "$child"; done
}

declare -A pss rss
count=0; total_pss=0; total_rss=0
# Aspire's orchestrator runs detached, watching the app host (--monitor <pid>): count its tree too.
roots="$leader $(pgrep -f -- "--monitor $leader( |$)" || true)"
for pid in $(for root in $roots; do descendants "$root"; done | sort -un); do
  [ -r /proc/"$pid"/smaps_rollup ] || continue
  p=$(awk '/^Pss:/ {print $2}' /proc/"$pid"/smaps_rollup)
  r=$(awk '/^Rss:/ {print $2}' /proc/"$pid"/smaps_rollup)
  cmd=$(tr '\0' ' ' </proc/"$pid"/cmdline)
  case "$cmd" in
    *beam.smp*) kind="RabbitMQ (beam.smp)" ;;
    */tools/dcp\ *) kind="dcp" ;;
    *Aspire.Dashboard*) kind="Aspire.Dashboard" ;;
    *Safeguarding.AppHost.dll*) kind="app host" ;;
    *"dotnet run"*|*dotnet.dll\ run*) kind="dotnet run wrappers" ;;
    *Safeguarding.*.dll*|*/Safeguarding.*) kind=$(grep -o 'Safeguarding\.[A-Za-z]*' <<<"$cmd" | head -1) ;;
    *epmd*) kind="epmd" ;;
    *postgres*) kind="PostgreSQL" ;;
    *) kind="other ($(basename "${cmd%% *}"))" ;;
  esac
  pss[$kind]=$(( ${pss[$kind]:-0} + p )); rss[$kind]=$(( ${rss[$kind]:-0} + r ))
  total_pss=$((total_pss + p)); total_rss=$((total_rss + r)); count=$((count + 1))
done

echo "Idle ${idle} s after all resources healthy: ${count} processes, PSS $((total_pss / 1024)) MiB, RSS $((total_rss / 1024)) MiB"
for kind in "${!pss[@]}"; do
  printf '  %5d MiB  %s\n' $(( ${pss[$kind]} / 1024 )) "$kind"
done | sort -n -r
