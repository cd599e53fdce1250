"""Recognition stage: page text and tables -> Observations.

A spaCy pipeline built on spacy.blank("en") carries the text; our registered components
(`oversight_numbers`, `oversight_periods`, `oversight_impostors`) annotate it:

    sentencizer -> oversight_numbers -> oversight_periods -> oversight_impostors

Numbers land in doc.spans["numbers"] with span._.num (a grammar.NumberMatch) and
span._.reject (why it is not a statistic, or ""); periods in doc.spans["periods"] with
span._.period (a grammar.PeriodMatch). `Recognizer` then assigns each surviving number a
metric, category and period from the taxonomy and the sentence around it.

Precision first: a number that cannot be tied to a taxonomy metric by a noun next to it or
a phrase in its sentence is not emitted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import grammar
from .model import Block, Chart, DocumentContent, Observation, PageContent, Table
from .taxonomy import CategorySet, Metric, Taxonomy, load_taxonomy

for _name in ("num", "period"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Span.has_extension("reject"):
    Span.set_extension("reject", default="")


def _annotate(doc: Doc, matches, key: str, label: str, attr: str) -> Doc:
    """Store grammar matches as a span group doc.spans[key], each span carrying its match in
    span._.<attr>, so later components (and anyone inspecting a Doc) see what was found where.
    Two matches inside one token ("00:12:34") would get one span, and spaCy keeps a span's
    attributes by its offsets: the first match keeps it, the later ones are dropped rather than
    overwrite it and be read three times over."""
    spans = []
    seen = set()
    for m in matches:
        span = doc.char_span(m.start, m.end, label=label, alignment_mode="expand")
        if span is not None and (span.start_char, span.end_char) not in seen:
            seen.add((span.start_char, span.end_char))
            setattr(span._, attr, m)
            spans.append(span)
    doc.spans[key] = spans
    return doc


_DIGIT = re.compile(r"\d")


def _text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy rebuilds it from the tokens (a Python object per
    token) on every access, and every component below and the recogniser read it. (None of
    them retokenizes, which would make it stale.)"""
    text = doc.user_data.get("oversight_text")
    if text is None:
        text = doc.user_data["oversight_text"] = doc.text
    return text


@Language.component("oversight_numbers")
def oversight_numbers(doc: Doc) -> Doc:
    text = _text(doc)
    found = sorted(grammar.parse_numbers(text) + grammar.parse_word_numbers(text), key=lambda n: n.start)
    return _annotate(doc, found, "numbers", "NUM", "num")


# "(IOCCO 2014, p. 17)", "(Ellery 2017: 210)", "(Report of the Tribunal 2010)", "Marsh (2019)":
# an author-year citation names a publication and the page cited, not a period or a figure
_CITATION = re.compile(
    r"\((?:see\s+|cf\.?\s+|e\.g\.\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and|for|on|&)){0,7},?\s+(?:19|20)\d{2}[a-z]?"
    r"(?:\s*[,:;]\s*(?:pp?\.?|paras?\.?|paragraphs?|table|tables|chapter|ch\.|section|s\.|fig\.?|figure|annex|at)?\s*[\d.–-]+"
    r"(?:\s*(?:-|–|and)\s*[\d.]+)?)?\s*\)"
    r"|\b[A-Z][A-Za-z]+(?:\s+(?:and|&)\s+[A-Z][A-Za-z]+)?(?:\s+et\s+al\.?)?\s+\((?:19|20)\d{2}[a-z]?(?:\s*[,:]\s*(?:pp?\.?\s*)?[\d–-]+)?\)")


_REPORT_YEAR = re.compile(r"\breport\s+(?:for\s+|on\s+)?$", re.I)


def _citations(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CITATION.finditer(text)] if "(" in text else []


@Language.component("oversight_periods")
def oversight_periods(doc: Doc) -> Doc:
    text = _text(doc)
    cited = _citations(text)
    # ("(IOCCO Report 2016, para 8.15)" names the report for 2016: the period of what it says)
    periods = [p for p in grammar.parse_periods(text)
               if not any(a <= p.start < b and not _REPORT_YEAR.search(text, a, p.start) for a, b in cited)]
    return _annotate(doc, periods, "periods", "PERIOD", "period")


# Words that, just before a number, make it a reference rather than a statistic.
_REF_BEFORE = re.compile(
    r"(?:\b(?:sections?|ss?|schedules?|paragraphs?|paras?|chapters?|parts?|pages?|pp?|tables?|figures?|figs?"
    r"|annex(?:es)?|appendix|appendices|articles?|regulations?|rules?|footnotes?|notes?|clauses?|questions?|q|qq"
    r"|no|nos|numbers?|ref|reference|version|volume|vol|step|phase|level|tier|category|stage|box|chart"
    r"|point|recommendations?|act|order|code|cm|hc|isbn|tel|telephone|phone|fax|room|floor|po box|unit|item|lines?"
    r"|episodes?|issues?|editions?|series|season|slides?"
    r"|nearest|rounded\s+to)\.?"
    r"|[§#])\s*(?:(?:\d+[A-Za-z]?(?:\(\w+\))*|\d+\.\d+)\s*(?:,|and|or|to|of|-|–)\s*)*$",  # ("part 2 of 4")
    re.IGNORECASE)
# "199 (66 IP)": a tagged sub-count in brackets right after a figure
_SUBCOUNT_RE = re.compile(r"\s*\(\s*\d[\d,]*\s+[A-Z]{1,4}\s*\)")
_PHONE_RE = re.compile(r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_REF_NUMBER_RE = re.compile(r"\b[A-Z]{2,}[\s/-]*\d+[/-]\d+\b|\b\d+/\d+(?:/\d+)?\b")
# "one in five applications", "1 in 4 forces": a ratio, neither figure a count
_SMALL_NUMBER = r"(?:\d{1,3}|%s|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred|hundred)" % grammar._UNITS
_RATIO_AFTER = re.compile(r"\s+in\s+(?:every\s+)?%s\b(?![,.]\d)(?!\s+(?:months?|years?|weeks?|days?|quarters?|hours?|minutes?)\b)" % _SMALL_NUMBER, re.I)
_RATIO_BEFORE = re.compile(r"\b%s\s+in\s+(?:every\s+)?$|\b(?:one|1)\s+[a-z]+[a-rt-z]\s+in\s+(?:every\s+)?$" % _SMALL_NUMBER, re.I)
# "one item in twenty": a ratio with the thing counted (in the singular) between its terms
_ONE_THING_IN = re.compile(r"\s+[a-z]+[a-rt-z]\s+in\s+(?:every\s+)?%s\b(?![,.]\d)" % _SMALL_NUMBER, re.I)
# "the two largest penalties", "the three most recent reports": how many of a ranked few
_RANKED_AFTER = re.compile(r"\s+(?:largest|biggest|highest|lowest|smallest|most|least|top|main|leading|first|last|latest|previous|next|greatest)\b", re.I)
# "Customers aged 16 or over", "a woman, 29, of Newbury", "children under 18", "a 17-year-old":
# an age, not a count
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+(?:between\s+|under\s+|over\s+)?$|\b(?:children|child|juveniles?|people|persons?|anyone|those|customers|users)\s+(?:under|over|below|above)\s+$", re.I)
_AGE_AFTER = re.compile(r"(?:-|\s)years?(?:-|\s)old\b|\s+(?:or|and)\s+(?:over|under|above|older|younger)\b", re.I)
# ("a criminal barrister, 52, ...": a person, then an age set off by commas)
_AGE_APPOSED = re.compile(r"\b(?:man|woman|girl|boy|barrister|lawyer|solicitor|officer|councillor|journalist|reporter|"
                          r"resident|mother|father|teacher|student|pensioner|doctor|nurse|campaigner|activist|owner|"
                          r"chair|director|manager|author|writer|[a-z]+ist),\s*$", re.I)
# "gave two different totals", "three figures", "two sets of tables": a count of the text's own
# figures, tables or kinds, not a statistic (only small counts: "5,000 numbers" may be phones)
_META_NOUN_AFTER = re.compile(r"\s+(?:(?:different|separate|distinct|conflicting|competing|inconsistent|main|key|headline)\s+)?"
                              r"(?:totals|figures|numbers|counts|estimates|versions|sets|tables|charts|measures|series"
                              r"|categories|types|kinds|ways)\b", re.I)
# "some 2,200 a day, by our arithmetic": a rate worked out by the writer, per day or week (the
# reports count per year; "500,000 a year" stays a yearly count)
_SHORT_RATE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:a|per|each|every)\s+(?:day|week|hour|minute)\b", re.I)
# "nine fewer than the year before", "198 fewer errors", "six more than in 2022": a difference
# between two counts, which no metric counts (the counts themselves are the statistics)
_DIFFERENCE_AFTER = re.compile(r"\s+(?:fewer|more|less)\b(?!\s+(?:or|and)\b)", re.I)
# "two thirds of warrants", "three quarters": a fraction, not a count
_FRACTION_AFTER = re.compile(r"[\s-]+(?:halves|thirds?|quarters|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b", re.I)
# "10.30am", "9pm", and a clock's "14:25" or a recording's time stamp "[00:12:34]" (hours to 23,
# minutes and seconds to 59: "2017: 210", a page cited after a year, is no time)
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\s?(?:am|pm)\b|\b\d{1,2}(?:am|pm)\b"
                      r"|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])", re.IGNORECASE)


@Language.component("oversight_impostors")
def oversight_impostors(doc: Doc) -> Doc:
    """Mark numbers that are not statistics (span._.reject = reason). Kept, not removed, so
    that the decision can be inspected."""
    if not doc.spans["numbers"]:
        return doc  # nothing to mark: spare the scans below
    text = _text(doc)
    period_ranges = [(s.start_char, s.end_char, s._.period) for s in doc.spans["periods"]]
    masks = []
    for rx, why in ((_PHONE_RE, "phone number"), (_POSTCODE_RE, "postcode"),
                    (_REF_NUMBER_RE, "reference number"), (_TIME_RE, "time of day")):
        masks += [(m.start(), m.end(), why) for m in rx.finditer(text)]
    masks += [(a, b, "citation (author, year, page)") for a, b in _citations(text)]
    for span in doc.spans["numbers"]:
        n = span._.num
        reason = ""
        for s, e, p in period_ranges:
            if s <= n.start < e:
                reason = f"part of a {p.kind} ({p.text})"
                break
        if not reason:
            for s, e, why in masks:
                if s <= n.start < e:
                    reason = why
                    break
        if not reason and n.unit == "" and _FRACTION_AFTER.match(text, n.end):
            reason = "fraction (two thirds)"
        if not reason and n.unit == "" and (_RATIO_AFTER.match(text, n.end) or _RATIO_BEFORE.search(text, max(0, n.start - 30), n.start)
                                            or (n.value == 1 and _ONE_THING_IN.match(text, n.end))):
            reason = "ratio (one in five)"
        if not reason and n.unit != "percent" and _DIFFERENCE_AFTER.match(text, n.end):
            reason = "difference between counts (nine fewer)"
        if not reason and n.unit == "" and n.value < 120 and not n.has_comma and (
                _AGE_BEFORE.search(text, max(0, n.start - 30), n.start) or _AGE_AFTER.match(text, n.end)
                or (_AGE_APPOSED.search(text, max(0, n.start - 30), n.start) and re.match(r"\s*,", text[n.end:]))):
            reason = "age"
        if not reason and n.unit == "" and _RANKED_AFTER.match(text, n.end) and re.search(r"\bthe\s+$", text[max(0, n.start - 6):n.start], re.I):
            reason = "a rank (the two largest)"
        if not reason and n.unit == "" and _SHORT_RATE_AFTER.match(text, n.end):
            reason = "rate per day or week (the writer's arithmetic)"
        if not reason and n.unit == "" and n.value <= 20 and _META_NOUN_AFTER.match(text, n.end):
            reason = "count of the text's own figures or kinds (two different totals)"
        if not reason and n.kind == "digits":
            before = text[max(0, n.start - 40):n.start]
            after = text[n.end:n.end + 6]
            if _REF_BEFORE.search(before):
                reason = "reference (section, paragraph, page, table, figure or annex number)"
            elif before.endswith("(") and re.search(r"[\w)]\($", before) and after.startswith(")"):
                reason = "subsection reference"
            elif before.endswith("[") and after.startswith("]") and len(n.text) <= 3 and not n.has_comma:
                # "808,214 items in 2018 [2].", "Lawyers accounted for 234 [5]": a citation
                reason = "citation marker [N]"
            elif after.startswith("(") and re.match(r"\(\w{1,4}\)", after):
                reason = "section reference with subsections"
            elif re.search(r"\d\s*\(\s*$", before) and _SUBCOUNT_RE.match("(" + text[n.start:n.start + 30]):
                reason = "sub-count in brackets (e.g. 66 IP-related errors within 199)"
            elif n.is_decimal and not n.unit:
                reason = "decimal without a unit (paragraph-style number)"
            elif n.text.startswith("0") and len(n.text) > 1 and not n.is_decimal:
                reason = "leading zero (code or reference)"
            elif re.match(r"\s?(?:st|nd|rd|th)\b", after):
                reason = "ordinal"
            elif re.match(r"[–-]0\d{1,3}\b", after) and not n.has_comma:
                # "12–043 Errors.": a loose-leaf work's paragraph number (chapter 12, paragraph 43)
                reason = "paragraph number (12-043)"
            elif re.match(r"\s+(?:Act|Order|Regulations?|Code)\b", text[n.end:n.end + 14]):
                reason = "year naming a statute"
            elif n.start == 0 and not n.has_comma and not n.unit and re.match(r" [A-Z][a-z]", after):
                reason = "footnote number opening a footnote"
        if not reason and n.kind == "words" and text[n.end:n.end + 1] == ")":
            # "£20,000,000 (twenty million pounds)": the figure before, spelt out
            m = _FIGURE_BEFORE_BRACKET.search(text, max(0, n.start - 40), n.start)
            if m and _number_value(m.group(1)) == n.value:
                reason = "the figure before it, in words"
        span._.reject = reason
    return doc


_FIGURE_BEFORE_BRACKET = re.compile(r"(£?\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s?cent)?\s*\(\s*$", re.I)


def _number_value(text: str) -> float:
    return float(text.lstrip("£").replace(",", ""))


# "that year.[6]", "1%.[8]": a citation marker set right after the full stop is parted from
# it, so that the stop ends its sentence
# (the tokenizer has taken off the closing bracket by the time it looks for these)
_CITATION_INFIXES = [r"(?<=[\w%)])\.(?=\[[\w ]{1,30}(?:\]|$))", r"(?<=[\w%.,;:)])\[(?=[\w ]{1,30}(?:\]|$))"]


@Language.component("oversight_citations")
def oversight_citations(doc: Doc) -> Doc:
    """A citation marker after a full stop ("...that year. [6] The 2013 report") closes the
    sentence before it: the next sentence starts after the marker, not inside it."""
    text = _text(doc)
    if not any(c in text for c in "†‡§¶(["):
        return doc  # nothing to mend (and each token the loop below looks at is an object built)
    for i, token in enumerate(doc):
        if i and token.text in ("†", "‡", "§", "¶") and doc[i - 1].text in (".", ";"):
            # "... gave 1,200. ‡ From 2018 ...": a note marked by a symbol starts a sentence
            token.is_sent_start = True
            if i + 1 < len(doc):
                doc[i + 1].is_sent_start = False
            continue
        if i and token.is_sent_start and (token.text == "(" or doc[i - 1].text == "("):
            # '..." (IOCCO Report 2016, para 8.15)': a citation after the full stop is the
            # sentence's source, and belongs to it
            o = i if token.text == "(" else i - 1
            close = next((j for j in range(i, min(len(doc), i + 16)) if doc[j].text == ")"), None)
            if close is not None and _CITATION.fullmatch(doc[o:close + 1].text) \
                    and (close + 1 == len(doc) or doc[close + 1].is_sent_start or doc[close + 1].is_punct):
                token.is_sent_start = False
                continue
        if i and token.is_sent_start and doc[i - 1].text == "[":
            close = next((j for j in range(i, min(len(doc), i + 8)) if doc[j].text == "]"), None)
            if close is not None:
                token.is_sent_start = False
                if close + 1 < len(doc):
                    doc[close + 1].is_sent_start = True
    return doc


def build_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        list(nlp.Defaults.infixes) + _CITATION_INFIXES).finditer
    # ("fined £18.4m. In 2022/23 ...": "m." and "k." close money at a sentence's end far more
    # often than they abbreviate a word, so the full stop is kept its own token)
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in ("m.", "k.", "M.", "K.")}
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("oversight_citations")
    nlp.add_pipe("oversight_numbers")
    nlp.add_pipe("oversight_periods")
    nlp.add_pipe("oversight_impostors")
    return nlp


# ---------------------------------------------------------------------------------------
# Document context: what year is this report about?

_REPORT_YEAR_PATTERNS = [
    re.compile(r"annual\s+(?:report|review)\s+(?:for\s+)?(?:the\s+year\s+)?((?:19|20)\d{2}(?:\s?[-–/]\s?\d{2,4})?)", re.I),
    re.compile(r"((?:19|20)\d{2}(?:\s?[-–/]\s?\d{2,4})?)\s+annual\s+(?:report|review)", re.I),
    re.compile(r"report\s+of\s+the\s+[\w\s']+?(?:commissioner|office)\s+(?:for\s+)?((?:19|20)\d{2}(?:\s?[-–/]\s?\d{2,4})?)", re.I),
    re.compile(r"\breport\b[^.\n]{0,80}?\bfor\s+((?:19|20)\d{2}(?:\s?[-–/]\s?\d{2,4})?)", re.I),
]


# "Report of the Interception of Communications Commissioner - March 2015": dated by its
# publication month, and about the year before.
_OTHERS_REPORT = re.compile(r"\b(?:its|their|his|her)\s+(?:annual\s+|latest\s+|last\s+)?$", re.I)
_FOI_RE = re.compile(r"\bFOI\b|freedom of information|disclosure log", re.I)
_ABOUT_RE = re.compile(r"\breport\b[^.;]{0,60}?\b(?:for|covering|covers|covered|on)\s+(?:the\s+(?:calendar\s+|financial\s+|reporting\s+)?year\s+)?((?:19|20)\d{2}(?:[-–/]\d{2})?)\b(?!\s*(?:and|to|[-–]))", re.I)
_PUBLISHED_RE = re.compile(
    r"\breport\b[^.\n]{0,90}?[-–—]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b",
    re.I)


def report_period(title: str, first_text: str) -> Optional[str]:
    """The period a report is about, from its title or first page: '2018', or a financial
    year. None for documents (FOI letters) that are not periodic reports."""
    # A compilation ("Annual Reports 2017 and 2018", "2006 to 2023") is about no single year:
    # its headings and statements ("the report for 2018") say which year each part is about.
    if len({p.period for p in grammar.parse_periods(title or "") if p.kind in ("year", "fy")}) > 1:
        return None
    for text in (title, first_text):
        m = _PUBLISHED_RE.search(text or "")
        if m:
            return str(int(m.group(1)) - 1)
        for rx in _REPORT_YEAR_PATTERNS:
            m = rx.search(text or "")
            if m:
                periods = grammar.parse_periods(m.group(1))
                if periods and periods[0].kind in ("year", "fy"):
                    return periods[0].period
    return None


_SOURCE_LINE = re.compile(r"\s*(?:sources?|notes?|graphic|photograph|credit)\s*:", re.I)


def _opening(doc: DocumentContent) -> str:
    """A document's opening text: its first pages' first blocks and running headers
    ("Annual review 2016" set aside from the text of every page). A source line ("Source:
    IPCO annual report 2017") cites another report: it does not say what this one is."""
    return " ".join([b.text for p in doc.pages[:2] for b in p.blocks[:12] if not _SOURCE_LINE.match(b.text)]
                    + [t for p in doc.pages[:2] for t in p.furniture])


def document_period(doc: DocumentContent) -> Optional[str]:
    """The period a document is about, from its title and its opening text."""
    return report_period(doc.title, _opening(doc))


@dataclass
class Context:
    document: str
    sha256: str
    default_period: Optional[str]
    heading: str = ""   # the running section heading, carried across pages
    # A heading naming one period ("Annual Report 2020/21", "Penalties issued in 2022/23")
    # sets the period of the text under it; the report's own period is the fallback.
    heading_period: Optional[str] = None
    named: list = field(default_factory=list)  # periods named in the text so far, in order
    headings_date: bool = True  # do headings naming a period set the period of the text under them?
    section: str = ""   # text since the last heading: what the paragraphs under it are about
    recent: list = field(default_factory=list)  # periods named since the last heading
    # the years named by the sentence before, in the same paragraph (not bases of comparison)
    sentence_before: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)  # the page's notes by marker ("b" -> "Intelligence agencies only; ...")
    # a period of the kind (calendar or financial year) the headings count in, for dating an
    # event by the period that contains its day ("On 2 December 2021 a penalty of £500,000 was
    # issued" under "Penalties issued in 2020/21 and 2021/22" is in 2021/22)
    reckoning: Optional[str] = None
    # a note printed under the table being read ("Note: law enforcement agencies only.")
    table_note: str = ""
    # a question closing the paragraph before in the section, its figures' metrics and the
    # years it named: "Will the Minister tell us how many warrants were issued in 2012?" then
    # "I am told the figure was 3,372." (an answer goes on from its question); or the item
    # before in a list: "77 applications to keep legally privileged material" then "76 of them
    # were approved" (an item goes on from the one before); the kind of block it goes on into last
    carry: tuple = ()
    # figures found in the prose so far, by value: what "Of the 99, ..." refers to
    figures: dict = field(default_factory=dict)
    # (metric, category, period) of each figure of the sentence before, in order: what "the
    # corresponding figures were 33 and 24" give again
    sentence_figures: list = field(default_factory=list)
    # (metric, category, period) of the counts the paragraph has given so far: what "Of those,
    # 2,306 were for serious crime" a sentence or two later parts
    paragraph_counts: list = field(default_factory=list)
    paragraph_metrics: frozenset = frozenset()  # the metrics of the last figures of the paragraph
    # sentence_figures of the last sentence of the paragraph before
    figures_before: list = field(default_factory=list)
    # (where, metric, category, period) of each figure found so far in the sentence being read
    sentence_so_far: list = field(default_factory=list)
    # the label of the row of each cell of the page's tables that carries a note's marker
    # ("1,101 (d)" in the row "Communications data errors"): what the note "(d) ... gives 1,200
    # errors" is about
    cell_notes: dict = field(default_factory=dict)
    # the paragraph before under the same heading and the metrics of its last figures: what
    # "Two years earlier the total was 948." opening the next paragraph restates
    paragraph_before: tuple = ()

    @property
    def period(self) -> Optional[str]:
        return self.heading_period or self.default_period


# ---------------------------------------------------------------------------------------

_QUALIFIERS = [
    ("in excess of", "over"), ("more than", "over"), ("just over", "over"), ("over", "over"),
    ("just under", "under"), ("fewer than", "under"), ("less than", "under"), ("under", "under"),
    ("approximately", "approximately"), ("around", "approximately"), ("about", "approximately"),
    ("roughly", "approximately"), ("some", "approximately"), ("c.", "approximately"),
    ("nearly", "nearly"), ("almost", "nearly"), ("up to", "up to"), ("at least", "at least"),
]
_QUAL_RE = re.compile(r"(?:%s)\s*(?:£\s?)?$" % "|".join(
    r"\b" + re.escape(q) if q[0].isalpha() else re.escape(q) for q, _ in _QUALIFIERS), re.I)
_UP_RE = re.compile(r"\b(?:(?<!made )(?<!makes )(?<!make )up|increas(?:e[sd]?|ing)|ris(?:e|ing)|rose|risen|higher|gr[eo]w(?:n|ing)?|growth|more)\b(?:\s+\w+){0,3}\s*(?:of|by)?\s*$", re.I)
_DOWN_RE = re.compile(r"\b(?:down|decreas(?:e[sd]?|ing)|reduction|reduced|fall(?:ing)?|fell|fallen|lower|drop(?:ped|ping)?|declin(?:e[sd]?|ing)|fewer)\b(?:\s+\w+){0,3}\s*(?:of|by)?\s*$", re.I)
_DOWN_AFTER_RE = re.compile(r"\s*(?:%|per\s?cent)?\s*(?:reduction|decrease|fall|drop|decline|lower|down|fewer|less)\b", re.I)
# "5.5% more numerous than a year earlier", "12% higher": a change, not a share
_CHANGE_AFTER_RE = re.compile(r"^\s*(?:%|per\s?cent)?\s*(?:increase|rise|reduction|decrease|fall|drop|decline|higher|lower|up|down"
                              r"|(?:more|fewer|less|greater|larger|smaller)\b(?:\s+\w+)?\s+than)\b", re.I)
_WORDS_BEFORE_NOUN = 3  # modifier words allowed between a number and its noun ("3,007 new interception warrants")


# "published in May 2025", "laid before Parliament on 17 December 2020": when a report
# appeared, not what its figures are about
_PUBLISHED_BEFORE = re.compile(r"\b(?:published|publication|laid(?:\s+before\s+Parliament)?|appeared|released|dated)\s+(?:in\s+|on\s+)?$", re.I)
# "£20m to British Airways after a cyber incident in 2018": a subordinate clause starts, and
# its year dates the incident, not the figure.
_NEW_CLAUSE = re.compile(r"\b(?:after|before|when|because|which|who|following|whose|where)\b", re.I)
# "compared with 1,958 in": the period of a figure compared against
_COMPARED_WITH = r"\b(?:compared|set)\s+(?:with|against|to)(?:\s+\S+){0,2}\s+(?:in|for)"
_COMPARED_FIGURE = re.compile(_COMPARED_WITH + r"\s*$", re.I)
# ("slightly fewer than the 3,059 of 2015": the period of the figure compared against)
_COMPARED_BEFORE = re.compile(r"(?:\b(?:on|than|against|since)(?:\s+(?:in|for))?|" + _COMPARED_WITH + r"|\bthan\s+(?:the\s+)?£?\d[\d,.]*%?\s+(?:\w+\s+){0,2}(?:of|in|for))\s*(?:the\s+)?$", re.I)


# "the Data Protection Act 2018", "the Privacy and Electronic Communications Regulations 2003"
# "ten years before the 2017 report", "three years after 2012"
_YEARS_APART = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years?\s+"
                          r"(before|after|earlier\s+than|later\s+than|prior\s+to)\s+(?:the\s+)?((?:19|20)\d{2})\b", re.I)
_STATUTE_BEFORE = re.compile(r"\b(?:Act|Regulations?|Order|Code|Directive)\s*(?:of\s+)?$", re.I)
# what may open a statement before the day of its event: "On", "On or about"
_EVENT_DAY_BEFORE = re.compile(r"\W*(?:on|on\s+or\s+about|dated)\s+", re.I)


# "The penalty was half a million pounds when it was issued, in 2021/22": a clause about the
# figure's own event, which dates it
_OWN_EVENT = re.compile(r"\bwhen\s+(?:it|they)\s+(?:was|were)\s+(?:first\s+)?(?:issued|imposed|made|granted|served|announced|given)\b", re.I)


def _new_clause(gap: str, p=None, rest: str = "") -> bool:
    """Does a subordinate clause start in gap (its period dates its own event, not the figure)?
    ("when it was issued, in 2021/22" dates the figure's own event, by a year it names)"""
    # ("74 recommendations after inspection in 2015": "after" with a noun and no verb, up to
    # the clause's end in rest (the text from the gap on), is a phrase, not a clause; "after a
    # cyber incident in 2018 exposed ..." is a clause)
    tail = gap + re.split(r"[,;:]", rest[len(gap):], 1)[0] if rest else gap
    found = [m for m in _NEW_CLAUSE.finditer(gap)
             if not (m.group(0).lower() in ("after", "before", "following") and not _VERB.search(tail, m.end()))]
    return bool(found) and not (_OWN_EVENT.search(gap) and len(found) == 1
                                and (p is None or p.kind in ("year", "fy", "part", "month")))


def _shared_percent(candidates: list, text: str) -> list:
    """"68 and 31 per cent", "between 20 and 30%": the unit written once after a pair of
    figures is the first one's too."""
    out = list(candidates)
    for i in range(len(out) - 1):
        (s, n), (_, m) = out[i], out[i + 1]
        if n.unit == "" and m.unit == "percent" and n.kind == "digits" and not n.has_comma and n.value <= 100 \
                and re.fullmatch(r"\s*(?:and|or|to|-|–)\s*", text[n.end:m.start]):
            out[i] = (s, replace(n, unit="percent"))
    return out


def _published(sent: str, p, s0: int) -> bool:
    """Period match p (sent starting at offset s0) dates a publication ("published in May
    2025"), not a figure."""
    return _PUBLISHED_BEFORE.search(sent[max(0, p.start - s0 - 30):p.start - s0]) is not None


def _compared(sent: str, p, s0: int) -> bool:
    """Period match p is a base of comparison ("up 17.5% on 2016", "compared with 15 in 2019")."""
    return _COMPARED_BEFORE.search(sent[max(0, p.start - s0 - 30):p.start - s0]) is not None
_CLAUSE_SEP = re.compile(r"[;:]|,\s|\s(?:and|but|while|whereas)\s")


def _clause(sent: str, start: int, end: int) -> tuple[int, int]:
    """The clause around sent[start:end]: between the nearest separators (; : , and but while)."""
    c0 = max((m.end() for m in _CLAUSE_SEP.finditer(sent, 0, start)), default=0)
    m = _CLAUSE_SEP.search(sent, end)
    return c0, (m.start() if m else len(sent))


@dataclass
class _Mention:
    """A candidate figure and the text around it, all offsets relative to its sentence."""
    n: grammar.NumberMatch
    sent: str
    s0: int              # the sentence's offset in the block
    start: int
    end: int
    next_start: int      # where the next candidate figure starts (or the sentence ends)
    before: str          # the sentence up to the figure
    before_clause: str   # since the previous candidate figure
    after: str           # up to the next candidate figure: where the figure's noun lives
    clause: tuple[int, int]
    denominator: bool    # "67 of the 3,007 warrants": 3,007 is the base of a share
    scope: str           # the text that qualifies this figure alone (see _scope)
    # category set name -> the category it finds for this figure (see Recognizer._category_for)
    categories: dict = field(default_factory=dict)


# what may stand between two figures of one enumeration: "in 2013 and", "in 2022, and", ","
# "the total then rose to", "the series jumps to": a count moving to a new level
_MOVED_TO = r"(?:then\s+|later\s+)?(?:jump(?:s|ed)?|r(?:ose|ises|isen)|f(?:ell|alls|allen)|climb(?:s|ed)?|drop(?:s|ped)?|increase[sd]|decrease[sd]|gr(?:ew|own|ows))\s+to"
_ELLIPSIS = re.compile(r"(?:\b(?:and|or|compared\s+(?:with|to)|against|up\s+from|down\s+from|from|that\s+is)\b|,\s*with\b|\bannuali[sz]ed(?:,|\s+(?:to|at|as)\b)?"
                       # ("it fell by 19% in 2013, to 2,760, and was 3,007 in 2016": the subject's verb again)
                       r"|\b(?:and|but)\s+(?:it\s+|they\s+)?(?:was|were|stood\s+at|reached)"
                       r"|\b(?:series|figure|total|number|count)\s+" + _MOVED_TO + r")\s*(?:(?:in|during|for)\s+[\w/-]+\s*)?(?:[\w\s]{0,40}?\b(?:made|granted|issued|obtained|received))?\s*$")
# "248 annualised", "annualised, that is 1,937", "or 1,937 a year at that rate"
_ANNUALISED = re.compile(r"\bannuali[sz]ed\b|\ban\s+annual\s+rate\s+of\b|\bon\s+an\s+annual\s+basis\b|\ba year at (?:that|this|the same) rate\b|\bfull[- ]year equivalent\b|\bscaled\s+(?:up\s+)?to\s+a\s+(?:full\s+)?year\b", re.I)
# "the nine-month figure", "a six-month total": a count over part of a year
_N_MONTH_FIGURE = re.compile(r"\b(three|six|nine)[- ]month\s+(?:figure|total|count|period)\b", re.I)
# "2017-04/2017-12": a period of months, not a whole year ("2016-04/2017-03" is the shape of a
# financial year too: only a span within one year counts)
_PART_PERIOD = re.compile(r"(\d{4})-\d{2}/\1-\d{2}")
# "Scaled up to a full year, those nine months give 248 ... and 1,937 ...", "The report does the
# sum: scaled to a year, it is ...": a frame opening a statement makes every figure in it an estimate
_ANNUALISED_OPENING = re.compile(r"(?:^|[:;])\W*(?:scaled\s+(?:up\s+)?to\s+a\s+(?:full\s+)?year|on\s+an\s+annuali[sz]ed\s+basis|annuali[sz]ed)\s*,", re.I)
# "186 times, which IPCO annualised to 248": the estimate is the figure after
# ("186 (annualised, 248)": the estimate is the figure after)
_ANNUALISED_NEXT = re.compile(r"\bannuali[sz]ed(?:\s+(?:it\s+|them\s+)?(?:to|at|as)\b|\s*[,:]\s*(?=£?\d|$)).*", re.I | re.S)
_PHRASE_GOES_ON = re.compile(r"(?:(?!(?:of|in|for|to|by|from|with|on|at|were|was|are|is|which|that|as|than|and|or)\b)[A-Za-z][\w'’-]*\s+){1,2}", re.I)
_AFTER_EVENT = re.compile(r"\b(?:after|before|following|per)\b", re.I)
_BREAKS_NOUN = re.compile(r"\b(?:of|in|for|to|by|from|with|on|at|during|were|was|are|is|which|that|as|than)\b|[();]", re.I)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?")
# ("Serious crime accounted for 65.22%": the part whose figure follows its verb)
# ("and next of kin just 0.2%": an adverb may stand between)
# ("to prevent death or injury in 11%": a purpose, then the share of applications made for it)
# ("red ratings 8%", "service use data 87": the part, then the noun of what it is a part of)
_LABEL_GAP = re.compile(r"[\s():–-]*(?:(?:[a-z]{3,}s|data)\s+)?(?:was|were|of|for|in|totalled|numbered|at|made|granted|obtained|received|issued|accounted\s+for)?\s*[(:–-]?\s*"
                        r"(?:(?:just|only|nearly|almost|about|around|roughly)\s+)?")


