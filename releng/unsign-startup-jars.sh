#!/usr/bin/env bash
# Removes the jar signatures of the two jars the JVM itself loads when the product starts: the Equinox launcher (on the
# class path) and the OSGi framework (through the launcher's class loader). The JVM verifies every class it loads from
# a signed jar, and its class-data sharing archive leaves classes of signed jars out, so the framework's 450 classes
# were read, verified and defined from the jar on every start. The bundles are not concerned: Equinox loads them
# without checking signatures (osgi.signedcontent.support is off). Run by the product's build on each materialized
# product, before it is archived; running it again changes nothing.
#   unsign-startup-jars.sh PRODUCTS_DIR [JAR_TOOL]      (the JDK's jar; the build passes the one of the JDK it runs on)
set -euo pipefail
products="$(cd "$1" && pwd)"
jar="${2:-${JAVA_HOME:+$JAVA_HOME/bin/}jar}"
command -v "$jar" >/dev/null || { echo "unsign-startup-jars.sh: no jar tool ($jar): a JDK is needed" >&2; exit 2; }
[[ "$jar" == */* ]] && jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
files=""
trap 'rm -rf "$files"' EXIT
count=0
while IFS= read -r -d '' startJar; do
  count=$((count + 1))
  entries=$("$jar" tf "$startJar")
  if ! grep -qE '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' <<<"$entries"; then
    continue # unsigned already: left as it is (its time too, on which the start's class archive depends)
  fi
  files=$(mktemp -d)
  (cd "$files" && "$jar" xf "$startJar")
  rm -f "$files"/META-INF/*.SF "$files"/META-INF/*.RSA "$files"/META-INF/*.DSA "$files"/META-INF/*.EC
  # The manifest is kept (its main class, its bundle headers); without a signature file its digests are not checked.
  "$jar" cfm "$startJar.unsigned" "$files/META-INF/MANIFEST.MF" -C "$files" .
  mv "$startJar.unsigned" "$startJar"
  rm -rf "$files"
done < <(find "$products" -path '*/plugins/*' \( -name 'org.eclipse.equinox.launcher_*.jar' -o -name 'org.eclipse.osgi_*.jar' \) \
  -type f -print0)
if (( count == 0 )); then
  echo "unsign-startup-jars.sh: no launcher or framework jar under $products" >&2
  exit 1
fi
