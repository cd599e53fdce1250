"""Layout reading, round 9: dev13's WeasyPrint and xhtml2pdf documents (a journal's justified,
hyphenated columns with a table across both under them; a Hansard page of two columns with
column numbers and bold speaker labels run into the text; a book review's raised initial),
dev12's infographic of framed tiles and a chart key left over a sentence, and dev11's
browser-printed news page with a "Most read" sidebar set off by a rule. Each PDF is built into
tmp_path (or is a development document's page); each test fails without the change it covers."""
from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from pipeline.extract import extract_document

ROOT = Path(__file__).resolve().parent.parent
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _page(path: Path, n: int = 0):
    return extract_document(path, path.parent).pages[n]


def _texts(page) -> list[str]:
    return [b.text for b in page.blocks]


def _lines(path: Path, lines: list[str], font: str = "Helvetica", x: float = 60, y: float = 80,
           lead: float = 13.0) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    if font == "DejaVu":
        pdf.add_font("DejaVu", fname=str(_DEJAVU))
    pdf.set_font(font, size=10)
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(400, 12, line)
        y += lead
    pdf.output(str(path))
    return path


# ---------------------------------------------------------------------------
# 1. Hyphens at line ends: the typesetter's (U+2010, or an ASCII one before a plain word
#    part) are dropped, a compound's ("nine-month", "twenty-four") kept.

@pytest.mark.skipif(not _DEJAVU.exists(), reason="needs DejaVu Serif for U+2010")
def test_weasyprint_hyphenation_mark_joins_and_ascii_hyphen_stays(tmp_path):
    page = _page(_lines(tmp_path / "hy.pdf", [
        "Why were the data wanted? For the preven\u2010",
        "tion or detection of crime in 83% of applica\u2010",
        "tions that year. The same problem affects the nine-",
        "month figure for 2006, which was 1,435 warrants.",
    ], font="DejaVu"))
    text = " ".join(_texts(page))
    assert "For the prevention or detection of crime in 83% of applications that year." in text, text
    assert "the nine-month figure for 2006" in text, text


def test_ascii_hyphen_after_a_number_is_part_of_the_word(tmp_path):
    page = _page(_lines(tmp_path / "num.pdf", [
        "In that year twenty-",
        "four warrants were issued over a nine-",
        "month period, against seven-",
        "teen the year before; the communi-",
        "cations data covered a 12-",
        "month span.",
    ]))
    text = " ".join(_texts(page))
    assert "twenty-four warrants" in text, text
    assert "a nine-month period" in text, text
    assert "against seventeen the year" in text, text
    assert "the communications data" in text, text
    assert "a 12-month span" in text, text


# ---------------------------------------------------------------------------
# 2. A table set across both columns under them: its labels stay in its rows.

_LEFT_COL = ["For 2012 the Commissioner reported 979 errors and who",
             "made them. Single points of contact were responsible",
             "for 47%, applicants for 26%, service providers for 20%",
             "and designated persons for 5% of them all that year.",
             "The count of errors itself barely moved in 2013."]
_RIGHT_COL = ["No figure is quoted more often than a round number",
              "for 2013. In a debate on that year's figures an MP",
              "spoke of well over 500,000 requests a year, and the",
              "2012 report records 2,379 requests by other public",
              "authorities, a figure cited by only two studies."]
_TABLE = [("Figure", "Period", "Value", "Studies citing"),
          ("Requests for communications data", "2007", "519,260", "17"),
          ("Interception warrants issued", "2012", "3,372", "11"),
          ("Communications data errors", "2013", "970", "9"),
          ("Interception warrants issued", "2013", "2,760", "8")]


