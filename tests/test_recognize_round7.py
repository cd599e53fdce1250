"""Round 7 of recognition rules: statistical tables whose rows continue the row above, digest
headlines, elliptical sentences and list items met in statistical bulletins, press digests,
infographics, e-mails and decision notices. Sentences and tables written for the tests, not
taken from the corpora."""
from __future__ import annotations

from pipeline.model import Block, PageContent, Table
from pipeline.recognize import Context
from recognize_helpers import cell, table_observations, text_observations


def found(rec, *texts, period="2020", kind="paragraph"):
    return {(o.metric, o.category, o.period, o.value)
            for o in text_observations(rec, *texts, period=period, kind=kind)}


def table_found(rec, rows, caption="", header_rows=1, period=None):
    t = Table(1, [[cell(c) if c is not None else None for c in r] for r in rows], (0, 0, 1, 1),
              header_rows=header_rows, caption=caption, kind="unruled")
    return {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, period=period)}


def page_found(rec, *blocks, period="2019"):
    page = PageContent(1, 595, 842, [Block(t, [], (60, 100 + 20 * i, 500, 115 + 20 * i), kind)
                                     for i, (kind, t) in enumerate(blocks)], [])
    return {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", period))}


# -- a statistical table's rows continue the row above them ---------------------------------

BULLETIN = [["", "Measure", "2010", "2011", "2012"],
            ["1", "Interception warrants issued", "2,100", "2,400", ".."],
            ["2", "Change on previous year (%)", "..", "+14.3", ".."],
            ["3", "Issued for national security (%)", "40", "..", "38"],
            ["4", "Approved under the urgency procedure (number)", "..", "51", ".."],
            ["5", "Communications data errors", "..", "800", ".."],
            ["6", "of which caused by service providers (%)", "..", "15.5", ".."]]


def test_change_row_is_the_change_of_the_row_above(rec):
    got = table_found(rec, BULLETIN, caption="Table 2.1 Interception and communications data, 2010 to 2012")
    assert ("interception.warrants.issued.change", "total", "2011", 14.3) in got
    assert ("interception.warrants.issued", "total", "2011", 2400) in got


def test_row_naming_a_part_is_a_share_of_the_row_above(rec):
    got = table_found(rec, BULLETIN, caption="Table 2.1 Interception and communications data, 2010 to 2012")
    assert ("interception.warrants.issued.share", "national_security", "2010", 40) in got
    assert ("interception.warrants.issued.share", "national_security", "2012", 38) in got
    assert ("cd.errors.share", "csp", "2011", 15.5) in got
    # (a row marked "(%)" holds shares, never counts)
    assert not any(m == "interception.warrants.issued" and v == 40 for m, _, _, v in got)


def test_row_naming_a_qualifier_is_the_metric_it_defines_under_the_row_above(rec):
    got = table_found(rec, BULLETIN, caption="Table 2.1 Interception and communications data, 2010 to 2012")
    assert ("interception.warrants.urgent", "", "2011", 51) in got


def test_section_row_says_what_the_rows_under_it_are_about(rec):
    rows = [["", "Measure", "2014", "2015"],
            ["", "A. Interception", None, None],
            ["1", "Applications refused by Secretaries of State", "..", "9"],
            ["", "B. Communications data", None, None],
            ["2", "Applications returned by the designated person", "310", ".."]]
    got = table_found(rec, rows, caption="Table 3 Interception and communications data, 2014 and 2015")
    assert got == {("interception.warrants.refused", "", "2015", 9), ("cd.applications.returned", "", "2014", 310)}


def test_row_naming_its_metric_and_a_part_of_it(rec):
    # (the caption names no metric: each row names its own)
    rows = [["", "2013", "2014"], ["Communications data inspections", "31", "29"],
            ["Interception warrants issued", "2,700", "2,800"]]
    got = table_found(rec, rows, caption="Oversight in figures, 2013 and 2014")
    assert ("inspections", "communications_data", "2013", 31) in got
    assert ("inspections", "communications_data", "2014", 29) in got
    assert ("interception.warrants.issued", "total", "2014", 2800) in got


# -- references, fractions, and whose a part is -------------------------------------------

def test_item_numbering_is_a_reference(rec):
    # (a count of items is still one)
    assert page_found(rec, ("heading", "Council data requests"),
                      ("paragraph", "Local authorities obtained 1,204 items of data in 2019."),
                      ("paragraph", "Readers 0.4m · Tone: critical · Item 3 of 12")) == {
        ("cd.items", "local_authorities", "2019", 1204)}


def test_a_fraction_in_words_is_no_count(rec):
    assert found(rec, "Serious crime accounts for about two thirds of interception warrants each year.") == set()


def test_change_with_a_comma_before_the_level_it_led_to_takes_that_levels_year(rec):
    assert found(rec, "The warrant total was 2,950 in 2014. The next report recorded a rise of 6.2%, to 3,133 "
                      "interception warrants in 2015.") == {
        ("interception.warrants.issued", "total", "2014", 2950),
        ("interception.warrants.issued.change", "total", "2015", 6.2),
        ("interception.warrants.issued", "total", "2015", 3133)}


def test_part_naming_another_figures_noun_is_not_this_figures(rec):
    assert found(rec, "In 2015 the inspectors examined 1,020 interception warrants and carried out 171 "
                      "inspections in all.") == {
        ("interception.warrants.examined", "", "2015", 1020), ("inspections", "total", "2015", 171)}


def test_phone_companies_are_service_providers_responsible_for_errors(rec):
    assert found(rec, "Phone companies were responsible for 152 errors in 2019.") == {("cd.errors", "csp", "2019", 152)}


# -- a digest's headline states a figure ---------------------------------------------------

def test_headline_with_a_verb_states_its_figure(rec):
    assert page_found(rec, ("paragraph", "THE DAILY RECORD · P. 7"),
                      ("heading", "Regulator: 912,400 items of data obtained in 2019"),
                      ("paragraph", "Reach 0.6m · Tone: neutral · Item 2 of 9")) == {("cd.items", "total", "2019", 912400)}
    assert page_found(rec, ("heading", "Urgent route used for 6% of police intercepts")) == {
        ("interception.warrants.urgent.share", "", "2019", 6)}


def test_heading_without_a_verb_is_no_headline(rec):
    # (a section heading numbers its section; a table's label is no statement)
    assert page_found(rec, ("heading", "3.2 Interception warrants"), ("heading", "Table 4 Items of data obtained, 2019")) == set()


def test_part_of_a_whole_in_a_headline(rec):
    assert page_found(rec, ("heading", "Privilege: 58 of 61 applications approved")) == {
        ("lpp.applications.approved", "", "2019", 58), ("lpp.applications.made", "", "2019", 61)}


# -- a list's item goes on from the item before ------------------------------------------

def test_list_item_counting_part_of_the_item_before(rec):
    assert found(rec, "61 applications to keep legally privileged material", "58 of them were approved",
                 kind="bullet", period="2019") == {
        ("lpp.applications.made", "", "2019", 61), ("lpp.applications.approved", "", "2019", 58)}


def test_sentence_counting_part_of_the_sentence_before(rec):
    assert found(rec, "There were 61 applications to retain legally privileged material in 2019. "
                      "58 of them were approved.") == {
        ("lpp.applications.made", "", "2019", 61), ("lpp.applications.approved", "", "2019", 58)}


def test_list_item_is_not_dated_by_the_item_before(rec):
    assert found(rec, "In 2018 the agencies made 2,990 interception warrant applications",
                 "640 interception warrants were examined at inspection", kind="bullet", period="2019") >= {
        ("interception.warrants.examined", "", "2019", 640)}


# -- elliptical sentences and statements ---------------------------------------------------

def test_relative_period_then_bare_figure_and_passive_verb_restates_the_count_before(rec):
    assert found(rec, "Directed surveillance accounted for 61 of the surveillance errors in 2019 and "
                      "property interference for 20. The year before, 91 were reported.") == {
        ("spci.errors", "directed_surveillance", "2019", 61), ("spci.errors", "property_interference", "2019", 20),
        ("spci.errors", "total", "2018", 91)}


def test_statement_after_a_semicolon_opening_on_a_period_restates_the_count_before(rec):
    assert found(rec, "The Surveillance Commissioners reported 1,720 property interference authorisations "
                      "in 2015-16; from 1 April to 31 December 2016 the new office recorded 1,390.") == {
        ("property_interference.authorisations", "", "2015-04/2016-03", 1720),
        ("property_interference.authorisations", "", "2016-04/2016-12", 1390)}


def test_restated_count_after_a_part_is_the_whole_again(rec):
    # (the part named in the statement before is not the new statement's)
    assert found(rec, "In 2008 there were 504,073 requests for communications data, of which local "
                      "authorities made 1,553; in 2009 there were 525,130.") == {
        ("cd.requests", "total", "2008", 504073), ("cd.requests", "local_authorities", "2008", 1553),
        ("cd.requests", "total", "2009", 525130)}


def test_annualised_figure_for_a_named_power(rec):
    assert found(rec, "The office recorded 170 intrusive surveillance authorisations in the nine months "
                      "from 1 April 2016, which it annualised to 227. The annualised figure for property "
                      "interference was 1,811.", period=None) == {
        ("intrusive_surveillance.authorisations", "", "2016-04/2016-12", 170),
        ("intrusive_surveillance.authorisations.annualised", "", "2016", 227),
        ("property_interference.authorisations.annualised", "", "2016", 1811)}


def test_count_moving_to_a_new_level_restates_it(rec):
    assert found(rec, "Reported communications data errors numbered 1,012 in 2011; the series then jumps "
                      "to 1,240 in 2014.") == {("cd.errors", "total", "2011", 1012), ("cd.errors", "total", "2014", 1240)}
    assert found(rec, "Communications data errors numbered 1,012 in 2011. The total then rose to 1,240 in 2014.") == {
        ("cd.errors", "total", "2011", 1012), ("cd.errors", "total", "2014", 1240)}


def test_opening_restatement_counts_what_the_heading_names(rec):
    assert page_found(rec, ("heading", "2.4 Interception warrants"),
                      ("paragraph", "The series has no break in these years."),
                      ("paragraph", "In 2014 the total was 2,795.")) == {("interception.warrants.issued", "total", "2014", 2795)}
    # (a bare figure and its year is too little to restate a heading)
    assert page_found(rec, ("heading", "Inspections"),
                      ("paragraph", "21 in 2019 (other than law enforcement).")) == set()


def test_year_after_a_figures_noun_dates_it_and_the_aside_after(rec):
    assert found(rec, "The Commissioner determined 22 serious errors in 2016 (31 investigated), and 17 in "
                      "2018 (25 investigated).") == {
        ("errors.serious.determined", "total", "2016", 22), ("errors.serious.investigations", "", "2016", 31),
        ("errors.serious.determined", "total", "2018", 17), ("errors.serious.investigations", "", "2018", 25)}


# -- serious errors told in words, and a part named after an item --------------------------

def test_number_in_words_of_the_metrics_noun(rec):
    assert found(rec, "Report for 2012, para. 3.12; six of the errors that year were judged very serious.") == {
        ("errors.serious.determined", "total", "2012", 6)}
    # ("one of the" stays no count)
    assert found(rec, "One of the errors that year was judged very serious.") == set()


def test_qualifying_verb_before_a_figure_whose_noun_came_earlier(rec):
    assert found(rec, "The Commissioner investigated 30 possible serious errors in 2016 and determined that "
                      "21 were serious; in 2017 it determined nine, and in 2018 eleven after 16 investigations.") == {
        ("errors.serious.investigations", "", "2016", 30), ("errors.serious.determined", "total", "2016", 21),
        ("errors.serious.determined", "total", "2017", 9), ("errors.serious.determined", "total", "2018", 11),
        ("errors.serious.investigations", "", "2018", 16)}


def test_errors_found_serious(rec):
    assert found(rec, "Nine errors the Commissioner found serious", kind="bullet", period="2017") == {
        ("errors.serious.determined", "total", "2017", 9)}


def test_part_named_alone_after_a_comma_closing_an_item(rec):
    assert found(rec, "1,866 informant (CHIS) authorisations, law enforcement", kind="bullet", period="2019") == {
        ("chis.authorisations", "law_enforcement", "2019", 1866)}
    # (a part followed by its own figure is that figure's)
    assert found(rec, "Single points of contact were responsible for 402 errors, applicants for 377.", period="2019") == {
        ("cd.errors", "spoc", "2019", 402), ("cd.errors", "applicant", "2019", 377)}


def test_councils_are_local_authorities(rec):
    assert found(rec, "Councils obtained 1,204 items of data in 2019.") == {("cd.items", "local_authorities", "2019", 1204)}


# -- a note on a table's cell is about what the cell's row counts --------------------------

def test_note_on_a_cell_is_about_its_rows_metric(rec):
    table = Table(1, [[cell(c) for c in r] for r in [["Measure", "2014", "2015"],
                                                       ["Interception errors reported", "58", "61"],
                                                       ["Communications data errors", "998", "1,205 (c)"]]],
                  (60, 300, 500, 360), header_rows=1, caption="Table 5 Errors, 2014 and 2015")
    page = PageContent(1, 595, 842, [
        Block("Table 5 Errors, 2014 and 2015", [], (60, 280, 500, 295), "caption"),
        Block("(a) Calendar years. (b) Interception errors are those of the intercepting agencies. (c) The covering "
              "letter to the report for 2015 gives 1,310 errors.", [], (60, 380, 500, 420), "paragraph")], [table])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", None))}
    assert ("cd.errors", "total", "2015", 1310) in got
    assert ("cd.errors", "total", "2015", 1205) in got


# -- a demonstrative subject, a stock's change ----------------------------------------------

def test_demonstrative_subject_stands_for_the_part_named_before(rec):
    assert found(rec, "In 2013 the office inspected 19 other public authorities. Those authorities made 2,118 "
                      "requests for communications data that year.") >= {
        ("cd.requests", "other_public_authorities", "2013", 2118)}


def test_change_in_warrants_in_force_is_the_stocks(rec):
    assert found(rec, "The Secretary of State issued 2,900 interception warrants. Warrants in force at the end "
                      "of the year were 4.1% up on a year earlier.", period="2015") == {
        ("interception.warrants.issued", "total", "2015", 2900), ("interception.warrants.in_force.change", "", "2015-12-31", 4.1)}


# -- "a year later", and a paragraph opening on a restatement --------------------------------

def test_a_year_later_dates_the_figure_after_it(rec):
    assert found(rec, "There were 40,102 urgent oral requests in 2012; a year later, 44,370.") == {
        ("cd.urgent_oral", "", "2012", 40102), ("cd.urgent_oral", "", "2013", 44370)}


def test_paragraph_opening_on_a_restatement_restates_the_paragraph_before(rec):
    assert page_found(rec, ("heading", "4 Sensitive professions"),
                      ("paragraph", "21. In 2019 there were 1,410 applications about people in sensitive professions. "
                                    "Lawyers were the largest group, with 455."),
                      ("paragraph", "22. Two years earlier the total was 1,002. The rise reflects better recording.")) == {
        ("cd.applications.sensitive_profession", "total", "2019", 1410),
        ("cd.applications.sensitive_profession", "lawyer", "2019", 455),
        ("cd.applications.sensitive_profession", "total", "2017", 1002)}


def test_part_of_those_counted_before_is_in_their_part(rec):
    assert page_found(rec, ("paragraph", "In 2017-18 law enforcement agencies granted 5,980 directed surveillance "
                                         "authorisations."),
                      ("paranum", "3.2"),
                      ("paragraph", "On 31 March 2018, 761 of those directed surveillance authorisations were still "
                                    "extant.")) == {
        ("directed_surveillance.authorisations", "law_enforcement", "2017-04/2018-03", 5980),
        ("directed_surveillance.authorisations.extant", "law_enforcement", "2018-03-31", 761)}
    # (what the paragraph before only names is not the part: "Seven of these" serious errors)
    assert page_found(rec, ("paragraph", "Communications data errors are reported to us. We investigated 21 "
                                         "potentially serious errors."),
                      ("paragraph", "Seven of these were judged to be very serious errors.")) >= {
        ("errors.serious.determined", "total", "2019", 7)}


def test_period_of_a_figure_compared_against_does_not_date_the_next_clause(rec):
    assert found(rec, "Law enforcement agencies made 1,790 CHIS authorisations in 2020, compared with 1,866 in "
                      "2019, and wider public authorities made nine.") == {
        ("chis.authorisations", "law_enforcement", "2020", 1790), ("chis.authorisations", "law_enforcement", "2019", 1866),
        ("chis.authorisations", "other_public_authorities", "2020", 9)}
    # (a base of comparison after "on" still dates what the clause after it tells of)
    assert ("interception.warrants.issued", "total", "2016", 3007) in found(
        rec, "Ministers issued 3,535 interception warrants in 2017, up 17.5% on 2016, when the IOCCO had reported 3,007.")
