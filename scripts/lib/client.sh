# shellcheck shell=bash
# Talking to a running stack over HTTP: sending documents, asking for a read-model rebuild.

content_type_for() {
  local lower="${1,,}"
  case "$lower" in
    *.txt) printf 'text/plain' ;;
    *.html | *.htm) printf 'text/html' ;;
    *.pdf) printf 'application/pdf' ;;
    *.json) printf 'application/json' ;;
    *) return 1 ;;
  esac
}

# Prints "detail" (or "title") of a problem+json body, or the start of whatever else came back.
problem_text() {
  local file="$1" detail title
  detail="$(json_field detail "$file")"
  title="$(json_field title "$file")"
  if [[ -n "$detail" ]]; then
    printf '%s%s' "${title:+$title: }" "$detail"
  elif [[ -n "$title" ]]; then
    printf '%s' "$title"
  else
    head -c 300 "$file" | tr '\n' ' '
  fi
}

# ingest_files BASE_URL [--source URL] [--published DATE] [--language CODE] FILE...
# One line per file: "<document id>  <file>", or "FAILED <file>: ...". Returns 1 if any file failed.
ingest_files() {
  require_tool curl "to talk to the services "
  local base="${1%/}"; shift
  local source='' published='' language='' files=()
  while (($# > 0)); do
    case "$1" in
      --source) source="${2:?--source needs a URL}"; shift 2 ;;
      --published) published="${2:?--published needs a date like 2024-06-17}"; shift 2 ;;
      --language) language="${2:?--language needs a code like en}"; shift 2 ;;
      --) shift; files+=("$@"); break ;;
      -*) die "unknown option '$1' (see ./rapporteur help)" ;;
      *) files+=("$1"); shift ;;
    esac
  done
  ((${#files[@]} > 0)) || die "give one or more files: ./rapporteur ingest FILE..."

  local file type name query response code failures=0 id curl_status
  response="$(mktemp)"
  for file in "${files[@]}"; do
    if [[ ! -f "$file" || ! -r "$file" ]]; then
      err "FAILED $(shown "$file"): no such readable file"
      failures=$((failures + 1))
      continue
    fi
    if ! type="$(content_type_for "$file")"; then
      err "FAILED $(shown "$file"): unknown file type; use .txt, .html, .htm, .pdf or .json"
      failures=$((failures + 1))
      continue
    fi
    query=''
    if [[ "$type" != application/json ]]; then
      name="$(basename -- "$file")"
      query="?title=$(urlencode "${name%.*}")"
      [[ -n "$source" ]] && query+="&source=$(urlencode "$source")"
      [[ -n "$published" ]] && query+="&published=$(urlencode "$published")"
      [[ -n "$language" ]] && query+="&language=$(urlencode "$language")"
    fi
    curl_status=0
    code="$(curl -sS -m 120 -o "$response" -w '%{http_code}' -X POST \
      -H "Content-Type: $type" -H 'Accept: application/json, application/problem+json' \
      --data-binary "@$file" "$base/api/documents$query" 2>"$response.err")" || curl_status=$?
    if ((curl_status != 0)); then
      err "FAILED $(shown "$file"): cannot reach the ingest service at $base ($(tr '\n' ' ' <"$response.err")). Is the stack up? (./rapporteur up, or set RAPPORTEUR_INGEST_URL)"
      rm -f "$response" "$response.err"
      return 1
    fi
    if [[ "$code" == 2?? ]]; then
      id="$(json_field id "$response")"
      printf '%s  %s\n' "${id:-(no id in the answer)}" "$(shown "$file")"
    else
      err "FAILED $(shown "$file"): HTTP $code $(problem_text "$response")"
      failures=$((failures + 1))
    fi
  done
  rm -f "$response" "$response.err"
  ((failures == 0)) || {
    err "$failures of ${#files[@]} file(s) failed"
    return 1
  }
}

# POST starts a rebuild in the query service and answers 202 at once; GET on the same path tells its state
# (IDLE, RUNNING, COMPLETED, FAILED). This follows it to the end so the command's exit code means something.
rebuild_read_models() {
  require_tool curl "to talk to the services "
  local base="${RAPPORTEUR_QUERY_URL:-http://localhost:$QUERY_PORT}" response code curl_status=0
  local timeout="${RAPPORTEUR_REBUILD_TIMEOUT:-900}" deadline state
  base="${base%/}"
  local url="$base/api/admin/rebuild-read-models"
  response="$(mktemp)"
  code="$(curl -sS -m 60 -o "$response" -w '%{http_code}' -X POST \
    -H 'Accept: application/json, application/problem+json' "$url" 2>"$response.err")" || curl_status=$?
  if ((curl_status != 0)); then
    err "cannot reach the query service at $base ($(tr '\n' ' ' <"$response.err")). Is the stack up?"
    rm -f "$response" "$response.err"
    return 1
  fi
  if [[ "$code" != 2?? ]]; then
    err "the rebuild did not start: HTTP $code $(problem_text "$response")"
    rm -f "$response" "$response.err"
    return 1
  fi
  say "Rebuilding the read models from rapporteur.catalog.v1 (the API keeps answering from the current ones)..."
  deadline=$(($(now) + timeout))
  while :; do
    sleep 2
    curl -fsS -m 10 -o "$response" "$url" 2>/dev/null || true
    state="$(json_field state "$response")"
    case "$state" in
      COMPLETED)
        ok "read models rebuilt: $(json_field applied "$response") of $(json_field records "$response") catalog events applied"
        break ;;
      FAILED)
        err "the rebuild failed: $(json_field error "$response") (see the query service's log)"
        rm -f "$response" "$response.err"
        return 1 ;;
    esac
    if (($(now) >= deadline)); then
      err "the rebuild is still ${state:-in an unknown state} after $timeout s (RAPPORTEUR_REBUILD_TIMEOUT); it goes on in the service"
      rm -f "$response" "$response.err"
      return 1
    fi
  done
  rm -f "$response" "$response.err"
}
