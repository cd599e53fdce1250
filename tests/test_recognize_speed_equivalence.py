"""The shortcuts recognition takes for speed give the answers of the plain computation:
Taxonomy.naming (answered per piece of text, remembered) against a search of every metric's
phrases in the whole text, parse_periods (which skips scans a text cannot match) against
running every scan, and a recogniser whose memos start over against a fresh one."""
from __future__ import annotations

import tomllib

from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline import grammar, taxonomy
from pipeline.recognize import Context, Recognizer
from pipeline.taxonomy import load_taxonomy

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_TAX = load_taxonomy()
# Words of the taxonomy's phrases, the marks naming splits at, spaces and hyphens (which may
# join a phrase's words), word characters that may glue onto a phrase, and the characters
# that match an ASCII letter when case is ignored.
_WORDS = sorted({w for m in _TAX.metrics for rx in (m.nouns, m.context) if rx is not None
                 for w in rx.pattern.replace("\\", " ").replace("[", " ").replace("(", " ").replace("|", " ").split()
                 if w.isalpha() and len(w) > 2})
PHRASEY = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(
    [" ", "  ", "-", ".", ". ", ";", " ; ", ":", "?", "!", "'s", "s", "x", "2018", "(", ")", "\n",
     "\u0130", "\u0131", "\u017f", "\u212a", "ISSUED", "Warrants"])), max_size=30).map("".join)
TEXTS = st.one_of(st.text(max_size=200), PHRASEY)


@SETTINGS
@given(TEXTS, st.sampled_from(["nouns", "context"]))
def test_naming_is_every_metric_searched_in_the_whole_text(text, attr):
    expected = {m.id for m in _TAX.metrics if getattr(m, attr) is not None and getattr(m, attr).search(text)}
    assert _TAX.naming(text, attr) == expected
    assert _TAX.naming(text, attr) == expected  # and again, from memory


def test_naming_finds_every_phrase_of_the_taxonomy_between_marks():
    data = tomllib.loads(taxonomy.DEFAULT_TAXONOMY.read_text(encoding="utf-8"))
    assert _TAX.phrase_breaks is not None
    for m in data["metric"]:
        for attr in ("nouns", "context"):
            for phrase in m.get(attr, []):
                for text in (f"Figures. In all, {phrase}; were counted", f"{phrase}.{phrase.upper()}?"):
                    expected = {x.id for x in _TAX.metrics if getattr(x, attr) is not None
                                and getattr(x, attr).search(text)}
                    assert m["id"] in expected
                    assert _TAX.naming(text, attr) == expected


@SETTINGS
@given(TEXTS)
def test_category_find_from_memory_is_a_fresh_list(text):
    cats = _TAX.category_sets["profession"]
    first = cats.find(text)
    first.append((0, 0, "tampered"))
    assert cats.find(text) == cats._find(text)


REPORTISH = st.lists(st.sampled_from(
    list("0123456789/ -–,.") + ["April", "march", "DECEMBER", "Sept", "2016", "2017-18", "2019/20", "1/4/17",
                               "01/04/17–31/12/17", "since", "between", "nine months from", "to", "and",
                               "the previous year", "the same period", "in the nine months", "this reporting YEAR",
                               "Act", "\u0130", "\u017f"]),
    max_size=30).map("".join)


@SETTINGS
@given(st.one_of(st.text(max_size=200), REPORTISH))
def test_parse_periods_matches_running_every_scan(text):
    fast = grammar.parse_periods(text)
    original = grammar._finditer
    grammar._finditer = lambda rx, t, possible: rx.finditer(t)
    try:
        assert grammar.parse_periods(text) == fast
    finally:
        grammar._finditer = original


_PROSE = [
    "808,214 items of communications data were obtained in 2018, a slight rise from 757,977 in 2017. "
    "Of the applications concerning sensitive professions, 219 concerned lawyers and 157 concerned journalists.",
    "Lawyers (234), journalists (203) and Members of Parliament (113) were the subject of applications "
    "relating to sensitive professions; 3,007 interception warrants were issued.",
    "The Commissioner was notified of 429 communications data errors in 2012: 67% were caused by public "
    "authorities. Fines of £20m and £18.4m were issued in 2020-21.",
]


def test_recogniser_answers_alike_when_its_memos_start_over(monkeypatch):
    def run(rec):
        ctx = Context("r.pdf", "abc", "2018")
        from tests.test_recognize import block
        return [o for text in _PROSE for o in rec.recognize_block(block(text), 1, ctx)]

    fresh = run(Recognizer())
    monkeypatch.setattr(taxonomy, "_MEMO_SIZE", 3)  # forgets all the time
    assert run(Recognizer()) == fresh
    assert fresh
