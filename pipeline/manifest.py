"""The run manifest (what went in, with which code and settings, how long it took) and the
difference between this run's outputs and the previous run's.

    from pipeline.manifest import write_manifest, read_manifest, load_previous, diff_runs, write_changes

    prev_obs, prev_series = load_previous(out_dir)          # before the new outputs replace them
    ...run...
    write_manifest(out_dir, inputs=[{"path": "ipco/2019.pdf", "sha256": "...", "size": 123}],
                   versions={"pipeline": PIPELINE_VERSION, "python": "3.11.7"},
                   settings={"password": False}, timings={"total_s": 1.9})
    diff = diff_runs(prev_obs, obs, prev_series, series)
    write_changes(out_dir, diff)   # OUT_DIR/changes_since_last_run.csv and .json

`diff_runs` compares two runs' tables (pandas DataFrames; None or empty for "no previous run"):

Observations.
- Same `observation_id` in both runs: unchanged (not reported). The id hashes
  document|page|metric|category|period|value|bbox (pipeline.series.observation_id), and is
  computed here when a frame lacks the column.
- Otherwise rows are matched on the natural key (document, page, metric, category, period):
  a key present in both runs is `changed` (fields: which of value, unit, bbox, quote,
  qualifier, method, metric_label, confidence differ); rows that remain are `new` or
  `removed`. When one key has several rows (the same figure in prose and in a table on one
  page), they pair up first on the same bbox, then on the same value, then in bbox order.

Series points, keyed by `series_id`: `new`, `removed`, or `changed` when the value (beyond
1e-9) or the status (single / agree / conflict) differs.

The return value is a JSON-serialisable dict:

    {"first_run": bool,
     "summary": {"observations": {"new": n, "changed": n, "removed": n, "unchanged": n},
                 "series": {...same...}},
     "changes": [row, ...]}          # one row per change, columns CHANGE_COLUMNS

with rows sorted by (kind, change, key). `changes_frame(diff)` gives the rows as a DataFrame.
"""
from __future__ import annotations

import json
import math
import operator
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from .fsutil import write_text_atomic

import pandas as pd

MANIFEST_NAME = "manifest.json"
CHANGES_NAME = "changes_since_last_run"
MANIFEST_FORMAT = 1
TOLERANCE = 1e-9

OBS_KEY = ["document", "page", "metric", "category", "period"]
OBS_COMPARED = ["value", "unit", "bbox", "quote", "qualifier", "method", "metric_label", "confidence"]
SERIES_COMPARED = ["value", "status"]

CHANGE_COLUMNS = [
    "kind",          # observation | series
    "change",        # new | changed | removed
    "key",           # observation_id (new/removed), document|page|metric|category|period (changed), series_id
    "document", "page", "metric", "category", "period", "unit",
    "value_before", "value_after", "status_before", "status_after",
    "fields",        # for changed: the fields that differ, "; "-joined
    "id_before", "id_after",   # observation_id or series_id on each side
]


# --------------------------------------------------------------------------------------------
# Manifest

_SCALARS = frozenset({str, int, float, bool, type(None)})  # the types JSON writes as they are
_STR_ONLY = frozenset({str})

def _plain(value: Any) -> Any:
    """JSON-safe copy: Paths to str, numpy scalars unwrapped, NaN to None."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value  # the common case first: a diff holds hundreds of thousands of these
    if kind is float:
        return None if math.isnan(value) else value
    if kind is dict and _STR_ONLY.issuperset(map(type, value)) and _SCALARS.issuperset(map(type, value.values())) \
            and not any(map(operator.ne, value.values(), value.values())):
        return dict(value)  # a row of plain values (x != x only for NaN): copied, not walked
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        items = sorted(value, key=str) if isinstance(value, set) else value
        return [_plain(v) for v in items]
    if isinstance(value, Path):
        return value.as_posix()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


@lru_cache(maxsize=None)
def _encoder(separator: str = ",") -> json.JSONEncoder:
    """The json module's C encoder with `separator` between items."""
    return json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(separator, ": "))


