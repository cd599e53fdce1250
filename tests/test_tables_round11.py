"""Tables, round 11: table-form recall on the development corpora. A table whose first figure
column stands left of the gutter of two columns of text under it; ... Each test builds a
small PDF or a Table of its own (no corpus document) and fails without the change it covers."""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pipeline.extract import extract_document
from pipeline.model import Table
from recognize_helpers import cell, table_observations


def _page(path: Path, n: int = 0):
    return extract_document(path, path.parent).pages[n]


def _rows(table) -> list[list[str]]:
    return [[c.text if c else "" for c in row] for row in table.rows]


def _found(rec, rows: list, caption: str = "", header_rows: int = 1, period: str = "2018") -> set:
    table = Table(page=1, rows=[[cell(t) if t else None for t in r] for r in rows], bbox=(0, 0, 1, 1),
                  header_rows=header_rows, caption=caption)
    return {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, table, period)}


# ---------------------------------------------------------------------------
# 1. A table over two columns of text whose first figure column ends left of the gutter
#    ("Property interference 1,842 | 1,453 1,937 –"): its rows, and the two header lines
#    lined up with its columns, are read across the gutter, not as two tables side by side.

_LEFT = ["The Department for Work and Pensions accounted for",
         "792 of the directed surveillance authorisations that",
         "were granted by other public authorities in the year",
         "and the rest were granted by local councils alone."]
_RIGHT = ["Intrusive surveillance is authorised under section",
          "32 of the Act and it needs the prior approval of a",
          "Commissioner except in urgent cases, as set out in",
          "section 36 of the Act, which few authorities use."]
_HEAD = [("", "OSC year", "1 Apr 2017 to", "Annualised", "Extant on"),
         ("Power", "2016-17", "31 Dec 2017", "2017", "31 March 2017")]
_BODY = [("Directed surveillance (LEAs)", "6,237", "-", "-", "808"),
         ("Directed surveillance (OPAs)", "-", "933", "-", "-"),
         ("Property interference", "1,842", "1,453", "1,937", "-"),
         ("Intrusive surveillance", "-", "186", "248", "-")]


