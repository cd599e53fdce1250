"""Round 10 of recognition rules: time stamps of transcripts, ... Sentences written for the
tests, not taken from the corpora."""
from __future__ import annotations

from recognize_helpers import text_observations


def found(rec, *texts, period="2019"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


def test_time_stamps_of_a_recording_are_no_figures(rec):
    obs = text_observations(rec, "In 2018 there were 1,320 applications for communications data about people in "
                                 "sensitive professions. [00:12:34] MAYA: Not journalists? [14:05] SUNITA: No.",
                            period="2019")
    assert [o.value for o in obs] == [1320]


def test_one_token_holding_several_figures_is_read_once(rec):
    # a clock time is one token to spaCy: its parts must not each come out as its last part
    doc = rec._parse("The hearing resumed at 10:15:30 and heard that 2,306 warrants were issued.")
    values = [sp._.num.value for sp in doc.spans["numbers"]]
    assert len(values) == len(set(values))


def test_list_item_going_on_from_the_item_before_takes_its_year(rec):
    obs = text_observations(rec, "903 communications data errors reported in 2018",
                            "381 of those errors made by single points of contact", "360 made by applicants",
                            "8 errors found to be serious", period="2019", kind="bullet")
    got = {(o.metric, o.category, o.period, o.value) for o in obs}
    assert ("cd.errors", "spoc", "2018", 381) in got
    assert ("cd.errors", "applicant", "2018", 360) in got
    # an item naming its own thing is dated by its own words or the list's heading, not the item before
    assert all(o.period == "2019" for o in obs if o.value == 8)


def test_extreme_of_a_series_named_by_its_year(rec):
    got = found(rec, "In 2010 there were 1,865 interception warrants. The peak in the published series is 2017: "
                     "3,535. The low point was 2013, with 2,760.", period="2020")
    assert ("interception.warrants.issued", "total", "2017", 3535) in got
    assert ("interception.warrants.issued", "total", "2013", 2760) in got


def test_reported_question_hands_its_topic_to_the_answer(rec):
    got = found(rec, "[00:38:57] MAYA: A question from Ade, who asks how many interception warrants there were at the peak.",
                "[00:39:08] SUNITA: The peak in the published series is 2017: three thousand five hundred and "
                "thirty-five.", period="2020")
    assert ("interception.warrants.issued", "total", "2017", 3535) in got


def test_span_of_months_in_a_year_named_before(rec):
    from pipeline.grammar import parse_periods
    spans = [(p.text, p.period) for p in parse_periods("Back in 2006, the first report covered only April to "
                                                       "December, and it gave 1,435.")]
    assert ("April to December", "2006-04/2006-12") in spans
    # (a lower-case "may" is a verb; a span with its own year is read whole)
    assert not any(p.kind == "part" for p in parse_periods("In 2016 we may to some extent see March."))
    assert [(p.text, p.period) for p in parse_periods("from April to December 2017")] == \
        [("April to December 2017", "2017-04/2017-12")]


def test_differences_and_one_thing_in_n_are_no_counts(rec):
    got = found(rec, "Inspectors made 380 inspections in 2022 and 386 in 2023, six more than the year before. "
                     "The fall is real: 198 fewer errors over two years. Put another way, roughly one item in "
                     "twenty was about a witness.", period="2024")
    values = {v for _, _, _, v in got}
    assert {380, 386} <= values
    assert not values & {6, 198, 1, 20}
    # (a bound before a figure is no difference: "more than 600 public authorities")
    assert 600 in {v for _, _, _, v in found(rec, "The Commissioner oversees more than 600 public authorities.")}


def test_years_counted_on_from_a_year_named_before(rec):
    from pipeline.grammar import parse_periods
    got = found(rec, "In 2016 the Commissioner recorded 1,101 communications data errors; there were 926 the next "
                     "year and 903 the year after that.", period="2021")
    assert {("cd.errors", "total", "2016", 1101), ("cd.errors", "total", "2017", 926),
            ("cd.errors", "total", "2018", 903)} <= got
    later = found(rec, "The Commissioner looked into 33 possible serious errors in 2017; two years later the figure was 18.",
                  period="2021")
    assert ("errors.serious.investigations", "", "2019", 18) in later
    assert [p.kind for p in parse_periods("In that period public authorities granted 186")] == ["same"]
    assert [p.kind for p in parse_periods("numbered 1,453 over the same months")] == ["same"]
    # (a bare figure said to exist and then a noun is not elided: "there were 19 police forces")
    assert not any(v == 19 and m.startswith("interception") for m, _, _, v in found(
        rec, "In 2016 there were 3,007 interception warrants; there were 19 police forces involved."))


def test_clause_opening_on_a_relative_year_keeps_it(rec):
    got = found(rec, "In 2016 the total was 754,559 items of communications data. In the following year the figure "
                     "was 757,977, and in 2018 it rose again, to 808,214.", period="2021")
    assert ("cd.items", "total", "2017", 757977) in got
    assert ("cd.items", "total", "2018", 808214) in got


def test_parts_of_a_whole_given_paragraphs_before_take_its_year(rec):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context
    page = PageContent(1, 595, 842, [
        Block("In 2017 the Secretary of State issued 3,535 interception warrants.", [], (60, 100, 500, 120), "paragraph"),
        Block("Much could be said about that.", [], (60, 130, 500, 150), "paragraph"),
        Block("Of the 3,535 warrants, 2,306 were issued for the prevention or detection of serious crime.", [],
              (60, 160, 500, 180), "paragraph")], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2016"))}
    assert ("interception.warrants.issued", "serious_crime", "2017", 2306) in got
    assert not any(p == "2016" for _, _, p, _ in got)


def test_part_is_the_head_of_its_phrase_not_its_of_complement(rec):
    got = found(rec, "In 2015 public authorities obtained 761,702 items of communications data. Suspects accounted "
                     "for 63.6%, associates of suspects for 9.1%, national security subjects for 6.4% and other "
                     "relevant people for 6.2%.", period="2016")
    assert ("cd.items.person_type.share", "associate", "2015", 9.1) in got
    assert ("cd.items.person_type.share", "other_relevant_person", "2015", 6.2) in got
    assert ("cd.items.person_type.share", "suspect", "2015", 9.1) not in got


def test_counts_of_the_texts_own_figures_and_daily_rates_are_no_statistics(rec):
    got = found(rec, "In its report on 2016 the interception commissioner's office gave two different totals for "
                     "communications data errors: the covering letter said 1,200, the chapter on errors 1,101.",
                "In 2018 public bodies obtained 808,214 items of communications data, by our arithmetic some 2,200 "
                "items a day.", period="2020")
    assert ("cd.errors", "total", "2016", 1200) in got and ("cd.errors", "total", "2016", 1101) in got
    assert ("cd.items", "total", "2018", 808214) in got
    assert not {v for _, _, _, v in got} & {2, 2200}
    # (a count per year is still one: "well over 500,000 a year")
    assert 500000 in {v for _, _, _, v in found(rec, "By 2013 the figure was well over 500,000 requests for "
                                                     "communications data a year.")}


def test_stock_at_the_end_of_the_year_the_sentence_names(rec):
    got = found(rec, "In 2016 warrants in force at the end of the year were 5.5% more numerous than a year before.")
    assert ("interception.warrants.in_force.change", "", "2016-12-31", 5.5) in got


def test_sources_as_the_informant_power(rec):
    got = found(rec, "Public bodies reported 99 errors in their use of surveillance, property interference and "
                     "informant powers in 2018. Of the 2018 errors, 59 concerned directed surveillance, 23 property "
                     "interference, 14 sources and three intrusive surveillance.")
    assert ("spci.errors", "chis", "2018", 14) in got


def test_sources_authorised_are_chis_authorisations(rec):
    got = found(rec, "In 2018 law enforcement agencies authorised 1,958 covert human intelligence sources.")
    assert ("chis.authorisations", "law_enforcement", "2018", 1958) in got


def test_count_going_up_by_a_share_in_a_year_counted_on(rec):
    got = found(rec, "In 2014 the Secretary of State issued 2,795 interception warrants. The following year the number "
                     "went up by 9%, to 3,059.", period="2016")
    assert ("interception.warrants.issued.change", "total", "2015", 9) in got
    assert ("interception.warrants.issued", "total", "2015", 3059) in got


def test_the_next_with_its_year_left_out(rec):
    got = found(rec, "In 2010 the Commissioner began counting. Interception errors were reported in the same reports: "
                     "27 that year and 42 the next (Brannock 2014).", period="2016")
    assert ("interception.errors", "", "2011", 42) in got
    from pipeline.grammar import parse_periods
    assert not any(p.kind == "relative" for p in parse_periods("the next inspection found 12 errors"))


def test_those_figures_annualised_respectively_across_paragraphs(rec):
    got = found(rec, "The first report covers April to December 2017. In that period public authorities granted 186 "
                     "intrusive surveillance authorisations and 1,453 property interference authorisations.",
                "The Commissioner annualised those figures, to 248 and 1,937 respectively.", period="2018")
    assert ("intrusive_surveillance.authorisations", "", "2017-04/2017-12", 186) in got
    assert ("intrusive_surveillance.authorisations.annualised", "", "2017", 248) in got
    assert ("property_interference.authorisations.annualised", "", "2017", 1937) in got


def test_that_period_is_the_span_named_just_before_not_an_events_year(rec):
    got = found(rec, "I served on the Joint Committee in 2015 and 2016. The first report covers only nine months. "
                     "In that period public authorities granted 186 intrusive surveillance authorisations.",
                period="2018")
    assert not any(v == 186 and p == "2016" for _, _, p, v in got)


def test_bare_auxiliary_closing_a_restatement(rec):
    got = found(rec, "In 2018 eight errors were determined to be serious (para 17.8). The year before, twenty-four had "
                     "been.", period="2021")
    assert ("errors.serious.determined", "total", "2017", 24) in got


def test_total_restated_for_years_counted_back_in_words(rec):
    got = found(rec, "Applications for the data of people in sensitive professions numbered 1,320 in 2018. Of these, "
                     "203 concerned journalists and 234 lawyers. The total compares with 948 two years earlier.",
                period="2021")
    assert ("cd.applications.sensitive_profession", "total", "2016", 948) in got
    # ("two" in "two years earlier" is part of the period, no figure)
    assert 2 not in {v for _, _, _, v in got}


def test_run_of_shares_closed_by_respectively_follows_the_parts_before(rec):
    got = found(rec, "In 2017 the Secretary of State issued 3,535 interception warrants. Of the 3,535 warrants, 2,306 "
                     "were issued for the prevention or detection of serious crime and 1,219 in the interests of "
                     "national security: 65.22% and 34.5% respectively.")
    assert ("interception.warrants.issued.share", "serious_crime", "2017", 65.22) in got
    assert ("interception.warrants.issued.share", "national_security", "2017", 34.5) in got


def test_an_annual_rate_of_is_annualised(rec):
    got = found(rec, "Property interference authorisations numbered 1,453 between April and December 2017, an annual "
                     "rate of 1,937, against 1,842 in the financial year 2016/17.", period="2024")
    assert ("property_interference.authorisations.annualised", "", "2017", 1937) in got
    assert ("property_interference.authorisations", "", "2016-04/2017-03", 1842) in got


def test_such_as_subject_keeps_the_part_before(rec):
    got = found(rec, "In 2018 law enforcement agencies authorised 1,958 covert human intelligence sources. The "
                     "following year such authorisations fell to 1,866.", period="2024")
    assert ("chis.authorisations", "law_enforcement", "2019", 1866) in got


def test_months_of_that_year_and_bounded_changes(rec):
    got = found(rec, "New rules on reporting errors came into force in the last quarter of 2007. Between October and "
                     "December that year public authorities reported 99 communications data errors under them.",
                period="2022")
    assert any(m == "cd.errors" and p == "2007-10/2007-12" and v == 99 for m, _, p, v in got)
    bounded = found(rec, "In 2018 law enforcement agencies authorised 1,958 covert human intelligence sources. We ask why "
                         "authorisations fell by fewer than 100 between 2018 and 2019.", period="2024")
    assert 100 not in {v for _, _, _, v in bounded}


def test_number_word_for_a_part_named_before_it(rec):
    got = found(rec, "In 2019 law enforcement agencies were granted 1,866 CHIS authorisations, and other public "
                     "authorities eleven.", period="2021")
    assert ("chis.authorisations", "other_public_authorities", "2019", 11) in got
    # (a number word closing a clause with no part named stays untrusted: "one of the three")
    assert not any(v in (1, 3) for _, _, _, v in found(rec, "In 2019 law enforcement agencies were granted 1,866 CHIS "
                                                            "authorisations, one of the three."))


def test_footnote_goes_on_from_the_paragraph_carrying_its_marker(rec):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context
    marked = Block("The growth was not steady. The Commissioner counted 3,535 interception warrants in 2017.", [],
                   (60, 100, 500, 130), "paragraph", footnotes=["2"])
    page = PageContent(1, 595, 842, [
        marked,
        Block("Communications data is where the volumes lie, with 761,702 items of it obtained in 2015.", [],
              (60, 140, 500, 160), "paragraph"),
        Block("2 For 2014 the count was 2,795; for 2015 it was 3,059.", [], (60, 780, 500, 790), "paragraph")], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2022"))}
    assert ("interception.warrants.issued", "total", "2014", 2795) in got
    assert ("interception.warrants.issued", "total", "2015", 3059) in got


def test_count_for_that_purpose_is_of_the_part_named_before(rec):
    got = found(rec, "Roughly two thirds of warrants are sought for serious crime: 65.22 per cent in 2017, when 2,306 "
                     "warrants were issued for that purpose, against 34.5 per cent (1,219 warrants) in the interests "
                     "of national security.", period="2022")
    assert ("interception.warrants.issued", "serious_crime", "2017", 2306) in got
    assert ("interception.warrants.issued", "total", "2017", 2306) not in got


def test_part_set_after_its_whole_with_a_comma_and_who_made_it(rec):
    got = found(rec, "In the nine months from April to December 2006, 253,557 requests for communications data were made "
                     "and 1,088 errors were reported, 301 by service providers and the remainder by public authorities.",
                period="2020")
    assert ("cd.errors", "csp", "2006-04/2006-12", 301) in got


def test_count_by_company_needs_a_company_named(rec):
    got = found(rec, "Costs recovered by communications service providers are published each year in the annual "
                     "report (HC 1401, note 12). We note that the number of items obtained was 757,977 in 2017 and "
                     "that, under the new regime, 200,665 requests were approved in 2019.")
    assert not any(m == "cd.requests.company" for m, _, _, _ in got)
    named = found(rec, "The force made requests for the telecommunications provider LycaMobile (15,702 requests in 2024).",
                  period="2025")
    assert ("cd.requests.company", "lycamobile", "2024", 15702) in named


def test_of_which_there_were_is_qualified_by_its_antecedent(rec):
    got = found(rec, "1.5 Journalists' organisations stressed a newer figure: applications to identify a journalist’s "
                     "source, of which there were 106 in 2024 (DLB0040), compared with 15 in 2019.", period="2022")
    assert ("cd.applications.journalistic_source", "", "2024", 106) in got
    assert not any(m == "cd.applications.sensitive_profession" for m, _, _, _ in got)


def test_taxonomy_phrases_match_typographic_apostrophes():
    from pipeline.taxonomy import phrase_regex, stem_regex
    assert phrase_regex(["journalist's source"]).search("a journalist’s source")
    assert stem_regex(["journalists' sources"]).search("journalists’ sources")
    assert phrase_regex(["spoc"]).search("the SPoC’s request")


def test_caption_counts_its_head_noun_not_its_modifier(rec):
    assert rec._table_metric("Chart B5. Inspection recommendations by rating, 2015", "Red ; Amber",
                             need_noun=False).id == "recommendations"
    assert rec._table_metric("Table 3: Interception warrants issued", "").id == "interception.warrants.issued"


def test_chart_series_named_by_a_kind_count_the_captions_noun(rec):
    from pipeline.model import Block, Chart, ChartBar
    from pipeline.recognize import Context
    chart = Chart(1, [ChartBar("2016/17", "6,237", (0, 0, 1, 1), series="Directed (LEAs)"),
                      ChartBar("2016/17", "1,842", (0, 0, 1, 1), series="Property")], (60, 100, 400, 300))
    caption = Block("Chart A. Surveillance authorisations by financial year and period", [], (60, 80, 400, 95), "caption")
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_chart(chart, [caption], Context("r.pdf", "abc", "2019"))}
    assert ("directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03", 6237) in got
    assert ("property_interference.authorisations", "", "2016-04/2017-03", 1842) in got


def test_ages_are_no_counts(rec):
    got = found(rec, "In 2019 public authorities made 3,007 requests for communications data. Customers aged 16 or over "
                     "can request their own data. A 17-year-old was among those identified.", period="2021")
    assert not {v for _, _, _, v in got} & {16, 17}


def test_human_sources_and_errors_with_the_time_or_date(rec):
    got = found(rec, "In 2018, single points of contact made 199 errors with the time or date, 66 of them involving IP "
                     "addresses.", "Errors involving surveillance, property interference and human sources numbered 99 "
                     "in 2018.", period="2021")
    assert ("cd.errors.time_date", "spoc", "2018", 199) in got
    assert ("spci.errors", "total", "2018", 99) in got


def test_table_rows_naming_a_kind_and_stocks_dated_by_their_day(rec):
    from pipeline.model import Cell, Table
    from recognize_helpers import table_observations
    rows = [["Figure", "What it counts", "Period", "Cited in"],
            ["1,958", "Human source authorisations, law enforcement", "2018", "DLB0007"],
            ["808", "Directed surveillance authorisations in force, law enforcement", "31 March 2017", "DLB0012"],
            ["186", "Intrusive surveillance authorisations", "April to December 2017", "DLB0031"],
            ["248", "Intrusive surveillance, annualised", "2017", "DLB0031"],
            ["1,842", "Property interference authorisations", "2016/17", "DLB0019"]]
    table = Table(1, [[Cell(x, (0, 0, 1, 1)) for x in r] for r in rows], (0, 0, 500, 300), header_rows=1)
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, table, period="2022")}
    assert ("directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31", 808) in got
    assert ("intrusive_surveillance.authorisations.annualised", "", "2017", 248) in got


