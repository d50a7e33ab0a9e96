# The services of the local cluster, sourced by scripts/cluster/cluster.sh: how each one starts, how
# to tell it is ready, how it stops. Every long-running program runs in the foreground in a session
# of its own (setsid), so that its pid file names the whole process group: `kill-service` kills the
# group at once, as a machine that dies would. Programs that refuse root run as an unprivileged user.

SERVICES=(postgres redis s3proxy opensearch-1 opensearch-2 web-a web-b worker balancer front)
declare -A SERVICE_PORT=(
    [postgres]=5440 [redis]=6390 [s3proxy]=8081 [opensearch-1]=9210 [opensearch-2]=9211
    [web-a]=8001 [web-b]=8002 [worker]="" [balancer]=8090 [front]=8080
)
declare -A OPENSEARCH_TRANSPORT_PORT=([opensearch-1]=9310 [opensearch-2]=9311)
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
PG_DATA="$CLUSTER_DIR/postgres"
PG_SOCKET_DIR="$CLUSTER_DIR/postgres-socket"
SEARCH_USER="${SEARCH_ENGINE_USER:-vivapolis-search}"

say() { echo "cluster: $*" >&2; }
pid_file() { echo "$CLUSTER_DIR/pids/$1.pid"; }
log_file() { echo "$CLUSTER_DIR/logs/$1.log"; }

service_pid() {
    local file pid
    file="$(pid_file "$1")"
    [[ -f "$file" ]] || return 1
    pid="$(cat "$file")"
    alive "$pid" && echo "$pid"
}

