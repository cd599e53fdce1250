"""Round 9 of recognition rules: a part's share named before its verb, a paragraph opening on a
part "of them", a share closing a sentence after a part, a sentence or note opening "Of which",
a note on a labelled row dated by its column, a list of parts heading their total, a statement
after a semicolon dated by the one before, and a sentence opening "Scaled up to a full year".
Sentences and tables written for the tests, not taken from the corpora."""
from __future__ import annotations

from pipeline.model import Block, Cell, PageContent, Table
from pipeline.recognize import Context
from recognize_helpers import text_observations


def found(rec, *texts, period="2019"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


def test_share_of_a_part_named_before_its_verb(rec):
    got = found(rec, "Warrants for interception reached 3,535 in 2017. Of these, 2,306 were issued for serious "
                     "crime and 1,219 for national security.",
                "In percentage terms serious crime accounted for 65.22% of warrants and national security for 34.5%.",
                period="2017")
    assert ("interception.warrants.issued.share", "serious_crime", "2017", 65.22) in got
    assert ("interception.warrants.issued.share", "national_security", "2017", 34.5) in got
    # (the first share is not the part named after it, in the next item)
    assert ("interception.warrants.issued.share", "national_security", "2017", 65.22) not in got


def test_paragraph_opening_on_a_part_of_them(rec):
    got = found(rec, "Public authorities obtained 757,977 items of communications data in 2017.",
                "Law enforcement accounted for 700,282 of them, or 92.6%.")
    assert ("cd.items", "law_enforcement", "2017", 700282) in got
    # the share closing the sentence is the part's share, of its whole's year
    assert ("cd.items.share", "law_enforcement", "2017", 92.6) in got
    assert not any(m == "cd.items.share" and c == "total" for m, c, _, _ in got)


def test_share_closing_a_sentence_needs_or(rec):
    # "..., 92.6%" with no "or": no apposition is read into a bare figure after a comma
    got = found(rec, "Public authorities obtained 757,977 items of communications data in 2017, and in 2018 "
                     "808,214.")
    assert not any(m.endswith(".share") for m, _, _, _ in got)


def test_sentence_opening_of_which(rec):
    got = found(rec, "In 2016, 3,007 interception warrants were issued. Of which 67 (2.2%) were approved under "
                     "the urgency procedure.", period="2016")
    assert ("interception.warrants.urgent", "", "2016", 67) in got
    assert ("interception.warrants.urgent.share", "", "2016", 2.2) in got


def test_sentence_opening_of_which_needs_a_sentence_before(rec):
    # nothing before for "which" to stand for: no warrants are made up
    got = found(rec, "Of which 67 were approved under the urgency procedure.", period="2016")
    assert not any(m.startswith("interception.warrants") for m, _, _, _ in got)


def _labelled_table_page(note: str) -> PageContent:
    def c(text, marks=()):
        return Cell(text, (0, 0, 1, 1), footnotes=list(marks))
    rows = [[c(""), c("OSC 1 Apr 2016 to 31 Mar 2017"), c("IPC 1 Apr 2017 to 31 Dec 2017")],
            [c("Authorisation"), c(""), c("")],
            [c("Directed surveillance (law enforcement)"), c("6,237"), c("–")],
            [c("Directed surveillance (other public authorities)"), c("–"), c("933", "f")]]
    table = Table(1, rows, (60, 300, 500, 360), header_rows=2, caption="Table C.2 Covert surveillance authorisations")
    return PageContent(1, 595, 842, [
        Block("Table C.2 Covert surveillance authorisations", [], (60, 280, 500, 295), "caption"),
        Block(note, [], (60, 380, 500, 420), "paragraph")], [table])


def test_note_on_a_labelled_row_is_dated_by_its_column(rec):
    page = _labelled_table_page("e Law enforcement agencies only. f Of which 792 were granted to the Department "
                                "for Work and Pensions.")
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2017"))}
    assert ("directed_surveillance.authorisations", "dwp", "2017-04/2017-12", 792) in got


def test_list_of_parts_heading_their_total(rec):
    got = found(rec, "Journalists, lawyers, doctors, MPs, clergy: 1,320 applications for communications data in "
                     "2018 concerned someone in a sensitive profession.")
    assert ("cd.applications.sensitive_profession", "total", "2018", 1320) in got
    assert not any(c == "journalist" for _, c, _, _ in got)


def test_part_named_first_before_its_verb_keeps_it(rec):
    # one part, then its verb: not a list
    got = found(rec, "Journalists were the subject of 157 applications for communications data in 2024 about "
                     "sensitive professions.")
    assert not any(c == "total" and v == 157 for _, c, _, v in got)


def test_statement_after_a_semicolon_shares_the_period_before(rec):
    got = found(rec, "Law enforcement agencies had been granted 1,866 CHIS authorisations in 2019; public "
                     "authorities other than councils and law enforcement had been granted eleven.", period="2024")
    assert ("chis.authorisations", "law_enforcement", "2019", 1866) in got
    assert ("chis.authorisations", "other_public_authorities", "2019", 11) in got


def test_statement_after_a_semicolon_naming_its_own_period(rec):
    got = found(rec, "Law enforcement agencies were granted 1,866 CHIS authorisations in 2019; in 2018 they "
                     "had been granted 1,958.", period="2024")
    assert {p for m, _, p, v in got if v == 1958} == {"2018"}


def test_sentence_opening_scaled_up_to_a_full_year(rec):
    got = found(rec, "The first report covers only the nine months from 1 April to 31 December 2017, in which "
                     "it recorded 1,453 property interference authorisations.",
                "Scaled up to a full year, those nine months give 1,937 property interference authorisations.")
    assert ("property_interference.authorisations", "", "2017-04/2017-12", 1453) in got
    assert ("property_interference.authorisations.annualised", "", "2017", 1937) in got
    assert ("property_interference.authorisations", "", "2017-04/2017-12", 1937) not in got


# -- author-year citations name a publication, not a period or a figure ------------------

def test_citation_year_is_no_period(rec):
    got = found(rec, "In 2012 there were 42 communications data inspections; in 2015, 72 communications data "
                     "inspections and 26 interception inspections (IOCCO 2016, pp. 9-11).", period="2023")
    assert ("inspections", "interception", "2015", 26) in got
    assert not any(p == "2016" for _, _, p, _ in got)


def test_citation_page_is_no_figure(rec):
    got = found(rec, "It counts items by kind: 1,191 items of telephony data in 2013 (Ellery 2017: 210).",
                period="2023")
    assert not any(v in (210, 2017) for _, _, _, v in got)
    assert ("cd.items.comms_type", "telephony", "2013", 1191) in got


def test_bracketed_year_label_is_no_citation(rec):
    # "(2015: 1,199)" labels a figure with its year: no author, no citation
    got = found(rec, "Communications data errors rose to 1,101 in 2016 (2015: 1,199).", period="2016")
    assert ("cd.errors", "total", "2015", 1199) in got


def test_noun_after_a_preposition_is_not_the_figures(rec):
    got = found(rec, "The interception agencies received 74 recommendations after inspection in 2015.", period="2023")
    assert {(m, v) for m, _, _, v in got} == {("recommendations", 74)}


# -- spoken and narrative chains: "That was a rise of", "it fell by 19%, to 2,760" ----------

def test_change_in_the_figure_of_the_sentence_before(rec):
    got = found(rec, "In 2017 there were 3,535 interception warrants. That was a rise of just over 17.5% on the "
                     "year before.", period="2025")
    assert ("interception.warrants.issued.change", "total", "2017", 17.5) in got


def test_pronoun_chain_of_levels_and_changes(rec):
    got = found(rec, "In 2017 there were 3,535 interception warrants. In 2012 it was 3,372, which was up 16%. Then "
                     "it fell by 19%, to 2,760, in 2013. By 2015 it was back up to 3,059, a rise of 9%.", period="2025")
    assert {("interception.warrants.issued", "total", "2012", 3372),
            ("interception.warrants.issued.change", "total", "2012", 16),
            ("interception.warrants.issued.change", "total", "2013", -19),
            ("interception.warrants.issued", "total", "2013", 2760),
            ("interception.warrants.issued", "total", "2015", 3059),
            ("interception.warrants.issued.change", "total", "2015", 9)} <= got
    quals = {o.value: o.qualifier for o in text_observations(rec, "In 2013 there were 2,760 interception warrants. "
                                                                  "By 2015 it was back up to 3,059.", period="2025")}
    assert quals[3059] == ""  # "back up to" is a level moved to, not a bound


def test_pronoun_change_needs_a_count_before(rec):
    got = found(rec, "The inspectors visited every force. Then it fell by 19%.", period="2025")
    assert not any(m.endswith(".change") for m, _, _, _ in got)


def test_figure_set_off_by_commas_goes_on_to_its_verb(rec):
    got = found(rec, "In 2017 there were 3,535 interception warrants. Of those, something like two thirds, 2,306, "
                     "were for serious crime and 1,219 were for national security.", period="2025")
    assert ("interception.warrants.issued", "serious_crime", "2017", 2306) in got
    assert ("interception.warrants.issued", "national_security", "2017", 1219) in got


# -- chains, references and titles -------------------------------------------------------

def test_the_year_before_that_goes_one_further_back(rec):
    got = found(rec, "In 2018 public authorities obtained 808,214 items of communications data. The year before, "
                     "it was 757,977; the year before that, 754,559.", period="2020")
    assert ("cd.items", "total", "2017", 757977) in got
    assert ("cd.items", "total", "2016", 754559) in got


def test_episode_and_pronoun_one_are_no_figures(rec):
    got = found(rec, "Hello and welcome to The Warrant Room, episode 112, on interception warrants.",
                "It is common ground that the error alleged here, if it is one, was an applicant's error.",
                period="2020")
    assert not any(v in (112, 1) for _, _, _, v in got)


def test_part_of_a_figure_given_before_takes_the_metric_its_clause_defines(rec):
    page = PageContent(1, 595, 842, [
        Block("There were 3,007 interception warrants in 2016, slightly fewer than the 3,059 of 2015.", [],
              (60, 100, 500, 120), "paragraph"),
        Block("Of those 3,007, 67 were approved under the urgency procedure. Inspectors examined 970 warrants "
              "in the course of 166 inspections that year.", [], (60, 130, 500, 150), "paragraph")], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2017"))}
    assert ("interception.warrants.urgent", "", "2016", 67) in got
    assert not any(v == 67 and m == "interception.warrants.issued" for m, _, _, v in got)
    # "that year" is the year of the figure, not of the one it was compared against
    assert ("inspections", "total", "2016", 166) in got
    assert all(p for _, _, p, _ in got)  # never an empty period


def test_report_citation_dates_what_it_quotes(rec):
    got = found(rec, "Single points of contact were responsible for 43.3% of communications data errors "
                     "(IOCCO Report 2016, para 8.15).", period="2020")
    assert ("cd.errors.share", "spoc", "2016", 43.3) in got


def test_second_reported_statement_has_its_own_subject(rec):
    got = found(rec, "The Interception of Communications Commissioner's report for 2016 recorded that public "
                     "authorities obtained 754,559 items of communications data in that year, and that 1,101 "
                     "errors were reported to his office.", period="2020")
    assert ("cd.items", "total", "2016", 754559) in got
    assert ("cd.errors", "total", "2016", 1101) in got


def test_report_cited_after_the_quotation_dates_it(rec):
    got = found(rec, '"Single points of contact were responsible for 43.3% of the errors, applicants for 39.4%." '
                     '(IOCCO Report 2016, para 8.15)', period="2020")
    assert ("cd.errors.share", "spoc", "2016", 43.3) in got
    assert ("cd.errors.share", "applicant", "2016", 39.4) in got


def test_number_words_standing_for_things_named_before(rec):
    got = found(rec, "In 2015 65% of interception warrants were issued for serious crime, 34% for national "
                     "security and 1% for a combination of the two.", period="2017")
    assert not any(v == 2 for _, _, _, v in got)
    assert ("interception.warrants.issued.share", "combination", "2015", 1) in got


def test_part_named_before_an_adverb_and_its_share(rec):
    got = found(rec, "In 2015 63.6% of items of communications data related to suspects, 9.1% to their "
                     "associates and 3.9% to vulnerable people. Witnesses made up 1.6% and next of kin just 0.2%.",
                period="2020")
    assert ("cd.items.person_type.share", "vulnerable_person", "2015", 3.9) in got
    assert ("cd.items.person_type.share", "next_of_kin", "2015", 0.2) in got
    assert ("cd.items.person_type.share", "witness", "2015", 0.2) not in got


# -- a paragraph's counts, a question naming nothing, a panel's own title ------------------

def test_of_those_parts_the_last_count_of_the_paragraph(rec):
    got = found(rec, "In 2017 there were 3,535 interception warrants. That was a rise of just over 17.5% on the "
                     "year before. Of those, 2,306 were for serious crime and 1,219 were for national security.",
                period="2021")
    assert ("interception.warrants.issued", "serious_crime", "2017", 2306) in got
    assert ("interception.warrants.issued", "national_security", "2017", 1219) in got


def test_question_naming_nothing_asks_on_about_the_answer_before(rec):
    got = found(rec, "Professor Okonjo: In 2017 there were 3,535 interception warrants.",
                "Q213 Chair: And the trend before that?",
                "Professor Okonjo: It goes up and down. In 2012 it was 3,372, which was up 16%.",
                "Q214 Chair: Is that the same every year?",
                "Professor Okonjo: Roughly. In 2014 it had been 2,795.", period="2025")
    assert ("interception.warrants.issued", "total", "2012", 3372) in got
    assert ("interception.warrants.issued.change", "total", "2012", 16) in got
    assert ("interception.warrants.issued", "total", "2014", 2795) in got


def test_question_naming_its_own_noun_starts_afresh(rec):
    got = found(rec, "Professor Okonjo: In 2017 there were 3,535 interception warrants.",
                "Q215 Chair: How many inspections were there?",
                "Professor Okonjo: In 2016 it was 166.", period="2025")
    assert not any(m.startswith("interception.warrants") and v == 166 for m, _, _, v in got)


def test_panel_title_titles_its_panel(rec):
    from pipeline.model import Chart, ChartBar
    from pipeline.recognize import _chart_titles
    panel = Chart(1, [ChartBar("2016", "1,101", (100, 300, 120, 310))], (90, 300, 200, 400),
                  title="Communications data errors", title_bbox=(90, 285, 200, 295))
    caption = Block("Figure 2 Oversight series, 2012 to 2019", [], (90, 420, 400, 432), "caption")
    assert [b.text for b in _chart_titles(panel, [caption], [caption], [panel])] == ["Communications data errors"]


def test_restated_total_takes_the_last_count_before_it(rec):
    got = found(rec, "The report for 2016 recorded that public authorities obtained 754,559 items of communications "
                     "data in that year, and that 1,101 errors were reported. The covering letter gives a different "
                     "total of 1,200; nothing turns on the difference.", period="2020")
    assert ("cd.errors", "total", "2016", 1200) in got
    assert not any(m == "cd.items" and v == 1200 for m, _, _, v in got)


def test_report_for_a_year_gave_restates_the_sentences_count(rec):
    got = found(rec, "In his report for 2012 the Commissioner recorded 979 communications data errors, of which "
                     "roughly 80% were the fault of public authorities rather than service providers; the report "
                     "for 2013 gave 970.", period="2020")
    assert ("cd.errors", "total", "2012", 979) in got
    assert ("cd.errors.share", "public_authorities", "2012", 80) in got
    assert ("cd.errors", "total", "2013", 970) in got


def test_the_latter_year(rec):
    got = found(rec, "Applications concerning a person in a sensitive profession numbered 948 in 2016 and 1,320 in "
                     "2018; in the latter year 234 concerned lawyers.", period="2020")
    assert ("cd.applications.sensitive_profession", "lawyer", "2018", 234) in got


def test_those_nine_months_named_earlier_in_the_sentence(rec):
    got = found(rec, "The first report covered only April to December 2006; it counted 1,088 communications data "
                     "errors in those nine months.", period="2019")
    assert ("cd.errors", "total", "2006-04/2006-12", 1088) in got


def test_stock_at_the_end_of_a_year(rec):
    got = found(rec, "Warrants in force at the end of 2016 were 5.5% more numerous than a year before.",
                "There were 1,500 interception warrants in force at the end of 2016-17.", period="2019")
    assert ("interception.warrants.in_force.change", "", "2016-12-31", 5.5) in got
    assert ("interception.warrants.in_force", "", "2017-03-31", 1500) in got


def test_metric_named_last_before_the_figure_decides_a_tie(rec):
    ctx = Context("r.pdf", "abc", "2019")
    texts = [("Interception warrants were renewed more often in 2017 than before.", "paragraph"),
             ("Figure 7.5 Errors in covert surveillance and CHIS by power, 2018", "caption"),
             ("7.7 Public authorities reported 99 such errors in 2018.", "paragraph")]
    got = set()
    for t, kind in texts:
        ctx.section = (ctx.section + " " + t)[-1500:]  # as recognize_page keeps it
        got |= {(o.metric, o.value) for o in rec.recognize_block(Block(t, [], (0, 0, 1, 1), kind), 1, ctx)}
    assert ("spci.errors", 99) in got
    assert ("interception.errors", 99) not in got


def test_label_that_is_the_qualifier_a_caption_names(rec):
    from recognize_helpers import cell, table_observations
    rows = [["", "2016", "2017", "2018", "2019"], ["Investigated", "29", "33", "–", "18"],
            ["Found serious", "–", "24", "8", "14"]]
    t = Table(1, [[cell(c) for c in r] for r in rows], (0, 0, 1, 1), header_rows=1,
              caption="Figure 2.2 Serious-error investigations and determinations", kind="unruled")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, period="2019")}
    assert ("errors.serious.investigations", "", "2017", 33) in got
    assert ("errors.serious.determined", "total", "2017", 24) in got
    assert not any(m == "unclassified" for m, _, _, _ in got)


