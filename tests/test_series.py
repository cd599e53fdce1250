from pathlib import Path

import pandas as pd
import pytest

from pipeline.model import OBSERVATION_COLUMNS, Observation
from pipeline.series import (BREAK_COLUMNS, CHANGE_COLUMNS, CHECK_COLUMNS, SERIES_COLUMNS,
                             build_breaks, build_changes, build_checks, build_series, change_pct,
                             display_number, edition_year, format_number, largest_changes,
                             load_breaks, observation_id, parse_period, period_label, period_type)
from pipeline.taxonomy import load_taxonomy

SAMPLE = Path(__file__).resolve().parent.parent / "corpora" / "sample"


def obs(document, value, period="2018", category="", confidence=0.9, page=1, bbox="1,2,3,4",
        metric="warrants_issued", unit="count", method="sentence"):
    return Observation(
        document=document, sha256="h-" + document, page=page, metric=metric,
        metric_label="Warrants issued", category=category, period=period, value=value,
        unit=unit, qualifier="", method=method, quote=f"{value:g} warrants were issued",
        bbox=bbox, confidence=confidence,
    ).to_dict()


DOCS = pd.DataFrame([
    {"document": "ipco_2018.pdf", "sha256": "a", "title": "", "report_year": 2018, "pages": 10, "status": "ok"},
    {"document": "ipco_2019.pdf", "sha256": "b", "title": "", "report_year": 2019, "pages": 10, "status": "ok"},
    {"document": "ipco_2020.pdf", "sha256": "c", "title": "", "report_year": 2020, "pages": 10, "status": "ok"},
])


def gold_frames():
    """The bundled corpus's gold labels as observations (real file, every statistic in the
    sample PDFs), and its documents with the report year left for series.py to work out, as the
    runner leaves it when a report does not state it."""
    gold = pd.read_csv(SAMPLE / "gold.csv", dtype=str, keep_default_na=False)
    taxonomy = load_taxonomy()
    gold["value"] = gold["value"].astype(float)
    gold["page"] = gold["page"].astype(int)
    gold["sha256"] = "gold"
    gold["metric_label"] = gold["metric"].map(taxonomy.label)
    gold["qualifier"] = ""
    gold["bbox"] = ""
    gold["confidence"] = 1.0
    observations = gold[OBSERVATION_COLUMNS].reset_index(drop=True)
    documents = pd.DataFrame({"document": sorted(gold["document"].unique())})
    documents["sha256"] = "gold"
    documents["title"] = ""
    documents["report_year"] = None
    documents["pages"] = 0
    documents["status"] = "ok"
    return observations, documents


@pytest.fixture(scope="module")
def gold():
    observations, documents = gold_frames()
    series = build_series(observations, documents)
    return observations, documents, series


def one(series, period="2018", category=""):
    row = series[(series["period"] == period) & (series["category"] == category)]
    assert len(row) == 1
    return row.iloc[0]


def point(series, series_id):
    row = series[series["series_id"] == series_id]
    assert len(row) == 1, series_id
    return row.iloc[0]


# --- reconciliation --------------------------------------------------------------------------

def test_single_agree_revised_and_conflict_statuses():
    frame = pd.DataFrame([
        obs("ipco_2018.pdf", 100, period="2017"),                 # single
        obs("ipco_2018.pdf", 808214, period="2018"),              # agree: same figure twice
        obs("ipco_2019.pdf", 808214.0, period="2018", page=7),
        obs("ipco_2019.pdf", 3050, period="2019"),                # revised: corrected a year later
        obs("ipco_2020.pdf", 3060, period="2019", page=4),
        obs("ipco_2020.pdf", 1200, period="2020", page=2),        # conflict: two values, one report
        obs("ipco_2020.pdf", 1101, period="2020", page=5),
    ])
    series = build_series(frame, DOCS)
    assert list(series.columns) == SERIES_COLUMNS
    assert len(series) == 4

    single = one(series, "2017")
    assert (single["status"], single["n_observations"], single["values"]) == ("single", 1, "100")

    agree = one(series, "2018")
    assert agree["status"] == "agree"
    assert (agree["n_observations"], agree["n_documents"], agree["values"]) == (2, 2, "808214")
    assert agree["document"] == "ipco_2019.pdf" and agree["page"] == 7  # latest report quoted
    assert agree["note"] == "stated 2 times in 2 documents"

    revised = one(series, "2019")
    assert revised["status"] == "revised"
    assert revised["value"] == 3060 and revised["document"] == "ipco_2020.pdf"
    assert revised["values"] == "3050; 3060"  # the earlier value stays visible
    assert revised["note"] == "3050 in ipco_2019.pdf revised to 3060 in ipco_2020.pdf"
    assert revised["series_id"] == "warrants_issued||2019|count"
    assert revised["quote"] == "3060 warrants were issued"
    # Nothing dropped: both observations are listed, the chosen one first.
    assert revised["sources"] == "ipco_2020.pdf p.4 = 3060; ipco_2019.pdf p.1 = 3050"

    conflict = one(series, "2020")
    assert conflict["status"] == "conflict" and conflict["values"] == "1101; 1200"
    assert conflict["n_observations"] == 2 and conflict["n_documents"] == 1
    assert "ipco_2020.pdf gives" in conflict["note"] and "(p.2)" in conflict["note"] and "(p.5)" in conflict["note"]


