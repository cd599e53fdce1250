"""Scoring: `unclassified` observations make no claim about a metric and are not scored."""
from __future__ import annotations

import pandas as pd

from pipeline.evaluate import evaluate


def _rows(*rows):
    return pd.DataFrame([dict(document="d.pdf", page=1, metric=m, category=c, period=p, value=v, method="sentence")
                         for m, c, p, v in rows])


def test_unclassified_left_out_of_scores_and_counted():
    gold = _rows(("cd.items", "total", "2018", 808214), ("inspections", "total", "2023", 386))
    pred = _rows(("cd.items", "total", "2018", 808214), ("unclassified", "", "2018", 43),
                 ("unclassified", "", "2018", 12))
    ev = evaluate(pred, gold)
    assert ev.unclassified == 2 and ev.extra["unclassified"] == 2
    assert ev.overall.precision == 1.0 and ev.overall.fp == 0
    assert ev.overall.recall == 0.5
    assert "unclassified" not in set(ev.false_positives["metric"])


def test_no_unclassified_and_empty_predictions():
    gold = _rows(("cd.items", "total", "2018", 808214))
    ev = evaluate(_rows(("cd.items", "total", "2018", 808214)), gold)
    assert ev.unclassified == 0 and ev.overall.precision == 1.0
    empty = pd.DataFrame(columns=["document", "page", "metric", "category", "period", "value", "method"])
    ev = evaluate(empty, gold)
    assert ev.unclassified == 0 and ev.overall.recall == 0.0
