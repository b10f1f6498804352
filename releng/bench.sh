#!/usr/bin/env bash
# The speed benchmark (docs/benchmark.md): builds the language bundles and the command line with its tests, then
# measures the figures and writes target/bench/results.md. A developer's tool, not a user's command.
#   bash releng/bench.sh [--only check,editor,…]        Maven switches through MAVEN_ARGS (e.g. MAVEN_ARGS=-o)
# The figures "start" and "validate" need the product and bin/duizhao built (bash releng/test.sh); without them they
# are reported as not measured.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=jdk.sh
source releng/jdk.sh
java_home=$(find_jdk) || exit 2
export JAVA_HOME="$java_home"
version=$(jdk_version "$java_home")
cli=bundles/org.duizhao.cli
# shellcheck disable=SC2086
./mvnw -B -q ${MAVEN_ARGS:-} install -DskipTests -pl bundles/org.duizhao.model,bundles/org.duizhao.dsl,bundles/org.duizhao.dsl.ide,bundles/org.duizhao.office
# shellcheck disable=SC2086
./mvnw -B -q ${MAVEN_ARGS:-} -pl "$cli" package dependency:build-classpath -DskipTests -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
opts=(-Xmx2g -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dduizhao.examples="$root/examples" -Dduizhao.launcher="$root/bin/duizhao")
(( version >= 24 )) && opts+=(--sun-misc-unsafe-memory-access=allow)
exec "$JAVA_HOME/bin/java" "${opts[@]}" -cp "$cli/target/test-classes:$cli/target/classes:$(cat "$cli/target/bench.classpath")" \
  org.duizhao.cli.Bench "$@"