def test_bare_figure_and_participle_after_a_list_item(rec):
    got = {(o.metric, o.period, o.value) for o in text_observations(
        rec, "LPP applications: 77 applications to retain legally privileged material, 2018", "76 approved",
        period="2018", kind="bullet")}
    assert ("lpp.applications.approved", "2018", 76) in got


def test_money_in_millions_closes_its_sentence(rec):
    got = found(rec, "In 2020/21 British Airways was fined £20m and Marriott £18.4m. In 2022/23 Clearview AI was "
                     "fined £7.5m and Interserve £4.4m.", period="2023")
    assert ("ico.fines", "marriott", "2020-04/2021-03", 18400000) in got
    assert ("ico.fines", "clearview", "2022-04/2023-03", 7500000) in got


def test_recommendation_and_line_numbers_are_no_figures(rec):
    got = found(rec, "On directed surveillance (recommendations 7 and 8) the Government agrees. The cost of an "
                     "error is not monetised (see Annex 1, lines 14-22) for communications data errors.", period="2023")
    assert not any(v in (7, 8, 14, 22) for _, _, _, v in got)


def test_one_after_a_negated_verb_is_no_figure(rec):
    got = found(rec, "The Council has not sought one since its last inspection in 2021.", period="2024")
    assert not any(v == 1 for _, _, _, v in got)


