#!/bin/sh
# Cold start of one `brief:build` of the sample brief in project-less mode: a fresh Maven JVM each time and a
# fresh output folder (so nothing is skipped as up to date). Prints each run and the median of RUNS (5).
# Run from the repository root after `mvn -o install -DskipTests`.
set -eu
RUNS=${RUNS:-5}
ROOT=$(pwd)
VERSION=${VERSION:-0.1.0-SNAPSHOT}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" # no pom.xml here: the goal runs without a project
times=""
i=1
while [ "$i" -le "$RUNS" ]; do
  start=$(date +%s%N)
  mvn -o -q "dev.brief:brief-maven-plugin:$VERSION:build" \
    -Dbrief.source="$ROOT/samples/src/brief/civic-data-trusts/civic-data-trusts.md" \
    -Dbrief.house="$ROOT/samples/src/brief/house.yaml" \
    -Dbrief.outputDirectory="$WORK/out-$i" >"$WORK/log-$i" 2>&1 || { cat "$WORK/log-$i"; exit 1; }
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  echo "run $i: $ms ms"
  times="$times $ms"
  i=$((i + 1))
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print "median of " NR ": " a[int((NR+1)/2)] " ms"}'
