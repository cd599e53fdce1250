#!/usr/bin/env python3
"""Ninth development part of the labelled corpus: corpora/dev9/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev9.py      # this part only

Theme: generalisation to kinds of document the earlier parts do not have, from four producers
(reportlab, headless Chromium, matplotlib, fpdf2). Seven documents: a government response to a
select committee report (Command paper cover, each recommendation quoted in a shaded box with its
paragraph number, then "Government response" paragraphs, an annex of the figures cited), an
inspection report to a single public authority (key/value cover table, a RAG rating badge,
numbered findings, recommendations R1 ... R6 with target dates, a national-context table with
dash cells), an academic conference poster (three columns on a
landscape sheet, a column chart and a line chart with value labels, a key-results box of big
signed changes, numbered references), a charity's annual impact report spread drawn with fpdf2
(a grid of big-number tiles and a horizontal timeline whose milestones alternate above and below
the line), a departmental impact assessment (summary sheet of boxed fields with price base years,
IA and RPC numbers and "Not quantified" costs, an evidence-base section, a baseline table with
"n/k" cells), a university examination paper (rubric, marks in brackets, "Source A" extracts, a
data table with signed changes, money and financial years) and a fact-check article (claim cards
with verdicts, "What the figures show", a small table).

This part was written to be scored once, before any rule is tuned on it.

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The committee's and the
inspected council's names, the poster's authors, the charity, the university and the fact-checking
site are fictional and give no figures of their own; the council's own use of the powers is not
stated (its return is an exempt appendix).
"""
from __future__ import annotations

import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import (
    Bullet,
    Doc,
    Gap,
    Heading,
    HTable,
    Lines,
    Page,
    Para,
    Raw,
    S,
    Table,
)
from generate_dev2 import _stat
from generate_dev3 import FootStats  # noqa: F401  (registers the reportlab+graphics renderer)
from generate_dev5 import esc, matplotlib_renderer, rec
from generate_dev7 import _txt  # noqa: F401  (registers the fpdf2+drawing renderer)
from generate_dev8 import HPara

PART = "dev9"
EN = "\u2013"
RSQ = "\u2019"
LDQ, RDQ = "\u201c", "\u201d"

W_ISS = "interception.warrants.issued"
SP = "cd.applications.sensitive_profession"
DS = "directed_surveillance.authorisations"
PI = "property_interference.authorisations"
FINES = "ico.fines"


def _start() -> None:
    # literal HTML blocks record their rows while the document is built
    g.CURRENT_PART[0] = PART


# =============================================================================================
# 1. Government response to a select committee report (reportlab, Times): Command paper cover,
#    each recommendation quoted in a shaded box headed "Recommendation 3 (paragraph 41)", then
#    "Government response" paragraphs; an annex table of the figures cited with report paragraphs

@dataclass
class RecBox:
    """A committee recommendation quoted in a shaded, ruled box: a bold label line, then the
    recommendation in bold italic; statistics in it are recorded as sentences."""
    label: str
    text: str

    def draw_rl(self, rp, x, y, width):
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph
        c = rp.c
        st = ParagraphStyle("rb", parent=rp.body, fontName="Times-BoldItalic", fontSize=10.5, leading=13.8)
        lab = ParagraphStyle("rl", parent=rp.body, fontName=rp.bold, fontSize=10.5, leading=13.8)
        markup, plain, hits = g.expand(self.text)
        for s, a, b in hits:
            g.record(rp.doc.filename, rp.pageno, s, "sentence", g.sentence_quote(plain, a, b))
        p0 = Paragraph(esc(self.label), lab)
        p1 = Paragraph(markup, st)
        _, h0 = p0.wrap(width - 20, 1000)
        _, h1 = p1.wrap(width - 20, 1000)
        y -= 4
        h = h0 + h1 + 18
        rp.need(y, h)
        c.setFillColorRGB(0.90, 0.92, 0.95)
        c.setStrokeColorRGB(0.45, 0.5, 0.6)
        c.setLineWidth(0.6)
        c.rect(x, y - h, width, h, stroke=1, fill=1)
        c.setFillGray(0)
        p0.drawOn(c, x + 10, y - 6 - h0)
        p1.drawOn(c, x + 10, y - 10 - h0 - h1)
        return y - h - 10


def doc_government_response() -> Doc:
    _start()
    F = "government-response-jsc-report-oversight-of-investigatory-powers-cp-1187.pdf"

    def P(num, text):
        return HPara(text, num=num, indent=28, after=7)

    def GR():
        return Heading("Government response", size=11, space_before=2)

    p1 = Page(printed="", header=False, blocks=[
        Gap(40),
        Lines([("Government Response to the Justice and Security", "b", 20, "L"),
               ("Committee" + RSQ + "s Third Report of Session 2024" + EN + "25:", "b", 20, "L"),
               ("Oversight of Investigatory Powers", "b", 20, "L")], gap=6),
        Gap(14),
        Lines([("Presented to Parliament by the Secretary of State for the Home Department", "r", 11, "L"),
               ("by Command of His Majesty", "r", 11, "L"),
               ("September 2025", "r", 11, "L"),
               ("CP 1187", "b", 12, "L")], gap=3),
        Gap(30),
        P("1.", "The Government welcomes the Committee" + RSQ + "s report (HC 2141, published on 14 May 2025) "
                "and is grateful to the witnesses who gave evidence. This paper responds to each of the "
                "Committee" + RSQ + "s recommendations in turn; the Committee" + RSQ + "s text is reproduced "
                "in the shaded boxes and paragraph numbers refer to its report."),
        P("2.", "The scale of the regime is not in dispute. The Investigatory Powers Commissioner" + RSQ + "s "
                "report for 2024 records that more than " +
                S("600", "context.public_authorities", "", "2024", q="over") + " public authorities may use one "
                "or more of the powers, and that across all of them there were just under " +
                S("360,000", "authorisations.all_powers", "", "2023", q="under") + " authorisations in 2023."),
        Gap(120),
        Lines([("\u00a9 Crown copyright 2025", "r", 8.5, "L"),
               ("This publication is licensed under the terms of the Open Government Licence v3.0.", "r", 8.5, "L"),
               ("ISBN 978-1-5286-5512-7    E03391442 09/25", "r", 8.5, "L"),
               ("Printed on paper containing 40% recycled fibre content minimum.", "r", 8.5, "L")], gap=2),
    ])
    p2 = Page(printed="3", header=True, blocks=[
        RecBox("Recommendation 1 (paragraph 18)",
               "Applications to identify a journalist" + RSQ + "s source rose from " +
               S("15", "cd.applications.journalistic_source", "", "2019") + " in 2019 to " +
               S("106", "cd.applications.journalistic_source", "", "2024") + " in 2024. We recommend that the "
               "Commissioner explain this increase in his next annual report."),
        GR(),
        P("3.", "The Government agrees that the increase should be explained, and has drawn the "
                "recommendation to the Commissioner" + RSQ + "s attention; the content of his report is a matter "
                "for him. The Government notes that the report for 2024 also counts " +
                S("157", SP, "journalist", "2024") + " applications for communications data relating to "
                "journalists and " + S("219", SP, "lawyer", "2024") + " relating to lawyers."),
        RecBox("Recommendation 2 (paragraph 27)",
               "In 2019 the Commissioner investigated " +
               S("18", "errors.serious.investigations", "", "2019") + " possible serious errors and found " +
               S("14", "errors.serious.determined", "total", "2019") + " to be serious. The Government should "
               "publish how many of the people affected were told."),
        GR(),
        P("4.", "The Government does not accept this recommendation. Section 231 of the Investigatory Powers "
                "Act 2016 places the duty to inform on the Commissioner, not on Ministers. For context, the "
                "Commissioner found " + S("eight", "errors.serious.determined", "total", "2018") + " serious "
                "errors in 2018 and, in 2017, " + S("24", "errors.serious.determined", "total", "2017") +
                " serious errors after " + S("33", "errors.serious.investigations", "", "2017") +
                " investigations. In 2021 he found " + S("no", "errors.serious.determined", "total", "2021") +
                " serious errors."),
        RecBox("Recommendation 3 (paragraph 35)",
               "Public authorities obtained " + S("808,214", "cd.items", "total", "2018") + " items of "
               "communications data in 2018. The Home Office should publish the cost to the public purse of "
               "that work."),
        GR(),
        P("5.", "The Government partially accepts this recommendation. Costs recovered by communications service "
                "providers are published each year in the Home Office annual report and accounts (HC 1401, "
                "note 12). We note that the number of items obtained was " +
                S("757,977", "cd.items", "total", "2017") + " in 2017 and that, under the new regime, " +
                S("200,665", "cd.requests.approved", "", "2019") + " requests were approved in 2019."),
    ])
    p3 = Page(printed="4", header=True, blocks=[
        RecBox("Recommendation 4 (paragraph 44)",
               "Of " + S("77", "lpp.applications.made", "", "2018") + " applications in 2018 to retain legally "
               "privileged material, " + S("76", "lpp.applications.approved", "", "2018") + " were approved. We "
               "recommend a review of the approval test."),
        GR(),
        P("6.", "The Government does not accept that a high approval rate shows that the test is too low. "
                "Applications that would fail are, in practice, not made. The Government will keep the Code of "
                "Practice (paragraphs 9.46 to 9.63) under review."),
        RecBox("Recommendation 6 (paragraph 52)",
               "The Government should set out why law enforcement agencies were granted " +
               S("1,866", "chis.authorisations", "law_enforcement", "2019") + " covert human intelligence "
               "source authorisations in 2019, against " +
               S("1,958", "chis.authorisations", "law_enforcement", "2018") + " in 2018."),
        GR(),
        P("7.", "The Government welcomes the fall. Authorisations are granted case by case and a change of "
                "this size from one year to the next is not, in itself, a sign of a change in practice. Other "
                "public authorities were granted only " +
                S("eleven", "chis.authorisations", "other_public_authorities", "2019") + " such authorisations "
                "in 2019."),
        GR(),
        P("8.", "On directed surveillance (recommendations 7 and 8), the last full year under the Office of "
                "Surveillance Commissioners was 2016-17, in which law enforcement agencies were granted " +
                S("6,237", DS, "law_enforcement", "2016-04/2017-03") + " authorisations. From 1 April to 31 "
                "December 2017 other public authorities were granted " +
                S("933", DS, "other_public_authorities", "2017-04/2017-12") + ", of which the Department for "
                "Work and Pensions accounted for " + S("792", DS, "dwp", "2017-04/2017-12") + "."),
        Heading("Annex: figures cited in this response", size=11, space_before=4),
        Table(rows=[["Figure", "Year", "Value", "IPC report, para."],
                    ["Serious errors investigated", "2019", S("18", "errors.serious.investigations", "", "2019"),
                     "10.2"],
                    ["Serious errors found", "2019", S("14", "errors.serious.determined", "total", "2019"), "10.4"],
                    ["Items of communications data", "2018", S("808,214", "cd.items", "total", "2018"), "9.3"],
                    ["Requests approved", "2019", S("200,665", "cd.requests.approved", "", "2019"), "9.7"],
                    ["Inspections carried out", "2023", S("386", "inspections", "total", "2023"), "3.1"],
                    ["Inspections carried out", "2022", S("380", "inspections", "total", "2022"), "3.1"]],
              xs=[0, 190, 290, 330], align=["L", "R", "R", "L"], ruled=True, size=9, row_h=14),
        Lines([("CCS0925123456    Printed in the UK by HH Associates Ltd. on behalf of the Controller of HMSO",
                "r", 7.5, "L")], gap=2),
    ])
    return Doc(F, "Government Response to the JSC report on Oversight of Investigatory Powers (CP 1187)",
               "Home Office (corpus imitation)", "Government response to a select committee report",
               "reportlab+graphics", "Government Response: Oversight of Investigatory Powers", [p1, p2, p3],
               font="Times-Roman", number_style="foot", date=(2025, 9, 18), part=PART)


