#!/usr/bin/env bash
# One command for the demo: install, migrate and seed the SQLite database, build, then run the
# app, the worker and the sandbox on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."

export LOKET_DEMO=1
export NODE_ENV=production
export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3000}"
export APP_URL="${APP_URL:-http://localhost:${PORT}}"
export SANDBOX_GATEWAY_WEBHOOK_URL="${SANDBOX_GATEWAY_WEBHOOK_URL:-http://127.0.0.1:${PORT}/api/webhooks/gateway}"

bash scripts/ensure-deps.sh
echo "==> Migrating and seeding the database"
npm run --silent db:migrate
npm run --silent db:seed
echo "==> Building the app"
npm run --silent build

cat <<BANNER

  Loket is starting at ${APP_URL}

  Demo accounts (password: demo-loket-2026)
    pelanggan@demo.loket.id   customer, verified
    baru@demo.loket.id        customer, not verified yet
    ktp@demo.loket.id         customer, KTP waiting for review
    agen@demo.loket.id        agent with an outlet
    admin@demo.loket.id       admin

  Sandbox (billers, gateway, mail): ${SANDBOX_URL:-http://127.0.0.1:4010}
  Health: ${APP_URL}/api/health        Stop with Ctrl+C.

BANNER
exec npx concurrently -k -n app,worker,sandbox -c blue,magenta,green \
  "npx next start -p ${PORT}" "npm run --silent worker" "npm run --silent sandbox"
