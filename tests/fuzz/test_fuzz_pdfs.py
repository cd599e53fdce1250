"""The bounded fuzz run of tests/fuzz/fuzz_pdfs.py as a CI test: seeded mutated sample PDFs
through extraction + recognition under the isolation wrapper. Never an exception out of the
pipeline, never a hang past the limit, never a crashed worker, never an unexplained failure."""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import fuzz_pdfs  # noqa: E402

CASES, SECONDS, TIMEOUT = 200, 60.0, 20.0


def test_fuzz_mutated_sample_pdfs():
    t0 = time.monotonic()
    report = fuzz_pdfs.run(cases=CASES, seconds=SECONDS, seed=7, timeout=TIMEOUT, memory_mb=1024)
    elapsed = time.monotonic() - t0
    assert report.cases >= 20  # the time budget is checked between batches of 20
    assert report.ok + report.failed == report.cases
    assert not report.findings, "\n".join(f"{n} ({how}): {reason}" for n, how, reason in report.findings)
    assert all(sec < TIMEOUT for sec, _, _ in report.slowest)
    assert elapsed < SECONDS + 2 * TIMEOUT + 30


def test_mutations_are_seeded():
    import random
    data = fuzz_pdfs.SAMPLES[0].read_bytes()
    a = [fuzz_pdfs.mutate(data, random.Random(3)) for _ in range(5)]
    b = [fuzz_pdfs.mutate(data, random.Random(3)) for _ in range(5)]
    assert a == b and all(m != data for m, _ in a)