def _mention(n: grammar.NumberMatch, sent: str, s0: int, nums: list[grammar.NumberMatch]) -> _Mention:
    start, end = n.start - s0, n.end - s0
    nxt = min((m.start - s0 for m in nums if m.start > n.start), default=len(sent))
    prv = max((m.end - s0 for m in nums if m.end <= n.start), default=0)
    # "199 (66 IP) errors": a tagged sub-count in brackets does not cut the number off from its noun.
    sub = _SUBCOUNT_RE.match(sent[end:])
    if sub:
        nxt = min((m.start - s0 for m in nums if m.start - s0 >= end + sub.end()), default=len(sent))
    after = sent[end + (sub.end() if sub else 0):nxt]
    before_clause = sent[prv:start]
    # "67 of the 3,007 warrants": the first number borrows the noun of the second.
    if _OF_THE.fullmatch(after) and nxt < len(sent):
        second = next(m for m in nums if m.start - s0 == nxt)
        nxt2 = min((m.start - s0 for m in nums if m.start - s0 > nxt), default=len(sent))
        after = sent[second.end - s0:nxt2]
    clause = _clause(sent, start, end)
    return _Mention(n, sent, s0, start, end, nxt, sent[:start], before_clause, after, clause,
                    prv > 0 and _OF_THE.fullmatch(before_clause) is not None,
                    _scope(sent, start, end, clause, [(m.start - s0, m.end - s0) for m in nums]))


def _scope(sent: str, start: int, end: int, clause: tuple[int, int], others: list[tuple[int, int]]) -> str:
    """The words that qualify one figure: inside brackets, the bracket ("(33 investigated)");
    otherwise its clause without brackets holding other figures, so "67 (approximately 2.2%)
    were approved urgently" still reaches "approved" and "14 in 2019 (18 investigated)" does not
    take "investigated" from 18."""
    for m in re.finditer(r"\(([^()]*)\)", sent):
        if m.start() < start and end <= m.end():
            inner = m.group(1)[:start - m.start() - 1] + m.group(1)[end - m.start() - 1:]
            # "(approximately 2.2%)" restates the figure before it: the clause qualifies both
            if re.sub(r"\b(?:approximately|about|around|roughly|some|c|over|under|nearly|almost|just|or)\b|[\W\d_]", "", inner, flags=re.I):
                return m.group(1)
            break
    c0, c1 = clause
    if not _VERB.search(sent[c0:c1]):
        # "LPP applications approved: 76", "All but one of those applications, 76, were
        # approved", "67 warrants, approximately 2.2 per cent of the total, were approved
        # urgently": a clause without a verb is completed by the one that follows (past one
        # aside without a verb), or is the figure labelled by what precedes the colon
        rest = re.match(r",(?:[^,;:()]*?,)?\s*(?:were|was|had been|have been)\b[^,;:]*", sent[c1:])
        if rest and not _VERB.search(rest.group(0)[1:rest.group(0).rfind(",")] if rest.group(0).count(",") > 1 else ""):
            c1 += rest.end()
        elif re.fullmatch(r"\W*", sent[c0:start] + sent[end:c1]) and c0 > 0 and sent[:c0].rstrip().endswith(","):
            c1 += len(re.match(r"[^;:]*", sent[c1:]).group(0))
        elif sent[:c0].rstrip().endswith(":") and re.fullmatch(r"\W*", sent[end:c1]):
            c0 = sent.rfind(";", 0, c0 - 1) + 1
        elif c0 > 0 and sent.rfind(":", 0, c0) >= 0 and _LABELLED_LIST.match(sent, sent.rfind(":", 0, c0), start) \
                and _LIST_ITEM_TAIL.fullmatch(sent[end:c1]):
            # "Interception warrants examined at inspection: 600 in 2013, 1,148 in 2015": the
            # label before the colon qualifies every figure of the list after it
            c0 = sent.rfind(";", 0, sent.rfind(":", 0, start)) + 1
    # ("Fourteen errors found to be serious out of 18 investigated", "24 serious errors after 33
    # investigations": what qualifies the base another figure gives is not this figure's)
    base = next((m.start() for s, _ in sorted(others) if end <= s < c1
                 for m in [_BASE_BEFORE.search(sent, end, s)] if m is not None), None)
    if base is not None:
        c1 = base
    text = sent[c0:c1]
    for m in reversed(list(re.finditer(r"\([^()]*\)", text))):
        a, b = m.start() + c0, m.end() + c0
        if any(a < s and e <= b for s, e in others if (s, e) != (start, end)):
            text = text[:m.start()] + text[m.end():]
    return text


_BASE_BEFORE = re.compile(r"\b(?:out\s+of|after|from\s+a\s+total\s+of|among)\s+(?:the\s+|some\s+|about\s+)?$", re.I)


# a list of figures after a label and a colon, up to a figure: "Label: 600 in 2013, "
# (an item may name what it counts: "21 other public authorities in 2012, ")
_LIST_ITEM = r"(?>£?\d+(?:,\d{3})*(?:\.\d+)?\s?%?\s*(?:(?!(?:in|for|during|and)\b)[a-z]+\s+){0,3}(?:(?:in|for|during)\s+[\w/–-]+\s*|\([^()]*\)\s*)?,?\s*(?:and\s+)?)"
_LABELLED_LIST = re.compile(r":\s*%s*+$" % _LIST_ITEM)
_LIST_ITEM_TAIL = re.compile(r"\s*(?:(?!(?:in|for|during|and)\b)[a-z]+\s+){0,3}(?:(?:in|for|during)\s+[\w/–-]+\s*|\([^()]*\)\s*)?[\W]*")
# "66 of which", "12 of whom": a part of the figure before
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom|these|those|them)\b", re.I)
_OF_THOSE = re.compile(r"\s+of\s+(?:these|those|them)\b", re.I)
# "Of that kind of error,", "Of these,", "Among them": the sentence is about what the one before names
_OF_BACK_OPENING = re.compile(r"\W*(?:[a-z]\s+)?(?:of|among)\s+(?:which|whom|these|those|them)\b", re.I)
_BACK_REF = re.compile(r"\s*(?:(?:of|among|within)\s+(?:that|this|these|those|them|such)|of\s+(?:which|whom))\b", re.I)
# ", roughly 2.2% of the total", ", or 92.6% of the total"
_APPOSED_SHARE_BEFORE = re.compile(r",\s*(?:or\s+|that\s+is\s+|which\s+(?:is|was|represents|represented)\s+|some\s+|roughly\s+|about\s+|around\s+|approximately\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)*$", re.I)
# ", a rise of 16%", ", an increase of just over 17.5%", ", down 19%"
# (", the increase in that last year alone being just over 17.5%": an absolute clause)
_APPOSED_CHANGE_BEFORE = re.compile(r"^[^,;:.]{0,60},\s*(?:(?:which|that)\s+(?:was|is)\s+)?(?:(?:an?\s+)?(?:rise|increase|fall|drop|decrease|reduction|decline)\s+of|up|down"
                                    r"|the\s+(?:rise|increase|fall|drop|decrease|reduction|decline)\s+(?:in\s+[^,;%\d]{0,40}?\s+)?(?:alone\s+)?being)\s+"
                                    r"(?:(?:just\s+)?(?:over|under)\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_PUT_AT_CHANGE = re.compile(r"\b(?P<w>rise|increase|fall|drop|decrease|reduction|decline)\b[^.;%]{0,40}?\b(?:put|puts|estimated|estimates|"
                            r"calculated|calculates|reckoned|measured)\s+(?:it\s+)?at\s*(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                            r"just\s+(?:over|under)\s+)?$", re.I)
# "the increase in that last year alone being just over": a change, in an absolute clause
_BEING_CHANGE = re.compile(r"\bthe\s+(?P<w>rise|increase|fall|drop|decrease|reduction|decline)\s+(?:in\s+[^,;%\d]{0,40}?\s+)?(?:alone\s+)?being\s+"
                           r"(?:(?:just\s+)?(?:over|under)\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
# "just over", "about", "nearly": the words of an approximate figure, in a pattern
_APPROX = r"(?:(?:just\s+)?(?:over|under)\s+|about\s+|around\s+|almost\s+|nearly\s+|some\s+|roughly\s+)?"
# "That was a rise of just over", "This represented a fall of": a sentence opening on the change
# in what the sentence before gave
_CHANGE_OF_THAT = re.compile(r"^\W*(?:that|this|it|which)\s+(?:was|is|represents|represented|marked|meant)\s+(?:a\s+|an\s+)?"
                             r"(?:rise|increase|fall|drop|decrease|reduction|decline|jump)\s+of\s+" + _APPROX + "$", re.I)
_COMMA_TO_VERB = re.compile(r"^\s*,\s*(?=(?:were|was|are|is|went|came)\b)", re.I)
# "it fell by", "Then they rose by some": a pronoun subject moving by the figure
_PRONOUN_MOVED = re.compile(r"\b(?:it|they|the\s+(?:number|figure|total|count)(?:\s+[a-z]+)?)\s+(?:then\s+)?(?:fell|rose|dropped|increased|decreased|declined|grew|jumped|climbed|went\s+(?:up|down))\s+"
                            r"(?:by\s+)?" + _APPROX + "$", re.I)
_TO_LEVEL_GAP = re.compile(r"\s*(?:%|per\s?cent)?\s*(?:(?:in|during|for)\s+[\w/–-]+\s*)?,?\s*to\s+" + _APPROX, re.I)
# ("Professor Okonjo: It goes up and down.": after a speaker's name)
# "SUNITA: ", "Joanna Reed: ", after a recording's time stamp "[00:39:08] " if it has one
_SPEAKER_NAME = r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}:\s+"
_SPEAKER = re.compile(r"^\W*" + _SPEAKER_NAME)
_PRONOUN_OPENING = re.compile(r"\W*(?:" + _SPEAKER_NAME + r")?(?:it|they|this|that)\s", re.I)
_END_OF = re.compile(r"\bend\s+of\s+(?:the\s+(?:calendar\s+|financial\s+|reporting\s+)?year\s+)?$", re.I)
# a list item opening on a figure that parts the item before ("381 of those errors made by
# ...") or that goes on with a verb and no noun of its own ("360 made by applicants")
_ITEM_OF_THOSE = re.compile(r"\W*£?\d[\d,.]*%?\s+of\s+(?:which|whom|these|those|them)\b", re.I)
_ITEM_GOES_ON = re.compile(r"\W*£?\d[\d,.]*%?\s+(?:were\s+|was\s+)?(?:made|approved|refused|granted|rejected|withdrawn|renewed|"
                           r"cancelled|reported|found|related|concerned|came|by|from|for)\b", re.I)
_BARE_PARTICIPLE = re.compile(r"\s+(?:were\s+)?(?:approved|refused|granted|rejected|withdrawn|renewed|cancelled|urgent)\s*[.;]?\s*", re.I)
_CHANGE_CAPTION = re.compile(r"\b(?:change|rise|fall|increase|decrease|growth)\b.{0,20}\b(?:on|from|over)\s+(?:the\s+)?(?:previous|preceding|prior|year\s+before)|\byear[- ]on[- ]year\b", re.I)
_SAYS_BEFORE = re.compile(r"[;,]\s*(?:but\s+|while\s+|whereas\s+)?(?:the\s+same\s+report|the\s+(?:report|letter|chapter|table|covering\s+letter)|it)"
                          r"\s+(?:\w+\s+)?(?:says|said|gives|gave|puts\s+it\s+at|records|recorded|states|stated)\s*$", re.I)
_SIGN_OPENING = re.compile(r"\W*?[+−–▲▼↑↓⬆⬇]\s?$")
_ALL_BUT = re.compile(r"\ball\s+but\s+(?:one|two|three|\d{1,2})\s*[(,]\s*$", re.I)
# "65.22% and 34.5% respectively": a figure in a run closed by the word
_RESPECTIVELY_AFTER = re.compile(r"(?:\s*(?:%|per\s?cent)?\s*(?:,|and)\s*(?:and\s+)?£?\d[\d,.]*)*\s*(?:%|per\s?cent)?\s+respectively\b", re.I)
_RUN_OF_FIGURES = re.compile(r"(?:\s*(?:%|per\s?cent)?\s*(?:,|and|or)\s*(?:and\s+)?£?\d[\d,.]*)*\s*(?:%|per\s?cent)?\s*(?:,|and|or)\s*(?:and\s+)?", re.I)
_WORDS_SERIES_BEFORE = re.compile(r"\b(?:rose|fell|grew|dropped|went)\s+from\s*$|\bfrom\s*$|\bto\s*$|(?:,|\band)\s*$", re.I)
_APPROX_APPOSED = re.compile(r",\s*(?:roughly|about|around|some|approximately|nearly|almost|just\s+(?:over|under))\s+$", re.I)
_OR_BEFORE = re.compile(r",\s*or\s+$", re.I)
_OF_TOTAL = re.compile(r"\s*(?:%|per\s?cent)?\s+of\s+(?:the|all)\s+(?:total|whole|figure)\b|\s*(?:%|per\s?cent)?\s+of\s+all\b", re.I)
# "In 2017 it accounted for", "they made": a pronoun subject
# ("Those authorities made 2,379 requests": a demonstrative, the same)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:and|but|then)\s+)?(?:(?:in|during|for|by)\s+[\w/–-]+\s*,?\s*)?(?:it|they|(?:these|those)\s+[a-z]+)\s+(?:\w+\s+){0,3}$", re.I)
# "the penalty was reduced to", "the fine imposed came to": a singular subject with "the"
_DEFINITE_SUBJECT = re.compile(r"\bthe\s+([a-z]+)\s+(?:\w+\s+)?(?:was|came\s+to|stood\s+at|amounted\s+to|totalled)\b(?:\s+\w+){0,2}\s*$", re.I)
# "equal to about 1.4% of the warrants", "equivalent to 3% of": one count set against another
_RATE_BEFORE = re.compile(r"\b(?:equal|equivalent)\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$", re.I)
_LABEL_START = re.compile(r".*[,;:.(]\s*", re.S)


def _label_phrase(before: str) -> str:
    """The noun phrase labelling a figure from before it ("Recommendations after interception
    inspections" in "...; Recommendations after interception inspections: 65"), or "" when
    what stands before is a clause."""
    text = before.rstrip(" \t\n\r:–-") + " "
    m = _LABEL_START.match(text)
    phrase = text[m.end():] if m else text
    return "" if _DIGIT.search(phrase) or _VERB.search(phrase) else phrase


# "Of the 99, ...", "19 Of the 1,320 applications," (after a note's marker)
_OF_THE_FIGURE = re.compile(r"\W*(?:\d{1,3}\s+)?(?:of|among|within)\s+(?:the|these|those)\s+(\d{1,3}(?:,\d{3})*|\d+)\b(?![.,]\d)", re.I)
_MEASURE_SUFFIXES = (".share", ".change", ".annualised")
# "applicants' share", "the police's proportion": a part's own share
_SHARE_OF = re.compile(r"(?:['’]s?)?\s+(?:share|proportion|percentage)\b", re.I)
_CORRESPONDING = re.compile(r"\b(?:corresponding|equivalent|comparable)\s+(?:figures|numbers|totals|counts|shares)\b|\brespectively\b"
                            r"|\b(?:split|breakdown)\s+(?:was|were|is|came\s+to)\b"
                            # ("...; in 2015 the shares were 65% and 34%")
                            r"|\bthe\s+(?:two\s+|three\s+)?(?:shares|proportions|percentages)\s+(?:were|was|are)\b"
                            # ("... 65.22% and national security 34.5%. In 2014 it had been 68% and 31%.")
                            r"|\b(?:it|they)\s+(?:had\s+been|has\s+been|was|were)\s+(?=£?\d[\d,.]*\s?%?\s*(?:,|and)\s)", re.I)
_PERIOD_OPENING = re.compile(r"^\s*(?:in|during|for|by)\s+(?:the\s+(?:calendar\s+|financial\s+)?year\s+)?(?:19|20)\d{2}(?:[-/–]\d{2,4})?\s*,?\s*", re.I)
_OF_THEM_AFTER = re.compile(r"\s*(?:%|per\s?cent)?\s+of\s+(?:them|these|those|the\s+total)\b", re.I)
# "65.22% of them and national security for 34.5%": what follows "and" is the next item's
# "fined Clearview AI Inc £7.5m and Interserve Group Ltd £4.4m": the rest of a name (capitalised
# words, a company's suffix) between the part named and its figure
_NAME_TAIL_GAP = re.compile(r"(?:\s+(?:[A-Z][\w&'’.-]*|plc|ltd|llp|inc)){1,3}\s*[:(–-]?\s*")
_FALLS_IN = re.compile(r"(?:\s+[a-z]+){0,3}\s*,?\s*(?:which|that)\s+(?:falls?|fell|counts?|counted|belongs?|is\s+counted)\s+"
                       r"(?:in|into|to|within|under)\s+(?:(?:our|the|its|their)\s+)?"
                       r"(?:(?:financial|reporting|business|accounting|[A-Z]{2,5})\s+)?(?:year\s+)?", re.I)
_SUCH_AFTER = re.compile(r"\s+such\s+[a-z]", re.I)
_SUCH_SUBJECT = re.compile(r"\bsuch\s+[a-z]+s\s+(?:fell|rose|went\s+(?:up|down)|dropped|increased|decreased|numbered|totalled|reached|came)\b(?:\s+\w+){0,2}\s*$", re.I)
_NEXT_ITEM = re.compile(r"\b(?:and|or|while|whereas|but)\s+(?:the\s+)?$", re.I)
# "Serious crime accounted for 65.22% of them and national security for 34.5%": the verb of
# the item before left out of this one
_GAPPED_ITEM = re.compile(r"(?:\band|,)\s+[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s+(?:for|with)\s*$", re.I)
# "; 12% for poor presentation", ", and 3% because ...": an item of a run after its separator
_RUN_ITEM_BEFORE = re.compile(r"[;,]\s*(?:and\s+)?$", re.I)
_AND_PART = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:and|while|whereas)\s+(?:the\s+)?([A-Za-z][A-Za-z '’-]{2,40}?)\s*", re.I)
_REASON_BEFORE = re.compile(r"\b(?:and|or)\s+(?:for|because|owing\s+to|due\s+to|at\s+the\s+request\s+of)\b[^;,.]{0,60}\bin\s+$", re.I)
_REASON_AFTER = re.compile(r"\s*(?:%|per\s?cent)?\s+(?:for|because|owing\s+to|due\s+to|at\s+the\s+request\s+of|at\s+(?:a|the)\s+\w+['’]s\s+request)\b", re.I)
_LIST_NEXT = re.compile(r"\s*(?:,|and\b|or\b|&)")
_ABOUT_LABEL = re.compile(r"\b(?:relat(?:ing|ed|e|es)\s+to|concerning|about|involving|regarding)\s+(?:the\s+)?$", re.I)
_OF_COMPLEMENT = re.compile(r"\w*\s+of\s+(?:the\s+|a\s+|an\s+)?", re.I)
_EXCEPT = re.compile(r"\b(?:other\s+than|rather\s+than|except|excluding|apart\s+from)\b", re.I)
_EXCEPT_BEFORE = re.compile(r"\b(?:other\s+than|rather\s+than|except|excluding|apart\s+from)\b(?:(?!\b(?:were|was|made|granted|obtained|had)\b)[^,;:])*$", re.I)
_PREPOSITION = re.compile(r"\b(?:after|of|for|from|in|at|on|following|about|during|by|with|into|under|per|to)\b", re.I)
# "reported 926 communications data errors", "notified a total of 40 errors"
_REPORTED_ERRORS = re.compile(r"\b(?:reported|notified|self-reported|disclosed)\s+(?:(?:a\s+total\s+of|some|about|around|over|nearly|almost|more\s+than)\s+)?$", re.I)
# ("reported 1,063 of them" after a sentence on errors: the errors, by pronoun)
_ERRORS_AFTER = re.compile(r"\s*(?:%|per\s?cent)?\s+(?:(?:of\s+(?:the\s+|all\s+)?)?(?:[a-z]+\s+){0,3}?(?:errors|breaches)\b|of\s+(?:them|these|those)\b)", re.I)
# "970 interception": what stands between a figure and the noun it counts
# (not a year: "in 2016 single points of contact were responsible for 43.5%")
_MODIFIES_FIGURE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d{2}\s)\d(?:[\d,.]*\d)?\s?%?\s+(?:(?!(?:of|in|for|and|or|to|the|were|was|had)\b)[a-z]+\s+)?$")
_OUT_OF_BEFORE = re.compile(r"\bout\s+of\s+(?:a\s+total\s+of\s+|(?:some|about|around|over|nearly|almost|just\s+(?:over|under))\s+)?(?:the\s+)?$", re.I)
# (", and that 1,101 errors were reported": a second reported statement, its own subject)
# "the Interception of Communications Commissioner's report": an office's title names no kind
# of figure (its report counts communications data as much as interception)
# (and "the interception commissioner's office", as writers shorten it)
_OFFICE_TITLE = re.compile(r"\bInterception\s+(?:of\s+Communications\s+)?Commissioner", re.I)


def _untitled(text: str) -> str:
    return _OFFICE_TITLE.sub("Commissioner", text) if "nterception" in text and "ommissioner" in text else text


_SUBJECT_VERB = re.compile(r"\s+(?:agencies\s+|bodies\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)?\s*(?:granted|made|obtained|issued|given|approved|sought|reported|received|carried\s+out)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|over\s+|nearly\s+|almost\s+)?", re.I)
_REPORTED_BY = re.compile(r"\breported\s+(?:to\s+\w+\s+)?by\s+(?:the\s+)?$", re.I)
_REPORTING_LEAD = re.compile(r"^.*\b(?:that|whether)\s+", re.I | re.S)
_NEW_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:the|its|their|this|these|those)\b)|,?\s+and\s+that\s+"
                          r"|,?\s+(?:although|though)\s+", re.I)
# "-ed" words that name things, not actions ("directed surveillance", "legally privileged material")
_ED_ADJECTIVES = re.compile(r"\b(?:directed|privileged|related|based|registered|designated)\b", re.I)
_VERB = re.compile(r"\b(?:were|was|are|is|had|has|have|been|made|make|makes|accounted|numbered|totalled|came|rose|fell)\b|\b[a-z]{3,}ed\b", re.I)


_LEVEL_REACHED = re.compile(r"\bto\s*$")
_FROM_SHARE = re.compile(r"\b(?:up|down)\s+from\s*$", re.I)
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?£?\d", re.I)
_FROM_TO = re.compile(r"\b(?:from|by|of)\s+\S+\s+to\s*$")


def _measure(metric: Metric, w: _Mention) -> tuple[str, str, float]:
    """(metric id, unit, value): a percentage is a share of the metric or, with words of
    movement around it ("up 17.5%", "a reduction of 19%"), a change in it, signed by them."""
    n = w.n
    sign = re.search(r"(?:^|[\s(:])([+−–]|[▲▼↑↓⬆⬇]\s?)$", w.before[-3:] if len(w.before) >= 3 else " " + w.before) \
        or re.fullmatch(r"\W*?(-)", w.before)  # ("-19% change in warrants issued": a hyphen opening the item)
    if n.unit == "percent" and sign:
        # "+17.5% warrants in 2017", "−19% warrants in 2013", "▲ 17.5% on 2016": a signed share
        # is a change
        return metric.id + ".change", "percent", -n.value if sign.group(1).strip() in ("−", "–", "-", "▼", "↓", "⬇") else n.value
    if n.unit == "percent":
        head = w.before_clause[-60:]
        if head.rstrip().endswith("to") and _LEVEL_REACHED.search(head) and not _FROM_TO.search(head):
            # "fell to 11.6%", "had grown to 39.4%": the level reached, not the change
            # (unlike "a rise of 5% to", "from 3% to 5%")
            return metric.id + ".share", "percent", n.value
        if _FROM_SHARE.search(head):
            # "2.2% of the total, down from 2.5% in 2015": the level moved from, not the change
            return metric.id + ".share", "percent", n.value
        put_at = _PUT_AT_CHANGE.search(head) or _BEING_CHANGE.search(head)
        if put_at:
            # "a fall the Commissioner put at 19 per cent": the change, measured by someone
            down = put_at.group("w").lower() in ("fall", "drop", "decrease", "reduction", "decline")
            return metric.id + ".change", "percent", -n.value if down else n.value
        if _DOWN_RE.search(head) or _DOWN_AFTER_RE.match(w.after):
            return metric.id + ".change", "percent", -n.value
        if _UP_RE.search(head) or _CHANGE_AFTER_RE.match(w.after):
            return metric.id + ".change", "percent", n.value
        return metric.id + ".share", "percent", n.value
    return metric.id, ("GBP" if n.unit == "GBP" else metric.unit), n.value


def _restates(sent: str, w: "_Mention") -> bool:
    """Is the figure, in brackets, the figure before the brackets for other periods? "(83 in
    2017)", "(2016: 754,559; 2015: 761,702 after projection)"."""
    if not _in_brackets(sent, w.start):
        return False
    opened = sent.rfind("(", 0, w.start)
    closed = sent.find(")", w.end)
    inside = sent[opened + 1:closed if closed >= 0 else len(sent)]
    bare = inside
    for p in grammar.parse_periods(inside):
        bare = bare.replace(p.text, " ")
    # what is left: figures, separators, "in", and a short remark ("after projection")
    bare = re.sub(r"£?\d[\d,.]*%?|[:;,–/-]|\b(?:in|during|for|after|before|projection|estimated?)\b", " ", bare, flags=re.I)
    return not bare.strip() and bool(grammar.parse_periods(inside))


# "19 police forces", "82 journalists", "15 occasions": a figure and the plural noun it counts
_COUNTED_NOUN = re.compile(r"\s+(?:(?!(?:of|the|and|or|to|in|for|on|at|by|with|from|were|was|are|is|had|have|per|a|an)\b)[a-z]+\s+){0,2}([a-z][a-z-]{2,}s)\b(?!\s+(?:of\s+age|old)\b)")
# plurals that measure time or distance, or are not things counted
# (nor the engagement counts a social-media post or a web page prints: "19 replies · 143 reposts")
_NOT_COUNTED = re.compile(r"(?:hours|days|weeks|months|years|minutes|seconds|times|miles|metres|pages|paragraphs|sections|chapters|percent|pounds|pence|numbers|is|was|has|does|this|thus|less|unless|as"
                          r"|replies|reposts|retweets|likes|views|shares|comments|followers|subscribers|words|characters"
                          r"|refers|relates|includes|remains|means|shows|says|states|applies|appears|follows|seems|makes|takes|gives|covers|concerns|involves|represents|requires|exceeds|sets|lists)$", re.I)


# "the figure was 498", "the equivalent total for 2017 was 926", "put the 2016 figure at 1,101"
_ANAPHOR_BEFORE = re.compile(
    r"\b(?=(?:figure|total|number|count|series)\b)(?<!paragraph )(?<!page )(?<!section )(?<!reference )(?<!phone )(?<!case )(?<!serial )(?<!version )(?:figure|total|number|count|series)\b(?:,?\s+(?:for|in|during|of)\s+(?:the\s+)?[\w/–-]+(?:\s+[a-z]+)?,?)?\s+"
    r"(?:was|were|is|had\s+been|has\s+been|stood\s+at|came\s+to|reached|at|compares\s+with|compared\s+with|" + _MOVED_TO + r")\s*(?:(?:just\s+)?(?:over|under)|about|around|approximately|some|nearly|almost)?\s*$"
    # ("Go back to 2015 and you find 761,702.": the count, found for another period)
    r"|\b(?:you|we)\s+(?:find|get|see)\s*$"
    # ("the report for 2013 gave 970.": a report's count, restated)
    r"|\breport\s+(?:for|on)\s+(?:19|20)\d{2}\s+(?:gave|recorded|reported|counted|showed)\s*$"
    # ("gives a different total of 1,200", "a revised figure of 926": the same count, restated)
    r"|\b(?:a|an|the)\s+(?:different|revised|higher|lower|new|corrected|separate|later|earlier)\s+(?:figure|total|number|count)\s+of\s*$", re.I)
# "interviewees (4 and 11": numbers in brackets right after a plural noun
_BRACKETED_AFTER_NOUN = re.compile(r"\b([a-z]{3,}s)\s*\(\s*(?:\d[\d,]*\s*(?:,|and|&)\s*)*$", re.I)
# "4 months rather than 12", "six weeks or eight": a figure in the unit of the one before it
_SAME_UNIT_BEFORE = re.compile(r"\d\s+(?:hours|days|weeks|months|years)\s+(?:rather\s+than|instead\s+of|or|not)\s+$", re.I)
# "one application can cover several items": a general statement
_GENERIC_ONE = re.compile(r"\s+[a-z]+\s+(?:can|may|might|could|will|would|should|must)\b", re.I)
# "A penalty of £500,000": one penalty (unlike "the penalties issued came to £900,000")
_ONE_PENALTY = re.compile(r"\b(?:a|the|this|that|its)\s+(?:monetary\s+)?(?:penalty|fine)\b", re.I)
_PENALTIES = re.compile(r"\b(?:penalties|fines)\b", re.I)
# "808 of their authorisations": a part of what someone named before has
_OF_THEIR = re.compile(r"\s+of\s+(?:their|its)\b", re.I)
# "issued under it", "approved through it": a procedure named before, by pronoun
_UNDER_IT = re.compile(r"\b(?:under|through|using|by)\s+(?:it|this|that)\b(?!\s+(?:year|period))", re.I)
# "it granted 792": a pronoun doing what the figure counts
_PRONOUN_AGENT = re.compile(r"\b(?:it|they)\s+(?:granted|made|obtained|issued|reported|authorised|received|accounted\s+for)\s+"
                            r"(?:about\s+|some\s+|nearly\s+|over\s+|just\s+over\s+|just\s+under\s+)?$", re.I)
