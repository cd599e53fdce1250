"""Sidebar panels: a shaded or framed box beside running text (an annual review's "at a
glance" column, an encyclopedia's infobox) is read as a flow of its own, never interleaved
with the columns beside it; its big figures become one item each with their labels, and an
infobox's label/value rows become a table. Boxes that are not panels are left alone."""
from __future__ import annotations

from pipeline.extract import extract_document
from test_extract import H, make_pdf, text_at

LEFT = ["Interception remains the most", "intrusive of the powers we", "oversee. The number of warrants",
        "issued in 2016 was 3,007, a", "little below the 3,059 of 2015."]
MIDDLE = ["Our inspectors examined 1,148", "warrants in 2015 and carried", "out 26 inspections of interception",
          "agencies that year. The", "programme ran all year."]
GLANCE = [("3,007", "interception warrants issued"), ("754,559", "items of communications data"),
          ("166", "inspections carried out")]


def _spread(c, glance=GLANCE, fill=True, title="Interception and communications data"):
    text_at(c, 60, 80, title, size=18, font="Helvetica-Bold")
    # three columns whose lines share baselines: body, body, panel
    for i, line in enumerate(LEFT):
        text_at(c, 60, 130 + 13 * i, line, size=9)
    for i, line in enumerate(MIDDLE):
        text_at(c, 220, 130 + 13 * i, line, size=9)
    c.setFillColorRGB(0.91, 0.95, 0.96)
    c.rect(386, H - 300, 145, 185, stroke=0 if fill else 1, fill=1 if fill else 0)
    c.setFillColorRGB(0, 0, 0)
    text_at(c, 393, 130, "2016 AT A GLANCE", size=8, font="Helvetica-Bold")
    for k, (figure, label) in enumerate(glance):
        top = 155 + 42 * k
        text_at(c, 393, top, figure, size=17, font="Helvetica-Bold")
        text_at(c, 393, top + 14, label, size=8)


def test_panel_beside_columns_is_its_own_flow(tmp_path):
    pdf = make_pdf(tmp_path / "spread.pdf", [_spread])
    page = extract_document(pdf, tmp_path).pages[0]
    texts = [(b.kind, b.text) for b in page.blocks]
    # the columns read whole (the title set large across them does not hide their gutter)
    assert ("paragraph", " ".join(LEFT)) in texts
    assert ("paragraph", " ".join(MIDDLE)) in texts
    # the panel after them: its heading, then each big figure with its label
    k = texts.index(("paragraph", "2016 AT A GLANCE")) if ("paragraph", "2016 AT A GLANCE") in texts \
        else texts.index(("heading", "2016 AT A GLANCE"))
    assert texts[k + 1:k + 4] == [("bullet", f"{figure} {label}") for figure, label in GLANCE]
    # provenance: the figure's own box, in the panel
    item = page.blocks[k + 2]
    assert item.bbox_of(0, 7)[0] > 386


def test_framed_panel_counts_too(tmp_path):
    pdf = make_pdf(tmp_path / "framed.pdf", [lambda c: _spread(c, fill=False)])
    texts = [b.text for b in extract_document(pdf, tmp_path).pages[0].blocks]
    assert " ".join(LEFT) in texts and "3,007 interception warrants issued" in texts


def test_panel_figures_are_observations(tmp_path, rec):
    pdf = make_pdf(tmp_path / "annual-review-2016.pdf", [_spread])
    doc = extract_document(pdf, tmp_path)
    obs = rec.recognize_document(doc)
    got = {(o.metric, o.period, o.value, o.method) for o in obs}
    assert ("cd.items", "2016", 754559, "list") in got
    assert ("interception.warrants.issued", "2016", 3007, "list") in got
    # nothing made of words run together across the columns
    assert not any(o.value in (26, 1148) and o.metric == "interception.warrants.issued" for o in obs)


INFOBOX = [("Formed", ["1986", "(Commissioner);", "abolished 1", "September 2017"]),
           ("Superseding agency", ["Investigatory", "Powers", "Commissioner's", "Office"]),
           ("Warrants issued (2016)", ["3,007"]),
           ("CD items (2016)", ["754,559"]),
           ("Authorities inspected (2016)", ["134"])]


