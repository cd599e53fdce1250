"""Recognition stage on its own: blocks and tables built by hand, no PDF involved."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from pipeline import grammar
from pipeline.model import Block, Cell, Table, TextSpan
from pipeline.recognize import Context, report_period


def block(text: str, kind: str = "paragraph") -> Block:
    # One span per word so bbox_of can be checked against the word that holds the number.
    spans, pos = [], 0
    for i, word in enumerate(text.split(" ")):
        spans.append(TextSpan(pos, pos + len(word), (10.0 * i, 100.0, 10.0 * i + 9, 110.0)))
        pos += len(word) + 1
    return Block(text, spans, (0, 100, 500, 110), kind)


def found(rec, text, period="2018", heading="", kind="paragraph"):
    ctx = Context("r.pdf", "abc", period, heading=heading)
    return {(o.metric, o.category, o.period, o.value, o.unit, o.qualifier, o.method)
            for o in rec.recognize_block(block(text, kind), 3, ctx, "list" if kind == "bullet" else "sentence")}


def test_several_years_in_one_sentence(rec):
    got = found(rec, "808,214 items of communications data were obtained in 2018, a slight rise "
                     "from 757,977 in 2017 and 754,559 in 2016.")
    assert got == {
        ("cd.items", "total", "2018", 808214, "items", "", "sentence"),
        ("cd.items", "total", "2017", 757977, "items", "", "sentence"),
        ("cd.items", "total", "2016", 754559, "items", "", "sentence"),
    }


def test_bracketed_earlier_years(rec):
    got = found(rec, "In 2017, 757,977 items of communications data were acquired, similar to "
                     "2016 (754,559 items) and 2015 (761,702 items).", period="2017")
    assert {(m, p, v) for m, _, p, v, *_ in got} == {
        ("cd.items", "2017", 757977), ("cd.items", "2016", 754559), ("cd.items", "2015", 761702)}


def test_categories_after_and_before_numbers(rec):
    got = found(rec, "Of the applications concerning sensitive professions, 219 concerned lawyers "
                     "and 157 concerned journalists.", period="2024")
    assert ("cd.applications.sensitive_profession", "lawyer", "2024", 219, "applications", "", "sentence") in got
    assert ("cd.applications.sensitive_profession", "journalist", "2024", 157, "applications", "", "sentence") in got
    got = found(rec, "Lawyers (234), journalists (203) and Members of Parliament (113) were the "
                     "subject of applications relating to sensitive professions.")
    assert {(c, v) for _, c, _, v, *_ in got} == {("lawyer", 234), ("journalist", 203), ("member_of_parliament", 113)}


def test_specific_metric_wins_over_generic(rec):
    got = found(rec, "We approved 106 applications to identify a journalist's source under "
                     "section 77 of the Act.", period="2024")
    assert got == {("cd.applications.journalistic_source", "", "2024", 106, "applications", "", "sentence")}


def test_impostors_are_not_statistics(rec):
    text = ("Paragraph 3.10 sets out section 22(2) of the Act; see page 114, Table 3, Figure 15 and "
            "Annex D of the communications data chapter. The report was laid on 31 December 2018. "
            "Call 0303 123 1113 or write to SW1A 2AA quoting FOI 2025/01234 about applications.")
    assert found(rec, text) == set()


def test_change_is_not_a_level_and_takes_its_sign_from_words(rec):
    got = found(rec, "A total of 3,535 interception warrants were issued in 2017, up just over "
                     "17.5% on the year before.", period="2017")
    assert ("interception.warrants.issued", "total", "2017", 3535, "warrants", "", "sentence") in got
    assert ("interception.warrants.issued.change", "total", "2017", 17.5, "percent", "over", "sentence") in got
    got = found(rec, "The number of interception warrants fell, a reduction of 19% on the previous year.",
                period="2013")
    assert ("interception.warrants.issued.change", "total", "2013", -19, "percent", "", "sentence") in got


def test_share_count_and_denominator(rec):
    got = found(rec, "67 of the 3,007 interception warrants (approximately 2.2%) were approved urgently.",
                period="2016")
    assert ("interception.warrants.urgent", "", "2016", 67, "warrants", "", "sentence") in got
    assert ("interception.warrants.issued", "total", "2016", 3007, "warrants", "", "sentence") in got
    assert ("interception.warrants.urgent.share", "", "2016", 2.2, "percent", "approximately", "sentence") in got


def test_numbers_in_words(rec):
    got = found(rec, "There were no serious interception errors and seven communications data errors.",
                period="2019")
    # "no serious interception errors" says none was serious, not that none happened
    assert ("errors.serious.determined", "interception", "2019", 0, "errors", "", "words") in got
    assert ("cd.errors", "total", "2019", 7, "errors", "", "words") in got
    # a word number without its noun is not trusted
    assert found(rec, "One of the communications data errors was serious.") == set()


def test_money_and_financial_year(rec):
    got = found(rec, "The ICO fined British Airways £20m and Marriott Hotels £18.4 million in 2020-21.")
    assert ("ico.fines", "british_airways", "2020-04/2021-03", 20_000_000, "GBP", "", "sentence") in got
    assert ("ico.fines", "marriott", "2020-04/2021-03", 18_400_000, "GBP", "", "sentence") in got


def test_stock_at_a_date_and_qualifier(rec):
    got = found(rec, "On 31 December 2016, 1,234 interception warrants were in force.", period="2016")
    assert ("interception.warrants.in_force", "", "2016-12-31", 1234, "warrants", "", "sentence") in got
    got = found(rec, "The Commissioner oversees over 600 public authorities.", period="2020")
    assert ("context.public_authorities", "", "2020", 600, "authorities", "over", "sentence") in got


def test_glued_footnote_marker_split(rec):
    got = found(rec, "In 2015, 761,70244 items of communications data were obtained.", period="2015")
    assert got == {("cd.items", "total", "2015", 761702, "items", "", "sentence")}


def test_bbox_points_at_the_number(rec):
    ctx = Context("r.pdf", "abc", "2018")
    obs = rec.recognize_block(block("In 2018, 808,214 items of communications data were obtained."), 3, ctx)
    assert len(obs) == 1 and obs[0].bbox == "20.0,100.0,29.0,110.0"  # third word
    assert obs[0].quote.startswith("In 2018, 808,214 items") and obs[0].page == 3


def test_unruled_label_value_table(rec):
    def c(t):
        return Cell(t, (0, 0, 1, 1))
    rows = [[c("Profession"), c("Applications")], [c("Lawyer"), c("234")], [c("Journalist"), c("203")],
            [c("Medical Doctor"), c("498")], [c("Total"), c("1,320")], [c("Other"), c("–")]]
    t = Table(page=5, rows=rows, bbox=(0, 0, 1, 1), header_rows=1,
              caption="Table 4: Applications for communications data relating to sensitive professions, 2018")
    obs = rec.recognize_table(t, Context("r.pdf", "abc", "2018"))
    got = {(o.metric, o.category, o.period, o.value, o.method) for o in obs}
    assert got == {
        ("cd.applications.sensitive_profession", "lawyer", "2018", 234, "table"),
        ("cd.applications.sensitive_profession", "journalist", "2018", 203, "table"),
        ("cd.applications.sensitive_profession", "medical_doctor", "2018", 498, "table"),
        ("cd.applications.sensitive_profession", "total", "2018", 1320, "table"),
    }  # the dash is missing, not zero
    assert all(o.quote for o in obs)


def test_table_with_year_columns(rec):
    def c(t):
        return Cell(t, (0, 0, 1, 1))
    rows = [[c("Company"), c("2024"), c("2025")], [c("LycaMobile"), c("15,702"), c("93,527")],
            [c("Vodafone"), c("Exempt"), c("Exempt")]]
    t = Table(page=2, rows=rows, bbox=(0, 0, 1, 1), header_rows=1,
              title="Requests for communications data made to telecommunications companies")
    obs = rec.recognize_table(t, Context("foi.pdf", "abc", None))
    assert {(o.metric, o.category, o.period, o.value) for o in obs} == {
        ("cd.requests.company", "lycamobile", "2024", 15702), ("cd.requests.company", "lycamobile", "2025", 93527)}


def test_report_period():
    assert report_period("IPCO Annual Report 2018", "") == "2018"
    assert report_period("", "Annual Report of the Interception of Communications Commissioner for 2016") == "2016"
    assert report_period("Information Commissioner's Annual Report 2020-21", "") == "2020-04/2021-03"
    assert report_period("Freedom of Information request FOI 2025/01234", "Dear Requester") is None
    # published in March 2015, about 2014
    assert report_period("Report of the Interception of Communications Commissioner - March 2015", "") == "2014"


def test_periods_grammar():
    got = [(p.text, p.period, p.kind) for p in grammar.parse_periods(
        "from 1 April to 31 December 2017, in 2016-17, 2019/20, April-December 2006 and on 31 December 2017")]
    assert got == [("1 April to 31 December 2017", "2017-04/2017-12", "part"),
                   ("2016-17", "2016-04/2017-03", "fy"), ("2019/20", "2019-04/2020-03", "fy"),
                   ("April-December 2006", "2006-04/2006-12", "part"),
                   ("31 December 2017", "2017-12-31", "date")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,.%£ -–/()abcmnoprstuyADJ\n")), max_size=60))
def test_grammar_never_raises_and_values_come_from_the_text(text):
    for n in grammar.parse_numbers(text) + grammar.parse_word_numbers(text):
        assert text[n.start:n.end] == n.text
        digits = n.text.replace(",", "")
        if n.kind == "digits":
            assert any(ch.isdigit() for ch in digits)
    for p in grammar.parse_periods(text):
        assert text[p.start:p.end] == p.text


def test_part_year_and_annualised_figure(rec):
    got = found(rec, "Between 1 April and 31 December 2017, 186 intrusive surveillance authorisations were "
                     "granted to law enforcement, an annualised figure of 248.", period="2017")
    assert got == {
        ("intrusive_surveillance.authorisations", "", "2017-04/2017-12", 186, "authorisations", "", "sentence"),
        ("intrusive_surveillance.authorisations.annualised", "", "2017", 248, "authorisations", "", "sentence"),
    }


def test_relative_and_since_periods(rec):
    got = found(rec, "In the previous year 2,795 interception warrants were issued.", period="2015")
    assert {(m, p, v) for m, _, p, v, *_ in got} == {("interception.warrants.issued", "2014", 2795)}
    got = found(rec, "Since January 2024, 15,702 requests for communications data have been made.", period="2024")
    assert {(p, v) for _, _, p, v, *_ in got} == {("2024", 15702)}


def test_rag_split_in_brackets(rec):
    got = found(rec, "The inspections resulted in 104 recommendations (7 Red, 68 Amber and 29 Green).")
    assert {(c, v) for _, c, _, v, *_ in got} == {("total", 104), ("red", 7), ("amber", 68), ("green", 29)}


def test_bounds_kept_as_qualifiers(rec):
    got = found(rec, "Just under 360,000 authorisations were made across all investigatory powers in 2023.")
    assert got == {("authorisations.all_powers", "", "2023", 360000, "authorisations", "under", "sentence")}
    got = found(rec, "In excess of 600 public authorities are overseen by the Commissioner.")
    assert {(v, q) for _, _, _, v, _, q, _ in got} == {(600, "over")}


def test_subcount_in_brackets_is_not_a_separate_level(rec):
    got = found(rec, "There were 199 (66 IP) errors attributable to SPoCs in the acquisition of "
                     "communications data.", period="2018")
    assert got == {("cd.errors", "spoc", "2018", 199, "errors", "", "sentence")}


def test_month_in_a_financial_year_report(rec):
    got = found(rec, "The penalty of £500,000 issued to the Cabinet Office in December 2021 was reduced "
                     "to £50,000 on appeal in November 2022.", period="2022-04/2023-03")
    assert {(c, p, v) for _, c, p, v, *_ in got} == {
        ("cabinet_office", "2021-04/2022-03", 500000), ("cabinet_office", "2022-04/2023-03", 50000)}


def test_parts_adding_up_to_their_total_raise_confidence(rec):
    def c(t):
        return Cell(t, (0, 0, 1, 1))
    caption = "Table 4: Applications for communications data relating to sensitive professions, 2018"
    ctx = Context("r.pdf", "abc", "2018")
    adds_up = Table(page=5, rows=[[c("Lawyer"), c("234")], [c("Journalist"), c("203")], [c("Total"), c("437")]],
                    bbox=(0, 0, 1, 1), caption=caption)
    off = Table(page=5, rows=[[c("Lawyer"), c("234")], [c("Journalist"), c("203")], [c("Total"), c("500")]],
                bbox=(0, 0, 1, 1), caption=caption)
    from pipeline.recognize import _cross_check
    good = _cross_check(rec.recognize_table(adds_up, ctx))
    bad = _cross_check(rec.recognize_table(off, ctx))
    assert {o.confidence for o in good} == {0.95} and {o.confidence for o in bad} == {0.9}


def test_more_period_grammar():
    periods = lambda t: [(p.text, p.period, p.kind) for p in grammar.parse_periods(t)]
    assert periods("in the nine months from 1 April 2006") == [("nine months from 1 April 2006", "2006-04/2006-12", "part")]
    assert periods("01/04/17–31/12/17") == [("01/04/17–31/12/17", "2017-04/2017-12", "part")]
    assert periods("between April and December 2017") == [("between April and December 2017", "2017-04/2017-12", "part")]
    assert periods("April and December 2017")[0][2] != "part"  # no "between": two separate mentions
    assert periods("under the Police Act 1997 in 2017") == [("2017", "2017", "year")]  # a statute's year
    assert periods("since January 2024") == [("since January 2024", "2024-01", "since")]
    assert grammar.period_since("2024-01", "2024") == "2024"
    assert grammar.period_containing("2021-12", "2022-04/2023-03") == "2021-04/2022-03"


def test_ellipsis_and_row_metrics(rec):
    got = found(rec, "Inspectors examined 600 interception warrants in 2013 and 1,148 in 2015.")
    assert {(m, p, v) for m, _, p, v, *_ in got} == {
        ("interception.warrants.examined", "2013", 600), ("interception.warrants.examined", "2015", 1148)}

    def c(t):
        return Cell(t, (0, 0, 1, 1))
    summary = Table(page=2, rows=[[c(""), c("2017"), c("2016")],
                                  [c("Interception warrants issued"), c("3,535"), c("3,007")],
                                  [c("Items of communications data acquired"), c("757,977"), c("754,559")],
                                  [c("Errors determined to be serious"), c("24"), c("–")]],
                    bbox=(0, 0, 1, 1), header_rows=1, caption="Table 1: Headline statistics, 2017 and 2016")
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_table(summary, Context("r.pdf", "a", "2017"))}
    assert got == {("interception.warrants.issued", "total", "2017", 3535),
                   ("interception.warrants.issued", "total", "2016", 3007),
                   ("cd.items", "total", "2017", 757977), ("cd.items", "total", "2016", 754559),
                   ("errors.serious.determined", "total", "2017", 24)}
    by_year = Table(page=7, rows=[[c("Year"), c("Warrants issued")], [c("2012"), c("3,372")], [c("2013"), c("2,760")]],
                    bbox=(0, 0, 1, 1), header_rows=1, title="Interception warrants issued, 2012 to 2013")
    got = {(o.metric, o.period, o.value) for o in rec.recognize_table(by_year, Context("r.pdf", "a", "2017"))}
    assert got == {("interception.warrants.issued", "2012", 3372), ("interception.warrants.issued", "2013", 2760)}
