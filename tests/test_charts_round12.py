"""Chart styles read in round 12, drawn here with reportlab in the shapes dev16's producers
use: pies with slices pulled out of them (reportlab.graphics' exploded pies), labelled round
the side, the small slices' labels joined to them by pointers; ..."""
from __future__ import annotations

import math
from pathlib import Path

from chart_helpers import chart_bars, observations, rl_page, rl_wedge

DARK, MID, LIGHT = (0.14, 0.31, 0.44), (0.36, 0.55, 0.72), (0.97, 0.68, 0.18)


def _exploded_pie(d):
    # "Serious crime" (68%) pulled 10 points out of the pie, labelled beside it; "Combination"
    # (1%) pulled out too, its label 45 points off the rim at the end of a pointer
    d.text(60, 60, "Figure 1: Interception warrants issued by purpose, 2014", size=10, bold=True)
    cx, cy, r = 300.0, 200.0, 50.0
    start = 90.0
    for share, rgb, pull in ((68, DARK, 10.0), (31, MID, 0.0), (1, LIGHT, 8.0)):
        rl_wedge(d, cx, cy, r, start, 3.6 * share, rgb, pull)
        start += 3.6 * share
    # labels: 68% (its middle at 212 degrees) left of the pie, 31% (at 31 degrees) right of it
    d.text(cx - r - 14, cy + 20, "Serious crime 68%", anchor="right")
    d.text(cx + r + 6, cy - 34, "National security 31%")
    # the 1% slice's middle points up and a little right (88.2 degrees): a pointer from its
    # (pulled) rim up and right to its label
    mid = math.radians(90 - 1.8)
    rim = (cx + (r + 8) * math.cos(mid), cy - (r + 8) * math.sin(mid))
    elbow = (rim[0] + 20, rim[1] - 10)
    d.line(rim[0], rim[1], elbow[0], elbow[1], rgb=(0.3, 0.3, 0.3), width=0.5)
    d.line(elbow[0], elbow[1], cx + r + 45, elbow[1], rgb=(0.3, 0.3, 0.3), width=0.5)
    d.text(cx + r + 47, elbow[1] - 4, "Combination 1%")


def test_exploded_pie_slices_belong_to_their_pie(tmp_path: Path):
    # the slices pulled out of the pie have their centres off the pie's, along their own
    # middles: still the pie's slices (without them the rest fill no circle and no pie is
    # read), and a pointer ending on a pulled-out rim points at its slice
    pdf = rl_page(tmp_path / "exploded.pdf", _exploded_pie)
    got = chart_bars(pdf)
    assert len(got) == 1
    assert sorted(got[0]) == [("Combination", "1%", ""), ("National security", "31%", ""), ("Serious crime", "68%", "")]
    obs = observations(pdf)
    assert ("interception.warrants.issued.share", "serious_crime", "2014", 68.0) in obs
    assert ("interception.warrants.issued.share", "combination", "2014", 1.0) in obs
