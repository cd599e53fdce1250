"""Extraction stage tests on PDFs generated with reportlab in tmp_path (no binaries committed)."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract import ExtractionError, extract_document, extract_page, normalise_text
from pipeline.tables import find_tables, tables_json

W, H = A4  # 595 x 842 pt; reportlab y is from the bottom, pdfplumber "top" from the top

LOREM = ("the commissioner reviewed the use of investigatory powers by public authorities "
         "and found that most of them complied with the statutory requirements in the period").split()


def text_at(c, x, top, s, size=10, font="Helvetica"):
    """Draw text with its baseline `top` pt below the page top."""
    c.setFont(font, size)
    c.drawString(x, H - top, s)


def wrap(words, n):
    return [" ".join(words[i:i + n]) for i in range(0, len(words), n)]


def make_pdf(path: Path, pages, encrypt=None) -> Path:
    """pages: list of callables drawing on a canvas."""
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()
    return path


def body_texts(page):
    return [b.text for b in page.blocks]


# ---------------------------------------------------------------------------
# Layout: two columns, furniture, paragraph numbers


def two_column_page(n):
    def draw(c):
        text_at(c, 60, 40, "IPCO Annual Report 2018", size=9)          # running header
        text_at(c, 60, 90, "Chapter 8: Communications data", size=16, font="Helvetica-Bold")
        left = wrap(["LEFTSTART"] + LOREM + ["LEFTEND"], 6)
        right = wrap(["RIGHTSTART"] + LOREM + ["RIGHTEND"], 6)
        for i, s in enumerate(left):
            text_at(c, 60, 130 + 12 * i, s)
        for i, s in enumerate(right):
            text_at(c, 320, 130 + 12 * i, s)
        text_at(c, 290, 810, str(100 + n), size=9)                         # page number
    return draw


@pytest.fixture
def ex_two_column(tmp_path):
    return make_pdf(tmp_path / "twocol.pdf", [two_column_page(n) for n in range(3)])


def test_two_column_reading_order(ex_two_column, tmp_path):
    doc = extract_document(ex_two_column, tmp_path)
    assert doc.path == "twocol.pdf" and len(doc.sha256) == 64 and len(doc.pages) == 3
    page = doc.pages[0]
    texts = body_texts(page)
    assert texts[0] == "Chapter 8: Communications data"
    assert page.blocks[0].kind == "heading" and page.headings == ["Chapter 8: Communications data"]
    joined = " | ".join(texts)
    assert joined.index("LEFTSTART") < joined.index("LEFTEND") < joined.index("RIGHTSTART") \
        < joined.index("RIGHTEND")
    # the columns are separate paragraphs, not interleaved rows
    assert texts[1].startswith("LEFTSTART") and texts[1].endswith("LEFTEND")
    assert texts[2].startswith("RIGHTSTART") and texts[2].endswith("RIGHTEND")


def test_header_footer_and_page_number_set_aside(ex_two_column, tmp_path):
    doc = extract_document(ex_two_column, tmp_path)
    for n, page in enumerate(doc.pages):
        assert str(100 + n) in page.furniture
        assert "IPCO Annual Report 2018" in page.furniture
        assert not any("Annual Report" in t or t == str(100 + n) for t in body_texts(page))


def test_single_page_keeps_top_line(tmp_path):
    """A one-page document cannot show a repeated header: the top line stays text."""
    pdf = make_pdf(tmp_path / "one.pdf", [two_column_page(0)])
    page = extract_document(pdf, tmp_path).pages[0]
    assert "100" in page.furniture                      # page number is still furniture
    assert "IPCO Annual Report 2018" in body_texts(page)


def test_page_number_forms(tmp_path):
    def draw(c):
        text_at(c, 60, 100, "Some body text on the page.")
        text_at(c, 500, 40, "iv", size=9)
        text_at(c, 270, 815, "Page 3 of 12", size=9)
    page = extract_document(make_pdf(tmp_path / "p.pdf", [draw]), tmp_path).pages[0]
    assert page.furniture == ["iv", "Page 3 of 12"]
    assert body_texts(page) == ["Some body text on the page."]


def test_paranum_own_block_and_hyphen_rejoin(tmp_path):
    def draw(c):
        text_at(c, 60, 100, "18.4")
        text_at(c, 60, 120, "The commissioner examined the interception of communi-")
        text_at(c, 60, 132, "cations data across all authorities.")
        text_at(c, 60, 160, "58.")
        text_at(c, 60, 180, "An e-mail address is not broken- ")
        text_at(c, 60, 192, "Up by the join.")
    page = extract_document(make_pdf(tmp_path / "p.pdf", [draw]), tmp_path).pages[0]
    kinds = [(b.kind, b.text) for b in page.blocks]
    assert kinds[0] == ("paranum", "18.4")
    assert kinds[1] == ("paragraph", "The commissioner examined the interception of "
                                     "communications data across all authorities.")
    assert kinds[2] == ("paranum", "58.")
    # a capitalised continuation is not a broken word: the hyphen stays
    assert kinds[3][1] == "An e-mail address is not broken- Up by the join."
    blk = page.blocks[1]
    i = blk.text.index("communications")
    x0, top, x1, bottom = blk.bbox_of(i, i + len("communications"))
    assert top < 120 < bottom + 12 and bottom > 125  # spans both lines


def test_superscript_marker_split_and_bbox(tmp_path):
    def draw(c):
        c.setFont("Helvetica", 10)
        t = c.beginText(60, H - 100)
        t.textOut("In 2015, ")
        t.textOut("761,702")
        t.setFont("Helvetica", 6)
        t.setRise(4)
        t.textOut("44")
        t.setRise(0)
        t.setFont("Helvetica", 10)
        t.textOut(" items of data were acquired.")
        c.drawText(t)
    page = extract_document(make_pdf(tmp_path / "s.pdf", [draw]), tmp_path).pages[0]
    blk = page.blocks[0]
    assert blk.text == "In 2015, 761,702 items of data were acquired."
    assert "70244" not in blk.text
    assert blk.footnotes == ["44"]
    i = blk.text.index("761,702")
    x0, top, x1, bottom = blk.bbox_of(i, i + 7)
    x_expected = 60 + c_width("In 2015, ")
    assert abs(x0 - x_expected) < 1
    assert abs(x1 - (x_expected + c_width("761,702"))) < 1
    assert 88 < top < 100 < bottom < 104


def c_width(s, size=10):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(s, "Helvetica", size)


def test_normalise_ligatures_and_quotes():
    assert normalise_text("\ufb01nal \ufb02ow \u2018a\u2019 \u201cb\u201d") == "final flow 'a' \"b\""


def test_extract_page_direct(tmp_path):
    def draw(c):
        text_at(c, 60, 100, "\u2022 First bullet item")
        text_at(c, 60, 130, "Table 3: Errors by power")
        text_at(c, 60, 160, "Plain paragraph.")
    pdf = make_pdf(tmp_path / "k.pdf", [draw])
    with pdfplumber.open(pdf) as p:
        page = extract_page(p.pages[0])
    assert [b.kind for b in page.blocks] == ["bullet", "caption", "paragraph"]
    assert page.number == 1 and page.has_text_layer


# ---------------------------------------------------------------------------
# Tables

PROFESSIONS = [("Lawyer", "234"), ("Journalist", "203"), ("Member of Parliament", "113"),
               ("Minister of Religion", "272"), ("Medical Doctor", "498"), ("Total", "1,320")]


def label_value_page(c):
    text_at(c, 60, 90, "Annex D: Communications Data", size=14, font="Helvetica-Bold")
    text_at(c, 60, 120, "Applications relating to sensitive professions were as follows.")
    text_at(c, 60, 150, "Profession", font="Helvetica-Bold")
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(400, H - 150, "Applications")
    for i, (label, value) in enumerate(PROFESSIONS):
        text_at(c, 60, 168 + 16 * i, label)
        c.setFont("Helvetica", 10)
        c.drawRightString(400, H - (168 + 16 * i), value)
    text_at(c, 60, 280, "Table 4: Applications by sensitive profession, 2018")
    text_at(c, 60, 320, "In 2018 the total number of applications was 1,320 and in 2017 it")
    text_at(c, 60, 332, "was 948, which the report compares with the figure of 2016 of 1,001")


def test_unruled_label_value_table(tmp_path):
    pdf = make_pdf(tmp_path / "t.pdf", [label_value_page])
    page = extract_document(pdf, tmp_path).pages[0]
    assert len(page.tables) == 1
    t = page.tables[0]
    assert t.kind == "unruled" and t.header_rows == 1
    assert t.text_rows() == [["Profession", "Applications"]] + [list(r) for r in PROFESSIONS]
    assert t.caption == "Table 4: Applications by sensitive profession, 2018"
    assert t.title == "Applications relating to sensitive professions were as follows."
    # table lines are removed from the text flow; prose and caption stay
    texts = body_texts(page)
    assert not any("Lawyer" in s or "Profession " in s for s in texts)
    assert any(s.startswith("Table 4:") for s in texts)
    assert any("1,320 and in 2017" in s for s in texts)
    # a cell box points at the number on the page
    x0, top, x1, bottom = t.rows[6][1].bbox
    assert abs(x1 - 400) < 1 and top < 248 < bottom


def test_leader_dots_same_baseline(tmp_path):
    def draw(c):
        rows = [("Directed Surveillance", "59"), ("Property Interference", "23"), ("Total", "82")]
        for i, (label, value) in enumerate(rows):
            text_at(c, 60, 100 + 14 * i, label + " " + "." * 30)
            c.setFont("Helvetica", 10)
            c.drawRightString(420, H - (100 + 14 * i), value)
    page = extract_document(make_pdf(tmp_path / "l.pdf", [draw]), tmp_path).pages[0]
    assert [r for r in page.tables[0].text_rows()] == [
        ["Directed Surveillance", "59"], ["Property Interference", "23"], ["Total", "82"]]


def test_year_header_matrix(tmp_path):
    def draw(c):
        rows = [("Company", "2024", "2025"), ("GCHQ", "11", "9"), ("MI5", "47", "–"),
                ("SIS", "None", "3")]
        for i, row in enumerate(rows):
            text_at(c, 60, 100 + 14 * i, row[0])
            c.setFont("Helvetica", 10)
            c.drawRightString(300, H - (100 + 14 * i), row[1])
            c.drawRightString(380, H - (100 + 14 * i), row[2])
    page = extract_document(make_pdf(tmp_path / "m.pdf", [draw]), tmp_path).pages[0]
    t = page.tables[0]
    assert t.header_rows == 1
    assert t.text_rows() == [["Company", "2024", "2025"], ["GCHQ", "11", "9"],
                             ["MI5", "47", "–"], ["SIS", "None", "3"]]


def test_paragraph_with_numbers_is_not_a_table(tmp_path):
    def draw(c):
        lines = ["In 2017 a total of 3,535 warrants were issued, up on the 3,007",
                 "warrants issued in 2016 and well above the figure for 2015 of 3,059",
                 "while the number of errors reported fell to 926 from 1,101"]
        for i, s in enumerate(lines):
            text_at(c, 60, 100 + 12 * i, s)
        text_at(c, 60, 160, "Errors in 2018")
        text_at(c, 60, 172, "Errors in 2017")
    page = extract_document(make_pdf(tmp_path / "n.pdf", [draw]), tmp_path).pages[0]
    assert page.tables == []
    assert page.blocks[0].text.startswith("In 2017 a total of 3,535") \
        and page.blocks[0].text.endswith("from 1,101")


def ruled_page(c):
    text_at(c, 60, 80, "Table 2: Errors by agency")
    xs, tops = [60, 200, 300, 400], [100, 120, 140, 160]
    data = [["Agency", "2018", "2019"], ["GCHQ", "11", "9"], ["MI5", "47", "37"]]
    c.setLineWidth(0.5)
    for top in tops:
        c.line(xs[0], H - top, xs[-1], H - top)
    for x in xs:
        c.line(x, H - tops[0], x, H - tops[-1])
    for r, row in enumerate(data):
        for k, s in enumerate(row):
            text_at(c, xs[k] + 4, tops[r] + 14, s)
    text_at(c, 60, 200, "The table above shows the errors reported by each agency.")


def test_ruled_table(tmp_path):
    page = extract_document(make_pdf(tmp_path / "r.pdf", [ruled_page]), tmp_path).pages[0]
    assert len(page.tables) == 1
    t = page.tables[0]
    assert t.kind == "ruled" and t.header_rows == 1
    assert t.text_rows() == [["Agency", "2018", "2019"], ["GCHQ", "11", "9"], ["MI5", "47", "37"]]
    assert t.caption == "Table 2: Errors by agency"
    texts = body_texts(page)
    assert texts == ["Table 2: Errors by agency",
                     "The table above shows the errors reported by each agency."]


def test_find_tables_direct_and_tables_json(tmp_path):
    pdf = make_pdf(tmp_path / "r.pdf", [ruled_page, label_value_page])
    out = tables_json(pdf)
    assert [t["page"] for t in out["tables"]] == [1, 2]
    assert out["tables"][0]["rows"][1] == ["GCHQ", "11", "9"]
    assert out["tables"][1]["rows"][-1] == ["Total", "1,320"]
    assert out["tables"][0]["spans"] == []
    import json
    json.dumps(out)
    # find_tables on lines the caller supplies returns indices of the lines it used
    from pipeline.extract import _group_rows, _make_line, _words
    with pdfplumber.open(pdf) as p:
        words, _ = _words(p.pages[0])
        lines = [_make_line(ws) for ws in _group_rows(words)]
        tables, used = find_tables(p.pages[0], lines)
    assert len(tables) == 1 and sorted(used) == [1, 2, 3]


# ---------------------------------------------------------------------------
# Failures


def test_empty_file(tmp_path):
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    with pytest.raises(ExtractionError, match=r"^empty file \(0 bytes\)$"):
        extract_document(p, tmp_path)


@pytest.mark.parametrize("content, looks", [
    (b"<!DOCTYPE html><html><body>Not found</body></html>", "HTML"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "PNG image"),
    (b"Just some words in a file.\n", "text"),
])
def test_not_a_pdf(tmp_path, content, looks):
    p = tmp_path / "report.pdf"
    p.write_bytes(content)
    with pytest.raises(ExtractionError) as e:
        extract_document(p, tmp_path)
    assert str(e.value) == f"not a PDF: looks like {looks}"


def test_truncated_pdf(tmp_path):
    good = make_pdf(tmp_path / "good.pdf", [two_column_page(0)])
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(good.read_bytes()[:400])
    with pytest.raises(ExtractionError, match=r"^corrupt PDF: "):
        extract_document(bad, tmp_path)


def test_garbage_after_magic(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    with pytest.raises(ExtractionError, match=r"^corrupt PDF: "):
        extract_document(bad, tmp_path)


def test_encrypted_pdf(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption
    enc = StandardEncryption("secret", ownerPassword="owner", strength=128)
    pdf = make_pdf(tmp_path / "enc.pdf",
                   [lambda c: text_at(c, 60, 100, "Classified text about 42 warrants.")],
                   encrypt=enc)
    with pytest.raises(ExtractionError, match=r"^encrypted PDF: password required$"):
        extract_document(pdf, tmp_path)
    with pytest.raises(ExtractionError, match=r"^encrypted PDF: wrong password$"):
        extract_document(pdf, tmp_path, password="nope")
    doc = extract_document(pdf, tmp_path, password="secret")
    assert doc.pages[0].blocks[0].text == "Classified text about 42 warrants."


def test_image_only_page_has_no_text_layer(tmp_path):
    from reportlab.lib.utils import ImageReader
    from PIL import Image  # reportlab depends on pillow
    img = tmp_path / "i.png"
    Image.new("RGB", (20, 20), "red").save(img)
    pdf = make_pdf(tmp_path / "img.pdf", [lambda c: c.drawImage(ImageReader(str(img)), 100, 400, 200, 200)])
    page = extract_document(pdf, tmp_path).pages[0]
    assert page.has_text_layer is False and page.blocks == []


def test_first_line_indent_starts_paragraph(tmp_path):
    def draw(c):
        text_at(c, 75, 100, "First paragraph opens with an indent and runs")
        text_at(c, 60, 112, "on to a second line.")
        text_at(c, 75, 124, "Second paragraph starts here.")
    page = extract_document(make_pdf(tmp_path / "i.pdf", [draw]), tmp_path).pages[0]
    assert body_texts(page) == ["First paragraph opens with an indent and runs on to a second line.",
                                "Second paragraph starts here."]