def _infobox_page(c):
    text_at(c, 60, 80, "Interception of Communications Commissioner", size=18, font="Helvetica-Bold")
    for i in range(14):
        text_at(c, 60, 130 + 13 * i, f"Running article text line {i + 1} about the office and its work.", size=9)
    c.rect(372, H - 420, 160, 300, stroke=1, fill=0)
    text_at(c, 400, 140, "Commissioner's Office", size=9.5, font="Helvetica-Bold")
    top = 170.0
    for label, value in INFOBOX:
        words = label.split()
        # labels wrapped two words a line, bold; values beside them, centred on the label
        label_lines = [" ".join(words[i:i + 2]) for i in range(0, len(words), 2)]
        n = max(len(label_lines), len(value))
        for i, line in enumerate(label_lines):
            text_at(c, 377, top + 12 * (i + (n - len(label_lines)) / 2), line, size=8, font="Helvetica-Bold")
        for i, line in enumerate(value):
            text_at(c, 468, top + 12 * (i + (n - len(value)) / 2), line, size=8)
        top += 12 * n + 4


def test_infobox_rows_are_a_table(tmp_path):
    pdf = make_pdf(tmp_path / "infobox.pdf", [_infobox_page])
    page = extract_document(pdf, tmp_path).pages[0]
    [table] = [t for t in page.tables if t.kind == "infobox"]
    assert [[c.text for c in r] for r in table.rows] == [[label, " ".join(value)] for label, value in INFOBOX]
    assert table.title == "Commissioner's Office"
    # the article beside it reads on, untouched
    assert any(b.text.startswith("Running article text line 1 about") and "line 14" in b.text for b in page.blocks)


def test_infobox_figures_take_their_label_year(tmp_path, rec):
    pdf = make_pdf(tmp_path / "infobox.pdf", [_infobox_page])
    obs = rec.recognize_document(extract_document(pdf, tmp_path))
    got = {(o.metric, o.period, o.value) for o in obs if o.method == "table"}
    assert ("interception.warrants.issued", "2016", 3007) in got
    assert ("cd.items", "2016", 754559) in got
    # "Formed 1986": a year, no statistic; no figure dated by it
    assert not any(o.period == "1986" or o.value == 1986 for o in obs)


