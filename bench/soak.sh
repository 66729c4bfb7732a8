#!/usr/bin/env bash
# Soak test (never part of `mvn verify`): starts the app from the jar on its own store, runs the benchmark mix
# (node, search, responsibilities, dependencies depth 3, all sub-sectors nested) with N closed-loop clients for a
# duration, then stops the app. Pass/fail: zero errors, heap after full GC flat, last-window p99 <= 1.5x first.
#   bench/soak.sh                      # 16 clients, 10 minutes, 1-minute windows
#   CLIENTS=16 DURATION=600 WINDOW=60 WARMUP=30 PORT=18080 bench/soak.sh
# Results: bench/results/soak-<date>.csv (per window) and the app log in target/soak/app.log.
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS="${CLIENTS:-16}"; DURATION="${DURATION:-600}"; WINDOW="${WINDOW:-60}"; WARMUP="${WARMUP:-30}"; PORT="${PORT:-18080}"
OPENS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -q -DskipTests package
  mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/soak-cp.txt
fi
JAR=$(ls target/sei-graph-*.jar | grep -v original | head -1)
rm -rf target/soak && mkdir -p target/soak bench/results

java $OPENS -Xmx768m -jar "$JAR" --server.port="$PORT" --seigraph.embedded.store-dir=target/soak/store \
  --seigraph.embedded.bolt-port=0 --seigraph.embedded.preallocate-transaction-logs=false \
  --management.endpoints.web.exposure.include=health,info,metrics > target/soak/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break
  kill -0 $APP 2>/dev/null || { echo "app exited, see target/soak/app.log" >&2; exit 1; }
  sleep 1
done

java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/soak-cp.txt)" org.seigraph.bench.Soak \
  --url "http://127.0.0.1:$PORT" --clients "$CLIENTS" --duration "$DURATION" --window "$WINDOW" --warmup "$WARMUP" \
  --pid "$APP" --out "bench/results/soak-$(date -u +%Y%m%dT%H%MZ).csv"