# "933 directed surveillance authorisations made by ": the words naming whose a whole is
_WHOSE_WHOLE = re.compile(r"\s+(?:[a-z]+\s+){0,4}?(?:made|granted|obtained|issued|reported)\s+(?:by|to)\s+(?:the\s+)?", re.I)
# "the 2013 fall put at", "the 2017 rise of": a change named by its year
_YEAR_CHANGE = re.compile(r"\bthe\s+((?:19|20)\d{2})\s+(?:fall|rise|increase|decrease|drop|decline|reduction)\b[^,;.()\d]*$", re.I)
# "since 2012, when the increase was": a clause about the year before it
_WHEN_CLAUSE = re.compile(r"\b((?:19|20)\d{2}),\s+when\s+[^,;:()]*$")
# "when the increase was 16%": a change, its count left to the text before
_THE_CHANGE_WAS = re.compile(r"\bthe\s+(?:increase|rise|fall|drop|decrease|decline|reduction)\s+(?:was|had\s+been|stood\s+at|came\s+to)\s+"
                             r"(?:(?:just\s+)?(?:over|under)\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
# "The same report counted ...": a statement from the source the sentence before cited
_SAME_SOURCE_OPENING = re.compile(r"\W*(?:the\s+same|that|this)\s+(?:annual\s+)?(?:report|survey|release|publication|letter)\b", re.I)
# "The latest figure, for 2017, is": a restatement frame naming its own year
_DATED_ANAPHOR = re.compile(r"^\W*(?:the\s+)?(?:(?:latest|last|most\s+recent|final|comparable|equivalent|corresponding)\s+)?(?:figure|total|count|number)"
                            r",?\s+(?:for|in)\s+(?:19|20)\d{2}(?:[-/]\d{2,4})?,?\s+(?:is|was|stood\s+at|came\s+to)\s*$", re.I)
# "and in 2016 it was 754,559", "In its covering letter it gave 1,200": a pronoun standing for
# the count the sentence before gave, restated
_PRONOUN_FRAME = re.compile(r"\b(?:it|they)\s+(?:was|were|had\s+been|has\s+been|stood\s+at|came\s+to|gave|reported|recorded|cited|printed|stated"
                            r"|(?:was|were)\s+(?:back\s+)?(?:up|down)\s+to|(?:fell|rose|dropped|climbed)(?:\s+back)?(?:\s+by\s+\d[\d.]*\s?(?:%|per\s?cent))?,?\s+to)"
                            r"\s*(?:(?:just\s+)?(?:over|under)|about|around|approximately|some|nearly|almost)?\s*$", re.I)
# "3,007 in 2016", "3,059 (2015)": a figure followed by its period
# "it fell by 19%": a change in the count a pronoun stands for
_PRONOUN_CHANGE = re.compile(r"\b(?:it|they)\s+(?:fell|rose|dropped|climbed|increased|decreased|grew|declined)\s+by\s+"
                             r"(?:(?:just\s+)?(?:over|under)\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_ANAPHOR_AFTER = re.compile(r"\s*(?:\(\s*|(?:in|for|during)\s+)(?:the\s+(?:calendar\s+|financial\s+)?year\s+)?(?:19|20)\d{2}\b")
# "the paragraph number was 12": a reference, whatever follows
_REF_NUMBER_SUBJECT = re.compile(r"\b(?:paragraph|page|section|reference|case|serial|version|telephone|phone|account)\s+(?:number|no\.?)(?!\w)", re.I)
_REPORTED_NONE = re.compile(r"\b(?:reported|recorded|found|determined|counted|identified|confirmed)\s*$", re.I)
_THERE_WERE = re.compile(r"\bthere\s+(?:were|was|had\s+been|have\s+been)\s*$", re.I)
# "; there were 926 the next year and ...": a bare figure said to exist, then only its period
_THEN_PERIOD = re.compile(r"\s*(?:(?:in|during|for|by)\s+)?(?:(?:19|20)\d\d(?:[-/]\d{2,4})?|the\s+(?:next|following|previous|preceding)\s+year"
                          r"|the\s+year\s+(?:after|before)(?:\s+that)?|a\s+year\s+(?:later|earlier)|that\s+year)\s*(?:[,;.]|\band\b|$)", re.I)


def _there_were_then(w: "_Mention") -> bool:
    return _THERE_WERE.search(w.before_clause) is not None and _THEN_PERIOD.match(w.after) is not None


# what may follow a figure that closes its sentence: citation markers, the full stop
# ", or 1,937 on an annualised basis;": the same count put as an annual estimate, closing the clause
_OR_ESTIMATE = re.compile(r"\s*,\s*or\s+£?\d[\d,]*(?:\.\d+)?\s+(?:on\s+an\s+annuali[sz]ed\s+basis|annuali[sz]ed|a\s+year\s+at\s+that\s+rate)\s*(?:[;.]|$)", re.I)
_CLOSES_SENTENCE = re.compile(r"\s*(?:\[[^\]]{0,20}\]\s*)*[.!?]?[\"”’]?\s*")
# "83 were reported.", "1,453 had been recorded.": a verb in the passive closing it; or the
# auxiliary alone, its participle left out ("The year before, twenty-four had been.")
_PASSIVE_CLOSE = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)(?:\s+[a-z]{3,}ed\b|(?=\s*[.!?]))")


# "The low point was 2013, with", "the peak came in 2017, at", "The busiest year was 2015:":
# a sentence naming the year of an extreme of a series, then its figure
_EXTREME_YEAR_BEFORE = re.compile(
    r"^\W*(?:" + _SPEAKER_NAME + r")?(?:(?:and|but|so)\s+)?the\s+(?:(?:low|high|lowest|highest|busiest|quietest)(?:\s+(?:point|year|mark))?|peak|trough|record|maximum|minimum)"
    r"(?:\s+(?:in|of)\s+the\s+(?:published\s+)?(?:series|decade|period|figures))?"
    r"\s+(?:was|is|came|fell|arrived)\s+(?:in\s+)?(?:19|20)\d{2}(?:[-/–]\d{2,4})?\s*(?:[,:]\s*(?:with|at|when\s+(?:it|there)\s+(?:was|were|stood\s+at))?|,?\s+(?:with|at))\s*$",
    re.I)


# "... who asks how many interception warrants there were at the peak.": a question reported
# in a statement, which the next paragraph answers as it would a question
_ASKS = re.compile(r"\b(?:asks?|asked|asking|wants?\s+to\s+know|wanted\s+to\s+know|wonders?|wondered|enquires?|enquired|inquires?|inquired)"
                   r"\s+(?:us\s+|me\s+)?(?:how\s+(?:many|much|often)|what\s+(?:the|was|were|is|are))\b", re.I)


# "2 For 2014 the count was ...", "† The covering letter ...": a footnote's marker opening it
_FOOTNOTE_OPENING = re.compile(r"\s*(\d{1,2}|[*†‡§¶])\s+(?=\S)")
# "2,306 warrants were issued for that purpose": a part pointed back to
_THAT_PART_AFTER = re.compile(r"(?:\s+[a-z]+){0,4}?\s+for\s+th(?:at|is|ose|ese)\s+(?:purposes?|reasons?)\b", re.I)
_BY_PART_AFTER = re.compile(r"\s+(?:of\s+them\s+)?(?:by|from|to)\s+(?:the\s+)?[a-z]", re.I)
_RELATIVE_OPENING = re.compile(r"\W*of\s+(?:which|whom)\s+there\s+(?:were|was|had\s+been|have\s+been)\b", re.I)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\W*[A-Z])")


# "of the errors he investigated", "of the cases that were reviewed": a relative clause naming what
# was done to the things counted, which qualifies the noun, not the figure
_CONTACT_RELATIVE = re.compile(r"\bof\s+the\s+[a-z]+s\s+(?:(?:he|she|they|we|it|that|which)\s+)(?:had\s+|has\s+|have\s+|were\s+|was\s+)?$", re.I)


def _statement(w: "_Mention") -> str:
    """The figure's statement: its sentence between the semicolons around it (what follows a
    semicolon is another statement: "45% were returned because ...; 1% because an error was
    found")."""
    semi = w.sent.find(";", w.end)
    return w.sent[w.sent.rfind(";", 0, w.start) + 1:semi if semi >= 0 else len(w.sent)]


def _excluded_by(m: Metric, text: str) -> bool:
    """Does text hold a word that rules the metric out, outside a relative clause on the noun
    ("judged 24 of the errors he investigated to be serious" is no count of investigations)?"""
    return any(not _CONTACT_RELATIVE.search(text, 0, x.start()) for x in m.exclude.finditer(text))


def _is_question(sentence: str) -> bool:
    """A question, asked ("... in 2012?") or reported ("She asks how many warrants ...")."""
    return sentence.rstrip().endswith("?") or _ASKS.search(sentence) is not None


def _closes_statement(after: str) -> bool:
    """Does the figure close its sentence, perhaps after a passive verb ("83 were reported.")?"""
    m = _PASSIVE_CLOSE.match(after)
    return _CLOSES_SENTENCE.fullmatch(after[m.end():] if m else after) is not None


def _restarts_on_period(sent: str, w: "_Mention") -> bool:
    """"... reported 1,842 authorisations in 2016-17; from 1 April to 31 December 2017 IPCO
    recorded 1,453.": a statement after a semicolon, opening on a period and closed by a bare
    figure, counts again what the statement before counted."""
    seg0 = sent.rfind(";", 0, w.start) + 1
    return seg0 > 0 and _closes_statement(w.after) and _opens_on_period(sent[seg0:w.start])


def _opens_on_period(text: str) -> bool:
    """Does the text (a statement up to a figure) open on a period: "In 2016 the total was",
    "The year before,", "from 1 April to 31 December 2017 IPCO recorded"?"""
    first = next((p for p in grammar.parse_periods(text) if p.kind in ("year", "fy", "part", "relative")), None)
    return first is not None and re.fullmatch(r"\W*(?:(?:in|during|for|by|from|over)\s+)?", text[:first.start], re.I) is not None


# "was authorised 186 times": a verb whose noun names the thing counted
_TIMES_AFTER = re.compile(r"\s+times\b", re.I)
_VERB_NOUNS = (("authoris", "authorisations"), ("authoriz", "authorisations"), ("appli", "applications"),
               ("apply", "applications"), ("request", "requests"), ("inspect", "inspections"),
               ("complain", "complaints"), ("recommend", "recommendations"), ("approv", "approvals"),
               ("refus", "refusals"))
_COUNTED_VERB = re.compile(r"\b(authori[sz]ed|appli(?:ed|es)|apply|requested|inspected|complained|recommended|approved|refused)"
                           r"\s+(?:(?:a\s+total\s+of|in\s+all|altogether|some|about|around|over|nearly|almost|more\s+than|fewer\s+than)\s+)?$", re.I)


# "rose from 926 to 1,063": the level before a movement, the level after it
_FROM_LEVEL_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?(?:£\s?)?$", re.I)
_FROM_LEVEL_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,4}?(?:(?:in|during|for)\s+[\w/–-]+\s*|\([^)]*\)\s*)?,?\s*to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?(?:£\s?)?$", re.I)
_TO_LEVEL_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?£?\d[\d,.]*\s?%?\s*(?:[a-z]+\s+){0,4}?(?:(?:in|during|for)\s+[\w/–-]+\s*|\([^)]*\)\s*)?,?\s*to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?(?:£\s?)?$", re.I)
# "fell by 19% to 2,760 in 2013": a change followed by the level it led to
# ("a rise of 17.5%, to 3,535")
_TO_LEVEL_AFTER = re.compile(r"\s*(?:%|per\s?cent)?,?\s+to\s+£?\d", re.I)
_YEAR_ON_YEAR = re.compile(r"\byear[- ]on[- ]year\b|\b(?:on|over|compared\s+(?:with|to)|from|than)\s+the\s+(?:previous|preceding|prior|last)\s+(?:reporting\s+)?year\b|\bthe\s+year\s+before\b", re.I)
# "increased by 528", "an increase of 137": a change in a count
_BY_CHANGE_BEFORE = re.compile(r"\b(?:(?:rose|risen|rising|fell|fallen|falling|increased|decreased|grew|grown|dropped|declined|reduced|went\s+(?:up|down)|up|down)\s+by"
                               r"|(?:an?\s+)?(?:(?:net|overall|further)\s+)?(?:increase|decrease|rise|fall|drop|decline|reduction|growth)\s+of)\s*(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|(?:fewer|more|less)\s+than\s+|over\s+|under\s+)?$", re.I)


# "National security: 6%", "Lawyers – 234": a label and its figure
_LABELLED_FIGURE = re.compile(r"[A-Za-z][A-Za-z()'’/&,\s-]{1,60}?\s*[:–—]\s*£?\d[\d,]*(?:\.\d+)?\s?%?(?!\d)")


# notes under a table: "a Projected by IOCCO ... b Intelligence agencies only; ..."
_NOTE_START = re.compile(r"(?:^|(?<=[.)])\s+)([a-z]|\d{1,2}|[*†‡])\s+(?=[A-Z])")
# "Intelligence agencies only", "Law enforcement only"
# "Note: ", "Notes. " opening a paragraph under a table
_TABLE_NOTE = re.compile(r"\s*notes?\s*[:.]\s*", re.I)
_NOTE_ONLY = re.compile(r"\s*([A-Za-z][A-Za-z&'’ -]{1,50}?)\s+only\b")


# "(d) The covering letter ...", "d) ..." (the bracket may end the sentence before)
_NOTE_OPENING = re.compile(r"\s*\(?([a-z])\)\s")
# "c 2,306 warrants were issued ...": a note opening on its bare marker (only a marker some
# cell of the page carries)
_BARE_NOTE_OPENING = re.compile(r"\s*([a-z])\s+(?=[A-Z0-9£])")
_CELL_NOTE = re.compile(r"\(([a-z])\)\s*$")


def _cell_notes(tables: list) -> dict:
    """The label of the row of each figure in the tables that carries a note's marker, by marker:
    raised ("2,509" + "d") or in brackets after it ("1,101 (d)")."""
    notes = {}
    for t in tables:
        head = t.rows[:t.header_rows]
        for r in t.rows[t.header_rows:]:
            label = _row_label(r)
            # a row led by its year ("2017 | 3,535 c"): the cell's column header says what it
            # counts, the year when
            first = next((c for c in r if c is not None and c.text.strip()), None)
            period = _whole_period(first.text) if first is not None and not label else None
            for j, c in enumerate(r):
                if c is None or not (label or period) or _cell_value(c.text) is None or c is first and period:
                    continue
                marked = _CELL_NOTE.search(c.text)
                over = " ".join(h[j].text for h in head if j < len(h) and h[j] is not None)
                # (a row's label under its column's header: "Authorisation" over "Directed
                # surveillance (other public authorities)")
                about = " ".join([h[0].text for h in head if h and h[0] is not None] + [label]) if label else over
                # (a row led by its label: the period its column's header names, if one: "f Of
                # which 792 ..." on the cell under "1 Apr 2017 to 31 Dec 2017")
                named = {p.period for p in grammar.parse_periods(over) if p.kind in ("year", "fy", "part")} if label else ()
                for marker in c.footnotes + ([marked.group(1)] if marked else []):
                    notes.setdefault(marker, (about, period or (next(iter(named)) if len(named) == 1 else None)))
    return notes


def _page_notes(blocks: list) -> dict:
    """The notes printed on a page, by marker: paragraphs that open on a note marker, each
    possibly holding several notes one after another."""
    notes = {}
    for b in blocks:
        if b.kind != "paragraph" or not _NOTE_START.match(b.text):
            continue
        parts = _NOTE_START.split(b.text)
        for marker, text in zip(parts[1::2], parts[2::2]):
            notes.setdefault(marker, text.strip())
    return notes


def _in_brackets(sent: str, pos: int) -> bool:
    return sent.count("(", 0, pos) > sent.count(")", 0, pos)


def _in_relative_clause(sent: str, pos: int) -> bool:
    c0 = max((m.end() for m in _CLAUSE_SEP.finditer(sent, 0, pos)), default=0)
    return bool(re.match(r"\s*(?:which|who|whose|where)\b", sent[c0:pos]))


def _words_between(text: str) -> int:
    return len(re.findall(r"[A-Za-z][\w'’-]*", text))


