"""An exclusive, non-blocking lock on an output folder, so two runs cannot interleave.

    from pipeline.lock import LockedError, OutputLock

    try:
        with OutputLock(out_dir):
            ...                                 # the whole run
    except LockedError as e:
        print(e, file=sys.stderr)               # names the holder's pid and start time
        sys.exit(3)

The lock is `fcntl.flock(LOCK_EX | LOCK_NB)` on `OUT_DIR/.lock`. The kernel releases it when
the holding process exits, however it exits (crash, kill -9, power loss), so there is never
a stale lock to clean up by hand. The file itself stays; while held it contains JSON with
the holder's pid, host, start time and command line, which is what `LockedError` reports.
Note: flock is per open file, so a second `OutputLock` on the same folder in the same
process is refused too; a child made with fork() while the lock is held shares it until it
exits or closes the descriptor. flock over NFS depends on the server; use a local folder.
"""
from __future__ import annotations

import fcntl
import json
import os
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

LOCK_NAME = ".lock"


class LockedError(RuntimeError):
    """Another process holds the lock. Attributes: path, pid, started, host, command."""

    def __init__(self, path: Path, holder: dict):
        self.path = Path(path)
        self.holder = holder
        self.pid = holder.get("pid")
        self.started = holder.get("started")
        self.host = holder.get("host")
        self.command = holder.get("command")
        who = f"pid {self.pid}" if self.pid else "another process (pid not recorded yet)"
        if self.host and self.host != socket.gethostname():
            who += f" on {self.host}"
        since = f", running since {self.started}" if self.started else ""
        super().__init__(f"output folder {self.path.parent} is locked by {who}{since} "
                         f"(lock file {self.path}); wait for that run to finish")


def read_holder(path: Path | str) -> dict:
    """What the lock file says about its holder ({} when empty or unreadable)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text) if text.strip() else {}
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


class OutputLock:
    """Context manager (or acquire()/release()) holding OUT_DIR/.lock exclusively."""

    def __init__(self, out_dir: Path | str, command: list[str] | None = None):
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / LOCK_NAME
        self.command = command if command is not None else list(sys.argv)
        self._fd: int | None = None
        self.info: dict = {}

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "OutputLock":
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is already held by this OutputLock")
        self.out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise LockedError(self.path, read_holder(self.path)) from None
        except BaseException:
            os.close(fd)
            raise
        self.info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
            "command": self.command,
        }
        data = json.dumps(self.info).encode("utf-8")
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0)
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)        # no stale holder details once released
        except OSError:
            pass
        finally:
            # Closing drops the flock. The file is never unlinked: removing it would let a
            # waiting process lock the old inode while a new one locks a fresh file.
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):  # a forgotten lock is released when the object goes
        try:
            self.release()
        except Exception:
            pass


def lock_output(out_dir: Path | str, command: list[str] | None = None) -> OutputLock:
    """OutputLock(out_dir, command): use as `with lock_output(out): ...`."""
    return OutputLock(out_dir, command)


__all__ = ["OutputLock", "LockedError", "lock_output", "read_holder", "LOCK_NAME"]
