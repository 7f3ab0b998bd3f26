# shellcheck shell=bash
# Building what ./rapporteur runs: the three Quarkus apps, the broker's and the extractor CLI's classpaths.

# Modules whose sources end up inside a service jar (besides the service's own module).
LIBRARY_MODULES=(contract extractor service-support)

BROKER_CLASS="$ROOT/test-support/target/classes/io/rapporteur/testsupport/kafka/LocalBroker.class"

service_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar' "$ROOT" "$(service_module "$1")"; }

# Prints the first source file newer than REFERENCE among the given modules' pom.xml and src/main, if any.
newer_source() {
  local reference="$1"; shift
  local dirs=("$ROOT/pom.xml") module
  for module in "$@"; do
    [[ -d "$ROOT/$module" ]] || continue
    dirs+=("$ROOT/$module/pom.xml")
    [[ -d "$ROOT/$module/src/main" ]] && dirs+=("$ROOT/$module/src/main")
  done
  find "${dirs[@]}" -type f -newer "$reference" -print -quit 2>/dev/null
}

# Explains why the stack needs a build, or prints nothing when every jar is there and up to date.
why_build_needed() {
  local svc jar newer
  for svc in "${SERVICES[@]}"; do
    jar="$(service_jar "$svc")"
    if [[ ! -f "$jar" ]]; then
      printf '%s is missing' "$(shown "$jar")"
      return
    fi
    newer="$(newer_source "$jar" "${LIBRARY_MODULES[@]}" "$(service_module "$svc")")"
    if [[ -n "$newer" ]]; then
      printf '%s is newer than %s' "$(shown "$newer")" "$(shown "$jar")"
      return
    fi
  done
  if [[ ! -f "$BROKER_CLASS" ]]; then
    printf 'the local broker (test-support) is not compiled'
  elif [[ -n "$(newer_source "$BROKER_CLASS" test-support)" ]]; then
    printf 'test-support sources changed'
  fi
}

# Runs Maven from the repository root, offline first (fast, and works without a network once ~/.m2 is filled),
# then online when offline resolution is what failed. Output goes to LOG; the tail is shown on failure.
run_maven() {
  local log="$1"; shift
  require_tool "$MVN" "to build Rapporteur (install Apache Maven 3.8+) "
  mkdir -p "$LOG_DIR"
  if (cd "$ROOT" && "$MVN" -B -o "$@") >"$log" 2>&1; then
    return 0
  fi
  if grep -qE 'offline mode|has not been downloaded|Could not resolve|Cannot access' "$log"; then
    say "Some dependencies are not in ~/.m2 yet; building again with network access (Maven Central)."
    if (cd "$ROOT" && "$MVN" -B "$@") >"$log" 2>&1; then
      return 0
    fi
  fi
  err "the build failed: $MVN $* (full log: $(shown "$log"))"
  grep -E '^\[(ERROR|FATAL)\]|BUILD FAILURE' "$log" | head -n 25 >&2 || tail -n 25 "$log" >&2
  return 1
}

build_stack_if_needed() {
  local reason
  reason="$(why_build_needed)"
  if [[ -z "$reason" ]]; then
    ok "build is up to date"
    return 0
  fi
  say "Building Rapporteur ($reason); this takes a few minutes the first time..."
  local started stamp="$STATE_DIR/build-started"
  started="$(now)"
  mkdir -p "$STATE_DIR"
  touch "$stamp"
  run_maven "$LOG_DIR/build.log" -q install -DskipTests \
    -pl test-support,ingest-service,catalog-service,query-service -am || return 1
  # Maven skips up-to-date work and leaves such outputs with their old times. Date them to the start of this build,
  # so the next `up` builds again only for sources changed since (including during) this build.
  local svc
  for svc in "${SERVICES[@]}"; do
    touch -r "$stamp" "$(service_jar "$svc")"
  done
  touch -r "$stamp" "$BROKER_CLASS"
  ok "built in $(($(now) - started)) s"
}

# Prints the runtime classpath of MODULE (its own classes first), cached until its pom changes.
module_classpath() {
  local module="$1" cache="$CLASSPATH_DIR/$1.txt"
  mkdir -p "$CLASSPATH_DIR"
  if [[ ! -s "$cache" || "$ROOT/$module/pom.xml" -nt "$cache" || "$ROOT/pom.xml" -nt "$cache" ]]; then
    run_maven "$LOG_DIR/classpath-$module.log" -q -pl "$module" dependency:build-classpath \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$cache" >&2 || return 1
  fi
  printf '%s:%s' "$ROOT/$module/target/classes" "$(<"$cache")"
}

# The extractor CLI (io.rapporteur.extractor.cli.Main), compiled when missing or older than its sources.
EXTRACTOR_MAIN=io.rapporteur.extractor.cli.Main

build_extractor_if_needed() {
  local main_class="$ROOT/extractor/target/classes/io/rapporteur/extractor/cli/Main.class"
  if [[ -f "$main_class" && -z "$(newer_source "$main_class" contract extractor)" ]]; then
    return 0
  fi
  say "Building the extractor CLI..." >&2
  local stamp="$STATE_DIR/build-started"
  mkdir -p "$STATE_DIR"
  touch "$stamp"
  run_maven "$LOG_DIR/build-extractor.log" -q install -DskipTests -pl extractor -am >&2 || return 1
  [[ -f "$main_class" ]] || die "the extractor has no CLI yet ($EXTRACTOR_MAIN is missing from extractor/target/classes)."
  touch -r "$stamp" "$main_class"
}

run_extractor_cli() {
  require_tool java "(JDK 17) "
  build_extractor_if_needed || exit 1
  local classpath
  classpath="$(module_classpath extractor)" || exit 1
  exec java -cp "$classpath" "$EXTRACTOR_MAIN" "$@"
}
