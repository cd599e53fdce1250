"""Round 5 of recognition rules: charts without a caption block, pie labels that are not parts
of the chart's metric, and further general phrasings of statistical prose and tables. Pages,
sentences and tables written for the tests, not taken from the corpora."""
from __future__ import annotations

from pipeline.model import Block, Chart, ChartBar, PageContent
from pipeline.recognize import Context

from recognize_helpers import text_observations


def found(rec, *texts, period="2020"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


def page_of(*blocks, charts=()):
    return PageContent(1, 595, 842, [Block(t, [], box, kind) for kind, t, box in blocks], [], charts=list(charts))


def chart(bars, bbox=(100, 120, 400, 260)):
    return Chart(1, [ChartBar(label, value, (0, 0, 1, 1)) for label, value in bars], bbox)


def page_found(rec, page, period="2021"):
    return {(o.metric, o.category, o.period, o.value)
            for o in rec.recognize_page(page, Context("r.pdf", "abc", period)) if o.method == "chart"}


YEARS = [("2014", "1,210"), ("2015", "1,305"), ("2016", "1,150")]


# -- a chart without a caption block takes its title from the line next to it ------------

def test_chart_titled_by_the_heading_just_above_it(rec):
    page = page_of(("heading", "Communications data errors reported each year", (60, 95, 300, 108)),
                   ("paragraph", "Source: annual reports. Graphic: the desk", (60, 270, 300, 280)),
                   charts=[chart(YEARS)])
    assert page_found(rec, page) == {("cd.errors", "total", y, float(v.replace(",", ""))) for y, v in YEARS}


def test_chart_titled_by_a_chart_label_below_it(rec):
    page = page_of(("paragraph", "Table 7: Inspections carried out, 2010 to 2013", (60, 40, 300, 50)),
                   ("paragraph", "Chart 4: Interception warrants issued, 2014 to 2016", (60, 280, 300, 290)),
                   charts=[chart(YEARS)])
    assert page_found(rec, page) == {("interception.warrants.issued", "total", y, float(v.replace(",", "")))
                                     for y, v in YEARS}


def test_chart_with_no_title_nearby_gives_nothing(rec):
    # the only text is far from the chart, and a source line is no title
    page = page_of(("heading", "Communications data errors", (60, 20, 300, 30)),
                   ("paragraph", "Source: annual reports", (60, 265, 300, 275)),
                   charts=[chart(YEARS)])
    assert page_found(rec, page) == set()


# -- a pie's labels are parts of the chart's metric, or name nothing ----------------------

def test_pie_labels_that_are_no_parts_of_the_metric_are_dropped(rec):
    page = page_of(("caption", "Figure 2: Interception errors by agency type, 2018", (60, 90, 300, 100)),
                   charts=[chart([("Routine", "92%"), ("Unusual", "8%")])])
    assert page_found(rec, page) == set()


def test_pie_labels_that_are_parts_keep_their_category(rec):
    page = page_of(("caption", "Figure 1: Interception warrants by statutory purpose, 2014", (60, 90, 300, 100)),
                   charts=[chart([("Serious crime", "68%"), ("National security", "31%")])])
    assert page_found(rec, page) == {("interception.warrants.issued.share", "serious_crime", "2014", 68),
                                     ("interception.warrants.issued.share", "national_security", "2014", 31)}


# -- money in tables and prose dated by the events it tells --------------------------------

def test_table_cells_with_spaced_thousands(rec):
    from pipeline.model import Table
    from recognize_helpers import cell, table_observations
    t = Table(1, [[cell("Organisation"), cell("Year"), cell("Penalty (£)")],
                  [cell("Marriott International"), cell("2019/20"), cell("12 500 000")],
                  [cell("Interserve"), cell("2020/21"), cell("750 000")]], (0, 0, 1, 1), header_rows=1,
              caption="Table 2: Monetary penalties issued")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t)}
    assert got == {("ico.fines", "marriott", "2019-04/2020-03", 12500000), ("ico.fines", "interserve", "2020-04/2021-03", 750000)}
    from pipeline.recognize import _cell_value
    assert _cell_value("1 320") == (1320, "") and _cell_value("500 000") == (500000, "")
    assert _cell_value("234 203") is None and _cell_value("07 123") is None  # two figures run together, a code


