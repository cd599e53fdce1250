"""Round 6 of recognition rules: general phrasings of statistical prose, lists and tables met in
blog posts, encyclopedia articles, press releases, question-and-answer sheets and slides.
Sentences and tables written for the tests, not taken from the corpora."""
from __future__ import annotations

from recognize_helpers import text_observations


def found(rec, *texts, period="2020"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


# -- an elliptical sentence gives the count the sentence before named, for its own period ---

def test_there_were_closing_a_sentence_that_opens_on_a_year(rec):
    assert found(rec, "Public authorities must report every error. There were 1,120 communications data "
                      "errors in 2011. In 2013 there were 987.") == {
        ("cd.errors", "total", "2011", 1120), ("cd.errors", "total", "2013", 987)}


def test_bare_figure_closing_a_sentence_that_opens_on_a_year(rec):
    assert found(rec, "The Commissioner investigated 41 cases as potentially serious errors. "
                      "In 2015 his predecessor had looked at 36.") == {
        ("errors.serious.investigations", "", "2020", 41), ("errors.serious.investigations", "", "2015", 36)}


def test_bare_figure_with_words_after_it_is_not_elliptical(rec):
    # the figure does not close its sentence: it counts something the sentence goes on to name
    assert found(rec, "There were 1,120 communications data errors in 2011. In 2013 there were 987 "
                      "visits by inspectors.") == {("cd.errors", "total", "2011", 1120),
                                                   ("unclassified", "", "2013", 987)}


# -- a pull quote set as a heading is prose, and heads the text it is pulled from ----------

def page_found(rec, *blocks, period=None):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context
    page = PageContent(1, 595, 842, [Block(t, [], (60, 100 + 20 * i, 500, 115 + 20 * i), kind)
                                     for i, (kind, t) in enumerate(blocks)], [])
    return {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", period))}


def test_pull_quote_heading_is_read_and_dates_the_text_under_it(rec):
    assert page_found(rec, ("heading", "Getting it wrong"),
                      ("heading", "\u201c31 serious errors in 2019. Every one of them a life disrupted.\u201d"),
                      ("paragraph", "The Commissioner investigated 45 cases as potentially serious.")) == {
        ("errors.serious.determined", "total", "2019", 31), ("errors.serious.investigations", "", "2019", 45)}


def test_bold_sentence_without_quotes_does_not_head_the_text_under_it(rec):
    # (a sentence set in bold is prose, but no heading: the paragraph keeps the report's year)
    assert page_found(rec, ("heading", "Serious errors were fewer than ever before: only 31 serious errors in 2019."),
                      ("paragraph", "The Commissioner investigated 45 cases as potentially serious."),
                      period="2021") == {
        ("errors.serious.determined", "total", "2019", 31), ("errors.serious.investigations", "", "2021", 45)}


# -- shares of the parties responsible for errors -----------------------------------------

def test_single_points_of_contact_name_communications_data_errors(rec):
    assert found(rec, "Applicants accounted for 36.1% of the 2015 errors and single points of contact "
                      "for 40.2%.") == {("cd.errors.share", "applicant", "2015", 36.1),
                                        ("cd.errors.share", "spoc", "2015", 40.2)}


def test_telecoms_companies_share_goes_on_from_the_shares_before(rec):
    assert found(rec, "Applicants accounted for 36.1% of the 2015 errors and single points of contact "
                      "for 40.2%. Telecoms companies\u2019 share was 13.3% (see part 2 of 4).") == {
        ("cd.errors.share", "applicant", "2015", 36.1), ("cd.errors.share", "spoc", "2015", 40.2),
        ("cd.errors.share", "csp", "2015", 13.3)}


def test_who_reports_errors_is_not_the_party_responsible(rec):
    assert found(rec, "Public authorities reported 1,012 communications data errors in 2014.") == {
        ("cd.errors", "total", "2014", 1012)}
    # (who caused them is)
    assert found(rec, "Public authorities caused 1,012 communications data errors in 2014.") == {
        ("cd.errors", "public_authorities", "2014", 1012)}


def test_out_of_a_figure_is_the_whole_not_the_part(rec):
    assert found(rec, "In 2019, 171 applications were for the data of journalists, out of 1,410 "
                      "touching sensitive professions.") == {
        ("cd.applications.sensitive_profession", "journalist", "2019", 171),
        ("cd.applications.sensitive_profession", "total", "2019", 1410)}


# -- tables: a period column in a table counting no one thing; qualified cells; parts ------

def table_found(rec, rows, caption="", title="", period=None):
    from pipeline.model import Table
    from recognize_helpers import cell, table_observations
    t = Table(1, [[cell(c) for c in r] for r in rows], (0, 0, 1, 1), header_rows=1, caption=caption, title=title,
              kind="ruled")
    return {(o.metric, o.category, o.period, o.value, o.qualifier) for o in table_observations(rec, t, period=period)}


def test_table_with_a_period_column_whose_rows_name_their_own_metrics(rec):
    assert table_found(rec, [["Figure", "Period", "Number"],
                             ["Property interference authorisations", "2015-16", "2,011"],
                             ["Intrusive surveillance authorisations", "Apr-Dec 2017", "193"],
                             ["Journalistic source applications", "2023", "98"]], title="At a glance") == {
        ("property_interference.authorisations", "", "2015-04/2016-03", 2011, ""),
        ("intrusive_surveillance.authorisations", "", "2017-04/2017-12", 193, ""),
        ("cd.applications.journalistic_source", "", "2023", 98, "")}


def test_table_cell_with_a_qualifier(rec):
    assert table_found(rec, [["Figure", "Period", "Number"],
                             ["Authorisations, all powers", "2022", "just under 340,000"],
                             ["Authorisations, all powers", "2021", "about 320,000"]], title="At a glance") == {
        ("authorisations.all_powers", "", "2022", 340000, "under"),
        ("authorisations.all_powers", "", "2021", 320000, "approximately")}


def test_row_naming_a_part_and_what_the_metric_is_about(rec):
    assert table_found(rec, [["Figure", "Period", "Number"],
                             ["Lawyers (sensitive professions)", "2023", "241"],
                             ["Doctors (sensitive professions)", "2023", "388"]], title="At a glance") == {
        ("cd.applications.sensitive_profession", "lawyer", "2023", 241, ""),
        ("cd.applications.sensitive_profession", "medical_doctor", "2023", 388, "")}


def test_row_naming_only_a_part_names_no_metric(rec):
    # "Lawyers" alone could count anything: the row says nothing of what
    assert table_found(rec, [["Figure", "Period", "Number"],
                             ["Lawyers", "2023", "241"],
                             ["Doctors", "2023", "388"]], title="At a glance") == {
        ("unclassified", "", "2023", 241, ""), ("unclassified", "", "2023", 388, "")}


def test_column_header_naming_a_qualifier_refines_the_row_metric(rec):
    assert table_found(rec, [["National figure", "2015/16", "Extant 31/03/2016"],
                             ["Directed surveillance (police)", "7,012", "930"]]) == {
        ("directed_surveillance.authorisations", "law_enforcement", "2015-04/2016-03", 7012, ""),
        ("directed_surveillance.authorisations.extant", "law_enforcement", "2016-03-31", 930, "")}


# -- "the split was": shares listed in the order of the parts named before -----------------

def test_split_in_a_later_sentence_follows_the_parts_of_the_sentence_before(rec):
    assert found(rec, "In 2016, 63.5% of warrants were for serious crime and 35.9% for national security. "
                      "In 2013 the split was 70% and 29%.") == {
        ("interception.warrants.issued.share", "serious_crime", "2016", 63.5),
        ("interception.warrants.issued.share", "national_security", "2016", 35.9),
        ("interception.warrants.issued.share", "serious_crime", "2013", 70),
        ("interception.warrants.issued.share", "national_security", "2013", 29)}


def test_split_after_a_semicolon_follows_the_parts_named_before_it(rec):
    assert found(rec, "In 2012, 72% of warrants were issued for serious crime, 27% for national security and "
                      "1% for a combination of purposes; the 2013 split was 70%, 28% and 2%.") == {
        ("interception.warrants.issued.share", "serious_crime", "2012", 72),
        ("interception.warrants.issued.share", "national_security", "2012", 27),
        ("interception.warrants.issued.share", "combination", "2012", 1),
        ("interception.warrants.issued.share", "serious_crime", "2013", 70),
        ("interception.warrants.issued.share", "national_security", "2013", 28),
        ("interception.warrants.issued.share", "combination", "2013", 2)}


def test_split_with_more_figures_than_parts_named_is_left_alone(rec):
    assert found(rec, "In 2016, 63.5% of warrants were for serious crime and 35.9% for national security. "
                      "In 2013 the split was 70%, 20% and 9%.") == {
        ("interception.warrants.issued.share", "serious_crime", "2016", 63.5),
        ("interception.warrants.issued.share", "national_security", "2016", 35.9)}


# -- a citation marker after a full stop closes its sentence ----------------------------------

def test_citation_marker_set_against_the_full_stop_closes_the_sentence(rec):
    # (one sentence would date the serious errors by the first figure's year)
    assert found(rec, "Urgent oral applications numbered 40,100 in 2012.[citation needed] The Commissioner "
                      "identified 9 serious errors in 2013.[4]", period=None) == {
        ("cd.urgent_oral", "", "2012", 40100), ("errors.serious.determined", "total", "2013", 9)}


def test_next_sentence_starts_after_a_citation_marker_not_inside_it(rec):
    obs = text_observations(rec, "The requests totalled 520,001 in 2007. [3] Communications data errors "
                                 "numbered 602 in 2008.", period=None)
    assert {(o.metric, o.period, o.value, o.quote) for o in obs} == {
        ("cd.requests", "2007", 520001, "The requests totalled 520,001 in 2007. [3]"),
        ("cd.errors", "2008", 602, "Communications data errors numbered 602 in 2008.")}


# -- "which is 2.2% of the total, down from 2.5% in 2015" ------------------------------------

def test_share_in_apposition_after_which_is_and_the_level_it_moved_from(rec):
    assert found(rec, "Of the warrants issued, 71 were signed under the urgency procedure, which is 2.4% of the "
                      "total, down from 2.6% in 2015.", period="2016") == {
        ("interception.warrants.urgent", "", "2016", 71),
        ("interception.warrants.urgent.share", "", "2016", 2.4),
        ("interception.warrants.urgent.share", "", "2015", 2.6)}


def test_up_from_a_share_is_a_level_not_a_change(rec):
    # (without a count before it the share names no part of the warrants: nothing, not a change)
    assert found(rec, "Serious crime took 66% of warrants, up from 61% in 2015.", period="2016") == {
        ("interception.warrants.issued.share", "serious_crime", "2016", 66),
        ("interception.warrants.issued.share", "serious_crime", "2015", 61)}


def test_bold_sentence_closed_by_a_citation_marker_is_prose(rec):
    assert page_found(rec, ("heading", "Criticism"),
                      ("heading", "Critics doubted the totals. The Investigatory Powers Tribunal received 164 new "
                                  "complaints in 2010.[11]")) == {("ipt.complaints", "", "2010", 164)}
