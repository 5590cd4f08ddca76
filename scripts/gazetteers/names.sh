#!/usr/bin/env bash
# Regenerates the Arabic person-name and club gazetteers from pinned PyPI packages (sources and
# licences in data/gazetteers/README.md). Needs python3 and pip; everything goes into a
# temporary folder.
# - names.py: per-notable.txt, first-names.txt, last-names.txt, org-clubs.txt, from Faker and
#   ArWikiCats (installed there with --no-deps), and data/curated/given-names-en.txt,
#   clubs-en.txt and cities-ar.txt for the rules after tagging;
# - name_units.py: given-wikidata.txt, surname-wikidata.txt, jrc-names.txt, from the data files
#   of two wheels (downloaded there and read as zip files, not installed).
#   scripts/gazetteers/names.sh [OUT_DIR]   (default: data/gazetteers)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/data/gazetteers}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip install --quiet --disable-pip-version-check --no-deps --target "$work" \
  Faker==40.63.0 \
  ArWikiCats==0.2.3
python3 "$here/names.py" "$work" "$work/ArWikiCats/jsons" "$out"
python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary :all: --dest "$work/wheels" \
  arabic-name-romanizer==0.2.0 \
  arabnamer==0.1.3
python3 "$here/name_units.py" "$work"/wheels/arabic_name_romanizer-0.2.0-*.whl "$work"/wheels/arabnamer-0.1.3-*.whl "$out"