class Recognizer:
    def __init__(self, taxonomy: Taxonomy | None = None):
        self.taxonomy = taxonomy or load_taxonomy()
        self.nlp = build_nlp()

    def _parse(self, text: str) -> Doc:
        """self.nlp(text), with the text handed to the components as it came (see _text):
        tokenization keeps a text exactly, and spaCy's doc.text would rebuild it from the
        tokens, a Python object per token (a tenth of the pass)."""
        doc = self.nlp.make_doc(text)
        doc.user_data["oversight_text"] = text
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        return doc

    # -- documents --------------------------------------------------------------------
    def recognize_document(self, doc: DocumentContent) -> list[Observation]:
        first = _opening(doc)
        ctx = Context(doc.path, doc.sha256, report_period(doc.title, first))
        # In FOI correspondence, dates and log periods in headings date the letters, not the
        # statistics quoted in them.
        ctx.headings_date = not _FOI_RE.search(doc.title + " " + first[:300])
        out: list[Observation] = []
        for page in doc.pages:
            out.extend(self.recognize_page(page, ctx))
        return _cross_check(_dedupe(_finer_periods(out)))

    def recognize_page(self, page: PageContent, ctx: Context) -> list[Observation]:
        out = []
        ctx.cell_notes = _cell_notes(page.tables)
        # The heading state at each heading of the page, by where it ends on the page: a table
        # is read under the heading above it, not under the page's last heading.
        marks = [(float("-inf"), ctx.heading, ctx.heading_period)]
        figures = [i for i, b in enumerate(page.blocks) if b.kind == "caption" and re.match(r"fig", b.text, re.I)]
        previous = ""
        previous_kind_now = ""
        noted = {}  # footnote marker -> the context of the paragraph carrying it (as ctx.carry)
        list_lead = None  # (the heading's period) while a list's lead-in dates its items
        data_fields = None  # the field names of a data file's lines printed on the page
        for i, block in enumerate(page.blocks):
            legend_end = 0
            pull_quote = False
            if block.kind in ("heading", "paragraph") and len(block.text) < 200 \
                    and (";" in block.text or "|" in block.text or "\t" in block.text) and _DATA_HEADER.fullmatch(block.text):
                # "year;measure;authority;value;unit": the header of data-file lines below
                data_fields = _data_fields(block.text)
                if data_fields:
                    continue
            if data_fields and block.kind == "paragraph":
                found = self.recognize_data_lines(block, page.number, ctx, data_fields)
                if found is not None:
                    out.extend(found)
                    continue
            data_fields = None
            if block.kind == "heading" and re.search(r"\d", block.text) and _words_between(block.text) > 8 \
                    and re.search(r"\.(?:\[[\w ]{1,30}\])?[\"”’']?$", block.text.rstrip()):
                # a sentence set in bold is still prose (a citation marker may close it: "in
                # 2009.[10]"); so is a pull quote ("“24 serious errors
                # in 2017. Each one is a life turned upside down.”"), which also heads the text it
                # is pulled from (what it counts, its year)
                pull_quote = block.text.lstrip()[:1] in "\"“‘"
                block = replace(block, kind="paragraph")
            elif block.kind == "heading" and _DIGIT.search(block.text) and (_VERB.search(block.text) or _HEADLINE_VERB.search(block.text)) \
                    and _words_between(block.text) <= 14 and not (_CHART_LABEL.match(block.text) or _TABLE_LABEL.match(block.text)):
                # "Watchdog: 808,214 items of data obtained in 2018", "Public bodies reported 99
                # errors": a headline states a figure (it has a verb), and heads the text under it
                pull_quote = True
                block = replace(block, kind="paragraph")
            elif block.kind == "heading" and len(_LABELLED_FIGURE.findall(block.text)) >= 2:
                # "Prevent and detect crime: 83% National security: 6%": figures with their
                # labels set in bold are a list, not a heading; its items, run together on one
                # line, are parted as a list's items are (the same length: boxes stay put)
                text = block.text
                for m in list(_LABELLED_FIGURE.finditer(text))[:-1]:
                    if text[m.end():m.end() + 1] == " ":
                        text = text[:m.end()] + ";" + text[m.end() + 1:]
                block = replace(block, kind="bullet", text=text)
            if block.kind == "paragraph":
                # A chart's legend belongs to the nearest figure caption (captions often follow
                # their chart), or to a paragraph just before it that points to a figure ("The
                # inner ring of Figure 10 gave:").
                nearest = min(figures, key=lambda j: (abs(j - i), j < i), default=None)
                about = [page.blocks[nearest].text] if nearest is not None else \
                    ([previous] if re.search(r"\bfig(?:ure|\.)?\s*\d", previous, re.I) else [])
                if about:
                    legend, legend_end = self.recognize_legend(block, page.number, ctx, about)
                    out.extend(legend)
            previous_text, previous_kind = previous, previous_kind_now
            previous, previous_kind_now = block.text, block.kind
            if block.kind == "bullet" and previous_kind == "paragraph" and list_lead is None \
                    and _words_between(previous_text) <= 30:
                # "What the Commissioner reported for 2019, the year our campaign began." over a
                # list: a short lead-in naming one year dates the items that name none
                named = {p.period for p in grammar.parse_periods(previous_text) if p.kind in ("year", "fy")}
                if len(named) == 1:
                    list_lead = (ctx.heading_period,)
                    ctx.heading_period = named.pop()
            elif block.kind != "bullet" and list_lead is not None:
                ctx.heading_period, list_lead = list_lead[0], None
            if legend_end >= len(block.text.rstrip()):
                continue
            if block.kind == "heading" or pull_quote:
                ctx.heading = block.text
                # ("DATA PROTECTION ACT 2018": a statute's year dates nothing under it)
                found = {p.period for p in grammar.parse_periods(block.text) if p.kind in ("year", "fy", "part")
                         and not _STATUTE_BEFORE.search(block.text, max(0, p.start - 30), p.start)}
                if found and ctx.headings_date and all(re.fullmatch(r"\d{4}|\d{4}-04/\d{4}-03", f) for f in found):
                    ctx.reckoning = min(found)
                if len(found) == 1 and ctx.headings_date:
                    ctx.heading_period = found.pop()
                    ctx.named.append(ctx.heading_period)
                elif len(found) > 1 and ctx.headings_date:
                    # "Notices issued in 2020/21 and 2021/22": the text under it is about these
                    # periods, not about the one an earlier heading named
                    ctx.heading_period = None
                marks.append((block.bbox[3], ctx.heading, ctx.heading_period))
                ctx.section = ""
                ctx.recent = []
                ctx.carry = ()
                ctx.paragraph_before = ()
                if not pull_quote:
                    continue
            if block.kind == "paranum":
                continue
            if block.kind == "paragraph" and ctx.headings_date and _whole_period(block.text) \
                    and not (previous_kind == "heading" and re.search(r"\b(?:to|and|from)\s*$|[-–/]\s*$", previous_text)):
                # a line that is nothing but a period ("2022/23") heads the text under it, as a
                # heading would (unless it ends a heading wrapped onto it: "... 2020/21 to")
                ctx.heading_period = _whole_period(block.text)
                ctx.named.append(ctx.heading_period)
                marks.append((block.bbox[3], ctx.heading, ctx.heading_period))
                continue

            method = "list" if block.kind == "bullet" else "sentence"
            ctx.section = (ctx.section + " " + block.text)[-1500:]
            about = _ABOUT_RE.search(block.text) if ctx.default_period is None else None
            if about and _OTHERS_REPORT.search(block.text, max(0, about.start() - 20), about.start()):
                about = None  # "Its report on 2019 was published on Thursday": another body's report
            if about:
                # "The Commissioner's report for 2018 is laid before Parliament today"
                ctx.heading_period = grammar.parse_periods(about.group(1))[0].period
            note = _FOOTNOTE_OPENING.match(block.text) if block.kind == "paragraph" and noted else None
            if note and note.group(1) in noted:
                # "2 For 2014 the count was 2,795; for 2015 it was 3,059": a footnote goes on
                # from the paragraph whose text carries its marker, as an answer from its question
                ctx.carry = noted[note.group(1)]
            found = self.recognize_block(block, page.number, ctx, method, skip_before=legend_end)
            for o in found:
                if o.value >= 10 and o.unit != "percent" and not o.metric.endswith(_MEASURE_SUFFIXES) \
                        and o.metric != UNCLASSIFIED:
                    ctx.figures[o.value] = (o.metric, o.period)
            if block.footnotes and block.kind == "paragraph":
                counted = [o for o in found if o.metric != UNCLASSIFIED]
                periods = sorted({o.period for o in counted})
                for marker in block.footnotes:
                    noted[marker] = (block.text, frozenset(o.metric for o in counted),
                                     periods if len(periods) == 1 else [], "paragraph")
            out.extend(found)
        captions = [b for b in page.blocks if b.kind == "caption"]
        ctx.notes = _page_notes(page.blocks) if page.tables else {}
        for chart in page.charts:
            out.extend(self.recognize_chart(chart, _chart_titles(chart, page.blocks, captions, page.charts), ctx, page.blocks,
                                            page.charts))
        # (a grid of sentences is read as the paragraphs its cells also are: extract._prose_grid)
        tables = [t for t in page.tables if t.kind != "grid"]
        table_captions = [b for b in captions if _TABLE_LABEL.match(b.text)]
        if len(tables) >= 2 and len({t.caption for t in tables}) < len(tables) == len(table_captions):
            # two tables given the same caption while the page prints one per table: each takes
            # its own, in reading order
            order = sorted(range(len(tables)), key=lambda k: (tables[k].bbox[1], tables[k].bbox[0]))
            tables = list(tables)
            for k, cap in zip(order, sorted(table_captions, key=lambda b: (b.bbox[1], b.bbox[0]))):
                tables[k] = replace(tables[k], caption=cap.text)
        elif len(tables) == 1 == len(table_captions) and not tables[0].caption:
            tables = [replace(tables[0], caption=table_captions[0].text)]  # the page's one table and caption
        for table in tables:
            if not table.caption and captions:
                # a chart drawn as aligned labels and values has its caption as a block nearby
                near = min(captions, key=lambda b: min(abs(b.bbox[1] - table.bbox[3]), abs(table.bbox[1] - b.bbox[3])))
                if min(abs(near.bbox[1] - table.bbox[3]), abs(table.bbox[1] - near.bbox[3])) < 60:
                    table = replace(table, caption=near.text)
            last = ctx.heading, ctx.heading_period
            _, ctx.heading, ctx.heading_period = max((m for m in marks if m[0] <= table.bbox[1] + 1),
                                                     key=lambda m: m[0])
            ctx.table_note = next((_TABLE_NOTE.sub("", b.text) for b in page.blocks if b.kind == "paragraph"
                                   and -2 <= b.bbox[1] - table.bbox[3] <= 30 and _TABLE_NOTE.match(b.text)), "")
            out.extend(self.recognize_table(table, ctx))
            ctx.heading, ctx.heading_period = last
            ctx.table_note = ""
        return out

    # -- prose ------------------------------------------------------------------------
    def recognize_block(self, block: Block, page: int, ctx: Context, method: str = "sentence",
                        skip_before: int = 0) -> list[Observation]:
        if not _DIGIT.search(block.text) and not grammar.parse_word_numbers(block.text):
            # No figure and no year (every period the context keeps has digits): nothing to
            # find here, and spaCy's pass is most of the cost of a block. (A question still
            # hands its topic to the answer: "... who asks how many interception warrants there
            # were at the peak." then "The peak in the published series is 2017: 3,535.")
            ctx.carry = ()
            if block.kind == "paragraph" and _is_question(_LAST_SENTENCE.split(block.text)[-1]):
                self._carry_question(ctx, block.text, frozenset(), [])
            return []
        doc = self._parse(block.text)
        text = _text(doc)
        out = []
        # Only candidate statistics delimit each other's windows: a year or a section number
        # between two figures must not cut a figure off from its noun or period. (Read off the
        # spans once: each span._ access builds objects.)
        candidates = [(sp.start_char, sp._.num) for sp in doc.spans["numbers"]
                      if not sp._.reject and sp.start_char >= skip_before]
        if "per" in text or "%" in text:
            candidates = _shared_percent(candidates, text)
        periods = [s._.period for s in doc.spans["periods"]]
        prev = None
        prev_text = ""
        prev_metrics: frozenset = frozenset()  # the metrics of the figures of the sentence before
        ctx.sentence_before = []
        ctx.sentence_figures = []
        ctx.paragraph_counts = []
        ctx.paragraph_metrics = frozenset()
        if ctx.carry and block.kind == ctx.carry[3] and not skip_before:
            # an answer goes on from the question closing the paragraph before, a list's item
            # from the item before
            prev_text, prev_metrics, ctx.sentence_before = ctx.carry[:3]
            if block.kind == "bullet" and (_ITEM_OF_THOSE.match(block.text) or (
                    _ITEM_GOES_ON.match(block.text) and not self.taxonomy.naming(block.text, "nouns"))):
                # "903 errors reported in 2018" then "381 of those errors made by single points
                # of contact", "360 made by applicants": an item that goes on from the one before
                # is dated by it, as the next sentence of a paragraph would be
                ctx.sentence_before = ctx.carry[4]
        for sent in doc.sents:
            s0, s1 = sent.start_char, sent.end_char
            sent_text = text[s0:s1]
            live = [n for start, n in candidates if s0 <= start < s1]
            sent_periods = [p for p in periods if s0 <= p.start < s1]
            # a short sentence with no noun of its own continues the one before ("Annualised,
            # that is 248.")
            if not (prev is not None and _words_between(sent_text) <= 8):
                prev = None
            found_metrics = set()
            found_periods = set()
            found_figures = []
            ctx.sentence_so_far = []
            for n in live:
                obs = self._from_sentence(n, sent_text, s0, live, sent_periods, block, page, ctx, method, prev, prev_text,
                                          prev_metrics)
                if obs:
                    out.append(obs)
                    found_metrics.add(obs.metric)
                    found_periods.add(obs.period)
                    found_figures.append((obs.metric, obs.category, obs.period))
                    if not obs.metric.endswith(_MEASURE_SUFFIXES) and obs.metric != UNCLASSIFIED:
                        ctx.paragraph_counts.append((obs.metric, obs.category, obs.period))
                    ctx.sentence_so_far.append((n.start, obs.metric, obs.category, obs.period))
                    # an aside in brackets, or a part in a relative clause ("199, 66 of which
                    # involved IP addresses"), is not what a later bare figure elides
                    # ("65.22% of them": a share of a whole, which a later bare share may elide)
                    if not _in_brackets(sent_text, n.start - s0) and not (n.unit != "percent" and _OF_WHICH.match(text[n.end:n.end + 20])):
                        # an aside in brackets ("(33 investigated)") is not what a later bare
                        # figure elides
                        prev = (self.taxonomy.metric(obs.metric), n, obs.category, obs.period)
            for p in sent_periods:
                # "up 17.5% on 2016", "compared with 15 in 2019": a base of comparison is not
                # what the text goes on to talk about ("in the same year", "that year")
                if p.kind in ("year", "fy", "part") and not _published(sent_text, p, s0) \
                        and not (p.kind != "part" and _compared(sent_text, p, s0)):
                    ctx.named.append(p.period)
                    ctx.recent.append(p.period)
            if len(found_periods) == 1 and any(p.kind == "relative" and not _compared(sent_text, p, s0) for p in sent_periods) \
                    and not any(p.kind in ("year", "fy", "part") for p in sent_periods):
                # "A year earlier, local authorities obtained 678 items ... Of the items they
                # obtained that year": the year a relative period stood for is named too
                ctx.named.append(next(iter(found_periods)))
            elif found_figures and sent_periods and sent_periods[-1].kind == "relative" \
                    and not _compared(sent_text, sent_periods[-1], s0) and live and sent_periods[-1].start > live[-1].start:
                # "... falling to 13 in 2018 before rising to 24 the following year. In that year
                # ...": the sentence's last figure's year, told by the relative period closing it
                ctx.named.append(found_figures[-1][2])
            elif not found_periods and (ctx.recent or ctx.period) and not any(p.kind in ("year", "fy", "part") for p in sent_periods):
                # "The following year it fell ... examined 600 warrants at inspection that year":
                # a relative period names the year it stands for, figures or not
                rel = [p for p in sent_periods if p.kind == "relative" and not _compared(sent_text, p, s0)]
                if len(rel) == 1:
                    shifted = grammar.shift_period(ctx.recent[-1] if ctx.recent else ctx.period, rel[0].offset)
                    if shifted:
                        ctx.named.append(shifted)
                        ctx.recent.append(shifted)
            if not live and prev_metrics and not self.taxonomy.naming(sent_text, "nouns") \
                    and (_PRONOUN_OPENING.match(sent_text) or _words_between(_SPEAKER.sub("", sent_text)) <= 3
                         or sent_text.rstrip().endswith("?")):
                # "[3,535 warrants ...] It goes up and down. In 2012 it was 3,372", "Roughly. In
                # 2017 the serious crime share was 65.22%": a sentence with no figure and no
                # noun, about "it" or a mere interjection, keeps the topic of the one before
                continue
            prev_text = sent_text
            prev_metrics = frozenset(found_metrics)
            if found_metrics:
                ctx.paragraph_metrics = prev_metrics
            ctx.sentence_figures = found_figures
            prev_sentence_before = [p for p in ctx.sentence_before if p in found_periods]
            kept_before = ctx.sentence_before if not live and not sent_periods and _words_between(sent_text) <= 5 else None
            ctx.sentence_before = [p.period for p in sent_periods if p.kind in ("year", "fy", "part")
                                   and not _published(sent_text, p, s0) and not _compared(sent_text, p, s0)
                                   # "(83 in 2017)": an aside; "after attackers diverted users in 2018": a
                                   # subordinate clause dates its own event
                                   and not _in_brackets(sent_text, p.start - s0)
                                   and not _NEW_CLAUSE.search(sent_text[_clause(sent_text, p.start - s0, p.end - s0)[0]:p.start - s0])]
            if not sent_periods and len(found_periods) == 1 and ctx.sentence_before == [] and prev_sentence_before:
                # "In 2018 there were 1,320. Doctors were the largest group, with 498. They were
                # followed by lawyers (234)": a sentence naming no period, whose figures took the
                # one before's, passes that period on
                ctx.sentence_before = prev_sentence_before
            if kept_before:
                # "Joanna Reed: I do. It was an increase of 17.5%": an interjection passes on the
                # period of the sentence before it
                ctx.sentence_before = kept_before
        # (an item is dated by its own words or the list's heading, not by the item before)
        ctx.carry = ()
        if block.kind == "bullet":
            ctx.carry = (prev_text, prev_metrics, [], block.kind, ctx.sentence_before)
        elif block.kind == "paragraph" and _is_question(prev_text):
            self._carry_question(ctx, text, prev_metrics, ctx.sentence_before, prev_text)
        if block.kind == "paragraph":
            ctx.figures_before = ctx.sentence_figures
        if block.kind == "paragraph" and ctx.paragraph_metrics - {UNCLASSIFIED}:
            # (and the (metric, category) of its last figure; a paragraph of unclassified counts
            # only, "19 replies · 143 reposts", is what the next goes on from)
            last = next((f for f in reversed(out) if f.metric != UNCLASSIFIED), None)
            ctx.paragraph_before = (text, ctx.paragraph_metrics) + (((last.metric, last.category, last.period),) if last else ())
        ctx.sentence_before = []
        return out

    def _carry_question(self, ctx: Context, text: str, metrics: frozenset, periods: list, question: str = "") -> None:
        """A paragraph closing on a question hands the next paragraph, its answer, the topic:
        the question (what it counts, the years it names), or, when it names nothing counted
        ("Q213 Chair: And the trend before that?"), what the answer before it counted."""
        ctx.carry = (question or text, metrics, periods, "paragraph")
        if not metrics and ctx.paragraph_before and not self.taxonomy.naming(text, "nouns"):
            ctx.carry = (ctx.paragraph_before[0], ctx.paragraph_before[1], periods, "paragraph")

    def _from_sentence(self, n: grammar.NumberMatch, sent: str, s0: int, nums, periods, block: Block,
                       page: int, ctx: Context, method: str, prev=None, prev_text: str = "",
                       prev_metrics: frozenset = frozenset()) -> Optional[Observation]:
        w = _mention(n, sent, s0, nums)
        if block.kind == "caption" and _in_brackets(sent, w.start):
            return None  # "Table B7: ... (partial sample of 664,848 items)": a note on the table
        # "Incorrect times and dates remain the commonest fault. Of that kind of error, SPoCs
        # made 199": a sentence opening on a back-reference is about what the one before names
        back = prev_text if _BACK_REF.match(sent) else ""
        note = (_NOTE_OPENING.match(sent) or _BARE_NOTE_OPENING.match(sent)) if ctx.cell_notes else None
        note_period = None
        if note and not back and note.group(1) in ctx.cell_notes:
            # "(d) The covering letter ... gives 1,200 errors.": a note on a table's cell is about
            # what the cell's row counts; in a table of years, over the year of the cell's row
            # ("c 2,306 warrants were issued for serious crime": the row of 2017)
            back, note_period = ctx.cell_notes[note.group(1)]
        # a list's items are completed by their lead-in: the heading and the text under it
        lead = ctx.heading + " " + ctx.section if block.kind == "bullet" else ""
        # (the text read so far, up to the figure: where its metric was named last)
        history = (ctx.section[:-len(block.text)] if ctx.section.endswith(block.text) else ctx.section) \
            + " " + block.text[:w.s0 + w.start]
        # ("The urgency procedure is used sparingly. In 2016, 67 warrants were issued under it":
        # the pronoun brings the qualifier the sentence before names into the figure's clause)
        under_it = prev_text if _UNDER_IT.search(w.scope) else ""
        metric, score, noun_after = self._choose_metric(w, block.text + " " + ctx.section, ctx.heading, back, lead, history,
                                                        under_it)
        such_part = ""  # the part of the breakdown the figure "such" points back to counted
        if _SUCH_AFTER.match(w.after):
            # "106 applications sought to identify a journalist's source. ... Judicial
            # Commissioners had considered 15 such applications": "such" points back to the
            # kind the last figure before counted, a narrower metric than the noun alone names
            last = ctx.sentence_figures[-1:] if prev_text else ctx.paragraph_before[2:] if block.kind == "paragraph" else ()
            if not last and ctx.figures and metric is None:
                # (after a heading: the last figure the text gave, "... granted 1,866 covert human
                # intelligence source authorisations" in a recommendation set as a heading)
                last_metric, last_period = list(ctx.figures.values())[-1]
                last = ((last_metric, "", last_period),)
            if metric is not None:
                # ("Errors involving the wrong time or date remain common: in 2018 SPoCs made 199
                # such errors": the finer kind its own sentence named before it, over the kind
                # the last figure counted)
                named = self.taxonomy.naming(sent[:w.start], "context")
                finer = [m for m in self.taxonomy.metrics if m.id in named and m.id.startswith(metric.id + ".")
                         and not m.requires_any and not m.id.endswith(_MEASURE_SUFFIXES)]
                if len(finer) == 1:
                    last = ((finer[0].id, "", None),)
            kind = self.taxonomy.metric(last[0][0]) if last else None
            # (with no metric of its own, "such" gives it the whole of that kind's)
            if kind is not None and (metric is None or kind.id.startswith(metric.id + ".")) \
                    and kind.nouns is not None and kind.nouns.match(w.after, _SUCH_AFTER.match(w.after).end() - 1):
                metric, noun_after = kind, True
            # ("... considered 15 such applications from law enforcement": "such" is of that
            # part too)
            if kind is not None and metric is kind and last[0][1] not in ("", "total"):
                such_part = last[0][1]
        elif metric is not None and _SUCH_SUBJECT.search(w.before_clause):
            # "In 2018 law enforcement agencies authorised 1,958 sources. The following year such
            # authorisations fell to 1,866": the same kind and part as the figure before
            last = ctx.sentence_figures[-1:] if prev_text else ctx.paragraph_before[2:] if block.kind == "paragraph" else ()
            if last and last[0][0] == metric.id and last[0][1] not in ("", "total"):
                such_part = last[0][1]
        # Ellipsis: "examined 600 warrants in 2013 and 1,148 in 2015", "1,866 in 2019, compared
        # with 1,958 in 2018" - a bare figure after another counts the same thing.
        # (unless the figure's own clause qualifies it: "77 were made ... and 76 were approved")
        respective = None
        part_of = None  # (metric, category, period) of the whole a paragraph's "N of them" is part of
        restates = None  # (where, metric, category, period) of the figure another source gives otherwise
        change_of = None  # (metric, category, period) of the figure "That was a rise of 5%" changes
        # (a figure the sentence names no part for may be one: "the split was 65%, 34% and 1%")
        corresponding = _CORRESPONDING.search(sent) if metric is None or (
            metric.categories and self._category_for(metric, w) in ("", "total")) \
            or _RESPECTIVELY_AFTER.match(sent, w.end) else None
        if corresponding:
            # "A total of 18 errors were investigated ..., of which 14 were determined to be
            # serious. For 2017 the corresponding figures were 33 and 24": the figures of the
            # sentence before, in order, for another period; "68% ... for serious crime, 31% for
            # national security ...; the 2015 split was 65%, 34% and 1%": those given before in
            # the sentence
            listed = [m for m in nums if m.start - s0 > corresponding.start()]
            given = [f[1:3] for f in ctx.sentence_so_far if f[0] - s0 < corresponding.start()]
            if not listed and corresponding.group(0) == "respectively":
                # "2,306 were issued for serious crime and 1,219 for national security: 65.22%
                # and 34.5% respectively": the run of figures right before the word, for the
                # parts given just before the run, in order
                run = [m for m in nums if m.start - s0 < corresponding.start()][-1:]
                for m in reversed([m for m in nums if m.start < run[0].start] if run else []):
                    if m.unit != run[0].unit or not _RUN_OF_FIGURES.fullmatch(sent, m.end - s0, run[0].start - s0):
                        break
                    run.insert(0, m)
                before = [f[1:3] for f in ctx.sentence_so_far if run and f[0] < run[0].start]
                if n in run and len(before) >= len(run) >= 2:
                    listed, given = run, before[-len(run):]
            if not (given and n in listed and (
                    len(given) == len(nums) - len(listed) or (len(given) == len(listed) and listed[-1].end - s0 <= corresponding.start()))):
                # (in a paragraph's first sentence, those of the paragraph before's last: "...
                # granted 186 intrusive surveillance authorisations and 1,453 property
                # interference authorisations." then "The Commissioner annualised those figures,
                # to 248 and 1,937 respectively.")
                listed, given = nums, ctx.sentence_figures if prev_text else ctx.figures_before
            if 2 <= len(given) < len(listed) and n in listed[:len(given)] \
                    and _RUN_OF_FIGURES.fullmatch(sent, listed[0].end - s0, listed[len(given) - 1].start - s0) \
                    and not re.fullmatch(r"\s*(?:%|per\s?cent)?\s*(?:,|and|or)\s*(?:and\s+)?", sent[listed[len(given) - 1].end - s0:listed[len(given)].start - s0], re.I):
                # ("the split was 68 and 31 per cent, with 1 per cent for a combination": the run
                # of figures right after the words, not a figure given its own part after it)
                listed = listed[:len(given)]
            if len(given) == len(listed) >= 2 and all(m.unit == listed[0].unit for m in listed):
                respective = given[listed.index(n)]
                metric, noun_after = self.taxonomy.metric(respective[0]), True
        # (figures listed as a split or respectively follow the parts named before, in order, or
        # nothing: not the last part named)
        # ("...; in 2007 there were 519,260.": a new statement, of the whole, not the part before)
        restart = metric is None and _restarts_on_period(sent, w)
        elliptical = not respective and not corresponding and prev is not None and not noun_after and prev[0] is not None and prev[1].unit == n.unit \
            and not (metric is not None and metric.requires_any is not None) \
            and (_ELLIPSIS.search(w.before_clause) or (metric is None and (_GAPPED_ITEM.search(w.before_clause) or restart
                                                                           or _there_were_then(w)))) \
            and not self._names_a_metric(re.split(r"[,;]", w.after, 1)[0])
        # (an item whose verb is left out is counted over the period of the item before it,
        # unless it names its own)
        gapped = elliptical and bool(_GAPPED_ITEM.search(w.before_clause)) and not _ELLIPSIS.search(w.before_clause) \
            and not any(w.end <= p.start - s0 < w.next_start for p in periods) \
            and not (prev is not None and prev[1].start < s0
                     and any(p.kind in ("year", "fy", "part") and p.start - s0 < w.start for p in periods))
        # "99 ... CHIS errors (83 in 2017)": a bracket restating the figure before it for
        # another period counts the same thing, in the same category.
        restated = prev is not None and prev[0] is not None and _restates(sent, w)
        # "67 warrants were approved urgently, roughly 2.2% of the total": a share in apposition
        # to a count is the share that count makes of its whole
        # (of the figure right before it, even a part the later figures do not elide: "accounted
        # for 700,282 of them, or 92.6%")
        right_before = max((m for m in nums if m.start < n.start), key=lambda m: m.start, default=None)
        base = next(((self.taxonomy.metric(f[1]), right_before, f[2], f[3]) for f in ctx.sentence_so_far[-1:]
                     if right_before is not None and f[0] == right_before.start), prev)
        apposed = base is not None and base[0] is not None and n.unit == "percent" and base[1].unit != "percent" \
            and _APPOSED_SHARE_BEFORE.search(w.before_clause) is not None \
            and (_OF_TOTAL.match(w.after) is not None
                 # ("accounted for 700,282 of them, or 92.6%.": the share closing the sentence)
                 or (_OR_BEFORE.search(w.before_clause) is not None and _closes_statement(w.after))
                 # ("67 were approved urgently, roughly 2.2%, and ...": an approximate share set off
                 # by commas)
                 or (_APPROX_APPOSED.search(w.before_clause) is not None and re.match(r"\s*(?:,|;|\.|$)", w.after) is not None))
        # "the figure was 3,372, a rise of 16%": a change in apposition to a count is that
        # count's change on the period before
        apposed_change = prev is not None and prev[0] is not None and n.unit == "percent" and prev[1].unit != "percent" \
            and (_APPOSED_CHANGE_BEFORE.search(w.before_clause) is not None
                 or (w.before_clause.lstrip().startswith(",") and _PUT_AT_CHANGE.search(w.before_clause) is not None)) \
            and not _OF_TOTAL.match(w.after) \
            and not re.match(r"\s*(?:on(?!\s+the\s+(?:year\s+before|previous\s+year|preceding\s+year))|from|since|compared)\b", w.after)
        # "it fell by 19%, to 2,760, in 2013": the level a change led to is of the changed count
        moved_to = base is not None and base is not prev and base[0] is not None and n.unit != "percent" \
            and ctx.sentence_so_far[-1][1].endswith(".change") and _TO_LEVEL_GAP.fullmatch(w.before_clause) is not None
        # "1,088 errors were reported, 301 by service providers": a part of the figure before,
        # set after it with a comma and named by who made or got it
        part_apposed = prev is not None and prev[0] is not None and prev[0].categories and n.unit == prev[1].unit \
            and not noun_after and prev[1] is right_before and re.fullmatch(r"[^;:.]*,\s*", w.before_clause) is not None \
            and _BY_PART_AFTER.match(w.after) is not None \
            and any(h[2] != "total" for h in self.taxonomy.category_sets[prev[0].categories].find(w.after[:60]))
        # "45% were returned because necessity was not made out; 12% for poor presentation; 3%
        # because the designated person was not independent": an item of a run, its figure then
        # the reason or purpose that is a part of the breakdown the figure before it was in
        run_item = prev is not None and prev[0] is not None and prev[0].categories and n.unit == prev[1].unit \
            and prev[1] is right_before \
            and ((_RUN_ITEM_BEFORE.search(w.before_clause) is not None and _REASON_AFTER.match(w.after) is not None)
                 # ("... for clarity or quality in 21% of cases and at the request of the single
                 # point of contact in 5%": the reason, then its share)
                 or _REASON_BEFORE.search(w.before_clause) is not None) \
            and self._category_for(prev[0], w) not in ("", "total")
        # "SPoCs made 199 such errors and service providers 50": the next item, its verb and noun
        # left out, named only by its part of the breakdown the figure before was in
        tail = _AND_PART.fullmatch(w.before_clause) if prev is not None and prev[0] is not None and prev[0].categories \
            and n.unit == prev[1].unit and prev[1] is right_before and not noun_after else None
        part_next = bool(tail) and bool(self._one_part(prev[0], tail.group(1))) and _closes_statement(w.after)
        if apposed or moved_to:
            metric, noun_after = base[0], True
        elif elliptical or restated or apposed_change or part_apposed or run_item or part_next:
            metric, noun_after = prev[0], True
        # (after a sentence with no figure, "The rest will surprise some readers.", the shares
        # the paragraph, or the paragraph before, gave last)
        shares_before = prev_metrics or (frozenset() if ctx.paragraph_metrics or not ctx.paragraph_before
                                         else ctx.paragraph_before[1] if not prev_metrics and prev_text else frozenset())
        if n.unit == "percent" and shares_before and (metric is None or not metric.nouns.search(sent)):
            # "In 2012 applicants were responsible for 26% of errors ... By 2016 the applicants'
            # share had grown to 39.4%": a share whose own sentence names no noun of a metric, of
            # a part of the breakdown of the one metric whose shares the sentence before gave
            shares = {i[:-len(".share")] for i in shares_before if i.endswith(".share")}
            carried = self.taxonomy.metric(shares.pop()) if len(shares) == 1 and len(shares_before) == 1 else None
            if carried is None and len(prev_metrics) == 1 and _OF_THEM_AFTER.match(w.after):
                # "Warrants hit 3,535 in 2017. Serious crime accounted for 65.22% of them": a
                # share of the count the sentence before gave
                carried = self.taxonomy.metric(next(iter(prev_metrics)))
                if carried is not None and carried.id not in prev_metrics:
                    carried = None
            if carried is not None and carried.categories and self._category_for(carried, w) not in ("", "total"):
                metric, noun_after = carried, True
        if metric is None and n.unit == "percent" and _THE_CHANGE_WAS.search(w.before_clause):
            # "... the number of warrants rose by just over 17.5%. That is the largest rise since
            # 2012, when the increase was 16%": a change in what the change before was of
            changed = {i[:-len(".change")] for i in prev_metrics if i.endswith(".change")}
            if len(changed) == 1:
                metric, noun_after = self.taxonomy.metric(changed.pop()), True
        if metric is None and n.unit == "percent" and prev_text and not self.taxonomy.naming(sent, "nouns"):
            # "Interception warrants are overwhelmingly for crime. In 2015 65% were issued for
            # serious crime, 34% for national security": shares of parts of the one metric the
            # sentence before names, when the sentence names no noun of its own
            named = self.taxonomy.naming(prev_text, "nouns") & self.taxonomy.naming(prev_text, "context")
            ms = [m for m in map(self.taxonomy.metric, named) if m is not None and m.categories and not m.requires_any
                  and m.unit != "GBP"]
            ms = [m for m in ms if not any(o is not m and o.id.startswith(m.id + ".") for o in ms)] if len(ms) > 1 else ms
            if len(ms) == 1 and self._category_for(ms[0], w) not in ("", "total"):
                metric, noun_after = ms[0], True
        if metric is None and n.unit == "percent" and ctx.figures and not self.taxonomy.naming(sent, "nouns"):
            # "The share for serious crime barely moves: it was 68% in 2014": a part of only one
            # metric's breakdown, of a metric the text has given figures for
            metric = self._metric_of_part(w, ctx)
            noun_after = metric is not None
        counts_before = [f for f in ctx.sentence_figures if not f[0].endswith((".share", ".change"))]
        if not counts_before and prev_text and _SIGN_OPENING.match(sent[:w.start]):
            # "INTERCEPTION WARRANTS ISSUED 3,535 warrants in 2017" then "▲ 17.5% on 2016": an item
            # of a sign and a share, the change in the one count the item before gave
            counted = [i for i in prev_metrics if not i.endswith(_MEASURE_SUFFIXES) and i != UNCLASSIFIED]
            named = {p.period for p in grammar.parse_periods(prev_text) if p.kind in ("year", "fy", "part")}
            counts_before = [(counted[0], "", named.pop() if len(named) == 1 else None)] if len(counted) == 1 else []
        # (an item of a sign and a share takes the count of the item before over what the
        # section names: "▲ 17.5% on 2016" under a dashboard's tiles)
        signed_item = bool(counts_before) and not noun_after and _SIGN_OPENING.match(sent[:w.start]) is not None
        if (metric is None or signed_item) and n.unit == "percent" and prev_text and counts_before \
                and (_CHANGE_OF_THAT.search(sent, 0, w.start) or _PRONOUN_MOVED.search(sent, w.clause[0], w.start)
                     or _SIGN_OPENING.match(sent[:w.start])):
            # "In 2017 there were 3,535 warrants. That was a rise of just over 17.5% on the year
            # before.", "Then it fell by 19%": the change in the last count the sentence before gave
            change_of = counts_before[-1]
            metric, noun_after = self.taxonomy.metric(change_of[0]), True
        # "In 2017 there were 3,535 warrants. That was a rise of 17.5%. Of those, 2,306 were for
        # serious crime and 1,219 for national security": parts of the last count the paragraph
        # gave before the sentence, named by their parts, over its period
        own = sum(1 for f in ctx.sentence_so_far if not f[1].endswith(_MEASURE_SUFFIXES) and f[1] != UNCLASSIFIED)
        whole_count = ctx.paragraph_counts[-1 - own] if n.unit != "percent" and len(ctx.paragraph_counts) > own \
            and _OF_BACK_OPENING.match(sent) else None
        if whole_count is not None and whole_count[1] in ("", "total"):
            m = self.taxonomy.metric(whole_count[0])
            if m is not None and m.categories and (metric is None or metric is m) and self._category_for(m, w) not in ("", "total"):
                metric, noun_after, part_of = m, True, whole_count
        if ctx.sentence_so_far and _SAYS_BEFORE.search(w.before_clause) and _closes_statement(w.after):
            # "... were responsible for 43.5% of errors; the same report elsewhere says 43.3%.": the
            # figure before, as another source gives it
            alike = [f for f in ctx.sentence_so_far if f[1].endswith(".share") == (n.unit == "percent")]
            if alike:
                restates = alike[-1]
                metric, noun_after = self.taxonomy.metric(restates[1]), True
        if metric is None and n.unit != "percent" and _ANAPHOR_BEFORE.search(w.before_clause) \
                and (_closes_statement(w.after) or re.match(r"\s*,?\s*(?:and|but|while|whereas)\b", w.after)):
            # "979 errors, of which roughly 80% were ...; the report for 2013 gave 970.": the
            # count the sentence gave last, restated for another period
            counts_so_far = [f for f in ctx.sentence_so_far if not f[1].endswith(_MEASURE_SUFFIXES) and f[1] != UNCLASSIFIED]
            if counts_so_far:
                metric, noun_after = self.taxonomy.metric(counts_so_far[-1][1]), True
        labelled_run = None
        if "respectively" in sent and (metric is None or (metric.categories and self._category_for(metric, w) in ("", "total"))):
            # "By 2024 the figures for journalists and lawyers stood at 157 and 219 respectively":
            # the parts named before a run of figures, in order
            labelled_run = self._respective_parts(w, nums, prev_metrics, metric)
            if labelled_run:
                metric, noun_after = labelled_run[0], True
        if metric is None and prev_text:
            # "Applications concerning the sensitive professions came to 1,320. Among medical
            # doctors the figure was 498": a figure with no noun of its own counts what the
            # sentence before names
            # (among the metrics it names, those of the last figures the paragraph gave first)
            metric = self._anaphor_metric(w, prev_text, prev_metrics, ctx.paragraph_metrics,
                                          ctx.sentence_figures[-1][0] if ctx.sentence_figures else "")
            noun_after = metric is not None
        if metric is None and block.kind == "paragraph" and not ctx.paragraph_metrics and (
                (_ANAPHOR_BEFORE.search(w.before_clause) and _opens_on_period(sent[:w.start]) and _closes_statement(w.after))
                # "The latest figure, for 2017, is 3,535, just under twice ...": the frame dates
                # the figure itself
                or (_DATED_ANAPHOR.search(w.before_clause) and re.match(r"\s*[,.;]", w.after) is not None)
                # "Law enforcement accounted for 700,282 of them.": a part of what the paragraph
                # before counted last, in the paragraph's first sentence
                or (not prev_text and _OF_WHICH.match(w.after))
                # "Ministers of religion (272) and MPs (113) also appeared": parts, each with its
                # figure in brackets, of what the paragraph before counted
                or (not prev_text and w.before.rstrip().endswith("(") and re.match(r"\s*\)", w.after) is not None)
                # "The following year it fell by 19% to 2,760.": a pronoun opening the paragraph
                # stands for what the paragraph before counted last
                or (not prev_text and _PRONOUN_FRAME.search(sent[:w.start]) and _closes_statement(w.after))
                or (not prev_text and _PRONOUN_CHANGE.search(sent[:w.start]) and n.unit == "percent")):
            # "In 2018 there were 1,320 such applications. ..." then a paragraph opening "Two years
            # earlier the total was 948.", or "3.1 Interception warrants" over "In 2016 the total
            # was 3,007.": a paragraph's opening sentence giving the total for another period
            # restates what the paragraph before counted last, or what its heading names
            if ctx.paragraph_before:
                metric = self._anaphor_metric(w, ctx.paragraph_before[0], ctx.paragraph_before[1], ctx.paragraph_before[1])
                last = ctx.paragraph_before[2:]
                if metric is not None and last and last[0][0] == metric.id and (
                        _OF_WHICH.match(w.after) or w.before.rstrip().endswith("(")):
                    # (a part "of them", or in brackets after its name, is counted over the
                    # period of what it goes on from)
                    part_of = last[0]
            if metric is None and ctx.heading:
                metric = self._anaphor_metric(w, ctx.heading, frozenset())
            noun_after = metric is not None
        whole = None
        m = _OF_THE_FIGURE.match(sent) if ctx.figures and metric is not None else None
        if m and (m.end() <= w.start or m.start(1) == w.start) \
                and not any(p.kind in ("year", "fy", "part") for p in periods):
            # "Of the 3,535 warrants, 2,306 were issued for ...": the whole, given before
            # (sentences or paragraphs away), and its parts are of the period it was given for
            told = ctx.figures.get(float(m.group(1).replace(",", "")))
            if told and (told[0] == metric.id or metric.id.startswith(told[0] + ".")):
                whole = told
        if metric is None and ctx.figures:
            # "Of the 99, directed surveillance accounted for 59": parts of a figure given
            # before (in a note, or paragraphs away), counted as it is and over its period
            m = _OF_THE_FIGURE.match(sent)
            if m and m.end() <= w.start:
                whole = ctx.figures.get(float(m.group(1).replace(",", "")))
                if whole:
                    metric, noun_after = self.taxonomy.metric(whole[0]), True
                    # ("Of those 3,007, 67 were approved under the urgency procedure": a part the
                    # clause qualifies is counted by the metric of the same family it defines)
                    family = metric.id.rsplit(".", 1)[0] + "." if metric is not None and metric.id.count(".") >= 2 else None
                    finer = [m for m in self.taxonomy.metrics if family and m.id.startswith(family) and m.id != metric.id
                             and m.requires_any is not None and m.requires_any.search(w.scope)
                             and not (m.exclude and m.exclude.search(w.scope))]
                    metric = finer[0] if finer else metric
        if metric is None and _ANAPHOR_BEFORE.search(w.before_clause) and n.unit == "":
            # "Across all the sensitive professions the total reached 1,320 in 2018": a total
            # framed as such, of the one kind of count its sentence names (its context, with no
            # noun of its own to name it)
            named = [m for m in map(self.taxonomy.metric, self.taxonomy.naming(_untitled(sent), "context"))
                     if m is not None and m.requires_any is None and not m.parts_only and m.categories
                     and not m.id.endswith(_MEASURE_SUFFIXES) and (m.unit == "GBP") == (n.unit == "GBP")]
            named = [m for m in named if not any(m.id.startswith(o.id + ".") for o in named)]
            if len(named) == 1:
                metric, noun_after = named[0], True
        if metric is None:
            metric = self._metric_by_parts(w)
            noun_after = noun_after or metric is not None
        if metric is None:
            metric = self._revised_metric(w, periods, ctx)
            noun_after = noun_after or metric is not None
        if metric is None:
            return self._unclassified(w, periods, block, page, ctx, method)
        bracketed = _BRACKETED_AFTER_NOUN.search(w.before)
        if bracketed and not self.taxonomy.naming(bracketed.group(1), "nouns") \
                and not any(cats.find(bracketed.group(1)) for cats in self.taxonomy.category_sets.values()):
            # "which two interviewees (4 and 11) put down to ...": numbers in brackets after a
            # noun no metric counts nor any breakdown names are the things' own numbers
            return None
        if _SAME_UNIT_BEFORE.search(w.before) or (n.kind == "words" and n.value == 1 and _GENERIC_ONE.match(w.after)):
            # "lasts for 4 months rather than 12": a duration, its unit left out; "one application
            # can cover several items": a general statement, not a count
            return None
        # Numbers in words are only trusted with their noun right after them ("seven errors",
        # "no serious errors"): "one of the", "no further action" are not statistics.
        # "thirty-three were investigated", after "Of the errors reported in 2017": the number
        # is the subject, its noun the one before it.
        subject = metric is not None and bool(metric.nouns.search(w.before)) and (
            bool(re.match(r"\s+(?:were|was|had|have)\b", w.after))
            # "Serious errors: IPCO determined eight in 2018"
            or (metric.requires_any is not None and bool(metric.requires_any.search(w.before_clause))))
        # ("interception errors rose from fifty-seven in 2013 to sixty in 2014": a series of
        # number words after the noun they count)
        series = n.kind == "words" and n.value >= 2 and metric is not None and bool(metric.nouns.search(w.before)) \
            and _WORDS_SERIES_BEFORE.search(w.before_clause) is not None and not _OF_WHICH.match(w.after)
        # ("... 1,866 authorisations, and other public authorities eleven.", "Other public
        # authorities were granted eleven in 2019.": a part of what is counted, named before the
        # number that closes its clause, the noun left out)
        elided = n.kind == "words" and n.value >= 2 and metric is not None and metric.categories \
            and (elliptical or prev is not None or bool(prev_metrics) or bool(ctx.paragraph_metrics)) \
            and (_closes_statement(w.after) or _THEN_PERIOD.match(w.after) is not None) \
            and self._category_for(metric, w) not in ("", "total")
        if n.kind in ("words", "zero") and not (noun_after or subject or series or elided) and n.unit not in ("GBP", "percent"):
            # (money in words carries its own unit: "fined British Airways twenty million pounds";
            # so does a share: "and in 2016 for ten per cent")
            return None
        # (but "seven of the errors ... were judged very serious" counts some of what the metric counts)
        of_the = re.match(r"\s+of\s+the\s+", w.after)
        if n.kind in ("words", "zero") and re.match(r"\s+of\s+(?!these|those|them|which)", w.after) and not elliptical \
                and not (n.kind == "zero" and n.text.lower() == "none") and n.unit != "percent" \
                and not (of_the and n.value >= 2 and metric.nouns.match(w.after, of_the.end())):
            return None
        if n.kind == "zero" and n.text.lower() == "no" and not re.match(r"\s+\w", w.after):
            return None
        # "gives no single total", "no breakdown": no figure was published, which is not zero
        if n.kind == "zero" and re.match(r"\s+(?:single|separate|overall|published|breakdown|figures?|totals?|data\b|information|comparable|reliable)", w.after, re.I):
            return None
        # "No errors total was published for 2014", "no interception figure for 2015": the
        # noun names what was not published, a few words on, before any verb
        if n.kind == "zero" and re.match(r"(?:\s+(?!(?:was|were|is|are|had|has|have|been|in)\b)[\w-]+){1,3}\s+"
                                         r"(?:totals?|figures?|breakdown|count)\b", w.after, re.I):
            return None
        # "In one case a warrant was executed at the wrong address": an example told, not a count
        if n.kind == "words" and re.search(r"\b(?:in|on)\s*$", w.before, re.I) \
                and re.match(r"\s+(?:case|instance|example|occasion)\b(?!s)", w.after, re.I):
            return None
        # "the error alleged here, if it is one, was ...": "one" standing for a noun, no count
        if n.kind == "words" and n.value == 1 and re.match(r"\s*[,;:.)]", w.after) \
                and re.search(r"\b(?:is|was|be|been|as|any|each|every|the|this|that)\s*$", w.before, re.I):
            return None
        # "The Council has not sought one since": "one" standing for a thing named before
        if n.kind == "words" and n.value == 1 and re.search(r"\b(?:not|never|n't)\s+(?:\w+\s+)?\w+\s*$", w.before, re.I) \
                and re.match(r"\s*(?:[,;:.)]|(?:since|before|after|in|for|until|to|at|and|or|but)\b)", w.after, re.I):
            return None
        # "the 2012 and 2015 dots count one kind of inspection only": a kind, not a count
        if n.kind == "words" and re.match(r"\s+(?:kind|type|sort|form|way|part|aspect)s?\s+of\b", w.after, re.I):
            return None
        # "a combination of the two.", "all three": number words standing for things named before
        if n.kind == "words" and re.match(r"\s*(?:[,;:.)]|$)", w.after) \
                and re.search(r"\b(?:of\s+the|the|these|those|all|both)\s*$", w.before, re.I):
            return None
        # "all but one of those applications": the one is a remainder, not a count
        if n.kind == "words" and re.search(r"\ball\s+but\s*$", w.before, re.I):
            return None
        if n.unit == "" and not noun_after and re.match(r"\s*(?:hours?|days?|weeks?|months?|years?|minutes?)\b", w.after, re.I):
            return None

        if n.unit == "percent" and _RATE_BEFORE.search(w.before_clause[-40:]):
            return None  # "27 errors ..., equal to about 1.4% of the warrants": a rate, not a part
        if n.unit == "" and _BY_CHANGE_BEFORE.search(w.before_clause):
            return None  # "increased by 528 to 3,535", "an increase of 137": a change in a count, not a count
        metric_id, unit, value = _measure(metric, w)
        period = self._period_for(w, periods, metric, ctx, metric_id.endswith(".change"))
        if period and len(period) == 4 and metric_id.endswith(".change"):
            # "17.5% rise in warrants issued, 2016 to 2017": a change is of the later year
            span = re.search(r"\b%s\s*(?:to|–|-)\s*((?:19|20)\d{2})\b" % period, sent)
            if span and int(span.group(1)) > int(period):
                period = span.group(1)
        if period and len(period) == 4 and not metric.stock:
            # "2006 1,435 warrants, April–December 2006": the months of the year the item names
            # are the figure's period (the year alone labels it)
            parts = {p.period for p in periods if p.kind == "part" and p.period[:4] == period and p.period[8:12] == period
                     and sent.rfind(";", 0, w.start) < p.start - s0 and (sent.find(";", w.end) < 0 or p.start - s0 < sent.find(";", w.end))}
            if len(parts) == 1:
                period = parts.pop()
        if note_period and not any(p.kind in ("year", "fy", "part") for p in periods):
            period = note_period
        if _FROM_LEVEL_BEFORE.search(w.before_clause) and _FROM_LEVEL_AFTER.match(w.after) and period is not None:
            # "rose from 926 to 1,063": the level risen from is of an earlier period, which only
            # its own words ("from 926 in 2017") or a base named in the sentence ("on the
            # previous year") tell
            if not any(w.end <= p.start - s0 < w.next_start for p in periods if p.kind in ("year", "fy", "part", "relative")):
                period = grammar.shift_period(period, 1) if _YEAR_ON_YEAR.search(sent) else None
        if prev is not None and prev[0] is not None and _OF_WHICH.match(w.after) and metric.id.startswith(prev[0].id) \
                and not any(sent.rfind(";", 0, w.start) < p.start - s0 < w.start or w.end <= p.start - s0 < w.next_start
                            for p in periods if p.kind in ("year", "fy", "part", "relative", "same")):
            # "933 authorisations were granted between April and December 2017; the DWP
            # accounted for 792 of them": a part of a figure is counted over its whole's period
            period = prev[3]
        if apposed or apposed_change:
            # (a share or a change in apposition is of its count's period: "67 ..., which is
            # 2.2% of the total, down from 2.5% in 2015")
            period = (base if apposed else prev)[3]
        if whole:
            period = whole[1]
        if part_of and not any(p.kind in ("year", "fy", "part") for p in periods):
            period = part_of[2]
        # (unless the sentence dates the change itself: "The following year the number went up
        # by 9%, to 3,059")
        if change_of and change_of[2] and not any(p.kind in ("year", "fy", "part", "relative") and not _compared(sent, p, s0)
                                                  for p in periods):
            period = change_of[2]
        if restates:
            period = restates[3]
        if respective and len(respective) == 3 and respective[2] \
                and not any(p.kind in ("year", "fy", "part", "relative", "same") for p in periods):
            # ("The Commissioner annualised those figures, to 248 and 1,937 respectively": each
            # is of its figure's period)
            period = respective[2]
        if gapped or run_item:
            period = prev[3]
        # "an annualised figure of 248": an estimate for the whole year from a part year, kept
        # as its own metric so it never joins the series of counted figures.
        # ("The annualised figure for property interference was 1,937": the figure's clause says so)
        annualised = (_ANNUALISED.search(w.before_clause[-40:] + " " + sent[w.clause[0]:w.start] + " "
                                         + _ANNUALISED_NEXT.sub("", w.after[:50])[:30]) or self._annualised_frame(sent, w, periods, s0)
                      # (a run of figures given "respectively" after the word: "annualised those
                      # figures, to 248 and 1,937 respectively")
                      or (respective and _ANNUALISED.search(sent[:w.start]))) and not metric_id.endswith(".annualised")
        span = _N_MONTH_FIGURE.search(sent) if period and len(period) == 4 and not annualised else None
        if span:
            # "The nine-month figure for 2006 was 1,435 warrants": the span of that length in
            # that year the text named ("covered nine months, April to December 2006")
            months = grammar.WORD_NUMBERS.get(span.group(1).lower(), 0)
            period = next((r for r in reversed(ctx.named) if r.startswith(period) and _PART_PERIOD.fullmatch(r)
                           and grammar.months_spanned(r) == months), period)
        if annualised and not any(p.kind in ("year", "fy", "part") for p in periods):
            # ("In those nine months there were 1,453 ... The report does the sum: scaled to a
            # year, it is 1,937": the estimate is for the part year named last)
            period = next((r for r in reversed(ctx.recent) if _PART_PERIOD.fullmatch(r)), None) or period
        if period is None:
            return None
        if annualised:
            metric_id += ".annualised"
            period = period[-7:-3] if re.fullmatch(r"\d{4}-\d{2}/\d{4}-\d{2}", period) else period
        category = self._category_for(metric, w)
        if labelled_run:
            category = labelled_run[1]
        elif respective and "respectively" in sent[w.end:w.end + 40]:
            # ("... 1,219 for national security: 65.22% and 34.5% respectively": the run's
            # order, not the count the first share is set after)
            category = respective[1]
        elif apposed or moved_to:
            category = base[2]
        elif restates:
            category = restates[2]
        elif change_of:
            category = change_of[1]
        elif restated or apposed_change:
            category = prev[2]
        elif respective:
            category = respective[1]
        elif such_part and category in ("", "total"):
            category = such_part
        if category in ("", "total") and metric.unit == "GBP" and metric.categories and prev_text \
                and _ONE_PENALTY.search(sent) and not _PENALTIES.search(sent):
            # "You asked about the Cabinet Office. A penalty of £500,000 was issued ...": a
            # penalty is of one organisation, the one the sentence before names when its own
            # sentence names none
            named = self._one_part(metric, prev_text)
            if named and not self.taxonomy.category_sets[metric.categories].find(sent):
                category = named
        if category in ("", "total") and metric.categories and _OF_THEIR.match(w.after):
            # "law enforcement agencies were granted 6,237; on 31 March 2017, 808 of their
            # authorisations were extant": "their" is the one part named before
            category = self._one_part(metric, sent[:w.start]) or category
        if metric.categories and prev_text and _PRONOUN_AGENT.search(w.before_clause):
            # "... the Department for Work and Pensions is by far the heaviest user. In 2017 it
            # granted 792 ...": the pronoun stands for the one part the sentence before names
            category = self._one_part(metric, prev_text) or category
        if category in ("", "total") and metric.categories and _THAT_PART_AFTER.match(w.after):
            # "sought for serious crime: 65.22 per cent in 2017, when 2,306 warrants were issued
            # for that purpose": the part named last before it
            hits = [h for h in self.taxonomy.category_sets[metric.categories].find(sent[:w.start]) if h[2] != "total"]
            if hits:
                category = hits[-1][2]
        elif not category and prev is not None and prev[0] is not None and _OF_WHICH.match(w.after) \
                and metric.id.startswith(prev[0].id):
            # "SPoCs made 199, 66 of which involved IP addresses": a part of the figure before
            # belongs to its category
            category = prev[2]
        if category in ("", "total") and metric.categories and prev is not None and prev[0] is not None \
                and metric.id.startswith(prev[0].id + ".") and prev[2] not in ("", "total") \
                and re.fullmatch(r"[^,;]*,?\s*and\s*", w.before_clause) \
                and not self.taxonomy.category_sets[metric.categories].find(w.before_clause + " " + w.after):
            # "law enforcement agencies were granted 6,237 authorisations, and 808 remained
            # extant": a finer count of the same things, of the same part
            category = prev[2]
        if not category and metric.categories and prev_text and (
                _PRONOUN_SUBJECT.match(sent[w.clause[0]:w.start]) or self._definite_subject(metric, sent[w.clause[0]:w.start])):
            # "Law enforcement dominates. In 2017 it accounted for 700,282 items": a pronoun
            # subject stands for the one category the sentence before names; so does a thing
            # named in the singular with "the" ("The Cabinet Office appealed. ... the penalty
            # was reduced to £50,000": that one penalty)
            cats = self.taxonomy.category_sets[metric.categories]
            named = {h[2] for h in cats.find(prev_text) if h[2] != "total"}
            if len(named) == 1:
                category = named.pop()
        elif not category and metric.categories and _OF_THOSE.match(w.after) and w.before_clause == w.before:
            # "... law enforcement agencies granted 6,237 directed surveillance authorisations."
            # then "808 of those directed surveillance authorisations were still extant": a part
            # of what the last figure told before counted (in the sentence, or the paragraph,
            # before) is in its part of the breakdown
            last = ctx.sentence_figures[-1:] if prev_text else ctx.paragraph_before[2:] if block.kind == "paragraph" else ()
            whole = self.taxonomy.metric(last[0][0]) if last else None
            if whole is not None and whole.categories == metric.categories and last[0][1] not in ("", "total"):
                category = last[0][1]
        elif elliptical and prev[0] is metric and not restart and (not category or (
                category != prev[2] and prev[2] in ("", "total") and metric.categories
                and not self.taxonomy.category_sets[metric.categories].find(w.before_clause + " " + w.after))):
            # (a figure elided after another is of its part unless its own words name another:
            # "Public authorities reported 1,199 errors in 2015 and 1,101 in 2016" - the
            # reporters are not a part of the errors, for either figure)
            category = prev[2]
        if not category and metric.categories and "total" in self.taxonomy.category_sets[metric.categories].members:
            if metric_id.endswith(".share"):
                # "roughly 0.4% of requests in 2006 led to an error": a share of a metric with a
                # breakdown that names none of its parts is the share of no part of it
                return None
            # A figure of a metric with a breakdown that names none of its parts is the total,
            # so prose headline figures and table "Total" rows form one series.
            category = "total"
        qualifier = ""
        qm = _QUAL_RE.search(w.before[-25:])
        if qm:
            q = qm.group(0).strip().rstrip("£").strip().lower()
            qualifier = next((v for k, v in _QUALIFIERS if k == q), "")
            if q == "up to" and re.search(r"\b(?:back|went|gone|rose|risen|climbed|moved)\s+up\s+to\s*£?\s*$", w.before[-25:], re.I):
                qualifier = ""  # "it was back up to 3,059": a level moved to, not a bound
        confidence = min(0.98, 0.6 + 0.1 * score)
        if n.kind != "digits":
            method = "words" if method == "sentence" else method
            confidence = min(confidence, 0.85)
        quote = re.sub(r"\s+", " ", sent).strip()
        return self._make(ctx, page, metric_id, category, period, value, unit, qualifier, method, quote,
                          block.bbox_of(n.start, n.end), confidence)

    def _respective_parts(self, w: "_Mention", nums, prev_metrics: frozenset, metric: Optional[Metric]):
        """(metric, part) of a figure in a run of figures followed by "respectively", from the
        parts named before the run, in order; the metric the one the sentence or the one
        before names whose breakdown has all of them. None when they do not pair one to one."""
        sent, s0, n = w.sent, w.s0, w.n
        resp = sent.find("respectively", w.end)
        if resp < 0:
            return None
        run = [m for m in nums if m.unit == n.unit and m.end - s0 <= resp]
        # (the run: figures joined by "and" and commas only, ending at "respectively")
        while len(run) >= 2 and not re.fullmatch(r"\s*(?:%|per\s?cent)?\s*(?:,|and|&)\s*(?:and\s+)?", sent[run[-2].end - s0:run[-1].start - s0], re.I):
            run = run[1:] if run.index(n) > 0 else run[:-1]
        if len(run) < 2 or n not in run or not re.fullmatch(r"[\s%]*(?:per\s?cent)?\s*(?:in\s+[\w/–-]+\s*)?", sent[run[-1].end - s0:resp], re.I):
            return None
        head = sent[:run[0].start - s0]
        named = set(prev_metrics) | {metric.id} if metric is not None else set(prev_metrics)
        named |= self.taxonomy.naming(head, "context")
        for m in self.taxonomy.metrics:
            if m.id not in named or not m.categories or (n.unit == "GBP") != (m.unit == "GBP"):
                continue
            parts = []
            for _, _, k in self.taxonomy.category_sets[m.categories].find(head):
                if k != "total" and k not in parts:
                    parts.append(k)
            if len(parts) == len(run):
                return m, parts[run.index(n)]
        return None

    def _qualifiers_only(self, metric: Metric, text: str) -> bool:
        """Are the phrases in text that rule the metric out all qualifiers defining another metric
        ("approved" ruling out applications made)?"""
        defining = [m.requires_any for m in self.taxonomy.metrics if m.requires_any is not None]
        return all(any(r.fullmatch(x.group(0)) for r in defining) for x in metric.exclude.finditer(text))

    @staticmethod
    def _definite_subject(metric: Metric, before: str) -> bool:
        """Is the figure's clause about one thing named before, in the singular with "the"
        ("the penalty was reduced to", "the fine came to")?"""
        m = _DEFINITE_SUBJECT.search(before[-80:]) if "the" in before.lower() else None
        return bool(m and metric.nouns is not None and metric.nouns.fullmatch(m.group(1))
                    and not m.group(1).lower().endswith("s"))

    def _anaphor_metric(self, w: "_Mention", prev_text: str, prev_metrics: frozenset,
                        last_metrics: frozenset = frozenset(), last_figure: str = "") -> Optional[Metric]:
        """The metric a figure without a noun of its own takes from the sentence before it in
        the paragraph: "The Commissioner reported 3,007 in 2016" after "3,535 warrants were
        issued in 2017"; "the equivalent total for 2017 was 926"; "498 concerned medical
        doctors" after "Applications touching the sensitive professions ...". Only a figure
        framed as a restatement (followed by its period, after "the figure/total was", "there
        were none") or labelled by a part of the metric's breakdown; never one that counts a
        thing named after it ("19 police forces"), nor a share or a change."""
        n = w.n
        # ("it fell by 19%": a change of the count the pronoun stands for, the one share allowed)
        pronoun_change = n.unit == "percent" and _PRONOUN_CHANGE.search(w.sent[:w.start]) is not None
        if (n.unit == "percent" and not pronoun_change) or (n.kind == "digits" and not n.has_comma and 1900 <= n.value <= 2100):
            return None
        nouns = self.taxonomy.naming(prev_text, "nouns")
        if _REF_NUMBER_SUBJECT.search(w.before_clause):
            return None
        if not nouns and (pronoun_change or _PRONOUN_FRAME.search(w.sent[:w.start])):
            # "Then it fell by 19%, to 2,760, in 2013. By 2015 it was back up to 3,059": the
            # pronoun goes on with the one count the sentence before moved
            bases = {b.id for b in map(self.taxonomy.metric, prev_metrics) if b is not None}
            m = self.taxonomy.metric(bases.pop()) if len(bases) == 1 else None
            if m is not None and (n.unit == "GBP") == (m.unit == "GBP") and not _COUNTED_NOUN.match(w.after):
                return m
        if not nouns:
            # "Medical doctors were the largest group, with 498. They were followed by lawyers
            # (234) ...": a sentence naming no noun goes on with the one metric whose figures the
            # sentence before gave, for figures labelled by parts of its breakdown
            # (after a sentence with no figure, "Not journalists?", the one metric of the
            # paragraph's last figures: "Journalists were 203. Lawyers 234.")
            given = prev_metrics or (last_metrics - {UNCLASSIFIED})
            m = self.taxonomy.metric(next(iter(given))) if len(given) == 1 else None
            if m is not None and m.id not in given:
                m = None  # a share or a change the sentence before gave is not what these count
            if m is not None and (n.unit == "GBP") == (m.unit == "GBP") and (
                    (_closes_statement(w.after) and _EXTREME_YEAR_BEFORE.search(w.sent[:w.start]))
                    # ("Of these, 203 concerned journalists and 234 lawyers. The total compares
                    # with 948 two years earlier": the whole of those parts, restated)
                    or _ANAPHOR_BEFORE.search(w.before_clause)):
                return m  # ("The peak was 2017: 3,535. The low point was 2013, with 2,760.")
            if m is None or not m.categories or (n.unit == "GBP") != (m.unit == "GBP") \
                    or self._category_for(m, w) in ("", "total") or _COUNTED_NOUN.match(w.after):
                return None
            return m
        context = self.taxonomy.naming(prev_text + " " + w.sent, "context")
        # (the sentence up to the end of the figure's statement: what follows a semicolon is another)
        semi = w.sent.find(";", w.end)
        own_context = self.taxonomy.naming(w.sent[:semi] if semi >= 0 else w.sent, "context")
        after = w.after
        frame = bool(_ANAPHOR_BEFORE.search(w.before_clause) or _ANAPHOR_AFTER.match(after) or _PRONOUN_FRAME.search(w.sent[:w.start])
                     or pronoun_change
                     # "76 of them were approved": a part of what the sentence before counted
                     or (w.start == len(w.sent) - len(w.sent.lstrip()) and _OF_WHICH.match(after) is not None)
                     # ("The Commissioner investigated 18 of those as possibly serious": a part, with
                     # its verb, of what the sentence before counted)
                     or (_OF_THOSE.match(after) is not None and _VERB.search(w.before_clause) is not None)
                     or (n.kind == "zero" and _THERE_WERE.search(w.before_clause))
                     # "Eight serious errors were determined in 2018. For 2021 the Commissioner
                     # reported none": none of what the sentence before counted
                     or (n.kind == "zero" and _REPORTED_NONE.search(w.before_clause) is not None
                         and re.match(r"\s*(?:[,.;]|$)", after) is not None)
                     # "LPP applications: 77" then "76 approved": a bare figure and the participle
                     # that qualifies it, a part of what the text before counted
                     or (w.start == len(w.sent) - len(w.sent.lstrip()) and _BARE_PARTICIPLE.fullmatch(after) is not None)
                     # "In 2012 there were 979.", "In 2016 the old Commissioner had looked at
                     # 29.": a bare figure closing a sentence that opens on a period (or says
                     # "there were") gives the count the sentence before named, for that period
                     # ("The year before, 83 were reported.": a relative period, a verb after)
                     # "The low point was 2013, with 2,760.", "The peak in the series is 2017:
                     # 3,535": the extreme of what the sentence before counted, in its year
                     or (_closes_statement(after) and _EXTREME_YEAR_BEFORE.search(w.sent[:w.start]) is not None)
                     # (or the estimate it makes for a year set after it: "From 1 April to 31
                     # December 2017 there were 1,453, or 1,937 on an annualised basis; ...")
                     or ((_closes_statement(after) or _OR_ESTIMATE.match(w.sent, w.end) is not None)
                         and bool(_PERIOD_OPENING.match(w.sent) or _opens_on_period(w.sent[:w.start])
                                  or _THERE_WERE.search(w.before_clause))))
        counted = _COUNTED_NOUN.match(after)
        best = None
        for m in self.taxonomy.metrics:
            # (the paragraph's last figures were of the metric: its context need not be repeated)
            if m.id not in nouns or (m.id not in context and m.id not in last_metrics) or (n.unit == "GBP") != (m.unit == "GBP"):
                continue
            if m.requires_any and not m.requires_any.search(prev_text + " " + w.scope):
                continue
            if m.exclude and m.exclude.search(w.scope):
                continue
            if m.nouns.search(re.split(r"[;:]|,\s", after, 1)[0]):
                continue  # the clause names its own noun: not a restatement
            labelled = self._category_for(m, w) not in ("", "total")
            if counted:
                # "498 concerned medical doctors" counts a part; "two values" counts something else
                cats = self.taxonomy.category_sets.get(m.categories)
                if not (labelled and cats and any(h[0] <= counted.start(1) for h in cats.find(after))):
                    continue
            if not (labelled or frame):
                continue
            # (what the figure's own sentence names first: "The annualised figure for property
            # interference was 1,937" after a sentence on intrusive surveillance)
            # (of those, the one the sentence before gave last: "... 754,559 items ..., and that
            # 1,101 errors were reported. The covering letter gives a different total of 1,200")
            key = (m.id in own_context, m.id in prev_metrics, m.id == last_figure, m.id in last_metrics, labelled,
                   bool(m.requires_any), -m.order)
            if best is None or key > best[0]:
                best = (key, m)
        return best[1] if best else None

    @staticmethod
    def _annualised_frame(sent: str, w: "_Mention", periods, s0: int) -> bool:
        """Is the figure in a statement opened by "Scaled up to a full year," or "annualised,"
        and not dated by a period of its own after the frame ("annualised, that is 1,937,
        against 1,842 in 2016-17": the base of comparison is a count)?"""
        m = _ANNUALISED_OPENING.search(sent, 0, w.start)
        return m is not None and not any(p.kind in ("year", "fy", "part") and m.end() <= p.start - s0 < w.next_start
                                         for p in periods)

    def _one_part(self, metric: Metric, text: str) -> str:
        """The one part of the metric's breakdown the text names (not the total), or ""."""
        parts = {h[2] for h in self.taxonomy.category_sets[metric.categories].find(text) if h[2] != "total"}
        return parts.pop() if len(parts) == 1 else ""

    def _metric_of_part(self, w: "_Mention", ctx: Context) -> Optional[Metric]:
        """The one metric, among those the text has given figures for, whose breakdown has the
        part named in the figure's statement ("serious crime" is a purpose of interception
        warrants only), when no other metric's breakdown has it."""
        statement = _statement(w)
        hits = [(a, b, name) for name, cats in self.taxonomy.category_sets.items()
                for a, b, cat in cats.find(statement) if cat != "total"]
        # (the longest name: "serious crime" is a purpose of warrants, not "crime" one of data)
        owners = {name for a, b, name in hits if not any(c <= a and b <= d and (c, d) != (a, b) for c, d, _ in hits)}
        if len(owners) != 1:
            return None
        given = {mid for mid, _ in ctx.figures.values()}
        fits = [m for m in self.taxonomy.metrics if m.categories in owners and m.id in given
                and not m.requires_any and m.unit != "GBP" and not m.id.endswith(_MEASURE_SUFFIXES)]
        return fits[0] if len(fits) == 1 else None

    def _revised_metric(self, w: "_Mention", periods, ctx: Context) -> Optional[Metric]:
        """"The covering letter of the 2016 report gives 1,200 errors notified, not 1,101": a
        count whose noun several metrics share ("errors") is of the one metric with that noun
        the text has already given a figure for, for the same period."""
        n = w.n
        noun = _COUNTED_NOUN.match(w.after)
        if n.kind != "digits" or n.unit or not noun or not ctx.figures:
            return None
        period = self._period_for(w, periods, _UNCLASSIFIED_METRIC, ctx, False)
        if period is None:
            return None
        given = {mid for mid, p in ctx.figures.values() if p == period}
        fits = [m for m in map(self.taxonomy.metric, given)
                if m is not None and m.nouns is not None and m.nouns.fullmatch(noun.group(1))]
        return fits[0] if len(fits) == 1 else None

    def _unclassified(self, w: "_Mention", periods, block: Block, page: int, ctx: Context,
                      method: str) -> Optional[Observation]:
        """A count that no taxonomy metric fits ("19 police forces had used the power") is
        still a statistic: kept with the generic metric `unclassified` and a low confidence,
        never a claim about a metric. Only digits directly followed by a plural noun, so no
        year, reference, tick or marker gets in (those are rejected before this)."""
        n = w.n
        if n.kind != "digits" or n.unit or n.is_decimal or n.footnote or _in_brackets(w.sent, w.start):
            return None
        if not n.has_comma and 1900 <= n.value <= 2100 or re.search(r"\b[A-Z]{2,}\s*$", w.before):
            return None  # a year; a reference ("HCWS 512")
        noun = _COUNTED_NOUN.match(w.after)
        if not noun or _NOT_COUNTED.match(noun.group(1)):
            return None
        period = self._period_for(w, periods, _UNCLASSIFIED_METRIC, ctx, False)
        if period is None:
            return None
        quote = re.sub(r"\s+", " ", w.sent).strip()
        return self._make(ctx, page, UNCLASSIFIED, "", period, n.value, "", "", method, quote,
                          block.bbox_of(n.start, n.end), 0.3)

    def _choose_metric(self, w: "_Mention", block_text: str, heading: str, back: str = "", lead: str = "",
                       history: str = "", antecedent: str = ""):
        """Best taxonomy metric for a number, with its score, or (None, 0, False).

        Evidence, strongest first: the metric's noun right after the number ("808,214 items"),
        its context phrase inside the number's clause, in the sentence, near the block. Among
        equals the taxonomy order decides: it lists specific metrics before generic ones."""
        n, sent, after = w.n, w.sent, w.after
        best = None
        first_words = re.match(r"^\W*(?:[\w'’-]+\W+){0,%d}" % _WORDS_BEFORE_NOUN, after)
        near_limit = first_words.end() if first_words else 0
        clause_after = re.split(r"[;:]|,\s(?:and|while|whereas|but)\b", after)[0]
        if _TIMES_AFTER.match(clause_after):
            # "intrusive surveillance was authorised 186 times", "applied 77 times": the verb
            # before the figure names, as a noun, what is counted
            verb = _COUNTED_VERB.search(sent[w.clause[0]:w.start])
            if verb:
                clause_after = " " + next(noun for stem, noun in _VERB_NOUNS if verb.group(1).lower().startswith(stem)) \
                    + clause_after[_TIMES_AFTER.match(clause_after).end():]
        # "Seven of these were judged to be very serious errors": the noun comes later in the clause.
        of_these = re.match(r"\s+of\s+(?:these|those|them|which)\b", after)
        # "Of which 67 were approved under the urgency procedure", a note "a Of which 67 ...":
        # the sentence's pronoun stands for the noun of what it goes on from
        of_back = bool(back) and _OF_BACK_OPENING.match(sent) is not None
        clause_text = w.scope
        # ("applications to identify a journalist's source, of which there were 106": a relative
        # clause is about the noun phrase it hangs from, which excludes and qualifies it too)
        qualified_text = sent[max(0, sent.rfind(";", 0, w.start) + 1):w.start] + " " + clause_text \
            if _RELATIVE_OPENING.match(clause_text) else clause_text
        before_statement = w.before[w.before.rfind(";") + 1:]
        if _PRONOUN_SUBJECT.match(before_statement):
            # ("Complaints to the Tribunal remained few; it received 157 in 2009": the pronoun
            # opening the statement stands for the noun of the one before)
            before_statement = w.before
        # (a share's noun is looked for in its own statement: "45% were returned because ...; 1%
        # because an error was found" - the error of another statement names nothing here)
        statement = _statement(w)
        # the noun phrase labelling the figure from before ("Recommendations after interception
        # inspections: 65"): its head is the noun no preposition stands before
        named_before = []  # candidates whose noun stands before the figure
        # what the sentence and the block name is the same for every figure in them (the
        # taxonomy remembers it); only a metric named in either is a candidate
        context_in_sent = self.taxonomy.naming(_untitled(back + " " + sent if back else sent), "context")
        seen = []
        context_block = self.taxonomy.naming(_untitled(block_text), "context")
        context_near = context_block | self.taxonomy.naming(heading, "context")
        for m in self.taxonomy.metrics:
            if m.nouns is None or m.context is None:
                continue
            if (n.unit == "GBP") != (m.unit == "GBP"):
                continue
            ctx_sent = m.id in context_in_sent
            if not (ctx_sent or m.id in context_near):
                continue
            # Qualifiers that define a metric ("approved", "refused", "in force") must sit in
            # the number's own clause, not elsewhere in the sentence; a denominator ("67 of the
            # 3,007 warrants were approved urgently") is not qualified by them at all.
            if m.requires_any and (w.denominator or not (m.requires_any.search(clause_text)
                                                         or (antecedent and m.requires_any.search(antecedent)))):
                continue
            if m.parts_only and not any(h[2] != "total" for h in self.taxonomy.category_sets[m.categories].find(sent)):
                continue  # ("200,665 requests were approved": no company's, so not a company's count)
            if m.exclude and _excluded_by(m, qualified_text) and not (w.denominator and self._qualifiers_only(m, clause_text)):
                # (nor is a denominator ruled out by them: "76 of 77 applications approved")
                continue
            na = m.nouns.search(clause_after)
            # "99 surveillance, property interference and CHIS errors": a list of modifiers may
            # stand between a figure and its noun, but no preposition or verb
            noun_after = bool(na and (na.start() <= near_limit or of_these
                                      # ("none of the 2019 interception errors": the head noun of a
                                      # phrase that starts within reach)
                                      or (na.start() - near_limit <= 30
                                          and _PHRASE_GOES_ON.fullmatch(clause_after, near_limit, na.start()) is not None
                                          and not _BREAKS_NOUN.search(re.sub(r"^\s*of\s+(?:the\s+)?", "", clause_after[:near_limit])))
                                      or (na.start() <= 80 and not _BREAKS_NOUN.search(clause_after[:na.start()])))
                              # ("74 recommendations after inspection": the noun after "after" is not the figure's)
                              and not _AFTER_EVENT.search(clause_after, 0, na.start()))
            noun_before = bool(m.nouns.search(before_statement))
            head = False  # (worked out below, where it decides between candidates)
            ctx_clause = bool(m.context.search(_untitled(clause_text)))
            # (the noun anywhere in the sentence, and the figure's category, are looked for
            # only where they decide)
            if n.unit == "percent":
                noun_in_stmt = bool(m.nouns.search(statement))
                noun_in_sent = bool(m.nouns.search(sent)) or bool(lead and m.nouns.search(lead) and m.context.search(lead)) \
                    or bool(of_back and m.nouns.search(back))
                if not (noun_in_sent or ctx_clause):
                    continue
            elif n.unit == "GBP":
                if not (ctx_sent or m.nouns.search(sent) or (lead and m.context.search(lead))):
                    continue
            elif not (noun_after or noun_before or (m.nouns.search(sent) and self._category_for(m, w))
                      # "... determined that 24 were serious; in 2018 it determined eight": the
                      # qualifier defining the metric before the figure in its clause, its noun earlier
                      or (m.requires_any is not None and m.requires_any.search(sent, w.clause[0], w.start)
                          and m.nouns.search(w.before))
                      or (of_back and m.nouns.search(back))
                      # "Applications ... numbered 77; all but one (76) were approved": the
                      # remainder of what the statement before counted
                      or (_ALL_BUT.search(w.before) is not None and m.nouns.search(w.before))):
                continue
            labelled = bool(self._category_for(m, w))
            if n.unit == "percent":
                # a share's noun is rarely next to it ("43.3% of these errors", "and CSPs for 11.6%")
                # "the oral process accounted for 10 per cent of items": the subject names the
                # part, what follows the whole
                subject_ctx = bool(m.context.search(sent[w.clause[0]:w.start]))
                key = (noun_after, noun_in_stmt, ctx_clause, noun_in_sent, subject_ctx, bool(m.requires_any), ctx_sent, labelled,
                       m.id in context_block, -m.order)
            else:
                # (among equals, a metric the paragraph names beats one only the heading names:
                # "Sensitive professions and journalistic sources" over a paragraph on professions)
                # (then the metric named nearest before the figure in the section: "requests for
                # communications data" in the paragraph before over "a journalist's source" three
                # paragraphs up)
                recency = max((x.end() for x in m.context.finditer(history)), default=-1) \
                    if history and not (ctx_clause or ctx_sent) else 0
                # (and, of a metric and a finer one both named in its clause, the finer: "87 items
                # of service use data" are items by data type, not items in general)
                named_by = m.id.count(".") if ctx_clause else 0
                # (of nouns after the figure, the one its phrase starts with: "42,293 urgent oral
                # requests for communications data" are urgent oral requests)
                first = -na.start() if noun_after and na else -999
                key = (noun_after, ctx_clause, bool(m.requires_any), ctx_sent, noun_before, head, labelled,
                       named_by, first, m.id in context_block, recency, -m.order)
            if back:
                seen.append((key, m, noun_after))
            if n.unit != "percent" and noun_before:
                named_before.append((key, m, noun_after))
            if best is None or key > best[0]:
                best = (key, m, noun_after)
        if best is None:
            return None, 0, False
        if n.unit != "percent" and best[0][4] and len(named_before) >= 2:
            # candidates alike up to their nouns before the figure: the head noun of the label
            # before it decides ("Recommendations after interception inspections: 65")
            tied = [c for c in named_before if c[0][:5] == best[0][:5]]
            label_phrase = _label_phrase(before_statement) if len(tied) >= 2 else ""
            if label_phrase:
                def with_head(c):
                    found = c[1].nouns.search(label_phrase)
                    head = bool(found and not _PREPOSITION.search(label_phrase, 0, found.start()))
                    return (c[0][:5] + (head,) + c[0][6:], c[1], c[2])
                best = max((with_head(c) for c in tied), key=lambda c: c[0])
        if back:
            # "Incorrect times and dates remain the commonest fault. Of that kind of error, SPoCs
            # made 199": the kind the sentence before names refines the metric chosen here
            named_before = self.taxonomy.naming(back, "context")
            finer = [c for c in seen if c[1].id in named_before and c[1].id.startswith(best[1].id + ".")
                     and not c[1].requires_any]
            if finer:
                best = max(finer, key=lambda c: c[0])
        # confidence grows with the evidence: a noun next to the number counts most
        # (a share's key, less its statement-level noun, laid out as a count's)
        k = best[0] if n.unit != "percent" else (best[0][0], best[0][3], best[0][2]) + best[0][5:7] + (False,) + best[0][7:]
        score = 3 * k[0] + 1.5 * k[1] + 1 * k[3] + 0.5 * k[4] + 0.5 * k[6]
        return best[1], score, best[2]

    def _period_for(self, w: "_Mention", periods, metric: Metric, ctx: Context, is_change: bool) -> Optional[str]:
        """The period a figure is about: from the words next to it, then the sentence, then
        the heading above it, then the report's own period."""
        sent, s0, rel_start, rel_end, nxt = w.sent, w.s0, w.start, w.end, w.next_start
        # A date is a point in time: it can only be the period of a stock ("in force on
        # 31 December"), never of a flow ("186 authorisations were granted").
        kinds = ("year", "fy", "part", "month", "since", "relative", "same") + (("date",) if metric.stock else ())
        # "Local authorities, which since 1 November 2012 have required approval, obtained
        # 1,191 items": a period inside a relative clause dates that clause, not the figure.
        to_level = _TO_LEVEL_BEFORE.search(w.before)
        usable = [p for p in periods if p.kind in kinds and not _in_relative_clause(sent, p.start - s0)
                  # "In its report on 2023, published in May 2025": a publication date
                  and not _published(sent, p, s0)
                  # "rose from 3,007 in 2016 to 3,535": the year of the level risen from
                  and not (to_level and to_level.start() <= p.start - s0 < rel_start)]
        # "In 2016-17, the last reporting year of the OSC": a relative period in apposition
        # to a named one restates it
        usable = [p for p in usable if not (p.kind == "relative" and any(
            q.kind in ("year", "fy", "part") and re.fullmatch(r"\s*,\s*", sent[q.end - s0:p.start - s0]) for q in usable))]

        def resolve(p: grammar.PeriodMatch) -> Optional[str]:
            if p.kind == "relative":
                # "757,977 the previous year", "Two years before": counted from the year
                # last named before it (in the sentence, else since the heading), else from the
                # report's own
                named = [q.period for q in periods if q.end <= p.start and q.kind in ("year", "fy")
                         and not _published(sent, q, s0)]
                anchor = named[-1] if named else (ctx.recent[-1] if ctx.recent else ctx.period)
                if anchor and grammar.months_spanned(anchor) not in (0, 12):
                    # "April to December 2006 ... The following year": a part year's neighbour is
                    # the calendar year
                    return str(int(anchor[-7:-3]) - p.offset)
                return grammar.shift_period(anchor, p.offset) if anchor else None
            if p.kind == "month":
                # (in the kind of period the sentence counts in: "issued in December 2021
                # (2021/22) ...; reduced to £50,000 in November 2022" is in 2022/23)
                fy = next((q.period for q in periods if q.kind == "fy" and not _in_relative_clause(sent, q.start - s0)), None)
                return grammar.period_containing(p.period, fy or ctx.period or ctx.reckoning or "")
            if p.kind == "since":
                return grammar.period_since(p.period, ctx.period or "")
            if p.kind == "same":
                # "over the same period": the period last named; "in the nine months": the last
                # named period of that length; "from 2010: there were 27 that year" - named
                # earlier in the same sentence
                # ("covered only April to December 2006; it counted 1,088 errors in those nine
                # months": a period of that length named earlier in the sentence)
                # ("in the previous year the total was 754,559 and that 1,101 errors were reported
                # in that year": the year a relative period named)
                earlier = [q for q in periods if q.end <= p.start and q.kind in ("year", "fy", "part", "relative")
                           and not _published(sent, q, s0) and not (q.kind == "relative" and p.offset)
                           and (q.kind == "relative" or not p.offset or grammar.months_spanned(q.period) == p.offset)]
                if earlier:
                    return resolve(earlier[-1]) if earlier[-1].kind == "relative" else earlier[-1].period
                if not p.offset and re.search(r"\bth(?:at|is)\s+period", p.text, re.I):
                    # "... covers only nine months. In that period ...": "that period" is the span
                    # the sentence before named, not whatever year was named last (an event's)
                    return ctx.sentence_before[0] if len(set(ctx.sentence_before)) == 1 else None
                for named in reversed(ctx.named):
                    if not p.offset or grammar.months_spanned(named) == p.offset:
                        return named
                if not p.offset and ctx.figures:
                    # ("In its report on 2016 ... the chapter on errors 1,101." then "... in 83% of
                    # applications that year": the year of the last figure given, when the text
                    # named it only as a report's)
                    return list(ctx.figures.values())[-1][1] or None
                return None
            if p.kind == "part" and p.period.startswith("????"):
                # "Between October and December that year": the year named last
                year = next((q for q in reversed(ctx.named) if re.fullmatch(r"\d{4}", q)), None)
                return p.period.replace("????", year) if year else None
            if p.kind == "date" and p.period.startswith("????"):
                base = (ctx.period or "")[:4]
                return base + p.period[4:] if base.isdigit() else None
            return p.period

        def is_comparison_base(p: grammar.PeriodMatch) -> bool:
            # "up 17.5% on the previous year": the period named is what is compared against
            # ("from 1 April to 31 December 2017" names a span, not a base).
            if p.kind == "part":
                return False
            pre = sent[max(0, p.start - s0 - 25):p.start - s0].lower()
            # ("just under twice the 2010 total": a multiple of another year's figure)
            # ("17.5% more than in 2016")
            # (but "authorised 186 times in those nine months": occurrences, over a period)
            return bool(re.search(r"\b(?:on|over|than|with|to|from|against|since)\s*(?:(?:in|for)\s+)?(?:the\s+)?$", pre)
                        or (re.search(r"\b(?:twice|double|half|times)\s+(?:the\s+)?$", pre)
                            and not re.match(r"(?:in|during|over|for)\b", p.text, re.I)))

        # Stocks ("in force on 31 December 2017") take the date.
        if metric.stock:
            dates = [p for p in periods if p.kind == "date"]
            if dates:
                return resolve(min(dates, key=lambda p: abs(p.start - w.n.start)))
            # "Warrants in force at the end of 2016": the last day of the year named
            ends = [p for p in periods if p.kind in ("year", "fy")
                    and _END_OF.search(sent, max(0, p.start - s0 - 40), p.start - s0)]
            if ends:
                end = min(ends, key=lambda p: abs(p.start - w.n.start))
                return f"{end.period}-12-31" if end.kind == "year" else f"{end.period[-7:-3]}-03-31"
            # "In 2016 warrants in force at the end of the year were ...": the end of the one
            # year the sentence names (not a year compared against)
            named = {(p.period, p.kind) for p in usable if p.kind in ("year", "fy") and not is_comparison_base(p)}
            if len(named) == 1:
                year, kind = named.pop()
                return f"{year}-12-31" if kind == "year" else f"{year[-7:-3]}-03-31"
            if ctx.period and re.fullmatch(r"\d{4}", ctx.period):
                return f"{ctx.period}-12-31"
        # a-) "£20 million, which falls in our financial year 2020/21": a relative clause right
        #     after the figure that places it in a period dates the figure itself (other
        #     periods in relative clauses date only their clause)
        falls = _FALLS_IN.match(sent, rel_end)
        if falls:
            for p in periods:
                if p.start - s0 == falls.end() and p.kind in ("year", "fy", "part"):
                    return resolve(p)
        # a-1) "the largest rise since 2012, when the increase was 16%": a "when" clause set
        #      after a year is about that year
        when = _WHEN_CLAUSE.search(sent, 0, rel_start)
        if when and not any(when.end(1) <= p.start - s0 < nxt for p in usable):
            # (unless the clause dates the figure otherwise: "in 2014, when the Commissioner
            # reported that 2,760 warrants had been issued in 2013")
            return when.group(1)
        # a-2) "with the 2013 fall put at 19%": a change named by its year
        if is_change:
            named = _YEAR_CHANGE.search(sent, max(0, rel_start - 60), rel_start)
            if named:
                return named.group(1)
        # a0) "2016: 754,559" - a period labelling the figure right after it
        for p in usable:
            if p.end - s0 <= rel_start and re.fullmatch(r"\s*[:=]\s*(?:£\s?)?", sent[p.end - s0:rel_start]):
                return resolve(p)
        # a1) "Roughly ten years before the 2017 report, some 20,000 ...": so many years
        #     before or after a named year
        span = _YEARS_APART.search(sent, 0, rel_start) if "years " in sent and (
            "before" in sent or "after" in sent or "than" in sent or "prior" in sent) else None
        if span and not sent[span.end():rel_start].count(";"):
            n = grammar.WORD_NUMBERS.get(span.group(1).lower()) or (int(span.group(1)) if span.group(1).isdigit() else 0)
            if n:
                year = int(span.group(3))
                return str(year - n if span.group(2).lower() in ("before", "earlier than", "prior to") else year + n)
        # a) a number in brackets right after a period: "2017 (757,977 items)", unless the
        #    brackets name their own period: "since 2017 (1,958 in 2018)"
        m = re.search(r"\(\s*$", sent[:rel_start])
        close = sent.find(")", rel_end)
        inner_end = close if close >= 0 else len(sent)
        if m and not any(rel_end <= p.start - s0 < inner_end for p in usable):
            for p in usable:
                if p.end - s0 <= m.start() and re.fullmatch(r"[\s,]*", sent[p.end - s0:m.start()]):
                    return resolve(p)
        # b) "N in 2017", "N (2016)", "N during 2016-17" after the number, before the next number
        for p in (p for p in usable if rel_end <= p.start - s0 < nxt):
            gap = sent[rel_end:p.start - s0]
            if len(gap) > 90 or ";" in gap or is_comparison_base(p) or _new_clause(gap, p, sent[rel_end:]):
                continue
            if _CLAUSE_SEP.search(gap) and any(w.clause[0] <= q.start - s0 and q.end - s0 <= rel_start for q in usable
                                               if q.kind != "relative" or not is_comparison_base(q)):
                # "The total for 2017 was 926, and the report put the 2016 figure at 1,101": the
                # figure's own clause names its period; a later clause's is not its
                continue
            if is_change and p.kind == "relative" and p.offset >= 0:
                continue
            # "similar to 2016 (754,559 items)": that year labels the bracketed figure after it
            # (but "in 2017 (2016: 754,559)" opens brackets of earlier years, not a figure)
            bracket = re.match(r"\s*\(\s*£?\d[\d,.]*(.?)", sent[p.end - s0:])
            # (nor "24 serious errors in 2017 (33 investigated)": the year after the figure's noun
            # is the figure's, and the aside's)
            if bracket and bracket.group(1) != ":" and not (re.fullmatch(r"\s*(?:[a-z]+\s+){0,4}?(?:in|during|for)\s*", gap)
                                                             and not _VERB.search(gap)):
                continue
            if re.match(r"\s*[:=]", sent[p.end - s0:]):  # "(2015: 1,199)" labels the next figure
                continue
            return resolve(p)
        # c) the nearest period before the number in the sentence ("In 2018, 808,214 items")
        seg0 = sent.rfind(";", 0, rel_start) + 1  # a semicolon starts a new statement
        before = [p for p in usable if seg0 <= p.start - s0 and p.end - s0 <= rel_start
                  and not re.search(r"\b(?:than|with|against|since)\s*(?:the\s+)?$", sent[max(0, p.start - s0 - 25):p.start - s0], re.I)
                  # ("a fall of 19% on the year before, and that ... had made 42,293": the base
                  # another figure was compared with)
                  and not (p.kind == "relative" and re.search(r"\bon\s*$", sent[max(0, p.start - s0 - 5):p.start - s0], re.I))
                  # ("compared with 1,958 in 2018, and that wider public authorities made eleven")
                  and not _COMPARED_FIGURE.search(sent, max(0, p.start - s0 - 30), p.start - s0)]
        if before:
            return resolve(before[-1])
        # c1) "On 2 December 2021 a penalty notice of £500,000 was issued": a day opening the
        #     statement dates the event it tells, so a flow counted in it falls in the period
        #     (of the kind the report counts in) that contains that day
        if not metric.stock:
            for p in periods:
                if p.kind == "date" and not p.period.startswith("?") and seg0 <= p.start - s0 < rel_start \
                        and _EVENT_DAY_BEFORE.fullmatch(sent[seg0:p.start - s0]) \
                        and not re.search(r"[;:]|,\s+(?:and|but|while|whereas)\b", sent[p.end - s0:rel_start]):
                    return grammar.period_containing(p.period[:7], ctx.period or ctx.reckoning or "")
        # c2) "2,306 warrants were issued that year; for national security, 1,219": a statement
        #     without a verb after a semicolon shares the period of the one before
        if seg0 > 0 and re.fullmatch(r"\s*(?:and\s+)?(?:for|among|in)\s[^,]{2,60},\s*", sent[seg0:rel_start]) \
                and not _VERB.search(sent[seg0:rel_start] + sent[rel_end:nxt]):
            before = [p for p in usable if p.end - s0 <= seg0 and not is_comparison_base(p)]
            if before:
                return resolve(before[-1])
        # d) one period closing a list of figures: "fines of £20m and £18.4m in 2020-21"
        seg1 = sent.find(";", rel_end) % (len(sent) + 1) if ";" in sent[rel_end:] else len(sent)
        later = {resolve(p) for p in usable if seg1 > p.start - s0 >= rel_end and p.kind != "relative"
                 and (not _in_brackets(sent, p.start - s0) or _in_brackets(sent, rel_start)
                      # ('... for 2.9%." (IOCCO Report 2016, para 8.15)': the report cited)
                      or any(a <= p.start - s0 < b for a, b in _citations(sent)))
                 and not _new_clause(sent[rel_end:p.start - s0], p, sent[rel_end:]) and not is_comparison_base(p)
                 # ("24 interception errors (law enforcement) 13 in 2018": the period of the figure
                 # set after this one with no "and" between is that figure's)
                 and not (nxt < p.start - s0 and sent[nxt:nxt + 1].isdigit()
                          and not re.search(r"[,;&]|\b(?:and|or|to|then|while|whereas)\b", sent[rel_end:nxt])
                          and not _OF_THE.fullmatch(sent[rel_end:nxt]))  # ("140 of the 903 errors reported in 2018")
                 # ("66%, up from 61% in 2015": the year of the level moved from)
                 and not _FROM_FIGURE.search(sent, rel_end, p.start - s0)}
        if len(later) == 1 and (not is_change or _TO_LEVEL_AFTER.match(sent, rel_end)):
            # ("fell by 19% to 2,760 in 2013": a change is dated by the level it led to)
            return later.pop()
        # d2) "... had been granted 1,866 CHIS authorisations in 2019; public authorities other
        #    than councils had been granted eleven": a statement after a semicolon naming no period
        #    shares the one period the statement before it names
        if seg0 > 0 and not any(seg0 <= p.start - s0 < seg1 for p in periods):
            # (back past statements naming none: "... in 2018: SPoCs made 381; applicants made
            # 360; designated persons made only 22")
            end = seg0
            while end > 0:
                seg_prev = sent.rfind(";", 0, end - 1) + 1
                if any(seg_prev <= p.start - s0 < end for p in periods):
                    break
                end = seg_prev
            named = {resolve(p) for p in usable if seg_prev <= p.start - s0 and p.end - s0 < end
                     and p.kind in ("year", "fy", "part", "same") and not is_comparison_base(p)} - {None}
            if len(named) == 1:
                return named.pop()
        # e0) "Public authorities made 253,557 such requests in that period. The same report
        #     counted 1,088 errors": the same source, so the period of the figures just given
        if _SAME_SOURCE_OPENING.match(sent) and not any(p.kind in ("year", "fy", "part") for p in usable):
            # (opening a paragraph: those the paragraph before gave last)
            given = {f[2] for f in (ctx.sentence_figures or (ctx.figures_before if not ctx.paragraph_metrics else [])) if f[2]}
            if len(given) == 1:
                return given.pop()
        # e) "The report covers the calendar year 2019. It records that 200,665 requests were
        #    approved": a sentence naming no period continues the one before it in the paragraph
        if len(set(ctx.sentence_before)) == 1:
            return ctx.sentence_before[0]
        given = {f[2] for f in ctx.sentence_figures if f[2]}
        if len(given) == 1 and ctx.sentence_figures:
            return given.pop()
        if ctx.period is None and ctx.paragraph_before[2:] and ctx.paragraph_before[2][2]:
            # f) a text with no period of its own (a book review): the period of the figure the
            #    paragraph before gave last, rather than no figure at all
            return ctx.paragraph_before[2][2]
        return ctx.period

    def _category_for(self, metric: Metric, w: "_Mention") -> str:
        """The breakdown value a number belongs to, from the labels around it, or "".
        It depends on the metric only through its category set, which the candidate metrics
        for a figure often share: the figure remembers the answer per set."""
        if not metric.categories:
            return ""
        if metric.categories not in w.categories:
            w.categories[metric.categories] = self._category_in(self.taxonomy.category_sets[metric.categories], w)
        return w.categories[metric.categories]

    @staticmethod
    def _category_in(cats: CategorySet, w: "_Mention") -> str:
        sent = w.sent
        if w.denominator:
            # "Service providers caused 140 of the 903 errors": the whole a part is taken from
            # (itself a part when the phrase says whose: "792 of the 933 authorisations made by
            # public authorities other than the police")
            by = _WHOSE_WHOLE.match(w.after)
            hits = cats.find(w.after[by.end():by.end() + 60]) if by else []
            return hits[0][2] if hits and hits[0][0] == 0 and hits[0][2] != "total" else ""

        # "total" is only a category where a table or list labels a row so; in prose "a total
        # of 3,535 warrants" is the headline figure itself.
        def labels(text: str) -> list[tuple[int, int, str]]:
            # ("errors were reported to us by public authorities": who reported them is no part)
            hits = [h for h in cats.find(text) if h[2] != "total" and not _REPORTED_BY.search(text, max(0, h[0] - 30), h[0])]
            if len(hits) >= 2 and ("than" in text or "xcept" in text or "xcluding" in text or "apart" in text) \
                    and _EXCEPT.search(text):
                # "public authorities other than law enforcement and local authorities": the
                # parts named as left out are not the figure's
                hits = [h for h in hits if not _EXCEPT_BEFORE.search(text, max(0, h[0] - 80), h[0])]
            # "associates of suspects for 9.1%": the part is the head of the phrase, not the
            # part named in its "of" complement
            return [h for i, h in enumerate(hits) if not (i and _OF_COMPLEMENT.fullmatch(text, hits[i - 1][1], h[0]))]

        # 1) a label right before: "Lawyers (219)", "journalists: 157", "Lawyer 234"
        hits = labels(w.before_clause)
        gap = w.before_clause[hits[-1][1]:] if hits else ""
        if hits and re.fullmatch(r"\s*,\s*", gap) and re.match(r"\s*[,.;)]", w.after) \
                and re.search(r"\b(?:was|were|then)\s+(?:the\s+)?$", w.before_clause[:hits[-1][0]]):
            # "The largest group was medical doctors, 498, then ministers of religion, 272.": a
            # part named, then its figure set off by commas
            return hits[-1][2]
        if hits and (_LABEL_GAP.fullmatch(gap) or _NAME_TAIL_GAP.fullmatch(gap)):
            # "Errors in surveillance, property interference and CHIS: 99": the last of a list
            # of parts is not the part the figure counts
            if len(hits) >= 2 and re.fullmatch(r"\s*(?:,|and|or|&)\s*(?:and\s+)?", w.before_clause[hits[-2][1]:hits[-1][0]]):
                return ""
            return hits[-1][2]
        # 2) a label right after: "157 concerned journalists", "£20m to British Airways"
        # ("something like two thirds, 2,306, were for serious crime": a figure set off by commas
        # goes on to its verb)
        after_clause = re.split(r"[;:]|,\s", _COMMA_TO_VERB.sub(" ", w.after, 1), 1)[0]  # "and" may sit inside a name
        hits = labels(after_clause)
        # ("792 of them by the Department for Work and Pensions": a part of the figure before)
        # ("6% in the interests of national security": a purpose's set phrase, one word's worth)
        lead = re.sub(r"^\s*of\s+(?:them|these|those|which)\s+(?:by|to|for|from|in|at)\b|\bin\s+the\s+interests?\s+of\b", " ",
                      after_clause[:hits[0][0]]) if hits else ""
        if hits and _words_between(lead) <= 3 and not _NEXT_ITEM.search(lead):
            following = labels(w.after[hits[0][0]:hits[0][0] + 80]) if _LIST_NEXT.match(w.after, hits[0][1]) else ()
            if len(following) >= 2 and following[1][2] != following[0][2] \
                    and re.fullmatch(r"\s*(?:,|and|or|&)\s*(?:and\s+)?", w.after[hits[0][0] + following[0][1]:hits[0][0] + following[1][0]]):
                # "1,320 applications about lawyers, doctors, journalists, MPs and clergy": a
                # list of parts, which the figure counts together
                return ""
            return hits[0][2]
        # "1,958 informant (CHIS) authorisations, law enforcement": a part named alone after a
        # comma closing the item (no verb: a list's or a chart's label)
        tail = re.fullmatch(r"[^,;:]*,\s*([^,;:()]+?)[\s.]*", w.after) if w.next_start >= len(sent) else None
        hits = labels(tail.group(1)) if tail and not _VERB.search(_ED_ADJECTIVES.sub(" ", w.after)) else ()
        if len({h[2] for h in hits}) == 1:
            rest = tail.group(1)
            for a, b, _ in reversed(hits):
                rest = rest[:a] + rest[b:]
            if _words_between(rest) <= 1:  # ("law enforcement agencies", "councils only")
                return hits[0][2]
        if _REPORTED_ERRORS.search(w.before_clause) and _ERRORS_AFTER.match(w.after):
            # "Public authorities reported 926 communications data errors": who reports errors
            # is not thereby the party responsible for them
            return ""
        if _OUT_OF_BEFORE.search(w.before_clause):
            # "203 applications were for the data of journalists, out of 1,320 touching sensitive
            # professions": the whole the part before is taken from, not that part
            return ""
        # 3) the subject of the number's clause: "Law enforcement agencies made 1,866 ..."
        #    (clauses split at commas only: "and" may sit inside a name)
        c0 = max((m.end() for m in re.finditer(r"[;:]|,\s", sent[:w.start])), default=0)
        hits = labels(sent[c0:w.start])
        # ("In 2013 the intelligence agencies accounted for 58,996": past a period opening it)
        # (or past a reporting clause: "The 2013 report found that public authorities caused 87.5%")
        if hits and _words_between(_REPORTING_LEAD.sub("", _PERIOD_OPENING.sub("", sent[c0:c0 + hits[0][0]], 1), 1)) <= 1:
            if len(hits) >= 2 and hits[1][2] != hits[0][2] \
                    and re.fullmatch(r"\s*(?:,|and|or|&)\s*(?:and\s+)?", sent[c0 + hits[0][1]:c0 + hits[1][0]]) \
                    and sent[max(0, c0 - 2):c0].strip() == ",":
                # "Errors in the use of surveillance, property interference and informants came
                # to 99": the clause is the tail of a list of parts, which the figure counts together
                return ""
            return hits[0][2]
        owner = [h for h in hits if _SHARE_OF.match(sent, c0 + h[1])] if w.n.unit == "percent" and hits else ()
        if len(owner) == 1:
            # "the applicants' share had grown to 39.4%": the part whose share it is
            return owner[0][2]
        if len({h[2] for h in hits}) == 1 and _ABOUT_LABEL.search(sent, c0, c0 + hits[0][0]):
            # "applications relating to lawyers fell to 219": the one part the clause's subject
            # is about
            return hits[0][2]
        # 4) the sentence's subject, or the one label the sentence names, before the number
        #    (not across a semicolon: "..., of which local authorities made 1,694; in 2007 ...")
        seg0 = sent.rfind(";", 0, w.start) + 1
        # (nor across ", and the cells of the table add up to 903": a new subject)
        seg0 = max([seg0] + [m.end() for m in _NEW_SUBJECT.finditer(sent, seg0, w.start)])
        # ("examined 970 interception warrants and carried out 166 inspections": a part naming
        # what another figure counts is that figure's)
        # (to the statement's end: "... made 381; the investigators who applied made 360" - the
        # next statement's part is not this one's)
        seg1 = sent.find(";", w.end)
        named = [(a + seg0, b + seg0, k) for a, b, k in labels(sent[seg0:seg1] if seg1 >= 0 else sent[seg0:])
                 if not (a + seg0 < w.start and _MODIFIES_FIGURE.search(sent, seg0, a + seg0))]
        before_num = [h for h in named if h[1] <= w.start]
        if len(before_num) >= 2 and before_num[1][2] != before_num[0][2] \
                and re.fullmatch(r"\s*(?:,|and|or|&)\s*(?:and\s+)?", sent[before_num[0][1]:before_num[1][0]]) \
                and not _VERB.search(sent[before_num[0][1]:w.start]):
            # "Journalists, lawyers, doctors, MPs, clergy: 1,320 applications": a list of parts
            # heading the figure, which counts them together
            return ""
        if before_num and _words_between(sent[seg0:before_num[0][0]]) <= 1:
            return before_num[0][2]
        if len({h[2] for h in named}) == 1 and before_num:
            return before_num[0][2]
        if len({h[2] for h in before_num}) == 1 and _SUBJECT_VERB.fullmatch(sent, before_num[-1][1], w.start):
            # "... other public authorities were granted 933 authorisations, of which the DWP
            # accounted for 792": the subject of the figure's verb, whatever parts follow it
            return before_num[-1][2]
        # 5) the only label in the figure's own clause after it ("65% of warrants were issued
        #    for the prevention or detection of serious crime"), not one opening the next item
        #    ("87.5% of the errors and service providers 12.5%")
        hits = [h for h in labels(after_clause) if not _NEXT_ITEM.search(after_clause, 0, h[0])]
        if hits and len({h[2] for h in hits}) == 1:
            return hits[0][2]
        return ""

    # -- data-file lines ---------------------------------------------------------------
    def recognize_data_lines(self, block: Block, page: int, ctx: Context, fields: tuple) -> Optional[list]:
        """Lines of a data file printed as they are ("2007;cd_requests;all;519260;requests")
        under their header line: each record's period, measure, part and value from the fields
        the header names. None when the block is not such lines."""
        delim, names = fields
        records = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", block.text)]
        parsed = []
        for start, rec in records:
            values = rec.split(delim)
            if len(values) != len(names):
                return None
            parsed.append((start, rec, dict(zip(names, values))))
        out = []
        for start, rec, f in parsed:
            period = _whole_period(f.get("period", "")) or ctx.period
            value = _cell_value(f.get("value", ""))
            metric = self._measure_metric(f.get("measure", ""))
            if period is None or value is None or metric is None or value[1] == "percent":
                continue
            category = self._default_category(metric)
            part = f.get("part", "").replace("_", " ").strip()
            if part and not re.fullmatch(r"all|total|any", part, re.I):
                cats = self.taxonomy.category_sets.get(metric.categories)
                category = cats.lookup(part) if cats else None
                if not category:
                    continue  # a part the metric has no breakdown for
            at = start + rec.rfind(f["value"])
            out.append(self._make(ctx, page, metric.id, category, period, value[0], metric.unit, "", "table", rec,
                                  block.bbox_of(at, at + len(f["value"])), 0.8))
        return out

    def _measure_metric(self, measure: str) -> Optional[Metric]:
        """The metric a data file's measure code names: the series id itself ("cd_requests" for
        cd.requests, "_" and "." alike), else the metric its words name."""
        if not measure:
            return None
        words = measure.replace("_", " ").replace(".", " ").split()
        ids = {m.id: m for m in self.taxonomy.metrics}
        for cut in range(1 << max(0, len(words) - 1)):
            # every way of joining the words with "." or "_"
            joined = words[0] + "".join(("." if cut >> k & 1 else "_") + w for k, w in enumerate(words[1:]))
            if joined in ids:
                return ids[joined]
        return self._label_metric(" ".join(words), "")

    # -- charts -----------------------------------------------------------------------
    def recognize_legend(self, block: Block, page: int, ctx: Context,
                         about: list[str]) -> tuple[list[Observation], int]:
        """Chart legends and data labels that carry their values, read from the start of a
        block: "Telephony related data (678)", "SPoC 47% Applicant 26% DP 5%", "Law enforcement
        – 700,282 (92.6%)". Returns the observations and where the legend text ends (the rest
        of the block is prose). The metric comes from the figure caption; a bare number (an
        axis tick) never matches, since every value needs a label."""
        items, pos, text = [], 0, block.text
        while True:
            m = _LEGEND_ITEM.match(text, pos)
            if not m or not _legend_label(m.group("label")) or _cell_value(m.group("num")) is None:
                break
            number = _cell_value(m.group("num"))[0]
            if not m.group("num").strip().endswith("%") and 1900 <= number <= 2100 and "," not in m.group("num"):
                break  # a year, not a value
            items.append(m)
            pos = m.end()
        # the legend must fill the block (unlabelled slices may close it: "Internet and postal
        # related data"), or be followed by a new sentence
        rest = text[pos:]
        if items and rest.strip() and not re.search(r"\d", rest) and not _LEGEND_VERB.search(rest) \
                and _words_between(rest) <= 12:
            pos = len(text)
        if not items or not (pos >= len(text.rstrip()) or re.match(r"\s+[A-Z]", text[pos:])):
            return [], 0
        caption = " ".join(about)
        # a chart's caption often leaves out the counted noun ("Communications data obtained by
        # local authorities, by type of data")
        metric = self._table_metric(caption, " ; ".join(m.group("label") for m in items), need_noun=False)
        if metric is None:
            return [], 0
        cats = self.taxonomy.category_sets.get(metric.categories)
        periods = {p.period for p in grammar.parse_periods(caption) if p.kind in ("year", "fy", "part")}
        period = periods.pop() if len(periods) == 1 else ctx.period
        if period is None:
            return [], 0
        out = []
        for m in items:
            label = m.group("label").strip(" –—-:")
            category = (cats.lookup(label) if cats else None) or \
                ("combination" if cats and _both_part(label, cats, [i.group("label") for i in items]) else _slug(label))
            for group in ("num", "share"):
                value = _cell_value(m.group(group) or "")
                if value is None:
                    continue
                number, unit = value
                start = m.start(group)
                out.append(self._make(
                    ctx, page, metric.id + (".share" if unit == "percent" else ""), category, period, number,
                    "percent" if unit == "percent" else metric.unit, "", "chart", m.group(0).strip(),
                    block.bbox_of(start, m.end(group)), 0.75))
        return out, pos

    def recognize_chart(self, chart: Chart, captions: list[Block], ctx: Context, blocks: list = (),
                        charts: list = ()) -> list[Observation]:
        """A bar or line chart's values: the metric from its caption (the nearest caption block
        on the page), each bar's period or category from its label ("2015", "Lawyer") and its
        legend series. Also the figures of the lines set between the caption and the chart
        (of the page's `blocks`), read as sentences following on from the caption."""
        if not captions:
            return []
        title = min(captions, key=lambda b: min(abs(b.bbox[1] - chart.bbox[3]), abs(chart.bbox[1] - b.bbox[3])))
        caption = title.text
        found = self._standfirst(chart, title, blocks, ctx)
        if ctx.heading_period and len({p.period for p in grammar.parse_periods(caption) if p.kind in ("year", "fy", "part")}) != 1:
            # ("Items by data type, 2018" over one chart, then "Largest ICO fines (£m)" over the
            # next: the heading naming the period the text has reached titles the chart between,
            # whose period it is, or is set as this chart's own title is, a title of the same
            # rank: not this chart's)
            dated = [b for b in blocks if b.kind == "heading" and b.bbox[3] <= min(title.bbox[1], chart.bbox[1]) + 1
                     and {p.period for p in grammar.parse_periods(b.text) if p.kind in ("year", "fy", "part")} == {ctx.heading_period}]
            last = max(dated, key=lambda b: b.bbox[3], default=None)
            between = [o for o in charts if o is not chart and last is not None and o.bbox[1] >= last.bbox[3] - 1
                       and o.bbox[3] <= chart.bbox[1] + 1 and o.bbox[0] < chart.bbox[2] and chart.bbox[0] < o.bbox[2]]
            if last is not None and (
                    between or (title.bbox[1] >= last.bbox[3] - 1 and abs(title.bbox[0] - last.bbox[0]) <= 3
                                and abs((title.bbox[3] - title.bbox[1]) - (last.bbox[3] - last.bbox[1])) <= 1.5)) \
                    and not any(_shares_of(chart, o) for o in between):
                # (unless this chart gives the shares of the chart between's counts, the same
                # parts: "The same recommendations as shares (%)" under the dated counts)
                ctx = replace(ctx, heading_period=None)
        return found + self._chart_bars(chart, caption, ctx)

    def _standfirst(self, chart: Chart, title: Block, blocks: list, ctx: Context) -> list[Observation]:
        """The figures of the short lines between a chart's caption and the chart ("1,320
        applications in all", "(the total for 2016 was 948)", "1,088 errors reported, against
        253,557 requests for communications data"): each read as a sentence after the caption,
        which says what they count and when; not under the page's running heading."""
        # (a caption set close over the chart: a far one, the page's only caption, has the
        # page's prose between it and the chart, read as such)
        if not 0 <= chart.bbox[1] - title.bbox[3] <= 2 * _CHART_TITLE_GAP:
            return []
        lines = [b for b in blocks if b.kind in ("heading", "paragraph") and b.bbox[1] >= title.bbox[1] - 1
                 and b.bbox[3] <= chart.bbox[1] + 1 and b.bbox[0] < chart.bbox[2] and chart.bbox[0] < b.bbox[2]
                 and _DIGIT.search(b.text) and _words_between(b.text) <= 25 and not title.text.startswith(b.text)
                 and not re.match(r"\s*\(?\s*(?:source|note|notes)\b", b.text, re.I)]
        if not lines or len(lines) > 3:
            return []
        # (a title read as the stack of lines over the chart holds them: the caption is the rest)
        head = title.text
        for b in lines:
            head = head.replace(b.text, " ")
        head = re.sub(r"\s+", " ", head).strip().rstrip(".:")
        out = []
        for b in lines:
            body = b.text.strip()
            if body.startswith("(") and body.endswith(")"):
                body = body[1:-1]   # a note in brackets is a sentence of its own
            text = head + ". " + body
            shift = len(head) + 2 - (len(b.text) - len(b.text.lstrip())) - (1 if b.text.strip().startswith("(") else 0)
            spans = [replace(sp, start=sp.start + shift, end=sp.end + shift) for sp in b.spans]
            sub = Context(ctx.document, ctx.sha256, ctx.default_period)
            found = self.recognize_block(Block(text, spans, b.bbox, "paragraph"), chart.page, sub, skip_before=len(head) + 2)
            out.extend(replace(o, method="chart") for o in found if o.metric != UNCLASSIFIED)
        return out

    def _chart_bars(self, chart: Chart, caption: str, ctx: Context) -> list[Observation]:
        """The observations of a chart's bars (points, slices) under its caption."""
        labels = " ; ".join(b.label for b in chart.bars)
        # (and what the labels name, in the taxonomy's words: "phone and internet companies"
        # are communications service providers, the context of errors made in acquiring data)
        named = {k for cats in self.taxonomy.category_sets.values() for b in chart.bars
                 for k in [cats.lookup(b.label, whole=True)] if k and k != "total"}
        chart_metric = self._table_metric(caption, " ; ".join([labels] + sorted(k.replace("_", " ") for k in named)),
                                          need_noun=False)
        if chart_metric is None:
            return []
        # ("Council requests by type of data" over "Subscriber information | Service use |
        # Traffic data": a finer breakdown of what the caption counts, as a table's rows would be)
        chart_metric = self._finer_breakdown(chart_metric, [b.series or b.label for b in chart.bars])
        periods = {p.period for p in grammar.parse_periods(caption) if p.kind in ("year", "fy", "part")}
        default = periods.pop() if len(periods) == 1 else ctx.period
        # ("Surveillance authorisations by financial year" over series "Directed (LEAs)" and
        # "Property": the caption's noun is not the metric it was read as; each series names
        # the kind whose count it is)
        unnamed = chart_metric.id not in self.taxonomy.naming(caption, "nouns") and bool(self.taxonomy.naming(caption, "nouns"))
        out = []
        for bar in chart.bars:
            v = _cell_value(bar.value)
            if v is None:
                continue
            number, unit = v
            # The bar's label and its legend series ("SPoC" in "2016") say its period and
            # its category between them, whichever way round.
            period = _whole_period(bar.label)
            metric, category = chart_metric, self._default_category(chart_metric)
            name = bar.series if period is not None else bar.label
            if period is None:
                period = _whole_period(bar.series) if bar.series else None
            own = self._series_metric(name, caption) if unnamed and name and _whole_period(name) is None else None
            if own:
                metric, category = own
            elif name and _whole_period(name) is None:
                # a label that is no period is read as a table's row label is: a part of the
                # chart's breakdown, or a metric of its own; one that is neither ("Routine" in
                # a chart of a metric without a breakdown) names nothing the figure can be given
                metric, category = self._row_metric(name, chart_metric, caption, False)
                if metric is None and re.fullmatch(r"[A-Z]?[a-z]+ed", name.strip()):
                    # ("Applied", "Approved" under "Privileged material, 2018": a stage of what
                    # the chart counts, the metric of its family that the stage names)
                    own = self._label_metric(f"{chart_metric.unit} {name.strip().lower()}", caption)
                    if own is not None and own.id.rsplit(".", 1)[0] == chart_metric.id.rsplit(".", 1)[0]:
                        metric, category = own, self._default_category(own)
                if metric is None:
                    continue
            if period is None:
                period = default
            if period is None:
                continue
            if category and metric.categories and _both_part(name, self.taxonomy.category_sets[metric.categories],
                                                               [b.series or b.label for b in chart.bars]):
                category = "combination"
            if category and metric.categories and category not in self.taxonomy.category_sets[metric.categories].members \
                    and len(name.split()) > 4:
                # ("and only a minority were rated red. Green": prose run into a bar's label is no
                # name of a part)
                continue
            # ("+16%", "−19%" on a chart of year-on-year changes: a signed share is a change)
            measure = (".change" if re.match(r"\s*[+−–-]\s*\d", bar.value) or _CHANGE_CAPTION.search(caption) else ".share") \
                if unit == "percent" else ""
            out.append(self._make(ctx, chart.page, metric.id + measure, category,
                                  period, number, "percent" if unit == "percent" else metric.unit, "", "chart",
                                  f"{bar.label} {bar.value}".strip(), bar.bbox, 0.75))
        return out

    # -- tables -----------------------------------------------------------------------
    def recognize_table(self, table: Table, ctx: Context) -> list[Observation]:
        """Every figure in a table, its metric and category from the row label, the column
        header, the caption and the heading above. Shapes read: a breakdown (rows are
        categories of one metric: "Lawyer 234"), a summary (rows are metrics, columns periods:
        "Items of data acquired 761,702 754,559"), and a time series (one column of periods,
        wherever it stands: "2012 3,372", "3,372 +16% 2012"), whose other columns may each
        name a metric ("Serious error investigations | Errors determined to be serious")."""
        rows = [_split_label_value(r) for r in table.rows]
        if not rows:
            return []
        # a second header row ("(IOCCO) | (IPCO)", "(%) | (%)") holds no figure either
        # (an infobox has none: "Formed | 1986 (Commissioner); abolished ..." holds no figure
        # and is a row like the others)
        n_head = table.header_rows or (0 if table.kind == "infobox" else _leading_header_rows(rows))
        while 0 < n_head < len(rows) and (_subheader(rows[n_head]) or _wrapped_header(rows[n_head - 1], rows[n_head])):
            n_head += 1
        width = max(len(r) for r in rows)
        head_texts, garbled = _header_texts(rows[:n_head], width)
        columns = [_column(t) for t in head_texts]
        body = rows[n_head:]
        period_col = _period_column(body, width)
        _header_periods(columns, rows[:n_head], body, period_col, table.title)
        # "Table B6: ... by responsible party, per cent": every figure of the table is a share
        table_percent = bool(_PERCENT_HEADER.search(table.caption)) and not any(
            re.search(r"\bnumber\b", c.text, re.I) for c in columns)
        context_text = " ".join([table.caption, table.title, ctx.heading] + [c.text for c in columns])
        # Row labels tell what the table counts when its caption does not ("Directed
        # Surveillance", "Property Interference", "CHIS" under "Errors by power").
        row_labels = [_row_label(r, period_col) for r in body]
        labels = " ; ".join(row_labels)
        # the caption names what a table counts ("Table 2: Communications data errors"); the
        # heading or text above it only when the caption does not
        table_metric = (self._table_metric(table.caption, labels) if table.caption else None) \
            or self._table_metric(context_text, labels)
        if table_metric is not None and period_col is None:
            table_metric = self._finer_breakdown(table_metric, row_labels)
        column_metrics = [self._column_metric(c.text, context_text, table_metric) if c.text and c.period is None else None
                          for c in columns]
        # columns naming parts of the table's breakdown ("Single point of contact | Service
        # provider"): the rows then are something else (error types), not parts of it
        column_cats = [self._column_category(table_metric, c.text) if table_metric and c.text else "" for c in columns]
        cross = sum(bool(c) for c in column_cats) >= 2
        # (the caption's own period before the heading's: "Table 4: ... 2015" under a heading
        # that tells of 2019)
        cap_periods = {p.period for p in grammar.parse_periods(table.caption) if p.kind in ("year", "fy", "part")}
        if len(cap_periods) != 1:
            cap_periods = {p.period for p in grammar.parse_periods(table.caption + " " + table.title)
                           if p.kind in ("year", "fy", "part")}
        default = cap_periods.pop() if len(cap_periods) == 1 else ctx.period
        only_notes = [(m.group("what"), m.group("part")) for m in _FIGURES_ONLY.finditer(table.caption)]
        caption_money = _column(table.caption)
        out = []

        @lru_cache(maxsize=1)
        def named_in_rows() -> frozenset:
            # the metrics the row labels name in full (noun and context), asked for lazily
            naming = self.taxonomy.naming
            return frozenset(m for lbl in row_labels if lbl for m in naming(lbl, "nouns") & naming(lbl, "context"))
        # "A. Interception" over rows of figures: a section label, what the rows under it are
        # about (the caption may name several things); and the last row that named its own
        # metric, which a row under it naming none continues ("Change on previous year (%)")
        row_context, parent = context_text, None
        counted: set = set()   # what the rows read so far count (their metrics' units)
        for r in rows[:n_head]:
            # (a section label set right under the header may be read as a header row)
            label = _row_label(r)
            if label and not grammar.parse_periods(label) and _section_row(r, label) \
                    and self.taxonomy.naming(label, "context"):
                row_context = " ".join([label, table.title, ctx.heading])
        for r, label in zip(body, row_labels):
            if label and period_col is None and _section_row(r, label):
                row_context = " ".join([label, table.title, ctx.heading]) if self.taxonomy.naming(label, "context") \
                    else context_text
                parent = None
                continue
            period_cell = r[period_col].text if period_col is not None and period_col < len(r) \
                and r[period_col] is not None else ""
            row_period = _period_cell(period_cell) if period_cell else None
            header_labelled = None
            if not label and row_period is None:
                if not (n_head and period_col is None and len(body) == 1):
                    continue
                # "Serious crime | National security | Urgent approvals" over "65 | 34 | 2.5": a
                # table of one row whose header names the parts, each column its own label
                header_labelled = [self._header_part(columns[j].text if j < len(columns) else "", table_metric, table.caption)
                                   for j in range(len(r))]
            if row_period is None and period_col is None and label:
                # "2016/17 (OSC year)", "01/04/17-31/12/17" in a table whose other rows are not
                # all periods: a row label that is a period dates its row
                row_period = _whole_period(label)
            # ("Property interference | 2017, annualised | 1,937": the period cell may say it)
            row_annualised = row_period is not None and bool(_ANNUALISED.search(label + " " + period_cell))
            row_metric, row_category = self._row_metric(label, table_metric, row_context, row_period is not None)
            if row_metric is None and label and table_metric is None:
                # "Intrusive surveillance, annualised" under "Intrusive surveillance
                # authorisations": a row naming the kind of a metric another row names in full
                heads = self._head_metrics(label)
                # (a label qualifying its noun, "Warrants examined", names only the qualified kind)
                qualified = {i for i in heads if (q := self.taxonomy.metric(i).requires_any) is not None and q.search(label)}
                heads = {i for i in (qualified or heads) if (m := self.taxonomy.metric(i)).requires_any is None or i in qualified}
                kinds = heads & named_in_rows() if heads else self.taxonomy.naming(label, "context") & named_in_rows()
                if not kinds and len(qualified) == 1 and heads == qualified \
                        and next(iter(qualified)) in self.taxonomy.naming(labels, "context"):
                    # ("Requests approved" under "Items of communications data": the one metric
                    # the label's qualified noun names, what it is about named by the table's rows)
                    kinds = set(qualified)
                kinds = {i for i in kinds if not self.taxonomy.metric(i).parts_only}
                # (of several a noun names, the one whose breakdown the label's part belongs to:
                # "Errors by public authorities" are communications data errors)
                parted = {i for i in kinds if (c := self.taxonomy.metric(i).categories)
                          and any(h[2] != "total" and _PREPOSITION.search(label, 0, h[0])
                                  for h in self.taxonomy.category_sets[c].find(label))} if heads else set()
                # (and of a family, the general one)
                kinds = parted if len(parted) == 1 else {i for i in kinds if not any(i.startswith(o + ".") for o in kinds)}
                if len(kinds) > 1 and not heads:
                    # ("Property interference, annualised" where errors in surveillance and
                    # property interference are counted too: the kind another row names in
                    # full starting with the same words, "Property interference authorisations")
                    stem = re.split(r"\s*[,;:(]", label, maxsplit=1)[0].strip().lower()
                    naming = self.taxonomy.naming
                    same = {i for i in kinds for other in row_labels if other and other != label
                            and other.lower().startswith(stem + " ")
                            and i in naming(other, "nouns") & naming(other, "context")}
                    kinds = same if len(same) == 1 else kinds
                if len(kinds) != 1 and not heads and counted:
                    # ("Property interference" under "Directed surveillance (LEAs)", read as
                    # authorisations: of the metrics the label says what they are about, the
                    # one counting what the rows above count)
                    about = {i for i in (kinds or self.taxonomy.naming(label, "context"))
                             if not (m := self.taxonomy.metric(i)).parts_only and m.requires_any is None}
                    about = {i for i in about if not any(i.startswith(o + ".") for o in about)}
                    units = {i for i in about if self.taxonomy.metric(i).unit in counted}
                    kinds = units if len(units) == 1 else kinds
                if len(kinds) == 1:
                    row_metric = self.taxonomy.metric(next(iter(kinds)))
                    row_category = self._own_part(row_metric, label)[1]
                elif heads and not grammar.parse_periods(label):
                    row_metric, row_category = self._noun_and_part(label, heads)
            if row_metric is not None and row_metric.unit:
                counted.add(row_metric.unit)
            if row_metric is None and parent is not None and label and row_period is None:
                row_metric, row_category = self._sub_row(label, parent, row_context)
            elif row_metric is not None and row_period is None and not _PERCENT_HEADER.search(label):
                parent = (row_metric, row_category, label)
            row_percent = bool(_PERCENT_HEADER.search(label))
            # "Requests for communications data approved, 2019:": the label dates its row
            label_period = _label_period(label) if row_period is None else None
            row_date = row_period is None and label_period is None and label \
                and any(p.kind == "date" and not p.period.startswith("?") for p in grammar.parse_periods(label))
            quote = " ".join(c.text for c in r if c)
            row_start, headed = len(out), {}   # (the header of each figure's column)
            for j, c in enumerate(r):
                if j == period_col or c is None:
                    continue
                v = _cell_value(c.text)
                if v is None:
                    continue
                value, unit = v
                col = columns[j] if j < len(columns) else _Column()
                if col.reference:
                    continue
                metric, category = row_metric, row_category
                if header_labelled is not None:
                    metric, category = header_labelled[j]
                    if metric is None:
                        continue
                if (row_period is not None or metric is None) and j < len(column_metrics) and column_metrics[j]:
                    # "Serious error investigations | Errors determined to be serious | Year"
                    metric = column_metrics[j]
                    cats = self.taxonomy.category_sets.get(metric.categories)
                    # (a note naming a part after a figure of its own, "301 by CSPs", gives that
                    # figure's part, not the row's)
                    category = (cats.lookup(label) if cats and label and not _FIGURE_OF_PART.search(label) else None) \
                        or self._default_category(metric)
                elif row_period is not None and metric is table_metric and metric is not None and col.text \
                        and metric.nouns is not None and not metric.nouns.search(col.text) \
                        and self.taxonomy.naming(col.text, "nouns") and not self._column_category(metric, col.text):
                    # "Year | Warrants issued | Data items | Errors": a column naming a noun of other
                    # metrics than the table's, none of which the text says, counts no item
                    metric = None
                if metric is not None and col.text:
                    metric = self._qualified_by(metric, col.text)
                if cross and metric is table_metric and row_category != "total" and header_labelled is None:
                    metric = None
                if j in garbled:
                    # a header that extraction garbled names no metric the figure can be given
                    metric = None
                if metric is None:
                    period = row_period or col.period or default
                    if period is not None and label and unit != "GBP" and (table.caption or n_head):
                        # a figure in a table that no metric fits is still a statistic
                        out.append(self._make(ctx, table.page, UNCLASSIFIED, "", period, value,
                                              "percent" if unit == "percent" or col.percent else "", "",
                                              "table", quote, c.bbox, 0.3))
                    continue
                if metric.categories and col.text and category in ("", "total", row_category):
                    # "Directed surveillance (law enforcement)", "Single point of contact": a
                    # column naming a part of the metric's breakdown
                    col_category = self._column_category(metric, col.text)
                    if col_category and (category in ("", "total") or row_category == _slug(label)):
                        category = col_category
                if c.footnotes and metric.categories and category in ("", "total") and ctx.notes:
                    # "58,996 b" over "b Intelligence agencies only": the note restricts the
                    # figure to one part of the breakdown
                    category = self._note_category(metric, c.footnotes, ctx.notes) or category
                if ctx.table_note and metric.categories and category in ("", "total"):
                    # "Note: law enforcement agencies only." under the table: every figure of it
                    category = self._note_category(metric, ["*"], {"*": ctx.table_note}) or category
                if metric.categories and category in ("", "total") and metric.context is not None:
                    # "Directed surveillance figures are for law enforcement agencies only" in the
                    # caption: the figures of what it names are of that part
                    category = next((k for what, part in only_notes if metric.context.search(what)
                                     for k in [self._note_category(metric, ["*"], {"*": part + " only"})] if k),
                                    category)
                period = row_period or _months_in_year(label, col.period) or col.period or label_period or default
                if metric.stock and row_period is None and period_col is not None and period_col < len(r) and r[period_col] is not None:
                    # "808 | ... in force, law enforcement | 31 March 2017": a stock is dated by the
                    # day its row's period cell gives
                    day = [p.period for p in grammar.parse_periods(r[period_col].text) if p.kind == "date" and not p.period.startswith("?")]
                    period = day[0] if len(day) == 1 else period
                if period is None or (row_date and not metric.stock):
                    # ("Extant at 31/03/2017": a row dated by a day counts a stock, which a
                    # flow's column cannot date)
                    continue
                if col.multiplier and unit == "":
                    # "Penalty (GBP m)": the header gives the unit and its multiple
                    value, unit = round(value * col.multiplier, 2), "GBP" if col.money else unit
                elif unit == "" and metric.unit == "GBP" and any(k.multiplier for k in columns):
                    # "After appeal | 0.05" beside "Penalty (GBP m) | 0.5": a sum whose column
                    # names no multiple where another names one is in the caption's ("in
                    # millions of pounds"), or in none that can be told
                    if not caption_money.multiplier:
                        continue
                    value, unit = round(value * caption_money.multiplier, 2), "GBP"
                if _REVISED_HEADER.search(col.text) and period_col is not None:
                    # "After appeal": a sum as changed on appeal, later, which the row's
                    # period (the notice's year) does not date
                    continue
                if (col.percent or table_percent or row_percent) and unit == "":
                    unit = "percent"
                metric_id = metric.id
                if unit == "percent":
                    signed = c.text.strip()[:1] in "+-−"
                    metric_id += ".change" if signed or re.search(r"\bchange\b", col.text + " " + label, re.I) else ".share"
                    unit = "percent"
                    if metric_id.endswith(".share") and category == "total" and abs(value - 100) <= 0.5:
                        # "Total | 366 | 100%": the whole is all of itself, no statistic
                        continue
                if col.annualised or row_annualised:
                    metric_id += ".annualised"
                    period = period[-7:-3] if re.fullmatch(r"\d{4}-\d{2}/\d{4}-\d{2}", period) else period
                out.append(self._make(ctx, table.page, metric_id, category, period, value,
                                      "percent" if unit == "percent" else metric.unit, _cell_qualifier(c.text),
                                      "table", quote, c.bbox, 0.9 if table.caption else 0.8))
                headed[id(out[-1])] = col.text
                share = _CELL_SHARE.search(c.text) if unit != "percent" and "%" in c.text else None
                if share and not metric_id.endswith(".annualised"):
                    # "2,306 (65.22%)": the count and, in brackets, the share it makes of the whole
                    out.append(self._make(ctx, table.page, metric.id + ".share", category, period,
                                          float(share.group(1)), "percent", "", "table", quote, c.bbox,
                                          0.9 if table.caption else 0.8))
                    headed[id(out[-1])] = col.text
            # "2014 | 68% | 31%" with nothing telling the columns apart: figures of one row
            # read as the same statistic (metric, part, period) with different values, under
            # headers that do not differ, are none of them that statistic ("2016 text (%) |
            # 2016 chart (%)" are two sources' values, each told by its header)
            same: dict = {}
            for o in out[row_start:]:
                if o.metric != UNCLASSIFIED:
                    same.setdefault((o.metric, o.category, o.period, o.unit), {}).setdefault(o.value, set()).add(headed[id(o)])
            clash = {k for k, vals in same.items() if len(vals) > 1
                     and len({h for heads in vals.values() for h in heads}) < len(vals)}
            if clash:
                out[row_start:] = [o for o in out[row_start:] if (o.metric, o.category, o.period, o.unit) not in clash]
        return out

    def _column_metric(self, header: str, context: str, table_metric: Optional[Metric]) -> Optional[Metric]:
        """The metric a column header names: "All errors" under a caption naming communications
        data errors is the table's own metric, whatever else the text above mentions."""
        if table_metric is not None and table_metric.nouns is not None and table_metric.nouns.search(header) \
                and self.taxonomy.naming(header, "context") <= {table_metric.id} \
                and not (table_metric.requires_any is not None and not table_metric.requires_any.search(header)
                         and self._label_metric(header, context) is not None):
            # (but "Errors reported" under "Communications data errors reported, and serious errors
            # determined" is not the qualified metric the caption also names)
            return table_metric
        return self._label_metric(header, context)

    def _header_part(self, header: str, table_metric: Optional[Metric], caption: str) -> tuple:
        """(metric, category) a column header labels in a table of one row: a part of the
        table's breakdown ("Serious crime"), or a qualifier of what the caption counts that makes
        it a metric of its own ("Urgent approvals" under "Interception warrants by purpose"),
        else (None, "")."""
        if not header or table_metric is None or grammar.parse_periods(header):
            return None, ""
        cats = self.taxonomy.category_sets.get(table_metric.categories)
        named = cats.lookup(header) if cats else None
        if named:
            return table_metric, named
        own = self._label_metric(header + " " + caption, "")
        if own is not None and own is not table_metric and own.requires_any is not None and own.requires_any.search(header):
            return own, self._default_category(own)
        return None, ""

    def _note_category(self, metric: Metric, markers: list, notes: dict) -> str:
        """The one part of the metric's breakdown a figure's note restricts it to ("b Intelligence
        agencies only", "Law enforcement agencies only"), or ""."""
        cats = self.taxonomy.category_sets.get(metric.categories)
        for marker in markers:
            m = _NOTE_ONLY.match(notes.get(marker, ""))
            named = cats.lookup(m.group(1)) if m and cats else None
            if named and named != "total":
                return named
        return ""

    def _finer_breakdown(self, metric: Metric, row_labels: list) -> Metric:
        """"Items of communications data by type of person" over rows "Suspect | Associate |
        Witness": when the rows are parts of a finer breakdown of the table's metric (a metric
        under it, "cd.items.person_type") and not of its own, the table is that breakdown."""
        def parts(m: Metric) -> int:
            cats = self.taxonomy.category_sets.get(m.categories)
            return sum(1 for lab in row_labels if lab and cats and cats.lookup(lab) not in (None, "total"))
        own = parts(metric) if metric.categories else 0
        best, best_n = metric, own
        for m in self.taxonomy.metrics:
            if m.categories and m.id.startswith(metric.id + ".") and m.categories != metric.categories:
                n = parts(m)
                if n > best_n:
                    best, best_n = m, n
        # most rows must name its parts, and at least two
        labelled = sum(1 for lab in row_labels if lab)
        return best if best is not metric and best_n >= 2 and 2 * best_n > labelled else metric

    def _column_category(self, metric: Metric, header: str) -> str:
        """The one part of the metric's breakdown a column header names, or ""."""
        cats = self.taxonomy.category_sets.get(metric.categories)
        if not cats:
            return ""
        named = cats.lookup(header) or ""
        if not named:
            inner = re.findall(r"\(([^()]*)\)", header)
            hits = {k for text in inner for _, _, k in cats.find(text)}
            named = hits.pop() if len(hits) == 1 else ""
        return "" if named == "total" else named

    def _default_category(self, m: Metric) -> str:
        return "total" if m.categories and "total" in self.taxonomy.category_sets[m.categories].members else ""

    def _row_metric(self, label: str, table_metric: Optional[Metric], context: str,
                    label_is_period: bool) -> tuple[Optional[Metric], str]:
        """(metric, category) for a table row."""
        default_category = self._default_category
        cats = self.taxonomy.category_sets.get(table_metric.categories) if table_metric else None
        if label_is_period and (table_metric is not None or not label):
            # "Oct-Dec 2007 | 99 | public authorities only": a text column can still name the part
            # (in a table counting no one thing, "Intrusive surveillance authorisations |
            # Apr-Dec 2017 | 186", the text names the row's own metric: read on)
            named = cats.lookup(label) if cats and label and not re.search(r"\d", label) else None
            if table_metric is not None and label and not named:
                # ("Items of communications data (all) | 2018 | 808,214" in a table whose first
                # rows are of sensitive professions: a row naming its own metric)
                own = self._label_metric(label, context)
                # (or "Intrusive surveillance | 2017, annualised" under "Surveillance and property
                # interference authorisations": a row naming what another metric is about, and
                # not what the table's is about, with the noun of the caption)
                if own is not None and own is not table_metric and (
                        self.taxonomy.naming(label, "nouns") - {table_metric.id}
                        or (own.id in self.taxonomy.naming(label, "context")
                            and table_metric.id not in self.taxonomy.naming(label, "context"))):
                    return self._own_part(own, label)
            return (table_metric, named or default_category(table_metric)) if table_metric else (None, "")
        if not label:
            return None, ""
        if re.fullmatch(r"(?:grand\s+)?totals?|all", label.strip(" :*"), re.I):
            return (table_metric, "total") if table_metric else (None, "")
        # a row the table's metric rules out ("To identify a journalist's source" under
        # sensitive professions) is not one of its parts
        excluded = table_metric is not None and table_metric.exclude is not None and table_metric.exclude.search(label)
        if table_metric is not None and ":" in label:
            # "Local authorities: subscriber information": a finer breakdown (by data type) of
            # the table's metric, named after the colon
            tail = label.rsplit(":", 1)[1]
            for m in self.taxonomy.metrics:
                sub = self.taxonomy.category_sets.get(m.categories) if m.id.startswith(table_metric.id + ".") else None
                named = sub.lookup(tail) if sub else None
                if named and named != "total":
                    return m, named
        category = cats.lookup(label) if cats and not excluded else None
        # ("Items of communications data (all)" under sensitive professions: "all" says total,
        # of the row's own metric)
        if category and (not cats.lookup(label, whole=True) or category == "total"):
            # "Interception warrants issued, 2016" under inspections: a row naming its own
            # metric only mentions the category ("interception") of the table's
            own = self._label_metric(label, context)
            if own is not None and own is not table_metric and self.taxonomy.naming(label, "nouns") - {table_metric.id}:
                # (and the part of its own breakdown it names: "CHIS authorisations, law enforcement")
                return self._own_part(own, label)
        if category:
            return table_metric, category
        if table_metric is not None and re.fullmatch(r"(?:grand\s+)?totals?\b.*|all\s+(?!other\b)(?:[a-z]+\s+){0,2}[a-z]+(?:\s*\([^)]*\))?", label.strip(" :*"), re.I) \
                and self._label_metric(label, context) in (None, table_metric):
            # "Total, all error types", "All purposes"
            return table_metric, default_category(table_metric)
        # a row naming its own metric: "Interception warrants issued", "Items of data acquired";
        # and maybe one part of its breakdown: "Communications data inspections"
        own = self._label_metric(label, context)
        if own is not None:
            return self._own_part(own, label)
        if table_metric is None:
            # "Lawyers (sensitive professions)": a part of a metric's breakdown, and, besides it,
            # what the metric is about
            part = self._part_metric(label)
            if part[0] is not None:
                return part
        # a row naming a single body ("GCHQ", "Northbridge Police") in a per-authority table
        if table_metric is not None and table_metric.categories and not self._names_a_metric(label) \
                and not grammar.parse_periods(label):
            # (a label naming a period or a date, "Extant at 31/03/2017", is no body)
            return table_metric, _slug(label)
        return None, ""

    def _own_part(self, own: Metric, label: str) -> tuple[Metric, str]:
        """A row naming its own metric, and the one part of that metric's breakdown it names, if
        one ("Communications data inspections")."""
        # ("Errors in covert surveillance and CHIS": a part coordinated with what the metric is
        # about names its scope, not one part)
        parts = {k for a, _, k in self.taxonomy.category_sets[own.categories].find(label) if k != "total"
                 and not (own.context is not None and re.search(r"\b(?:and|&)\s*$", label[:a])
                          and own.context.search(label[max(0, a - 40):a]))} if own.categories else set()
        return own, parts.pop() if len(parts) == 1 else self._default_category(own)

    def _sub_row(self, label: str, parent: tuple, context: str) -> tuple[Optional[Metric], str]:
        """(metric, category) of a row naming no metric of its own under one that does
        ("Interception warrants issued"): a part of its breakdown ("Issued for serious crime
        (%)", "of which caused by service providers (%)"), a metric under it that a qualifier in
        the label defines ("Approved under the urgency procedure"), or a measure of it
        ("Change on previous year (%)"); else (None, "")."""
        metric, category, parent_label = parent
        cats = self.taxonomy.category_sets.get(metric.categories)
        named = {k for _, _, k in cats.find(label) if k != "total"} if cats else set()
        if len(named) == 1:
            return metric, named.pop()
        own = self._label_metric(label + " ; " + parent_label, context)
        if own is not None and own is not metric and own.requires_any is not None and own.requires_any.search(label):
            return own, self._default_category(own)
        if re.match(r"\s*(?:(?:annual|percentage|per\s?cent)\s+)?change\b", label, re.I):
            return metric, category
        return None, ""

    def _noun_and_part(self, label: str, heads: set) -> tuple[Optional[Metric], str]:
        """(metric, category) of a row label naming what it counts by its noun alone and one
        part of a breakdown ("Council items, subscriber | Local authorities"): of the metrics
        that noun heads, those whose breakdown has exactly one part named in the label; the
        finest of them when they are of one family (items by data type, not items by
        authority: a part of a finer breakdown says more); else (None, "")."""
        found, broken = [], []
        for i in heads:
            m = self.taxonomy.metric(i)
            if not m.categories or m.requires_any is not None or (m.exclude and m.exclude.search(label)):
                continue
            parts = {k for _, _, k in self.taxonomy.category_sets[m.categories].find(label) if k != "total"}
            if m.parts_only and len(parts) != 1:
                # (a metric counted only by parts is one only where the label names its part:
                # "Requests made to Lycamobile" are requests by company)
                continue
            broken.append(m)
            if len(parts) == 1:
                found.append((m, parts.pop()))
        # (the noun must head one family: "Warrants, GCHQ" may be warrants issued or in force,
        # whichever of them has agencies for parts)
        roots = {m.id for m in broken if not any(m.id.startswith(o.id + ".") for o in broken)}
        found = [(m, k) for m, k in found if not any(o.id.startswith(m.id + ".") for o, _ in found)]
        # (a part of a metric counted only by parts says which it is, whatever else the noun heads)
        return found[0] if len(found) == 1 and (len(roots) == 1 or found[0][0].parts_only) else (None, "")

    def _qualified_by(self, metric: Metric, header: str) -> Metric:
        """"Extant 31/03/2017" over the figures of a row of directed surveillance authorisations:
        a column header naming the qualifier that defines a metric under the row's (with the same
        breakdown) makes the column's figures that metric's."""
        for m in self.taxonomy.metrics:
            if m.requires_any is not None and m.id.startswith(metric.id + ".") and m.categories == metric.categories \
                    and m.requires_any.search(header) and not (m.exclude and m.exclude.search(header)):
                return m
        # ("Of which time or date errors" beside "All errors" in a table of communications data
        # errors by who made them: a header with the noun of a metric under the row's, same
        # breakdown, and the context that defines it, not the row's own, counts that metric)
        under = [m for m in self.taxonomy.metrics
                 if m.requires_any is None and m.id.startswith(metric.id + ".") and m.categories == metric.categories
                 and m.nouns is not None and m.context is not None and m.nouns.search(header)
                 and m.context.search(header) and not (m.exclude and m.exclude.search(header))
                 and "." not in m.id[len(metric.id) + 1:]]
        if len(under) == 1 and not (metric.context is not None and metric.context.search(header)):
            return under[0]
        return metric

    def _part_metric(self, label: str) -> tuple[Optional[Metric], str]:
        """(metric, category) of a label naming one part of a metric's breakdown and, apart from
        that part, the metric's context ("Lawyers (sensitive professions)"); else (None, "")."""
        for m in self.taxonomy.metrics:
            cats = self.taxonomy.category_sets.get(m.categories)
            if cats is None or m.context is None or (m.exclude and m.exclude.search(label)) or m.requires_any:
                continue
            parts = {k for _, _, k in cats.find(label) if k != "total"}
            if len(parts) != 1:
                continue
            rest = label
            for a, b, _ in sorted(cats.find(label), reverse=True):
                rest = rest[:a] + " ; " + rest[b:]
            if m.context.search(rest):
                return m, parts.pop()
        # "Sensitive professions | All" (the "Breakdown" column of a sheet whose other rows
        # read "Sensitive professions | Lawyers"): the whole of the one metric with a breakdown
        # whose context the rest names, when it names no counted thing of its own
        whole = re.fullmatch(r"(?P<rest>.*[A-Za-z].*?)[\s,:;]+(?:all|total)", label.strip(), re.I)
        if whole and not self.taxonomy.naming(whole.group("rest"), "nouns"):
            found = [m for m in self.taxonomy.metrics if m.categories and m.context is not None and not m.requires_any
                     and not m.parts_only and "total" in self.taxonomy.category_sets[m.categories].members
                     and m.context.search(whole.group("rest")) and not (m.exclude and m.exclude.search(label))]
            if len(found) == 1:
                return found[0], "total"
        return None, ""

    def _label_metric(self, label: str, context: str) -> Optional[Metric]:
        """The metric a row label names: "Items of data acquired" by itself, "Intrusive
        surveillance" with the noun of the table's caption ("Authorisations granted ...")."""
        # (a table asks this of every row with the same context: see Taxonomy.naming)
        naming = self.taxonomy.naming
        nouns_in_label, context_in_label = naming(label, "nouns"), naming(label, "context")
        heads = self._head_metrics(label)
        best = None
        for m in self.taxonomy.metrics:
            if m.nouns is None or m.context is None:
                continue
            noun, in_label = m.id in nouns_in_label, m.id in context_in_label
            if noun and heads and m.id not in heads:
                continue
            if not (noun and (in_label or m.id in naming(context, "context"))) \
                    and not (in_label and m.id in naming(context, "nouns")) \
                    and not (m.requires_any is not None and m.requires_any.match(label.strip())
                             and m.id in naming(context, "nouns") and m.id in naming(context, "context")):
                # ("Investigated" under "Serious-error investigations and determinations": a label
                # that is the qualifier defining a metric the caption names)
                continue
            if m.requires_any and not m.requires_any.search(label):
                continue
            if m.exclude and m.exclude.search(label):
                continue
            noun_length = len(m.nouns.search(label).group(0)) if noun else 0
            key = (noun, in_label, bool(m.requires_any), noun_length, -m.order)
            if best is None or key > best[0]:
                best = (key, m)
        return best[1] if best else None

    def _head_metrics(self, label: str) -> set:
        """The metrics whose noun heads a label ("Requests" in "Requests by local authorities"),
        not one a preposition governs ("authorities" there)."""
        return {i for i in self.taxonomy.naming(label, "nouns")
                if (f := self.taxonomy.metric(i).nouns.search(label)) and not _PREPOSITION.search(label, 0, f.start())}

    def _names_a_metric(self, label: str) -> bool:
        return bool(self.taxonomy.naming(label, "nouns"))

    def _table_metric(self, text: str, labels: str = "", need_noun: bool = True) -> Optional[Metric]:
        naming = self.taxonomy.naming
        nouns = naming(text, "nouns")
        context = naming(text, "context") | naming(labels, "context")
        best = None
        for m in self.taxonomy.metrics:
            if m.nouns is None or m.context is None:
                continue
            # the table's caption, title or header must name what is counted
            if (need_noun and m.id not in nouns) or m.id not in context:
                continue
            if m.requires_any and not m.requires_any.search(text):
                continue
            if m.exclude and m.exclude.search(text):
                continue
            score = 2 * (m.id in nouns) + len(m.context.findall(text)) + 0.5 * len(m.context.findall(labels))
            if m.id in nouns and self._modifier_only(m, text, nouns):
                # ("Inspection recommendations by rating": "inspection" modifies the head noun,
                # the thing counted)
                score -= 1
            if best is None or score > best[0]:
                best = (score, m)
        return best[1] if best else None

    def _metric_by_parts(self, w: "_Mention") -> Optional[Metric]:
        """"1,088 errors were reported, 787 by public authorities and 301 by service providers"
        with no kind of error named: the one general metric counting that noun whose breakdown
        the sentence's parts belong to (who makes errors: communications data's breakdown)."""
        if w.n.unit or not _COUNTED_NOUN.match(w.after):
            return None
        counted = self.taxonomy.naming(w.after[:_COUNTED_NOUN.match(w.after).end()], "nouns")
        found = [m for m in self.taxonomy.metrics if m.id in counted and m.categories and m.requires_any is None
                 and not m.parts_only and not (m.exclude and m.exclude.search(w.sent))
                 and any(h[2] != "total" for h in self.taxonomy.category_sets[m.categories].find(w.sent[w.end:]))]
        # (the general one of a family: communications data errors, not those with a wrong date)
        found = [m for m in found if not any(m.id.startswith(o.id + ".") for o in found)]
        return found[0] if len(found) == 1 else None

    def _series_metric(self, name: str, caption: str) -> Optional[tuple]:
        """(metric, category) a series named by a kind ("Directed (LEAs)", "Property") counts,
        with the noun of the caption ("Surveillance authorisations"), or None."""
        for cats in self.taxonomy.category_sets.values():
            for _, _, key in cats.find(name):
                if key == "total":
                    continue
                metric = self._label_metric(key.replace("_", " ") + " " + caption, caption)
                if metric is not None and metric.id in self.taxonomy.naming(caption, "nouns"):
                    parts = self.taxonomy.category_sets[metric.categories] if metric.categories else None
                    part = parts.lookup(name) if parts else None
                    if parts and part is None and _OTHERS.search(name):
                        # "Directed (other)" beside "Directed (LEAs)": of the breakdown's one
                        # part named as the others ("other public authorities")
                        others = [k for k in parts.members if k.startswith("other")]
                        part = others[0] if len(others) == 1 else None
                    return metric, part or self._default_category(metric)
        return None

    def _modifier_only(self, metric: Metric, text: str, nouns: set) -> bool:
        """Is every mention of the metric's noun in text a modifier of another metric's noun
        set right after it ("Inspection recommendations")?"""
        others = [o for o in map(self.taxonomy.metric, nouns - {metric.id}) if o is not None]
        found = list(metric.nouns.finditer(text))

        def modifies(f: re.Match) -> bool:
            nxt = re.compile(r"\s*").match(text, f.end()).end()  # the next word's start
            return any(o.nouns.match(text, nxt) and not o.nouns.match(text, f.start()) for o in others)
        return bool(found) and all(modifies(f) for f in found)

    def _make(self, ctx: Context, page: int, metric_id: str, category: str, period: str, value: float,
              unit: str, qualifier: str, method: str, quote: str, bbox, confidence: float) -> Observation:
        return Observation(
            document=ctx.document, sha256=ctx.sha256, page=page, metric=metric_id,
            metric_label=self.taxonomy.label(metric_id), category=category, period=period,
            value=value, unit=unit, qualifier=qualifier, method=method, quote=quote,
            bbox=",".join(f"{v:.1f}" for v in bbox), confidence=round(confidence, 2),
        )