def heading_then(rec, heading, *paras, period=None):
    from pipeline.recognize import Context
    ctx = Context("r.pdf", "abc", period)
    blocks = [Block(heading, [], (60, 60, 300, 70), "heading")] + [Block(t, [], (60, 80 + 20 * i, 500, 95 + 20 * i)) for i, t in enumerate(paras)]
    page = PageContent(1, 595, 842, blocks, [])
    return {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, ctx)}


def test_a_day_opening_a_statement_dates_the_event_in_the_financial_year_the_headings_count_in(rec):
    got = heading_then(rec, "Monetary penalties issued in 2018/19 and 2019/20",
                       "On 14 February 2019 the Commissioner fined Interserve £350,000 for losing records. "
                       "On 3 June 2019 a penalty of £90,000 was issued to the Cabinet Office.")
    assert got == {("ico.fines", "interserve", "2018-04/2019-03", 350000),
                   ("ico.fines", "cabinet_office", "2019-04/2020-03", 90000)}


def test_a_day_dates_the_event_in_its_calendar_year_when_the_headings_count_in_years(rec):
    got = heading_then(rec, "Penalties issued in 2018 and 2019",
                       "On 14 February 2019 the Commissioner fined Interserve £350,000 for losing records.")
    assert got == {("ico.fines", "interserve", "2019", 350000)}


def test_a_statutes_year_in_a_heading_dates_nothing(rec):
    got = heading_then(rec, "DATA PROTECTION ACT 2018: PENALTY NOTICE",
                       "The Commissioner has decided to impose a penalty of £1,000,000 on Marriott.")
    assert got == set()


def test_a_heading_naming_several_periods_ends_the_period_of_the_heading_before(rec):
    from pipeline.recognize import Context
    ctx = Context("r.pdf", "abc", None)
    blocks = [Block("Penalties issued in 2016", [], (60, 60, 300, 70), "heading"),
              Block("Marriott was fined £100,000.", [], (60, 80, 300, 90)),
              Block("Penalties issued in 2017 and 2018", [], (60, 100, 300, 110), "heading"),
              Block("Interserve was fined £200,000.", [], (60, 120, 300, 130))]
    got = {(o.category, o.period, o.value) for o in rec.recognize_page(PageContent(1, 595, 842, blocks, []), ctx)}
    assert got == {("marriott", "2016", 100000)}


def test_the_singular_noun_with_the_refers_to_the_one_thing_named_before(rec):
    got = found(rec, "In March 2019 the Cabinet Office was fined £400,000. The Cabinet Office appealed. "
                     "In October 2019 the penalty was reduced to £40,000.")
    assert ("ico.fines", "cabinet_office", "2019", 40000) in got
    # a plural is no one thing: no category is taken from the sentence before
    got = found(rec, "The Cabinet Office appealed. In 2019 the penalties issued came to £900,000.")
    assert not any(c == "cabinet_office" for _, c, _, _ in got)


# -- bracketed parts after a sentence that gave the metric ---------------------------------

def test_bracketed_parts_continue_the_metric_of_the_sentence_before(rec):
    got = found(rec, "In 2019 there were 1,500 applications concerning sensitive professions. Lawyers were the "
                     "largest group, with 600. Next came journalists (310), medical doctors (250) and ministers of "
                     "religion (90).")
    assert got == {("cd.applications.sensitive_profession", c, "2019", v) for c, v in (
        ("total", 1500), ("lawyer", 600), ("journalist", 310), ("medical_doctor", 250), ("minister_of_religion", 90))}


def test_bracketed_figures_without_parts_or_after_a_sentence_without_figures_are_not_carried(rec):
    # the sentence before gave no figure: nothing to continue
    got = found(rec, "Lawyers were the largest group. Next came journalists (310) and medical doctors (250).")
    assert {m for m, *_ in got} <= {"unclassified"}
    # labels that are no parts of the metric carried
    got = found(rec, "In 2019 there were 1,500 applications concerning sensitive professions. Lawyers were the "
                     "largest group, with 600. The inspectors visited Leeds (12) and York (9).")
    assert not any(v in (12, 9) for *_, v in got)