alive() {  # a killed process whose parent has not reaped it yet (a zombie) is dead
    local state
    state="$(ps -o stat= -p "${1:-0}" 2>/dev/null)" || return 1
    [[ -n "$state" && "$state" != Z* ]]
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# launch NAME USER COMMAND...: USER is "" for the current user, else the user the program runs as when root.
launch() {
    local name="$1" user="$2"
    shift 2
    local as_user=()
    if [[ -n "$user" && "$(id -u)" == 0 ]]; then
        as_user=(setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups --)
    fi
    # 9>&-: the long-running program must not hold cluster.sh's lock (cluster.sh, "One action at a time").
    setsid "${as_user[@]}" "$@" >>"$(log_file "$name")" 2>&1 </dev/null 9>&- &
    echo $! >"$(pid_file "$name")"
}

wait_for() {  # wait_for WHAT SECONDS COMMAND...
    local what="$1" seconds="$2"
    shift 2
    for _ in $(seq 1 "$seconds"); do
        "$@" && return 0
        sleep 1
    done
    say "$what did not come up in $seconds s; see $CLUSTER_DIR/logs/"
    return 1
}

# PostgreSQL and OpenSearch run as users of their own when root, so they must be able to enter the state
# directory. A directory inside the project may have been created private (mode 700): Django's file cache
# makes tmp/ that way when it is the first to need it. Those are opened for traversal (o+x, no reading);
# a directory outside the project is the operator's choice, so it is named rather than changed.
open_state_directory() {
    [[ "$(id -u)" == 0 ]] || return 0
    local directory="$CLUSTER_DIR"
    while [[ "$directory" == "$PROJECT_DIR"/* ]]; do
        chmod o+x "$directory"
        directory="$(dirname "$directory")"
    done
    if ! runuser -u postgres -- test -x "$CLUSTER_DIR"; then
        say "the postgres user cannot enter $CLUSTER_DIR: let it traverse each parent directory (chmod o+x)"
        exit 1
    fi
}

show_log_tail() {  # show_log_tail NAME: the end of a service's log, for a failure's message
    say "the end of $(log_file "$1"):"
    tail -n 20 "$(log_file "$1")" >&2 || true
}

# --- PostgreSQL: a private instance under tmp/cluster/postgres, owned by the postgres user.
as_owner() {  # as_owner USER COMMAND...: as USER when root, else as oneself
    local user="$1"
    shift
    if [[ "$(id -u)" == 0 ]]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

postgres_command() {
    as_owner postgres "$PG_BIN/psql" -h "$PG_SOCKET_DIR" -p 5440 -U postgres -v ON_ERROR_STOP=1 -q "$@"
}

start_postgres() {
    local owner
    owner="$([[ "$(id -u)" == 0 ]] && echo postgres || id -un)"
    mkdir -p "$PG_DATA" "$PG_SOCKET_DIR"
    chown "$owner" "$PG_DATA" "$PG_SOCKET_DIR"
    chmod 700 "$PG_DATA"
    if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
        say "initialising PostgreSQL in $PG_DATA"
        as_owner "$owner" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 >>"$(log_file postgres)" 2>&1 \
            || { show_log_tail postgres; return 1; }
    fi
    launch postgres "$owner" "$PG_BIN/postgres" -D "$PG_DATA" -p 5440 -c listen_addresses=127.0.0.1 \
        -c unix_socket_directories="$PG_SOCKET_DIR" -c max_connections=200 -c shared_buffers=128MB
    wait_for PostgreSQL 60 "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p 5440
}

create_database() {
    postgres_command <<'SQL'
SELECT 'CREATE ROLE vivapolis LOGIN CREATEDB PASSWORD ''vivapolis'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vivapolis') \gexec
SELECT 'CREATE DATABASE vivapolis OWNER vivapolis'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'vivapolis') \gexec
SQL
}

redis_answers() { redis-cli -p 6390 ping >/dev/null 2>&1; }

# --- Redis: the shared cache, in memory only (a restart empties it: pages are rendered again).
start_redis() {
    mkdir -p "$CLUSTER_DIR/redis"
    launch redis "" redis-server --bind 127.0.0.1 --port 6390 --save "" --appendonly no \
        --dir "$CLUSTER_DIR/redis" --maxmemory "${CLUSTER_REDIS_MEMORY:-256mb}" --maxmemory-policy allkeys-lru
    wait_for Redis 30 redis_answers
}

# --- S3Proxy, through the project's scripts/s3proxy.sh; it prints MEDIA_STORAGE_URL=...
s3proxy_script() {
    S3PROXY_PORT=8081 S3PROXY_DATA_DIR="$CLUSTER_DIR/s3proxy" S3PROXY_PID_FILE="$(pid_file s3proxy)" \
        S3PROXY_LOG_FILE="$(log_file s3proxy)" "$PROJECT_DIR/scripts/s3proxy.sh" "$@" 9>&-
}

start_s3proxy() {
    s3proxy_script start | grep '^MEDIA_STORAGE_URL=' >"$CLUSTER_DIR/media_storage.env"
}

# --- OpenSearch: two nodes of one cluster, sharing the binaries scripts/search-engine.sh installs.
install_opensearch() (
    # shellcheck source=../search-engine.sh
    source "$PROJECT_DIR/scripts/search-engine.sh" library opensearch
    install_engine >&2
    echo "$HOME_DIR"
)

start_opensearch_node() {
    local name="$1" home node_dir java_home
    home="$(install_opensearch)"
    node_dir="$CLUSTER_DIR/$name"
    mkdir -p "$node_dir/config/jvm.options.d" "$node_dir/data" "$node_dir/logs"
    # The JVM's own files (GC log, error and heap dumps) are named relative to the installation, which the
    # node's user may not write: each node writes them into its own directory.
    sed -e "s|logs/|$node_dir/logs/|g" -e "s|HeapDumpPath=data|HeapDumpPath=$node_dir/data|" \
        "$home/config/jvm.options" >"$node_dir/config/jvm.options"
    cp "$home/config/log4j2.properties" "$node_dir/config/"
    cp "$SCRIPT_DIR/opensearch.yml" "$node_dir/config/opensearch.yml"
    printf -- "-Xms%s\n-Xmx%s\n" "${CLUSTER_SEARCH_HEAP:-512m}" "${CLUSTER_SEARCH_HEAP:-512m}" \
        >"$node_dir/config/jvm.options.d/heap.options"
    local user=""
    if [[ "$(id -u)" == 0 ]]; then
        user="$SEARCH_USER"
        id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
        chown -R "$user" "$node_dir"
    fi
    java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    launch "$name" "$user" env OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_PATH_CONF="$node_dir/config" \
        NODE_NAME="$name" NODE_DIR="$node_dir" HTTP_PORT="${SERVICE_PORT[$name]}" \
        TRANSPORT_PORT="${OPENSEARCH_TRANSPORT_PORT[$name]}" "$home/bin/opensearch"
}

opensearch_answers() {
    curl -fsS "http://127.0.0.1:${SERVICE_PORT[$1]}/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

start_opensearch-1() { start_opensearch_node opensearch-1; }
start_opensearch-2() { start_opensearch_node opensearch-2; }
ready_opensearch-1() { wait_for opensearch-1 180 opensearch_answers opensearch-1; }
ready_opensearch-2() { wait_for opensearch-2 180 opensearch_answers opensearch-2; }

# --- The app servers and the worker, with the cluster's environment (cluster.env).
gunicorn_config() {
    local file
    for file in "$PROJECT_DIR/vivapolis/gunicorn.py" "$PROJECT_DIR/gunicorn.conf.py"; do
        [[ -f "$file" ]] && { echo --config "$file"; return; }
    done
}

start_web() {
    local name="$1"
    # shellcheck disable=SC2046
    launch "$name" "" "$PROJECT_DIR/.venv/bin/gunicorn" vivapolis.wsgi $(gunicorn_config) --chdir "$PROJECT_DIR" \
        --bind "127.0.0.1:${SERVICE_PORT[$name]}" --workers "${CLUSTER_WEB_WORKERS:-2}" --name "vivapolis-$name" \
        --access-logfile - --error-logfile -
}

web_answers() { curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:${SERVICE_PORT[$1]}/healthz" 2>/dev/null; }

start_web-a() { start_web web-a; }
start_web-b() { start_web web-b; }
ready_web-a() { wait_for web-a 90 web_answers web-a; }
ready_web-b() { wait_for web-b 90 web_answers web-b; }

start_worker() {
    launch worker "" "$PROJECT_DIR/.venv/bin/python" "$PROJECT_DIR/manage.py" run_worker
}

# --- HAProxy and Varnish.
start_balancer() {
    export BALANCER_PORT=8090 BALANCER_STATS_PORT=8091 WEB_A_PORT=8001 WEB_B_PORT=8002
    export APP_SERVER_WORKERS="${CLUSTER_WEB_WORKERS:-2}"
    export BALANCER_SOCKET="$CLUSTER_DIR/haproxy.sock"
    haproxy -c -q -f "$SCRIPT_DIR/haproxy.cfg" >>"$(log_file balancer)" 2>&1 || { say "haproxy.cfg is invalid"; return 1; }
    launch balancer "" haproxy -f "$SCRIPT_DIR/haproxy.cfg"
    wait_for HAProxy 30 port_open 8090
}

start_front() {
    mkdir -p "$CLUSTER_DIR/varnish"
    # http_gzip_support off: Varnish keeps the gzip and the plain variant the app sends (Vary: Accept-Encoding)
    # instead of unzipping its one gzip copy for every client that does not ask for gzip.
    launch front "" varnishd -F -a 127.0.0.1:8080 -T none -n "$CLUSTER_DIR/varnish" \
        -f "$SCRIPT_DIR/default.vcl" -s "malloc,${CLUSTER_FRONT_MEMORY:-256m}" -p http_gzip_support=off
    wait_for Varnish 60 port_open 8080
}

ready_service() {  # the services whose start does not wait for them
    if declare -F "ready_$1" >/dev/null; then "ready_$1"; fi
}

start_one() {
    local name="$1"
    if service_pid "$name" >/dev/null; then
        return 0
    fi
    local port="${SERVICE_PORT[$name]}"
    if [[ -n "$port" ]] && port_open "$port"; then
        say "port $port ($name) is taken by a program the cluster did not start"
        return 1
    fi
    say "starting $name"
    if [[ "$name" == s3proxy ]]; then start_s3proxy; else "start_$name"; fi
}

stop_one() {
    local name="$1" signal=TERM pid
    [[ "$name" == s3proxy ]] && { s3proxy_script stop 2>/dev/null; return 0; }
    pid="$(service_pid "$name")" || { rm -f "$(pid_file "$name")"; return 0; }
    [[ "$name" == postgres ]] && signal=INT  # PostgreSQL's fast shutdown
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        alive "$pid" || break
        sleep 0.5
    done
    alive "$pid" && kill_one "$name"
    # Only this process's file: a start that ran meanwhile has written its own.
    [[ "$(cat "$(pid_file "$name")" 2>/dev/null)" == "$pid" ]] && rm -f "$(pid_file "$name")"
    say "stopped $name"
}

kill_one() {
    local name="$1" pid group
    pid="$(service_pid "$name")" || return 0
    group="$(ps -o pgid= -p "$pid" | tr -d ' ')"
    if [[ "$group" == "$pid" ]]; then kill -KILL -- "-$pid"; else kill -KILL "$pid"; fi
    for _ in $(seq 1 20); do
        alive "$pid" || break
        sleep 0.1
    done
    say "killed $name (pid $pid)"
}
