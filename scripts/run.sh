#!/usr/bin/env bash
# Starts the whole system: the Aspire app host, which runs PostgreSQL, RabbitMQ, the services, the
# gateway and the dashboard. Ctrl+C (or SIGTERM) stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh
dotnet build Safeguarding.AppHost -c Release -nologo -v q
# The built app host is run directly (not through 'dotnet run'), so that a signal to this process
# reaches it. These are the settings its launch profile carries, for a run on this machine.
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:18888}"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://localhost:18889}"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT="${ASPIRE_ALLOW_UNSECURED_TRANSPORT:-true}"
cd Safeguarding.AppHost
exec dotnet bin/Release/net10.0/Safeguarding.AppHost.dll "$@"
