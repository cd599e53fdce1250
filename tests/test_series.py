import pandas as pd
import pytest

from pipeline.model import OBSERVATION_COLUMNS, Observation
from pipeline.series import SERIES_COLUMNS, build_series, format_number, observation_id, parse_period


def obs(document, value, period="2018", category="", confidence=0.9, page=1, bbox="1,2,3,4"):
    return Observation(
        document=document, sha256="h-" + document, page=page, metric="warrants_issued",
        metric_label="Warrants issued", category=category, period=period, value=value,
        unit="count", qualifier="", method="sentence", quote=f"{value:g} warrants were issued",
        bbox=bbox, confidence=confidence,
    ).to_dict()


DOCS = pd.DataFrame([
    {"document": "ipco_2018.pdf", "sha256": "a", "title": "", "report_year": 2018, "pages": 10, "status": "ok"},
    {"document": "ipco_2019.pdf", "sha256": "b", "title": "", "report_year": 2019, "pages": 10, "status": "ok"},
    {"document": "ipco_2020.pdf", "sha256": "c", "title": "", "report_year": 2020, "pages": 10, "status": "ok"},
])


def one(series, period="2018", category=""):
    row = series[(series["period"] == period) & (series["category"] == category)]
    assert len(row) == 1
    return row.iloc[0]


def test_single_agree_and_conflict_statuses():
    frame = pd.DataFrame([
        obs("ipco_2018.pdf", 100, period="2017"),                 # single
        obs("ipco_2018.pdf", 808214, period="2018"),              # agree: same figure twice
        obs("ipco_2019.pdf", 808214.0, period="2018", page=7),
        obs("ipco_2019.pdf", 3050, period="2019"),                # conflict: corrected later
        obs("ipco_2020.pdf", 3060, period="2019", page=4),
    ])
    series = build_series(frame, DOCS)
    assert list(series.columns) == SERIES_COLUMNS
    assert len(series) == 3

    single = one(series, "2017")
    assert (single["status"], single["n_observations"], single["values"]) == ("single", 1, "100")

    agree = one(series, "2018")
    assert agree["status"] == "agree"
    assert (agree["n_observations"], agree["n_documents"], agree["values"]) == (2, 2, "808214")
    assert agree["document"] == "ipco_2019.pdf" and agree["page"] == 7  # latest report quoted

    conflict = one(series, "2019")
    assert conflict["status"] == "conflict"
    assert conflict["value"] == 3060 and conflict["document"] == "ipco_2020.pdf"
    assert conflict["values"] == "3050; 3060"  # the losing value stays visible
    assert conflict["series_id"] == "warrants_issued||2019|count"
    assert conflict["quote"] == "3060 warrants were issued"


def test_latest_report_beats_confidence_and_confidence_breaks_ties():
    frame = pd.DataFrame([
        obs("ipco_2018.pdf", 5, confidence=0.99),
        obs("ipco_2019.pdf", 6, confidence=0.5, bbox="a"),
        obs("ipco_2019.pdf", 7, confidence=0.8, bbox="b"),
    ])
    row = one(build_series(frame, DOCS))
    assert row["value"] == 7 and row["status"] == "conflict" and row["values"] == "5; 6; 7"


def test_unknown_report_year_ranks_oldest():
    docs = pd.concat([DOCS, pd.DataFrame([{"document": "zz_undated.pdf", "report_year": pd.NA}])])
    frame = pd.DataFrame([obs("zz_undated.pdf", 1), obs("ipco_2018.pdf", 2)])
    assert one(build_series(frame, docs))["value"] == 2


def test_observation_ids_are_stable_and_listed():
    a, b = obs("ipco_2018.pdf", 1.5), obs("ipco_2019.pdf", 1.5)
    assert observation_id(a) == observation_id(dict(a))
    assert observation_id(a) != observation_id(b)
    row = one(build_series(pd.DataFrame([b, a]), DOCS))
    assert row["observation_ids"] == "; ".join(sorted([observation_id(a), observation_id(b)]))
    # The same figure read twice at the same spot is one observation, not an agreement.
    row = one(build_series(pd.DataFrame([a, a]), DOCS))
    assert (row["status"], row["n_observations"]) == ("single", 1)


def test_categories_and_units_are_separate_series():
    frame = pd.DataFrame([obs("ipco_2018.pdf", 1, category="police"),
                          obs("ipco_2018.pdf", 2, category="agencies")])
    series = build_series(frame, DOCS)
    assert list(series["series_id"]) == ["warrants_issued|agencies|2018|count",
                                         "warrants_issued|police|2018|count"]


@pytest.mark.parametrize("period, expected", [
    ("2018", ("2018-01-01", "2018-12-31")),
    ("2016-04/2017-03", ("2016-04-01", "2017-03-31")),
    ("2017-12-31", ("2017-12-31", "2017-12-31")),
    ("2020-02", ("2020-02-01", "2020-02-29")),
    ("2019-01-01/2019-06-30", ("2019-01-01", "2019-06-30")),
    ("2018-13", (None, None)),
    ("last year", (None, None)),
    ("", (None, None)),
])
def test_parse_period(period, expected):
    assert parse_period(period) == expected


def test_series_sorted_by_period_start():
    frame = pd.DataFrame([obs("ipco_2018.pdf", 1, period="2018"),
                          obs("ipco_2018.pdf", 2, period="2016-04/2017-03"),
                          obs("ipco_2018.pdf", 3, period="2017-12-31")])
    series = build_series(frame, DOCS)
    assert list(series["period"]) == ["2016-04/2017-03", "2017-12-31", "2018"]
    assert list(series["period_end"]) == ["2017-03-31", "2017-12-31", "2018-12-31"]


def test_empty_input_gives_empty_frame_with_columns():
    series = build_series(pd.DataFrame(columns=OBSERVATION_COLUMNS), DOCS.iloc[0:0])
    assert series.empty and list(series.columns) == SERIES_COLUMNS


def test_format_number():
    assert [format_number(v) for v in [808214.0, 2.2, 0.1 + 0.2, 7, float("nan"), None]] == \
        ["808214", "2.2", "0.3", "7", "", ""]