# =============================================================================================
# 2. Inspection report to one public authority (Chromium): key/value cover table, RAG badge,
#    numbered findings, recommendations R1 ... R6, a national-context table with cells
#    dash cells, a sign-off with a phone number

g.HTML_STYLES.setdefault("inspect", """
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; line-height: 1.4; color: #1c1c1c; }
h1 { font-size: 17pt; margin: 0 0 3pt 0; color: #3b2462; }
h2 { font-size: 11.5pt; margin: 9pt 0 4pt 0; color: #3b2462; border-bottom: 0.6pt solid #3b2462; }
.off { font-size: 8pt; font-weight: bold; letter-spacing: 1pt; color: #b00020; margin-bottom: 6pt; }
table.kv td { border: 0.6pt solid #999; padding: 2pt 6pt; font-size: 9pt; }
table.kv td.k { background: #eeeaf5; font-weight: bold; width: 150pt; }
.rag { display: inline-block; padding: 3pt 10pt; font-weight: bold; color: #fff; border-radius: 3pt; }
.g { background: #2e7d32; } .a { background: #e0a100; color: #111; } .r { background: #c62828; }
p.n { padding-left: 30pt; text-indent: -30pt; margin: 0 0 6pt 0; }
span.pno { display: inline-block; width: 30pt; text-indent: 0; }
table.rec td, table.rec th { border: 0.6pt solid #888; padding: 3pt 5pt; font-size: 9pt; vertical-align: top; }
table.rec th { background: #eeeaf5; }
.sig { margin-top: 10pt; font-size: 9pt; }
""")


