# What the workbench needs on a Debian machine: GTK 3 for SWT, Xvfb when there is no display, CJK fonts so that
# Chinese is drawn. Sourced by the run and test scripts; installs what is missing when running as root.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  (( ${#missing[@]} == 0 )) && return 0
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "Missing packages: ${missing[*]} — install them (apt-get install ${missing[*]}) and run again." >&2
    echo "缺少软件包：${missing[*]}" >&2
    return 1
  fi
  echo "Installing ${missing[*]} (安装依赖)…"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