# a series named as the rest of a breakdown: "Directed (other)", "Directed (others)"
_OTHERS = re.compile(r"\((?:all\s+)?others?\)\s*$", re.I)


def _both_part(label: str, cats, labels: list) -> bool:
    """Does a chart's key entry "Both" ("Both purposes") name the combination part of a
    breakdown whose other entries name two parts of it ("Serious crime", "National security",
    "Both")? Only a chart's own labels are read so: in prose "both" is no part ("in both
    directions")."""
    if not _BOTH.fullmatch(label.strip(" :–—-")) or "combination" not in cats.members:
        return False
    named = {cats.lookup(o) for o in labels if o and not _BOTH.fullmatch(o.strip(" :–—-"))}
    return len(named - {None, "total", "combination"}) >= 2


_BOTH = re.compile(r"both(?:\s+(?:purposes|of\s+(?:these|them|the\s+above)))?", re.I)


# "Figure 3", "Chart TD2:", "Graph 1." opening a line: the title of a chart
_CHART_LABEL = re.compile(r"(?:fig(?:ure|\.)?|chart|graph)\s*[A-Z]{0,3}\d", re.I)
# short verbs of headlines ("Urgent route used for 8% of intercepts"), besides _VERB's
_HEADLINE_VERB = re.compile(r"\b(?:used|uses?|saw|sees|hits?|led|leads|cuts?|tops?|topped|gets?|got)\b", re.I)
_TABLE_LABEL = re.compile(r"tab(?:le)?\.?\s*[A-Z]?\d", re.I)
_CHART_TITLE_GAP = 40  # points between a chart and its title
# a figure that is no year: "1,320", "948", "12%" (not "C16", "2018/19")
_FIGURE_NOT_YEAR = re.compile(r"(?<![\w,./–-])(?!(?:19|20)\d\d(?![\d,.%]))\d[\d,.]*")


