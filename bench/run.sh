#!/usr/bin/env bash
# SEI Graph benchmarks (never part of `mvn verify`).
#   bench/run.sh seed  [--clients 1,4,8,16 --duration 8 --warmup 3 ...]   1x: ours vs peer vs raw Cypher
#   bench/run.sh scale [CITIES...]                                        import + query mix at 1x, 100x, 1000x
#                                                                         (IMPORT_ONLY=1: build the stores only)
#   bench/run.sh scale-text [--stores A,B --clients 1,4,8 --seconds 8 --restart true --settle 5]   text retrieval on the 1-city and
#                                                                         2,800-city stores side by side (build them first:
#                                                                         IMPORT_ONLY=1 bench/run.sh scale 0 2799)
#   bench/run.sh plot                                                     docs/scale.png from bench/results/*scale*.csv
#   bench/run.sh parkfit [--seconds 20 --clients 4 --rounds 1 --name parkfit --jfr FILE --settle 5]   park fit vs search latency
#   bench/run.sh ask     [--seconds 20 --clients 4 --rounds 1 --name ask]                     ask vs the request it equals
#   bench/run.sh first-shape [--shapes 60 --warmup 20]                    first run of new query shapes, plan-ahead on/off
#   bench/run.sh render [--seconds 10]                                    compiler: Cypher-DSL vs string rendering per request
#   bench/run.sh startup [JAR] [RUNS]                                     jar size and start-up time
#   bench/run.sh hostile                                                  time to answer each hostile-input case
#   bench/run.sh curation [--changes 1000 --seconds 10 --rounds 3 --warmup 40]   approval latency; reads with 1,000 approved changes vs none
#                        [--baseline JAR --jar JAR --changes 1000]            approvals only: two builds side by side
# Extra --key value options go to org.seigraph.bench.BenchMain (see its javadoc). Results: bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-seed}"; shift || true
OPENS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"

build() {
  if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    mvn -q -DskipTests package
    mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt
  fi
  CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
}
peer() { (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error); }

case "$what" in
  seed)
    build; peer
    java -Xmx512m -cp "$CP" org.seigraph.bench.BenchMain --name seed --store target/bench/store-seed "$@"
    ;;
  scale)
    build
    cities=("${@:-0 99 2799}")
    read -r -a cities <<< "${cities[*]}"
    for n in "${cities[@]}"; do
      label="$((n + 1))cities"
      store="target/bench/store-$label"
      echo "== building $store (bundled graph + $n synthetic cities)"
      # import rates: relsPerSecond = importer command alone (its start-up included), relsPerSecondWithCsv = CSV
      # writing + importer; extra BuildSyntheticStore options (--csv-writers, --id-type, --import-args ...) via IMPORT_OPTS
      up_before="$(uptime)"
      java $OPENS -Xmx6g -cp "$CP" org.seigraph.bench.scale.BuildSyntheticStore --store "$store" --cities "$n" \
        --page-cache 3g --report "target/bench/import-$label.txt" ${IMPORT_OPTS:-} 2> "target/bench/import-$label.log"
      printf 'uptime before: %s\nuptime after: %s\n' "$up_before" "$(uptime)" >> "target/bench/import-$label.txt"
      cat "target/bench/import-$label.txt"
      [[ "${IMPORT_ONLY:-}" == 1 ]] && continue
      java -Xmx512m -cp "$CP" org.seigraph.bench.BenchMain --name "scale-$label" --size "$label" --store "$store" \
        --load-on-start false --targets ours,raw --clients 1,8 --all-subsectors false --heap 2g --page-cache 3g \
        --duration "${DURATION:-6}" --warmup "${WARMUP:-3}" --warmup-all "${WARMUP_ALL:-30}"
    done
    [[ "${IMPORT_ONLY:-}" == 1 ]] || java -cp "$CP" org.seigraph.bench.ScalePlot bench/results docs/scale.png
    ;;
  scale-text)
    build
    java -Xmx512m -cp "$CP" org.seigraph.bench.ScaleTextBench "$@"
    ;;
  parkfit)
    build
    java -Xmx256m -cp "$CP" org.seigraph.bench.ParkFitBench "$@"
    ;;
  curation)
    build
    java -Xmx256m -cp "$CP" org.seigraph.bench.CurationBench "$@"
    ;;
  ask)
    build
    java -Xmx256m -cp "$CP" org.seigraph.bench.AskBench "$@"
    ;;
  first-shape)
    build
    java -Xmx256m -cp "$CP" org.seigraph.bench.FirstShapeBench "$@"
    ;;
  render)
    build
    java -Xmx512m -cp "$CP" org.seigraph.entity.RenderBench "$@"
    ;;
  hostile)
    build
    java $OPENS -Xmx1g -cp "$CP" org.seigraph.hardening.HostileLatencyBench "$@"
    ;;
  startup)
    build
    bench/startup.sh "$@"
    ;;
  plot)
    build
    java -cp "$CP" org.seigraph.bench.ScalePlot bench/results docs/scale.png
    ;;
  *) echo "usage: bench/run.sh seed|scale|scale-text|parkfit|curation|ask|first-shape|render|startup|hostile|plot [options]" >&2; exit 2 ;;
esac
