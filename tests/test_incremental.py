"""Incremental, scheduled runs through the real `cli.py run` in a subprocess: the result cache
(a rerun reads nothing and leaves the outputs as they are), a changed file read alone, a removed
file dropping out, --force, the output-folder lock (a second run exits 3), leftovers of a killed
run cleaned, JSON-lines logs, and a progress bar only on a terminal."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cache import RACY_NS, compute_pipeline_version
from pipeline.lock import OutputLock

from cli_helper import ROOT, SAMPLE, cli  # noqa: E402
# Small reports (2-5 pages each), so one run takes a couple of seconds.
DOCS = ("ipco-annual-report-2019.pdf", "ipco-annual-report-2024-statement.pdf",
        "foi/police-foi-response-2025-01234.pdf")
RUN_RECORDS = {"manifest.json", "changes_since_last_run.csv", "changes_since_last_run.json"}


def run_json(corpus: Path, out: Path, *extra) -> tuple[subprocess.CompletedProcess, list[dict]]:
    proc = cli("run", corpus, "--out", out, "--log-format", "json", *extra)
    events = [json.loads(line) for line in proc.stderr.splitlines() if line.strip()]  # every line is JSON
    return proc, events


def by_event(events: list[dict], name: str) -> list[str]:
    return sorted(e["document"] for e in events if e["event"] == name)


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.is_file() and not p.name.startswith(".") and p.name not in RUN_RECORDS}


def stamps(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.name not in RUN_RECORDS}


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text())


def sources(out: Path) -> dict[str, str]:
    return {i["path"]: i["source"] for i in manifest(out)["inputs"]}


@pytest.fixture(scope="module")
def primed(tmp_path_factory):
    """A corpus of three reports and the outputs (and cache) of a first run over it."""
    base = tmp_path_factory.mktemp("primed")
    corpus, out = base / "corpus", base / "out"
    for name in DOCS:
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLE / name, corpus / name)
    proc, events = run_json(corpus, out)
    assert proc.returncode == 0, proc.stderr
    assert by_event(events, "read") == sorted(DOCS)
    return corpus, out


@pytest.fixture
def state(primed, tmp_path):
    """A private copy of the primed corpus and output folder (cache included)."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(primed[0], corpus)
    shutil.copytree(primed[1], out)
    return corpus, out


def test_first_run_writes_manifest_and_changes(primed):
    corpus, out = primed
    m = manifest(out)
    assert [i["path"] for i in m["inputs"]] == sorted(DOCS)
    for i in m["inputs"]:
        assert len(i["sha256"]) == 64 and i["size"] == (corpus / i["path"]).stat().st_size
        assert i["source"] == "processed" and i["status"] == "ok"
    assert m["versions"]["pipeline"] and m["versions"]["outputs"] and m["versions"]["pdfplumber"]
    assert m["settings"]["executor"] == "local" and m["settings"]["password"] is False
    assert {"discover_s", "hash_s", "documents_s", "outputs_s", "total_s"} <= set(m["timings"])
    n_obs = len(pd.read_csv(out / "observations.csv"))
    assert m["run"]["processed"] == 3 and m["run"]["cached"] == 0 and m["run"]["observations"] == n_obs
    changes = json.loads((out / "changes_since_last_run.json").read_text())
    assert changes["first_run"] and changes["summary"]["observations"]["new"] == n_obs
    assert len(pd.read_csv(out / "changes_since_last_run.csv")) == n_obs + changes["summary"]["series"]["new"]


