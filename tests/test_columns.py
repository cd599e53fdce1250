"""Two columns whose lines do not share baselines (a journal's columns, each with its own
headings and leading): read column by column, not row by row across the page; a title and
an abstract across the page above them keep their place; a table whose figures stand apart
from their labels is not split at the gap between them."""
from __future__ import annotations

from pipeline.extract import extract_document
from test_extract import make_pdf, text_at

LEFT = ["Since the Regulation of Investigatory Powers", "Act 2000 the Commissioners have published",
        "annual counts of the warrants they oversee.", "These counts are cited in debates and in",
        "litigation, yet they have rarely been put", "into one series. The number of warrants",
        "fell by 19% in 2013, to 2,760, and reached", "3,059 in 2015, an increase of 9%."]
RIGHT = ["We take each figure from the report that", "first published it. Where a later report",
         "revises a figure we keep both. The report", "for 2016 is the clearest case: its errors",
         "chapter gives 1,101 communications data", "errors, while its covering letter gives",
         "1,200. Counts of inspections come from", "the inspection chapters of each report."]


def _paper(c):
    text_at(c, 64, 72, "Counting the warrants: a decade of oversight statistics", size=15, font="Helvetica-Bold")
    text_at(c, 90, 100, "Abstract. We assemble the interception statistics published by the Commissioners", size=9)
    text_at(c, 90, 112, "for 2012 to 2019 and argue that the error series measure reporting practice.", size=9)
    text_at(c, 62, 140, "1 Introduction", size=10, font="Helvetica-Bold")
    for i, line in enumerate(LEFT):   # the right column's lines half a line off the left's:
        text_at(c, 62, 156 + 13 * i, line, size=9)   # no row holds both columns
    for i, line in enumerate(RIGHT):
        text_at(c, 310, 149.5 + 13 * i, line, size=9)


def test_staggered_columns_read_column_by_column(tmp_path):
    page = extract_document(make_pdf(tmp_path / "paper.pdf", [_paper]), tmp_path).pages[0]
    texts = [b.text for b in page.blocks]
    assert " ".join(LEFT) in texts
    assert " ".join(RIGHT) in texts
    assert texts.index("1 Introduction") < texts.index(" ".join(LEFT))
    assert texts[0].startswith("Counting the warrants")


def test_label_and_figure_table_is_not_split(tmp_path):
    rows = [("All public authorities", "754,559", "757,977", "808,214"),
            ("Local authorities: subscriber information", "–", "–", "647"),
            ("Local authorities: service use information", "–", "–", "87"),
            ("Local authorities: traffic data", "–", "–", "0"),
            ("Law enforcement agencies", "700,000", "700,282", "744,000"),
            ("Intelligence agencies", "40,000", "41,000", "42,000")]

    def draw(c):
        text_at(c, 60, 90, "Items of communications data obtained", size=12, font="Helvetica-Bold")
        for i, line in enumerate(["The table below gives the items obtained by each kind of public",
                                  "authority. Figures are for calendar years and are not revised."]):
            text_at(c, 60, 110 + 12 * i, line, size=9)
        for k, h in enumerate(["2016", "2017", "2018"]):
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(380 + 70 * k, 842 - 150, h)
        for r, (label, *vals) in enumerate(rows):
            text_at(c, 60, 166 + 14 * r, label, size=9)
            for k, v in enumerate(vals):
                c.setFont("Helvetica", 9)
                c.drawRightString(380 + 70 * k, 842 - (166 + 14 * r), v)
    page = extract_document(make_pdf(tmp_path / "table.pdf", [draw]), tmp_path).pages[0]
    [table] = page.tables
    assert [[c.text if c else "" for c in r] for r in table.rows][-6:] == [list(r) for r in rows]