def test_base_after_out_of_does_not_qualify_the_part(rec):
    got = found(rec, "Fourteen errors found to be serious out of 18 investigated in 2019. In 2017 the Commissioner "
                     "found 24 serious errors after 33 investigations.", period="2020")
    assert ("errors.serious.determined", "total", "2019", 14) in got
    assert ("errors.serious.investigations", "", "2019", 18) in got
    assert ("errors.serious.determined", "total", "2017", 24) in got
    assert ("errors.serious.investigations", "", "2017", 33) in got


def test_informant_is_chis(rec):
    got = found(rec, "In 2019 law enforcement agencies were granted 1,866 informant authorisations.", period="2020")
    assert ("chis.authorisations", "law_enforcement", "2019", 1866) in got


def test_row_naming_its_own_metric_and_part_under_another_tables_metric(rec):
    from recognize_helpers import cell, table_observations
    rows = [["Measure", "2018", "2019"], ["Items of communications data obtained", "808,214", "–"],
            ["CHIS authorisations, law enforcement", "1,958", "1,866"],
            ["Errors in covert surveillance and CHIS", "99", "–"]]
    t = Table(1, [[cell(c) for c in r] for r in rows], (0, 0, 1, 1), header_rows=1,
              caption="Table 1: Items of communications data and other national figures", kind="ruled")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, period="2024")}
    assert ("chis.authorisations", "law_enforcement", "2019", 1866) in got
    assert ("spci.errors", "total", "2018", 99) in got


