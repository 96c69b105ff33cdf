#!/bin/sh
# The same catalogue of BRIEFS (100) generated briefs built two ways, wall time of each:
#   1. one `brief:build` (project-less, PDF + HTML + EPUB, all cores);
#   2. pandoc to HTML and to EPUB, then WeasyPrint from that HTML to PDF (--pdf-variant pdf/ua-1), one brief
#      after another, as a shell script around them would;
# then veraPDF (PDF/UA-1) on both sets of PDFs.
# Needs Debian's pandoc and weasyprint, and benchmarks/target/benchmarks.jar
# (mvn -o -pl benchmarks package -Pbenchmarks-jar). Run from the repository root.
set -eu
BRIEFS=${BRIEFS:-100}
ROOT=$(pwd)
VERSION=${VERSION:-0.1.0-SNAPSHOT}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -cp "$ROOT/benchmarks/target/benchmarks.jar" dev.brief.benchmarks.CatalogueRun --write-only "$BRIEFS" "$WORK/src"

cd "$WORK"
start=$(date +%s%N)
mvn -o -q "dev.brief:brief-maven-plugin:$VERSION:build" -Dbrief.source="$WORK/src" -Dbrief.formats=pdf,html,epub \
  -Dbrief.outputDirectory="$WORK/brief-out" >"$WORK/brief.log" 2>&1 || { tail -40 "$WORK/brief.log"; exit 1; }
end=$(date +%s%N)
echo "brief:build, $BRIEFS briefs (PDF, HTML, EPUB): $(( (end - start) / 1000000 )) ms"

variant="--pdf-variant pdf/ua-1"
weasyprint --help 2>&1 | grep -q 'pdf/ua-1' || { variant=""; echo "this WeasyPrint has no pdf/ua-1 variant: plain PDF"; }
mkdir -p "$WORK/pandoc-out"
start=$(date +%s%N)
for file in "$WORK"/src/*/*.md; do
  name=$(basename "$file" .md)
  dir=$(dirname "$file")
  (cd "$dir" && pandoc "$file" -s -o "$WORK/pandoc-out/$name.html" --self-contained \
      && pandoc "$file" -o "$WORK/pandoc-out/$name.epub" \
      && weasyprint $variant "$WORK/pandoc-out/$name.html" "$WORK/pandoc-out/$name.pdf" 2>/dev/null)
done
end=$(date +%s%N)
echo "pandoc (HTML, EPUB) + WeasyPrint ${variant:-plain} (PDF), $BRIEFS briefs one by one: $(( (end - start) / 1000000 )) ms"

# What the PDFs are worth to an accessibility reviewer: veraPDF's PDF/UA-1 profile on both sets.
java -cp "$ROOT/benchmarks/target/benchmarks.jar" dev.brief.benchmarks.PdfUaSurvey "brief:build" "$WORK/brief-out"
java -cp "$ROOT/benchmarks/target/benchmarks.jar" dev.brief.benchmarks.PdfUaSurvey "WeasyPrint" "$WORK/pandoc-out"
