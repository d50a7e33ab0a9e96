#!/usr/bin/env bash
# The figures of docs/deployment.md, measured against the running local cluster (`make cluster`):
#
#   scripts/cluster/measure.sh [front|balancer|sizes|all]     (all by default; figures on standard output)
#
# front     wrk -t2 -c32 -d10s on cached pages through the front cache (Varnish, :8080).
# balancer  bench/pages.py side by side: A = one app server with 4 workers, B = a second HAProxy (same
#           haproxy.cfg) over two app servers with 2 workers each; page cache off (uncached), then on
#           (cached). They run beside the cluster (ports 8003-8005, 8094-8095) on a copy of its database in a
#           private PostgreSQL (:5441) and a private Redis (:6391), so that the failure tests, which stop the
#           cluster's services, neither disturb the figures nor are disturbed by them.
# sizes     the cluster's database, engine indexes and bucket; and those of the 10,000 fact sheets that
#           bench/search.py generates into the private PostgreSQL (database vivapolis_bench) and the engine:
#           BENCH_DATABASE_URL=postgresql://vivapolis:vivapolis@127.0.0.1:5441/vivapolis_bench \
#           SEARCH_URL=http://127.0.0.1:9210,http://127.0.0.1:9211 SEARCH_REPLICAS=1 bench/search.py --count 10000
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"
CLUSTER_DIR="${CLUSTER_DIR:-$PROJECT_DIR/tmp/cluster}"
DURATION="${MEASURE_DURATION:-5}"
LANGUAGES="${MEASURE_LANGUAGES:-fr ar}"
RUNS="${MEASURE_RUNS:-1}"  # runs per page and side (bench/pages.py keeps the median)
CONNECTIONS="${MEASURE_CONNECTIONS:-4}"  # one per worker: uncached pages then stay under wrk's 2 s timeout
# MEASURE_PAGE_CACHE="true" measures the cached run of `balancer` alone ("false true" by default).
export CLUSTER_DIR

# shellcheck source=services.sh
source "$SCRIPT_DIR/services.sh"

[[ -f "$CLUSTER_DIR/cluster.env" ]] || { say "start the cluster first: make cluster"; exit 1; }
set -a
# shellcheck source=/dev/null
source "$CLUSTER_DIR/cluster.env"
set +a
command -v wrk >/dev/null || bash "$PROJECT_DIR/scripts/install-system-deps.sh" bench

wrk_rate() {  # requests per second of `wrk -t2 -c32 -d10s URL [HEADER]`
    wrk -t2 -c32 -d10s ${2:+-H "$2"} "$1" | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "non-2xx:", $0 > "/dev/stderr"}'
}

measure_front() {
    local page url
    echo "== Front cache (Varnish :8080), wrk -t2 -c32 -d10s, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1 /proc/loadavg)"
    for page in /fr/ /ar/ /robots.txt "$(fact_sheet_path)"; do
        url="$FRONT_URL$page"
        curl -fsS -o /dev/null "$url" && curl -fsS -o /dev/null "$url"
        # Browsers ask for gzip, wrk does not: Varnish keeps a variant of each page for both.
        echo "$page ($(curl -sI "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-front-cache" {print $2}')):" \
            "$(wrk_rate "$url" "Accept-Encoding: gzip") req/s with gzip as browsers ask," \
            "$(wrk_rate "$url") req/s without"
    done
}

