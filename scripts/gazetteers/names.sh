#!/usr/bin/env bash
# Regenerates the Arabic person-name and club gazetteers (data/gazetteers/ar/per-notable.txt,
# first-names.txt, last-names.txt, org-clubs.txt) from pinned PyPI packages (sources and
# licences in data/gazetteers/README.md). Needs python3 and pip; installs into a temporary
# folder.
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
