#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing npm dependencies"
  # The demo runs with NODE_ENV=production, which would leave out the build and seed tools.
  npm ci --include=dev --no-audit --no-fund
else
  npm run --silent db:generate >/dev/null
fi