def test_signed_percentages_on_a_chart_are_changes(rec):
    from pipeline.model import Chart, ChartBar
    chart = Chart(1, [ChartBar("2012", "+16%", (0, 0, 1, 1)), ChartBar("2013", "−19%", (0, 0, 1, 1))], (0, 0, 100, 100))
    cap = Block("Figure 3 Interception warrants issued: change on the previous year", [], (0, 110, 100, 120), "caption")
    got = {(o.metric, o.period, o.value) for o in rec.recognize_chart(chart, [cap], Context("r.pdf", "abc", "2019"))}
    assert got == {("interception.warrants.issued.change", "2012", 16), ("interception.warrants.issued.change", "2013", -19)}


def test_short_lead_in_naming_one_year_dates_its_list(rec):
    page = PageContent(1, 595, 842, [
        Block("The year in numbers", [], (60, 80, 500, 95), "heading"),
        Block("What the Investigatory Powers Commissioner reported for 2019, the year our campaign began.", [],
              (60, 100, 500, 115), "paragraph"),
        Block("1,063 communications data errors reported, 903 the year before", [], (60, 120, 500, 135), "bullet"),
        Block("1,866 informant authorisations (police), down from 1,958 in 2018", [], (60, 140, 500, 155), "bullet"),
        Block("Our year", [], (60, 160, 500, 175), "heading"),
        Block("We published 12 briefings on interception warrants.", [], (60, 180, 500, 195), "paragraph")], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2020"))}
    assert ("cd.errors", "total", "2019", 1063) in got
    assert ("cd.errors", "total", "2018", 903) in got
    assert ("chis.authorisations", "law_enforcement", "2019", 1866) in got
    assert ("chis.authorisations", "law_enforcement", "2018", 1958) in got


def test_finer_metric_named_in_the_clause_wins(rec):
    got = found(rec, "In 2018 local authorities obtained 647 items of subscriber information and 87 items of "
                     "service use data, and no traffic data at all. In 2019 they obtained 1,191 items of telephony "
                     "data, 164 items of internet data and 24 items of postal data.", period="2024")
    assert ("cd.items.data_type", "service_use", "2018", 87) in got
    assert ("cd.items.data_type", "traffic", "2018", 0) in got
    assert ("cd.items.comms_type", "internet", "2019", 164) in got
    assert not any(m == "cd.items" for m, _, _, _ in got)


def test_latest_figure_for_a_year_and_a_multiple_of_another(rec):
    got = found(rec, "Interception warrants numbered 1,682 in 2010. The latest figure, for 2017, is 3,535, just "
                     "under twice the 2010 total. But the number has not risen steadily: it fell by 19% in 2013, to "
                     "2,760, and was 3,007 in 2016.", period="2018")
    assert ("interception.warrants.issued", "total", "2017", 3535) in got
    assert ("interception.warrants.issued.change", "total", "2013", -19) in got
    assert ("interception.warrants.issued", "total", "2013", 2760) in got
    assert ("interception.warrants.issued", "total", "2016", 3007) in got


def test_the_shares_were_follow_the_parts_named_before(rec):
    got = found(rec, "In 2014, 68% of interception warrants were issued for serious crime and 31% for national "
                     "security; in 2015 the shares were 65% and 34%.", period="2021")
    assert ("interception.warrants.issued.share", "serious_crime", "2015", 65) in got
    assert ("interception.warrants.issued.share", "national_security", "2015", 34) in got


def test_annualised_figure_in_brackets_after_the_count(rec):
    got = found(rec, "Intrusive surveillance authorisations numbered 186 (annualised, 248) from 1 April to 31 "
                     "December 2017.", period="2021")
    assert ("intrusive_surveillance.authorisations", "", "2017-04/2017-12", 186) in got
    assert ("intrusive_surveillance.authorisations.annualised", "", "2017", 248) in got


def test_shares_of_the_one_metric_the_sentence_before_names(rec):
    got = found(rec, "For the record, the interception warrants are overwhelmingly for crime. In 2015 65% were "
                     "issued for serious crime, 34% for national security and 1% for a combination of the two.",
                period="2017")
    assert ("interception.warrants.issued.share", "serious_crime", "2015", 65) in got
    assert ("interception.warrants.issued.share", "national_security", "2015", 34) in got


def test_share_with_no_part_named_takes_no_metric_from_before(rec):
    got = found(rec, "For the record, the interception warrants are overwhelmingly for crime. Turnout was 65% in "
                     "2015.", period="2017")
    assert not any(v == 65 for _, _, _, v in got)


def test_outside_law_enforcement(rec):
    got = found(rec, "Outside law enforcement, in the nine months from 1 April to 31 December 2017, public "
                     "authorities were granted 933 directed surveillance authorisations.", period="2019")
    assert ("directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12", 933) in got


def test_part_named_after_a_year_is_the_subject(rec):
    got = found(rec, "We are told that in 2016 single points of contact were responsible for 43.5% of errors; the "
                     "same report elsewhere says 43.3%. Which figure should a reader believe? And the share that was "
                     "down to the phone companies, 11.6%, is not to be dismissed.", period="2017")
    assert ("cd.errors.share", "spoc", "2016", 43.5) in got
    assert ("cd.errors.share", "spoc", "2016", 43.3) in got   # the same figure as the report gives it elsewhere
    assert ("cd.errors.share", "csp", "2016", 11.6) in got    # a rhetorical question keeps the topic


def test_it_had_been_gives_the_parts_before_again(rec):
    got = found(rec, "In 2017 there were 3,535 interception warrants. In 2017 the serious crime share was 65.22% and "
                     "national security 34.5%. In 2014 it had been 68% and 31%.", period="2025")
    assert ("interception.warrants.issued.share", "serious_crime", "2014", 68) in got
    assert ("interception.warrants.issued.share", "national_security", "2014", 31) in got


def test_money_in_words_and_the_event_clause_dating_it(rec):
    got = found(rec, "The Information Commissioner fined British Airways twenty million pounds, and that falls in "
                     "the ICO year 2020/21.",
                "Then the Cabinet Office, over the New Year Honours addresses. The penalty was half a million pounds "
                "when it was issued, in 2021/22, and it was cut to £50,000 on appeal the following year, 2022/23.",
                period="2023")
    assert ("ico.fines", "british_airways", "2020-04/2021-03", 20000000) in got
    assert ("ico.fines", "cabinet_office", "2021-04/2022-03", 500000) in got
    assert ("ico.fines", "cabinet_office", "2022-04/2023-03", 50000) in got
    assert not any(v == 1000000 for _, _, _, v in got)  # "half a million" is no million


def test_signed_share_opening_an_item_is_a_change(rec):
    got = {(o.metric, o.period, o.value) for o in text_observations(
        rec, "Interception warrants, key results:", "+17.5% interception warrants in 2017 on the year before",
        "−19% interception warrants in 2013, the largest fall", period="2018", kind="bullet")}
    assert ("interception.warrants.issued.change", "2017", 17.5) in got
    assert ("interception.warrants.issued.change", "2013", -19) in got


def test_item_labelled_by_a_year_and_dated_by_its_months(rec):
    got = {(o.metric, o.period, o.value) for o in text_observations(
        rec, "2006 1,435 interception warrants, April–December 2006", period="2019", kind="bullet")}
    assert got == {("interception.warrants.issued", "2006-04/2006-12", 1435)}


def test_period_after_the_next_figure_is_that_figures(rec):
    got = {(o.metric, o.period, o.value) for o in text_observations(
        rec, "24 interception errors (law enforcement) 13 in 2018", period="2019", kind="bullet")}
    assert ("interception.errors", "2019", 24) in got
    assert ("interception.errors", "2018", 13) in got


def test_column_headed_as_a_reports_paragraph_holds_no_figures(rec):
    from recognize_helpers import cell, table_observations
    rows = [["Figure", "Year", "Value", "IPC report, para."], ["Serious errors investigated", "2019", "18", "10.2"],
            ["Inspections carried out", "2023", "386", "3.1"]]
    t = Table(1, [[cell(c) for c in r] for r in rows], (0, 0, 1, 1), header_rows=1, caption="Annex: figures cited",
              kind="ruled")
    got = {(o.metric, o.period, o.value) for o in table_observations(rec, t, period="2024")}
    assert ("errors.serious.investigations", "2019", 18) in got
    assert not any(v in (10.2, 3.1) for _, _, v in got)


def test_taxonomy_phrasings_round9(rec):
    got = found(rec, "We note that the number of items obtained was 757,977 in 2017.",
                "In 2019 the Commissioner investigated 18 possible serious errors and found 14 to be serious.",
                "The Commissioner's report for 2024 records that more than 600 public authorities may use one or "
                "more of the powers.", period="2021")
    assert ("cd.items", "total", "2017", 757977) in got
    assert ("errors.serious.investigations", "", "2019", 18) in got
    assert ("errors.serious.determined", "total", "2019", 14) in got
    assert ("context.public_authorities", "", "2024", 600) in got


def test_arrow_and_share_after_a_tile_is_its_change(rec):
    got = {(o.metric, o.period, o.value) for o in text_observations(
        rec, "INTERCEPTION WARRANTS ISSUED 3,535 warrants in 2017", "▲ 17.5% on 2016", period="2018", kind="bullet")}
    assert ("interception.warrants.issued.change", "2017", 17.5) in got


def test_a_part_year_share_opening_a_new_sentence_is_no_gapped_item(rec):
    got = found(rec, "In 2015 necessity and proportionality accounted for 45% of returns and presentation for 12%. "
                     "In 2016 problems of clarity and quality accounted for 21%.", period="2023")
    assert ("cd.applications.returned.share", "presentation", "2015", 12) in got
    assert ("cd.applications.returned.share", "clarity_quality", "2016", 21) in got


def test_one_kind_of_is_no_count(rec):
    got = found(rec, "Categories as published; the 2012 and 2015 dots count one kind of inspection only.", period="2022")
    assert not any(v == 1 for _, _, _, v in got)


def test_urgent_interception_authorisations_share(rec):
    got = found(rec, "8% of law enforcement interception authorisations were urgent (2018).", period="2019")
    assert ("interception.warrants.urgent.share", "", "2018", 8) in got


def test_figure_spelt_out_in_brackets_is_one_figure(rec):
    obs = text_observations(rec, "The Commissioner has decided to impose a penalty of £20,000,000 (twenty million "
                                 "pounds) on British Airways plc, the penalty falling in 2020/21.", period="2021")
    assert [(o.metric, o.category, o.period, o.value) for o in obs] == \
        [("ico.fines", "british_airways", "2020-04/2021-03", 20000000)]


def test_the_number_issued_then_fell(rec):
    got = found(rec, "In 2012 there were 3,372 interception warrants. The number issued then fell by 19% in 2013.",
                period="2021")
    assert ("interception.warrants.issued.change", "total", "2013", -19) in got


def test_subject_past_a_reporting_clause_and_the_next_items_part(rec):
    got = found(rec, "The 2013 report found that public authorities caused 87.5% of the communications data errors "
                     "and service providers 12.5%.", period="2018")
    assert ("cd.errors.share", "public_authorities", "2013", 87.5) in got
    assert ("cd.errors.share", "csp", "2013", 12.5) in got


def test_part_after_a_comma_closing_an_item_with_a_directed_noun(rec):
    got = {(o.metric, o.category, o.value) for o in text_observations(
        rec, "933 directed surveillance authorisations, other public authorities", period="2017", kind="bullet")}
    assert got == {("directed_surveillance.authorisations", "other_public_authorities", 933)}


def test_all_but_one_in_brackets(rec):
    got = found(rec, "Applications to retain legally privileged material numbered 77; all but one (76) were approved.",
                period="2018")
    assert ("lpp.applications.approved", "", "2018", 76) in got
    assert not any(v == 1 for _, _, _, v in got)


def test_none_of_the_errors_found_serious(rec):
    got = found(rec, "None of the 2019 interception errors was found to be serious.", period="2023")
    assert got == {("errors.serious.determined", "interception", "2019", 0)}


def test_noun_past_to_is_not_the_figures(rec):
    got = {(o.metric, o.value) for o in text_observations(
        rec, "2009: 157 new complaints to the IPT CD errors: 1,088 in Apr-Dec 2006", period="2021", kind="bullet")}
    assert ("cd.errors", 157) not in got


def test_pounds_in_thousands_under_the_header(rec):
    from recognize_helpers import cell, table_observations
    rows = [["Organisation", "ICO year", "Penalty"], [None, None, "£'000"],
            ["British Airways plc", "2020/21", "20,000"], ["Cabinet Office, after appeal", "2022/23", "50"]]
    t = Table(1, [[cell(c) if c is not None else None for c in r] for r in rows], (0, 0, 1, 1), header_rows=1,
              caption="ICO monetary penalties", kind="ruled")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, period="2023")}
    assert ("ico.fines", "british_airways", "2020-04/2021-03", 20000000) in got
    assert ("ico.fines", "cabinet_office", "2022-04/2023-03", 50000) in got


