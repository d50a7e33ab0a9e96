"""Run several commands as one: the web server and the background worker for `make run` and `make serve`.

    python scripts/run_together.py "web=manage.py runserver" "worker=manage.py run_worker"

Each command (split as a shell would, but run without one) gets its own process group, so Ctrl-C
in the terminal reaches only this script, which then asks every command once to stop (SIGTERM)
and waits for it: the worker finishes the task it is running (up to GRACE_SECONDS, then it is
killed, and its task runs again when a worker starts: background/recovery.py). When one command
stops by itself, the others are stopped too, and this script exits with that command's exit code.
"""

import os
import shlex
import signal
import subprocess
import sys
import time

GRACE_SECONDS = 30
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def parse(arguments):
    commands = dict(argument.split("=", 1) for argument in arguments if "=" in argument)
    if not commands or len(commands) != len(arguments):
        sys.exit(__doc__)
    return commands


def signal_group(process, signum):
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        pass


def stop_all(processes):
    for process in processes.values():
        if process.poll() is None:
            signal_group(process, signal.SIGTERM)
    deadline = time.monotonic() + GRACE_SECONDS
    for name, process in processes.items():
        try:
            process.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            print(f"{name} did not stop within {GRACE_SECONDS} s: killed.", file=sys.stderr, flush=True)
            signal_group(process, signal.SIGKILL)
            process.wait()


def main(arguments):
    commands = parse(arguments)
    stop_requested = []
    for signum in STOP_SIGNALS:
        signal.signal(signum, lambda signum, frame: stop_requested.append(signum))
    processes = {name: subprocess.Popen(shlex.split(command), start_new_session=True) for name, command in commands.items()}
    while not stop_requested and all(process.poll() is None for process in processes.values()):
        time.sleep(0.2)
    ended = [(name, process.returncode) for name, process in processes.items() if process.returncode is not None]
    if ended and not stop_requested:
        print(f"{ended[0][0]} stopped (exit code {ended[0][1]}): stopping the others.", file=sys.stderr, flush=True)
    stop_all(processes)
    return ended[0][1] if ended and not stop_requested else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
