"""The number and period grammar of the reports, as pure functions over a string.

Kept apart from spaCy so that it can be tested (and fuzzed) on any string: every function
here takes text and returns spans with character offsets into that same text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_BELOW_100 = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:%s))?|%s|ten|eleven|twelve|thirteen"
              r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)" % (_UNITS, _UNITS))
_BELOW_1000 = r"(?:(?:a|%s)\s+hundred(?:\s+(?:and\s+)?%s)?|%s)" % (_BELOW_100, _BELOW_100, _BELOW_100)
# "seven", "forty-two"; "a hundred and twenty", "three thousand five hundred" (looked for only
# in a text with "hundred" or "thousand" in it: the longer pattern costs three times as much)
_WORD_NUM_RE = re.compile(r"\b%s\b" % _BELOW_100, re.IGNORECASE)
_BIG_WORD_NUM_RE = re.compile(
    r"\b(?:(?:a|%s)\s+thousand(?:,?\s+(?:and\s+)?%s)?|%s)\b" % (_BELOW_1000, _BELOW_1000, _BELOW_1000), re.IGNORECASE)
_BIG_WORD_RE = re.compile(r"hundred|thousand", re.IGNORECASE)
# "twenty million pounds", "fifty thousand pounds", "a million pounds": money in words (looked
# for only in a text with "pound" in it)
_WORD_MONEY_RE = re.compile(
    r"\b(?P<n>(?:(?:a|%s)\s+thousand(?:,?\s+(?:and\s+)?%s)?|%s|(?:half\s+)?a(?=\s+(?:million|billion)\b)))(?:\s+(?P<mult>million|billion))?\s+pounds?\b"
    % (_BELOW_1000, _BELOW_1000, _BELOW_1000), re.IGNORECASE)
# "one per cent"
_WORD_PCT_RE = re.compile(r"\s+per\s?cent\b|\s+percent\b|\s?%", re.IGNORECASE)
# "no serious errors", "none of these": zero written as a word.
_ZERO_RE = re.compile(r"\b(no|none|nil|zero)\b", re.IGNORECASE)

# A figure as printed: optional currency, digits with thousands commas (or bare), decimals,
# then optional percent or money multiplier. Lookarounds stop us from reading a number out
# of the middle of a word ("S22A"), a reference ("2025/01234") or a decimal chain ("3.10.2").
# Thousands may also be set off by a space, a thin space or a narrow no-break space
# ("20 000 000", "1\u202f320"): only three-digit groups after a head of one to three digits
# (the head may not start with 0), one separator throughout, never right after another
# figure ("2019 1 320", "01632 960 441") nor before one ("65 340 12": cells of a table row).
# With a plain space, which also parts the cells of a table row set as text ("234 203"), a
# three-digit head is only taken before groups of zeros ("500 000").
# Money: "£18.4m", "GBP 7.5 million", "£500k", "£2 thousand", "20,000,000 pounds".
_SEP = "[ \u00a0\u202f\u2009]"
_NUM_PATTERN = (
    r"(?<![\w/£$.,\-–])"
    r"(?P<cur>(?:£|GBP)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+"
    r"%s"
    r"|\d+)"
    r"(?P<dec>\.\d+)?"
    r"(?P<pct>\s?%%|\s?per\s?cent\b|\s?percent\b)?"
    r"(?P<mult>\s?(?:m\b|bn\b|k\b|million\b|billion\b|thousand\b))?"
    r"(?P<pounds>\s(?:pounds?|GBP)\b)?"
    r"(?![\w/]|\.\d|,\d{3})")
_NUM_RE = re.compile(_NUM_PATTERN % (
    r"|(?<!\d%s)(?:[1-9]\d? \d{3}(?: \d{3})*|[1-9]\d\d 000(?: 000)*"
    r"|[1-9]\d{0,2}(?P<thin>[\u00a0\u202f\u2009])\d{3}(?:(?P=thin)\d{3})*)(?!%s?\d)" % (_SEP, _SEP)))
# the same without spaces in a figure: the groups of "page 12 345" read apart
_NUM_APART_RE = re.compile(_NUM_PATTERN % "")
# Words that make the figure after them a reference ("page 12 345": page 12, then 345): a
# space before a three-digit group there parts two numbers, not thousands.
# (Abbreviations only with their full stop: "the Commissioner's 1 320" is no "s. 1".)
_REF_WORD_BEFORE = re.compile(
    r"\b(?:(?:pages?|paragraphs?|sections?|chapters?|parts?|tables?|figures?|annex(?:es)?|appendix|notes?"
    r"|footnotes?|articles?|clauses?|rules?|schedules?|numbers?|line|box|volume)\.?|(?:pp?|paras?|ss?|figs?|nos?|ref|vol)\.)\s*$",
    re.IGNORECASE)
# A plain space only joins thousands in running prose: the figure is followed by a word
# ("1 320 applications") or punctuation, not by the end of a line or a capitalised cell, and
# not preceded by a missing-value mark of a table ("– – 15 106"). (A currency sign before it,
# or a thin space inside it, is proof enough.)
_PROSE_AFTER = re.compile(r"\s*[.,;:)]|\s+[a-z]")
_CELL_BEFORE = re.compile(r"[–—*\-] $")
_DIGITS_RE = re.compile(r"\d+")
_NON_DIGIT_RE = re.compile(r"\D")
_MONEY_MULT = {"m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "k": 1e3, "thousand": 1e3}
# Thousands-comma number with extra digits glued on the end: a footnote marker that the text
# layer ran into the figure ("761,70244" = 761,702 + note 44). A comma-grouped number can never
# legitimately carry 1-3 extra digits.
_GLUED_FOOTNOTE_RE = re.compile(r"(?<![\w/£$.,])(?P<num>\d{1,3}(?:,\d{3})+)(?P<note>\d{1,3})(?![\d,])")


@dataclass
class NumberMatch:
    start: int
    end: int
    text: str
    value: float
    unit: str = ""          # "" (a count), "percent" or "GBP"
    kind: str = "digits"    # digits | words | zero
    footnote: str = ""      # a marker that was glued to the figure in the text layer
    is_decimal: bool = False
    has_comma: bool = False


def _apart(text: str, m: re.Match) -> bool:
    """Whether a figure matched with spaces between its groups is in fact several figures."""
    start = m.start()
    if _REF_WORD_BEFORE.search(text, max(0, start - 14), start):
        return True  # "page 12 345"
    if " " not in m.group("num") or m.group("cur"):
        return False  # a thin space, or a currency sign: one figure
    return bool(_CELL_BEFORE.search(text, max(0, start - 2), start)) \
        or not (m.group("mult") or m.group("pct") or _PROSE_AFTER.match(text, m.end()))


def _figure(m: re.Match, text: str) -> NumberMatch:
    start = m.start()
    cur, num, dec, pct, mult, pounds = m.group("cur", "num", "dec", "pct", "mult", "pounds")
    spaced = not num.isdigit() and "," not in num
    value = float((_NON_DIGIT_RE.sub("", num) if spaced else num.replace(",", "")) + (dec or ""))
    has_comma = spaced or "," in num
    if (cur or pounds) and not pct:
        # "£18.4m", "GBP 7.5 million", "£500k", "20 million pounds": money, in pounds
        if mult:
            value = round(value * _MONEY_MULT[mult.strip().lower()], 2)
        return NumberMatch(start, m.end(), m.group(0), value, "GBP", is_decimal=bool(dec), has_comma=has_comma)
    if mult or pounds:
        mult = (mult or "").strip().lower()
        if mult in ("million", "billion", "thousand") and not pct:
            # "1.2 million items", "20 thousand requests": a count in millions, written out
            e = m.end("mult")
            return NumberMatch(start, e, text[start:e], float(round(value * _MONEY_MULT[mult])), "",
                               has_comma=has_comma)
        # "20m" without a currency sign is still a figure in millions only in money
        # contexts; without the sign we cannot tell, so the multiplier is left out of
        # the match and the bare number is kept.
        e = m.end("pct") if pct else m.end("dec") if dec else m.end("num")
        return NumberMatch(start, e, text[start:e], value, "percent" if pct else "",
                           is_decimal=bool(dec), has_comma=has_comma)
    return NumberMatch(start, m.end(), m.group(0), value, "percent" if pct else "",
                       is_decimal=bool(dec), has_comma=has_comma)


_HYPHEN_SIGNED_PCT = re.compile(r"(?:^|(?<=[\s(]))-(\d{1,3}(?:\.\d+)?)\s?%")
_DECIMAL_COMMA_PCT = re.compile(r"(?<![\w,.])(\d{1,3}),(\d{1,2})\s?%")


def parse_numbers(text: str) -> list[NumberMatch]:
    """Every figure written with digits, in order, with glued footnotes split off."""
    out: list[NumberMatch] = []
    taken: list[tuple[int, int]] = []
    for m in _GLUED_FOOTNOTE_RE.finditer(text):
        num = m.group("num")
        out.append(NumberMatch(m.start(), m.start() + len(num), num, float(num.replace(",", "")),
                               footnote=m.group("note"), has_comma=True))
        taken.append((m.start(), m.end()))
    if "%" in text:
        # "17,5 %", "65,22 %": a decimal comma, as continental texts write it (a thousands
        # comma has three digits after it)
        for m in _DECIMAL_COMMA_PCT.finditer(text):
            out.append(NumberMatch(m.start(), m.end(), m.group(0), float(m.group(1) + "." + m.group(2)), "percent",
                                   is_decimal=True))
            taken.append((m.start(), m.end()))
        # "-19% change in warrants issued": a share after a hyphen used as a minus sign (the
        # sign is read by the recogniser; "2012-19%" stays no figure)
        for m in _HYPHEN_SIGNED_PCT.finditer(text):
            out.append(NumberMatch(m.start(1), m.end(), m.group(0)[1:], float(m.group(1)), "percent",
                                   is_decimal="." in m.group(1)))
            taken.append((m.start(1), m.end()))
    skip_to = 0
    for m in _NUM_RE.finditer(text):
        start = m.start()
        if start < skip_to or (taken and any(s <= start < e for s, e in taken)):
            continue
        cur, num, dec, pct, mult, pounds = m.group("cur", "num", "dec", "pct", "mult", "pounds")
        if not (cur or mult or pounds) and (num.isdigit() or "," in num):
            # most figures: a plain count or percentage
            out.append(NumberMatch(start, m.end(), m.group(0), float(num.replace(",", "") + (dec or "")),
                                   "percent" if pct else "", is_decimal=bool(dec), has_comma="," in num))
            continue
        if not num.isdigit() and "," not in num and _apart(text, m):
            # "page 12 345": a reference and a figure, not one number; "– – 15 106", "Total
            # 15 106" at the end of a line: the cells of a table row set as text. Each group
            # is read as a figure of its own.
            for m2 in _NUM_APART_RE.finditer(text, start):
                if m2.start() >= m.end():
                    break
                out.append(_figure(m2, text))
            skip_to = m.end()
            continue
        out.append(_figure(m, text))
    out.sort(key=lambda n: n.start)
    return out


def _word_value(words: str) -> int:
    """The value of a number in words: "three thousand five hundred and twelve" is 3512."""
    total, current = 0, 0
    for w in re.split(r"[\s,-]+", words.lower()):
        if w in ("and", ""):
            continue
        if w == "a":
            current = 1
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total, current = total + (current or 1) * 1000, 0
        else:
            current += WORD_NUMBERS[w]
    return total + current


def _money_words(text: str) -> list[NumberMatch]:
    """ "twenty million pounds", "fifty thousand pounds": read only just before each "pound"
    (the pattern is costly, the word is rare)."""
    money: dict[int, NumberMatch] = {}
    for key in ("pound", "Pound"):
        i = text.find(key)
        while i >= 0:
            for m in _WORD_MONEY_RE.finditer(text, max(0, i - 120), i + 8):
                mult = (m.group("mult") or "").lower()
                # ("half a million pounds")
                head = m.group("n").lower()
                value = (0.5 if head.startswith("half") else _word_value(head)) * {"million": 1e6, "billion": 1e9}.get(mult, 1)
                money[m.start()] = NumberMatch(m.start(), m.end(), m.group(0), float(value), "GBP", kind="words")
            i = text.find(key, i + 5)
    return list(money.values())


def parse_word_numbers(text: str) -> list[NumberMatch]:
    """Numbers written as words (one to ninety-nine thousand), money in words ("twenty million
    pounds") and zero words (no, none, nil)."""
    out = []
    for m in (_BIG_WORD_NUM_RE if _BIG_WORD_RE.search(text) else _WORD_NUM_RE).finditer(text):
        pct = _WORD_PCT_RE.match(text, m.end())
        out.append(NumberMatch(m.start(), pct.end() if pct else m.end(), text[m.start():pct.end() if pct else m.end()],
                               float(_word_value(m.group(0))), "percent" if pct else "", kind="words"))
    if "ound" in text:
        money = _money_words(text)
        if money:  # in place of the number words it is made of
            out = [w for w in out if not any(g.start <= w.start < g.end for g in money)] + money
    for m in _ZERO_RE.finditer(text):
        out.append(NumberMatch(m.start(), m.end(), m.group(0), 0.0, kind="zero"))
    out.sort(key=lambda n: n.start)
    return out


# ---------------------------------------------------------------------------------------
# Periods

@dataclass
class PeriodMatch:
    start: int
    end: int
    text: str
    period: str            # ISO: 2018 | 2016-04/2017-03 | 2006-04/2006-12 | 2017-12-31
    kind: str              # year | fy | part | date | month | since | relative | same | range
    offset: int = 0        # relative: years before the reference year; same: its length in months


def _year(s: str) -> int:
    y = int(s)
    return y + 2000 if y < 100 else y


def _fy(y1: int) -> str:
    return f"{y1}-04/{y1 + 1}-03"


_DATE_RE = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>%s)\b,?\s*(?P<y>(?:19|20)\d{2})?(?!\d)" % _MONTH_RE,
    re.IGNORECASE)
