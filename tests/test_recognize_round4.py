"""Round 4 of sentence rules: general phrasings of statistical prose (figures whose noun is in
the sentence before, restatements, part years, numbers in words, ratios). Sentences written
for the tests, not taken from the corpora."""
from __future__ import annotations

from recognize_helpers import text_observations


def found(rec, *texts, period="2020"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


# -- a figure without a noun of its own counts what the sentence before names ---------------

def test_figures_followed_by_their_years_restate_the_metric_of_the_sentence_before(rec):
    got = found(rec, "The Secretary of State issued 2,900 interception warrants in 2019. "
                     "The Commissioner had reported 2,750 in 2018, 2,640 in 2017 and 2,400 in 2016.")
    assert got == {("interception.warrants.issued", "total", p, v)
                   for p, v in (("2019", 2900), ("2018", 2750), ("2017", 2640), ("2016", 2400))}


def test_the_figure_or_total_was_n_takes_the_metric_and_its_own_clauses_period(rec):
    got = found(rec, "Requests for communications data from police forces fell sharply. The total for 2014 was "
                     "500,100, and the previous report put the 2013 figure at 514,600.")
    assert got == {("cd.requests", "total", "2014", 500100), ("cd.requests", "total", "2013", 514600)}


def test_parts_labelled_after_a_sentence_naming_the_noun(rec):
    got = found(rec, "Each error is attributed to the person responsible for it. Applicants were responsible for "
                     "300, single points of contact for 250 and designated persons for 12.")
    assert got == {("cd.errors", "applicant", "2020", 300), ("cd.errors", "spoc", "2020", 250),
                   ("cd.errors", "designated_person", "2020", 12)}
    got = found(rec, "Applications for communications data about the sensitive professions rose again. In 2021 the "
                     "total was 1,400: 510 concerned medical doctors, 280 lawyers and 12 journalists.")
    assert got == {("cd.applications.sensitive_profession", c, "2021", v)
                   for c, v in (("total", 1400), ("medical_doctor", 510), ("lawyer", 280), ("journalist", 12))}


def test_there_were_none_after_a_count(rec):
    got = found(rec, "The Commissioner determined six serious errors in 2020. For 2022 there were none.")
    assert ("errors.serious.determined", "total", "2022", 0) in got


def test_no_restatement_of_other_things_counted_references_or_times(rec):
    got = found(rec, "The Commissioner inspected 43 police forces in 2019. The report gives two values for SPoCs, "
                     "and 19 forces had used the power.")
    assert {m for m, *_ in got} <= {"unclassified"}
    got = found(rec, "Interception warrants were issued 3,000 times. The paragraph number was 12 in 2019. "
                     "The Act was amended 3 times in 2019.")
    assert got == {("interception.warrants.issued", "total", "2020", 3000)}
    # a sentence with no figure before names nothing to restate
    assert found(rec, "The total for 2014 was 500,100.") == set()


def test_restated_part_with_a_multiword_label(rec):
    got = found(rec, "Applications for communications data about the sensitive professions rose again. In 2021 the "
                     "total was 1,400: 510 concerned ministers of religion and 280 Members of Parliament.")
    assert ("cd.applications.sensitive_profession", "minister_of_religion", "2021", 510) in got
    assert ("cd.applications.sensitive_profession", "member_of_parliament", "2021", 280) in got


# -- a part of a figure ("792 of them") is counted over its whole's period ---------------------

def test_part_of_a_figure_shares_its_period(rec):
    got = found(rec, "Between 1 April and 31 December 2019 other public authorities granted 940 directed surveillance "
                     "authorisations; the Department for Work and Pensions accounted for 700 of them.", period="2021")
    assert ("directed_surveillance.authorisations", "dwp", "2019-04/2019-12", 700) in got
    # a part naming its own period keeps it
    got = found(rec, "Other public authorities granted 940 directed surveillance authorisations in 2018; in 2019 the "
                     "Department for Work and Pensions accounted for 700 of them.", period="2021")
    assert ("directed_surveillance.authorisations", "dwp", "2019", 700) in got


# -- "authorised 186 times": the verb names what is counted --------------------------------

def test_verb_n_times_counts_the_verbs_noun(rec):
    got = found(rec, "In 2019 intrusive surveillance was authorised 210 times.")
    assert got == {("intrusive_surveillance.authorisations", "", "2019", 210)}
    got = found(rec, "Public authorities applied 80 times in 2019 for approval to retain legally privileged material.")
    assert got == {("lpp.applications.made", "", "2019", 80)}
    # a verb that names no counted thing: "met 12 times" is not a count of a metric
    assert found(rec, "In 2019 the intrusive surveillance working group met 12 times.") == set()


def test_annualised_to_belongs_to_the_figure_after(rec):
    got = found(rec, "Between 1 April and 31 December 2018 directed surveillance was authorised 900 times.",
                "Over the same nine months, intrusive surveillance was authorised 150 times, which the Commissioner "
                "annualised to 200.")
    assert ("intrusive_surveillance.authorisations", "", "2018-04/2018-12", 150) in got
    assert ("intrusive_surveillance.authorisations.annualised", "", "2018", 200) in got
    assert not any(m.endswith(".annualised") and v == 150 for m, _, _, v in got)


# -- numbers in words beyond ninety-nine, in per cent; counts in millions; ratios ----------------

def test_numbers_in_words_beyond_ninety_nine(rec):
    from pipeline import grammar
    got = {n.text: (n.value, n.unit) for n in grammar.parse_word_numbers(
        "a hundred and twenty warrants, three thousand five hundred items, forty-two errors, one per cent")}
    assert got == {"a hundred and twenty": (120, ""), "three thousand five hundred": (3500, ""),
                   "forty-two": (42, ""), "one per cent": (1, "percent")}
    got = found(rec, "In 2019 the Secretary of State issued two hundred and six interception warrants.")
    assert got == {("interception.warrants.issued", "total", "2019", 206)}


def test_share_in_words(rec):
    got = found(rec, "Only two per cent of the interception warrants issued in 2016 were for a combination of purposes.")
    assert got == {("interception.warrants.issued.share", "combination", "2016", 2)}


def test_count_in_millions_written_out(rec):
    got = found(rec, "In 2019 public authorities obtained 1.2 million items of communications data.")
    assert got == {("cd.items", "total", "2019", 1200000)}
    # "20m" without a currency sign stays unread as millions
    assert not any(v == 20e6 for *_, v in found(rec, "In 2019 public authorities obtained 20m items of communications data."))


def test_ratios_are_not_counts(rec):
    got = found(rec, "In 2019 one in five applications for communications data were returned, and 1 in 4 police "
                     "forces made errors.")
    assert not any(v in (1, 4, 5) for *_, v in got)
    # "N in YEAR" and "N in nine months" are no ratios
    got = found(rec, "The Commissioner carried out 380 inspections in 2022 and 190 in 6 months of 2023.")
    assert ("inspections", "total", "2022", 380) in got


# -- movements: "rose from N to M", "fell by N", "compared with M" ------------------------------

def test_rose_from_to_gives_both_levels_their_own_periods(rec):
    got = found(rec, "Urgent oral requests rose from 40,100 in 2012 to 51,200 in 2013.")
    assert got == {("cd.urgent_oral", "", "2012", 40100), ("cd.urgent_oral", "", "2013", 51200)}
    # the level reached takes the period of the text, not the year of the level risen from
    got = found(rec, "Interception warrants issued rose from 3,100 in 2016 to 3,600.", period="2017")
    assert got == {("interception.warrants.issued", "total", "2016", 3100),
                   ("interception.warrants.issued", "total", "2017", 3600)}


def test_level_risen_from_without_a_period_is_dated_only_by_a_named_base(rec):
    got = found(rec, "In 2017 interception warrants issued rose from 3,100 to 3,600.")
    assert got == {("interception.warrants.issued", "total", "2017", 3600)}
    got = found(rec, "The number of communications data errors rose from 900 to 1,050 on the previous year.", period="2019")
    assert got == {("cd.errors", "total", "2018", 900), ("cd.errors", "total", "2019", 1050)}


def test_change_in_a_count_is_not_a_count_and_a_change_is_dated_by_its_level(rec):
    got = found(rec, "Interception warrants issued fell by 600 to 2,700 in 2013.")
    assert got == {("interception.warrants.issued", "total", "2013", 2700)}
    got = found(rec, "Communications data errors showed an increase of 137 in 2019.")
    assert got == set()
    got = found(rec, "Interception warrants issued fell by 18% to 2,700 in 2013.")
    assert got == {("interception.warrants.issued.change", "total", "2013", -18),
                   ("interception.warrants.issued", "total", "2013", 2700)}


def test_compared_with_the_year_before_or_a_named_year(rec):
    got = found(rec, "In 2019, 1,050 communications data errors were reported, compared with 900 the year before.")
    assert got == {("cd.errors", "total", "2019", 1050), ("cd.errors", "total", "2018", 900)}
    got = found(rec, "In 2019, 1,050 communications data errors were reported, compared with 800 in 2017.")
    assert got == {("cd.errors", "total", "2019", 1050), ("cd.errors", "total", "2017", 800)}


def test_total_of_number_of_and_passive_voice(rec):
    assert found(rec, "A total of 3,600 interception warrants were issued in 2017.") == \
        {("interception.warrants.issued", "total", "2017", 3600)}
    assert found(rec, "The number of interception warrants issued in 2017 was 3,600.") == \
        {("interception.warrants.issued", "total", "2017", 3600)}
    assert found(rec, "In 2017, 3,600 warrants for interception were issued by the Secretary of State.") == \
        {("interception.warrants.issued", "total", "2017", 3600)}


# -- pages: lists set as headings, period lines, list lead-ins, table notes, "All ..." rows ----

def _page(rec, blocks, tables=(), period="2020", title=""):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context, _FOI_RE
    page = PageContent(1, 600, 800, [Block(t, [], (0, 10 * i, 1, 10 * i + 5), k) for i, (k, t) in enumerate(blocks)],
                       list(tables))
    ctx = Context("r.pdf", "abc", period)
    ctx.headings_date = not _FOI_RE.search(title)
    return {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, ctx)}