def doc_inspection_report() -> Doc:
    _start()
    F = "inspection-report-ashbourne-vale-district-council-2024.pdf"

    def n(page, num, t):
        return Raw(f'<p class="n"><span class="pno">{esc(num)}</span>{rec(F, page, t)}</p>')

    p1 = Page(printed="Page 1 of 3", header=False, blocks=[
        Raw('<div class="off">OFFICIAL \u2013 SENSITIVE (when completed)</div>'
            '<h1>Inspection report: Ashbourne Vale District Council</h1>'
            '<div style="margin-bottom:6pt">Investigatory Powers Commissioner' + RSQ + 's Office \u00b7 local '
            'authority inspection programme</div>'
            '<table class="kv">'
            '<tr><td class="k">Public authority</td><td>Ashbourne Vale District Council</td></tr>'
            '<tr><td class="k">Senior Responsible Officer</td><td>Director of Law and Governance</td></tr>'
            '<tr><td class="k">Inspection type</td><td>Remote (video) inspection with document review</td></tr>'
            '<tr><td class="k">Date of inspection</td><td>12 March 2024</td></tr>'
            '<tr><td class="k">Previous inspection</td><td>9 February 2021</td></tr>'
            '<tr><td class="k">Our reference</td><td>IPCO/INSP/LA/2024/0417</td></tr>'
            '<tr><td class="k">Overall assessment</td><td><span class="rag g">GREEN</span> (see paragraph 3.1)'
            '</td></tr></table>'),
        Raw('<h2>1. Introduction</h2>'),
        n(1, "1.1", "This report records the findings of an inspection of the Council" + RSQ + "s use of covert "
                    "surveillance, covert human intelligence sources and communications data. It should be "
                    "read with the Council" + RSQ + "s own return, which is at Appendix B and is exempt from "
                    "publication under paragraph 7 of Schedule 12A to the Local Government Act 1972."),
        Raw('<h2>2. National context</h2>'),
        n(1, "2.1", "The Commissioner" + RSQ + "s report for 2024 notes that more than " +
                    S("600", "context.public_authorities", "", "2024", q="over") + " public authorities may use "
                    "the powers. His inspectors carried out " + S("386", "inspections", "total", "2023") +
                    " inspections in 2023 and " + S("380", "inspections", "total", "2022") + " in 2022; most "
                    "local authorities are now inspected remotely."),
        n(1, "2.2", "Councils are modest users of communications data. In 2018 local authorities obtained " +
                    S("647", "cd.items.data_type", "subscriber", "2018") + " items of subscriber information and " +
                    S("87", "cd.items.data_type", "service_use", "2018") + " items of service use data, and " +
                    S("no", "cd.items.data_type", "traffic", "2018") + " traffic data at all. In 2019 they "
                    "obtained " + S("1,191", "cd.items.comms_type", "telephony", "2019") + " items of telephony "
                    "data, " + S("164", "cd.items.comms_type", "internet", "2019") + " items of internet data "
                    "and " + S("24", "cd.items.comms_type", "postal", "2019") + " items of postal data."),
        HTable(rows=[["Measure (England, Wales and Scotland)", ("2017", 'class="n"'), ("2018", 'class="n"'),
                      ("2019", 'class="n"')],
                     ["Errors in covert surveillance and CHIS, all authorities",
                      (S("83", "spci.errors", "total", "2017"), 'class="n"'),
                      (S("99", "spci.errors", "total", "2018"), 'class="n"'),
                      ("\u2013", 'class="n"')],
                     ["CHIS authorisations, law enforcement", ("\u2013", 'class="n"'),
                      (S("1,958", "chis.authorisations", "law_enforcement", "2018"), 'class="n"'),
                      (S("1,866", "chis.authorisations", "law_enforcement", "2019"), 'class="n"')]],
               caption="Table 1: National figures quoted in this report (source: the Commissioner" + RSQ +
                       "s annual reports; \u2013 figure not used here)", cls="rec", widths=[200, 70, 70, 70]),
    ])
    p2 = Page(printed="Page 2 of 3", header=False, blocks=[
        Raw('<h2>3. Findings</h2>'),
        n(2, "3.1", "The Council" + RSQ + "s policy was reviewed by members on 18 January 2024 (minute 47/23) and "
                    "is fit for purpose. The central record is complete. The rating of GREEN reflects the "
                    "position at paragraphs 3.2 to 3.6."),
        n(2, "3.2", "Training has lapsed for officers in some service areas since October 2022. This is a matter of "
                    "some concern (Amber); see R2."),
        n(2, "3.3", "Errors are rare across the country but they do occur. In 2018 public authorities reported " +
                    S("59", "spci.errors", "directed_surveillance", "2018") + " errors relating to directed "
                    "surveillance, " + S("23", "spci.errors", "property_interference", "2018") + " relating to "
                    "property interference, " + S("14", "spci.errors", "chis", "2018") + " relating to CHIS and " +
                    S("3", "spci.errors", "intrusive_surveillance", "2018") + " relating to intrusive "
                    "surveillance. The Council has a written procedure for reporting an error; it should be "
                    "rehearsed (R4)."),
        n(2, "3.4", "Recommendations made by inspectors are graded. When the Commissioner last published the "
                    "split, for 2015, inspectors made " + S("366", "recommendations", "total", "2015") +
                    " recommendations, of which " + S("29", "recommendations", "red", "2015") + " were red (" +
                    S("8%", "recommendations.share", "red", "2015") + "), " +
                    S("203", "recommendations", "amber", "2015") + " amber (" +
                    S("55%", "recommendations.share", "amber", "2015") + ") and " +
                    S("134", "recommendations", "green", "2015") + " green (" +
                    S("37%", "recommendations.share", "green", "2015") + ")."),
        Raw('<h2>4. Recommendations</h2>'),
        Raw('<table class="rec"><tr><th>No.</th><th>Recommendation</th><th>Para.</th><th>Rating</th>'
            '<th>Target date</th></tr>'
            '<tr><td>R1</td><td>Refresh the policy annually and report to members.</td><td>3.1</td>'
            '<td>Green</td><td>31/01/2025</td></tr>'
            '<tr><td>R2</td><td>Train every authorising officer before their next authorisation.</td>'
            '<td>3.2</td><td>Amber</td><td>30/09/2024</td></tr>'
            '<tr><td>R3</td><td>Record the reasons for cancelling an authorisation.</td><td>3.5</td>'
            '<td>Amber</td><td>30/06/2024</td></tr>'
            '<tr><td>R4</td><td>Rehearse the error-reporting procedure.</td><td>3.3</td><td>Green</td>'
            '<td>31/12/2024</td></tr>'
            '<tr><td>R5</td><td>Adopt the social media guidance at Annex 2 of the 2022 letter.</td><td>3.6</td>'
            '<td>Amber</td><td>30/09/2024</td></tr>'
            '<tr><td>R6</td><td>Name a deputy Senior Responsible Officer.</td><td>3.1</td><td>Green</td>'
            '<td>31/05/2024</td></tr></table>'),
    ])
    p3 = Page(printed="Page 3 of 3", header=False, blocks=[
        Raw('<h2>5. Directed surveillance by other public authorities</h2>'),
        n(3, "5.1", "For comparison, the first report of the Commissioner, for 1 April to 31 December 2017, records "
                    "that public authorities outside law enforcement were granted " +
                    S("933", DS, "other_public_authorities", "2017-04/2017-12") + " directed surveillance "
                    "authorisations, " + S("792", DS, "dwp", "2017-04/2017-12") + " of them by the Department for "
                    "Work and Pensions. In 2016-17 law enforcement agencies were granted " +
                    S("6,237", DS, "law_enforcement", "2016-04/2017-03") + "; on 31 March 2017, " +
                    S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
                    " of their authorisations were extant."),
        n(3, "5.2", "Other public authorities were granted " +
                    S("eleven", "chis.authorisations", "other_public_authorities", "2019") + " CHIS "
                    "authorisations in 2019. The Council has not sought one since its last inspection and its "
                    "policy rightly says that it would do so only in exceptional circumstances."),
        Raw('<h2>6. Conclusion</h2>'),
        n(3, "6.1", "I am grateful to the Senior Responsible Officer and the RIPA Co-ordinator for their help. An "
                    "action plan addressing R1 to R6 should reach this office within two months of the date of "
                    "this report. The next inspection is expected in 2027."),
        Raw('<div class="sig">Inspector, Investigatory Powers Commissioner' + RSQ + 's Office<br>PO Box 29105, '
            'London SW1V 1ZU \u00b7 Tel. 020 7389 8900<br>Date of report: 4 April 2024 \u00b7 Distribution: '
            'Chief Executive; SRO; Chair of the Audit and Standards Committee</div>'),
    ])
    return Doc(F, "Inspection report: Ashbourne Vale District Council (IPCO/INSP/LA/2024/0417)",
               "Investigatory Powers Commissioner's Office (corpus imitation)", "Inspection report",
               "chromium", "", [p1, p2, p3], number_style="foot", date=(2024, 4, 4), part=PART, style="inspect")


# =============================================================================================
# 3. Academic conference poster (matplotlib, A3 landscape): banner, three columns of wrapped text,
#    a column chart and a line chart with value labels and axis ticks, a key-results box of big
#    signed changes, numbered references, a QR-code placeholder and a poster number

class MplDraw:
    def __init__(self, draw, size=(16.54, 11.69)):
        self.draw = draw
        self.size = size


# (the sheet size given by the page's first block)
render_matplotlib_sheet = matplotlib_renderer("generate_dev9.py", lambda page: page.blocks[0].size)


g.RENDERERS.setdefault("matplotlib-sheet", render_matplotlib_sheet)

NAVY, ORANGE, GREY = "#14325c", "#e07b00", "#555555"


def _wrap_text(fig, fname, page, x, y, template, width_chars, size=12.5, method="sentence", colour="#1a1a1a",
               weight="normal"):
    """Draw a paragraph wrapped at `width_chars` (fig coordinates, top at y); its statistics are
    recorded with their sentence. Returns the y below the paragraph."""
    _, plain, hits = g.expand(template)
    for st, a, b in hits:
        g.record(fname, page, st, method, g.sentence_quote(plain, a, b))
    lines = textwrap.wrap(plain, width_chars, break_on_hyphens=False, break_long_words=False)
    fig.text(x, y, "\n".join(lines), fontsize=size, va="top", color=colour, weight=weight, linespacing=1.35)
    h_in = len(lines) * size * 1.35 / 72
    return y - h_in / fig.get_size_inches()[1] - 0.012


