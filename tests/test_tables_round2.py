"""Unruled tables in two shapes seen in real reports (report-layouts.md section 3), on small
PDFs drawn with reportlab: values printed before the row label ("0 0 None GCHQ", a totals
row "381 360 140 22 Total"), and a long row label that wraps in its cell with the row's
numbers beside the middle, the top or the foot of the label's lines. And what must stay
out of tables: prose, numbered paragraphs and lists, lists of years, chart ticks."""
from __future__ import annotations

from pipeline.extract import extract_document

from test_tables import make_pdf, prose, right_at, text_at


def _tables(tmp_path, draw, name="t.pdf"):
    page = extract_document(make_pdf(tmp_path / name, [draw]), tmp_path).pages[0]
    return [[[c.text if c else None for c in row] for row in t.rows] for t in page.tables], page


# ---------------------------------------------------------------------------
# Values before the row label

def _values_first(c, top, header, rows, xs, label_x, label_header=None):
    y = top
    for x, h in zip(xs, header):
        right_at(c, x, y, h, font="Helvetica-Bold")
    if label_header:
        text_at(c, label_x, y, label_header, font="Helvetica-Bold")
    y += 16
    for *vals, label in rows:
        for x, v in zip(xs, vals):
            right_at(c, x, y, v)
        text_at(c, label_x, y, label)
        y += 14
    return y


UKIC = [("0", "0", "None", "GCHQ"), ("11", "9", "None", "MI5"), ("47", "37", "None", "SIS")]


def test_values_before_label_read_as_label_first(tmp_path):
    def draw(c):
        prose(c, 80, 4)
        text_at(c, 60, 150, "Table 2: UKIC communications data errors")
        y = _values_first(c, 175, ["2017", "2018", "Serious"], UKIC, (110, 170, 230), 250)
        prose(c, y + 20, 3)

    tables, page = _tables(tmp_path, draw)
    assert tables == [[[None, "2017", "2018", "Serious"],
                       ["GCHQ", "0", "0", "None"],
                       ["MI5", "11", "9", "None"],
                       ["SIS", "47", "37", "None"]]]
    t = page.tables[0]
    assert t.header_rows == 1 and t.caption.startswith("Table 2")


def test_values_before_label_with_label_header_and_matrix_totals(tmp_path):
    # A matrix with dashes, sub-counts and a totals row "381 360 140 22 Total".
    rows = [("199 (66 IP)", "210", "–", "12", "Incorrect data"),
            ("150", "120", "98", "–", "Wrong time period"),
            ("32", "30", "42", "10", "Other"),
            ("381", "360", "140", "22", "Total")]

    def draw(c):
        prose(c, 80, 3)
        y = _values_first(c, 150, ["CSP", "Public authority", "IP", "Other"], rows,
                          (120, 230, 290, 350), 370, label_header="Error type")
        text_at(c, 60, y + 4, "Table 5: Communications data errors by type and responsible party")
        prose(c, y + 40, 3)

    tables, page = _tables(tmp_path, draw)
    assert len(tables) == 1
    t = tables[0]
    assert t[0] == ["Error type", "CSP", "Public authority", "IP", "Other"]
    assert t[1] == ["Incorrect data", "199 (66 IP)", "210", "–", "12"]
    assert t[-1] == ["Total", "381", "360", "140", "22"]
    assert page.tables[0].caption.startswith("Table 5")


def test_label_first_table_unchanged(tmp_path):
    def draw(c):
        text_at(c, 60, 100, "Agency", font="Helvetica-Bold")
        right_at(c, 300, 100, "2017", font="Helvetica-Bold")
        right_at(c, 360, 100, "2018", font="Helvetica-Bold")
        for i, (a, b, _, lab) in enumerate(UKIC):
            text_at(c, 60, 116 + 14 * i, lab)
            right_at(c, 300, 116 + 14 * i, a)
            right_at(c, 360, 116 + 14 * i, b)

    tables, _ = _tables(tmp_path, draw)
    assert tables == [[["Agency", "2017", "2018"], ["GCHQ", "0", "0"], ["MI5", "11", "9"],
                       ["SIS", "47", "37"]]]


