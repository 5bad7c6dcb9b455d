#!/usr/bin/env bash
# Regenerates Canopy's app icons from canopy.svg: PNGs at every size, a multi-size .ico (Windows) and an .icns (macOS).
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns):
#   apt-get install -y librsvg2-bin icoutils icnsutils
# The outputs are committed, so a build never needs these tools; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"

SIZES=(16 24 32 48 64 128 256 512)
for size in "${SIZES[@]}"; do
  rsvg-convert --width "$size" --height "$size" canopy.svg --output "canopy-$size.png"
done
# Windows shows 16–48 in lists and the taskbar, 256 in large views
icotool --create --output canopy.ico canopy-16.png canopy-24.png canopy-32.png canopy-48.png canopy-64.png \
  --raw=canopy-128.png --raw=canopy-256.png  # the large ones as PNG inside the .ico (as Vista+ reads them), not raw bitmaps
# png2icns knows the sizes macOS has slots for (16, 32, 48, 128, 256, 512)
png2icns canopy.icns canopy-16.png canopy-32.png canopy-48.png canopy-128.png canopy-256.png canopy-512.png >/dev/null
# the app's own window icons (Stage.getIcons) come from the jar's resources
resources=../src/main/resources/dev/canopy/ui/icons
mkdir -p "$resources"
for size in 16 32 48 64 128 256; do
  cp "canopy-$size.png" "$resources/canopy-$size.png"
done
echo "icons written: ${SIZES[*]} px, canopy.ico, canopy.icns"