def _journal_table(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Times", size=10)
    for col, x in ((_LEFT_COL, 56), (_RIGHT_COL, 308)):
        y = 64.0
        for line in col:
            pdf.set_xy(x, y)
            pdf.cell(232, 12, line)
            y += 13
    pdf.set_font("Times", "B", 9)
    pdf.set_xy(56, 150)
    pdf.cell(240, 11, "Table 2. The figures most often cited in the studies")
    y = 170.0
    for k, row in enumerate(_TABLE):
        pdf.set_font("Times", "B" if k == 0 else "", 9)
        for text, x, w, align in zip(row, (60, 303, 360, 430), (200, 40, 60, 60), ("L", "L", "R", "L")):
            pdf.set_xy(x, y)
            pdf.cell(w, 11, text, align=align)
        y += 16
    pdf.output(str(path))
    return path


def test_table_across_two_columns_keeps_its_labels(tmp_path):
    page = _page(_journal_table(tmp_path / "journal.pdf"))
    rows = [[c.text if c else None for c in r] for t in page.tables for r in t.rows]
    assert ["Requests for communications data", "2007", "519,260", "17"] in rows, rows
    assert ["Interception warrants issued", "2013", "2,760", "8"] in rows, rows
    assert not any(t.startswith("Requests for communications data") for t in _texts(page))


# ---------------------------------------------------------------------------
# 3. Hansard (xhtml2pdf): a bold speaker label run into its paragraph; column numbers
#    ("GC 213") set aside; a sentence going on at the head of the next column.

def _hansard(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Times", size=10)
    left = ["Lord Kettering (CB): My Lords, I served on the Joint",
            "Committee and I want to ask about surveillance. In",
            "that period public authorities granted 186 intrusive",
            "surveillance authorisations and 1,453 property ones."]
    y = 100.0
    for line in left:
        pdf.set_xy(50, y)
        pdf.cell(238, 12, line)
        y += 13
    pdf.set_font("Times", "B", 10)
    pdf.set_xy(258, y + 2)
    pdf.cell(30, 10, "GC 213", align="R")
    y += 16
    pdf.set_font("Times", size=10)
    for line in ["The Commissioner annualised those figures, to 248 and",
                 "1,937 respectively. If that is right, property",
                 "interference rose by nearly 100 authorisations"]:
        pdf.set_xy(50, y)
        pdf.cell(238, 12, line)
        y += 13
    y = 100.0
    pdf.set_xy(307, y)
    pdf.cell(238, 12, "a year. Will the Minister explain why?")
    y += 20
    pdf.set_xy(307, y)
    pdf.set_font("Times", "B", 10)
    label = "Baroness Fairlie of Morven (Lab):"
    pdf.cell(pdf.get_string_width(label) + 2.5, 12, label)
    pdf.set_font("Times", size=10)
    pdf.cell(100, 12, "My Lords, I will be")
    y += 13
    for line in ["brief. By 2016/17 law enforcement alone granted",
                 "6,237 directed surveillance authorisations."]:
        pdf.set_xy(307, y)
        pdf.cell(238, 12, line)
        y += 13
    pdf.output(str(path))
    return path


def test_hansard_speaker_label_column_numbers_and_column_turn(tmp_path):
    page = _page(_hansard(tmp_path / "hansard.pdf"))
    texts = _texts(page)
    assert "Baroness Fairlie of Morven (Lab): My Lords, I will be brief. By 2016/17 law enforcement alone " \
           "granted 6,237 directed surveillance authorisations." in texts, texts
    assert not any(b.kind == "heading" for b in page.blocks), [(b.kind, b.text) for b in page.blocks]
    assert not any("GC 213" in t for t in texts), texts
    assert "GC 213" in page.furniture
    assert any(t.startswith("The Commissioner annualised") and t.endswith(
        "rose by nearly 100 authorisations a year. Will the Minister explain why?") for t in texts), texts


# ---------------------------------------------------------------------------
# 4. A raised initial ("M" + "argaret"), and a column's first line set up in the header band.

def test_book_review_raised_initial_and_first_line_in_the_band():
    path = ROOT / "corpora" / "dev13" / "book-review-the-counted-harbour-review-of-books-2020-03-12.pdf"
    doc = extract_document(path, path.parent)
    one, two = _texts(doc.pages[0]), _texts(doc.pages[1])
    assert any(t.startswith("Margaret Ilesworth spent 31 years in the Home Office") for t in one), one
    assert any(t.startswith("The second half of the book turns to the Information Commissioner") for t in two), two
    assert any(t.startswith("Ilesworth's argument is that a regulator whose largest fines shrink on appeal")
               for t in two), two


# ---------------------------------------------------------------------------
# 5. A chart key left in the text (colour swatches before its labels) is no part of the
#    sentence under it.

def _key_over_sentence(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    x = 64.0
    for colour, label in (((176, 58, 46), "Red 8%"), ((214, 137, 16), "Amber 55%"), ((30, 132, 73), "Green 37%")):
        pdf.set_fill_color(*colour)
        pdf.rect(x, 281.5, 8, 8, style="F")
        pdf.set_xy(x + 10, 280)
        pdf.cell(60, 11, label)
        x += 10 + pdf.get_string_width(label) + 16
    pdf.set_xy(54, 293)
    pdf.cell(300, 11, "In all the inspectors made 366 recommendations in 2015.")
    pdf.output(str(path))
    return path


def test_chart_key_is_kept_out_of_the_sentence(tmp_path):
    texts = _texts(_page(_key_over_sentence(tmp_path / "key.pdf")))
    assert "In all the inspectors made 366 recommendations in 2015." in texts, texts
    assert "Red 8% Amber 55% Green 37%" in texts, texts


# ---------------------------------------------------------------------------
# 6. A grid of framed tiles, each a small chart with its title and a note: each tile is
#    read on its own (dev12's infographic).

def test_infographic_tiles_read_one_by_one():
    path = ROOT / "corpora" / "dev12" / "infographic-who-is-watched-digital-dignity-trust-2021.pdf"
    texts = _texts(_page(path))
    assert "Whose data was obtained? (2015, % of items)" in texts, texts
    assert "Errors found to be serious" in texts, texts
    assert "Who made the errors? (2013)" in texts, texts
    assert "Interception warrants examined at inspection" in texts, texts
    assert "Sensitive professions, 2024 (applications)" in texts, texts


# ---------------------------------------------------------------------------
# 7. A news page's "Most read" sidebar set off by a vertical rule, its numbered headlines
#    each an item.

_ARTICLE = ["Every year a judge-led watchdog counts how often the police, the",
            "security agencies and other public bodies use the most intrusive powers",
            "the law gives them. The numbers are national: there is no breakdown for",
            "Wessex, and the county's force told us it does not publish its own.",
            "",
            "The headline number is interception. Secretaries of State signed 3,535",
            "warrants in 2017, the most of any year we looked at and up just over",
            "17.5% on the year before. The low point was 2013, with 2,760."]
_SIDEBAR = ["1. A303 closure: five-week", "   diversion from Monday", "2. Salisbury 2 Yeovil 1: late winner",
            "3. House prices up 3.1% in a year", "4. Bus route 47 to be axed", "5. Weather: 14C by Wednesday"]


def _news(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Times", size=11)
    y = 224.0
    for line in _ARTICLE:
        if line:
            pdf.set_xy(62, y)
            pdf.cell(320, 13, line)
        y += 16
    pdf.set_fill_color(204, 204, 204)
    pdf.rect(399.7, 220.5, 0.8, 350, style="F")
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_xy(408, 223)
    pdf.cell(100, 9, "MOST READ")
    pdf.set_font("Helvetica", size=8)
    y = 243.0
    for line in _SIDEBAR:
        indent = 8 if line.startswith(" ") else 0
        pdf.set_xy(411 + indent, y)
        pdf.cell(130, 9, line.strip())
        y += 11 if line.startswith("1.") else 15
    pdf.output(str(path))
    return path


def test_news_sidebar_is_read_apart_from_the_article(tmp_path):
    texts = _texts(_page(_news(tmp_path / "news.pdf")))
    assert "Every year a judge-led watchdog counts how often the police, the security agencies and other " \
           "public bodies use the most intrusive powers the law gives them. The numbers are national: there " \
           "is no breakdown for Wessex, and the county's force told us it does not publish its own." in texts, texts
    assert "The headline number is interception. Secretaries of State signed 3,535 warrants in 2017, the most " \
           "of any year we looked at and up just over 17.5% on the year before. The low point was 2013, with " \
           "2,760." in texts, texts
    assert "1. A303 closure: five-week diversion from Monday" in texts, texts
    assert "4. Bus route 47 to be axed" in texts, texts