_MONTH_YEAR_RE = re.compile(r"\b(?P<m>%s)\s+(?P<y>(?:19|20)\d{2})\b" % _MONTH_RE, re.IGNORECASE)
_NUM_DATE_RE = re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2}|\d{4})\b")
_PART_RE = re.compile(
    r"\b(?P<between>between\s+)?(?:(?:\d{1,2}\s+)?(?P<m1>%s)(?:\s+(?P<y1>(?:19|20)\d{2}))?)\s*(?P<sep>to|until|and|-|–|—)\s*(?:\d{1,2}\s+)?(?P<m2>%s)\s+(?P<y2>(?:19|20)\d{2})\b"
    % (_MONTH_RE, _MONTH_RE), re.IGNORECASE)
# "covered only April to December" (no year after it): months' names written out in full, with
# capitals ("may" is a verb)
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_THAT_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)
_MONTH_SPAN_RE = re.compile(r"\b(?:(?P<between>[Bb]etween)\s+)?(?P<m1>%s)\s*(?:to|until|-|–|(?(between)and|(?!)))\s*(?P<m2>%s)\b(?!\s*,?\s*(?:\d|\w+\s+(?:19|20)\d\d))"
                            % (_FULL_MONTH, _FULL_MONTH))
# "in the nine months from 1 April 2006": a part year told by its length and start
_MONTHS_FROM_RE = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\s+(?P<dir>from|starting|beginning|to|ending|until)\s+(?:\d{1,2}\s+)?(?P<m>%s)\s+(?P<y>(?:19|20)\d{2})\b"
    % _MONTH_RE, re.IGNORECASE)
