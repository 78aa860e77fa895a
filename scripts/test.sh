#!/usr/bin/env bash
# Every check CI runs: install, type-check, lint, generated files current, unit and API tests
# against real PostgreSQL (embedded by default, DATABASE_URL for a server).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-pnpm.sh

step() { printf '\n\033[1m› %s\033[0m\n' "$*"; }

step "install (frozen lockfile)"
pnpm install --frozen-lockfile

step "type-check"
pnpm -r --if-present typecheck

step "lint"
pnpm exec eslint . --max-warnings 0

step "generated files are current"
pnpm --filter ./api schema:check
pnpm --filter ./api migration:check
pnpm -r --if-present codegen:check

step "build"
pnpm -r --if-present build
node scripts/check-bundle-size.mjs

step "unit and API tests (real PostgreSQL)"
pnpm --filter ./api test

step "front-end component tests"
pnpm --filter ./web-admin --filter ./web-retiree run --if-present test

step "browser journeys (Playwright, Debian chromium)"
source scripts/lib/ensure-chromium.sh
pnpm --filter ./e2e test
