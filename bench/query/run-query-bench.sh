#!/usr/bin/env bash
# Requests per second and latency (wrk at max rate; an open-loop 1,000 req/s phase) of GET /api/facts?actor=..&limit=50
# through the packaged query service on loopback against the same SQL run with raw JDBC on the same database in the same
# run; the rate at which the service applies catalog events; and the query side of freshness (catalog record -> SSE).
# Starts its own in-process KRaft broker, a fresh PostgreSQL database and the service; cleans up.
#
#   bench/query/run-query-bench.sh [--facts 100000] [--actors 100] [--connections 8] [--seconds 10] [--rate 1000]
#                                  [--rate-seconds 30] [--workers 32] [--stream-events 200] [--fetch-max-wait-ms 500]
# Needs: wrk (installed from Debian if missing and run as root), PostgreSQL on 127.0.0.1:5432, query-service packaged (mvn -o -pl query-service -am package).
set -euo pipefail
if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)..." >&2
  { [ "$(id -u)" = 0 ] && { apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }; } >/dev/null; } \
    || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
fi
source "$(dirname "$0")/../lib/service-bench.sh"
run_service_bench query-service io.rapporteur.bench.query.QueryBench "$@"