def _json_key(key) -> str:
    """A dict key as json writes it: str as is, numbers, booleans and None as their JSON."""
    if isinstance(key, str):
        return _encoder().encode(key)
    if isinstance(key, (int, float)) or key is None:
        return _encoder().encode(_encoder().encode(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


_CONTAINERS = (dict, list, tuple)


def _flat(value) -> bool:
    """A list or dict with no list or dict in it."""
    children = value.values() if isinstance(value, dict) else value
    if _SCALARS.issuperset(map(type, children)):
        return True  # the common case, tested without a Python loop
    return not any(isinstance(c, _CONTAINERS) for c in children)


def json_indented(value: Any, indent: int = 1, _level: int = 0) -> str:
    """json.dumps(value, indent=indent, ensure_ascii=False, allow_nan=False), the same text,
    several times faster. With an indent the json module uses its pure-Python encoder, which
    took a second over the changes of a large run. Here a container of scalars (a change row)
    goes to the C encoder in one call, with the newline and indent of its items as the item
    separator; and a list of such dicts (the change rows) in one call too, its rows then split
    where one ends and the next starts. Neither separator can occur anywhere else: a newline
    inside a string is escaped."""
    if not isinstance(value, _CONTAINERS):
        return _encoder().encode(value)
    if not value:
        return "{}" if isinstance(value, dict) else "[]"
    pad = [" " * (indent * level) for level in range(_level, _level + 3)]
    if _flat(value):
        text = _encoder(",\n" + pad[1]).encode(value)
        return f"{text[0]}\n{pad[1]}{text[1:-1]}\n{pad[0]}{text[-1]}"
    if isinstance(value, (list, tuple)) and all(isinstance(v, dict) and v and _flat(v) for v in value):
        text = _encoder(",\n" + pad[2]).encode(value)  # [{..,\n<pad2>..},\n<pad2>{..}]
        rows = text[2:-2].replace(f"}},\n{pad[2]}{{", f"\n{pad[1]}}},\n{pad[1]}{{\n{pad[2]}")
        return f"[\n{pad[1]}{{\n{pad[2]}{rows}\n{pad[1]}}}\n{pad[0]}]"
    inner, outer = "\n" + pad[1], "\n" + pad[0]
    if isinstance(value, dict):
        items = [f"{_json_key(k)}: {json_indented(v, indent, _level + 1)}" for k, v in value.items()]
        return "{" + inner + ("," + inner).join(items) + outer + "}"
    items = [json_indented(v, indent, _level + 1) for v in value]
    return "[" + inner + ("," + inner).join(items) + outer + "]"


def write_manifest(out_dir: Path | str, inputs: list[dict], versions: dict, settings: dict,
                   timings: dict, extra: dict | None = None) -> Path:
    """Write OUT_DIR/manifest.json atomically and return its path.

    inputs: [{"path", "sha256", "size"}, ...] (other keys kept), sorted by path in the file.
    versions: e.g. {"pipeline": PIPELINE_VERSION, "python": ..., "pdfplumber": ...}.
    settings: the run's settings (no secrets: pass whether a password was given, not it).
    timings: seconds per stage, e.g. {"discover_s": 0.01, "documents_s": 3.2, "total_s": 3.5}.
    extra: anything else to record (counts, exit code), stored under "run".
    """
    rows = []
    for item in inputs:
        missing = {"path", "sha256", "size"} - set(item)
        if missing:
            raise ValueError(f"input {item!r} lacks {sorted(missing)}")
        rows.append(_plain(item))
    rows.sort(key=lambda r: r["path"])
    manifest = {
        "format": MANIFEST_FORMAT,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "versions": _plain(versions),
        "settings": _plain(settings),
        "timings": _plain(timings),
        "n_inputs": len(rows),
        "total_bytes": sum(int(r["size"] or 0) for r in rows),
        "inputs": rows,
    }
    if extra:
        manifest["run"] = _plain(extra)
    path = Path(out_dir) / MANIFEST_NAME
    write_text_atomic(path, json_indented(manifest) + "\n")
    return path


def read_manifest(out_dir: Path | str) -> dict | None:
    """The previous run's manifest, or None when there is none or it does not parse."""
    try:
        with open(Path(out_dir) / MANIFEST_NAME, encoding="utf-8") as f:
            data = json.load(f)
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def load_previous(out_dir: Path | str) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
    """(observations, series) of the run currently in OUT_DIR, from the Parquet files (CSV as a
    fallback); None for a table that is not there. Call before the new outputs replace them."""
    out_dir = Path(out_dir)

    def read(name: str) -> pd.DataFrame | None:
        for path, reader in ((out_dir / f"{name}.parquet", pd.read_parquet),
                             (out_dir / f"{name}.csv", lambda p: pd.read_csv(p, keep_default_na=False,
                                                                              na_values=[""]))):
            if path.is_file():
                try:
                    return reader(path)
                except Exception:
                    continue
        return None

    return read("observations"), read("series")


# --------------------------------------------------------------------------------------------
# Diff

def _text(v) -> str:
    if type(v) is str:
        return v  # the common case, first
    if v is None or v is pd.NA:
        return ""
    if isinstance(v, float):
        if math.isnan(v):
            return ""
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return f"{v:.15g}"
    return str(v)


def _num(v) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _same(a, b, numeric: bool = False) -> bool:
    if numeric:
        fa, fb = _num(a), _num(b)
        if fa is None or fb is None:
            return fa is None and fb is None
        return abs(fa - fb) <= TOLERANCE * max(1.0, abs(fa), abs(fb))
    return _text(a) == _text(b)


def _records(df: pd.DataFrame | None) -> list[dict]:
    from .series import records
    if df is None or len(df) == 0:
        return []
    return records(df)


def _with_ids(df: pd.DataFrame | None) -> pd.DataFrame | None:
    if df is None or len(df) == 0 or "observation_id" in df.columns:
        return df
    from .series import with_observation_ids
    return with_observation_ids(df)


def _obs_key(r: dict) -> str:
    return "|".join(map(_text, map(r.get, OBS_KEY)))


def _row(kind: str, change: str, key: str, before: dict | None, after: dict | None,
         fields: list[str] | None = None, id_col: str = "observation_id") -> dict:
    ref = after if after is not None else before
    out = {  # every one of CHANGE_COLUMNS, in its order
        "kind": kind, "change": change, "key": key,
        "document": _text(ref.get("document")), "page": _num(ref.get("page")),
        "metric": _text(ref.get("metric")), "category": _text(ref.get("category")),
        "period": _text(ref.get("period")), "unit": _text(ref.get("unit")),
        "value_before": _num(before.get("value")) if before else None,
        "value_after": _num(after.get("value")) if after else None,
        "status_before": _text(before.get("status")) if before else "",
        "status_after": _text(after.get("status")) if after else "",
        "fields": "; ".join(fields or []),
        "id_before": _text(before.get(id_col)) if before else "",
        "id_after": _text(after.get(id_col)) if after else "",
    }
    if out["page"] is not None:
        out["page"] = int(out["page"])
    return out


def _pair(before: list[dict], after: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pair rows sharing one natural key: same bbox first, then same value, then bbox order."""
    before, after = list(before), list(after)
    pairs = []
    matchers = (lambda a, b: _same(a.get("bbox"), b.get("bbox")),
                lambda a, b: _same(a.get("value"), b.get("value"), numeric=True))
    for same in matchers if before and after else ():  # most keys are only new, or only gone
        for a in list(before):
            for b in after:
                if same(a, b):
                    pairs.append((a, b))
                    before.remove(a)
                    after.remove(b)
                    break
    order = lambda r: (_text(r.get("bbox")), _num(r.get("value")) or 0.0)
    before.sort(key=order)
    after.sort(key=order)
    n = min(len(before), len(after))
    pairs += list(zip(before[:n], after[:n]))
    return pairs, before[n:], after[n:]


def _diff_observations(prev: pd.DataFrame | None, cur: pd.DataFrame | None) -> tuple[list[dict], dict]:
    prev_rows = {r["observation_id"]: r for r in _records(_with_ids(prev))}
    cur_rows = {r["observation_id"]: r for r in _records(_with_ids(cur))}
    unchanged = len(prev_rows.keys() & cur_rows.keys())
    gone_ids, came_ids = prev_rows.keys() - cur_rows.keys(), cur_rows.keys() - prev_rows.keys()
    if not gone_ids or not came_ids:
        # Nothing to pair (a first run: every row is new). Rows keyed by their unique ids come
        # out of diff_runs' sort in the same order whatever order they are made in.
        rows = [_row("observation", "removed", oid, prev_rows[oid], None) for oid in gone_ids]
        rows += [_row("observation", "new", oid, None, cur_rows[oid]) for oid in came_ids]
        return rows, {"new": len(came_ids), "changed": 0, "removed": len(gone_ids), "unchanged": unchanged}
    gone: dict[str, list[dict]] = {}
    for oid in gone_ids:
        gone.setdefault(_obs_key(prev_rows[oid]), []).append(prev_rows[oid])
    came: dict[str, list[dict]] = {}
    for oid in came_ids:
        came.setdefault(_obs_key(cur_rows[oid]), []).append(cur_rows[oid])

    rows = []
    for key in sorted(gone.keys() | came.keys()):
        pairs, removed, new = _pair(gone.get(key, []), came.get(key, []))
        for a, b in pairs:
            fields = [f for f in OBS_COMPARED if (f in a or f in b)
                      and not _same(a.get(f), b.get(f), numeric=f in ("value", "confidence"))]
            rows.append(_row("observation", "changed", key, a, b, fields))
        rows += [_row("observation", "removed", a["observation_id"], a, None) for a in removed]
        rows += [_row("observation", "new", b["observation_id"], None, b) for b in new]
    counts = {c: sum(r["change"] == c for r in rows) for c in ("new", "changed", "removed")}
    counts["unchanged"] = unchanged
    return rows, counts


def _diff_series(prev: pd.DataFrame | None, cur: pd.DataFrame | None) -> tuple[list[dict], dict]:
    prev_rows = {r["series_id"]: r for r in _records(prev)}
    cur_rows = {r["series_id"]: r for r in _records(cur)}
    rows, unchanged = [], 0
    for sid in sorted(prev_rows.keys() | cur_rows.keys()):
        a, b = prev_rows.get(sid), cur_rows.get(sid)
        if a is None:
            rows.append(_row("series", "new", sid, None, b, id_col="series_id"))
        elif b is None:
            rows.append(_row("series", "removed", sid, a, None, id_col="series_id"))
        else:
            fields = [f for f in SERIES_COMPARED if not _same(a.get(f), b.get(f), numeric=f == "value")]
            if fields:
                rows.append(_row("series", "changed", sid, a, b, fields, id_col="series_id"))
            else:
                unchanged += 1
    counts = {c: sum(r["change"] == c for r in rows) for c in ("new", "changed", "removed")}
    counts["unchanged"] = unchanged
    return rows, counts


def diff_runs(previous_obs_df: pd.DataFrame | None, current_obs_df: pd.DataFrame | None,
              previous_series_df: pd.DataFrame | None, current_series_df: pd.DataFrame | None) -> dict:
    """New, changed and removed observations and series points (see the module docstring)."""
    obs_rows, obs_counts = _diff_observations(previous_obs_df, current_obs_df)
    ser_rows, ser_counts = _diff_series(previous_series_df, current_series_df)
    order = {"new": 0, "changed": 1, "removed": 2}
    rows = sorted(obs_rows + ser_rows, key=lambda r: (r["kind"] != "observation", order[r["change"]], r["key"]))
    return {
        "first_run": previous_obs_df is None and previous_series_df is None,
        "summary": {"observations": obs_counts, "series": ser_counts},
        "changes": rows,
    }


def empty_diff(n_observations: int, n_series: int) -> dict:
    """The diff of a run whose outputs are the previous run's: nothing new, changed or removed."""
    zero = {"new": 0, "changed": 0, "removed": 0}
    return {"first_run": False,
            "summary": {"observations": {**zero, "unchanged": int(n_observations)},
                        "series": {**zero, "unchanged": int(n_series)}},
            "changes": []}


def changes_frame(diff: dict) -> pd.DataFrame:
    df = pd.DataFrame(diff["changes"], columns=CHANGE_COLUMNS)
    df["page"] = df["page"].astype("Int64")
    return df


@dataclass
class Changes:
    """A diff rendered as the two files write_changes writes: its summary, the CSV text and the
    JSON text. Plain strings, so the rendering can be done in another process (see runner)."""
    summary: dict
    csv: str
    json: str


def render_changes(diff: dict) -> Changes:
    """The texts of OUT_DIR/changes_since_last_run.csv (one row per change, CHANGE_COLUMNS) and
    .json (the whole diff, with a `created` time)."""
    text = changes_frame(diff).to_csv(index=False, float_format="%.15g")
    payload = {"created": datetime.now(timezone.utc).isoformat(timespec="seconds"), **_plain(diff)}
    return Changes(diff["summary"], text, json_indented(payload) + "\n")


def write_changes(out_dir: Path | str, diff: dict | Changes) -> dict[str, Path]:
    """OUT_DIR/changes_since_last_run.csv and .json (see render_changes) for a diff, or for a
    diff already rendered, both atomically. Returns {"csv": path, "json": path}."""
    out_dir = Path(out_dir)
    changes = diff if isinstance(diff, Changes) else render_changes(diff)
    csv_path, json_path = out_dir / f"{CHANGES_NAME}.csv", out_dir / f"{CHANGES_NAME}.json"
    write_text_atomic(csv_path, changes.csv)
    write_text_atomic(json_path, changes.json)
    return {"csv": csv_path, "json": json_path}


__all__ = ["write_manifest", "read_manifest", "load_previous", "diff_runs", "empty_diff", "changes_frame",
           "Changes", "render_changes", "write_changes", "CHANGE_COLUMNS", "MANIFEST_NAME", "CHANGES_NAME"]