# "01/04/17–31/12/17": a part year given as two numeric dates
_DATE_RANGE_RE = re.compile(
    r"\b(?P<d1>\d{1,2})/(?P<m1>\d{1,2})/(?P<y1>\d{2}|\d{4})\s*(?:[-–—]|to)\s*(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{2}|\d{4})\b")
# "Police Act 1997", "the Investigatory Powers Act 2016": a year naming a statute is no period
_STATUTE_BEFORE = re.compile(r"\b(?:Act|Order|Regulations?|Rules|Code)\s*(?:\(\w+\)\s*)?$")
_SINCE_RE = re.compile(r"\bsince\s+(?:\d{1,2}\s+)?(?P<m>%s)\s+(?P<y>(?:19|20)\d{2})\b" % _MONTH_RE, re.IGNORECASE)
# "2006-04/2006-12", "2016-04/2017-03", "2017-12-31": ISO periods and dates, as machine-readable
# tables print them (one scan, only in a text with a year and a hyphen)
_ISO_RE = re.compile(
    r"(?<![\w/.\-])(?P<y1>(?:19|20)\d{2})-(?P<m1>0[1-9]|1[0-2])"
    r"(?:/(?P<y2>(?:19|20)\d{2})-(?P<m2>0[1-9]|1[0-2])|-(?P<d>0[1-9]|[12]\d|3[01]))(?![\w/\-]|\.\d)")