def test_second_run_processes_nothing_and_leaves_outputs_identical(state):
    corpus, out = state
    before, mtimes = outputs(out), stamps(out)
    proc, events = run_json(corpus, out)
    assert proc.returncode == 0, proc.stderr
    assert by_event(events, "read") == [] and by_event(events, "cached") == sorted(DOCS)
    [summary] = [e for e in events if e["event"] == "summary"]
    assert summary["processed"] == 0 and summary["cached"] == 3 and summary["outputs_rewritten"] is False
    assert outputs(out) == before and stamps(out) == mtimes  # not even rewritten
    assert set(sources(out).values()) == {"cache"}
    changes = json.loads((out / "changes_since_last_run.json").read_text())
    assert changes["changes"] == [] and changes["summary"]["observations"]["new"] == 0
    assert len(pd.read_csv(out / "changes_since_last_run.csv")) == 0

    # Outputs rebuilt from cached results alone (one deleted) are byte for byte the same.
    (out / "series.csv").unlink()
    proc, events = run_json(corpus, out)
    assert proc.returncode == 0 and by_event(events, "read") == []
    assert manifest(out)["run"]["outputs_rewritten"] is True
    assert outputs(out) == before


def test_changed_file_is_reprocessed_alone(state):
    corpus, out = state
    # Another report's bytes under one of the names: new content, new observations.
    shutil.copy(SAMPLE / "ipco-annual-report-2018.pdf", corpus / "ipco-annual-report-2019.pdf")
    proc, events = run_json(corpus, out)
    assert proc.returncode == 0, proc.stderr
    assert by_event(events, "read") == ["ipco-annual-report-2019.pdf"]
    assert by_event(events, "cached") == sorted(set(DOCS) - {"ipco-annual-report-2019.pdf"})
    assert sources(out) == {"foi/police-foi-response-2025-01234.pdf": "cache",
                            "ipco-annual-report-2019.pdf": "processed",
                            "ipco-annual-report-2024-statement.pdf": "cache"}
    changes = pd.read_csv(out / "changes_since_last_run.csv", keep_default_na=False)
    obs_changes = changes[changes["kind"] == "observation"]
    assert len(obs_changes) and set(obs_changes["document"]) == {"ipco-annual-report-2019.pdf"}
    assert {"new", "removed"} <= set(obs_changes["change"])
    # The new figures are the 2018 report's, read under the 2019 file's name.
    obs = pd.read_csv(out / "observations.csv")
    mine = obs[obs["document"] == "ipco-annual-report-2019.pdf"]
    assert 1320 in set(mine["value"])  # IPCO 2018's sensitive-profession total


def test_removed_file_drops_out(state):
    corpus, out = state
    gone = "ipco-annual-report-2024-statement.pdf"
    sha = {i["path"]: i["sha256"] for i in manifest(out)["inputs"]}[gone]
    (corpus / gone).unlink()
    proc, events = run_json(corpus, out)
    assert proc.returncode == 0, proc.stderr
    assert by_event(events, "read") == []
    for name in ("observations.csv", "documents.csv"):
        assert gone not in set(pd.read_csv(out / name)["document"])
    m = manifest(out)
    assert gone not in sources(out) and m["run"]["removed_inputs"] == [gone]
    changes = pd.read_csv(out / "changes_since_last_run.csv", keep_default_na=False)
    removed = changes[(changes["kind"] == "observation") & (changes["change"] == "removed")]
    assert len(removed) and set(removed["document"]) == {gone}
    assert not list((out / ".cache" / "docs").rglob(f"{sha}.json"))  # its cache entry pruned


def test_force_reprocesses_everything(state):
    corpus, out = state
    before = outputs(out)
    proc, events = run_json(corpus, out, "--force")
    assert proc.returncode == 0, proc.stderr
    assert by_event(events, "read") == sorted(DOCS) and by_event(events, "cached") == []
    assert set(sources(out).values()) == {"processed"} and manifest(out)["settings"]["force"] is True
    assert outputs(out) == before


def test_a_concurrent_run_is_refused_with_exit_code_3(state):
    corpus, out = state
    before, mtimes = outputs(out), stamps(out)
    with OutputLock(out, command=["test holder"]):
        proc = cli("run", corpus, "--out", out)
        assert proc.returncode == 3
        assert f"is locked by pid {os.getpid()}" in proc.stderr and "wait for that run to finish" in proc.stderr
        proc, events = run_json(corpus, out)
        assert proc.returncode == 3
        [locked] = events
        assert locked["event"] == "locked" and locked["pid"] == os.getpid()
    assert outputs(out) == before and stamps(out) == mtimes  # the refused runs touched nothing
    assert cli("run", corpus, "--out", out).returncode == 0  # free again once released


