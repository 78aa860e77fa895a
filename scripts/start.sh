#!/usr/bin/env bash
# Installs, builds and starts the whole platform on the embedded PostgreSQL (or DATABASE_URL),
# loading the synthetic city on first start. SEED_SIZE=small|tiny|full (default full, ~1 min once).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-pnpm.sh

pnpm install --frozen-lockfile
pnpm -r --if-present build
node api/dist/src/seed/cli.js --if-empty --size "${SEED_SIZE:-full}"
# A simulated month of inbound feeds (new retirees, shared data, the month's payments), imported once
# through the data hub, so zero-trip check-in, 生存状态 and the review queues have something to show.
SIM_DIR=".data/sim/demo-${SEED_SIZE:-full}"
[ -f "$SIM_DIR/summary.json" ] || node api/dist/src/simulate/cli.js --size "${SEED_SIZE:-full}" --out "$SIM_DIR" > /dev/null
for feed in retirees life-events payments; do node api/dist/src/tools/import-feed.js "$feed" "$SIM_DIR/$feed.csv"; done
# What the nightly schedule does, once now (the demo is rarely running at 2 a.m.): certify from the
# shared data, send certification reminders, open visit tasks and suspension proposals, scan for risks.
for job in certification:passive certification:lifecycle risk:scan; do node api/dist/src/tools/run-job.js "$job"; done
exec node api/dist/src/main.js
