# shellcheck shell=bash
# Starting, watching and stopping the local stack: one Kafka broker process and the three services.

BROKER_MAIN=io.rapporteur.testsupport.kafka.LocalBroker
STOP_MARKER_NAME=stopping

# Starts "$@" in the background with its output in LOG and records its pid as NAME.
# Children of a script ignore SIGINT, so a Ctrl-C reaches them only through stop_stack, in order.
launch() {
  local name="$1" log="$2"; shift 2
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  printf '\n==== %s started by ./rapporteur at %s ====\n' "$name" "$(date -u '+%Y-%m-%dT%H:%M:%SZ')" >>"$log"
  # 3>&- 4>&-: `up` keeps the terminal on fds 3 and 4; a process that inherited them would hold a pipe that `up`
  # writes into (`./rapporteur up --detach | tee up.log`, `$(...)`) open for as long as it runs
  nohup "$@" >>"$log" 2>&1 </dev/null 3>&- 4>&- &
  printf '%s\n' "$!" >"$(pid_file "$name")"
}

# The pids of every process of this stack that still runs, as "name pid" lines.
running_processes() {
  local name pid
  for name in kafka "${SERVICES[@]/%/-service}"; do
    if pid="$(running_pid "$name")"; then
      printf '%s %s\n' "$name" "$pid"
    fi
  done
}

check_ports_free() {
  local taken=0 name port holder
  for name in kafka "${SERVICES[@]}"; do
    if [[ "$name" == kafka ]]; then port="$KAFKA_PORT"; else port="$(service_port "$name")"; fi
    if port_in_use "$port"; then
      holder=''
      if command -v ss >/dev/null 2>&1; then
        holder="$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'users:(([^)]*))' | head -n 1 || true)"
      fi
      err "port $port, wanted for $name, is already taken${holder:+ ($holder)}. Stop that program or choose another port: $(port_env_var "$name")=NNNN ./rapporteur up"
      taken=1
    fi
  done
  return "$taken"
}

start_broker() {
  local classpath log="$LOG_DIR/kafka.log"
  classpath="$(module_classpath test-support)" || return 1
  if [[ -z "$(ls -A "$STATE_DIR/kafka" 2>/dev/null)" ]] && ((PG_DATABASES_EXISTED)); then
    # The catalog keeps its Kafka offsets in its database: offsets of an older, deleted log would make it skip the
    # records of this new one. The catalog's data stays; only where it stopped reading is forgotten.
    if command -v psql >/dev/null 2>&1 && PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 \
        -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$CATALOG_DB" \
        -c "DO \$\$ BEGIN IF to_regclass('consumed_offsets') IS NOT NULL THEN DELETE FROM consumed_offsets; END IF; END \$\$" \
        >/dev/null 2>&1; then
      say "The broker starts with empty data: the catalog will read it from the beginning."
    else
      warn "the broker starts with empty data but $CATALOG_DB / $QUERY_DB already exist; if they hold data from" \
        "an earlier run, facts may not show up: stop and run ./rapporteur reset --yes for a clean start"
    fi
  fi
  mkdir -p "$STATE_DIR/kafka"
  say "Starting the Kafka broker (KRaft) on 127.0.0.1:$KAFKA_PORT..."
  # shellcheck disable=SC2086 # KAFKA_JAVA_OPTS is a list of JVM options
  launch kafka "$log" java $KAFKA_JAVA_OPTS \
    "-Drapporteur.home=$ROOT" "$(process_marker kafka)" \
    -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$classpath" "$BROKER_MAIN" --port "$KAFKA_PORT" --data-dir "$STATE_DIR/kafka"

  local deadline=$(($(now) + KAFKA_TIMEOUT)) started
  started="$(now)"
  while :; do
    if ! running_pid kafka >/dev/null; then
      err "the Kafka broker stopped during start-up; its log: $(shown "$log")"
      tail -n 20 "$log" >&2
      return 1
    fi
    if grep -q 'Kafka broker (KRaft) ready on' "$log" && port_in_use "$KAFKA_PORT"; then
      ok "Kafka broker ready on 127.0.0.1:$KAFKA_PORT ($(($(now) - started)) s)"
      return 0
    fi
    if (($(now) >= deadline)); then
      err "the Kafka broker did not answer within $KAFKA_TIMEOUT s (RAPPORTEUR_KAFKA_TIMEOUT); its log: $(shown "$log")"
      tail -n 20 "$log" >&2
      return 1
    fi
    sleep 1
  done
}

start_service() {
  local svc="$1" module jar port log
  module="$(service_module "$svc")"
  jar="$(service_jar "$svc")"
  port="$(service_port "$svc")"
  log="$LOG_DIR/$module.log"
  local args=("-Drapporteur.home=$ROOT" "$(process_marker "$module")"
    "-Dquarkus.http.port=$port"
    "-Dkafka.bootstrap.servers=127.0.0.1:$KAFKA_PORT")
  case "$svc" in
    catalog) args+=("-Dquarkus.datasource.jdbc.url=$(jdbc_url "$CATALOG_DB")" "-Dquarkus.datasource.username=$PG_USER") ;;
    query) args+=("-Dquarkus.datasource.jdbc.url=$(jdbc_url "$QUERY_DB")" "-Dquarkus.datasource.username=$PG_USER") ;;
  esac
  # The password travels in the environment, not on the command line where `ps` would show it.
  # shellcheck disable=SC2086 # SERVICE_JAVA_OPTS is a list of JVM options
  QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD" launch "$module" "$log" java $SERVICE_JAVA_OPTS "${args[@]}" -jar "$jar"
}

