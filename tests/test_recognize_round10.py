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
