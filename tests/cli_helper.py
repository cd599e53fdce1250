"""Running `python cli.py ...` as a user does, in a real subprocess, for the end-to-end tests."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"


def cli(*args, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