def test_labelled_figures_set_as_a_heading_are_a_list(rec):
    got = _page(rec, [("heading", "Statutory purpose of applications, 2017"),
                      ("heading", "Prevent and detect crime: 80% Emergency – prevent death or injury: 14% National security: 6%")])
    assert got == {("cd.applications.purpose.share", "prevent_detect_crime", "2017", 80),
                   ("cd.applications.purpose.share", "prevent_death_injury", "2017", 14),
                   ("cd.applications.purpose.share", "national_security", "2017", 6)}


def test_a_line_that_is_a_period_heads_the_list_under_it(rec):
    got = _page(rec, [("heading", "Monetary penalties"),
                      ("paragraph", "British Airways was fined £20 million in October 2020."),
                      ("paragraph", "2023/24"),
                      ("bullet", "• Clearview AI Inc: £7.5 million"),
                      ("bullet", "• Interserve Group Ltd: £4.4 million")], period=None)
    assert ("ico.fines", "clearview", "2023-04/2024-03", 7.5e6) in got
    assert ("ico.fines", "interserve", "2023-04/2024-03", 4.4e6) in got
    # a period ending a heading wrapped onto the next line heads nothing
    got = _page(rec, [("heading", "Monetary penalties 2020/21 to"), ("paragraph", "2022/23"),
                      ("paragraph", "Marriott International received a penalty of £18.4 million.")], period="2020-04/2021-03")
    assert ("ico.fines", "marriott", "2020-04/2021-03", 18.4e6) in got


