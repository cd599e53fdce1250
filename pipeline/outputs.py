"""Write the run's tables as CSV, Parquet and one SQLite database, atomically.

Tables: documents, observations, series, checks, changes, breaks, failures. The database gets
all of them, full-text search on observation quotes, and a Datasette `metadata.json` is written
next to it (titles, descriptions, source, licence), so `datasette OUT/*.db -m OUT/metadata.json`
opens a documented site.

Everything is first written into a staging folder inside `out_dir` (same filesystem, so
os.replace is an atomic rename), then moved into place file by file. A run that fails
while writing leaves the previous outputs untouched and no temp files behind.
"""
from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from pipeline.isolate import Forked
from pipeline.model import OBSERVATION_COLUMNS, Observation
from pipeline.series import (BREAK_COLUMNS, CHANGE_COLUMNS, CHECK_COLUMNS, SERIES_COLUMNS,
                             build_breaks, build_changes, build_checks, format_number,
                             with_observation_ids)

FAILURE_COLUMNS = ["document", "sha256", "reason"]
DOCUMENT_COLUMNS = ["document", "sha256", "title", "report_year", "pages", "status"]

# SQLite column types fixed up front rather than guessed from dtypes: an empty or all-NULL
# column has no telling dtype, and later commands rely on e.g. value being REAL.
_OBSERVATION_FIELDS = {name: f.type for name, f in Observation.__dataclass_fields__.items()}
SQL_TYPES = {
    "observations": {name: {"int": int, "float": float}.get(t, str)
                     for name, t in _OBSERVATION_FIELDS.items()},
    "series": {"value": float, "n_observations": int, "n_documents": int, "page": int},
    "documents": {"report_year": int, "pages": int},
    "failures": {},
    "checks": {"expected": float, "actual": float, "difference": float, "page": int},
    "changes": {"from_value": float, "to_value": float, "change_abs": float, "change_pct": float,
                "from_page": int, "to_page": int, "consecutive": int},
    "breaks": {"year": int, "splits_series": int},
}


def _observation_frame(observations: pd.DataFrame) -> pd.DataFrame:
    """OBSERVATION_COLUMNS first, then observation_id, then anything extra a stage added."""
    obs = observations if "observation_id" in observations else with_observation_ids(observations)
    obs = _ordered(obs.drop_duplicates("observation_id"), [*OBSERVATION_COLUMNS, "observation_id"])
    return obs.reset_index(drop=True)