# After a two-digit "year": the rest of a figure ("92.6%", "92 per cent")
_FIGURE_GOES_ON = re.compile(r"[.,]\d|\s?%|\s+per\s*cent", re.IGNORECASE)
_FY_RE = re.compile(r"\b(?P<y1>(?:19|20)\d{2})\s?[-–/]\s?(?P<y2>\d{2}|(?:19|20)\d{2})\b(?![-–/]\d)")
_YEAR_RE = re.compile(r"(?<![\d,.£/])(?P<y>(?:19|20)\d{2})(?![\d%/]|,\d|\.\d)")
# "over the same period", "in the same nine months", "in the nine months": the period last named
_SAME_RE = re.compile(
    r"\b(?:(?:over|in|during|for)\s+)?(?:the|those|these|that)\s+(?:same\s+)?(?:(?:nine|six|three|twelve)\s+months|months|period)\b"
    r"|\b(?:(?:in|during|for)\s+)?(?:that|the\s+same|the\s+latter)\s+year\b"
    # ("from 2,760 in 2013 to 3,535 in 2017, the increase in that last year alone": the last
    # year named, not the year before)
    r"|\b(?:(?:in|during|for)\s+)?that\s+(?:last|final|latest)\s+year\b",
    re.IGNORECASE)
# "the nine months from April ...", "the six months to March 2018": a span told where it is named
_SPAN_GOES_ON = re.compile(r"\s+(?:from|to|ending|starting|beginning|between|of)\s+(?:\d{1,2}\s+)?[A-Z]")
_BEFORE_THAT = re.compile(r"\s+(?:that|then)\b", re.I)
_RELATIVE_RE = re.compile(
    r"\b(?:the\s+)?(?:previous|preceding|prior|last)\s+(?:reporting\s+)?(?:year|period)\b|\b(?:the|a)\s+year\s+(?:before|earlier)\b|\b(?:this|the\s+current)\s+(?:reporting\s+)?(?:year|period)\b"
    r"|\b(?P<n>two|three|four|five)\s+years\s+(?:before|earlier|previously|ago)\b"
    r"|\b(?P<later>two|three|four|five)\s+years\s+(?:later|after|on)\b"
    r"|\b(?P<next>the\s+(?:following|next|subsequent)\s+year|the\s+year\s+after|a\s+year\s+later"
    # ("27 that year and 42 the next (Brannock 2014)": the year left out after "the next")
    r"|(?<=\d\s)the\s+(?:next|following)(?=\s*[,.;:()]|\s+(?:and|but)\b))\b",
    re.IGNORECASE)


