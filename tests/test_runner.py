"""The runner and its isolation: worker processes with time and memory limits, crashes,
deterministic order, preflight against compression bombs, unreadable text, scanned pages."""
from __future__ import annotations

import os
import signal
import sys
import time
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import bad_inputs  # noqa: E402

from pipeline import isolate, ocr  # noqa: E402
from pipeline.isolate import Limits, inflated_size, map_documents, preflight  # noqa: E402
from pipeline.model import Failure  # noqa: E402
from pipeline.runner import (DocumentResult, _page_ranges, discover, frames, garbage_share,  # noqa: E402
                             process_document)

ROOT = Path(__file__).resolve().parent.parent


def _docs(tmp_path, n):
    paths = []
    for i in range(n):
        p = tmp_path / f"doc{i:02d}.pdf"
        p.write_bytes(b"%PDF-1.4\n")
        paths.append(p)
    return paths


def _ok(path: Path) -> DocumentResult:
    return DocumentResult(path.name, "", pages=1)


# ---------------------------------------------------------------------------
# Worker pool


def test_results_in_path_order_whatever_the_parallelism(tmp_path):
    paths = _docs(tmp_path, 6)

    def task(path):  # later documents finish first
        time.sleep(0.05 * (6 - int(path.stem[3:])))
        return _ok(path)
    done = []
    one = map_documents(paths, tmp_path, task, workers=1, limits=Limits(10, None))
    three = map_documents(paths, tmp_path, task, workers=3, limits=Limits(10, None), progress=done.append)
    assert [r.document for r in one] == [r.document for r in three] == [p.name for p in paths]
    assert sorted(r.document for r in done) == [p.name for p in paths]
    assert [r.document for r in done] != [p.name for p in paths]  # completion order differed


def test_parallel_workers_overlap(tmp_path):
    paths = _docs(tmp_path, 4)

    def task(path):
        time.sleep(1.0)
        return _ok(path)
    t0 = time.monotonic()
    map_documents(paths, tmp_path, task, workers=4, limits=Limits(30, None))
    assert time.monotonic() - t0 < 3.0  # 4 s if run one after another


def test_meanwhile_runs_once_in_the_parent_while_the_first_workers_read(tmp_path):
    import multiprocessing
    paths = _docs(tmp_path, 4)
    calls = []

    def task(path):
        time.sleep(0.3)
        return _ok(path)

    def meanwhile():
        calls.append((os.getpid(), len(multiprocessing.active_children())))
    results = map_documents(paths, tmp_path, task, workers=2, limits=Limits(30, None), meanwhile=meanwhile)
    assert [r.document for r in results] == [p.name for p in paths]
    # once, here, with both workers already started
    assert calls == [(os.getpid(), 2)]


def test_timeout_becomes_a_failure_and_the_rest_go_on(tmp_path):
    paths = _docs(tmp_path, 3)

    def task(path):
        if path.stem == "doc01":
            time.sleep(60)
        return _ok(path)
    t0 = time.monotonic()
    res = map_documents(paths, tmp_path, task, workers=2, limits=Limits(1.5, None))
    assert time.monotonic() - t0 < 10
    assert [r.status for r in res] == ["ok", "failed", "ok"]
    assert res[1].failure.reason == "timed out after 1.5 s"
    assert res[1].document == "doc01.pdf" and len(res[1].sha256) == 64


def test_timeout_kills_what_the_worker_started(tmp_path):
    pidfile = tmp_path / "pid"
    paths = _docs(tmp_path, 1)

    def task(path):
        import subprocess
        p = subprocess.Popen(["sleep", "60"])
        pidfile.write_text(str(p.pid))
        p.wait()
        return _ok(path)
    res = map_documents(paths, tmp_path, task, workers=1, limits=Limits(1, None))
    assert res[0].failure.reason == "timed out after 1 s"
    pid = int(pidfile.read_text())
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the worker's child outlived the timeout")


