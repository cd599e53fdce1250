"""End to end: the bundled sample corpus through `python cli.py run`, as a user runs it."""
from __future__ import annotations

import shutil
import sqlite3

import pandas as pd
import pytest

from pipeline.evaluate import evaluate, load_gold

from cli_helper import SAMPLE, cli  # noqa: E402
GOLD = SAMPLE / "gold.csv"


@pytest.fixture(scope="module")
def run_with_bad_files(tmp_path_factory):
    """The sample corpus plus a corrupt PDF and a non-PDF saved as .pdf."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SAMPLE, corpus, dirs_exist_ok=True)
    good = (SAMPLE / "ipco-annual-report-2018.pdf").read_bytes()
    (corpus / "broken" ).mkdir()
    (corpus / "broken" / "truncated-report.pdf").write_bytes(good[: len(good) // 3])
    (corpus / "broken" / "error-page.pdf").write_text(
        "<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>")
    out = tmp_path_factory.mktemp("out")
    proc = cli("run", str(corpus), "--out", str(out))
    return corpus, out, proc


def test_exit_code_1_and_failures_listed_with_reasons(run_with_bad_files):
    _, out, proc = run_with_bad_files
    assert proc.returncode == 1, proc.stderr
    failures = pd.read_csv(out / "failures.csv", keep_default_na=False)
    reasons = dict(zip(failures["document"], failures["reason"]))
    assert set(reasons) == {"broken/truncated-report.pdf", "broken/error-page.pdf"}
    assert reasons["broken/error-page.pdf"].startswith("not a PDF")
    assert "HTML" in reasons["broken/error-page.pdf"]
    assert reasons["broken/truncated-report.pdf"]  # a one-line reason, whatever pdfminer says
    assert all("\n" not in r for r in reasons.values())


def test_every_good_document_still_written(run_with_bad_files):
    _, out, _ = run_with_bad_files
    obs = pd.read_csv(out / "observations.csv", keep_default_na=False)
    gold = load_gold(GOLD)
    assert set(gold["document"]) <= set(obs["document"])
    # the parquet copy holds the same rows
    assert len(pd.read_parquet(out / "observations.parquet")) == len(obs)


def test_observation_columns_and_provenance(run_with_bad_files):
    _, out, _ = run_with_bad_files
    obs = pd.read_csv(out / "observations.csv", keep_default_na=False)
    required = ["document", "sha256", "page", "metric", "metric_label", "category", "period", "value",
                "unit", "qualifier", "method", "quote", "bbox", "confidence"]
    assert list(obs.columns[: len(required)]) == required
    assert (obs["quote"].str.len() > 0).all() and (obs["page"] >= 1).all()
    assert obs["sha256"].str.fullmatch(r"[0-9a-f]{64}").all()
    boxes = obs["bbox"].str.split(",", expand=True).astype(float)
    assert ((boxes[2] > boxes[0]) & (boxes[3] > boxes[1])).all()
    assert obs["method"].isin(["sentence", "table", "list", "chart", "words", "ocr"]).all()
    assert obs["confidence"].between(0, 1).all()
    # every quote really holds the printed value (thousands separators as printed)
    row = obs[(obs["metric"] == "cd.items") & (obs["period"] == "2018")].iloc[0]
    assert "808,214" in row["quote"] and row["page"] == 5


def test_scores_against_gold(run_with_bad_files):
    _, out, _ = run_with_bad_files
    obs = pd.read_csv(out / "observations.csv", keep_default_na=False, dtype={"period": str})
    ev = evaluate(obs, load_gold(GOLD))
    # Measured 0.998 / 0.998 on this (development) corpus; the floor, a little below, catches
    # regressions in the rules. The held-out corpus is reported by `cli.py evaluate`, not asserted.
    assert ev.overall.precision >= 0.99, ev.false_positives[["document", "page", "metric", "value", "quote"]]
    assert ev.overall.recall >= 0.99, ev.misses[["document", "page", "metric", "value", "quote"]]


# The later development parts, written to stress generalisation, each scored once before any
# rule or layout reading was written against it (its untuned P / R is in README "Recognition
# accuracy", with today's scores), then worked on. Extraction changes move them; the floors sit a
# little below the scores measured on 2026-11-23 (raised again late that day).
@pytest.mark.parametrize("part, precision, recall", [("dev2", 0.97, 0.98), ("dev3", 0.99, 0.96),
                                                     ("dev4", 0.98, 0.95), ("dev5", 0.98, 0.97),
                                                     ("dev6", 0.99, 0.97), ("dev7", 0.99, 0.97),
                                                     ("dev8", 0.98, 0.92), ("dev9", 0.98, 0.98),
                                                     ("dev10", 0.98, 0.91), ("dev11", 0.97, 0.93),
                                                     ("dev12", 0.99, 0.96), ("dev13", 0.94, 0.86),
                                                     ("dev14", 0.95, 0.94), ("dev15", 0.97, 0.95),
                                                     ("dev16", 0.93, 0.90)])
def test_scores_against_later_development_parts(tmp_path, part, precision, recall):
    corpus = SAMPLE.parent / part
    proc = cli("run", str(corpus), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    obs = pd.read_csv(tmp_path / "observations.csv", keep_default_na=False, dtype={"period": str})
    ev = evaluate(obs, load_gold(corpus / "gold.csv"))
    assert ev.overall.precision >= precision, ev.false_positives[["document", "page", "metric", "value", "quote"]]
    assert ev.overall.recall >= recall, ev.misses[["document", "page", "metric", "value", "quote"]]


def test_series_statuses(run_with_bad_files):
    _, out, _ = run_with_bad_files
    series = pd.read_csv(out / "series.csv", keep_default_na=False, dtype={"period": str})
    items = series[(series["metric"] == "cd.items") & (series["category"] == "total")].set_index("period")
    assert items.loc["2018", "value"] == 808214 and items.loc["2016", "status"] == "agree"
    # IPCO 2017, IPCO 2018 and IOCCO 2016 all print 754,559 for 2016
    assert items.loc["2016", "n_observations"] >= 3 and items.loc["2016", "n_documents"] >= 3
    errors = series[(series["metric"] == "cd.errors") & (series["period"] == "2016")].iloc[0]
    assert errors["status"] == "conflict" and errors["values"] == "1101; 1200"


def test_sqlite_database(run_with_bad_files):
    _, out, _ = run_with_bad_files
    con = sqlite3.connect(out / "surveillance_stats.db")
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"documents", "observations", "series", "failures"} <= tables
    n_obs = con.execute("select count(*) from observations").fetchone()[0]
    assert n_obs == len(pd.read_csv(out / "observations.csv"))
    assert con.execute("select count(*) from failures").fetchone()[0] == 2
    value = con.execute("select value from observations where metric='cd.applications.sensitive_profession' "
                        "and category='journalist' and period='2024'").fetchone()[0]
    assert value == 157


def test_rerun_gives_identical_outputs(run_with_bad_files, tmp_path):
    corpus, out, _ = run_with_bad_files
    proc = cli("run", str(corpus), "--out", str(tmp_path))
    assert proc.returncode == 1
    for name in ("observations.csv", "series.csv", "failures.csv"):
        assert (tmp_path / name).read_text() == (out / name).read_text(), name


def test_usage_errors_exit_2(tmp_path):
    assert cli("run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")).returncode == 2
    assert cli("run", str(tmp_path)).returncode == 2  # --out is required
    assert cli("no-such-command").returncode == 2


def test_help_documents_every_command():
    top = cli("--help")
    assert top.returncode == 0
    for command in ("run", "evaluate", "tables"):
        assert command in top.stdout
        sub = cli(command, "--help")
        assert sub.returncode == 0 and "Usage" in sub.stdout


def test_evaluate_command_prints_scores():
    proc = cli("evaluate", str(SAMPLE), str(GOLD), "--show", "5")
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[1].split()
    assert first[0] == "overall" and float(first[1]) >= 0.97 and float(first[2]) >= 0.94
    for form in ("sentence", "table", "list", "words", "chart"):
        assert f"  {form}" in proc.stdout