def _table_over_columns(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(56, 60)
    pdf.cell(300, 14, "Table 6: Authorisations by power and reporting period")
    y = 82.0
    # label flush left at 56; the figure columns flush right at 290, 366, 440, 530 (the
    # page's gutter, at about 298, falls between the first two)
    for k, row in enumerate(_HEAD + _BODY):
        pdf.set_font("Helvetica", "B" if k < len(_HEAD) else "", 9)
        for text, right in zip(row, (None, 290, 366, 440, 530)):
            if right is None:
                pdf.set_xy(56, y)
                pdf.cell(150, 11, text)
            else:
                w = pdf.get_string_width(text)
                pdf.set_xy(right - w, y)
                pdf.cell(w, 11, text)
        y += 15
    pdf.set_font("Helvetica", size=10)
    for col, x in ((_LEFT, 56), (_RIGHT, 306)):
        yy = y + 20
        for line in col:
            pdf.set_xy(x, yy)
            pdf.cell(236, 12, line)
            yy += 13
    pdf.output(str(path))
    return path


def test_table_over_two_columns_with_a_figure_column_left_of_the_gutter(tmp_path):
    page = _page(_table_over_columns(tmp_path / "osc.pdf"))
    assert len(page.tables) == 1, [_rows(t) for t in page.tables]
    rows = _rows(page.tables[0])
    assert ["Property interference", "1,842", "1,453", "1,937", "-"] in rows, rows
    assert ["Intrusive surveillance", "-", "186", "248", "-"] in rows, rows
    # the header lines go with the table: the column of 1,453 is dated April-December 2017
    assert any("31 Dec 2017" in c for r in rows[:2] for c in r), rows
    # (the text under the table is still read column by column)
    texts = [b.text for b in page.blocks]
    assert any(t.startswith("The Department for Work and Pensions accounted for 792") for t in texts), texts


def test_abbreviated_other_public_authorities_is_their_part(rec):
    # "OPAs" beside "LEAs": the abbreviation of other public authorities, as reports print it
    got = _found(rec, [["Power", "1 Apr 2017 to 31 Dec 2017"],
                       ["Directed surveillance (LEAs)", "5,010"], ["Directed surveillance (OPAs)", "933"]],
                 caption="Table 6: Authorisations by power and reporting period")
    assert ("directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12", 933) in got, got
    assert ("directed_surveillance.authorisations", "law_enforcement", "2017-04/2017-12", 5010) in got, got


# ---------------------------------------------------------------------------
# 2. A sheet of "Measure | Breakdown | 2016 | 2018" rows: "Sensitive professions | All" is
#    the whole of what the other rows break down; "Council items, subscriber | Local
#    authorities" counts items by data type, the finer of the two breakdowns it names.

_SHEET_HEAD = ["Measure", "Breakdown", "2016", "2018"]


def test_breakdown_all_is_the_whole_of_the_metric_its_context_names(rec):
    got = _found(rec, [_SHEET_HEAD, ["Sensitive professions", "All", "948", "1,320"],
                       ["Sensitive professions", "Journalists", "", "203"]])
    assert ("cd.applications.sensitive_profession", "total", "2016", 948) in got, got
    assert ("cd.applications.sensitive_profession", "total", "2018", 1320) in got, got
    assert ("cd.applications.sensitive_profession", "journalist", "2018", 203) in got, got
    # (a label naming a counted thing of its own is not read by its context alone)
    got = _found(rec, [_SHEET_HEAD, ["Sensitive professions, warrants", "All", "948", ""]])
    assert not any(m == "cd.applications.sensitive_profession" for m, _, _, _ in got), got


def test_counted_noun_and_one_part_of_the_finest_breakdown(rec):
    got = _found(rec, [_SHEET_HEAD, ["Council items, subscriber", "Local authorities", "", "647"],
                       ["Council items, service use", "Local authorities", "", "87"]])
    assert ("cd.items.data_type", "subscriber", "2018", 647) in got, got
    assert ("cd.items.data_type", "service_use", "2018", 87) in got, got
    # (a noun heading several families, warrants issued, in force, for equipment interference,
    # tells no one of them by the part that only one has: GCHQ)
    label = "Warrants, GCHQ"
    assert rec._noun_and_part(label, rec._head_metrics(label)) == (None, "")


# ---------------------------------------------------------------------------
# 3. A printed spreadsheet: a cell's text run on past its column's right rule
#    ("Communications d|ata") stays in its cell; the figure in the next cell stays a figure.

def _sheet_with_overflow(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    # (the rule at 325 runs through "data", left of its middle, as Excel's grid runs through a spilled text)
    edges = [56, 246, 325, 388, 446]
    rows = [["Measure", "Breakdown", "2015", "2016"], ["Inspections", "All", "", "166"],
            ["Inspections", "Communications data", "72", ""], ["Inspections", "Interception", "26", ""]]
    y = 100
    for row in rows:
        for k, text in enumerate(row):
            x0, x1 = edges[k], edges[k + 1]
            pdf.rect(x0, y, x1 - x0, 14)
            if text:
                w = pdf.get_string_width(text)
                # text flush left from the rule, figures flush right; no clipping, as a
                # spreadsheet prints a text too long for its column
                pdf.set_xy(x0 + 2 if k < 2 else x1 - 2 - w, y + 1)
                pdf.cell(w, 12, text)
        y += 14
    pdf.output(str(path))
    return path


def test_text_spilling_over_a_rule_stays_in_its_cell(tmp_path):
    page = _page(_sheet_with_overflow(tmp_path / "sheet.pdf"))
    (table,) = page.tables
    rows = _rows(table)
    assert ["Inspections", "Communications data", "72", ""] in rows, rows
    assert ["Inspections", "Interception", "26", ""] in rows, rows


# ---------------------------------------------------------------------------
# 4. A period column whose cells may say "annualised" ("2017, annualised"): still the
#    table's period column; the row's figure is the annualised metric, dated 2017. A row
#    naming what another metric is about ("Intrusive surveillance") under a caption naming
#    property interference authorisations counts that metric's authorisations.

def test_annualised_period_cell_and_rows_naming_their_own_power(rec):
    got = _found(rec, [["Authorisation", "Period", "Number"],
                       ["Directed surveillance (law enforcement)", "1 Apr 2016 to 31 Mar 2017", "6,237"],
                       ["Property interference", "1 Apr to 31 Dec 2017", "1,453"],
                       ["Property interference", "2017, annualised", "1,937"],
                       ["Intrusive surveillance", "1 Apr to 31 Dec 2017", "186"],
                       ["Intrusive surveillance", "2017, annualised", "248"]],
                 caption="Figure D Surveillance and property interference authorisations, 2016-17 and 2017")
    assert ("property_interference.authorisations", "", "2017-04/2017-12", 1453) in got, got
    assert ("property_interference.authorisations.annualised", "", "2017", 1937) in got, got
    assert ("intrusive_surveillance.authorisations", "", "2017-04/2017-12", 186) in got, got
    assert ("intrusive_surveillance.authorisations.annualised", "", "2017", 248) in got, got
    assert ("directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03", 6237) in got, got
    # (none of them is given to the caption's metric)
    assert not any(m.startswith("property_interference") and v in (186, 248, 6237) for m, _, _, v in got), got


def test_kind_row_takes_the_metric_a_row_starting_with_the_same_words_names(rec):
    # "Property interference" is what both surveillance errors and property interference
    # authorisations are about; the row above, "Property interference authorisations", says which
    rows = [["Measure", "Period", "Figure", "Source"],
            ["Property interference authorisations", "Apr–Dec 2017", "1,453", "IPCO 2017"],
            ["Property interference, annualised", "2017", "1,937", "IPCO 2017"],
            ["Errors reported (surveillance and CHIS)", "2017", "83", "IPCO 2017"]]
    got = _found(rec, rows, caption="")
    assert ("property_interference.authorisations.annualised", "", "2017", 1937) in got, got
    assert ("spci.errors", "total", "2017", 83) in got, got


# ---------------------------------------------------------------------------
# 5. A caption under a table wrapped onto a second line is read whole; a caption sentence
#    "Directed surveillance figures are for law enforcement agencies only" makes those
#    figures the law enforcement part.

def _table_with_wrapped_caption(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    edges = [56, 250, 400, 540]
    rows = [["Period", "Directed surveillance", "Property interference"],
            ["2016/17 (OSC year)", "6,237", "1,842"], ["01/04/17-31/12/17", "*", "1,453"]]
    y = 80
    for row in rows:
        for k, text in enumerate(row):
            pdf.rect(edges[k], y, edges[k + 1] - edges[k], 16)
            pdf.set_xy(edges[k] + 2, y + 2)
            pdf.cell(edges[k + 1] - edges[k] - 4, 12, text, align="L" if k == 0 else "R")
        y += 16
    pdf.set_font("Helvetica", "I", 8)
    for line in ("Table A1: Authorisations granted. * Not published for that period. Directed surveillance figures are for",
                 "law enforcement agencies only; the annualised row multiplies the nine-month figure by 12/9."):
        y += 10
        pdf.set_xy(56, y)
        pdf.cell(480, 10, line)
    pdf.output(str(path))
    return path


def test_caption_under_a_table_wrapped_onto_two_lines(tmp_path):
    page = _page(_table_with_wrapped_caption(tmp_path / "a1.pdf"))
    (table,) = page.tables
    assert table.caption.startswith("Table A1: Authorisations granted."), table.caption
    assert table.caption.endswith("law enforcement agencies only; the annualised row multiplies the nine-month "
                                  "figure by 12/9."), table.caption


def test_caption_restricting_a_power_to_one_part(rec):
    got = _found(rec, [["Period", "Directed surveillance", "Property interference"],
                       ["2016/17 (OSC year)", "6,237", "1,842"], ["01/04/17-31/12/17", "*", "1,453"]],
                 caption="Table A1: Authorisations granted. * Not published for that period. Directed surveillance "
                         "figures are for law enforcement agencies only.", period="2024")
    assert ("directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03", 6237) in got, got
    # (the other power's figures are of no part)
    assert ("property_interference.authorisations", "", "2016-04/2017-03", 1842) in got, got


# ---------------------------------------------------------------------------
# 6. "Total | 366 | 100%": the share the whole makes of itself is no statistic; the parts'
#    shares and the total count are.

def test_total_share_of_one_hundred_per_cent_is_no_statistic(rec):
    got = _found(rec, [["Rating", "Number", "Share"], ["Red", "29", "8%"], ["Amber", "203", "55%"],
                       ["Green", "134", "37%"], ["Total", "366", "100%"]],
                 caption="Table 2: RAG profile of national recommendations, 2015")
    assert ("recommendations", "total", "2015", 366) in got, got
    assert ("recommendations.share", "amber", "2015", 55) in got, got
    assert not any(m.endswith(".share") and c == "total" for m, c, _, _ in got), got


# ---------------------------------------------------------------------------
# 7. An unruled table whose headers are set flush left, on up to three lines, over figures
#    set flush right: each header is its own column's, though it reaches back past halfway
#    to the column before ("Communications" / "data" / "inspections" over "42").

def _flush_left_headers(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Times", "I", 9)
    pdf.set_xy(62, 60)
    pdf.cell(300, 11, "Table B4: Inspection activity (IOCCO)")
    # header cells flush left at x, stacked bottom-aligned; figures flush right at `right`
    heads = [(62, ["", "", "Year"]), (97, ["Interception", "warrants", "examined"]),
             (173, ["", "Interception", "inspections"]), (249, ["Communications", "data", "inspections"]),
             (349, ["Recommen-", "dations", "(interception)"])]
    rights = [None, 163, 239, 339, 424]
    pdf.set_font("Times", "B", 9)
    for x, texts in heads:
        for k, t in enumerate(texts):
            if t:
                pdf.set_xy(x, 80 + 13 * k)
                pdf.cell(pdf.get_string_width(t), 11, t)
    pdf.set_font("Times", size=9)
    body = [["2012", "-", "-", "42", "-"], ["2013", "600", "-", "-", "65"],
            ["2015", "1,148", "26", "72", "74"], ["2016", "970", "-", "-", "-"]]
    for r, row in enumerate(body):
        y = 124 + 15 * r
        for t, right in zip(row, rights):
            w = pdf.get_string_width(t)
            pdf.set_xy(62 if right is None else right - w, y)
            pdf.cell(w, 11, t)
    pdf.output(str(path))
    return path


def test_headers_flush_left_over_figures_flush_right(tmp_path, rec):
    page = _page(_flush_left_headers(tmp_path / "b4.pdf"))
    (table,) = page.tables
    rows = _rows(table)
    assert table.header_rows >= 1, rows
    head = [" ".join(r[c] for r in rows[:table.header_rows] if r[c]) for c in range(len(rows[0]))]
    assert head == ["Year", "Interception warrants examined", "Interception inspections",
                    "Communications data inspections", "Recommendations (interception)"], rows
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, table, "2017")}
    assert ("inspections", "communications_data", "2015", 72) in got, got
    assert ("inspections", "interception", "2015", 26) in got, got


# ---------------------------------------------------------------------------
# 8. Sums in a table of penalties: a column naming no multiple beside one that does
#    ("Penalty (GBP m)") is in the caption's multiple, or in none that can be told; a
#    column "After appeal" holds sums changed later than the notice its row is dated by.

_PENALTIES = [["Organisation", "Notice", "Penalty (GBP m)", "After appeal", "Year"],
              ["British Airways plc", "Oct 2020", "20.0", "–", "2020/21"],
              ["Cabinet Office", "Dec 2021", "0.5", "0.05", "2021/22"]]


def test_sum_reduced_on_appeal_is_not_dated_by_the_notice(rec):
    got = _found(rec, _PENALTIES, caption="Table 1: Selected monetary penalties, in millions of pounds")
    assert ("ico.fines", "cabinet_office", "2021-04/2022-03", 500000) in got, got
    assert not any(v in (0.05, 50000) for _, _, _, v in got), got


def test_sum_in_a_column_naming_no_multiple(rec):
    rows = [["Organisation", "Penalty (GBP m)", "Second penalty", "Year"],
            ["Cabinet Office", "0.5", "0.3", "2021/22"], ["Clearview AI Inc", "7.5", "–", "2022/23"]]
    got = _found(rec, rows, caption="Table 1: Selected monetary penalties")
    assert ("ico.fines", "clearview", "2022-04/2023-03", 7500000) in got, got
    assert not any(v in (0.3, 300000) for _, _, _, v in got), got
    got = _found(rec, rows, caption="Table 1: Selected monetary penalties, in millions of pounds")
    assert ("ico.fines", "cabinet_office", "2021-04/2022-03", 300000) in got, got


# ---------------------------------------------------------------------------
# 9. An annex of figures of many kinds: "Requests approved" names one metric by its
#    qualified noun; another row says what it is about ("Items of communications data").

def test_qualified_noun_row_with_its_context_named_by_another_row(rec):
    rows = [["Figure", "Year", "Value"], ["Items of communications data", "2018", "808,214"],
            ["Requests approved", "2019", "200,665"]]
    got = _found(rec, rows, caption="Annex: figures cited in this response")
    assert ("cd.requests.approved", "", "2019", 200665) in got, got
    # (with nothing in the table saying what the requests are for, the row stays unread)
    got = _found(rec, [rows[0], ["Warrants examined", "2018", "970"], rows[2]],
                 caption="Annex: figures cited in this response")
    assert not any(m == "cd.requests.approved" for m, _, _, _ in got), got


# ---------------------------------------------------------------------------
# 10. "Property interference" names what both its authorisations and errors in surveillance
#     are about; under a row of directed surveillance authorisations it counts authorisations.

def test_row_about_several_metrics_counts_what_the_rows_above_count(rec):
    rows = [["National figure", "2016/17", "Extant 31/03/2017"],
            ["Directed surveillance (LEAs)", "6,237", "808"], ["Property interference", "1,842", "–"]]
    got = _found(rec, rows, caption="Table 2: Published national figures (OSC financial years)")
    assert ("property_interference.authorisations", "", "2016-04/2017-03", 1842) in got, got
    # (first, with nothing counted above it, the row stays unread)
    got = _found(rec, [rows[0], rows[2], rows[1]], caption="Table 2: Published national figures (OSC financial years)")
    assert not any(v == 1842 and m != "unclassified" for m, _, _, v in got), got


# ---------------------------------------------------------------------------
# 11. A notes column "301 by CSPs" beside a period's count: the part belongs to the note's
#     own figure, the row's count is the total; "public authorities only" restricts the row.

def test_note_naming_a_part_after_its_own_figure(rec):
    got = _found(rec, [["Period", "Errors reported", "Notes"], ["Apr-Dec 2006", "1,088", "301 by CSPs"],
                       ["Oct-Dec 2007", "99", "public authorities only"], ["2008", "595", "None"]],
                 caption="Table 2: Communications data errors reported to the Commissioner", period="2013")
    assert ("cd.errors", "total", "2006-04/2006-12", 1088) in got, got
    assert ("cd.errors", "public_authorities", "2007-10/2007-12", 99) in got, got
    assert ("cd.errors", "total", "2008", 595) in got, got


# ---------------------------------------------------------------------------
# 12. A row whose figures all read as one statistic with different values, under no header
#     telling them apart ("2014 | 68% | 31% | combination 1%", a stacked bar's labels), gives
#     none of them; two sources' values under headers of their own are both kept.

def test_one_statistic_with_two_values_in_a_row_is_none(rec):
    table = Table(page=1, rows=[[cell("2014"), cell("68%"), cell("31%"), cell("combination 1%")],
                                [cell("2015"), cell("65%"), cell("34%"), cell("combination 1%")]],
                  bbox=(0, 0, 1, 1), header_rows=0, title="Purposes of interception warrants: 2014 and 2015")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, table, "2024")}
    assert not any(v in (68, 31, 65, 34) and m != "unclassified" for m, _, _, v in got), got
    got = _found(rec, [["Responsible party", "2012 (%)", "2016 text (%)", "2016 chart (%)"],
                       ["Single point of contact", "47", "43.3", "43.5"]],
                 caption="Table B6: Communications data errors by responsible party, per cent")
    assert {("cd.errors.share", "spoc", "2016", 43.3), ("cd.errors.share", "spoc", "2016", 43.5)} <= got, got
