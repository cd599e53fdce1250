#!/usr/bin/env python3
"""Fifteenth development part of the labelled corpus: corpora/dev15/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev15.py      # this part only

Theme: an honest, untuned generalisation test written at the end of a day of work, with a
realistic mix of forms (about two fifths sentences, a fifth charts, a quarter tables, the rest
lists), from producers already installed but used in ways no earlier part uses them:

- WeasyPrint with CSS multi-column prose (`columns: 2`), full-width blocks spanning the columns
  and CSS footnotes (`float: footnote`) at the page foot;
- Typst in landscape with one long table that runs over two pages with its header repeated, a
  three-column newspaper page, a 3-up slide handout with ruled note lines, and a "ten charts"
  explainer whose text and charts sit side by side;
- fpdf2 with a TrueType font (DejaVu Sans) and right-aligned number columns;
- markdown-pdf for a grant-application form with question headings and word limits.

Seven documents, in genres no earlier part has:

- a Welsh statistical release with bilingual headings (WeasyPrint): "Prif bwyntiau / Key
  points", two columns, footnotes, a table with bilingual column heads;
- a university student newspaper feature (Typst, three columns): a byline with the writer's age
  and course, a pull quote, a "by the numbers" box, a small column chart;
- a trade union's briefing for members in communications data units (fpdf2, DejaVu): membership
  and branch numbers, subscription rates, right-aligned tables, "key facts for reps";
- a charity's grant application (markdown-pdf): question numbers and word limits, an evidence
  table, an outcomes table of the charity's own targets and a budget (distractors);
- a tribunal's transparency data note (Typst, A4 landscape): a 27-row table of published
  figures cited in determinations, with neutral citations ([2019] SAT 14) as distractors;
- a slide handout printed three slides to a page with note lines (Typst): column and bar
  charts with printed values, a 100% stacked bar, bullet slides;
- a regional think tank's "ten charts" explainer (Typst): ten numbered charts, each with its
  takeaway beside it; two charts print no values (bar lengths only, not gold).

Only printed figures are statistics: axis ticks, chart and table numbers, question, paragraph,
slide and footnote numbers, dates, ages, durations, phone, reference and membership numbers,
neutral citations, prices and budgets are distractors.

This part was written to be scored once, before any rule is tuned on it. Untuned score, measured in a
clean worktree at 2b3d35e (`cli.py evaluate corpora/dev15 corpora/dev15/gold.csv`): P 0.806, R 0.643,
F1 0.715 (TP 133, FP 32, FN 74); chart 0.500/0.347, list 0.968/0.963, sentence 0.925/0.710, table
0.750/0.620, words 0.857/0.833. Weakest: the ten-charts explainer (text beside charts) 0.286/0.146.

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The statistics office,
the newspaper, the union, the charity and the funder, the tribunal, the speaker and the think
tank are fictional and give no statistics of their own.

Determinism: Typst and fpdf2 are given the document's date; PyMuPDF's output is written with
fixed metadata dates and without a new /ID; WeasyPrint writes no date.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import Doc, Page, S
import generate_dev13 as d13
import generate_dev14 as d14
from generate_dev14 import Src, prose, row_cells, chart, ts, tx, tpara, ttable, mpara, mlist, mtable, md, mdpdf_renderer

PART = "dev15"
EN = "\u2013"
EM = "\u2014"
RSQ = "\u2019"
CREATOR = "corpora/generate_dev15.py"

W_ISS = "interception.warrants.issued"
W_SH = "interception.warrants.issued.share"
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


# ---------------------------------------------------------------------------------------------
# WeasyPrint: two CSS columns, spanning blocks, CSS footnotes

STYLES: dict = {}


def render_weasy15(doc: Doc) -> None:
    import weasyprint

    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    pages = []
    for k, page in enumerate(doc.pages):
        brk = ' style="break-before: page"' if k else ""
        pages.append(f'<section class="pg"{brk}>' + "".join(b.html for b in page.blocks) + "</section>")
    head = (f'<html lang="cy-GB"><head><meta charset="utf-8"><title>{d13.esc(doc.title)}</title>'
            f'<meta name="author" content="{d13.esc(doc.author)}">'
            f'<meta name="description" content="{d13.esc(doc.subject)}">'
            f'<meta name="generator" content="{CREATOR}">'
            f'<style>{STYLES[doc.style]}</style></head>')
    src = head + "<body>" + "".join(pages) + "</body></html>"
    weasyprint.HTML(string=src, base_url=str(g.HERE)).write_pdf(str(path))


g.RENDERERS.setdefault("weasyprint-columns", render_weasy15)

R, T = d13.R, d13.T

STYLES["release"] = """
@page { size: A4; margin: 52pt 50pt 60pt 50pt;
  @bottom-left { content: "Arsyllfa Ddata Cymru / Wales Data Observatory  \\2022  SB 14/2025"; font: 7.5pt 'DejaVu Sans'; color: #555; }
  @bottom-right { content: "Tudalen / Page " counter(page); font: 7.5pt 'DejaVu Sans'; color: #555; }
  @footnote { border-top: 0.5pt solid #999; padding-top: 4pt; } }
body { font-family: 'DejaVu Sans'; font-size: 9.2pt; line-height: 1.35; color: #1b1b1b; }
.band { background: #c8102e; color: white; padding: 8pt 10pt; margin-bottom: 8pt; }
.band h1 { font-size: 15pt; margin: 0 0 2pt 0; }
.band p { margin: 0; font-size: 8.5pt; }
h2 { font-size: 11pt; color: #c8102e; margin: 8pt 0 4pt 0; }
h2 .cy { color: #555; font-weight: normal; }
.cols { columns: 2; column-gap: 22pt; text-align: left; }
.cols p { margin: 0 0 6pt 0; break-inside: avoid; }
.key { border: 1pt solid #c8102e; padding: 4pt 10pt; margin: 6pt 0 8pt 0; }
.key li { margin: 2pt 0; }
.fn { float: footnote; font-size: 7pt; }
::footnote-call { font-size: 6.5pt; vertical-align: super; }
::footnote-marker { font-size: 7pt; }
table.t { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 6pt 0; }
table.t th { background: #f2d7dc; text-align: left; padding: 3pt 5pt; border-bottom: 1pt solid #c8102e; font-size: 8.5pt; }
table.t td { padding: 3pt 5pt; border-bottom: 0.5pt solid #ccc; }
table.t td + td { text-align: right; }
.meta { font-size: 8pt; color: #444; }
"""


def doc_welsh_release() -> Doc:
    _start()
    F = "ystadegau-goruchwylio-pwerau-ymchwilio-investigatory-powers-oversight-statistics-sb-14-2025.pdf"
    fn = lambda t: f'<span class="fn">{d13.esc(t)}</span>'
    p1 = [
        g.Raw('<div class="band"><h1>Ystadegau goruchwylio pwerau ymchwilio<br>Investigatory powers oversight '
              'statistics</h1><p>Bwletin Ystadegol / Statistical Bulletin SB 14/2025 \u2022 27 Mawrth / March 2025 '
              '\u2022 Ystadegydd / Statistician: Rhian Pugh, 0300 025 0412</p></div>'),
        g.Raw('<p class="meta">This bulletin brings together UK-wide figures published by the independent '
              'Commissioners. It contains no figures for Wales alone, because none are published. Next update: '
              'March 2026.</p>'),
        g.Raw('<h2>Prif bwyntiau <span class="cy">/ Key points</span></h2>'),
        g.Raw('<ul class="key">'
              + "".join("<li>" + R(F, 1, t, "list") + "</li>" for t in [
                  "Public authorities reported " + S("1,063", "cd.errors", "total", "2019") +
                  " communications data errors in 2019, up from " + S("903", "cd.errors", "total", "2018") + " in 2018.",
                  "Interception warrants issued reached " + S("3,535", W_ISS, "total", "2017") + " in 2017, just over " +
                  S("17.5%", "interception.warrants.issued.change", "total", "2017", q="over") + " more than a year earlier.",
                  "The Commissioner judged " + S("eight", SER, "total", "2018") + " errors serious in 2018 and " +
                  S("fourteen", SER, "total", "2019") + " in 2019.",
                  "Law enforcement granted " + S("1,958", CHIS, "law_enforcement", "2018") +
                  " human source authorisations in 2018 and " + S("1,866", CHIS, "law_enforcement", "2019") + " in 2019.",
              ]) + "</ul>"),
        g.Raw('<h2>Cyflwyniad <span class="cy">/ Introduction</span></h2>'),
        g.Raw('<div class="cols"><p>'
              + R(F, 1, "The volume of communications data has grown. Items obtained numbered " +
                  S("761,702", "cd.items", "total", "2015") + " in 2015, " + S("754,559", "cd.items", "total", "2016") +
                  " in 2016 and " + S("757,977", "cd.items", "total", "2017") + " in 2017, before rising to " +
                  S("808,214", "cd.items", "total", "2018") + " in 2018.")
              + fn("Items are counted as the Commissioner counts them; one application can cover several items.")
              + "</p><p>"
              + R(F, 1, "Interception is a smaller power. In 2017, " + S("2,306", W_ISS, "serious_crime", "2017") +
                  " warrants were issued for serious crime and " + S("1,219", W_ISS, "national_security", "2017") +
                  " in the interests of national security.")
              + fn("A warrant can be issued for more than one purpose; section 20 of the 2016 Act.")
              + "</p><p>"
              + R(F, 1, "Under the 2016 Act regime, " + S("200,665", "cd.requests.approved", "", "2019") +
                  " requests for communications data were approved in 2019.")
              + "</p><p>"
              + R(F, 1, "Oversight is done by inspection. In 2016 the Commissioner" + RSQ + "s office inspected " +
                  S("134", "public_authorities.inspected", "", "2016") + " public authorities and carried out " +
                  S("166", "inspections", "total", "2016") + " inspections in all.")
              + fn("Inspection visits last between one and four days; see paragraph 4.7 of the methodology note.")
              + "</p><p>"
              + R(F, 1, "Who makes the mistakes matters. In 2016 telecommunications operators accounted for " +
                  S("11.6%", "cd.errors.share", "csp", "2016") + " of communications data errors and single points "
                  "of contact for " + S("43.3%", "cd.errors.share", "spoc", "2016") + ".")
              + "</p><p>"
              + R(F, 1, "Law enforcement is the main user. In 2017 it obtained " +
                  S("700,282", "cd.items", "law_enforcement", "2017") + " items of communications data, " +
                  S("92.6%", "cd.items.share", "law_enforcement", "2017") + " of the total.")
              + "</p><p>"
              + R(F, 1, "Surveillance of people in public places is older and larger still: around 2007 some " +
                  S("20,000", DS, "total", "2007", q="approximately") + " directed surveillance authorisations "
                  "were being granted each year.")
              + "</p><p>Ymholiadau / Enquiries: ystadegau@arsyllfa.example, 0300 025 0412 (09:00 to 17:00). "
              "Mae" + RSQ + "r ddogfen hon hefyd ar gael yn Saesneg. This document is also available in Welsh.</p></div>"),
    ]
    p2 = [
        g.Raw('<h2>Tabl 1: Gwarantau a gwallau <span class="cy">/ Table 1: Warrants and errors, 2013 to 2016</span></h2>'),
        g.Raw(T(F, 2, [
            ["Blwyddyn / Year", "Gwarantau a roddwyd / Warrants issued", "Gwallau rhyng-gipio / Interception errors",
             "Gwallau data / Data errors"],
            ["2013", S("2,760", W_ISS, "total", "2013"), S("57", "interception.errors", "", "2013"),
             S("970", "cd.errors", "total", "2013")],
            ["2014", S("2,795", W_ISS, "total", "2014"), S("60", "interception.errors", "", "2014"), EN],
            ["2015", S("3,059", W_ISS, "total", "2015"), S("62", "interception.errors", "", "2015"),
             S("1,199", "cd.errors", "total", "2015")],
            ["2016", S("3,007", W_ISS, "total", "2016"), EN, EN],
        ], cls="t")),
        g.Raw('<p class="meta">Ffynhonnell / Source: IOCCO annual reports. ' + EN + ' = heb ei gyhoeddi / not '
              'published on a comparable basis. Table 1 was last revised on 14 January 2025.</p>'),
        g.Raw('<h2>Gwallau difrifol <span class="cy">/ Serious errors</span></h2>'),
        g.Raw('<div class="cols"><p>'
              + R(F, 2, "Only a few errors are judged serious. The Commissioner found " + S("seven", SER, "total", "2013") +
                  " serious errors in 2013.")
              + fn("Before 2017 the test was whether the error caused significant prejudice to the person concerned.")
              + "</p><p>"
              + R(F, 2, "The Commissioner looked into " + S("thirty-three", INV, "", "2017") +
                  " possible serious errors in 2017 and determined that " + S("twenty-four", SER, "total", "2017") + " were serious.")
              + "</p><p>"
              + R(F, 2, "In 2019 the Commissioner investigated " + S("18", INV, "", "2019") +
                  " possible serious errors.")
              + "</p><p>Nodiadau / Notes: figures are as first published and are not revised. Percentages may not "
              "sum to 100 because of rounding. Rhif cyhoeddi / Publication number WG-51234.</p></div>"),
    ]
    cols2(F, [1, 2])
    return Doc(F, "Investigatory powers oversight statistics SB 14/2025", "Wales Data Observatory (corpus imitation)",
               "Statistical bulletin with bilingual headings", "weasyprint-columns", "",
               [Page(blocks=p1), Page(blocks=p2)], date=(2025, 3, 27), part=PART, style="release")


def cols3(fname: str, pages: list) -> None:
    for n in pages:
        g.REGIONS[(fname, n)] = [(0, 0, 209, 841), (209, 0, 386, 841), (386, 0, 595, 841)]


def cols2(fname: str, pages: list, x: float = 297, top: float = 0) -> None:
    for n in pages:
        g.REGIONS[(fname, n)] = [(0, top, x, 841), (x, top, 595, 841)]


# =============================================================================================
# 2. A university student newspaper feature (Typst, three columns)

d14.TYPST_PRE["student"] = """
#set page(paper: "a4", margin: (top: 50pt, bottom: 50pt, x: 40pt),
  header: context [#set text(size: 7.5pt); #{"THE QUADRANGLE"} #h(1fr) #{"Issue 412 | Tuesday 10 February 2026 | Free"}],
  footer: context [#set text(size: 7.5pt); #{"Features"} #h(1fr) #counter(page).display() ])
#set text(font: "DejaVu Serif", size: 8.6pt, lang: "en", hyphenate: false)
#set par(justify: false, leading: 0.55em, spacing: 0.8em)
"""


def doc_student() -> Doc:
    _start()
    F = "the-quadrangle-issue-412-features-whos-watching-the-quad.pdf"
    left = (
        tpara(F, 1, "When the police want to know who you texted, they do not need a judge in the room. They need "
                "an authorisation, and the body that signs most of those off now oversees more than " +
                S("600", "context.public_authorities", "", "2024", q="over") + " public authorities, according "
                "to the Commissioner" + RSQ + "s 2024 report.")
        + tpara(F, 1, "That same report says that in 2024 investigators made " + S("157", SP, "journalist", "2024") +
                " applications for the communications data of journalists and " + S("219", SP, "lawyer", "2024") +
                " for the data of lawyers.")
        + tpara(F, 1, "Of the journalist applications, " + S("106", JS, "", "2024") +
                " were to identify or confirm a source, which is exactly what student reporters worry about.")
        + tpara(F, 1, "Six years earlier the picture was different. In 2018 there were " +
                S("203", SP, "journalist", "2018") + " applications about journalists and " +
                S("498", SP, "medical_doctor", "2018") + " about doctors.")
    )
    mid = (
        tpara(F, 1, "Ministers of religion (" + S("272", SP, "minister_of_religion", "2018") + ") and MPs (" +
                S("113", SP, "member_of_parliament", "2018") + ") also appeared in the 2018 figures.")
        + tpara(F, 1, "Across all the sensitive professions the total reached " + S("1,320", SP, "total", "2018") +
                " in 2018, up from " + S("948", SP, "total", "2016") + " in 2016.")
        + '#block(inset: (y: 6pt), stroke: (top: 1pt, bottom: 1pt))[#text(size: 11pt, style: "italic", '
        + ts(LQ := "\u201cI assumed it was a handful of cases a year. It is not.\u201d") + ")\\ #text(size: 7.5pt, "
        + ts("Priya Natarajan, 21, third-year Law") + ")]\n\n"
        + tpara(F, 1, "The numbers are large because the system is large. Public authorities made just under " +
                S("360,000", "authorisations.all_powers", "", "2023", q="under") + " authorisations across all the "
                "powers in 2023.")
        + tpara(F, 1, "Inspectors carried out " + S("386", "inspections", "total", "2023") + " inspections in 2023, "
                "after " + S("380", "inspections", "total", "2022") + " the year before.")
        + tpara(F, 1, "Outside law enforcement, only " + S("eleven", CHIS, "other_public_authorities", "2019") +
                " human source authorisations were granted in 2019.")
    )
    right = (
        d14.t_cols(F, 1, "Interception warrants issued", [
            ("2013", S("2,760", W_ISS, "total", "2013")), ("2014", S("2,795", W_ISS, "total", "2014")),
            ("2015", S("3,059", W_ISS, "total", "2015")), ("2016", S("3,007", W_ISS, "total", "2016")),
            ("2017", S("3,535", W_ISS, "total", "2017"))], 3600, height=70, bw=19, size=6.2, colour="#6b2d5c")
        + "#text(size: 7pt, " + ts("Graphic: Quadrangle data desk. Source: IOCCO and IPCO reports.") + ")\n\n"
        + '#block(fill: rgb("#f1e6ee"), inset: 7pt, width: 100%)[#text(weight: "bold", ' + ts("By the numbers") + ")\n\n"
        + "".join("- " + tx(prose(F, 1, t, "list")) + "\n" for t in [
            S("24", "interception.errors", "", "2019") + " interception errors reported in 2019",
            S("13", "interception.errors", "", "2018") + " interception errors the year before, in 2018",
            S("None", SER, "interception", "2019") + " of the 2019 interception errors was judged serious",
        ]) + "]\n\n"
        + tpara(F, 1, "It has long been a big number. As far back as 2013, MPs were told there were well over " +
                S("500,000", "cd.requests", "total", "2013", q="over") + " requests for communications data a year.")
        + tpara(F, 1, "In 2013 the Security Service alone accounted for " +
                S("56,918", "cd.notices_authorisations", "security_service", "2013") + " notices and authorisations, "
                "and other public authorities for " + S("2,603", "cd.notices_authorisations", "other_public_authorities", "2013") + ".")
        + tpara(F, 1, "The share of errors made by public authorities rather than phone companies was " +
                S("87.5%", "cd.errors.share", "public_authorities", "2013") + " that year, against " +
                S("12.5%", "cd.errors.share", "csp", "2013") + " for the companies.")
        + tpara(F, 1, "The students' union meets on Thursday at 6pm in Room 2.14 to discuss a motion on "
                "campus CCTV. Tickets for the debate are " + "\u00a3" + "3.")
        + tpara(F, 1, "Additional reporting by Tom Hale, 19. Got a story? Email news@quadrangle.example "
                "or call 01632 960 412.")
    )
    src = ('#text(size: 8pt, fill: rgb("#6b2d5c"), weight: "bold", ' + ts("FEATURES  |  PRIVACY") + ")\n\n"
           '#text(size: 20pt, weight: "bold", ' + ts("Who" + RSQ + "s watching the quad?") + ")\n\n"
           "#text(size: 9pt, style: \"italic\", " + ts("Our investigations editor, Maya Okafor, 20, asks how often the "
                                                        "state looks at the data of people like us. Reading time: 6 minutes.") + ")\n\n"
           "#line(length: 100%, stroke: 0.6pt)\n\n"
           "#columns(3, gutter: 12pt)[\n" + left + "#colbreak()\n" + mid + "#colbreak()\n" + right + "]\n")
    cols3(F, [1])
    return Doc(F, "Who's watching the quad? (The Quadrangle, issue 412)", "The Quadrangle (corpus imitation)",
               "Student newspaper feature", "typst-15", "", [Page(blocks=[Src(src)])], date=(2026, 2, 10),
               part=PART, style="student")


# =============================================================================================
# 3. A trade union's briefing for members (fpdf2 with a TrueType font, right-aligned numbers)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class FB:
    """An fpdf2 flow block: kind h1|h2|p|li|table|rule|small, with its text or rows."""
    def __init__(self, kind, text="", rows=None, widths=None, aligns=None):
        self.kind, self.text, self.rows, self.widths, self.aligns = kind, text, rows, widths, aligns


def render_fpdf_ttf(doc: Doc) -> None:
    import datetime as dt

    import fpdf
    from fpdf import FPDF

    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_creation_date(dt.datetime(*doc.date, 9, 0, tzinfo=dt.timezone.utc))
    pdf.set_title(doc.title)
    pdf.set_author(doc.author)
    pdf.set_subject(doc.subject)
    pdf.set_creator(CREATOR)
    pdf.set_producer(f"fpdf2 {fpdf.__version__}")
    pdf.set_auto_page_break(False)
    pdf.set_margins(56, 50, 56)
    W = 595.28 - 112
    for i, page in enumerate(doc.pages, start=1):
        pdf.add_page()
        pdf.set_fill_color(0, 102, 68)
        pdf.rect(0, 0, 595.28, 30, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_xy(56, 10)
        pdf.cell(W, 10, doc.header)
        pdf.set_text_color(20, 20, 20)
        pdf.set_xy(56, 46)
        for b in page.blocks:
            if b.kind == "h1":
                pdf.set_font("DejaVu", "B", 16)
                pdf.multi_cell(W, 19, b.text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(4)
            elif b.kind == "h2":
                pdf.ln(4)
                pdf.set_font("DejaVu", "B", 11)
                pdf.set_text_color(0, 102, 68)
                pdf.multi_cell(W, 14, b.text, new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(20, 20, 20)
                pdf.ln(2)
            elif b.kind in ("p", "small"):
                pdf.set_font("DejaVu", "", 9.3 if b.kind == "p" else 7.8)
                pdf.multi_cell(W, 13 if b.kind == "p" else 10.5, b.text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(5)
            elif b.kind == "li":
                pdf.set_font("DejaVu", "", 9.3)
                pdf.set_x(62)
                pdf.cell(12, 13, "\u2022")
                pdf.multi_cell(W - 18, 13, b.text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif b.kind == "table":
                for k, row in enumerate(b.rows):
                    pdf.set_font("DejaVu", "B" if k == 0 else "", 8.8)
                    if k == 0:
                        pdf.set_fill_color(222, 238, 230)
                    for c, (w, a) in zip(row, zip(b.widths, b.aligns)):
                        pdf.cell(w, 16, c, border="B", align=a, fill=(k == 0))
                    pdf.ln(16)
                pdf.ln(6)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_xy(56, 800)
        pdf.cell(W / 2, 10, "UPIA Briefing B/2021/07  |  For members only")
        pdf.cell(W / 2, 10, f"Page {i} of {len(doc.pages)}", align="R")
    pdf.output(str(path))


g.RENDERERS.setdefault("fpdf2-ttf", render_fpdf_ttf)


def fp(fname, page, template, kind="p", method="sentence"):
    return FB(kind, prose(fname, page, template, method))


def ftable(fname, page, rows, widths, aligns):
    out = [[re.sub(r"\s+", " ", g.expand(c)[1]).strip() for c in rows[0]]]
    out += [row_cells(fname, page, r) for r in rows[1:]]
    return FB("table", rows=out, widths=widths, aligns=aligns)


def doc_union() -> Doc:
    _start()
    F = "upia-members-briefing-b-2021-07-communications-data-errors.pdf"
    p1 = [
        FB("h1", "Members" + RSQ + " briefing: communications data errors and you"),
        FB("small", "Union of Public Investigators and Analysts (UPIA). Briefing B/2021/07, issued 3 March 2021 to "
                    "members in communications data units. Membership helpline 0345 600 1207 (Monday to Friday, 8am "
                    "to 6pm). Not for circulation outside the union."),
        FB("h2", "1. Why we are writing"),
        FB("p", "Several members have asked what happens to them if they make a mistake when applying for or handling "
                "communications data. This briefing sets out the national picture, the Commissioner" + RSQ + "s "
                "approach, and your rights under the disciplinary procedure (section 4 of the staff handbook, "
                "version 11)."),
        FB("h2", "2. The national picture"),
        fp(F, 1, "Errors are common and mostly minor. Of the " + S("903", "cd.errors", "total", "2018") +
           " communications data errors reported in 2018, applicants made " + S("360", "cd.errors", "applicant", "2018") +
           ", single points of contact made " + S("381", "cd.errors", "spoc", "2018") + ", designated persons made " +
           S("22", "cd.errors", "designated_person", "2018") + " and communications service providers made " +
           S("140", "cd.errors", "csp", "2018") + "."),
        fp(F, 1, "Most errors by single points of contact, " + S("199", "cd.errors.time_date", "spoc", "2018") +
           " of them, involved a wrong time or date, and so did " + S("50", "cd.errors.time_date", "csp", "2018") +
           " of the providers" + RSQ + " errors."),
        fp(F, 1, "Internet addresses are a particular risk: time or date errors about an IP address numbered " +
           S("66", "cd.errors.time_date.ip_address", "spoc", "2018") + " among single points of contact and " +
           S("12", "cd.errors.time_date.ip_address", "applicant", "2018") + " among applicants."),
        fp(F, 1, "The following year public authorities reported " + S("1,063", "cd.errors", "total", "2019") +
           " errors. A rise is not proof of worse practice: it often means better reporting."),
        FB("h2", "3. What the union has agreed with employers"),
        FB("p", "Under the 2019 framework agreement, a first reportable error is a learning matter, not a conduct "
                "matter. Members on grades AO to HEO working 37 hours a week are covered, as are agency staff "
                "placed for more than 12 weeks."),
    ]
    p2 = [
        FB("h2", "4. The longer view"),
        FB("p", "Table 1 shows how errors and the serious errors among them have moved over a decade. Serious errors "
                "are the ones the Commissioner must consider telling the person affected about."),
        FB("p", "Table 1: Communications data errors reported, and serious errors determined"),
        ftable(F, 2, [
            ["Year", "Errors reported", "Serious errors", "Source"],
            ["2008", S("595", "cd.errors", "total", "2008"), EN, "IOCCO 2008"],
            ["2009", S("661", "cd.errors", "total", "2009"), EN, "IOCCO 2009"],
            ["2012", S("979", "cd.errors", "total", "2012"), EN, "IOCCO 2012"],
            ["2013", S("970", "cd.errors", "total", "2013"), S("7", SER, "total", "2013"), "IOCCO 2013"],
            ["2017", S("926", "cd.errors", "total", "2017"), S("24", SER, "total", "2017"), "IPCO 2017"],
        ], [80, 120, 120, 163.28], ["L", "R", "R", "L"]),
        FB("h2", "5. Key facts for reps"),
        fp(F, 2, "Serious errors investigated by the Commissioner in 2016: " + S("29", INV, "", "2016") + ".", "li", "list"),
        fp(F, 2, "Public authorities inspected in 2019: " + S("13", "public_authorities.inspected", "", "2019") + ".",
           "li", "list"),
        fp(F, 2, "Urgent oral applications: " + S("11%", "cd.urgent_oral.share", "", "2015") + " of applications in 2015 and " +
           S("10%", "cd.urgent_oral.share", "", "2016") + " in 2016.", "li", "list"),
        fp(F, 2, "Applications returned for necessity and proportionality reasons: " +
           S("45%", "cd.applications.returned.share", "necessity_proportionality", "2015") + " of returns in 2015.",
           "li", "list"),
        fp(F, 2, "Applications returned because of clarity or quality: " +
           S("21%", "cd.applications.returned.share", "clarity_quality", "2016") + " of returns in 2016.", "li", "list"),
        FB("h2", "6. Subscriptions and contacts"),
        FB("p", "Subscriptions are " + "\u00a3" + "14.20 a month (" + "\u00a3" + "7.10 for members earning under "
                "\u00a3" + "21,000). Your branch secretary is on extension 4471. Membership number format: UP-000000. "
                "Branch meetings: second Tuesday of the month, 12:30."),
    ]
    return Doc(F, "UPIA members' briefing B/2021/07: communications data errors", "UPIA (corpus imitation)",
               "Trade union briefing for members", "fpdf2-ttf",
               "UPIA  |  MEMBERS' BRIEFING  |  UNION OF PUBLIC INVESTIGATORS AND ANALYSTS",
               [Page(blocks=p1), Page(blocks=p2)], date=(2021, 3, 3), part=PART)


# =============================================================================================
# 4. A charity's grant application (markdown-pdf)

MD_CSS = {"grant": """
body { font-family: sans-serif; font-size: 9.5pt; line-height: 1.4; }
h1 { font-size: 15pt; color: #3b2f6b; }
h2 { font-size: 11pt; color: #3b2f6b; }
h3 { font-size: 9.8pt; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 3px 5px; font-size: 8.8pt; }
th { background-color: #e4e0f2; }
.lim { font-size: 8pt; color: #555; }
"""}


render_md15 = mdpdf_renderer(MD_CSS, CREATOR, (56, 54, -56, -54))


g.RENDERERS.setdefault("markdown-pdf-15", render_md15)


def doc_grant() -> Doc:
    _start()
    F = "lantern-legal-trust-fairbridge-foundation-round-7-application-ff-2025-0318.pdf"
    lim = lambda t: f'<p class="lim">{t}</p>\n\n'
    p1 = ("# Fairbridge Foundation: Open Grants Round 7\n\n"
          + md("Application FF-2025-0318 from Lantern Legal Trust (registered charity 1187342). Submitted 14 April 2025, "
               "11:52. Amount requested: £84,600 over 24 months.") + "\n\n"
          + "## Section A: About your organisation\n\n"
          + "### Question 2. Describe your organisation\n\n"
          + lim("Maximum 150 words. 118 words used.")
          + md("Lantern Legal Trust was founded in 2011 and has 6 staff and 23 volunteers. We give free advice to people "
               "who think they have been put under surveillance by a public body and help them complain to the right "
               "oversight body.") + "\n\n"
          + "### Question 3. What need will the project meet?\n\n"
          + lim("Maximum 300 words. 271 words used. Please cite evidence.")
          + mpara(F, 1, "Covert powers are used at scale. In 2017, " + S("3,535", W_ISS, "total", "2017") +
                  " interception warrants were issued, and " + S("2,306", W_ISS, "serious_crime", "2017") +
                  " of them were for serious crime.")
          + mpara(F, 1, "Safeguards do operate: in 2016 Secretaries of State refused " +
                  S("five", "interception.warrants.refused", "", "2016") + " warrant applications, while " +
                  S("67", "interception.warrants.urgent", "", "2016") + " warrants were issued under the urgency "
                  "procedure, roughly " + S("2.2%", "interception.warrants.urgent.share", "", "2016", q="approximately") +
                  " of the total.")
          + mpara(F, 1, "Surveillance is not only interception. Law enforcement agencies granted " +
                  S("6,237", DS, "law_enforcement", FY1617) + " directed surveillance authorisations between 1 April "
                  "2016 and 31 March 2017, and " + S("808", "directed_surveillance.authorisations.extant",
                                                     "law_enforcement", "2017-03-31") + " were still in force on 31 March 2017.")
          + mpara(F, 1, "Other bodies use the powers too. Between April and December 2017, the Department for Work and "
                  "Pensions granted " + S("792", DS, "dwp", PY17) + " directed surveillance authorisations, and other "
                  "public authorities granted " + S("933", DS, "other_public_authorities", PY17) + ".")
          + "**Evidence table (Question 3, attachment E1)**\n\n"
          + mtable(F, 1, [["Measure", "Period", "Figure", "Source"],
                          ["Property interference authorisations", "2016-17", S("1,842", PI, "", FY1617), "OSC 2016-17"],
                          ["Property interference authorisations", "Apr" + EN + "Dec 2017", S("1,453", PI, "", PY17), "IPCO 2017"],
                          ["Property interference, annualised", "2017", S("1,937", "property_interference.authorisations.annualised", "", "2017"), "IPCO 2017"],
                          ["Intrusive surveillance authorisations", "Apr" + EN + "Dec 2017", S("186", IS, "", PY17), "IPCO 2017"],
                          ["Intrusive surveillance, annualised", "2017", S("248", "intrusive_surveillance.authorisations.annualised", "", "2017"), "IPCO 2017"],
                          ["Errors reported (surveillance and CHIS)", "2017", S("83", "spci.errors", "total", "2017"), "IPCO 2017"],
                          ["Errors reported (surveillance and CHIS)", "2018", S("99", "spci.errors", "total", "2018"), "IPCO 2018"],
                          ], "LLRL")
          )
    p2 = ("## Section B: Outcomes and budget\n\n"
          + "### Question 5. What difference will the grant make?\n\n"
          + lim("Complete the table. Targets must be measurable.")
          + mtable(F, 2, [["Outcome", "Indicator", "Target by month 24"],
                          ["1. People understand their rights", "Advice sessions delivered", "420"],
                          ["2. Complaints are well made", "Complaints supported to a decision", "65"],
                          ["3. Volunteers are skilled", "Volunteers trained (2-day course)", "40"],
                          ["4. Learning is shared", "Briefings published", "4"]], "LLR")
          + "### Question 6. Which published figures will you track?\n\n"
          + lim("Optional. List up to five.")
          + mlist(F, 2, [
              "Applications for the communications data of lawyers: " + S("234", SP, "lawyer", "2018") + " in 2018.",
              "Applications to obtain legally privileged material: " + S("77", "lpp.applications.made", "", "2018") +
              " made in 2018, of which " + S("76", "lpp.applications.approved", "", "2018") + " were approved.",
              "Errors reported in 2018 by power: human sources " + S("14", "spci.errors", "chis", "2018") +
              ", directed surveillance " + S("59", "spci.errors", "directed_surveillance", "2018") +
              ", property interference " + S("23", "spci.errors", "property_interference", "2018") +
              " and intrusive surveillance " + S("three", "spci.errors", "intrusive_surveillance", "2018") + ".",
          ])
          + mpara(F, 2, "We will compare these with the next report. The Commissioner found that " +
                  S("none", SER, "total", "2021") + " of the errors reported in 2021 was serious, and we want to "
                  "understand why.")
          + "### Question 7. Budget\n\n"
          + mtable(F, 2, [["Item", "Year 1", "Year 2", "Total"],
                          ["Adviser (0.6 FTE)", "£24,300", "£25,000", "£49,300"],
                          ["Volunteer training", "£6,200", "£4,800", "£11,000"],
                          ["Running costs", "£12,100", "£12,200", "£24,300"],
                          ["Total", "£42,600", "£42,000", "£84,600"]], "LRRR")
          + md("Declaration signed by the Chair of Trustees, 14/04/2025. Contact: grants@lantern.example, 020 7946 0318.")
          + "\n\n")
    return Doc(F, "Fairbridge Foundation Round 7 application FF-2025-0318", "Lantern Legal Trust (corpus imitation)",
               "Charity grant application", "markdown-pdf-15", "", [Page(blocks=[Src(p1)]), Page(blocks=[Src(p2)])],
               date=(2025, 4, 14), part=PART, style="grant")


# =============================================================================================
# 5. A tribunal's transparency data note (Typst, A4 landscape, a table over two pages)

d14.TYPST_PRE["tribunal"] = """
#set page(paper: "a4", flipped: true, margin: (top: 50pt, bottom: 46pt, x: 50pt),
  header: context [#set text(size: 7.5pt, fill: rgb("#444444")); #{"Surveillance Appeals Tribunal"} #h(1fr) #{"Transparency data note TDN 3/2025"}],
  footer: context [#set text(size: 7.5pt); #h(1fr) #{"Page "}#counter(page).display()#{" of 2"} #h(1fr)])
#set text(font: "Liberation Serif", size: 10pt, lang: "en", hyphenate: false)
#set par(justify: false, leading: 0.55em, spacing: 0.8em)
"""
TRIB_SPLIT = 18  # the first table rows that fit on page 1


def doc_tribunal() -> Doc:
    _start()
    F = "surveillance-appeals-tribunal-transparency-data-note-tdn-3-2025.pdf"
    rows = [
        ("Interception warrants issued", "2006 (Apr" + EN + "Dec)", S("1,435", W_ISS, "total", PY06), "IOCCO 2006", "[2019] SAT 14"),
        ("Interception warrants issued", "2010", S("1,865", W_ISS, "total", "2010"), "IOCCO 2010", "[2020] SAT 3"),
        ("Interception warrants issued", "2012", S("3,372", W_ISS, "total", "2012"), "IOCCO 2012", "[2020] SAT 3"),
        ("Interception errors reported", "2010", S("27", "interception.errors", "", "2010"), "IOCCO 2010", "[2018] SAT 22"),
        ("Interception errors reported", "2011", S("42", "interception.errors", "", "2011"), "IOCCO 2011", "[2018] SAT 22"),
        ("Warrants examined at inspection", "2013", S("600", "interception.warrants.examined", "", "2013"), "IOCCO 2013", "[2021] SAT 9"),
        ("Warrants examined at inspection", "2015", S("1,148", "interception.warrants.examined", "", "2015"), "IOCCO 2015", "[2021] SAT 9"),
        ("Warrants examined at inspection", "2016", S("970", "interception.warrants.examined", "", "2016"), "IOCCO 2016", "[2021] SAT 9"),
        ("Communications data requests", "2006 (Apr" + EN + "Dec)", S("253,557", "cd.requests", "total", PY06), "IOCCO 2006", "[2019] SAT 5"),
        ("Communications data requests", "2007", S("519,260", "cd.requests", "total", "2007"), "IOCCO 2007", "[2019] SAT 5"),
        ("Requests by local authorities", "2006 (Apr" + EN + "Dec)", S("1,694", "cd.requests", "local_authorities", PY06), "IOCCO 2006", "[2022] SAT 1"),
        ("Requests by other public authorities", "2012", S("2,379", "cd.requests", "other_public_authorities", "2012"), "IOCCO 2012", "[2022] SAT 1"),
        ("Communications data errors", "2006 (Apr" + EN + "Dec)", S("1,088", "cd.errors", "total", PY06), "IOCCO 2006", "[2019] SAT 14"),
        ("Errors by public authorities", "2006 (Apr" + EN + "Dec)", S("787", "cd.errors", "public_authorities", PY06), "IOCCO 2006", "[2019] SAT 14"),
        ("Errors by service providers", "2006 (Apr" + EN + "Dec)", S("301", "cd.errors", "csp", PY06), "IOCCO 2006", "[2019] SAT 14"),
        ("Errors by public authorities", "2007 (Oct" + EN + "Dec)", S("99", "cd.errors", "public_authorities", "2007-10/2007-12"), "IOCCO 2007", "[2019] SAT 14"),
        ("Urgent oral requests", "2013", S("42,293", "cd.urgent_oral", "", "2013"), "IOCCO 2013", "[2023] SAT 7"),
        ("Urgent oral requests", "2014", S("55,346", "cd.urgent_oral", "", "2014"), "IOCCO 2014", "[2023] SAT 7"),
        ("Notices and authorisations: Security Service", "2013", S("56,918", "cd.notices_authorisations", "security_service", "2013"), "IOCCO 2013", "[2023] SAT 11"),
        ("Notices and authorisations: GCHQ", "2013", S("1,406", "cd.notices_authorisations", "gchq", "2013"), "IOCCO 2013", "[2023] SAT 11"),
        ("Notices and authorisations: SIS", "2013", S("672", "cd.notices_authorisations", "sis", "2013"), "IOCCO 2013", "[2023] SAT 11"),
        ("Communications data inspections", "2012", S("42", "inspections", "communications_data", "2012"), "IOCCO 2012", "[2020] SAT 18"),
        ("Communications data inspections", "2015", S("72", "inspections", "communications_data", "2015"), "IOCCO 2015", "[2020] SAT 18"),
        ("Interception inspections", "2015", S("26", "inspections", "interception", "2015"), "IOCCO 2015", "[2020] SAT 18"),
        ("Public authorities inspected", "2012", S("21", "public_authorities.inspected", "", "2012"), "IOCCO 2012", "[2020] SAT 18"),
        ("Recommendations made", "2013", S("65", "recommendations", "total", "2013"), "IOCCO 2013", "[2024] SAT 2"),
        ("Complaints received by the Investigatory Powers Tribunal", "2009", S("157", "ipt.complaints", "", "2009"), "IPT 2009", "[2024] SAT 2"),
    ]
    head = ["Ref.", "Published series", "Period", "Figure", "Source report", "Cited in"]
    body = [[f"D{k + 1:02d}", a, b, c, d, e] for k, (a, b, c, d, e) in enumerate(rows)]
    cells = []
    for k, r in enumerate(body):
        page = 1 if k < TRIB_SPLIT else 2
        plain = row_cells(F, page, r)
        cells += [f"[{tx(c)}]" for c in plain]
    hdr = "table.header(" + ", ".join(f"[#strong[{tx(h)}]]" for h in head) + ")"
    table = ('#text(size: 9.5pt)[#table(columns: (40pt, 250pt, 90pt, 70pt, 100pt, 90pt), align: (left, left, left, right, left, left), '
             'stroke: (x, y) => (bottom: 0.4pt + rgb("#888888")), inset: (x: 5pt, y: 7pt), '
             'fill: (x, y) => if y == 0 { rgb("#dde3ea") }, ' + hdr + ", " + ", ".join(cells) + ")]\n\n")
    src = ('#text(size: 16pt, weight: "bold", ' + ts("Transparency data note TDN 3/2025: published statistics cited in our determinations") + ")\n\n"
           + tx("Issued 30 June 2025 by the Tribunal Registry, PO Box 7741, London SW1A 9ZZ. This note lists, for "
                "transparency, every published oversight figure that the Tribunal relied on in a determination "
                "handed down between 1 January 2018 and 31 March 2025. Hearings in that period lasted from 1 to 9 days.")
           + "\n\n"
           + tpara(F, 1, "The most recent figures we relied on come from the Commissioner" + RSQ + "s report for 2019, "
                   "which recorded " + S("24", "interception.errors", "", "2019") + " interception errors, " +
                   S("none", SER, "interception", "2019") + " of which was determined to be serious.")
           + tpara(F, 1, "In [2024] SAT 2 the Tribunal noted that " + S("8%", "interception.warrants.urgent.share", "", "2018") +
                   " of law enforcement interception authorisations in 2018 were urgent, and that there were " +
                   S("13", "interception.errors", "", "2018") + " interception errors that year.")
           + tpara(F, 1, "Table 1 gives each figure as published; the Tribunal does not revise them. Where a figure "
                   "covers part of a year the months are shown.")
           + '#text(size: 10.5pt, weight: "bold", ' + ts("Table 1: Published figures relied on, by series (continued overleaf)") + ")\n\n"
           + table
           + tx("Notes: Ref. numbers D01 to D27 are stable between editions. Neutral citations are to the Tribunal" + RSQ + "s "
                "own determinations. Enquiries: registry@sat.example, 020 7946 0881.") + "\n")
    return Doc(F, "Surveillance Appeals Tribunal transparency data note TDN 3/2025", "Surveillance Appeals Tribunal (corpus imitation)",
               "Tribunal transparency data note", "typst-15", "", [Page(blocks=[Src(src)]), Page(blocks=[])],
               date=(2025, 6, 30), part=PART, style="tribunal")


def render_typst15(doc: Doc) -> None:
    import dataclasses
    d14.render_typst(dataclasses.replace(doc, pages=[p for p in doc.pages if p.blocks]))


g.RENDERERS.setdefault("typst-15", render_typst15)


# =============================================================================================
# 6. A slide handout, three slides to a page with note lines (Typst)

d14.TYPST_PRE["handout"] = """
#set page(paper: "a4", margin: (top: 46pt, bottom: 44pt, x: 40pt),
  header: context [#set text(size: 7.5pt, fill: rgb("#555555")); #{"Oversight in numbers | Eastbrook Neighbourhood Watch AGM, 18 September 2024"} #h(1fr) #{"Handout"}],
  footer: context [#set text(size: 7.5pt); #h(1fr) #counter(page).display() #h(1fr)])
#set text(font: "Liberation Sans", size: 8pt, lang: "en", hyphenate: false)
#set par(justify: false, leading: 0.5em, spacing: 0.6em)
"""


def slide(num: int, title: str, body: str) -> str:
    lines = " ; ".join(f'place(dy: {18 + 20 * k}pt, line(length: 190pt, stroke: 0.4pt + rgb("#aaaaaa")))' for k in range(11))
    return (f'#grid(columns: (300pt, 215pt), column-gutter: 10pt, '
            f'box(width: 300pt, height: 222pt, stroke: 0.8pt + rgb("#333333"), inset: 9pt, clip: true)[#text(size: 6.5pt, fill: rgb("#777777"), {ts("Slide " + str(num))})\\ '
            f'#text(size: 11pt, weight: "bold", fill: rgb("#12507a"), {ts(title)})\n\n{body}], '
            f'box(width: 210pt, height: 222pt)[#text(size: 7pt, fill: rgb("#777777"), {ts("Notes")})#{{ {lines} }}])\n#v(8pt)\n')


def doc_handout() -> Doc:
    _start()
    F = "eastbrook-neighbourhood-watch-agm-2024-oversight-in-numbers-handout.pdf"
    s1 = slide(1, "Oversight in numbers",
               tx("A short talk by Dr Alan Mercer (retired, 68) for the Eastbrook Neighbourhood Watch AGM. 18 September "
                  "2024, 7.30pm, St Hilda" + RSQ + "s Church Hall. Running time 20 minutes; questions until 8.15pm.") + "\n\n"
               + tx("Charity no. 1103721. Coordinator: 01632 960 583.") + "\n")
    s2 = slide(2, "Items of communications data obtained",
               d14.t_cols(F, 1, "Items of communications data obtained, UK", [
                   ("2015", S("761,702", "cd.items", "total", "2015")), ("2016", S("754,559", "cd.items", "total", "2016")),
                   ("2017", S("757,977", "cd.items", "total", "2017")), ("2018", S("808,214", "cd.items", "total", "2018"))],
                   850000, height=95, bw=40, size=7, colour="#12507a")
               + tx("Source: IOCCO and IPCO annual reports.") + "\n")
    s3 = slide(3, "Interception warrants by purpose, 2017",
               d14.t_hbars(F, 1, "Warrants issued in 2017", [
                   ("Serious crime", S("2,306", W_ISS, "serious_crime", "2017")),
                   ("National security", S("1,219", W_ISS, "national_security", "2017"))], 2400, width=160, lab_w=70, size=7.5)
               + "".join("- " + tx(prose(F, 1, t, "list")) + "\n" for t in [
                   S("65.22%", W_SH, "serious_crime", "2017") + " of the 2017 warrants were for serious crime",
                   S("34.5%", W_SH, "national_security", "2017") + " were for national security"]))
    s4 = slide(4, "Purposes of warrants: 2014 and 2015",
               d14.t_stack(F, 2, "Share of interception warrants by purpose", "2014", [
                   ("serious crime", S("68%", W_SH, "serious_crime", "2014"), 0.68),
                   ("national security", S("31%", W_SH, "national_security", "2014"), 0.31),
                   ("combination", S("1%", W_SH, "combination", "2014"), 0.01)], total_w=150, outside=(2,), size=7)
               + d14.t_stack(F, 2, "Share of interception warrants by purpose", "2015", [
                   ("serious crime", S("65%", W_SH, "serious_crime", "2015"), 0.65),
                   ("national security", S("34%", W_SH, "national_security", "2015"), 0.34),
                   ("combination", S("1%", W_SH, "combination", "2015"), 0.01)], total_w=150, outside=(2,), size=7)
               + d14.t_key(["Serious crime", "National security", "Combination"], size=7))
    s5 = slide(5, "Who made the errors? (2012)",
               "".join("- " + tx(prose(F, 2, t, "list")) + "\n" for t in [
                   "Applicants: " + S("26%", "cd.errors.share", "applicant", "2012") + " of communications data errors",
                   "Single points of contact: " + S("47%", "cd.errors.share", "spoc", "2012"),
                   "Communications service providers: " + S("20%", "cd.errors.share", "csp", "2012"),
                   "Designated persons: " + S("5%", "cd.errors.share", "designated_person", "2012"),
                   "Other causes: " + S("2%", "cd.errors.share", "other", "2012")]))
    s6 = slide(6, "Whose data? Person types, 2015",
               d14.t_hbars(F, 2, "Share of items by person type, 2015", [
                   ("Suspect", S("63.6%", "cd.items.person_type.share", "suspect", "2015")),
                   ("Associate", S("9.1%", "cd.items.person_type.share", "associate", "2015")),
                   ("National security", S("6.4%", "cd.items.person_type.share", "national_security_person", "2015")),
                   ("Other relevant", S("6.2%", "cd.items.person_type.share", "other_relevant_person", "2015")),
                   ("Vulnerable", S("3.9%", "cd.items.person_type.share", "vulnerable_person", "2015")),
                   ("Witness", S("1.6%", "cd.items.person_type.share", "witness", "2015")),
                   ("Next of kin", S("0.2%", "cd.items.person_type.share", "next_of_kin", "2015"))],
                   70, width=150, lab_w=72, size=7, colour="#3d7a3a"))
    return Doc(F, "Oversight in numbers: slide handout", "Eastbrook Neighbourhood Watch (corpus imitation)",
               "Slide handout, three slides to a page", "typst-15", "",
               [Page(blocks=[Src(s1 + s2 + s3)]), Page(blocks=[Src(s4 + s5 + s6)])], date=(2024, 9, 18),
               part=PART, style="handout")


# =============================================================================================
# 7. A regional think tank's "ten charts" explainer (Typst): text left, chart right

d14.TYPST_PRE["tencharts"] = """
#set page(paper: "a4", margin: (top: 48pt, bottom: 46pt, x: 42pt),
  header: context [#set text(size: 7.5pt, fill: rgb("#8a3b12")); #{"PENNINE POLICY INSTITUTE"} #h(1fr) #{"Explainer No. 31 | November 2023"}],
  footer: context [#set text(size: 7.5pt); #{"pennine-policy.example/explainers/31"} #h(1fr) #counter(page).display()])
#set text(font: "DejaVu Sans", size: 8.4pt, lang: "en", hyphenate: false)
#set par(justify: false, leading: 0.55em, spacing: 0.7em)
"""


def bars_only(title: str, items: list, vmax: float, width=200, colour="#8a3b12") -> str:
    """Horizontal bars with no printed values (lengths only: not gold), a tick row below."""
    cells = []
    for lab, v in items:
        cells.append(f"align(right, text(size: 7.5pt, {ts(lab)}))")
        cells.append(f'rect(width: {v / vmax * width:.1f}pt, height: 9pt, fill: rgb("{colour}"))')
    ticks = " ; ".join(f'place(dx: {t / vmax * width:.1f}pt, text(size: 6pt, fill: rgb("#777777"), {ts(str(t) + "%")}))'
                     for t in range(0, int(vmax) + 1, 20))
    return (f"#block(breakable: false)[#text(size: 9pt, weight: \"bold\", {ts(title)})\n#v(2pt)\n"
            f"#grid(columns: (80pt, auto), column-gutter: 6pt, row-gutter: 4pt, align: horizon, " + ", ".join(cells)
            + f", [], box(width: {width}pt, height: 9pt, {{ {ticks} }}))]\n\n")


def chart_row(num: int, title: str, text: str, chart_src: str) -> str:
    return (f'#block(breakable: false, stroke: (top: 0.5pt + rgb("#cccccc")), inset: (top: 6pt))[#grid(columns: (210pt, 1fr), column-gutter: 16pt, '
            f'[#text(size: 7.5pt, fill: rgb("#8a3b12"), weight: "bold", {ts("CHART " + str(num))})\\ '
            f'#text(size: 10pt, weight: "bold", {ts(title)})\n\n{text}], [{chart_src}])]\n')


def doc_tencharts() -> Doc:
    _start()
    F = "pennine-policy-institute-explainer-31-surveillance-oversight-in-ten-charts.pdf"
    c1 = chart_row(1, "Errors kept rising", tpara(F, 1, "Reported communications data errors roughly rose by half "
                   "between 2009 and 2012. By 2019 public authorities reported " + S("1,063", "cd.errors", "total", "2019") +
                   " of them."),
                   d14.t_line(F, 1, "Communications data errors reported", [
                       ("2008", S("595", "cd.errors", "total", "2008")), ("2009", S("661", "cd.errors", "total", "2009")),
                       ("2012", S("979", "cd.errors", "total", "2012")), ("2013", S("970", "cd.errors", "total", "2013"))],
                       500, 1050, w=280, h=100, colour="#8a3b12"))
    c2 = chart_row(2, "Most recommendations were amber", tpara(F, 1, "Inspectors made " +
                   S("366", "recommendations", "total", "2015") + " recommendations to public authorities about "
                   "communications data in 2015, and only a minority were rated red."),
                   d14.t_hbars(F, 1, "Recommendations by RAG rating, 2015", [
                       ("Red", S("29", "recommendations", "red", "2015")), ("Amber", S("203", "recommendations", "amber", "2015")),
                       ("Green", S("134", "recommendations", "green", "2015"))], 210, width=200, lab_w=40, size=7.5, colour="#b06a2c"))
    c3 = chart_row(3, "The same, as shares", tpara(F, 1, "Put as shares, amber ratings were " +
                   S("55%", "recommendations.share", "amber", "2015") + " of the 2015 recommendations and red ratings " +
                   S("8%", "recommendations.share", "red", "2015") + "."),
                   bars_only("Recommendations by rating, 2015 (%)", [("Red", 8), ("Amber", 55), ("Green", 37)], 60))
    c4 = chart_row(4, "Why applications came back", tpara(F, 1, "In 2016 a fifth of returned applications, " +
                   S("21%", "cd.applications.returned.share", "clarity_quality", "2016") + ", were sent back for clarity "
                   "or quality, and " + S("16%", "cd.applications.returned.share", "other", "2016") + " for other reasons."),
                   d14.t_hbars(F, 1, "Reasons applications were returned, 2015", [
                       ("Necessity", S("45%", "cd.applications.returned.share", "necessity_proportionality", "2015")),
                       ("Presentation", S("12%", "cd.applications.returned.share", "presentation", "2015")),
                       ("DP not indep.", S("3%", "cd.applications.returned.share", "dp_not_independent", "2015")),
                       ("Error found", S("1%", "cd.applications.returned.share", "error_identified", "2015")),
                       ("Other", S("3%", "cd.applications.returned.share", "other", "2015"))], 50, width=180, lab_w=60,
                       size=7.5, colour="#b06a2c"))
    c5 = chart_row(5, "Crime dominates", tpara(F, 1, "Preventing or detecting crime was the purpose of " +
                   S("83%", "cd.applications.purpose.share", "prevent_detect_crime", "2016") + " of applications in "
                   "2016; preventing death or injury accounted for " +
                   S("11%", "cd.applications.purpose.share", "prevent_death_injury", "2016") + "."),
                   bars_only("Purpose of applications, 2016 (%)", [("Crime", 83), ("Death or injury", 11),
                                                                     ("National security", 6)], 100))
    c6 = chart_row(6, "Interception errors crept up", tpara(F, 2, "Interception errors rose in each year shown, and "
                   "the 2019 report counted " + S("24", "interception.errors", "", "2019") + "."),
                   d14.t_cols(F, 2, "Interception errors reported", [
                       ("2013", S("57", "interception.errors", "", "2013")), ("2014", S("60", "interception.errors", "", "2014")),
                       ("2015", S("62", "interception.errors", "", "2015"))], 70, height=70, bw=34, size=7.5, colour="#8a3b12"))
    c7 = chart_row(7, "Single points of contact", tpara(F, 2, "The share of errors made by single points of contact "
                   "barely moved: it was " + S("43.6%", "cd.errors.share", "spoc", "2017") + " in 2017."),
                   d14.t_hbars(F, 2, "Share of communications data errors, 2016", [
                       ("SPoC", S("43.3%", "cd.errors.share", "spoc", "2016")),
                       ("Applicant", S("39.4%", "cd.errors.share", "applicant", "2016")),
                       ("Provider", S("11.6%", "cd.errors.share", "csp", "2016")),
                       ("Designated person", S("2.9%", "cd.errors.share", "designated_person", "2016"))], 50, width=170,
                       lab_w=72, size=7.5, colour="#b06a2c"))
    c8 = chart_row(8, "Telephony still leads", tpara(F, 2, "A year earlier, in 2018, telephony accounted for " +
                   S("678", "cd.items.comms_type", "telephony", "2018") + " items, " +
                   S("92%", "cd.items.comms_type.share", "telephony", "2018") + " of the total."),
                   d14.t_hbars(F, 2, "Items by communication type, 2019", [
                       ("Telephony", S("1,191", "cd.items.comms_type", "telephony", "2019")),
                       ("Internet", S("164", "cd.items.comms_type", "internet", "2019")),
                       ("Postal", S("24", "cd.items.comms_type", "postal", "2019"))], 1300, width=170, lab_w=55, size=7.5))
    c9 = chart_row(9, "Subscriber data is the bulk", tpara(F, 2, "In 2018 subscriber data made up " +
                   S("647", "cd.items.data_type", "subscriber", "2018") + " items and service use data " +
                   S("87", "cd.items.data_type", "service_use", "2018") + "; " + S("no", "cd.items.data_type", "traffic", "2018") +
                   " traffic data was obtained."),
                   bars_only("Items by data type, 2018 (% of total)", [("Subscriber", 88), ("Service use", 12), ("Traffic", 0.5)], 100))
    c10 = chart_row(10, "The data regulator" + RSQ + "s big fines", tpara(F, 2, "Fines from the data regulator are "
                    "a different kind of oversight, but they show scale: in 2022-23 it fined Interserve " +
                    S("£4.4m", "ico.fines", "interserve", "2022-04/2023-03") + "."),
                    d14.t_hbars(F, 2, "Largest ICO fines (£m)", [
                        ("British Airways", S("£20m", "ico.fines", "british_airways", "2020-04/2021-03")),
                        ("Marriott", S("£18.4m", "ico.fines", "marriott", "2020-04/2021-03")),
                        ("Clearview AI", S("£7.5m", "ico.fines", "clearview", "2022-04/2023-03"))], 21000000, width=150,
                        lab_w=70, size=7.5))
    intro = ('#text(size: 18pt, weight: "bold", fill: rgb("#8a3b12"), ' + ts("Surveillance oversight in ten charts") + ")\n\n"
             + tx("Explainer No. 31, published 21 November 2023 by the Pennine Policy Institute, Halifax. Author: "
                  "Dr Sian Whitworth. This explainer is 1,400 words and takes about 7 minutes to read.") + "\n\n")
    for n in (1, 2):
        g.REGIONS[(F, n)] = [(0, 0, 264, 841), (264, 0, 595, 841)]
    return Doc(F, "Surveillance oversight in ten charts (Explainer No. 31)", "Pennine Policy Institute (corpus imitation)",
               "Think tank ten-charts explainer", "typst-15", "",
               [Page(blocks=[Src(intro + c1 + c2 + c3 + c4 + c5)]), Page(blocks=[Src(c6 + c7 + c8 + c9 + c10)])],
               date=(2023, 11, 21), part=PART, style="tencharts")


def dev15_builders() -> list:
    return [doc_welsh_release, doc_student, doc_union, doc_grant, doc_tribunal, doc_handout, doc_tencharts]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