# What most period expressions need, cheap to look for (the scans below try every position
# of the text): a year, a month's name, a slash, the word "year", "period" or "months". Most
# text has none of them.
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d{2}")
_MONTH_NAME_RE = re.compile(r"\b" + _MONTH_RE, re.IGNORECASE)
_PERIOD_WORD_RE = re.compile(r"year|period|month", re.IGNORECASE)


def _finditer(rx: re.Pattern, text: str, possible: bool):
    return rx.finditer(text) if possible else ()


# Table labels, captions and headings are asked about again and again (every cell of a row,
# every table under a heading): the answers for recent texts are kept. Bounded: when full, it
# starts over. (The matches are shared between callers, which only read them.)
_PERIODS_SEEN: dict[str, tuple] = {}


def parse_periods(text: str) -> list[PeriodMatch]:
    """Period expressions, longest first where they overlap (a part year wins over its year)."""
    seen = _PERIODS_SEEN.get(text)
    if seen is None:
        if len(_PERIODS_SEEN) >= 4096:
            _PERIODS_SEEN.clear()
        seen = _PERIODS_SEEN[text] = tuple(_parse_periods(text))
    return list(seen)


def _parse_periods(text: str) -> list[PeriodMatch]:
    found: list[PeriodMatch] = []
    year = _YEAR_DIGITS_RE.search(text) is not None
    month_and_year = year and _MONTH_NAME_RE.search(text) is not None
    slash = "/" in text
    period_word = _PERIOD_WORD_RE.search(text) is not None

    def add(p: PeriodMatch) -> None:
        if any(not (p.end <= q.start or p.start >= q.end) for q in found):
            return
        found.append(p)

    for m in _finditer(_ISO_RE, text, year and "-" in text):
        y1, m1 = int(m.group("y1")), int(m.group("m1"))
        if m.group("d"):
            add(PeriodMatch(m.start(), m.end(), m.group(0), m.group(0), "date"))
            continue
        y2, m2 = int(m.group("y2")), int(m.group("m2"))
        if (y1, m1) <= (y2, m2):
            period = str(y1) if (m1, m2, y1) == (1, 12, y2) else _fy(y1) if (m1, m2, y2) == (4, 3, y1 + 1) \
                else f"{y1}-{m1:02d}/{y2}-{m2:02d}"
            add(PeriodMatch(m.start(), m.end(), m.group(0), period, "part"))
    for m in _finditer(_DATE_RANGE_RE, text, slash):
        y1, y2, m1, m2 = _year(m.group("y1")), _year(m.group("y2")), int(m.group("m1")), int(m.group("m2"))
        if 1 <= m1 <= 12 and 1 <= m2 <= 12 and (y1, m1) <= (y2, m2):
            period = str(y1) if (m1, m2, y1) == (1, 12, y2) else _fy(y1) if (m1, m2, y2) == (4, 3, y1 + 1) \
                else f"{y1}-{m1:02d}/{y2}-{m2:02d}"
            add(PeriodMatch(m.start(), m.end(), m.group(0), period, "part"))
    for m in _finditer(_MONTHS_FROM_RE, text, month_and_year):
        k = int(m.group("n")) if m.group("n").isdigit() else WORD_NUMBERS[m.group("n").lower()]
        m1, y1 = MONTHS[m.group("m").lower()[:3]], int(m.group("y"))
        if m.group("dir").lower() in ("to", "ending", "until"):  # "nine months to December 2006"
            first = m1 - k + 1
            y1, m1 = y1 + (first - 1) // 12, (first - 1) % 12 + 1
        last = m1 + k - 1
        y2, m2 = y1 + (last - 1) // 12, (last - 1) % 12 + 1
        if 1 <= k <= 11:
            add(PeriodMatch(m.start(), m.end(), m.group(0), f"{y1}-{m1:02d}/{y2}-{m2:02d}", "part"))
    for m in _finditer(_PART_RE, text, month_and_year):
        if m.group("sep").lower() == "and" and not m.group("between"):
            continue  # "April and December 2017" only spans a period after "between"
        m1, m2 = MONTHS[m.group("m1").lower()[:3]], MONTHS[m.group("m2").lower()[:3]]
        y2 = int(m.group("y2"))
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
        if (y1, m1) == (y2 - 1, m2 + 1) or (m1, m2) == (1, 12) and y1 == y2:
            period = str(y2) if (m1, m2) == (1, 12) else _fy(y1) if m1 == 4 else f"{y1}-{m1:02d}/{y2}-{m2:02d}"
        else:
            period = f"{y1}-{m1:02d}/{y2}-{m2:02d}"
        add(PeriodMatch(m.start(), m.end(), m.group(0), period, "part"))
    for m in _finditer(_MONTH_SPAN_RE, text, month_and_year or (period_word and _MONTH_NAME_RE.search(text) is not None)):
        # "In 2006 the first report covered only April to December": a span of months in the
        # one year named earlier in the same sentence
        m1, m2 = MONTHS[m.group("m1").lower()[:3]], MONTHS[m.group("m2").lower()[:3]]
        start = max(text.rfind(". ", 0, m.start()), text.rfind("? ", 0, m.start()), text.rfind("! ", 0, m.start())) + 1
        years = {y.group("y") for y in _YEAR_RE.finditer(text, start, m.start())
                 if not _STATUTE_BEFORE.search(text, max(0, y.start() - 16), y.start())}
        that_year = _THAT_YEAR_AFTER.match(text, m.end())
        if m1 < m2 and (m1, m2) != (1, 12) and (len(years) == 1 or that_year):
            # ("Between October and December that year": the year named before, which the
            # recogniser knows; "????" stands for it)
            y = "????" if that_year else years.pop()
            end = that_year.end() if that_year else m.end()
            add(PeriodMatch(m.start(), end, text[m.start():end], f"{y}-{m1:02d}/{y}-{m2:02d}", "part"))
    for m in _finditer(_SINCE_RE, text, month_and_year):
        mo = MONTHS[m.group("m").lower()[:3]]
        add(PeriodMatch(m.start(), m.end(), m.group(0), f"{m.group('y')}-{mo:02d}", "since"))
    for m in _DATE_RE.finditer(text):
        d, mo = int(m.group("d")), MONTHS[m.group("m").lower()[:3]]
        if not 1 <= d <= 31:
            continue
        y = m.group("y")
        add(PeriodMatch(m.start(), m.end(), m.group(0), f"{y}-{mo:02d}-{d:02d}" if y else f"????-{mo:02d}-{d:02d}", "date"))
    for m in _finditer(_MONTH_YEAR_RE, text, month_and_year):
        mo = MONTHS[m.group("m").lower()[:3]]
        add(PeriodMatch(m.start(), m.end(), m.group(0), f"{m.group('y')}-{mo:02d}", "month"))
    for m in _finditer(_NUM_DATE_RE, text, slash):
        d, mo = int(m.group("d")), int(m.group("m"))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            add(PeriodMatch(m.start(), m.end(), m.group(0), f"{_year(m.group('y'))}-{mo:02d}-{d:02d}", "date"))
    for m in _finditer(_FY_RE, text, year):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if len(m.group("y2")) == 2:
            if _FIGURE_GOES_ON.match(text, m.end()):
                continue  # "in 2017 – 92.6% of items": a year, then a figure
            y2 = (y1 // 100) * 100 + y2
            if y2 > y1 + 20:
                continue  # "2017-92" is no range of years (a year, then a figure)
            if y2 < y1 and y2 + 100 == y1 + 1:  # "1999-00" crosses a century
                y2 += 100
            elif y2 < y1:
                # "2017-12", "2016-04": an ISO month (a year and a month), never a range of
                # years running backwards ("2017/2112")
                mo = int(m.group("y2"))
                if 1 <= mo <= 12 and "-" in m.group(0) and not text[max(0, m.start() - 1):m.start()] in ("-", "/"):
                    add(PeriodMatch(m.start(), m.end(), m.group(0), f"{y1}-{mo:02d}", "month"))
                continue
        if y2 == y1 + 1:
            add(PeriodMatch(m.start(), m.end(), m.group(0), _fy(y1), "fy"))
        elif y2 > y1:
            add(PeriodMatch(m.start(), m.end(), m.group(0), f"{y1}/{y2}", "range"))
    for m in _finditer(_YEAR_RE, text, year):
        if _STATUTE_BEFORE.search(text[max(0, m.start() - 30):m.start()]) \
                or re.match(r"\s+(?:Act|Order|Regulations?|Code)\b", text[m.end():]):  # "the 2016 Act"
            continue
        add(PeriodMatch(m.start(), m.end(), m.group(0), m.group("y"), "year"))
    for m in _finditer(_SAME_RE, text, period_word):
        months = re.search(r"(nine|six|three|twelve)\s+months", m.group(0), re.I)
        if months and _SPAN_GOES_ON.match(text, m.end()):
            continue  # "in the nine months from April to December 2006": told here, not before
        add(PeriodMatch(m.start(), m.end(), m.group(0), "", "same",
                        offset=WORD_NUMBERS[months.group(1).lower()] if months else 0))
    for m in _finditer(_RELATIVE_RE, text, period_word):
        low = m.group(0).lower()
        offset = 0 if ("this" in low or "current" in low) else 1
        if m.group("n"):
            offset = WORD_NUMBERS[m.group("n").lower()]
        elif m.group("later"):
            offset = -WORD_NUMBERS[m.group("later").lower()]
        elif m.group("next"):
            offset = -1
        add(PeriodMatch(m.start(), m.end(), m.group(0), "", "relative", offset=offset))
    found.sort(key=lambda p: p.start)
    for i, p in enumerate(found):
        # "The year before, it was 757,977; the year before that, 754,559": "that" is the year
        # the relative period before it named, one further back
        # (and "926 the next year and 903 the year after that": one further on)
        if p.kind == "relative" and i and found[i - 1].kind == "relative" and p.offset in (1, -1) \
                and _BEFORE_THAT.match(text, p.end):
            found[i] = PeriodMatch(p.start, p.end, p.text, "", "relative", offset=found[i - 1].offset + p.offset)
    return found


def shift_period(period: str, years: int) -> Optional[str]:
    """The same kind of period `years` earlier (negative: later). None if it cannot be shifted."""
    m = re.fullmatch(r"(\d{4})", period)
    if m:
        return str(int(m.group(1)) - years)
    m = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", period)
    if m:
        return f"{int(m.group(1)) - years}-{m.group(2)}/{int(m.group(3)) - years}-{m.group(4)}"
    return None


def period_containing(month: str, like: str) -> str:
    """The period of the same kind as `like` (a year or a financial year) that contains
    `month` ("2021-12"): December 2021 is in 2021, and in financial year 2021-22."""
    y, mo = int(month[:4]), int(month[5:7])
    if re.fullmatch(r"\d{4}-04/\d{4}-03", like or ""):
        start = y if mo >= 4 else y - 1
        return f"{start}-04/{start + 1}-03"
    return str(y)


def period_since(month: str, until: str) -> str:
    """From `month` ("2024-01") to the end of the reference period `until` (a year or a
    financial year): "since January 2024" in a 2024 report is 2024."""
    y, mo = int(month[:4]), int(month[5:7])
    m = re.fullmatch(r"(?:\d{4}-\d{2}/)?(\d{4})(?:-(\d{2}))?", until or "")
    if not m:
        return month
    end_y, end_m = int(m.group(1)), int(m.group(2) or 12)
    if (end_y, end_m) < (y, mo):
        return month
    if mo == 1 and end_m == 12 and end_y == y:
        return str(y)
    return f"{y}-{mo:02d}/{end_y}-{end_m:02d}"


def months_spanned(period: str) -> int:
    """How many months an ISO period covers (0 for a date or anything unreadable)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", period or "")
    if m:
        return (int(m.group(3)) - int(m.group(1))) * 12 + int(m.group(4)) - int(m.group(2)) + 1
    return 12 if re.fullmatch(r"\d{4}", period or "") else 0
