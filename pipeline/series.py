"""Observations -> series points, series families, checks and changes.

A *series point* is one (metric, category, period, unit). Several reports often state the same
figure (a later annual report repeats last year's number, or corrects it), and one report can
state two different figures for it (IOCCO 2016: 1,200 errors in the covering letter, 1,101 in
the errors chapter). A point keeps every observation it saw, lists every distinct value, and
picks one value with a fixed rule so that reruns give the same answer: the most recent report
wins (its edition year, then document name), and within that report the most confident
observation. Its status says what happened:

    single    one observation
    agree     several observations, one value
    revised   a later report gives a different value from an earlier one (each report agrees
              with itself)
    conflict  two different values inside ONE report (or in two reports of the same edition year)

A *series family* is what one line on a chart may join: metric + category + unit + period type
(year, financial_year, part_year, date). Points in different units or period types never share a
family. Series breaks (who counts, or what is counted, changed) are data in the taxonomy
(`[[series_breaks]]`) and are carried into the `breaks` column, the `breaks` table and the
`across_break` column of changes.

Checks: a `total` category against the sum of the other categories of the same metric, period
and document; and the same figure stated in prose and in a table (or chart) of one document.

Changes: the change between consecutive points of every family, with both sources.
"""
from __future__ import annotations

import bisect
import calendar
import fnmatch
import hashlib
import math
import re
import tomllib
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

KEY_COLUMNS = ["metric", "category", "period", "unit"]

SERIES_COLUMNS = [
    "series_id", "series_family", "metric", "metric_label", "category", "period", "period_type",
    "period_start", "period_end", "unit", "value", "n_observations", "n_documents", "status",
    "values", "note", "document", "page", "quote", "chosen_observation_id", "observation_ids",
    "sources", "breaks",
]

CHECK_COLUMNS = [
    "check_id", "check", "status", "metric", "category", "period", "unit", "document", "page",
    "expected", "actual", "difference", "detail", "observation_ids",
]

CHANGE_COLUMNS = [
    "change_id", "series_family", "metric", "metric_label", "category", "unit", "period_type",
    "from_period", "to_period", "from_value", "to_value", "change_abs", "change_pct", "direction",
    "consecutive", "across_break", "from_status", "to_status",
    "from_document", "from_page", "from_quote", "to_document", "to_page", "to_quote",
]

BREAK_COLUMNS = [
    "break_id", "year", "series_family", "metric", "category", "unit", "period_type",
    "splits_series", "from_basis", "to_basis", "note",
]

PERIOD_TYPES = ("year", "financial_year", "part_year", "date", "other")

# Methods that state a figure in running text, and those that lay it out as a table or chart.
PROSE_METHODS = ("sentence", "list", "words")
TABLE_METHODS = ("table", "chart")

# Two values closer than this are the same figure (floats parsed from text, e.g. 2.2 vs 2.20).
TOLERANCE = 1e-9


def format_number(value) -> str:
    """808214.0 -> '808214', 2.2 -> '2.2', NaN/None -> ''. Used for ids, `values` and CSVs."""
    if type(value) is float:  # the common case, first: called for every number of every output
        if value.is_integer():
            return str(int(value)) if abs(value) < 1e15 else f"{value:.15g}"
        return "" if value != value else f"{value:.15g}"
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    # 15 significant digits drops float noise such as 0.30000000000000004.
    return f"{number:.15g}"


