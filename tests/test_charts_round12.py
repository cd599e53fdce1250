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


PURPLE = (0.36, 0.29, 0.54)


def _changes(d):
    # changes on the year before as bars either side of a zero axis at x=300 (6 points a
    # percentage point): rises with their figure past the bar's end, the one fall with its
    # figure set in white inside the bar against its far end; the years left of the plot
    d.text(60, 60, "Figure 3: Change in interception warrants issued on the previous year (%)", size=10, bold=True)
    for k, (year, change) in enumerate((("2012", 16), ("2013", -19), ("2015", 9), ("2017", 17.5))):
        top = 90 + 29 * k
        x1 = 300 + 6 * change
        d.rect(min(300, x1), top, max(300, x1), top + 20, PURPLE)
        d.text(100, top + 6, year)
        figure = f"{change:+g}%"
        if change > 0:
            d.text(x1 + 4, top + 6, figure)
        else:
            d.text(x1 + 4, top + 6, figure, rgb=(1, 1, 1))
    for k, tick in enumerate(range(-30, 31, 10)):
        d.text(300 + 6 * tick, 210, str(tick), anchor="centre")


def test_fall_with_its_figure_inside_the_bar_end(tmp_path: Path):
    # a long fall's figure set inside the bar at its outer end is still its figure: the
    # chart of changes is read, the fall negative
    pdf = rl_page(tmp_path / "changes.pdf", _changes)
    assert [("2012", "+16%", ""), ("2013", "-19%", ""), ("2015", "+9%", ""), ("2017", "+17.5%", "")] in chart_bars(pdf)
    obs = observations(pdf)
    assert ("interception.warrants.issued.change", "total", "2013", -19.0) in obs
    assert ("interception.warrants.issued.change", "total", "2017", 17.5) in obs


TEAL, ORANGE = (0.0, 0.70, 0.79), (0.97, 0.57, 0.34)


def _one_100_bar(d):
    # one 100% bar 420 points long, the two wide segments' shares inside them; the 1%
    # sliver (4.2 points) has its share in the legend under the bar, after its name
    d.text(50, 60, "Interception warrants by purpose, 2015 (% of warrants issued)", size=10, bold=True)
    x = 50.0
    for share, rgb in ((65, DARK), (34, TEAL), (1, ORANGE)):
        w = 4.2 * share
        d.rect(x, 80, x + w, 102, rgb)
        if share > 5:
            d.text(x + 4, 88, f"{share}%", rgb=(1, 1, 1))
        x += w
    for x, name, rgb in ((50, "Serious crime", DARK), (122, "National security", TEAL), (205, "Combination 1%", ORANGE)):
        d.rect(x, 108, x + 7, 115, rgb)
        d.text(x + 10, 108, name)


def test_sliver_share_printed_after_its_legend_name(tmp_path: Path):
    # a segment too thin for its figure, with none over or past it, takes the figure right
    # after its name in the key (the segments' lengths agree with all three shares)
    pdf = rl_page(tmp_path / "sliver.pdf", _one_100_bar)
    assert [("Serious crime", "65%", ""), ("National security", "34%", ""), ("Combination", "1%", "")] in chart_bars(pdf)
    obs = observations(pdf)
    assert ("interception.warrants.issued.share", "combination", "2015", 1.0) in obs
    assert ("interception.warrants.issued.share", "serious_crime", "2015", 65.0) in obs


RED, AMBER, GREEN = (0.75, 0.22, 0.17), (0.95, 0.61, 0.07), (0.15, 0.68, 0.38)


def _rated(d, counts=True):
    # (dated counts as columns, then) their shares as one bar of three segments, nothing in
    # them, each named with its share on the line under the bar at the segment's start; "Red
    # 8%" ends where "Amber 55%" begins, so the text layer runs "8%" into "Amber"
    d.text(56, 60, "Part two: inspections", size=14, bold=True)
    if counts:
        d.text(56, 90, "Inspection recommendations by rating, 2015", size=9, bold=True)
        for k, (name, n, rgb) in enumerate((("Red", 29, RED), ("Amber", 203, AMBER), ("Green", 134, GREEN))):
            x = 100 + 70 * k
            d.rect(x, 250 - 0.5 * n, x + 30, 250, rgb)
            d.text(x + 15, 250 - 0.5 * n - 10, str(n), anchor="centre")
            d.text(x + 15, 254, name, anchor="centre")
    d.text(56, 280, "The same recommendations as shares (%)", size=9, bold=True)
    x = 56.0
    for share, rgb in ((8, RED), (55, AMBER), (37, GREEN)):
        d.rect(x, 296, x + 3 * share, 310, rgb)
        x += 3 * share
    d.c.setFont("Helvetica", 6)
    red = d.c.stringWidth("Red 8%", "Helvetica", 6)
    d.text(80.2 - red, 316, "Red 8%", size=6)
    d.text(80.2, 316, "Amber 55%", size=6)
    d.text(247, 316, "Green 37%", size=6)


def test_segments_named_under_the_bar_with_run_on_share(tmp_path: Path):
    # each segment's name and share under it, at its start: the bar is read, "8%Amber"
    # parted into Red's share and Amber's name
    pdf = rl_page(tmp_path / "under.pdf", lambda d: _rated(d, counts=False))
    assert [("Red", "8%", ""), ("Amber", "55%", ""), ("Green", "37%", "")] in chart_bars(pdf)


def test_shares_of_the_dated_counts_take_their_period(tmp_path: Path):
    # a chart titled without a year under a dated chart is not of that year, unless its
    # figures are the shares of that chart's counts, part by part (29/366 = 8%, ...)
    pdf = rl_page(tmp_path / "rated.pdf", _rated)
    obs = observations(pdf)
    assert ("recommendations", "red", "2015", 29.0) in obs
    assert ("recommendations.share", "red", "2015", 8.0) in obs
    assert ("recommendations.share", "green", "2015", 37.0) in obs
