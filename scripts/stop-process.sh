# Sourced by the service scripts: stop_process PID stops a process (SIGTERM) and waits up to 30 s for it to exit.
stop_process() {
    kill "$1"
    for _ in $(seq 1 30); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 1
    done
}
