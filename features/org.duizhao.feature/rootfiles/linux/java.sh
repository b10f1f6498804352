# Finds Java 21 or newer for Duizhao Studio: the jre/ folder beside this file first, then JAVA_HOME, then the
# PATH. Sourced by duizhao-studio and duizhao. 查找 Java 21 或更新版本。
duizhao_find_java() {
  local candidate version
  for candidate in "$1/jre/bin/java" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  local message="Duizhao Studio 需要 Java 21 或更新版本，但没有找到。
请安装 Java 21（例如：sudo apt install openjdk-21-jre，麒麟、统信 UOS 上也可在软件商店中搜索 OpenJDK 21），
或者把 Java 21 解压到本程序文件夹中的 jre/ 目录（$1/jre），也可以设置 JAVA_HOME 指向它。
Duizhao Studio needs Java 21 or newer: install it, unpack it into $1/jre, or point JAVA_HOME at it."
  echo "$message" >&2
  if [ ! -t 2 ] && command -v zenity >/dev/null 2>&1; then
    zenity --error --title "Duizhao Studio" --text "$message" 2>/dev/null
  fi
  return 1
}

# Options for a JVM of the given java: Guice's sun.misc.Unsafe use allowed on 24+ (else a warning on every start).
duizhao_java_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

# Java takes file names in the encoding of the locale: in the C/POSIX locale (a minimal system, a service) Chinese
# file names cannot be opened. Such a locale is replaced by C.UTF-8.
duizhao_utf8_locale() {
  case "$(locale charmap 2>/dev/null)" in
    UTF-8|utf8) ;;
    *) export LC_ALL=C.UTF-8 ;;
  esac
}