def doc_poster() -> Doc:
    _start()
    F = "poster-counting-interception-warrants-2012-2017-p23.pdf"
    WI, HI = 16.54, 11.69

    def draw(fig, n):
        from matplotlib.patches import Rectangle
        fig.add_artist(Rectangle((0, 0.86), 1, 0.14, transform=fig.transFigure, color=NAVY, zorder=-1))
        fig.text(0.03, 0.945, "Counting the warrants: six years of interception statistics, 2012" + EN + "2017",
                 fontsize=30, weight="bold", color="white")
        fig.text(0.03, 0.905, "R. Adeyemi\u00b9, K. Sorensen\u00b9 and L. Whitfield\u00b2", fontsize=15,
                 color="white")
        fig.text(0.03, 0.877, "\u00b9 School of Law, University of Westmarch   \u00b2 Department of Politics, Calder "
                              "University   Contact: r.adeyemi@westmarch.example", fontsize=11, color="#dde6f2")
        fig.text(0.97, 0.93, "P-23", fontsize=40, weight="bold", color=ORANGE, ha="right")
        fig.text(0.97, 0.885, "Socio-Legal Studies Conference 2018, Panel 7B", fontsize=11, color="white",
                 ha="right")
        # column 1: background and methods
        x1, cw = 0.03, 28
        fig.text(x1, 0.83, "1. Background", fontsize=17, weight="bold", color=NAVY)
        y = _wrap_text(fig, F, n, x1, 0.805,
                       "Interception warrants are the most intrusive power the state uses against its own "
                       "citizens. The Commissioner" + RSQ + "s report for 2017 counted " +
                       S("3,535", W_ISS, "total", "2017") + " warrants, the highest number in the published "
                       "series. Of these, " + S("2,306", W_ISS, "serious_crime", "2017") + " were issued for "
                       "serious crime and " + S("1,219", W_ISS, "national_security", "2017") + " in the interests "
                       "of national security.", 56)
        fig.text(x1, y - 0.01, "2. Data and methods", fontsize=17, weight="bold", color=NAVY)
        y = _wrap_text(fig, F, n, x1, y - 0.035,
                       "We coded every statistic in the six annual reports for 2012 to 2017 (n = 412 figures) "
                       "and checked each total against its parts. Inspections give a sense of depth: in 2015 "
                       "inspectors examined " + S("1,148", "interception.warrants.examined", "", "2015") +
                       " warrants, and in 2016 they examined " +
                       S("970", "interception.warrants.examined", "", "2016") + " in the course of " +
                       S("166", "inspections", "total", "2016") + " inspections.", 56)
        y = _wrap_text(fig, F, n, x1, y - 0.005,
                       "Errors are a second lens. Relevant interception errors numbered " +
                       S("57", "interception.errors", "", "2013") + " in 2013, " +
                       S("60", "interception.errors", "", "2014") + " in 2014 and " +
                       S("62", "interception.errors", "", "2015") + " in 2015 (Table S2 in the online "
                       "supplement).", 56)
        # column 2: two charts
        ax = fig.add_axes([0.395, 0.50, 0.255, 0.28])
        years = ["2012", "2013", "2014", "2015", "2016", "2017"]
        phs = [S("3,372", W_ISS, "total", "2012"), S("2,760", W_ISS, "total", "2013"),
               S("2,795", W_ISS, "total", "2014"), S("3,059", W_ISS, "total", "2015"),
               S("3,007", W_ISS, "total", "2016"), S("3,535", W_ISS, "total", "2017")]
        sts = [_stat(p) for p in phs]
        ax.bar(range(6), [s.value for s in sts], color=NAVY, width=0.62)
        for k, s in enumerate(sts):
            ax.text(k, s.value + 60, s.printed, ha="center", va="bottom", fontsize=11.5)
            g.record(F, n, s, "chart", f"{years[k]} {s.printed}", checks=[years[k], s.printed])
        ax.set_xticks(range(6))
        ax.set_xticklabels(years, fontsize=11)
        ax.set_ylim(0, 4000)
        ax.set_yticks([0, 1000, 2000, 3000, 4000])
        ax.set_yticklabels(["0", "1,000", "2,000", "3,000", "4,000"], fontsize=10)
        ax.spines[["top", "right"]].set_visible(False)
        fig.text(0.37, 0.80, "Fig. 1  Interception warrants issued, by year", fontsize=14, weight="bold",
                 color=NAVY)
        ax2 = fig.add_axes([0.395, 0.12, 0.255, 0.28])
        yrs2 = ["2008", "2009", "2012", "2013", "2015", "2016", "2017"]
        phs2 = [S("595", "cd.errors", "total", "2008"), S("661", "cd.errors", "total", "2009"),
                S("979", "cd.errors", "total", "2012"), S("970", "cd.errors", "total", "2013"),
                S("1,199", "cd.errors", "total", "2015"), S("1,101", "cd.errors", "total", "2016"),
                S("926", "cd.errors", "total", "2017")]
        sts2 = [_stat(p) for p in phs2]
        xs = [int(v) for v in yrs2]
        ax2.plot(xs, [s.value for s in sts2], color=ORANGE, marker="o", lw=2)
        for k, s in enumerate(sts2):
            dy = 45 if k % 2 == 0 else -95
            ax2.text(xs[k], s.value + dy, s.printed, ha="center", fontsize=11)
            g.record(F, n, s, "chart", f"{yrs2[k]} {s.printed}", checks=[yrs2[k], s.printed])
        ax2.set_xticks(list(range(2008, 2018, 1)))
        ax2.set_xticklabels([str(v) for v in range(2008, 2018)], fontsize=9.5, rotation=0)
        ax2.set_ylim(0, 1400)
        ax2.set_yticks([0, 200, 400, 600, 800, 1000, 1200, 1400])
        ax2.tick_params(axis="y", labelsize=10)
        ax2.spines[["top", "right"]].set_visible(False)
        fig.text(0.37, 0.42, "Fig. 2  Communications data errors reported, by year",
                 fontsize=14, weight="bold", color=NAVY)
        # column 3: key results box, conclusions, references
        fig.add_artist(Rectangle((0.685, 0.47), 0.285, 0.36, transform=fig.transFigure,
                                     facecolor="#fff3e0", edgecolor=ORANGE, lw=2, zorder=-1))
        fig.text(0.70, 0.80, "3. Key results", fontsize=17, weight="bold", color=NAVY)
        results = [
            (S("+17.5%", W_ISS + ".change", "total", "2017", value=17.5), "warrants in 2017 on the year before"),
            (S("\u221219%", W_ISS + ".change", "total", "2013", value=-19), "warrants in 2013, the largest fall"),
            (S("65.22%", W_ISS + ".share", "serious_crime", "2017"), "of 2017 warrants for serious crime"),
            (S("34.5%", W_ISS + ".share", "national_security", "2017"), "for national security"),
        ]
        yy = 0.745
        for ph, label in results:
            st = _stat(ph)
            fig.text(0.70, yy, st.printed, fontsize=30, weight="bold", color=ORANGE)
            fig.text(0.70, yy - 0.027, label, fontsize=12.5)
            g.record(F, n, st, "list", f"{st.printed} {label}", checks=[st.printed, label])
            yy -= 0.075
        fig.text(0.70, 0.44, "4. Conclusions", fontsize=17, weight="bold", color=NAVY)
        y = _wrap_text(fig, F, n, 0.70, 0.415,
                       "\u2022 The share for serious crime barely moves: it was " +
                       S("68%", W_ISS + ".share", "serious_crime", "2014") + " in 2014 and " +
                       S("65%", W_ISS + ".share", "serious_crime", "2015") + " in 2015.", 44, method="list")
        y = _wrap_text(fig, F, n, 0.70, y,
                       "\u2022 Urgent warrants are few: " + S("67", "interception.warrants.urgent", "", "2016") +
                       " in 2016, about " + S("2.2%", "interception.warrants.urgent.share", "", "2016",
                                              q="approximately") + " of the total.", 44, method="list")
        fig.text(0.70, y - 0.01, "References", fontsize=12, weight="bold", color=NAVY)
        fig.text(0.70, y - 0.025, "[1] IOCCO (2013) Annual Report, HC 571, pp. 12-19.\n"
                                  "[2] IOCCO (2016) Annual Report, HC 297, Fig. 2.\n"
                                  "[3] IPCO (2019) Annual Report 2017, HC 1780, ch. 8.\n"
                                  "[4] Adeyemi, R. (2017) Modern Law Review 80(4): 611-640.", fontsize=9.5,
                 va="top", linespacing=1.4)
        fig.add_artist(Rectangle((0.90, 0.03), 0.07, 0.07 * WI / HI, transform=fig.transFigure,
                                     facecolor="#ffffff", edgecolor="#000000", hatch="xx", zorder=-1))
        fig.text(0.03, 0.03, "Poster P-23 \u00b7 printed at A1 (594 x 841 mm) \u00b7 scan the code for the paper and "
                             "data (DOI 10.5281/zenodo.1240871)", fontsize=9.5, color=GREY)
        # text columns for the self-check
        pw, ph_ = WI * 72, HI * 72
        g.REGIONS[(F, n)] = [(0, 0.14 * ph_, 0.33 * pw, ph_), (0.335 * pw, 0.14 * ph_, 0.675 * pw, ph_),
                             (0.68 * pw, 0.14 * ph_, pw, ph_)]

    return Doc(F, "Counting the warrants: six years of interception statistics, 2012-2017 (poster P-23)",
               "R. Adeyemi, K. Sorensen and L. Whitfield", "Conference poster", "matplotlib-sheet", "",
               [Page(blocks=[MplDraw(draw, (WI, HI))])], date=(2018, 4, 12), part=PART)


