#!/usr/bin/env bash
# Start (or stop) an Elasticsearch-compatible engine for the search app.
#
#   scripts/search-engine.sh start   # OpenSearch on 127.0.0.1:9200: download once through Maven, unpack, start, wait
#   scripts/search-engine.sh stop
#   scripts/search-engine.sh status
#   scripts/search-engine.sh start elasticsearch   # Elasticsearch 8 on 127.0.0.1:9201 (stop, status likewise)
#   source scripts/search-engine.sh library opensearch   # only its functions (scripts/cluster/ installs with them)
#
# OpenSearch is its integ-test-zip from Maven Central plus OpenSearch's analysis-common module (also
# from Maven Central), which brings the language analyzers, stemmers and asciifolding that per-locale
# search needs. Elasticsearch is its integ-test-zip from Maven Central, which has no analysis-common
# module and Elastic does not publish it there: its indexes use the standard analyser
# (search/backends/elasticsearch8.py, docs/benchmarks.md); CI runs the engine tests against it.
# Maven's local repository is the download cache. Neither engine runs as root: when run as root,
# the engine runs as an unprivileged system user (SEARCH_ENGINE_USER, created if missing).
set -euo pipefail

FLAVOUR="${2:-opensearch}"
PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=stop-process.sh
source "$PROJECT_DIR/scripts/stop-process.sh"
ENGINE_DIR="${SEARCH_ENGINE_DIR:-$PROJECT_DIR/.search-engine}"
HEAP="${SEARCH_ENGINE_HEAP:-512m}"
RUN_USER="${SEARCH_ENGINE_USER:-vivapolis-search}"
M2_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
case "$FLAVOUR" in
    opensearch)
        VERSION="${SEARCH_ENGINE_VERSION:-2.19.2}"
        DISTRIBUTION="org.opensearch.distribution.integ-test-zip:opensearch:${VERSION}:zip"
        ANALYSIS_MODULE="org.opensearch.plugin:analysis-common:${VERSION}"
        ZIP="$M2_REPO/org/opensearch/distribution/integ-test-zip/opensearch/$VERSION/opensearch-$VERSION.zip"
        MODULE_JAR="$M2_REPO/org/opensearch/plugin/analysis-common/$VERSION/analysis-common-$VERSION.jar"
        HOME_DIR="$ENGINE_DIR/opensearch-$VERSION"
        STATE_DIR="$ENGINE_DIR"
        PORT="${SEARCH_ENGINE_PORT:-9200}"
        NAME="OpenSearch"
        EXECUTABLE="opensearch"
        JAVA_HOME_VARIABLE="OPENSEARCH_JAVA_HOME"
        ;;
    elasticsearch)
        VERSION="${SEARCH_ENGINE_VERSION:-8.19.7}"
        DISTRIBUTION="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${VERSION}:zip"
        ZIP="$M2_REPO/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$VERSION/elasticsearch-$VERSION.zip"
        HOME_DIR="$ENGINE_DIR/elasticsearch-$VERSION"
        STATE_DIR="$ENGINE_DIR/elasticsearch"
        PORT="${SEARCH_ENGINE_PORT:-9201}"
        NAME="Elasticsearch"
        EXECUTABLE="elasticsearch"
        JAVA_HOME_VARIABLE="ES_JAVA_HOME"
        ;;
    *) echo "unknown engine $FLAVOUR: opensearch or elasticsearch" >&2; exit 2 ;;
esac
DATA_DIR="$STATE_DIR/data"
LOG_DIR="$STATE_DIR/logs"
PID_FILE="$STATE_DIR/engine.pid"
URL="http://127.0.0.1:$PORT"

