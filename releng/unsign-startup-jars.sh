#!/usr/bin/env bash
# Removes the jar signatures of the two jars the JVM itself loads when the product starts: the Equinox launcher (on the
# class path) and the OSGi framework (through the launcher's class loader). The JVM verifies every class it loads from
# a signed jar, and its class-data sharing archive leaves classes of signed jars out, so the framework's 450 classes
# were read, verified and defined from the jar on every start. The bundles are not concerned: Equinox loads them
# without checking signatures (osgi.signedcontent.support is off). Run by the product's build on each materialized
# product, before it is archived.
#   unsign-startup-jars.sh PRODUCTS_DIR [JAR_TOOL]      (the JDK's jar; the build passes the one of the JDK it runs on)
set -euo pipefail
products="$1"
jar="${2:-${JAVA_HOME:+$JAVA_HOME/bin/}jar}"
find "$products" -path '*/plugins/*' \( -name 'org.eclipse.equinox.launcher_*.jar' -o -name 'org.eclipse.osgi_*.jar' \) \
  -type f | while read -r signed; do
  files=$(mktemp -d)
  (cd "$files" && "$jar" xf "$signed")
  rm -f "$files"/META-INF/*.SF "$files"/META-INF/*.RSA "$files"/META-INF/*.DSA "$files"/META-INF/*.EC
  # the manifest stays as it is (its per-entry digests are harmless without a signature file)
  "$jar" cfm "$signed.unsigned" "$files/META-INF/MANIFEST.MF" -C "$files" .
  mv "$signed.unsigned" "$signed"
  rm -rf "$files"
done