def test_conflict_inside_a_report_wins_over_a_revision():
    # The later report contradicts itself: that is a conflict even though it also differs
    # from the earlier report.
    frame = pd.DataFrame([obs("ipco_2019.pdf", 10), obs("ipco_2020.pdf", 11, page=2),
                          obs("ipco_2020.pdf", 12, page=3)])
    assert one(build_series(frame, DOCS))["status"] == "conflict"


def test_two_reports_of_the_same_year_that_disagree_conflict():
    docs = pd.concat([DOCS, pd.DataFrame([{"document": "foi_2020.pdf", "report_year": 2020}])])
    frame = pd.DataFrame([obs("ipco_2020.pdf", 10), obs("foi_2020.pdf", 11)])
    row = one(build_series(frame, docs))
    assert row["status"] == "conflict" and "same edition year" in row["note"]


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
    row = one(build_series(frame, docs))
    # The dated report is quoted; which one is later cannot be told, so it is not a revision.
    assert row["value"] == 2 and row["status"] == "conflict"
    assert "edition year of one is unknown" in row["note"]


@pytest.mark.parametrize("document, title, report_year, expected", [
    ("x.pdf", "", 2016, 2016),
    ("iocco-report-2016.pdf", "Report of the Interception of Communications Commissioner 2016", None, 2016),
    ("ico.pdf", "Annual Report extracts 2020/21 and 2022/23", None, None),
    ("briefing.pdf", "Interception and communications data: the published statistics, 2006 to 2023", None, None),
    ("ipco-annual-report-2024-statement.pdf", "", None, 2024),
    ("foi/police-foi-response-2025-01234.pdf", "", pd.NA, 2025),
    ("notes.pdf", "no year here", None, None),
])
def test_edition_year_falls_back_to_title_then_file_name(document, title, report_year, expected):
    assert edition_year(document, title, report_year) == expected


def test_observation_ids_are_stable_and_listed():
    a, b = obs("ipco_2018.pdf", 1.5), obs("ipco_2019.pdf", 1.5)
    assert observation_id(a) == observation_id(dict(a))
    assert observation_id(a) != observation_id(b)
    row = one(build_series(pd.DataFrame([b, a]), DOCS))
    assert row["observation_ids"] == "; ".join(sorted([observation_id(a), observation_id(b)]))
    assert row["chosen_observation_id"] == observation_id(b)  # from the 2019 report
    # The same figure read twice at the same spot is one observation, not an agreement.
    row = one(build_series(pd.DataFrame([a, a]), DOCS))
    assert (row["status"], row["n_observations"]) == ("single", 1)


def test_categories_and_units_are_separate_series():
    frame = pd.DataFrame([obs("ipco_2018.pdf", 1, category="police"),
                          obs("ipco_2018.pdf", 2, category="agencies")])
    series = build_series(frame, DOCS)
    assert list(series["series_id"]) == ["warrants_issued|agencies|2018|count",
                                         "warrants_issued|police|2018|count"]


def test_units_and_period_types_never_share_a_family():
    frame = pd.DataFrame([
        obs("ipco_2018.pdf", 10, period="2017"), obs("ipco_2018.pdf", 11, period="2018"),
        obs("ipco_2018.pdf", 12, period="2018", unit="items"),
        obs("ipco_2018.pdf", 13, period="2016-04/2017-03"),
        obs("ipco_2018.pdf", 14, period="2017-04/2017-12"),
        obs("ipco_2018.pdf", 15, period="2017-12-31"),
    ])
    series = build_series(frame, DOCS)
    families = series.groupby("series_family")["value"].apply(list).to_dict()
    assert families == {
        "warrants_issued||count|year": [10.0, 11.0],
        "warrants_issued||items|year": [12.0],
        "warrants_issued||count|financial_year": [13.0],
        "warrants_issued||count|part_year": [14.0],
        "warrants_issued||count|date": [15.0],
    }


