#!/usr/bin/env python3
"""Sixth development part of the labelled corpus: corpora/dev6/ (PDFs and gold.csv).

Rendered by corpora/generate.py (``dev6_builders()``) with the same machinery as the other parts,
so each gold row is emitted by the code that draws its number and the same self-check re-reads
every PDF:

    .venv/bin/python corpora/generate.py           # every part
    .venv/bin/python corpora/generate_dev6.py      # this part only (same bytes, same gold.csv)

Seven documents in genres and layouts none of the earlier parts uses: a printed social-media
thread (numbered posts "1/9", handles, reply/repost/like/view counts, a quoted post), a
statistical annex whose tables have a two-row header with group headings spanning columns and
figures that carry superscript footnote letters, a reportlab chart page (bars with rotated
category labels, a line chart with two series, point labels and a legend, grouped bars with a
legend), the minutes of a police and crime panel (numbered agenda items, minute numbers,
resolutions with votes), a regulator's letter to a committee chair (numbered paragraphs, a
figures annex in pounds), a spreadsheet printed with its gridlines, column letters and row
numbers, and a three-column newsletter page (text flowing over three columns, a boxed "in
numbers" panel, a pull quote).

This part was written to be scored once, before any rule is tuned on it (see corpora/README.md).

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The organisations
(account holders, the panel, the newsletter's publisher, the spreadsheet's owner) are fictional
and give no figures of their own.
"""
from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import (
    Doc,
    Gap,
    Heading,
    Lines,
    Page,
    Para,
    Raw,
    S,
    Table,
)
from generate_dev2 import _stat
from generate_dev3 import FootStats  # noqa: F401  (registers the reportlab+graphics renderer)
from generate_dev5 import esc, rec

PART = "dev6"
EN = "\u2013"


def _start() -> None:
    # literal HTML blocks and drawn charts record their rows while the document is built
    g.CURRENT_PART[0] = PART


g.HTML_STYLES.setdefault("thread", """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.8pt; line-height: 1.42; color: #0f1419; }
.top { font-size: 7.8pt; color: #536471; border-bottom: 0.6pt solid #cfd9de; padding-bottom: 3pt; margin-bottom: 8pt; }
.post { display: flex; gap: 9pt; border-bottom: 0.6pt solid #e1e8ed; padding: 6pt 0 6pt 0; }
.av { width: 26pt; height: 26pt; border-radius: 13pt; background: #1d6fa5; flex: 0 0 26pt; }
.av.b { background: #b34a2a; }
.pb { flex: 1 1 auto; }
.who { font-size: 8.6pt; color: #536471; margin-bottom: 1pt; } .who b { color: #0f1419; }
.txt { margin: 0 0 3pt 0; }
.cnt { font-size: 7.8pt; color: #536471; }
.qt { border: 0.6pt solid #cfd9de; border-radius: 6pt; padding: 4pt 7pt; margin: 3pt 0 4pt 0; font-size: 9pt; }
.reply { margin-left: 35pt; }
""")
g.HTML_STYLES.setdefault("newsletter", """
body { font-family: 'Liberation Serif', serif; font-size: 9.3pt; line-height: 1.33; color: #161616; }
.mast { border-top: 4pt solid #7a1f3d; border-bottom: 0.8pt solid #7a1f3d; padding: 3pt 0 3pt 0; margin-bottom: 6pt;
        font-family: 'Liberation Sans', sans-serif; }
.mast .t { font-size: 22pt; font-weight: bold; color: #7a1f3d; }
.mast .s { font-size: 8pt; color: #444; }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 15pt; margin: 2pt 0 5pt 0; }
.cols3 { column-count: 3; column-gap: 14pt; column-fill: balance; }
.cols3 p { text-align: justify; margin: 0 0 5pt 0; }
.cols3 h3 { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; margin: 4pt 0 2pt 0; color: #7a1f3d; }
.panel { break-inside: avoid; border: 0.8pt solid #7a1f3d; background: #f7eef1; padding: 4pt 6pt; margin: 2pt 0 6pt 0;
         font-family: 'Liberation Sans', sans-serif; font-size: 8.3pt; }
.panel .h { font-weight: bold; text-transform: uppercase; letter-spacing: 0.5pt; margin-bottom: 3pt; }
.panel div.i { margin: 0 0 3pt 0; }
.pq { break-inside: avoid; font-family: 'Liberation Sans', sans-serif; font-size: 12pt; font-weight: bold;
      color: #7a1f3d; border-top: 1pt solid #7a1f3d; border-bottom: 1pt solid #7a1f3d; padding: 3pt 0; margin: 4pt 0 6pt 0; }
.by { font-size: 8pt; font-style: italic; color: #444; }
""")


# =============================================================================================
# 1. Printed social-media thread (Chromium): numbered posts "1/9", display names and handles,
#    time-stamps, reply / repost / like / view counts under each post, a quoted post, a reply
#    from another account, hashtags

def post(fname: str, page: int, who: str, when: str, template: str, counts: str, quote_post: str = "",
         reply: bool = False, other: bool = False) -> str:
    body = rec(fname, page, template)
    qp = f'<div class="qt">{rec(fname, page, quote_post)}</div>' if quote_post else ""
    return (f'<div class="post{" reply" if reply else ""}"><div class="av{" b" if other else ""}"></div>'
            f'<div class="pb"><div class="who">{who} \u00b7 {esc(when)}</div><div class="txt">{body}</div>{qp}'
            f'<div class="cnt">{esc(counts)}</div></div></div>')


