#!/usr/bin/env bash
# Starts, checks and stops real Redis, PostgreSQL, MinIO and Elasticsearch servers on
# loopback, on fixed non-default ports, with their data under $HOSO_SERVICES_DIR
# (default /tmp/hoso-services). Run scripts/services/provision.sh first.
#
#   eval "$(scripts/services/services.sh start)"   # starts all four, prints `export` lines
#   scripts/services/services.sh start redis minio # only some
#   scripts/services/services.sh status            # one line each; fails if one is down
#   scripts/services/services.sh env               # the `export` lines alone
#   scripts/services/services.sh stop              # stops everything it started
#   scripts/services/services.sh clean             # stop, then delete the data
#
# Only `export` lines go to stdout; progress and errors go to stderr.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/common.sh"

SERVERS=(elasticsearch redis postgres minio)  # slowest first, so the others start meanwhile
RUN="$HOSO_SERVICES_DIR"
START_TIMEOUT="${HOSO_SERVICES_TIMEOUT:-120}"

main() {
    local command="${1:-}"; shift || true
    local chosen=("$@"); [ ${#chosen[@]} -gt 0 ] || chosen=("${SERVERS[@]}")
    case "$command" in
        start) start_servers "${chosen[@]}" ;;
        stop) for s in "${chosen[@]}"; do "stop_$s"; done ;;
        status) show_status "${chosen[@]}" ;;
        env) print_env "${chosen[@]}" ;;
        clean) for s in "${SERVERS[@]}"; do "stop_$s"; done; rm -rf "$RUN" ;;
        *) sed -n '2,13p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
    esac
}

LAUNCHED=()  # what this run started, and so must stop if another server fails

start_servers() {
    local s
    mkdir -p "$RUN" && chmod 755 "$RUN"
    for s in "$@"; do
        healthy_"$s" && { say "$s: already running"; continue; }
        say "$s: starting"
        LAUNCHED+=("$s")
        "launch_$s"
    done
    for s in "$@"; do wait_healthy "$s"; "after_start_$s"; done
    print_env "$@"
}

print_env() {
    local s
    for s in "$@"; do
        case "$s" in
            redis) echo "export HOSO_TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0" ;;
            postgres) echo "export HOSO_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$POSTGRES_PORT/hoso" ;;
            minio) echo "export HOSO_TEST_MINIO_URL=http://$MINIO_USER:$MINIO_PASSWORD@127.0.0.1:$MINIO_PORT" ;;
            elasticsearch)  # tests/indexer reads the longer name
                echo "export HOSO_TEST_ES_URL=http://127.0.0.1:$ES_PORT"
                echo "export HOSO_TEST_ELASTICSEARCH_URL=http://127.0.0.1:$ES_PORT" ;;
        esac
    done
}

show_status() {
    local s down=0
    for s in "$@"; do
        if healthy_"$s"; then say "$s: up"; else say "$s: down"; down=1; fi
    done
    return "$down"
}

# Waits, at most START_TIMEOUT seconds, for a server to answer; on failure names it and
# shows its log.
wait_healthy() {
    local name="$1" deadline=$((SECONDS + START_TIMEOUT)) log s
    until healthy_"$name"; do
        if ! alive_"$name"; then
            say "error: $name exited before it answered"
        elif [ "$SECONDS" -ge "$deadline" ]; then
            say "error: $name did not answer within ${START_TIMEOUT}s"
        else
            sleep 0.5
            continue
        fi
        for log in $(log_of "$name"); do log_tail "$log" 30; done
        for s in "${LAUNCHED[@]}"; do "stop_$s"; done
        exit 1
    done
    say "$name: up"
}

log_of() {
    case "$1" in
        elasticsearch) echo "$RUN/elasticsearch/launcher.log $RUN/elasticsearch/logs/hoso-test.log" ;;
        *) echo "$RUN/$1/$1.log" ;;
    esac
}

pid_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Sends TERM, waits up to 30 s, then KILL: stop must leave nothing behind.
stop_pid() {
    local name="$1" pidfile="$2" pid
    pid_alive "$pidfile" || { rm -f "$pidfile"; return 0; }
    pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { say "$name: killing $pid"; kill -9 "$pid" 2>/dev/null; }
    rm -f "$pidfile"
    say "$name: stopped"
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

# --- Redis --------------------------------------------------------------------------------

launch_redis() {
    mkdir -p "$RUN/redis"
    # No persistence: test data is thrown away, and snapshots would only cost time.
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes \
        --pidfile "$RUN/redis/redis.pid" --logfile "$RUN/redis/redis.log" \
        --dir "$RUN/redis" --save "" --appendonly no >/dev/null
}
healthy_redis() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }
alive_redis() { pid_alive "$RUN/redis/redis.pid"; }
after_start_redis() { :; }
stop_redis() { stop_pid redis "$RUN/redis/redis.pid"; }

# --- PostgreSQL ---------------------------------------------------------------------------

