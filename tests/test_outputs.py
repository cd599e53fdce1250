import csv

import pandas as pd
import pytest
import sqlite_utils

from pipeline import outputs
from pipeline.model import OBSERVATION_COLUMNS, Observation
from pipeline.outputs import read_observations, write_outputs
from pipeline.series import SERIES_COLUMNS, build_series


def observation(document, value, period, page=3, confidence=0.9):
    return Observation(
        document=document, sha256="h-" + document, page=page, metric="interception_warrants",
        metric_label="Interception warrants", category="", period=period, value=value,
        unit="count" if float(value).is_integer() else "percent", qualifier="", method="table",
        quote=f"Total requests £ {value} — “quoted”", bbox=f"10.0,20.0,30.0,{page}.5",
        confidence=confidence,
    ).to_dict()


@pytest.fixture
def tables():
    documents = pd.DataFrame([
        {"document": "a/ipco_2018.pdf", "sha256": "h-a/ipco_2018.pdf", "title": "Annual Report 2018",
         "report_year": 2018, "pages": 120, "status": "ok"},
        {"document": "b/ipco_2019.pdf", "sha256": "h-b/ipco_2019.pdf", "title": "Annual Report 2019",
         "report_year": 2019, "pages": 130, "status": "ok"},
    ])
    observations = pd.DataFrame([
        observation("a/ipco_2018.pdf", 808214.0, "2018"),
        observation("b/ipco_2019.pdf", 808214.0, "2018", page=5),
        observation("b/ipco_2019.pdf", 2.2, "2019"),
    ])
    failures = pd.DataFrame([{"document": "c/scan.pdf", "sha256": "h-c", "reason": "no text layer"}])
    series = build_series(observations, documents)
    return documents, observations, series, failures


def read_csv_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_writes_every_output(tmp_path, tables):
    documents, observations, series, failures = tables
    paths = write_outputs(tmp_path, documents, observations, series, failures)
    assert {p.name for p in paths.values()} == {
        "observations.csv", "observations.parquet", "series.csv", "failures.csv",
        "documents.csv", "surveillance_stats.db"}
    assert all(p.parent == tmp_path and p.exists() for p in paths.values())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths.values())

    rows = read_csv_rows(paths["observations_csv"])
    assert list(rows[0]) == [*OBSERVATION_COLUMNS, "observation_id"]
    assert [r["value"] for r in rows] == ["808214", "808214", "2.2"]  # no 808214.0, 2.2 kept
    assert rows[0]["quote"] == "Total requests £ 808214.0 — “quoted”"  # text is left alone
    assert list(read_csv_rows(paths["failures_csv"])[0]) == ["document", "sha256", "reason"]
    series_rows = read_csv_rows(paths["series_csv"])
    assert list(series_rows[0]) == SERIES_COLUMNS
    assert [r["value"] for r in series_rows] == ["808214", "2.2"]
    assert series_rows[0]["status"] == "agree" and series_rows[0]["page"] == "5"
    assert read_csv_rows(paths["documents_csv"])[0]["report_year"] == "2018"

    back = read_observations(tmp_path)
    assert len(back) == 3 and back["value"].tolist() == [808214.0, 808214.0, 2.2]
    assert back["observation_id"].is_unique


def test_sqlite_opens_with_sqlite_utils(tmp_path, tables):
    documents, observations, series, failures = tables
    paths = write_outputs(tmp_path, documents, observations, series, failures, db_name="stats")
    assert paths["db"].name == "stats.db"
    db = sqlite_utils.Database(paths["db"])
    assert {"documents", "observations", "series", "failures"} <= set(db.table_names())
    assert db["observations"].count == 3 and db["series"].count == 2
    assert db["documents"].count == 2 and db["failures"].count == 1
    assert db["observations"].pks == ["observation_id"]
    assert db["series"].pks == ["series_id"] and db["documents"].pks == ["document"]
    assert list(db["observations"].columns_dict) == [*OBSERVATION_COLUMNS, "observation_id"]
    assert list(db["series"].columns_dict) == SERIES_COLUMNS
    assert db["observations"].columns_dict["value"] is float
    assert db["observations"].columns_dict["page"] is int
    indexed = {tuple(i.columns) for t in ("observations", "series") for i in db[t].indexes}
    assert ("metric", "category", "period") in indexed and ("metric",) in indexed
    hits = list(db["observations"].search("quoted"))
    assert len(hits) == 3
    agree = db["series"].get("interception_warrants||2018|count")
    assert agree["value"] == 808214.0 and agree["n_observations"] == 2
    db.close()


def test_empty_tables_still_get_schema(tmp_path):
    empty = pd.DataFrame(columns=OBSERVATION_COLUMNS)
    paths = write_outputs(tmp_path, pd.DataFrame(), empty, build_series(empty, pd.DataFrame()),
                          pd.DataFrame())
    db = sqlite_utils.Database(paths["db"])
    assert db["observations"].count == 0
    assert "observation_id" in db["observations"].columns_dict
    assert db["failures"].columns_dict == {"document": str, "sha256": str, "reason": str}
    assert db["observations"].columns_dict["value"] is float
    assert db["series"].columns_dict["n_observations"] is int
    db.close()
    assert read_csv_rows(paths["observations_csv"]) == []


def test_failed_write_keeps_previous_outputs(tmp_path, tables, monkeypatch):
    documents, observations, series, failures = tables
    write_outputs(tmp_path, documents, observations, series, failures)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    real_write_csv, calls = outputs._write_csv, []

    def fail_after_first(df, path):
        calls.append(path)
        if len(calls) > 1:
            raise OSError("disk full")
        real_write_csv(df, path)

    monkeypatch.setattr(outputs, "_write_csv", fail_after_first)
    with pytest.raises(OSError, match="disk full"):
        write_outputs(tmp_path, documents, observations.iloc[:1], series.iloc[:1], failures.iloc[:0])

    # Same files, same bytes, and no staging folder or temp file left behind.
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_failed_db_build_keeps_previous_outputs(tmp_path, tables, monkeypatch):
    documents, observations, series, failures = tables
    write_outputs(tmp_path, documents, observations, series, failures)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken_db(path, *frames):
        path.write_bytes(b"half a database")
        raise RuntimeError("crash while building the db")

    monkeypatch.setattr(outputs, "_write_db", broken_db)
    with pytest.raises(RuntimeError):
        write_outputs(tmp_path, documents, observations.iloc[:1], series, failures)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
