#!/usr/bin/env python3
"""End-to-end speed: pages per second of `cli.py run` against an all-pdfplumber text path and raw
pypdfium2 text extraction, peak memory, a no-op rerun over 1,000 cached documents, recognition
F1 on the labelled corpus, and where the time goes. One run, one table.

    .venv/bin/python bench/speed.py                  # about 3 minutes on 2 cores
    .venv/bin/python bench/speed.py --quick          # 5 x 20 pages, 200 tiny documents, no long PDF

The code measured is a copy of cli.py, pipeline/ and corpora/ taken when the benchmark starts
(edits made while it runs do not leak in). Generated inputs are kept in bench/.cache/ (not
committed) and reused while the generator is unchanged:
- corpus: 20 reports x 50 pages (1,000 pages) in the style of the oversight reports: running
  header and footer, numbered paragraphs, headings, prose with statistics, footnote markers,
  unruled and ruled tables of figures;
- long: one 1,000-page report (memory on a long document);
- tiny: 1,000 one-page reports (the no-op rerun).

Every measured command runs in its own child process under a small wrapper that reports its
wall time, the peak RSS of its largest process (ru_maxrss of the waited-for process tree) and
the peak of the tree's summed PSS (proportional set size, shared pages split, sampled every
0.2 s with psutil). All three text paths use the same number of processes (--processes,
default: the cores), one document per task.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
GENERATOR_VERSION = "1"  # bump when the generated documents change
PY = sys.executable

# ---------------------------------------------------------------------------
# Generated corpus

_PROSE = [
    "The Commissioner's inspectors examined the records held by each public authority and found "
    "that the great majority of applications were necessary and proportionate.",
    "Where we identified weaknesses we made recommendations, and we will follow these up at the "
    "next inspection of the authority concerned.",
    "Public authorities must keep records which allow the Commissioner to check that the powers "
    "have been used lawfully and in line with the relevant Code of Practice.",
    "The inspection regime continued to focus on the quality of the applications and on the "
    "role of the single point of contact.",
    "We were satisfied that the errors reported to us were not the result of any wilful or "
    "reckless conduct on the part of the staff involved.",
]
_STATS = [
    "In {year}, public authorities made {n1:,} applications for communications data.",
    "During {year} a total of {n2:,} interception warrants were issued by the Secretaries of State.",
    "The Commissioner was notified of {n3:,} communications data errors in {year}.",
    "Law enforcement agencies obtained {n4:,} items of communications data in {year}.",
    "There were {n5:,} applications relating to sensitive professions during {year}.",
]
_AUTHORITIES = ["Police forces", "Law enforcement agencies", "Intelligence agencies",
                "Local authorities", "Other public authorities", "Total"]


def make_report(path: Path, n_pages: int, seed: int) -> None:
    """One report-like PDF of n_pages pages (reportlab, deterministic for a seed)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    w, h = A4
    year = 2010 + seed % 12
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(f"Annual Report of the Commissioner {year}")
    para = 1
    for n in range(1, n_pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(56, h - 36, f"Annual Report of the Interception of Communications Commissioner {year}")
        c.drawRightString(w - 56, 30, str(n))
        c.drawString(56, 30, "OFFICIAL")
        y = h - 80
        if n == 1:
            c.setFont("Helvetica-Bold", 20)
            c.drawString(56, y - 40, f"Annual Report {year}")
            c.setFont("Helvetica", 11)
            c.drawString(56, y - 70, f"Presented to Parliament pursuant to Section 58(6) of RIPA, July {year + 1}")
            c.showPage()
            continue
        c.setFont("Helvetica-Bold", 13)
        topic = rng.choice(["Communications data", "Interception", "Errors", "Inspections"])
        c.drawString(56, y, f"Section {n // 5 + 1}: {topic}")
        y -= 24
        layout = n % 3  # prose only; prose + unruled table; prose + ruled table
        for _ in range(4 if layout else 7):
            sentences = [rng.choice(_PROSE) for _ in range(2)]
            stat = rng.choice(_STATS).format(year=year, n1=rng.randrange(100_000, 900_000),
                                             n2=rng.randrange(1_000, 5_000), n3=rng.randrange(200, 2_000),
                                             n4=rng.randrange(100_000, 900_000), n5=rng.randrange(50, 900))
            sentences.insert(rng.randrange(3), stat)
            text = " ".join(sentences)
            c.setFont("Helvetica", 10)
            c.drawString(56, y, f"{n}.{para % 40 + 1}")
            para += 1
            for line in simpleSplit(text, "Helvetica", 10, w - 150):
                c.drawString(90, y, line)
                y -= 13
            if rng.random() < 0.3:  # a footnote marker after a figure
                c.setFont("Helvetica", 6)
                c.drawString(w - 62, y + 19, str(rng.randrange(1, 60)))
            y -= 9
        if layout:
            y -= 6
            c.setFont("Helvetica-Bold", 10)
            c.drawString(56, y, f"Table {n}: Communications data applications by type of public authority")
            y -= 18
            years = [year - 2, year - 1, year]
            c.drawString(60, y, "Public authority")
            for k, yy in enumerate(years):
                c.drawRightString(330 + 90 * k, y, str(yy))
            c.setFont("Helvetica", 10)
            top = y + 12
            for i, name in enumerate(_AUTHORITIES):
                y -= 15
                c.drawString(60, y, name)
                for k in range(3):
                    c.drawRightString(330 + 90 * k, y, f"{rng.randrange(1_000, 400_000):,}")
            if layout == 2:  # ruled grid
                xs = [56, 250, 340, 430, 520]
                bottom = y - 5
                for k in range(len(_AUTHORITIES) + 2):
                    yy = top - 15 * k if k <= len(_AUTHORITIES) else bottom
                    c.line(xs[0], yy, xs[-1], yy)
                for x in xs:
                    c.line(x, top, x, bottom)
        c.showPage()
    c.save()


def _stamp(folder: Path) -> Path:
    """Next to the folder, not in it: inside, `run` would list it as a skipped file."""
    return folder.with_name(folder.name + ".generated")


def _stamp_ok(folder: Path, spec: str) -> bool:
    stamp = _stamp(folder)
    return folder.is_dir() and stamp.is_file() and stamp.read_text() == spec


def ensure_corpus(folder: Path, docs: int, pages: int) -> list[Path]:
    spec = f"{GENERATOR_VERSION} corpus {docs}x{pages}"
    if not _stamp_ok(folder, spec):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        t0 = time.perf_counter()
        for i in range(docs):
            make_report(folder / f"report-{2005 + i}.pdf", pages, seed=i)
        _stamp(folder).write_text(spec)
        print(f"generated {docs} x {pages} pages in {folder} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return sorted(folder.glob("*.pdf"))


def ensure_tiny(folder: Path, n: int) -> None:
    spec = f"{GENERATOR_VERSION} tiny {n}"
    if _stamp_ok(folder, spec):
        return
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    shutil.rmtree(folder, ignore_errors=True)
    t0 = time.perf_counter()
    for i in range(n):
        sub = folder / f"{2000 + i % 25}"
        sub.mkdir(parents=True, exist_ok=True)
        c = canvas.Canvas(str(sub / f"foi-response-{i:04d}.pdf"), pagesize=A4, invariant=1)
        c.setFont("Helvetica", 11)
        c.drawString(56, 760, f"Freedom of Information request {i:04d}")
        c.drawString(56, 730, f"In {2000 + i % 25} the force made {100 + i * 7 % 900:,} applications for "
                              f"communications data.")
        c.showPage()
        c.save()
    _stamp(folder).write_text(spec)
    print(f"generated {n} one-page documents in {folder} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)


def count_pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium
    total = 0
    for p in paths:
        doc = pdfium.PdfDocument(str(p))
        total += len(doc)
        doc.close()
    return total


# ---------------------------------------------------------------------------
# Baselines, run as `speed.py --tool NAME DIR` in a child process

def _pdfplumber_doc(path: str) -> int:
    import pdfplumber
    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
            n += 1
    return n


def _pdfium_doc(path: str) -> int:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    n = 0
    for page in doc:
        tp = page.get_textpage()
        tp.get_text_range()
        tp.close()
        page.close()
        n += 1
    doc.close()
    return n


def run_tool(tool: str, folder: Path, processes: int) -> int:
    import multiprocessing
    fn = {"pdfplumber": _pdfplumber_doc, "pdfium": _pdfium_doc}[tool]
    paths = [str(p) for p in sorted(folder.rglob("*.pdf"))]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pages = sum(pool.map(fn, paths, chunksize=1))
    print(json.dumps({"pages": pages}))
    return 0


# ---------------------------------------------------------------------------
# Measuring a command: wall time, largest process's peak RSS, peak summed PSS of the tree

_WRAPPER = r"""
import json, resource, subprocess, sys, time
import psutil
t = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
peak_pss = 0
try:
    proc = psutil.Process(p.pid)
    while p.poll() is None:
        total = 0
        try:
            for q in [proc, *proc.children(recursive=True)]:
                try:
                    total += q.memory_full_info().pss
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
        except psutil.NoSuchProcess:
            pass
        peak_pss = max(peak_pss, total)
        time.sleep(0.2)
except psutil.NoSuchProcess:
    pass
out, err = p.communicate()
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "rc": p.returncode,
                  "maxrss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "pss_mib": peak_pss / 2**20, "stdout": out[-20000:], "stderr": err[-4000:]}))
"""


def measured(cmd: list[str], env: dict | None = None) -> dict:
    res = subprocess.run([PY, "-c", _WRAPPER, *map(str, cmd)], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, **(env or {})})
    if res.returncode != 0:
        raise RuntimeError(f"wrapper failed: {res.stderr[-2000:]}")
    return json.loads(res.stdout)


# The code measured: a copy of the working tree's cli.py, pipeline/ and corpora/ (taxonomy and
# the labelled sample) taken when the benchmark starts, so an edit made while it runs (the
# cache key hashes the code) cannot mix two versions into one table.
CODE = ROOT


def snapshot_code(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "cli.py", dest / "cli.py")
    shutil.copytree(ROOT / "pipeline", dest / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    (dest / "corpora").mkdir(exist_ok=True)
    for name in ("taxonomy.toml", "breaks.toml"):
        if (ROOT / "corpora" / name).is_file():
            shutil.copy2(ROOT / "corpora" / name, dest / "corpora" / name)
    shutil.copytree(ROOT / "corpora" / "sample", dest / "corpora" / "sample")
    return dest


def cli(*args) -> list[str]:
    return [PY, str(CODE / "cli.py"), *map(str, args)]


# ---------------------------------------------------------------------------
# Where the time goes: stage timings and a cProfile of process_document

def profile(paths: list[Path]) -> dict:
    """Over `paths`, in this process: seconds in pdfium's reading of the pages it reads
    (pdfium_page.read_page), in the rest of our extraction, and in recognition; extraction with
    pdfplumber reading every page (engine="pdfplumber", the path before pdfium) for comparison;
    how many pages took the fast path; and cProfile self time grouped by package."""
    import cProfile
    import pstats

    from pipeline import pdfium_page
    from pipeline.extract import extract_document
    from pipeline.recognize import Recognizer

    rec = Recognizer()
    read = extract = extract_plumber = recognize = 0.0
    pages = fast = 0
    for p in paths:
        t0 = time.perf_counter()
        pdf = pdfium_page.open_document(p)
        for i in range(len(pdf)):
            fast += pdfium_page.read_page(pdf, i) is not None
            pages += 1
        pdf.close()
        read += time.perf_counter() - t0
        t0 = time.perf_counter()
        content = extract_document(p, p.parent)
        extract += time.perf_counter() - t0
        t0 = time.perf_counter()
        extract_document(p, p.parent, engine="pdfplumber")
        extract_plumber += time.perf_counter() - t0
        t0 = time.perf_counter()
        rec.recognize_document(content)
        recognize += time.perf_counter() - t0

    prof = cProfile.Profile()
    prof.enable()
    for p in paths:
        rec.recognize_document(extract_document(p, p.parent))
    prof.disable()
    stats = pstats.Stats(prof)
    groups: dict[str, float] = {}
    top = []
    for (filename, line, func), (cc, nc, tt, ct, callers) in stats.stats.items():
        f = filename.replace("\\", "/")
        if "pypdfium2" in f or f.endswith("pipeline/pdfium_page.py"):
            g = "pdfium reading (pdfium_page.py, pypdfium2)"
        elif "/pdfminer/" in f:
            g = "pdfminer (parse, layout)"
        elif "/pdfplumber/" in f:
            g = "pdfplumber (objects, words)"
        elif f.endswith(("pipeline/extract.py", "pipeline/tables.py")):
            g = "ours: extract.py, tables.py"
        elif f.endswith(("pipeline/recognize.py", "pipeline/grammar.py", "pipeline/taxonomy.py")):
            g = "ours: recognize.py, grammar.py"
        elif any(s in f for s in ("/spacy/", "/thinc/", "/srsly/")):
            g = "spaCy"
        else:
            g = "Python and other (re, builtins, ...)"
        groups[g] = groups.get(g, 0.0) + tt
        top.append((tt, f"{Path(f).name}:{line}({func})"))
    total = sum(groups.values())
    top.sort(reverse=True)
    return {"pages": pages, "fast_pages": fast, "read_s": read, "extract_s": extract,
            "extract_plumber_s": extract_plumber, "recognize_s": recognize,
            "groups": sorted(groups.items(), key=lambda kv: -kv[1]), "profile_total_s": total,
            "top": top[:12]}


def outputs_stages(out: Path) -> dict:
    """Seconds of each step after the documents, rebuilt in this process from the cached results
    of the run in `out`: frames, series, checks, changes, writing (CSV, Parquet, SQLite), diff."""
    from pipeline.cache import Cache
    from pipeline.manifest import diff_runs
    from pipeline.outputs import write_outputs
    from pipeline.runner import frames, from_payload, result_settings
    from pipeline.series import build_breaks, build_changes, build_checks, build_series, with_observation_ids

    m = json.loads((out / "manifest.json").read_text())
    cache = Cache(out, settings=result_settings(None, m["settings"]["ocr"]))
    results = [from_payload(cache.get(i["sha256"]), i["path"]) for i in m["inputs"]]
    t: dict[str, float] = {}

    def timed(name, fn):
        t0 = time.perf_counter()
        value = fn()
        t[name] = time.perf_counter() - t0
        return value
    docs, obs, fails = timed("frames", lambda: frames(results))
    series = timed("build_series", lambda: build_series(obs, docs))
    ids = timed("observation ids", lambda: with_observation_ids(obs))
    checks = timed("build_checks", lambda: build_checks(ids))
    changes = timed("build_changes", lambda: build_changes(series))
    breaks = timed("build_breaks", lambda: build_breaks(series))
    with tempfile.TemporaryDirectory(prefix="speed-out-") as d:
        timed("write_outputs (CSV, Parquet, SQLite)",
              lambda: write_outputs(Path(d), docs, obs, series, fails, checks=checks, changes=changes, breaks=breaks))
    timed("diff_runs (changes since last run)", lambda: diff_runs(None, ids, None, series))
    return {"observations": len(obs), "stages": t}


# ---------------------------------------------------------------------------

def evaluate_sample() -> tuple[str, str, str]:
    res = subprocess.run(cli("evaluate", CODE / "corpora" / "sample", CODE / "corpora" / "sample" / "gold.csv",
                             "--show", "0"), capture_output=True, text=True, cwd=CODE)
    for line in res.stdout.splitlines():
        if line.startswith("overall"):
            p, r, f = line.split()[1:4]
            return p, r, f
    raise RuntimeError(f"no overall line from evaluate: {res.stdout[-500:]} {res.stderr[-500:]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=20, help="reports in the corpus (default 20)")
    ap.add_argument("--pages", type=int, default=50, help="pages per report (default 50)")
    ap.add_argument("--tiny", type=int, default=1000, help="one-page documents for the no-op rerun (1000)")
    ap.add_argument("--long-pages", type=int, default=1000, help="pages of the long report (1000; 0: skip)")
    ap.add_argument("--processes", type=int, default=None, help="processes for every path (default: cores)")
    ap.add_argument("--profile-docs", type=int, default=2, help="reports profiled in-process (default 2)")
    ap.add_argument("--quick", action="store_true", help="5 x 20 pages, 200 tiny documents, no long report")
    ap.add_argument("--tool", choices=["pdfplumber", "pdfium"], help=argparse.SUPPRESS)
    ap.add_argument("folder", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.tool:
        return run_tool(args.tool, args.folder, args.processes or os.cpu_count() or 1)
    if args.quick:
        args.docs, args.pages, args.tiny, args.long_pages = 5, 20, 200, 0

    global CODE
    load_start = os.getloadavg()[0]
    code_tmp = tempfile.TemporaryDirectory(prefix="speed-code-")
    CODE = snapshot_code(Path(code_tmp.name))
    sys.path.insert(0, str(CODE))
    from pipeline.cache import PIPELINE_VERSION
    from pipeline.isolate import default_workers
    procs = args.processes or default_workers()
    CACHE.mkdir(parents=True, exist_ok=True)
    corpus_dir = CACHE / f"corpus-{args.docs}x{args.pages}"
    paths = ensure_corpus(corpus_dir, args.docs, args.pages)
    n_pages = count_pages(paths)
    rows = []

    def row(name: str, pages: int, m: dict, note: str = "") -> None:
        rows.append((name, pages, m["seconds"], pages / m["seconds"], m["maxrss_mib"], m["pss_mib"], note))
        print(f"  {name}: {m['seconds']:.1f} s", file=sys.stderr)

    print(f"measuring on {n_pages} pages, {procs} processes ...", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="speed-") as tmp:
        workers = [] if args.processes is None else ["--workers", procs]
        m = measured(cli("run", corpus_dir, "--out", Path(tmp) / "ours", *workers))
        if m["rc"] not in (0, 1):
            raise RuntimeError(m["stderr"])
        man = json.loads((Path(tmp) / "ours" / "manifest.json").read_text())
        stages = man["timings"]
        row("ours: cli.py run (no cache)", n_pages, m,
            f"{man['run']['observations']:,} observations; documents {stages['documents_s']:.0f} s, "
            f"series+outputs {stages['outputs_s']:.0f} s")
        ostages = outputs_stages(Path(tmp) / "ours")
        m = measured(cli("run", corpus_dir, "--out", Path(tmp) / "ours", *workers))
        man = json.loads((Path(tmp) / "ours" / "manifest.json").read_text())
        row("ours: rerun, all cached", n_pages, m,
            f"{man['run']['cached']} cached, outputs {'rewritten' if man['run']['outputs_rewritten'] else 'unchanged'}")
        # One report changed (its last page's bytes): read again alone, series and outputs rebuilt.
        changed = Path(tmp) / "changed"
        shutil.copytree(corpus_dir, changed)
        make_report(changed / paths[0].name, args.pages, seed=10_000)
        shutil.copytree(Path(tmp) / "ours", Path(tmp) / "ours2")
        m = measured(cli("run", changed, "--out", Path(tmp) / "ours2", *workers))
        man = json.loads((Path(tmp) / "ours2" / "manifest.json").read_text())
        stages = man["timings"]
        row("ours: rerun, one report changed", n_pages, m,
            f"{man['run']['processed']} read, {man['run']['cached']} cached; documents {stages['documents_s']:.0f} s, "
            f"series+outputs {stages['outputs_s']:.0f} s")
    for tool, name in (("pdfplumber", "all-pdfplumber: extract_text()"),
                       ("pdfium", "raw pypdfium2: get_text_range()")):
        m = measured([PY, __file__, "--tool", tool, corpus_dir, "--processes", procs])
        pages = json.loads(m["stdout"].strip().splitlines()[-1])["pages"]
        row(name, pages, m, "text only")

    if args.long_pages:
        long_dir = CACHE / f"long-{args.long_pages}"
        ensure_corpus(long_dir, 1, args.long_pages)
        with tempfile.TemporaryDirectory(prefix="speed-") as tmp:
            m = measured(cli("run", long_dir, "--out", Path(tmp) / "out"))
        row(f"ours: one {args.long_pages:,}-page report", args.long_pages, m, "one worker busy")

    tiny_dir, tiny_out = CACHE / f"tiny-{args.tiny}", CACHE / f"tiny-{args.tiny}-out"
    # The snapshot's pipeline version keys the cache; an output folder made by other code is
    # simply read again on the first pass.
    ensure_tiny(tiny_dir, args.tiny)
    t0 = time.perf_counter()
    first = measured(cli("run", tiny_dir, "--out", tiny_out))  # fills the cache if needed
    print(f"  tiny corpus first pass: {first['seconds']:.1f} s", file=sys.stderr)
    from pipeline.cache import RACY_NS
    time.sleep(max(0.0, RACY_NS / 1e9 - (time.perf_counter() - t0)) + 0.1)
    measured(cli("run", tiny_dir, "--out", tiny_out))  # hashes recorded once the files are old enough
    noop = [measured(cli("run", tiny_dir, "--out", tiny_out)) for _ in range(3)]
    manifest = json.loads((tiny_out / "manifest.json").read_text())
    noop_s = [m["seconds"] for m in noop]

    p, r, f1 = evaluate_sample()
    prof = profile(paths[:args.profile_docs])

    code_tmp.cleanup()
    load_end = os.getloadavg()[0]
    print()
    print(f"load average (1 min) at start {load_start:.2f}, at end {load_end:.2f} (other work on the machine "
          f"slows every row alike)")
    print(f"code measured: working tree at start, pipeline version {PIPELINE_VERSION}")
    print(f"Speed, one run ({n_pages:,}-page generated corpus: {len(paths)} reports x {args.pages} pages; "
          f"{procs} processes; {os.cpu_count()} cores)")
    head = f"{'path':<40} {'pages':>6} {'sec':>7} {'pages/s':>8} {'peak RSS MiB':>13} {'peak PSS MiB':>13}  note"
    print(head)
    print("-" * len(head))
    for name, pages, sec, pps, rss, pss, note in rows:
        print(f"{name:<40} {pages:>6} {sec:>7.1f} {pps:>8.1f} {rss:>13.0f} {pss:>13.0f}  {note}")
    print(f"{'no-op rerun, ' + format(args.tiny, ',') + ' cached documents':<40} {'':>6} "
          f"{statistics.median(noop_s):>7.2f} {'':>8} {max(m['maxrss_mib'] for m in noop):>13.0f} "
          f"{max(m['pss_mib'] for m in noop):>13.0f}  median of 3 (min {min(noop_s):.2f} s), "
          f"{manifest['run']['cached']} cached, outputs "
          f"{'rewritten' if manifest['run']['outputs_rewritten'] else 'unchanged'}, "
          f"whole command incl. Python start")
    print(f"\nrecognition on corpora/sample (cli.py evaluate): P {p}  R {r}  F1 {f1}")
    total = prof["extract_s"] + prof["recognize_s"]
    print(f"\nwhere the time goes, {prof['pages']} pages in one process (stage timings; "
          f"{prof['fast_pages']} pages read by pdfium, {prof['pages'] - prof['fast_pages']} by pdfplumber):")
    for name, sec in (("pdfium reading (pdfium_page.read_page)", prof["read_s"]),
                      ("our extraction (extract_document minus reading)", prof["extract_s"] - prof["read_s"]),
                      ("recognition (recognize_document)", prof["recognize_s"])):
        print(f"  {name:<48} {sec:6.2f} s  {100 * sec / total:5.1f} %  {1000 * sec / prof['pages']:6.1f} ms/page")
    print(f"  {'(extract_document with pdfplumber on every page)':<48} {prof['extract_plumber_s']:6.2f} s"
          f"           {1000 * prof['extract_plumber_s'] / prof['pages']:6.1f} ms/page")
    print(f"series and outputs, {ostages['observations']:,} observations of the corpus, rebuilt in one process:")
    for name, sec in ostages["stages"].items():
        print(f"  {name:<48} {sec:6.2f} s")
    print(f"cProfile self time by package ({prof['profile_total_s']:.2f} s under the profiler):")
    for g, sec in prof["groups"]:
        print(f"  {g:<48} {sec:6.2f} s  {100 * sec / prof['profile_total_s']:5.1f} %")
    print("top functions by self time:")
    for sec, name in prof["top"]:
        print(f"  {sec:6.2f} s  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