def test_nine_months_told_where_named(rec):
    got = found(rec, "The Commissioner counted 253,557 requests for communications data in the nine months from April "
                     "to December 2006.", period="2025")
    assert ("cd.requests", "total", "2006-04/2006-12", 253557) in got


def test_noun_counted_by_the_breakdown_its_parts_belong_to(rec):
    got = found(rec, "In 2006 1,088 errors were reported, 787 by public authorities and 301 by service providers.",
                period="2007")
    assert ("cd.errors", "total", "2006", 1088) in got
    ranked = found(rec, "In 2020/21 the two largest penalties were £20m for British Airways and £18.4m for Marriott.",
                   period="2021")
    assert 2 not in {v for _, _, _, v in ranked}


def test_privileged_items_are_no_sensitive_profession_count(rec):
    got = found(rec, "For lawyers the relevant figures are applications to retain privileged items: 77 in 2018, of which "
                     "76 were approved.", period="2026")
    assert ("lpp.applications.made", "", "2018", 77) in got
    assert not any(m == "cd.applications.sensitive_profession" for m, _, _, _ in got)


def test_noun_phrase_starting_at_the_figure_names_its_metric(rec):
    got = found(rec, "In 2012 the Commissioner reported that 42,293 urgent oral requests for communications data had "
                     "been made.", period="2026")
    assert ("cd.urgent_oral", "", "2012", 42293) in got