def _ordered(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Known columns in their fixed order (missing ones added empty), extras after."""
    return df.reindex(columns=columns + [c for c in df.columns if c not in columns])


def _csv_text(df: pd.DataFrame) -> pd.DataFrame:
    """Numbers as text so 808214.0 prints as 808214 while 2.2 keeps its decimals."""
    def text(v):
        is_number = isinstance(v, (int, float)) and not isinstance(v, bool)
        return format_number(v) if is_number else v

    out = df.copy()
    for col in out.columns:
        # Text columns are left alone: a quote saying "808214.0" must stay verbatim.
        if pd.api.types.is_float_dtype(out[col]) or out[col].dtype == object:
            out[col] = out[col].map(text)
    return out


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    _csv_text(df).to_csv(path, index=False, encoding="utf-8")


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    df.to_parquet(path, index=False)


def _sql_type(table: str, column: str, series: pd.Series) -> type:
    if column in SQL_TYPES[table]:
        return SQL_TYPES[table][column]
    if series.isna().all():
        return str
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_integer_dtype(series):
        return int
    if pd.api.types.is_float_dtype(series):
        return float
    return str


def _clean(v):
    """A plain Python value for sqlite3: numpy scalars unwrapped, NaN/NA -> NULL, and what
    sqlite-utils would store as JSON or text (lists, dates...) stored the same way."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    return jsonify_if_needed(v.item() if hasattr(v, "item") else v)


def _sql_rows(df: pd.DataFrame) -> list[tuple]:
    """The rows of df as tuples of plain values (see _clean). Column by column: tolist() already
    gives plain values for int, float, bool and string columns, so only columns that can hold
    something else (object dtype) or a missing value are cleaned cell by cell."""
    columns = []
    for i in range(df.shape[1]):
        column = df.iloc[:, i]
        values = column.tolist()
        if column.dtype == object or column.hasnans:
            values = [_clean(v) for v in values]
        columns.append(values)
    return list(zip(*columns))


def _write_table(db: sqlite_utils.Database, name: str, df: pd.DataFrame, pk: str | None) -> None:
    # Create from dtypes first: sqlite-utils cannot infer a schema from zero rows, and an
    # empty table with the right columns is more useful to later commands than none.
    table = db.table(name)
    table.create({c: _sql_type(name, c, df[c]) for c in df.columns}, pk=pk)
    # The rows in one executemany and one transaction: what sqlite-utils' insert_all would
    # send, without its per-row Python work and its commit every 100 rows.
    columns = ", ".join(f"[{c}]" for c in df.columns)
    marks = ", ".join("?" for _ in df.columns)
    with db.conn:
        db.conn.executemany(f"INSERT INTO [{name}] ({columns}) VALUES ({marks})", _sql_rows(df))


def _write_db(path: Path, documents, observations, series, failures, checks=None, changes=None,
              breaks=None) -> None:
    db = sqlite_utils.Database(path)
    # The file is a staging copy that nobody opens before it is complete and renamed into
    # place, and that is deleted if anything fails: no rollback journal on disk and no sync at
    # each of the twenty-odd commits (sqlite-utils commits every statement; under disk load
    # the syncs were most of this function's time). The finished file is synced once below.
    db.execute("PRAGMA journal_mode = MEMORY")
    db.execute("PRAGMA synchronous = OFF")
    try:
        _write_table(db, "documents", documents, pk="document")
        _write_table(db, "observations", observations, pk="observation_id")
        _write_table(db, "series", series, pk="series_id")
        _write_table(db, "failures", failures, pk=None)
        for name, frame, pk in (("checks", checks, "check_id"), ("changes", changes, "change_id"),
                                ("breaks", breaks, None)):
            if frame is not None:
                _write_table(db, name, frame, pk=pk)
        db.table("observations").create_index(["metric", "category", "period"])
        db.table("series").create_index(["metric"])
        if "series_family" in series:
            db.table("series").create_index(["series_family"])
        # Static snapshot, so no triggers: the index is rebuilt with each run's new file.
        db.table("observations").enable_fts(["quote"], create_triggers=False)
    finally:
        db.close()
    with open(path, "rb") as f:
        os.fsync(f.fileno())


LICENCE = "Open Government Licence v3.0"
LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
SOURCE = ("Investigatory Powers Commissioner's Office (IPCO) and predecessor commissioners' annual "
          "reports (IOCCO, OSC, ISComm), Information Commissioner's Office annual reports and police "
          "Freedom of Information responses. Crown copyright, reused under the Open Government "
          "Licence v3.0.")
SOURCE_URL = "https://www.ipco.org.uk/publications/annual-reports/"

TABLE_DESCRIPTIONS = {
    "documents": ("Documents read", "One row per report PDF read: file, SHA-256, title, the year it "
                  "reports on, page count and whether it was processed."),
    "observations": ("Published statistics (observations)", "One row per statistic printed in a "
                     "report: document, 1-based PDF page, the quote around the number, its box on the "
                     "page (x0,top,x1,bottom in PDF points from the top-left), and the metric, category, "
                     "period, value and unit it was read as. Full-text search covers the quotes."),
    "series": ("Series points", "One row per (metric, category, period, unit) across all reports: the "
               "value taken from the latest report, every distinct value seen, and a status: single, "
               "agree, revised (a later report gives a different value) or conflict (two values in one "
               "report). series_family groups the points one chart line may join (metric + category + "
               "unit + period type)."),
    "checks": ("Consistency checks", "Totals against the sum of their categories, and figures printed "
               "both in prose and in a table, within one document: expected, actual, difference, "
               "status ok or mismatch, with the document and page."),
    "changes": ("Changes between consecutive points", "For every series family, the change from one "
                "point to the next (absolute and percent), whether the periods are consecutive, any "
                "series break in between, and the source document and page of both ends."),
    "breaks": ("Series breaks", "Where what is counted, or who counts it, changed (from the taxonomy): "
               "one row per break and series family it applies to; splits_series is 1 when the family "
               "has points on both sides."),
    "failures": ("Files that could not be processed", "One row per file that failed, with the reason."),
}

COLUMN_DESCRIPTIONS = {
    "observations": {
        "page": "1-based page of the PDF (not the printed page number)",
        "quote": "the printed text around the number, whitespace normalised",
        "bbox": "x0,top,x1,bottom in PDF points from the top-left of the page",
        "method": "how the figure was printed: sentence, table, list, chart or words",
        "period": "ISO period: 2018, 2016-04/2017-03 (financial year), 2017-12-31 (a date)",
        "observation_id": "stable id: python cli.py trace OUT_DIR ID shows where it came from",
    },
    "series": {
        "series_id": "metric|category|period|unit",
        "series_family": "metric|category|unit|period type: the points one chart line may join",
        "status": "single, agree, revised (later report differs) or conflict (two values in one report)",
        "values": "every distinct value seen for this point",
        "sources": "every observation: document, page and value, the chosen one first",
        "breaks": "series breaks between the previous point of the family and this one",
        "chosen_observation_id": "the observation the value was taken from",
    },
    "checks": {
        "expected": "the total (or the table value)",
        "actual": "the sum of the categories (or the prose value)",
        "difference": "actual - expected",
    },
    "changes": {
        "change_pct": "(to_value - from_value) / |from_value| * 100; empty when from_value is 0",
        "consecutive": "1 when the later period starts the day after the earlier one ends",
        "across_break": "series breaks between the two points: compare with care",
    },
}


def datasette_metadata(db_name: str) -> dict:
    """Datasette metadata for OUT/<db_name>.db: titles, descriptions, source and licence."""
    tables = {}
    for name, (title, description) in TABLE_DESCRIPTIONS.items():
        tables[name] = {"title": title, "description": description}
        if name in COLUMN_DESCRIPTIONS:
            tables[name]["columns"] = COLUMN_DESCRIPTIONS[name]
    tables["observations"]["fts_table"] = "observations_fts"
    tables["observations"]["fts_pk"] = "rowid"
    tables["observations"]["searchmode"] = "escaped"
    return {
        "title": "UK surveillance oversight statistics",
        "description": ("Statistics published in UK surveillance-oversight reports, each linked to "
                        "the document, page and quote it came from, assembled into series with "
                        "conflicts, revisions, checks and changes flagged."),
        "license": LICENCE,
        "license_url": LICENCE_URL,
        "source": SOURCE,
        "source_url": SOURCE_URL,
        "databases": {db_name: {"tables": tables}},
    }


def write_outputs(out_dir: Path, documents: pd.DataFrame, observations: pd.DataFrame,
                  series: pd.DataFrame, failures: pd.DataFrame,
                  db_name: str = "surveillance_stats", checks: pd.DataFrame | None = None,
                  changes: pd.DataFrame | None = None, breaks: pd.DataFrame | None = None,
                  ) -> dict[str, Path]:
    """Write all outputs into out_dir; returns {kind: final path}.

    checks, changes and breaks are built from the observations and series when not given.
    Keys: observations_csv, observations_parquet, series_csv, series_parquet, checks_csv,
    changes_csv, breaks_csv, failures_csv, documents_csv, db, metadata.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    observations = _observation_frame(observations)
    series = _ordered(series, SERIES_COLUMNS)
    failures = _ordered(failures, FAILURE_COLUMNS)
    documents = _ordered(documents, DOCUMENT_COLUMNS).drop_duplicates("document")
    changes = _ordered(build_changes(series) if changes is None else changes, CHANGE_COLUMNS)
    breaks = _ordered(build_breaks(series) if breaks is None else breaks, BREAK_COLUMNS)

    names = {
        "observations_csv": "observations.csv",
        "observations_parquet": "observations.parquet",
        "series_csv": "series.csv",
        "series_parquet": "series.parquet",
        "checks_csv": "checks.csv",
        "changes_csv": "changes.csv",
        "breaks_csv": "breaks.csv",
        "failures_csv": "failures.csv",
        "documents_csv": "documents.csv",
        "db": f"{db_name}.db",
        "metadata": "metadata.json",
    }
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    try:
        staged = {key: staging / name for key, name in names.items()}

        def checks_and_db() -> None:
            # The checks and the database, which is the only other file that needs them, are
            # made in a forked child on the other core while this process writes the rest:
            # together they are half of this function's time. A child that fails leaves this
            # to be redone here (Forked), so start from no database file.
            staged["db"].unlink(missing_ok=True)
            done = _ordered(build_checks(observations) if checks is None else checks, CHECK_COLUMNS)
            _write_csv(done, staged["checks_csv"])
            _write_db(staged["db"], documents, observations, series, failures, done, changes, breaks)

        with Forked(checks_and_db) as pending:
            _write_csv(observations, staged["observations_csv"])
            _write_parquet(observations, staged["observations_parquet"])
            _write_csv(series, staged["series_csv"])
            _write_parquet(series, staged["series_parquet"])
            _write_csv(changes, staged["changes_csv"])
            _write_csv(breaks, staged["breaks_csv"])
            _write_csv(failures, staged["failures_csv"])
            _write_csv(documents, staged["documents_csv"])
            staged["metadata"].write_text(json.dumps(datasette_metadata(db_name), indent=2) + "\n",
                                          encoding="utf-8")
            pending.result()
        # Only once every file is complete does anything in out_dir change; each replace
        # is an atomic rename, so readers see either the old or the new file, never half.
        for key, name in names.items():
            os.replace(staged[key], out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {key: out_dir / name for key, name in names.items()}


def read_observations(out_dir: Path) -> pd.DataFrame:
    """The observations written by the last successful run (Parquet keeps the dtypes)."""
    return pd.read_parquet(Path(out_dir) / "observations.parquet")


def read_series(out_dir: Path) -> pd.DataFrame:
    """The series written by the last successful run."""
    return pd.read_parquet(Path(out_dir) / "series.parquet")
