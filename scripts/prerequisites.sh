#!/usr/bin/env bash
# Installs what the system needs on a fresh Debian machine: the PostgreSQL and RabbitMQ server
# packages (the app host and the tests run them as child processes), the .NET local tools and,
# with --tests, Chromium for the browser tests.
# Safe to run repeatedly: it only installs what is missing.
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
# The tests also drive Debian's Chromium (the API reference page in a browser).
if [ "${1:-}" = "--tests" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The Debian packages start a system-wide epmd on install; our RabbitMQ node uses a private one,
# so the shared daemon is left alone.

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK (10.0) is required: https://dot.net" >&2
  exit 1
fi

cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
