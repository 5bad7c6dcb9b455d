#!/usr/bin/env bash
# Checks the packaging inputs without building anything (seconds; .ci/run calls it): the icons at every size, the
# jpackage argument files, and that the version and the dist profile agree with the pom.
set -euo pipefail
cd "$(dirname "$0")/.."

failures=0
fail() { echo "packaging check: $*" >&2; failures=$((failures + 1)); }

# the pom's own version (the first <version> after the artifactId, not a dependency's)
pom_version=$(sed -n '/<artifactId>canopy<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)
[[ -n $pom_version ]] || fail "no project version in pom.xml"
# jpackage takes only numbers (1 to 3 of them) as a version
[[ $pom_version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "pom version '$pom_version' is not numeric, which jpackage refuses"
# the command line's --version must name the same release the installer says it is
grep -q "version = \"Canopy $pom_version\"" src/main/java/dev/canopy/cli/Main.java \
  || fail "cli/Main.java's version is not 'Canopy $pom_version' (the pom's)"

grep -q '<id>dist</id>' pom.xml || fail "pom.xml declares no dist profile"

for size in 16 24 32 48 64 128 256 512; do
  png=icons/canopy-$size.png
  if [[ ! -f $png ]]; then
    fail "$png is missing (run icons/build.sh)"
  else
    # a PNG's width and height are big-endian at bytes 16–23
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [[ $dims == "${size}x${size}" ]] || fail "$png is $dims, not ${size}x${size}"
  fi
done
for size in 16 32 48 64 128 256; do
  cmp -s "icons/canopy-$size.png" "src/main/resources/dev/canopy/ui/icons/canopy-$size.png" \
    || fail "the window icon at $size px differs from icons/canopy-$size.png (run icons/build.sh)"
done
[[ $(head -c4 icons/canopy.icns 2>/dev/null) == icns ]] || fail "icons/canopy.icns is missing or not an icns file"
[[ $(od -An -tx1 -N4 icons/canopy.ico 2>/dev/null | tr -d ' ') == 00000100 ]] || fail "icons/canopy.ico is missing or not an icon file"

# every file an argument file names (icons, launcher properties) exists
for args in packaging/*.args packaging/*/*.args; do
  while read -r option value; do
    case $option in
      --icon|--add-launcher|--file-associations)
        file=${value#*=}
        [[ -f $file ]] || fail "$args: $option names $file, which does not exist" ;;
    esac
  done < <(grep -v '^#' "$args")
done
# the .canopy file association: every installer declares it, each properties file is whole, names the extension the
# app writes (CanopyExport.EXTENSION) and an icon that exists
extension=$(sed -n 's/.*String EXTENSION = "\.\([a-z]*\)";.*/\1/p' src/main/java/dev/canopy/imports/export/CanopyExport.java)
[[ -n $extension ]] || fail "CanopyExport.java declares no EXTENSION"
for pair in linux/deb windows/msi macos/dmg; do
  os=${pair%/*}
  props=packaging/$os/canopy-export.properties
  grep -qx -- "--file-associations $props" "packaging/$pair.args" || fail "packaging/$pair.args does not declare $props"
  [[ -f $props ]] || { fail "$props is missing"; continue; }
  for key in extension mime-type description icon; do
    grep -q "^$key=." "$props" || fail "$props has no $key"
  done
  [[ $(sed -n 's/^extension=//p' "$props") == "$extension" ]] || fail "$props's extension is not $extension (CanopyExport.EXTENSION)"
  icon=$(sed -n 's/^icon=//p' "$props")
  [[ -z $icon || -f $icon ]] || fail "$props names the icon $icon, which does not exist"
done
grep -q -- '--main-class dev.canopy.cli.Main' packaging/launcher.args || fail "the launcher does not start cli.Main"
[[ -f src/main/java/dev/canopy/cli/Main.java ]] || fail "cli/Main.java, the launcher's main class, is missing"

if ((failures)); then
  exit 1
fi
echo "packaging check: ok (version $pom_version, icons 16–512 px, .ico, .icns, dist profile, .$extension association)"