def doc_thread() -> Doc:
    _start()
    F = "social-thread-surveillance-report-2018-explained.pdf"
    me = "<b>Oversight Watch UK</b> @OversightWatchUK"
    p1 = Page(printed=None, header=False, blocks=[
        Raw('<div class="top">https://social.example/OversightWatchUK/status/1235171620418 \u00b7 printed 04/03/2020, '
            '11:42 \u00b7 1 of 2</div>'),
        Raw(post(F, 1, me, "4 Mar 2020",
                 "Thread. The Investigatory Powers Commissioner\u2019s report for 2018 is out. We read all "
                 "200-odd pages so you don\u2019t have to. Headline: " + S("808,214", "cd.items", "total", "2018") +
                 " items of communications data were obtained in 2018. #IPA2016 1/9",
                 "41 replies \u00b7 212 reposts \u00b7 1,024 likes \u00b7 88.1K views")),
        Raw(post(F, 1, me, "4 Mar 2020",
                 "Mistakes: public authorities and phone companies reported " +
                 S("903", "cd.errors", "total", "2018") + " communications data errors in 2018. Single points of "
                 "contact made " + S("381", "cd.errors", "spoc", "2018") + " of them, applicants " +
                 S("360", "cd.errors", "applicant", "2018") + ". 2/9",
                 "6 replies \u00b7 58 reposts \u00b7 190 likes \u00b7 14.2K views")),
        Raw(post(F, 1, me, "4 Mar 2020",
                 "The phone companies themselves were behind " + S("140", "cd.errors", "csp", "2018") +
                 " errors, and designated persons (the officers who sign off) " +
                 S("22", "cd.errors", "designated_person", "2018") + ". 3/9",
                 "3 replies \u00b7 21 reposts \u00b7 97 likes \u00b7 9.8K views")),
        Raw(post(F, 1, me, "4 Mar 2020",
                 "How many were serious? The Commissioner found " +
                 S("eight", "errors.serious.determined", "total", "2018") + " serious errors in 2018, down "
                 "from " + S("24", "errors.serious.determined", "total", "2017") + " in 2017. 4/9",
                 "12 replies \u00b7 77 reposts \u00b7 301 likes \u00b7 20.5K views",
                 quote_post="<b>IPCO</b> @IPCOffice \u00b7 3 Mar 2020<br>Our Annual Report 2018 has been laid before "
                            "Parliament today. Read it at ipco.example/AR2018 (HC 67)")),
        Raw(post(F, 1, me, "4 Mar 2020",
                 "Journalists, lawyers, doctors, MPs, clergy: " +
                 S("1,320", "cd.applications.sensitive_profession", "total", "2018") + " applications for "
                 "communications data in 2018 concerned someone in a sensitive profession. Doctors top the list "
                 "with " + S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018") + ". 5/9",
                 "19 replies \u00b7 143 reposts \u00b7 512 likes \u00b7 41K views")),
    ])
    p2 = Page(printed=None, header=False, blocks=[
        Raw('<div class="top">https://social.example/OversightWatchUK/status/1235171620418 \u00b7 printed 04/03/2020, '
            '11:42 \u00b7 2 of 2</div>'),
        Raw(post(F, 2, me, "4 Mar 2020",
                 "Then ministers of religion (" +
                 S("272", "cd.applications.sensitive_profession", "minister_of_religion", "2018") + "), lawyers (" +
                 S("234", "cd.applications.sensitive_profession", "lawyer", "2018") + "), journalists (" +
                 S("203", "cd.applications.sensitive_profession", "journalist", "2018") + ") and MPs (" +
                 S("113", "cd.applications.sensitive_profession", "member_of_parliament", "2018") + "). 6/9",
                 "8 replies \u00b7 66 reposts \u00b7 240 likes \u00b7 18.9K views")),
        Raw(post(F, 2, "<b>Sam Okafor</b> @samokafor_law", "4 Mar 2020",
                 "@OversightWatchUK Worth adding: of " + S("77", "lpp.applications.made", "", "2018") +
                 " applications to keep legally privileged material in 2018, " +
                 S("76", "lpp.applications.approved", "", "2018") + " were approved. Only one was turned down.",
                 "2 replies \u00b7 9 reposts \u00b7 44 likes", reply=True, other=True)),
        Raw(post(F, 2, me, "4 Mar 2020",
                 "Informants: law enforcement agencies were granted " +
                 S("1,958", "chis.authorisations", "law_enforcement", "2018") + " CHIS authorisations in 2018. "
                 "Covert surveillance errors by public authorities came to " + S("99", "spci.errors", "total",
                                                                                 "2018") +
                 ", against " + S("83", "spci.errors", "total", "2017") + " the year before. 7/9",
                 "4 replies \u00b7 31 reposts \u00b7 122 likes \u00b7 11K views")),
        Raw(post(F, 2, me, "4 Mar 2020",
                 "Of those 2018 surveillance errors, " + S("59", "spci.errors", "directed_surveillance", "2018") +
                 " involved directed surveillance, " + S("23", "spci.errors", "property_interference", "2018") +
                 " property interference, " + S("14", "spci.errors", "chis", "2018") + " CHIS and " +
                 S("3", "spci.errors", "intrusive_surveillance", "2018") + " intrusive surveillance. 8/9",
                 "1 reply \u00b7 12 reposts \u00b7 58 likes \u00b7 6.1K views")),
        Raw(post(F, 2, me, "4 Mar 2020",
                 "Last one. Councils: " + S("92%", "cd.items.comms_type.share", "telephony", "2018") +
                 " of the items local authorities obtained in 2018 were telephony data, and they obtained " +
                 S("no", "cd.items.data_type", "traffic", "2018") + " traffic data at all. Full thread as a PDF "
                 "at oversightwatch.example/t/2018. 9/9",
                 "27 replies \u00b7 95 reposts \u00b7 388 likes \u00b7 30.2K views")),
        Raw('<div class="cnt" style="margin-top:6pt">Show 41 more replies \u00b7 Trending in United Kingdom: '
            '#IPA2016 (2,417 posts)</div>'),
    ])
    return Doc(F, "Thread: the surveillance commissioner's report for 2018, explained", "Oversight Watch UK",
               "Printed social-media thread", "chromium", "", [p1, p2], date=(2020, 3, 4), part=PART,
               style="thread")


# =============================================================================================
# 2. Statistical annex (reportlab): tables with a two-row header whose group headings span
#    columns (a rule under each), figures carrying superscript footnote letters, dashes, lettered
#    notes below the table of which some carry figures, annex paragraph numbers

@dataclass
class SpanTable:
    """A table drawn with drawString: a row of group headings spanning columns, a row of column
    headings (two lines where they hold a newline), then the body; a cell's statistic may carry a
    superscript footnote letter (S(..., sup='a')), drawn 5.5 pt and raised after the number."""
    fname: str
    caption: str
    spans: list        # (text, first column, last column)
    heads: list        # column headings ('\n' breaks the line)
    rows: list         # rows of cell templates
    bounds: list       # (left, right) of each column, relative to the text block
    align: list        # 'L' | 'R'
    size: float = 9
    row_h: float = 14.5

    def draw_rl(self, rp, x, y, width):
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase.pdfmetrics import stringWidth
        c = rp.c
        cap = ParagraphStyle("cap", parent=rp.body, fontName=rp.bold, fontSize=10, leading=13)
        y = rp.para(html.escape(self.caption), x, y, width, cap) - 5
        nl = max(h.count("\n") + 1 for h in self.heads)
        rp.need(y, self.row_h * (len(self.rows) + 1) + nl * (self.size + 2) + 10)
        right = x + self.bounds[-1][1]
        c.setStrokeGray(0)
        c.setLineWidth(0.9)
        c.line(x, y, right, y)
        yb = y - self.row_h + 4
        c.setFont(rp.bold, self.size)
        for text, j0, j1 in self.spans:
            l, r = x + self.bounds[j0][0], x + self.bounds[j1][1]
            c.drawCentredString((l + r) / 2, yb, text)
            c.setLineWidth(0.5)
            c.line(l + 2, yb - 3, r, yb - 3)
        y = yb - 4
        for k in range(nl):
            yb = y - (self.size + 2)
            for j, h in enumerate(self.heads):
                parts = h.split("\n")
                # bottom-align the headings: a one-line heading sits on the last line
                idx = k - (nl - len(parts))
                if idx < 0:
                    continue
                if self.align[j] == "R":
                    c.drawRightString(x + self.bounds[j][1], yb, parts[idx])
                else:
                    c.drawString(x + self.bounds[j][0], yb, parts[idx])
            y = yb
        y -= 4
        c.setLineWidth(0.6)
        c.line(x, y, right, y)
        for row in self.rows:
            yb = y - self.row_h + 4
            plains, hits_all = [], []
            for j, tmpl in enumerate(row):
                _, plain, hits = g.expand(tmpl)
                plains.append(plain)
                hits_all.extend(hits)
                c.setFont(rp.reg, self.size)
                if self.align[j] == "R":
                    xr = x + self.bounds[j][1]
                    c.drawRightString(xr, yb, plain)
                else:
                    c.drawString(x + self.bounds[j][0], yb, plain)
                    xr = x + self.bounds[j][0] + stringWidth(plain, rp.reg, self.size)
                for st, _, _ in hits:
                    if st.sup:
                        c.setFont(rp.reg, 5.5)
                        c.drawString(xr + 0.6, yb + 3.6, st.sup)
            quote = " ".join(p for p in plains if p)
            for st, _, _ in hits_all:
                g.record(self.fname, rp.pageno, st, "table", quote)
            y -= self.row_h
        c.setLineWidth(0.9)
        c.line(x, y, right, y)
        return y - 10


