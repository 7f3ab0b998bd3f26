#!/usr/bin/env bash
# Freshness benchmark: POST /api/documents -> the fact's server-sent event, p50/p99 over N documents.
# Uses the stack of ./rapporteur (started here with `up --detach` if none answers, and stopped afterwards).
# Usage: bench/freshness/run-freshness-bench.sh [N=200] [WARMUP=20] [GAP_MS=20]
#   warm-up documents are sent first, not counted; GAP_MS is the pause after each 202 before the next POST
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
documents="${1:-200}"
warmup="${2:-20}"
gap_ms="${3:-20}"
ingest="${RAPPORTEUR_INGEST_URL:-http://localhost:8081}"
query="${RAPPORTEUR_QUERY_URL:-http://localhost:8083}"
started=no
if ! curl -fs "$query/q/health/ready" > /dev/null 2>&1; then
  ./rapporteur up --detach --no-samples
  started=yes
fi
trap '[ "$started" = yes ] && ./rapporteur down' EXIT
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
java bench/freshness/Freshness.java "$documents" "$ingest" "$query" "$warmup" "$gap_ms"
