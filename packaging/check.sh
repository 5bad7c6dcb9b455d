#!/usr/bin/env bash
# Checks the packaging inputs without building anything (seconds; .ci/run calls it): the icons at every size, the
# jpackage argument files, the .deb's install scripts, and that the version and the dist profile agree with the pom.
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
      --resource-dir)
        [[ -d $value ]] || fail "$args: $option names $value, which is not a folder" ;;
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
# the class-data archive (docs/packaging.md): dist.sh records the class list, the launcher names the archive and takes
# it only if it is valid, the .deb's postinst makes it from the list at the install path and its prerm removes it
archive=canopy.jsa
class_list=$(sed -n 's/^class_list=//p' packaging/dist.sh)
[[ -n $class_list ]] || fail "dist.sh names no class_list file"
grep -q -- '-XX:DumpLoadedClassList=$app/$class_list' packaging/dist.sh || fail "dist.sh does not record the class list"
grep -qx -- "--java-options -XX:SharedArchiveFile=\$APPDIR/$archive" packaging/launcher.args \
  || fail "the launcher does not name \$APPDIR/$archive as its class-data archive"
grep -qx -- '--java-options -Xshare:auto' packaging/launcher.args \
  || fail "the launcher does not take -Xshare:auto (a bad archive would stop the app)"
deb_resources=$(sed -n 's/^--resource-dir //p' packaging/linux/deb.args)
install_path=$(sed -n 's/^--install-dir //p' packaging/linux/deb.args)/$(sed -n 's/^--linux-package-name //p' packaging/linux/deb.args)
if [[ -z $deb_resources ]]; then
  fail "packaging/linux/deb.args names no --resource-dir (the postinst that makes the archive)"
else
  # jpackage's placeholders for its own commands (menu entry, file association) must stay in the scripts it takes
  for script in "postinst DESKTOP_COMMANDS_INSTALL" "prerm DESKTOP_COMMANDS_UNINSTALL UTILITY_SCRIPTS"; do
    read -r name placeholders <<<"$script"
    file=$deb_resources/$name
    [[ -f $file && -x $file ]] || { fail "$file is missing or not executable"; continue; }
    sh -n "$file" || fail "$file is not a valid sh script"
    for placeholder in $placeholders; do
      grep -qx "$placeholder" "$file" || fail "$file lost jpackage's $placeholder line"
    done
    grep -qE "$install_path(/|$)" "$file" || fail "$file does not work in $install_path, where deb.args installs"
  done
  postinst=$deb_resources/postinst
  grep -q "^class_list=\$app/lib/app/$class_list\$" "$postinst" && grep -q "^archive=\$app/lib/app/$archive\$" "$postinst" \
    && grep -q -- '-Xshare:dump -XX:SharedClassListFile=\$class_list' "$postinst" \
    || fail "$postinst does not make lib/app/$archive from lib/app/$class_list with -Xshare:dump"
  grep -q "rm -f $install_path/lib/app/$archive" "$deb_resources/prerm" || fail "$deb_resources/prerm does not remove the archive"
fi

grep -q -- '--main-class dev.canopy.cli.Main' packaging/launcher.args || fail "the launcher does not start cli.Main"
[[ -f src/main/java/dev/canopy/cli/Main.java ]] || fail "cli/Main.java, the launcher's main class, is missing"

if ((failures)); then
  exit 1
fi
echo "packaging check: ok (version $pom_version, icons 16–512 px, .ico, .icns, dist profile, .$extension association, class-data archive at install)"