@pytest.mark.parametrize("period, kind, label", [
    ("2018", "year", "2018"),
    ("2016-04/2017-03", "financial_year", "2016-17"),
    ("2017-04/2017-12", "part_year", "Apr-Dec 2017"),
    ("2018-04", "part_year", "Apr 2018"),
    ("2017-12-31", "date", "31 Dec 2017"),
    ("2018-01/2018-12", "year", "2018"),
    ("last year", "other", "last year"),
])
def test_period_type_and_label(period, kind, label):
    assert period_type(period) == kind
    assert period_label(period) == label


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


def test_empty_input_gives_empty_frames_with_columns():
    series = build_series(pd.DataFrame(columns=OBSERVATION_COLUMNS), DOCS.iloc[0:0])
    assert series.empty and list(series.columns) == SERIES_COLUMNS
    assert list(build_checks(pd.DataFrame(columns=OBSERVATION_COLUMNS)).columns) == CHECK_COLUMNS
    assert list(build_changes(series).columns) == CHANGE_COLUMNS
    assert list(build_breaks(series).columns) == BREAK_COLUMNS


def test_format_and_display_number():
    assert [format_number(v) for v in [808214.0, 2.2, 0.1 + 0.2, 7, float("nan"), None]] == \
        ["808214", "2.2", "0.3", "7", "", ""]
    assert display_number(808214.0) == "808,214"
    assert display_number(18400000, "GBP") == "£18,400,000"
    assert display_number(-450000, "GBP") == "-£450,000"
    assert display_number(43.3, "percent") == "43.3%"


# --- the bundled corpus ----------------------------------------------------------------------

def test_bundled_corpus_iocco_2016_errors_conflict(gold):
    _, _, series = gold
    p = point(series, "cd.errors|total|2016|errors")
    assert p["status"] == "conflict"
    assert {"1101", "1200"} <= set(p["values"].split("; "))
    # Both figures of the one report are kept, with their pages: nothing is dropped.
    assert {"iocco-report-2016.pdf p.2 = 1200", "iocco-report-2016.pdf p.5 = 1101"} <= set(p["sources"].split("; "))
    assert "iocco-report-2016.pdf gives " in p["note"]
    assert "(p.2)" in p["note"] and "(p.5)" in p["note"]


def test_bundled_corpus_later_report_is_quoted_when_reports_agree(gold):
    _, _, series = gold
    p = point(series, "cd.items|total|2016|items")
    # IOCCO 2016 (p.4) and IPCO 2018 (p.5) both give 754,559; the value is quoted from the
    # latest report, which series.py works out from the file names (report_year is empty here).
    assert (p["status"], p["value"]) == ("agree", 754559.0) and p["n_documents"] >= 2
    sources = [s.split(" p.")[0] for s in p["sources"].split("; ")]
    assert {"iocco-report-2016.pdf", "ipco-annual-report-2018.pdf"} <= set(sources)
    years = {d: edition_year(d) for d in sources}
    assert years[p["document"]] == max(y for y in years.values() if y is not None) >= 2018
    fam = series[series["series_family"] == "cd.items|total|items|year"]
    values = dict(zip(fam["period"], fam["value"]))
    assert {k: values[k] for k in ("2016", "2017", "2018")} == \
        {"2016": 754559.0, "2017": 757977.0, "2018": 808214.0}
    assert list(fam["period"]) == sorted(fam["period"])


def test_bundled_corpus_financial_years_are_their_own_family(gold):
    _, _, series = gold
    fam = series[series["series_family"] == "ico.fines|cabinet_office|GBP|financial_year"]
    assert list(fam["period"]) == ["2021-04/2022-03", "2022-04/2023-03"]
    assert list(fam["value"]) == [500000.0, 50000.0]


# --- breaks ----------------------------------------------------------------------------------

def test_taxonomy_records_series_breaks():
    breaks = {b["id"]: b for b in load_breaks()}
    assert {"iocco-to-ipco", "cd-requests-to-applications", "cd-items", "cd-approved-requests",
            "ripa-to-ipa-cd"} <= set(breaks)
    assert breaks["iocco-to-ipco"]["year"] == 2017
    assert breaks["cd-items"]["year"] == 2015 and "cd.items" in breaks["cd-items"]["metrics"]


