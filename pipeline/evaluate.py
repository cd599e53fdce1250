"""Score observations against a gold file.

A predicted observation is a true positive when a gold row has the same document, page,
metric, category, period and value (values compared to 1e-6). Both sides are sets: a figure
printed twice on one page counts once. Precision is per predicted form (method), recall per
gold form, so "per form" answers both "how often is a table figure we emit right" and "how
many of the figures printed in tables do we find".

Observations with the generic metric `unclassified` (a statistic no taxonomy metric fits)
claim no metric, so they are left out of precision and recall; their number is reported
separately (Evaluation.unclassified).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

KEY = ["document", "page", "metric", "category", "period", "value"]
UNCLASSIFIED = "unclassified"


def _keyed(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["category"] = df["category"].fillna("").astype(str)
    df["period"] = df["period"].fillna("").astype(str)
    df["page"] = df["page"].astype(int)
    df["value"] = df["value"].astype(float).round(6)
    df["_key"] = list(zip(*(df[c] for c in KEY)))
    return df


@dataclass
class Score:
    # Hits are counted on both sides: for a slice (a form) the predictions and the gold rows
    # in it differ, so precision uses predicted hits and recall gold hits.
    tp_pred: int = 0
    fp: int = 0
    tp_gold: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / (self.tp_pred + self.fp) if self.tp_pred + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / (self.tp_gold + self.fn) if self.tp_gold + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    overall: Score
    by_form: dict[str, Score]
    by_document: dict[str, Score]
    misses: pd.DataFrame          # gold rows not found
    false_positives: pd.DataFrame  # predictions not in gold
    extra: dict = field(default_factory=dict)
    unclassified: int = 0          # predictions with metric `unclassified`, not scored


def load_gold(path: Path) -> pd.DataFrame:
    gold = pd.read_csv(path, dtype={"category": str, "period": str, "metric": str, "document": str},
                       keep_default_na=False)
    missing = [c for c in KEY if c not in gold.columns]
    if missing:
        raise ValueError(f"gold file {path} lacks columns: {', '.join(missing)}")
    if "method" not in gold.columns:
        gold["method"] = ""
    return gold


def evaluate(observations: pd.DataFrame, gold: pd.DataFrame) -> Evaluation:
    unclassified = observations["metric"].astype(str) == UNCLASSIFIED if len(observations) else None
    n_unclassified = int(unclassified.sum()) if unclassified is not None else 0
    if n_unclassified:
        observations = observations[~unclassified]
    pred = _keyed(observations).drop_duplicates("_key")
    gold = _keyed(gold).drop_duplicates("_key")
    gold_keys, pred_keys = set(gold["_key"]), set(pred["_key"])
    pred["_tp"] = pred["_key"].isin(gold_keys)
    gold["_tp"] = gold["_key"].isin(pred_keys)

    def score(p: pd.DataFrame, g: pd.DataFrame) -> Score:
        return Score(tp_pred=int(p["_tp"].sum()), fp=int((~p["_tp"]).sum()),
                     tp_gold=int(g["_tp"].sum()), fn=int((~g["_tp"]).sum()))

    overall = score(pred, gold)
    forms = sorted(set(gold["method"]) | set(pred["method"]))
    by_form = {f: score(pred[pred["method"] == f], gold[gold["method"] == f]) for f in forms}
    by_doc = {d: score(pred[pred["document"] == d], gold[gold["document"] == d])
              for d in sorted(set(gold["document"]) | set(pred["document"]))}
    misses = gold[~gold["_tp"]].drop(columns=["_key", "_tp"])
    fps = pred[~pred["_tp"]].drop(columns=["_key", "_tp"])
    return Evaluation(overall, by_form, by_doc, misses.reset_index(drop=True), fps.reset_index(drop=True),
                      extra={"unclassified": n_unclassified}, unclassified=n_unclassified)

