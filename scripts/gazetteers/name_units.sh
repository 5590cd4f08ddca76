#!/usr/bin/env bash
# Regenerates the Arabic name-unit gazetteers (data/gazetteers/ar/given-wikidata.txt,
# surname-wikidata.txt, jrc-names.txt) from the data files of two pinned PyPI wheels (sources
# and licences in data/gazetteers/README.md). Needs python3 and pip; nothing is installed:
# the wheels are downloaded into a temporary folder and read as zip files.
#   scripts/gazetteers/name_units.sh [OUT_DIR]   (default: data/gazetteers)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/data/gazetteers}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary :all: --dest "$work" \
  arabic-name-romanizer==0.2.0 \
  arabnamer==0.1.3
python3 "$here/name_units.py" "$work"/arabic_name_romanizer-0.2.0-*.whl "$work"/arabnamer-0.1.3-*.whl "$out"
