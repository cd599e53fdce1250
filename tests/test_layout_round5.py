"""Layout reading, round 5: prose-heavy genres (a tribunal judgment's bracketed paragraph
numbers, a book's hanging section numbers and footnote markers, a feature's drop cap) and
figure pages (a dashboard's tiles, a donut's key). Each PDF is drawn with reportlab into
tmp_path; each test fails without the change it covers."""
from __future__ import annotations

from pipeline.extract import extract_document
from test_extract import H, make_pdf, text_at


def _texts(page):
    return [(b.kind, b.text) for b in page.blocks]


def _marked(c, x, top, parts, size=11, font="Times-Roman"):
    """A line of text runs and raised footnote markers: parts are str (text) or
    ("sup", marker)."""
    t = c.beginText(x, H - top)
    for p in parts:
        if isinstance(p, tuple):
            t.setFont(font, size / 2)
            t.setRise(size * 0.4)
            t.textOut(p[1])
            t.setRise(0)
        else:
            t.setFont(font, size)
            t.textOut(p)
    c.drawText(t)


# ---------------------------------------------------------------------------
# 1. A paragraph number hanging in the margin ("[2]" left of the text, the lines under the
#    text's edge) opens the paragraph; its second line is no new paragraph.

JUDGMENT = [
    ("[1]", ["This is the judgment of the Tribunal. The Claimant complains under section 65",
             "of the Act that data relating to his telephone were obtained without a proper",
             "assessment of necessity."]),
    ("[2]", ["Ms Corrigan began with the scale of the regime. The Interception of Communications",
             "Commissioner's report for 2016 recorded that public authorities obtained 754,559",
             "items of communications data in that year."]),
]


def _judgment(c):
    top = 100
    for num, lines in JUDGMENT:
        text_at(c, 62, top, num, size=11, font="Times-Roman")
        for k, line in enumerate(lines):
            text_at(c, 92, top + 14.5 * k, line, size=11, font="Times-Roman")
        top += 14.5 * len(lines) + 8


def test_hanging_paragraph_number_keeps_its_paragraph_whole(tmp_path):
    page = extract_document(make_pdf(tmp_path / "judgment.pdf", [_judgment]), tmp_path).pages[0]
    texts = [t for _, t in _texts(page)]
    for num, lines in JUDGMENT:
        assert " ".join([num] + lines) in texts
    assert not page.tables


def _book_section(c):
    # "7.1.1" set in the margin a word space from the text, the lines under the text
    text_at(c, 62, 100, "7.1.1", size=11, font="Times-Roman")
    text_at(c, 88, 100, "The report for 2013 is the last to give a breakdown by agency. It records",
            size=11, font="Times-Roman")
    text_at(c, 88, 114.5, "58,996 notices and authorisations for the intelligence agencies in that year.",
            size=11, font="Times-Roman")


def test_hanging_section_number_keeps_its_paragraph_whole(tmp_path):
    page = extract_document(make_pdf(tmp_path / "book.pdf", [_book_section]), tmp_path).pages[0]
    assert _texts(page) == [("paragraph", "7.1.1 The report for 2013 is the last to give a breakdown by agency. "
                                          "It records 58,996 notices and authorisations for the intelligence "
                                          "agencies in that year.")]


# ---------------------------------------------------------------------------
# 2. Prose with a footnote marker before a full stop, and citations ("(IOCCO 2014: 31)",
#    "(2017: 210)"), is no unruled table.

def _book_prose(c):
    f = "Times-Roman"
    text_at(c, 88, 100, "authorisations for the intelligence agencies, of which the Security Service accounted for",
            size=11, font=f)
    _marked(c, 88, 114.5, ["GCHQ for 1,406 and the Secret Intelligence Service for 672", ("sup", "2"),
                           ". Other public authorities made 2,603"])
    text_at(c, 88, 129, "(IOCCO 2014: 31).", size=11, font=f)
    text_at(c, 62, 150, "7.1.2", size=11, font=f)
    text_at(c, 88, 150, "The same report counted seven errors with very serious consequences. As Ellery (2017: 210)",
            size=11, font=f)
    text_at(c, 88, 164.5, "observes, a count of this size invites anecdote rather than analysis; the seven",
            size=11, font=f)


def test_footnoted_sentence_and_citations_are_no_table(tmp_path):
    page = extract_document(make_pdf(tmp_path / "chapter.pdf", [_book_prose]), tmp_path).pages[0]
    assert not page.tables
    text = " ".join(t for _, t in _texts(page))
    assert "Secret Intelligence Service for 672. Other public authorities made 2,603 (IOCCO 2014: 31)." in text
    assert "As Ellery (2017: 210) observes" in text


# ---------------------------------------------------------------------------
# 3. Bracketed paragraph numbers down the margin, a heading between them, are no table.

