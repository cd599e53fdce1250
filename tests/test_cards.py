"""Big-number cards set side by side (a factsheet's callouts): each card is read as its own
text, never run together with the card beside it; boxes that are not cards are left alone."""
from __future__ import annotations

from pipeline.extract import extract_document
from test_extract import H, make_pdf, text_at

CARDS = [("808,214", ["items of communications", "data obtained in 2018"]),
         ("3,535", ["interception warrants", "issued in 2017"]),
         ("1,063", ["communications data", "errors in 2019"])]


def _card_row(c, cards, top=150, width=150, gap=10, big=20, fill=(0.9, 0.95, 0.94)):
    for k, (figure, label) in enumerate(cards):
        x = 60 + k * (width + gap)
        c.setFillColorRGB(*fill)
        c.rect(x, H - top - 70, width, 70, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text_at(c, x + 8, top + 24, figure, size=big, font="Helvetica-Bold")
        for i, line in enumerate(label):
            text_at(c, x + 8, top + 42 + 12 * i, line, size=9)


def test_each_card_is_its_own_block(tmp_path):
    def page(c):
        text_at(c, 60, 100, "Surveillance in numbers", size=16, font="Helvetica-Bold")
        _card_row(c, CARDS)
        text_at(c, 60, 260, "Every figure above comes from the published reports.")
    pdf = make_pdf(tmp_path / "cards.pdf", [page])
    blocks = extract_document(pdf, tmp_path).pages[0].blocks
    texts = [(b.kind, b.text) for b in blocks]
    assert texts == [
        ("heading", "Surveillance in numbers"),
        ("bullet", "808,214 items of communications data obtained in 2018"),
        ("bullet", "3,535 interception warrants issued in 2017"),
        ("bullet", "1,063 communications data errors in 2019"),
        ("paragraph", "Every figure above comes from the published reports."),
    ]
    # each card's figure keeps its own box (provenance)
    first = blocks[1]
    assert first.bbox_of(0, 7)[0] < 80 and blocks[3].bbox_of(0, 5)[0] > 380


def test_boxes_that_are_not_cards_are_left_to_the_flow(tmp_path):
    def page(c):
        # the figure no larger than its label: shaded panels, not callouts
        _card_row(c, CARDS, big=9)
        # one card alone is a panel, not a row of cards
        _card_row(c, CARDS[:1], top=400)
    pdf = make_pdf(tmp_path / "panels.pdf", [page])
    page = extract_document(pdf, tmp_path).pages[0]
    # read as before: the row of panels a table of figures over their labels; the lone
    # panel's big figure over its label is one callout item (extract._callout_blocks)
    [table] = page.tables
    assert [c.text for c in table.rows[0]] == ["808,214", "3,535", "1,063"]
    assert [(b.kind, b.text) for b in page.blocks] == [("bullet", "808,214 items of communications data obtained in 2018")]
