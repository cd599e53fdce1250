"""Done-when test of issue 7: a corpus of every bad input (tests/bad_inputs.py) plus two good
reports, through the real command line in a subprocess."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from bad_inputs import CATALOGUE, ENCRYPTED_PASSWORD, make_bad_corpus  # noqa: E402

from cli_helper import ROOT, cli  # noqa: E402
GOOD = ["ipco-annual-report-2018.pdf", "iocco-report-2016.pdf"]


def timed_cli(*args, timeout=300):
    t0 = time.monotonic()
    proc = cli(*args, timeout=timeout)
    return proc, time.monotonic() - t0


def _obs(out: Path) -> pd.DataFrame:
    obs = pd.read_csv(out / "observations.csv", dtype=str, keep_default_na=False)
    return obs.sort_values("observation_id").reset_index(drop=True)


@pytest.fixture(scope="module")
def good_only(tmp_path_factory):
    """The two good reports run on their own: what must survive the bad company."""
    corpus = tmp_path_factory.mktemp("good")
    for name in GOOD:
        shutil.copy(ROOT / "corpora" / "sample" / name, corpus / name)
    out = tmp_path_factory.mktemp("good-out")
    proc, _ = timed_cli("run", corpus, "--out", out)
    assert proc.returncode == 0, proc.stderr
    return _obs(out)


def test_bad_corpus_plus_two_good_reports(tmp_path, good_only):
    corpus = tmp_path / "corpus"
    make_bad_corpus(corpus)
    for name in GOOD:
        shutil.copy(ROOT / "corpora" / "sample" / name, corpus / name)
    out = tmp_path / "out"
    proc, seconds = timed_cli("run", corpus, "--out", out, "--timeout", "60")

    assert proc.returncode == 1, proc.stderr
    assert seconds < 120

    failures = pd.read_csv(out / "failures.csv", keep_default_na=False)
    reasons = dict(zip(failures["document"], failures["reason"]))
    expected_failed = {n for n, (outcome, _) in CATALOGUE.items() if outcome == "failed"}
    assert set(reasons) == expected_failed
    for name in expected_failed:
        assert re.search(CATALOGUE[name][1], reasons[name]), (name, reasons[name])
        assert f"failed: {name}: {reasons[name]}" in proc.stderr

    docs = pd.read_csv(out / "documents.csv", keep_default_na=False).set_index("document")
    for name, (outcome, pattern) in CATALOGUE.items():
        if outcome == "processed":
            assert docs.loc[name, "status"] == "ok"
            assert re.search(pattern, docs.loc[name, "notes"]), (name, docs.loc[name, "notes"])
        elif outcome == "skipped":
            assert name not in docs.index
            assert re.search(rf"skipped: {re.escape(name)}: .*{pattern}", proc.stderr), name
    assert docs.loc["five-thousand-empty-pages.pdf", "pages"] == 5000
    for name in GOOD:
        assert docs.loc[name, "status"] == "ok" and docs.loc[name, "notes"] == ""

    obs = _obs(out)
    good = obs[obs["document"].isin(GOOD)].reset_index(drop=True)
    assert set(good["document"]) == set(GOOD)
    pd.testing.assert_frame_equal(good, good_only)
    # Nothing was mined from the garbage-font page; the scan only by OCR, flagged as such.
    assert not (obs["document"] == "no-unicode-map.pdf").any()
    scanned = obs[obs["document"] == "image-only.pdf"]
    assert (scanned["method"] == "ocr").all() and (scanned["confidence"].astype(float) <= 0.6).all()


def test_known_password_opens_the_encrypted_report(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    make_bad_corpus(tmp_path / "all")
    shutil.copy(tmp_path / "all" / "encrypted.pdf", corpus)
    out = tmp_path / "out"
    proc, _ = timed_cli("run", corpus, "--out", out, "--password", "nope")
    assert proc.returncode == 1
    assert "encrypted.pdf: encrypted PDF: wrong password" in proc.stderr
    proc, _ = timed_cli("run", corpus, "--out", out, "--password", ENCRYPTED_PASSWORD)
    assert proc.returncode == 0, proc.stderr
    obs = _obs(out)
    assert list(obs["value"]) == ["3535"] and list(obs["metric"]) == ["interception.warrants.issued"]


def test_generator_script_writes_the_catalogue(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "bad_inputs.py"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(CATALOGUE)
    assert len(proc.stdout.splitlines()) == len(CATALOGUE)
    # Seeded: the same bytes every time.
    again = tmp_path.parent / (tmp_path.name + "-again")
    make_bad_corpus(again)
    for name in CATALOGUE:
        assert (tmp_path / name).read_bytes() == (again / name).read_bytes(), name


def test_ocr_option_needs_tesseract(tmp_path):
    import os
    env = dict(os.environ, OVERSIGHT_TESSERACT="")
    proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), "run", str(tmp_path), "--out",
                           str(tmp_path / "out"), "--ocr"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2 and "--ocr needs tesseract" in proc.stderr
