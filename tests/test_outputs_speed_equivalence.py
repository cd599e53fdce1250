"""The fast paths of the outputs stage give exactly what the plain pandas / json code they
replaced gave: each test keeps that code as the oracle."""
import hashlib
import json
import math
import random
import sqlite3

import numpy as np
import pandas as pd
import pytest

from pipeline.manifest import json_indented
from pipeline.model import OBSERVATION_COLUMNS, Observation
from pipeline.outputs import _sql_rows, write_outputs
from pipeline.runner import DocumentResult, frames, results_digest, to_payload
from pipeline.series import build_series, format_number, records, with_observation_ids


def _same_values(a, b) -> bool:
    """Equal, NaN equal to NaN, and of the same type (an int is not a float here)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same_values(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same_values(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and (a is b or a == b)


def _observation(i: int, **changes) -> Observation:
    o = Observation(document=f"report-{i % 3}.pdf", sha256="s" * 64, page=1 + i % 7, metric="cd.items",
                    metric_label="Items", category=["total", "police", ""][i % 3], period=str(2015 + i % 4),
                    value=float(1000 + i * 37 % 11), unit="items", qualifier="", method=["sentence", "table"][i % 2],
                    quote=f"{i} items", bbox=f"{i}.0,2.0,3.0,4.0", confidence=0.9)
    for k, v in changes.items():
        setattr(o, k, v)
    return o


def _results() -> list[DocumentResult]:
    obs = [_observation(i) for i in range(60)]
    obs += [_observation(60, category=None, bbox=None), _observation(61, page=3)]
    out = []
    for d in range(3):
        mine = [o for o in obs if o.document == f"report-{d}.pdf"]
        out.append(DocumentResult(f"report-{d}.pdf", "s" * 64, title=f"Annual report 201{d}", report_year=2010 + d,
                                  pages=7, observations=mine, notes=["page 2: scanned"] if d == 1 else []))
    out.append(DocumentResult("broken.pdf", "b" * 64, status="failed"))
    return out


def test_records_is_to_dict_records():
    frame = pd.DataFrame({
        "text": ["a", None, "c"], "nothing": [None, None, None], "int": [1, 2, 3], "float": [1.5, np.nan, 2.0],
        "bool": [True, False, True], "nullable": pd.array([1, None, 3], dtype="Int64"),
        "mixed": [np.int64(4), np.float64(2.5), "x"], "boolean": pd.array([True, None, False], dtype="boolean"),
        "python_str": pd.array(["a", None, "b"], dtype="string[python]"),
        "na_str": pd.array(["a", None, "b"], dtype=pd.StringDtype("pyarrow", na_value=pd.NA)),
        "category": pd.Categorical(["a", None, "a"]), "float32": np.array([1.5, np.nan, 2], dtype="float32"),
        "date": pd.to_datetime(["2020-01-01", "2020-02-01", "2021-01-01"]),
    })
    assert _same_values(records(frame), frame.to_dict("records"))
    assert records(frame.iloc[:0]) == []


def test_observation_ids_as_with_apply():
    def old(row):  # what with_observation_ids computed, one DataFrame.apply row at a time
        parts = [row["document"], format_number(row["page"]), row["metric"], row["category"],
                 row["period"], format_number(row["value"]), row["bbox"]]
        text = "|".join(p if isinstance(p, str) else "" if pd.isna(p) else str(p) for p in parts)
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

    _, obs, _ = frames(_results())
    obs = pd.concat([obs, obs.iloc[:2]], ignore_index=True)  # duplicates are dropped
    expected = obs.copy()
    expected["observation_id"] = expected.apply(old, axis=1)
    expected = expected.drop_duplicates("observation_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(with_observation_ids(obs), expected)


def test_frames_and_digest_as_with_to_dict():
    results = _results()
    _, obs, _ = frames(results)
    expected = pd.DataFrame([o.to_dict() for r in results for o in r.observations], columns=OBSERVATION_COLUMNS)
    pd.testing.assert_frame_equal(obs, expected)

    h = hashlib.sha256()
    for r in results:
        p = to_payload(r)
        p["document"].pop("seconds", None)
        h.update(json.dumps(p, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                            allow_nan=True, default=str).encode("utf-8"))
        h.update(b"\n")
    assert results_digest(results) == h.hexdigest()


def test_series_from_given_ids_as_from_raw_observations():
    docs, obs, _ = frames(_results())
    pd.testing.assert_frame_equal(build_series(with_observation_ids(obs), docs), build_series(obs, docs))


def test_sql_rows_as_sqlite_utils_insert_all(tmp_path):
    import sqlite_utils

    def old_records(df):  # what _write_table gave sqlite-utils' insert_all
        def clean(v):
            if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
                return None
            return v.item() if hasattr(v, "item") else v
        return [{k: clean(v) for k, v in row.items()} for row in df.to_dict("records")]

    frame = pd.DataFrame({
        "id": ["a", "b", "c"], "text": ["x", None, "z"], "int": [1, 2, 3], "float": [1.5, np.nan, 2.0],
        "bool": [True, False, True], "nullable": pd.array([1, None, 3], dtype="Int64"),
        "mixed": [np.int64(4), [1, 2], None],
    })
    old_db = sqlite_utils.Database(tmp_path / "old.db")
    old_db.table("t").create({c: str for c in frame.columns}, pk="id")
    old_db.table("t").insert_all(old_records(frame))
    new = sqlite3.connect(tmp_path / "new.db")
    new.execute(old_db.table("t").schema)
    new.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)", _sql_rows(frame))
    assert list(old_db.conn.execute("SELECT * FROM t")) == list(new.execute("SELECT * FROM t"))


def test_write_outputs_with_ids_given_as_without(tmp_path):
    docs, obs, fails = frames(_results())
    series = build_series(obs, docs)
    a = write_outputs(tmp_path / "a", docs, obs, series, fails)
    b = write_outputs(tmp_path / "b", docs, with_observation_ids(obs), series, fails)
    for key in a:
        if key != "db":
            assert a[key].read_bytes() == b[key].read_bytes(), key
    dumps = [list(sqlite3.connect(p["db"]).iterdump()) for p in (a, b)]
    assert dumps[0] == dumps[1]


def _random_json(rng: random.Random, depth: int = 0):
    r = rng.random()
    if depth > 3 or r < 0.5:
        return rng.choice(["", "a\nb", 'é"\\\t', "{,\n }", 0, -3, 10**20, 1.5, 1e-300, 2.0, True, False, None])
    if r < 0.75:
        return [_random_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(["k", "é", "a b", ""]) + str(i): _random_json(rng, depth + 1) for i in range(rng.randrange(4))}


def test_json_indented_is_json_dumps():
    rng = random.Random(0)
    for _ in range(2000):
        value = _random_json(rng)
        for indent in (1, 2):
            assert json_indented(value, indent) == json.dumps(value, indent=indent, ensure_ascii=False,
                                                              allow_nan=False)
    # Tables (lists of flat dicts) are encoded in one call and split into rows: strings that
    # look like row boundaries must stay as they are.
    for _ in range(300):
        rows = [{f"c{j}": rng.choice(["}, {", '"},\n  {"', "}", "{", 1.5, None, True, "é"]) for j in range(rng.randrange(1, 4))}
                for _ in range(rng.randrange(1, 5))]
        for value in (rows, {"summary": {"n": 1}, "changes": rows}, [[rows]], [rows, {}], rows + [[]]):
            assert json_indented(value) == json.dumps(value, indent=1, ensure_ascii=False, allow_nan=False)
    keys = {1: "a", 2.5: [], None: {}, True: (1, 2), "x": {1: 2}}
    assert json_indented(keys) == json.dumps(keys, indent=1, ensure_ascii=False)
    for bad in (float("nan"), {"a": [float("inf")]}, {"a": object()}, {(1,): 2, "b": []}):
        with pytest.raises((ValueError, TypeError)):
            json_indented(bad)


def test_seen_values_as_a_scan_of_the_list():
    from pipeline.series import TOLERANCE, _same, _Seen

    rng = random.Random(0)
    pool = [0.0, -0.0, 1.0, 1.0 + TOLERANCE / 2, 1.0 + 2 * TOLERANCE, 2.2, 2.2000000001, 1e15, 1e15 + 0.125,
            float("inf"), float("-inf"), float("nan"), -3.5]
    for _ in range(500):
        seen, scanned = _Seen(), []
        for _ in range(rng.randrange(12)):
            v = rng.choice(pool)
            assert (v in seen) == any(_same(v, s) for s in scanned), (v, scanned)
            seen.add(v)
            scanned.append(v)


# --- Forked: the diff made in a child process --------------------------------------------------

def test_forked_gives_fn_result_from_another_process():
    import os

    from pipeline.isolate import Forked

    with Forked(lambda: (os.getpid(), [1.5, "é", None])) as pending:
        pid, value = pending.result()
    assert value == [1.5, "é", None]
    assert pid != os.getpid()
    assert pending.proc is None  # the child was joined


def test_forked_raises_fn_error_here():
    from pipeline.isolate import Forked

    def broken():
        raise KeyError("missing column")
    with pytest.raises(KeyError, match="missing column"):
        with Forked(broken) as pending:
            pending.result()


def test_forked_child_dying_or_no_fork_computes_here(monkeypatch):
    import multiprocessing
    import os

    from pipeline.isolate import Forked

    parent = os.getpid()

    def dies_in_child():
        if os.getpid() != parent:
            os._exit(3)
        return "computed here"
    with Forked(dies_in_child) as pending:
        assert pending.result() == "computed here"

    def no_fork(method=None):
        raise ValueError("cannot find context for 'fork'")
    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    with Forked(lambda: os.getpid()) as pending:
        assert pending.proc is None
        assert pending.result() == parent


def test_forked_left_early_kills_the_child():
    import time

    from pipeline.isolate import Forked

    with pytest.raises(RuntimeError):
        with Forked(lambda: time.sleep(60)) as pending:
            proc = pending.proc
            raise RuntimeError("writing the outputs failed")
    assert not proc.is_alive() and pending.proc is None


def test_format_number_fast_path_as_before():
    def old(value):
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
            return ""
        number = float(value)
        if number.is_integer() and abs(number) < 1e15:
            return str(int(number))
        return f"{number:.15g}"

    rng = random.Random(0)
    values = [0.0, -0.0, 2.2, 1e15, 1e15 - 1, -1e15, 1e16, 0.1 + 0.2, float("nan"), float("inf"), float("-inf"),
              5e-324, None, pd.NA, 3, 10**20, True, np.float64(2.5), np.int64(7), "4"]
    values += [rng.uniform(-1e17, 1e17) for _ in range(2000)] + [float(rng.randrange(-10**16, 10**16)) for _ in range(2000)]
    for v in values:
        assert format_number(v) == old(v), v


def test_gc_paused_restores_the_collector_state():
    import gc

    from pipeline.runner import _gc_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with _gc_paused():
            assert not gc.isenabled()
            raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with _gc_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_forked_child_that_never_answers_is_given_up():
    import os
    import time

    from pipeline.isolate import Forked

    parent = os.getpid()

    def stuck_in_child():
        while os.getpid() != parent:
            time.sleep(1)
        return "computed here"
    t0 = time.monotonic()
    with Forked(stuck_in_child, grace=0.3) as pending:
        proc = pending.proc
        assert pending.result() == "computed here"
    assert time.monotonic() - t0 < 10
    assert not proc.is_alive()