def _shares_of(chart: Chart, counts: Chart) -> bool:
    """`chart`'s bars are the shares (%) of `counts`' bars: the same labels, two or more, each
    percentage its count's share of their sum to the rounding printed."""
    def figure(text):
        value = _cell_value(text)
        return value[0] if value else None
    shares = {b.label.strip().lower(): figure(b.value) for b in chart.bars if not b.series}
    tally = {b.label.strip().lower(): figure(b.value) for b in counts.bars if not b.series}
    if len(shares) < 2 or len(shares) != len(chart.bars) or set(shares) != set(tally) or len(tally) != len(counts.bars) \
            or not all(b.value.strip().endswith("%") for b in chart.bars) \
            or any(b.value.strip().endswith("%") for b in counts.bars) \
            or None in shares.values() or None in tally.values():
        return False
    total = sum(tally.values())
    return total > 0 and all(abs(100 * tally[k] / total - v) <= 0.6 for k, v in shares.items())


def _chart_titles(chart: Chart, blocks: list, captions: list, charts: list = ()) -> list:
    """The blocks that may title a chart: the page's captions when one lies next to the chart;
    otherwise a line labelled "Figure/Chart/Graph <id>" next to it (above or below), or else
    the heading or short paragraph just above it (a newspaper's graphic sits under its
    headline). The page's captions, however far, when nothing lies next to the chart. A
    caption between this chart and another under it heads that one on a page that sets
    every chart's caption above it, so is not this one's when the page has another."""
    def gap(b) -> float:
        return min(abs(b.bbox[1] - chart.bbox[3]), abs(chart.bbox[1] - b.bbox[3]))
    if chart.title:
        # a panel of small multiples is titled by its own title, not by the figure's caption
        return [Block(chart.title, [], chart.title_bbox or chart.bbox, "caption")]
    # (the chart reaches up to the figures printed over its columns: its title is measured
    # from the top one)
    top = min([chart.bbox[1]] + [b.bbox[1] for b in chart.bars if chart.bbox[0] - 5 <= b.bbox[0] and b.bbox[2] <= chart.bbox[2] + 5
                                 and chart.bbox[1] - 30 <= b.bbox[1]])
    if top < chart.bbox[1]:
        chart = replace(chart, bbox=(chart.bbox[0], top, chart.bbox[2], chart.bbox[3]))
    # (on a page that sets every chart's caption above it)
    above = len(charts) >= 2 and all(any(0 <= o.bbox[1] - b.bbox[3] <= 1.5 * _CHART_TITLE_GAP for b in captions)
                                     for o in charts)
    if above:
        heads_next = [b for b in captions if b.bbox[1] >= chart.bbox[3] - 1 and any(
            o is not chart and 0 <= o.bbox[1] - b.bbox[3] <= 1.5 * _CHART_TITLE_GAP for o in charts)]
        captions = [b for b in captions if b not in heads_next] or captions
    if any(gap(b) <= _CHART_TITLE_GAP for b in captions):
        return captions
    near = [b for b in blocks if b.kind in ("heading", "paragraph") and gap(b) <= _CHART_TITLE_GAP
            and _words_between(b.text) <= 25]
    labelled = [b for b in near if _CHART_LABEL.match(b.text)]
    if labelled:
        return [min(labelled, key=gap)]
    # (over the chart, not over its neighbour: tiles side by side share a baseline)
    # (nor a note in brackets: "(the total for 2016 was 948)")
    above = [b for b in near if b.bbox[3] <= chart.bbox[1] + 1 and b.bbox[0] < chart.bbox[2] and chart.bbox[0] < b.bbox[2]
             and not re.match(r"\s*(?:source|note|notes|graphic|key)\b", b.text, re.I)
             and not re.fullmatch(r"\s*\([^()]*\)\s*", b.text) and len(b.text.strip()) > 2]
    nearest = max(above, key=lambda b: b.bbox[3]) if above else None
    if nearest is not None and not _FIGURE_NOT_YEAR.search(_CHART_LABEL.sub("", nearest.text)):
        return [nearest]
    # (a line with a figure over the chart, "1,320 applications in all", may be the
    # standfirst under its title: the stack below says so when a heading tops it)
    # "C16 Applications about people in sensitive professions, 2018" over "1,320 applications in
    # all" over "(the total for 2016 was 948)" over the chart: the stack of short lines set over
    # it, each close to the next, past notes in brackets, as one title (top to bottom)
    # (past letters of a sideways axis title read one by one: "E", "rr", "o", "r", "s")
    over = sorted((b for b in blocks if b.kind in ("heading", "paragraph") and b.bbox[3] <= chart.bbox[1] + 1
                   and len(b.text.strip()) > 2
                   and b.bbox[0] < chart.bbox[2] and chart.bbox[0] < b.bbox[2] and _words_between(b.text) <= 25),
                  key=lambda b: -b.bbox[3])
    stack, edge = [], chart.bbox[1]
    for b in over:
        if edge - b.bbox[3] > _CHART_TITLE_GAP or len(stack) == 3:
            break
        stack.append(b)
        edge = b.bbox[1]
    stack = [b for b in stack if not re.fullmatch(r"\s*\([^()]*\)\s*", b.text)]
    if any(b.kind == "heading" for b in stack):
        stack.reverse()
        box = (min(b.bbox[0] for b in stack), stack[0].bbox[1], max(b.bbox[2] for b in stack), stack[-1].bbox[3])
        return [Block(" ".join(b.text for b in stack), [], box, "caption")]
    return [nearest] if nearest is not None else captions


