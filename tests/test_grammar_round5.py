"""Round 5 of the number and period grammar (issue 4): money in every form a UK report prints
it, thousands set off by spaces, money in words, and ISO periods. Strings written for the
tests, not taken from the corpora."""
from __future__ import annotations


import pytest

from pipeline import grammar
from recognize_helpers import text_observations


def nums(text: str) -> list[tuple[str, float, str]]:
    return [(n.text, n.value, n.unit) for n in grammar.parse_numbers(text)]


def values(text: str) -> list[float]:
    return [n.value for n in grammar.parse_numbers(text)]


# -- money ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, printed, value", [
    ("a penalty of £20,000,000 was imposed", "£20,000,000", 20_000_000),
    ("fined £18.4m for failing", "£18.4m", 18_400_000),
    ("a penalty of £18.4 million for failing", "£18.4 million", 18_400_000),
    ("was fined GBP 7.5 million in May 2022", "GBP 7.5 million", 7_500_000),
    ("was fined GBP4,400,000 in October", "GBP4,400,000", 4_400_000),
    ("a fine of GBP 4.4m was", "GBP 4.4m", 4_400_000),
    ("reduced to £500k on appeal", "£500k", 500_000),
    ("costs of £1.5bn a year", "£1.5bn", 1_500_000_000),
    ("a penalty of £2 billion", "£2 billion", 2_000_000_000),
    ("a fine of £50 thousand", "£50 thousand", 50_000),
    ("a penalty of 20,000,000 pounds was", "20,000,000 pounds", 20_000_000),
    ("fined 4.4 million pounds", "4.4 million pounds", 4_400_000),
    ("fined 7.5 million GBP", "7.5 million GBP", 7_500_000),
    ("a penalty of £20 000 000 was", "£20 000 000", 20_000_000),
])
def test_money_in_pounds(text, printed, value):
    got = [n for n in grammar.parse_numbers(text) if n.unit == "GBP"]
    assert [(n.text, n.value) for n in got] == [(printed, value)]
    assert text[got[0].start:got[0].end] == printed


def test_money_is_never_a_percentage_nor_a_bare_multiplier():
    assert nums("up 5% to £18.4m") == [("5%", 5, "percent"), ("£18.4m", 18_400_000, "GBP")]
    # "20m" without a currency sign: a length? a count? the number alone is kept
    assert nums("a 20m mast") == [("20", 20, "")]
    assert nums("1.2 million items") == [("1.2 million", 1_200_000, "")]
    assert nums("20 thousand requests") == [("20 thousand", 20_000, "")]


@pytest.mark.parametrize("text, printed, value", [
    ("a penalty of £20,000,000 (twenty million pounds), taking", "twenty million pounds", 20_000_000),
    ("fined fifty thousand pounds", "fifty thousand pounds", 50_000),
    ("two hundred and fifty thousand pounds was paid", "two hundred and fifty thousand pounds", 250_000),
    ("more than a million pounds", "a million pounds", 1_000_000),
    ("Twenty-five million pounds", "Twenty-five million pounds", 25_000_000),
])
def test_money_in_words(text, printed, value):
    got = [(n.text, n.value, n.unit, n.kind) for n in grammar.parse_word_numbers(text)]
    assert got == [(printed, value, "GBP", "words")]  # and not "twenty" = 20 besides


def test_number_words_next_to_money_in_words_are_still_read():
    got = [(n.text, n.value, n.unit) for n in grammar.parse_word_numbers("fifty thousand pounds and seven errors")]
    assert got == [("fifty thousand pounds", 50_000, "GBP"), ("seven", 7, "")]
    assert [n.value for n in grammar.parse_word_numbers("twenty poundage")] == [20]


# -- thousands set off by spaces --------------------------------------------------------------

@pytest.mark.parametrize("text, printed, value", [
    ("In 2018 there were 1 320 applications.", "1 320", 1320),
    ("a total of 20 000 000 items", "20 000 000", 20_000_000),
    ("the total was 1 320.", "1 320", 1320),
    ("(1 320)", "1 320", 1320),
    ("some 500 000 requests", "500 000", 500_000),
    ("1\u202f320 applications", "1\u202f320", 1320),        # narrow no-break space
    ("Total 1\u2009320", "1\u2009320", 1320),               # thin space: one number even at a line end
    ("12 345.5 hours", "12 345.5", 12345.5),
    ("rose 1 320 per cent", "1 320 per cent", 1320),
    ("the Commissioner's 1 320 recommendations", "1 320", 1320),  # "'s" is no section mark
])
def test_thousands_set_off_by_spaces(text, printed, value):
    got = [n for n in grammar.parse_numbers(text) if n.value == value]
    assert [(n.text, n.has_comma) for n in got] == [(printed, True)]
    assert [n.value for n in grammar.parse_numbers(text) if n.value != value and not 1900 <= n.value <= 2100] == []