def test_year_first_rows_keep_the_year_as_label(tmp_path):
    # "2016  3,007  Warrants" rows: the year is the row label, the words a note column.
    rows = [("2015", "3,059", "Issued"), ("2016", "3,007", "Issued"), ("2017", "2,535", "Issued")]

    def draw(c):
        for i, (y_, v, note) in enumerate(rows):
            text_at(c, 60, 100 + 14 * i, y_)
            right_at(c, 200, 100 + 14 * i, v)
            text_at(c, 230, 100 + 14 * i, note)

    tables, _ = _tables(tmp_path, draw)
    for t in tables:
        assert [r[0] for r in t if r[0]][-3:] != ["Issued"] * 3


def test_numbered_list_is_not_turned_round(tmp_path):
    # "1  Introduction" / "2  Background": list numbers are no values of a row labelled
    # "Introduction".
    items = ["Introduction", "Background", "Findings", "Recommendations"]

    def draw(c):
        for i, item in enumerate(items):
            text_at(c, 60, 100 + 14 * i, str(i + 1))
            text_at(c, 90, 100 + 14 * i, item)
        for i, item in enumerate(items):
            text_at(c, 60, 200 + 14 * i, f"{i + 3}.{i + 1}")
            text_at(c, 90, 200 + 14 * i, item)

    tables, _ = _tables(tmp_path, draw)
    for t in tables:
        assert all(r[0] not in items for r in t)


def test_numbered_paragraphs_years_and_ticks_are_not_tables(tmp_path):
    def draw(c):
        for i in range(4):
            text_at(c, 60, 100 + 28 * i, f"6.7{i + 1}")
            text_at(c, 95, 100 + 28 * i, "The agencies reported errors in " + " ".join(PROSE_W[i:][:6]))
            text_at(c, 95, 112 + 28 * i, " ".join(PROSE_W[i + 3:][:9]))
        # a list of years, then chart ticks with an axis title after them
        for k, year in enumerate(("2014", "2015", "2016", "2017", "2018")):
            right_at(c, 120 + 60 * k, 260, year)
        for k in range(5):
            right_at(c, 120 + 60 * k, 280, f"{k * 500:,}", size=8)
        text_at(c, 420, 280, "Warrants", size=8)
        for k in range(5):
            right_at(c, 120 + 60 * k, 300, f"{k * 10}%", size=8)
        text_at(c, 420, 300, "Share", size=8)
        prose(c, 340, 5)

    tables, _ = _tables(tmp_path, draw)
    assert tables == []


PROSE_W = ("the commissioner reviewed the use of investigatory powers by public authorities "
           "and found that most of them complied").split()


# ---------------------------------------------------------------------------
# A long row label that wraps, the numbers beside it

def _wrapped(c, where: str):
    """Three rows; the middle one's label wraps onto two lines and its numbers sit beside
    the middle ('mid'), the top line ('top', same line) or the foot ('foot') of the label,
    or above the label's lines ('before')."""
    prose(c, 80, 4)
    y = 160
    text_at(c, 60, y, "Public authority", font="Helvetica-Bold")
    xs = (330, 400, 470)
    for x, h in zip(xs, ("2016", "2017", "Extant")):
        right_at(c, x, y, h, font="Helvetica-Bold")
    y += 18

    def nums(top, vals):
        for x, v in zip(xs, vals):
            right_at(c, x, top, v)

    text_at(c, 60, y, "Police forces")
    nums(y, ("120", "98", "15"))
    y += 14
    first, second = "Fire & Rescue Services [Independently", "constituted authorities]"
    if where == "before":
        nums(y, ("0", "0", "0"))
        text_at(c, 60, y + 9, first)
        text_at(c, 60, y + 19, second)
        y += 34
    else:
        text_at(c, 60, y, first)
        text_at(c, 60, y + 12, second)
        nums(y + {"mid": 6, "top": 0, "foot": 12}[where], ("0", "0", "0"))
        y += 28
    text_at(c, 60, y, "Local authorities")
    nums(y, ("35", "22", "4"))
    prose(c, y + 30, 3)