def test_that_year_after_a_sentence_closing_on_a_relative_year(rec):
    got = found(rec, "Interception errors were fewer: 62 in 2015, falling to 13 in 2018 before rising to 24 the following "
                     "year. In that year the Commissioner found no serious interception errors at all.", period="2021")
    assert ("errors.serious.determined", "interception", "2019", 0) in got


def test_column_counting_the_studies_citing_a_row_holds_no_statistic(rec):
    from pipeline.model import Cell, Table
    from recognize_helpers import table_observations
    rows = [["Figure", "Period", "Value", "Studies citing"],
            ["Requests for communications data", "2007", "519,260", "17"],
            ["Interception warrants issued", "2012", "3,372", "11"]]
    table = Table(1, [[Cell(x, (0, 0, 1, 1)) for x in r] for r in rows], (0, 0, 500, 300), header_rows=1)
    got = {(o.metric, o.period, o.value) for o in table_observations(rec, table, period="2022")}
    assert ("interception.warrants.issued", "2012", 3372) in got
    assert not {v for _, _, v in got} & {17, 11}


def test_a_total_framed_as_such_of_the_one_kind_its_sentence_names(rec):
    got = found(rec, "Across all the sensitive professions the total reached 1,320 in 2018, up from 948 in 2016.",
                period="2024")
    assert ("cd.applications.sensitive_profession", "total", "2018", 1320) in got
    assert ("cd.applications.sensitive_profession", "total", "2016", 948) in got


