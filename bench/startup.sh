#!/usr/bin/env bash
# Jar size and start-up time of the service jar: bench/startup.sh [JAR] [RUNS]
# Each run starts `java -jar` on a fresh temporary store (so the bundled graph is imported, as on a first start)
# (the driver waits up to 120 s for a connection, so a loaded machine slows start-up rather than failing it)
# and reports Spring's "Started … in N seconds" and the wall time until /actuator/health answers UP.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-$(ls target/sei-graph-*.jar | grep -v original | head -1)}"
runs="${2:-3}"
OPENS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
echo "jar: $jar"
echo "size: $(stat -c %s "$jar") bytes; entries: $(unzip -l "$jar" | tail -1 | awk '{print $2}'); BOOT-INF/lib jars: $(unzip -l "$jar" | grep -c 'BOOT-INF/lib/.*\.jar$')"
echo "uptime: $(uptime)"
for i in $(seq 1 "$runs"); do
  store="$(mktemp -d /tmp/seigraph-startup-XXXX)"; log="$store.log"
  port=$((20000 + RANDOM % 20000))
  start=$(date +%s.%N)
  java $OPENS -Xmx768m -jar "$jar" --server.port="$port" --seigraph.embedded.store-dir="$store" \
    --seigraph.embedded.bolt-port=0 --seigraph.embedded.page-cache=32m \
    --spring.neo4j.pool.connection-acquisition-timeout=120s --spring.neo4j.connection-timeout=120s > "$log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "run $i: app exited"; tail -20 "$log"; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  started="$(grep -o 'Started SeiGraphApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' || true)"
  printf 'run %d: Spring started in %s; health UP after %.1f s\n' "$i" "$started" "$(echo "$end - $start" | bc)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$store" "$log"
done
