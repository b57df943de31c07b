#!/usr/bin/env bash
# Builds the solution and runs every test project against real PostgreSQL and RabbitMQ servers
# that the tests start themselves. Prints a closing "N passed, N failed, N skipped" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh --tests

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet build Safeguarding.sln -c Release -nologo -v q
status=0
dotnet test Safeguarding.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${n:-0}))
done
if [ "$failed" -gt 0 ]; then
  echo "Failed tests:"
  for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    # Each failed result's name, then the first lines of its message.
    awk '/<UnitTestResult / && /outcome="Failed"/ {
           match($0, /testName="[^"]*"/); print "  " substr($0, RSTART + 10, RLENGTH - 11); grab = 1; next }
         grab && /<Message>/ { sub(/.*<Message>/, ""); inmsg = 1; lines = 0 }
         inmsg { done = sub(/<\/Message>.*/, ""); if (lines++ < 6) print "    " $0; if (done) { inmsg = 0; grab = 0 } }' "$trx"
  done
fi
echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit $status
