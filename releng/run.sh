#!/usr/bin/env bash
# Builds Duizhao Studio if needed and starts it, opened on the example report.
# 需要时先构建，然后启动 Duizhao Studio 并打开示例材料。
#   bash releng/run.sh                      # on a desktop (DISPLAY set)
#   bash releng/run.sh --headless-display   # no display: run inside Xvfb
#   bash releng/run.sh FILE.dzr ...         # open other files instead of the example
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/releng/jdk.sh"
source "$root/releng/desktop.sh"
# shellcheck source=../features/org.duizhao.feature/rootfiles/linux/java.sh
source "$root/features/org.duizhao.feature/rootfiles/linux/java.sh" # duizhao_class_archive, as the product's script
use_jdk || exit 1

headless=false
files=()
for arg in "$@"; do
  case "$arg" in
    --headless-display) headless=true ;;
    *) files+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")") ;;
  esac
done
(( ${#files[@]} == 0 )) && files=("$root/examples/2023-班子对照检查材料.dzr")

ensure_packages libgtk-3-0 fonts-noto-cjk
if [[ -z "${DISPLAY:-}" && "$headless" != true ]]; then
  cat >&2 <<'MSG'
No display (DISPLAY is not set). Duizhao Studio is a desktop program; to run it on this machine inside a
virtual display, use:   bash releng/run.sh --headless-display
没有图形显示（未设置 DISPLAY）。在无显示的机器上可用 Xvfb 运行：bash releng/run.sh --headless-display
MSG
  exit 2
fi

product="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao-studio"
cd "$root"
if [[ ! -d "$product" ]] || [[ -n "$(find bundles features releng/org.duizhao.product targetplatform pom.xml \
      -newer "$product/configuration/config.ini" -type f -not -path '*/target/*' -not -path '*/src-gen/*' 2>/dev/null | head -n 1)" ]]; then
  echo "Building (构建中)…"
  ./mvnw -B -q package -DskipTests -Dduizhao.skipPackages=true
fi

launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
opts=(-Dfile.encoding=UTF-8)
(( $(jdk_version "$JAVA_HOME") >= 24 )) && opts+=(--sun-misc-unsafe-memory-access=allow)
# the JVM options every start script of the product reads (see features/org.duizhao.feature/build.properties)
# shellcheck disable=SC2207
[[ -f "$product/studio.options" ]] && opts+=($(head -n 1 "$product/studio.options"))
# Class-data sharing: the first start writes the classes it loaded beside the product's configuration, later
# starts map them instead of loading them again (about a second less on a small machine).
archive=$(duizhao_class_archive "$product/configuration" "duizhao-$(jdk_version "$JAVA_HOME")" "$JAVA_HOME/bin/java" "$launcher" \
  "$product/plugins")
opts+=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
command=("$JAVA_HOME/bin/java" "${opts[@]}" -jar "$launcher" -data "$HOME/.duizhao-studio/workspace" "${files[@]}")
if [[ "$headless" == true ]]; then
  ensure_packages xvfb xauth
  echo "Starting Duizhao Studio in Xvfb (按 Ctrl+C 结束)…"
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${command[@]}"
fi
exec "${command[@]}"
