# shellcheck shell=bash
# Finding the PostgreSQL server and creating the two databases of the stack.
#
# Where the server is, first match wins:
#   RAPPORTEUR_PG_URL=jdbc:postgresql://HOST[:PORT]/DB   (DB is only used to connect; the stack's own are created)
#   PGHOST / PGPORT (libpq's usual variables; a socket directory in PGHOST is not usable over JDBC)
#   127.0.0.1:5432
# User and password: RAPPORTEUR_PG_USER / RAPPORTEUR_PG_PASSWORD, else PGUSER / PGPASSWORD, else postgres / none.

CATALOG_DB="${RAPPORTEUR_CATALOG_DB:-rapporteur_catalog}"
# Set to 1 by ensure_databases when the databases were there before (psql path only): they may hold data that
# belongs to an earlier Kafka log.
PG_DATABASES_EXISTED=0
QUERY_DB="${RAPPORTEUR_QUERY_DB:-rapporteur_query}"

resolve_postgres() {
  PG_HOST=127.0.0.1 PG_PORT=5432 PG_ADMIN_DB=postgres PG_PARAMS='' PG_SOURCE="the default 127.0.0.1:5432"
  if [[ -n "${RAPPORTEUR_PG_URL:-}" ]]; then
    local pattern='^jdbc:postgresql://([^/:?]+)(:([0-9]+))?(/([^?]*))?(\?.*)?$'
    [[ "$RAPPORTEUR_PG_URL" =~ $pattern ]] ||
      die "RAPPORTEUR_PG_URL='$RAPPORTEUR_PG_URL' is not of the form jdbc:postgresql://HOST:PORT/DATABASE"
    PG_HOST="${BASH_REMATCH[1]}"
    PG_PORT="${BASH_REMATCH[3]:-5432}"
    PG_ADMIN_DB="${BASH_REMATCH[5]:-postgres}"
    PG_PARAMS="${BASH_REMATCH[6]}" # e.g. ?sslmode=require, passed on to the services
    PG_SOURCE="RAPPORTEUR_PG_URL"
  elif [[ -n "${PGHOST:-}${PGPORT:-}" ]]; then
    if [[ -n "${PGHOST:-}" && "$PGHOST" != /* ]]; then
      PG_HOST="$PGHOST"
    fi
    PG_PORT="${PGPORT:-5432}"
    PG_ADMIN_DB="${PGDATABASE:-postgres}"
    PG_SOURCE="PGHOST/PGPORT"
  fi
  PG_USER="${RAPPORTEUR_PG_USER:-${PGUSER:-postgres}}"
  PG_PASSWORD="${RAPPORTEUR_PG_PASSWORD:-${PGPASSWORD:-}}"
}

jdbc_url() { printf 'jdbc:postgresql://%s:%s/%s%s' "$PG_HOST" "$PG_PORT" "$1" "$PG_PARAMS"; }

postgres_help() {
  cat >&2 <<EOF
Rapporteur needs a PostgreSQL server (13 or newer) it can reach over TCP. Tell it where one is:
  RAPPORTEUR_PG_URL=jdbc:postgresql://HOST:PORT/postgres ./rapporteur up
or with the usual libpq variables: PGHOST=HOST PGPORT=PORT PGUSER=USER PGPASSWORD=SECRET ./rapporteur up
The user must be allowed to create databases ($CATALOG_DB and $QUERY_DB are created when missing).
On Debian or Ubuntu: sudo apt-get install postgresql && sudo pg_ctlcluster 15 main start
With Docker: docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=secret postgres:15   (then PGPASSWORD=secret)
EOF
}

postgres_answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 5 >/dev/null 2>&1
  else
    (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null
  fi
}

psql_admin() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -v ON_ERROR_STOP=1 -At \
    -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_ADMIN_DB" "$@"
}

# Creates the stack's databases when missing. psql when installed, else a small JDBC program.
ensure_databases() {
  resolve_postgres
  local name
  for name in "$CATALOG_DB" "$QUERY_DB"; do
    [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name '$name' must be lower-case letters, digits and _"
  done
  if ! postgres_answers; then
    err "no PostgreSQL server answers at $PG_HOST:$PG_PORT (from $PG_SOURCE)."
    postgres_help
    return 1
  fi
  if command -v psql >/dev/null 2>&1; then
    local db output problem
    problem="$(mktemp)"
    for db in "$CATALOG_DB" "$QUERY_DB"; do
      if ! output="$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'" 2>"$problem")"; then
        err "PostgreSQL at $PG_HOST:$PG_PORT refused user '$PG_USER': $(tr '\n' ' ' <"$problem")"
        rm -f "$problem"
        postgres_help
        return 1
      fi
      if [[ "$output" == 1 ]]; then
        PG_DATABASES_EXISTED=1
      else
        psql_admin -q -c "CREATE DATABASE \"$db\"" >/dev/null 2>"$problem" || {
          err "could not create database $db as user '$PG_USER': $(tr '\n' ' ' <"$problem")"
          rm -f "$problem"
          return 1
        }
        ok "created database $db"
      fi
    done
    rm -f "$problem"
  else
    local classpath
    classpath="$(module_classpath test-support)" || return 1
    RAPPORTEUR_PG_PASSWORD="$PG_PASSWORD" java -cp "$classpath" "$ROOT/scripts/CreateDatabases.java" \
      "$(jdbc_url "$PG_ADMIN_DB")" "$PG_USER" "$CATALOG_DB" "$QUERY_DB" || {
      postgres_help
      return 1
    }
  fi
  ok "PostgreSQL at $PG_HOST:$PG_PORT has $CATALOG_DB and $QUERY_DB"
}