pg() { as_user "$PG_USER" "$(postgres_bindir)/$1" "${@:2}"; }

launch_postgres() {
    local dir="$RUN/postgres"
    mkdir -p "$dir" && chown "$PG_USER" "$dir"
    [ -s "$dir/data/PG_VERSION" ] || pg initdb -D "$dir/data" -U postgres --auth=trust \
        --no-locale --encoding=UTF8 >"$dir/initdb.log" 2>&1 \
        || { say "error: postgres initdb failed"; log_tail "$dir/initdb.log"; exit 1; }
    # fsync off: a test database that is thrown away needs speed, not durability.
    pg pg_ctl -D "$dir/data" -l "$dir/postgres.log" -W start -o "-p $POSTGRES_PORT \
        -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off" >/dev/null
}
healthy_postgres() {
    "$(postgres_bindir)/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT" 2>/dev/null
}
alive_postgres() { pid_alive "$RUN/postgres/data/postmaster.pid" || healthy_postgres; }
after_start_postgres() {
    local psql=("$(postgres_bindir)/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -qtA)
    [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'hoso'")" = 1 ] \
        || "${psql[@]}" -c "CREATE DATABASE hoso" >/dev/null
}
stop_postgres() {
    [ -s "$RUN/postgres/data/postmaster.pid" ] || return 0
    pg pg_ctl -D "$RUN/postgres/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
        || stop_pid postgres "$RUN/postgres/data/postmaster.pid"
    say "postgres: stopped"
}

# --- MinIO --------------------------------------------------------------------------------

launch_minio() {
    [ -x "$MINIO_BIN" ] || die "minio: $MINIO_BIN is missing; run scripts/services/provision.sh"
    local dir="$RUN/minio"
    mkdir -p "$dir/data"
    MINIO_ROOT_USER="$MINIO_USER" MINIO_ROOT_PASSWORD="$MINIO_PASSWORD" MINIO_BROWSER=off \
        setsid "$MINIO_BIN" server --quiet --address "127.0.0.1:$MINIO_PORT" \
        --console-address "127.0.0.1:$MINIO_CONSOLE_PORT" "$dir/data" \
        >"$dir/minio.log" 2>&1 </dev/null &
    echo $! >"$dir/minio.pid"
}
healthy_minio() { http_ok "http://127.0.0.1:$MINIO_PORT/minio/health/ready"; }
alive_minio() { pid_alive "$RUN/minio/minio.pid"; }
after_start_minio() { :; }
stop_minio() { stop_pid minio "$RUN/minio/minio.pid"; }

# --- Elasticsearch ------------------------------------------------------------------------

launch_elasticsearch() {
    if [ ! -x "$ES_HOME/bin/elasticsearch" ] || [ ! -s "$ES_JAVA_HOME_FILE" ]; then
        die "elasticsearch: not provisioned; run scripts/services/provision.sh"
    fi
    local dir="$RUN/elasticsearch"
    mkdir -p "$dir/config" "$dir/data" "$dir/logs" "$dir/tmp"
    write_es_config "$dir"
    chown -R "$ES_USER" "$dir"
    # -d returns once the node has started; the wait below covers a node that never does.
    cd "$dir"
    as_user "$ES_USER" env ES_JAVA_HOME="$(cat "$ES_JAVA_HOME_FILE")" \
        ES_PATH_CONF="$dir/config" ES_TMPDIR="$dir/tmp" \
        ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
        "$ES_HOME/bin/elasticsearch" -d -p "$dir/elasticsearch.pid" \
        >"$dir/launcher.log" 2>&1 </dev/null &
    echo $! >"$dir/launcher.pid"
    cd - >/dev/null
}

write_es_config() {
    local dir="$1"
    cp "$ES_HOME/config/log4j2.properties" "$dir/config/"
    # The test zip's GC log goes to the working directory; tests have no use for it.
    grep -v '^-Xlog:gc' "$ES_HOME/config/jvm.options" >"$dir/config/jvm.options"
    # Security is off because the node listens on loopback only, for tests; the disk
    # watermarks are off so a nearly full CI disk does not turn indices read-only.
    cat >"$dir/config/elasticsearch.yml" <<YAML
cluster.name: hoso-test
node.name: hoso-test
path.data: $dir/data
path.logs: $dir/logs
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
discovery.type: single-node
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
YAML
}
healthy_elasticsearch() {
    http_ok "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s"
}
# The launcher runs until the node has started and written its pid file.
alive_elasticsearch() {
    pid_alive "$RUN/elasticsearch/elasticsearch.pid" || pid_alive "$RUN/elasticsearch/launcher.pid"
}
after_start_elasticsearch() { :; }
stop_elasticsearch() {
    stop_pid elasticsearch-launcher "$RUN/elasticsearch/launcher.pid" 2>/dev/null
    stop_pid elasticsearch "$RUN/elasticsearch/elasticsearch.pid"
}

main "$@"
