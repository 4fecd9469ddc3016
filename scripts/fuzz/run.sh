#!/usr/bin/env bash
# Fuzzing campaign for the file readers, with Jazzer (Maven Central: com.code-intelligence:jazzer).
# Not part of ./mvnw verify. See docs/guide/security.md "Hostile input".
#
#   scripts/fuzz/run.sh [x12|csv] [SECONDS]           fuzz one reader (default x12, 300 s)
#   scripts/fuzz/run.sh minimize x12 CRASH_FILE        shrink a finding before keeping it
#
# Seeds: the real samples (src/test/resources/x12/samples or csv/) and the kept crashers
# (src/test/resources/hardening/). Working corpus and findings: target/fuzz/.
# A finding (crash-*, timeout-*, oom-*) is minimised, then copied to src/test/resources/hardening/
# (name containing "csv" for the CSV reader), where ReaderRobustnessTest reads it on every build.
set -euo pipefail
cd "$(dirname "$0")/../.."

mode=fuzz
if [ "${1:-}" = "minimize" ]; then mode=minimize; shift; fi
target="${1:-x12}"
case "$target" in
  x12) class='org.denialflow.hardening.ReaderFuzzTargets$X12'; seeds=src/test/resources/x12/samples ;;
  csv) class='org.denialflow.hardening.ReaderFuzzTargets$Csv'; seeds=src/test/resources/csv ;;
  *) echo "unknown target $target (x12 or csv)" >&2; exit 1 ;;
esac

mkdir -p target/fuzz
./mvnw ${MVNW_OPTS:-} -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz/classpath.txt
classpath="target/test-classes:target/classes:$(cat target/fuzz/classpath.txt)"
findings="target/fuzz/$target-findings"
mkdir -p "$findings"
jazzer=(java -Xmx2g -cp "$classpath" com.code_intelligence.jazzer.Jazzer
  --target_class="$class"
  --instrumentation_includes='org.denialflow.ingest.**:io.xlate.edi.**'
  --reproducer_path="$findings"
  -artifact_prefix="$findings/" -timeout=10 -rss_limit_mb=3072 -max_len=65536)

if [ "$mode" = minimize ]; then
  crash="${2:?the finding to minimise}"
  exec "${jazzer[@]}" -minimize_crash=1 -runs=20000 "$crash"
fi

corpus="target/fuzz/$target-corpus"
mkdir -p "$corpus"
find "$seeds" -maxdepth 1 -type f ! -name NOTICE ! -name '*.properties' -exec cp -n {} "$corpus"/ \;
if [ -d src/test/resources/hardening ]; then
  find src/test/resources/hardening -maxdepth 1 -type f ! -name '*.md' -exec cp -n {} "$corpus"/ \;
fi
echo "Fuzzing the $target reader for ${2:-300} s; corpus $corpus, findings $findings"
"${jazzer[@]}" -max_total_time="${2:-300}" "$corpus"