# =============================================================================================
# 4. Charity annual impact report spread (fpdf2, drawn): a grid of big-number tiles, then a
#    horizontal timeline whose milestones alternate above and below the line

def _tile(pdf, fname, n, x, y, w, h, ph, label, sub=None):
    st = _stat(ph)
    pdf.set_fill_color(236, 244, 241)
    pdf.rect(x, y, w, h, style="F")
    pdf.set_fill_color(22, 110, 90)
    pdf.rect(x, y, 4, h, style="F")
    _txt(pdf, x + 14, y + 40, st.printed, 28, "B", colour=(22, 110, 90))
    _txt(pdf, x + 14, y + 60, label, 8.5)
    g.record(fname, n, st, "list", f"{st.printed} {label}", checks=[st.printed, label])
    if sub:
        sph, stext = sub
        s2 = _stat(sph)
        _txt(pdf, x + 14, y + 76, stext, 8.5, "I", colour=(90, 90, 90))
        g.record(fname, n, s2, "list", stext, checks=[stext])


def doc_impact_report() -> Doc:
    _start()
    F = "annual-impact-report-2019-20-privacy-watch-trust-pp-8-9.pdf"

    tiles = [
        (S("1,063", "cd.errors", "total", "2019"), "communications data errors reported",
         (S("903", "cd.errors", "total", "2018"), "903 the year before")),
        (S("200,665", "cd.requests.approved", "", "2019"), "requests for data approved", None),
        (S("15", "cd.applications.journalistic_source", "", "2019"), "bids to find a journalist" + RSQ + "s source",
         None),
        (S("Fourteen", "errors.serious.determined", "total", "2019"), "errors found to be serious",
         (S("18", "errors.serious.investigations", "", "2019"), "out of 18 investigated")),
        (S("1,866", "chis.authorisations", "law_enforcement", "2019"), "informant authorisations (police)",
         (S("1,958", "chis.authorisations", "law_enforcement", "2018"), "down from 1,958 in 2018")),
        (S("24", "interception.errors", "", "2019"), "interception errors (law enforcement)",
         (S("13", "interception.errors", "", "2018"), "13 in 2018")),
    ]

    err_bars = [("Single points of contact", S("381", "cd.errors", "spoc", "2018")),
                ("Applicants", S("360", "cd.errors", "applicant", "2018")),
                ("Communications service providers", S("140", "cd.errors", "csp", "2018")),
                ("Designated persons", S("22", "cd.errors", "designated_person", "2018"))]

    def page1(pdf, n):
        _txt(pdf, 40, 40, "Privacy Watch Trust \u00b7 Annual Impact Report 2019/20", 8.5, colour=(100, 100, 100))
        _txt(pdf, 555, 40, "8", 8.5, align="R", colour=(100, 100, 100))
        _txt(pdf, 40, 84, "The year in numbers", 24, "B", colour=(22, 110, 90))
        _txt(pdf, 40, 104, "What the Investigatory Powers Commissioner reported for 2019, the year our "
                           "campaign began.", 10.5)
        x0, y0, w, h, gap = 40, 124, 166, 92, 11
        for k, (ph, label, sub) in enumerate(tiles):
            r, c = divmod(k, 3)
            _tile(pdf, F, n, x0 + c * (w + gap), y0 + r * (h + gap), w, h, ph, label, sub)
        _txt(pdf, 40, 348, "Our year", 15, "B", colour=(22, 110, 90))
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(40, 356)
        pdf.multi_cell(515, 14, "We published briefings, answered questions from journalists and gave "
                                "evidence to parliamentary inquiries. None of the figures on these pages is "
                                "ours: every number is taken from the Commissioner" + RSQ + "s published "
                                "reports, and the year is the year the report covers.")
        _txt(pdf, 40, 440, "Who made the mistakes?", 15, "B", colour=(22, 110, 90))
        _txt(pdf, 40, 456, "Communications data errors reported in 2018, by the party responsible", 9.5)
        left, top, plot, rh = 200, 470, 300, 26
        pdf.set_draw_color(210)
        pdf.set_line_width(0.4)
        for k, t in enumerate(["0", "100", "200", "300", "400"]):
            xx = left + plot * k / 4
            pdf.line(xx, top, xx, top + rh * len(err_bars))
            _txt(pdf, xx, top + rh * len(err_bars) + 11, t, 7.5, align="C", colour=(110, 110, 110))
        for k, (label, ph) in enumerate(err_bars):
            st = _stat(ph)
            yy = top + k * rh
            _txt(pdf, left - 8, yy + 15, label, 9, align="R")
            bw = st.value / 400 * plot
            pdf.set_fill_color(22, 110, 90)
            pdf.rect(left, yy + 6, bw, 13, style="F")
            _txt(pdf, left + bw + 5, yy + 16, st.printed, 9.5, "B")
            g.record(F, n, st, "chart", f"{label} {st.printed}", checks=[label, st.printed])
        _txt(pdf, 40, 800, "Registered charity no. 1187720 \u00b7 Company no. 11734092 \u00b7 Tel. 0117 496 0815",
             7.5, colour=(120, 120, 120))

    miles = [
        ("2006", S("1,435", W_ISS, "total", "2006-04/2006-12"), "warrants, April" + EN + "December 2006"),
        ("2007", S("519,260", "cd.requests", "total", "2007"), "requests for communications data"),
        ("2009", S("157", "ipt.complaints", "", "2009"), "new complaints to the Tribunal"),
        ("2010", S("1,865", W_ISS, "total", "2010"), "interception warrants"),
        ("2013", S("2,760", W_ISS, "total", "2013"), "warrants issued that year"),
        ("2016", S("754,559", "cd.items", "total", "2016"), "items of data obtained"),
        ("2017", S("3,535", W_ISS, "total", "2017"), "warrants, the peak so far"),
        ("2018", S("808,214", "cd.items", "total", "2018"), "items of data obtained"),
    ]

    def page2(pdf, n):
        _txt(pdf, 40, 40, "Privacy Watch Trust \u00b7 Annual Impact Report 2019/20", 8.5, colour=(100, 100, 100))
        _txt(pdf, 555, 40, "9", 8.5, align="R", colour=(100, 100, 100))
        _txt(pdf, 40, 84, "Fourteen years of counting", 24, "B", colour=(22, 110, 90))
        _txt(pdf, 40, 104, "Milestones in the published figures, from the first report of 2006 to the report "
                           "for 2018.", 10.5)
        ly = 300
        pdf.set_draw_color(22, 110, 90)
        pdf.set_line_width(2)
        pdf.line(50, ly, 545, ly)
        step = 495 / (len(miles) - 1)
        for k, (yr, ph, label) in enumerate(miles):
            st = _stat(ph)
            x = 50 + k * step
            pdf.set_fill_color(22, 110, 90)
            pdf.ellipse(x - 5, ly - 5, 10, 10, style="F")
            up = k % 2 == 0
            _txt(pdf, x, ly + (-14 if up else 22), yr, 10, "B", align="C")
            by = ly - 90 if up else ly + 52
            pdf.set_line_width(0.5)
            pdf.line(x, ly + (-24 if up else 26), x, by + (22 if up else -14))
            _txt(pdf, x, by, st.printed, 13, "B", align="C", colour=(22, 110, 90))
            words = label.split()
            half = (len(words) + 1) // 2
            l1, l2 = " ".join(words[:half]), " ".join(words[half:])
            _txt(pdf, x, by + 12, l1, 7.5, align="C")
            _txt(pdf, x, by + 21, l2, 7.5, align="C")
            g.record(F, n, st, "list", f"{yr} {st.printed} {label}", checks=[yr, st.printed, "~" + l1, "~" + l2])
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(40, 420)
        pdf.multi_cell(515, 13, "Notes: the first report covered nine months only. Totals are not comparable "
                                "across the change of regime in 2017; see our briefing no. 12 (March 2020), "
                                "pages 4-6.")
        _txt(pdf, 40, 800, "privacywatch.example/impact \u00b7 Design: Studio 14", 7.5, colour=(120, 120, 120))

    from generate_dev7 import FpdfDraw
    return Doc(F, "Privacy Watch Trust: Annual Impact Report 2019/20 (pp. 8-9)", "Privacy Watch Trust",
               "Charity annual impact report", "fpdf2+drawing", "", [Page(blocks=[FpdfDraw(page1)]),
                                                                     Page(blocks=[FpdfDraw(page2)])],
               date=(2020, 9, 30), part=PART)


