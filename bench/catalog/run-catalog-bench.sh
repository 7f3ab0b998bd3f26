#!/usr/bin/env bash
# Mentions per second persisted by the packaged catalog service end-to-end from rapporteur.facts.v1 (poll, one
# transaction per batch, outbox, offsets) against a bare COPY of the same mention rows into a table of the same shape,
# in the same run and database. Starts its own in-process KRaft broker, a fresh PostgreSQL database and the service.
#
#   bench/catalog/run-catalog-bench.sh [--documents 20000] [--facts 5] [--shared 0.3]
# Needs: PostgreSQL on 127.0.0.1:5432, catalog-service packaged (mvn -o -pl catalog-service package -DskipTests).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
[ -f catalog-service/target/quarkus-app/quarkus-run.jar ] || mvn -o -q -pl catalog-service package -DskipTests
mkdir -p "$here/target/classes"
mvn -o -q -pl catalog-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$here/target/classpath.txt" >/dev/null
cp="$(cat "$here/target/classpath.txt")"
javac -d "$here/target/classes" -cp "$cp" $(find "$here/src" -name '*.java')
exec java -Xmx512m -cp "$here/target/classes:$cp" io.rapporteur.bench.catalog.CatalogBench \
  --jar "$root/catalog-service/target/quarkus-app/quarkus-run.jar" "$@"
