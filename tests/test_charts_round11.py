"""Chart styles read in round 11, most drawn here with reportlab in the shapes the dev
corpora's producers use: 100% bars whose legend sits under them (its names are no labels of
the last bar's segments) and whose last share is a sliver too thin to be a bar of its own;
..."""
from __future__ import annotations

from pathlib import Path

from chart_helpers import chart_bars, observations, page_text, rl_page
from pipeline.model import Block, Chart, ChartBar
from pipeline.recognize import Context, Recognizer

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


def _chart_observations(title: str, bars: list, period="2019") -> list:
    """(metric, category, period, value) read from a chart of (label, value[, series]) bars
    titled `title` (the chart readers' output, without a PDF)."""
    chart = Chart(1, [ChartBar(b[0], b[1], (100, 100 + 10 * k, 120, 108 + 10 * k), None, *b[2:]) for k, b in enumerate(bars)],
                  (80, 100, 200, 100 + 10 * len(bars)), "bar")
    obs = Recognizer().recognize_chart(chart, [Block(title, [], (80, 80, 300, 90), "caption")], Context("r.pdf", "abc", period))
    return [(o.metric, o.category, o.period, o.value) for o in obs]


def test_both_in_a_key_of_purposes_is_the_combination():
    # a pie's key "Serious crime / National security / Both": "Both" is the warrants issued for
    # the two purposes together, the combination part
    got = _chart_observations("Figure 5. Interception warrants by purpose, 2014",
                              [("Serious crime", "68%"), ("National security", "31%"), ("Both", "1%")])
    assert ("interception.warrants.issued.share", "combination", "2014", 1.0) in got
    assert ("interception.warrants.issued.share", "serious_crime", "2014", 68.0) in got


def test_both_is_no_part_where_the_key_names_no_two_parts():
    # ("Both" beside labels that name no parts of the breakdown names nothing it can be)
    got = _chart_observations("Interception warrants by purpose, 2014", [("Urgent", "8%"), ("Routine", "91%"), ("Both", "1%")])
    assert not any(o[1] == "combination" for o in got)


def test_clergy_are_ministers_of_religion():
    got = _chart_observations("SENSITIVE PROFESSIONS, 2018", [("Doctors", "498"), ("Clergy", "272"), ("Lawyers", "234")])
    assert ("cd.applications.sensitive_profession", "minister_of_religion", "2018", 272.0) in got


GREY, RED = (0.54, 0.54, 0.54), (0.71, 0.33, 0.24)


def _dumbbell(d, key="Grey dot: 2018 (*2019); red dot: 2024. * Applications to identify a journalist's source."):
    # two dots a row on one scale (x = 180 + 1.2 v), each with its figure over it; the key
    # is a note in words under the plot, its first entry with an alternative for marked rows
    d.text(50, 380, "Chart 4. Then and now: sensitive-profession applications, 2018 and 2024", size=10, bold=True)
    rows = (("Lawyers", 234, 219), ("Journalists", 203, 157), ("Journalists' sources*", 15, 106))
    for k, (label, grey, red) in enumerate(rows):
        cy = 445 + 47 * k
        d.text(172, cy - 4, label, anchor="right")
        d.line(180 + 1.2 * grey, cy, 180 + 1.2 * red, cy)
        for v, rgb in ((grey, GREY), (red, RED)):
            d.dot(180 + 1.2 * v, cy, 4, rgb)
            d.text(180 + 1.2 * v, cy - 16, str(v), bold=True, anchor="centre")
    for v in range(0, 301, 50):
        d.text(180 + 1.2 * v, 570, str(v), anchor="centre")
    d.text(50, 592, key, size=7)


