#!/usr/bin/env bash
# Builds Duizhao Studio if needed and runs it on the examples.
# 需要时先构建，然后用示例运行 Duizhao Studio。
# Until the editor lands (issue 3) "running" means the headless checker on examples/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/releng/jdk.sh"
JAVA_HOME="$(find_jdk)" || exit 1
export JAVA_HOME
cd "$root"
jar=$(ls bundles/org.duizhao.cli/target/org.duizhao.cli-*.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$jar" ]] || [[ -n "$(find bundles targetplatform pom.xml -newer "$jar" -type f \
      -not -path '*/target/*' -not -path '*/src-gen/*' 2>/dev/null | head -n 1)" ]]; then
  echo "Building (构建中)…"
  ./mvnw -B -q package -DskipTests
fi
echo "== bin/duizhao validate examples/ =="
# The faulty example is meant to show every finding, so a non-zero exit here is expected.
bin/duizhao validate examples/ || true
