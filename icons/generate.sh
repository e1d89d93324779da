#!/usr/bin/env bash
# Renders every icon size from berth.svg: the PNGs, the Windows .ico, the macOS .icns, and the few sizes the app's
# windows use. The results are committed, so only a change to the drawing needs this script and its tools:
#   apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"

resources=../src/main/resources/dev/berth/icons
mkdir -p png "$resources"

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" berth.svg --output "png/berth-$size.png"
done

convert png/berth-{16,24,32,48,64,128,256}.png berth.ico
png2icns berth.icns png/berth-{16,32,48,128,256,512,1024}.png >/dev/null

for size in 16 32 48 64 128 256; do
  cp "png/berth-$size.png" "$resources/"
done
