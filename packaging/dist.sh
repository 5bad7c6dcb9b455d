#!/usr/bin/env bash
# Builds Canopy's installable app: a trimmed Java runtime (jdeps → jlink), the jpackage app image, the list of the
# classes its start loads (recorded by starting it once), the OS's installer where its tool exists, and the image's
# class-data sharing archive made from that list.
# Run by `mvn -Pdist package` (after the jar and its dependencies are in target/dist/input); arguments: VERSION JAR.
# On Windows run Maven from Git Bash; see docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:?version}
jar=${2:?main jar name}
dist=target/dist
input=$dist/input
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "dist: unknown OS $(uname -s)" >&2; exit 1 ;;
esac

[[ -f $input/$jar ]] || { echo "dist: $input/$jar is missing (run mvn -Pdist package)" >&2; exit 1; }
rm -rf "$dist/runtime" "$dist/image" "$dist/installer" "$dist/installer-image" "$dist/deb-image"

# 1. the JDK modules the app and its libraries use (JavaFX stays on the class path as jars, as in the tests), plus
#    two that no class names, found as services: jdk.crypto.ec (TLS to a sync server with an EC certificate) and
#    jdk.zipfs (the "jar" file system the daily backup writes its manifest with)
modules=$("${jdk_bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$input/*" "$input/$jar")
modules="$modules,jdk.crypto.ec,jdk.zipfs"
echo "dist: runtime modules $modules"
"${jdk_bin}jlink" --add-modules "$modules" --output "$dist/runtime" \
  --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive

# 2. the app image: the runtime, every jar of target/dist/input on the class path, the launcher
"${jdk_bin}jpackage" --type app-image @packaging/common.args @packaging/launcher.args @packaging/$os/app.args \
  --app-version "$version" --input "$input" --main-jar "$jar" --runtime-image "$dist/runtime" --dest "$dist/image"

case $os in
  macos) app_dir="$dist/image/Canopy.app/Contents/app"; launcher="$dist/image/Canopy.app/Contents/MacOS/Canopy" ;;
  windows) app_dir="$dist/image/Canopy/app"; launcher="$dist/image/Canopy/Canopy.exe" ;;
  *) app_dir="$dist/image/Canopy/lib/app"; launcher="$dist/image/Canopy/bin/Canopy" ;;
esac

# 3. the class list for the class-data sharing (CDS) archive: start the packaged app once on sample data, to the
#    filled window, recording every class it loads. A JDK 17 archive records the jars' paths, sizes and modification
#    times, and jpackage resets the times when it copies the image into an installer, so no archive made here could
#    serve an installed copy; the class list names classes only, so it travels in the image and the .deb's postinst
#    makes the archive from it at the install path (packaging/linux/deb/postinst). _JAVA_OPTIONS, which the JVM reads
#    after the launcher's own options, turns the launcher's archive off for this run (the list is then complete).
class_list=canopy.classlist
record_class_list() { # $1: the image's app folder, then the command that runs its launcher
  local app=$1 training display=()
  shift
  training=$(mktemp -d)
  if [[ $os == linux && -z ${DISPLAY:-} ]]; then display=(xvfb-run -a); fi
  "$@" sample --data-dir "$training/data" --tenants 60 --computers 600 >/dev/null
  _JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$app/$class_list" \
    "${display[@]}" "$@" --data-dir "$training/data" --exit-when-ready 2> >(grep -v '^Picked up _JAVA_OPTIONS' >&2)
  rm -rf "$training"
  echo "dist: class list of $(grep -c '^[^#@]' "$app/$class_list") classes in $app"
}
# an image without the archive: the launcher must then not ask for one (a missing archive turns even the JDK's off)
drop_archive() {
  rm -f "$1/canopy.jsa" "$1/$class_list"
  sed -i.bak '/SharedArchiveFile=/d; /-Xshare:auto/d' "$1/Canopy.cfg" && rm -f "$1/Canopy.cfg.bak"
}
# the archive itself, the same way the .deb's postinst makes it: the launcher with -Xshare:dump dumps the classes of
# the list from its own class path and exits before the app starts
make_archive() { # $1: the image's app folder, then the command that runs its launcher
  local app=$1 status=0
  shift
  # the dump warns about every class it cannot keep (proxies, JFR events, a Java 5 picocli interface): not a failure
  _JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/$class_list" "$@" >/dev/null \
    2> >(grep -v '^Picked up _JAVA_OPTIONS\|\[warning\]\[cds' >&2) || status=$?
  ((status == 0)) && [[ -s $app/canopy.jsa ]] || { echo "dist: the launcher made no class-data archive" >&2; exit 1; }
  echo "dist: class-data archive $(du -h "$app/canopy.jsa" | cut -f1) in $app"
}
if [[ $os == linux && -z ${DISPLAY:-} ]] && ! command -v xvfb-run >/dev/null; then
  echo "dist: no display and no xvfb-run (apt-get install xvfb): no class list, no class-data archive" >&2
  drop_archive "$app_dir"
else
  record_class_list "$app_dir" "$launcher"
fi

# 4. the installer, where this OS's tool is installed. The .deb takes the image with its class list and before its
#    archive exists: its postinst makes one that matches the installed jars. The .msi and .dmg have no such step yet,
#    so they take a copy without the archive and without the option (a missing archive would turn off the JDK's too)
installer_image() { # prints the image folder an .msi or .dmg is built from
  rm -rf "$dist/installer-image" && cp -a "$dist/image" "$dist/installer-image"
  case $os in
    macos) drop_archive "$dist/installer-image/Canopy.app/Contents/app"; echo "$dist/installer-image/Canopy.app" ;;
    *) drop_archive "$dist/installer-image/Canopy/app"; echo "$dist/installer-image/Canopy" ;;
  esac
}
case $os in
  linux)
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
      "${jdk_bin}jpackage" --type deb @packaging/common.args @packaging/linux/deb.args --app-version "$version" \
        --app-image "$dist/image/Canopy" --dest "$dist/installer"
    else
      echo "dist: no dpkg-deb/fakeroot: no .deb" >&2
    fi ;;
  windows)
    if command -v candle >/dev/null && command -v light >/dev/null; then
      "${jdk_bin}jpackage" --type msi @packaging/common.args @packaging/windows/msi.args --app-version "$version" \
        --app-image "$(installer_image)" --dest "$dist/installer"
    else
      echo "dist: WiX 3 (candle, light) is not on PATH: no .msi" >&2
    fi ;;
  macos)
    "${jdk_bin}jpackage" --type dmg @packaging/common.args @packaging/macos/dmg.args --app-version "$version" \
      --app-image "$(installer_image)" --dest "$dist/installer" ;;
esac

# 5. the image's own archive, now that the installers have their copies
if [[ -f $app_dir/$class_list ]]; then
  make_archive "$app_dir" "$launcher"
fi
echo "dist: $(du -sh "$dist/image" | cut -f1) app image in $dist/image${os:+; installers in $dist/installer}"
ls "$dist/installer" 2>/dev/null || true
