#!/usr/bin/env bash
# Start (or stop) the Elasticsearch-compatible engine used by the search app, on 127.0.0.1:9200.
#
#   scripts/search-engine.sh start   # download once through Maven, unpack, start, wait until healthy
#   scripts/search-engine.sh stop
#   scripts/search-engine.sh status
#
# The engine is OpenSearch's integ-test-zip from Maven Central, plus OpenSearch's analysis-common
# module (also from Maven Central), which brings the language analyzers, stemmers and
# asciifolding that per-locale search needs. Elasticsearch's integ-test-zip was tried first: it
# starts, but ships without analysis-common (no "french" analyzer, no asciifolding, no edge_ngram)
# and Elastic does not publish that module on Maven Central (see docs/benchmarks.md).
# Maven's local repository is the download cache. OpenSearch refuses to run as root: when run as
# root, the engine runs as an unprivileged system user (SEARCH_ENGINE_USER, created if missing).
set -euo pipefail

VERSION="${SEARCH_ENGINE_VERSION:-2.19.2}"
DISTRIBUTION="org.opensearch.distribution.integ-test-zip:opensearch:${VERSION}:zip"
ANALYSIS_MODULE="org.opensearch.plugin:analysis-common:${VERSION}"
PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ENGINE_DIR="${SEARCH_ENGINE_DIR:-$PROJECT_DIR/.search-engine}"
HOME_DIR="$ENGINE_DIR/opensearch-$VERSION"
DATA_DIR="$ENGINE_DIR/data"
LOG_DIR="$ENGINE_DIR/logs"
PID_FILE="$ENGINE_DIR/engine.pid"
PORT="${SEARCH_ENGINE_PORT:-9200}"
URL="http://127.0.0.1:$PORT"
HEAP="${SEARCH_ENGINE_HEAP:-512m}"
RUN_USER="${SEARCH_ENGINE_USER:-vivapolis-search}"
M2_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
ZIP="$M2_REPO/org/opensearch/distribution/integ-test-zip/opensearch/$VERSION/opensearch-$VERSION.zip"
MODULE_JAR="$M2_REPO/org/opensearch/plugin/analysis-common/$VERSION/analysis-common-$VERSION.jar"

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
    [[ -f "$MODULE_JAR" ]] || maven_get "$ANALYSIS_MODULE"
    if [[ ! -x "$HOME_DIR/bin/opensearch" ]]; then
        mkdir -p "$ENGINE_DIR"
        unzip -q -o "$ZIP" -d "$ENGINE_DIR"
    fi
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
    cat >"$HOME_DIR/config/opensearch.yml" <<YAML
cluster.name: vivapolis-search
node.name: vivapolis-search-1
network.host: 127.0.0.1
http.port: $PORT
discovery.type: single-node
path.data: $DATA_DIR
path.logs: $LOG_DIR
action.destructive_requires_name: false
cluster.routing.allocation.disk.threshold_enabled: false
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
        chown -R "$RUN_USER" "$ENGINE_DIR"
        launcher=(runuser -u "$RUN_USER" --)
    fi
    if ! running_pid >/dev/null; then
        local java_home="${OPENSEARCH_JAVA_HOME:-${JAVA_HOME:-}}"
        [[ -n "$java_home" ]] || java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
        echo "Starting the search engine (OpenSearch $VERSION, heap $HEAP) at $URL"
        "${launcher[@]}" env OPENSEARCH_JAVA_HOME="$java_home" \
            "$HOME_DIR/bin/opensearch" -d -p "$PID_FILE" >"$LOG_DIR/startup.log" 2>&1 </dev/null
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
        kill "$pid"
        for attempt in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        echo "Search engine stopped"
    else
        echo "Search engine not running"
    fi
    rm -f "$PID_FILE"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status) if healthy; then echo "running at $URL"; else echo "not running"; exit 1; fi ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