def test_parts_with_figures_in_brackets_opening_a_paragraph(rec):
    got = found(rec, "In 2018 there were 203 applications about journalists and 498 about doctors.",
                "Ministers of religion (272) and MPs (113) also appeared in the figures.", period="2024")
    assert ("cd.applications.sensitive_profession", "minister_of_religion", "2018", 272) in got
    assert ("cd.applications.sensitive_profession", "member_of_parliament", "2018", 113) in got


def test_chart_of_a_finer_breakdown_than_its_caption_names(rec):
    from pipeline.model import Block, Chart, ChartBar
    from pipeline.recognize import Context
    chart = Chart(2, [ChartBar("Subscriber information", "647", (0, 0, 1, 1)),
                      ChartBar("Service use", "87", (0, 0, 1, 1)),
                      ChartBar("Traffic data", "0", (0, 0, 1, 1))], (60, 100, 400, 300), kind="pie")
    caption = Block("Chart 5: Council requests by type of data, 2018", [], (60, 80, 400, 95), "caption")
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_chart(chart, [caption], Context("r.pdf", "abc", "2020"))}
    assert ("cd.items.data_type", "subscriber", "2018", 647) in got
    assert ("cd.items.data_type", "service_use", "2018", 87) in got


def test_prose_run_into_a_bar_label_names_no_part(rec):
    from pipeline.model import Block, Chart, ChartBar
    from pipeline.recognize import Context
    chart = Chart(1, [ChartBar("Red", "29", (0, 0, 1, 1)), ChartBar("Amber", "203", (0, 0, 1, 1)),
                      ChartBar("and only a minority were rated red. Green", "134", (0, 0, 1, 1))], (60, 100, 400, 300))
    caption = Block("Chart 4: Inspection recommendations by rating, 2015", [], (60, 80, 400, 95), "caption")
    got = {(o.metric, o.category, o.value) for o in rec.recognize_chart(chart, [caption], Context("r.pdf", "abc", "2020"))}
    assert ("recommendations", "red", 29) in got
    assert not any(v == 134 for _, _, v in got)