def test_elided_figure_keeps_the_part_of_the_one_before(rec):
    got = found(rec, "Public authorities reported 1,199 communications data errors in 2015 and 1,101 in 2016.",
                "Service providers caused 140 of the 903 communications data errors reported in 2018.", period="2022")
    assert ("cd.errors", "total", "2016", 1101) in got
    assert ("cd.errors", "csp", "2018", 140) in got
    assert ("cd.errors", "total", "2018", 903) in got


def test_loose_leaf_paragraph_number(rec):
    got = found(rec, "12–043 Errors. In 2019 public authorities reported 1,063 communications data errors.", period="2022")
    assert got == {("cd.errors", "total", "2019", 1063)}


def test_per_cent_written_once_after_a_pair_and_the_split(rec):
    got = found(rec, "In 2015 65% of interception warrants were issued for serious crime and 34% for national "
                     "security. In 2014 the split was 68 and 31 per cent, with 1 per cent for a combination.",
                period="2022")
    assert ("interception.warrants.issued.share", "serious_crime", "2014", 68) in got
    assert ("interception.warrants.issued.share", "national_security", "2014", 31) in got
    assert ("interception.warrants.issued.share", "combination", "2014", 1) in got
    assert not any(m == "interception.warrants.issued" and v == 68 for m, _, _, v in got)


