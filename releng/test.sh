#!/usr/bin/env bash
# Builds Duizhao Studio from a clean state and runs every test, the workbench tests under Xvfb.
# 构建全部模块并运行全部测试（界面测试在 Xvfb 中运行）。Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/releng/jdk.sh"
source "$root/releng/desktop.sh"
use_jdk || exit 1
echo "Using JDK at $JAVA_HOME"
ensure_packages xvfb xauth xdotool libgtk-3-0 fonts-noto-cjk libreoffice-writer-nogui dpkg-dev fakeroot
cd "$root"
if [[ -n "${DISPLAY:-}" ]]; then
  ./mvnw -B clean verify "$@"
else
  xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@"
fi
