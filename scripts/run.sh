#!/usr/bin/env bash
# Starts the whole system: PostgreSQL, RabbitMQ, the four services, the gateway and the dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh
exec dotnet run --project Safeguarding.AppHost -c Release -- "$@"