def test_memory_limit_becomes_a_failure(tmp_path):
    paths = _docs(tmp_path, 2)
    limit = 300

    def task(path):
        if path.stem == "doc00":
            hog = []
            while True:
                hog.append(bytearray(32 << 20))
        ok = bytearray(150 << 20)  # within the budget
        return _ok(path)
    res = map_documents(paths, tmp_path, task, workers=1, limits=Limits(30, limit))
    assert res[0].failure.reason == f"memory limit {limit} MiB exceeded"
    assert res[1].status == "ok"


def test_memory_error_inside_process_document_is_reported_as_the_limit(tmp_path, monkeypatch):
    """process_document catches MemoryError itself; the pool turns it into the limit's reason."""
    paths = _docs(tmp_path, 1)
    limit = 300

    def task(path):
        from pipeline import runner
        return DocumentResult(path.name, "", status="failed", failure=Failure(path.name, runner.OUT_OF_MEMORY))
    res = map_documents(paths, tmp_path, task, workers=1, limits=Limits(30, limit))
    assert res[0].failure.reason == f"memory limit {limit} MiB exceeded"


@pytest.mark.parametrize("how, reason", [
    ("segv", "worker crashed (signal 11: SIGSEGV)"),
    ("kill", "worker crashed (signal 9: SIGKILL)"),
    ("exit", "worker crashed (exit code 3)"),
    ("raise", "unexpected error: RuntimeError: boom"),
])
def test_crashing_worker_becomes_a_failure(tmp_path, how, reason):
    paths = _docs(tmp_path, 3)

    def task(path):
        if path.stem == "doc01":
            if how == "segv":
                import ctypes
                import faulthandler
                faulthandler.disable()  # pytest's handler would dump every thread's stack here
                ctypes.string_at(0)  # a real segfault in C
            elif how == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            elif how == "exit":
                os._exit(3)
            else:
                raise RuntimeError("boom")
        return _ok(path)
    res = map_documents(paths, tmp_path, task, workers=2, limits=Limits(30, None))
    assert [r.status for r in res] == ["ok", "failed", "ok"]
    assert res[1].failure.reason == reason


# ---------------------------------------------------------------------------
# Compression bombs


def _bomb_stream(mib: int, double: bool = False, extra: bytes = b"") -> bytes:
    comp = zlib.compressobj(9)
    data = b"".join(comp.compress(b" " * (1 << 20)) for _ in range(mib)) + comp.flush()
    filters = b"/FlateDecode"
    if double:
        data = zlib.compress(data, 9)
        filters = b"[/FlateDecode /FlateDecode]"
    return b"<< /Length %d /Filter %s%s >>\nstream\n" % (len(data), filters, extra) + data + b"\nendstream"


def _with_stream(tmp_path, name, content_obj):
    p = tmp_path / name
    p.write_bytes(bad_inputs.raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        content_obj,
    ]))
    return p


def test_preflight_refuses_a_bomb_and_a_double_flate_bomb(tmp_path):
    single = _with_stream(tmp_path, "single.pdf", _bomb_stream(300))
    double = _with_stream(tmp_path, "double.pdf", _bomb_stream(300, double=True))
    assert double.stat().st_size < 10_000  # 300 MiB in a few kB
    t0 = time.monotonic()
    for p in (single, double):
        assert preflight(p) == "refused: a stream inflates to more than 256 MiB (compression bomb?)"
    assert time.monotonic() - t0 < 10


def test_preflight_passes_normal_pdfs_and_big_images(tmp_path):
    for p in sorted((ROOT / "corpora" / "sample").rglob("*.pdf")):
        assert preflight(p) is None, p
    image = _with_stream(tmp_path, "image.pdf", _bomb_stream(300, extra=b" /Type /XObject /Subtype /Image"))
    assert preflight(image) is None  # images are never inflated by the text layer
    assert preflight(_with_stream(tmp_path, "small.pdf", _bomb_stream(20))) is None


def test_inflated_size_stops_at_the_cap():
    data = zlib.compress(b"x" * (50 << 20))
    assert inflated_size(data, 0, 1 << 20) <= (1 << 20) + (1 << 20)
    assert inflated_size(data, 0, 100 << 20) == 50 << 20
    assert inflated_size(b"not zlib at all", 0, 100) == 0


