"""Layout reading, round 6: figure-heavy genres of dev9 (a conference poster's chart beside a
column of text and its key-results box, a charity impact report's word-number tile and its
timeline). Each PDF is drawn with reportlab into tmp_path; each test fails without the change
it covers."""
from __future__ import annotations

from pipeline.extract import extract_document
from test_extract import H, make_pdf, text_at


def _texts(page):
    return [(b.kind, b.text) for b in page.blocks]


# ---------------------------------------------------------------------------
# 1. A chart whose value axis stands beside a column of text, the chart reader reading no
#    bars: its ticks sit on the column's baselines and joined its lines as cells of a table
#    ("...The Commissioner's" | "4,000"), or ran into its sentences ("in 2016 1,000 they").

COLUMN = [
    "Interception warrants are the most intrusive power the",
    "state uses against its own citizens. The Commissioner's",
    "report for 2017 counted 3,535 warrants, the highest",
    "number in the published series. Of these, 2,306 were",
    "issued for serious crime and 1,219 in the interests of",
    "national security, a share that has barely moved in the",
    "six years the series covers. Inspections give a sense of",
    "depth: in 2015 inspectors examined 1,148 warrants, and",
    "in 2016 they examined 970 in the course of inspections.",
]


def _chart_beside_text(c):
    for k, line in enumerate(COLUMN):
        text_at(c, 40, 114 + 14 * k, line, size=10)
    axis_x, base = 330, 114 + 14 * 8 - 3.5
    c.setLineWidth(0.8)
    c.line(axis_x, H - (114 - 3.5), axis_x, H - base)        # the value axis
    c.line(axis_x, H - base, axis_x + 230, H - base)           # the baseline
    for k, tick in enumerate(["4,000", "3,000", "2,000", "1,000", "0"]):
        top = 114 + 28 * k                                     # on every other text line
        c.line(axis_x - 3, H - (top - 3.5), axis_x, H - (top - 3.5))
        c.setFont("Helvetica", 10)
        c.drawRightString(axis_x - 5, H - top, tick)
    # values over columns the chart reader cannot read (no bars drawn) and year labels
    for k, (value, year) in enumerate([("3,372", "2012"), ("2,760", "2013"), ("3,535", "2014")]):
        x = axis_x + 30 + 60 * k
        text_at(c, x, 128 + 14 * (k % 2), value, size=10)
        text_at(c, x, base + 14, year, size=10)


def test_column_text_beside_a_chart_never_joins_its_ticks(tmp_path):
    page = extract_document(make_pdf(tmp_path / "poster.pdf", [_chart_beside_text]), tmp_path).pages[0]
    texts = [t for _, t in _texts(page)]
    assert " ".join(COLUMN) in texts
    assert not page.tables
    # the ticks are no figures: in no block at all
    assert not any(t in tx.split() for tx in texts for t in ("4,000", "3,000", "2,000", "1,000"))
    # the plot's own words stay, apart from the text
    assert "3,372" in " ".join(texts)


# ---------------------------------------------------------------------------
# 2. A key-results box: a big signed figure over its smaller label is one item.

def _key_results(c):
    text_at(c, 40, 80, "3. Key results", size=14, font="Helvetica-Bold")
    top = 120
    for fig, label in [("+17.5%", "warrants in 2017 on the year before"),
                       ("\u201319%", "warrants in 2013, the largest fall")]:
        text_at(c, 40, top, fig, size=24, font="Helvetica-Bold")
        text_at(c, 40, top + 16, label, size=10)
        top += 50


def test_signed_big_figure_opens_a_callout(tmp_path):
    page = extract_document(make_pdf(tmp_path / "key.pdf", [_key_results]), tmp_path).pages[0]
    texts = _texts(page)
    assert ("bullet", "+17.5% warrants in 2017 on the year before") in texts
    assert ("bullet", "\u201319% warrants in 2013, the largest fall") in texts


# ---------------------------------------------------------------------------
# 3. A number in words set big ("Fourteen") is a big figure as "14" is: in a row of tiles
#    and in the page's flow.

TILES = [("1,063", "communications data errors reported", "903 the year before"),
         ("Fourteen", "errors found to be serious", "out of 18 investigated"),
         ("24", "interception errors (law enforcement)", "13 in 2018")]


