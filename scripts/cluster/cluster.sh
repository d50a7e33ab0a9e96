#!/usr/bin/env bash
# The whole production topology on this machine, on 127.0.0.1 (docs/deployment.md):
#
#   Varnish :8080 (edge cache, /media/ from the bucket) -> HAProxy :8090 (stats :8091) -> gunicorn web-a :8001, web-b :8002
#   + the worker, PostgreSQL :5440, Redis :6390, S3Proxy :8081, OpenSearch :9210 and :9211 (one cluster of two nodes)
#
#   scripts/cluster/cluster.sh start | stop | status        (`make cluster`, `make cluster-stop`)
#   scripts/cluster/cluster.sh start-service|stop-service|kill-service|restart-service NAME
#
# NAME is one of: postgres redis s3proxy opensearch-1 opensearch-2 web-a web-b worker balancer front.
# State lives in tmp/cluster/: pid files, logs (logs/NAME.log), data, and cluster.env, the environment
# to run manage.py or tests against the cluster (`set -a; . tmp/cluster/cluster.env`). The first start
# loads the demo; later starts reuse the database. Missing Debian packages are installed when run as root.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"
CLUSTER_DIR="${CLUSTER_DIR:-$PROJECT_DIR/tmp/cluster}"
ENV_FILE="$CLUSTER_DIR/cluster.env"
PACKAGES=(postgresql redis-server haproxy varnish openjdk-17-jre-headless maven unzip curl)
export CLUSTER_DIR

# shellcheck source=services.sh
source "$SCRIPT_DIR/services.sh"

install_packages() {
    local missing=() package
    for package in "${PACKAGES[@]}"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if [[ "$(id -u)" != 0 ]]; then
        say "missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})"
        exit 1
    fi
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
}

secret() {  # a random value kept in tmp/cluster/NAME, the same at every start
    local file="$CLUSTER_DIR/$1"
    [[ -s "$file" ]] || "$PROJECT_DIR/.venv/bin/python" -c "import secrets; print(secrets.token_urlsafe(${2:-40}))" >"$file"
    chmod 600 "$file"
    cat "$file"
}

write_environment() {
    local media_storage_url
    media_storage_url="$(cut -d= -f2- "$CLUSTER_DIR/media_storage.env")"
    cat >"$ENV_FILE" <<ENV
FRONT_URL=http://127.0.0.1:8080
BALANCER_URL=http://127.0.0.1:8090
WEB_A_URL=http://127.0.0.1:8001
WEB_B_URL=http://127.0.0.1:8002
DATABASE_URL=postgresql://vivapolis:vivapolis@127.0.0.1:5440/vivapolis
CACHE_URL=redis://127.0.0.1:6390/0
SEARCH_URL=http://127.0.0.1:9210,http://127.0.0.1:9211
SEARCH_BACKEND=opensearch2
SEARCH_REPLICAS=1
SEARCH_INDEX_PREFIX=vivapolis_cluster_
BACKGROUND_WORKER_LOST_AFTER=10
MEDIA_STORAGE_URL=$media_storage_url
MEDIA_PUBLIC_URL=http://127.0.0.1:8080/media/
FRONT_CACHE_URL=http://127.0.0.1:8080
CLUSTER_ADMIN_USERNAME=cluster-admin
CLUSTER_ADMIN_PASSWORD=$(secret admin_password 18)
SECRET_KEY=$(secret secret_key 50)
DJANGO_SETTINGS_MODULE=vivapolis.settings.production
ALLOWED_HOSTS=127.0.0.1,localhost
TRUSTED_PROXIES=127.0.0.1,::1
CSRF_TRUSTED_ORIGINS=http://127.0.0.1:8080,http://127.0.0.1:8090,http://127.0.0.1:8001,http://127.0.0.1:8002
WAGTAILADMIN_BASE_URL=http://127.0.0.1:8080
SECURE_SSL_REDIRECT=false
SECURE_COOKIES=false
PAGE_CACHE=true
DEMO_SITE_HOSTNAME=127.0.0.1
DEMO_SITE_PORT=8080
CLUSTER_DIR=$CLUSTER_DIR
ENV
    chmod 600 "$ENV_FILE"
}