@pytest.mark.parametrize("text, expected", [
    ("2016 2017", [2016, 2017]),                              # two years
    ("65 34 1 2.5", [65, 34, 1, 2.5]),                        # table cells
    ("see page 12 345 warrants", [12, 345]),                   # a page and a figure
    ("paragraph 3 250 requests", [3, 250]),
    ("No. 12 345 items", [12, 345]),
    ("Table 3 345 warrants", [3, 345]),
    ("To identify a journalist's source (s.77) – – 15 106", [15, 106]),  # a table row as text
    ("Total 1 320", [1, 320]),                                 # a row's cells at a line end
    ("Lawyers 15 106 Journalists 12 203", [15, 106, 12, 203]),
    ("234 203 113 items", [234, 203, 113]),                    # a head of three digits only before 000
    ("In 2019 1 320 applications", [2019, 1, 320]),            # never right after another figure
    ("1 320 200 665 14", [1, 320, 200, 665, 14]),              # nor before one
    ("telephone 01632 960 441", [1632, 960, 441]),
    ("call 0303 123 1113.", [303, 123, 1113]),
    ("1 32 applications", [1, 32]),                            # groups of exactly three digits
    ("1 3200 applications", [1, 3200]),
    ("1\u202f320 000 items", [1, 320, 0]),                      # one separator throughout
])
def test_separate_numbers_are_never_joined(text, expected):
    assert values(text) == expected


def test_references_dates_and_phone_numbers_are_not_statistics(rec):
    got = text_observations(rec, "Under paragraph 3.10, on 12 March 2018, 1 320 applications were made; "
                                 "call 0303 123 1113 or write to SK9 5AF.", period="2018")
    assert {(o.value, o.period) for o in got} == {(1320, "2018")}


def test_spaced_figure_in_a_sentence_is_recognised(rec):
    got = text_observations(rec, "In 2018 there were 1 320 applications for communications data relating to "
                                 "sensitive professions.", period="2018")
    assert {(o.metric, o.category, o.period, o.value) for o in got} == {
        ("cd.applications.sensitive_profession", "total", "2018", 1320)}


def test_money_in_a_sentence_is_a_fine_in_pounds(rec):
    got = text_observations(rec, "Clearview AI Inc was fined GBP 7.5 million in May 2022 for collecting images.",
                            period="2022-04/2023-03")
    assert {(o.metric, o.category, o.period, o.value, o.unit) for o in got} == {
        ("ico.fines", "clearview", "2022-04/2023-03", 7_500_000, "GBP")}


# -- periods ----------------------------------------------------------------------------------

def periods(text):
    return [(p.text, p.period, p.kind) for p in grammar.parse_periods(text)]


def test_iso_periods():
    assert periods("2006-04/2006-12;cd_requests;all;253557") == [("2006-04/2006-12", "2006-04/2006-12", "part")]
    assert periods("2016-04/2017-03;cd_items") == [("2016-04/2017-03", "2016-04/2017-03", "part")]
    assert periods("2017-01/2017-12") == [("2017-01/2017-12", "2017", "part")]
    assert periods("in force at 2017-12-31") == [("2017-12-31", "2017-12-31", "date")]
    assert periods("as at 2017-12 there") == [("2017-12", "2017-12", "month")]


def test_two_digit_years_never_run_backwards():
    # "2017-12" is December 2017, never the years 2017 to 2112
    assert all(p.period != "2017/2112" for p in grammar.parse_periods("2017-12"))
    assert periods("in 2010-12") == [("2010-12", "2010/2012", "range")]
    assert periods("in 2016-17") == [("2016-17", "2016-04/2017-03", "fy")]
    assert periods("in 1999-00") == [("1999-00", "1999-04/2000-03", "fy")]
    # a reference code is no month
    assert [p.kind for p in grammar.parse_periods("Reference ENF-2021-03")] != ["month"]
    assert periods("2017-04/2016-03")[0][2] != "part"  # a span that ends before it starts


# Any text: the properties of all three parsers (values as printed, with spaced thousands
# and money multipliers) are in tests/fuzz/test_properties.py.


def test_a_year_then_a_figure_is_no_range_of_years():
    # "in 2017 – 92.6%" was read as the years 2017 to 2092, losing the year and the share
    def periods(text):
        return [(p.text, p.period, p.kind) for p in grammar.parse_periods(text)]
    assert periods("in 2017 – 92.6% of items") == [("2017", "2017", "year")]
    assert periods("in 2017 - 92 warrants") == [("2017", "2017", "year")]
    assert [(n.text, n.value, n.unit) for n in grammar.parse_numbers("in 2017 – 92.6% of items")] == \
        [("2017", 2017.0, ""), ("92.6%", 92.6, "percent")]
    # ranges and financial years with a two-digit end are still read
    assert periods("in 2012-15") == [("2012-15", "2012/2015", "range")]
    assert periods("in 2016-17 there were") == [("2016-17", "2016-04/2017-03", "fy")]
    assert periods("in 1999-00") == [("1999-00", "1999-04/2000-03", "fy")]
