#!/usr/bin/env bash
# Installs, builds and starts the whole platform on the embedded PostgreSQL (or DATABASE_URL),
# loading the synthetic city on first start. SEED_SIZE=small|tiny|full (default full, ~1 min once).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-pnpm.sh

pnpm install --frozen-lockfile
pnpm -r --if-present build
node api/dist/src/seed/cli.js --if-empty --size "${SEED_SIZE:-full}"
exec node api/dist/src/main.js
