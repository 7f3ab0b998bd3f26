#!/usr/bin/env bash
# Freshness benchmark: POST /api/documents -> the fact's server-sent event, p50/p99 over N documents.
# Uses the stack of ./rapporteur (started here with `up --detach` if none answers, and stopped afterwards).
# Usage: bench/freshness/run-freshness-bench.sh [N=200] [WARMUP=20] [GAP_MS]
#   warm-up documents are sent first, not counted; GAP_MS is the pause after each 202 before the next POST
#   (without it: one run 200 ms apart, then one 20 ms apart)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
documents="${1:-200}"
warmup="${2:-20}"
gap_ms="${3:-}"
ingest="${RAPPORTEUR_INGEST_URL:-http://localhost:8081}"
query="${RAPPORTEUR_QUERY_URL:-http://localhost:8083}"
started=no
if ! curl -fs "$query/q/health/ready" > /dev/null 2>&1; then
  ./rapporteur up --detach --no-samples
  started=yes
fi
trap '[ "$started" = yes ] && ./rapporteur down' EXIT
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
freshness() { java bench/freshness/Freshness.java "$documents" "$ingest" "$query" "$warmup" "$1" "$2"; }
if [ -n "$gap_ms" ]; then
  freshness "$gap_ms" 100
else
  echo "== documents 200 ms apart (~4.5/s, still far above the genre's real rate)"
  freshness 200 100
  echo "== documents 20 ms apart (~23/s: the broker, three services and PostgreSQL compete for the 2 cores)"
  freshness 20 1000
fi
