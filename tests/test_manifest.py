"""Run manifest and the diff against the previous run."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.manifest import (CHANGE_COLUMNS, changes_frame, diff_runs, load_previous,
                               read_manifest, write_changes, write_manifest)
from pipeline.model import OBSERVATION_COLUMNS
from pipeline.series import with_observation_ids


def obs(document="ipco-2019.pdf", page=10, metric="interception_warrants", category="", period="2019",
        value=3000.0, bbox="72.0,100.0,300.0,112.0", quote=None, **kw) -> dict:
    row = {"document": document, "sha256": "ab" * 32, "page": page, "metric": metric,
           "metric_label": metric.replace("_", " "), "category": category, "period": period,
           "value": value, "unit": "count", "qualifier": "", "method": "sentence",
           "quote": quote or f"{value:,.0f} warrants", "bbox": bbox, "confidence": 0.9}
    row.update(kw)
    return row


def frame(rows: list[dict]) -> pd.DataFrame:
    return with_observation_ids(pd.DataFrame(rows, columns=OBSERVATION_COLUMNS))


def series(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame([{"series_id": sid, "metric": sid.split("|")[0], "category": "", "period": sid.split("|")[2],
                          "unit": "count", "value": v, "status": st, "document": "d.pdf", "page": 1}
                         for sid, v, st in rows])


def test_write_and_read_manifest(tmp_path):
    path = write_manifest(tmp_path, inputs=[{"path": Path("b.pdf"), "sha256": "2" * 64, "size": 20},
                                            {"path": "a.pdf", "sha256": "1" * 64, "size": 10}],
                          versions={"pipeline": "abc"}, settings={"ocr": False, "password": None},
                          timings={"total_s": 1.25, "nan": float("nan")}, extra={"exit_code": 0})
    assert path == tmp_path / "manifest.json"
    m = read_manifest(tmp_path)
    assert [i["path"] for i in m["inputs"]] == ["a.pdf", "b.pdf"]
    assert m["n_inputs"] == 2 and m["total_bytes"] == 30 and m["versions"] == {"pipeline": "abc"}
    assert m["timings"] == {"total_s": 1.25, "nan": None} and m["run"] == {"exit_code": 0}
    assert m["format"] == 1 and m["created"].endswith("+00:00")
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]      # no temp file left
    with pytest.raises(ValueError, match="lacks"):
        write_manifest(tmp_path, inputs=[{"path": "x.pdf"}], versions={}, settings={}, timings={})
    assert read_manifest(tmp_path)["n_inputs"] == 2                         # old one intact
    assert read_manifest(tmp_path / "nowhere") is None


def test_diff_new_changed_removed_observations():
    same = obs(page=5, value=10)
    changed_before = obs(page=10, value=3000)
    changed_after = obs(page=10, value=3100)               # same place, new value
    removed = obs(page=20, metric="errors", value=7)
    new = obs(document="ipco-2020.pdf", page=3, value=1)
    prev = frame([same, changed_before, removed])
    cur = frame([same, changed_after, new])
    d = diff_runs(prev, cur, None, None)
    assert d["summary"]["observations"] == {"new": 1, "changed": 1, "removed": 1, "unchanged": 1}
    rows = {r["change"]: r for r in d["changes"] if r["kind"] == "observation"}
    c = rows["changed"]
    assert c["key"] == "ipco-2019.pdf|10|interception_warrants||2019"
    assert (c["value_before"], c["value_after"]) == (3000.0, 3100.0)
    assert c["fields"] == "value; quote" and c["id_before"] != c["id_after"]
    assert rows["removed"]["metric"] == "errors" and rows["removed"]["value_after"] is None
    assert rows["new"]["document"] == "ipco-2020.pdf" and rows["new"]["key"] == rows["new"]["id_after"]
    assert d["first_run"] is False


def test_diff_pairs_duplicates_on_one_page_by_bbox():
    """The same metric twice on a page (prose and table): only the one that moved is changed."""
    prose = obs(value=3000, bbox="1,1,2,2")
    table_before = obs(value=3000, bbox="5,5,6,6", method="table")
    table_after = obs(value=3001, bbox="5,5,6,6", method="table")
    d = diff_runs(frame([prose, table_before]), frame([prose, table_after]), None, None)
    [row] = d["changes"]
    assert row["change"] == "changed" and row["value_before"] == 3000 and row["value_after"] == 3001
    # A figure that only moved on the page is a change of bbox, not of value.
    moved = obs(value=3000, bbox="1,50,2,52")
    [row] = diff_runs(frame([prose]), frame([moved]), None, None)["changes"]
    assert row["change"] == "changed" and row["fields"] == "bbox"


def test_diff_series_points():
    prev = series([("m|x|2018", 10.0, "single"), ("m|x|2019", 20.0, "agree"), ("m|x|2017", 5.0, "single"),
                   ("m|x|2016", 1.0, "single")])
    cur = series([("m|x|2018", 10.0 + 1e-12, "single"), ("m|x|2019", 20.0, "conflict"),
                  ("m|x|2020", 30.0, "single"), ("m|x|2016", 2.0, "single")])
    d = diff_runs(None, None, prev, cur)
    assert d["summary"]["series"] == {"new": 1, "changed": 2, "removed": 1, "unchanged": 1}
    by = {r["key"]: r for r in d["changes"]}
    assert by["m|x|2019"]["fields"] == "status" and by["m|x|2019"]["status_after"] == "conflict"
    assert by["m|x|2016"]["fields"] == "value" and by["m|x|2016"]["value_after"] == 2.0
    assert by["m|x|2020"]["change"] == "new" and by["m|x|2017"]["change"] == "removed"


def test_first_run_everything_new_and_ids_computed_when_missing():
    raw = pd.DataFrame([obs(), obs(page=11)], columns=OBSERVATION_COLUMNS)    # no observation_id
    d = diff_runs(None, raw, None, series([("m|x|2019", 1.0, "single")]))
    assert d["first_run"] is True
    assert d["summary"]["observations"]["new"] == 2 and d["summary"]["series"]["new"] == 1
    assert diff_runs(frame([obs()]), frame([obs()]), series([]), series([]))["changes"] == []


def test_write_changes_and_load_previous(tmp_path):
    prev = frame([obs(value=1), obs(page=2, category="police", value=2.5)])
    cur = frame([obs(value=2)])
    d = diff_runs(prev, cur, series([("m|x|2019", 1.0, "single")]), series([("m|x|2019", 2.0, "single")]))
    paths = write_changes(tmp_path, d)
    csv = pd.read_csv(paths["csv"], keep_default_na=False)
    assert list(csv.columns) == CHANGE_COLUMNS and len(csv) == 3
    assert sorted(csv["change"]) == ["changed", "changed", "removed"]
    data = json.loads(paths["json"].read_text())
    assert data["summary"] == d["summary"] and len(data["changes"]) == 3 and "created" in data
    assert changes_frame(d)["page"].dtype == "Int64"

    # load_previous reads what the last run left (Parquet first, CSV otherwise).
    assert load_previous(tmp_path) == (None, None)
    prev.to_parquet(tmp_path / "observations.parquet", index=False)
    series([("m|x|2019", 1.0, "single")]).to_csv(tmp_path / "series.csv", index=False)
    o, s = load_previous(tmp_path)
    assert len(o) == 2 and s["series_id"].tolist() == ["m|x|2019"]
    again = diff_runs(o, prev, s, series([("m|x|2019", 1.0, "single")]))
    assert again["changes"] == []