def test_dumbbell_keyed_in_words_under_the_plot(tmp_path: Path):
    # the key names the dots' colours in words; the marked row takes the bracketed year
    pdf = rl_page(tmp_path / "dumbbell.pdf", _dumbbell)
    got = chart_bars(pdf)
    assert [("Lawyers", "234", "2018"), ("Journalists", "203", "2018"), ("Journalists' sources*", "15", "2019")] in got
    assert [("Lawyers", "219", "2024"), ("Journalists", "157", "2024"), ("Journalists' sources*", "106", "2024")] in got
    obs = observations(pdf)
    assert ("cd.applications.sensitive_profession", "lawyer", "2024", 219.0) in obs
    assert ("cd.applications.journalistic_source", "", "2019", 15.0) in obs


def test_a_colour_named_in_prose_is_no_key(tmp_path: Path):
    # ("the red dots show 2024" has no colon: no key; the dumbbell's rows stay unread rather
    # than read in the wrong series)
    pdf = rl_page(tmp_path / "prose.pdf", lambda d: _dumbbell(d, "The red dots show the latest year, grey ones 2018."))
    assert not any(b[2] for c in chart_bars(pdf) for b in c)


NAVY, ORANGE = (0.17, 0.13, 0.25), (0.82, 0.55, 0.24)


def _split_bar_keyed_in_words(d):
    # one bar split 87.5 : 12.5, the first segment's name inside it before its figure, the
    # second's figure alone, named by a key in words under the bar
    d.text(52, 288, "Who made the errors? (2013)", size=10, bold=True)
    d.rect(52, 303, 256, 319, NAVY)
    d.rect(256, 303, 285.2, 319, ORANGE)
    d.text(56, 307.5, "Public authorities 87.5%", rgb=(1, 1, 1))
    d.text(258, 307.5, "12.5%", rgb=(1, 1, 1))
    d.text(285, 324.5, "orange: phone and internet companies", anchor="right")


def test_bar_split_in_two_named_inside_and_by_a_key_in_words(tmp_path: Path):
    pdf = rl_page(tmp_path / "split.pdf", _split_bar_keyed_in_words)
    assert [("Public authorities", "87.5%", ""), ("phone and internet companies", "12.5%", "")] in chart_bars(pdf)
    obs = observations(pdf)
    assert ("cd.errors.share", "public_authorities", "2013", 87.5) in obs
    assert ("cd.errors.share", "csp", "2013", 12.5) in obs


def test_split_bar_whose_shares_disagree_with_its_lengths_is_not_read(tmp_path: Path):
    # (the figures must be the segments' shares of the bar: 60% drawn as 87.5% is no chart)
    def draw(d):
        _split_bar_keyed_in_words(d)
        d.rect(52, 403, 256, 419, NAVY)
        d.rect(256, 403, 285.2, 419, ORANGE)
        d.text(56, 407.5, "Public bodies 60%", rgb=(1, 1, 1))
        d.text(258, 407.5, "40%", rgb=(1, 1, 1))
        d.text(285, 424.5, "orange: companies", anchor="right")
    got = chart_bars(rl_page(tmp_path / "split2.pdf", draw))
    assert not any(b[1] in ("60%", "40%") for c in got for b in c)


def _two_bars_and_a_zero(d, zero_top=235.0):
    # a dashboard tile's bars: two drawn, the third of value 0 not drawn at all, its "0"
    # by the axis on the next row
    d.text(70, 201, "COUNCIL CD BY DATA TYPE, 2018", size=8, bold=True)
    for top, label, value, length in ((213, "Subscriber", "647", 43.3), (224.2, "Service use", "87", 5.9)):
        d.rect(135.7, top, 135.7 + length, top + 6.8)
        d.text(70, top, label, size=7)
        d.text(135.7 + length + 2.5, top, value, size=7, bold=True)
    d.text(70, zero_top, "Traffic", size=7)
    d.text(138.2, zero_top, "0", size=7, bold=True)


def test_bar_of_value_zero_not_drawn(tmp_path: Path):
    pdf = rl_page(tmp_path / "zero.pdf", _two_bars_and_a_zero)
    assert [("Subscriber", "647", ""), ("Service use", "87", ""), ("Traffic", "0", "")] in chart_bars(pdf)
    obs = observations(pdf)
    assert ("cd.items.data_type", "traffic", "2018", 0.0) in obs
    assert ("cd.items.data_type", "subscriber", "2018", 647.0) in obs