def test_a_note_restricting_a_table_figure_to_one_part_gives_its_category(rec):
    from pipeline.model import Cell, Table
    rows = [[Cell("Year", (0, 0, 1, 1)), Cell("Notices and authorisations", (0, 0, 1, 1))],
            [Cell("2012", (0, 0, 1, 1)), Cell("61,000", (0, 0, 1, 1), footnotes=["b"])],
            [Cell("2013", (0, 0, 1, 1)), Cell("570,000", (0, 0, 1, 1))]]
    table = Table(1, rows, (0, 500, 1, 600), header_rows=1, caption="Table B1: Communications data acquired")
    got = _page(rec, [("paragraph", "a Projected from three quarters of returns. b Intelligence agencies only; "
                                    "see Table B2.")], [table])
    assert ("cd.notices_authorisations", "intelligence_agencies", "2012", 61000) in got
    assert ("cd.notices_authorisations", "total", "2013", 570000) in got


def test_all_public_authorities_row_is_the_total(rec):
    from pipeline.model import Table
    from recognize_helpers import cell, table_observations
    t = Table(page=1, rows=[[cell(""), cell("Items obtained in 2019"), cell("Items obtained in 2020")],
                            [cell("All public authorities"), cell("700,100"), cell("720,300")],
                            [cell("All other public authorities"), cell("20,100"), cell("21,000")]],
              bbox=(0, 0, 1, 1), header_rows=1, caption="Table 4: Items of communications data obtained, 2019 to 2020")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, "2020")}
    assert ("cd.items", "total", "2019", 700100) in got and ("cd.items", "total", "2020", 720300) in got
    assert not any(c == "total" and v in (20100, 21000) for _, c, _, v in got)