service_ready() {
  curl -fsS -m 3 -o /dev/null "http://127.0.0.1:$1/q/health/ready" 2>/dev/null
}

# Which health checks are DOWN, for a readable failure message.
health_summary() {
  local body
  body="$(curl -sS -m 3 "http://127.0.0.1:$1/q/health/ready" 2>&1 || true)"
  if command -v jq >/dev/null 2>&1 && jq -e . >/dev/null 2>&1 <<<"$body"; then
    jq -r '[.checks[]? | select(.status != "UP") | .name] | if length == 0 then "no check reported DOWN" else "DOWN: " + join(", ") end' <<<"$body"
  else
    printf '%s' "${body:0:300}"
  fi
}

wait_for_services() {
  local started deadline svc module port pending=("${SERVICES[@]}") still
  started="$(now)"
  deadline=$((started + READY_TIMEOUT))
  say "Waiting for the services to be ready (at most $READY_TIMEOUT s)..."
  while ((${#pending[@]} > 0)); do
    still=()
    for svc in "${pending[@]}"; do
      module="$(service_module "$svc")"
      port="$(service_port "$svc")"
      if ! running_pid "$module" >/dev/null; then
        err "$module stopped during start-up; its log: $(shown "$LOG_DIR/$module.log")"
        tail -n 25 "$LOG_DIR/$module.log" >&2
        return 1
      fi
      if service_ready "$port"; then
        ok "$module ready on http://localhost:$port ($(($(now) - started)) s)"
      else
        still+=("$svc")
      fi
    done
    pending=("${still[@]+"${still[@]}"}")
    ((${#pending[@]} > 0)) || break
    if (($(now) >= deadline)); then
      for svc in "${pending[@]}"; do
        module="$(service_module "$svc")"
        err "$module is not ready after $READY_TIMEOUT s ($(health_summary "$(service_port "$svc")")); its log: $(shown "$LOG_DIR/$module.log")"
      done
      return 1
    fi
    sleep 1
  done
}

# Stops every process of this stack that still runs: the services first, so that their consumers leave their
# groups and their producers flush while the broker is still there, then the broker.
stop_stack() {
  local group names=() pids=() name pid i deadline
  for group in services broker; do
    names=() pids=()
    if [[ "$group" == services ]]; then
      for name in "${SERVICES[@]/%/-service}"; do
        pid="$(running_pid "$name")" && { names+=("$name"); pids+=("$pid"); }
      done
    else
      pid="$(running_pid kafka)" && { names+=(kafka); pids+=("$pid"); }
    fi
    ((${#pids[@]} > 0)) || continue
    say "Stopping ${names[*]}..."
    kill -TERM "${pids[@]}" 2>/dev/null || true
    deadline=$(($(now) + STOP_TIMEOUT))
    for i in "${!names[@]}"; do
      while running_pid "${names[$i]}" >/dev/null && (($(now) < deadline)); do
        sleep 0.3
      done
      if running_pid "${names[$i]}" >/dev/null; then
        warn "${names[$i]} (pid ${pids[$i]}) did not stop within $STOP_TIMEOUT s; killing it"
        kill -KILL "${pids[$i]}" 2>/dev/null || true
      fi
      rm -f "$(pid_file "${names[$i]}")"
    done
  done
  # Reap our own children so no zombie outlives the command.
  wait 2>/dev/null || true
}

print_stack() {
  local svc port
  cat <<EOF

${C_BOLD}Rapporteur is up.${C_OFF}

  what      port   URL                              API docs
EOF
  for svc in "${SERVICES[@]}"; do
    port="$(service_port "$svc")"
    printf '  %-8s  %-5s  %-31s  %s\n' "$svc" "$port" "http://localhost:$port" "http://localhost:$port/q/swagger-ui"
  done
  printf '  %-8s  %-5s  %-31s  %s\n' kafka "$KAFKA_PORT" "127.0.0.1:$KAFKA_PORT" "(bootstrap servers)"
  printf '  %-8s  %-5s  %-31s  %s\n' postgres "$PG_PORT" "$PG_HOST:$PG_PORT" "$CATALOG_DB, $QUERY_DB"
  cat <<EOF

  Facts:            curl 'http://localhost:$QUERY_PORT/api/facts?limit=10'
  Live facts (SSE): curl -N http://localhost:$QUERY_PORT/api/stream
  Add documents:    ./rapporteur ingest FILE...
  Health, metrics:  http://localhost:PORT/q/health/ready, http://localhost:PORT/q/metrics
  Logs:             $(shown "$LOG_DIR")/
EOF
}

# Keeps `up` in the foreground until Ctrl-C, `./rapporteur down`, or one of the processes dies.
supervise() {
  local name
  printf '  Stop:             Ctrl-C (or ./rapporteur down from another terminal)\n\n'
  while :; do
    for name in kafka "${SERVICES[@]/%/-service}"; do
      if ! running_pid "$name" >/dev/null; then
        if [[ -f "$RUN_DIR/$STOP_MARKER_NAME" ]]; then
          # `down` is stopping the rest; stopping it twice would only double the messages.
          say "Stopped by ./rapporteur down."
          return 0
        fi
        err "$name stopped unexpectedly; its log: $(shown "$LOG_DIR/$name.log")"
        tail -n 15 "$LOG_DIR/$name.log" >&2 || true
        stop_stack
        return 1
      fi
    done
    # sleep in the background so a signal runs its trap at once
    sleep 2 &
    wait $! 2>/dev/null || true
  done
}