load_environment() {
    [[ -f "$ENV_FILE" ]] || { say "no $ENV_FILE yet: run \`make cluster\` first"; exit 1; }
    set -a
    # shellcheck source=/dev/null
    source "$ENV_FILE"
    set +a
}

manage() { (cd "$PROJECT_DIR" && .venv/bin/python manage.py "$@"); }

prepare_database() {
    create_database
    manage migrate --noinput --verbosity 0
    if [[ ! -f "$CLUSTER_DIR/demo-loaded" ]]; then
        say "loading the demo content (first start only: a few minutes)"
        manage load_demo --with-accounts >>"$(log_file demo)" 2>&1
        manage generate_renditions >>"$(log_file demo)" 2>&1
        touch "$CLUSTER_DIR/demo-loaded"
    fi
    manage shell -v 0 -c "
from django.contrib.auth import get_user_model
user, _ = get_user_model().objects.get_or_create(username='$CLUSTER_ADMIN_USERNAME', defaults={'email': 'cluster-admin@localhost'})
user.is_superuser = user.is_staff = user.is_active = True
user.set_password('$CLUSTER_ADMIN_PASSWORD')
user.save()"
    (cd "$PROJECT_DIR" && make -s tmp/secret_key staticfiles/staticfiles.json)
}

answers_200() { curl -fsS -o /dev/null --max-time 20 "$1" 2>/dev/null; }

smoke_check() {  # each address gets 30 s: a node that just started may answer 503 while it connects
    local failures=0 url
    for url in http://127.0.0.1:8080/fr/ http://127.0.0.1:8001/readyz http://127.0.0.1:8002/readyz; do
        if wait_for "$url" 30 answers_200 "$url"; then
            say "smoke check: $url 200"
        else
            say "smoke check FAILED: $url answers $(curl -s --max-time 20 "$url" | head -c 300)"
            failures=$((failures + 1))
        fi
    done
    return "$failures"
}

start_all() {
    install_packages
    mkdir -p "$CLUSTER_DIR/pids" "$CLUSTER_DIR/logs"
    start_one postgres
    start_one redis
    start_one s3proxy
    write_environment
    load_environment
    start_one opensearch-1
    start_one opensearch-2
    ready_service opensearch-1
    ready_service opensearch-2
    prepare_database
    start_one web-a
    ready_service web-a
    start_one web-b
    ready_service web-b
    start_one worker
    start_one balancer
    start_one front
    smoke_check
    say "up: the site at http://127.0.0.1:8080/ (admin: $CLUSTER_ADMIN_USERNAME, password in $ENV_FILE)"
}

stop_all() {
    local index
    for ((index = ${#SERVICES[@]} - 1; index >= 0; index--)); do
        stop_one "${SERVICES[$index]}"
    done
}

status() {
    local name state
    for name in "${SERVICES[@]}"; do
        if service_pid "$name" >/dev/null; then state=up; else state=down; fi
        printf '%-13s %-5s %s\n' "$name" "$state" "${SERVICE_PORT[$name]:+127.0.0.1:${SERVICE_PORT[$name]}}"
    done
}

known_service() {
    [[ " ${SERVICES[*]} " == *" ${1:-} "* ]] || { say "unknown service '${1:-}': one of ${SERVICES[*]}"; exit 2; }
}

command="${1:-start}"
if [[ "$command" != status ]]; then
    # One action at a time: tests run in parallel may stop and start the same service at once.
    mkdir -p "$CLUSTER_DIR"
    open_state_directory
    exec 9>"$CLUSTER_DIR/cluster.lock"
    flock 9
fi
case "$command" in
    start) start_all ;;
    stop) stop_all ;;
    status) status ;;
    start-service | stop-service | kill-service | restart-service)
        known_service "${2:-}"
        mkdir -p "$CLUSTER_DIR/pids" "$CLUSTER_DIR/logs"
        [[ "$command" != start-service ]] || load_environment
        case "$command" in
            start-service) start_one "$2" && ready_service "$2" ;;
            stop-service) stop_one "$2" ;;
            kill-service) kill_one "$2" ;;
            restart-service) stop_one "$2"; load_environment; start_one "$2" && ready_service "$2" ;;
        esac
        ;;
    *) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
