#!/usr/bin/env bash
# Smoke test of ./rapporteur against the real thing: starts a stack with `up --detach` on spare ports, with its own
# state directory and its own databases (dropped afterwards), sends the seed document, waits until the query service
# serves its facts, checks a bad submission is refused, rebuilds the read models, then stops everything with `down`.
#
#   scripts/smoke-test.sh            (needs what `./rapporteur up` needs; takes 2-5 minutes)
#
# Not part of `mvn verify`: the e2e-tests module covers the pipeline; this covers the command that people run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RAPPORTEUR="$ROOT/rapporteur"

export RAPPORTEUR_KAFKA_PORT="${SMOKE_KAFKA_PORT:-19392}"
export RAPPORTEUR_INGEST_PORT="${SMOKE_INGEST_PORT:-18381}"
export RAPPORTEUR_CATALOG_PORT="${SMOKE_CATALOG_PORT:-18382}"
export RAPPORTEUR_QUERY_PORT="${SMOKE_QUERY_PORT:-18383}"
export RAPPORTEUR_CATALOG_DB=rapporteur_smoke_catalog
export RAPPORTEUR_QUERY_DB=rapporteur_smoke_query
export RAPPORTEUR_STATE_DIR="${SMOKE_STATE_DIR:-$(mktemp -d -t rapporteur-smoke-XXXXXX)}"
export RAPPORTEUR_INGEST_URL="http://127.0.0.1:$RAPPORTEUR_INGEST_PORT"
QUERY_URL="http://127.0.0.1:$RAPPORTEUR_QUERY_PORT"
SEED="$ROOT/samples/prc-hr-2000-ch7.txt"

passed=0 failed=0
check() {
  local what="$1"; shift
  if "$@"; then
    printf '  PASS %s\n' "$what"
    passed=$((passed + 1))
  else
    printf '  FAIL %s\n' "$what"
    failed=$((failed + 1))
  fi
}

cleanup() {
  "$RAPPORTEUR" down >/dev/null 2>&1 || true
  "$RAPPORTEUR" reset --yes >/dev/null 2>&1 || true
  rm -rf "$RAPPORTEUR_STATE_DIR"
}
trap cleanup EXIT

three_services_ready() { [[ "$("$RAPPORTEUR" status | grep -c 'ready on')" == 3 ]]; }

ingest_refused() { ! "$RAPPORTEUR" ingest "$1" >/dev/null 2>&1; }

# True when none of the given pids is still alive. A zombie counts as gone: it has exited and holds no port or
# file; only its parent (init, for a detached stack) has yet to collect its status.
all_gone() {
  local pid state
  for pid in "$@"; do
    state="$(ps -o stat= -p "$pid" 2>/dev/null || true)"
    [[ -z "$state" || "$state" == Z* ]] || return 1
  done
  return 0
}

# `up --detach` with its output into a pipe (as in `| tee`, `$(...)`): it must return, and the reader must see the end
# of its output, once the stack is up; a started process that inherited the pipe would hold it open while it runs.
up_detached_through_a_pipe() {
  local out="$RAPPORTEUR_STATE_DIR/up.out" reader
  { "$RAPPORTEUR" up --detach --no-samples; echo "$?" >"$out.status"; } | cat >"$out" &
  reader=$!
  for _ in $(seq 1 900); do [[ -f "$out.status" ]] && break; sleep 1; done
  for _ in $(seq 1 10); do kill -0 "$reader" 2>/dev/null || break; sleep 1; done
  if kill -0 "$reader" 2>/dev/null; then
    echo "  the output of up --detach is still open after it returned" >&2
    kill "$reader"
    return 1
  fi
  [[ "$(cat "$out.status" 2>/dev/null)" == 0 ]] || { cat "$out" >&2; return 1; }
}

echo "== up (state in $RAPPORTEUR_STATE_DIR)"
check "up --detach starts the stack, and returns through a pipe" up_detached_through_a_pipe
if ((failed > 0)); then
  printf '\n%d passed, %d failed (nothing else to check without a stack)\n' "$passed" "$failed"
  exit 1
fi
check "status shows three ready services" three_services_ready

echo "== ingest"
output="$("$RAPPORTEUR" ingest "$SEED" 2>&1 || true)"
document_id="$(grep -o 'doc-[0-9a-f]\{20\}' <<<"$output" | head -n 1 || true)"
check "ingest prints the document id" test -n "$document_id"
check "a file of unknown type is refused with exit 1" ingest_refused "$ROOT/samples/README.md"
empty="$RAPPORTEUR_STATE_DIR/empty.txt"
: >"$empty"
check "an empty document is refused by the service, exit 1" ingest_refused "$empty"

echo "== the facts reach the query service"
# the facts arrive over a second or two: wait until the count has stayed the same for three polls
facts=0 previous=-1 same=0
for _ in $(seq 1 120); do
  body="$(curl -fsS "$QUERY_URL/api/facts?document=$document_id&limit=100" 2>/dev/null || true)"
  facts="$(jq -r '.items | length' <<<"$body" 2>/dev/null || true)"
  [[ "$facts" =~ ^[0-9]+$ ]] || facts=0
  if ((facts > 0 && facts == previous)); then
    same=$((same + 1))
    ((same >= 3)) && break
  else
    same=0
  fi
  previous="$facts"
  sleep 1
done
check "query serves facts of the seed document ($facts)" test "$facts" -gt 0

echo "== rebuild-read-models"
check "rebuild-read-models completes" "$RAPPORTEUR" rebuild-read-models
after="$(curl -fsS "$QUERY_URL/api/facts?document=$document_id&limit=100" 2>/dev/null | jq -r '.items | length' 2>/dev/null || true)"
check "the rebuilt read models serve the same facts ($after)" test "$after" = "$facts"

echo "== down"
mapfile -t pids < <(cat "$RAPPORTEUR_STATE_DIR"/run/*.pid 2>/dev/null)
check "down stops everything" "$RAPPORTEUR" down
check "none of the ${#pids[@]} processes of the stack is left" all_gone "${pids[@]}"

printf '\n%d passed, %d failed\n' "$passed" "$failed"
((failed == 0))
