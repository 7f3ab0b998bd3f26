# shellcheck shell=bash
# Shared settings and helpers of ./rapporteur. Sourced, never run.
#
# Everything the command keeps lives under $STATE_DIR (.rapporteur/ at the repository root, gitignored):
#   logs/      one log per process (kafka, ingest-service, ...) and the last build
#   run/       pid files of the processes that `up` started
#   kafka/     the local broker's data, kept across runs like the databases are
#   classpath/ cached Maven classpaths of test-support (broker) and extractor (CLI)

STATE_DIR="${RAPPORTEUR_STATE_DIR:-$ROOT/.rapporteur}"
LOG_DIR="$STATE_DIR/logs"
RUN_DIR="$STATE_DIR/run"
CLASSPATH_DIR="$STATE_DIR/classpath"

KAFKA_PORT="${RAPPORTEUR_KAFKA_PORT:-9092}"
INGEST_PORT="${RAPPORTEUR_INGEST_PORT:-8081}"
CATALOG_PORT="${RAPPORTEUR_CATALOG_PORT:-8082}"
QUERY_PORT="${RAPPORTEUR_QUERY_PORT:-8083}"

# Three services and a broker on a 2-core laptop: keep each heap modest unless told otherwise.
SERVICE_JAVA_OPTS="${RAPPORTEUR_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}"
KAFKA_JAVA_OPTS="${RAPPORTEUR_KAFKA_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}"
READY_TIMEOUT="${RAPPORTEUR_READY_TIMEOUT:-180}"
KAFKA_TIMEOUT="${RAPPORTEUR_KAFKA_TIMEOUT:-90}"
STOP_TIMEOUT="${RAPPORTEUR_STOP_TIMEOUT:-20}"
MVN="${RAPPORTEUR_MVN:-mvn}"

SERVICES=(ingest catalog query)

if [[ -t 1 && -z "${NO_COLOR:-}" ]]; then
  C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_OFF=$'\e[0m'
else
  C_BOLD='' C_RED='' C_GREEN='' C_YELLOW='' C_OFF=''
fi

say()  { printf '%s==>%s %s\n' "$C_BOLD" "$C_OFF" "$*"; }
ok()   { printf '%s  ok%s %s\n' "$C_GREEN" "$C_OFF" "$*"; }
warn() { printf '%swarning:%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
err()  { printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$*" >&2; }
die()  { err "$*"; exit 1; }

require_tool() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is needed ${2:-}but was not found on PATH."
}

# Path shown to the user: relative to the repository when inside it.
shown() {
  local path="$1"
  printf '%s' "${path#"$ROOT"/}"
}

service_module() { printf '%s-service' "$1"; }

service_port() {
  case "$1" in
    ingest) printf '%s' "$INGEST_PORT" ;;
    catalog) printf '%s' "$CATALOG_PORT" ;;
    query) printf '%s' "$QUERY_PORT" ;;
    *) die "unknown service '$1'" ;;
  esac
}

port_env_var() {
  case "$1" in
    kafka) printf 'RAPPORTEUR_KAFKA_PORT' ;;
    ingest) printf 'RAPPORTEUR_INGEST_PORT' ;;
    catalog) printf 'RAPPORTEUR_CATALOG_PORT' ;;
    query) printf 'RAPPORTEUR_QUERY_PORT' ;;
  esac
}

# True when something already listens on 127.0.0.1:PORT (or on all interfaces).
port_in_use() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]] && return 0
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# Percent-encodes one query parameter value (byte by byte, so UTF-8 names survive).
urlencode() {
  local LC_ALL=C
  local s="$1" out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [a-zA-Z0-9.~_-]) out+="$c" ;;
      *) printf -v c '%%%02X' "'$c"; out+="$c" ;;
    esac
  done
  printf '%s' "$out"
}

# Reads a top-level string field of a JSON document in FILE (jq when present, a plain pattern otherwise).
json_field() {
  local field="$1" file="$2"
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg f "$field" 'if type == "object" then (.[$f] // empty) | tostring else empty end' "$file" 2>/dev/null || true
  else
    sed -n "s/.*\"$field\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" "$file" | head -n 1
  fi
}

# Process bookkeeping. A pid file alone is not trusted: the process must still carry the marker we gave it,
# so a recycled pid of some unrelated program is never signalled.
pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }

process_marker() { printf -- '-Drapporteur.process=%s' "$1"; }

# Prints the pid of our process NAME if it is running, else nothing (and returns 1).
running_pid() {
  local name="$1" file pid args
  file="$(pid_file "$name")"
  [[ -f "$file" ]] || return 1
  pid="$(<"$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  args="$(ps -o args= -p "$pid" 2>/dev/null || true)"
  if [[ "$args" == *"$(process_marker "$name")"* && "$args" == *"-Drapporteur.home=$ROOT"* ]]; then
    printf '%s' "$pid"
    return 0
  fi
  return 1
}

is_alive() { kill -0 "$1" 2>/dev/null; }

now() { date +%s; }