def test_a_metric_the_paragraph_names_beats_one_only_its_heading_names(rec):
    from pipeline.recognize import Context
    ctx = Context("r.pdf", "abc", None)
    blocks = [Block("Sensitive professions and journalistic sources", [], (60, 60, 300, 70), "heading"),
              Block("Applications for the data of people in sensitive professions deserve care. In 2019 there "
                    "were 1,500 such applications.", [], (60, 80, 500, 95))]
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(PageContent(1, 595, 842, blocks, []), ctx)}
    assert got == {("cd.applications.sensitive_profession", "total", "2019", 1500)}


# -- small precision rules -----------------------------------------------------------------

def test_question_numbers_of_oral_evidence_are_references(rec):
    got = found(rec, "The Commissioner reported 1,300 communications data errors in 2019 (Q 61, Q 74; QQ 80-82).")
    assert got == {("cd.errors", "total", "2019", 1300)}


def test_in_one_case_tells_an_example_not_a_count(rec):
    assert found(rec, "In one case an interception warrant was served on the wrong provider in 2019.") == set()
    # "one warrant" is still a count
    assert ("interception.warrants.issued", "total", "2019", 1) in found(
        rec, "In 2019 one interception warrant was issued to the agency.")


def test_a_share_that_fell_to_or_grew_to_a_level_is_that_level(rec):
    got = found(rec, "In 2015 applicants were responsible for 30% of communications data errors. By 2017 the "
                     "applicants' share of errors had grown to 41.5%.")
    assert ("cd.errors.share", "applicant", "2017", 41.5) in got
    assert not any(m.endswith(".change") for m, *_ in got)
    # a rise of ... to: the rise is still a change
    got = found(rec, "Interception warrants issued rose by 12% to 3,300 in 2019.")
    assert ("interception.warrants.issued.change", "total", "2019", 12) in got


def test_that_year_refers_to_the_year_named_before_it_in_the_sentence(rec):
    got = found(rec, "The Commissioner published figures for 2021. Interception errors were first counted in 2012: "
                     "there were 31 that year and 40 in 2013.")
    assert ("interception.errors", "", "2012", 31) in got and ("interception.errors", "", "2013", 40) in got


def test_the_head_noun_of_a_label_names_the_metric(rec):
    got = found(rec, "Recommendations after interception inspections: 48 in 2016 and 52 in 2017.", period=None)
    assert {(m, v) for m, c, p, v in got} == {("recommendations", 48), ("recommendations", 52)}
    got = found(rec, "Inspections of interception agencies: 20 in 2016 and 22 in 2017.", period=None)
    assert {m for m, *_ in got} == {"inspections"}


def test_a_clause_before_the_figure_is_no_label_whose_head_decides(rec):
    got = found(rec, "The inspections resulted in 90 recommendations (6 Red, 50 Amber and 34 Green).")
    assert {(c, v) for m, c, p, v in got if m == "recommendations"} == {("total", 90), ("red", 6), ("amber", 50), ("green", 34)}


# -- tables: notes under them, one-row tables, years with notes ---------------------------

def table_page(table, *blocks):
    return PageContent(table.page, 595, 842, [Block(t, [], box, "paragraph") for t, box in blocks], [table])


def test_a_note_under_a_table_restricting_it_to_one_part(rec):
    from pipeline.model import Table
    from recognize_helpers import cell
    t = Table(1, [[None, cell("2020"), cell("2021")], [cell("Authorisations granted"), cell("2,100"), cell("2,050")]],
              (60, 100, 400, 140), header_rows=1, caption="Table 5: Covert human intelligence source authorisations")
    got = {(o.metric, o.category, o.period, o.value)
           for o in rec.recognize_page(table_page(t, ("Note: law enforcement agencies only.", (60, 150, 300, 160))),
                                       Context("r.pdf", "abc", None))}
    assert got == {("chis.authorisations", "law_enforcement", "2020", 2100), ("chis.authorisations", "law_enforcement", "2021", 2050)}
    # a note far below, or one that is no restriction, changes nothing
    got = {(o.category, o.value) for o in rec.recognize_page(
        table_page(t, ("Note: figures as published.", (60, 150, 300, 160)), ("Note: law enforcement agencies only.", (60, 400, 300, 410))),
        Context("r.pdf", "abc", None))}
    assert got == {("total", 2100), ("total", 2050)}


