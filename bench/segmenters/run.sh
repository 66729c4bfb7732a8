#!/usr/bin/env bash
# Measures HanLP portable, Lucene SmartChineseAnalyzer and jieba-analysis on the park-fit needs corpus:
#   bench/segmenters/run.sh > bench/results/DATE-segmenters.md
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
echo "Segmenters on the park-fit needs corpus ($(date -u +%F); uptime load average: $(uptime | sed 's/.*average: //'); command: bench/segmenters/run.sh)"
echo
java -cp "target/classes:$(cat target/cp.txt)" SegmenterMeasure "$ROOT" "$HOME/.m2/repository" 2>/dev/null | grep -v "load finished"