# =============================================================================================
# 5. Departmental impact assessment (reportlab): summary sheet of boxed fields (IA and RPC numbers,
#    price base year, "Not quantified"), evidence base with national figures, a baseline table
#    with "n/k" cells, comparators in pounds with financial years

@dataclass
class FieldGrid:
    """Boxed label/value fields of an impact-assessment summary sheet (no statistics)."""
    rows: list          # list of rows; each row a list of (label, value) pairs

    def draw_rl(self, rp, x, y, width):
        c = rp.c
        rh = 26
        rp.need(y, rh * len(self.rows))
        for row in self.rows:
            cw = width / len(row)
            for k, (lab, val) in enumerate(row):
                cx = x + k * cw
                c.setStrokeGray(0.3)
                c.setLineWidth(0.6)
                c.setFillColorRGB(0.93, 0.95, 0.98)
                c.rect(cx, y - rh, cw, rh, stroke=1, fill=1)
                c.setFillGray(0)
                c.setFont(rp.bold, 7.5)
                c.drawString(cx + 4, y - 9, lab)
                c.setFont(rp.reg, 9)
                c.drawString(cx + 4, y - 21, val)
            y -= rh
        return y - 10


def doc_impact_assessment() -> Doc:
    _start()
    F = "impact-assessment-ipa-notices-regime-ho0417.pdf"
    p1 = Page(printed="1", header=False, blocks=[
        Lines([("Title: Investigatory Powers (Amendment) Bill: notices regime", "b", 12.5, "L"),
               ("Impact Assessment (IA)", "b", 16, "R")], gap=4),
        FieldGrid([[("IA No:", "HO0417"), ("RPC Reference No:", "RPC-HO-5290(1)"), ("Date:", "07/11/2023")],
                   [("Lead department or agency:", "Home Office"), ("Stage:", "Final"),
                    ("Source of intervention:", "Domestic")],
                   [("Type of measure:", "Primary legislation"), ("RPC Opinion:", "Not applicable"),
                    ("Contact:", "ipa.review@homeoffice.example")]]),
        Heading("Summary: Intervention and Options", size=11.5, space_before=2),
        FieldGrid([[("Total Net Present Social Value", "Not quantified"),
                    ("Business Net Present Value", "Not quantified"),
                    ("Net cost to business per year", "Not quantified")],
                   [("Price Base Year", "2019"), ("PV Base Year", "2020"), ("Time Period Years", "10")]]),
        Heading("What is the problem under consideration? Why is government action or intervention necessary?",
                size=10, space_before=2),
        Para("The 2016 Act is now relied on by more than " +
             S("600", "context.public_authorities", "", "2022", q="over") + " public authorities (Commissioner" +
             RSQ + "s report for 2022). Across all of the powers there were just under " +
             S("360,000", "authorisations.all_powers", "", "2023", q="under") + " authorisations in 2023. The "
             "notices regime in Part 4 has not kept pace with changes in technology since Royal Assent on 29 "
             "November 2016.", size=9.5),
        Heading("What are the policy objectives of the action or intervention and the intended effects?", size=10,
                space_before=2),
        Para("To keep the existing capabilities working as services change, and to give the Investigatory "
             "Powers Commissioner the information he needs to oversee them. Option 1 is to do nothing; Option 2 "
             "(preferred) amends sections 87, 253 and 255.", size=9.5),
        Lines([("Will the policy be reviewed? It will be reviewed. If applicable, set review date: 11/2028", "r", 8.5,
                "L"),
               ("I have read the Impact Assessment and I am satisfied that it represents a reasonable view of",
                "i", 8, "L"),
               ("the likely costs, benefits and impact of the leading options.", "i", 8, "L")], gap=2),
    ])
    p2 = Page(printed="2", header=True, blocks=[
        Heading("Evidence Base (for summary sheets)", size=12),
        Heading("A. Background", size=10.5, space_before=2),
        HPara("Communications data is the who, when and where of a communication. Public authorities obtained " +
              S("808,214", "cd.items", "total", "2018") + " items of it in 2018, against " +
              S("761,702", "cd.items", "total", "2015") + " in 2015; law enforcement accounted for " +
              S("92.6%", "cd.items.share", "law_enforcement", "2017") + " of items in 2017. Under the new "
              "regime " + S("200,665", "cd.requests.approved", "", "2019") + " requests were approved in 2019.",
              num="1.", indent=20, size=9.5, after=5),
        HPara("Interception is used far less. In 2017, " + S("3,535", W_ISS, "total", "2017") + " warrants were "
              "issued, a rise of just over " + S("17.5%", W_ISS + ".change", "total", "2017", q="over") +
              " on 2016. In 2018 the urgent procedure was used for " +
              S("8%", "interception.warrants.urgent.share", "", "2018") + " of warrants issued to law "
              "enforcement agencies.", num="2.", indent=20, size=9.5, after=5),
        Heading("B. Baseline (Option 1, do nothing)", size=10.5, space_before=2),
        Table(rows=[["Table 1: Baseline volumes", "2015", "2016", "2017", "2018"],
                    ["Items of communications data", S("761,702", "cd.items", "total", "2015"),
                     S("754,559", "cd.items", "total", "2016"), S("757,977", "cd.items", "total", "2017"),
                     S("808,214", "cd.items", "total", "2018")],
                    ["Communications data errors", S("1,199", "cd.errors", "total", "2015"),
                     S("1,101", "cd.errors", "total", "2016"), S("926", "cd.errors", "total", "2017"),
                     S("903", "cd.errors", "total", "2018")],
                    ["Interception warrants issued", S("3,059", W_ISS, "total", "2015"),
                     S("3,007", W_ISS, "total", "2016"), S("3,535", W_ISS, "total", "2017"), "n/k"],
                    ["Possible serious errors investigated", "n/k",
                     S("29", "errors.serious.investigations", "", "2016"),
                     S("33", "errors.serious.investigations", "", "2017"), "n/k"]],
              xs=[0, 225, 290, 355, 420], align=["L", "R", "R", "R", "R"], ruled=True, size=9, row_h=15,
              caption="Source: Commissioners' annual reports. n/k = not known (not published on a comparable "
                      "basis). Figures are for calendar years.", caption_above=False),
        HPara("Errors matter to the appraisal because each one carries a cost of investigation. In 2018 single "
              "points of contact were responsible for " + S("381", "cd.errors", "spoc", "2018") + " errors, "
              "applicants for " + S("360", "cd.errors", "applicant", "2018") + ", service providers for " +
              S("140", "cd.errors", "csp", "2018") + " and designated persons for " +
              S("22", "cd.errors", "designated_person", "2018") + ".", num="3.", indent=20, size=9.5, after=5),
        HPara("The cost of an error is not monetised in this IA (see paragraph 9 and Annex 1, lines 14-22).",
              num="4.", indent=20, size=9.5, after=5),
    ])
    p3 = Page(printed="3", header=True, blocks=[
        Heading("C. Comparators: penalties for failures of data security", size=10.5, space_before=2),
        HPara("The nearest comparators are the monetary penalties imposed by the Information Commissioner. "
              "In 2020/21 British Airways was fined " +
              S("\u00a320m", FINES, "british_airways", "2020-04/2021-03") + " and Marriott " +
              S("\u00a318.4m", FINES, "marriott", "2020-04/2021-03") + ". In 2022/23 Clearview AI was fined " +
              S("\u00a37.5m", FINES, "clearview", "2022-04/2023-03") + " and Interserve " +
              S("\u00a34.4m", FINES, "interserve", "2022-04/2023-03") + ".", num="5.", indent=20, size=9.5,
              after=5),
        HPara("A penalty of " + S("\u00a3500,000", FINES, "cabinet_office", "2021-04/2022-03") + " was issued to "
              "the Cabinet Office in 2021/22 and reduced on appeal to " +
              S("\u00a350,000", FINES, "cabinet_office", "2022-04/2023-03") + " in 2022/23. None of these sums "
              "is an estimate of the cost of the option; they bound the scale of harm that data failures are "
              "judged to cause.", num="6.", indent=20, size=9.5, after=5),
        Heading("D. Oversight costs and monitoring", size=10.5, space_before=2),
        HPara("The Commissioner" + RSQ + "s inspections will absorb any new notices. His office carried out " +
              S("380", "inspections", "total", "2022") + " inspections in 2022 and " +
              S("386", "inspections", "total", "2023") + " in 2023. Applications for communications data "
              "relating to journalists numbered " + S("157", SP, "journalist", "2024") + " in 2024.",
              num="7.", indent=20, size=9.5, after=5),
        HPara("Monitoring will rely on the Commissioner" + RSQ + "s annual report, laid under section 234; a "
              "post-implementation review will take place within 5 years of commencement.", num="8.",
              indent=20, size=9.5, after=5),
        Heading("Small and Micro Business Assessment (SaMBA)", size=10.5, space_before=2),
        HPara("Notices are given to a handful of large providers. Businesses with fewer than 50 employees are "
              "not expected to receive one; the SaMBA threshold in the Better Regulation Framework (2020, para "
              "1.9.4) is therefore not engaged.", num="9.", indent=20, size=9.5, after=5),
    ])
    return Doc(F, "Impact Assessment HO0417: Investigatory Powers (Amendment) Bill, notices regime",
               "Home Office (corpus imitation)", "Impact assessment", "reportlab+graphics",
               "IA HO0417 \u2013 notices regime \u2013 Final stage", [p1, p2, p3], number_style="foot",
               date=(2023, 11, 7), part=PART)