fact_sheet_path() {
    (cd "$PROJECT_DIR" && .venv/bin/python manage.py shell -v 0 -c "
from showcase.models import FactSheetPage
print(FactSheetPage.objects.live().filter(locale__language_code='fr').order_by('path').first().url)" 2>/dev/null | tail -n 1)
}

answers_200() { curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; }

BENCH_PG_DATA="$CLUSTER_DIR/measure/postgres"
BENCH_DATABASE_URL=postgresql://vivapolis:vivapolis@127.0.0.1:5441/vivapolis_site

bench_psql() { as_owner postgres "$PG_BIN/psql" -h 127.0.0.1 -p 5441 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

private_services() {  # a PostgreSQL with a copy of the cluster's database, and a Redis, for the bench servers
    if ! service_pid bench-postgres >/dev/null; then
        mkdir -p "$BENCH_PG_DATA"
        chown postgres "$BENCH_PG_DATA" 2>/dev/null || true
        chmod 700 "$BENCH_PG_DATA"
        [[ -f "$BENCH_PG_DATA/PG_VERSION" ]] || as_owner postgres "$PG_BIN/initdb" -D "$BENCH_PG_DATA" -U postgres \
            -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
        launch bench-postgres postgres "$PG_BIN/postgres" -D "$BENCH_PG_DATA" -p 5441 -c listen_addresses=127.0.0.1 \
            -c unix_socket_directories="$BENCH_PG_DATA" -c max_connections=100
        wait_for "the bench PostgreSQL" 60 "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p 5441
        bench_psql -c "CREATE ROLE vivapolis LOGIN CREATEDB PASSWORD 'vivapolis'" 2>/dev/null || true
    fi
    bench_psql -c "DROP DATABASE IF EXISTS vivapolis_site" -c "CREATE DATABASE vivapolis_site OWNER vivapolis"
    as_owner postgres "$PG_BIN/pg_dump" -h "$PG_SOCKET_DIR" -p 5440 -U postgres --no-owner vivapolis \
        | bench_psql -U vivapolis -d vivapolis_site -o /dev/null
    bench_psql -d vivapolis_site -c "ANALYZE"
    service_pid bench-redis >/dev/null || launch bench-redis "" redis-server --bind 127.0.0.1 --port 6391 --save "" \
        --appendonly no
    wait_for "the bench Redis" 30 redis-cli -p 6391 ping
}

bench_server() {  # bench_server NAME PORT WORKERS PAGE_CACHE
    launch "$1" "" env DJANGO_SETTINGS_MODULE=bench.production_settings PAGE_CACHE="$4" FRONT_CACHE_URL= \
        DATABASE_URL="$BENCH_DATABASE_URL" CACHE_URL=redis://127.0.0.1:6391/0 "$PROJECT_DIR/.venv/bin/gunicorn" vivapolis.wsgi \
        --config "$PROJECT_DIR/vivapolis/gunicorn.py" --chdir "$PROJECT_DIR" --bind "127.0.0.1:$2" --workers "$3"
    wait_for "$1" 90 answers_200 "http://127.0.0.1:$2/healthz"
}

bench_balancer() {
    launch bench-balancer "" env APP_SERVER_WORKERS=2 BALANCER_PORT=8094 BALANCER_STATS_PORT=8095 WEB_A_PORT=8004 WEB_B_PORT=8005 \
        BALANCER_SOCKET="$CLUSTER_DIR/bench-haproxy.sock" haproxy -f "$SCRIPT_DIR/haproxy.cfg"
    wait_for "the second HAProxy" 30 answers_200 "http://127.0.0.1:8094/healthz"
    sleep 3  # both servers seen up by two checks each
}

stop_bench() {
    local name
    for name in bench-balancer bench-single bench-a bench-b; do stop_one "$name" 2>/dev/null; done
    return 0
}

measure_balancer() {
    local page_cache label
    trap 'stop_bench; stop_one bench-redis; stop_one bench-postgres' EXIT
    private_services
    for page_cache in ${MEASURE_PAGE_CACHE:-false true}; do
        label="$([[ $page_cache == true ]] && echo cached || echo uncached)"
        redis-cli -p 6391 flushall >/dev/null
        bench_server bench-single 8003 4 "$page_cache"
        bench_server bench-a 8004 2 "$page_cache"
        bench_server bench-b 8005 2 "$page_cache"
        bench_balancer
        echo "== bench/pages.py, $label (page cache $page_cache): A = one server, 4 workers; B = HAProxy over two servers, 2 workers each"
        # shellcheck disable=SC2086
        (cd "$PROJECT_DIR" && DATABASE_URL="$BENCH_DATABASE_URL" .venv/bin/python bench/pages.py --duration "$DURATION" --runs "$RUNS" --connections "$CONNECTIONS" --languages $LANGUAGES \
            --base-url http://127.0.0.1:8003 --base-url http://127.0.0.1:8094)
        stop_bench
    done
}

SIZE_QUERY="SELECT current_database() || ': ' || (SELECT count(*) FROM showcase_factsheetpage) || ' fact sheet pages, '
    || (SELECT count(*) FROM wagtailcore_page) || ' pages, ' || (SELECT count(*) FROM wagtailcore_revision)
    || ' revisions, database ' || pg_size_pretty(pg_database_size(current_database()))"

measure_sizes() {
    echo "== Sizes, $(date -u '+%Y-%m-%d %H:%M UTC')"
    postgres_command -tA -d vivapolis -c "$SIZE_QUERY"
    bench_psql -tA -d vivapolis_bench -c "$SIZE_QUERY" 2>/dev/null || echo "vivapolis_bench: not generated (see above)"
    echo "engine indexes (documents, primary store, with the replica):"
    curl -fsS "http://127.0.0.1:9210/_cat/indices?h=index,docs.count,pri.store.size,store.size&s=index"
    echo "media bucket: $(du -sh "$CLUSTER_DIR/s3proxy/buckets" | cut -f1)"
}

case "${1:-all}" in
    front) measure_front ;;
    balancer) measure_balancer ;;
    sizes) measure_sizes ;;
    all) measure_front; measure_sizes; measure_balancer ;;
    *) sed -n '2,16p' "$0" >&2; exit 2 ;;
esac