EXPECTED = [["Public authority", "2016", "2017", "Extant"],
            ["Police forces", "120", "98", "15"],
            ["Fire & Rescue Services [Independently constituted authorities]", "0", "0", "0"],
            ["Local authorities", "35", "22", "4"]]


def test_wrapped_label_around_its_numbers(tmp_path):
    tables, _ = _tables(tmp_path, lambda c: _wrapped(c, "mid"))
    assert tables == [EXPECTED]


def test_wrapped_label_after_its_numbers(tmp_path):
    tables, _ = _tables(tmp_path, lambda c: _wrapped(c, "before"))
    assert tables == [EXPECTED]


def test_wrapped_label_numbers_at_its_foot(tmp_path):
    tables, _ = _tables(tmp_path, lambda c: _wrapped(c, "foot"))
    assert tables == [EXPECTED]


def test_wrapped_label_numbers_at_its_top(tmp_path):
    tables, _ = _tables(tmp_path, lambda c: _wrapped(c, "top"))
    assert tables == [EXPECTED]


def test_section_label_over_rows_is_not_joined(tmp_path):
    # A group heading row ("Local government") spaced like any row stays its own row, and so
    # does a totals row printed without a label.
    def draw(c):
        text_at(c, 60, 100, "Authority", font="Helvetica-Bold")
        right_at(c, 330, 100, "2017", font="Helvetica-Bold")
        right_at(c, 400, 100, "2018", font="Helvetica-Bold")
        y = 118
        for lab, a, b in [("Police", "120", "98"), ("NCA", "40", "31"), ("Local government", None, None),
                          ("Councils", "12", "9"), (None, "172", "138")]:
            if lab:
                text_at(c, 60, y, lab)
            if a:
                right_at(c, 330, y, a)
                right_at(c, 400, y, b)
            y += 14

    tables, _ = _tables(tmp_path, draw)
    assert tables == [[["Authority", "2017", "2018"], ["Police", "120", "98"], ["NCA", "40", "31"],
                       ["Local government", None, None], ["Councils", "12", "9"], [None, "172", "138"]]]


def test_values_before_label_single_value_column(tmp_path):
    # "1,406  GCHQ" ... "58,996  Grand Total": one value column, the label after it.
    def draw(c):
        prose(c, 80, 4)
        y = 160
        for v, lab in (("1,406", "GCHQ"), ("672", "SIS"), ("56,918", "MI5"), ("58,996", "Grand Total")):
            right_at(c, 110, y, v)
            text_at(c, 130, y, lab)
            y += 14
        prose(c, y + 20, 3)

    tables, _ = _tables(tmp_path, draw)
    assert tables == [[["GCHQ", "1,406"], ["SIS", "672"], ["MI5", "56,918"], ["Grand Total", "58,996"]]]


def test_values_before_label_recognised_like_label_first(tmp_path):
    from pipeline.recognize import Recognizer

    def draw(c):
        text_at(c, 60, 60, "Investigatory Powers Commissioner Annual Report 2018", size=14)
        prose(c, 80, 4)
        text_at(c, 60, 160, "Table 2: UKIC communications data errors")
        right_at(c, 110, 185, "2017", font="Helvetica-Bold")
        right_at(c, 170, 185, "2018", font="Helvetica-Bold")
        for i, (a, b, _, lab) in enumerate(UKIC):
            right_at(c, 110, 201 + 14 * i, a)
            right_at(c, 170, 201 + 14 * i, b)
            text_at(c, 190, 201 + 14 * i, lab)
        prose(c, 260, 4)

    doc = extract_document(make_pdf(tmp_path / "ukic.pdf", [draw]), tmp_path)
    got = {(o.category, o.period, o.value) for o in Recognizer().recognize_document(doc)
           if o.metric == "cd.errors"}
    assert {("gchq", "2017", 0), ("mi5", "2017", 11), ("mi5", "2018", 9), ("sis", "2017", 47),
            ("sis", "2018", 37)} <= got