def test_a_one_row_table_whose_header_names_the_parts(rec):
    from pipeline.model import Table
    from recognize_helpers import cell, table_observations
    t = Table(1, [[cell("National security"), cell("Serious crime"), cell("Urgent approvals"), cell("Other matters")],
                  [cell("40"), cell("58"), cell("3.5"), cell("2")]], (0, 0, 1, 1), header_rows=1,
              caption="Table 4: Interception warrants by purpose, 2016 (per cent)",
              title="Other authorities granted nine authorisations in 2019.")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t)}
    assert got == {("interception.warrants.issued.share", "national_security", "2016", 40),
                   ("interception.warrants.issued.share", "serious_crime", "2016", 58),
                   ("interception.warrants.urgent.share", "", "2016", 3.5)}


def test_a_year_with_a_note_in_a_cell_is_a_row_label(rec):
    from pipeline.recognize import _cell_value
    assert _cell_value("2017 (annualised)") is None and _cell_value("2016 (IOCCO)") is None
    assert _cell_value("2017 (12%)") == (2017, "") and _cell_value("199 (66 IP)") == (199, "")


def test_a_share_equal_to_a_part_of_another_count_is_a_rate(rec):
    got = found(rec, "There were 35 interception errors in 2012, equal to about 1.2% of the warrants issued.")
    assert got == {("interception.errors", "", "2012", 35)}


def test_that_year_after_a_relative_year(rec):
    got = found(rec, "Local authorities obtained 1,300 items of telephony related data in 2019. A year earlier, local "
                     "authorities obtained 700 items of telephony related data. Of the items they obtained that year, "
                     "650 were subscriber information.", period="2019")
    assert ("cd.items.data_type", "subscriber", "2018", 650) in got


# -- an answer after its question; a change in apposition ----------------------------------

def paragraphs(rec, *texts, period=None):
    ctx = Context("r.pdf", "abc", period)
    blocks = [Block(t, [], (60, 80 + 40 * i, 500, 110 + 40 * i)) for i, t in enumerate(texts)]
    return {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(PageContent(1, 595, 842, blocks, []), ctx)}


def test_an_answer_goes_on_from_the_question_before_it(rec):
    got = paragraphs(rec, "Ms Lee: Will the Minister tell us how many interception warrants were issued in 2014?",
                     "Mr Dunn: I am told the figure was 2,800, a rise of 4%.")
    assert got == {("interception.warrants.issued", "total", "2014", 2800),
                   ("interception.warrants.issued.change", "total", "2014", 4)}


def test_a_paragraph_that_is_no_answer_does_not_go_on_from_the_one_before(rec):
    got = paragraphs(rec, "The Commissioner reported 2,800 interception warrants issued in 2014.",
                     "The figure was 41 in the survey of 2015.")
    assert got == {("interception.warrants.issued", "total", "2014", 2800)}


def test_a_change_in_apposition_to_a_count(rec):
    got = found(rec, "In 2019 the Commissioner recorded 1,150 communications data errors, a fall of 8%.")
    assert got == {("cd.errors", "total", "2019", 1150), ("cd.errors.change", "total", "2019", -8)}


# -- vocabulary (taxonomy) and parts named as left out or as a list -----------------------

def test_serious_errors_found_to_be_serious_or_confirmed(rec):
    got = found(rec, "In 2016 there were 40 serious error investigations, and 21 errors were found to be serious.")
    assert ("errors.serious.determined", "total", "2016", 21) in got
    got = found(rec, "In 2016 the Commissioner investigated 40 possible serious errors and confirmed 21.")
    assert ("errors.serious.determined", "total", "2016", 21) in got
    assert not any(m == "cd.errors" for m, *_ in got)


def test_complaints_upheld_are_not_complaints_received(rec):
    got = found(rec, "In 2011 the Tribunal received 180 new complaints. Two complaints were upheld.")
    assert got == {("ipt.complaints", "", "2011", 180)}


def test_a_reporters_source_is_a_journalistic_source(rec):
    got = found(rec, "A Judicial Commissioner must approve any attempt to identify a reporter's source. "
                     "There were 21 such applications in 2020.")
    assert got == {("cd.applications.journalistic_source", "", "2020", 21)}


def test_parts_named_as_left_out_are_not_the_figures(rec):
    got = found(rec, "In 2019 public authorities other than law enforcement and local authorities granted 640 directed "
                     "surveillance authorisations.")
    assert got == {("directed_surveillance.authorisations", "other_public_authorities", "2019", 640)}