def test_breaks_are_carried_into_series_and_the_breaks_table(gold):
    _, _, series = gold
    # IPCO replaced IOCCO in 2017: the 2017 items point comes after the break, 2018 does not.
    assert point(series, "cd.items|total|2017|items")["breaks"] == "iocco-to-ipco"
    assert point(series, "cd.items|total|2018|items")["breaks"] == ""
    assert point(series, "cd.items|total|2016|items")["breaks"] == ""
    # FOI figures are not commission statistics: no IOCCO -> IPCO break for them.
    assert point(series, "cd.requests.company|lycamobile|2025|requests")["breaks"] == ""
    table = build_breaks(series)
    row = table[(table["break_id"] == "iocco-to-ipco") & (table["series_family"] == "cd.items|total|items|year")]
    assert len(row) == 1 and bool(row.iloc[0]["splits_series"])
    not_split = table[(table["break_id"] == "cd-approved-requests") & (table["series_family"] == "cd.items|total|items|year")]
    assert len(not_split) == 1 and not bool(not_split.iloc[0]["splits_series"])


# --- checks ----------------------------------------------------------------------------------

def test_bundled_corpus_sensitive_professions_total_adds_up(gold):
    observations, _, _ = gold
    checks = build_checks(observations)
    assert list(checks.columns) == CHECK_COLUMNS
    # other documents of the growing corpus restate the 2018 figures; this check is IPCO 2018's own
    row = checks[(checks["check"] == "total_vs_categories")
                 & (checks["metric"] == "cd.applications.sensitive_profession") & (checks["period"] == "2018")
                 & (checks["document"] == "ipco-annual-report-2018.pdf")]
    assert len(row) == 1
    row = row.iloc[0]
    assert 234 + 203 + 113 + 272 + 498 == 1320
    assert (row["expected"], row["actual"], row["difference"], row["status"]) == (1320.0, 1320.0, 0.0, "ok")
    assert (row["document"], row["page"]) == ("ipco-annual-report-2018.pdf", 5)
    for term in ["lawyer 234", "journalist 203", "member_of_parliament 113", "minister_of_religion 272",
                 "medical_doctor 498"]:
        assert term in row["detail"]
    assert len(row["observation_ids"].split("; ")) == 6  # the total and its five categories


def test_bundled_corpus_table_total_uses_its_own_table(gold):
    observations, _, _ = gold
    checks = build_checks(observations)
    # IOCCO 2013 annex: GCHQ 1,406 + SIS 672 + MI5 56,918 = 58,996. The 2,603 'other public
    # authorities' figure on the same page is prose, not part of the table, and is left out.
    row = checks[(checks["metric"] == "cd.notices_authorisations") & (checks["check"] == "total_vs_categories")].iloc[0]
    assert (row["expected"], row["actual"], row["status"]) == (58996.0, 58996.0, "ok")
    assert "2603" not in row["detail"]


def test_a_total_with_its_own_breakdown_is_the_one_checked():
    # One report: 74 interception recommendations (p.2), and 366 recommendations split
    # 29 red + 203 amber + 134 green (p.4). Only the 366 is checked against the split.
    frame = pd.DataFrame([
        obs("ipco_2018.pdf", 74, category="total", page=2, bbox="a", method="list"),
        obs("ipco_2018.pdf", 366, category="total", page=4, bbox="b", method="list"),
        obs("ipco_2018.pdf", 29, category="red", page=4, bbox="c", method="list"),
        obs("ipco_2018.pdf", 203, category="amber", page=4, bbox="d", method="list"),
        obs("ipco_2018.pdf", 134, category="green", page=4, bbox="e", method="list"),
    ])
    checks = build_checks(frame)
    assert len(checks) == 1
    row = checks.iloc[0]
    assert (row["expected"], row["actual"], row["status"], row["page"]) == (366.0, 366.0, "ok", 4)


def test_total_mismatch_is_reported_with_difference():
    frame = pd.DataFrame([
        obs("ipco_2018.pdf", 100, category="total", method="table", page=3, bbox="t"),
        obs("ipco_2018.pdf", 40, category="police", method="table", page=3, bbox="p"),
        obs("ipco_2018.pdf", 50, category="agencies", method="table", page=3, bbox="a"),
    ])
    row = build_checks(frame).iloc[0]
    assert (row["check"], row["status"]) == ("total_vs_categories", "mismatch")
    assert (row["expected"], row["actual"], row["difference"]) == (100.0, 90.0, -10.0)
    assert (row["document"], row["page"]) == ("ipco_2018.pdf", 3)