def test_boxes_that_are_not_panels(tmp_path):
    def page(c):
        # a full-width shaded box: nothing beside it, it stays in the page's flow
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(55, H - 200, 480, 110, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for i in range(5):
            text_at(c, 60, 110 + 15 * i, f"Key finding {i + 1}: the figure rose again this year.", size=10)
        # a framed chart beside text: bars drawn in it, so no panel
        for i in range(8):
            text_at(c, 60, 260 + 13 * i, f"Body text line {i + 1} beside the chart, in prose.", size=9)
        c.rect(330, H - 370, 200, 130, stroke=1, fill=0)
        for k, v in enumerate((40, 70, 55)):
            c.rect(350 + 50 * k, H - 360, 30, v, stroke=0, fill=1)
        text_at(c, 345, 255, "Warrants by year", size=8)
        text_at(c, 345, 368, "2014 2015 2016", size=8)
    pdf = make_pdf(tmp_path / "boxes.pdf", [page])
    import pdfplumber
    from pipeline.extract import _panels, _words
    with pdfplumber.open(pdf) as p:
        words, _ = _words(p.pages[0])
        assert _panels(p.pages[0], words) == []
    texts = [b.text for b in extract_document(pdf, tmp_path).pages[0].blocks]
    assert " ".join(f"Key finding {i + 1}: the figure rose again this year." for i in range(5)) in texts


# ---------------------------------------------------------------------------
# Lists whose bullets are drawn, and big figures over their labels (slides, infographics)

ITEMS = ["Up from 757,977 in 2017", "Law enforcement: 92.6% of items in 2017",
         "Approved requests in 2019: 200,665 (a new unit)"]


def _slide(c, marker="dot"):
    text_at(c, 57, 70, "One number", size=24, font="Helvetica-Bold")
    text_at(c, 57, 150, "808,214", size=54, font="Helvetica-Bold")
    text_at(c, 57, 180, "items of communications data, 2018", size=14)
    for k, item in enumerate(ITEMS):
        top = 215 + 25 * k
        if marker == "dot":
            c.circle(61.5, H - top + 4.5, 2.2, stroke=0, fill=1)
        elif marker == "swatch":  # a legend's colour key: no list marker
            c.rect(57, H - top, 8, 8, stroke=0, fill=1)
        text_at(c, 73, top, item, size=14)
    text_at(c, 57, 330, "Source: IPCO Annual Reports 2017-2019. Seminar, 9 November 2021.", size=8)
    text_at(c, 57, 342, "Slides and notes are published with the seminar recording.", size=8)


def test_drawn_bullets_open_list_items(tmp_path):
    pdf = make_pdf(tmp_path / "slide.pdf", [_slide])
    blocks = extract_document(pdf, tmp_path).pages[0].blocks
    assert [(b.kind, b.text) for b in blocks if b.text in ITEMS] == [("bullet", t) for t in ITEMS]
    # a legend's colour keys are no list markers
    pdf = make_pdf(tmp_path / "legend.pdf", [lambda c: _slide(c, marker="swatch")])
    blocks = extract_document(pdf, tmp_path).pages[0].blocks
    assert [(b.kind, b.text) for b in blocks if b.text in ITEMS] == [("paragraph", t) for t in ITEMS]


def test_big_figure_over_its_label_is_one_item(tmp_path, rec):
    pdf = make_pdf(tmp_path / "seminar-2021.pdf", [_slide])
    doc = extract_document(pdf, tmp_path)
    texts = [(b.kind, b.text) for b in doc.pages[0].blocks]
    assert ("bullet", "808,214 items of communications data, 2018") in texts
    got = {(o.metric, o.period, o.value) for o in rec.recognize_document(doc)}
    assert ("cd.items", "2018", 808214) in got


def test_year_banner_is_no_callout(tmp_path):
    def page(c):
        text_at(c, 60, 120, "2016", size=40, font="Helvetica-Bold")
        text_at(c, 60, 140, "at a glance: the year in numbers", size=12)
        text_at(c, 60, 200, "3.1", size=12, font="Helvetica-Bold")
        text_at(c, 60, 215, "Interception warrants", size=12, font="Helvetica-Bold")
    pdf = make_pdf(tmp_path / "banner.pdf", [page])
    blocks = extract_document(pdf, tmp_path).pages[0].blocks
    assert not any(b.kind == "bullet" for b in blocks)
    assert any(b.text == "2016" for b in blocks)


def test_callouts_side_by_side_without_boxes(tmp_path, rec):
    """An infographic's grid of big figures, no box round them: each figure with the label
    lines under it, up to the next figure's column, is one item; a line under a label that
    opens on its own figure is an item of its own, straight after."""
    def page(c):
        text_at(c, 42, 70, "Surveillance in numbers: 2018", size=22, font="Helvetica-Bold")
        for top, cells in ((130, [("808,214", ["items of communications data obtained"]),
                                  ("1,958", ["informant (CHIS) authorisations, law enforcement"])]),
                           (214, [("77", ["applications to keep legally privileged material", "76 of them were approved"]),
                                  ("Eight", ["errors the Commissioner found serious"])])):
            for k, (figure, label) in enumerate(cells):
                x = 92 + 286 * k
                text_at(c, x, top, figure, size=30, font="Helvetica-Bold")
                for i, line in enumerate(label):
                    text_at(c, x, top + 20 + 15 * i, line, size=9.5)
        text_at(c, 42, 320, "Source: IPCO Annual Report 2018 (HC 67), Table 4 and paragraphs 9.2 to 9.17.", size=8)
    pdf = make_pdf(tmp_path / "infographic-2018.pdf", [page])
    doc = extract_document(pdf, tmp_path)
    items = [b.text for b in doc.pages[0].blocks if b.kind == "bullet"]
    assert items == ["808,214 items of communications data obtained",
                     "1,958 informant (CHIS) authorisations, law enforcement",
                     "77 applications to keep legally privileged material", "76 of them were approved",
                     "Eight errors the Commissioner found serious"]
    got = {(o.metric, o.period, o.value) for o in rec.recognize_document(doc)}
    assert ("cd.items", "2018", 808214) in got
    assert ("lpp.applications.made", "2018", 77) in got


def test_grid_of_framed_cards_reads_row_by_row(tmp_path):
    """A digest's news cards, two framed boxes a row: each card its own flow, in reading
    order (left card then right card, then the next row), never run into its neighbour."""
    cards = [[f"Card {k + 1} headline about the report", f"Body line one of card {k + 1} text",
              f"Body line two of card {k + 1} text", f"Reach 0.{k + 1}m and Item {k + 1} of 4"] for k in range(4)]

    def page(c):
        for k, lines in enumerate(cards):
            x, top = 62 + 250 * (k % 2), 120 + 110 * (k // 2)
            c.rect(x, H - top - 90, 230, 90, stroke=1, fill=0)
            for i, line in enumerate(lines):
                text_at(c, x + 8, top + 16 + 14 * i, line, size=9)
    pdf = make_pdf(tmp_path / "digest.pdf", [page])
    texts = [b.text for b in extract_document(pdf, tmp_path).pages[0].blocks]
    assert texts == [" ".join(lines) for lines in cards]
