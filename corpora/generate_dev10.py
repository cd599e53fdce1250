#!/usr/bin/env python3
"""Tenth development part of the labelled corpus: corpora/dev10/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev10.py      # this part only

Theme: generalisation to kinds of document, layouts and phrasings the earlier parts do not have,
from four producers (headless Chromium, reportlab, fpdf2, matplotlib). Seven documents: a
think-tank report chapter whose sidenotes sit in the outer margin beside the lines that cite them
(superscript markers in the text, numbered notes at text size in the margin) with a full-width
pull statistic and "per cent" spelt out; a loose-leaf practitioners' handbook chapter (en-dash
paragraph numbers 12-039 ... in a hanging column, release line, statistics in footnotes, a table
whose cells carry the footnote symbols *, dagger and double dagger and "n/a"); a page of Early
Day Motions from the Order Paper (motion numbers, "That this House notes ...; further notes ...;
and calls on ...", names of sponsors, an amendment, signature counts, numbers in words such as
"fifty-seven"); a bilingual Welsh/English charity leaflet set in two parallel columns whose lines
share baselines (every figure printed twice, once in each language, Welsh number words such as
"wyth"); a Scottish council committee report with a cover sheet, RIPSA terminology, UK-wide
figures restated as such, an implications list and an appendix of UK-wide tables with financial
year, part-year and annualised columns; an insurance broker's client bulletin (ICO penalties in
prose as "£20 million", an accounts-style table in £'000, a reportlab bar chart in £m); and a
matplotlib chart sheet (a slope chart of shares in 2012 and 2016, an annotated heatmap with "–"
cells, a bubble chart whose labels sit under the bubbles, an annotated line chart with change
call-outs).

This part was written to be scored once, before any rule is tuned on it.

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The think tank, the
handbook's publisher, the Members tabling the motions, the Welsh charity, the Scottish council,
the insurance broker and the open-data project are fictional and give no figures of their own;
the Scottish council states that Police Scotland's and its own returns are not reproduced.
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
    Doc,
    Gap,
    HTable,
    Page,
    Raw,
    S,
    Table,
)
from generate_dev2 import _stat
from generate_dev3 import FootStats
from generate_dev5 import esc, matplotlib_renderer, rec
from generate_dev7 import FpdfDraw, _txt  # noqa: F401  (registers the fpdf2+drawing renderer)
from generate_dev8 import HPara

PART = "dev10"
EN = "\u2013"
RSQ = "\u2019"
LDQ, RDQ = "\u201c", "\u201d"
DAG, DDAG = "\u2020", "\u2021"

W_ISS = "interception.warrants.issued"
SP = "cd.applications.sensitive_profession"
DS = "directed_surveillance.authorisations"
PI = "property_interference.authorisations"
FINES = "ico.fines"
RET = "cd.applications.returned.share"


def _start() -> None:
    # literal HTML blocks record their rows while the document is built
    g.CURRENT_PART[0] = PART


# =============================================================================================
# 1. Think-tank report chapter (Chromium): sidenotes floated into the outer margin beside the
#    lines that cite them, superscript markers in the text, a full-width pull statistic, "per
#    cent" spelt out, a small table of serious errors with "n/p" cells

g.HTML_STYLES.setdefault("tank", """
body { font-family: 'DejaVu Serif', serif; font-size: 9.8pt; line-height: 1.5; color: #202020; }
.kick { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; letter-spacing: 2pt; color: #a0522d; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 20pt; margin: 2pt 0 10pt 0; color: #2b2b2b; width: 112mm; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; margin: 8pt 0 4pt 0; color: #a0522d; }
.main { width: 112mm; }
.main p { text-align: left; margin: 0 0 6pt 0; }
.sn { float: right; clear: right; width: 44mm; margin-right: -50mm; font-family: 'DejaVu Sans', sans-serif;
      font-size: 7.4pt; line-height: 1.35; color: #555; margin-top: 2pt; }
.sn b { color: #a0522d; }
.pull { clear: both; border-top: 2pt solid #a0522d; border-bottom: 0.6pt solid #a0522d; padding: 6pt 0 7pt 0;
        margin: 10pt 0 10pt 0; width: 166mm; font-family: 'DejaVu Sans', sans-serif; }
.pull .big { font-size: 38pt; font-weight: bold; color: #a0522d; line-height: 1.1; }
.pull .lab { font-size: 10.5pt; color: #333; }
table.tk td, table.tk th { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; padding: 2pt 10pt 2pt 0;
        border-bottom: 0.5pt solid #bbb; background: none; }
""")


def doc_thinktank_chapter() -> Doc:
    _start()
    F = "thinktank-report-trust-but-verify-chapter-3-2022.pdf"

    def p(page, t):
        return f"<p>{rec(F, page, t)}</p>"

    def sn(page, num, t):
        return f'<div class="sn"><b>{num}</b> {rec(F, page, t)}</div>'

    m = lambda k: f'<sup class="m">{k}</sup>'  # noqa: E731

    p1 = Page(printed="41", blocks=[Raw(
        '<div class="kick">CHAPTER 3</div><h1>Counting what the state does</h1><div class="main">'
        '<h2>3.1 The scale of interception</h2>'
        + sn(1, "1", "The 2017 count is taken from the first report of the Investigatory Powers Commissioner "
                     "(HC 1780), which still used the old counting rules. A year earlier the total had been " +
             S("3,007", W_ISS, "total", "2016") + ".")
        + p(1, "Any argument about oversight has to start with scale. The Commissioner counted " +
               S("3,535", W_ISS, "total", "2017") + " interception warrants in 2017," + m(1) + " the last year "
               "before the new warrantry regime, against " + S("2,760", W_ISS, "total", "2013") + " in 2013.")
        + sn(1, "2", "For 2014 the count was " + S("2,795", W_ISS, "total", "2014") + "; for 2015 it was " +
             S("3,059", W_ISS, "total", "2015") + ", up " + S("9", W_ISS + ".change", "total", "2015") +
             " per cent.")
        + p(1, "The growth was not steady. The total dropped in 2013, a fall the Commissioner put at " +
               S("19", W_ISS + ".change", "total", "2013", value=-19) + " per cent," + m(2) + " before "
               "climbing back over the next four years. Nobody outside the agencies can say how much of the "
               "movement reflects demand and how much reflects changes in counting.")
        + sn(1, "3", "In 2014 the split was " + S("68", W_ISS + ".share", "serious_crime", "2014") + " and " +
             S("31", W_ISS + ".share", "national_security", "2014") + " per cent, with " +
             S("1", W_ISS + ".share", "combination", "2014") + " per cent issued for a combination of "
             "purposes.")
        + p(1, "Purposes tell a steadier story. Roughly two thirds of warrants are sought for serious crime: " +
               S("65.22", W_ISS + ".share", "serious_crime", "2017") + " per cent in 2017, when " +
               S("2,306", W_ISS, "serious_crime", "2017") + " warrants were issued for that purpose, against " +
               S("34.5", W_ISS + ".share", "national_security", "2017") + " per cent (" +
               S("1,219", W_ISS, "national_security", "2017") + " warrants) in the interests of national "
               "security." + m(3))
        + '<h2>3.2 Data about communications</h2>'
        + sn(1, "4", "An " + LDQ + "item" + RDQ + " is one piece of data, such as a single subscriber check. "
                     "The report for 2016 gives " + S("754,559", "cd.items", "total", "2016") + " items.")
        + p(1, "Communications data is where the volumes lie. In 2015 public authorities obtained " +
               S("761,702", "cd.items", "total", "2015") + " items of it." + m(4) + " Law enforcement "
               "accounted for " + S("700,282", "cd.items", "law_enforcement", "2017") + " items in 2017, some " +
               S("92.6", "cd.items.share", "law_enforcement", "2017", q="approximately") + " per cent of "
               "everything obtained that year.")
        + p(1, "We return to these numbers in Chapter 5 (pp. 67" + EN + "72) and in recommendations 4 to 9.")
        + '</div>')])
    g.REGIONS[(F, 1)] = [(0, 0, 385, 841), (385, 0, 594, 841)]

    p2 = Page(printed="42", blocks=[Raw(
        '<div class="pull"><div class="big">' +
        _pull(F, 2, S("808,214", "cd.items", "total", "2018"),
              "items of communications data obtained by public authorities in 2018") + '</div></div>'
        '<div class="main"><h2>3.3 Mistakes</h2>'
        + sn(2, "5", "The two 2016 figures cannot both be right; we use the chapter figure. In 2017 the total "
                     "fell to " + S("926", "cd.errors", "total", "2017") + ".")
        + p(2, "Errors are the best evidence we have of what goes wrong. Public authorities reported " +
               S("1,199", "cd.errors", "total", "2015") + " communications data errors in 2015 and " +
               S("1,101", "cd.errors", "total", "2016") + " in 2016, although the covering letter of the 2016 "
               "report gave " + S("1,200", "cd.errors", "total", "2016") + "." + m(5))
        + sn(2, "6", "In 2012 the two shares were " + S("47", "cd.errors.share", "spoc", "2012") + " and " +
             S("26", "cd.errors.share", "applicant", "2012") + " per cent respectively.")
        + p(2, "Single points of contact, the specialists who handle requests, caused " +
               S("43.3", "cd.errors.share", "spoc", "2016") + " per cent of the 2016 errors and applicants " +
               S("39.4", "cd.errors.share", "applicant", "2016") + " per cent." + m(6))
        + p(2, "Serious errors are rarer, and each is investigated. The Commissioner looked into " +
               S("33", "errors.serious.investigations", "", "2017") + " possible serious errors in 2017 and "
               "confirmed " + S("twenty-four", "errors.serious.determined", "total", "2017") + "; in 2018 he "
               "confirmed " + S("eight", "errors.serious.determined", "total", "2018") + ".")
        + sn(2, "7", "Accessed 14 March 2022 at calderbrook.example/tbv/ch3 (version 1.2).")
        + '</div>')])
    tbl = HTable(rows=[["Year", ("Investigated", 'class="n"'), ("Confirmed serious", 'class="n"')],
                       ["2016", (S("29", "errors.serious.investigations", "", "2016"), 'class="n"'),
                        ("n/p", 'class="n"')],
                       ["2019", (S("18", "errors.serious.investigations", "", "2019"), 'class="n"'),
                        (S("14", "errors.serious.determined", "total", "2019"), 'class="n"')],
                       ["2021", ("n/p", 'class="n"'),
                        (S("0", "errors.serious.determined", "total", "2021"), 'class="n"')]],
                 caption="Table 3.1 Possible serious errors investigated and confirmed, selected years "
                         "(n/p = not published)", cls="tk")
    p2.blocks.append(Raw('<div class="main">'))
    p2.blocks.append(tbl)
    p2.blocks.append(Raw(
        p(2, "The zero for 2021 deserves a caution: it is the number of errors found to be serious, not the "
             "number of errors. Our own proposals appear at paragraphs 3.14 to 3.19 below.") + '</div>'))
    g.REGIONS[(F, 2)] = [(0, 0, 385, 841), (385, 0, 594, 841)]
    return Doc(F, "Trust but Verify: Reforming Surveillance Oversight, Chapter 3", "Calderbrook Institute",
               "Think-tank report chapter", "chromium",
               "Trust but Verify \u00b7 Calderbrook Institute \u00b7 Chapter 3: Counting what the state does",
               [p1, p2], number_style="foot", date=(2022, 3, 14), part=PART, style="tank")


def _pull(fname, page, ph, label):
    st = _stat(ph)
    g.record(fname, page, st, "list", f"{st.printed} {label}", checks=[st.printed, label])
    return esc(st.printed) + f'</div><div class="lab">{esc(label)}'


# =============================================================================================
# 2. Loose-leaf practitioners' handbook (reportlab, Times): paragraph numbers 12-039 ... in a
#    hanging column, running heads with the paragraph range, a release line, statistics in
#    footnotes, a table whose cells carry *, dagger and double dagger and "n/a"

@dataclass
class Canvas:
    """Absolute drawing on the reportlab canvas (running heads, release lines); no statistics."""
    draw: object

    def draw_rl(self, rp, x, y, width):
        self.draw(rp.c)
        return y


def _looseleaf_furniture(left, right, release):
    def draw(c):
        c.setFont("Times-Bold", 8.5)
        c.drawString(62, 800, left)
        c.drawRightString(533, 800, right)
        c.setLineWidth(0.4)
        c.line(62, 795, 533, 795)
        c.setFont("Times-Italic", 7.5)
        c.drawString(62, 30, release)
    return Canvas(draw)


def doc_looseleaf() -> Doc:
    _start()
    F = "handbook-covert-investigation-law-and-practice-release-38-ch12.pdf"
    REL = "Release 38: November 2024"

    def P(num, text, **kw):
        return HPara(text, num=num, indent=46, bold_num=True, size=10, after=6, **kw)

    p1 = Page(printed=None, header=False, blocks=[
        _looseleaf_furniture("OVERSIGHT, ERRORS AND STATISTICS", "12" + EN + "039", REL),
        g.Lines([("CHAPTER 12", "b", 9, "L"), ("Oversight, Errors and Statistics", "b", 15, "L")], gap=4),
        Gap(6),
        P("12" + EN + "039", "<i>Scale of use.</i> The annual reports of the Commissioners are the only "
              "published measure of how often the powers are used, and they are relied on in argument before "
              "the Tribunal. The Commissioner" + RSQ + "s report for 2019 records that " +
              S("200,665", "cd.requests.approved", "", "2019") + " requests for communications data were "
              "approved during that year.<fn>38</fn> Figures for earlier years are not directly comparable "
              "(see para.12" + EN + "017 above)."),
        P("12" + EN + "040", "<i>Sensitive professions.</i> The Code of Practice requires particular care where "
              "the data relates to a person in a profession that handles privileged or confidential "
              "information. In 2018 there were " + S("1,320", SP, "total", "2018") + " such applications, "
              "comprising " + S("498", SP, "medical_doctor", "2018") + " relating to medical doctors, " +
              S("272", SP, "minister_of_religion", "2018") + " to ministers of religion, " +
              S("234", SP, "lawyer", "2018") + " to lawyers, " + S("203", SP, "journalist", "2018") +
              " to journalists and " + S("113", SP, "member_of_parliament", "2018") + " to Members of "
              "Parliament.<fn>39</fn> By 2024 the figures for journalists and lawyers stood at " +
              S("157", SP, "journalist", "2024") + " and " + S("219", SP, "lawyer", "2024") + " respectively."),
        P("12" + EN + "041", "<i>Journalistic sources.</i> An application to identify a journalist" + RSQ +
              "s source requires the approval of a Judicial Commissioner (s.77 of the 2016 Act). It is "
              "submitted that the sharp increase in such applications, from " +
              S("15", "cd.applications.journalistic_source", "", "2019") + " in 2019 to " +
              S("106", "cd.applications.journalistic_source", "", "2024") + " in 2024, calls for an "
              "explanation that the reports do not yet give."),
        P("12" + EN + "042", "<i>Privileged material.</i> Applications to retain items subject to legal "
              "privilege are rare.<fn>40</fn> The practitioner should assume that an application properly made "
              "will be granted."),
        FootStats([
            "38 IPCO, Annual Report 2019 (HC 1039), para. 8.14; see also Table 12.1 below.",
            "39 The total two years earlier was " + S("948", SP, "total", "2016") + ": IOCCO, Annual Report "
            "2016 (HC 297), p. 41.",
            "40 Of " + S("77", "lpp.applications.made", "", "2018") + " applications in 2018, " +
            S("76", "lpp.applications.approved", "", "2018") + " were approved: IPCO, Annual Report 2018 "
            "(HC 67), para. 11.9."]),
    ])
    t_rows = [["Year", "Interception", "Relevant", "CD errors"],
              ["", "warrants issued", "interception errors", "reported"],
              ["2013", S("2,760", W_ISS, "total", "2013"), S("57", "interception.errors", "", "2013"),
               S("970", "cd.errors", "total", "2013")],
              ["2014", S("2,795", W_ISS, "total", "2014"), S("60", "interception.errors", "", "2014"), "n/a"],
              ["2015", S("3,059", W_ISS, "total", "2015"), S("62", "interception.errors", "", "2015"),
               S("1,199", "cd.errors", "total", "2015")],
              ["2016", S("3,007", W_ISS, "total", "2016") + "*", "n/a",
               S("1,101", "cd.errors", "total", "2016") + DAG],
              ["2017", S("3,535", W_ISS, "total", "2017"), "n/a", S("926", "cd.errors", "total", "2017")],
              ["2018", "n/a" + DDAG, S("13", "interception.errors", "", "2018"),
               S("903", "cd.errors", "total", "2018")],
              ["2019", "n/a" + DDAG, S("24", "interception.errors", "", "2019"),
               S("1,063", "cd.errors", "total", "2019")]]
    p2 = Page(printed=None, header=False, blocks=[
        _looseleaf_furniture("OVERSIGHT, ERRORS AND STATISTICS", "12" + EN + "043", REL),
        P("12" + EN + "043", "<i>Errors.</i> A " + LDQ + "serious error" + RDQ + " is one that has caused "
              "significant prejudice or harm to the person concerned (s.231(2)). The Commissioner determined "
              "that " + S("24", "errors.serious.determined", "total", "2017") + " errors were serious in 2017, "
              "after " + S("33", "errors.serious.investigations", "", "2017") + " investigations, and that " +
              S("8", "errors.serious.determined", "total", "2018") + " were serious in 2018.<fn>41</fn> The "
              "figures in Table 12.1 are reproduced as published; the symbols are explained below it."),
        Table(rows=t_rows, xs=[0, 150, 255, 350], align=["L", "R", "R", "R"], ruled=False, header_rows=2,
              size=9.5, row_h=15, caption="Table 12.1 Interception and error statistics, 2013" + EN + "2019",
              caption_above=True),
        HPara("* Includes warrants issued to the intelligence agencies and law enforcement; modifications are "
              "not counted. " + DAG + " The covering letter to the Prime Minister gave " +
              S("1,200", "cd.errors", "total", "2016") + ". " + DDAG + " From 2018 warrants are reported under "
              "the 2016 Act and are not comparable. n/a = not available in the report for that year.",
              size=8, after=8),
        P("12" + EN + "044", "<i>Interception errors.</i> The errors in Table 12.1 are those the Commissioner "
              "called " + LDQ + "relevant" + RDQ + ". It will rarely be possible to tell from the published "
              "figures whether an error affected a particular claimant; disclosure should be sought under CPR "
              "31.12 or r.7 of the Tribunal Rules 2018."),
        FootStats(["41 In 2021 there were " + S("none", "errors.serious.determined", "total", "2021") + "; see the "
                   "second cumulative supplement, para. 12" + EN + "043."]),
    ])
    p3 = Page(printed=None, header=False, blocks=[
        _looseleaf_furniture("OVERSIGHT, ERRORS AND STATISTICS", "12" + EN + "047", REL),
        P("12" + EN + "045", "<i>The transition of 2017.</i> Before 1 September 2017 surveillance was overseen by "
              "the Office of Surveillance Commissioners, which reported by financial year. In 2016" + EN + "17 "
              "law enforcement agencies were granted " + S("6,237", DS, "law_enforcement", "2016-04/2017-03") +
              " directed surveillance authorisations, and " +
              S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
              " remained extant on 31 March 2017. For the nine months from 1 April to 31 December 2017 other "
              "public authorities were granted " + S("933", DS, "other_public_authorities", "2017-04/2017-12") +
              " authorisations, of which the Department for Work and Pensions accounted for " +
              S("792", DS, "dwp", "2017-04/2017-12") + "."),
        P("12" + EN + "046", "<i>Property and intrusive surveillance.</i> There were " +
              S("1,842", PI, "", "2016-04/2017-03") + " property interference authorisations in 2016" + EN +
              "17 and " + S("1,453", PI, "", "2017-04/2017-12") + " in the nine months to 31 December 2017, "
              "which the Commissioner annualised to " + S("1,937", PI + ".annualised", "", "2017") + ". "
              "Intrusive surveillance authorisations in the same nine months numbered " +
              S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12") + " (" +
              S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") + " on an annual basis)."),
        P("12" + EN + "047", "<i>Complaints and inspections.</i> The Tribunal received " +
              S("157", "ipt.complaints", "", "2009") + " new complaints in 2009.<fn>42</fn> The Commissioner"
              + RSQ + "s inspectors carried out " + S("380", "inspections", "total", "2022") + " inspections in "
              "2022 and " + S("386", "inspections", "total", "2023") + " in 2023, across more than " +
              S("600", "context.public_authorities", "", "2022", q="over") + " public authorities able to use "
              "the powers (report for 2022)."),
        FootStats([
            "42 IPT, Report 2000" + EN + "2009, p. 28. Urgent oral authorisations for communications data "
            "numbered " + S("42,293", "cd.urgent_oral", "", "2013") + " in 2013 and " +
            S("55,346", "cd.urgent_oral", "", "2014") + " in 2014 (IOCCO, Annual Report 2014, para. 4.31).",
            "43 The next release (Release 39) will incorporate the report for 2024; subscribers should file "
            "this page in place of pp. 12/9" + EN + "12/12."]),
    ])
    return Doc(F, "Covert Investigation: Law and Practice, Chapter 12 (Release 38)", "Thornfield Legal (corpus "
               "imitation)", "Loose-leaf practitioners' handbook", "reportlab+graphics", "", [p1, p2, p3],
               font="Times-Roman", number_style="foot", date=(2024, 11, 1), part=PART)


# =============================================================================================
# 3. Early Day Motions from the Order Paper (fpdf2, drawn): motion numbers, titles in capitals,
#    tabled dates, sponsors, "That this House notes ...; further notes ...", an amendment,
#    signature counts, numbers in words

def _motion_text(pdf, fname, n, x, y, w, template, size=9.6, lead=12.6, method="sentence"):
    _, plain, hits = g.expand(template)
    for st, a, b in hits:
        g.record(fname, n, st, method, g.sentence_quote(plain, a, b))
    pdf.set_font("Times", "", size)
    pdf.set_text_color(0)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, lead, plain, align="J", new_x="LMARGIN", new_y="NEXT")
    return pdf.get_y()


def doc_edms() -> Doc:
    _start()
    F = "order-paper-notices-of-motions-early-day-motions-2019-02-11.pdf"
    X0, XT, WT = 50, 100, 445

    def edm(pdf, n, y, num, title, tabled, names, text, sigs):
        pdf.set_font("Times", "B", 10)
        pdf.set_xy(X0, y)
        pdf.cell(40, 12, str(num))
        pdf.set_xy(XT, y)
        pdf.cell(WT - 40, 12, title)
        pdf.set_font("Times", "I", 8.5)
        pdf.set_xy(XT + WT - 60, y)
        pdf.cell(60, 12, tabled, align="R")
        pdf.set_font("Times", "", 9)
        pdf.set_xy(XT, y + 14)
        pdf.multi_cell(WT, 11, names, new_x="LMARGIN", new_y="NEXT")
        yy = _motion_text(pdf, F, n, XT, pdf.get_y() + 3, WT, text)
        pdf.set_font("Times", "I", 8.5)
        pdf.set_xy(XT, yy + 1)
        pdf.cell(WT, 10, sigs, align="R")
        return yy + 20

    def page1(pdf, n):
        pdf.set_font("Times", "B", 9)
        pdf.set_xy(X0, 36)
        pdf.cell(200, 10, "No. 251")
        pdf.set_xy(X0, 36)
        pdf.cell(495, 10, "Monday 11 February 2019", align="R")
        pdf.set_font("Times", "B", 13)
        pdf.set_xy(X0, 58)
        pdf.cell(495, 14, "NOTICES OF MOTIONS FOR WHICH NO DAYS HAVE BEEN FIXED", align="C")
        pdf.set_font("Times", "I", 10)
        pdf.set_xy(X0, 74)
        pdf.cell(495, 12, "(" + LDQ + "Early Day Motions" + RDQ + ")", align="C")
        pdf.set_font("Times", "", 8)
        pdf.set_xy(X0, 90)
        pdf.multi_cell(495, 10, "The figure following this symbol [R] is the number of Members who have added "
                                "their names to the motion since it was last printed. Motions are printed in "
                                "full on the day after they are tabled and on Thursdays thereafter.", align="C")
        y = 122
        y = edm(pdf, n, y, 2101, "INTERCEPTION WARRANTS AND THE COMMISSIONER" + RSQ + "S FIRST REPORT",
                "Tabled: 4.2.19",
                "Joanna Reed   Alan Cho   Priya Natt   Rhodri Evans   Sam Ilori   Dana Hart",
                "That this House notes that the first annual report of the Investigatory Powers Commissioner "
                "records that " + S("3,535", W_ISS, "total", "2017") + " interception warrants were issued in "
                "2017, a rise of just over " + S("17.5", W_ISS + ".change", "total", "2017", q="over") +
                " per cent on 2016; further notes that " + S("2,306", W_ISS, "serious_crime", "2017") +
                " of those warrants were issued for the prevention or detection of serious crime and " +
                S("1,219", W_ISS, "national_security", "2017") + " in the interests of national security; and "
                "calls on the Government to publish, alongside each annual report, the number of warrants "
                "cancelled within three months of issue.", "Signatures: 37")
        pdf.set_font("Times", "B", 9.5)
        pdf.set_xy(X0, y)
        pdf.cell(40, 12, "2101A1")
        pdf.set_font("Times", "", 9)
        pdf.set_xy(XT, y)
        pdf.cell(WT, 12, "Hugh Lacey   Mari Owen")
        y = _motion_text(pdf, F, n, XT, y + 14, WT,
                         "Line 7, at end add " + LDQ + "; and further notes that the Commissioner confirmed " +
                         S("24", "errors.serious.determined", "total", "2017") + " serious errors in 2017, out of " +
                         S("33", "errors.serious.investigations", "", "2017") + " possible serious errors "
                         "investigated" + RDQ + ".") + 14
        y = edm(pdf, n, y, 2104, "COMMUNICATIONS DATA AND PUBLIC AUTHORITIES", "Tabled: 5.2.19",
                "Priya Natt   Owen Blake   Clare Hume   Ted Marsh",
                "That this House is concerned that public authorities obtained " +
                S("757,977", "cd.items", "total", "2017") + " items of communications data in 2017, of which " +
                S("700,282", "cd.items", "law_enforcement", "2017") + " were obtained by law enforcement "
                "agencies; further notes that in the previous year the total was " +
                S("754,559", "cd.items", "total", "2016") + " and that " + S("1,101", "cd.errors", "total", "2016") +
                " errors were reported in that year; and calls on the Government to set out what steps are "
                "being taken to reduce errors by single points of contact.", "Signatures: 12")
        y = edm(pdf, n, y, 2110, "DIRECTED SURVEILLANCE BY PUBLIC BODIES", "Tabled: 6.2.19",
                "Rhodri Evans   Mari Owen   Sam Ilori",
                "That this House notes that in the nine months from 1 April to 31 December 2017 public "
                "authorities other than law enforcement agencies were granted " +
                S("933", DS, "other_public_authorities", "2017-04/2017-12") + " directed surveillance "
                "authorisations, " + S("792", DS, "dwp", "2017-04/2017-12") + " of them by the Department for "
                "Work and Pensions; and calls on the Department to publish how many of those authorisations "
                "led to a prosecution.", "Signatures: 9")
        _txt(pdf, 297, 815, "1", 8.5, align="C")

    def page2(pdf, n):
        pdf.set_font("Times", "B", 9)
        pdf.set_xy(X0, 36)
        pdf.cell(200, 10, "2")
        pdf.set_xy(X0, 36)
        pdf.cell(495, 10, "Notices of Motions: 11 February 2019", align="R")
        y = 62
        y = edm(pdf, n, y, 2115, "ERRORS IN INTERCEPTION", "Tabled: 7.2.19",
                "Dana Hart   Alan Cho",
                "That this House notes that relevant interception errors rose from " +
                S("fifty-seven", "interception.errors", "", "2013", value=57) + " in 2013 to " +
                S("sixty", "interception.errors", "", "2014", value=60) + " in 2014 and " +
                S("sixty-two", "interception.errors", "", "2015", value=62) + " in 2015; further notes that the "
                "Commissioner examined " + S("1,148", "interception.warrants.examined", "", "2015") +
                " warrants at inspection in 2015; and calls on the Government to report each error to this "
                "House within 28 days.", "Signatures: 6")
        y = edm(pdf, n, y, 2118, "PROTECTION OF JOURNALISTIC AND OTHER CONFIDENTIAL SOURCES", "Tabled: 7.2.19",
                "Clare Hume   Hugh Lacey   Owen Blake   Joanna Reed   Ted Marsh",
                "That this House notes that " + S("948", SP, "total", "2016") + " applications for "
                "communications data made in 2016 related to members of professions that handle confidential "
                "information; further notes that two years later the number had risen to " +
                S("1,320", SP, "total", "2018") + "; and calls on the Government to require judicial approval "
                "of every such application.", "Signatures: 21")
        pdf.set_font("Times", "B", 10)
        pdf.set_xy(X0, y + 4)
        pdf.cell(495, 12, "MOTIONS TO WHICH NAMES HAVE BEEN ADDED", align="C")
        y += 22
        for num, title, extra in [(2087, "NHS WORKFORCE IN RURAL AREAS", "[R] 4"),
                                  (2093, "125TH ANNIVERSARY OF THE CALDER VALLEY RAILWAY", "3"),
                                  (2101, "INTERCEPTION WARRANTS AND THE COMMISSIONER" + RSQ + "S FIRST REPORT", "2")]:
            pdf.set_font("Times", "B", 9.5)
            pdf.set_xy(X0, y)
            pdf.cell(40, 12, str(num))
            pdf.set_xy(XT, y)
            pdf.cell(WT - 40, 12, title)
            pdf.set_font("Times", "", 9)
            pdf.set_xy(XT + WT - 40, y)
            pdf.cell(40, 12, extra, align="R")
            y += 14
        pdf.set_font("Times", "I", 8)
        pdf.set_xy(X0, y + 10)
        pdf.multi_cell(495, 10, "Early day motions are formal motions submitted for debate in the House of "
                                "Commons; very few are debated. Enquiries: Table Office, 020 7219 3000 (not a "
                                "real number in this imitation).", align="L")
        _txt(pdf, 297, 815, "2", 8.5, align="C")

    return Doc(F, "Notices of Motions for which no days have been fixed (Early Day Motions), 11 February 2019",
               "House of Commons (corpus imitation)", "Order Paper: early day motions", "fpdf2+drawing", "",
               [Page(blocks=[FpdfDraw(page1)]), Page(blocks=[FpdfDraw(page2)])], date=(2019, 2, 11), part=PART)


# =============================================================================================
# 4. Bilingual Welsh/English charity leaflet (fpdf2, drawn): Welsh in the left column, English in
#    the right, paragraph pairs starting on the same line; every figure is printed twice (the
#    English one is recorded first, so gold quotes are English; the Welsh one is the same gold row)

def _bi_para(pdf, fname, n, y, cy, en, size=10, lead=13.5, style="", method="sentence"):
    """A Welsh/English paragraph pair starting at y; returns the y below the longer one."""
    out = []
    for x, t in ((312, en), (40, cy)):
        _, plain, hits = g.expand(t)
        for st, a, b in hits:
            g.record(fname, n, st, method, g.sentence_quote(plain, a, b))
        pdf.set_font("Helvetica", style, size)
        pdf.set_text_color(20, 20, 20) if x > 300 else pdf.set_text_color(140, 20, 30)
        pdf.set_xy(x, y)
        pdf.multi_cell(243, lead, plain, new_x="LMARGIN", new_y="NEXT")
        out.append(pdf.get_y())
    pdf.set_text_color(0)
    return max(out) + 8


def doc_bilingual_leaflet() -> Doc:
    _start()
    F = "bilingual-leaflet-hawliau-digidol-cymru-your-data-their-powers-2020.pdf"

    def head(pdf):
        pdf.set_fill_color(140, 20, 30)
        pdf.rect(0, 0, 595, 80, style="F")
        _txt(pdf, 40, 34, "Hawliau Digidol Cymru", 15, "B", colour=(255, 255, 255))
        _txt(pdf, 555, 34, "Digital Rights Wales", 15, "B", align="R", colour=(255, 255, 255))
        _txt(pdf, 40, 56, "Eich data, eu pwerau", 11, colour=(255, 230, 230))
        _txt(pdf, 555, 56, "Your data, their powers", 11, align="R", colour=(255, 230, 230))
        pdf.set_draw_color(180)
        pdf.set_line_width(0.5)
        pdf.line(297.5, 95, 297.5, 760)

    def page1(pdf, n):
        head(pdf)
        _txt(pdf, 40, 110, "Cymraeg", 8, "B", colour=(140, 20, 30))
        _txt(pdf, 312, 110, "English", 8, "B", colour=(20, 20, 20))
        y = 122
        y = _bi_para(pdf, F, n, y,
                     "Mae" + RSQ + "r daflen hon yn esbonio beth mae adroddiad Comisiynydd y Pwerau Ymchwilio ar "
                     "gyfer 2018 yn ei ddweud am ddefnyddio pwerau gwyliadwriaeth ar draws y Deyrnas Unedig. "
                     "Ffigurau ar gyfer y DU gyfan yw" + RSQ + "r rhain; nid ein ffigurau ni ydyn nhw.",
                     "This leaflet explains what the Investigatory Powers Commissioner" + RSQ + "s report for 2018 "
                     "says about the use of surveillance powers across the United Kingdom. The figures are for "
                     "the whole of the UK; none of them is ours.")
        y = _bi_para(pdf, F, n, y, "Data cyfathrebu", "Communications data", size=12, style="B")
        y = _bi_para(pdf, F, n, y,
                     "Yn 2018 cafodd awdurdodau cyhoeddus " + S("808,214", "cd.items", "total", "2018") +
                     " o eitemau o ddata cyfathrebu, i fyny o " + S("757,977", "cd.items", "total", "2017") +
                     " yn 2017.",
                     "In 2018 public authorities obtained " + S("808,214", "cd.items", "total", "2018") +
                     " items of communications data, up from " + S("757,977", "cd.items", "total", "2017") +
                     " in 2017.")
        y = _bi_para(pdf, F, n, y,
                     "Roedd " + S("1,320", SP, "total", "2018") + " o geisiadau am ddata am bobl mewn proffesiynau "
                     "sensitif: " + S("498", SP, "medical_doctor", "2018") + " am feddygon, " +
                     S("272", SP, "minister_of_religion", "2018") + " am weinidogion crefydd, " +
                     S("234", SP, "lawyer", "2018") + " am gyfreithwyr, " + S("203", SP, "journalist", "2018") +
                     " am newyddiadurwyr a " + S("113", SP, "member_of_parliament", "2018") +
                     " am Aelodau Seneddol.",
                     "There were " + S("1,320", SP, "total", "2018") + " applications for data about people in "
                     "sensitive professions: " + S("498", SP, "medical_doctor", "2018") + " about doctors, " +
                     S("272", SP, "minister_of_religion", "2018") + " about ministers of religion, " +
                     S("234", SP, "lawyer", "2018") + " about lawyers, " + S("203", SP, "journalist", "2018") +
                     " about journalists and " + S("113", SP, "member_of_parliament", "2018") +
                     " about Members of Parliament.")
        y = _bi_para(pdf, F, n, y, "Camgymeriadau", "Mistakes", size=12, style="B")
        y = _bi_para(pdf, F, n, y,
                     "Adroddodd awdurdodau cyhoeddus " + S("903", "cd.errors", "total", "2018") + " o wallau. "
                     "Gwnaeth pwyntiau cyswllt unigol " + S("381", "cd.errors", "spoc", "2018") + " ohonynt, "
                     "ymgeiswyr " + S("360", "cd.errors", "applicant", "2018") + ", darparwyr gwasanaethau "
                     "cyfathrebu " + S("140", "cd.errors", "csp", "2018") + " a swyddogion dynodedig " +
                     S("22", "cd.errors", "designated_person", "2018") + ".",
                     "Public authorities reported " + S("903", "cd.errors", "total", "2018") + " errors. Single "
                     "points of contact made " + S("381", "cd.errors", "spoc", "2018") + " of them, applicants " +
                     S("360", "cd.errors", "applicant", "2018") + ", communications service providers " +
                     S("140", "cd.errors", "csp", "2018") + " and designated persons " +
                     S("22", "cd.errors", "designated_person", "2018") + ".")
        y = _bi_para(pdf, F, n, y,
                     "Canfu" + RSQ + "r Comisiynydd " + S("wyth", "errors.serious.determined", "total", "2018",
                                                         value=8) +
                     " gwall difrifol, ac roedd " + S("13", "interception.errors", "", "2018") + " o wallau "
                     "rhyng-gipio perthnasol.",
                     "The Commissioner found " + S("eight", "errors.serious.determined", "total", "2018") +
                     " serious errors, and there were " + S("13", "interception.errors", "", "2018") +
                     " relevant interception errors.")
        _txt(pdf, 40, 800, "Tudalen 1", 8, colour=(120, 120, 120))
        _txt(pdf, 555, 800, "Page 1", 8, align="R", colour=(120, 120, 120))
        g.REGIONS[(F, n)] = [(0, 100, 297, 841), (298, 100, 594, 841)]

    def page2(pdf, n):
        head(pdf)
        y = 110
        y = _bi_para(pdf, F, n, y, "Cynghorau lleol", "Local councils", size=12, style="B")
        y = _bi_para(pdf, F, n, y,
                     "Yn 2018 cafodd awdurdodau lleol " + S("647", "cd.items.data_type", "subscriber", "2018") +
                     " o eitemau o wybodaeth am danysgrifwyr ac " +
                     S("87", "cd.items.data_type", "service_use", "2018") + " o eitemau o ddata defnyddio "
                     "gwasanaeth. Ni chawsant " + S("ddim", "cd.items.data_type", "traffic", "2018", value=0) +
                     " data traffig. Data ffôn oedd " +
                     S("92%", "cd.items.comms_type.share", "telephony", "2018") + " o" + RSQ + "u heitemau.",
                     "In 2018 local authorities obtained " + S("647", "cd.items.data_type", "subscriber", "2018") +
                     " items of subscriber information and " +
                     S("87", "cd.items.data_type", "service_use", "2018") + " items of service use data. They "
                     "obtained " + S("no", "cd.items.data_type", "traffic", "2018") + " traffic data. Telephone "
                     "data made up " + S("92%", "cd.items.comms_type.share", "telephony", "2018") +
                     " of their items.")
        y = _bi_para(pdf, F, n, y, "Yr heddlu a braint gyfreithiol", "Police and legal privilege", size=12,
                     style="B")
        y = _bi_para(pdf, F, n, y,
                     "Rhoddwyd " + S("1,958", "chis.authorisations", "law_enforcement", "2018") + " o "
                     "awdurdodiadau ar gyfer ffynonellau cudd-wybodaeth ddynol (hysbyswyr) i asiantaethau "
                     "gorfodi" + RSQ + "r gyfraith yn 2018. O" + RSQ + "r " +
                     S("77", "lpp.applications.made", "", "2018") + " o geisiadau i gadw deunydd sydd â braint "
                     "gyfreithiol, cymeradwywyd " + S("76", "lpp.applications.approved", "", "2018") + ".",
                     "Law enforcement agencies were granted " +
                     S("1,958", "chis.authorisations", "law_enforcement", "2018") + " authorisations for covert "
                     "human intelligence sources (informants) in 2018. Of the " +
                     S("77", "lpp.applications.made", "", "2018") + " applications to keep legally privileged "
                     "material, " + S("76", "lpp.applications.approved", "", "2018") + " were approved.")
        # bilingual table, full width
        y += 6
        _txt(pdf, 40, y, "Tabl 1 / Table 1: Eitemau o ddata cyfathrebu / Items of communications data", 9.5, "B")
        y += 8
        rows = [("2015", S("761,702", "cd.items", "total", "2015")),
                ("2016", S("754,559", "cd.items", "total", "2016")),
                ("2017", S("757,977", "cd.items", "total", "2017")),
                ("2018", S("808,214", "cd.items", "total", "2018"))]
        pdf.set_draw_color(140, 20, 30)
        pdf.set_fill_color(245, 225, 228)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_xy(40, y)
        pdf.cell(160, 16, "Blwyddyn / Year", border=1, fill=True)
        pdf.cell(160, 16, "Eitemau / Items", border=1, fill=True, align="R")
        y += 16
        pdf.set_font("Helvetica", "", 9.5)
        for yr, ph in rows:
            st = _stat(ph)
            pdf.set_xy(40, y)
            pdf.cell(160, 15, yr, border=1)
            pdf.cell(160, 15, st.printed, border=1, align="R")
            g.record(F, n, st, "table", f"{yr} {st.printed}")
            y += 15
        y += 18
        _txt(pdf, 40, y, "Cysylltwch " + "\u00e2" + " ni / Contact us", 11, "B", colour=(140, 20, 30))
        _txt(pdf, 40, y + 16, "Ffôn / Phone: 01632 960 418   \u00b7   post@hawliaudigidol.example", 9)
        _txt(pdf, 40, y + 30, "Elusen gofrestredig rhif / Registered charity no. 1184021   \u00b7   Cyf. / Ref. "
                              "HDC-T07", 9)
        _txt(pdf, 40, y + 44, "Argraffwyd Mawrth 2020 / Printed March 2020", 8, colour=(120, 120, 120))
        _txt(pdf, 40, 800, "Tudalen 2", 8, colour=(120, 120, 120))
        _txt(pdf, 555, 800, "Page 2", 8, align="R", colour=(120, 120, 120))
        g.REGIONS[(F, n)] = [(0, 100, 297, 841), (298, 100, 594, 841)]

    return Doc(F, "Eich data, eu pwerau / Your data, their powers (Hawliau Digidol Cymru)",
               "Hawliau Digidol Cymru / Digital Rights Wales", "Bilingual charity leaflet", "fpdf2+drawing", "",
               [Page(blocks=[FpdfDraw(page1)]), Page(blocks=[FpdfDraw(page2)])], date=(2020, 3, 16), part=PART)


# =============================================================================================
# 5. Scottish council committee report (Chromium): cover sheet, RIPSA terminology, UK-wide figures
#    restated as such, "Members are asked to" bullets, implications list, appendix tables with an
#    OSC financial year, the nine months of 2017 and an annualised column

g.HTML_STYLES.setdefault("scotcttee", """
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.42; color: #111; }
.off { text-align: center; font-weight: bold; font-size: 9pt; letter-spacing: 1pt; margin-bottom: 6pt; }
h1 { font-size: 13pt; margin: 8pt 0 6pt 0; text-transform: uppercase; }
h2 { font-size: 10.5pt; margin: 9pt 0 4pt 0; text-transform: uppercase; }
table.cover td { border: 0.7pt solid #000; padding: 3pt 6pt; font-size: 9.5pt; vertical-align: top; }
table.cover td.k { font-weight: bold; width: 140pt; background: #dfe7ef; }
p.n { padding-left: 34pt; text-indent: -34pt; margin: 0 0 6pt 0; }
span.pno { display: inline-block; width: 34pt; text-indent: 0; }
ul.m { margin: 0 0 6pt 34pt; padding-left: 14pt; }
table.app td, table.app th { border: 0.6pt solid #444; padding: 2.5pt 6pt; font-size: 9pt; }
table.app th { background: #dfe7ef; }
.note { font-size: 8pt; }
""")


def doc_scottish_committee() -> Doc:
    _start()
    F = "committee-report-strathallan-council-police-scrutiny-pfs-14-20.pdf"

    def n(page, num, t):
        return Raw(f'<p class="n"><span class="pno">{esc(num)}</span>{rec(F, page, t)}</p>')

    def bullets(page, items):
        return Raw('<ul class="m">' + "".join(f"<li>{rec(F, page, t, 'list')}</li>" for t in items) + "</ul>")

    p1 = Page(printed="Page 1 of 3", header=False, blocks=[
        Raw('<div class="off">OFFICIAL</div>'
            '<div style="font-size:14pt;font-weight:bold;text-align:center">STRATHALLAN COUNCIL</div>'
            '<div style="text-align:center;margin-bottom:8pt">Police and Fire Scrutiny Sub-Committee</div>'
            '<table class="cover">'
            '<tr><td class="k">Report No.</td><td>PFS/14/20</td></tr>'
            '<tr><td class="k">Date of meeting</td><td>24 November 2020</td></tr>'
            '<tr><td class="k">Agenda item</td><td>6.2</td></tr>'
            '<tr><td class="k">Report by</td><td>Head of Legal and Democratic Services</td></tr>'
            '<tr><td class="k">Title</td><td>Covert surveillance: UK-wide context from the Investigatory '
            'Powers Commissioner' + RSQ + 's Annual Report 2019</td></tr>'
            '<tr><td class="k">Purpose</td><td>For scrutiny and noting</td></tr>'
            '<tr><td class="k">Appendices</td><td>Appendix 1: UK-wide figures (2 tables)</td></tr>'
            '</table>'),
        Raw('<h2>1. Purpose</h2>'),
        n(1, "1.1", "This report gives the Sub-Committee the national context for the Council" + RSQ + "s use "
                    "of the Regulation of Investigatory Powers (Scotland) Act 2000 (RIPSA) and, for "
                    "communications data, the Investigatory Powers Act 2016."),
        n(1, "1.2", "Every figure in this report is a UK-wide figure published by the Investigatory Powers "
                    "Commissioner. None is a figure for Police Scotland or for this Council. Police Scotland" +
                    RSQ + "s RIPSA returns are reported to the Scottish Police Authority, and the Council" + RSQ +
                    "s own return is considered in private under item 9 (exempt under paragraph 14 of Part I of "
                    "Schedule 7A to the Local Government (Scotland) Act 1973)."),
        Raw('<h2>2. Background</h2>'),
        n(1, "2.1", "The Commissioner inspects Scottish public authorities for their use of RIPSA on behalf of "
                    "the Scottish Ministers, and reports on the whole of the United Kingdom. His report for 2020 "
                    "notes that more than " + S("600", "context.public_authorities", "", "2020", q="over") +
                    " public authorities across the UK may use one or more of the powers."),
        n(1, "2.2", "Terminology differs. What RIPSA calls a " + LDQ + "covert human intelligence source" + RDQ +
                    " is the same as under the 2000 Act for England and Wales; directed and intrusive "
                    "surveillance are defined in sections 1 and 2 of RIPSA. The figures below do not separate "
                    "authorisations made under RIPSA from those made under the 2000 Act."),
        Raw('<h2>3. UK-wide figures for 2019</h2>'),
        n(1, "3.1", "Across the UK, law enforcement agencies were granted " +
                    S("1,866", "chis.authorisations", "law_enforcement", "2019") + " CHIS authorisations in "
                    "2019, and other public authorities " +
                    S("eleven", "chis.authorisations", "other_public_authorities", "2019") + "."),
    ])
    p2 = Page(printed="Page 2 of 3", header=False, blocks=[
        n(2, "3.2", "UK public authorities had " + S("200,665", "cd.requests.approved", "", "2019") +
                    " requests for communications data approved in 2019. Local authorities obtained " +
                    S("1,191", "cd.items.comms_type", "telephony", "2019") + " items of telephony data, " +
                    S("164", "cd.items.comms_type", "internet", "2019") + " items of internet data and " +
                    S("24", "cd.items.comms_type", "postal", "2019") + " items of postal data."),
        n(2, "3.3", "Public authorities across the UK reported " + S("1,063", "cd.errors", "total", "2019") +
                    " communications data errors in 2019. The Commissioner investigated " +
                    S("18", "errors.serious.investigations", "", "2019") + " possible serious errors and found " +
                    S("14", "errors.serious.determined", "total", "2019") + " to be serious; " +
                    S("none", "errors.serious.determined", "interception", "2019") + " of the serious errors "
                    "related to interception."),
        n(2, "3.4", "There were " + S("15", "cd.applications.journalistic_source", "", "2019") + " applications "
                    "to identify a journalist" + RSQ + "s source across the UK in 2019."),
        Raw('<h2>4. Points for scrutiny</h2>'),
        n(2, "4.1", "Members may wish to ask officers about the following national trends:"),
        bullets(2, ["serious errors: " + S("fourteen", "errors.serious.determined", "total", "2019") + " in 2019, "
                    "against " + S("eight", "errors.serious.determined", "total", "2018") + " in 2018;",
                    "relevant interception errors: " + S("13", "interception.errors", "", "2018") + " in 2018 and " +
                    S("24", "interception.errors", "", "2019") + " in 2019;",
                    "CHIS authorisations granted to law enforcement agencies: " +
                    S("1,958", "chis.authorisations", "law_enforcement", "2018") + " in 2018;",
                    "communications data errors: " + S("903", "cd.errors", "total", "2018") + " in 2018."]),
        Raw('<h2>5. Implications</h2>'),
        n(2, "5.1", "Financial: none. Legal: none beyond those in section 2. Equalities: an Equality and Fairer "
                    "Scotland Duty screening is not required (reference EQIA-20-311). Climate and environment: "
                    "none. Risk: the Council" + RSQ + "s corporate risk register (CRR 07) is unaffected."),
        Raw('<h2>6. Recommendations</h2>'),
        n(2, "6.1", "The Sub-Committee is asked to (a) note the UK-wide figures in section 3 and Appendix 1, and "
                    "(b) note that the Council" + RSQ + "s own return will be considered under item 9."),
        Raw('<div style="margin-top:10pt;font-size:9pt">Author: Senior Solicitor (Governance), tel. 01786 '
            '404 817<br>Background papers: IPCO Annual Report 2019 (HC 1039); IPCO Annual Report 2017 '
            '(HC 1780)</div>'),
    ])
    NC = 'class="n"'
    p3 = Page(printed="Page 3 of 3", header=False, blocks=[
        Raw('<h1>Appendix 1: UK-wide figures (not Police Scotland or Council figures)</h1>'),
        HTable(rows=[["Measure (UK-wide)", ("2017", NC), ("2018", NC), ("2019", NC)],
                     ["Communications data errors reported", (S("926", "cd.errors", "total", "2017"), NC),
                      (S("903", "cd.errors", "total", "2018"), NC), (S("1,063", "cd.errors", "total", "2019"), NC)],
                     ["Possible serious errors investigated",
                      (S("33", "errors.serious.investigations", "", "2017"), NC), ("\u2013", NC),
                      (S("18", "errors.serious.investigations", "", "2019"), NC)],
                     ["Errors found to be serious", (S("24", "errors.serious.determined", "total", "2017"), NC),
                      (S("8", "errors.serious.determined", "total", "2018"), NC),
                      (S("14", "errors.serious.determined", "total", "2019"), NC)],
                     ["Relevant interception errors", ("\u2013", NC),
                      (S("13", "interception.errors", "", "2018"), NC),
                      (S("24", "interception.errors", "", "2019"), NC)],
                     ["CHIS authorisations, law enforcement", ("\u2013", NC),
                      (S("1,958", "chis.authorisations", "law_enforcement", "2018"), NC),
                      (S("1,866", "chis.authorisations", "law_enforcement", "2019"), NC)]],
               caption="Table A1: Selected UK-wide figures, calendar years", cls="app",
               widths=[220, 60, 60, 60]),
        HTable(rows=[["Authorisations (UK-wide)", ("2016" + EN + "17<br>(OSC year)", NC),
                      ("1 Apr" + EN + "31 Dec<br>2017", NC), ("2017<br>annualised", NC)],
                     ["Property interference", (S("1,842", PI, "", "2016-04/2017-03"), NC),
                      (S("1,453", PI, "", "2017-04/2017-12"), NC), (S("1,937", PI + ".annualised", "", "2017"), NC)],
                     ["Intrusive surveillance", ("n/a", NC),
                      (S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12"), NC),
                      (S("248", "intrusive_surveillance.authorisations.annualised", "", "2017"), NC)],
                     ["Directed surveillance, law enforcement",
                      (S("6,237", DS, "law_enforcement", "2016-04/2017-03"), NC), ("n/a", NC), ("n/a", NC)],
                     ["Directed surveillance, other public authorities", ("n/a", NC),
                      (S("933", DS, "other_public_authorities", "2017-04/2017-12"), NC), ("n/a", NC)]],
               caption="Table A2: The change from the Office of Surveillance Commissioners to the "
                       "Investigatory Powers Commissioner", cls="app", widths=[220, 60, 60, 60]),
        Raw('<p class="note">Sources: IPCO Annual Reports for 2017 (HC 1780), 2018 (HC 67) and 2019 (HC 1039). '
            '\u2013 not reported in a comparable form; n/a not applicable or not published. The OSC year ran '
            'from 1 April to 31 March. Figures cover the whole of the UK and include authorisations under '
            'RIPSA.</p>'),
        n(3, "A.1", "Of the " + S("933", DS, "other_public_authorities", "2017-04/2017-12") + " directed "
                    "surveillance authorisations granted to other public authorities in the nine months, the "
                    "Department for Work and Pensions, which operates across Great Britain, accounted for " +
                    S("792", DS, "dwp", "2017-04/2017-12") + ". On 31 March 2017, " +
                    S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
                    " law enforcement directed surveillance authorisations were extant."),
    ])
    return Doc(F, "Strathallan Council: Police and Fire Scrutiny Sub-Committee, Report PFS/14/20",
               "Strathallan Council (corpus imitation)", "Scottish council committee report", "chromium", "",
               [p1, p2, p3], number_style="foot", date=(2020, 11, 12), part=PART, style="scotcttee")


# =============================================================================================
# 6. Insurance broker's client bulletin (reportlab): masthead, penalties in prose ("£20 million"),
#    an accounts-style table in £'000, a horizontal bar chart in £m with axis ticks, distractors
#    (FCA firm reference number, policy wording codes, an excess in pounds, phone numbers)

@dataclass
class HBarsGBP:
    """Horizontal bars drawn on the canvas: label at the left, value at the bar end, a tick row."""
    rows: list          # (label, placeholder)
    vmax: float
    ticks: list
    caption: str

    def draw_rl(self, rp, x, y, width):
        c = rp.c
        rh, lw, plot = 19, 190, 240
        h = rh * len(self.rows) + 40
        rp.need(y, h)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x, y - 10, self.caption)
        top = y - 22
        c.setStrokeGray(0.8)
        c.setLineWidth(0.4)
        for k, t in enumerate(self.ticks):
            xx = x + lw + plot * k / (len(self.ticks) - 1)
            c.line(xx, top, xx, top - rh * len(self.rows))
            c.setFont("Helvetica", 7.5)
            c.setFillGray(0.35)
            c.drawCentredString(xx, top - rh * len(self.rows) - 10, t)
        c.setFillGray(0)
        for k, (label, ph) in enumerate(self.rows):
            st = _stat(ph)
            base = top - (k + 1) * rh + 6
            c.setFont("Helvetica", 8.5)
            c.drawRightString(x + lw - 6, base, label)
            bw = max(plot * st.value / self.vmax, 1.2)
            c.setFillColorRGB(0.09, 0.35, 0.55)
            c.rect(x + lw, base - 2, bw, 10, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x + lw + bw + 4, base, st.printed)
            g.record(rp.doc.filename, rp.pageno, st, "chart", f"{label} {st.printed}",
                     checks=[label, st.printed])
        return top - rh * len(self.rows) - 26


def doc_broker_bulletin() -> Doc:
    _start()
    F = "broker-bulletin-cyber-and-regulatory-watch-issue-14-2023.pdf"

    def mast(c):
        c.setFillColorRGB(0.09, 0.35, 0.55)
        c.rect(0, 770, 595, 72, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(62, 806, "Cyber & Regulatory Watch")
        c.setFont("Helvetica", 9)
        c.drawString(62, 788, "Harrowgate Reid Insurance Brokers \u00b7 Issue 14 \u00b7 Spring 2023 \u00b7 For "
                              "professional clients only")
        c.setFillGray(0)

    def foot(c):
        c.setFont("Helvetica", 7)
        c.setFillGray(0.35)
        c.drawString(62, 40, "Harrowgate Reid Ltd is authorised and regulated by the Financial Conduct Authority "
                             "(FRN 309512). Registered in England No. 04417290.")
        c.drawString(62, 31, "Claims line 0113 496 0750 (24 hours) \u00b7 cyber@harrowgatereid.example")
        c.setFillGray(0)

    def P(t, size=9.8):
        return HPara(t, size=size, after=7)

    p1 = Page(printed=None, header=False, blocks=[
        Canvas(mast), Canvas(foot), Canvas(lambda c: c.drawRightString(533, 31, "1")), Gap(30),
        g.Heading("What the ICO has actually imposed", size=14),
        P("Clients often ask what a data breach could cost in regulatory penalties. The public record is a "
          "better guide than the statutory maximum. The two largest penalties the Information Commissioner "
          "has imposed fall in its financial year 2020/21: " +
          S("\u00a320 million", FINES, "british_airways", "2020-04/2021-03", value=20_000_000) + " on British "
          "Airways and " + S("\u00a318.4 million", FINES, "marriott", "2020-04/2021-03", value=18_400_000) +
          " on Marriott International, both after cyber attacks on customer data."),
        P("In 2022/23 the Commissioner fined Clearview AI Inc " +
          S("\u00a37.5 million", FINES, "clearview", "2022-04/2023-03", value=7_500_000) + " and Interserve Group "
          + S("\u00a34.4 million", FINES, "interserve", "2022-04/2023-03", value=4_400_000) + ". The public "
          "sector is not exempt: the Cabinet Office was fined " +
          S("\u00a3500,000", FINES, "cabinet_office", "2021-04/2022-03") + " in 2021/22, a penalty reduced to " +
          S("\u00a350,000", FINES, "cabinet_office", "2022-04/2023-03") + " in 2022/23."),
        g.Heading("How our policy wording responds", size=11, space_before=4),
        P("Regulatory fines are covered under section 4.3 of wording HR-CY-2023-04 only where insurable by law. "
          "The standard excess is \u00a32,500 per claim; the retroactive date is shown in your schedule "
          "(item 7). Renewal notices for policies incepting on or after 1 April 2023 were issued on 20 February "
          "2023."),
        g.Heading("Key dates", size=11, space_before=4),
        P("Cyber Essentials scheme: new requirements from 24 January 2023. NIS Regulations consultation closes "
          "12 April 2023. Our next client webinar is on 9 May 2023 at 10.30."),
    ])
    p2 = Page(printed=None, header=False, blocks=[
        Canvas(foot), Canvas(lambda c: c.drawRightString(533, 31, "2")), Gap(-20),
        Table(rows=[["Organisation", "ICO year", "Notes", "Penalty"],
                    ["", "", "", "\u00a3" + RSQ + "000"],
                    ["British Airways plc", "2020/21",
                     "(a)",
                     S("20,000", FINES, "british_airways", "2020-04/2021-03", value=20_000_000)],
                    ["Marriott International Inc", "2020/21",
                     "(a)",
                     S("18,400", FINES, "marriott", "2020-04/2021-03", value=18_400_000)],
                    ["Cabinet Office, as issued", "2021/22",
                     "(b)",
                     S("500", FINES, "cabinet_office", "2021-04/2022-03", value=500_000)],
                    ["Cabinet Office, after appeal", "2022/23",
                     "(b)",
                     S("50", FINES, "cabinet_office", "2022-04/2023-03", value=50_000)],
                    ["Clearview AI Inc", "2022/23",
                     "",
                     S("7,500", FINES, "clearview", "2022-04/2023-03", value=7_500_000)],
                    ["Interserve Group Ltd", "2022/23",
                     "",
                     S("4,400", FINES, "interserve", "2022-04/2023-03", value=4_400_000)]],
              xs=[0, 190, 250, 330], align=["L", "L", "L", "R"], ruled=True, header_rows=2, size=9, row_h=15,
              caption="Table 1: Selected monetary penalties of the Information Commissioner (\u00a3" + RSQ +
                      "000; ICO financial years, April to March)", caption_above=True),
        HPara("(a) Cyber attack on customer data. (b) Personal data published in error; the penalty was reduced "
              "following representations. Figures are rounded to the nearest \u00a31,000.", size=8, after=10),
        HBarsGBP([("British Airways (2020/21)", S("\u00a320.0m", FINES, "british_airways", "2020-04/2021-03")),
                  ("Marriott (2020/21)", S("\u00a318.4m", FINES, "marriott", "2020-04/2021-03")),
                  ("Clearview AI (2022/23)", S("\u00a37.5m", FINES, "clearview", "2022-04/2023-03")),
                  ("Interserve (2022/23)", S("\u00a34.4m", FINES, "interserve", "2022-04/2023-03")),
                  ("Cabinet Office (2021/22)", S("\u00a30.5m", FINES, "cabinet_office", "2021-04/2022-03")),
                  ("Cabinet Office (2022/23)", S("\u00a30.05m", FINES, "cabinet_office", "2022-04/2023-03"))],
                 20_000_000, ["0", "5", "10", "15", "20 \u00a3m"], "Chart 1: The same penalties in \u00a3 million"),
        g.Heading("Telecoms clients: lawful requests for data", size=11, space_before=4),
        P("Clients that provide communications services should expect a steady flow of lawful requests. Across "
          "the UK " + S("200,665", "cd.requests.approved", "", "2019") + " requests for communications data were "
          "approved in 2019, and public authorities obtained " + S("808,214", "cd.items", "total", "2018") +
          " items of data in 2018. Service providers caused " + S("140", "cd.errors", "csp", "2018") + " of the " +
          S("903", "cd.errors", "total", "2018") + " errors reported in 2018, so a documented disclosure "
          "process matters to underwriters."),
        P("This bulletin is for information only and is not advice. Figures are taken from the Information "
          "Commissioner" + RSQ + "s penalty notices and the Investigatory Powers Commissioner" + RSQ + "s annual "
          "reports. Ref. HR/CRW/14/0323.", size=8),
    ])
    return Doc(F, "Cyber & Regulatory Watch, Issue 14 (Spring 2023)", "Harrowgate Reid Insurance Brokers",
               "Insurance broker client bulletin", "reportlab+graphics", "", [p1, p2], number_style="foot",
               date=(2023, 3, 1), part=PART)


# =============================================================================================
# 7. Matplotlib chart sheet (A4, two pages): slope chart, annotated heatmap with "–" cells,
#    bubble chart with labels under the bubbles, line chart with change call-outs

class MplA4:
    def __init__(self, draw):
        self.draw = draw


render_matplotlib_a4 = matplotlib_renderer("generate_dev10.py")


g.RENDERERS.setdefault("matplotlib-a4", render_matplotlib_a4)
TEAL, RUST, INK = "#12706b", "#b5462b", "#222222"


def doc_chart_sheet() -> Doc:
    _start()
    F = "chart-sheet-open-oversight-data-c14-c17-2020.pdf"

    def header(fig, n):
        fig.text(0.06, 0.965, "Open Oversight Data \u00b7 Chart sheet C14" + EN + "C17", fontsize=9, color="#666")
        fig.text(0.94, 0.965, f"Sheet {n}/2", fontsize=9, color="#666", ha="right")
        fig.text(0.06, 0.025, "Licence CC BY 4.0 \u00b7 version 2.1 (3 March 2020) \u00b7 all figures from the "
                              "Commissioners" + RSQ + " annual reports; the project publishes none of its own",
                 fontsize=7.5, color="#666")

    def page1(fig, n):
        header(fig, n)
        fig.text(0.06, 0.93, "C14  Who made the errors? Share of communications data errors, 2012 and 2016",
                 fontsize=12, weight="bold", color=INK)
        ax = fig.add_axes([0.30, 0.58, 0.40, 0.32])
        rows = [("Single points of contact", S("47%", "cd.errors.share", "spoc", "2012"),
                 S("43.3%", "cd.errors.share", "spoc", "2016")),
                ("Applicants", S("26%", "cd.errors.share", "applicant", "2012"),
                 S("39.4%", "cd.errors.share", "applicant", "2016")),
                ("Service providers", S("20%", "cd.errors.share", "csp", "2012"),
                 S("11.6%", "cd.errors.share", "csp", "2016")),
                ("Designated persons", S("5%", "cd.errors.share", "designated_person", "2012"),
                 S("2.9%", "cd.errors.share", "designated_person", "2016"))]
        for label, a, b in rows:
            sa, sb = _stat(a), _stat(b)
            ax.plot([0, 1], [sa.value, sb.value], color=TEAL, marker="o", lw=2)
            ax.text(-0.06, sa.value, f"{label}  {sa.printed}", ha="right", va="center", fontsize=9.5)
            ax.text(1.06, sb.value, f"{sb.printed}  {label}", ha="left", va="center", fontsize=9.5)
            g.record(F, n, sa, "chart", f"{label} {sa.printed}", checks=[f"{label} {sa.printed}"])
            g.record(F, n, sb, "chart", f"{sb.printed} {label}", checks=[f"{sb.printed} {label}"])
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 55)
        ax.set_xticks([0, 1])
        ax.set_xticklabels(["2012", "2016"], fontsize=11, weight="bold")
        ax.set_yticks([])
        for s in ("left", "right", "top"):
            ax.spines[s].set_visible(False)
        fig.text(0.06, 0.535, "Shares of all errors reported in the year; other parties make up the rest.",
                 fontsize=8.5, color="#555")
        # heatmap
        fig.text(0.06, 0.49, "C15  Why applications were returned (% of returned applications)", fontsize=12,
                 weight="bold", color=INK)
        reasons = [("Necessity or proportionality", "necessity_proportionality", "45%", None),
                   ("Presentation", "presentation", "12%", None),
                   ("Designated person not independent", "dp_not_independent", "3%", None),
                   ("Error identified", "error_identified", "1%", None),
                   ("Clarity or quality", "clarity_quality", None, "21%"),
                   ("Returned at the SPoC" + RSQ + "s request", "spoc_request_return", None, "5%"),
                   ("Other", "other", "3%", "16%")]
        ax2 = fig.add_axes([0.42, 0.12, 0.36, 0.33])
        import numpy as np
        grid = np.full((len(reasons), 2), np.nan)
        cells = []
        for r, (label, cat, v15, v16) in enumerate(reasons):
            for c_, (v, yr) in enumerate(((v15, "2015"), (v16, "2016"))):
                if v is None:
                    cells.append((r, c_, EN, None))
                    continue
                st = _stat(S(v, RET, cat, yr))
                grid[r, c_] = st.value
                cells.append((r, c_, st.printed, (st, label, yr)))
        ax2.imshow(np.nan_to_num(grid, nan=0.0), cmap="Greens", vmin=0, vmax=60, aspect="auto")
        for r, c_, txt, info in cells:
            val = grid[r, c_]
            colour = "white" if (val == val and val > 30) else INK
            ax2.text(c_, r, txt, ha="center", va="center", fontsize=10.5, color=colour)
            if info:
                st, label, yr = info
                g.record(F, n, st, "chart", f"{label} {st.printed}", checks=[label, st.printed])
        ax2.set_xticks([0, 1])
        ax2.set_xticklabels(["2015", "2016"], fontsize=10.5, weight="bold")
        ax2.xaxis.tick_top()
        ax2.set_yticks(range(len(reasons)))
        ax2.set_yticklabels([r[0] for r in reasons], fontsize=9.5)
        ax2.tick_params(length=0)
        fig.text(0.06, 0.085, EN + " reason not reported separately that year. The categories changed between "
                              "the two reports.", fontsize=8.5, color="#555")

    def page2(fig, n):
        header(fig, n)
        fig.text(0.06, 0.93, "C16  Applications about people in sensitive professions, 2018", fontsize=12,
                 weight="bold", color=INK)
        tot = _stat(S("1,320", SP, "total", "2018"))
        fig.text(0.06, 0.905, f"{tot.printed} applications in all", fontsize=10, color="#333")
        g.record(F, n, tot, "chart", f"{tot.printed} applications in all")
        prev = _stat(S("948", SP, "total", "2016"))
        fig.text(0.06, 0.888, f"(the total for 2016 was {prev.printed})", fontsize=8.5, color="#666")
        g.record(F, n, prev, "chart", f"(the total for 2016 was {prev.printed})")
        bubbles = [("Doctors", S("498", SP, "medical_doctor", "2018")),
                   ("Ministers of religion", S("272", SP, "minister_of_religion", "2018")),
                   ("Lawyers", S("234", SP, "lawyer", "2018")),
                   ("Journalists", S("203", SP, "journalist", "2018")),
                   ("MPs", S("113", SP, "member_of_parliament", "2018"))]
        from matplotlib.patches import Circle
        xs = [0.15, 0.34, 0.51, 0.67, 0.83]
        for (label, ph), xc in zip(bubbles, xs):
            st = _stat(ph)
            r = 0.075 * (st.value / 498) ** 0.5
            fig.add_artist(Circle((xc, 0.77), r, transform=fig.transFigure, color=RUST, alpha=0.85))
            fig.text(xc, 0.77, st.printed, ha="center", va="center", fontsize=11, color="white", weight="bold")
            fig.text(xc, 0.67, label, ha="center", va="top", fontsize=9)
            g.record(F, n, st, "chart", f"{st.printed} {label}", checks=[st.printed, label])
        # line chart with change call-outs
        fig.text(0.06, 0.60, "C17  Interception warrants issued, 2012" + EN + "2017", fontsize=12, weight="bold",
                 color=INK)
        ax = fig.add_axes([0.10, 0.17, 0.82, 0.38])
        years = [2012, 2013, 2014, 2015, 2016, 2017]
        phs = [S("3,372", W_ISS, "total", "2012"), S("2,760", W_ISS, "total", "2013"),
               S("2,795", W_ISS, "total", "2014"), S("3,059", W_ISS, "total", "2015"),
               S("3,007", W_ISS, "total", "2016"), S("3,535", W_ISS, "total", "2017")]
        sts = [_stat(p) for p in phs]
        ax.plot(years, [s.value for s in sts], color=TEAL, marker="s", lw=2)
        for yr, s in zip(years, sts):
            ax.text(yr, s.value + 70, s.printed, ha="center", fontsize=10)
            g.record(F, n, s, "chart", f"{yr} {s.printed}", checks=[s.printed])
        calls = [(2012, S("+16%", W_ISS + ".change", "total", "2012", value=16), -520),
                 (2013, S("\u221219%", W_ISS + ".change", "total", "2013", value=-19), -480),
                 (2015, S("+9%", W_ISS + ".change", "total", "2015", value=9), -520),
                 (2017, S("+17.5%", W_ISS + ".change", "total", "2017", value=17.5), -560)]
        for yr, ph, dy in calls:
            st = _stat(ph)
            base = dict(zip(years, sts))[yr].value
            ax.annotate(f"{st.printed} on a year earlier", xy=(yr, base), xytext=(yr, base + dy),
                        ha="center", fontsize=8.5, color=RUST,
                        arrowprops=dict(arrowstyle="-", color=RUST, lw=0.8))
            g.record(F, n, st, "chart", f"{st.printed} on a year earlier",
                     checks=[f"{st.printed} on a year earlier"])
        ax.set_ylim(1500, 4000)
        ax.set_xlim(2011.5, 2017.5)
        ax.set_yticks([1500, 2000, 2500, 3000, 3500, 4000])
        ax.set_yticklabels(["1,500", "2,000", "2,500", "3,000", "3,500", "4,000"], fontsize=9)
        ax.set_xticks(years)
        ax.set_xticklabels([str(y) for y in years], fontsize=9.5)
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#ddd", lw=0.6)
        fig.text(0.06, 0.12, "Changes are as published in each report. Chart IDs OOD-C16, OOD-C17. Data file "
                             "ood-warrants-v2.csv (SHA-1 7be2c41).", fontsize=8, color="#555")

    return Doc(F, "Open Oversight Data: chart sheet C14-C17", "Open Oversight Data project",
               "Chart sheet", "matplotlib-a4", "", [Page(blocks=[MplA4(page1)]), Page(blocks=[MplA4(page2)])],
               date=(2020, 3, 3), part=PART)


def dev10_builders() -> list:
    return [doc_thinktank_chapter, doc_looseleaf, doc_edms, doc_bilingual_leaflet, doc_scottish_committee,
            doc_broker_bulletin, doc_chart_sheet]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