# "year;measure;authority;value;unit": the header line of a data file's lines
_DATA_HEADER = re.compile(r"\s*[A-Za-z_]+(?:\s*([;|\t])\s*[A-Za-z_]+)(?:\s*\1\s*[A-Za-z_]+){1,10}\s*")
_DATA_ROLES = (("period", r"year|period|date|month|quarter|financial_year|fy"),
               ("measure", r"measure|metric|series|indicator|statistic|variable"),
               ("part", r"authority|category|breakdown|group|type|part|body|organisation|profession|purpose"),
               ("value", r"value|count|number|total|figure|n"))


def _data_fields(header: str) -> Optional[tuple]:
    """(delimiter, the role of each field) of a data file's header line, or None unless it
    names a period, a measure and a value."""
    delim = _DATA_HEADER.fullmatch(header).group(1)
    names = []
    for name in (n.strip().lower() for n in header.split(delim)):
        role = next((r for r, rx in _DATA_ROLES if re.fullmatch(rx, name)), name)
        names.append(role if role not in names else name)
    return (delim, tuple(names)) if {"period", "measure", "value"} <= set(names) else None


_LEGEND_ITEM = re.compile(
    r"\s*(?P<label>[A-Za-z](?:[A-Za-z&'’/().,\s-]|\d+(?=\()|\(\d+\)){1,90}?)\s*[:–—-]?\s*\(?(?P<num>£?\d[\d,]*(?:\.\d+)?\s?%?)\)?"
    r"(?:(?:\s+[a-z]+)?\s*\(?(?P<share>\d+(?:\.\d+)?\s?%)\)?)?(?=\s|$)")