def _judgment_end(c):
    f = "Times-Roman"
    text_at(c, 62, 100, "[13]", size=11, font=f)
    text_at(c, 92, 100, "None of this history bears directly on the lawfulness of the single authorisation",
            size=11, font=f)
    text_at(c, 92, 114.5, "before us, and we turn to the facts at [14] to [38] below.", size=11, font=f)
    text_at(c, 62, 142, "Conclusion", size=11.5, font="Times-Bold")
    text_at(c, 62, 161, "[39]", size=11, font=f)
    text_at(c, 92, 161, "For the reasons given at [22] to [31], we find that the designated person did not",
            size=11, font=f)
    text_at(c, 92, 175.5, "consider necessity and proportionality for himself.", size=11, font=f)


def test_bracketed_paragraph_numbers_are_no_table(tmp_path):
    page = extract_document(make_pdf(tmp_path / "judgment-end.pdf", [_judgment_end]), tmp_path).pages[0]
    assert not page.tables
    assert _texts(page) == [
        ("paragraph", "[13] None of this history bears directly on the lawfulness of the single authorisation "
                      "before us, and we turn to the facts at [14] to [38] below."),
        ("heading", "Conclusion"),
        ("paragraph", "[39] For the reasons given at [22] to [31], we find that the designated person did not "
                      "consider necessity and proportionality for himself."),
    ]


# ---------------------------------------------------------------------------
# 4. A drop cap three lines tall joins the word it opens; the lines beside it are not
#    interleaved.

DROP = ["n a grey morning in a converted office block in central London, a handful of",
        "inspectors start the working day by opening files that most of the country will never",
        "see. What they count, and how, decides what the rest of us know about the state's"]


def _drop_cap(c):
    text_at(c, 62, 146, "O", size=34, font="Times-Roman")
    for k, line in enumerate(DROP):
        text_at(c, 96, 124 + 15 * k, line, size=10, font="Times-Roman")
    text_at(c, 62, 124 + 45, "appetite for data.", size=10, font="Times-Roman")


def test_drop_cap_joins_its_word_and_lines_stay_apart(tmp_path):
    page = extract_document(make_pdf(tmp_path / "longread.pdf", [_drop_cap]), tmp_path).pages[0]
    assert _texts(page) == [("paragraph", "O" + " ".join(DROP) + " appetite for data.")]


# ---------------------------------------------------------------------------
# 5. Punctuation right after a footnote marker closes the word before it.

def _colon_after_marker(c):
    _marked(c, 62, 100, ["In 2015 the Commissioner made 366 recommendations to public authorities", ("sup", "4"),
                         ": 29 rated red"], size=10, font="Helvetica")


def test_no_space_before_punctuation_after_a_marker(tmp_path):
    page = extract_document(make_pdf(tmp_path / "consultation.pdf", [_colon_after_marker]), tmp_path).pages[0]
    assert _texts(page) == [("paragraph", "In 2015 the Commissioner made 366 recommendations to public "
                                          "authorities: 29 rated red")]
    assert page.blocks[0].footnotes == ["4"]


# ---------------------------------------------------------------------------
# 6. Dashboard tiles: a capitalised label over a big figure over small text, in a grid of
#    shaded boxes, each tile one item; a sparkline's labels and a badge apart from it.

TILES = [("CD ITEMS OBTAINED", "808,214", "items in 2018"),
         ("CD ERRORS REPORTED", "903", "errors in 2018"),
         ("ERRORS FOUND SERIOUS", "8", "determinations in 2018")]