def test_a_zero_off_the_bars_pitch_is_no_bar(tmp_path: Path):
    # ("Traffic 0" two rows further down is a line of its own, not the next bar)
    pdf = rl_page(tmp_path / "zero_far.pdf", lambda d: _two_bars_and_a_zero(d, zero_top=262.0))
    assert not any(b[1] == "0" for c in chart_bars(pdf) for b in c)


WINE, SAND, SLATE = (0.55, 0.18, 0.22), (0.82, 0.55, 0.38), (0.33, 0.33, 0.33)


def _three_panels(d, pair=((77, 67.4), (76, 66.5))):
    # small multiples on one baseline (y = 217), each titled over it: five columns (ticks
    # left of them), three, and two, the last at a scale of its own
    base = 217.2
    d.text(54, 116, "Serious errors determined", size=9, bold=True)
    d.text(209, 116, "Serious error investigations", size=9, bold=True)
    d.text(366, 116, "Privileged material, 2018", size=9, bold=True)
    for t in (0, 10, 20, 30):
        d.text(64, base - 3 - 3.1 * t, str(t), size=6, anchor="right")
    panels = (((("2013", 7), ("2017", 24), ("2018", 8), ("2019", 14)), 73.5, 24.1, 16, 2.12, WINE),
              ((("2016", 29), ("2017", 33), ("2019", 18)), 207.1, 24.1, 16, 2.12, SAND))
    for cols, x, pitch, width, k, rgb in panels:
        for n, (label, v) in enumerate(cols):
            x0 = x + n * pitch
            d.rect(x0, base - k * v, x0 + width, base, rgb)
            d.text(x0 + width / 2, base - k * v - 11, str(v), size=7, anchor="centre")
            d.text(x0 + width / 2, base + 3, label, size=7, anchor="centre")
    for n, (label, (v, h)) in enumerate(zip(("Applied", "Approved"), pair)):
        x0 = 368.5 + n * 37.1
        d.rect(x0, base - h, x0 + 22, base, SLATE)
        d.text(x0 + 11, base - h - 11, str(v), size=7, anchor="centre")
        d.text(x0 + 11, base + 3, label, size=7, anchor="centre")


def test_panel_of_two_columns_among_small_multiples(tmp_path: Path):
    pdf = rl_page(tmp_path / "panels.pdf", _three_panels)
    assert [("Applied", "77", ""), ("Approved", "76", "")] in chart_bars(pdf)
    obs = observations(pdf)
    # (each column a stage of what the panel counts: applications made, and approved)
    assert ("lpp.applications.made", "", "2018", 77.0) in obs
    assert ("lpp.applications.approved", "", "2018", 76.0) in obs


def test_panel_of_two_columns_not_to_scale_is_not_read(tmp_path: Path):
    # (77 and 20 drawn the same height: the figures are not what the columns draw)
    pdf = rl_page(tmp_path / "panels2.pdf", lambda d: _three_panels(d, ((77, 67.4), (20, 66.5))))
    assert not any(b[0] == "Applied" for c in chart_bars(pdf) for b in c)


def _bars_under(d, top, rows, x=150.0, k=0.25):
    for n, (label, v) in enumerate(rows):
        y = top + 18 * n
        d.rect(x, y, x + k * v, y + 10)
        d.text(x - 6, y + 1.5, label, anchor="right")
        d.text(x + k * v + 4, y + 1.5, f"{v:,}")


