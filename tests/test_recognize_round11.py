"""Round 11 of recognition rules: pronouns and restatement frames opening a paragraph, ...
Sentences written for the tests, not taken from the corpora."""
from __future__ import annotations

from recognize_helpers import text_observations


def found(rec, *texts, period="2019"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


def test_pronoun_opening_a_paragraph_goes_on_with_the_count_before(rec):
    # a speaker's next turn (after a running header) moves the count the turn before gave
    got = found(rec, "Asked how many warrants were issued in 2012, the minister said the figure was 3,372.",
                "12 MAY 2021 Oversight Debates 88WH",
                "The minister: The following year it fell by 19% to 2,760.", period="2021")
    assert ("interception.warrants.issued", "total", "2013", 2760) in got
    assert ("interception.warrants.issued.change", "total", "2013", -19) in got


def test_pronoun_change_needs_a_count_before(rec):
    # nothing counted before: "it" stands for nothing we know
    assert found(rec, "The following year it fell by 19% to 2,760.", period="2021") == set()


def test_restatement_frame_naming_its_own_year(rec):
    got = found(rec, "The first published count was of 1,435 warrants, for the nine months from April to December 2006.",
                "The latest figure, for 2017, is 3,535, just under twice the 2010 total. The number has not risen "
                "steadily: it fell by 19% in 2013, to 2,760, and was 3,007 in 2016.")
    assert {("interception.warrants.issued", "total", "2017", 3535),
            ("interception.warrants.issued.change", "total", "2013", -19),
            ("interception.warrants.issued", "total", "2013", 2760),
            ("interception.warrants.issued", "total", "2016", 3007)} <= got


def test_scaled_to_a_year_frame_dates_its_figures_by_the_part_year_named_before(rec):
    # the lecture names no year of its own: the estimate is for the nine months named before
    got = found(rec, "The first report covers 1 April to 31 December 2017. In those nine months there were 1,453 "
                     "property interference authorisations and 186 intrusive surveillance authorisations.",
                "The report does the sum: scaled to a year, it is 1,937 property interference authorisations "
                "and 248 intrusive surveillance authorisations.", period=None)
    assert ("property_interference.authorisations.annualised", "", "2017", 1937) in got
    assert ("intrusive_surveillance.authorisations.annualised", "", "2017", 248) in got


def test_annualised_frame_leaves_a_dated_base_of_comparison_a_count(rec):
    # (a guard: the frame now reaches past a semicolon, but not to a count dated by its own year)
    got = found(rec, "In the nine months from 1 April 2017, 1,453 property interference authorisations were "
                     "granted; annualised, that is 1,937, against 1,842 in 2016-17.", period="2017")
    assert ("property_interference.authorisations.annualised", "", "2017", 1937) in got
    assert ("property_interference.authorisations", "", "2016-04/2017-03", 1842) in got


def test_bare_count_with_its_annual_estimate_set_after_it(rec):
    got = found(rec, "In 2016-17 there were 1,842 property interference authorisations. From 1 April to 31 December "
                     "2017 there were 1,453, or 1,937 on an annualised basis; intrusive surveillance authorisations "
                     "numbered 186.", period="2018")
    assert ("property_interference.authorisations", "", "2017-04/2017-12", 1453) in got
    assert ("property_interference.authorisations.annualised", "", "2017", 1937) in got
    assert ("intrusive_surveillance.authorisations", "", "2017-04/2017-12", 186) in got
    assert not any(k[0].startswith("intrusive") and k[3] in (1453, 1937) for k in got)


def test_times_after_a_count_is_occurrences_not_a_multiple(rec):
    got = found(rec, "The new report covered only nine months, from 1 April to 31 December 2017.",
                "Intrusive surveillance was authorised 186 times in those nine months.", period="2024")
    assert got == {("intrusive_surveillance.authorisations", "", "2017-04/2017-12", 186)}


def test_parts_in_brackets_go_on_past_a_paragraph_of_engagement_counts(rec):
    got = found(rec, "1,320 applications for communications data in 2018 concerned someone in a sensitive profession. "
                     "Doctors top the list with 498. 5/9",
                "19 replies · 143 reposts · 512 likes · 41K views",
                "Then ministers of religion (272), lawyers (234) and MPs (113). 6/9", period="2020")
    assert {("cd.applications.sensitive_profession", "minister_of_religion", "2018", 272),
            ("cd.applications.sensitive_profession", "lawyer", "2018", 234),
            ("cd.applications.sensitive_profession", "member_of_parliament", "2018", 113)} <= got


def test_engagement_counts_of_a_post_are_no_statistics(rec):
    assert found(rec, "19 replies · 143 reposts · 512 likes · 41K views", "Maximum 300 words. 271 words used.") == set()


def test_labelled_figures_after_a_question_take_the_paragraphs_metric(rec):
    got = found(rec, "SUNITA: In 2018, the Commissioner counted 1,320 applications for communications data about "
                     "someone in a sensitive profession. The biggest group is doctors. MAYA: Not journalists? "
                     "SUNITA: Journalists were 203. "
                     "Lawyers 234.", period="2018")
    assert ("cd.applications.sensitive_profession", "journalist", "2018", 203) in got
    assert ("cd.applications.sensitive_profession", "lawyer", "2018", 234) in got


def test_a_revised_count_with_a_shared_noun_takes_the_metric_given_for_its_year(rec):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context
    page = PageContent(1, 595, 842, [
        Block("Public authorities reported 1,101 communications data errors in 2016.", [], (60, 100, 500, 120), "paragraph"),
        Block("4. Serious errors", [], (60, 130, 500, 150), "heading"),
        Block("IPCO determined 24 serious errors in 2017 (33 investigated).", [], (60, 160, 500, 180), "paragraph"),
        Block("The covering letter of the 2016 report gives 1,200 errors notified, not 1,101.", [],
              (60, 190, 500, 210), "paragraph")], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2020"))}
    assert ("cd.errors", "total", "2016", 1200) in got


def test_the_same_report_gives_the_period_of_the_figures_just_given(rec):
    got = found(rec, "The first report covered nine months, April to December 2006. Public authorities made 253,557 "
                     "requests for communications data in that period. The same report counted 1,088 errors, 301 of "
                     "them by service providers.", period="2021")
    assert ("cd.errors", "total", "2006-04/2006-12", 1088) in got
    assert ("cd.errors", "csp", "2006-04/2006-12", 301) in got


def test_a_run_of_shares_each_with_its_reason(rec):
    got = found(rec, "It is sent back. In 2015 the reasons were recorded. The largest group, 45%, were returned because "
                     "necessity or proportionality was not made out; 12% for poor presentation; 3% because the "
                     "designated person was not independent; 1% because an error was found; and 3% for other reasons.",
                period="2016")
    m = "cd.applications.returned.share"
    assert {(m, "necessity_proportionality", "2015", 45), (m, "presentation", "2015", 12),
            (m, "dp_not_independent", "2015", 3), (m, "error_identified", "2015", 1), (m, "other", "2015", 3)} <= got
    # (the error of the fourth statement is a reason, not what the shares count)
    assert not any(k[0].startswith("cd.errors") for k in got)


def test_applications_sent_back_are_returned(rec):
    got = found(rec, "In 2016 a fifth of returned applications, 21%, were sent back for clarity or quality, and 16% "
                     "for other reasons.", period="2017")
    assert {("cd.applications.returned.share", "clarity_quality", "2016", 21),
            ("cd.applications.returned.share", "other", "2016", 16)} <= got


def test_change_in_an_absolute_clause_about_that_last_year(rec):
    got = found(rec, "Warrants issued rose from 2,760 in 2013 to 3,535 in 2017, the increase in that last year alone "
                     "being just over 17.5%.", period="2022")
    assert ("interception.warrants.issued.change", "total", "2017", 17.5) in got
    # "that last year" is the last year named, never the year before it
    assert not any(k[2] == "2016" for k in got)
    got = found(rec, "The Forum noted that 2,760 warrants were issued in 2013 and 3,535 in 2017, the rise in that "
                     "final year alone being 17.5%.", period="2022")
    assert ("interception.warrants.issued.change", "total", "2017", 17.5) in got


def test_authorities_the_commissioner_oversaw(rec):
    got = found(rec, "By 2022 the Commissioner oversaw more than 600 public authorities.",
                "More than 600 public bodies could use these powers in 2020, says the Commissioner.", period="2023")
    assert {("context.public_authorities", "", "2022", 600), ("context.public_authorities", "", "2020", 600)} <= got


def test_none_reported_of_what_the_sentence_before_counted(rec):
    got = found(rec, "Eight serious errors were determined in 2018. For 2021 the Commissioner reported none, the "
                     "first such year since the office was established.", period="2022")
    assert ("errors.serious.determined", "total", "2021", 0) in got


def test_none_of_the_errors_was_serious(rec):
    got = found(rec, "The Commissioner found that none of the errors reported in 2021 was serious.", period="2022")
    assert got == {("errors.serious.determined", "total", "2021", 0)}


def test_the_same_report_opening_a_paragraph_and_the_sentence_after_it(rec):
    got = found(rec, "In 2017 public authorities obtained 757,977 items of communications data.",
                "The same report found 926 communications data errors. The Commissioner judged twenty-four of the "
                "errors he investigated to be serious, out of thirty-three investigations.", period="2021")
    assert {("cd.errors", "total", "2017", 926), ("errors.serious.determined", "total", "2017", 24),
            ("errors.serious.investigations", "", "2017", 33)} <= got
    # ("On those visits they examined 1,148 warrants": a main clause, not a relative one)
    got = found(rec, "In 2015 the inspectors made 72 visits to interception agencies. On those visits they examined "
                     "1,148 interception warrants, more than "
                     "a third of all those issued that year.", period="2016")
    assert ("interception.warrants.examined", "", "2015", 1148) in got


def test_authorities_granted_a_number_are_not_a_count_of_authorities(rec):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context
    page = PageContent(1, 595, 842, [
        Block("More than 600 public authorities can use one power or another, according to the report for 2024.",
              [], (60, 100, 500, 120), "paragraph"),
        Block("Law enforcement agencies were granted 1,958 CHIS authorisations in 2018 and 1,866 in 2019. Other "
              "public authorities, outside law enforcement and councils, were granted eleven in 2019.", [],
              (60, 130, 500, 160), "paragraph")], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2025"))}
    assert ("chis.authorisations", "other_public_authorities", "2019", 11) in got
    assert not any(k[0] == "context.public_authorities" and k[3] == 11 for k in got)


def test_such_after_a_heading_points_back_to_the_last_figure_given(rec):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context
    page = PageContent(1, 595, 842, [
        Block("The Government should set out why law enforcement agencies were granted 1,866 covert human "
              "intelligence source authorisations in 2019, against 1,958 in 2018.", [], (60, 100, 500, 130), "heading"),
        Block("Government response", [], (60, 140, 500, 150), "heading"),
        Block("7. The Government welcomes the fall. Other public authorities were granted only eleven such "
              "authorisations in 2019.", [], (60, 160, 500, 190), "paragraph")], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2020"))}
    assert ("chis.authorisations", "other_public_authorities", "2019", 11) in got


def test_a_run_of_parts_named_by_what_they_do(rec):
    got = found(rec, "The Commissioner recorded 903 errors in 2018, and the breakdown is revealing: single points of "
                     "contact, the specialist officers who handle requests, made 381; the investigators who applied "
                     "made 360; the senior officers who approved them made only 22.", period="2020")
    assert {("cd.errors", "spoc", "2018", 381), ("cd.errors", "applicant", "2018", 360),
            ("cd.errors", "designated_person", "2018", 22)} <= got


def test_you_find_restates_the_count_for_another_year(rec):
    got = found(rec, "In 2018 public authorities obtained 808,214 items of communications data. Go back to 2015 and "
                     "you find 761,702.", period="2020")
    assert ("cd.items", "total", "2015", 761702) in got


def test_mistakes_are_errors(rec):
    got = found(rec, "In 2018 the phone companies themselves made 140 of the communications data mistakes.", period="2020")
    assert ("cd.errors", "csp", "2018", 140) in got


def test_a_share_in_words_carries_its_own_unit(rec):
    got = found(rec, "By 2015 the oral route accounted for eleven per cent of items, and in 2016 for ten per cent.",
                period="2020")
    assert {("cd.urgent_oral.share", "", "2015", 11), ("cd.urgent_oral.share", "", "2016", 10)} <= got


def test_the_increase_in_a_when_clause_after_a_year(rec):
    got = found(rec, "The number of warrants rose by just over 17.5% in 2017. That is the largest rise since 2012, when "
                     "the increase was 16%.", period="2019")
    assert ("interception.warrants.issued.change", "total", "2012", 16) in got
    # (a when clause dating its own figure otherwise keeps that date)
    got = found(rec, "Our founders started the Trust in 2014, when the Commissioner reported that 2,760 interception "
                     "warrants had been issued in 2013.", period="2025")
    assert got == {("interception.warrants.issued", "total", "2013", 2760)}


def test_a_share_of_a_part_only_one_metric_has(rec):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context
    page = PageContent(1, 595, 842, [
        Block("The Commissioner's report for 2017 counted 3,535 interception warrants.", [], (60, 100, 500, 120), "paragraph"),
        Block("4. Conclusions", [], (60, 130, 500, 140), "heading"),
        Block("The share for serious crime barely moves: it was 68% in 2014 and 65% in 2015.", [],
              (60, 150, 500, 170), "bullet")], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2018"))}
    assert {("interception.warrants.issued.share", "serious_crime", "2014", 68),
            ("interception.warrants.issued.share", "serious_crime", "2015", 65)} <= got
    # (a part several metrics have, with no figure of either before, names none)
    assert found(rec, "The share for national security was 6% in 2016.", period="2017") == set()


def test_a_figure_given_for_part_of_the_year_elsewhere_takes_that_part(rec):
    from pipeline.model import Block, Cell, DocumentContent, PageContent, Table
    from pipeline.recognize import Recognizer
    prose = PageContent(1, 595, 842, [Block("Of the 1,088 communications data errors in 2006, 787 were attributable to "
                                            "public authorities and 301 to CSPs.", [], (60, 100, 500, 130), "paragraph")], [])
    rows = [["Period", "Communications data errors"], ["Apr-Dec 2006", "1,088"]]
    table = Table(2, [[Cell(x, (0, 0, 1, 1)) for x in r] for r in rows], (0, 0, 500, 300), header_rows=1,
                  caption="Table 4 Errors reported")
    tables = PageContent(2, 595, 842, [], [table])
    doc = DocumentContent("r.pdf", "abc", [prose, tables], title="Briefing", report_year=2020)
    got = {(o.metric, o.category, o.period, o.value) for o in Recognizer().recognize_document(doc) if o.page == 1}
    assert {("cd.errors", "total", "2006-04/2006-12", 1088), ("cd.errors", "public_authorities", "2006-04/2006-12", 787),
            ("cd.errors", "csp", "2006-04/2006-12", 301)} <= got


def test_the_nine_month_figure_for_a_year_is_for_the_nine_months_named(rec):
    got = found(rec, "The first reports covered nine months, April to December 2006. Public authorities made 253,557 "
                     "requests for communications data in that period.",
                "Interception warrants suffer from the same problem. The nine-month figure for 2006 was 1,435 warrants.",
                period="2021")
    assert ("interception.warrants.issued", "total", "2006-04/2006-12", 1435) in got


def test_a_change_named_by_its_year(rec):
    got = found(rec, "Warrants numbered 2,760 (2013) and 3,059 (2015), with the 2013 fall put at 19% by the "
                     "Commissioner.", period="2021")
    assert ("interception.warrants.issued.change", "total", "2013", -19) in got


def test_a_whole_that_is_itself_a_part(rec):
    got = found(rec, "In the nine months from April to December 2017 the Department for Work and Pensions granted 792 "
                     "of the 933 directed surveillance authorisations made by public authorities other than the police.",
                period="2025")
    assert {("directed_surveillance.authorisations", "dwp", "2017-04/2017-12", 792),
            ("directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12", 933)} <= got
    # (a whole that says nothing of whose stays the total)
    got = found(rec, "Service providers caused 140 of the 903 communications data errors reported in 2018.", period="2019")
    assert ("cd.errors", "total", "2018", 903) in got


def test_a_pronoun_doing_what_is_counted_is_the_part_named_before(rec):
    got = found(rec, "Nationally, the Department for Work and Pensions is by far the heaviest user among the smaller "
                     "bodies. In the nine months from April to December 2017 it granted 792 of the 933 directed "
                     "surveillance authorisations made by public authorities other than the police.", period="2025")
    assert ("directed_surveillance.authorisations", "dwp", "2017-04/2017-12", 792) in got


def test_who_reported_errors_by_pronoun_is_not_who_made_them(rec):
    got = found(rec, "Reported communications data errors roughly rose by half between 2009 and 2012. By 2019 public "
                     "authorities reported 1,063 of them.", period="2024")
    assert ("cd.errors", "total", "2019", 1063) in got


def test_authorisations_across_every_power(rec):
    got = found(rec, "Public bodies across the UK made just under 360,000 authorisations to use investigatory powers "
                     "in 2023.", "Across every power the Commissioner oversees, there were nearly 360,000 authorisations "
                "in 2023.", period="2025")
    assert got == {("authorisations.all_powers", "", "2023", 360000)}


def test_service_providers_make_communications_data_errors(rec):
    got = found(rec, "Service providers caused 12.5% of the 2013 errors and public authorities 87.5%.", period="2015")
    assert {("cd.errors.share", "csp", "2013", 12.5), ("cd.errors.share", "public_authorities", "2013", 87.5)} <= got


def test_items_related_to_telephones(rec):
    got = found(rec, "In 2018 local authorities obtained 647 items of subscriber information. Of their items, 92% "
                     "related to telephones.", period="2019")
    assert ("cd.items.comms_type.share", "telephony", "2018", 92) in got


def test_a_share_after_with_goes_on_with_the_run(rec):
    got = found(rec, "The reviewers point to the Commissioner's 2015 breakdown of the people whose data was sought: "
                     "63.6% related to suspects, 9.1% to associates and 1.6% to witnesses, with 3.9% relating to "
                     "vulnerable people.", period="2021")
    assert ("cd.items.person_type.share", "vulnerable_person", "2015", 3.9) in got


def test_shares_after_a_sentence_without_figures_go_on_from_the_paragraph_before(rec):
    got = found(rec, "In 2015 suspects accounted for 63.6% of items of communications data.",
                "The rest will surprise some readers. Vulnerable people, often missing persons, made up 3.9%.",
                period="2015")
    assert ("cd.items.person_type.share", "vulnerable_person", "2015", 3.9) in got


def test_shares_for_purposes_named_before_them(rec):
    got = found(rec, "For the prevention or detection of crime in 83% of applications in 2016, to prevent death or "
                     "injury in 11% and for national security in 6%.", period="2025")
    m = "cd.applications.purpose.share"
    assert {(m, "prevent_detect_crime", "2016", 83), (m, "prevent_death_injury", "2016", 11),
            (m, "national_security", "2016", 6)} <= got


def test_a_text_with_no_period_of_its_own_goes_on_from_the_paragraph_before(rec):
    got = found(rec, "In its report on 2016 the office gave two different totals for communications data errors: the "
                     "covering letter said 1,200, the chapter on errors 1,101.",
                "Of the errors the chapter counts, single points of contact made 43.3%, applicants 39.4%.", period=None)
    assert {("cd.errors.share", "spoc", "2016", 43.3), ("cd.errors.share", "applicant", "2016", 39.4)} <= got


def test_durations_and_general_statements_are_no_counts(rec):
    assert found(rec, "Covert human intelligence sources were authorised 1,866 times in 2019. The authorisation of a "
                      "juvenile source lasts for 4 months rather than 12.", period="2020") == \
        {("chis.authorisations", "total", "2019", 1866)}
    assert found(rec, "Items are counted as the Commissioner counts them; one application can cover several items.",
                 period="2020") == set()


def test_applications_to_identify_or_confirm_a_source(rec):
    got = found(rec, "In 2024 investigators made 157 applications for the communications data of journalists.",
                "Of the journalist applications, 106 were to identify or confirm a source.", period=None)
    assert ("cd.applications.journalistic_source", "", "2024", 106) in got


def test_a_part_then_the_noun_of_what_it_is_a_part_of(rec):
    got = found(rec, "Put as shares, amber ratings were 55% of the 2015 recommendations and red ratings 8%.",
                "In 2018 subscriber data made up 647 items and service use data 87.", period="2019")
    assert {("recommendations.share", "amber", "2015", 55), ("recommendations.share", "red", "2015", 8),
            ("cd.items.data_type", "subscriber", "2018", 647), ("cd.items.data_type", "service_use", "2018", 87)} <= got


def test_after_with_a_noun_is_a_phrase_after_with_a_verb_a_clause(rec):
    got = found(rec, "The interception agencies received 74 recommendations after inspection in 2015, against 65 in "
                     "2013.", period="2023")
    assert {("recommendations", "total", "2015", 74), ("recommendations", "total", "2013", 65)} <= got
    got = found(rec, "We issued a fine of £20m to British Airways after a cyber incident in 2018 exposed the personal "
                     "data of its customers.", period="2020/21")
    assert not any(k[2] == "2018" for k in got)


def test_a_penalty_of_the_organisation_named_before_in_the_sentences_kind_of_year(rec):
    got = found(rec, "5. You asked about the Cabinet Office. A penalty of £500,000 was issued in December 2021 "
                     "(2021/22) for the disclosure of the New Year Honours list addresses; on appeal it was reduced "
                     "to £50,000 by consent in November 2022.", period="2022")
    assert {("ico.fines", "cabinet_office", "2021-04/2022-03", 500000),
            ("ico.fines", "cabinet_office", "2022-04/2023-03", 50000)} <= got
    # (penalties in the plural are no one organisation's)
    got = found(rec, "You asked about the Cabinet Office. In 2019 the penalties issued came to £900,000.", period="2020")
    assert not any(k[1] == "cabinet_office" for k in got)


def test_a_penalty_dated_by_the_month_it_was_issued(rec):
    got = found(rec, "The Cabinet Office penalty is the odd one: £500,000 when it was issued in December 2021.",
                period="2019")
    assert got == {("ico.fines", "cabinet_office", "2021", 500000)}


def test_issued_under_it_brings_the_procedure_named_before(rec):
    got = found(rec, "The urgency procedure is said to be used sparingly. In 2016, 67 warrants were issued under it, "
                     "approximately 2.2% of the total.", period="2019")
    assert {("interception.warrants.urgent", "", "2016", 67), ("interception.warrants.urgent.share", "", "2016", 2.2)} <= got


def test_of_their_is_the_part_named_before(rec):
    got = found(rec, "In 2016-17 law enforcement agencies were granted 6,237 directed surveillance authorisations; on "
                     "31 March 2017, 808 of their authorisations were extant.", period="2018")
    assert ("directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31", 808) in got


def test_and_the_opens_the_next_item_not_this_ones_part(rec):
    got = found(rec, "Of the 903 communications data errors in 2018, single points of contact — the specialist "
                     "officers who handle requests — made 381 and the officers asking for the data 360.", period="2019")
    assert {("cd.errors", "spoc", "2018", 381), ("cd.errors", "applicant", "2018", 360)} <= got


def test_a_change_set_after_its_counts_clause_and_the_base_it_names(rec):
    got = found(rec, "Our founders started the Trust in 2014, when the Commissioner reported that 2,760 interception "
                     "warrants had been issued in 2013, a fall of 19% on the year before, and that public authorities "
                     "had made 42,293 urgent oral requests for communications data.", period="2025")
    assert {("interception.warrants.issued.change", "total", "2013", -19), ("cd.urgent_oral", "", "2013", 42293)} <= got


def test_a_signed_share_item_is_the_change_of_the_count_item_before_it(rec):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context
    items = ["SENSITIVE-PROFESSION APPLICATIONS 1,320 CD applications, 2018",
             "INTERCEPTION WARRANTS ISSUED 3,535 warrants in 2017", "▲ 17.5% on 2016"]
    page = PageContent(1, 595, 842, [Block(t, [], (60, 100 + 30 * i, 500, 120 + 30 * i), "bullet")
                                     for i, t in enumerate(items)], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2018"))}
    assert ("interception.warrants.issued.change", "total", "2017", 17.5) in got


def test_bids_to_find_a_source_and_requests_for_data(rec):
    got = {(o.metric, o.period, o.value) for o in text_observations(
        rec, "200,665 requests for data approved", "15 bids to find a journalist's source", period="2019", kind="bullet")}
    assert {("cd.requests.approved", "2019", 200665), ("cd.applications.journalistic_source", "2019", 15)} <= got


def test_a_share_in_the_interests_of_a_purpose(rec):
    got = found(rec, "The purposes were published for 2016: 83% of applications were to prevent or detect crime, 11% "
                     "to prevent death or injury and 6% in the interests of national security.", period="2023")
    assert ("cd.applications.purpose.share", "national_security", "2016", 6) in got


def test_that_year_after_a_year_named_only_as_a_reports(rec):
    from pipeline.model import Block, PageContent
    from pipeline.recognize import Context
    page = PageContent(1, 595, 842, [
        Block("In its report on 2016 the office gave two different totals for communications data errors: the "
              "covering letter said 1,200, the chapter on errors 1,101.", [], (60, 100, 500, 130), "paragraph"),
        Block("The numbers are not secret.", [], (60, 140, 500, 150), "heading"),
        Block("Why were the data wanted? For the prevention or detection of crime in 83% of applications that "
              "year, to prevent death or injury in 11% and for national security in 6%.", [], (60, 160, 500, 190),
              "paragraph")], [])
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", None))}
    assert ("cd.applications.purpose.share", "prevent_detect_crime", "2016", 83) in got


def test_shares_of_returned_applications_by_reason_in_either_order(rec):
    m = "cd.applications.returned.share"
    got = found(rec, "Applications sent back by the gatekeepers tell their own story. In 2016 21% were returned because "
                     "they were unclear or poorly written, 5% at the request of the single point of contact and 16% for "
                     "other reasons.", period="2017")
    assert {(m, "clarity_quality", "2016", 21), (m, "spoc_request_return", "2016", 5), (m, "other", "2016", 16)} <= got
    got = found(rec, "In 2016 single points of contact were responsible for 43.5% of errors. Designated persons "
                     "returned applications for clarity or quality in 21% of cases and at the request of the single "
                     "point of contact in 5%.", period="2017")
    assert {(m, "clarity_quality", "2016", 21), (m, "spoc_request_return", "2016", 5)} <= got


def test_such_errors_of_the_finer_kind_the_sentence_named_and_the_next_part(rec):
    got = found(rec, "Of the errors reported in 2018, 381 were attributed to single points of contact.",
                "Errors involving the wrong time or date remain common: in 2018 single points of contact made 199 "
                "such errors and service providers 50.", period="2021")
    assert {("cd.errors.time_date", "spoc", "2018", 199), ("cd.errors.time_date", "csp", "2018", 50)} <= got


def test_a_share_returned_at_a_spocs_request(rec):
    got = found(rec, "In 2016, 21% of applications sent back were returned for clarity or quality, 5% at a SPoC’s "
                     "request and 16% for other reasons.", period="2017")
    assert ("cd.applications.returned.share", "spoc_request_return", "2016", 5) in got


def test_numbers_in_brackets_after_a_noun_no_metric_counts_are_its_own_numbers(rec):
    got = found(rec, "Urgent oral requests rose from 42,293 in 2013 to 55,346 in 2014. As a share of all applications "
                     "they then settled at 11% in 2015 and 10% in 2016, which two interviewees (4 and 11) put down to "
                     "better training.", period="2020")
    assert not any(k[3] in (4,) or (k[3] == 11 and k[0] != "cd.urgent_oral.share") for k in got)
    # (a count in brackets after what it counts stays one)
    got = found(rec, "In 2018 there were 1,320 applications about sensitive professions. Then ministers of religion "
                     "(272) and lawyers (234) followed.", period="2019")
    assert ("cd.applications.sensitive_profession", "lawyer", "2018", 234) in got


def test_an_age_set_off_by_commas_after_a_person(rec):
    got = found(rec, "A profile of a criminal barrister, 52, said that lawyers had been the subject of 219 "
                     "communications data applications in 2024.", period="2023")
    assert got == {("cd.applications.sensitive_profession", "lawyer", "2024", 219)}


def test_a_pronoun_opening_a_statement_stands_for_the_noun_before_the_semicolon(rec):
    got = found(rec, "In the last three months of 2007 alone, public authorities reported 99 communications data errors.",
                "2 Complaints to the Investigatory Powers Tribunal remained few; it received 157 in 2009.", period="2023")
    assert ("ipt.complaints", "", "2009", 157) in got
    assert not any(k[0] == "cd.errors" and k[3] == 157 for k in got)