# -- tables: the caption first, period row labels, rows dated by a day; labelled lists ---------

def test_caption_names_what_the_table_counts_before_the_text_above(rec):
    from pipeline.model import Table
    from recognize_helpers import cell, table_observations
    t = Table(page=1, rows=[[cell("Period"), cell("All errors"), cell("Public authorities")],
                            [cell("2008"), cell("600"), cell("500")], [cell("2009"), cell("650"), cell("520")]],
              bbox=(0, 0, 1, 1), header_rows=1, caption="Table 2: Communications data errors, 2008 to 2009",
              title="Source: Report of the Interception of Communications Commissioner for 2009")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, "2009")}
    assert ("cd.errors", "total", "2008", 600) in got and ("cd.errors", "public_authorities", "2009", 520) in got
    assert not any(m.startswith("interception") for m, *_ in got)


def test_period_row_labels_date_their_rows_and_a_day_dated_row_is_left_out(rec):
    from pipeline.model import Table
    from recognize_helpers import cell, table_observations
    t = Table(page=1, rows=[[cell("Period"), cell("Directed surveillance"), cell("Property interference")],
                            [cell("2015/16 (OSC year)"), cell("6,100"), cell("1,800")],
                            [cell("Extant at 31/03/2016"), cell("790"), cell("–")],
                            [cell("01/04/16-31/12/16"), cell("–"), cell("1,400")]],
              bbox=(0, 0, 1, 1), header_rows=1, caption="Table A1: Authorisations granted")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, "2024")}
    assert ("directed_surveillance.authorisations", "total", "2015-04/2016-03", 6100) in got
    assert ("property_interference.authorisations", "", "2015-04/2016-03", 1800) in got
    assert ("property_interference.authorisations", "", "2016-04/2016-12", 1400) in got
    assert not any(v == 790 for *_, v in got)
    assert not any(p == "2024" for _, _, p, _ in got)


def test_label_before_a_colon_qualifies_every_figure_of_its_list(rec):
    got = found(rec, "Interception warrants examined at inspection: 610 in 2013, 1,150 in 2015 and 980 in 2016.")
    assert got == {("interception.warrants.examined", "", p, v) for p, v in (("2013", 610), ("2015", 1150), ("2016", 980))}


def test_the_year_after_a_part_year_is_a_calendar_year(rec):
    got = found(rec, "Between April and December 2006 public authorities made 250,000 requests for communications data. "
                     "The following year, the first full year reported, the total was 510,000.", period=None)
    assert ("cd.requests", "total", "2006-04/2006-12", 250000) in got
    assert ("cd.requests", "total", "2007", 510000) in got
