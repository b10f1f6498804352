#!/usr/bin/env bash
# Builds Duizhao Studio from a clean state and runs every test.
# 构建全部模块并运行全部测试。Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/releng/jdk.sh"
JAVA_HOME="$(find_jdk)" || exit 1
export JAVA_HOME
echo "Using JDK at $JAVA_HOME"
cd "$root"
./mvnw -B clean verify "$@"
