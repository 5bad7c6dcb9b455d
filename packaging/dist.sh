#!/usr/bin/env bash
# Builds Canopy's installable app: a trimmed Java runtime (jdeps → jlink), the jpackage app image with a class-data
# sharing archive made by starting it once, then the OS's installer where its tool exists.
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
rm -rf "$dist/runtime" "$dist/image" "$dist/installer"

# 1. the JDK modules the app and its libraries use (JavaFX stays on the class path as jars, as in the tests), plus
#    jdk.crypto.ec, which no class names but TLS to a sync server with an EC certificate needs
modules=$("${jdk_bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$input/*" "$input/$jar")
modules="$modules,jdk.crypto.ec"
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

# 3. the class-data archive: start the packaged app once on sample data, to the filled window, with the launcher's
#    SharedArchiveFile option turned into ArchiveClassesAtExit for that one run. The archive records the jars' paths
#    and modification times (JDK 17 cannot move them): it serves the image where it is built.
make_archive() { # $1: the image's app folder (holds Canopy.cfg), then the command that runs its launcher
  local app=$1 training display=()
  shift
  training=$(mktemp -d)
  cp "$app/Canopy.cfg" "$training/Canopy.cfg"
  sed -i.bak 's/-XX:SharedArchiveFile=/-XX:ArchiveClassesAtExit=/' "$app/Canopy.cfg"
  if [[ $os == linux && -z ${DISPLAY:-} ]]; then display=(xvfb-run -a); fi
  "$@" sample --data-dir "$training/data" --tenants 60 --computers 600 >/dev/null
  # the dump warns about every class it cannot keep (picocli's are Java 5 class files): noise, not a failure
  "${display[@]}" "$@" --data-dir "$training/data" --exit-when-ready 2> >(grep -v '\[cds' >&2)
  mv "$training/Canopy.cfg" "$app/Canopy.cfg"
  rm -rf "$app/Canopy.cfg.bak" "$training"
  echo "dist: class-data archive $(du -h "$app/canopy.jsa" | cut -f1) in $app"
}
# an image without its archive: the launcher must then not ask for one (the JVM would warn at every start)
drop_archive() {
  rm -f "$1/canopy.jsa"
  sed -i.bak '/SharedArchiveFile=/d; /-Xshare:auto/d' "$1/Canopy.cfg" && rm -f "$1/Canopy.cfg.bak"
}
if [[ $os == linux && -z ${DISPLAY:-} ]] && ! command -v xvfb-run >/dev/null; then
  echo "dist: no display and no xvfb-run (apt-get install xvfb): no class-data archive" >&2
  drop_archive "$app_dir"
else
  make_archive "$app_dir" "$launcher"
fi

# 4. the installer, where this OS's tool is installed
case $os in
  linux)
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
      # the .deb's own copy of the image, without the archive: jpackage copies the image again and resets the jars'
      # modification times, which a JDK 17 archive checks, so no archive made before jpackage can match the .deb
      rm -rf "$dist/deb-image" && cp -a "$dist/image" "$dist/deb-image"
      drop_archive "$dist/deb-image/Canopy/lib/app"
      "${jdk_bin}jpackage" --type deb @packaging/common.args @packaging/linux/deb.args --app-version "$version" \
        --app-image "$dist/deb-image/Canopy" --dest "$dist/installer"
    else
      echo "dist: no dpkg-deb/fakeroot: no .deb" >&2
    fi ;;
  windows)
    if command -v candle >/dev/null && command -v light >/dev/null; then
      "${jdk_bin}jpackage" --type msi @packaging/common.args @packaging/windows/msi.args --app-version "$version" \
        --app-image "$dist/image/Canopy" --dest "$dist/installer"
    else
      echo "dist: WiX 3 (candle, light) is not on PATH: no .msi" >&2
    fi ;;
  macos)
    "${jdk_bin}jpackage" --type dmg @packaging/common.args @packaging/macos/dmg.args --app-version "$version" \
      --app-image "$dist/image/Canopy.app" --dest "$dist/installer" ;;
esac
echo "dist: $(du -sh "$dist/image" | cut -f1) app image in $dist/image${os:+; installers in $dist/installer}"
ls "$dist/installer" 2>/dev/null || true
