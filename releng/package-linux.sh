#!/usr/bin/env bash
# Makes the self-contained Linux x86_64 packages of Duizhao Studio from the materialized product: a Java runtime of
# only the modules the product needs (jlink), the editor's native launcher and app image (jpackage), and from that image a
# .deb (with desktop entry, icon and MIME types for .dzr/.dzlib) and a .tar.gz. Run by the build
# (releng/org.duizhao.packages); needs dpkg-deb and fakeroot, which the build scripts install.
#   package-linux.sh PRODUCT_DIR OUT_DIR VERSION
set -euo pipefail
product="$1" out="$2" version="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
icons="$here/../bundles/org.duizhao.app/icons"
source "$here/jdk.sh"
use_jdk >/dev/null
work="$out/work"
rm -rf "$work" "$out"/*.deb "$out"/*.tar.gz
mkdir -p "$work/input" "$out"
java_version=$(jdk_version "$JAVA_HOME")

# The runtime: what the platform, POI, Xtext and the command line use (java.desktop for SVG icons, jdk.charsets for
# GB18030, jdk.localedata for Chinese formats, jdk.unsupported for Guice).
modules=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming
modules+=,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.charsets
modules+=,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.unsupported,jdk.xml.dom,jdk.zipfs
available=$("$JAVA_HOME/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ',')
wanted=$(tr ',' '\n' <<<"$modules" | while read -r m; do [[ ",$available" == *",$m,"* ]] && echo "$m"; done | paste -sd,)
# With the JDK's class-data sharing archive of its own classes (lib/server/classes.jsa): without it the start scripts'
# archive of the product's classes cannot be written either, and every start loaded every class from its jar.
"$JAVA_HOME/bin/jlink" --add-modules "$wanted" --compress=zip-6 --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$work/runtime"

launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
cp "$launcher" "$work/input/duizhao-studio-launcher.jar"
cp "$product/duizhao.jar" "$work/input/duizhao.jar"
options=(-Dfile.encoding=UTF-8)
(( java_version >= 24 )) && options+=(--sun-misc-unsafe-memory-access=allow)
java_options=()
for option in "${options[@]}"; do java_options+=(--java-options "$option"); done
"$JAVA_HOME/bin/jpackage" --type app-image --name duizhao-studio --dest "$work/image" --input "$work/input" \
  --main-jar duizhao-studio-launcher.jar --main-class org.eclipse.equinox.launcher.Main --runtime-image "$work/runtime" \
  "${java_options[@]}" --icon "$icons/duizhao-256.png" \
  --app-version "$version" --vendor "Duizhao Studio" --description "对照检查材料编辑器"
image="$work/image/duizhao-studio"
# The product beside the launcher jar: the launcher takes the folder holding it as the installation.
cp -r "$product"/configuration "$product"/plugins "$product"/features "$product"/p2 "$product"/examples "$image/lib/app/"
# The commands start through the archive's scripts (the command line has no native launcher, so no menu entry), which
# the native launcher cannot replace: they run Java in a UTF-8 locale that exists (Chinese file names are unusable in
# C or in a locale that is set but not installed), with the product's JVM options (studio.options) and its archive of
# classes, try DUIZHAO_JAVA_OPTS before use, and find the runtime as jre/ beside them.
cp "$product"/duizhao "$product"/duizhao-studio "$product"/java.sh "$product"/studio.options "$image/lib/app/"
ln -s ../runtime "$image/lib/app/jre"
for command in duizhao duizhao-studio; do
  rm -f "$image/bin/$command"
  printf '#!/bin/sh\n# %s of Duizhao Studio: the script beside the product, in lib/app.\nexec "$(dirname "$(readlink -f "$0")")/../lib/app/%s" "$@"\n' \
    "$command" "$command" > "$image/bin/$command"
  chmod 755 "$image/bin/$command"
done
# The menu entry, one text for both packages: named for people, with the Chinese name, the files it opens (%F) and
# the window it starts (StartupWMClass is the product's appName, which SWT gives the window as its class).
#   desktop_entry EXEC ICON MIME_LINE
desktop_entry() {
  cat <<DESKTOP
[Desktop Entry]
Type=Application
Name=Duizhao Studio
Name[zh_CN]=对照检查材料编辑器
GenericName=Self-Examination Report Editor
GenericName[zh_CN]=对照检查材料编辑器
Comment=对照检查材料的结构化编辑、检查、导入和导出
Exec=$1 %F
Icon=$2
Terminal=false
Categories=Office;TextEditor;
StartupWMClass=Duizhao Studio
$3
DESKTOP
}
# For the .deb, jpackage's template: it puts in the installed launcher, icon and MIME types.
mkdir -p "$work/resources"
desktop_entry APPLICATION_LAUNCHER APPLICATION_ICON DESKTOP_MIMES > "$work/resources/duizhao-studio.desktop"

for kind in dzr dzlib; do
  description=$([[ $kind == dzr ]] && echo "对照检查材料" || echo "对照检查问题库")
  cat > "$work/$kind.properties" <<PROPS
extension=$kind
mime-type=application/x-duizhao-$kind
description=$description
icon=$icons/duizhao-256.png
PROPS
done
"$JAVA_HOME/bin/jpackage" --type deb --app-image "$image" --name duizhao-studio --dest "$out" --app-version "$version" \
  --vendor "Duizhao Studio" --description "对照检查材料编辑器" --icon "$icons/duizhao-256.png" \
  --linux-shortcut --linux-menu-group "Office" --linux-app-category editors --linux-package-name duizhao-studio \
  --linux-deb-maintainer "duizhao@example.org" --about-url "https://example.org/duizhao-studio" --resource-dir "$work/resources" \
  --file-associations "$work/dzr.properties" --file-associations "$work/dzlib.properties"

# The .tar.gz: the same image, with the desktop entry, the MIME types and the icon to install by hand.
mkdir -p "$image/share/applications" "$image/share/mime/packages" "$image/share/icons/hicolor/256x256/apps"
cp "$icons/duizhao-256.png" "$image/share/icons/hicolor/256x256/apps/duizhao-studio.png"
desktop_entry duizhao-studio duizhao-studio "MimeType=application/x-duizhao-dzr;application/x-duizhao-dzlib;" \
  > "$image/share/applications/duizhao-studio.desktop"
cat > "$image/share/mime/packages/duizhao-studio.xml" <<MIME
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-duizhao-dzr"><comment>对照检查材料</comment><glob pattern="*.dzr"/></mime-type>
  <mime-type type="application/x-duizhao-dzlib"><comment>对照检查问题库</comment><glob pattern="*.dzlib"/></mime-type>
</mime-info>
MIME
cat > "$image/安装说明.txt" <<TEXT
Duizhao Studio ${version}（Linux x86_64，自带 Java 运行环境，无需另装 Java）

启动编辑器：bin/duizhao-studio [材料.dzr]        命令行：bin/duizhao --help
加入应用菜单并让双击 .dzr 打开编辑器（可选）：
  cp share/applications/duizhao-studio.desktop ~/.local/share/applications/   （把其中 Exec 改为本文件夹下 bin/duizhao-studio 的完整路径）
  cp share/icons/hicolor/256x256/apps/duizhao-studio.png ~/.local/share/icons/hicolor/256x256/apps/
  xdg-mime install share/mime/packages/duizhao-studio.xml
TEXT
tar -C "$work/image" -czf "$out/duizhao-studio-${version}-linux-x86_64.tar.gz" duizhao-studio
rm -rf "$work"
ls -la "$out"
