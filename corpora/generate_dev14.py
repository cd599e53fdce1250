#!/usr/bin/env python3
"""Fourteenth development part of the labelled corpus: corpora/dev14/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev14.py      # this part only

Theme: an honest, untuned generalisation test on kinds of document no earlier part has, with a
realistic mix of forms (about two fifths sentences, a quarter charts, a quarter tables, a tenth
lists), from two producers no earlier part uses (generator-only, requirements-corpus.txt):

- Typst (the `typst` PyPI package compiles Typst markup to PDF with no external binary): text
  is set from Typst string literals, tables are Typst tables, and every chart is drawn natively
  (rectangles, lines, circles and placed text), so chart values stay text in the PDF;
- markdown-pdf (Markdown through markdown-it and PyMuPDF's Story layout engine): one Story
  section per page, GFM tables, raw HTML tables where a two-row header is needed.

Seven documents, in genres no earlier part has:

- a mobile operator's "law enforcement disclosure report" (Typst): the company may not say how
  many warrants it received, so it cites the national Commissioner figures in a table with years
  as columns and "–" cells, horizontal bars with values at the bar ends, a stacked bar with the
  values inside its segments, a "national figures in brief" list; its own customers, staff,
  revenue and helpline number are distractors;
- a parliamentary committee's summary of responses to a call for evidence (markdown-pdf):
  submission references (DLB0012), numbered paragraphs 2.4, a table of cited figures whose values
  come before their labels, a sensitive-professions table with a totals row;
- an internal audit report on a police force's communications data unit (markdown-pdf): an
  assurance opinion, RAG-rated findings whose sample sizes are distractors, a national-context
  table with years as rows, a national RAG profile table;
- a charity's "State of Surveillance" data explainer (Typst): columns with values on top and an
  "n/a" gap, 100% stacked horizontal bars with shares inside the segments (the narrow one labelled
  outside), small multiples on a shared axis, an annotated line chart with an arrow;
- a local weekly newspaper's print page (Typst, A3, five narrow justified columns): a news story,
  a "By numbers" panel, a small bar chart, and advertisements, a weather box, a puzzle number
  and a second story as distractors;
- a think tank's annotated timeline 2006-2025 (Typst, serif): a date column, a rule, entries with
  a bold headline and one-sentence annotation (list items), commentary paragraphs between eras;
- a procurement invitation to tender's statement of requirements (markdown-pdf): requirement
  ids (REQ-014), contract value and term, volumes the system must migrate in a two-row-header
  HTML table, a "key volumes" list.

Only printed figures are statistics: a bar drawn without a printed value is not gold; axis ticks,
figure and table numbers, paragraph and submission numbers, dates, page numbers, phone numbers,
requirement and reference numbers, prices, temperatures, ages and durations are distractors.

This part was written to be scored once, before any rule is tuned on it. Untuned score, measured at
9bd5236 (`cli.py evaluate corpora/dev14 corpora/dev14/gold.csv`): P 0.866, R 0.730, F1 0.793 (TP 149,
FP 23, FN 55); chart 0.875/0.750, list 1.000/0.724, sentence 0.783/0.746, table 0.957/0.679, words
0.875/0.875.

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The operator, the
committee and its witnesses, the police force and its auditors, the charity, the newspaper, the
think tank and the contracting body are fictional and give no statistics of their own.

Determinism: Typst is given the document's date (document metadata and `timestamp`); PyMuPDF's
output is written with fixed metadata dates and without a new /ID.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import Doc, Page, S
from generate_dev2 import _stat

PART = "dev14"
EN = "\u2013"
EM = "\u2014"
RSQ = "\u2019"
LDQ, RDQ = "\u201c", "\u201d"
CREATOR = "corpora/generate_dev14.py"

W_ISS = "interception.warrants.issued"
SP = "cd.applications.sensitive_profession"
DS = "directed_surveillance.authorisations"
PI = "property_interference.authorisations"
IS = "intrusive_surveillance.authorisations"
CHIS = "chis.authorisations"
SER = "errors.serious.determined"
INV = "errors.serious.investigations"
JS = "cd.applications.journalistic_source"
FY1617 = "2016-04/2017-03"
PY17 = "2017-04/2017-12"
PY06 = "2006-04/2006-12"


def _start() -> None:
    g.CURRENT_PART[0] = PART


@dataclass
class Src:
    """A page's whole source (Typst markup or Markdown)."""
    text: str


# ---------------------------------------------------------------------------------------------
# recording helpers (producer-neutral)

def prose(fname: str, page: int, template: str, method: str = "sentence") -> str:
    """Record every statistic of a paragraph with its sentence; returns the plain text."""
    _, plain, hits = g.expand(template)
    plain = re.sub(r"\s+", " ", plain).strip()
    for st, a, b in hits:
        g.record(fname, page, st, method, g.sentence_quote(plain, a, b))
    return plain


def row_cells(fname: str, page: int, row: list) -> list:
    """Record a table row's statistics (quote: its cells joined); returns the plain cells."""
    cells = []
    for c in row:
        _, plain, _ = g.expand(c)
        cells.append(re.sub(r"\s+", " ", plain).strip())
    _, _, hits = g.expand("\u0001".join(row))
    quote = " ".join(c for c in cells if c)
    for st, _, _ in hits:
        g.record(fname, page, st, "table", quote, checks=["~" + c for c in cells if c])
    return cells


@dataclass
class Shown:
    """A value printed again where it is already gold on the same page (not recorded twice)."""
    printed: str
    value: float


def chart(fname: str, page: int, ph: str, title: str, label: str = ""):
    """Record one printed chart value (method chart; quote: title, label and figure). A plain
    string instead of a placeholder is a value already recorded on the page: drawn, not recorded."""
    if not g.PH_RE.fullmatch(ph):
        return Shown(ph, g.parse_value(ph))
    st = _stat(ph)
    quote = " ".join(x for x in (title, label, st.printed) if x)
    g.record(fname, page, st, "chart", quote, checks=[st.printed])
    return st


# ---------------------------------------------------------------------------------------------
# Typst