# ---------------------------------------------------------------------------
# A telephone number is no row of figures

def test_telephone_number_stays_in_its_line(tmp_path, rec):
    """"Telephone 020 7035 3535" at the foot of a news release: the groups of a number opening
    on a dialling code are one number, not three cells, so the line is text (and no figure
    7,035 is read from a "table row")."""
    def draw(c):
        text_at(c, 60, 100, "Notes to editors")
        text_at(c, 60, 130, "Media enquiries: Home Office press office, 2 Marsham Street, London SW1P 4DF. "
                "Telephone 020 7035 3535 (24 hours).", size=8.5)
        text_at(c, 60, 142, "Follow us on social media. Contents last updated 3 March 2020, 10:02.", size=8.5)
        text_at(c, 60, 170, "Helpline 0300 123 1113 or +44 0300 123 1113.", size=8.5)
    tables, page = _tables(tmp_path, draw)
    assert tables == []
    assert any("Telephone 020 7035 3535 (24 hours)." in b.text for b in page.blocks)
    doc = extract_document(make_pdf(tmp_path / "release-2020.pdf", [draw]), tmp_path)
    values = {o.value for o in rec.recognize_document(doc)}
    assert not values & {20, 7035, 3535, 300, 123, 1113}


def test_numbers_opening_on_zero_in_a_real_table_still_split(tmp_path):
    """The phone rule reads a dialling code only: a table row "0 12 345" keeps its cells."""
    def draw(c):
        for k, (label, a, b, d) in enumerate([("Refused", "0", "12", "345"), ("Granted", "4", "1,206", "8,877"),
                                              ("Withdrawn", "0", "7", "61")]):
            text_at(c, 60, 120 + 14 * k, label)
            right_at(c, 260, 120 + 14 * k, a)
            right_at(c, 320, 120 + 14 * k, b)
            right_at(c, 380, 120 + 14 * k, d)
    tables, _ = _tables(tmp_path, draw)
    assert tables == [[["Refused", "0", "12", "345"], ["Granted", "4", "1,206", "8,877"], ["Withdrawn", "0", "7", "61"]]]


# ---------------------------------------------------------------------------
# A statistical bulletin's table: ".." for not available, a section label under the header

def test_not_available_dots_keep_their_columns_and_the_header_its_table(tmp_path):
    """".." set alone in a cell is a statistical table's "not available" (not dotted
    leaders): dropping it shifted the last columns' figures ("13 24" read as one cell). The
    header of years with note markers ("2017 (b)") stays the table's header though a
    section label ("A. Interception") sits between it and the first row, further left."""
    years = ["2012", "2013", "2014", "2015", "2016", "2017 (b)", "2018", "2019 (c)"]
    rows = [("1", "Interception warrants issued", ["3,372", "2,760", "2,795", "3,059", "3,007", "3,535", "..", ".."]),
            ("2", "Change on previous year (%)", ["+16", "−19", "..", "+9", "..", "+17.5", "..", ".."]),
            ("10", "Interception errors reported", ["..", "57", "60", "62", "..", "..", "13", "24"])]

    def draw(c):
        text_at(c, 45, 60, "Table 4.1 Interception, United Kingdom, 2012 to 2019 (a)", font="Helvetica-Bold")
        text_at(c, 77, 90, "Measure", size=8, font="Helvetica-Bold")
        for k, y in enumerate(years):
            right_at(c, 200 + 45 * k + (12 if "(" in y else 0), 90, y, size=8, font="Helvetica-Bold")
        text_at(c, 49, 106, "A. Interception", size=8, font="Helvetica-Bold")
        for r, (num, label, vals) in enumerate(rows):
            top = 121 + 15 * r
            text_at(c, 49, top, num, size=8)
            text_at(c, 62, top, label, size=8)
            for k, v in enumerate(vals):
                right_at(c, 200 + 45 * k, top, v, size=8)
        text_at(c, 45, 190, ".. not available or not published for that year.", size=7)
    tables, _ = _tables(tmp_path, draw)
    [t] = tables
    assert t[0][-8:] == years
    assert t[-1][-8:] == rows[-1][2] and t[-3][-8:] == rows[0][2]
    assert any(r and "A. Interception" in r for r in t[1:2])


