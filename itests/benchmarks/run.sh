#!/usr/bin/env bash
# Runs one of Koppel's benchmarks on a plain JVM (no Maven in the measured process).
#   itests/benchmarks/run.sh client  [--calls N] [--databases h2,postgresql]
#   itests/benchmarks/run.sh posting [--only calls,sustained,speed] [--database h2|postgresql|mariadb] [--invoices N]
#   itests/benchmarks/run.sh scaling [--database h2|postgresql|mariadb] [--minutes N]
#   itests/benchmarks/run.sh dashboard [--postings N] [--databases h2,postgresql] [--runs N]
#   itests/benchmarks/run.sh sync [--postings N] [--items N] [--database h2|postgresql]
#   itests/benchmarks/run.sh customers [--addresses N] [--changes N] [--invoices N] [--database h2|postgresql]
# Builds the module and what it needs first (offline). PostgreSQL, MariaDB: -Dkoppel.test.postgresql.url/user,
# -Dkoppel.test.mariadb.url/user via JAVA_OPTS.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
case "${1:-}" in
    client) main=io.koppel.benchmarks.ClientBenchmark ;;
    posting) main=io.koppel.benchmarks.PostingBenchmark ;;
    scaling) main=io.koppel.benchmarks.ScalingBenchmark ;;
    dashboard) main=io.koppel.benchmarks.DashboardBenchmark ;;
    sync) main=io.koppel.benchmarks.SyncBenchmark ;;
    customers) main=io.koppel.benchmarks.CustomerBenchmark ;;
    *) echo "usage: $0 client|posting|scaling|dashboard|sync|customers [arguments]" >&2; exit 2 ;;
esac
shift
cd "$root"
mvn -B -o -q install -DskipTests -pl itests/benchmarks -am
mvn -B -o -q -pl itests/benchmarks dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt" \
    -Dmdep.includeScope=runtime
exec java ${JAVA_OPTS:-} -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" "$main" "$@"
