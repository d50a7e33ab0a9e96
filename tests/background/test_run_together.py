"""`make run` and `make serve` start the web server and the worker together, and stop them together."""

import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "run_together.py"


def python(code):
    return shlex.join([sys.executable, "-c", code])


def finishing_on_sigterm(marker):
    """A worker busy with a task: on SIGTERM it finishes the task (half a second), then leaves."""
    return python(
        "import signal, sys, time, pathlib\n"
        f"def finish(*_):\n time.sleep(0.5); pathlib.Path({str(marker)!r}).write_text(\"finished\"); sys.exit(0)\n"
        "signal.signal(signal.SIGTERM, finish)\n"
        "time.sleep(60)"
    )


def wait_for(condition, timeout=10):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_ctrl_c_stops_both_and_lets_the_worker_finish_its_task(tmp_path):
    marker, started = tmp_path / "worker.done", tmp_path / "web.started"
    web = python(f"import pathlib, time; pathlib.Path({str(started)!r}).touch(); time.sleep(60)")
    together = subprocess.Popen([sys.executable, str(SCRIPT), f"web={web}", f"worker={finishing_on_sigterm(marker)}"])
    wait_for(started.exists)
    time.sleep(0.3)  # the worker has set its signal handler

    together.send_signal(signal.SIGINT)

    assert together.wait(timeout=10) == 0
    assert marker.read_text() == "finished"


def test_when_the_web_server_stops_the_worker_stops_too(tmp_path):
    marker = tmp_path / "worker.done"
    together = subprocess.run(
        [sys.executable, str(SCRIPT), f"web={python('import time, sys; time.sleep(0.5); sys.exit(3)')}", f"worker={finishing_on_sigterm(marker)}"],
        capture_output=True, text=True, timeout=20,
    )

    assert together.returncode == 3
    assert "web stopped (exit code 3): stopping the others." in together.stderr
    assert marker.read_text() == "finished"


def test_a_command_without_a_name_is_refused():
    together = subprocess.run([sys.executable, str(SCRIPT), "manage.py runserver"], capture_output=True, text=True, timeout=10)

    assert together.returncode == 1
    assert 'run_together.py "web=manage.py runserver"' in together.stderr  # how to call it
