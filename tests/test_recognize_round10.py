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