def test_column_not_qualified_as_the_captions_qualified_metric(rec):
    from pipeline.model import Cell, Table
    from recognize_helpers import table_observations
    rows = [["Year", "Errors reported", "Serious errors"], ["2013", "970", "7"], ["2017", "926", "24"]]
    table = Table(1, [[Cell(x, (0, 0, 1, 1)) for x in r] for r in rows], (0, 0, 500, 300), header_rows=1,
                  caption="Table 1: Communications data errors reported, and serious errors determined")
    got = {(o.metric, o.period, o.value) for o in table_observations(rec, table, period="2021")}
    assert ("cd.errors", "2013", 970) in got
    assert ("errors.serious.determined", "2013", 970) not in got


def test_row_headed_by_its_noun_not_by_who_made_it(rec):
    from pipeline.model import Cell, Table
    from recognize_helpers import table_observations
    rows = [["Ref.", "Published series", "Period", "Figure", "Source report"],
            ["D09", "Communications data requests", "2006 (Apr–Dec)", "253,557", "IOCCO 2006"],
            ["D10", "Communications data requests", "2007", "519,260", "IOCCO 2007"],
            ["D11", "Requests by local authorities", "2006 (Apr–Dec)", "1,694", "IOCCO 2006"],
            ["D13", "Communications data errors", "2006 (Apr–Dec)", "1,088", "IOCCO 2006"],
            ["D14", "Errors by public authorities", "2006 (Apr–Dec)", "787", "IOCCO 2006"],
            # (another kind of error named in full: the part after "by" tells which errors)
            ["D04", "Interception errors reported", "2010", "27", "IOCCO 2010"],
            ["D15", "Urgent oral requests", "2013", "42,293", "IOCCO 2013"]]
    table = Table(1, [[Cell(x, (0, 0, 1, 1)) for x in r] for r in rows], (0, 0, 500, 300), header_rows=1,
                  caption="Table 1: Published figures relied on, by series")
    got = {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, table, period="2025")}
    assert ("cd.requests", "local_authorities", "2006-04/2006-12", 1694) in got
    assert ("cd.errors", "public_authorities", "2006-04/2006-12", 787) in got
    assert not any(m == "context.public_authorities" for m, _, _, _ in got)