healthy() {
    curl -fsS "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

running_pid() {
    if [[ -f "$PID_FILE" ]]; then
        local pid
        pid="$(cat "$PID_FILE")"
        if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
            echo "$pid"
            return 0
        fi
    fi
    return 1
}

maven_get() {
    command -v mvn >/dev/null || { echo "Maven (mvn) is needed to download $1." >&2; exit 1; }
    echo "Downloading $1 through Maven..."
    mvn -q dependency:get -Dartifact="$1" -Dmaven.repo.local="$M2_REPO"
}

install_engine() {
    [[ -f "$ZIP" ]] || maven_get "$DISTRIBUTION"
    if [[ ! -x "$HOME_DIR/bin/$EXECUTABLE" ]]; then
        mkdir -p "$ENGINE_DIR"
        unzip -q -o "$ZIP" -d "$ENGINE_DIR"
    fi
    [[ "$FLAVOUR" == opensearch ]] && install_opensearch_analysis
    return 0
}

install_opensearch_analysis() {
    [[ -f "$MODULE_JAR" ]] || maven_get "$ANALYSIS_MODULE"
    local module_dir="$HOME_DIR/modules/analysis-common"
    if [[ ! -f "$module_dir/plugin-descriptor.properties" ]]; then
        mkdir -p "$module_dir"
        cp "$MODULE_JAR" "$module_dir/"
        # The painless extension it also declares is only loaded when lang-painless is present.
        cat >"$module_dir/plugin-descriptor.properties" <<PROPS
description=Adds analysis components (language analyzers, stemmers, folding, n-grams)
version=$VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
PROPS
    fi
}

configure() {
    mkdir -p "$DATA_DIR" "$LOG_DIR"
    local security=""
    [[ "$FLAVOUR" == elasticsearch ]] && security="xpack.security.enabled: false"
    cat >"$HOME_DIR/config/$EXECUTABLE.yml" <<YAML
cluster.name: vivapolis-search
node.name: vivapolis-search-1
network.host: 127.0.0.1
http.port: $PORT
discovery.type: single-node
path.data: $DATA_DIR
path.logs: $LOG_DIR
action.destructive_requires_name: false
cluster.routing.allocation.disk.threshold_enabled: false
$security
YAML
    mkdir -p "$HOME_DIR/config/jvm.options.d"
    printf -- "-Xms%s\n-Xmx%s\n" "$HEAP" "$HEAP" >"$HOME_DIR/config/jvm.options.d/heap.options"
}

start() {
    if healthy; then
        echo "Search engine already running at $URL"
        return 0
    fi
    command -v java >/dev/null || { echo "Java 17 is needed to run the search engine." >&2; exit 1; }
    install_engine
    configure
    local launcher=()
    if [[ "$(id -u)" == 0 ]]; then
        id "$RUN_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
        chown -R "$RUN_USER" "$HOME_DIR" "$STATE_DIR"
        launcher=(runuser -u "$RUN_USER" --)
    fi
    if ! running_pid >/dev/null; then
        local java_home="${!JAVA_HOME_VARIABLE:-${JAVA_HOME:-}}"
        [[ -n "$java_home" ]] || java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
        echo "Starting the search engine ($NAME $VERSION, heap $HEAP) at $URL"
        "${launcher[@]}" env "$JAVA_HOME_VARIABLE=$java_home" \
            "$HOME_DIR/bin/$EXECUTABLE" -d -p "$PID_FILE" >"$LOG_DIR/startup.log" 2>&1 </dev/null
    fi
    for attempt in $(seq 1 120); do
        if healthy; then
            echo "Search engine ready at $URL"
            return 0
        fi
        if [[ $attempt -gt 10 ]] && ! running_pid >/dev/null; then
            echo "The search engine exited; see $LOG_DIR/vivapolis-search.log and $LOG_DIR/startup.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "The search engine did not become healthy in 120 s; see $LOG_DIR/vivapolis-search.log" >&2
    exit 1
}

stop() {
    local pid
    if pid="$(running_pid)"; then
        stop_process "$pid"
        echo "Search engine stopped"
    else
        echo "Search engine not running"
    fi
    rm -f "$PID_FILE"
}

# Sourced (scripts/cluster/ reuses the download, unpack and analysis-module functions): define, run nothing.
# Pass the flavour as the second argument: `source scripts/search-engine.sh library opensearch`.
[[ "${BASH_SOURCE[0]}" == "$0" ]] || return 0

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status) if healthy; then echo "running at $URL"; else echo "not running"; exit 1; fi ;;
    *) echo "usage: $0 start|stop|status [opensearch|elasticsearch]" >&2; exit 2 ;;
esac