# =============================================================================================
# 6. University examination paper (fpdf2): rubric, marks in brackets, "Source A" extracts,
#    a data table with signed changes, money and financial years, "END OF PAPER"

def doc_exam_paper() -> Doc:
    _start()
    F = "exam-paper-lw3047-law-and-surveillance-summer-2021.pdf"
    p1 = Page(printed="Page 1 of 3", header=False, blocks=[
        Lines([("UNIVERSITY OF WESTMARCH", "b", 14, "C"),
               ("School of Law", "r", 11, "C"),
               ("LW3047 Law and Surveillance", "b", 13, "C"),
               ("Summer Examinations 2021 \u2013 Paper 2", "r", 11, "C")], gap=3),
        Gap(10),
        Lines([("Time allowed: 2 hours, plus 15 minutes reading time", "r", 10.5, "L"),
               ("Answer THREE questions: ONE from Section A and TWO from Section B.", "b", 10.5, "L"),
               ("All questions carry equal marks (25 marks each). Total: 75 marks.", "r", 10.5, "L"),
               ("Candidates may use a calculator (Casio fx-83GT or equivalent).", "r", 10.5, "L"),
               ("Candidate number: ____________   Desk number: ______", "r", 10.5, "L")], gap=4),
        Gap(6),
        Heading("SECTION A", size=12),
        Para("Question 1. Read Source A and answer all parts.", size=10.5),
        Para("Source A (adapted from the report of the Interception of Communications Commissioner for 2016): "
             "Public authorities reported " + S("1,101", "cd.errors", "total", "2016") + " communications data "
             "errors in 2016. Single points of contact were responsible for " +
             S("43.3%", "cd.errors.share", "spoc", "2016") + " of them, applicants for " +
             S("39.4%", "cd.errors.share", "applicant", "2016") + ", communications service providers for " +
             S("11.6%", "cd.errors.share", "csp", "2016") + " and designated persons for " +
             S("2.9%", "cd.errors.share", "designated_person", "2016") + ". In the same year " +
             S("754,559", "cd.items", "total", "2016") + " items of data were obtained.", size=10, italic=True),
        Para("(a) Identify the group responsible for the largest share of errors in 2016. (2 marks)", size=10),
        Para("(b) The covering letter to the Prime Minister gave " + S("1,200", "cd.errors", "total", "2016") +
             " errors for the same year. Suggest two reasons why two figures might be published. (6 marks)",
             size=10),
        Para("(c) Evaluate whether error rates are a good measure of the quality of oversight. (17 marks)",
             size=10),
    ])
    p2 = Page(printed="Page 2 of 3", header=True, blocks=[
        Para("Question 2. Study Source B, a table compiled from the Commissioners' annual reports.", size=10.5),
        Table(rows=[["Year", "Warrants issued", "Change on previous year"],
                    ["2012", S("3,372", W_ISS, "total", "2012"), S("+16%", W_ISS + ".change", "total", "2012",
                                                                  value=16)],
                    ["2013", S("2,760", W_ISS, "total", "2013"), S("-19%", W_ISS + ".change", "total", "2013",
                                                                  value=-19)],
                    ["2014", S("2,795", W_ISS, "total", "2014"), "\u2013"],
                    ["2015", S("3,059", W_ISS, "total", "2015"), S("+9%", W_ISS + ".change", "total", "2015",
                                                                  value=9)],
                    ["2016", S("3,007", W_ISS, "total", "2016"), "\u2013"],
                    ["2017", S("3,535", W_ISS, "total", "2017"), S("+17.5%", W_ISS + ".change", "total", "2017",
                                                                  value=17.5)]],
              xs=[0, 130, 260, 420], align=["L", "R", "R"], ruled=True, size=10, row_h=17,
              caption="Source B", caption_above=True),
        Para("\u2013 = no change published for that year.", size=8.5, italic=True),
        Para("(a) Calculate the percentage change in the number of warrants between 2014 and 2016. Show your "
             "working. (4 marks)", size=10),
        Para("(b) In 2014, " + S("68%", W_ISS + ".share", "serious_crime", "2014") + " of warrants were issued "
             "for serious crime and " + S("31%", W_ISS + ".share", "national_security", "2014") + " for national "
             "security; in 2015 the shares were " + S("65%", W_ISS + ".share", "serious_crime", "2015") + " and " +
             S("34%", W_ISS + ".share", "national_security", "2015") + ". Comment on the trend. (6 marks)",
             size=10),
        Para("(c) \"Any use of the urgency procedure is one use too many.\" Discuss. (15 marks)", size=10),
        Heading("SECTION B", size=12),
        Para("Question 3. Source C lists penalties imposed by the Information Commissioner.", size=10.5),
        Bullet("British Airways: " + S("\u00a320m", FINES, "british_airways", "2020-04/2021-03") + " (2020/21)"),
        Bullet("Marriott International: " + S("\u00a318.4m", FINES, "marriott", "2020-04/2021-03") + " (2020/21)"),
        Bullet("Cabinet Office: " + S("\u00a3500,000", FINES, "cabinet_office", "2021-04/2022-03") +
               " (2021/22), reduced to " + S("\u00a350,000", FINES, "cabinet_office", "2022-04/2023-03") +
               " (2022/23)"),
        Para("To what extent do penalties of this size deter poor data security? Refer to Source C and to the UK "
             "GDPR, Article 83. (25 marks)", size=10),
    ])
    p3 = Page(printed="Page 3 of 3", header=True, blocks=[
        Para("Question 4. \"The professions that most need confidentiality are the least protected.\" With "
             "reference to Source D, discuss.", size=10.5),
        Para("Source D: In 2018 there were " + S("1,320", SP, "total", "2018") + " applications for communications "
             "data relating to people in sensitive professions: " + S("498", SP, "medical_doctor", "2018") +
             " concerned doctors, " + S("272", SP, "minister_of_religion", "2018") + " ministers of religion, " +
             S("234", SP, "lawyer", "2018") + " lawyers, " + S("203", SP, "journalist", "2018") +
             " journalists and " + S("113", SP, "member_of_parliament", "2018") + " Members of Parliament. In 2016 "
             "the total had been " + S("948", SP, "total", "2016") + ".", size=10, italic=True),
        Para("(25 marks)", size=10),
        Para("Question 5. \"Nine months is not a year.\" Using Source E, explain the difficulty of comparing the "
             "figures before and after 1 April 2017.", size=10.5),
        Para("Source E: In 2016-17 there were " + S("1,842", PI, "", "2016-04/2017-03") + " property interference "
             "authorisations. From 1 April to 31 December 2017 there were " + S("1,453", PI, "", "2017-04/2017-12") +
             ", or " + S("1,937", PI + ".annualised", "", "2017") + " on an annualised basis; intrusive "
             "surveillance authorisations numbered " +
             S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12") + " (annualised, " +
             S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") + ").", size=10, italic=True),
        Para("(25 marks)", size=10),
        Gap(20),
        Lines([("END OF PAPER", "b", 11, "C"),
               ("Examiner: Dr P. Okafor (ext. 4417)   Second marker: Prof. S. Lund   Paper code 2021-LW3047-P2",
                "r", 8, "C")], gap=3),
    ])
    return Doc(F, "LW3047 Law and Surveillance: Summer Examinations 2021, Paper 2", "University of Westmarch",
               "Examination paper", "fpdf2", "LW3047 Law and Surveillance \u2013 Paper 2 \u2013 Summer 2021",
               [p1, p2, p3], date=(2021, 5, 20), part=PART)


# =============================================================================================
# 7. Fact-check article (Chromium): claim cards with a rating badge, "What the figures show",
#    a rating scale, a small table, corrections line

g.HTML_STYLES.setdefault("factcheck", """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.8pt; line-height: 1.45; color: #222; }
.brand { font-weight: bold; font-size: 11pt; color: #0b6e4f; letter-spacing: 0.5pt; }
h1 { font-size: 19pt; line-height: 1.15; margin: 4pt 0 4pt 0; }
.meta { font-size: 8pt; color: #666; margin-bottom: 8pt; }
.claim { border: 1pt solid #ccc; border-left: 5pt solid #0b6e4f; padding: 5pt 9pt; margin: 8pt 0 6pt 0;
         background: #f7f7f7; }
.claim .lab { font-size: 8pt; font-weight: bold; color: #777; letter-spacing: 1pt; }
.claim .txt { font-size: 11.5pt; font-weight: bold; }
.verdict { display: inline-block; font-weight: bold; font-size: 9pt; padding: 1pt 7pt; color: #fff;
           background: #b33; border-radius: 2pt; }
.verdict.mt { background: #0b6e4f; } .verdict.h { background: #d98b00; }
h3 { font-size: 10.5pt; margin: 6pt 0 3pt 0; }
.scale { font-size: 8pt; color: #555; border-top: 0.6pt solid #bbb; padding-top: 3pt; margin-top: 6pt; }
table.plain td, table.plain th { font-size: 9pt; }
""")


def doc_factcheck() -> Doc:
    _start()
    F = "factcheck-has-phone-tapping-doubled-2018.pdf"

    def p(page, t):
        return Raw(f"<p>{rec(F, page, t)}</p>")

    def claim(text, who, verdict, cls):
        return Raw(f'<div class="claim"><div class="lab">CLAIM</div><div class="txt">{esc(text)}</div>'
                   f'<div style="font-size:8pt;color:#666">{esc(who)}</div>'
                   f'<div style="margin-top:3pt"><span class="lab" style="font-size:8pt;font-weight:bold;'
                   f'color:#777">OUR VERDICT </span><span class="verdict {cls}">{esc(verdict)}</span></div></div>')

    p1 = Page(printed="fullcheck.example/1187 \u00b7 1 of 2", header=False, blocks=[
        Raw('<div class="brand">FULL CHECK</div>'
            '<h1>Has phone tapping really doubled in a decade?</h1>'
            '<div class="meta">Fact check no. 1187 \u00b7 Published 21 February 2019, 09:12 \u00b7 Updated 22 '
            'February 2019, 14:32 \u00b7 5 minute read</div>'),
        claim(LDQ + "Phone tapping has doubled in ten years." + RDQ,
              "Post shared about 4,300 times on 18-19 February 2019", "HALF TRUE", "h"),
        Raw("<h3>What the figures show</h3>"),
        p(1, "The Interception of Communications Commissioner published the first figures for the nine months "
             "from April to December 2006, when " + S("1,435", W_ISS, "total", "2006-04/2006-12") + " warrants "
             "were issued. A full year is a fairer starting point: in 2010 there were " +
             S("1,865", W_ISS, "total", "2010") + "."),
        p(1, "The latest figure, for 2017, is " + S("3,535", W_ISS, "total", "2017") + ", just under twice the "
             "2010 total. So the claim is close for those years, but the number has not risen steadily: it fell "
             "by " + S("19%", W_ISS + ".change", "total", "2013", value=-19) + " in 2013, to " +
             S("2,760", W_ISS, "total", "2013") + ", and was " + S("3,007", W_ISS, "total", "2016") +
             " in 2016. Counting rules also changed in 2017."),
        claim(LDQ + "Most intercepts are about terrorism and spies, not crime." + RDQ,
              "Speaker at a public meeting, Leeds, 12 February 2019", "FALSE", ""),
        Raw("<h3>What the figures show</h3>"),
        p(1, "In 2017 " + S("65.22%", W_ISS + ".share", "serious_crime", "2017") + " of warrants were issued for "
             "the prevention or detection of serious crime and " +
             S("34.5%", W_ISS + ".share", "national_security", "2017") + " in the interests of national security. "
             "That split has barely moved: in 2014 it was " + S("68%", W_ISS + ".share", "serious_crime", "2014") +
             " and " + S("31%", W_ISS + ".share", "national_security", "2014") + ", with " +
             S("1%", W_ISS + ".share", "combination", "2014") + " for a combination of purposes."),
    ])
    p2 = Page(printed="fullcheck.example/1187 \u00b7 2 of 2", header=False, blocks=[
        claim(LDQ + "Your local council can read your texts." + RDQ,
              "Reader question, received 15 February 2019", "FALSE", ""),
        Raw("<h3>What the figures show</h3>"),
        p(2, "Councils cannot intercept at all, and they may obtain only limited kinds of communications data. "
             "In 2018 local authorities obtained " + S("647", "cd.items.data_type", "subscriber", "2018") +
             " items of subscriber information, " + S("87", "cd.items.data_type", "service_use", "2018") +
             " items of service use information and " + S("none", "cd.items.data_type", "traffic", "2018") +
             " of traffic data. Of their items, " + S("92%", "cd.items.comms_type.share", "telephony", "2018") +
             " related to telephones."),
        claim(LDQ + "The authorities grab close to a million pieces of phone data a year." + RDQ,
              "Campaign leaflet, January 2019", "MOSTLY TRUE", "mt"),
        Raw("<h3>What the figures show</h3>"),
        HTable(rows=[["Year", ("Items of communications data obtained", 'class="n"')],
                     ["2015", (S("761,702", "cd.items", "total", "2015"), 'class="n"')],
                     ["2016", (S("754,559", "cd.items", "total", "2016"), 'class="n"')],
                     ["2017", (S("757,977", "cd.items", "total", "2017"), 'class="n"')],
                     ["2018", (S("808,214", "cd.items", "total", "2018"), 'class="n"')]],
               caption="Table: items obtained by all public authorities (Commissioners' reports)", cls="plain"),
        p(2, "An item is one piece of data, such as one subscriber check; several items can relate to one "
             "phone. Law enforcement obtained " + S("700,282", "cd.items", "law_enforcement", "2017") +
             " of the items in 2017, about " + S("92.6%", "cd.items.share", "law_enforcement", "2017",
                                                q="approximately") + "."),
        Raw('<div class="scale">Our ratings: TRUE \u00b7 MOSTLY TRUE \u00b7 HALF TRUE \u00b7 MISLEADING \u00b7 '
            'FALSE. Spotted something? Email corrections@fullcheck.example or call 020 7946 0123. Full Check is '
            'a signatory of the International Fact-Checking Network' + RSQ + 's code of principles (since '
            '2017).</div>'),
    ])
    return Doc(F, "Has phone tapping really doubled in a decade? (Full Check no. 1187)", "Full Check",
               "Fact-check article", "chromium", "", [p1, p2], number_style="foot", date=(2019, 2, 22), part=PART,
               style="factcheck")


def dev9_builders() -> list:
    return [doc_government_response, doc_inspection_report, doc_poster, doc_impact_report,
            doc_impact_assessment, doc_exam_paper, doc_factcheck]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
