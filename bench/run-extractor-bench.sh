#!/usr/bin/env bash
# Tokens per second of the Rapporteur extractor against Stanford CoreNLP (tokenize,ssplit,pos,lemma,ner) on the same
# texts (the seed corpus replicated plus generated genre-like text), with the extractor's start-up time and heap.
# The extractor runs in a JVM bounded to -Xmx256m (it must fit); CoreNLP runs in a child JVM with the heap it needs.
#
#   bench/run-extractor-bench.sh [--size-mb N] [--corenlp-heap 3g] [--skip-corenlp]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
# Speed, not behaviour, is measured here: the modules' tests run in their own builds.
mvn -q -Pbench -pl bench -am package -DskipTests
cp="$here/target/bench-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
exec java -Xmx256m -cp "$cp" io.rapporteur.bench.ExtractorBenchmark \
  --shared-dir "${RAPPORTEUR_SHARED_DIR:-$root/../shared}" "$@"