def test_the_tail_of_a_list_of_parts_counts_them_together(rec):
    got = found(rec, "Errors in the use of surveillance, property interference and informants came to 120 in 2019.")
    assert got == {("spci.errors", "total", "2019", 120)}
    got = found(rec, "In 2019 informants accounted for 20 surveillance errors.")
    assert ("spci.errors", "chis", "2019", 20) in got


def test_a_count_with_its_share_in_brackets_in_a_cell(rec):
    from pipeline.model import Table
    from recognize_helpers import cell, table_observations
    t = Table(1, [[cell("Statutory purpose"), cell("Warrants issued in 2019 (share)")],
                  [cell("Serious crime"), cell("2,100 (61.5%)")], [cell("National security"), cell("1,300 (38.5%)")]],
              (0, 0, 1, 1), header_rows=1, caption="Table 3: Interception warrants issued in 2019 by statutory purpose")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t)}
    assert got == {("interception.warrants.issued", "serious_crime", "2019", 2100),
                   ("interception.warrants.issued.share", "serious_crime", "2019", 61.5),
                   ("interception.warrants.issued", "national_security", "2019", 1300),
                   ("interception.warrants.issued.share", "national_security", "2019", 38.5)}


def test_a_header_wrapped_onto_a_second_line_under_its_cells(rec):
    from pipeline.model import Table
    from recognize_helpers import cell, table_observations
    t = Table(1, [[None, cell("Interception"), cell("Communications"), cell("All areas")],
                  [cell("Year"), None, cell("data"), None],
                  [cell("2013"), cell("30"), cell("70"), None], [cell("2014"), cell("28"), cell("75"), cell("190")]],
              (0, 0, 1, 1), header_rows=1, caption="Table 6: Inspections carried out")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t)}
    assert ("inspections", "communications_data", "2013", 70) in got and ("inspections", "interception", "2014", 28) in got
    assert not any(v == 70 and c != "communications_data" for m, c, p, v in got)


# -- a data file's lines printed under their header line -----------------------------------

def test_data_file_lines_under_their_header(rec):
    blocks = [Block("period|series|authority|count|unit", [], (60, 100, 300, 110), "heading"),
              Block("2010|cd_requests|all|410000|requests 2011|cd_requests|local_authorities|2100|requests "
                    "2012|interception_warrants_issued|all|2900|warrants 2012|cd_requests|martians|5|requests",
                    [], (60, 115, 400, 160)),
              Block("The lines above are as published.", [], (60, 170, 400, 180))]
    got = {(o.metric, o.category, o.period, o.value)
           for o in rec.recognize_page(PageContent(1, 595, 842, blocks, []), Context("r.pdf", "abc", None))}
    assert got == {("cd.requests", "total", "2010", 410000), ("cd.requests", "local_authorities", "2011", 2100),
                   ("interception.warrants.issued", "total", "2012", 2900)}


def test_a_line_that_only_looks_like_a_header_is_read_as_text(rec):
    blocks = [Block("Name; Address; Phone", [], (60, 100, 300, 110), "heading"),
              Block("In 2015 the Commissioner reported 1,200 communications data errors.", [], (60, 115, 400, 130))]
    got = {(o.metric, o.period, o.value) for o in rec.recognize_page(PageContent(1, 595, 842, blocks, []), Context("r.pdf", "abc", None))}
    assert got == {("cd.errors", "2015", 1200)}


# -- what a document is about: not what its source lines cite ----------------------------

def document(*blocks, title=""):
    from pipeline.model import DocumentContent
    page = PageContent(1, 595, 842, [Block(t, [], (60, 60 + 30 * i, 500, 80 + 30 * i), kind) for i, (kind, t) in enumerate(blocks)], [])
    return DocumentContent("d.pdf", "abc", [page], title=title)


def test_a_source_line_does_not_date_the_document(rec):
    doc = document(("heading", "How many warrants? The numbers explained"),
                   ("paragraph", "Source: IOCCO annual report 2015; IPCO annual report 2017."),
                   ("paragraph", "The Secretary of State issued 2,000 interception warrants."))
    assert rec.recognize_document(doc) == []
    doc = document(("heading", "Annual Report 2016"),
                   ("paragraph", "Source: IOCCO annual report 2015."),
                   ("paragraph", "The Secretary of State issued 2,000 interception warrants."))
    assert {(o.metric, o.period, o.value) for o in rec.recognize_document(doc)} == {("interception.warrants.issued", "2016", 2000)}


