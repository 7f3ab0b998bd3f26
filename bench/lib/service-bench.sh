# Sourced by the service benchmarks. run_service_bench MODULE MAIN_CLASS [ARGS...]: packages MODULE if its jar is
# missing, compiles the caller's harness (its src/) with bench/lib/src against MODULE's test classpath (test-support's
# broker and databases, the contract), and runs MAIN_CLASS from the repository root.
run_service_bench() {
  local module="$1" main="$2" here root cp
  shift 2
  here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
  root="$(cd "$here/../.." && pwd)"
  cd "$root"
  [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || mvn -o -q -pl "$module" package -DskipTests
  mkdir -p "$here/target/classes"
  mvn -o -q -pl "$module" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$here/target/classpath.txt" >/dev/null
  cp="$(cat "$here/target/classpath.txt")"
  javac -d "$here/target/classes" -cp "$cp" $(find "$here/src" "$root/bench/lib/src" -name '*.java')
  # BENCH_JAVA_OPTS: options for the harness JVM (it hosts the broker), e.g. a flight recording
  exec java -Xmx512m ${BENCH_JAVA_OPTS:-} -cp "$here/target/classes:$cp" "$main" "$@"
}
