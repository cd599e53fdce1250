#!/usr/bin/env python3
"""Dump everything the pipeline makes of a set of PDFs, to prove a speed change changes nothing.

    .venv/bin/python bench/equivalence.py OUT_DIR [CORPUS ...]       # write one dump per PDF
    diff -r BEFORE_DIR AFTER_DIR                                       # must print nothing

For each PDF: the full extraction (`extract_document`, pdfium reading the plain pages: every
page's blocks with text, kind, bbox and spans, tables with cells and boxes, charts, furniture,
headings, flags, and the stitched document tables), the same with pdfplumber reading every
page (`--plumber`, slower), and the observations `process_document` gives (OCR off, so that
the dump does not depend on tesseract). Floats are written with repr, so a dump is byte-equal
only when every coordinate is bit-equal. Default corpora: corpora/sample, corpora/dev2 ...
corpora/dev11, ../shared/benchmarks/icdar2013 and camelot-benchmark.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = [ROOT / "corpora" / "sample", *(ROOT / "corpora" / f"dev{i}" for i in range(2, 12)),
           ROOT.parent / "shared" / "benchmarks" / "icdar2013",
           ROOT.parent / "shared" / "benchmarks" / "camelot-benchmark"]


def _plain(obj):
    """JSON-ready, floats as repr strings (json's float formatting is repr too, but be explicit)."""
    if dataclasses.is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, float):
        return repr(obj)
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    return obj


def dump_one(path: Path, root: Path, rec, plumber: bool) -> dict:
    from pipeline.extract import ExtractionError, extract_document
    from pipeline.runner import process_document
    out: dict = {}
    for engine in ("auto", "pdfplumber") if plumber else ("auto",):
        try:
            out[f"content_{engine}"] = _plain(extract_document(path, root, engine=engine))
        except ExtractionError as e:
            out[f"content_{engine}"] = f"ExtractionError: {e.reason}"
    r = process_document(path, root, rec, ocr=False)
    d = _plain(r)
    d.pop("seconds", None)
    out["result"] = d
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--plumber", action="store_true", help="also dump extraction with pdfplumber on every page")
    args = ap.parse_args(argv)
    from pipeline.recognize import Recognizer
    rec = Recognizer()
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    n = 0
    for corpus in args.corpora or DEFAULT:
        corpus = corpus.resolve()
        if not corpus.is_dir():
            print(f"skipping {corpus}: not a folder", file=sys.stderr)
            continue
        for pdf in sorted(corpus.rglob("*.pdf")):
            name = f"{corpus.name}__{pdf.relative_to(corpus).as_posix().replace('/', '__')}.json"
            text = json.dumps(dump_one(pdf, corpus, rec, args.plumber), indent=0, sort_keys=True)
            (args.out / name).write_text(text)
            n += 1
    print(f"{n} documents dumped to {args.out} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