def test_leftovers_of_a_killed_run_are_cleaned(state):
    corpus, out = state
    staging = out / ".staging-k1ll3d"
    staging.mkdir()
    (staging / "observations.csv").write_text("half")
    (out / ".manifest.json.123.456.tmp").write_text("{")
    proc, events = run_json(corpus, out)
    assert proc.returncode == 0, proc.stderr
    assert not staging.exists() and not (out / ".manifest.json.123.456.tmp").exists()
    [cleaned] = [e for e in events if e["event"] == "cleaned"]
    assert cleaned["removed"] == [".manifest.json.123.456.tmp", ".staging-k1ll3d"]


def test_exit_codes_in_run_help():
    text = " ".join(cli("run", "--help").stdout.split())
    for code in ("0 every document processed", "1 some documents failed", "2 bad usage",
                 "3 another run holds the output folder's lock"):
        assert code in text


def test_progress_bar_only_on_a_terminal(state):
    """On a terminal (a pty) the run draws a progress bar on stderr; piped (cron, CI) it does
    not, and the text log is what it always was."""
    import pty
    corpus, out = state
    piped = cli("run", corpus, "--out", out)
    assert piped.returncode == 0 and "━" not in piped.stderr and "documents" not in piped.stderr
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), "run", str(corpus), "--out", str(out)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=follower, timeout=120,
                              env={**os.environ, "COLUMNS": "120", "TERM": "xterm"})
        os.close(follower)
        follower = None
        chunks = []
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:  # EIO: the pty's other end is closed and drained
                break
            if not data:
                break
            chunks.append(data)
    finally:
        if follower is not None:
            os.close(follower)
        os.close(leader)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "documents" in screen and "3/3" in screen


def test_pipeline_version_covers_only_per_document_code(tmp_path):
    """Editing the run loop, series or outputs keeps the cache; editing process_document, the
    preflight or extraction empties it."""
    pkg, root = tmp_path / "pipeline", tmp_path
    shutil.copytree(ROOT / "pipeline", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "corpora").mkdir()
    shutil.copy(ROOT / "corpora" / "taxonomy.toml", root / "corpora" / "taxonomy.toml")
    v0 = compute_pipeline_version(pkg, root)

    def edit(name: str, old: str, new: str) -> str:
        path = pkg / name
        text = path.read_text()
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1))
        return compute_pipeline_version(pkg, root)

    assert edit("runner.py", "def _run(", "def _run_renamed(") == v0               # run loop
    assert edit("series.py", "def ", "def _unused(): pass\n\n\ndef ") == v0         # series
    assert edit("outputs.py", "def ", "def _unused(): pass\n\n\ndef ") == v0        # outputs
    assert edit("isolate.py", "def map_documents(", "def map_documents_(") == v0    # worker pool
    v1 = edit("runner.py", "GARBAGE_SHARE = 0.3", "GARBAGE_SHARE = 0.31")           # per-document
    assert v1 != v0
    v2 = edit("isolate.py", "MAX_INFLATED_MIB = 256", "MAX_INFLATED_MIB = 257")     # preflight
    assert v2 != v1
    v3 = edit("grammar.py", "import re", "import re  # edited")
    assert v3 != v2


def test_hash_index_makes_the_noop_rerun_stat_only(state):
    """Once the files are older than the racy window, a rerun hashes no file again."""
    corpus, out = state
    time.sleep(RACY_NS / 1e9 + 0.1)  # a cron rerun comes long after the files last changed
    assert cli("run", corpus, "--out", out).returncode == 0  # records the hashes (files now old)
    before = (out / ".cache" / "hashes.json").read_bytes()
    proc, events = run_json(corpus, out)
    assert proc.returncode == 0 and by_event(events, "read") == []
    assert (out / ".cache" / "hashes.json").read_bytes() == before  # nothing rehashed, nothing rewritten