def _legend_label(label: str) -> bool:
    """A legend label is a short noun phrase ("Telephony related data", "b - Prevent and
    Detect"), not a clause ("My inspectors conducted"), nor a reference ("under section")."""
    label = label.strip()
    return (_words_between(label) <= 10 and not _LEGEND_VERB.search(label)
            and (label[:1].isupper() or bool(re.match(r"[a-z]\s*[-–]\s", label)))
            and not _REF_BEFORE.search(label) and not re.search(r"\.\s+[A-Z]", label)
            and not re.search(r"\b(?:during|in|since|by|under|of|on|at|to|for)$", label, re.I))


# a label with a verb in it is a sentence, not a legend entry
_LEGEND_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|made|gave|received|shows?|accounted|issued|granted|conducted|carried|reported|obtained|acquired)\b", re.I)
@dataclass
class _Column:
    """What a table column's header says about the figures under it."""
    text: str = ""
    period: Optional[str] = None
    annualised: bool = False
    percent: bool = False      # "2014 (%)", "(% of returns)", "Share (per cent)"
    multiplier: float = 0.0    # "Penalty (GBP m)": 1e6
    money: bool = False
    reference: bool = False    # "Letter para.", "Ref.", "Page": where a row is told of, no statistic


UNCLASSIFIED = "unclassified"
_UNCLASSIFIED_METRIC = Metric(id=UNCLASSIFIED, label="Unclassified statistic", unit="", nouns=None, context=None)
# A column headed as a pointer into a text ("Letter para.", "Para.", "Ref.", "Page", "Note")
# holds paragraph or page numbers, which read as small counts of the row's metric ("2", "5").
# ("No." and "Number" head counts as often as serial numbers, so they are not pointers.)
# (nor does a column counting the sources that cite a row: "Studies citing", "Times cited")
_REFERENCE_HEADER = re.compile(
    r"(?:[A-Za-z]+[\s,]+){0,3}(?:para(?:graph)?s?|refs?|references?|pages?|pp?|notes?|sections?|annex|§)\.?"
    r"(?:\s*(?:no\.?|number|ref\.?))?"
    r"|(?:no\.?\s+of\s+|number\s+of\s+)?(?:studies|sources|papers|articles|reports|times|submissions)\s+(?:citing|cited|quoting|mentioning)(?:\s+it)?", re.I)
_PERCENT_HEADER = re.compile(r"\(\s*%|%\s*\)|\bper\s?cent\b|\bpercentages?\b", re.I)
_MONEY_MULTIPLE = re.compile(
    r"(?:\(\s*|\b)(?:GBP|£|pounds?)\s*(?P<m>m|bn|k|millions?|billions?|thousands?)\b"
    r"|\b(?:in\s+)?(?P<w>millions?|billions?|thousands?)\s+of\s+(?:pounds|GBP)\b"
    # ("£'000", "£000s": pounds in thousands)
    r"|(?:GBP|£)\s*['’]?(?P<t>000)s?(?!\d)", re.I)


def _column(text: str) -> _Column:
    periods = [p for p in grammar.parse_periods(text) if p.kind in ("year", "fy", "part", "date")]
    money = _MONEY_MULTIPLE.search(text)
    multiplier = 0.0
    if money:
        word = (money.group("m") or money.group("w") or "thousands").lower()
        multiplier = {"m": 1e6, "mi": 1e6, "bn": 1e9, "bi": 1e9, "k": 1e3, "th": 1e3}[word[:2] if word[:2] in ("mi", "bi", "th") else word]
    return _Column(text, periods[0].period if periods else None, bool(re.search(r"annuali[sz]ed", text, re.I)),
                   bool(_PERCENT_HEADER.search(text)), multiplier, bool(money),
                   bool(_REFERENCE_HEADER.fullmatch(text.strip())))


_SORT_ARROWS = re.compile(r"\s*[▴▾▲▼△▽⇅↑↓⬍]+")


def _header_texts(head: list, width: int) -> tuple[list, set]:
    """Each column's header text, a word hyphenated over two header lines joined
    ("Recommen-" over "dations"), and the columns whose header cannot be read: a column whose
    header line starts with the second half of a word hyphenated in another column (the
    lines of a wrapped header shifted between columns by extraction)."""
    texts: list = [[] for _ in range(width)]
    garbled: set = set()
    for i, r in enumerate(head):
        above = head[i - 1] if i else []
        hyphened = {k for k in range(min(width, len(above))) if above[k] and re.search(r"\w-$", above[k].text.strip())}
        for j in range(min(width, len(r))):
            # (a web table's sort arrows, "Errors ▴▾", are no part of its header)
            t = _SORT_ARROWS.sub("", r[j].text).strip() if r[j] else ""
            if not t:
                continue
            if re.match(r"[a-z]", t) and texts[j] and texts[j][-1].endswith("-") and j in hyphened:
                texts[j][-1] = texts[j][-1][:-1] + t
                continue
            if re.match(r"[a-z]", t) and any(k != j and k < len(r) and r[k] and r[k].text.strip() == t for k in hyphened):
                garbled.add(j)
            texts[j].append(t)
    return [" ".join(t) for t in texts], garbled


def _header_periods(columns: list, head: list, body: list, period_col: Optional[int], title: str) -> None:
    """Give the value columns their periods when the header names them apart from the
    columns: a header row extracted as a line of its own ("2016 2017 2018 2019" over
    "(IOCCO) | (IPCO) | ..."), or a header row shifted by a cell ("Reason 2015 | 2016 | ")."""
    value_cols = [j for j in range(len(columns)) if j != period_col
                  and any(j < len(r) and r[j] is not None and _cell_value(r[j].text) for r in body)]
    if not value_cols or all(columns[j].period for j in value_cols):
        return

    def periods_in(text: str) -> list:
        return [p for p in grammar.parse_periods(text) if p.kind in ("year", "fy", "part")]
    head_text = " ".join(c.text for r in head for c in r if c is not None)
    found = periods_in(head_text)
    if len(found) != len(value_cols):
        # the title is nothing but the periods ("2016 2017 2018 2019")
        t = periods_in(title)
        bare = title
        for p in t:
            bare = bare.replace(p.text, " ")
        found = t if t and not bare.strip() else []
    if len(found) == len(value_cols) and len({p.period for p in found}) == len(found):
        for j, p in zip(value_cols, found):
            columns[j].period = p.period


def _leading_header_rows(rows: list) -> int:
    """Rows before the first one holding a figure: the header, when extraction did not mark it
    (a header that wraps onto two lines: "01/04/17–" over "31/12/17")."""
    for i, r in enumerate(rows):
        if any(c is not None and _cell_value(c.text) for c in r[1:]):
            return i
    return 0


# ("..": a statistical table's "not available")
_MISSING = r"[–—-]|\.\.|none|nil|n/?a|exempt.*|withheld|not held|not published"
_LABEL_VALUE = re.compile(r"(?P<label>.*?[A-Za-z].*?)\s*:\s*(?P<value>£?\d[\d,]*(?:\.\d+)?\s?%?)\s*")


def _split_label_value(row: list) -> list:
    """A row whose one cell reads "Inspections carried out, 2023: 386": label and figure in
    one cell, split into two."""
    filled = [c for c in row if c is not None and c.text.strip()]
    if len(filled) != 1 or _cell_value(filled[0].text) is not None:
        return row
    m = _LABEL_VALUE.fullmatch(filled[0].text)
    if not m or _cell_value(m.group("value")) is None:
        return row
    c = filled[0]
    return [replace(c, text=m.group("label") + ":"), replace(c, text=m.group("value"))]


def _section_row(row: list, label: str) -> bool:
    """A row that is nothing but a short label ("A. Interception", "B. Communications data"):
    the title of the rows under it."""
    return _words_between(label) <= 6 and "(" not in label \
        and all(c is None or not c.text.strip() or c.text.strip() in label for c in row)


def _label_period(label: str) -> Optional[str]:
    """The period a row label ends with: "Inspections carried out, 2023:", "Warrants issued
    (2016)"."""
    periods = [p for p in grammar.parse_periods(label) if p.kind in ("year", "fy", "part")]
    if len(periods) == 1 and re.fullmatch(r"\)?[\s,:;–-]*", label[label.find(periods[0].text) + len(periods[0].text):]):
        return periods[0].period
    return None


_UNIT_CELL = re.compile(r"\(?\s*(?:(?:GBP|£)\s*(?:['’]?000s?|m|bn|k|millions?|thousands?)?|%|per\s?cent|number|no\.)\s*\)?", re.I)


def _subheader(row: list) -> bool:
    """A second header row of bracketed notes: "(IOCCO) | (IPCO)", "(%) | text (%)"."""
    cells = [c.text.strip() for c in row if c is not None and c.text.strip()]
    if cells and all(re.fullmatch(r"[\w\s]{0,12}\([^()]{1,30}\)", t) for t in cells):
        return True
    # a row of units under the header: "£'000", "£m", "%"
    if cells and all(_UNIT_CELL.fullmatch(t) for t in cells):
        return True
    # a header wrapped onto a second line: "Single point | Service" over "of contact | provider"
    rest = [c.text.strip() if c is not None else "" for c in row[1:]]
    return len(rest) >= 2 and all(re.fullmatch(r"[a-z][a-z\s/&-]{1,30}", t) for t in rest) \
        and not any(re.fullmatch(_MISSING, t, re.I) for t in rest)


# "2,306 (65.22%)": a count with its share in brackets
_CELL_SHARE = re.compile(r"^\s*[\d,.\s]+\(\s*(\d+(?:\.\d+)?)\s?%\s*\)\s*$")


def _wrapped_header(above: list, row: list) -> bool:
    """A header wrapped onto a second line under the first: "Interception | Communications"
    over "Year | | data |": no figure, and every text cell but the first is a lowercase word
    or two under a header cell with text."""
    cells = [(j, c.text.strip()) for j, c in enumerate(row) if j and c is not None and c.text.strip()]
    return bool(cells) and all(
        re.fullmatch(r"[a-z][a-z\s/&-]{1,30}", t) and not re.fullmatch(_MISSING, t, re.I)
        and j < len(above) and above[j] is not None and above[j].text.strip() for j, t in cells) \
        and not (row[0] is not None and _cell_value(row[0].text))


def _row_label(row: list, period_col: Optional[int] = None) -> str:
    """The text cells of a row, less its period cell."""
    cells = [c.text for j, c in enumerate(row) if c is not None and j != period_col and _cell_value(c.text) is None
             and not re.fullmatch(_MISSING, c.text.strip(), re.I)]
    return " ".join(cells).strip()


def _period_column(body: list, width: int) -> Optional[int]:
    """The column holding each row's period ("2012", "April–December 2006", "2016 (IOCCO)"),
    if most rows have one there."""
    for j in range(width):
        cells = [r[j].text for r in body if j < len(r) and r[j] is not None and r[j].text.strip()]
        if len(cells) >= 2 and sum(_period_cell(t) is not None for t in cells) >= 0.8 * len(cells):
            return j
    return None


# "Directed surveillance figures are for law enforcement agencies only" (a table's caption)
_FIGURES_ONLY = re.compile(r"(?P<what>[A-Za-z][A-Za-z()'’ -]{2,60}?)\s+(?:figures?|numbers?|counts?)\s+(?:are|is)\s+"
                           r"(?:for|of)\s+(?P<part>[A-Za-z][A-Za-z&'’ -]{1,50}?)\s+only\b", re.I)
# a column of sums as changed on appeal, after the notice its row is dated by ("After appeal")
_REVISED_HEADER = re.compile(r"\b(?:after|on|following)\s+(?:an?\s+)?appeal\b", re.I)
# "301 by CSPs", "66 of them by applicants": a figure with the part it is of, in a text cell
_FIGURE_OF_PART = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?%?\s+(?:\w+\s+){0,2}?(?:by|from|to|of|were|was|for)\b", re.I)
_ANNUALISED_CELL = re.compile(r"[,;]?\s*\(?\bannuali[sz]ed\b\)?", re.I)


def _period_cell(text: str) -> Optional[str]:
    """The period a period column's cell is: a whole period ("2017", "Apr-Dec 2017"), or one
    said to be annualised ("2017, annualised", "Annualised 2017"), whose figure is an estimate
    for that period (the row is marked annualised from the cell's text)."""
    period = _whole_period(text)
    if period is None and _ANNUALISED_CELL.search(text):
        period = _whole_period(_ANNUALISED_CELL.sub(" ", text))
    return period


@lru_cache(maxsize=4096)  # asked of each cell of a column, then of its rows
def _whole_period(label: str) -> Optional[str]:
    """The period a row label is, when the label is nothing but a period ("2012", "Apr-Dec
    2006", "2016-17")."""
    months = re.fullmatch(r"\s*((?:19|20)\d{2})\s*\(([^)]*)\)\s*", label)
    if months and _YEARLESS_PART.fullmatch(months.group(2).strip()):
        return _months_in_year(months.group(2), months.group(1))  # "2006 (Apr–Dec)"
    label = re.sub(r"\([^)]*\)", "", label)  # "2016 (IOCCO)"
    periods = [p for p in grammar.parse_periods(label) if p.kind in ("year", "fy", "part")]
    if len(periods) == 1 and not re.sub(re.escape(periods[0].text), "", label).strip(" ():*"):
        return periods[0].period
    return None


_YEARLESS_PART = re.compile(r"\b(?:\d{1,2}\s+)?(%s)\w*\s*(?:to|-|–)\s*(?:\d{1,2}\s+)?(%s)\w*\b(?!\s+\d{4})" % (
    "|".join(m for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")),
    "|".join(m for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))), re.I)


def _months_in_year(label: str, year: Optional[str]) -> Optional[str]:
    """"Intrusive surveillance authorisations (1 April to 31 December)" under a "2017" column
    is April to December 2017."""
    m = _YEARLESS_PART.search(label)
    if not m or not year or not re.fullmatch(r"\d{4}", year):
        return None
    m1, m2 = grammar.MONTHS[m.group(1).lower()[:3]], grammar.MONTHS[m.group(2).lower()[:3]]
    return f"{year}-{m1:02d}/{year}-{m2:02d}" if m1 < m2 else None


# A cell's thousands may be set off by spaces ("20 000 000", "1 320"): groups of three digits
# after a head of one or two digits, or of three before groups of zeros only ("500 000"), so
# two figures run together ("234 203") are not read as one.
_CELL_NUM_RE = re.compile(
    # ("just under 360,000": a figure with its qualifier, as prose gives it)
    r"^\s*(?:(?P<qual>" + "|".join(re.escape(q) for q, _ in _QUALIFIERS if q[0].isalpha()) + r")\s+)?"
    r"(?:[+]|(?P<neg>[-−]))?(?P<cur>£)?(?P<int>\d{1,3}(?:,\d{3})+|[1-9]\d?(?:[ \u00a0\u202f\u2009]\d{3})+"
    r"|[1-9]\d\d(?:[ \u00a0\u202f\u2009]000)+|\d+)(?P<dec>\.\d+)?\s*"
    r"(?P<mult>m|bn|k|million|billion)?\s*(?P<pct>%)?\s*[\*†‡]?\s*(?:\(.*\))?\s*$", re.I)
_MULTIPLIERS = {"m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "k": 1e3}


@lru_cache(maxsize=4096)  # asked of each cell for the header, the row label and the value
def _cell_value(text: str) -> Optional[tuple[float, str]]:
    """A table cell's figure, or None for labels and for dashes/'None'/'Exempt' (missing).
    A sign is kept ("−19%" in a column of changes); "199 (66 IP)" is 199."""
    m = _CELL_NUM_RE.match(text or "")
    if not m:
        return None
    if re.fullmatch(r"(?:19|20)\d\d", m.group("int")) and not (m.group("dec") or m.group("cur") or m.group("pct")) \
            and re.search(r"\(\s*[A-Za-z]", text):
        return None  # "2017 (annualised)", "2016 (IOCCO)": a year with a note is a label
    value = float(re.sub(r"[,\s]", "", m.group("int")) + (m.group("dec") or ""))
    if m.group("mult"):
        if not m.group("cur"):
            return None  # "20m" without a currency sign: a length? a count in millions? unclear
        value = round(value * _MULTIPLIERS[m.group("mult").lower()], 2)
    if m.group("neg"):
        value = -value
    return value, ("percent" if m.group("pct") else "GBP" if m.group("cur") else "")


def _cell_qualifier(text: str) -> str:
    """The qualifier a table cell sets before its figure ("just under 360,000": under), or ""."""
    m = _CELL_NUM_RE.match(text or "")
    q = re.sub(r"\s+", " ", m.group("qual") or "").lower() if m else ""
    return next((v for k, v in _QUALIFIERS if k == q), "") if q else ""


def _slug(label: str) -> str:
    label = re.sub(r"\(.*?\)", "", label)
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")


def _cross_check(obs: list[Observation]) -> list[Observation]:
    """Raise the confidence of figures the document confirms itself: parts that add up to
    the total printed beside them, and a figure printed both in prose and in a table."""
    groups: dict[tuple, list[Observation]] = {}
    for o in obs:
        groups.setdefault((o.metric, o.period, o.unit), []).append(o)
    for group in groups.values():
        totals = [o for o in group if o.category == "total"]
        parts = {o.category: o.value for o in group if o.category not in ("", "total")}
        if len(parts) >= 2 and any(abs(sum(parts.values()) - t.value) < 1e-6 for t in totals):
            for o in group:
                o.confidence = round(min(0.99, o.confidence + 0.05), 2)
        by_value: dict[tuple, set[str]] = {}
        for o in group:
            by_value.setdefault((o.category, o.value), set()).add(o.method)
        for o in group:
            methods = by_value[(o.category, o.value)]
            if "table" in methods and methods & {"sentence", "list", "words"}:
                o.confidence = round(min(0.99, o.confidence + 0.05), 2)
    return obs


def _finer_periods(obs: list[Observation]) -> list[Observation]:
    """"Of the 1,088 errors in 2006, 787 were ..." beside a table row "Apr-Dec 2006 1,088": a
    figure the document gives elsewhere for a part of the year its sentence names is of that
    part, and so are the parts its sentence gives with it."""
    finer: dict[tuple, set[str]] = {}
    for o in obs:
        m = _PART_PERIOD.fullmatch(o.period)
        if m:
            finer.setdefault((o.metric, o.value, m.group(1)), set()).add(o.period)
    if not finer:
        return obs
    moved: dict[tuple, str] = {}  # (quote, year, metric) -> the part of that year
    for o in obs:
        told = finer.get((o.metric, o.value, o.period))
        if o.method != "table" and told and len(told) == 1:
            moved[(o.quote, o.period, o.metric)] = next(iter(told))
    for o in obs:
        part = moved.get((o.quote, o.period, o.metric))
        if part:
            o.period = part
    return obs


def _dedupe(obs: Iterable[Observation]) -> list[Observation]:
    """One observation per (page, metric, category, period, value): a figure printed twice on
    a page (e.g. in a sentence and a table) is one statistic; the table wins, being the more
    structured source."""
    rank = {"table": 0, "list": 1, "sentence": 2, "words": 3, "chart": 4}
    best: dict[tuple, Observation] = {}
    for o in obs:
        key = (o.page, o.metric, o.category, o.period, o.value)
        if key not in best or rank.get(o.method, 9) < rank.get(best[key].method, 9):
            best[key] = o
    return list(best.values())
