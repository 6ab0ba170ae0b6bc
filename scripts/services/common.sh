# Shared settings and helpers for provision.sh and services.sh; sourced, never run.
# shellcheck disable=SC2034  # the settings are used by the scripts that source this file
# Every value can be overridden from the environment.

HOSO_CACHE="${HOSO_CACHE:-$HOME/.cache/hoso}"
HOSO_SERVICES_DIR="${HOSO_SERVICES_DIR:-/tmp/hoso-services}"

MINIO_MODULE="github.com/minio/minio"
# The Go proxy serves MinIO only as pseudo-versions: its RELEASE.* tags are not semver.
MINIO_VERSION="${HOSO_MINIO_VERSION:-v0.0.0-20260212201848-7aac2a2c5b7c}"
ES_VERSION="${HOSO_ES_VERSION:-9.5.3}"
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
ES_MIN_JAVA=21
# veraPDF's command-line validator (PDF/A), one self-contained jar; the tests run it with
# `java -cp JAR org.verapdf.apps.GreenfieldCliWrapper` (tests/pdfa.py).
VERAPDF_VERSION="${HOSO_VERAPDF_VERSION:-1.28.2}"
VERAPDF_ARTIFACT="org.verapdf.apps:greenfield-apps:${VERAPDF_VERSION}"
VERAPDF_JAR="$HOSO_CACHE/verapdf/greenfield-apps-${VERAPDF_VERSION}.jar"
# axe-core (npm), which the browser tests inject into every page (tests/web/axe.py).
# The E-ARK Python validator, in its own virtualenv: it pins lxml==5.1.0, pyHanko needs >=5.4.
EARK_VERSION="${HOSO_EARK_VALIDATOR_VERSION:-1.1.3}"
EARK_VENV="$HOSO_CACHE/eark-validator/$EARK_VERSION"

AXE_VERSION="${HOSO_AXE_VERSION:-4.11.4}"
AXE_JS="$HOSO_CACHE/axe-core/$AXE_VERSION/axe.min.js"

REDIS_PORT="${HOSO_REDIS_PORT:-16379}"
POSTGRES_PORT="${HOSO_POSTGRES_PORT:-15432}"
MINIO_PORT="${HOSO_MINIO_PORT:-19000}"
MINIO_CONSOLE_PORT="${HOSO_MINIO_CONSOLE_PORT:-19001}"
ES_PORT="${HOSO_ES_PORT:-19200}"
ES_TRANSPORT_PORT="${HOSO_ES_TRANSPORT_PORT:-19300}"
MINIO_USER="hoso-test"
MINIO_PASSWORD="hoso-test-secret"
ES_HEAP="${HOSO_ES_HEAP:-512m}"

MINIO_BIN="$HOSO_CACHE/minio/$MINIO_VERSION/minio"
ES_JAVA_HOME_FILE="$HOSO_CACHE/elasticsearch/java-home"

# Root may not run Elasticsearch, and an unprivileged user cannot reach /root/.cache, so as
# root Elasticsearch lives in its own user's directory; otherwise it runs as the caller.
if [ "$(id -u)" = 0 ]; then
    ES_USER="hoso-es"
    ES_ROOT="${HOSO_ES_ROOT:-/var/lib/hoso-es}"
    PG_USER="postgres"
else
    ES_USER="$(id -un)"
    ES_ROOT="${HOSO_ES_ROOT:-$HOSO_CACHE/elasticsearch}"
    PG_USER="$(id -un)"
fi
ES_HOME="$ES_ROOT/elasticsearch-$ES_VERSION"

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# Runs a command as another user, or directly when that user is us.
as_user() {
    local user="$1"; shift
    if [ "$user" = "$(id -un)" ]; then "$@"; else runuser -u "$user" -- "$@"; fi
}

# Prints the last lines of a log so a failure names its cause.
log_tail() {
    local file="$1"
    [ -f "$file" ] || return 0
    say "--- last lines of $file:"
    tail -n "${2:-25}" "$file" >&2
}

# Runs a quiet step, keeping its output in a log that is shown only if it fails.
quietly() {
    local name="$1" log="$HOSO_CACHE/logs/$1.log"; shift
    mkdir -p "$HOSO_CACHE/logs"
    if ! "$@" >"$log" 2>&1; then
        say "error: $name failed: $*"
        log_tail "$log" 40
        return 1
    fi
}

postgres_bindir() {
    local dir
    dir="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }
    dir="$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")"
    [ -x "$dir/pg_ctl" ] && echo "$dir"
}

# Major version of the java at $1 (a JAVA_HOME), or nothing.
java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
