#!/usr/bin/env bash
# Start (or stop) S3Proxy, an S3-compatible object store on the local file system, for the media.
#
#   scripts/s3proxy.sh start    # download once through Maven, start on 127.0.0.1:$S3PROXY_PORT, wait, create the bucket
#   scripts/s3proxy.sh stop
#   scripts/s3proxy.sh status
#
# `start` is idempotent and prints one line on standard output, the setting to use (progress goes to
# standard error):  MEDIA_STORAGE_URL=s3://ACCESS_KEY:SECRET@127.0.0.1:PORT/BUCKET
# Environment: S3PROXY_PORT (8081), S3PROXY_DATA_DIR (tmp/s3proxy), S3PROXY_ACCESS_KEY, S3PROXY_SECRET_KEY,
# S3PROXY_BUCKET (vivapolis-media), S3PROXY_LOG_FILE and S3PROXY_PID_FILE (in the data dir). The buckets are
# folders of $S3PROXY_DATA_DIR/buckets. Maven's local repository is the download cache.
#
# The filesystem backend stores an object's "public-read" ACL as the file's others-read permission, so
# S3Proxy runs with umask 077: the bucket and every object are private unless the site asks otherwise
# (operations/object_storage.py makes images public, never documents).
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=stop-process.sh
source "$PROJECT_DIR/scripts/stop-process.sh"
VERSION="2.6.0"
ARTIFACT="org.gaul:s3proxy:$VERSION:jar:jar-with-dependencies"
M2_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
JAR="$M2_REPO/org/gaul/s3proxy/$VERSION/s3proxy-$VERSION-jar-with-dependencies.jar"
PORT="${S3PROXY_PORT:-8081}"
DATA_DIR="$(realpath -m "${S3PROXY_DATA_DIR:-$PROJECT_DIR/tmp/s3proxy}")"
ACCESS_KEY="${S3PROXY_ACCESS_KEY:-vivapolis}"
SECRET_KEY="${S3PROXY_SECRET_KEY:-vivapolis-media-secret}"
BUCKET="${S3PROXY_BUCKET:-vivapolis-media}"
HEAP="${S3PROXY_HEAP:-256m}"
BUCKETS_DIR="$DATA_DIR/buckets"
PID_FILE="${S3PROXY_PID_FILE:-$DATA_DIR/s3proxy.pid}"
LOG_FILE="${S3PROXY_LOG_FILE:-$DATA_DIR/s3proxy.log}"
URL="http://127.0.0.1:$PORT"

say() { echo "$*" >&2; }

# Any HTTP answer means S3Proxy listens (an anonymous request gets 403 AccessDenied).
answering() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL/" 2>/dev/null | grep -qv '^000$'
}

running_pid() {
    [[ -f "$PID_FILE" ]] || return 1
    local pid
    pid="$(cat "$PID_FILE")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

signed() {  # an S3 request signed with AWS signature v4 (curl's own signer)
    curl -s -o /dev/null -w '%{http_code}' --max-time 10 --aws-sigv4 "aws:amz:us-east-1:s3" \
        --user "$ACCESS_KEY:$SECRET_KEY" "$@" \
        -H "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
}

download() {
    [[ -f "$JAR" ]] && return 0
    command -v mvn >/dev/null || { say "Maven (mvn) is needed to download S3Proxy."; exit 1; }
    say "Downloading S3Proxy $VERSION through Maven..."
    mvn -q dependency:get -Dartifact="$ARTIFACT" -Dmaven.repo.local="$M2_REPO" >&2
}

configure() {
    mkdir -p "$BUCKETS_DIR" "$(dirname "$PID_FILE")" "$(dirname "$LOG_FILE")"
    chmod 700 "$DATA_DIR" "$BUCKETS_DIR"
    cat >"$DATA_DIR/s3proxy.conf" <<PROPERTIES
s3proxy.endpoint=$URL
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$ACCESS_KEY
s3proxy.credential=$SECRET_KEY
jclouds.provider=filesystem
jclouds.identity=$ACCESS_KEY
jclouds.credential=$SECRET_KEY
jclouds.filesystem.basedir=$BUCKETS_DIR
PROPERTIES
    chmod 600 "$DATA_DIR/s3proxy.conf"
}

launch() {
    command -v java >/dev/null || { say "Java 17 is needed to run S3Proxy."; exit 1; }
    download
    configure
    say "Starting S3Proxy $VERSION at $URL (data in $DATA_DIR)"
    (umask 077; exec nohup java "-Xmx$HEAP" -jar "$JAR" --properties "$DATA_DIR/s3proxy.conf" \
        >"$LOG_FILE" 2>&1 </dev/null) &
    echo $! >"$PID_FILE"
    for _ in $(seq 1 60); do
        answering && return 0
        running_pid >/dev/null || { say "S3Proxy exited; see $LOG_FILE"; exit 1; }
        sleep 1
    done
    say "S3Proxy did not answer in 60 s; see $LOG_FILE"
    exit 1
}

create_bucket() {
    [[ "$(signed --head "$URL/$BUCKET")" == 200 ]] && return 0
    local status
    status="$(signed -X PUT "$URL/$BUCKET")"
    [[ "$status" == 200 ]] || { say "Could not create the bucket $BUCKET (HTTP $status); see $LOG_FILE"; exit 1; }
    say "Created the bucket $BUCKET"
}

start() {
    if answering; then
        say "S3Proxy already answering at $URL"
    else
        running_pid >/dev/null && stop
        launch
    fi
    create_bucket
    echo "MEDIA_STORAGE_URL=s3://$ACCESS_KEY:$SECRET_KEY@127.0.0.1:$PORT/$BUCKET"
}

stop() {
    local pid
    if pid="$(running_pid)"; then
        stop_process "$pid"
        say "S3Proxy stopped"
    else
        say "S3Proxy not running"
    fi
    rm -f "$PID_FILE"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status) if answering; then echo "running at $URL"; else echo "not running"; exit 1; fi ;;
    *) say "usage: $0 start|stop|status"; exit 2 ;;
esac
