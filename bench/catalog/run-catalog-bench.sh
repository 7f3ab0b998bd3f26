#!/usr/bin/env bash
# Mentions per second persisted by the packaged catalog service end-to-end from rapporteur.facts.v1 (poll, one
# transaction per batch, outbox, offsets) against a bare COPY of the same mention rows into a table of the same shape,
# in the same run and database. Starts its own in-process KRaft broker, a fresh PostgreSQL database and the service.
#
#   bench/catalog/run-catalog-bench.sh [--documents 20000] [--facts 5] [--shared 0.3]
# Needs: PostgreSQL on 127.0.0.1:5432, catalog-service packaged (mvn -o -pl catalog-service package -DskipTests).
set -euo pipefail
# The harness JVM hosts the broker. Its C2 compiler otherwise spent ~0.2 of the 2 cores during the timed run, CPU the
# service and PostgreSQL share with it; C1 code serves the broker's few requests (large batches) just as well.
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS--XX:TieredStopAtLevel=1}"
source "$(dirname "$0")/../lib/service-bench.sh"
run_service_bench catalog-service io.rapporteur.bench.catalog.CatalogBench \
  --jar "$(cd "$(dirname "$0")/../.." && pwd)/catalog-service/target/quarkus-app/quarkus-run.jar" "$@"
