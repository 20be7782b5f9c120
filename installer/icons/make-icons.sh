#!/usr/bin/env bash
# Renders every application icon from installer/icons/planledger.svg. The outputs are checked in;
# run this again after changing the SVG. Needs rsvg-convert (apt-get install librsvg2-bin),
# ImageMagick's convert (apt-get install imagemagick) and python3.
#   installer/linux/icons/planledger-N.png   N = 16 22 24 32 48 64 128 256 512 (hicolor sizes)
#   installer/windows/planledger.ico         16 24 32 48 64 256
#   installer/macos/planledger.icns          16 32 64 128 256 512 1024 (with the @2x entries)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg=$here/planledger.svg
linux=$here/../linux/icons
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
render() { rsvg-convert -w "$1" -h "$1" "$svg" -o "$2"; }
mkdir -p "$linux"
for n in 16 22 24 32 48 64 128 256 512; do
  render "$n" "$linux/planledger-$n.png"
done
# one image per size, each rendered from the SVG (not scaled down from a big one)
ico=()
for n in 16 24 32 48 64 256; do render "$n" "$tmp/ico-$n.png"; ico+=("$tmp/ico-$n.png"); done
convert "${ico[@]}" "$here/../windows/planledger.ico"
for n in 16 32 64 128 256 512 1024; do render "$n" "$tmp/icns-$n.png"; done
python3 "$here/png2icns.py" "$here/../macos/planledger.icns" \
  icp4="$tmp/icns-16.png" icp5="$tmp/icns-32.png" ic11="$tmp/icns-32.png" ic12="$tmp/icns-64.png" \
  ic07="$tmp/icns-128.png" ic13="$tmp/icns-256.png" ic08="$tmp/icns-256.png" ic14="$tmp/icns-512.png" \
  ic09="$tmp/icns-512.png" ic10="$tmp/icns-1024.png"
echo "icons written: $linux, $here/../windows/planledger.ico, $here/../macos/planledger.icns"