def ts(s: str) -> str:
    """A Typst string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tx(s: str) -> str:
    """Text that is safe in Typst markup (a string literal in a code block)."""
    return "#{" + ts(s) + "}"


def tpara(fname, page, template, method="sentence", pre="", size=None) -> str:
    body = tx(prose(fname, page, template, method))
    if size:
        body = f"#text(size: {size}pt)[{body}]"
    return f"{pre}{body}\n\n"


def ttable(fname, page, rows, columns, head=1, align="", size=9, stroke="0.5pt + rgb(\"#999999\")",
           fill_head="rgb(\"#e8e8e8\")", bold_rows=(), raw_head=None) -> str:
    cells = []
    for k, row in enumerate(rows):
        if k < head:
            plain = [re.sub(r"\s+", " ", g.expand(c)[1]).strip() for c in row]
        else:
            plain = row_cells(fname, page, row)
        for c in plain:
            body = tx(c) if c else ""
            if k < head or k in bold_rows:
                body = f"#strong[{body}]" if c else ""
            cells.append(f"[{body}]")
    hd = raw_head if raw_head is not None else ""
    hdr = ""
    if head and raw_head is None:
        hdr = "table.header(" + ", ".join(cells[:len(rows[0]) * head]) + "), "
        cells = cells[len(rows[0]) * head:]
    al = f"align: {align}, " if align else ""
    return (f"#text(size: {size}pt)[#table(columns: {columns}, {al}stroke: {stroke}, inset: (x: 4pt, y: 3pt), "
            f"fill: (x, y) => if y < {head} {{ {fill_head} }}, {hd}{hdr}{', '.join(cells)})]\n\n")


def render_typst(doc: Doc) -> None:
    import typst
    y, m, d = doc.date
    pre = (f"#set document(title: {ts(doc.title)}, author: {ts(doc.author)}, description: {ts(doc.subject)}, "
           f"date: datetime(year: {y}, month: {m}, day: {d}, hour: 9, minute: 0, second: 0))\n"
           + TYPST_PRE[doc.style] + "\n")
    body = "\n#pagebreak()\n".join(p.blocks[0].text for p in doc.pages)
    import datetime as _dt
    stamp = int(_dt.datetime(y, m, d, 9, 0, tzinfo=_dt.timezone.utc).timestamp())
    data = typst.compile((pre + body).encode("utf-8"), format="pdf", timestamp=stamp)
    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


TYPST_PRE: dict = {}


# ---------------------------------------------------------------------------------------------
# markdown-pdf (PyMuPDF Story)

MD_ESC = re.compile(r"([\\*_\[\]<>#|`])")


def md(s: str) -> str:
    return MD_ESC.sub(r"\\\1", s)


def mpara(fname, page, template, method="sentence", lead="") -> str:
    return f"{lead}{md(prose(fname, page, template, method))}\n\n"


def mlist(fname, page, items) -> str:
    return "".join(f"- {md(prose(fname, page, t, 'list'))}\n" for t in items) + "\n"


def mtable(fname, page, rows, align) -> str:
    out = []
    for k, row in enumerate(rows):
        cells = [re.sub(r"\s+", " ", g.expand(c)[1]).strip() for c in row] if k == 0 else row_cells(fname, page, row)
        out.append("| " + " | ".join(md(c) for c in cells) + " |")
        if k == 0:
            out.append("|" + "|".join({"L": ":--", "R": "--:", "C": ":-:"}[a] for a in align) + "|")
    return "\n".join(out) + "\n\n"


def htable(fname, page, head_html, rows, cls="") -> str:
    """A raw HTML table (for a two-row header); rows of cell templates are recorded."""
    out = [f'<table class="{cls}">', head_html]
    for row in rows:
        cells = row_cells(fname, page, row)
        out.append("<tr>" + "".join(f"<td>{md(c) if c else '&nbsp;'}</td>" for c in cells) + "</tr>")
    out.append("</table>\n\n")
    return "\n".join(out)


MD_CSS: dict = {}


def mdpdf_renderer(css: dict, creator: str, borders: tuple):
    """A renderer for markdown-pdf (PyMuPDF Story): one section a page, the style's CSS, the
    page's borders, and the metadata pinned (dates from the document's, no new file id) so
    that reruns are byte-identical."""
    def render(doc: Doc) -> None:
        from markdown_pdf import MarkdownPdf, Section
        y, m, d = doc.date
        stamp = f"D:{y:04d}{m:02d}{d:02d}090000Z"
        pdf = MarkdownPdf(toc_level=0, optimize=False)
        for p in doc.pages:
            pdf.add_section(Section(p.blocks[0].text, toc=False, paper_size="A4", borders=borders),
                            user_css=css[doc.style])
        pdf.meta = dict(pdf.meta)
        pdf.meta.update({"title": doc.title, "author": doc.author, "subject": doc.subject, "creator": creator,
                         "producer": "markdown-pdf (markdown-it-py, PyMuPDF Story)", "keywords": "",
                         "creationDate": stamp, "modDate": stamp})
        out = pdf._make_doc()
        data = out.tobytes(no_new_id=True, garbage=1)
        out.close()
        path = g.HERE / doc.part / doc.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return render


render_mdpdf = mdpdf_renderer(MD_CSS, CREATOR, (54, 56, -54, -50))


g.RENDERERS.setdefault("typst", render_typst)
g.RENDERERS.setdefault("markdown-pdf", render_mdpdf)


# ---------------------------------------------------------------------------------------------
# Typst charts (drawn natively: every printed value is text in the PDF)

def t_hbars(fname, page, title, items, vmax, width=300, colour="#1f5f8b", lab_w=60, size=8.5):
    """Horizontal bars with the value at the bar end; items: (label, placeholder)."""
    cells = []
    for lab, ph in items:
        st = chart(fname, page, ph, title, lab)
        w = max(1.0, st.value / vmax * width)
        cells.append(f"align(right, text(size: {size}pt, {ts(lab)}))")
        cells.append(f'stack(dir: ltr, spacing: 4pt, rect(width: {w:.1f}pt, height: 10pt, fill: rgb("{colour}")), '
                     f"text(size: {size}pt, {ts(st.printed)}))")
    return (f"#block(breakable: false)[#text(size: 9.5pt, weight: \"bold\", {ts(title)})\n"
            f"#v(3pt)\n#grid(columns: ({lab_w}pt, auto), column-gutter: 6pt, row-gutter: 5pt, align: horizon, "
            + ", ".join(cells) + ")]\n\n")


def t_stack(fname, page, title, label, parts, total_w=360, colours=("#234e70", "#5b8db8", "#a9c6de", "#d9e6f2"),
            outside=(), size=8, key=True):
    """One stacked horizontal bar, values inside the segments (or after the bar for `outside`);
    parts: (category label, placeholder, width share)."""
    segs, after = [], []
    for k, (lab, ph, share) in enumerate(parts):
        st = chart(fname, page, ph, title, f"{label} {lab}".strip())
        w = total_w * share
        col = colours[k % len(colours)]
        fg = "white" if k < 2 else "black"
        if k in outside:
            segs.append(f'rect(width: {w:.1f}pt, height: 15pt, fill: rgb("{col}"))')
            after.append(f"text(size: {size}pt, {ts(lab + ' ' + st.printed)})")
        else:
            segs.append(f'box(width: {w:.1f}pt, height: 15pt, fill: rgb("{col}"), '
                        f'align(center + horizon, text(size: {size}pt, fill: {fg}, {ts(st.printed)})))')
    bar = "stack(dir: ltr, " + ", ".join(segs) + ")"
    tail = (", " + ", ".join(after)) if after else ""
    return f"#grid(columns: (64pt, auto, auto), column-gutter: 6pt, align: horizon, text(size: {size}pt, {ts(label)}), {bar}{tail})\n\n"


def t_key(labels, colours=("#234e70", "#5b8db8", "#a9c6de", "#d9e6f2"), size=8):
    parts = []
    for k, lab in enumerate(labels):
        parts.append(f'box(rect(width: 7pt, height: 7pt, fill: rgb("{colours[k % len(colours)]}"))) + h(3pt) + '
                     f"text(size: {size}pt, {ts(lab)})")
    return "#block(" + " + h(12pt) + ".join(parts) + ")\n\n"


def t_cols(fname, page, title, items, vmax, height=80, bw=24, colour="#7a3b69", size=7.5, axis=None,
           quote_title=None):
    """Columns with the value on top; items: (label, placeholder or None for a gap 'n/a')."""
    qt = quote_title or title
    tops, labs = [], []
    for lab, ph in items:
        if ph is None:
            tops.append(f'align(bottom + center, text(size: {size}pt, fill: rgb("#777777"), "n/a"))')
        else:
            st = chart(fname, page, ph, qt, lab)
            h = max(0.5, st.value / vmax * height)
            tops.append(f"align(bottom + center, stack(dir: ttb, spacing: 2pt, text(size: {size}pt, {ts(st.printed)}), "
                        f'rect(width: {bw}pt, height: {h:.1f}pt, fill: rgb("{colour}"))))')
        labs.append(f"align(center, text(size: {size}pt, {ts(lab)}))")
    n = len(items)
    ax = ""
    if axis:
        ticks = " ; ".join(f"place(dx: 0pt, dy: {height + 12 - v / vmax * height - 4:.1f}pt, text(size: 6.5pt, fill: rgb(\"#666666\"), {ts(str(v))}))"
                          for v in axis)
        ax = f"box(width: 18pt, height: {height + 12}pt, {{ {ticks} }}), "
    grid = (f"grid(columns: {n}, column-gutter: 5pt, row-gutter: 3pt, rows: ({height + 12}pt, auto), "
            + ", ".join(tops + labs) + ")")
    body = f"stack(dir: ltr, {ax}{grid})" if ax else grid
    return (f"#block(breakable: false)[#text(size: 9.5pt, weight: \"bold\", {ts(title)})\n#v(2pt)\n"
            f"#{body}]\n\n")


def t_line(fname, page, title, pts, vmin, vmax, w=330, h=110, colour="#b5472b", note=None, size=7.5):
    """A line chart with a label at every point; pts: (x label, placeholder); `note`: (index,
    text) an annotation with an arrow to that point."""
    n = len(pts)
    xs = [20 + k * (w - 40) / (n - 1) for k in range(n)]
    stats = [chart(fname, page, ph, title, lab) for lab, ph in pts]
    ys = [h - 14 - (st.value - vmin) / (vmax - vmin) * (h - 40) for st in stats]
    parts = [f'place(line(start: (0pt, {h - 14}pt), end: ({w}pt, {h - 14}pt), stroke: 0.5pt + rgb("#888888")))']
    for k in range(n - 1):
        parts.append(f'place(line(start: ({xs[k]:.1f}pt, {ys[k]:.1f}pt), end: ({xs[k + 1]:.1f}pt, {ys[k + 1]:.1f}pt), '
                     f'stroke: 1.4pt + rgb("{colour}")))')
    for k, st in enumerate(stats):
        parts.append(f'place(dx: {xs[k] - 2.5:.1f}pt, dy: {ys[k] - 2.5:.1f}pt, circle(radius: 2.5pt, fill: rgb("{colour}")))')
        parts.append(f'place(dx: {xs[k] - 22:.1f}pt, dy: {ys[k] - 14:.1f}pt, box(width: 44pt, align(center, '
                     f"text(size: {size}pt, {ts(st.printed)}))))")
        parts.append(f'place(dx: {xs[k] - 22:.1f}pt, dy: {h - 10}pt, box(width: 44pt, align(center, '
                     f"text(size: {size}pt, {ts(pts[k][0])}))))")
    if note:
        k, text = note
        parts.append(f'place(line(start: ({xs[k] - 104:.1f}pt, {ys[k] + 1:.1f}pt), end: ({xs[k] - 6:.1f}pt, {ys[k]:.1f}pt), '
                     f'stroke: 0.7pt + black))')
        parts.append(f'place(dx: {xs[k] - 230:.1f}pt, dy: {ys[k] - 4:.1f}pt, box(width: 122pt, align(right, '
                     f'text(size: 7pt, style: "italic", {ts(text)}))))')
    return (f"#block(breakable: false)[#text(size: 9.5pt, weight: \"bold\", {ts(title)})\n#v(2pt)\n"
            f"#box(width: {w}pt, height: {h}pt, {{ " + " ; ".join(parts) + " })]\n\n")


# =============================================================================================
# 1. A mobile operator's law enforcement disclosure report (Typst, sans)

TYPST_PRE["ledr"] = """
#set page(paper: "a4", margin: (top: 64pt, bottom: 60pt, x: 58pt),
  header: context [#set text(size: 7.5pt, fill: rgb("#5a6b7b")); #{"Northmoor Mobile plc  |  Law Enforcement Disclosure Report 2019"} #h(1fr) #{"Ref. NM-LEDR-2019 v1.2"}],
  footer: context [#set text(size: 7.5pt, fill: rgb("#5a6b7b")); #{"northmoor-mobile.example/transparency"} #h(1fr) #{"Page "}#counter(page).display()#{" of 2"}])
#set text(font: "Liberation Sans", size: 9.6pt, lang: "en", hyphenate: false)
#set par(justify: false, leading: 0.6em, spacing: 0.95em)
"""


def doc_ledr() -> Doc:
    _start()
    F = "northmoor-mobile-law-enforcement-disclosure-report-2019.pdf"
    T1 = "Table 1: National figures published by the Commissioners, 2015 to 2019"
    p1 = (
        '#block(fill: rgb("#0f3b5f"), inset: 12pt, width: 100%)[#text(fill: white, size: 17pt, weight: "bold", '
        + ts("Law Enforcement Disclosure Report 2019") + ')\\ #text(fill: rgb("#cfe0ee"), size: 9pt, '
        + ts("Published 12 June 2020. Covers the calendar year 2019 unless stated.") + ")]\n\n"
        '#text(size: 12pt, weight: "bold", fill: rgb("#0f3b5f"), ' + ts("1. About this report") + ")\n\n"
        + tx("Northmoor Mobile serves 4.2 million customers across the United Kingdom from 1,340 mast sites "
             "and employs 3,100 people. Group revenue in the year to 31 March 2020 was £1.34bn. This is our "
             "sixth disclosure report; the first covered 2014.") + "\n\n"
        '#text(size: 12pt, weight: "bold", fill: rgb("#0f3b5f"), ' + ts("2. What the law allows us to say") + ")\n\n"
        + tx("Section 57 of the Investigatory Powers Act 2016 makes it a criminal offence for us to reveal that "
             "an interception warrant exists, and we are also asked not to publish how many requests for "
             "communications data we receive. We therefore point readers to the national figures, which the "
             "independent Commissioners publish every year.") + "\n\n"
        + tpara(F, 1, "Those figures show the scale of demand. In 2019 public authorities had " +
                S("200,665", "cd.requests.approved", "", "2019") + " requests for communications data approved. "
                "Public authorities reported " + S("1,063", "cd.errors", "total", "2019") +
                " communications data errors that year, up from " + S("903", "cd.errors", "total", "2018") +
                " in 2018.")
        + tpara(F, 1, "Operators like us are not blameless: in 2018 communications service providers were "
                "responsible for " + S("140", "cd.errors", "csp", "2018") + " of the errors, mostly data "
                "disclosed for the wrong time or date. The Commissioner determined that " +
                S("fourteen", SER, "total", "2019") + " errors in 2019 were serious, after investigating " +
                S("18", INV, "", "2019") + ".")
        + '#text(size: 10pt, weight: "bold", ' + ts(T1) + ")\n\n"
        + ttable(F, 1, [
            ["Measure", "2015", "2016", "2017", "2018", "2019"],
            ["Interception warrants issued", S("3,059", W_ISS, "total", "2015"), S("3,007", W_ISS, "total", "2016"),
             S("3,535", W_ISS, "total", "2017"), EN, EN],
            ["Communications data items obtained", S("761,702", "cd.items", "total", "2015"),
             S("754,559", "cd.items", "total", "2016"), S("757,977", "cd.items", "total", "2017"),
             S("808,214", "cd.items", "total", "2018"), EN],
            ["Communications data errors", S("1,199", "cd.errors", "total", "2015"),
             S("1,101", "cd.errors", "total", "2016"), S("926", "cd.errors", "total", "2017"), "903", "1,063"],
            ["Interception errors", S("62", "interception.errors", "", "2015"), EN, EN,
             S("13", "interception.errors", "", "2018"), S("24", "interception.errors", "", "2019")],
        ], "(1fr, auto, auto, auto, auto, auto)", align="(left, right, right, right, right, right)")
        + tx("– not published in a comparable form for that year. Sources: IOCCO reports for 2015 and 2016; "
             "IPCO Annual Reports 2017 to 2019. Figures for 2018 and 2019 errors repeat those in section 2.")
        + "\n\n"
        + tpara(F, 1, "Warrants are issued on one of two main grounds. Of the " + "3,535 issued in 2017, " +
                S("2,306", W_ISS, "serious_crime", "2017") + " were for serious crime and " +
                S("1,219", W_ISS, "national_security", "2017") + " for national security.")
    )
    F2 = "Figure 2: Interception warrants issued in the UK"
    F3 = "Figure 3: Communications data errors in 2018, by who made them"
    F4 = "Figure 4: Applications for the data of people in sensitive professions, 2018"
    p2 = (
        '#text(size: 12pt, weight: "bold", fill: rgb("#0f3b5f"), ' + ts("3. The national picture in charts") + ")\n\n"
        + tx("Our transparency team (14 staff, on call 24 hours a day) has redrawn three of the Commissioners' "
             "charts. Bars are to scale; values are as published.") + "\n\n"
        + t_hbars(F, 2, F2, [("2012", S("3,372", W_ISS, "total", "2012")), ("2013", S("2,760", W_ISS, "total", "2013")),
                             ("2014", S("2,795", W_ISS, "total", "2014")), ("2015", S("3,059", W_ISS, "total", "2015")),
                             ("2016", S("3,007", W_ISS, "total", "2016")), ("2017", S("3,535", W_ISS, "total", "2017"))],
                  3535, width=280)
        + '#text(size: 9.5pt, weight: "bold", ' + ts(F3) + ")\n#v(2pt)\n"
        + t_stack(F, 2, F3, "2018", [("SPoC", S("381", "cd.errors", "spoc", "2018"), 381 / 903),
                                     ("Applicant", S("360", "cd.errors", "applicant", "2018"), 360 / 903),
                                     ("CSP", S("140", "cd.errors", "csp", "2018"), 140 / 903),
                                     ("DP", S("22", "cd.errors", "designated_person", "2018"), 22 / 903)],
                  total_w=330, outside=(3,))
        + t_key(["SPoC", "Applicant", "CSP (operators)", "Designated person"])
        + t_hbars(F, 2, F4, [("Medical doctor", S("498", SP, "medical_doctor", "2018")),
                             ("Minister of religion", S("272", SP, "minister_of_religion", "2018")),
                             ("Lawyer", S("234", SP, "lawyer", "2018")),
                             ("Journalist", S("203", SP, "journalist", "2018")),
                             ("MP", S("113", SP, "member_of_parliament", "2018"))],
                  498, width=230, colour="#3b7d4f", lab_w=95)
        + '#text(size: 12pt, weight: "bold", fill: rgb("#0f3b5f"), ' + ts("4. National figures in brief") + ")\n\n"
        + "".join("- " + tx(prose(F, 2, t, "list")) + "\n" for t in [
            "Applications to identify a journalist" + RSQ + "s source: " + S("15", JS, "", "2019") + " in 2019.",
            "Urgent oral authorisations made up " + S("10%", "cd.urgent_oral.share", "", "2016") +
            " of communications data applications in 2016.",
            "Local authorities obtained " + S("1,191", "cd.items.comms_type", "telephony", "2019") +
            " items of telephony data in 2019.",
            "Law enforcement authorised " + S("1,866", CHIS, "law_enforcement", "2019") +
            " covert human intelligence sources in 2019.",
        ]) + "\n"
        + tx("Questions about this report: transparency@northmoor-mobile.example or 0161 496 0732 (9am to 5pm, "
             "Monday to Friday). Customers aged 16 or over can request their own data free of charge within "
             "one month.") + "\n"
    )
    return Doc(F, "Law Enforcement Disclosure Report 2019", "Northmoor Mobile plc (corpus imitation)",
               "Mobile operator's transparency report on government data requests", "typst", "",
               [Page(blocks=[Src(p1)]), Page(blocks=[Src(p2)])], date=(2020, 6, 12), part=PART, style="ledr")


# =============================================================================================
# 2. A committee's summary of responses to a call for evidence (markdown-pdf)

MD_CSS["cfe"] = """
body { font-family: serif; font-size: 10.5pt; line-height: 1.38; }
h1 { font-size: 16pt; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; text-align: justify; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 9.5pt; }
th, td { border: 0.5pt solid #777; padding: 2pt 5pt; }
th { background-color: #e6e6e6; }
.run { font-size: 8.5pt; color: #555; }
"""


def doc_cfe() -> Doc:
    _start()
    F = "select-committee-digital-liberties-call-for-evidence-summary-of-responses-dlb-2022.pdf"
    run = lambda n: f'<p class="run">Select Committee on Digital Liberties {EM} Oversight of covert powers: summary of written evidence {EM} page {n} of 2</p>\n\n'
    p1 = (run(1)
          + "# Oversight of covert powers: summary of written evidence\n\n"
          + md("Published 21 April 2022 by the Select Committee on Digital Liberties (fictional). The call for "
               "evidence opened on 3 February 2022 and closed on 17 March 2022. We received 47 written "
               "submissions, numbered DLB0001 to DLB0047; 12 came from individuals and 35 from organisations.") + "\n\n"
          + "## 1. Scale and trend\n\n"
          + mpara(F, 1, "1.1 Most submissions began with the number of interception warrants. The Civic Data "
                  "Forum (DLB0012) noted that " + S("2,760", W_ISS, "total", "2013") + " warrants were issued in "
                  "2013 and " + S("3,535", W_ISS, "total", "2017") + " in 2017, the rise in that final year alone "
                  "being " + S("17.5%", W_ISS + ".change", "total", "2017") + ".")
          + mpara(F, 1, "1.2 Two witnesses (DLB0019, DLB0031) reminded us that the trend has not been steady: "
                  "warrants fell by " + S("19%", W_ISS + ".change", "total", "2013", value=-19) + " in 2013 "
                  "and rose by " + S("9%", W_ISS + ".change", "total", "2015") + " in 2015.")
          + mpara(F, 1, "1.3 On communications data, the Open Signals Trust (DLB0007) drew attention to the "
                  "number of items obtained, " + S("808,214", "cd.items", "total", "2018") + " in 2018, and to "
                  "the " + S("1,320", SP, "total", "2018") + " applications that year for the data of people in "
                  "sensitive professions, against " + S("948", SP, "total", "2016") + " in 2016.")
          + mpara(F, 1, "1.4 The Bar Liaison Group (DLB0022) was concerned with privileged material: " +
                  S("77", "lpp.applications.made", "", "2018") + " applications to obtain it were made in 2018, "
                  "of which " + S("76", "lpp.applications.approved", "", "2018") + " were approved. The group "
                  "asked for a 28-day review of every such approval.")
          + "**Table A: sensitive professions, 2018 (as quoted in DLB0007, Annex 2)**\n\n"
          + mtable(F, 1, [["Profession", "Applications (2018)"],
                          ["Journalist", S("203", SP, "journalist", "2018")],
                          ["Lawyer", S("234", SP, "lawyer", "2018")],
                          ["Medical doctor", S("498", SP, "medical_doctor", "2018")],
                          ["Member of Parliament", S("113", SP, "member_of_parliament", "2018")],
                          ["Minister of religion", S("272", SP, "minister_of_religion", "2018")],
                          ["Total", "1,320"]], "LR")
          + mpara(F, 1, "1.5 Journalists" + RSQ + " organisations stressed a newer figure: applications to "
                  "identify a journalist" + RSQ + "s source, of which there were " + S("106", JS, "", "2024") +
                  " in 2024 (DLB0040), compared with " + S("15", JS, "", "2019") + " in 2019.")
          )
    p2 = (run(2)
          + "## 2. Errors and their consequences\n\n"
          + mpara(F, 2, "2.1 The Commissioner" + RSQ + "s figures on mistakes were cited in 19 submissions. "
                  "Errors involving surveillance, property interference and human sources numbered " +
                  S("99", "spci.errors", "total", "2018") + " in 2018, up from " +
                  S("83", "spci.errors", "total", "2017") + " the year before.")
          + mpara(F, 2, "2.2 Only " + S("eight", SER, "total", "2018") + " errors were judged serious in 2018, "
                  "against " + S("twenty-four", SER, "total", "2017") + " in 2017. Several respondents (DLB0003, "
                  "DLB0044) argued that a threshold which lets so few through is set too high.")
          + mpara(F, 2, "2.3 On interception, the Commissioner found " + S("no", SER, "interception", "2019") +
                  " serious errors at all in 2019, although " + S("24", "interception.errors", "", "2019") +
                  " relevant errors were reported.")
          + "## 3. Figures cited in written evidence\n\n"
          + md("Table B lists the surveillance figures that respondents quoted, value first, as most of them "
               "printed it. Paragraph references are to this summary; DLB numbers are the submissions.") + "\n\n"
          + "**Table B: surveillance and human-source figures cited**\n\n"
          + mtable(F, 2, [["Figure", "What it counts", "Period", "Cited in"],
                          [S("1,958", CHIS, "law_enforcement", "2018"), "Human source authorisations, law enforcement", "2018", "DLB0007"],
                          [S("1,866", CHIS, "law_enforcement", "2019"), "Human source authorisations, law enforcement", "2019", "DLB0007"],
                          [S("11", CHIS, "other_public_authorities", "2019"), "Human source authorisations, other public authorities", "2019", "DLB0026"],
                          [S("6,237", DS, "law_enforcement", FY1617), "Directed surveillance authorisations, law enforcement", "2016/17", "DLB0012"],
                          [S("808", DS + ".extant", "law_enforcement", "2017-03-31"), "Directed surveillance authorisations in force, law enforcement", "31 March 2017", "DLB0012"],
                          [S("186", IS, "", PY17), "Intrusive surveillance authorisations", "April to December 2017", "DLB0031"],
                          [S("248", IS + ".annualised", "", "2017"), "Intrusive surveillance, annualised", "2017", "DLB0031"],
                          [S("1,842", PI, "", FY1617), "Property interference authorisations", "2016/17", "DLB0019"],
                          [S("1,453", PI, "", PY17), "Property interference authorisations", "April to December 2017", "DLB0019"],
                          [S("1,937", PI + ".annualised", "", "2017"), "Property interference, annualised", "2017", "DLB0019"]],
                   "RLLL")
          + md("Oral evidence sessions will be held on 10 and 17 May 2022 in Committee Room 4. Enquiries: "
               "020 7946 0381.") + "\n\n"
          )
    return Doc(F, "Oversight of covert powers: summary of written evidence", "Select Committee on Digital Liberties (corpus imitation)",
               "Summary of responses to a committee call for evidence", "markdown-pdf", "",
               [Page(blocks=[Src(p1)]), Page(blocks=[Src(p2)])], date=(2022, 4, 21), part=PART, style="cfe")


# =============================================================================================
# 3. An internal audit report with RAG-rated findings (markdown-pdf)

MD_CSS["audit"] = """
body { font-family: sans-serif; font-size: 9.8pt; line-height: 1.35; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; color: #333366; }
h2 { font-size: 11.5pt; margin: 9pt 0 4pt 0; color: #333366; }
p { margin: 0 0 5pt 0; }
table { border-collapse: collapse; margin: 3pt 0 7pt 0; font-size: 9pt; }
th, td { border: 0.5pt solid #999; padding: 2pt 4pt; }
th { background-color: #dde0ee; }
.run { font-size: 8pt; color: #666; }
"""


def doc_audit() -> Doc:
    _start()
    F = "internal-audit-report-ia-2020-21-14-communications-data-unit-exmoor-quantock-police.pdf"
    run = lambda n: f'<p class="run">Southwest Audit Partnership {EM} Report IA 2020/21-14 {EM} RESTRICTED (draft removed) {EM} Page {n} of 2</p>\n\n'
    p1 = (run(1)
          + "# Internal Audit Report: Communications Data Unit\n\n"
          + md("Exmoor and Quantock Police (fictional). Audit reference IA 2020/21-14. Fieldwork 5 to 23 October "
               "2020; final report issued 30 November 2020. Assurance opinion: LIMITED. Auditor: R. Okafor, "
               "CMIIA; reviewed by the Head of Internal Audit.") + "\n\n"
          + "## 1. Summary of findings\n\n"
          + md("We tested 30 applications made between 1 April and 30 September 2020 and interviewed 6 staff. "
               "Findings are rated Red (urgent), Amber (important) or Green (advisory).") + "\n\n"
          + mtable(F, 1, [["Ref.", "Finding", "Rating", "Due"],
                          ["F1", "Time zones not checked on 4 of 30 applications", "Red", "31/12/2020"],
                          ["F2", "Designated person not independent in 2 cases", "Amber", "31/01/2021"],
                          ["F3", "Error log not reconciled monthly", "Amber", "28/02/2021"],
                          ["F4", "Training records incomplete for 1 officer", "Green", "31/03/2021"]], "LLLL")
          + "## 2. National context\n\n"
          + mpara(F, 1, "2.1 The force is one of many users. Nationally, law enforcement agencies obtained " +
                  S("700,282", "cd.items", "law_enforcement", "2017") + " items of communications data in 2017, "
                  + S("92.6%", "cd.items.share", "law_enforcement", "2017") + " of all items obtained.")
          + mpara(F, 1, "2.2 Errors of the kind we found in F1 are common. In 2018, single points of contact "
                  "made " + S("199", "cd.errors.time_date", "spoc", "2018") + " errors with the time or date, "
                  + S("66", "cd.errors.time_date.ip_address", "spoc", "2018") + " of them involving IP addresses; "
                  "communications service providers made " + S("50", "cd.errors.time_date", "csp", "2018") + ".")
          + mpara(F, 1, "2.3 Single points of contact were responsible for " +
                  S("43.6%", "cd.errors.share", "spoc", "2017") + " of reported errors in 2017, and applicants "
                  "for " + S("39.4%", "cd.errors.share", "applicant", "2016") + " in 2016.")
          + "**Table 1: national figures, by year (IOCCO and IPCO reports)**\n\n"
          + mtable(F, 1, [["Year", "Items obtained", "Errors reported", "Serious errors"],
                          ["2016", S("754,559", "cd.items", "total", "2016"), S("1,101", "cd.errors", "total", "2016"), EN],
                          ["2017", S("757,977", "cd.items", "total", "2017"), S("926", "cd.errors", "total", "2017"), S("24", SER, "total", "2017")],
                          ["2018", S("808,214", "cd.items", "total", "2018"), S("903", "cd.errors", "total", "2018"), S("8", SER, "total", "2018")],
                          ["2019", EN, S("1,063", "cd.errors", "total", "2019"), S("14", SER, "total", "2019")]], "LRRR")
          )
    p2 = (run(2)
          + "## 3. How the force compares\n\n"
          + mpara(F, 2, "3.1 The national inspectorate also grades its recommendations by colour. In 2015 it "
                  "made " + S("366", "recommendations", "total", "2015") + " recommendations to public "
                  "authorities, and we have used the same scale in this report.")
          + "**Table 2: RAG profile of national recommendations, 2015**\n\n"
          + mtable(F, 2, [["Rating", "Number", "Share"],
                          ["Red", S("29", "recommendations", "red", "2015"), S("8%", "recommendations.share", "red", "2015")],
                          ["Amber", S("203", "recommendations", "amber", "2015"), S("55%", "recommendations.share", "amber", "2015")],
                          ["Green", S("134", "recommendations", "green", "2015"), S("37%", "recommendations.share", "green", "2015")],
                          ["Total", "366", "100%"]], "LRR")
          + mpara(F, 2, "3.2 Our own profile (one Red, two Amber, one Green) is weighted more heavily towards "
                  "Red than the national one. We do not draw a firm conclusion from a sample of 4 findings.")
          + "## 4. Risks to note\n\n"
          + mlist(F, 2, [
              "Designated persons were responsible for " + S("2.9%", "cd.errors.share", "designated_person", "2016") +
              " of errors nationally in 2016; the force" + RSQ + "s two cases fall in this group.",
              "Communications service providers caused " + S("11.6%", "cd.errors.share", "csp", "2016") +
              " of errors in 2016, so not every error is the force" + RSQ + "s own.",
              "Applicants made " + S("12", "cd.errors.time_date.ip_address", "applicant", "2018") +
              " time or date errors involving IP addresses in 2018.",
          ])
          + "## 5. Management response\n\n"
          + md("The Head of the Communications Data Unit accepts all four findings. Actions F1 and F2 will be "
               "complete by 31 January 2021; a follow-up audit is planned for quarter 3 of 2021/22 (5 days).") + "\n\n"
          )
    return Doc(F, "Internal Audit Report IA 2020/21-14: Communications Data Unit", "Southwest Audit Partnership (corpus imitation)",
               "Internal audit report with RAG-rated findings", "markdown-pdf", "",
               [Page(blocks=[Src(p1)]), Page(blocks=[Src(p2)])], date=(2020, 11, 30), part=PART, style="audit")


# =============================================================================================
# 4. A charity's "State of Surveillance" data explainer (Typst, charts drawn natively)

TYPST_PRE["explainer"] = """
#set page(paper: "a4", margin: (top: 52pt, bottom: 54pt, x: 54pt), fill: rgb("#fbf8f2"),
  footer: context [#set text(size: 7.5pt, fill: rgb("#7a6a55")); #{"Watchful Commons is a registered charity (no. 1187640). State of Surveillance 2021, data explainer no. 3."} #h(1fr) #counter(page).display()])
#set text(font: "DejaVu Sans", size: 9.2pt, lang: "en", hyphenate: false)
#set par(justify: false, leading: 0.62em, spacing: 1em)
"""


def doc_explainer() -> Doc:
    _start()
    F = "watchful-commons-state-of-surveillance-2021-data-explainer-3.pdf"
    C1 = "Chart 1. Interception errors reported to the Commissioner"
    C2 = "Chart 2. Why interception warrants were issued (share of warrants)"
    C3 = "Chart 3. Serious errors: three views on one scale"
    C4 = "Chart 4. Items of communications data obtained"
    h = lambda t: f'#text(size: 13pt, weight: "bold", fill: rgb("#8c2f39"), {ts(t)})\n\n'
    p1 = (
        '#text(size: 8pt, weight: "bold", fill: rgb("#8c2f39"), tracking: 1pt, "STATE OF SURVEILLANCE 2021")\n\n'
        '#text(size: 20pt, weight: "bold", ' + ts("The numbers behind the watchers, explained") + ")\n\n"
        + tx("A 6-minute read. Updated 15 March 2021. Explainer 3 of 5.") + "\n\n"
        + tpara(F, 1, "The Investigatory Powers Commissioner now oversees more than " +
                S("600", "context.public_authorities", "", "2020", q="over") + " public authorities, from MI5 to "
                "parish-sized councils. Every year the Commissioner publishes how often they used their powers and "
                "how often they got it wrong. Here is what four of those series show.")
        + h("Mistakes in interception")
        + tpara(F, 1, "Interception errors climbed through the early 2010s, from " +
                S("27", "interception.errors", "", "2010") + " in 2010 to " +
                S("62", "interception.errors", "", "2015") + " in 2015. Reporting rules then changed, and there is "
                "no comparable figure for 2016 or 2017.")
        + t_cols(F, 1, C1, [("2010", S("27", "interception.errors", "", "2010")), ("2011", S("42", "interception.errors", "", "2011")),
                            ("2012", None), ("2013", S("57", "interception.errors", "", "2013")),
                            ("2014", S("60", "interception.errors", "", "2014")), ("2015", S("62", "interception.errors", "", "2015")),
                            ("2016", None), ("2017", None), ("2018", S("13", "interception.errors", "", "2018")),
                            ("2019", S("24", "interception.errors", "", "2019"))], 62, height=85, bw=26)
        + tx("n/a: no comparable figure published. Source: IOCCO reports 2010 to 2015, IPCO reports 2018 and 2019.") + "\n\n"
        + h("Crime or national security?")
        + tpara(F, 1, "Most warrants are issued to fight serious crime. In 2017 that share was " +
                S("65.22%", W_ISS + ".share", "serious_crime", "2017") + ", very close to the " +
                S("65%", W_ISS + ".share", "serious_crime", "2015") + " of two years earlier.")
        + '#text(size: 9.5pt, weight: "bold", ' + ts(C2) + ")\n#v(2pt)\n"
        + t_stack(F, 1, C2, "2014", [("Serious crime", S("68%", W_ISS + ".share", "serious_crime", "2014"), 0.68),
                                     ("National security", S("31%", W_ISS + ".share", "national_security", "2014"), 0.31),
                                     ("Combination", S("1%", W_ISS + ".share", "combination", "2014"), 0.01)],
                  total_w=330, outside=(2,), colours=("#8c2f39", "#d08c60", "#333333"))
        + t_stack(F, 1, C2, "2015", [("Serious crime", "65%", 0.65),
                                     ("National security", S("34%", W_ISS + ".share", "national_security", "2015"), 0.34),
                                     ("Combination", S("1%", W_ISS + ".share", "combination", "2015"), 0.01)],
                  total_w=330, outside=(2,), colours=("#8c2f39", "#d08c60", "#333333"))
        + t_stack(F, 1, C2, "2017", [("Serious crime", "65.22%", 0.6522),
                                     ("National security", S("34.5%", W_ISS + ".share", "national_security", "2017"), 0.345)],
                  total_w=330, colours=("#8c2f39", "#d08c60", "#333333"))
        + t_key(["Serious crime", "National security", "Combination of purposes"], colours=("#8c2f39", "#d08c60", "#333333"))
    )
    p2 = (
        h("How serious were the mistakes?")
        + tpara(F, 2, "Only a handful of errors are judged serious enough that the person affected might be told. "
                "The Commissioner investigated " + S("33", INV, "", "2017") + " possible serious errors in 2017 and "
                "confirmed " + S("24", SER, "total", "2017") + ". In 2021, for the first time, there were " +
                S("none", SER, "total", "2021") + ".")
        + "#grid(columns: 3, column-gutter: 10pt, "
        + ", ".join([
            "[" + t_cols(F, 2, "Serious errors determined", [("2013", S("7", SER, "total", "2013")), ("2017", "24"),
                                                             ("2018", S("8", SER, "total", "2018")), ("2019", S("14", SER, "total", "2019")),
                                                             ("2021", S("0", SER, "total", "2021", value=0))],
                         33, height=70, bw=16, colour="#8c2f39", axis=[0, 10, 20, 30], quote_title=C3 + " Serious errors determined") + "]",
            "[" + t_cols(F, 2, "Serious error investigations", [("2016", S("29", INV, "", "2016")), ("2017", "33"),
                                                                ("2019", S("18", INV, "", "2019"))],
                         33, height=70, bw=16, colour="#d08c60", quote_title=C3 + " Serious error investigations") + "]",
            "[" + t_cols(F, 2, "Privileged material, 2018", [("Applied", S("77", "lpp.applications.made", "", "2018")),
                                                             ("Approved", S("76", "lpp.applications.approved", "", "2018"))],
                         80, height=70, bw=22, colour="#555555", quote_title=C3 + " Privileged material, 2018") + "]",
        ]) + ")\n\n"
        + tx("All three panels share one vertical scale (0 to 33) except the third, which is drawn at a smaller "
             "scale so its bars fit. Zero is shown as a flat line.") + "\n\n"
        + h("How much data?")
        + tpara(F, 2, "The amount of communications data obtained was flat for three years and then jumped. "
                "Public authorities obtained " + S("761,702", "cd.items", "total", "2015") + " items in 2015 and " +
                S("808,214", "cd.items", "total", "2018") + " in 2018.")
        + t_line(F, 2, C4, [("2015", "761,702"), ("2016", S("754,559", "cd.items", "total", "2016")),
                            ("2017", S("757,977", "cd.items", "total", "2017")), ("2018", "808,214")],
                 740000, 815000, note=(3, "Highest yet: the first year over 800,000"))
        + tpara(F, 2, "Law enforcement bodies were the main users: they obtained " +
                S("92.6%", "cd.items.share", "law_enforcement", "2017") + " of all items in 2017. Our next "
                "explainer, due in April, looks at who the data were about.")
        + tx("Sources: Interception of Communications Commissioner" + RSQ + "s Office, Annual Reports 2010 to 2016; "
             "Investigatory Powers Commissioner" + RSQ + "s Office, Annual Reports 2017 to 2021. Charts by "
             "Watchful Commons; reuse under CC BY 4.0.") + "\n"
    )
    return Doc(F, "State of Surveillance 2021: the numbers behind the watchers, explained", "Watchful Commons (corpus imitation)",
               "Charity data explainer with charts", "typst", "",
               [Page(blocks=[Src(p1)]), Page(blocks=[Src(p2)])], date=(2021, 3, 15), part=PART, style="explainer")


# =============================================================================================
# 5. A local weekly newspaper's print page (Typst, A3, five narrow justified columns)

NEWS_COLS = 5
NEWS_W, NEWS_M, NEWS_GUT = 841.89, 30.0, 9.0
TYPST_PRE["gazette"] = f"""
#set page(width: {NEWS_W}pt, height: 1190.55pt, margin: (x: {NEWS_M}pt, top: 28pt, bottom: 30pt))
#set text(font: "Liberation Serif", size: 10.2pt, lang: "en", hyphenate: false)
#set par(justify: true, leading: 0.5em, spacing: 0.7em, first-line-indent: 8pt)
"""


def doc_gazette() -> Doc:
    _start()
    F = "kennet-valley-gazette-2025-04-10-page-7-town-hall-snooping-powers.pdf"
    BY = "By numbers"
    CH = "Inspections by the Commissioner"
    colw = (NEWS_W - 2 * NEWS_M - (NEWS_COLS - 1) * NEWS_GUT) / NEWS_COLS
    g.REGIONS[(F, 1)] = [(NEWS_M + k * (colw + NEWS_GUT) - 3, 0, NEWS_M + k * (colw + NEWS_GUT) + colw + 3, 1170)
                         for k in range(NEWS_COLS)]
    P = lambda t: tpara(F, 1, t)
    box = lambda title, body, fill="#f2f2f2": (f'#block(fill: rgb("{fill}"), inset: 6pt, width: 100%, breakable: false)['
                                              f'#set par(first-line-indent: 0pt, justify: false)\n#text(weight: "bold", size: 10pt, {ts(title)})\n\n{body}]\n\n')
    byn = "".join("- " + tx(prose(F, 1, t, "list")) + "\n" for t in [
        S("157", SP, "journalist", "2024") + " applications for the data of journalists in 2024",
        S("219", SP, "lawyer", "2024") + " for the data of lawyers",
        S("106", JS, "", "2024") + " to identify a journalist" + RSQ + "s source",
    ])
    chart_box = t_hbars(F, 1, CH, [("2022", S("380", "inspections", "total", "2022")),
                                   ("2023", S("386", "inspections", "total", "2023"))], 386, width=85, lab_w=24,
                        colour="#444444", size=8)
    body = (
        P("Public bodies across the UK made just under " + S("360,000", "authorisations.all_powers", "", "2023", q="under") +
            " authorisations to use investigatory powers in 2023, according to the latest report of the "
            "Investigatory Powers Commissioner.")
        + P("The watchdog, which oversees more than " + S("600", "context.public_authorities", "", "2024", q="over") +
            " public authorities including Kennet District Council, carried out " +
            S("386", "inspections", "total", "2023") + " inspections that year.")
        + P("Councillors on the council" + RSQ + "s audit committee will next Tuesday review its policy on covert "
            "surveillance, which was last updated in 2019 and runs to 42 pages.")
        + P("Cllr Jean Pemberton, 67, who chairs the committee, said the council had not used the powers "
            "for three years. " + LDQ + "We are a small authority and these are last-resort tools," + RDQ + " she said.")
        + P("Nationally, the Department for Work and Pensions is by far the heaviest user among the smaller "
            "bodies. In the nine months from April to December 2017 it granted " +
            S("792", DS, "dwp", PY17) + " of the " + S("933", DS, "other_public_authorities", PY17) +
            " directed surveillance authorisations made by public authorities other than the police and "
            "intelligence agencies.")
        + P("Councils" + RSQ + " own use of phone and internet records is small by comparison. In 2019 local "
            "authorities obtained " + S("1,191", "cd.items.comms_type", "telephony", "2019") + " items of "
            "telephony data, " + S("164", "cd.items.comms_type", "internet", "2019") + " of internet data and " +
            S("24", "cd.items.comms_type", "postal", "2019") + " of postal data.")
        + P("Public authorities other than the police used informants, known officially as covert human "
            "intelligence sources, only " + S("11", CHIS, "other_public_authorities", "2019") + " times in 2019.")
        + P("The Commissioner" + RSQ + "s office reported " + S("no", SER, "total", "2021") + " serious errors "
            "at all in 2021, the first year it could say so.")
        + P("Privacy campaigners point instead to journalists. Applications to identify a journalist" + RSQ +
            "s source rose from " + S("15", JS, "", "2019") + " in 2019 to 106 in 2024.")
        + P("The committee meets at 7pm on Tuesday 15 April at Hungerford Road, and the public may attend. "
            "Papers are online at kennet.gov.example/meetings (item 6).")
        + box(BY, byn)
        + box("", chart_box + tx("Source: IPCO Annual Reports 2022 and 2023"), fill="#ffffff")
        + box("WEATHER", tx("Today: bright spells, max 14°C, min 6°C. Wind SW 12mph. Sunrise 6.32am, sunset "
                            "7.58pm. Pollen: moderate. Tomorrow: showers, max 12°C."), fill="#e3eef7")
        + "#colbreak()\n"
        + box("KENNET CARPETS & FLOORING", tx("Spring sale now on: 20% off all ranges, free fitting on orders over "
                                              "£499. Call 01635 550 219. Unit 4, Station Yard, RG17 0AB. Est. 1978."), fill="#fff3c4")
        + '#text(size: 13pt, weight: "bold", ' + ts("Footpath reopens after 18-month closure") + ")\n\n"
        + tx("The riverside footpath between Kintbury and Hamstead Marshall reopened on Monday after repairs costing "
             "£86,000. The 2.4-mile route had been shut since October 2023 after a bank collapsed. Parish clerk "
             "Sue Whitlock, 58, said 320 people had signed a petition for its return.") + "\n\n"
        + tx("Work was delayed for five months while the Environment Agency surveyed the bank, and a temporary "
             "diversion added 1.1 miles to the walk. Volunteers from the Kintbury Ramblers, whose youngest member "
             "is 9 and oldest 91, cleared 14 fallen trees.") + "\n\n"
        + tx("Mrs Whitlock said: " + LDQ + "People have waited a long time. We will hold a walk on Saturday 26 April "
             "at 10am to celebrate, starting at the Dundas Arms." + RDQ) + "\n\n"
        + "#colbreak()\n"
        + '#text(size: 13pt, weight: "bold", ' + ts("Court round-up") + ")\n\n"
        + tx("A Hungerford man, 34, was fined £120 and ordered to pay £85 costs at Reading Magistrates" + RSQ +
             " Court for driving at 47mph in a 30mph zone. A woman, 29, of Newbury was given a 12-month community "
             "order and 80 hours of unpaid work for shoplifting goods worth £63.") + "\n\n"
        + tx("A 52-year-old Lambourn trainer admitted two counts of failing to register horses and was fined £400. "
             "The case was adjourned from 6 March.") + "\n\n"
        + box("WHAT" + RSQ + "S ON", tx("Fri 11 Apr: quiz night, Bell Inn, 8pm, £2 a head. Sat 12 Apr: plant sale, "
                                       "St Mary" + RSQ + "s, 10am to 1pm. Sun 13 Apr: 5km fun run, 9.30am, entry £8 "
                                       "(under-16s free). Wed 16 Apr: film club shows a 1962 classic, 7.30pm."), fill="#eef5e9")
        + box("HUNGERFORD ARCADE ANTIQUES", tx("Over 100 dealers under one roof. Open 7 days, 10am to 5pm. "
                                               "Valuations every Thursday. 26-28 High Street. 01488 683 701.")
              + "\n#v(150pt)\n" + tx("Free parking for 40 cars at the rear."), fill="#e9e1f5")
        + "#colbreak()\n"
        + box("CLASSIFIEDS", tx("FOR SALE: child" + RSQ + "s bike, 20in, £45 ono, 07700 900 318. WANTED: garage to rent, "
                                "Hungerford area, up to £60 a month, 07700 900 742. LOST: black cat, 3 years old, "
                                "answers to Mango, Eddington, reward. Tel 01488 680 215."), fill="#f4f4f4")
        + box("PUZZLES", tx("Sudoku No. 4,512 (medium) and the quick crossword are on page 23. Last week" + RSQ +
                            "s winners: Mr D. Hale of Lambourn and Mrs K. Osei of Thatcham."), fill="#eeeeee")
        + "#colbreak()\n"
        + box("FAMILY NOTICES", tx("BIRTHS: To Priya and Sam Clarke, a daughter, Isla May, 7lb 2oz, on 2 April. "
                                   "DEATHS: Arthur Penn, aged 88, peacefully on 29 March; funeral at St Lawrence, "
                                   "Hungerford, on 17 April at 2pm."), fill="#ffffff")
        + box("DOUBLE GLAZING FROM £1,995", tx("A-rated windows, 10-year guarantee. Family firm, 35 years in "
                                              "the valley. Freephone 0800 046 1188 for a quote."), fill="#fde0dc")
    )
    masthead = (
        '#grid(columns: (1fr, auto), [#text(size: 9pt, "KENNET VALLEY GAZETTE")], [#text(size: 9pt, '
        + ts("Thursday, April 10, 2025") + ')])\n#line(length: 100%, stroke: 1.2pt)\n#v(-4pt)\n'
        '#grid(columns: (1fr, auto), [#text(size: 9pt, weight: "bold", "NEWS")], [#text(size: 9pt, "7")])\n'
        "#line(length: 100%, stroke: 0.5pt)\n#v(6pt)\n"
        '#text(size: 34pt, weight: "bold", ' + ts("How often are the snoopers snooping?") + ")\n\n"
        '#par(first-line-indent: 0pt)[#text(size: 13pt, style: "italic", '
        + ts("National watchdog" + RSQ + "s figures show the scale of covert powers, as Kennet council reviews its own policy") + ")]\n\n"
        '#par(first-line-indent: 0pt)[#text(size: 9pt, weight: "bold", ' + ts("BY TOM ASHWORTH, Local Democracy Reporter") + ")]\n"
        "#v(4pt)\n"
    )
    page = masthead + f"#columns({NEWS_COLS}, gutter: {NEWS_GUT}pt)[\n" + body + "]\n"
    return Doc(F, "Kennet Valley Gazette, 10 April 2025, page 7", "Kennet Valley Gazette (corpus imitation)",
               "Local weekly newspaper print page", "typst", "", [Page(blocks=[Src(page)])],
               date=(2025, 4, 10), part=PART, style="gazette")


# =============================================================================================
# 6. A think tank's annotated timeline (Typst, serif, a date column and a rule)

TYPST_PRE["timeline"] = """
#set page(paper: "a4", margin: (top: 58pt, bottom: 56pt, left: 64pt, right: 60pt),
  header: context [#set text(size: 8pt, fill: rgb("#6b5a3a")); #{"Marchmont Institute  ·  Watching the watchers: an annotated timeline"} #h(1fr) #{"Briefing 2025/07"}],
  footer: context [#set text(size: 8pt, fill: rgb("#6b5a3a")); #h(1fr) #counter(page).display() #h(1fr)])
#set text(font: "Libertinus Serif", size: 10.3pt, lang: "en", hyphenate: false)
#set par(justify: false, leading: 0.58em, spacing: 0.9em)
"""
TL_X = 64 + 62 + 14  # left margin + date column + gutter: where the entries start


def doc_timeline() -> Doc:
    _start()
    F = "marchmont-institute-watching-the-watchers-annotated-timeline-2006-2025.pdf"
    g.REGIONS[(F, 1)] = [(TL_X - 4, 0, 595, 841)]
    g.REGIONS[(F, 2)] = [(TL_X - 4, 0, 595, 841)]

    def entries(page, items):
        cells = []
        for date, head, text in items:
            body = tx(prose(F, page, text, "list")) if "\u27e6" in text else tx(text)
            cells.append(f'[#text(weight: "bold", fill: rgb("#6b5a3a"), {ts(date)})]')
            cells.append(f"[#text(weight: \"bold\", {ts(head)}) #linebreak() {body}]")
        return ("#grid(columns: (62pt, 1fr), column-gutter: 0pt, row-gutter: 0pt, inset: (x, y) => if x == 0 { (right: 8pt, y: 5pt) } else { (left: 14pt, y: 5pt) }, "
                'stroke: (x, y) => if x == 1 { (left: 1.5pt + rgb("#b89a5e")) }, ' + ", ".join(cells) + ")\n\n")

    era = lambda t: f'#v(4pt)\n#text(size: 12pt, weight: "bold", fill: rgb("#6b5a3a"), {ts(t)})\n\n'
    p1 = (
        '#text(size: 20pt, weight: "bold", ' + ts("Watching the watchers: an annotated timeline, 2006" + EN + "2025") + ")\n\n"
        + tx("Briefing 2025/07, published 2 June 2025. Compiled by the Marchmont Institute" + RSQ + "s law and "
             "technology programme (6 researchers). Dates on the left are when a report was published, not "
             "the year it covers.") + "\n\n"
        + era("I. The Commissioners" + RSQ + " early reports")
        + entries(1, [
            ("Feb 2007", "First report on the new communications data regime",
             "The Commissioner counted " + S("253,557", "cd.requests", "total", PY06) + " requests for communications "
             "data in the nine months from April to December 2006."),
            ("Feb 2007", "Errors counted for the first time",
             "Over the same months " + S("1,088", "cd.errors", "total", PY06) + " errors were reported, " +
             S("787", "cd.errors", "public_authorities", PY06) + " by public authorities and " +
             S("301", "cd.errors", "csp", PY06) + " by service providers."),
            ("Feb 2007", "Interception in the same period",
             S("1,435", W_ISS, "total", PY06) + " interception warrants were issued between April and December 2006."),
            ("Jul 2008", "A full year of requests",
             "Requests reached " + S("519,260", "cd.requests", "total", "2007") + " in 2007, and after new "
             "reporting rules " + S("99", "cd.errors", "public_authorities", "2007-10/2007-12") + " errors were "
             "reported in October to December alone."),
            ("Jul 2010", "The Tribunal" + RSQ + "s caseload",
             "The Investigatory Powers Tribunal received " + S("157", "ipt.complaints", "", "2009") +
             " new complaints in 2009."),
            ("Jun 2011", "Warrants before the surge",
             S("1,865", W_ISS, "total", "2010") + " interception warrants were issued in 2010."),
        ])
        + tpara(F, 1, "Commentary. These first reports were short, and their figures were given in passing. Errors "
                "were running at " + S("595", "cd.errors", "total", "2008") + " in 2008 and " +
                S("661", "cd.errors", "total", "2009") + " in 2009, modest against half a million requests a year.")
        + era("II. Growth and scrutiny")
        + entries(1, [
            ("Jul 2013", "A sharp rise",
             "Warrants rose by " + S("16%", W_ISS + ".change", "total", "2012") + " to " +
             S("3,372", W_ISS, "total", "2012") + " in 2012."),
            ("Apr 2014", "Then a fall",
             "In 2013 the number of warrants fell to " + S("2,760", W_ISS, "total", "2013") + "; the Commissioner "
             "called " + S("seven", SER, "total", "2013", value=7) + " communications data errors that year very serious."),
        ])
    )
    C = "Communications data errors reported, by year covered"
    p2 = (
        entries(2, [
            ("Mar 2015", "Service providers" + RSQ + " share of errors",
             "Service providers caused " + S("12.5%", "cd.errors.share", "csp", "2013") + " of the 2013 errors and "
             "public authorities " + S("87.5%", "cd.errors.share", "public_authorities", "2013") + "."),
            ("Jul 2016", "Oral requests",
             S("55,346", "cd.urgent_oral", "", "2014") + " requests were made under the urgent oral process in 2014."),
        ])
        + era("III. The Investigatory Powers Act era")
        + entries(2, [
            ("Jan 2019", "The first IPCO report",
             "The new Commissioner found " + S("3,535", W_ISS, "total", "2017") + " warrants issued in 2017."),
            ("Mar 2020", "Privileged material",
             "In 2018, " + S("77", "lpp.applications.made", "", "2018") + " applications to obtain legally "
             "privileged material were made."),
            ("Mar 2024", "Inspections",
             "The Commissioner" + RSQ + "s office carried out " + S("380", "inspections", "total", "2022") +
             " inspections in 2022."),
            ("May 2025", "The scale today",
             "Just under " + S("360,000", "authorisations.all_powers", "", "2023", q="under") +
             " authorisations were made across all the powers in 2023."),
        ])
        + tpara(F, 2, "Commentary. The error series is the longest consistent one in the record, though the "
                "Commissioners changed what counted as an error more than once. It peaked at " +
                S("1,199", "cd.errors", "total", "2015") + " in 2015 and stood at " +
                S("1,063", "cd.errors", "total", "2019") + " in 2019, the last year before reporting changed again.")
        + t_cols(F, 2, C, [("2008", S("595", "cd.errors", "total", "2008")),
                           ("2009", S("661", "cd.errors", "total", "2009")),
                           ("2012", S("979", "cd.errors", "total", "2012")), ("2013", S("970", "cd.errors", "total", "2013")),
                           ("2015", "1,199"), ("2016", S("1,101", "cd.errors", "total", "2016")),
                           ("2017", S("926", "cd.errors", "total", "2017")), ("2018", S("903", "cd.errors", "total", "2018")),
                           ("2019", "1,063")], 1199, height=80, bw=30, colour="#b89a5e", size=7.5)
        + tx("Years 2010, 2011 and 2014 are left out: the reports for those years gave no comparable total. "
             "Marchmont Institute, 14 Carlton Yard, Edinburgh EH7 5QP; charity SC049381.") + "\n"
    )
    return Doc(F, "Watching the watchers: an annotated timeline, 2006-2025", "Marchmont Institute (corpus imitation)",
               "Think-tank annotated timeline", "typst", "", [Page(blocks=[Src(p1)]), Page(blocks=[Src(p2)])],
               date=(2025, 6, 2), part=PART, style="timeline")


# =============================================================================================
# 7. An invitation to tender: statement of requirements (markdown-pdf)

MD_CSS["itt"] = """
body { font-family: sans-serif; font-size: 9.8pt; line-height: 1.35; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 11.5pt; margin: 9pt 0 4pt 0; color: #0b5563; }
p { margin: 0 0 5pt 0; }
table { border-collapse: collapse; margin: 3pt 0 7pt 0; font-size: 9pt; }
th, td { border: 0.5pt solid #999; padding: 2pt 5pt; }
th { background-color: #d7ecef; }
.run { font-size: 8pt; color: #666; }
"""


def doc_itt() -> Doc:
    _start()
    F = "itt-2024-0457-oversight-statistics-case-management-system-statement-of-requirements.pdf"
    run = lambda n: f'<p class="run">Crown Oversight Shared Services {EM} ITT/2024/0457 {EM} Schedule 2: Statement of Requirements {EM} OFFICIAL {EM} Page {n} of 2</p>\n\n'
    head = ('<tr><th rowspan="2">Year covered</th><th colspan="2">Interception</th><th colspan="2">Communications data</th></tr>'
            '<tr><th>Warrants issued</th><th>Errors</th><th>Items obtained</th><th>Errors</th></tr>')
    p1 = (run(1)
          + "# Statistics Case Management System: Statement of Requirements\n\n"
          + md("Invitation to Tender ITT/2024/0457. Issued 20 May 2024; clarification questions by 12:00 on 7 June "
               "2024; tenders due 28 June 2024. Estimated contract value £1.2m to £1.6m (excluding VAT) over an "
               "initial term of 3 years with two optional 12-month extensions. Lot 1 only.") + "\n\n"
          + "## 1. Background\n\n"
          + mpara(F, 1, "1.1 The Authority supports the independent oversight of investigatory powers. The "
                  "Commissioner oversees more than " + S("600", "context.public_authorities", "", "2022", q="over") +
                  " public authorities, and in 2023 those authorities made just under " +
                  S("360,000", "authorisations.all_powers", "", "2023", q="under") + " authorisations across all "
                  "the powers.")
          + mpara(F, 1, "1.2 The inspection programme is growing. Inspectors carried out " +
                  S("380", "inspections", "total", "2022") + " inspections in 2022 and " +
                  S("386", "inspections", "total", "2023") + " in 2023, each producing a report, findings and "
                  "recommendations that the system must track to closure.")
          + mpara(F, 1, "1.3 Error reports are the second main workload. Public authorities reported " +
                  S("1,063", "cd.errors", "total", "2019") + " communications data errors in 2019, of which the "
                  "Commissioner investigated " + S("18", INV, "", "2019") + " as possibly serious and determined "
                  "that " + S("fourteen", SER, "total", "2019") + " were serious.")
          + "## 2. Historic data to be migrated\n\n"
          + md("The supplier must migrate the published series below from spreadsheets (about 2,400 files, 11 GB). "
               "Figures are as published; a dash means no comparable figure was published.") + "\n\n"
          + "**Table 2.1: published annual series to be migrated (REQ-031)**\n\n"
          + htable(F, 1, head, [
              ["2013", S("2,760", W_ISS, "total", "2013"), S("57", "interception.errors", "", "2013"), EN, S("970", "cd.errors", "total", "2013")],
              ["2014", S("2,795", W_ISS, "total", "2014"), S("60", "interception.errors", "", "2014"), EN, EN],
              ["2015", S("3,059", W_ISS, "total", "2015"), S("62", "interception.errors", "", "2015"),
               S("761,702", "cd.items", "total", "2015"), S("1,199", "cd.errors", "total", "2015")],
              ["2016", S("3,007", W_ISS, "total", "2016"), EN, S("754,559", "cd.items", "total", "2016"),
               S("1,101", "cd.errors", "total", "2016")],
          ])
          + md("Source: IOCCO annual reports for 2013 to 2016. Table 2.2 (surveillance series) is in Annex C.") + "\n\n"
          )
    p2 = (run(2)
          + "## 3. Functional requirements\n\n"
          + mtable(F, 2, [["ID", "Requirement", "Priority"],
                          ["REQ-014", "Record each authorisation return with its 12 mandatory fields", "Must"],
                          ["REQ-022", "Produce the annual statistics tables within 10 working days of year end", "Must"],
                          ["REQ-031", "Hold the historic series in Table 2.1 and Annex C", "Must"],
                          ["REQ-047", "Support 250 concurrent users and 99.5% availability", "Should"]], "LLL")
          + mpara(F, 2, "3.1 The annual statistics must reproduce, to the unit, the figures already published. For "
                  "example, the system must be able to show that " + S("2,306", W_ISS, "serious_crime", "2017") +
                  " of the 2017 warrants were for serious crime and " + S("1,219", W_ISS, "national_security", "2017") +
                  " for national security.")
          + mpara(F, 2, "3.2 It must also break down applications by profession: in 2024 there were " +
                  S("157", SP, "journalist", "2024") + " applications for the data of journalists and " +
                  S("219", SP, "lawyer", "2024") + " for the data of lawyers.")
          + "## 4. Indicative volumes\n\n"
          + mpara(F, 2, "Suppliers should size the service on the published figures, which illustrate the volumes "
                  "involved: " + S("808,214", "cd.items", "total", "2018") + " items of communications data were "
                  "obtained in 2018, " + S("200,665", "cd.requests.approved", "", "2019") + " requests for "
                  "communications data were approved in 2019, and law enforcement made " +
                  S("1,958", CHIS, "law_enforcement", "2018") + " human source authorisations in 2018.")
          + mpara(F, 2, "4.1 Volumes can fall as well as rise: human source authorisations by law enforcement "
                  "fell to " + S("1,866", CHIS, "law_enforcement", "2019") + " in 2019. The pricing schedule "
                  "(Schedule 4) must therefore allow for a 20% change in either direction.")
          + md("Contact: commercial@coss.example, 0300 123 4567. Do not contact Commissioners or their staff "
               "about this procurement.") + "\n\n"
          )
    return Doc(F, "ITT/2024/0457 Schedule 2: Statement of Requirements", "Crown Oversight Shared Services (corpus imitation)",
               "Invitation to tender: statement of requirements", "markdown-pdf", "",
               [Page(blocks=[Src(p1)]), Page(blocks=[Src(p2)])], date=(2024, 5, 20), part=PART, style="itt")


def dev14_builders() -> list:
    return [doc_ledr, doc_cfe, doc_audit, doc_explainer, doc_gazette, doc_timeline, doc_itt]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