def test_data_errors_column_is_communications_data_errors(rec):
    from pipeline.model import Cell, Table
    from recognize_helpers import table_observations
    rows = [["Year", "Warrants issued", "Interception errors", "Data errors"], ["2013", "2,760", "57", "970"],
            ["2015", "3,059", "62", "1,199"]]
    table = Table(1, [[Cell(x, (0, 0, 1, 1)) for x in r] for r in rows], (0, 0, 500, 300), header_rows=1,
                  caption="Table 2: Interception warrants and errors")
    got = {(o.metric, o.period, o.value) for o in table_observations(rec, table, period="2025")}
    assert ("cd.errors", "2013", 970) in got
    assert ("interception.errors", "2013", 970) not in got


def test_a_part_of_those_after_its_verb(rec):
    got = found(rec, "In 2019 public authorities reported 1,063 communications data errors. The Commissioner "
                     "investigated 18 of those as possibly serious.", period="2020")
    assert ("errors.serious.investigations", "", "2019", 18) in got


def test_short_chart_labels_of_reasons_and_persons(rec):
    reasons = rec.taxonomy.category_sets["reason"]
    assert reasons.lookup("DP not indep.") == "dp_not_independent"
    assert reasons.lookup("Error found") == "error_identified"
    assert rec.taxonomy.category_sets["person_type"].lookup("Vulnerable") == "vulnerable_person"