def test_its_report_on_a_year_is_another_bodys_report(rec):
    doc = document(("heading", "The numbers explained"),
                   ("paragraph", "The watchdog oversees public bodies. Its report on 2019 was published on Thursday."),
                   ("paragraph", "The Secretary of State issued 2,000 interception warrants."))
    assert rec.recognize_document(doc) == []
    doc = document(("heading", "Statement"),
                   ("paragraph", "The Commissioner's report for 2019 is laid before Parliament today."),
                   ("paragraph", "The Secretary of State issued 2,000 interception warrants."))
    assert {(o.period, o.value) for o in rec.recognize_document(doc)} == {("2019", 2000)}


def test_a_part_the_clauses_subject_is_about(rec):
    got = found(rec, "In 2022 applications relating to medical doctors fell to 380, and those relating to lawyers "
                     "to 200.")
    assert ("cd.applications.sensitive_profession", "medical_doctor", "2022", 380) in got
    assert not any(c == "total" for _, c, _, _ in got)


def test_so_many_years_before_a_named_year(rec):
    got = found(rec, "Roughly eight years before the 2019 report, some 15,000 directed surveillance authorisations "
                     "were being granted each year.")
    assert got == {("directed_surveillance.authorisations", "total", "2011", 15000)}
    got = found(rec, "Three years after 2012, 2,500 interception warrants were issued.")
    assert got == {("interception.warrants.issued", "total", "2015", 2500)}


def test_of_the_figure_given_before_takes_its_metric_and_period(rec):
    got = paragraphs(rec, "Errors in the use of surveillance powers numbered 120 in 2016. The Commissioner has "
                          "asked for better training.",
                     "The report says little more.",
                     "7 Of the 120, directed surveillance accounted for 70, property interference for 30 and CHIS for 20.",
                     period="2019")
    assert got == {("spci.errors", "total", "2016", 120), ("spci.errors", "directed_surveillance", "2016", 70),
                   ("spci.errors", "property_interference", "2016", 30), ("spci.errors", "chis", "2016", 20)}
    # a whole never given as a figure names nothing
    got = paragraphs(rec, "Of the 45 forces, directed surveillance accounted for 12.", period="2019")
    assert {m for m, *_ in got} <= {"unclassified"}


def test_that_year_after_a_relative_year_in_a_sentence_without_figures(rec):
    got = paragraphs(rec, "Ms Lee: How many interception warrants were issued in 2014?",
                     "Mr Dunn: The following year the numbers changed again. The Commissioners examined 500 "
                     "warrants at inspection that year and 700 in 2017.", period="2021")
    assert ("interception.warrants.examined", "", "2015", 500) in got
    assert ("interception.warrants.examined", "", "2017", 700) in got


def test_shares_of_parts_carry_the_metric_of_the_shares_before(rec):
    got = found(rec, "In 2013, single points of contact were responsible for 40% of errors, applicants for 30% and "
                     "communications service providers for 25%. By 2017 the applicants' share had grown to 44.5%, "
                     "while service providers' fell to 9.5%.")
    assert ("cd.errors.share", "applicant", "2017", 44.5) in got and ("cd.errors.share", "csp", "2017", 9.5) in got
    assert not any(m.startswith("cd.requests") for m, *_ in got)
    # a share of something else after them keeps its own metric
    got = found(rec, "In 2013 applicants were responsible for 30% of errors. In 2014, 12% of interception warrants "
                     "were issued for national security.")
    assert ("interception.warrants.issued.share", "national_security", "2014", 12) in got


def test_a_parts_own_share_names_the_part(rec):
    got = found(rec, "In 2013 applicants were responsible for 30% of communications data errors. By 2016 the "
                     "applicants' share of errors had grown to 38%.")
    assert ("cd.errors.share", "applicant", "2016", 38) in got


