"""The pdfium fast path (pipeline/pdfium_page.py) against pdfplumber, the reference it stands in
for: same words, same pages out of extraction, and the pages it must not read fall back."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils import extract_words
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import pdfium_page
from pipeline.extract import _char_words, _lean_objects, extract_document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [p for part in ("sample", "dev2", "dev3") for p in sorted((ROOT / "corpora" / part).rglob("*.pdf"))]
W, H = A4


def signature(doc) -> list:
    """What later stages read from a document: block kinds and texts, table cells, furniture,
    headings, flags; chart values and labels (their boxes are compared separately)."""
    out = []
    for p in doc.pages:
        out.append(("page", p.number, round(p.width, 1), round(p.height, 1), tuple(p.flags),
                    p.has_text_layer, tuple(p.furniture), tuple(p.headings)))
        out += [("block", p.number, b.kind, b.text, tuple(b.footnotes)) for b in p.blocks]
        out += [("table", p.number, [[getattr(c, "text", c) for c in r] for r in t.rows]) for t in p.tables]
        out += [("chart", p.number, c.kind, [(b.label, b.value) for b in c.bars])
                for c in p.charts or []]
    out += [("stitched", [[getattr(c, "text", c) for c in r] for r in t.rows]) for t in doc.tables]
    return out + [("meta", doc.title, doc.producer)]


@pytest.mark.parametrize("pdf", CORPUS, ids=lambda p: p.name)
def test_fast_path_extracts_what_pdfplumber_extracts(pdf):
    fast = extract_document(pdf, pdf.parent)
    slow = extract_document(pdf, pdf.parent, engine="pdfplumber")
    assert signature(fast) == signature(slow)
    # Bar boxes (cited as provenance) agree to a hundredth of a point... of pdfium's floats.
    for pf, ps in zip(fast.pages, slow.pages):
        for cf, cs in zip(pf.charts or [], ps.charts or []):
            for bf, bs in zip(cf.bars, cs.bars):
                assert bf.bbox == pytest.approx(bs.bbox, abs=0.05)


def test_most_corpus_pages_take_the_fast_path():
    pages = fast = 0
    for pdf in CORPUS:
        doc = pdfium_page.open_document(pdf)
        for i in range(len(doc)):
            pages += 1
            fast += pdfium_page.read_page(doc, i) is not None
        doc.close()
    assert pages >= 80 and fast >= pages - 3


def test_word_builder_groups_chars_as_pdfplumber_does():
    """extract._char_words re-implements pdfplumber's extract_words for speed: same groups."""
    compared = 0
    for pdf in CORPUS[:12]:
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                page._objects = _lean_objects(page)
                chars = page.chars
                want = [[id(c) for c in w["chars"]] for w in extract_words(
                    chars, extra_attrs=["size"], use_text_flow=False, keep_blank_chars=False,
                    return_chars=True)]
                assert [[id(c) for c in g] for g in _char_words(chars)] == want
                compared += len(want)
    assert compared > 3000


def _draw(path: Path, draw, rotate: int = 0) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    if rotate:
        c.setPageRotation(rotate)
    draw(c)
    c.showPage()
    c.save()
    return path


def _ruled_table(c):
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 80, "Table 3: Warrants issued by the Secretary of State")
    rows = [("Authority", "2017", "2018"), ("Police forces", "1,234", "2,345"),
            ("Intelligence agencies", "3,456", "4,567"), ("Total", "4,690", "6,912")]
    xs, top = [56, 250, 340, 430], H - 100
    for i, row in enumerate(rows):
        y = top - 18 * (i + 1) + 5
        c.drawString(60, y, row[0])
        for k in (1, 2):
            c.drawRightString(xs[k + 1] - 6, y, row[k])
    for i in range(len(rows) + 1):
        c.line(xs[0], top - 18 * i, xs[-1], top - 18 * i)
    for x in xs:
        c.line(x, top, x, top - 18 * len(rows))
    c.setFillColorRGB(0.2, 0.4, 0.8)
    c.rect(60, H - 300, 40, 60, fill=1, stroke=0)      # a filled rect (a bar)
    c.bezier(300, H - 300, 320, H - 260, 360, H - 260, 380, H - 300)   # a curve


def test_paths_become_pdfplumbers_lines_rects_and_curves(tmp_path):
    pdf = _draw(tmp_path / "t.pdf", _ruled_table)
    fast = pdfium_page.read_page(pdfium_page.open_document(pdf), 0)
    with pdfplumber.open(pdf) as doc:
        slow = doc.pages[0]

        def boxes(objs):
            return sorted((round(o["x0"], 1), round(o["top"], 1), round(o["x1"], 1),
                           round(o["bottom"], 1), bool(o.get("fill"))) for o in objs)

        for kind in ("line", "rect", "curve"):
            assert boxes(fast.objects.get(kind, [])) == boxes(slow.objects.get(kind, [])), kind
        assert len(fast.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})) == 1
    doc_fast = extract_document(pdf, tmp_path)
    assert [[c.text for c in r] for r in doc_fast.pages[0].tables[0].rows][-1] == ["Total", "4,690", "6,912"]
    assert signature(doc_fast) == signature(extract_document(pdf, tmp_path, engine="pdfplumber"))


def _sideways(c):
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 80, "In 2018 there were 1,234 warrants.")
    c.saveState()
    c.translate(300, 300)
    c.rotate(90)
    c.drawString(0, 0, "A caption set sideways on the page")
    c.restoreState()


def _form_xobject(c):
    c.beginForm("logo")
    c.setFont("Helvetica", 10)
    c.drawString(0, 0, "Form text")
    c.endForm()
    c.doForm("logo")
    c.drawString(60, H - 80, "In 2018 there were 1,234 warrants.")


@pytest.mark.parametrize("draw,rotate", [(_sideways, 0), (_form_xobject, 0),
                                         (lambda c: c.drawString(60, H - 80, "Rotated page"), 90)],
                         ids=["sideways-text", "form-xobject", "rotate-90"])
def test_pages_pdfium_does_not_read_like_pdfminer_fall_back(tmp_path, draw, rotate):
    pdf = _draw(tmp_path / "p.pdf", draw, rotate)
    assert pdfium_page.read_page(pdfium_page.open_document(pdf), 0) is None
    assert signature(extract_document(pdf, tmp_path)) == \
        signature(extract_document(pdf, tmp_path, engine="pdfplumber"))


def test_a_file_pdfium_cannot_open_gets_pdfplumbers_reason(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"garbage " * 200)
    assert pdfium_page.open_document(bad) is None
    with pytest.raises(Exception, match="corrupt PDF|zero pages"):
        extract_document(bad, tmp_path)