def test_leader_dots_are_still_dropped(tmp_path):
    def draw(c):
        for k, (label, v) in enumerate([("Warrants issued", "3,007"), ("Warrants refused", "5"), ("Errors", "62")]):
            text_at(c, 60, 120 + 14 * k, label + " " + "." * 30)
            right_at(c, 320, 120 + 14 * k, v)
    tables, _ = _tables(tmp_path, draw)
    assert tables == [[["Warrants issued", "3,007"], ["Warrants refused", "5"], ["Errors", "62"]]]


# ---------------------------------------------------------------------------
# A ruled grid of sentences (an FOI response's "Question | Response" table)

QA = [("Q1. How many interception warrants were issued nationally in 2016 and 2017?",
       ["This information is reasonably accessible to you (section 21).",
        "The Investigatory Powers Commissioner reports 3,535 warrants",
        "for 2017, up just over 17.5% on the 3,007 issued in 2016."]),
      ("Q4. How many intrusive surveillance authorisations were granted?",
       ["IPCO recorded 186 intrusive surveillance authorisations in the",
        "nine months from 1 April 2017, which it annualised to 248."])]


def _qa_grid(c):
    from test_tables import H
    text_at(c, 62, 80, "Each question is answered in the table below.")
    xs, top = (62, 215, 533), 100.0
    rows = [("Question", ["Response"])] + QA
    tops = []
    for q, answer in rows:
        tops.append(top)
        # the question wrapped at word boundaries
        words, qlines, cur = q.split(), [], ""
        for w in words:
            if len(cur) + len(w) > 30:
                qlines.append(cur.strip())
                cur = ""
            cur += w + " "
        qlines.append(cur.strip())
        for i, line in enumerate(qlines):
            text_at(c, xs[0] + 6, top + 14 + 11 * i, line, size=8)
        for i, line in enumerate(answer):
            text_at(c, xs[1] + 6, top + 14 + 11 * i, line, size=8)
        top += 14 + 11 * max(len(qlines), len(answer))
    tops.append(top)
    for y in tops:
        c.line(xs[0], H - y, xs[2], H - y)
    for x in xs:
        c.line(x, H - tops[0], x, H - tops[-1])


def test_grid_of_sentences_is_read_as_paragraphs(tmp_path, rec):
    pdf = make_pdf(tmp_path / "foi-response-2025.pdf", [_qa_grid])
    doc = extract_document(pdf, tmp_path)
    page = doc.pages[0]
    [grid] = page.tables
    assert grid.kind == "grid" and [c.text for c in grid.rows[0]] == ["Question", "Response"]
    texts = [b.text for b in page.blocks]
    q1 = texts.index("Q1. How many interception warrants were issued nationally in 2016 and 2017?")
    assert texts[q1 + 1] == " ".join(QA[0][1])   # the answer after its question
    got = {(o.metric, o.period, o.value, o.method) for o in rec.recognize_document(doc)}
    assert ("interception.warrants.issued", "2017", 3535, "sentence") in got
    assert ("interception.warrants.issued", "2016", 3007, "sentence") in got
    assert not any(m == "table" for *_, m in got)