def display_number(value, unit: str = "") -> str:
    """For people: 808214 -> '808,214', 18400000 GBP -> '£18,400,000', 2.2 percent -> '2.2%'."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    number = float(value)
    text = f"{number:,.0f}" if number.is_integer() else f"{number:,.15g}"
    if "," not in text and abs(number) >= 1000 and not number.is_integer():
        text = f"{number:,.2f}".rstrip("0").rstrip(".")
    if unit == "GBP":
        return ("-£" + text[1:]) if text.startswith("-") else "£" + text
    if unit == "percent":
        return text + "%"
    return text


def _native(value):
    """What to_dict does to a cell of an object or extension column (maybe_box_native): numpy
    scalars to Python ones, NA to None."""
    if isinstance(value, (np.floating, np.integer, np.bool_)):
        return value.item()
    if isinstance(value, (np.datetime64, np.timedelta64)):
        return pd.Timestamp(value) if isinstance(value, np.datetime64) else pd.Timedelta(value)
    if value is pd.NA:
        return None
    return value


def records(frame: pd.DataFrame) -> list[dict]:
    """frame.to_dict("records"), with the same values, several times faster: one tolist() per
    column instead of boxing every cell (slow on pandas' Arrow-backed string columns)."""
    columns = list(frame.columns)
    if not columns:
        return [{} for _ in range(len(frame))]
    lists = []
    for i in range(len(columns)):
        column = frame.iloc[:, i]
        values = column.tolist()
        dtype = column.dtype
        # Cells of object and extension columns are boxed as to_dict boxes them; a string
        # column with NaN for missing (pandas' default) holds nothing that boxing would change.
        native = isinstance(dtype, pd.StringDtype) and dtype.na_value is not pd.NA
        if (dtype == object or isinstance(dtype, pd.api.extensions.ExtensionDtype)) and not native:
            values = [_native(v) for v in values]
        lists.append(values)
    return [dict(zip(columns, row)) for row in zip(*lists)]


# What an observation id hashes, in order.
ID_FIELDS = ("document", "page", "metric", "category", "period", "value", "bbox")


def _observation_id(document, page, metric, category, period, value, bbox) -> str:
    parts = [document, format_number(page), metric, category, period, format_number(value), bbox]
    # Missing category/bbox hash as "" so NaN and "" give the same id.
    text = "|".join(p if isinstance(p, str) else "" if pd.isna(p) else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def observation_id(row) -> str:
    """Stable id of one observation: the same figure at the same place hashes the same.

    Built from document|page|metric|category|period|value|bbox (not from the row position),
    so ids survive reordering and reruns and can link series rows back to observations.
    """
    return _observation_id(*(row[c] for c in ID_FIELDS))


def with_observation_ids(observations: pd.DataFrame) -> pd.DataFrame:
    """Copy of `observations` with an `observation_id` column, exact duplicates dropped.

    A duplicate id is the same figure read twice at the same spot; keeping both would
    inflate n_observations and break the primary key in the database.
    """
    obs = observations.copy()
    if obs.empty:
        obs["observation_id"] = pd.Series(dtype="str")
        return obs
    # Column lists zipped, not DataFrame.apply: apply builds a Series per row, which made this
    # the slowest step of the outputs.
    columns = [obs[c].tolist() for c in ID_FIELDS]
    obs["observation_id"] = pd.Series([_observation_id(*parts) for parts in zip(*columns)],
                                      index=obs.index, dtype="str")
    return obs.drop_duplicates("observation_id").reset_index(drop=True)


def _with_ids(observations: pd.DataFrame) -> pd.DataFrame:
    """The observations with their ids: as given when they have them already (the runner
    computes them once for series, checks, outputs and the diff), else computed."""
    if "observation_id" in observations:
        return observations
    return with_observation_ids(observations)


# --------------------------------------------------------------------------------------------
# Periods

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _bounds(text: str) -> tuple[date, date] | None:
    """'2018' -> Jan 1..Dec 31, '2018-04' -> Apr 1..Apr 30, '2018-04-05' -> that day."""
    m = _DATE.match(text.strip())
    if not m:
        return None
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        if day:
            d = date(year, month, day)
            return d, d
        if month:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # e.g. month 13: not a date, so no bounds rather than a crash
        return None


def parse_period(period) -> tuple[str | None, str | None]:
    """ISO period -> (start, end) as 'YYYY-MM-DD' strings, or (None, None) if unreadable.

    Handles '2018', '2018-04', '2017-12-31' and intervals 'A/B' such as '2016-04/2017-03'.
    ISO date strings sort correctly as text, in CSV and SQLite alike.
    """
    if not isinstance(period, str) or not period.strip():
        return None, None
    first, _, last = period.partition("/")
    start, end = _bounds(first), _bounds(last or first)
    if start is None or end is None:
        return None, None
    return start[0].isoformat(), end[1].isoformat()


def period_type(period) -> str:
    """'2018' -> year, '2016-04/2017-03' -> financial_year, '2017-12-31' -> date,
    '2017-04/2017-12' or '2018-04' -> part_year; anything unreadable -> other."""
    if not isinstance(period, str):
        return "other"
    text = period.strip()
    start, end = parse_period(text)
    if start is None:
        return "other"
    if re.fullmatch(r"\d{4}", text):
        return "year"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return "date"
    d0, d1 = date.fromisoformat(start), date.fromisoformat(end)
    if (d0.month, d0.day, d1.month, d1.day) == (4, 1, 3, 31) and d1.year == d0.year + 1:
        return "financial_year"
    if (d0.month, d0.day, d1.month, d1.day) == (1, 1, 12, 31) and d0.year == d1.year:
        return "year"  # '2018-01/2018-12' is a calendar year written as an interval
    return "part_year"


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def period_label(period) -> str:
    """For people: '2018' -> '2018', '2016-04/2017-03' -> '2016-17', '2017-12-31' ->
    '31 Dec 2017', '2017-04/2017-12' -> 'Apr-Dec 2017'. Unreadable periods are shown as given."""
    kind = period_type(period)
    start, end = parse_period(period)
    if kind == "other" or start is None:
        return str(period or "")
    d0, d1 = date.fromisoformat(start), date.fromisoformat(end)
    if kind == "year":
        return str(d0.year)
    if kind == "financial_year":
        return f"{d0.year}-{str(d1.year)[2:]}"
    if kind == "date":
        return f"{d0.day} {_MONTHS[d0.month - 1]} {d0.year}"
    if d0.year == d1.year:
        if d0.month == d1.month:
            return f"{_MONTHS[d0.month - 1]} {d0.year}"
        return f"{_MONTHS[d0.month - 1]}-{_MONTHS[d1.month - 1]} {d0.year}"
    return f"{_MONTHS[d0.month - 1]} {d0.year}-{_MONTHS[d1.month - 1]} {d1.year}"


def family_id(metric: str, category: str, unit: str, kind: str) -> str:
    return "|".join([metric, category or "", unit or "", kind])


# --------------------------------------------------------------------------------------------
# Which report is newer

_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")


def edition_year(document: str, title: str = "", report_year=None) -> int | None:
    """The year a report is about, for ranking editions: documents.report_year when known,
    else the one year its title names, else the one year its file name names. A title or name
    with several years ('the published statistics, 2006 to 2023') is a compilation, not an
    edition: its year stays unknown."""
    try:
        if report_year is not None and not pd.isna(report_year):
            return int(report_year)
    except (TypeError, ValueError):
        pass
    for text in (title, document):
        years = {int(y) for y in _YEAR.findall(str(text or ""))}
        if len(years) == 1:
            return years.pop()
        if years:
            return None
    return None


def _edition_years(documents: pd.DataFrame) -> pd.DataFrame:
    if documents is None or documents.empty or "document" not in documents:
        return pd.DataFrame(columns=["document", "_year"])
    docs = documents.drop_duplicates("document")
    rows = [{"document": d.get("document"),
             "_year": edition_year(d.get("document"), d.get("title", ""), d.get("report_year"))}
            for d in docs.to_dict("records")]
    return pd.DataFrame(rows, columns=["document", "_year"])


# --------------------------------------------------------------------------------------------
# Series breaks (taxonomy data)

def load_breaks(path: Path | None = None) -> list[dict]:
    """The `[[series_breaks]]` entries of the taxonomy, as dicts with id, year, metrics,
    exclude, from, to, note."""
    if path is None:
        from pipeline.taxonomy import DEFAULT_TAXONOMY
        path = DEFAULT_TAXONOMY
    # Fresh copies: a caller may change what it is given, never what the next one gets.
    return [{**b, "metrics": list(b["metrics"]), "exclude": list(b["exclude"])}
            for b in _parse_breaks(Path(path).read_text(encoding="utf-8"), str(path))]


@lru_cache(maxsize=4)
def _parse_breaks(text: str, path: str) -> tuple[dict, ...]:
    """load_breaks for a taxonomy's text, parsed once per text: a run asks for the breaks
    several times (series, breaks table), and parsing the TOML is the slow part."""
    data = tomllib.loads(text)
    out = []
    ids = [b.get("id") for b in data.get("series_breaks", [])]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate series_breaks ids in {path}")
    for b in data.get("series_breaks", []):
        out.append({
            "id": str(b["id"]), "year": int(b["year"]),
            "metrics": list(b.get("metrics", ["*"])), "exclude": list(b.get("exclude", [])),
            "from": b.get("from", ""), "to": b.get("to", ""), "note": b.get("note", ""),
        })
    return tuple(out)


def break_applies(brk: dict, metric: str) -> bool:
    base = metric
    if metric.endswith((".share", ".change")):
        base = metric.rsplit(".", 1)[0]
    hit = any(fnmatch.fnmatchcase(m, p) for p in brk["metrics"] for m in (metric, base))
    return hit and not any(fnmatch.fnmatchcase(m, p) for p in brk["exclude"] for m in (metric, base))


def _start_year(point_start) -> int | None:
    return int(str(point_start)[:4]) if isinstance(point_start, str) and point_start else None


# --------------------------------------------------------------------------------------------
# Series

def _distinct(values: list[float]) -> list[float]:
    """Sorted values with near-equal ones (within TOLERANCE) collapsed."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOLERANCE:
            out.append(v)
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE


class _Seen:
    """Values seen so far, to ask whether one within TOLERANCE of a value is among them.
    Kept sorted: the nearest values below and above are then the only ones to compare, where a
    list would be scanned whole for every value (thousands of times over, in the checks)."""

    def __init__(self):
        self._values: list[float] = []

    def __contains__(self, value: float) -> bool:
        i = bisect.bisect_left(self._values, value)
        return any(_same(value, self._values[j]) for j in (i - 1, i) if 0 <= j < len(self._values))

    def add(self, value: float) -> None:
        if not math.isnan(value):  # NaN is the same as nothing: leaving it out keeps the order
            bisect.insort(self._values, value)


def _missing(value) -> bool:
    return not isinstance(value, str) and pd.isna(value)


def _group_by(rows: list[dict], column: str) -> dict:
    """rows by their value in `column`, in order of first appearance, rows with no value left
    out: groupby(column, sort=False) on plain records."""
    groups: dict = {}
    for r in rows:
        if not _missing(r[column]):
            groups.setdefault(r[column], []).append(r)
    return groups


def _first_per(rows: list[dict], column: str) -> list[dict]:
    """The first row of each value of `column`: drop_duplicates(column) on plain records."""
    seen: dict = {}
    for r in rows:
        seen.setdefault(r[column], r)
    return list(seen.values())


def _reconcile(group: list[dict]) -> tuple[str, str]:
    """(status, note) for the observations of one point, best first."""
    if len(group) == 1:
        return "single", ""
    if len(_distinct([float(r["value"]) for r in group])) == 1:
        n_docs = len(_group_by(group, "document"))
        return "agree", (f"stated {len(group)} times in {n_docs} documents" if n_docs > 1
                         else f"stated {len(group)} times in one document")

    def fmt(rows):
        return ", ".join(f"{format_number(r['value'])} (p.{int(r['page'])})" for r in rows)

    # Within one report: two different values is a conflict.
    inner = []
    for doc, rows in _group_by(group, "document").items():
        if len(_distinct([float(r["value"]) for r in rows])) > 1:
            inner.append(f"{doc} gives {fmt(rows)}")
    if inner:
        return "conflict", "; ".join(inner)
    # Across reports: each report agrees with itself. When reports disagree and it cannot be
    # told which is later (same edition year, or a report of unknown year), that is a conflict;
    # otherwise the later report revised the earlier figure.
    per_doc = _first_per(group, "document")
    if any(_missing(r["_year"]) for r in per_doc):
        listed = ", ".join(f"{r['document']} {format_number(r['value'])}" for r in per_doc)
        return "conflict", f"reports disagree and the edition year of one is unknown: {listed}"
    for same in _group_by(per_doc, "_year").values():
        if len(_distinct([float(r["value"]) for r in same])) > 1:
            listed = ", ".join(f"{r['document']} {format_number(r['value'])}" for r in same)
            return "conflict", f"reports of the same edition year disagree: {listed}"
    latest = per_doc[0]
    earlier = [r for r in per_doc[1:] if not _same(float(r["value"]), float(latest["value"]))]
    was = ", ".join(f"{format_number(r['value'])} in {r['document']}" for r in earlier)
    return "revised", f"{was} revised to {format_number(latest['value'])} in {latest['document']}"


def build_series(observations: pd.DataFrame, documents: pd.DataFrame,
                 breaks: list[dict] | None = None) -> pd.DataFrame:
    """One row per (metric, category, period, unit); see the module docstring.

    The observation_id column is used as given when present (see with_observation_ids)."""
    if observations.empty:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    if breaks is None:
        breaks = load_breaks()

    obs = _with_ids(observations)
    # A figure no taxonomy metric fits stays in observations.csv, but a series of unrelated
    # figures under one generic name would be noise.
    obs = obs[obs["metric"] != "unclassified"].copy()
    if obs.empty:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    for col in ["category", "unit", "period", "metric_label", "quote"]:
        obs[col] = obs[col].fillna("")  # NaN keys would vanish from groupby and series_id

    obs = obs.merge(_edition_years(documents), on="document", how="left")
    obs["_year"] = pd.to_numeric(obs["_year"], errors="coerce")

    # Preference order: newest report, then later document name, then highest confidence;
    # NaN year/confidence go last. observation_id breaks remaining ties deterministically.
    obs = obs.sort_values(["_year", "document", "confidence", "observation_id"],
                          ascending=[False, False, False, True], na_position="last", kind="stable")

    # Grouped as plain records in order of first appearance (groupby(sort=False), which
    # leaves out rows with a missing key): pandas' per-group overhead, thousands of times
    # over, was most of this function's time.
    points: dict[tuple, list[dict]] = {}
    for r in records(obs):
        key = (r["metric"], r["category"], r["period"], r["unit"])
        if not any(map(_missing, key)):
            points.setdefault(key, []).append(r)

    rows = []
    for key, group in points.items():
        chosen = group[0]
        distinct = _distinct([float(r["value"]) for r in group])
        status, note = _reconcile(group)
        start, end = parse_period(chosen["period"])
        metric, category, period, unit = key
        kind = period_type(period)
        rows.append({
            "series_id": "|".join(str(k) for k in key),
            "series_family": family_id(metric, category, unit, kind),
            "metric": metric, "category": category, "period": period, "unit": unit,
            "metric_label": chosen["metric_label"],
            "period_type": kind,
            "period_start": start,
            "period_end": end,
            "value": float(chosen["value"]),
            "n_observations": len(group),
            "n_documents": len(_group_by(group, "document")),
            "status": status,
            # All distinct values stay visible: a conflict is reported, never resolved silently.
            "values": "; ".join(format_number(v) for v in distinct),
            "note": note,
            "document": chosen["document"],
            "page": int(chosen["page"]),
            "quote": chosen["quote"],
            "chosen_observation_id": chosen["observation_id"],
            "observation_ids": "; ".join(sorted(r["observation_id"] for r in group)),
            # Every observation, best first: nothing is dropped.
            "sources": "; ".join(f"{r['document']} p.{int(r['page'])} = {format_number(r['value'])}"
                                 for r in group),
            "breaks": "",
        })

    series = pd.DataFrame(rows, columns=SERIES_COLUMNS)
    series = series.sort_values(["metric", "category", "unit", "period_type", "period_start", "period"],
                                na_position="last", kind="stable").reset_index(drop=True)
    series["breaks"] = _point_breaks(series, breaks)
    series = series.sort_values(["metric", "category", "period_start", "period", "unit"],
                                na_position="last", kind="stable")
    return series.reset_index(drop=True)


def _point_breaks(series: pd.DataFrame, breaks: list[dict]) -> list[str]:
    """For each point: ids of the breaks that fall between the previous point of its family and
    it (the break year is after the previous point's start year and at most this point's)."""
    out = [""] * len(series)
    if not breaks or series.empty:
        return out
    points = list(enumerate(records(series[["series_family", "metric", "period_start", "period"]])))
    families: dict[str, list[tuple[int, dict]]] = {}
    for i, r in points:
        if not _missing(r["series_family"]):
            families.setdefault(r["series_family"], []).append((i, r))
    for members in families.values():
        # By period_start then period, a point of unknown start last (a stable sort, as
        # sort_values over the two columns with na_position="last").
        members.sort(key=lambda m: (_missing(m[1]["period_start"]), str(m[1]["period_start"]), m[1]["period"]))
        prev = None
        for i, row in members:
            year = _start_year(row["period_start"])
            if prev is not None and year is not None:
                hit = [b["id"] for b in breaks
                       if break_applies(b, row["metric"]) and prev < b["year"] <= year]
                out[i] = "; ".join(hit)
            if year is not None:
                prev = year
    return out


def build_breaks(series: pd.DataFrame, breaks: list[dict] | None = None) -> pd.DataFrame:
    """The `breaks` table: one row per (break, series family) it applies to. `splits_series`
    is true when the family has points on both sides of the break."""
    if breaks is None:
        breaks = load_breaks()
    rows = []
    if not series.empty:
        for fam, pts in series.groupby("series_family", sort=True):
            first = pts.iloc[0]
            years = [y for y in (_start_year(s) for s in pts["period_start"]) if y is not None]
            for b in breaks:
                if not break_applies(b, first["metric"]):
                    continue
                rows.append({
                    "break_id": b["id"], "year": b["year"], "series_family": fam,
                    "metric": first["metric"], "category": first["category"], "unit": first["unit"],
                    "period_type": first["period_type"],
                    "splits_series": bool(years) and min(years) < b["year"] <= max(years),
                    "from_basis": b["from"], "to_basis": b["to"], "note": b["note"],
                })
    out = pd.DataFrame(rows, columns=BREAK_COLUMNS)
    return out.sort_values(["series_family", "year", "break_id"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Checks

def _check_id(*parts) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _pick(rows: list[dict], page: int) -> dict:
    """One observation of a category: on the total's page first, then from a table, then the
    most confident."""
    return min(rows, key=lambda r: (int(r["page"]) != page, r["method"] not in TABLE_METHODS,
                                    -float(r["confidence"]), r["observation_id"]))


def _total_checks(obs: list[dict]) -> list[dict]:
    """A `total` row against the sum of the other categories of the same metric, period, unit
    and document. The categories are taken, in this order of preference, from the total's own
    page and method (the rest of its table), its page, or the whole document; the first of those
    with at least two categories is used. A total printed several times is checked once per
    distinct value, from the printing with the closest categories; and a total that only finds
    categories elsewhere in the document is not checked when another total sits with them (a
    report can give 74 interception recommendations on one page and 366 recommendations split
    red/amber/green on another).

    Plain records, not per-group DataFrames: a corpus has thousands of groups, and pandas'
    per-call overhead made this the slowest step of a run."""
    rows = []
    counts = [r for r in obs if r["unit"] != "percent" and r["category"] != ""]
    groups: dict[tuple, list[dict]] = {}
    for r in counts:
        groups.setdefault((r["document"], r["metric"], r["period"], r["unit"]), []).append(r)
    for (doc, metric, period, unit) in sorted(groups):
        grp = groups[(doc, metric, period, unit)]
        totals = [r for r in grp if r["category"] == "total"]
        parts = [r for r in grp if r["category"] != "total"]
        if not totals or len({r["category"] for r in parts}) < 2:
            continue
        on_page: dict = {}
        in_table: dict = {}
        for r in parts:
            on_page.setdefault(r["page"], []).append(r)
            in_table.setdefault((r["page"], r["method"]), []).append(r)
        candidates = []
        for total in totals:
            scopes = (in_table.get((total["page"], total["method"]), []), on_page.get(total["page"], []), parts)
            level = next((i for i, s in enumerate(scopes) if len({r["category"] for r in s}) >= 2), None)
            if level is None:
                continue
            rank = (level, 0 if total["method"] in TABLE_METHODS else 1, int(total["page"]),
                    total["observation_id"])
            candidates.append((rank, total, scopes[level]))
        best: list[tuple] = []
        best_values = _Seen()
        for rank, total, scope in sorted(candidates, key=lambda c: c[0]):
            if float(total["value"]) not in best_values:
                best.append((rank, total, scope))
                best_values.add(float(total["value"]))
        if any(b[0][0] < 2 for b in best):
            best = [b for b in best if b[0][0] < 2]
        for rank, total, chosen in best:
            by_category: dict[str, list[dict]] = {}
            for r in chosen:
                by_category.setdefault(r["category"], []).append(r)
            picked = [_pick(by_category[c], int(total["page"])) for c in sorted(by_category)]
            picked.sort(key=lambda r: (int(r["page"]), r["observation_id"]))
            actual = sum(float(r["value"]) for r in picked)
            expected = float(total["value"])
            diff = actual - expected
            terms = " + ".join(f"{r['category']} {format_number(r['value'])}" for r in picked)
            pages = sorted({int(r["page"]) for r in picked})
            rows.append({
                "check_id": _check_id("total", doc, metric, period, unit, total["observation_id"]),
                "check": "total_vs_categories",
                "status": "ok" if abs(diff) <= 1e-6 * max(1.0, abs(expected)) else "mismatch",
                "metric": metric, "category": "total", "period": period, "unit": unit,
                "document": doc, "page": int(total["page"]),
                "expected": expected, "actual": actual, "difference": diff,
                "detail": f"{terms} = {format_number(actual)}; total {format_number(expected)} "
                          f"(p.{int(total['page'])} {total['method']}; categories p."
                          f"{', '.join(str(p) for p in pages)})",
                "observation_ids": "; ".join([total["observation_id"], *[r["observation_id"] for r in picked]]),
            })
    return rows


def _prose_table_checks(obs: list[dict]) -> list[dict]:
    """The same metric/category/period/unit stated in prose and in a table (or chart) of one
    document: each distinct prose value against the table value(s)."""
    rows = []
    groups: dict[tuple, list[dict]] = {}
    for r in obs:
        groups.setdefault((r["document"], r["metric"], r["category"], r["period"], r["unit"]), []).append(r)
    def order(r: dict) -> tuple:
        return r["page"], r["observation_id"]

    for key in sorted(groups):
        doc, metric, category, period, unit = key
        table = sorted((r for r in groups[key] if r["method"] in TABLE_METHODS), key=order)
        prose = sorted((r for r in groups[key] if r["method"] in PROSE_METHODS), key=order)
        if not table or not prose:
            continue
        table_values = "; ".join(format_number(v) for v in _distinct([float(t["value"]) for t in table]))
        seen = _Seen()
        for p in prose:
            value = float(p["value"])
            if value in seen:
                continue
            seen.add(value)
            match = next((t for t in table if _same(float(t["value"]), value)), None)
            ref = match if match is not None else table[0]
            expected = float(ref["value"])
            rows.append({
                "check_id": _check_id("prose", doc, metric, category, period, unit, p["observation_id"]),
                "check": "prose_vs_table",
                "status": "ok" if match is not None else "mismatch",
                "metric": metric, "category": category, "period": period, "unit": unit,
                "document": doc, "page": int(ref["page"]),
                "expected": expected, "actual": value, "difference": value - expected,
                "detail": f"{ref['method']} p.{int(ref['page'])}: "
                          f"{table_values}; "
                          f"{p['method']} p.{int(p['page'])}: {format_number(value)}",
                "observation_ids": f"{ref['observation_id']}; {p['observation_id']}",
            })
    return rows


def build_checks(observations: pd.DataFrame) -> pd.DataFrame:
    """The `checks` table (see CHECK_COLUMNS): totals vs categories, prose vs table."""
    if observations.empty:
        return pd.DataFrame(columns=CHECK_COLUMNS)
    obs = _with_ids(observations).copy()
    for col in ["category", "unit", "period", "method"]:
        obs[col] = obs[col].fillna("")
    obs["confidence"] = pd.to_numeric(obs["confidence"], errors="coerce").fillna(0.0)
    rows = records(obs)
    rows = _total_checks(rows) + _prose_table_checks(rows)
    checks = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    order = {"mismatch": 0, "ok": 1}
    checks = checks.assign(_o=checks["status"].map(order)).sort_values(
        ["_o", "check", "metric", "period", "document", "page", "category"], kind="stable")
    return checks.drop(columns="_o").reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Changes

def _next_day(iso: str | None) -> str | None:
    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat() if iso else None


def change_pct(from_value: float, to_value: float) -> float | None:
    """Percentage change; None when the starting value is 0 (no finite percentage)."""
    if from_value == 0:
        return None
    return (to_value - from_value) / abs(from_value) * 100.0


def build_changes(series: pd.DataFrame) -> pd.DataFrame:
    """Change between consecutive points of every series family (see CHANGE_COLUMNS).

    `consecutive` is true when the later period starts the day after the earlier one ends
    (2017 -> 2018); a gap (2013 -> 2016) is still listed, flagged false. Metrics that are
    themselves changes (`*.change`) are left out. `across_break` names any series break
    between the two points."""
    rows = []
    if not series.empty:
        pts = series[~series["metric"].str.endswith(".change") & series["period_start"].notna()]
        # Families as plain records (groupby(sort=True) leaves out rows with no family), each
        # in a stable sort by period_start then period, a missing period last: a DataFrame per
        # family cost more than the rest of this function.
        families: dict = {}
        for r in records(pts):
            if not _missing(r["series_family"]):
                families.setdefault(r["series_family"], []).append(r)
        for fam in sorted(families):
            recs = sorted(families[fam], key=lambda r: (r["period_start"], _missing(r["period"]), str(r["period"])))
            for a, b in zip(recs, recs[1:]):
                fv, tv = float(a["value"]), float(b["value"])
                pct = change_pct(fv, tv)
                rows.append({
                    "change_id": _check_id("change", fam, a["period"], b["period"]),
                    "series_family": fam, "metric": b["metric"], "metric_label": b["metric_label"],
                    "category": b["category"], "unit": b["unit"], "period_type": b["period_type"],
                    "from_period": a["period"], "to_period": b["period"],
                    "from_value": fv, "to_value": tv, "change_abs": tv - fv, "change_pct": pct,
                    "direction": "rise" if tv > fv else "fall" if tv < fv else "flat",
                    "consecutive": _next_day(a["period_end"]) == b["period_start"],
                    "across_break": b.get("breaks", "") or "",
                    "from_status": a["status"], "to_status": b["status"],
                    "from_document": a["document"], "from_page": int(a["page"]), "from_quote": a["quote"],
                    "to_document": b["document"], "to_page": int(b["page"]), "to_quote": b["quote"],
                })
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS)


def largest_changes(changes: pd.DataFrame, threshold: float = 0.0, top: int | None = 20) -> pd.DataFrame:
    """Changes whose |change_pct| >= threshold, largest first (a change from 0 has no
    percentage and sorts last)."""
    if changes.empty:
        return changes
    c = changes.copy()
    c["_abs"] = pd.to_numeric(c["change_pct"], errors="coerce").abs()
    c = c[c["_abs"].isna() | (c["_abs"] >= threshold)] if threshold > 0 else c
    if threshold > 0:
        c = c[c["_abs"].notna() | (pd.to_numeric(c["change_abs"], errors="coerce") != 0)]
    c = c.sort_values(["_abs", "series_family", "to_period"], ascending=[False, True, True],
                      na_position="last", kind="stable").drop(columns="_abs")
    return (c.head(top) if top else c).reset_index(drop=True)


__all__ = [
    "SERIES_COLUMNS", "CHECK_COLUMNS", "CHANGE_COLUMNS", "BREAK_COLUMNS",
    "build_series", "build_checks", "build_changes", "build_breaks", "largest_changes",
    "load_breaks", "observation_id", "with_observation_ids", "parse_period", "period_type",
    "period_label", "format_number", "display_number", "edition_year", "change_pct",
]