def _justified(c, x, top, lines, width=148, size=9):
    """Lines set justified to `width`: the space between words stretched evenly (the last
    line of the paragraph set ragged)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for i, line in enumerate(lines):
        words = line.split()
        if i == len(lines) - 1 or len(words) < 2:
            text_at(c, x, top + 12.5 * i, line, size=size)
            continue
        gap = (width - sum(stringWidth(w, "Helvetica", size) for w in words)) / (len(words) - 1)
        pos = x
        for w in words:
            text_at(c, pos, top + 12.5 * i, w, size=size)
            pos += stringWidth(w, "Helvetica", size) + gap


COL1 = ["In its last full year,", "2016-17, law enforcement", "agencies were granted", "6,237 directed surveillance",
        "authorisations, and 808 were", "still extant on 31 March 2017."]
COL2 = ["Warrants for interception", "reached 3,535 in 2017, a", "rise of just over 17.5% on", "2016. Of these, 2,306 were",
        "issued for serious crime and", "1,219 for national security."]
COL3 = ["The report counts 926", "communications data errors", "in 2017. The Commissioner", "investigated thirty-three",
        "possible serious errors and", "found twenty-four serious."]


def test_three_columns_of_justified_text(tmp_path):
    """A newsletter's three columns: each read whole, left to right; a justified line's
    stretched spaces ("authorisations,   and   808   were") part no table cells."""
    def page(c):
        text_at(c, 62, 80, "The first Investigatory Powers Commissioner's report, in three columns", size=14,
                font="Helvetica-Bold")
        for x, col in ((62, COL1), (224, COL2), (386, COL3)):
            _justified(c, x, 120, col)
    page = extract_document(make_pdf(tmp_path / "newsletter.pdf", [page]), tmp_path).pages[0]
    assert page.tables == []
    assert [b.text for b in page.blocks][1:] == [" ".join(COL1), " ".join(COL2), " ".join(COL3)]


def test_short_column_beside_longer_ones_on_other_baselines(tmp_path):
    """A page of three columns whose middle one is three lines long and set on other
    baselines: still read column by column."""
    left = ["The second report, for 2018, found", "808,214 items of communications data",
            "obtained and 1,320 applications about", "sensitive professions. Local", "authorities obtained 647 items of",
            "subscriber information in all."]
    middle = ["Applications to retain legally", "privileged material numbered 77;", "all but one (76) were approved."]
    right = ["Members' seminar, 14 May 2019,", "18:30, Room 2.04. Annual", "conference 21-22 November.",
             "Subscriptions cost the same as", "last year for every member."]

    def page(c):
        text_at(c, 62, 70, "Oversight Bulletin, page 2", size=8)
        for i, line in enumerate(left):
            text_at(c, 62, 116 + 12.6 * i, line, size=9)
        for i, line in enumerate(middle):
            text_at(c, 240, 109.5 + 12.6 * i, line, size=9)
        for i, line in enumerate(right):
            text_at(c, 400, 101 + 12.6 * i, line, size=9)
    texts = [b.text for b in extract_document(make_pdf(tmp_path / "p2.pdf", [page]), tmp_path).pages[0].blocks]
    assert " ".join(middle) in texts and " ".join(left) in texts and " ".join(right) in texts


def test_quoted_email_list_is_a_list(tmp_path, rec):
    """A printed e-mail quoting a list ("> - 2007: 519,260 requests"): the quote marks are no
    part of the text, each item is a list item, not a row of a table of dashes and years."""
    items = ["- Apr-Dec 2006: 1,435 warrants, 253,557 requests", "- 2007: 519,260 requests",
             "- 2010: 1,865 warrants", "- 2009: 157 new complaints to the IPT"]

    def page(c):
        text_at(c, 62, 100, "Hi Priya - can you check the older numbers? I have (v3 of the sheet):", size=9)
        for i, item in enumerate(items):
            text_at(c, 62, 122 + 11.5 * i, ">", size=9)
            text_at(c, 72, 122 + 11.5 * i, item, size=9)
        text_at(c, 62, 190, "Thanks, T. (ext. 4417)", size=9)
    doc = extract_document(make_pdf(tmp_path / "email-2021.pdf", [page]), tmp_path)
    pg = doc.pages[0]
    assert pg.tables == []
    assert [b.text for b in pg.blocks if b.kind == "bullet"] == items
    got = {(o.metric, o.period, o.value) for o in rec.recognize_document(doc)}
    assert {("interception.warrants.issued", "2010", 1865), ("ipt.complaints", "2009", 157)} <= got



def test_a_counter_is_no_figure_beside_another():
    """"... applicants 360. 2/9": a post's place in a thread (a page's in a document) is a
    counter, so no cell parts it from the figure before it, and a line ending so is no row
    of figures (dev6's printed thread lost the second line of its posts to such "tables")."""
    from pipeline.tables import _numish
    assert not _numish("2/9") and not _numish("24/25")
    assert _numish("360") and _numish("2019/20") and _numish("31/03/2017")   # figures, a year, a date
