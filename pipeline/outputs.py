"""Write the run's tables as CSV, Parquet and one SQLite database, atomically.

Everything is first written into a staging folder inside `out_dir` (same filesystem, so
os.replace is an atomic rename), then moved into place file by file. A run that fails
while writing leaves the previous outputs untouched and no temp files behind.
"""
from __future__ import annotations

import math
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import sqlite_utils

from pipeline.model import OBSERVATION_COLUMNS, Observation
from pipeline.series import SERIES_COLUMNS, format_number, with_observation_ids

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


def _records(df: pd.DataFrame) -> list[dict]:
    """Plain Python values for sqlite3: numpy scalars unwrapped, NaN/NA -> NULL."""
    def clean(v):
        if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
            return None
        return v.item() if hasattr(v, "item") else v
    return [{k: clean(v) for k, v in row.items()} for row in df.to_dict("records")]


def _write_table(db: sqlite_utils.Database, name: str, df: pd.DataFrame, pk: str | None) -> None:
    # Create from dtypes first: sqlite-utils cannot infer a schema from zero rows, and an
    # empty table with the right columns is more useful to later commands than none.
    table = db.table(name)
    table.create({c: _sql_type(name, c, df[c]) for c in df.columns}, pk=pk)
    table.insert_all(_records(df))


def _write_db(path: Path, documents, observations, series, failures) -> None:
    db = sqlite_utils.Database(path)
    try:
        _write_table(db, "documents", documents, pk="document")
        _write_table(db, "observations", observations, pk="observation_id")
        _write_table(db, "series", series, pk="series_id")
        _write_table(db, "failures", failures, pk=None)
        db.table("observations").create_index(["metric", "category", "period"])
        db.table("series").create_index(["metric"])
        # Static snapshot, so no triggers: the index is rebuilt with each run's new file.
        db.table("observations").enable_fts(["quote"], create_triggers=False)
    finally:
        db.close()


def write_outputs(out_dir: Path, documents: pd.DataFrame, observations: pd.DataFrame,
                  series: pd.DataFrame, failures: pd.DataFrame,
                  db_name: str = "surveillance_stats") -> dict[str, Path]:
    """Write all outputs into out_dir; returns {kind: final path}.

    Keys: observations_csv, observations_parquet, series_csv, failures_csv, documents_csv, db.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    observations = _observation_frame(observations)
    series = _ordered(series, SERIES_COLUMNS)
    failures = _ordered(failures, FAILURE_COLUMNS)
    documents = _ordered(documents, DOCUMENT_COLUMNS).drop_duplicates("document")

    names = {
        "observations_csv": "observations.csv",
        "observations_parquet": "observations.parquet",
        "series_csv": "series.csv",
        "failures_csv": "failures.csv",
        "documents_csv": "documents.csv",
        "db": f"{db_name}.db",
    }
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    try:
        staged = {key: staging / name for key, name in names.items()}
        _write_csv(observations, staged["observations_csv"])
        _write_parquet(observations, staged["observations_parquet"])
        _write_csv(series, staged["series_csv"])
        _write_csv(failures, staged["failures_csv"])
        _write_csv(documents, staged["documents_csv"])
        _write_db(staged["db"], documents, observations, series, failures)
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
