#!/usr/bin/env bash
# The whole test suite: installs what it needs, starts real Redis, PostgreSQL, MinIO and
# Elasticsearch on loopback (scripts/services), runs pytest, stops the servers.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/services/provision.sh
eval "$(scripts/services/services.sh start)"
trap 'scripts/services/services.sh stop >/dev/null 2>&1 || true' EXIT
.venv/bin/python -m pytest "$@"
