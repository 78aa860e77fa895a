#!/usr/bin/env bash
# The platform as the journeys see it: built API + both apps on one origin, over a fresh small city
# in its own embedded PostgreSQL folder (so a developer's own database is never touched).
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_DATA_DIR="${PG_DATA_DIR:-.data/pg-e2e}" PG_PORT="${PG_PORT:-54331}" PORT="${E2E_PORT:-4400}"
export JWT_SECRET="e2e-secret-e2e-secret-e2e-secret-e2e" LOG_LEVEL=warn JOBS_IN_PROCESS=true
node api/dist/src/seed/cli.js --size "${E2E_SEED_SIZE:-tiny}" --reset > /dev/null
# As the first start does: the nightly certification run (reminders, visit tasks, suspension proposals).
node api/dist/src/tools/run-job.js certification:lifecycle > /dev/null
exec node api/dist/src/main.js
