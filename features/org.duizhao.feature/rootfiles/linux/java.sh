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

# The class-data sharing archive (-XX:SharedArchiveFile) for a start of JAVA on the given jars and folders, in DIR:
# the JVM writes it at the end of a start that had none, and later starts map the classes from it instead of loading
# them again. It checks the archive against the jars' times and the runtime, and one that no longer matches (the
# product or Java updated in place) it neither uses nor writes again — every start after an update would go without.
# So the archive is named after where the files are and what they are (sizes and times, and the runtime's), and the
# earlier archives of the same files are removed (as is the archive of the name used before, PREFIX.jsa). Prints
# the archive's path.
#   duizhao_class_archive DIR PREFIX JAVA FILE_OR_FOLDER...
duizhao_class_archive() {
  local dir=$1 prefix=$2 java=$3 runtime place key old
  shift 3
  runtime="$(dirname "$(readlink -f "$java")")/.."
  place=$(printf '%s\n' "$@" | cksum | cut -d' ' -f1)
  key=$(ls -l --time-style=+%s "$@" "$runtime/lib/modules" "$runtime/lib/server" 2>/dev/null | cksum | cut -d' ' -f1)
  for old in "$dir/$prefix.jsa" "$dir/$prefix-$place"-*.jsa; do
    [ "$old" = "$dir/$prefix-$place-$key.jsa" ] || rm -f "$old"
  done
  echo "$dir/$prefix-$place-$key.jsa"
}

# Java takes file names in the encoding of the locale: in the C/POSIX locale (a minimal system, a service) Chinese
# file names cannot be opened. Such a locale is replaced by C.UTF-8.
duizhao_utf8_locale() {
  case "$(locale charmap 2>/dev/null)" in
    UTF-8|utf8) ;;
    *) export LC_ALL=C.UTF-8 ;;
  esac
}

# The options of DUIZHAO_JAVA_OPTS, one per line, after trying them: a mistyped one (-xmx4g, -Xmx1k) would make the
# JVM exit 1, which the command line documents as "errors found". Said in Chinese instead; the caller exits 64.
#   duizhao_java_opts JAVA
duizhao_java_opts() {
  [ -n "${DUIZHAO_JAVA_OPTS:-}" ] || return 0
  local complaint reason
  # shellcheck disable=SC2086
  if ! complaint=$("$1" $DUIZHAO_JAVA_OPTS -version 2>&1); then
    reason=$(grep -v '^Error occurred during initialization\|^Error: Could not create\|^Error: A fatal exception' <<<"$complaint" | head -n 1 |
      sed -e 's/^Unrecognized option: \(.*\)/不认识的选项 \1/' -e 's/^Too small maximum heap/最大堆内存太小/' -e 's/^Invalid maximum heap size: \(.*\)/堆内存大小写法不对：\1/')
    echo "duizhao: 环境变量 DUIZHAO_JAVA_OPTS 中有 Java 不接受的选项（${DUIZHAO_JAVA_OPTS}）：${reason}。请改正或清除它（unset DUIZHAO_JAVA_OPTS）。" >&2
    return 1
  fi
  # shellcheck disable=SC2086
  printf '%s\n' $DUIZHAO_JAVA_OPTS
}