def _tiles(c):
    text_at(c, 62, 80, "Investigatory powers: headline indicators", size=17, font="Helvetica-Bold")
    for k, (label, figure, text) in enumerate(TILES):
        x = 62 + 160 * k
        c.setFillColorRGB(0.97, 0.98, 0.98)
        c.rect(x, H - 214, 151, 89, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text_at(c, x + 8, 139, label, size=7.6, font="Helvetica-Bold")
        text_at(c, x + 8, 163, figure, size=21, font="Helvetica-Bold")
        text_at(c, x + 8, 174, text, size=7.8)
        text_at(c, x + 16, 194, "1,199", size=6.8)             # a sparkline's first point
        text_at(c, x + 14, 206, "2015", size=6.3)
        text_at(c, x + 122, 206, "2018", size=6.3)
    # a badge in the first tile's row below: its own small shaded box
    c.setFillColorRGB(0.97, 0.98, 0.98)
    c.rect(62, H - 320, 151, 89, stroke=0, fill=1)
    c.rect(222, H - 320, 151, 89, stroke=0, fill=1)
    c.setFillColorRGB(0.86, 0.94, 0.89)
    c.rect(68, H - 294, 52, 11, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    text_at(c, 70, 245, "LPP APPLICATIONS", size=7.6, font="Helvetica-Bold")
    text_at(c, 70, 269, "77", size=21, font="Helvetica-Bold")
    text_at(c, 70, 281, "legally privileged material, 2018", size=7.8)
    text_at(c, 72, 291, "76 approved", size=7.5, font="Helvetica-Bold")
    text_at(c, 230, 245, "CHIS AUTHORISATIONS (LEAS)", size=7.6, font="Helvetica-Bold")
    text_at(c, 230, 269, "1,958", size=21, font="Helvetica-Bold")
    text_at(c, 230, 281, "law enforcement, 2018", size=7.8)


def test_dashboard_tiles_are_read_one_by_one(tmp_path):
    page = extract_document(make_pdf(tmp_path / "dashboard.pdf", [_tiles]), tmp_path).pages[0]
    texts = _texts(page)
    for label, figure, text in TILES:
        assert ("bullet", f"{label} {figure} {text}") in texts
    assert ("bullet", "LPP APPLICATIONS 77 legally privileged material, 2018") in texts
    assert ("bullet", "76 approved") in texts
    assert ("bullet", "CHIS AUTHORISATIONS (LEAS) 1,958 law enforcement, 2018") in texts
    # a tile's items in order: its callout, then what else it holds
    k = texts.index(("bullet", "CD ITEMS OBTAINED 808,214 items in 2018"))
    assert texts[k + 1:k + 3] == [("bullet", "1,199"), ("bullet", "2015 2018")]
    assert not any("808,214 903" in t or "2015 2018 2015" in t for _, t in texts)


# ---------------------------------------------------------------------------
# 7. A chart's key (colour keys, label, share) is no label/value table.

KEY = [("Single point of contact", "47%"), ("Applicant", "26%"), ("Designated person", "5%"), ("Other", "2%")]


def _donut_key(c):
    text_at(c, 62, 100, "Figure 7.2 Communications data errors by party responsible, 2012", size=9.5,
            font="Helvetica-Bold")
    for k, (label, share) in enumerate(KEY):
        top = 130 + 15.5 * k
        c.setFillColorRGB(0.2, 0.4, 0.6)
        c.rect(185, H - top - 1, 8, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text_at(c, 198, top, label, size=9)
        text_at(c, 369 - 4.5 * len(share), top, share, size=9)


def test_chart_key_is_no_table(tmp_path):
    page = extract_document(make_pdf(tmp_path / "figures.pdf", [_donut_key]), tmp_path).pages[0]
    assert not page.tables
    texts = [t for _, t in _texts(page)]
    assert any("Other 2%" in t for t in texts)


# ---------------------------------------------------------------------------
# 8. A grid of tiles, each a small bar chart: each tile read on its own, so the labels of
#    tiles side by side never join ("SPoC 381 POWER, 2018 Doctors").

TILE_CHARTS = [("CD ERRORS BY PARTY, 2018", [("SPoC", 381), ("Applicant", 360), ("CSP", 140), ("Designated person", 22)]),
               ("SURVEILLANCE ERRORS BY POWER", [("Directed", 59), ("Property", 23), ("CHIS", 14), ("Intrusive", 9)]),
               ("SENSITIVE PROFESSIONS, 2018", [("Doctors", 498), ("Clergy", 272), ("Lawyers", 234), ("MPs", 113)])]


def _tile_charts(c):
    for k, (title, bars) in enumerate(TILE_CHARTS):
        x = 62 + 166 * k
        c.setFillColorRGB(0.97, 0.98, 0.98)
        c.setStrokeColorRGB(0.75, 0.8, 0.85)
        c.rect(x, H - 190, 157, 88, stroke=1, fill=1)
        c.setFillColorRGB(0.15, 0.28, 0.42)
        text_at(c, x + 8, 116, title, size=7.6, font="Helvetica-Bold")
        top = max(v for _, v in bars)
        for j, (label, value) in enumerate(bars):
            base = 130 + 14.5 * j
            c.setFillColorRGB(0, 0, 0)
            text_at(c, x + 8, base, label, size=7)
            length = 55 * value / top
            c.setFillColorRGB(0.36, 0.5, 0.66)
            c.rect(x + 70, H - base - 1, length, 8, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            text_at(c, x + 73 + length, base, str(value), size=7, font="Helvetica-Bold")


def test_tiles_of_bar_charts_are_read_one_by_one(tmp_path):
    page = extract_document(make_pdf(tmp_path / "breakdowns.pdf", [_tile_charts]), tmp_path).pages[0]
    labels = {(b.label, b.value) for ch in page.charts for b in ch.bars}
    rows = {(r[0], r[-1]) for t in page.tables for r in t.text_rows()}
    for _, bars in TILE_CHARTS:
        for label, value in bars:
            assert (label, str(value)) in labels | rows
    assert not any("SPoC" in lb and "Doctors" in lb for lb, _ in labels | rows)


def _questions(c):
    f = "Times-Roman"
    text_at(c, 62, 100, "Q212", size=10.6, font=f)
    text_at(c, 100, 100, "Chair: Good morning and welcome. Thank you both for coming at short notice.",
            size=10.6, font=f)
    text_at(c, 100, 114, "Could you give us a sense of scale first?", size=10.6, font=f)


def test_hanging_question_number_keeps_its_question_whole(tmp_path):
    page = extract_document(make_pdf(tmp_path / "oral-evidence.pdf", [_questions]), tmp_path).pages[0]
    assert _texts(page) == [("paragraph", "Q212 Chair: Good morning and welcome. Thank you both for coming at "
                                          "short notice. Could you give us a sense of scale first?")]
