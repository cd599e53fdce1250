"""Observations -> one time-series row per (metric, category, period, unit).

Several reports often state the same figure (a later annual report repeats last year's
number, or corrects it). A series row keeps every distinct value it saw, says whether the
sources agree, and picks one value with a fixed rule so that reruns give the same answer:
the most recent report wins (documents.report_year, then document name), and within that
report the most confident observation.
"""
from __future__ import annotations

import calendar
import hashlib
import math
import re
from datetime import date

import pandas as pd

KEY_COLUMNS = ["metric", "category", "period", "unit"]

SERIES_COLUMNS = [
    "series_id", "metric", "metric_label", "category", "period", "period_start", "period_end",
    "unit", "value", "n_observations", "n_documents", "status", "values",
    "document", "page", "quote", "observation_ids",
]

# Two values closer than this are the same figure (floats parsed from text, e.g. 2.2 vs 2.20).
TOLERANCE = 1e-9


def format_number(value) -> str:
    """808214.0 -> '808214', 2.2 -> '2.2', NaN/None -> ''. Used for ids, `values` and CSVs."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    # 15 significant digits drops float noise such as 0.30000000000000004.
    return f"{number:.15g}"


def observation_id(row) -> str:
    """Stable id of one observation: the same figure at the same place hashes the same.

    Built from document|page|metric|category|period|value|bbox (not from the row position),
    so ids survive reordering and reruns and can link series rows back to observations.
    """
    parts = [
        row["document"], format_number(row["page"]), row["metric"], row["category"],
        row["period"], format_number(row["value"]), row["bbox"],
    ]
    # Missing category/bbox hash as "" so NaN and "" give the same id.
    text = "|".join(p if isinstance(p, str) else "" if pd.isna(p) else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def with_observation_ids(observations: pd.DataFrame) -> pd.DataFrame:
    """Copy of `observations` with an `observation_id` column, exact duplicates dropped.

    A duplicate id is the same figure read twice at the same spot; keeping both would
    inflate n_observations and break the primary key in the database.
    """
    obs = observations.copy()
    if obs.empty:
        obs["observation_id"] = pd.Series(dtype="str")
        return obs
    obs["observation_id"] = obs.apply(observation_id, axis=1)
    return obs.drop_duplicates("observation_id").reset_index(drop=True)


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


def _distinct(values: list[float]) -> list[float]:
    """Sorted values with near-equal ones (within TOLERANCE) collapsed."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOLERANCE:
            out.append(v)
    return out


def build_series(observations: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    if observations.empty:
        return pd.DataFrame(columns=SERIES_COLUMNS)

    obs = with_observation_ids(observations)
    for col in ["category", "unit", "period", "metric_label"]:
        obs[col] = obs[col].fillna("")  # NaN keys would vanish from groupby and series_id

    years = pd.DataFrame(columns=["document", "report_year"])
    if not documents.empty and "report_year" in documents:
        years = documents[["document", "report_year"]].drop_duplicates("document")
    obs = obs.merge(years, on="document", how="left")
    obs["_year"] = pd.to_numeric(obs["report_year"], errors="coerce")

    # Preference order: newest report, then later document name, then highest confidence;
    # NaN year/confidence go last. observation_id breaks remaining ties deterministically.
    obs = obs.sort_values(["_year", "document", "confidence", "observation_id"],
                          ascending=[False, False, False, True], na_position="last", kind="stable")

    rows = []
    for key, group in obs.groupby(KEY_COLUMNS, sort=False):
        chosen = group.iloc[0]
        distinct = _distinct(group["value"].astype(float).tolist())
        if len(group) == 1:
            status = "single"
        else:
            status = "agree" if len(distinct) == 1 else "conflict"
        start, end = parse_period(chosen["period"])
        rows.append({
            "series_id": "|".join(str(k) for k in key),
            **dict(zip(KEY_COLUMNS, key)),
            "metric_label": chosen["metric_label"],
            "period_start": start,
            "period_end": end,
            "value": float(chosen["value"]),
            "n_observations": len(group),
            "n_documents": group["document"].nunique(),
            "status": status,
            # All distinct values stay visible: a conflict is reported, never resolved silently.
            "values": "; ".join(format_number(v) for v in distinct),
            "document": chosen["document"],
            "page": int(chosen["page"]),
            "quote": chosen["quote"],
            "observation_ids": "; ".join(sorted(group["observation_id"])),
        })

    series = pd.DataFrame(rows, columns=SERIES_COLUMNS)
    series = series.sort_values(["metric", "category", "period_start", "period", "unit"],
                                na_position="last", kind="stable")
    return series.reset_index(drop=True)


__all__ = ["SERIES_COLUMNS", "build_series", "observation_id", "with_observation_ids",
           "parse_period", "format_number"]
