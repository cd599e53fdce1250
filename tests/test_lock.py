"""The output-folder lock, held by a real second process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.lock import LOCK_NAME, LockedError, OutputLock, read_holder

ROOT = Path(__file__).resolve().parents[1]

HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from pipeline.lock import OutputLock
with OutputLock({out!r}, command=["holder", "run"]):
    print("locked", flush=True)
    sys.stdin.readline()          # hold until the test writes a line or closes stdin
print("released", flush=True)
"""


def start_holder(out: Path) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT), out=str(out))],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline()                      # blocks until the child holds the lock
    assert line.strip() == "locked", line
    return p


def stop(p: subprocess.Popen) -> None:
    if p.poll() is None:
        p.kill()
    p.wait(timeout=10)
    for stream in (p.stdin, p.stdout):
        if stream:
            stream.close()


def test_second_process_is_refused_with_holder_details(tmp_path):
    out = tmp_path / "out"
    p = start_holder(out)
    try:
        with pytest.raises(LockedError) as info:
            with OutputLock(out):
                pass
        e = info.value
        assert e.pid == p.pid and e.started and e.command == ["holder", "run"]
        msg = str(e)
        assert f"pid {p.pid}" in msg and e.started in msg and str(out) in msg
        assert read_holder(out / LOCK_NAME)["pid"] == p.pid
    finally:
        p.stdin.write("go\n")
        p.stdin.flush()
        assert p.stdout.readline().strip() == "released"
        stop(p)
    # Released: now we get it, and our own details are in the file while we hold it.
    with OutputLock(out, command=["test"]) as lock:
        assert lock.held and read_holder(out / LOCK_NAME)["pid"] == os.getpid()
    assert not lock.held and read_holder(out / LOCK_NAME) == {}
    assert (out / LOCK_NAME).exists()               # the file stays; only the flock goes


def test_killed_holder_releases_the_lock(tmp_path):
    out = tmp_path / "out"
    p = start_holder(out)
    try:
        with pytest.raises(LockedError):
            OutputLock(out).acquire()
    finally:
        p.kill()                                    # kill -9: no clean-up code runs
        stop(p)
    deadline = time.monotonic() + 10
    while True:                                     # the kernel drops the flock at exit
        try:
            with OutputLock(out):
                break
        except LockedError:
            assert time.monotonic() < deadline
            time.sleep(0.05)


def test_child_process_cannot_take_a_lock_we_hold(tmp_path):
    out = tmp_path / "out"
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from pipeline.lock import OutputLock, LockedError\n"
            "try:\n    OutputLock(%r).acquire()\nexcept LockedError as e:\n"
            "    print(e); sys.exit(3)\n") % (str(ROOT), str(out))
    with OutputLock(out, command=["parent"]):
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert r.returncode == 3 and f"pid {os.getpid()}" in r.stdout and "locked by" in r.stdout
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stdout + r.stderr


def test_same_process_second_lock_refused_and_reacquire(tmp_path):
    first = OutputLock(tmp_path).acquire()
    try:
        with pytest.raises(LockedError):
            OutputLock(tmp_path).acquire()
        with pytest.raises(RuntimeError):
            first.acquire()
    finally:
        first.release()
    first.release()                                 # idempotent
    with OutputLock(tmp_path):
        pass


def test_lock_file_content_is_json(tmp_path):
    with OutputLock(tmp_path, command=["cli.py", "run"]):
        data = json.loads((tmp_path / LOCK_NAME).read_text())
    assert set(data) == {"pid", "host", "started", "command"} and data["command"] == ["cli.py", "run"]
