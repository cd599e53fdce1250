"""Bounded mutation fuzzing of extraction + recognition on the sample PDFs.

    .venv/bin/python tests/fuzz/fuzz_pdfs.py --cases 200 --seconds 60 --seed 1 [--save DIR]

Each case is a sample PDF (corpora/sample/*.pdf) with seeded mutations: byte flips, a
truncation, a duplicated or deleted chunk, or a PDF token spliced in (huge numbers, broken
dictionaries, bogus /Length, dangling references). Every case goes through
`runner.process_document` under the isolation wrapper (pipeline/isolate.py) with a time and a
memory limit, exactly as `cli.py run` reads a document.

A case passes when it ends as a processed document or as a failure with a recognised reason.
Findings are cases that timed out, ran out of memory, crashed the worker, or failed with an
"unexpected error" (an exception no layer turned into a reason). They are printed, saved
with --save, and make the exit code 1. The same seed gives the same cases.
"""
from __future__ import annotations

import argparse
import logging
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SAMPLES = sorted((ROOT / "corpora" / "sample").rglob("*.pdf"))
# Reasons a broken PDF may legitimately fail with; anything else is a finding.
EXPECTED = ("corrupt PDF", "not a PDF", "PDF has zero pages", "encrypted PDF", "empty file", "refused:")
TOKENS = [b"99999999999999999999", b"-1", b"<<", b">>", b"[", b"]", b"/Length 99999999", b"/Length -5",
          b"0 R", b"999 0 R", b"obj", b"endobj", b"stream\n", b"endstream", b"/Kids [1 0 R]",
          b"/Filter /FlateDecode", b"/Filter /LZWDecode", b"(", b")", b"\\", b"%%EOF", b"xref", b"1e308",
          b"/Type /Pages", b"/Count 2147483647", b"/MediaBox [0 0 0 0]", b"/W [1 2 1]"]


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One or two mutations; returns the new bytes and a description."""
    out = bytearray(data)
    done = []
    for _ in range(rng.randint(1, 2)):
        kind = rng.choice(["flip", "stream", "stream", "truncate", "duplicate", "delete", "token", "token"])
        n = len(out)
        if n < 16:
            break
        starts = [m.end() for m in re.finditer(rb"stream\r?\n", out)]
        if kind == "stream" and starts:
            # Inside a (usually compressed) stream: the file still parses, the page does not.
            at = rng.choice(starts)
            k = rng.randint(1, 8)
            for _ in range(k):
                i = min(n - 1, at + rng.randrange(64))
                out[i] = rng.randrange(256)
            done.append(f"stream-flip{k}@{at}")
        elif kind in ("flip", "stream"):
            k = rng.randint(1, 16)
            for _ in range(k):
                out[rng.randrange(n)] = rng.randrange(256)
            done.append(f"flip{k}")
        elif kind == "truncate":
            cut = rng.randrange(n // 8, n)
            del out[cut:]
            done.append(f"truncate@{cut}")
        elif kind == "duplicate":
            a = rng.randrange(n)
            b = min(n, a + rng.randint(1, 4096))
            at = rng.randrange(n)
            out[at:at] = out[a:b] * rng.randint(1, 8)
            done.append(f"dup{a}:{b}@{at}")
        elif kind == "delete":
            a = rng.randrange(n)
            b = min(n, a + rng.randint(1, 512))
            del out[a:b]
            done.append(f"del{a}:{b}")
        else:
            tok = rng.choice(TOKENS)
            at = rng.randrange(n)
            out[at:at] = b" " + tok + b" "
            done.append(f"token@{at}")
    return bytes(out), "+".join(done)


@dataclass
class Report:
    cases: int = 0
    ok: int = 0
    failed: int = 0
    seconds: float = 0.0
    reasons: dict = field(default_factory=dict)   # reason prefix -> count
    findings: list = field(default_factory=list)  # (case name, description, reason)
    slowest: list = field(default_factory=list)   # (seconds, case name, description), top 5


def classify(reason: str) -> bool:
    return reason.startswith(EXPECTED)


def run(cases: int = 200, seconds: float = 60.0, seed: int = 1, workers: int | None = None,
        timeout: float = 20.0, memory_mb: int = 1024, save: Path | None = None,
        batch: int = 20) -> Report:
    """Fuzz until `cases` cases or `seconds` of wall time (checked between batches)."""
    from pipeline.isolate import Limits, map_documents
    from pipeline.recognize import Recognizer
    from pipeline.runner import process_document

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # malformed input is the point here
    rng = random.Random(seed)
    recognizer = Recognizer()
    report = Report()
    limits = Limits(timeout, memory_mb)
    seeds = [(p, p.read_bytes()) for p in SAMPLES]
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="fuzz-pdfs-") as tmp:
        root = Path(tmp)
        while report.cases < cases and time.monotonic() - t0 < seconds:
            paths, described = [], {}
            for _ in range(min(batch, cases - report.cases)):
                src, data = rng.choice(seeds)
                mutated, how = mutate(data, rng)
                p = root / f"case{report.cases + len(paths):05d}-{src.stem}.pdf"
                p.write_bytes(mutated)
                paths.append(p)
                described[p.name] = how
            results = map_documents(paths, root, lambda p: process_document(p, root, recognizer),
                                    workers=workers, limits=limits)
            for p, r in zip(paths, results):
                report.cases += 1
                report.slowest = sorted(report.slowest + [(round(r.seconds, 2), p.name, described[p.name])],
                                        reverse=True)[:5]
                if r.status == "ok":
                    report.ok += 1
                else:
                    report.failed += 1
                    reason = r.failure.reason
                    key = reason.split(":")[0]
                    report.reasons[key] = report.reasons.get(key, 0) + 1
                    if not classify(reason):
                        report.findings.append((p.name, described[p.name], reason))
                        if save:
                            save.mkdir(parents=True, exist_ok=True)
                            (save / p.name).write_bytes(p.read_bytes())
                p.unlink()
    report.seconds = time.monotonic() - t0
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=60.0, help="stop starting new batches after this")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--timeout", type=float, default=20.0, help="per case")
    ap.add_argument("--memory-limit", type=int, default=1024, help="MiB per case")
    ap.add_argument("--save", type=Path, default=None, help="keep the inputs of findings here")
    a = ap.parse_args(argv)
    r = run(a.cases, a.seconds, a.seed, a.workers, a.timeout, a.memory_limit, a.save)
    print(f"{r.cases} cases in {r.seconds:.1f} s: {r.ok} processed, {r.failed} failed, "
          f"{len(r.findings)} findings")
    for k, v in sorted(r.reasons.items(), key=lambda kv: -kv[1]):
        print(f"  {v:5d}  {k}")
    for sec, name, how in r.slowest:
        print(f"  slowest: {sec:6.2f} s  {name} ({how})")
    for name, how, reason in r.findings:
        print(f"FINDING {name} ({how}): {reason}")
    return 1 if r.findings else 0


if __name__ == "__main__":
    sys.exit(main())