def _tiles(c):
    text_at(c, 40, 60, "The year in numbers", size=24, font="Helvetica-Bold")
    for k, (fig, label, sub) in enumerate(TILES):
        x = 40 + 177 * k
        c.setFillColorRGB(0.93, 0.96, 0.95)
        c.rect(x, H - 216, 166, 92, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text_at(c, x + 14, 165, fig, size=28, font="Helvetica-Bold")
        text_at(c, x + 14, 184, label, size=8.5)
        text_at(c, x + 14, 200, sub, size=8.5, font="Helvetica-Oblique")


def test_word_number_tile_is_one_item(tmp_path):
    page = extract_document(make_pdf(tmp_path / "tiles.pdf", [_tiles]), tmp_path).pages[0]
    texts = _texts(page)
    assert ("bullet", "Fourteen errors found to be serious out of 18 investigated") in texts
    assert ("bullet", "1,063 communications data errors reported 903 the year before") in texts


def _worded_callout(c):
    text_at(c, 40, 80, "Our year", size=14, font="Helvetica-Bold")
    text_at(c, 40, 100, "We published briefings and gave evidence to parliamentary inquiries.", size=10)
    text_at(c, 40, 150, "Fourteen", size=28, font="Helvetica-Bold")
    text_at(c, 40, 166, "errors found to be serious", size=9)


def test_word_number_over_its_label_is_one_item(tmp_path):
    page = extract_document(make_pdf(tmp_path / "worded.pdf", [_worded_callout]), tmp_path).pages[0]
    assert ("bullet", "Fourteen errors found to be serious") in _texts(page)


# ---------------------------------------------------------------------------
# 4. A horizontal timeline, milestones alternating over and under the rule: each milestone
#    (its year, then its figure and text) is one item.

MILESTONES = [("2006", "1,435", ["warrants, April-December", "2006"]),
              ("2007", "519,260", ["requests for", "communications data"]),
              ("2009", "157", ["new complaints to", "the Tribunal"]),
              ("2010", "1,865", ["interception", "warrants"]),
              ("2013", "2,760", ["warrants issued", "that year"])]


def _timeline(c):
    text_at(c, 40, 80, "Fourteen years of counting", size=24, font="Helvetica-Bold")
    text_at(c, 40, 100, "Milestones in the published figures, from the first report of 2006.", size=10)
    y = 300
    x0, pitch = 60, 110
    c.setLineWidth(2)
    c.line(x0, H - y, x0 + pitch * (len(MILESTONES) - 1), H - y)
    c.setLineWidth(0.7)
    for k, (year, fig, label) in enumerate(MILESTONES):
        x = x0 + pitch * k
        c.circle(x, H - y, 5, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 10)
        if k % 2 == 0:   # over the rule: year just over it, a stroke up to the figure
            c.drawCentredString(x, H - (y - 12), year)
            c.line(x, H - (y - 24), x, H - (y - 68))
            c.setFont("Helvetica-Bold", 13)
            c.drawCentredString(x, H - (y - 100), fig)
            c.setFont("Helvetica", 7.5)
            for j, ln in enumerate(label):
                c.drawCentredString(x, H - (y - 88 + 9 * j), ln)
        else:            # under it: year just under it, a short stroke down to the figure
            c.drawCentredString(x, H - (y + 22), year)
            c.line(x, H - (y + 26), x, H - (y + 38))
            c.setFont("Helvetica-Bold", 13)
            c.drawCentredString(x, H - (y + 53), fig)
            c.setFont("Helvetica", 7.5)
            for j, ln in enumerate(label):
                c.drawCentredString(x, H - (y + 64 + 9 * j), ln)
    text_at(c, 40, 440, "Notes: the first report covered nine months only.", size=9)


def test_timeline_milestone_is_one_item_year_first(tmp_path):
    page = extract_document(make_pdf(tmp_path / "timeline.pdf", [_timeline]), tmp_path).pages[0]
    texts = _texts(page)
    for year, fig, label in MILESTONES:
        assert ("bullet", " ".join([year, fig] + label)) in texts
    assert not page.tables
    assert ("paragraph", "Notes: the first report covered nine months only.") in texts


# ---------------------------------------------------------------------------
# 5. A ruled table whose last column's text runs on past its right rule: the words past the
#    rule are the cell's ("IPC report, para."), never lost.

def _overflowing_grid(c):
    text_at(c, 62, 90, "Annex: figures cited in this response", size=11, font="Times-Bold")
    rows = [("Figure", "Year", "Value", "IPC report, para."),
            ("Serious errors investigated", "2019", "18", "10.2"),
            ("Serious errors found", "2019", "14", "10.4"),
            ("Requests approved", "2019", "200,665", "9.7")]
    xs, top, pitch = [58, 179, 260, 360, 400], 100, 14
    c.setLineWidth(0.5)
    for k in range(len(rows) + 1):
        c.line(xs[0], H - (top + pitch * k), xs[-1], H - (top + pitch * k))
    for x in xs:
        c.line(x, H - top, x, H - (top + pitch * len(rows)))
    for k, row in enumerate(rows):
        y = top + pitch * k + 10
        text_at(c, 62, y, row[0], size=9, font="Times-Roman")
        c.setFont("Times-Roman", 9)
        c.drawRightString(252, H - y, row[1])
        c.drawRightString(352, H - y, row[2])
        text_at(c, 392, y, row[3], size=9, font="Times-Roman")


def test_ruled_cell_text_past_the_right_rule_is_the_cells(tmp_path):
    page = extract_document(make_pdf(tmp_path / "annex.pdf", [_overflowing_grid]), tmp_path).pages[0]
    (t,) = page.tables
    assert t.text_rows()[0] == ["Figure", "Year", "Value", "IPC report, para."]
    assert t.text_rows()[1] == ["Serious errors investigated", "2019", "18", "10.2"]