def test_a_change_someone_put_at(rec):
    got = found(rec, "In 2013 the number of interception warrants fell to 2,760, a fall the Commissioner put at 19 "
                     "per cent.", period="2022")
    assert ("interception.warrants.issued.change", "total", "2013", -19) in got


def test_subject_of_the_figures_verb_before_a_part_after_it(rec):
    got = found(rec, "For the nine months from 1 April to 31 December 2017 other public authorities were granted "
                     "933 authorisations for directed surveillance, of which the Department for Work and Pensions "
                     "accounted for 792.", period="2024")
    assert ("directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12", 933) in got
    assert ("directed_surveillance.authorisations", "dwp", "2017-04/2017-12", 792) in got


def test_chart_titled_by_the_heading_over_it_not_its_neighbours(rec):
    from pipeline.model import Chart, ChartBar
    from pipeline.recognize import _chart_titles
    left = Block("CD ERRORS BY PARTY, 2018", [], (40, 100, 200, 112), "heading")
    right = Block("SENSITIVE PROFESSIONS, 2018", [], (260, 100, 420, 112), "heading")
    chart = Chart(1, [ChartBar("Doctors", "498", (270, 150, 290, 160))], (260, 120, 420, 220))
    assert [b.text for b in _chart_titles(chart, [left, right], [], [chart])] == ["SENSITIVE PROFESSIONS, 2018"]