def doc_annex() -> Doc:
    _start()
    F = "statistical-annex-c-interception-and-communications-data.pdf"
    W = "interception.warrants.issued"
    D = EN
    rows = [
        ["2012", S("3,372", W, "total", "2012"), D, D, S("979", "cd.errors", "total", "2012"), D, D],
        ["2013", S("2,760", W, "total", "2013"), S("57", "interception.errors", "", "2013"), D,
         S("970", "cd.errors", "total", "2013"), D, S("7", "errors.serious.determined", "total", "2013")],
        ["2014", S("2,795", W, "total", "2014"), S("60", "interception.errors", "", "2014"), D, D, D, D],
        ["2015", S("3,059", W, "total", "2015"), S("62", "interception.errors", "", "2015"),
         S("761,702", "cd.items", "total", "2015"), S("1,199", "cd.errors", "total", "2015"), D, D],
        ["2016", S("3,007", W, "total", "2016", sup="a"), D, S("754,559", "cd.items", "total", "2016"),
         S("1,101", "cd.errors", "total", "2016", sup="b"), S("29", "errors.serious.investigations", "", "2016"), D],
        ["2017", S("3,535", W, "total", "2017", sup="c"), D, S("757,977", "cd.items", "total", "2017"),
         S("926", "cd.errors", "total", "2017"), S("33", "errors.serious.investigations", "", "2017"),
         S("24", "errors.serious.determined", "total", "2017")],
        ["2018", D, S("13", "interception.errors", "", "2018", sup="d"), S("808,214", "cd.items", "total", "2018"),
         S("903", "cd.errors", "total", "2018"), D, S("8", "errors.serious.determined", "total", "2018")],
        ["2019", D, S("24", "interception.errors", "", "2019", sup="d"), D,
         S("1,063", "cd.errors", "total", "2019"), S("18", "errors.serious.investigations", "", "2019"),
         S("14", "errors.serious.determined", "total", "2019")],
    ]
    t1 = SpanTable(F, "Table C.1 Interception and communications data, 2012 to 2019",
                   spans=[("Interception", 1, 2), ("Communications data", 3, 4), ("Serious errors", 5, 6)],
                   heads=["Year", "Warrants\nissued", "Errors\nreported", "Items\nobtained", "Errors\nreported",
                          "Investi-\ngated", "Found\nserious"],
                   rows=rows,
                   bounds=[(0, 50), (60, 118), (128, 186), (196, 262), (272, 330), (340, 398), (408, 466)],
                   align=["L", "R", "R", "R", "R", "R", "R"])
    notes = FootStats([
        "a Of which " + S("67", "interception.warrants.urgent", "", "2016") + " (" +
        S("2.2%", "interception.warrants.urgent.share", "", "2016") + ") were approved under the urgency "
        "procedure; " + S("5", "interception.warrants.refused", "", "2016") + " applications were refused.",
        "b The covering letter to the report for 2016 gives " + S("1,200", "cd.errors", "total", "2016") +
        " errors; Table C.1 follows the errors chapter.",
        "c " + S("2,306", W, "serious_crime", "2017") + " warrants were issued for serious crime and " +
        S("1,219", W, "national_security", "2017") + " in the interests of national security.",
        "d Relevant errors reported by law enforcement agencies only. \u2013 not published. Sources: IOCCO reports "
        "2012\u20132016; IPC annual reports 2017\u20132019 (Annex C, paras C.1\u2013C.14).",
    ])
    p1 = Page(printed="C-3", header=True, blocks=[
        Lines([("Annex C: Statistical tables", "b", 15, "L")], gap=6),
        Para("C.1 This annex brings together the figures published in the Commissioners\u2019 reports from 2012. "
             "Figures for 2006 to 2011 are in Annex B. Where a report revised an earlier figure, the table gives "
             "the figure as first published and the note records the revision (see paragraph C.9)."),
        Para("C.2 The unit counted for communications data changed twice between 2013 and 2015. Items are shown "
             "only from 2015, the first year for which the Commissioner published them."),
        t1,
        notes,
    ])
    P = "property_interference.authorisations"
    rows2 = [
        ["Directed surveillance (law enforcement)",
         S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03"), D, D,
         S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31", sup="e")],
        ["Directed surveillance (other public authorities)", D,
         S("933", "directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12", sup="f"),
         D, D],
        ["Property interference", S("1,842", P, "", "2016-04/2017-03"), S("1,453", P, "", "2017-04/2017-12"),
         S("1,937", P + ".annualised", "", "2017"), D],
        ["Intrusive surveillance", D, S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12"),
         S("248", "intrusive_surveillance.authorisations.annualised", "", "2017"), D],
    ]
    t2 = SpanTable(F, "Table C.2 Covert surveillance authorisations, 2016-17 and 2017",
                   spans=[("OSC", 1, 1), ("IPC", 2, 3), ("Stock", 4, 4)],
                   heads=["Authorisation", "1 Apr 2016\nto 31 Mar 2017", "1 Apr 2017\nto 31 Dec 2017",
                          "2017\nannualised", "Extant on\n31 Mar 2017"],
                   rows=rows2,
                   bounds=[(0, 200), (205, 275), (285, 355), (365, 410), (420, 472)],
                   align=["L", "R", "R", "R", "R"], size=8.6)
    notes2 = FootStats([
        "e Authorisations in force on 31 March 2017, law enforcement agencies only.",
        "f Of which " + S("792", "directed_surveillance.authorisations", "dwp", "2017-04/2017-12") +
        " were granted to the Department for Work and Pensions.",
        "The IPC\u2019s first report covers nine months; the annualised figures multiply them by 12/9. Around 2007 "
        "some " + S("20,000", "directed_surveillance.authorisations", "total", "2007", q="approximately") +
        " directed surveillance authorisations were granted each year. Enquiries: 020 7035 8711.",
    ])
    p2 = Page(printed="C-4", header=True, blocks=[
        Para("C.3 The Office of Surveillance Commissioners reported by financial year, to 31 March. The "
             "Investigatory Powers Commissioner took over on 1 September 2017 and reports by calendar year; its "
             "first report covers 1 April to 31 December 2017, so Table C.2 has one column of each."),
        Para("C.4 Table C.3 (the Investigatory Powers Tribunal\u2019s caseload) is published separately under "
             "section 68 of the Regulation of Investigatory Powers Act 2000. In 2009 the Tribunal received " +
             S("157", "ipt.complaints", "", "2009") + " new complaints."),
        t2,
        notes2,
    ])
    return Doc(F, "Annex C: Statistical tables (interception, communications data and surveillance)",
               "Corpus imitation", "Statistical annex", "reportlab+graphics",
               "Annual Report \u2013 Annex C: Statistical tables", [p1, p2], number_style="foot",
               date=(2021, 2, 11), part=PART)


# =============================================================================================
# 3. Chart page drawn with reportlab (reportlab.graphics bars with rotated category labels and
#    value labels; a line chart with two series, point labels and a legend; grouped bars with a
#    legend), figure numbers and source lines

@dataclass
class RotBars:
    """Vertical bars (reportlab.graphics) whose category labels are rotated; value above each bar."""
    fname: str
    bars: list          # (label, placeholder)
    caption: str
    vmax: float
    step: float
    fmt: str = "{:,.0f}"
    height: float = 200
    angle: float = 35

    def draw_rl(self, rp, x, y, width):
        from reportlab.graphics import renderPDF
        from reportlab.graphics.charts.barcharts import VerticalBarChart
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        cap = ParagraphStyle("cap", parent=rp.body, fontName=rp.bold, fontSize=10, leading=13)
        y = rp.para(html.escape(self.caption), x, y, width, cap) - 4
        stats = [_stat(ph) for _, ph in self.bars]
        printed = {round(s.value, 6): s.printed for s in stats}
        w, h = width * 0.85, self.height
        rp.need(y, h + 10)
        d = Drawing(w, h)
        bc = VerticalBarChart()
        bc.x, bc.y, bc.width, bc.height = 50, 70, w - 70, h - 84
        bc.data = [[s.value for s in stats]]
        bc.categoryAxis.categoryNames = [lab for lab, _ in self.bars]
        bc.categoryAxis.labels.fontName = rp.reg
        bc.categoryAxis.labels.fontSize = 8.5
        bc.categoryAxis.labels.angle = self.angle
        bc.categoryAxis.labels.boxAnchor = "ne"
        bc.categoryAxis.labels.dx = 4
        bc.categoryAxis.labels.dy = -4
        bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, self.vmax, self.step
        bc.valueAxis.labelTextFormat = lambda v: self.fmt.format(v)
        bc.valueAxis.labels.fontName = rp.reg
        bc.valueAxis.labels.fontSize = 7.5
        bc.bars[0].fillColor = colors.HexColor("#2f5d50")
        bc.bars[0].strokeColor = None
        bc.barLabelFormat = lambda v: printed[round(v, 6)]
        bc.barLabels.fontName = rp.bold
        bc.barLabels.fontSize = 8.5
        bc.barLabels.nudge = 7
        d.add(bc)
        renderPDF.draw(d, rp.c, x + 6, y - h)
        for (lab, _), s in zip(self.bars, stats):
            # the rotated label comes out of the text layer letter by letter: only the value is checked
            g.record(self.fname, rp.pageno, s, "chart", f"{lab} {s.printed}", checks=[s.printed])
        return y - h - 10


@dataclass
class TwoLines:
    """A line chart drawn on the canvas: two series over the same years, a value label above or
    below each point, y-axis ticks with thousands commas, and a legend with a line sample."""
    fname: str
    years: list
    series: list        # (legend label, [placeholder or None per year], colour, label above: bool)
    caption: str
    vmax: float
    step: float
    height: float = 190

    def draw_rl(self, rp, x, y, width):
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        c = rp.c
        cap = ParagraphStyle("cap", parent=rp.body, fontName=rp.bold, fontSize=10, leading=13)
        y = rp.para(html.escape(self.caption), x, y, width, cap) - 6
        rp.need(y, self.height + 40)
        left, bottom = x + 46, y - self.height + 22
        pw, ph = width - 150, self.height - 40
        c.setLineWidth(0.4)
        c.setStrokeGray(0.8)
        c.setFont(rp.reg, 7.5)
        v = 0.0
        while v <= self.vmax + 1e-9:
            yy = bottom + ph * v / self.vmax
            c.line(left, yy, left + pw, yy)
            c.setFillGray(0.35)
            c.drawRightString(left - 5, yy - 2.5, f"{v:,.0f}")
            v += self.step
        c.setFillGray(0)
        slot = pw / len(self.years)
        c.setFont(rp.reg, 8.5)
        for k, yr in enumerate(self.years):
            c.drawCentredString(left + slot * (k + 0.5), bottom - 12, yr)
        for name, phs, colour, above in self.series:
            col = colors.HexColor(colour)
            c.setStrokeColor(col)
            c.setFillColor(col)
            c.setLineWidth(1.6)
            pts = []
            for k, ph_ in enumerate(phs):
                if ph_ is None:
                    pts.append(None)
                    continue
                st = _stat(ph_)
                pts.append((left + slot * (k + 0.5), bottom + ph * st.value / self.vmax, st, self.years[k]))
            for a, b in zip(pts, pts[1:]):
                if a and b:
                    c.line(a[0], a[1], b[0], b[1])
            for p_ in pts:
                if not p_:
                    continue
                px, py, st, yr = p_
                c.circle(px, py, 2.2, stroke=0, fill=1)
                c.setFont(rp.reg, 7.8)
                c.setFillGray(0.1)
                c.drawCentredString(px, py + 6 if above else py - 12, st.printed)
                c.setFillColor(col)
                g.record(self.fname, rp.pageno, st, "chart", f"{name} {yr} {st.printed}", checks=[st.printed])
        # legend at the right
        ly = bottom + ph - 4
        for name, _, colour, _ in self.series:
            c.setStrokeColor(colors.HexColor(colour))
            c.setLineWidth(1.6)
            c.line(left + pw + 10, ly + 3, left + pw + 24, ly + 3)
            c.setFillGray(0)
            c.setFont(rp.reg, 8)
            words = name.split(" ")
            c.drawString(left + pw + 28, ly, " ".join(words[:2]))
            c.drawString(left + pw + 28, ly - 10, " ".join(words[2:]))
            ly -= 30
        c.setStrokeGray(0)
        c.setFillGray(0)
        c.setLineWidth(0.6)
        c.line(left, bottom, left + pw, bottom)
        return bottom - 26


@dataclass
class GroupBars:
    """Grouped vertical bars (reportlab.graphics) with a legend beside them; values above bars."""
    fname: str
    groups: list        # category labels
    series: list        # (legend label, [placeholders], colour)
    caption: str
    vmax: float
    step: float
    height: float = 190

    def draw_rl(self, rp, x, y, width):
        from reportlab.graphics import renderPDF
        from reportlab.graphics.charts.barcharts import VerticalBarChart
        from reportlab.graphics.charts.legends import Legend
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        cap = ParagraphStyle("cap", parent=rp.body, fontName=rp.bold, fontSize=10, leading=13)
        y = rp.para(html.escape(self.caption), x, y, width, cap) - 4
        stats = [[_stat(ph) for ph in phs] for _, phs, _ in self.series]
        printed = {round(s.value, 6): s.printed for row in stats for s in row}
        h = self.height
        rp.need(y, h + 10)
        d = Drawing(width, h)
        bc = VerticalBarChart()
        bc.x, bc.y, bc.width, bc.height = 40, 24, width - 190, h - 36
        bc.data = [[s.value for s in row] for row in stats]
        bc.categoryAxis.categoryNames = self.groups
        bc.categoryAxis.labels.fontName = rp.reg
        bc.categoryAxis.labels.fontSize = 8.5
        bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, self.vmax, self.step
        bc.valueAxis.labels.fontName = rp.reg
        bc.valueAxis.labels.fontSize = 7.5
        for k, (_, _, colour) in enumerate(self.series):
            bc.bars[k].fillColor = colors.HexColor(colour)
            bc.bars[k].strokeColor = None
        bc.barLabelFormat = lambda v: printed[round(v, 6)]
        bc.barLabels.fontName = rp.reg
        bc.barLabels.fontSize = 8
        bc.barLabels.nudge = 6
        bc.groupSpacing = 12
        d.add(bc)
        lg = Legend()
        lg.x, lg.y = width - 140, h - 30
        lg.fontName, lg.fontSize = rp.reg, 8.5
        lg.alignment = "right"
        lg.deltay = 14
        lg.colorNamePairs = [(colors.HexColor(col), name) for name, _, col in self.series]
        d.add(lg)
        renderPDF.draw(d, rp.c, x, y - h)
        for (name, _, _), row in zip(self.series, stats):
            for grp, s in zip(self.groups, row):
                g.record(self.fname, rp.pageno, s, "chart", f"{name} {grp} {s.printed}", checks=[s.printed])
        return y - h - 10


@dataclass
class AlsoRecord:
    """Draws nothing: records a second gold row for a figure printed once that states two
    periods ('The 1% ... in 2014 and 2015')."""
    fname: str
    ph: str
    quote: str

    def draw_rl(self, rp, x, y, width):
        g.record(self.fname, rp.pageno, _stat(self.ph), "sentence", self.quote)
        return y


def doc_charts() -> Doc:
    _start()
    F = "chart-pack-figures-3-1-to-3-4.pdf"
    SP = "cd.applications.sensitive_profession"
    W = "interception.warrants.issued"
    f31 = RotBars(F, [("Medical doctors", S("498", SP, "medical_doctor", "2018")),
                      ("Ministers of religion", S("272", SP, "minister_of_religion", "2018")),
                      ("Lawyers", S("234", SP, "lawyer", "2018")),
                      ("Journalists", S("203", SP, "journalist", "2018")),
                      ("Members of Parliament", S("113", SP, "member_of_parliament", "2018"))],
                  "Figure 3.1 Communications data applications about sensitive professions, 2018", 600, 100)
    f32 = TwoLines(F, ["2012", "2013", "2014", "2015", "2016", "2017"],
                   [("Interception warrants issued",
                     [S("3,372", W, "total", "2012"), S("2,760", W, "total", "2013"), S("2,795", W, "total", "2014"),
                      S("3,059", W, "total", "2015"), S("3,007", W, "total", "2016"), S("3,535", W, "total", "2017")],
                     "#2f5d50", True),
                    ("Communications data errors",
                     [S("979", "cd.errors", "total", "2012"), S("970", "cd.errors", "total", "2013"), None,
                      S("1,199", "cd.errors", "total", "2015"), S("1,101", "cd.errors", "total", "2016"),
                      S("926", "cd.errors", "total", "2017")],
                     "#c0612b", False)],
                   "Figure 3.2 Interception warrants issued and communications data errors, 2012 to 2017", 4000, 1000)
    p1 = Page(printed="17", header=True, blocks=[
        Lines([("3 Charts", "b", 15, "L")], gap=4),
        Para("3.1 Figures 3.1 to 3.4 are drawn from the tables in section 2. In 2018 the Commissioner reported "
             + S("1,320", SP, "total", "2018") + " applications about people in sensitive professions (Figure 3.1); "
             "in 2016 the comparable total had been " + S("948", SP, "total", "2016") + ".", size=9.5),
        f31,
        f32,
        Para("Source: IOCCO reports 2012\u20132016, IPC Annual Report 2017, Table 2.4. No errors total was "
             "published for 2014. Chart reference CH-3.2/v4.", size=8),
    ])
    f33 = GroupBars(F, ["2014", "2015", "2017"],
                    [("Serious crime", [S("68%", W + ".share", "serious_crime", "2014"),
                                        S("65%", W + ".share", "serious_crime", "2015"),
                                        S("65.22%", W + ".share", "serious_crime", "2017")], "#2f5d50"),
                     ("National security", [S("31%", W + ".share", "national_security", "2014"),
                                            S("34%", W + ".share", "national_security", "2015"),
                                            S("34.5%", W + ".share", "national_security", "2017")], "#9fc0b4")],
                    "Figure 3.3 Interception warrants by statutory purpose, share of warrants issued (%)", 80, 20)
    f34 = RotBars(F, [("Single point of contact", S("43.3%", "cd.errors.share", "spoc", "2016")),
                      ("Applicant", S("39.4%", "cd.errors.share", "applicant", "2016")),
                      ("Communications service provider", S("11.6%", "cd.errors.share", "csp", "2016")),
                      ("Designated person", S("2.9%", "cd.errors.share", "designated_person", "2016"))],
                  "Figure 3.4 Communications data errors by party responsible, 2016 (% of errors)", 50, 10,
                  fmt="{:.0f}%", height=210, angle=30)
    p2 = Page(printed="18", header=True, blocks=[
        Para("3.2 The split between the two statutory purposes moved by a few points only. The " +
             S("1%", W + ".share", "combination", "2014") + " of warrants "
             "issued for a combination of purposes in 2014 and 2015 is not shown.", size=9.5),
        # the same printed 1% is the 2015 share too (one figure, two years: two gold rows)
        AlsoRecord(F, S("1%", W + ".share", "combination", "2015"),
                   "The 1% of warrants issued for a combination of purposes in 2014 and 2015 is not shown."),
        f33,
        f34,
        Para("3.3 Public authorities, rather than service providers, caused most errors in every year shown; in "
             "2013 they were responsible for " + S("87.5%", "cd.errors.share", "public_authorities", "2013") +
             " of them. Page 17 explains the gap in Figure 3.2.", size=9.5),
    ])
    return Doc(F, "Chart pack: Figures 3.1 to 3.4", "Corpus imitation", "Chart pages", "reportlab+graphics",
               "Oversight statistics compendium \u2013 section 3: charts", [p1, p2], number_style="foot",
               date=(2021, 6, 30), part=PART)


# =============================================================================================
# 4. Minutes of a police and crime panel (fpdf2): numbered agenda items, minute numbers,
#    sub-paragraphs 5.1, 5.2 ..., RESOLVED lines with votes, times, members present

def doc_minutes() -> Doc:
    _start()
    F = "minutes-police-and-crime-panel-2025-06-19.pdf"
    p1 = Page(printed="Page 1 of 2", header=True, blocks=[
        Lines([("WESTSHIRE POLICE AND CRIME PANEL", "b", 14, "L"),
               ("Minutes of the meeting held at County Hall, Westbury, on Thursday 19 June 2025, 10.00 am to "
                "12.15 pm", "r", 9.5, "L")], gap=3),
        Para("Present: Councillor A. Patel (Chair), Councillors R. Byrne, K. Owusu, S. Fairlie, D. Marsh, "
             "J. Whitcombe and T. Young; independent members Mrs L. Grant and Mr P. Adebayo (9 of the 12 "
             "members). Also present: the Police and Crime Commissioner and the Chief Executive of the OPCC.",
             size=9.5),
        Heading("23/25 1. Apologies for absence", size=11),
        Para("Apologies were received from Councillors M. Hart, E. Lowe and B. Singh.", size=9.5),
        Heading("24/25 2. Declarations of interest", size=11),
        Para("None were declared.", size=9.5),
        Heading("25/25 3. Minutes of the meeting held on 13 March 2025", size=11),
        Para("RESOLVED that the minutes be approved as a correct record and signed by the Chair (7 for, 0 "
             "against, 2 abstentions).", size=9.5),
        Heading("26/25 4. Oversight of covert investigatory powers (Report PCP/25/17)", size=11),
        Para("4.1 The Head of Professional Standards introduced the report, which sets the force\u2019s use of "
             "covert powers against the national picture in the Investigatory Powers Commissioner\u2019s reports. "
             "Force figures are in the confidential appendix (exempt under paragraph 7 of Schedule 12A).",
             size=9.5),
        Para("4.2 Nationally, the Commissioner\u2019s office had carried out " + S("380", "inspections", "total", "2022") +
             " inspections in 2022 and " + S("386", "inspections", "total", "2023") + " in 2023, and now oversaw "
             "more than " + S("600", "context.public_authorities", "", "2024", q="over") +
             " public authorities (report for 2024).", size=9.5),
        Para("4.3 In answer to Councillor Owusu, the officer said that across all powers the Commissioner "
             "recorded just under " + S("360,000", "authorisations.all_powers", "", "2023", q="under") +
             " authorisations in 2023.", size=9.5),
        Para("4.4 Councillor Fairlie asked about journalists. The report for 2024 showed " +
             S("157", "cd.applications.sensitive_profession", "journalist", "2024") + " communications data "
             "applications relating to journalists and " +
             S("219", "cd.applications.sensitive_profession", "lawyer", "2024") + " relating to lawyers; " +
             S("106", "cd.applications.journalistic_source", "", "2024") + " applications sought to identify "
             "a journalist\u2019s source.", size=9.5),
    ])
    p2 = Page(printed="Page 2 of 2", header=True, blocks=[
        Para("4.5 The officer reminded the panel that in 2019 Judicial Commissioners had considered " + S("15", "cd.applications.journalistic_source", "", "2019") +
             " such applications, and that " + S("200,665", "cd.requests.approved", "", "2019") +
             " requests for communications data had been approved nationally that year.", size=9.5),
        Para("4.6 On errors, the Commissioner had investigated " +
             S("18", "errors.serious.investigations", "", "2019") + " possible serious errors in 2019 and found " +
             S("fourteen", "errors.serious.determined", "total", "2019") + " to be serious, out of " +
             S("1,063", "cd.errors", "total", "2019") + " communications data errors reported. In 2021 there "
             "were " + S("no", "errors.serious.determined", "total", "2021") + " serious errors at all.",
             size=9.5),
        Para("4.7 Mr Adebayo asked about informants. Law enforcement agencies had been granted " +
             S("1,866", "chis.authorisations", "law_enforcement", "2019") + " CHIS authorisations in 2019; "
             "public authorities other than councils and law enforcement had been granted " +
             S("eleven", "chis.authorisations", "other_public_authorities", "2019") + ".", size=9.5),
        Para("RESOLVED (9 for, 0 against) that (1) the report be noted; (2) the Commissioner be asked to "
             "present the force\u2019s inspection findings at the meeting on 18 September 2025; and (3) a "
             "briefing on section 81 of the Investigatory Powers Act 2016 be circulated within 10 working "
             "days.", size=9.5),
        Heading("27/25 5. Complaints against the Commissioner", size=11),
        Para("5.1 The Monitoring Officer reported 2 complaints received since the last meeting, both resolved "
             "informally. RESOLVED that the report be noted.", size=9.5),
        Heading("28/25 6. Date of next meeting", size=11),
        Para("Thursday 18 September 2025 at 10.00 am, Committee Room 3. Contact: Democratic Services, "
             "01632 960 118, pcp@westshire.example.gov.uk.", size=9.5),
        Gap(10),
        Para("Chair ____________________     Date ____________", size=9.5),
    ])
    return Doc(F, "Westshire Police and Crime Panel: minutes of 19 June 2025", "Westshire County Council",
               "Committee minutes", "fpdf2", "Westshire Police and Crime Panel \u2013 19 June 2025 \u2013 Minutes",
               [p1, p2], date=(2025, 6, 26), part=PART)


# =============================================================================================
# 5. A regulator's letter to a committee chair (reportlab, Times): letterhead, reference and
#    date lines, numbered paragraphs, statutory maxima as distractors, a figures annex in pounds

def doc_regulator_letter() -> Doc:
    _start()
    F = "ico-letter-to-committee-chair-monetary-penalties-2023.pdf"
    fines = "ico.fines"
    p1 = Page(printed="1", header=False, blocks=[
        Lines([("Information Commissioner\u2019s Office", "b", 15, "L"),
               ("Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF \u00b7 Tel 0303 123 1113", "r", 8.5, "L")],
              gap=2),
        Gap(10),
        Lines([("Chair, Science, Innovation and Technology Committee", "r", 10.5, "L"),
               ("House of Commons, London SW1A 0AA", "r", 10.5, "L"),
               ("Our reference: ICO/COR/2023/0412 \u00b7 Your letter of 12 June 2023", "r", 9.5, "L"),
               ("28 July 2023", "r", 10.5, "R")], gap=2),
        Gap(6),
        Para("Dear Chair,"),
        Para("1. Thank you for your letter asking how the monetary penalties the Commissioner has imposed since "
             "2020 compare with the maxima in the UK GDPR. I answer your questions 1 to 4 in turn, with the "
             "figures set out in the annex."),
        Para("2. The largest penalty remains the one imposed on British Airways in October 2020, of " +
             S("\u00a320 million", fines, "british_airways", "2020-04/2021-03", value=20_000_000) +
             ", which falls in our financial year 2020/21. In the same year Marriott International was fined " +
             S("\u00a318.4m", fines, "marriott", "2020-04/2021-03") + "."),
        Para("3. The higher maximum under Article 83(5) is \u00a317.5 million or 4% of annual worldwide turnover, "
             "whichever is greater; the standard maximum under Article 83(4) is \u00a38.7 million or 2%. Neither "
             "penalty reached the cap, and both were reduced from the amounts in the notices of intent (paragraph "
             "9 of each notice)."),
        Para("4. In 2022/23 the Commissioner fined Clearview AI Inc " +
             S("\u00a37.5m", fines, "clearview", "2022-04/2023-03") + " and Interserve Group Ltd " +
             S("\u00a34.4m", fines, "interserve", "2022-04/2023-03") + ". Clearview has appealed to the First-tier "
             "Tribunal (Information Rights); the appeal had not been heard when this letter was written."),
        Para("5. You asked about the Cabinet Office. A penalty of " +
             S("\u00a3500,000", fines, "cabinet_office", "2021-04/2022-03") + " was issued in December 2021 "
             "(2021/22) for the disclosure of the New Year Honours list addresses; on appeal it was reduced to " +
             S("\u00a350,000", fines, "cabinet_office", "2022-04/2023-03") + " by consent in November 2022."),
    ])
    p2 = Page(printed="2", header=False, blocks=[
        Para("6. Under section 155 of the Data Protection Act 2018 and our Regulatory Action Policy, we take "
             "into account the aggravating and mitigating factors listed in section 155(3). Penalties are paid into the "
             "Consolidated Fund, not kept by the ICO."),
        Para("7. I would be happy to give evidence on 14 September 2023, as your clerk proposed. Please contact "
             "my private office on 0330 414 6421 or at privateoffice@ico.example.org.uk."),
        Gap(4),
        Lines([("Yours sincerely,", "r", 10.5, "L"), ("", "r", 10.5, "L"),
               ("Executive Director, Regulatory Supervision", "b", 10.5, "L")], gap=2),
        Gap(14),
        Lines([("Annex: monetary penalties referred to in this letter", "b", 12, "L")], gap=6),
        Table(rows=[["Organisation", "Notice date", "ICO year", "Penalty (\u00a3)", "Letter para."],
                    ["British Airways plc", "16/10/2020", "2020/21",
                     S("20,000,000", fines, "british_airways", "2020-04/2021-03"), "2"],
                    ["Marriott International Inc", "30/10/2020", "2020/21",
                     S("18,400,000", fines, "marriott", "2020-04/2021-03"), "2"],
                    ["Cabinet Office (as issued)", "02/12/2021", "2021/22",
                     S("500,000", fines, "cabinet_office", "2021-04/2022-03"), "5"],
                    ["Cabinet Office (after appeal)", "29/11/2022", "2022/23",
                     S("50,000", fines, "cabinet_office", "2022-04/2023-03"), "5"],
                    ["Clearview AI Inc", "18/05/2022", "2022/23",
                     S("7,500,000", fines, "clearview", "2022-04/2023-03"), "4"],
                    ["Interserve Group Ltd", "24/10/2022", "2022/23",
                     S("4,400,000", fines, "interserve", "2022-04/2023-03"), "4"]],
              xs=[0, 160, 235, 355, 420], align=["L", "L", "L", "R", "R"], ruled=True, header_rows=1, size=9.5,
              row_h=16),
        Para("ICO financial years run from 1 April to 31 March. Amounts are as stated in the penalty notices; "
             "none includes costs awarded by the Tribunal.", size=8.5),
    ])
    return Doc(F, "Letter to the Chair: monetary penalties since 2020 (ICO/COR/2023/0412)",
               "Information Commissioner's Office", "Regulator's letter", "reportlab", "", [p1, p2],
               font="Times-Roman", number_style="foot", date=(2023, 7, 28), part=PART)


# =============================================================================================
# 6. A spreadsheet printed with its gridlines (fpdf2): column letters A-H as the first header
#    row, row numbers in the first column, the sheet's own header row, a print header with the
#    file name and a footer "Page 1 of 2"; percentages, empty cells and "n/a"

def doc_spreadsheet() -> Doc:
    _start()
    F = "spreadsheet-ipa-figures-master-v7-cd-sheet.pdf"
    xs = [0, 22, 190, 262, 320, 378, 436, 484]
    al = ["R", "L", "L", "R", "R", "R", "R", "R"]

    def sheet(first: int, body: list) -> list:
        rows = [["", "A", "B", "C", "D", "E", "F"]]
        rows.append([str(first), "Measure", "Breakdown", "2015", "2016", "2017", "2018"])
        for k, r in enumerate(body, start=first + 1):
            rows.append([str(k)] + r)
        return rows

    E = ""
    body1 = [
        ["CD items obtained", "All", S("761,702", "cd.items", "total", "2015"), S("754,559", "cd.items", "total", "2016"),
         S("757,977", "cd.items", "total", "2017"), S("808,214", "cd.items", "total", "2018")],
        ["CD items obtained", "Law enforcement", E, E, S("700,282", "cd.items", "law_enforcement", "2017"), E],
        ["CD items obtained (%)", "Law enforcement", E, E, S("92.6%", "cd.items.share", "law_enforcement", "2017"), E],
        ["CD errors", "All", S("1,199", "cd.errors", "total", "2015"), S("1,101", "cd.errors", "total", "2016"),
         S("926", "cd.errors", "total", "2017"), S("903", "cd.errors", "total", "2018")],
        ["CD errors", "SPoC", E, E, E, S("381", "cd.errors", "spoc", "2018")],
        ["CD errors", "Applicant", E, E, E, S("360", "cd.errors", "applicant", "2018")],
        ["CD errors", "CSP", E, E, E, S("140", "cd.errors", "csp", "2018")],
        ["CD errors", "Designated person", E, E, E, S("22", "cd.errors", "designated_person", "2018")],
        ["CD errors (% of all)", "SPoC", E, S("43.3%", "cd.errors.share", "spoc", "2016"), E, E],
        ["CD errors (% of all)", "Applicant", E, S("39.4%", "cd.errors.share", "applicant", "2016"), E, E],
        ["CD errors (% of all)", "CSP", E, S("11.6%", "cd.errors.share", "csp", "2016"), E, E],
        ["CD errors (% of all)", "Designated person", E, S("2.9%", "cd.errors.share", "designated_person", "2016"),
         E, E],
        ["Urgent oral (% of items)", "All", S("11%", "cd.urgent_oral.share", "", "2015"),
         S("10%", "cd.urgent_oral.share", "", "2016"), "n/a", "n/a"],
        ["Sensitive professions", "All", E, S("948", "cd.applications.sensitive_profession", "total", "2016"), E,
         S("1,320", "cd.applications.sensitive_profession", "total", "2018")],
        ["Sensitive professions", "Journalists", E, E, E,
         S("203", "cd.applications.sensitive_profession", "journalist", "2018")],
        ["Sensitive professions", "Lawyers", E, E, E, S("234", "cd.applications.sensitive_profession", "lawyer", "2018")],
        ["Council items, telephony", "Local authorities", E, E, E,
         S("678", "cd.items.comms_type", "telephony", "2018")],
        ["Council items, subscriber", "Local authorities", E, E, E,
         S("647", "cd.items.data_type", "subscriber", "2018")],
        ["Council items, service use", "Local authorities", E, E, E,
         S("87", "cd.items.data_type", "service_use", "2018")],
    ]
    t1 = Table(rows=sheet(1, body1), xs=xs, align=al, ruled=True, header_rows=2, size=8.2, row_h=14)
    body2 = [
        ["Errors determined serious", "All", E, E, S("24", "errors.serious.determined", "total", "2017"),
         S("8", "errors.serious.determined", "total", "2018")],
        ["Serious error investigations", "All", E, S("29", "errors.serious.investigations", "", "2016"),
         S("33", "errors.serious.investigations", "", "2017"), E],
        ["Interception errors", "All", S("62", "interception.errors", "", "2015"), E, E,
         S("13", "interception.errors", "", "2018")],
        ["Warrants examined", "All", S("1,148", "interception.warrants.examined", "", "2015"),
         S("970", "interception.warrants.examined", "", "2016"), E, E],
        ["Inspections", "All", E, S("166", "inspections", "total", "2016"), E, E],
        ["Inspections", "Communications data", S("72", "inspections", "communications_data", "2015"), E, E, E],
        ["Inspections", "Interception", S("26", "inspections", "interception", "2015"), E, E, E],
    ]
    t2 = Table(rows=sheet(1, body2), xs=xs, align=al, ruled=True, header_rows=2, size=8.2, row_h=14)
    p1 = Page(printed="Page 1 of 2", header=True, blocks=[
        Lines([("Sheet: CD  |  Printed 14/02/2022 16:05  |  Fit to 1 page wide", "r", 7.5, "L")], gap=4),
        t1,
        Lines([("Cell C3: =SUM(C4:C7) not used; totals typed from the reports. Rows 22-40 hidden.", "i", 7.5, "L")],
              gap=2),
    ])
    p2 = Page(printed="Page 2 of 2", header=True, blocks=[
        Lines([("Sheet: Errors_Inspections  |  Printed 14/02/2022 16:05  |  Fit to 1 page wide", "r", 7.5, "L")],
              gap=4),
        t2,
        Lines([("Source column H hidden. Check row 5 against IPCO 2018 Annex D (v7 by TH, 11/02/2022).", "i", 7.5,
                "L")], gap=2),
    ])
    return Doc(F, "IPA_figures_master_v7.xlsx (printed)", "PolicyLab", "Printed spreadsheet", "fpdf2",
               "IPA_figures_master_v7.xlsx", [p1, p2], date=(2022, 2, 14), part=PART)


# =============================================================================================
# 7. Three-column newsletter page (Chromium): masthead with issue number, text flowing over
#    three columns, a boxed "in numbers" panel inside a column, a pull quote, "continued" lines

def doc_newsletter() -> Doc:
    _start()
    F = "newsletter-oversight-bulletin-issue-37.pdf"
    g.REGIONS[(F, 1)] = [(0, 0, 216, 841), (216, 0, 378, 841), (378, 0, 594, 841)]
    g.REGIONS[(F, 2)] = [(0, 0, 216, 841), (216, 0, 378, 841), (378, 0, 594, 841)]

    def p(page, t):
        return f"<p>{rec(F, page, t)}</p>"

    def panel(page, title, items):
        out = []
        for ph, label in items:
            st = _stat(ph)
            g.record(F, page, st, "list", f"{st.printed} {label}", checks=[st.printed, "~" + label])
            out.append(f'<div class="i"><b>{esc(st.printed)}</b> {esc(label)}</div>')
        return f'<div class="panel"><div class="h">{esc(title)}</div>{"".join(out)}</div>'

    DS = "directed_surveillance.authorisations"
    P = "property_interference.authorisations"
    col1 = "".join([
        '<h3>A new commissioner, a new calendar</h3>',
        p(1, "The Office of Surveillance Commissioners counted by financial year. In its last full year, 2016-17, "
             "law enforcement agencies were granted " + S("6,237", DS, "law_enforcement", "2016-04/2017-03") +
             " directed surveillance authorisations, and " +
             S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
             " were still extant on 31 March 2017."),
        p(1, "Property interference ran at " + S("1,842", P, "", "2016-04/2017-03") + " authorisations in "
             "2016-17. The new Commissioner\u2019s first report covers only the nine months from 1 April to 31 "
             "December 2017, in which it recorded " + S("1,453", P, "", "2017-04/2017-12") + "."),
        panel(1, "In numbers: April to December 2017", [
            (S("933", DS, "other_public_authorities", "2017-04/2017-12"),
             "directed surveillance authorisations, other public authorities"),
            (S("792", DS, "dwp", "2017-04/2017-12"), "of them by the DWP"),
            (S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12"),
             "intrusive surveillance authorisations"),
        ]),
        p(1, "Scaled up to a full year, those nine months give " +
             S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") + " intrusive surveillance "
             "and " + S("1,937", P + ".annualised", "", "2017") + " property interference authorisations. "
             "Readers comparing the two series should not add the columns together (see issue 35, page 4)."),
    ])
    col2 = "".join([
        '<h3>Interception: up by a sixth</h3>',
        p(1, "Warrants for interception reached " + S("3,535", "interception.warrants.issued", "total", "2017") +
             " in 2017, a rise of just over " + S("17.5%", "interception.warrants.issued.change", "total", "2017",
                                                 q="over") + " on 2016. Of these, " +
             S("2,306", "interception.warrants.issued", "serious_crime", "2017") + " were issued for serious "
             "crime and " + S("1,219", "interception.warrants.issued", "national_security", "2017") +
             " for national security."),
        '<div class="pq">\u201cTwo in three warrants were for serious crime.\u201d</div>',
        p(1, "In percentage terms serious crime accounted for " +
             S("65.22%", "interception.warrants.issued.share", "serious_crime", "2017") + " of warrants and "
             "national security for " + S("34.5%", "interception.warrants.issued.share", "national_security",
                                           "2017") + "."),
        '<h3>Data: three quarters of a million items</h3>',
        p(1, "Public authorities obtained " + S("757,977", "cd.items", "total", "2017") + " items of "
             "communications data in 2017. Law enforcement accounted for " +
             S("700,282", "cd.items", "law_enforcement", "2017") + " of them, or " +
             S("92.6%", "cd.items.share", "law_enforcement", "2017") + "."),
    ])
    col3 = "".join([
        '<h3>Errors and how serious they were</h3>',
        p(1, "The report counts " + S("926", "cd.errors", "total", "2017") + " communications data errors "
             "in 2017. The Commissioner investigated " + S("thirty-three", "errors.serious.investigations", "",
                                                            "2017") +
             " possible serious errors and determined that " +
             S("twenty-four", "errors.serious.determined", "total", "2017") + " were serious."),
        p(1, "Public authorities reported " + S("83", "spci.errors", "total", "2017") + " errors in their use "
             "of covert surveillance and CHIS in the same year."),
        '<h3>Ten years on</h3>',
        p(1, "For scale: around 2007 the figure for directed surveillance was some " +
             S("20,000", DS, "total", "2007", q="approximately") + " authorisations a year, the Commissioner "
             "noted (paragraph 4.9)."),
        '<p class="by">Continued on page 2: the 2018 report, and what changed.</p>',
    ])
    p1 = Page(printed="1", header=False, blocks=[
        Raw('<div class="mast"><div class="t">Oversight Bulletin</div><div class="s">Issue 37 \u00b7 Spring 2019 '
            '\u00b7 ISSN 2633-0417 \u00b7 Published quarterly by the Surveillance Law Forum \u00b7 '
            'Registered charity 1170042</div></div>'),
        Raw('<h1>The first Investigatory Powers Commissioner\u2019s report, in three columns</h1>'),
        Raw('<div class="by">By our research editor \u00b7 4 minute read \u00b7 figures from the Annual Report '
            '2017 (HC 1780), laid 31 January 2019</div>'),
        Raw(f'<div class="cols3"><div>{col1}</div><div>{col2}</div><div>{col3}</div></div>'),
    ])
    col1b = "".join([
        '<h3>The 2018 report</h3>',
        p(2, "The second report, for 2018, found " + S("808,214", "cd.items", "total", "2018") + " items of "
             "communications data obtained and " + S("1,320", "cd.applications.sensitive_profession", "total",
                                                     "2018") +
             " applications about sensitive professions."),
        p(2, "Local authorities obtained " + S("647", "cd.items.data_type", "subscriber", "2018") + " items of "
             "subscriber information, " + S("87", "cd.items.data_type", "service_use", "2018") +
             " of service use information and " + S("none", "cd.items.data_type", "traffic", "2018") +
             " of traffic data."),
    ])
    col2b = "".join([
        '<h3>Privilege</h3>',
        p(2, "Applications to retain legally privileged material numbered " +
             S("77", "lpp.applications.made", "", "2018") + "; all but one (" +
             S("76", "lpp.applications.approved", "", "2018") + ") were approved."),
        panel(2, "In numbers: 2018", [
            (S("1,958", "chis.authorisations", "law_enforcement", "2018"), "CHIS authorisations, law enforcement"),
            (S("13", "interception.errors", "", "2018"), "relevant interception errors"),
            (S("8%", "interception.warrants.urgent.share", "", "2018"), "of law enforcement warrants urgent"),
        ]),
    ])
    col3b = "".join([
        '<h3>Diary</h3>',
        "<p>Members\u2019 seminar, 14 May 2019, 18:30, Room 2.04. Annual conference 21\u201322 November. "
        "Subscriptions \u00a345 (students \u00a315). Letters to the editor: 020 7946 0711.</p>",
        '<p class="by">Next issue: summer 2019 (No. 38).</p>',
    ])
    p2 = Page(printed="2", header=False, blocks=[
        Raw('<div class="mast"><div class="s">Oversight Bulletin \u00b7 Issue 37 \u00b7 Spring 2019 \u00b7 '
            'page 2</div></div>'),
        Raw(f'<div class="cols3"><div>{col1b}</div><div>{col2b}</div><div>{col3b}</div></div>'),
    ])
    return Doc(F, "Oversight Bulletin, Issue 37 (Spring 2019)", "Surveillance Law Forum", "Newsletter",
               "chromium", "", [p1, p2], date=(2019, 4, 15), part=PART, style="newsletter")


def dev6_builders() -> list:
    return [doc_thread, doc_annex, doc_charts, doc_minutes, doc_regulator_letter, doc_spreadsheet,
            doc_newsletter]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)

if __name__ == "__main__":
    sys.exit(main())