def test_tightly_set_table_parts_a_figure_from_the_cell_after_it(tmp_path):
    """A journal's table set tight: under a tenth of an inch between "761,702" and the
    source cell "IOCCO 2016, p. 31" - wider than a space, and the cell opens on a capital."""
    rows = [("Year", "Items", "Source"), ("2015", "761,702", "IOCCO 2016, p. 31"),
            ("2016", "754,559", "IOCCO 2017, p. 44"), ("2017", "757,977", "IPCO 2017, Annex A"),
            ("2018", "808,214", "IPCO 2018, p. 135")]

    def draw(c):
        text_at(c, 62, 80, "Table 3. Items of communications data obtained, 2015-2018.", size=9)
        for r, cells in enumerate(rows):
            for x, cell in zip((62, 86, 123), cells):
                text_at(c, x, 100 + 13 * r, cell, size=8.4)
        text_at(c, 62, 180, "In 2016 the total was 3,007 Home Office figures show, and it rose after.", size=9)
    tables, page = _tables(tmp_path, draw)
    assert tables == [[list(r) for r in rows]]
    assert any("3,007 Home Office" in b.text for b in page.blocks)


# ---------------------------------------------------------------------------
# A printed spreadsheet: column letters over the grid, row numbers down its side

def _grid(c, rows, x0=60, top=100, widths=(30, 130, 80, 60, 60), height=16):
    from test_tables import H
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, cells in enumerate(rows):
        y = top + height * r
        for k, cell in enumerate(cells):
            if cell:
                text_at(c, xs[k] + 3, y + 11, cell, size=8)
    for r in range(len(rows) + 1):
        c.line(xs[0], H - (top + height * r), xs[-1], H - (top + height * r))
    for x in xs:
        c.line(x, H - top, x, H - (top + height * len(rows)))


def test_printed_spreadsheet_frame_is_no_part_of_the_table(tmp_path, rec):
    sheet = [["", "A", "B", "C", "D"],
             ["1", "Measure", "Breakdown", "2016", "2017"],
             ["2", "CD items obtained", "All", "754,559", "757,977"],
             ["3", "CD errors", "All", "1,101", "926"],
             ["5", "CD errors", "SPoC", "", "381"]]     # row 4 hidden

    def draw(c):
        text_at(c, 60, 80, "Sheet: CD | Printed 14/02/2022 16:05 | Fit to 1 page wide", size=8)
        _grid(c, sheet)
    tables, _ = _tables(tmp_path, draw)
    assert tables == [[[x or None for x in r[1:]] for r in sheet[1:]]]
    doc = extract_document(make_pdf(tmp_path / "sheet.pdf", [draw]), tmp_path)
    got = {(o.metric, o.period, o.value) for o in rec.recognize_document(doc)}
    assert {("cd.items", "2016", 754559), ("cd.errors", "2017", 926)} <= got
    assert not any(v in (1, 2, 3, 5) for *_, v in got)


def test_a_first_column_of_counts_under_its_own_header_stays(tmp_path):
    rows = [["no. of correct answers", "Freq.", "Percent"], ["0", "138", "6.9"], ["1", "178", "8.8"],
            ["2", "626", "31.1"], ["3", "1070", "53.2"]]

    def draw(c):
        _grid(c, rows, widths=(110, 60, 60))
    tables, _ = _tables(tmp_path, draw)
    assert tables == [rows]


def test_header_word_hyphenated_over_two_lines_is_rejoined(tmp_path):
    def draw(c):
        for x, (a, b) in zip((60, 200, 270, 340), [("", "Year"), ("Serious", "errors"), ("Investi-", "gated"), ("Found", "serious")]):
            if a:
                text_at(c, x, 100, a, font="Helvetica-Bold")
            text_at(c, x, 112, b, font="Helvetica-Bold")
        for r, row in enumerate([("2016", "29", "29", "–"), ("2017", "33", "33", "24"), ("2019", "18", "18", "14")]):
            for x, v in zip((60, 200, 270, 340), row):
                text_at(c, x, 130 + 14 * r, v)
    tables, _ = _tables(tmp_path, draw)
    assert "Investigated" in [c for row in tables[0][:2] for c in row if c]
