import csv
import json

import pandas as pd
import pytest
import sqlite_utils

from pipeline import outputs
from pipeline.model import OBSERVATION_COLUMNS, Observation
from pipeline.outputs import read_observations, write_outputs
from pipeline.series import CHANGE_COLUMNS, CHECK_COLUMNS, SERIES_COLUMNS, build_series


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
        "observations.csv", "observations.parquet", "series.csv", "series.parquet", "checks.csv",
        "changes.csv", "breaks.csv", "failures.csv", "documents.csv", "surveillance_stats.db",
        "metadata.json"}
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
    assert {"documents", "observations", "series", "failures", "checks", "changes",
            "breaks"} <= set(db.table_names())
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


def test_checks_changes_and_breaks_are_written(tmp_path, tables):
    documents, observations, series, failures = tables
    extra = pd.DataFrame([
        observation("a/ipco_2018.pdf", 757977.0, "2017"),
    ])
    observations = pd.concat([observations, extra], ignore_index=True)
    series = build_series(observations, documents)
    paths = write_outputs(tmp_path, documents, observations, series, failures)

    changes = read_csv_rows(paths["changes_csv"])
    assert list(changes[0]) == CHANGE_COLUMNS
    row = next(r for r in changes if r["from_period"] == "2017" and r["to_period"] == "2018")
    assert (row["from_value"], row["to_value"], row["change_abs"]) == ("757977", "808214", "50237")
    assert float(row["change_pct"]) == pytest.approx((808214 - 757977) / 757977 * 100, rel=1e-12)
    assert (row["from_document"], row["from_page"]) == ("a/ipco_2018.pdf", "3")
    assert (row["to_document"], row["to_page"]) == ("b/ipco_2019.pdf", "5")  # 2019 report wins for 2018
    with open(paths["checks_csv"], encoding="utf-8") as f:
        assert f.readline().strip() == ",".join(CHECK_COLUMNS)

    db = sqlite_utils.Database(paths["db"])
    assert db["changes"].pks == ["change_id"] and db["checks"].pks == ["check_id"]
    assert db["changes"].columns_dict["change_pct"] is float
    assert db["changes"].count == len(changes)
    assert db["series"].columns_dict["value"] is float
    db.close()
    back = outputs.read_series(tmp_path)
    assert list(back.columns) == SERIES_COLUMNS and len(back) == len(series)


def test_datasette_metadata_and_client(tmp_path, tables):
    """The database and metadata.json open in Datasette as they are (in-process client, no
    network): titles, licence, the series table, and full-text search over quotes."""
    import asyncio

    from datasette.app import Datasette

    documents, observations, series, failures = tables
    paths = write_outputs(tmp_path, documents, observations, series, failures)
    metadata = json.loads(paths["metadata"].read_text(encoding="utf-8"))
    assert paths["metadata"].parent == paths["db"].parent
    assert metadata["license"] == "Open Government Licence v3.0"
    assert "Crown copyright" in metadata["source"]
    tables_meta = metadata["databases"]["surveillance_stats"]["tables"]
    assert {"observations", "series", "checks", "changes", "breaks", "documents", "failures"} <= set(tables_meta)
    assert all(t["title"] and t["description"] for t in tables_meta.values())

    async def fetch():
        ds = Datasette([str(paths["db"])], metadata=metadata)
        await ds.invoke_startup()
        got = {}
        got["index"] = await ds.client.get("/")
        got["series"] = await ds.client.get(
            "/surveillance_stats/series.json?_shape=array&status=agree")
        got["search"] = await ds.client.get(
            "/surveillance_stats/observations.json?_shape=array&_search=quoted")
        got["checks"] = await ds.client.get("/surveillance_stats/checks")
        got["meta"] = await ds.client.get("/-/metadata.json")
        return got

    got = asyncio.run(fetch())
    assert all(r.status_code == 200 for r in got.values()), {k: r.status_code for k, r in got.items()}
    assert "Open Government Licence v3.0" in got["index"].text
    assert "UK surveillance oversight statistics" in got["index"].text
    agree = got["series"].json()
    assert len(agree) == 1 and agree[0]["series_id"] == "interception_warrants||2018|count"
    assert agree[0]["value"] == 808214.0 and agree[0]["n_observations"] == 2
    assert len(got["search"].json()) == 3
    assert "Consistency checks" in got["checks"].text
    assert got["meta"].json()["license"] == "Open Government Licence v3.0"
