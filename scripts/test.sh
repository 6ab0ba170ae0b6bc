#!/usr/bin/env bash
# The whole test suite: installs what it needs, starts real Redis, PostgreSQL, MinIO and
# Elasticsearch on loopback (scripts/services), runs pytest, stops the servers.
# Arguments go to pytest: scripts/test.sh tests/e2e -x
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/services/provision.sh
trap 'scripts/services/services.sh stop >/dev/null 2>&1 || true' EXIT
server_env="$(scripts/services/services.sh start)"
eval "$server_env"
.venv/bin/python -m pytest "$@"