def test_the_corresponding_figures_give_the_sentence_befores_figures_again(rec):
    got = found(rec, "In 2020, 25 errors were investigated as potentially serious, of which 11 were determined to be "
                     "serious. For 2018 the corresponding figures were 30 and 19.")
    assert ("errors.serious.investigations", "", "2018", 30) in got
    assert ("errors.serious.determined", "total", "2018", 19) in got
    # counts that do not line up with the sentence before are not given its metrics
    got = found(rec, "In 2020, 25 errors were investigated as potentially serious. The corresponding figures were "
                     "30 and 19 in 2018.")
    assert not any(m == "errors.serious.determined" for m, c, p, v in got)


def test_a_labelled_list_whose_items_name_what_they_count(rec):
    got = found(rec, "Public authorities inspected: 18 other public authorities in 2013, 120 public authorities in "
                     "2017 and 15 in 2020.")
    assert got == {("public_authorities.inspected", "", p, v) for p, v in (("2013", 18), ("2017", 120), ("2020", 15))}


def test_the_subject_after_a_period_opening_the_clause(rec):
    got = found(rec, "In 2014 the intelligence agencies accounted for 50,100 notices and authorisations and other "
                     "public authorities for 2,400.")
    assert got == {("cd.notices_authorisations", "intelligence_agencies", "2014", 50100),
                   ("cd.notices_authorisations", "other_public_authorities", "2014", 2400)}


def test_a_figure_followed_by_a_list_of_parts_counts_them_together(rec):
    got = found(rec, "1,250 applications about lawyers, doctors, journalists and clergy, 2019")
    assert got == {("cd.applications.sensitive_profession", "total", "2019", 1250)}
    got = found(rec, "In 2019, 300 applications concerned lawyers.")
    assert got == {("cd.applications.sensitive_profession", "lawyer", "2019", 300)}


def test_restatements_by_the_count_had_been_and_a_pronoun(rec):
    got = found(rec, "The number of items of communications data obtained in 2019 was 850,000 according to the "
                     "Commissioner. That is the highest figure since counting items rather than requests began. "
                     "In 2018 the count had been 800,100, and in 2017 it was 790,200.")
    assert got == {("cd.items", "total", p, v) for p, v in (("2019", 850000), ("2018", 800100), ("2017", 790200))}
    got = found(rec, "IOCCO recorded 1,150 communications data errors in 2015. In its covering letter it gave 1,170.")
    assert got == {("cd.errors", "total", "2015", 1150), ("cd.errors", "total", "2015", 1170)}
    # a pronoun doing something else is no restatement
    got = found(rec, "IOCCO recorded 1,150 communications data errors in 2015. It inspected 40 police forces.")
    assert {m for m, *_ in got} <= {"cd.errors", "unclassified"} and ("cd.errors", "total", "2015", 40) not in got


def test_shares_of_them_after_a_count_and_the_gapped_item_after(rec):
    got = found(rec, "Interception warrants were needed. Warrants reached 3,300 in 2018, a record. Serious crime "
                     "accounted for 60.5% of them and national security for 38.5%.")
    assert ("interception.warrants.issued.share", "serious_crime", "2018", 60.5) in got
    assert ("interception.warrants.issued.share", "national_security", "2018", 38.5) in got


def test_an_interjection_passes_on_the_period_before_it(rec):
    got = paragraphs(rec, "Mr Cole: Does the Minister accept that 3,300 interception warrants in 2018 is a great many?",
                     "Ms Park: I do. It was an increase of 9% on the 3,030 warrants issued in 2017.")
    assert ("interception.warrants.issued.change", "total", "2018", 9) in got


def test_a_share_naming_no_part_of_a_breakdown_is_dropped(rec):
    got = found(rec, "Roughly 0.5% of communications data requests in 2008 led to an error.")
    assert not any(m.endswith(".share") for m, *_ in got)
    got = found(rec, "In 2008, 60% of communications data requests were made by police forces.")
    assert ("cd.requests.share", "law_enforcement", "2008", 60) in got


def test_citation_markers_in_square_brackets_are_not_figures(rec):
    obs = text_observations(rec, "Public authorities obtained 808,214 items of communications data in 2018 [2]. "
                                 "Lawyers accounted for 234 [5] of the applications.")
    assert all(o.value not in (2, 5) for o in obs)
    assert any(o.value == 808214 and o.metric == "cd.items" and o.period == "2018" for o in obs)
