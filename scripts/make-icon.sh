#!/usr/bin/env bash
# Draws the window icon (assets/icon/entretien-256.png) from the SVG, the
# icon's one source. Run it after changing the SVG, and commit both.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
rsvg-convert -w 256 -h 256 entretien.svg -o entretien-256.png
echo "assets/icon/entretien-256.png"