def test_lines_between_the_caption_and_the_chart_are_read_under_the_caption(tmp_path: Path):
    # the chart's standfirst: a total, and a note in brackets giving an earlier year's
    def draw(d):
        d.text(50, 60, "C16 Applications about people in sensitive professions, 2018", size=11, bold=True)
        d.text(50, 82, "1,320 applications in all", size=9)
        d.text(50, 97, "(the total for 2016 was 948)", size=7)
        _bars_under(d, 130, (("Doctors", 498), ("Ministers of religion", 272), ("Lawyers", 234), ("Journalists", 203)), x=125)
    obs = observations(rl_page(tmp_path / "standfirst.pdf", draw))
    assert ("cd.applications.sensitive_profession", "total", "2018", 1320.0) in obs
    assert ("cd.applications.sensitive_profession", "total", "2016", 948.0) in obs
    assert ("cd.applications.sensitive_profession", "lawyer", "2018", 234.0) in obs


def test_standfirst_under_a_figure_caption_naming_months(tmp_path: Path):
    # each figure with its own noun; the caption's months date both
    def draw(d):
        d.text(50, 60, "Chart 2. Who made the communications data errors? (April to December 2006)", size=11, bold=True)
        d.text(50, 80, "1,088 errors reported, against 253,557 requests for communications data", size=8)
        _bars_under(d, 110, (("Public authorities", 787), ("Communications service providers", 301), ("Other", 0)), x=220)
    obs = observations(rl_page(tmp_path / "standfirst2.pdf", draw))
    assert ("cd.errors", "total", "2006-04/2006-12", 1088.0) in obs
    assert ("cd.requests", "total", "2006-04/2006-12", 253557.0) in obs


def test_series_named_as_the_others_of_a_breakdown():
    # "Directed (LEAs)" and "Directed (other)": the other part of the authority breakdown
    got = _chart_observations("Chart A. Surveillance authorisations by financial year and period",
                              [("2016/17", "6,237", "Directed (LEAs)"), ("2016/17", "1,842", "Property"),
                               ("Apr–Dec 2017", "1,453", "Property"), ("Apr–Dec 2017", "933", "Directed (other)")])
    assert ("directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03", 6237.0) in got
    assert ("directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12", 933.0) in got


def _two_titled_charts(d, first="Items by communication type, 2019", size=11):
    # two bar charts, each under its own title in one style; only the first names a year
    d.text(60, 60, first, size=size, bold=True)
    _bars_under(d, 85, (("Telephony", 1191), ("Internet", 164), ("Postal", 24)), x=130, k=0.15)
    d.text(60, 160, "Largest ICO fines", size=11, bold=True)
    _bars_under(d, 185, (("British Airways", 20), ("Marriott", 18), ("Clearview AI", 7)), x=130, k=8)


def test_a_chart_title_naming_a_year_dates_no_chart_titled_beside_it(tmp_path: Path):
    # "Largest ICO fines" is a title of the same rank as "Items by communication type,
    # 2019": the fines are not of 2019 (nor of any year the page gives)
    obs = observations(rl_page(tmp_path / "titles.pdf", _two_titled_charts))
    assert ("cd.items.comms_type", "telephony", "2019", 1191.0) in obs
    assert not any(o[0].startswith("ico.fines") for o in obs)


def test_a_page_heading_naming_a_year_dates_the_chart_under_it(tmp_path: Path):
    # (a heading of higher rank over both, "Surveillance in numbers: 2018", dates them)
    def draw(d):
        d.text(60, 30, "Surveillance in numbers: 2018", size=18, bold=True)
        _two_titled_charts(d, "Items by communication type")
    obs = observations(rl_page(tmp_path / "titles2.pdf", draw))
    assert ("cd.items.comms_type", "telephony", "2018", 1191.0) in obs


def test_two_bar_charts_on_one_axis_split_at_the_title_between_them(tmp_path: Path):
    # the axes of the two charts are in line; the second's title in the wide gap parts them
    got = chart_bars(rl_page(tmp_path / "stacked_charts.pdf", _two_titled_charts))
    assert [("Telephony", "1,191", ""), ("Internet", "164", ""), ("Postal", "24", "")] in got
    assert [("British Airways", "20", ""), ("Marriott", "18", ""), ("Clearview AI", "7", "")] in got
    obs = observations(rl_page(tmp_path / "stacked_charts.pdf", _two_titled_charts))
    assert not any(o[1] == "british_airways" and o[0].startswith("cd.") for o in obs)