def test_respectively_pairs_the_parts_named_before_the_run(rec):
    got = found(rec, "Applications for communications data concerning people in sensitive professions numbered 948 in "
                     "2016. By 2024 the figures for journalists and lawyers stood at 157 and 219 respectively.",
                period="2024")
    assert ("cd.applications.sensitive_profession", "journalist", "2024", 157) in got
    assert ("cd.applications.sensitive_profession", "lawyer", "2024", 219) in got


def test_respectively_with_parts_not_one_to_one_is_left_alone(rec):
    got = found(rec, "Applications for communications data concerning people in sensitive professions numbered 948 in "
                     "2016. By 2024 the figures for journalists, lawyers and doctors stood at 157 and 219 respectively.",
                period="2024")
    assert not any(v in (157, 219) for _, _, _, v in got)


def test_looked_into_is_an_investigation(rec):
    got = found(rec, "The Commissioner looked into 33 possible serious errors in 2017 and confirmed twenty-four.",
                period="2022")
    assert ("errors.serious.investigations", "", "2017", 33) in got
    assert ("errors.serious.determined", "total", "2017", 24) in got


def test_on_an_annual_basis_in_brackets(rec):
    got = found(rec, "Intrusive surveillance authorisations in the nine months from 1 April to 31 December 2017 "
                     "numbered 186 (248 on an annual basis).", period="2021")
    assert ("intrusive_surveillance.authorisations", "", "2017-04/2017-12", 186) in got
    assert ("intrusive_surveillance.authorisations.annualised", "", "2017", 248) in got
    assert ("intrusive_surveillance.authorisations.annualised", "", "2017", 186) not in got


def test_that_year_after_a_relative_year(rec):
    got = found(rec, "That this House is concerned that public authorities obtained 757,977 items of communications "
                     "data in 2017; further notes that in the previous year the total was 754,559 and that 1,101 "
                     "errors were reported in that year.", period="2019")
    assert ("cd.items", "total", "2016", 754559) in got
    assert ("cd.errors", "total", "2016", 1101) in got


def test_finer_count_coordinated_after_its_family_keeps_the_part(rec):
    got = found(rec, "In 2016–17 law enforcement agencies were granted 6,237 directed surveillance authorisations, "
                     "and 808 remained extant on 31 March 2017.", period="2022")
    assert ("directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31", 808) in got


def test_although_starts_a_new_subject(rec):
    got = found(rec, "Public authorities reported 1,199 communications data errors in 2015 and 1,101 in 2016, "
                     "although the covering letter of the 2016 report gave 1,200.", period="2022")
    assert ("cd.errors", "total", "2016", 1200) in got
    assert not any(c == "public_authorities" for _, c, _, _ in got)


def test_telephone_data(rec):
    got = found(rec, "Councils obtained items of communications data in 2018. Telephone data made up 92% of their "
                     "items.", period="2022")
    assert ("cd.items.comms_type.share", "telephony", "2018", 92) in got


def test_decimal_comma_percentages_and_a_base_after_than_in(rec):
    got = found(rec, "In 2017 there were 3,535 interception warrants, 17,5 % more than in 2016; 65,22 % were for "
                     "serious crime.", period="2020")
    assert ("interception.warrants.issued.change", "total", "2017", 17.5) in got
    assert ("interception.warrants.issued.share", "serious_crime", "2017", 65.22) in got
    assert not any(v in (17, 65) for _, _, _, v in got)


def test_thousands_comma_is_no_decimal_comma(rec):
    got = found(rec, "Public authorities obtained 757,977 items of communications data in 2017.", period="2020")
    assert ("cd.items", "total", "2017", 757977) in got


