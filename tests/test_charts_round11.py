"""Chart styles read in round 11, most drawn here with reportlab in the shapes the dev
corpora's producers use: 100% bars whose legend sits under them (its names are no labels of
the last bar's segments) and whose last share is a sliver too thin to be a bar of its own;
..."""
from __future__ import annotations

from pathlib import Path

from chart_helpers import chart_bars, observations, rl_page

DARK, MID, LIGHT = (0.14, 0.31, 0.44), (0.36, 0.55, 0.72), (0.66, 0.78, 0.87)


def _shares_by_purpose(d):
    # "Purposes of warrants" over two 100% bars 150 points long, the 1% share 1.5 points
    # wide with its figure past the bar's end; the legend keys on the line under the bars
    d.text(50, 60, "Purposes of warrants: 2014 and 2015", size=12, bold=True)
    for top, year, shares in ((80, "2014", (68, 31, 1)), (100, "2015", (65, 34, 1))):
        d.text(50, top + 4, year)
        x = 120.0
        for share, rgb in zip(shares, (DARK, MID, LIGHT)):
            w = 1.5 * share
            d.rect(x, top, x + w, top + 15, rgb)
            if share > 5:
                d.text(x + w / 2, top + 4, f"{share}%", rgb=(1, 1, 1), anchor="centre")
            x += w
        d.text(x + 6, top + 4, f"combination {shares[2]}%")
    for x, name, rgb in ((50, "Serious crime", DARK), (115, "National security", MID), (190, "Combination", LIGHT)):
        d.rect(x, 118, x + 7, 125, rgb)
        d.text(x + 10, 118, name)


def test_legend_under_stacked_bars_names_series_not_segments(tmp_path: Path):
    # the legend's names lie under the last bar's segments; they name colours, not the
    # segments of one bar split into parts
    pdf = rl_page(tmp_path / "purposes.pdf", _shares_by_purpose)
    got = chart_bars(pdf)
    assert [("2014", "68%", "Serious crime"), ("2014", "31%", "National security"), ("2014", "1%", "Combination"),
            ("2015", "65%", "Serious crime"), ("2015", "34%", "National security"), ("2015", "1%", "Combination")] in got
    obs = observations(pdf)
    assert ("interception.warrants.issued.share", "serious_crime", "2015", 65.0) in obs
    assert ("interception.warrants.issued.share", "combination", "2014", 1.0) in obs
    assert not any(o[1] == "total" for o in obs)