def test_a_year_in_the_prose_beside_a_column_chart_is_no_tick(tmp_path: Path):
    # a column of text left of the plot, "the 2019 report counted 24." at the plot's height:
    # one number there is no value axis, and stays in the sentence
    def draw(d):
        d.text(270, 60, "Interception errors reported", size=10, bold=True)
        d.text(50, 80, "Interception errors rose in each year shown, and", size=9)
        d.text(50, 92, "the 2019 report counted 24.", size=9)
        for n, (year, v) in enumerate((("2013", 57), ("2014", 60), ("2015", 62))):
            x0 = 270 + 40 * n
            d.rect(x0, 160 - v, x0 + 34, 160)
            d.text(x0 + 17, 160 - v - 10, str(v), size=7, anchor="centre")
            d.text(x0 + 17, 163, year, size=7, anchor="centre")
    pdf = rl_page(tmp_path / "prose_year.pdf", draw)
    assert [("2013", "57", ""), ("2014", "60", ""), ("2015", "62", "")] in chart_bars(pdf)
    assert "the 2019 report counted 24." in page_text(pdf)


def test_prose_between_a_far_caption_and_the_chart_is_no_standfirst(tmp_path: Path):
    # the page's one caption far over the chart, a section of prose between them: the prose
    # is dated by its own heading ("Warrants in 2019"), not by the caption's year
    def draw(d):
        d.text(50, 60, "Figure 1. Interception warrants issued, 2015", size=10, bold=True)
        d.text(50, 90, "Warrants in 2019", size=12, bold=True)
        d.text(50, 110, "Another 3,400 warrants were issued.", size=9)
        for n, (year, v) in enumerate((("2012", 3372), ("2013", 2760), ("2014", 2795), ("2015", 3059))):
            x0 = 120 + 40 * n
            d.rect(x0, 300 - v / 40, x0 + 34, 300)
            d.text(x0 + 17, 300 - v / 40 - 10, f"{v:,}", size=7, anchor="centre")
            d.text(x0 + 17, 303, year, size=7, anchor="centre")
    obs = observations(rl_page(tmp_path / "far_caption.pdf", draw))
    assert ("interception.warrants.issued", "total", "2019", 3400.0) in obs
    assert ("interception.warrants.issued", "total", "2015", 3400.0) not in obs


DARK_BLUE, LIGHT_BLUE = (0.14, 0.3, 0.5), (0.55, 0.7, 0.88)


def _grouped_columns_keyed_in_words(d, key="Dark blue: 2016; light blue: 2017."):
    # two columns a profession, no key drawn: the note under the plot names the two blues
    d.text(50, 60, "Applications about people in sensitive professions", size=10, bold=True)
    base = 250
    for n, (label, a, b) in enumerate((("Lawyers", 234, 219), ("Journalists", 203, 157), ("Doctors", 498, 420))):
        x = 100 + 90 * n
        for k, (v, rgb) in enumerate(((a, DARK_BLUE), (b, LIGHT_BLUE))):
            d.rect(x + 32 * k, base - v / 3, x + 32 * k + 30, base, rgb)
            d.text(x + 32 * k + 15, base - v / 3 - 10, str(v), size=7, anchor="centre")
        d.text(x + 31, base + 3, label, size=7, anchor="centre")
    d.text(50, 275, key, size=7)


def test_grouped_columns_keyed_in_words_by_shades_of_one_colour(tmp_path: Path):
    pdf = rl_page(tmp_path / "grouped.pdf", _grouped_columns_keyed_in_words)
    assert [("Lawyers", "234", "2016"), ("Lawyers", "219", "2017"), ("Journalists", "203", "2016"),
            ("Journalists", "157", "2017"), ("Doctors", "498", "2016"), ("Doctors", "420", "2017")] in chart_bars(pdf)
    obs = observations(pdf)
    assert ("cd.applications.sensitive_profession", "journalist", "2017", 157.0) in obs


