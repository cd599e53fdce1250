"""Table extraction on real PDFs drawn with reportlab in tmp_path: continued tables, spanning
headers, footnote markers, two-column pages, rotated and sideways pages, image-only pages,
bar charts, multi-line cells, and the `tables` command."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from pipeline.extract import extract_document
from pipeline.tables import tables_json

W, H = A4

PROSE = ("the commissioner reviewed the use of investigatory powers by public authorities "
         "and found that most of them complied with the statutory requirements in the period").split()


def text_at(c, x, top, s, size=10, font="Helvetica"):
    c.setFont(font, size)
    c.drawString(x, H - top, s)


def right_at(c, x, top, s, size=10, font="Helvetica"):
    c.setFont(font, size)
    c.drawRightString(x, H - top, s)


def make_pdf(path: Path, pages, rotate=None) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, draw in enumerate(pages):
        if rotate and rotate[i]:
            c.setPageRotation(rotate[i])
        draw(c)
        c.showPage()
    c.save()
    return path


def prose(c, top, n_lines, x=60, width_words=11):
    for i in range(n_lines):
        words = PROSE[(i * 3) % 10:][:width_words]
        text_at(c, x, top + 13 * i, " ".join(words))


AUTHORITIES = [(f"Police force {chr(65 + i)}", f"{(i + 3) * 137:,}", f"{(i + 5) * 91:,}")
               for i in range(14)]


def matrix(c, rows, top, header=True, xs=(60, 330, 430)):
    """Label + two right-aligned numeric columns, 14 pt apart; returns the next free top."""
    y = top
    if header:
        text_at(c, xs[0], y, "Public authority", font="Helvetica-Bold")
        right_at(c, xs[1], y, "2018", font="Helvetica-Bold")
        right_at(c, xs[2], y, "2019", font="Helvetica-Bold")
        y += 16
    for label, a, b in rows:
        text_at(c, xs[0], y, label)
        right_at(c, xs[1], y, a)
        right_at(c, xs[2], y, b)
        y += 14
    return y


# ---------------------------------------------------------------------------
# Tables continued across pages


def _continued(tmp_path, repeat_header: bool):
    def p1(c):
        text_at(c, 60, 80, "Chapter 3: Communications data", size=14, font="Helvetica-Bold")
        prose(c, 110, 4)
        text_at(c, 60, 180, "Table 7: Requests by public authority")
        matrix(c, AUTHORITIES[:8], 600)

    def p2(c):
        y = matrix(c, AUTHORITIES[8:], 90, header=repeat_header)
        prose(c, y + 30, 3)

    return extract_document(make_pdf(tmp_path / "cont.pdf", [p1, p2]), tmp_path)


def test_table_split_across_pages_repeated_header(tmp_path):
    doc = _continued(tmp_path, repeat_header=True)
    assert [len(p.tables) for p in doc.pages] == [1, 1]
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.pages == [1, 2] and t.page == 1
    assert t.header_rows == 1
    rows = t.text_rows()
    assert rows[0] == ["Public authority", "2018", "2019"]          # header kept once
    assert rows[1:] == [list(r) for r in AUTHORITIES]
    assert [c.page for c in (t.rows[1][1], t.rows[8][1], t.rows[9][1], t.rows[-1][1])] == [1, 1, 2, 2]
    assert t.rows[9][1].bbox[1] < 200  # the cell's box is on page 2, near its top


def test_table_split_across_pages_absent_header(tmp_path):
    doc = _continued(tmp_path, repeat_header=False)
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.pages == [1, 2]
    assert t.text_rows()[1:] == [list(r) for r in AUTHORITIES]
    # The page-2 part alone still knows its columns: the header is copied in front.
    part = doc.pages[1].tables[0]
    assert part.continues_from == 1 and part.header_rows == 1
    assert part.text_rows()[0] == ["Public authority", "2018", "2019"]
    assert part.rows[0][1].page == 1 and part.rows[1][1].page == 2


def test_new_table_on_next_page_is_not_stitched(tmp_path):
    def p1(c):
        matrix(c, AUTHORITIES[:8], 600)

    def p2(c):
        text_at(c, 60, 80, "Table 8: Errors by public authority")
        matrix(c, AUTHORITIES[8:], 100)

    doc = extract_document(make_pdf(tmp_path / "two.pdf", [p1, p2]), tmp_path)
    assert len(doc.tables) == 2 and all(t.pages == [] for t in doc.tables)


# ---------------------------------------------------------------------------
# Spanning header cells


def test_spanning_header_unruled(tmp_path):
    def draw(c):
        text_at(c, 60, 90, "Table 2: Warrants by agency and year")
        # "Warrants" is centred over the two year columns
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(345, H - 110, "Warrants issued")
        right_at(c, 300, 124, "2018", font="Helvetica-Bold")
        right_at(c, 390, 124, "2019", font="Helvetica-Bold")
        for i, (a, x, y) in enumerate([("GCHQ", "1,406", "1,511"), ("MI5", "2,250", "2,310"),
                                       ("SIS", "672", "701"), ("Total", "4,328", "4,522")]):
            text_at(c, 60, 140 + 14 * i, a)
            right_at(c, 300, 140 + 14 * i, x)
            right_at(c, 390, 140 + 14 * i, y)

    doc = extract_document(make_pdf(tmp_path / "span.pdf", [draw]), tmp_path)
    t = doc.pages[0].tables[0]
    rows = t.text_rows()
    assert rows[0] == ["", "Warrants issued", "Warrants issued"]   # repeated in each position
    assert (0, 1, 0, 2) in t.spans                                  # listed once
    assert rows[1] == ["", "2018", "2019"]
    assert rows[-1] == ["Total", "4,328", "4,522"]
    assert t.header_rows == 2


def test_spanning_header_ruled(tmp_path):
    def draw(c):
        xs, tops = [60, 200, 300, 400], [100, 120, 140, 160, 180]
        c.setLineWidth(0.5)
        for top in tops:
            x1 = xs[-1]
            c.line(xs[0], H - top, x1, H - top)
        for x in xs:
            # the middle rule stops under the merged "Errors" cell
            start = tops[1] if x == 300 else tops[0]
            c.line(x, H - start, x, H - tops[-1])
        text_at(c, 64, 114, "Agency")
        c.setFont("Helvetica", 10)
        c.drawCentredString(300, H - 114, "Errors")
        data = [["", "2018", "2019"], ["GCHQ", "11", "9"], ["MI5", "47", "37"]]
        for r, row in enumerate(data):
            for k, s in enumerate(row):
                text_at(c, xs[k] + 4, tops[r + 1] + 14, s)

    doc = extract_document(make_pdf(tmp_path / "rspan.pdf", [draw]), tmp_path)
    t = doc.pages[0].tables[0]
    assert t.kind == "ruled"
    rows = t.text_rows()
    assert rows[0][1] == rows[0][2] == "Errors"
    assert (0, 1, 0, 2) in t.spans
    assert rows[2] == ["GCHQ", "11", "9"]


# ---------------------------------------------------------------------------
# Footnote markers


def test_footnote_marker_in_table_and_prose(tmp_path):
    def draw(c):
        text_at(c, 60, 100, "The number of notices was 2,509")
        c.setFont("Helvetica", 6)
        c.drawString(60 + c.stringWidth("The number of notices was 2,509", "Helvetica", 10) + 0.5,
                     H - 96, "9")
        text_at(c, 60 + c.stringWidth("The number of notices was 2,509", "Helvetica", 10) + 5, 100,
                "in the year, as the table shows.")
        rows = [("Notices given", "2,509", "9"), ("Notices refused", "41", ""), ("Total", "2,550", "")]
        for i, (label, value, mark) in enumerate(rows):
            top = 140 + 14 * i
            text_at(c, 60, top, label)
            right_at(c, 330, top, value)
            if mark:
                c.setFont("Helvetica", 6)
                c.drawString(330.5, H - top + 4, mark)
            right_at(c, 430, top, str(10 + i))

    page = extract_document(make_pdf(tmp_path / "fn.pdf", [draw]), tmp_path).pages[0]
    assert page.tables and page.tables[0].text_rows()[0] == ["Notices given", "2,509", "10"]
    assert page.tables[0].rows[0][1].footnotes == ["9"]       # the marker kept as a reference
    assert page.tables[0].rows[1][1].footnotes == []
    prose_block = next(b for b in page.blocks if "notices was" in b.text)
    assert "2,509 in the year" in prose_block.text and "25099" not in prose_block.text
    assert "9" in prose_block.footnotes


# ---------------------------------------------------------------------------
# Layout: two columns, paragraphs, multi-line cells


def test_two_column_prose_page_has_no_table(tmp_path):
    def draw(c):
        for i in range(30):
            text_at(c, 60, 100 + 12 * i, " ".join(PROSE[i % 9:][:6]))
            text_at(c, 320, 100 + 12 * i, " ".join(PROSE[(i + 4) % 9:][:6]))

    page = extract_document(make_pdf(tmp_path / "2col.pdf", [draw]), tmp_path).pages[0]
    assert page.tables == []
    assert len(page.blocks) == 2   # left column, then right column


def test_bullets_and_numbered_paragraphs_are_not_tables(tmp_path):
    def draw(c):
        for i in range(5):
            text_at(c, 60, 100 + 14 * i, "•")
            text_at(c, 80, 100 + 14 * i, " ".join(PROSE[i:][:10]))
        for i in range(4):
            text_at(c, 60, 200 + 28 * i, f"3.{i + 1}")
            text_at(c, 95, 200 + 28 * i, " ".join(PROSE[i:][:11]))
            text_at(c, 95, 212 + 28 * i, " ".join(PROSE[i + 3:][:9]))

    page = extract_document(make_pdf(tmp_path / "bul.pdf", [draw]), tmp_path).pages[0]
    assert page.tables == []


def test_multi_line_cell_is_one_row(tmp_path):
    def draw(c):
        text_at(c, 60, 100, "Power", font="Helvetica-Bold")
        right_at(c, 400, 100, "Errors", font="Helvetica-Bold")
        rows = [(["Directed surveillance"], "59"),
                (["Covert human intelligence sources", "(including undercover officers)"], "14"),
                (["Property interference"], "23")]
        top = 116
        for label_lines, value in rows:
            right_at(c, 400, top, value)
            for k, s in enumerate(label_lines):
                text_at(c, 60, top + 12 * k, s)
            top += 12 * len(label_lines) + 4

    t = extract_document(make_pdf(tmp_path / "ml.pdf", [draw]), tmp_path).pages[0].tables[0]
    assert t.text_rows() == [
        ["Power", "Errors"], ["Directed surveillance", "59"],
        ["Covert human intelligence sources (including undercover officers)", "14"],
        ["Property interference", "23"]]


# ---------------------------------------------------------------------------
# Rotated and sideways pages, image-only pages


def test_rotated_page(tmp_path):
    def draw(c):
        matrix(c, AUTHORITIES[:5], 100)

    doc = extract_document(make_pdf(tmp_path / "rot.pdf", [draw], rotate=[90]), tmp_path)
    page = doc.pages[0]
    assert "rotated" in page.flags
    assert page.tables and page.tables[0].text_rows()[1] == list(AUTHORITIES[0])


def test_sideways_table_on_portrait_page(tmp_path):
    def draw(c):
        # a landscape table printed sideways: text reads bottom to top
        c.saveState()
        c.translate(W, 0)
        c.rotate(90)
        for i, (label, a, b) in enumerate(AUTHORITIES[:6]):
            y = W - 100 - 14 * i
            c.setFont("Helvetica", 10)
            c.drawString(80, y, label)
            c.drawRightString(400, y, a)
            c.drawRightString(520, y, b)
        c.restoreState()

    page = extract_document(make_pdf(tmp_path / "side.pdf", [draw]), tmp_path).pages[0]
    assert "sideways-text" in page.flags
    assert len(page.tables) == 1
    assert page.tables[0].text_rows() == [list(r) for r in AUTHORITIES[:6]]


def test_image_only_page_flagged(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = tmp_path / "scan.png"
    Image.new("RGB", (40, 40), "white").save(img)

    def scanned(c):
        c.drawImage(ImageReader(str(img)), 50, 50, 500, 700)

    def text(c):
        matrix(c, AUTHORITIES[:4], 100)

    doc = extract_document(make_pdf(tmp_path / "scan.pdf", [scanned, text]), tmp_path)
    assert doc.pages[0].has_text_layer is False and "image-only" in doc.pages[0].flags
    assert doc.pages[0].tables == []
    assert doc.pages[1].has_text_layer and len(doc.pages[1].tables) == 1


# ---------------------------------------------------------------------------
# Charts: value labels and axis ticks are not a table


def test_bar_chart_ticks_are_not_a_table(tmp_path):
    def draw(c):
        text_at(c, 60, 80, "Figure 3: Warrants issued by year")
        base, x0 = 400, 100
        c.line(x0, H - base, x0 + 320, H - base)
        c.line(x0, H - base, x0, H - base + 250)
        for k, tick in enumerate(range(0, 3001, 500)):          # y axis ticks
            y = base - k * 40
            right_at(c, x0 - 6, y + 3, f"{tick:,}", size=8)
            c.line(x0 - 3, H - y, x0, H - y)
        for k, (year, value) in enumerate([("2015", 3059), ("2016", 3007), ("2017", 2535)]):
            left = x0 + 30 + 100 * k
            height = value / 500 * 40
            c.rect(left, H - base, 50, height, fill=1)
            c.setFont("Helvetica", 8)
            c.drawCentredString(left + 25, H - base + height + 4, f"{value:,}")   # value label
            c.drawCentredString(left + 25, H - base - 12, year)                   # category
        prose(c, 440, 3)

    page = extract_document(make_pdf(tmp_path / "chart.pdf", [draw]), tmp_path).pages[0]
    cells = [c.text for t in page.tables for row in t.rows for c in row if c]
    assert "1,500" not in cells and "2,500" not in cells


def test_chart_legends_side_by_side_are_not_a_table(tmp_path):
    def draw(c):
        text_at(c, 60, 80, "Figure 10: Errors by responsible party and reasons applications were returned")
        for col, items in ((160, [("SPoC", "21%"), ("Applicant", "16%"), ("CSP", "5%")]),
                           (400, [("43.5%", "Other"), ("39.4%", "Clarity")])):
            for k, (a, b) in enumerate(items):
                top = 120 + 26 * k
                c.setFillColorRGB(0.2, 0.3, 0.6)
                c.rect(col, H - top, 8, 8, fill=1, stroke=0)       # colour key
                c.setFillColorRGB(0, 0, 0)
                text_at(c, col + 14, top, a, size=9)
                text_at(c, col + 70, top, b, size=9)
        prose(c, 260, 3)

    page = extract_document(make_pdf(tmp_path / "legend.pdf", [draw]), tmp_path).pages[0]
    assert page.tables == []


def test_horizontal_axis_ticks_and_legend_are_not_a_table(tmp_path):
    def draw(c):
        text_at(c, 60, 80, "Figure 4: Share of requests by purpose")
        for k in range(3):                                        # stacked bars
            c.rect(100, H - (120 + 30 * k), 300, 18, fill=0)
        for k in range(11):                                       # x axis ticks in a row
            c.setFont("Helvetica", 8)
            c.drawCentredString(100 + 30 * k, H - 222, f"{10 * k}%")
        for k, label in enumerate(["Crime", "Security", "Other"]):  # legend under the ticks
            text_at(c, 140 + 110 * k, 236, label, size=8)
        prose(c, 280, 3)

    page = extract_document(make_pdf(tmp_path / "hchart.pdf", [draw]), tmp_path).pages[0]
    cells = [c.text for t in page.tables for row in t.rows for c in row if c]
    assert not any(t in cells for t in ("10%", "50%", "100%"))


# ---------------------------------------------------------------------------
# The `tables` command


def test_cli_tables_json_and_csv(tmp_path):
    from cli import app

    doc = _continued(tmp_path, repeat_header=True)
    pdf = tmp_path / "cont.pdf"
    assert doc.tables
    runner = CliRunner()
    res = runner.invoke(app, ["tables", str(pdf), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert len(data["tables"]) == 1
    t = data["tables"][0]
    assert t["page"] == 1 and t["pages"] == [1, 2] and t["spans"] == []
    assert t["rows"][0] == ["Public authority", "2018", "2019"] and len(t["rows"]) == 15

    out = tmp_path / "csv"
    res = runner.invoke(app, ["tables", str(pdf), "--format", "csv", "--out", str(out)])
    assert res.exit_code == 0, res.output
    files = sorted(out.glob("*.csv"))
    assert len(files) == 1
    with open(files[0], newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows == t["rows"]
    assert tables_json(pdf)["tables"][0]["rows"] == t["rows"]


def test_lean_objects_match_pdfplumber(tmp_path):
    """extract.py builds pdfplumber's page objects itself (faster); they must be identical."""
    import pdfplumber

    from pipeline.extract import _lean_objects

    def draw(c):
        c.setPageCompression(0)
        matrix(c, AUTHORITIES[:5], 100)
        c.setFillColorRGB(0.2, 0.4, 0.6)
        c.rect(60, H - 300, 200, 20, fill=1)
        c.line(60, H - 320, 400, H - 320)
        c.setFont("Helvetica", 6)
        c.drawString(100, H - 330, "1")

    pdf = make_pdf(tmp_path / "objs.pdf", [draw], rotate=None)
    with pdfplumber.open(pdf) as p:
        page = p.pages[0]
        expected = page.objects
        del page._objects
        assert _lean_objects(page) == expected


def test_pages_sharing_one_content_stream(tmp_path):
    """Decoded page content is released after each page, but not a stream two pages draw."""
    content = b"BT /F1 12 Tf 72 720 Td (Shared page text 42) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    pdf = tmp_path / "shared.pdf"
    pdf.write_bytes(bytes(out))
    doc = extract_document(pdf, tmp_path)
    assert [p.blocks[0].text for p in doc.pages] == ["Shared page text 42"] * 2
