#!/usr/bin/env bash
# Builds the app and runs the Playwright suite against the production build, with its own data
# folder and ports so it never touches the demo's database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_ENV=production
export NEXT_TELEMETRY_DISABLED=1
export LOKET_DEMO=1
export DATA_DIR=data/e2e
export PORT="${E2E_PORT:-3100}"
export APP_URL="http://localhost:${PORT}"
export SANDBOX_PORT="${E2E_SANDBOX_PORT:-4110}"
export SANDBOX_URL="http://127.0.0.1:${SANDBOX_PORT}"
export SANDBOX_SMTP_PORT="${E2E_SMTP_PORT:-2625}"
export SMTP_URL="smtp://127.0.0.1:${SANDBOX_SMTP_PORT}"
export SANDBOX_GATEWAY_WEBHOOK_URL="http://127.0.0.1:${PORT}/api/webhooks/gateway"
export SANDBOX_WEBHOOK_RETRY_BASE_MS=200
export WORKER_INTERVAL_MS=1000
# Many log-ins come from one address during the suite; the per-IP limit is tested on its own.
export LOGIN_LIMIT_PER_IP=1000
export REGISTER_LIMIT_PER_IP=1000

rm -rf data/e2e
npm run --silent db:migrate
npm run --silent db:seed
npm run --silent build
npx playwright test "$@"