def test_one_blue_named_for_two_blues_names_neither(tmp_path: Path):
    # ("blue: 2016" where two blues are drawn says which neither is)
    pdf = rl_page(tmp_path / "grouped2.pdf", lambda d: _grouped_columns_keyed_in_words(d, "Blue: 2016; orange: 2017."))
    assert not any(b[2] for c in chart_bars(pdf) for b in c)


def _two_lines_keyed_in_words(d):
    # two lines over four years, each point's figure over it; the key is a note in words
    d.text(50, 60, "Communications data requests, by year", size=10, bold=True)
    for rgb, vals in (((0.75, 0.15, 0.15), (800, 850, 900, 950)), ((0.15, 0.3, 0.75), (300, 250, 200, 150))):
        pts = [(100 + 80 * n, 300 - v / 5) for n, v in enumerate(vals)]
        d.c.setStrokeColorRGB(*rgb)
        d.c.setLineWidth(1.5)
        path = d.c.beginPath()
        path.moveTo(pts[0][0], d.h - pts[0][1])
        for x, y in pts[1:]:
            path.lineTo(x, d.h - y)
        d.c.drawPath(path, stroke=1, fill=0)
        for (x, y), v in zip(pts, vals):
            d.text(x, y - 14, str(v), size=7, anchor="centre")
    for n, year in enumerate(("2015", "2016", "2017", "2018")):
        d.text(100 + 80 * n, 310, year, size=7, anchor="centre")
    d.text(50, 330, "Red line: law enforcement; blue line: local authorities.", size=7)


def test_lines_keyed_in_words(tmp_path: Path):
    pdf = rl_page(tmp_path / "lines.pdf", _two_lines_keyed_in_words)
    got = chart_bars(pdf)
    assert [("2015", "300", "local authorities"), ("2016", "250", "local authorities"),
            ("2017", "200", "local authorities"), ("2018", "150", "local authorities")] in got
    obs = observations(pdf)
    assert ("cd.requests", "law_enforcement", "2018", 950.0) in obs
    assert ("cd.requests", "local_authorities", "2015", 300.0) in obs


def _columns_and_a_zero(d, ticks=False):
    # two columns and, in the next slot, a "0" on the baseline with its year under it: no
    # column drawn for a year of none; the title over the figures over the columns
    d.text(50, 60, "Errors found to be serious", size=10, bold=True)
    base = 200
    for n, (year, v) in enumerate((("2018", 8), ("2019", 14), ("2021", 0))):
        x0 = 80 + 40 * n
        if v:
            d.rect(x0, base - 6 * v, x0 + 34, base, (0.82, 0.55, 0.24))
        d.text(x0 + 17, base - 6 * v - 10, str(v), size=7, bold=True, anchor="centre")
        d.text(x0 + 17, base + 3, year, size=7, anchor="centre")
    if ticks:
        for t in (0, 5, 10, 15):
            d.text(74, base - 6 * t - 3, str(t), size=6, anchor="right")


def test_column_of_value_zero_not_drawn(tmp_path: Path):
    pdf = rl_page(tmp_path / "zero_column.pdf", _columns_and_a_zero)
    assert [("2018", "8", ""), ("2019", "14", ""), ("2021", "0", "")] in chart_bars(pdf)
    obs = observations(pdf)
    assert ("errors.serious.determined", "total", "2021", 0.0) in obs
    assert ("errors.serious.determined", "total", "2019", 14.0) in obs


def test_the_value_axis_zero_is_no_column(tmp_path: Path):
    # (the axis's "0" stands on the baseline too, left of the first column, nothing under it)
    pdf = rl_page(tmp_path / "zero_tick.pdf", lambda d: _columns_and_a_zero(d, ticks=True))
    got = chart_bars(pdf)
    assert [("2018", "8", ""), ("2019", "14", ""), ("2021", "0", "")] in got
    assert sum(1 for c in got for b in c if b[1] == "0") == 1
