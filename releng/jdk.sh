# Finds a JDK >= 21 (Eclipse 2026 and Xtext 2.42 require Java 21). Sourced by the build and run scripts.
# Prints its home on stdout; on failure says what is needed on stderr and returns 1.
jdk_version() {
  local release="$1/release"
  [[ -x "$1/bin/java" && -x "$1/bin/javac" && -f "$release" ]] || { echo 0; return; }
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

find_jdk() {
  local candidate
  if [[ -n "${JAVA_HOME:-}" ]] && (( $(jdk_version "$JAVA_HOME") >= 21 )); then
    echo "$JAVA_HOME"; return 0
  fi
  for candidate in $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
    if (( $(jdk_version "$candidate") >= 21 )); then
      echo "$candidate"; return 0
    fi
  done
  cat >&2 <<'MSG'
Duizhao Studio needs a JDK 21 or newer (Eclipse 2026 and Xtext 2.42 require Java 21).
None was found in JAVA_HOME or /usr/lib/jvm. Install one, e.g. `apt-get install openjdk-21-jdk`
(or any Temurin 21+), or point JAVA_HOME at it.
需要 JDK 21 或更新版本；在 JAVA_HOME 和 /usr/lib/jvm 中都没有找到。
MSG
  return 1
}

# Sets and exports JAVA_HOME to a JDK >= 21, or returns 1 having said what is missing.
use_jdk() {
  JAVA_HOME="$(find_jdk)" || return 1
  export JAVA_HOME
}