def test_chart_titled_by_the_stack_of_lines_over_it_past_a_note(rec):
    from pipeline.model import Chart, ChartBar
    from pipeline.recognize import _chart_titles
    blocks = [Block("C16 Applications about people in sensitive professions, 2018", [], (35, 49, 387, 61), "heading"),
              Block("1,320 applications in all", [], (35, 72, 139, 82), "heading"),
              Block("(the total for 2016 was 948)", [], (35, 87, 139, 96), "paragraph")]
    chart = Chart(1, [ChartBar("Doctors", "498", (60, 200, 80, 210))], (44, 130, 515, 286))
    titles = _chart_titles(chart, blocks, [], [chart])
    assert [b.text for b in titles] == ["C16 Applications about people in sensitive professions, 2018 1,320 applications in all"]
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_chart(chart, titles, Context("r.pdf", "abc", "2020"))}
    assert got == {("cd.applications.sensitive_profession", "medical_doctor", "2018", 498)}


def test_symbol_note_starts_a_sentence(rec):
    got = found(rec, "* Figures as first published. † The covering letter to the Prime Minister gave 1,200 "
                     "communications data errors for 2016. ‡ From 2018 warrants are reported differently.", period="2020")
    assert ("cd.errors", "total", "2016", 1200) in got


def test_row_of_a_year_column_table_naming_its_own_metric(rec):
    from recognize_helpers import cell, table_observations
    rows = [["Figure cited by the applicant", "Year", "Value"], ["Sensitive professions: lawyers", "2018", "234"],
            ["Journalistic-source applications", "2024", "106"], ["Items of communications data (all)", "2018", "808,214"],
            ["Items concerning next of kin (%)", "2015", "0.2"]]
    t = Table(1, [[cell(c) for c in r] for r in rows], (0, 0, 1, 1), header_rows=1,
              caption="Table 2: National figures cited in the application", kind="ruled")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, period="2026")}
    assert ("cd.applications.sensitive_profession", "lawyer", "2018", 234) in got
    assert ("cd.applications.journalistic_source", "", "2024", 106) in got
    assert ("cd.items", "total", "2018", 808214) in got
    assert ("cd.items.person_type.share", "next_of_kin", "2015", 0.2) in got


def test_change_over_a_span_of_two_years_is_of_the_later(rec):
    got = {(o.metric, o.period, o.value) for o in text_observations(
        rec, "17.5% rise in interception warrants issued, 2016 to 2017", period="2019", kind="bullet")}
    assert got == {("interception.warrants.issued.change", "2017", 17.5)}


def test_reporters_are_no_part_and_providers_are_csps(rec):
    got = found(rec, "One thousand and sixty-three communications data errors were reported to us by public "
                     "authorities in 2019.", "In 2013 public authorities caused 87.5% of the communications data "
                     "errors and providers 12.5%.", period="2019")
    assert ("cd.errors", "total", "2019", 1063) in got
    assert ("cd.errors.share", "csp", "2013", 12.5) in got


def test_number_words_in_a_series_after_their_noun(rec):
    got = found(rec, "Relevant interception errors rose from fifty-seven in 2013 to sixty in 2014 and sixty-two in "
                     "2015.", period="2019")
    assert {("interception.errors", "", "2013", 57), ("interception.errors", "", "2014", 60),
            ("interception.errors", "", "2015", 62)} <= got


def test_number_word_part_of_the_figure_before_is_no_series(rec):
    got = found(rec, "Errors with very serious consequences were fewer: seven in 2013, five of which delayed checks.",
                period="2019")
    assert ("errors.serious.determined", "total", "2013", 7) in got
    assert not any(v == 5 for _, _, _, v in got)


def test_no_traffic_data_after_a_semicolon_that_year(rec):
    got = found(rec, "In 2018 councils obtained communications data. Of the items they obtained that year, 647 were "
                     "subscriber information and 87 service use information; no traffic data was obtained.",
                period="2024")
    assert ("cd.items.data_type", "traffic", "2018", 0) in got


def test_number_words_elided_after_figures_of(rec):
    got = found(rec, "In 2019 they obtained 1,191 items of telephony data, 164 of internet data and twenty-four of "
                     "postal data.", period="2020")
    assert ("cd.items.comms_type", "postal", "2019", 24) in got


def test_hyphen_as_minus_opening_an_item(rec):
    got = {(o.metric, o.period, o.value) for o in text_observations(
        rec, "-19% change in interception warrants issued, 2012 to 2013", period="2019", kind="bullet")}
    assert got == {("interception.warrants.issued.change", "2013", -19)}


def test_column_naming_another_metrics_noun_is_not_the_tables(rec):
    from recognize_helpers import cell, table_observations
    rows = [["Year ▴▾", "Warrants ▴▾", "Data items ▴▾", "Errors ▴▾"], ["2016", "3,007", "754,559", "1,101"],
            ["2017", "3,535", "757,977", "926"]]
    t = Table(1, [[cell(c) for c in r] for r in rows], (0, 0, 1, 1), header_rows=1, caption="", kind="ruled")
    got = {(o.metric, o.period, o.value) for o in table_observations(rec, t, period="2020")}
    assert ("cd.items", "2017", 757977) in got
    # the errors column is not the items the table counts elsewhere
    assert ("cd.items", "2017", 926) not in got


def test_part_then_its_figure_set_off_by_commas(rec):
    got = found(rec, "THE COMMISSIONER: In 2018 there were 1,320 applications for communications data relating to "
                     "people in sensitive professions. The largest group was medical doctors, 498, then ministers of "
                     "religion, 272. Lawyers were 234 and journalists 203.", period="2020")
    assert ("cd.applications.sensitive_profession", "medical_doctor", "2018", 498) in got
    assert ("cd.applications.sensitive_profession", "minister_of_religion", "2018", 272) in got
    assert ("cd.applications.sensitive_profession", "journalist", "2018", 203) in got


def test_approximate_share_set_off_by_commas(rec):
    got = found(rec, "Of the 3,007 interception warrants issued in 2016, 67 were approved urgently, roughly 2.2%, and "
                     "ministers refused five applications.", period="2021")
    assert ("interception.warrants.urgent.share", "", "2016", 2.2) in got
