#!/usr/bin/env bash
# One command for every check: static checks, unit, integration and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh

step() { echo; echo "==> $*"; }
step "Lint";        npm run --silent lint
step "Types";       npm run --silent typecheck
step "Format";      npm run --silent format:check
step "Unit tests";  npm run --silent test:unit
step "Integration tests"; npm run --silent test:integration
step "End-to-end tests";  bash scripts/e2e.sh
echo; echo "All tests passed."