def test_prose_vs_table(gold):
    observations, _, _ = gold
    checks = build_checks(observations)
    clearview = checks[(checks["check"] == "prose_vs_table") & (checks["category"] == "clearview")].iloc[0]
    assert (clearview["status"], clearview["expected"], clearview["actual"]) == ("ok", 7500000.0, 7500000.0)
    assert (clearview["document"], clearview["page"]) == ("ico-annual-report-extracts.pdf", 3)
    assert "sentence p.2" in clearview["detail"] and "table p.3" in clearview["detail"]

    frame = pd.DataFrame([obs("ipco_2018.pdf", 99, method="table", page=3, bbox="t"),
                          obs("ipco_2018.pdf", 98, method="sentence", page=2, bbox="s")])
    row = build_checks(frame).iloc[0]
    assert (row["check"], row["status"], row["expected"], row["actual"], row["difference"]) == \
        ("prose_vs_table", "mismatch", 99.0, 98.0, -1.0)


# --- changes ---------------------------------------------------------------------------------

def test_bundled_corpus_changes_are_exact_with_both_sources(gold):
    _, _, series = gold
    changes = build_changes(series)
    assert list(changes.columns) == CHANGE_COLUMNS
    items = changes[changes["series_family"] == "cd.items|total|items|year"]
    steps = list(zip(items["from_period"], items["to_period"]))
    assert ("2016", "2017") in steps and ("2017", "2018") in steps
    last = items[(items["from_period"] == "2017") & (items["to_period"] == "2018")].iloc[0]
    assert last["change_abs"] == 808214 - 757977 == 50237
    assert last["change_pct"] == (808214 - 757977) / 757977 * 100
    assert round(last["change_pct"], 2) == 6.63
    assert bool(last["consecutive"]) and last["direction"] == "rise"
    assert (last["from_document"], last["from_page"], last["to_document"], last["to_page"]) == \
        ("ipco-annual-report-2018.pdf", 5, "ipco-annual-report-2018.pdf", 5)
    assert items[items["to_period"] == "2017"].iloc[0]["across_break"] == "iocco-to-ipco"

    lyca = changes[changes["series_family"] == "cd.requests.company|lycamobile|requests|year"].iloc[0]
    assert (lyca["from_value"], lyca["to_value"]) == (15702.0, 93527.0)
    assert round(lyca["change_pct"]) == 496  # the +496% LycaMobile rise, 2024 -> 2025
    # both ends come from a document that prints them (the corpus has more than one FOI letter)
    printed = set(observations_for(gold, "cd.requests.company", "lycamobile")["document"])
    assert {lyca["from_document"], lyca["to_document"]} <= printed

    # Metrics that are themselves changes are not differenced again.
    assert not changes["metric"].str.endswith(".change").any()


def test_change_from_zero_has_no_percentage():
    assert change_pct(0, 5) is None
    assert change_pct(14, 0) == -100.0
    assert change_pct(-10, -5) == 50.0


def test_largest_changes_threshold_and_order(gold):
    _, _, series = gold
    changes = build_changes(series)
    top = largest_changes(changes, threshold=50, top=3)
    pcts = [abs(p) for p in top["change_pct"]]
    assert len(top) == 3 and pcts == sorted(pcts, reverse=True) and min(pcts) >= 50
    assert "cd.requests.company|lycamobile|requests|year" in set(largest_changes(changes, 50, 0)["series_family"])
    assert len(largest_changes(changes, 0, None)) == len(changes)


def test_gaps_and_breaks_are_flagged_on_changes():
    frame = pd.DataFrame([obs("ipco_2020.pdf", 166, period="2016", metric="inspections", bbox="a"),
                          obs("ipco_2020.pdf", 380, period="2022", metric="inspections", bbox="b"),
                          obs("ipco_2020.pdf", 386, period="2023", metric="inspections", bbox="c")])
    changes = build_changes(build_series(frame, DOCS))
    first, second = changes.iloc[0], changes.iloc[1]
    assert (first["from_period"], first["to_period"], bool(first["consecutive"])) == ("2016", "2022", False)
    assert first["across_break"] == "iocco-to-ipco"  # IOCCO counted 2016, IPCO 2022
    assert bool(second["consecutive"]) and second["across_break"] == ""
    assert second["change_pct"] == (386 - 380) / 380 * 100


def observations_for(gold, metric, category):
    observations = gold[0]
    return observations[(observations["metric"] == metric) & (observations["category"] == category)]


def test_unclassified_figures_make_no_series():
    """`unclassified` figures (no taxonomy metric fits) stay observations, never a series."""
    frame = pd.DataFrame([
        obs("ipco_2018.pdf", 19, metric="unclassified", confidence=0.3),
        obs("ipco_2019.pdf", 43, metric="unclassified", confidence=0.3, bbox="b"),
        obs("ipco_2019.pdf", 7, bbox="c"),
    ])
    series = build_series(frame, DOCS)
    assert list(series["metric"]) == ["warrants_issued"] and list(series["value"]) == [7]
    assert build_series(frame[frame["metric"] == "unclassified"], DOCS).empty