def test_a_bomb_under_the_preflight_cap_hits_the_time_limit(tmp_path):
    """A content stream of 60 MiB of drawing operators (under the preflight cap) that pdfminer
    would chew on for minutes: the time limit stops it and the run goes on."""
    comp = zlib.compressobj(9)
    ops = b"0 0 m 1 1 l S\n" * 4096
    data = b"".join(comp.compress(ops) for _ in range((60 << 20) // len(ops))) + comp.flush()
    slow = _with_stream(tmp_path, "slow.pdf", b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                        + data + b"\nendstream")
    assert preflight(slow) is None
    from pipeline.recognize import Recognizer
    rec = Recognizer()
    t0 = time.monotonic()
    res = map_documents([slow], tmp_path, lambda p: process_document(p, tmp_path, rec), workers=1,
                        limits=Limits(3, 2048))
    assert time.monotonic() - t0 < 10
    assert res[0].failure.reason in ("timed out after 3 s", "memory limit 2048 MiB exceeded")


def test_a_bomb_past_the_preflight_hits_the_memory_limit(tmp_path, monkeypatch):
    """Were the preflight to miss a bomb, the memory limit still stops it: inflating 512 MiB
    under a 512 MiB budget fails quickly, with the limit's reason (pdfminer's MemoryError) or
    as pdfium's abort at the limit."""
    (tmp_path / "bomb.pdf").write_bytes(bad_inputs.compression_bomb())
    monkeypatch.setattr(isolate, "preflight", lambda path, *a: None)
    from pipeline.recognize import Recognizer
    rec = Recognizer()
    t0 = time.monotonic()
    [res] = map_documents([tmp_path / "bomb.pdf"], tmp_path, lambda p: process_document(p, tmp_path, rec),
                          workers=1, limits=Limits(60, 512))
    assert res.failure.reason in (
        "memory limit 512 MiB exceeded",
        "worker crashed (signal 6: SIGABRT), e.g. pdfium at the memory limit of 512 MiB")
    assert time.monotonic() - t0 < 20


# ---------------------------------------------------------------------------
# process_document: notes for unreadable text and scans


def test_garbage_share():
    assert garbage_share("In 2018 there were 3,535 warrants.") == 0
    assert garbage_share("(cid:12)(cid:40)(cid:7) (cid:3)") == 1
    assert garbage_share("") == 0
    assert garbage_share("Total \ue000\ue001\ue002\ue003\ue004\ue005") > 0.3


def test_page_ranges():
    assert _page_ranges([3]) == "page 3"
    assert _page_ranges([1, 2, 3, 5, 7, 8]) == "pages 1-3, 5, 7-8"


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    bad_inputs.make_bad_corpus(d)
    return d


@pytest.fixture(scope="module")
def rec():
    from pipeline.recognize import Recognizer
    return Recognizer()


def test_font_without_unicode_map_is_flagged_not_mined(bad, rec):
    r = process_document(bad / "no-unicode-map.pdf", bad, rec)
    assert r.status == "ok" and r.observations == []
    assert r.notes == ["page 1: unreadable text (font without a Unicode map), not mined"]


def test_scanned_page_without_ocr_is_flagged(bad, rec):
    r = process_document(bad / "image-only.pdf", bad, rec, ocr=False)
    assert r.status == "ok" and r.observations == []
    assert r.notes == ["page 1: no text layer: OCR needed (install tesseract-ocr)"]


def test_no_tesseract_means_flagged(bad, rec, monkeypatch):
    monkeypatch.setenv("OVERSIGHT_TESSERACT", "")
    assert not ocr.available()
    r = process_document(bad / "image-only.pdf", bad, rec)
    assert r.notes == ["page 1: no text layer: OCR needed (install tesseract-ocr)"]


@pytest.mark.skipif(not ocr.available(), reason="tesseract not installed (make setup-ocr)")
def test_scanned_page_is_read_by_ocr(bad, rec):
    r = process_document(bad / "image-only.pdf", bad, rec)
    assert r.notes == ["page 1: no text layer: read by OCR"]
    [o] = r.observations
    assert (o.metric, o.period, o.value, o.method) == ("interception.warrants.issued", "2018", 4321, "ocr")
    assert o.confidence <= 0.6 and o.quote == bad_inputs.IMAGE_SENTENCE
    x0, top, x1, bottom = map(float, o.bbox.split(","))
    assert 36 <= x0 < x1 <= 560 and 100 < top < bottom < 150  # the picture's box, in points from the top


def test_failing_tesseract_is_flagged_not_fatal(bad, rec, monkeypatch):
    monkeypatch.setenv("OVERSIGHT_TESSERACT", "false")  # /bin/false: starts, exits 1
    r = process_document(bad / "image-only.pdf", bad, rec)
    assert r.status == "ok" and r.notes == ["page 1: no text layer: OCR failed"]


def test_encrypted_with_password(bad, rec):
    r = process_document(bad / "encrypted.pdf", bad, rec)
    assert r.failure.reason == "encrypted PDF: password required (use --password)"
    r = process_document(bad / "encrypted.pdf", bad, rec, password=bad_inputs.ENCRYPTED_PASSWORD)
    assert r.status == "ok" and [o.value for o in r.observations] == [3535]


def test_notes_column_in_documents_frame(bad, rec):
    results = [process_document(bad / n, bad, rec, ocr=False) for n in ("image-only.pdf", "empty.pdf")]
    docs, _, fails = frames(results)
    assert list(docs["notes"]) == ["page 1: no text layer: OCR needed (install tesseract-ocr)", ""]
    assert list(fails["reason"]) == ["empty file (0 bytes)"]


def test_discover_skips_system_files_with_a_note(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (tmp_path / "._a.pdf").write_bytes(b"\0\5\26\7")
    (tmp_path / "README.txt").write_text("hello")
    (tmp_path / "noext").write_bytes(b"%PDF-1.4\n...")
    pdfs, skipped = discover(tmp_path)
    assert [p.name for p in pdfs] == ["a.pdf", "noext"]
    assert dict(skipped) == {
        ".DS_Store": "macOS folder metadata, not a report",
        "._a.pdf": "macOS resource fork (AppleDouble), not a report",
        "README.txt": "not a .pdf file and no PDF header: not a report, skipped",
    }


# ---------------------------------------------------------------------------
# Crash safety: SIGKILL a real `cli.py run` in the middle


def _slow_report(path: Path, pages: int = 8) -> None:
    """A prose report that takes a few seconds to read (about 0.2 s a page)."""
    import random
    from reportlab.pdfgen import canvas
    rng = random.Random(5)
    words = ("the commissioner reviewed use of investigatory powers by public authorities and found "
             "that most complied with statutory requirements in period inspection errors").split()
    c = canvas.Canvas(str(path), invariant=1)
    for _ in range(pages):
        c.setFont("Times-Roman", 10)
        y = 800
        for _ in range(6):
            for _ in range(8):
                ws = [rng.choice(words) for _ in range(14)]
                ws.insert(rng.randrange(14), f"{rng.randrange(10, 50000):,}")
                c.drawString(50, y, " ".join(ws))
                y -= 12
            y -= 10
        c.showPage()
    c.save()


# Written after the outputs, with this run's times in them: not compared byte for byte.
_RUN_RECORDS = {"manifest.json", "changes_since_last_run.csv", "changes_since_last_run.json"}


def _snapshot(out: Path) -> dict[str, bytes]:
    """Every output file (staging folders of killed runs, dotfiles such as the lock and the
    cache, and the run's manifest and changes aside)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.is_file() and not p.name.startswith(".") and p.name not in _RUN_RECORDS}


def _cli(*args) -> list[str]:
    return [sys.executable, str(ROOT / "cli.py"), *map(str, args)]


def _workers_of(out: Path) -> list[int]:
    """Processes still running with `out` on their command line (the run and its workers)."""
    pids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if str(out).encode() in (d / "cmdline").read_bytes():
                    pids.append(int(d.name))
            except OSError:
                pass
    return pids


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory):
    import shutil
    corpus = tmp_path_factory.mktemp("kill-corpus")
    for name in ("ipco-annual-report-2018.pdf", "iocco-report-2016.pdf", "ipco-annual-report-2019.pdf"):
        shutil.copy(ROOT / "corpora" / "sample" / name, corpus / name)
    _slow_report(corpus / "zz-slow-report.pdf")
    return corpus


@pytest.fixture(scope="module")
def reference(kill_corpus, tmp_path_factory):
    """Outputs of an uninterrupted run."""
    import subprocess
    out = tmp_path_factory.mktemp("reference")
    proc = subprocess.run(_cli("run", kill_corpus, "--out", out), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return _snapshot(out)


@pytest.fixture(scope="module")
def previous_run(tmp_path_factory):
    """A previous run's outputs, from a different corpus so they can be told apart."""
    import shutil
    import subprocess
    corpus = tmp_path_factory.mktemp("prev-corpus")
    shutil.copy(ROOT / "corpora" / "sample" / "iocco-report-2016.pdf", corpus)
    out = tmp_path_factory.mktemp("prev-out")
    proc = subprocess.run(_cli("run", corpus, "--out", out), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return out


def _previous_outputs(previous_run: Path, out: Path) -> dict[str, bytes]:
    import shutil
    out.mkdir()
    for p in previous_run.iterdir():
        if p.is_file() and not p.name.startswith("."):
            shutil.copy2(p, out / p.name)
    return _snapshot(out)


def test_sigkill_mid_run_keeps_previous_outputs_and_rerun_matches(kill_corpus, reference, previous_run, tmp_path):
    import subprocess
    out = tmp_path / "out"
    previous = _previous_outputs(previous_run, out)
    assert previous["observations.csv"] != reference["observations.csv"]

    # -j 1 reads in path order, so once the last sample report is logged the slow one is
    # being read: kill then, with nothing written yet and a worker busy.
    proc = subprocess.Popen(_cli("run", kill_corpus, "--out", out, "-v", "-j", "1"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if line.startswith("INFO read ipco-annual-report-2019.pdf"):
                break
        else:
            pytest.fail("the run ended before it could be killed")
        assert _workers_of(out), "no worker running"
        proc.kill()  # SIGKILL
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()

    assert _snapshot(out) == previous  # every previous output intact, nothing half-written
    for _ in range(50):  # the busy worker dies with its parent (PR_SET_PDEATHSIG)
        if not _workers_of(out):
            break
        time.sleep(0.1)
    else:
        pytest.fail(f"workers outlived the killed run: {_workers_of(out)}")

    # One worker this time, the reference had one per core: the same bytes either way.
    done = subprocess.run(_cli("run", kill_corpus, "--out", out, "-j", "1"), capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert _snapshot(out) == reference  # byte for byte, the database and Parquet included


@pytest.mark.parametrize("moment", ["staging", "replacing"])
def test_sigkill_while_writing_leaves_each_output_whole(kill_corpus, reference, previous_run, tmp_path, moment):
    """Killed while the outputs are written (staging folder being filled) or moved into place
    (some files replaced, others not yet), every output file is whole: the previous run's or
    the new run's, never a torn one."""
    import subprocess
    out = tmp_path / "out"
    previous = _previous_outputs(previous_run, out)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}

    def reached() -> bool:
        if moment == "staging":
            return any(p.name.startswith(".staging-") for p in out.iterdir())
        return any(p.is_file() and not p.name.startswith(".") and stamps.get(p.name) != p.stat().st_mtime_ns
                   for p in out.iterdir())
    proc = subprocess.Popen(_cli("run", kill_corpus, "--out", out), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None and not reached():
            time.sleep(0.001)
        proc.kill()
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL, "the run finished before the moment came"
    after = _snapshot(out)
    assert set(after) == set(previous)
    torn = [name for name, data in after.items() if data not in (previous[name], reference[name])]
    assert not torn
    if moment == "staging":
        assert after == previous
    else:  # caught in the middle of moving files into place: at least one already new
        assert any(after[name] == reference[name] != previous[name] for name in after)
