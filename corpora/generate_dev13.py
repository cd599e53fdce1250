#!/usr/bin/env python3
"""Thirteenth development part of the labelled corpus: corpora/dev13/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev13.py      # this part only

Theme: prose whose statistics depend on context, the recogniser's weak form on unseen documents.
The year is given once in a paragraph and then implied ("The following year", "Two years
later"); the metric is named once and then referred to ("such requests", "that figure", "of
these", "the remainder"); comparisons ("down from", "against", "up just over"), bounds and
approximations ("more than", "just under", "some", "about"), numbers in words ("three hundred
and eighty-six", "no"), fractions beside counts, ranks and ordinals ("the third year running",
"the second-largest"), paragraph numbers, Acts and sections, case citations ([2016] EWCA Civ
1234), bundle and page references, ages, durations, phone numbers and money that is not ours.

Two producers no earlier part uses, each with its own Creator:

- WeasyPrint (HTML/CSS to PDF, pydyf): justified text, automatic hyphenation (words of ten
  letters or more, the hyphen printed as U+2010), CSS columns, running heads and page numbers
  in the page margins;
- xhtml2pdf (HTML to PDF through reportlab): justified text, two frames per page for a
  two-column Hansard page, static footer frames.

Seven documents, in genres no earlier part has:

- a claimant's skeleton argument in a judicial review (WeasyPrint, serif, numbered paragraphs,
  bundle references [CB/4/112], case citations, CPR rules);
- a civil-society shadow report to the UN Human Rights Committee (WeasyPrint, sans, paragraph
  numbers, ICCPR articles, List of Issues references, recommendations in boxes);
- an academic literature review (WeasyPrint, two justified and hyphenated columns, author-year
  citations, a table of the figures the studies cite);
- a book review in a literary magazine (WeasyPrint, two hyphenated columns, a drop cap, the
  book's price and page count, page references into the book);
- a "reader questions" column in a members' newsletter (xhtml2pdf, signed questions, a helpline
  number, a subscription price);
- a Hansard-style House of Lords Grand Committee debate on draft regulations (xhtml2pdf, two
  frames on one page, column numbers GC 212 ..., interventions, "My Lords");
- a Government response to an e-petition (xhtml2pdf, signature counts and thresholds).

Judgement calls: a difference the writer worked out ("177 fewer", "by our arithmetic", "some
40% higher") is not a published figure and is not gold (the taxonomy has no count-change
metric); nor are fractions the writer derived ("more than a third"). A figure repeated on the
same page is gold once.

This part was written to be scored once, before any rule is tuned on it.

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The claimant and its
counsel, the coalition, the reviewers, the magazine and the book, the newsletter and its
readers, the peers and the petitioner are fictional and give no statistics of their own.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import Doc, Page, Raw, S

PART = "dev13"
EN = "\u2013"
EM = "\u2014"
RSQ = "\u2019"
LDQ, RDQ = "\u201c", "\u201d"
CREATOR = "corpora/generate_dev13.py"

W_ISS = "interception.warrants.issued"
SP = "cd.applications.sensitive_profession"
DS = "directed_surveillance.authorisations"
PI = "property_interference.authorisations"
IS = "intrusive_surveillance.authorisations"
CHIS = "chis.authorisations"
SER = "errors.serious.determined"
INV = "errors.serious.investigations"
FINES = "ico.fines"
FY1617 = "2016-04/2017-03"
PY17 = "2017-04/2017-12"


def _start() -> None:
    g.CURRENT_PART[0] = PART


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------------------------
# recording: the sentence as quote; the self-check looks for the quote's runs of words that
# cannot be broken across lines (a word with a hyphen or dash may break after it, and in a
# hyphenated document so may any word of ten letters or more)

BREAKABLE = re.compile("[-\u2010\u2011\u2013\u2014/]")


def _runs(quote: str, hyph: bool) -> list:
    runs, cur = [], []
    for w in quote.split():
        if BREAKABLE.search(w) or (hyph and len(w) >= 10):
            if cur:
                runs.append(" ".join(cur))
            cur = []
        else:
            cur.append(w)
    if cur:
        runs.append(" ".join(cur))
    runs = [r for r in runs if len(r) >= 3]
    return runs or [quote]


def R(fname: str, page: int, template: str, method: str = "sentence", hyph: bool = False) -> str:
    """Record every statistic of an HTML template with its sentence; returns the HTML."""
    mk, _, _ = g.html_expand(template)
    _, plain, hits = g.expand(template)
    for st, a, b in hits:
        q = g.sentence_quote(plain, a, b)
        g.record(fname, page, st, method, q, checks=_runs(q, hyph))
    return mk


def T(fname: str, page: int, rows: list, cls: str = "", head: int = 1) -> str:
    """An HTML table; a row holding statistics is recorded as `table`, its cells joined."""
    out = [f'<table class="{cls}">']
    for k, row in enumerate(rows):
        cells = []
        for c in row:
            mk, plain, _ = g.html_expand(c)
            cells.append((mk, re.sub(r"\s+", " ", plain).strip()))
        _, _, hits = g.expand("\u0001".join(row))
        quote = " ".join(p for _, p in cells)
        for st, _, _ in hits:
            g.record(fname, page, st, "table", quote, checks=["~" + p for _, p in cells if p])
        tag = "th" if k < head else "td"
        out.append("<tr>" + "".join(f"<{tag}>{mk}</{tag}>" for mk, _ in cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# renderers

STYLES: dict = {}


def _head(doc: Doc, css: str) -> str:
    return (f'<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(doc.title)}</title>'
            f'<meta name="author" content="{esc(doc.author)}">'
            f'<meta name="description" content="{esc(doc.subject)}">'
            f'<meta name="subject" content="{esc(doc.subject)}">'
            f'<meta name="generator" content="{CREATOR}">'
            f'<style>{css}</style></head>')


def render_weasyprint(doc: Doc) -> None:
    import weasyprint

    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    pages = []
    for k, page in enumerate(doc.pages):
        brk = ' style="break-before: page"' if k else ""
        pages.append(f'<section class="pg"{brk}>' + "".join(b.html for b in page.blocks) + "</section>")
    src = _head(doc, STYLES[doc.style]) + "<body>" + "".join(pages) + "</body></html>"
    weasyprint.HTML(string=src, base_url=str(g.HERE)).write_pdf(str(path))


def render_xhtml2pdf(doc: Doc) -> None:
    import io

    from reportlab import rl_config
    rl_config.invariant = 1  # fixed dates and document ID
    from xhtml2pdf import pisa

    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "<pdf:nextpage />".join("".join(b.html for b in page.blocks) for page in doc.pages)
    src = _head(doc, STYLES[doc.style]) + "<body>" + body + "</body></html>"
    out = io.BytesIO()
    res = pisa.CreatePDF(src, dest=out, encoding="utf-8")
    if res.err:
        raise RuntimeError(f"xhtml2pdf failed on {doc.filename}")
    path.write_bytes(out.getvalue())


g.RENDERERS.setdefault("weasyprint", render_weasyprint)
g.RENDERERS.setdefault("xhtml2pdf", render_xhtml2pdf)

HALVES = [(0, 0, 297.6, 841.8), (297.6, 0, 595.2, 841.8)]


# =============================================================================================
# 1. Skeleton argument in a judicial review (WeasyPrint, serif, numbered paragraphs)

STYLES["skeleton"] = """
@page { size: A4; margin: 58pt 64pt 62pt 72pt;
  @bottom-center { content: counter(page); font: 10pt 'Liberation Serif'; }
  @top-right { content: "CO/2291/2021"; font: 8.5pt 'Liberation Serif'; color: #444; } }
body { font-family: 'Liberation Serif', serif; font-size: 11.3pt; line-height: 1.42; text-align: justify;
  font-variant-ligatures: none; }
.court { text-align: center; font-weight: bold; font-size: 11pt; line-height: 1.3; }
.parties { margin: 8pt 40pt; font-size: 11pt; }
.parties td { padding: 1pt 4pt; vertical-align: top; }
h1 { text-align: center; font-size: 12.5pt; text-decoration: underline; margin: 10pt 0 4pt 0; }
h2 { font-size: 11.3pt; margin: 9pt 0 3pt 0; }
p.np { margin: 0 0 6pt 0; padding-left: 34pt; text-indent: -34pt; }
p.np span.n { display: inline-block; width: 34pt; text-indent: 0; }
p.sub { margin: 0 0 5pt 34pt; padding-left: 26pt; text-indent: -26pt; }
p.sub span.n { display: inline-block; width: 26pt; text-indent: 0; }
.quoted { margin: 2pt 34pt 7pt 62pt; font-size: 10.3pt; line-height: 1.32; }
.sig { margin-top: 14pt; text-align: right; font-size: 11pt; }
"""


def doc_skeleton() -> Doc:
    _start()
    F = "skeleton-argument-claimant-r-marlow-digital-rights-v-sshd-co-2291-2021.pdf"

    def np(page, num, t):
        return f'<p class="np"><span class="n">{num}</span>{R(F, page, t)}</p>'

    def sub(page, num, t):
        return f'<p class="sub"><span class="n">{num}</span>{R(F, page, t)}</p>'

    p1 = Page(blocks=[Raw(
        '<div class="court">IN THE HIGH COURT OF JUSTICE<br>KING' + RSQ + 'S BENCH DIVISION<br>'
        'ADMINISTRATIVE COURT</div><div class="court" style="font-weight:normal;margin-top:4pt">'
        'Claim No. CO/2291/2021</div>'
        '<table class="parties"><tr><td>BETWEEN:</td><td></td></tr>'
        '<tr><td></td><td><b>THE KING</b><br>on the application of<br><b>MARLOW DIGITAL RIGHTS FOUNDATION</b>'
        '</td><td style="text-align:right">Claimant</td></tr><tr><td></td><td>- and -</td></tr>'
        '<tr><td></td><td><b>SECRETARY OF STATE FOR THE HOME DEPARTMENT</b></td>'
        '<td style="text-align:right">Defendant</td></tr></table>'
        '<h1>SKELETON ARGUMENT ON BEHALF OF THE CLAIMANT</h1>'
        '<p style="text-align:center;font-size:10pt;margin:0 0 8pt 0">For hearing on 14 October 2021 '
        '(time estimate: 1 day). Suggested pre-reading: 2 hours. References in the form [CB/4/112] are to '
        'the core bundle (tab 4, page 112).</p>'
        '<h2>A. INTRODUCTION</h2>'
        '<p class="np"><span class="n">1.</span>The Claimant, a registered charity (no. 1158342) founded in '
        '2009, challenges the lawfulness of the Defendant' + RSQ + 's decision of 3 March 2021 not to revise '
        'the Communications Data Code of Practice. Permission was granted on Grounds 1 and 3 by Lang J on '
        '19 July 2021 [CB/1/7]; Ground 2 was refused.</p>'
        + np(1, "2.", "The Claimant" + RSQ + "s case rests on the Commissioners" + RSQ + " own published "
             "figures, which the Defendant does not dispute. The report for 2016 records " +
             S("754,559", "cd.items", "total", "2016") + " items of communications data obtained by public "
             "authorities [CB/4/112]. In the following year the figure was " +
             S("757,977", "cd.items", "total", "2017") + ", and in 2018 it rose again, to " +
             S("808,214", "cd.items", "total", "2018") + " [CB/4/131]. That last figure was the highest of "
             "the three years and, by the Claimant" + RSQ + "s arithmetic, some 2,200 items a day.")
        + np(1, "3.", "Nor does the Claimant say that every such acquisition is unlawful. Its point is the "
             "rate of error. In 2016 the Interception of Communications Commissioner recorded " +
             S("1,101", "cd.errors", "total", "2016") + " errors; there were " +
             S("926", "cd.errors", "total", "2017") + " the next year and " +
             S("903", "cd.errors", "total", "2018") + " the year after that [CB/4/140]. The fall is real but "
             "modest: 198 fewer errors over two years, on a rising volume of requests.")
        + np(1, "4.", "The 2018 errors are broken down by the person responsible. Of the 903, single points "
             "of contact were responsible for " + S("381", "cd.errors", "spoc", "2018") + ", applicants for " +
             S("360", "cd.errors", "applicant", "2018") + ", communications service providers for " +
             S("140", "cd.errors", "csp", "2018") + " and designated persons for " +
             S("22", "cd.errors", "designated_person", "2018") + " (IPCO Annual Report 2018, para 17.6).")
        + '<h2>B. THE STATUTORY FRAMEWORK</h2>'
        '<p class="np"><span class="n">5.</span>Part 3 of the Investigatory Powers Act 2016 (' + LDQ + 'the 2016 '
        'Act' + RDQ + ') replaced Chapter 2 of Part 1 of the Regulation of Investigatory Powers Act 2000. By '
        'section 61(7)(b) an authorisation may be granted for the purpose of preventing or detecting crime. '
        'Section 87(3) permits a retention notice to require data to be kept for up to 12 months.</p>'
    )])
    p2 = Page(blocks=[Raw(
        '<h2>C. GROUND 1: SERIOUS ERRORS</h2>'
        + np(2, "6.", "The Commissioner must inform a person of a serious error where it is in the public "
             "interest (section 231 of the 2016 Act). In 2018 " + S("eight", SER, "total", "2018") +
             " errors were determined to be serious (para 17.8) [CB/4/139]. The year before, " +
             S("twenty-four", SER, "total", "2017") + " had been.")
        + np(2, "7.", "The number investigated is larger. The Commissioner looked into " +
             S("33", INV, "", "2017") + " possible serious errors in 2017; two years later the figure was " +
             S("18", INV, "", "2019") + " [CB/5/22]. The Claimant notes that the statute sets no time limit "
             "for such investigations and that, in one case, a person was told 26 months after the event.")
        + np(2, "8.", "The Court of Appeal held in <i>R (Tallis) v Chief Constable of Exmoor Police</i> [2016] "
             "EWCA Civ 1234 at [58] that the duty to notify is " + LDQ + "not a formality" + RDQ + ". The "
             "Defendant" + RSQ + "s reliance on <i>Okonjo v Information Commissioner</i> [2019] UKUT 87 (AAC) "
             "is misplaced: that case concerned a 72-year-old complainant and a single request.")
        + '<h2>D. GROUND 3: SENSITIVE PROFESSIONS</h2>'
        + np(2, "9.", "Applications for the data of people in professions that handle confidential information "
             "numbered " + S("1,320", SP, "total", "2018") + " in 2018 (Table 7) [CB/4/133]. Of these, " +
             S("203", SP, "journalist", "2018") + " concerned journalists and " +
             S("234", SP, "lawyer", "2018") + " lawyers. The total compares with " +
             S("948", SP, "total", "2016") + " two years earlier, an increase of some 40% on the Claimant" +
             RSQ + "s reckoning.")
        + np(2, "10.", "Applications to identify a journalist" + RSQ + "s source are rarer but growing: " +
             S("15", "cd.applications.journalistic_source", "", "2019") + " in 2019, and " +
             S("106", "cd.applications.journalistic_source", "", "2024") + " by 2024 [CB/6/4].")
        + np(2, "11.", "Material subject to legal professional privilege is the starkest example. In 2018, " +
             S("77", "lpp.applications.made", "", "2018") + " applications were made to obtain it and " +
             S("76", "lpp.applications.approved", "", "2018") + " of them were approved. The Claimant "
             "invites the Court to read paragraphs 41 to 47 of the witness statement of Ms Rhiannon Pryce "
             "[CB/3/55-61] alongside those figures.")
    )])
    p3 = Page(blocks=[Raw(
        '<h2>E. INTERCEPTION: THE CONTEXT</h2>'
        + np(3, "12.", "The Defendant" + RSQ + "s Detailed Grounds (para 23) describe interception as "
             "exceptional. The figures do not bear that out. Warrants issued rose from " +
             S("2,760", W_ISS, "total", "2013") + " in 2013 to " + S("3,535", W_ISS, "total", "2017") +
             " in 2017, the increase in that last year alone being just over " +
             S("17.5%", W_ISS + ".change", "total", "2017", q="over") + " [CB/5/14].")
        + np(3, "13.", "Of the 3,535 warrants, " + S("2,306", W_ISS, "serious_crime", "2017") +
             " were issued for the prevention or detection of serious crime and " +
             S("1,219", W_ISS, "national_security", "2017") + " in the interests of national security: " +
             S("65.22%", W_ISS + ".share", "serious_crime", "2017") + " and " +
             S("34.5%", W_ISS + ".share", "national_security", "2017") + " respectively.")
        + np(3, "14.", "Interception errors were fewer: " + S("62", "interception.errors", "", "2015") +
             " in 2015, falling to " + S("13", "interception.errors", "", "2018") + " in 2018 before "
             "rising to " + S("24", "interception.errors", "", "2019") + " the following year, all of them "
             "reported by law enforcement agencies. In that year "
             "the Commissioner found " + S("no", SER, "interception", "2019") + " serious interception "
             "errors at all.")
        + np(3, "15.", "The urgency procedure is said to be used sparingly. In 2016, " +
             S("67", "interception.warrants.urgent", "", "2016") + " warrants were issued under it, "
             "approximately " + S("2.2%", "interception.warrants.urgent.share", "", "2016", q="approximately") +
             " of the total, and Secretaries of State refused " +
             S("five", "interception.warrants.refused", "", "2016") + " applications outright.")
        + '<h2>F. RELIEF</h2>'
        '<p class="np"><span class="n">16.</span>The Claimant seeks (i) a declaration that the decision of 3 March '
        '2021 was unlawful and (ii) an order quashing it, with costs to be assessed if not agreed. The '
        'Aarhus costs cap in CPR 45.43 applies (£10,000 for the Claimant; £35,000 for the Defendant).</p>'
        '<div class="sig">HELENA VARGA-MOSS<br>Pemberton Row Chambers<br>30 September 2021</div>'
    )])
    return Doc(F, "R (Marlow Digital Rights Foundation) v SSHD: Claimant's skeleton argument (CO/2291/2021)",
               "Helena Varga-Moss (corpus imitation)", "Skeleton argument in a judicial review", "weasyprint", "",
               [p1, p2, p3], date=(2021, 9, 30), part=PART, style="skeleton")


# =============================================================================================
# 2. Shadow report to the UN Human Rights Committee (WeasyPrint, sans, paragraph numbers)

STYLES["shadow"] = """
@page { size: A4; margin: 60pt 60pt 64pt 60pt;
  @top-left { content: "Shadow report: United Kingdom, 8th periodic review (CCPR)"; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-right { content: "Page " counter(page) " of 3"; font: 8pt 'Liberation Sans'; color: #555; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none; }
.cover { border-top: 6pt solid #2a5d8f; padding-top: 8pt; margin-bottom: 10pt; }
.cover .org { font-size: 9pt; color: #2a5d8f; font-weight: bold; letter-spacing: 1pt; }
h1 { font-size: 17pt; margin: 4pt 0 4pt 0; color: #1d3f63; }
.meta { font-size: 8.5pt; color: #444; }
h2 { font-size: 11.5pt; color: #1d3f63; margin: 10pt 0 4pt 0; }
p.np { margin: 0 0 6pt 0; padding-left: 26pt; text-indent: -26pt; }
p.np span.n { display: inline-block; width: 26pt; text-indent: 0; color: #1d3f63; font-weight: bold; }
.rec { border-left: 4pt solid #2a5d8f; background: #eef3f8; padding: 5pt 8pt; margin: 6pt 0 8pt 26pt; font-size: 9.6pt; }
"""


def doc_shadow() -> Doc:
    _start()
    F = "shadow-report-un-human-rights-committee-uk-8th-review-article-17-2024.pdf"

    def np(page, num, t):
        return f'<p class="np"><span class="n">{num}</span>{R(F, page, t)}</p>'

    def rec(page, t):
        return f'<div class="rec">{R(F, page, t)}</div>'

    p1 = Page(blocks=[Raw(
        '<div class="cover"><div class="org">COALITION FOR ACCOUNTABLE SURVEILLANCE</div>'
        '<h1>Submission to the UN Human Rights Committee: the right to privacy (Article 17 ICCPR)</h1>'
        '<div class="meta">United Kingdom of Great Britain and Northern Ireland, eighth periodic report '
        '(CCPR/C/GBR/8). For the 142nd session, 14 October to 7 November 2024. Responds to List of Issues '
        'CCPR/C/GBR/Q/8, paragraphs 21 and 22. Word count: 3,380.</div></div>'
        '<h2>I. Introduction</h2>'
        '<p class="np"><span class="n">1.</span>The Coalition is an alliance of 19 organisations working on '
        'privacy and policing in the United Kingdom. This submission addresses covert surveillance under '
        'Part II of the Regulation of Investigatory Powers Act 2000 and Part 5 of the Police Act 1997. It '
        'updates our submission of 2015 to the 114th session.</p>'
        + np(1, "2.", "Oversight is the responsibility of the Investigatory Powers Commissioner, who now "
             "oversees more than " + S("600", "context.public_authorities", "", "2024", q="over") +
             " public authorities. Across all the investigatory powers, those authorities made just under " +
             S("360,000", "authorisations.all_powers", "", "2023", q="under") + " authorisations in 2023.")
        + '<h2>II. Covert human intelligence sources (List of Issues, para 21)</h2>'
        + np(1, "3.", "In 2018 law enforcement agencies authorised " + S("1,958", CHIS, "law_enforcement", "2018") +
             " covert human intelligence sources. The following year such authorisations fell to " +
             S("1,866", CHIS, "law_enforcement", "2019") + ", while other public authorities granted only " +
             S("eleven", CHIS, "other_public_authorities", "2019") + ". The State party" + RSQ + "s report "
             "(para 164) gives neither figure.")
        + np(1, "4.", "The Covert Human Intelligence Sources (Criminal Conduct) Act 2021 now allows such "
             "sources to be authorised to commit crimes. Children under 18 may be used as sources; the "
             "authorisation of a juvenile source lasts for 4 months rather than 12.")
        + rec(1, "<b>Recommendation 1.</b> The Committee should ask the State party to publish, for each year "
              "since 2018, the number of criminal conduct authorisations and the number of juvenile sources, "
              "and to explain why authorisations fell by fewer than 100 between 2018 and 2019 when the "
              "number of sources recruited was said to be falling sharply.")
        + '<h2>III. Directed and intrusive surveillance</h2>'
        + np(1, "5.", "The last full financial year reported by the former Surveillance Commissioners, "
             "2016/17, saw " + S("6,237", DS, "law_enforcement", FY1617) + " directed surveillance "
             "authorisations granted to law enforcement. At 31 March 2017, " +
             S("808", DS + ".extant", "law_enforcement", "2017-03-31") + " of those authorisations were "
             "still in force.")
    )])
    p2 = Page(blocks=[Raw(
        np(2, "6.", "The new Commissioner" + RSQ + "s first report covered only nine months, from 1 April to "
           "31 December 2017. Over that period other public authorities granted " +
           S("933", DS, "other_public_authorities", PY17) + " directed surveillance authorisations. Of these, " +
           S("792", DS, "dwp", PY17) + " were granted to the Department for Work and Pensions, more than four "
           "in every five. The remainder, 141, were granted by all the other authorities together.")
        + np(2, "7.", "Intrusive surveillance, which takes place inside homes and private vehicles, was "
             "authorised " + S("186", IS, "", PY17) + " times in those nine months, which the Commissioner "
             "annualised to " + S("248", IS + ".annualised", "", "2017") + ". Property interference "
             "authorisations numbered " + S("1,453", PI, "", PY17) + " over the same months, an annual rate "
             "of " + S("1,937", PI + ".annualised", "", "2017") + ", against " + S("1,842", PI, "", FY1617) +
             " in the financial year 2016/17.")
        + np(2, "8.", "The Coalition notes that the State party has never explained why the annualised rate for "
             "property interference should be higher than the last full year, nor why the largest user of "
             "directed surveillance outside law enforcement is a welfare department.")
        + rec(2, "<b>Recommendation 2.</b> The State party should publish directed surveillance "
              "authorisations by public authority, every year, in a machine-readable format, and report the "
              "number of people who were the subject of them.")
        + '<h2>IV. Errors</h2>'
        + np(2, "9.", "Errors in the use of these powers are rising. Public authorities reported " +
             S("83", "spci.errors", "total", "2017") + " surveillance, property interference and source "
             "errors in 2017; the next year that total rose to " + S("99", "spci.errors", "total", "2018") +
             ". Of the 2018 errors, " + S("59", "spci.errors", "directed_surveillance", "2018") +
             " concerned directed surveillance, " + S("23", "spci.errors", "property_interference", "2018") +
             " property interference, " + S("14", "spci.errors", "chis", "2018") + " sources and " +
             S("three", "spci.errors", "intrusive_surveillance", "2018") + " intrusive surveillance.")
        + np(2, "10.", "No person affected by these errors was told of them, so far as the Coalition is "
             "aware. The Committee raised notification in its concluding observations of 2015 "
             "(CCPR/C/GBR/CO/7, para 24).")
        + '<h2>V. Inspection</h2>'
        + np(2, "11.", "Inspection is the main safeguard. The Commissioner carried out " +
             S("380", "inspections", "total", "2022") + " inspections in 2022 and " +
             S("386", "inspections", "total", "2023") + " in 2023, six more than the year before. With more than " + S("600", "context.public_authorities", "", "2024", q="over") + " bodies to oversee, a public authority can expect an "
             "inspection once every two or three years at best.")
    )])
    p3 = Page(blocks=[Raw(
        '<h2>VI. Suggested questions for the State party</h2>'
        '<p class="np"><span class="n">12.</span>The Coalition suggests that the Committee ask the State '
        'party:</p>'
        '<p class="np"><span class="n">(a)</span>how many persons were notified of a serious error under '
        'section 231 of the Investigatory Powers Act 2016 in each year since 2018;</p>'
        '<p class="np"><span class="n">(b)</span>how many juvenile sources (under 18) were authorised, and '
        'how many of them were aged 16 or 17;</p>'
        '<p class="np"><span class="n">(c)</span>why the figures for 1 April to 31 December 2017 were not '
        'restated for the full calendar year.</p>'
        '<h2>VII. About this submission</h2>'
        '<p class="np"><span class="n">13.</span>This report was prepared between May and August 2024 by '
        'a working group of 7 member organisations. It draws only on published official figures; the '
        'Coalition holds no data of its own. The Coalition' + RSQ + 's annual budget is £84,000 and it '
        'receives no government funding. Contact: secretariat@cas-coalition.example, +44 20 7946 0321.</p>'
    )])
    return Doc(F, "Shadow report to the UN Human Rights Committee: Article 17 (United Kingdom, 2024)",
               "Coalition for Accountable Surveillance (corpus imitation)", "Civil-society shadow report to a UN "
               "treaty body", "weasyprint", "", [p1, p2, p3], date=(2024, 9, 2), part=PART, style="shadow")


# =============================================================================================
# 3. Academic literature review (WeasyPrint, two justified and hyphenated columns)

STYLES["litreview"] = """
@page { size: A4; margin: 56pt 50pt 60pt 50pt;
  @top-left { content: "Surveillance and Society Review 14(2)"; font: italic 8pt 'Liberation Serif'; }
  @top-right { content: "Measuring state surveillance"; font: italic 8pt 'Liberation Serif'; }
  @bottom-center { content: counter(page, decimal); font: 8.5pt 'Liberation Serif'; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
body { font-family: 'Liberation Serif', serif; font-size: 9.8pt; line-height: 1.33; font-variant-ligatures: none; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt 0; }
.au { text-align: center; font-size: 10pt; margin-bottom: 8pt; }
.abs { font-size: 8.8pt; margin: 0 24pt 10pt 24pt; text-align: justify; }
.cols { columns: 2; column-gap: 20pt; text-align: justify; hyphens: auto; hyphenate-limit-chars: 10 4 4; }
.cols p { margin: 0 0 5pt 0; text-indent: 12pt; break-inside: avoid; }
.cols p.first { text-indent: 0; }
h2 { font-size: 10.3pt; margin: 6pt 0 3pt 0; }
table.lit { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 4pt 0 6pt 0; }
table.lit th, table.lit td { border-bottom: 0.5pt solid #000; padding: 2pt 4pt; text-align: left; }
table.lit td:nth-child(3) { text-align: right; }
.cap { font-size: 8.8pt; font-weight: bold; margin-top: 8pt; }
.refs { font-size: 8.3pt; text-align: left; }
.refs p { text-indent: -12pt; padding-left: 12pt; margin: 0 0 2pt 0; }
"""


def doc_litreview() -> Doc:
    _start()
    F = "literature-review-measuring-state-surveillance-uk-oversight-statistics-2022.pdf"

    def p(page, t, first=False):
        cls = ' class="first"' if first else ""
        return f"<p{cls}>{R(F, page, t, hyph=True)}</p>"

    g.REGIONS[(F, 1)] = HALVES
    g.REGIONS[(F, 2)] = HALVES
    p1 = Page(blocks=[Raw(
        '<h1>Measuring state surveillance: a review of the literature on the United Kingdom' + RSQ + 's '
        'oversight statistics, 2006' + EN + '2021</h1>'
        '<div class="au">Ines Kowalczyk<sup>a</sup> and Dominic Achterberg<sup>b</sup><br><span style="font-size:8.5pt">'
        '<sup>a</sup>School of Law, University of Hartwell; <sup>b</sup>Department of Sociology, Tamsford '
        'University</span></div>'
        '<div class="abs"><b>Abstract.</b> We review 42 studies published between 2008 and 2021 that use the '
        'annual statistics of the UK' + RSQ + 's surveillance commissioners. Most cite a small set of figures, '
        'often without the period they refer to. We set out what those figures are, how the counting '
        'changed, and which comparisons across years are sound. <b>Keywords:</b> oversight; communications '
        'data; interception; official statistics.</div>'
        '<div class="cols">'
        '<h2>1. Introduction</h2>'
        + p(1, "The first reports of the Interception of Communications Commissioner to count requests for "
               "communications data covered nine months, April to December 2006. Public authorities made " +
               S("253,557", "cd.requests", "total", "2006-04/2006-12") + " such requests in that period "
               "(Thornbury 2009: 14), of which local authorities made " +
               S("1,694", "cd.requests", "local_authorities", "2006-04/2006-12") + ". The same report counted " +
               S("1,088", "cd.errors", "total", "2006-04/2006-12") + " errors, " +
               S("301", "cd.errors", "csp", "2006-04/2006-12") + " of them by service providers and the "
               "remainder (" + S("787", "cd.errors", "public_authorities", "2006-04/2006-12") + ") by public "
               "authorities.", first=True)
        + p(1, "The following year, the first full calendar year counted, the total was " +
               S("519,260", "cd.requests", "total", "2007") + ". Several studies (e.g. Marsh and Oduya 2011; "
               "Pelling 2014) compare this with the 2006 figure and conclude that requests doubled. They "
               "did not: the earlier figure covers three quarters of a year. Interception warrants suffer "
               "from the same problem. The nine-month figure for 2006 was " +
               S("1,435", W_ISS, "total", "2006-04/2006-12") + " warrants.")
        + p(1, "New rules on reporting errors came into force in the last quarter of 2007. Between October and "
               "December that year public authorities reported " +
               S("99", "cd.errors", "public_authorities", "2007-10/2007-12") + " errors under them. A full "
               "year under the new rules produced " + S("595", "cd.errors", "total", "2008") + " errors in "
               "2008 and " + S("661", "cd.errors", "total", "2009") + " the year after, a series that few of "
               "the studies we reviewed report at all.")
        + '<h2>2. Complaints and interception</h2>'
        + p(1, "Only three studies look at the Investigatory Powers Tribunal. It received " +
               S("157", "ipt.complaints", "", "2009") + " new complaints in 2009 (Ashdown-Reyes 2012: 301); "
               "none of the three reports the outcome of those cases.")
        + p(1, "Interception is better covered. The Secretaries of State issued " +
               S("1,865", W_ISS, "total", "2010") + " warrants in 2010. Interception errors were reported "
               "in the same reports: " + S("27", "interception.errors", "", "2010") + " that year and " +
               S("42", "interception.errors", "", "2011") + " the next (Brannigan 2013). By 2012 warrants "
               "numbered " + S("3,372", W_ISS, "total", "2012") + ", up " +
               S("16%", W_ISS + ".change", "total", "2012") + " on 2011; in 2013 they fell by " +
               S("19%", W_ISS + ".change", "total", "2013", value=-19) + " to " +
               S("2,760", W_ISS, "total", "2013") + ".")
        + '</div>'
    )])
    p2 = Page(blocks=[Raw(
        '<div class="cols">'
        '<h2>3. Who makes the mistakes?</h2>'
        + p(2, "For 2012 the Commissioner reported " + S("979", "cd.errors", "total", "2012") + " errors and "
               "who made them. Single points of contact were responsible for " +
               S("47%", "cd.errors.share", "spoc", "2012") + ", applicants for " +
               S("26%", "cd.errors.share", "applicant", "2012") + ", service providers for " +
               S("20%", "cd.errors.share", "csp", "2012") + ", designated persons for " +
               S("5%", "cd.errors.share", "designated_person", "2012") + " and others for " +
               S("2%", "cd.errors.share", "other", "2012") + ". Public authorities thus made roughly " +
               S("80%", "cd.errors.share", "public_authorities", "2012", q="approximately") + " of them, "
               "a share that rose in 2013 to " + S("87.5%", "cd.errors.share", "public_authorities", "2013") +
               ", against " + S("12.5%", "cd.errors.share", "csp", "2013") + " for the providers.", first=True)
        + p(2, "The count of errors itself barely moved: " + S("970", "cd.errors", "total", "2013") +
               " in 2013, nine fewer than the year before. Interception errors that year numbered " +
               S("57", "interception.errors", "", "2013") + ", and " +
               S("seven", SER, "total", "2013") + " errors were judged to be very serious.")
        + '<h2>4. Scale</h2>'
        + p(2, "No figure is quoted more often than a round number for 2013. In a debate on that year" + RSQ + "s "
               "figures an MP spoke of well over " + S("500,000", "cd.requests", "total", "2013", q="over") +
               " requests a year; the 2012 report, by contrast, records " +
               S("2,379", "cd.requests", "other_public_authorities", "2012") + " requests by other public "
               "authorities in 2012, a figure cited by only two studies (Quayle 2015; Lindqvist 2019).")
        + p(2, "The intelligence agencies" + RSQ + " share is seldom separated out. In 2013 they accounted for " +
               S("58,996", "cd.notices_authorisations", "intelligence_agencies", "2013") + " notices and "
               "authorisations. Urgent oral requests numbered " + S("42,293", "cd.urgent_oral", "", "2013") +
               " the same year.")
        + p(2, "Inspection figures are the least used. In 2012 the inspectors carried out " +
               S("42", "inspections", "communications_data", "2012") + " communications data inspections of "
               "police forces and law enforcement agencies, and inspected " +
               S("21", "public_authorities.inspected", "", "2012") + " other public authorities; a year "
               "later their reports made " + S("65", "recommendations", "total", "2013") + " recommendations.")
        + '</div>'
        '<div class="cap">Table 2. The figures most often cited in the 42 studies reviewed</div>'
        + T(F, 2, [["Figure", "Period", "Value", "Studies citing"],
                   ["Requests for communications data", "2007", S("519,260", "cd.requests", "total", "2007"), "17"],
                   ["Interception warrants issued", "2012", S("3,372", W_ISS, "total", "2012"), "11"],
                   ["Communications data errors", "2013", S("970", "cd.errors", "total", "2013"), "9"],
                   ["Interception warrants issued", "2013", S("2,760", W_ISS, "total", "2013"), "8"]],
            cls="lit")
        + '<div class="refs"><p>Ashdown-Reyes, P. (2012) <i>Tribunals in the Shadows</i>. Oxford: Harcourt, '
          'pp. 288' + EN + '317.</p><p>Brannigan, L. (2013) ' + LDQ + 'Counting taps' + RDQ + ', <i>Public Law '
          'Notes</i> 9(3): 41' + EN + '58.</p><p>Thornbury, S. (2009) <i>Data and the State</i>, 2nd edn. '
          'London: Merrow, p. 14.</p></div>'
    )])
    return Doc(F, "Measuring state surveillance: a review of the literature on UK oversight statistics",
               "Ines Kowalczyk; Dominic Achterberg (corpus imitation)", "Academic literature review",
               "weasyprint", "", [p1, p2], date=(2022, 5, 16), part=PART, style="litreview")


# =============================================================================================
# 4. Book review in a literary magazine (WeasyPrint, two hyphenated columns, drop cap)

STYLES["review"] = """
@page { size: A4; margin: 50pt 54pt 58pt 54pt;
  @bottom-left { content: "THE HARBOUR REVIEW OF BOOKS  |  12 MARCH 2020"; font: 7.5pt 'Liberation Sans'; letter-spacing: 0.5pt; }
  @bottom-right { content: counter(page, decimal); font: bold 8pt 'Liberation Sans'; } }
body { font-family: 'DejaVu Serif', serif; font-size: 9.4pt; line-height: 1.38; font-variant-ligatures: none; }
.kicker { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #a33; letter-spacing: 1pt; }
h1 { font-family: 'Liberation Sans'; font-size: 22pt; margin: 2pt 0 2pt 0; }
.deck { font-size: 11pt; font-style: italic; margin-bottom: 6pt; }
.book { font-family: 'Liberation Sans'; font-size: 8.3pt; border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000;
  padding: 3pt 0; margin-bottom: 8pt; }
.cols { columns: 2; column-gap: 18pt; text-align: justify; hyphens: auto; hyphenate-limit-chars: 10 4 4; }
.cols p { margin: 0 0 4pt 0; text-indent: 10pt; }
.cols p.first { text-indent: 0; }
.cols p.first::first-letter { font-size: 19pt; font-weight: bold; color: #a33; }
.pull { font-family: 'Liberation Sans'; font-size: 11.5pt; font-weight: bold; color: #a33; margin: 6pt 0; text-align: left; }
.by { font-family: 'Liberation Sans'; font-size: 8pt; margin-top: 6pt; font-style: italic; }
"""


def doc_review() -> Doc:
    _start()
    F = "book-review-the-counted-harbour-review-of-books-2020-03-12.pdf"

    def p(page, t, first=False):
        cls = ' class="first"' if first else ""
        return f"<p{cls}>{R(F, page, t, hyph=True)}</p>"

    g.REGIONS[(F, 1)] = HALVES
    g.REGIONS[(F, 2)] = HALVES
    p1 = Page(blocks=[Raw(
        '<div class="kicker">BOOKS | POLITICS</div>'
        '<h1>Counting the watchers</h1>'
        '<div class="deck">A former civil servant' + RSQ + 's history of surveillance statistics is dry, '
        'scrupulous and, in places, alarming. By Oliver Penhaligon</div>'
        '<div class="book"><b>The Counted: Fifteen Years of Surveillance by Numbers</b> by Margaret Ilesworth. '
        'Harbour Press, 312pp, £22.99 (ISBN 978-1-9161-0443-2)</div>'
        '<div class="cols">'
        + p(1, "Margaret Ilesworth spent 31 years in the Home Office and retired, at 60, to write the book she "
               "says nobody there would have let her publish. It is a history of the numbers, and it begins "
               "with an embarrassment. In its report on 2016 the interception commissioner" + RSQ + "s office "
               "gave two different totals for communications data errors: the covering letter said " +
               S("1,200", "cd.errors", "total", "2016") + ", the chapter on errors " +
               S("1,101", "cd.errors", "total", "2016") + " (p. 47).", first=True)
        + p(1, "Ilesworth is forgiving about the discrepancy and less so about what follows it. Of the errors "
               "the chapter counts, single points of contact made " +
               S("43.3%", "cd.errors.share", "spoc", "2016") + " " + EM + " a figure that becomes " +
               S("43.5%", "cd.errors.share", "spoc", "2016") + " in a chart two pages later " + EM +
               " applicants " + S("39.4%", "cd.errors.share", "applicant", "2016") + ", service providers " +
               S("11.6%", "cd.errors.share", "csp", "2016") + " and designated persons " +
               S("2.9%", "cd.errors.share", "designated_person", "2016") + ".")
        + '<div class="pull">' + LDQ + 'The numbers are not secret. They are simply never read.' + RDQ + '</div>'
        + p(1, "Why were the data wanted? For the prevention or detection of crime in " +
               S("83%", "cd.applications.purpose.share", "prevent_detect_crime", "2016") + " of applications "
               "that year, to prevent death or injury in " +
               S("11%", "cd.applications.purpose.share", "prevent_death_injury", "2016") +
               " and for national security in " +
               S("6%", "cd.applications.purpose.share", "national_security", "2016") + ". Urgent oral "
               "requests, made by telephone and written up later, were " +
               S("10%", "cd.urgent_oral.share", "", "2016") + " of the total.")
        + p(1, "The inspectors were busy too. In 2016 they carried out " +
               S("166", "inspections", "total", "2016") + " inspections, visited " +
               S("134", "public_authorities.inspected", "", "2016") + " public authorities and examined " +
               S("970", "interception.warrants.examined", "", "2016") + " interception warrants, against " +
               S("600", "interception.warrants.examined", "", "2013") + " three years before. They looked "
               "into " + S("twenty-nine", INV, "", "2016", value=29) + " possible serious errors.")
        + p(1, "Applications sent back by the gatekeepers tell their own story. In 2016 " +
               S("21%", "cd.applications.returned.share", "clarity_quality", "2016") + " were returned "
               "because they were unclear or poorly written, " +
               S("5%", "cd.applications.returned.share", "spoc_request_return", "2016") + " at the request of "
               "the single point of contact and " +
               S("16%", "cd.applications.returned.share", "other", "2016") + " for other reasons.")
        + '</div>'
    )])
    p2 = Page(blocks=[Raw(
        '<div class="cols">'
        + p(2, "The second half of the book turns to the Information Commissioner, and here Ilesworth is at her "
               "sharpest. She devotes a chapter (pp. 201" + EN + "236) to the financial year 2020/21, in which "
               "the two largest penalties were " + S("£20m", FINES, "british_airways", "2020-04/2021-03") +
               " for British Airways and " + S("£18.4m", FINES, "marriott", "2020-04/2021-03") + " for "
               "Marriott, both far below the sums first announced.", first=True)
        + p(2, "Two years later the pattern repeated. In 2022/23 the Commissioner fined Clearview AI " +
               S("£7.5m", FINES, "clearview", "2022-04/2023-03") + " and Interserve " +
               S("£4.4m", FINES, "interserve", "2022-04/2023-03") + ". The Cabinet Office, fined " +
               S("£500,000", FINES, "cabinet_office", "2021-04/2022-03") + " in 2021/22 for publishing "
               "the addresses of honours recipients, saw the penalty cut to " +
               S("£50,000", FINES, "cabinet_office", "2022-04/2023-03") + " the following year, a tenth of "
               "the original.")
        + p(2, "Ilesworth" + RSQ + "s argument is that a regulator whose largest fines shrink on appeal, and "
               "a commissioner whose own reports disagree about a single total, cannot expect the public to "
               "trust the figures. It is a fair point, made at length; the book could lose 80 pages and the "
               "argument would survive.")
        + p(2, "What it lacks is any sense of the people counted. The figures for 2016 appear on page after "
               "page, but we never meet a single applicant, gatekeeper or suspect. Still, for anyone who has "
               "wondered what the annual reports actually say, this is the only guide there is, and at "
               "£22.99 it is cheaper than the reports" + RSQ + " printed editions ever were.")
        + '</div><div class="by">Oliver Penhaligon is a freelance writer. His last book, <i>Paper Trails</i>, '
          'was published in 2017.</div>'
    )])
    return Doc(F, "Counting the watchers: review of The Counted by Margaret Ilesworth",
               "The Harbour Review of Books (corpus imitation)", "Book review in a literary magazine",
               "weasyprint", "", [p1, p2], date=(2020, 3, 12), part=PART, style="review")


# =============================================================================================
# 5. Newsletter "reader questions" column (xhtml2pdf)

STYLES["qa"] = """
@page { size: a4; margin: 48pt 56pt 70pt 56pt;
  @frame footer { -pdf-frame-content: foot; left: 56pt; width: 483pt; top: 796pt; height: 30pt; } }
body { font-family: Helvetica; font-size: 10pt; line-height: 1.35; }
.mast { font-size: 20pt; font-weight: bold; color: #6b2c5f; }
.issue { font-size: 8.5pt; color: #555; border-bottom: 1pt solid #6b2c5f; padding-bottom: 3pt; margin-bottom: 8pt; }
h1 { font-size: 14pt; color: #6b2c5f; margin: 4pt 0 4pt 0; }
.intro { font-style: italic; margin-bottom: 6pt; }
.q { font-weight: bold; margin: 9pt 0 2pt 0; }
.who { font-size: 8.5pt; color: #555; margin: 0 0 3pt 0; }
p.a { text-align: justify; margin: 0 0 4pt 0; }
#foot { font-size: 7.5pt; color: #555; }
"""


def doc_qa() -> Doc:
    _start()
    F = "newsletter-civic-ledger-issue-58-ask-the-data-desk-2016.pdf"

    def q(text, who):
        return f'<div class="q">{esc(text)}</div><div class="who">{esc(who)}</div>'

    def a(page, t):
        return f'<p class="a">{R(F, page, t)}</p>'

    foot = ('<div id="foot">The Civic Ledger is the members' + RSQ + ' newsletter of the Civic Liberties '
            'Network. Membership £3 a month. Helpline 0161 496 0738 (Tuesdays, 10am to 1pm).</div>')
    p1 = Page(blocks=[Raw(
        foot + '<div class="mast">The Civic Ledger</div>'
        '<div class="issue">Issue 58 | Autumn 2016 | Members' + RSQ + ' newsletter of the Civic Liberties Network</div>'
        '<h1>Ask the Data Desk</h1>'
        '<div class="intro">Each issue our volunteer researchers answer members' + RSQ + ' questions about the '
        'official figures. This time: phone taps, mistakes and the people whose data is looked at. Write '
        'to us at the address on page 12.</div>'
        + q("My neighbour says the police can listen to anyone's calls. How many phone taps are there, really?",
            "Question from D.W., aged 72, Carlisle")
        + a(1, "The official name is an interception warrant, and each one has to be signed by a Secretary of "
               "State. In 2014, " + S("2,795", W_ISS, "total", "2014") + " were issued. The following year "
               "the number went up by " + S("9%", W_ISS + ".change", "total", "2015") + ", to " +
               S("3,059", W_ISS, "total", "2015") + ". Not every warrant is one person, and not every one is "
               "for the police.")
        + a(1, "In 2015, " + S("65%", W_ISS + ".share", "serious_crime", "2015") + " of those warrants were "
               "for serious crime, " + S("34%", W_ISS + ".share", "national_security", "2015") + " for "
               "national security and " + S("1%", W_ISS + ".share", "combination", "2015") + " for a "
               "combination of purposes. The year before, the split was " +
               S("68%", W_ISS + ".share", "serious_crime", "2014") + ", " +
               S("31%", W_ISS + ".share", "national_security", "2014") + " and " +
               S("1%", W_ISS + ".share", "combination", "2014") + ". So your neighbour is wrong: it is not "
               "anyone, and it is mostly serious crime.")
        + q("Do they ever tap the wrong phone?", "Question from a member in Swansea (name withheld)")
        + a(1, "Yes. The Commissioner counts such mistakes as interception errors. There were " +
               S("60", "interception.errors", "", "2014") + " in 2014 and " +
               S("62", "interception.errors", "", "2015") + " in 2015, two more than the year before. Most "
               "involved the wrong number or an address typed incorrectly.")
        + a(1, "Mistakes with communications data (who called whom, and when) are much more common: " +
               S("1,199", "cd.errors", "total", "2015") + " in 2015. But set that against the scale of "
               "it: public bodies obtained " + S("761,702", "cd.items", "total", "2015") + " items of such "
               "data that year.")
        + q("Does anyone actually check?", "Question from R.O'D., Enniskillen")
        + a(1, "They do. In 2015 the Commissioner" + RSQ + "s inspectors carried out " +
               S("26", "inspections", "interception", "2015") + " interception inspections and " +
               S("72", "inspections", "communications_data", "2015") + " at bodies using communications data. "
               "On those visits they examined " + S("1,148", "interception.warrants.examined", "", "2015") +
               " warrants, more than a third of all those issued that year.")
    )])
    p2 = Page(blocks=[Raw(
        foot
        + q("Whose data is it? Criminals, presumably?", "Question from P.K., Leicester (member since 1998)")
        + a(2, "Mostly, but not only. The Commissioner" + RSQ + "s report for 2015 breaks the items down by the "
               "person they relate to. Suspects accounted for " +
               S("63.6%", "cd.items.person_type.share", "suspect", "2015") + ", associates of suspects for " +
               S("9.1%", "cd.items.person_type.share", "associate", "2015") + ", national security subjects "
               "for " + S("6.4%", "cd.items.person_type.share", "national_security_person", "2015") +
               " and other relevant people for " +
               S("6.2%", "cd.items.person_type.share", "other_relevant_person", "2015") + ".")
        + a(2, "The rest will surprise some readers. Vulnerable people, often missing persons, made up " +
               S("3.9%", "cd.items.person_type.share", "vulnerable_person", "2015") + ", witnesses " +
               S("1.6%", "cd.items.person_type.share", "witness", "2015") + " and next of kin " +
               S("0.2%", "cd.items.person_type.share", "next_of_kin", "2015") + ". Put another way, roughly "
               "one item in twenty was about someone who was not suspected of anything.")
        + q("I read that the police can get data over the phone in an emergency. Is that common?",
            "Question from J.A., Truro")
        + a(2, "It happens, but it is the exception. These are called urgent oral requests. In 2014 there were " +
               S("55,346", "cd.urgent_oral", "", "2014") + ". In 2015 they made up " +
               S("eleven per cent", "cd.urgent_oral.share", "", "2015") + " of all requests, and the "
               "share of interception warrants approved urgently was about " +
               S("2.5%", "interception.warrants.urgent.share", "", "2015", q="approximately") + ".")
        + q("What happens when an application is not good enough?", "Question from the Bristol branch")
        + a(2, "It is sent back. In 2015 the reasons were recorded. The largest group, " +
               S("45%", "cd.applications.returned.share", "necessity_proportionality", "2015") + ", were "
               "returned because necessity or proportionality was not made out; " +
               S("12%", "cd.applications.returned.share", "presentation", "2015") + " for poor presentation; " +
               S("3%", "cd.applications.returned.share", "dp_not_independent", "2015") + " because the "
               "designated person was not independent; " +
               S("1%", "cd.applications.returned.share", "error_identified", "2015") + " because an error "
               "was found; and " + S("3%", "cd.applications.returned.share", "other", "2015") +
               " for other reasons.")
        + a(2, "The inspectors also made recommendations: " + S("366", "recommendations", "total", "2015") +
               " in 2015. Of these, " + S("29", "recommendations", "red", "2015") + " were rated red, " +
               S("203", "recommendations", "amber", "2015") + " amber and the remaining " +
               S("134", "recommendations", "green", "2015") + " green.")
        + '<p class="a" style="margin-top:10pt"><i>Got a question? Write to the Data Desk, Civic Liberties '
          'Network, 14 Quay Street, Manchester M3 4AE. We answer about a dozen letters in every issue.</i></p>'
    )])
    return Doc(F, "The Civic Ledger, Issue 58: Ask the Data Desk", "Civic Liberties Network (corpus imitation)",
               "Newsletter reader-questions column", "xhtml2pdf", "", [p1, p2], date=(2016, 10, 1), part=PART,
               style="qa")


# =============================================================================================
# 6. House of Lords Grand Committee debate (xhtml2pdf, two frames per page, column numbers)

STYLES["lords"] = """
@page { size: a4; margin: 50pt;
  @frame hdr { -pdf-frame-content: hdr; left: 50pt; width: 495pt; top: 30pt; height: 26pt; }
  @frame left { left: 50pt; width: 238pt; top: 62pt; height: 730pt; }
  @frame right { left: 307pt; width: 238pt; top: 62pt; height: 730pt; } }
body { font-family: Times-Roman; font-size: 9.6pt; line-height: 1.3; }
p { text-align: justify; margin: 0 0 4pt 0; text-indent: 9pt; }
p.sp { text-indent: 0; }
.col { font-weight: bold; font-size: 8pt; text-align: right; margin: 2pt 0 2pt 0; }
.ttl { font-weight: bold; font-size: 11pt; text-align: center; margin: 3pt 0 3pt 0; }
.mot { font-style: italic; margin: 0 0 4pt 0; }
.time { font-weight: bold; font-size: 9pt; margin: 3pt 0; }
#hdr { font-size: 8pt; border-bottom: 0.6pt solid #000; }
"""


def doc_lords() -> Doc:
    _start()
    F = "hansard-lords-grand-committee-investigatory-powers-regulations-2019-03-06.pdf"

    def sp(page, who, t):
        return f'<p class="sp"><b>{esc(who)}:</b> {R(F, page, t)}</p>'

    def cont(page, t):
        return f"<p>{R(F, page, t)}</p>"

    g.REGIONS[(F, 1)] = HALVES

    def hdr(left, right):
        return (f'<div id="hdr"><table><tr><td>{left}</td><td style="text-align:right">{right}</td></tr>'
                '</table></div>')

    p1 = Page(blocks=[Raw(
        hdr("6 March 2019", "Investigatory Powers (Codes of Practice) Regulations 2019")
        + '<div class="col">Grand Committee</div><div class="ttl">Wednesday 6 March 2019</div>'
          '<div class="time">3.45 pm</div>'
          '<div class="ttl">Investigatory Powers (Codes of Practice) Regulations 2019</div>'
          '<div class="mot"><i>Considered in Grand Committee</i></div>'
          '<p class="sp"><b>Moved by Lord Ashwell</b></p><div class="mot">That the Grand Committee do report to '
          'the House that it has considered the Investigatory Powers (Codes of Practice) Regulations 2019.'
          '</div><div class="mot">Relevant document: 34th Report from the Secondary Legislation Scrutiny '
          'Committee</div>'
        + sp(1, "Lord Ashwell (Con)", "My Lords, these regulations bring into force revised codes of practice "
             "under section 241 of the Investigatory Powers Act 2016. Noble Lords will want to know how the "
             "powers are used, so let me give the Committee the figures from the Commissioner" + RSQ + "s "
             "first annual report, covering 2017. In that year " + S("3,535", W_ISS, "total", "2017") +
             " interception warrants were issued.")
        + cont(1, "Communications data are used far more widely. Public authorities obtained " +
               S("757,977", "cd.items", "total", "2017") + " items of such data in 2017. Of that total, law "
               "enforcement bodies accounted for " + S("700,282", "cd.items", "law_enforcement", "2017") +
               ", or " + S("92.6%", "cd.items.share", "law_enforcement", "2017") + ".")
        + sp(1, "Baroness Quillan (LD)", "Will the noble Lord give way? I am grateful. Can he tell the "
             "Committee how many errors there were in that year?")
        + sp(1, "Lord Ashwell", "I can. There were " + S("926", "cd.errors", "total", "2017") +
             " communications data errors in 2017. Across all the powers, the Commissioner investigated " +
             S("thirty-three", INV, "", "2017", value=33) + " possible serious errors and found " +
             S("24", SER, "total", "2017") + " to be serious. I should add that the error rate, at "
             "roughly one in 800 items, is lower than in either of the two previous years.")
        + sp(1, "Baroness Quillan", "My Lords, the Minister says the rate is falling, but the number of "
             "warrants rose by just over " + S("17.5%", W_ISS + ".change", "total", "2017", q="over") +
             " in the same year. That is the largest rise since 2012, when the increase was " +
             S("16%", W_ISS + ".change", "total", "2012") + ".")
        + '<div class="col">GC 212</div>'
        + sp(1, "Lord Ashwell", "The noble Baroness is right about the warrants, and I do not dispute it. The "
             "rise reflects, in part, the second-largest programme of counter-terrorism investigations the "
             "agencies have mounted. Of the warrants issued in 2017, national security accounted for " +
             S("1,219", W_ISS, "national_security", "2017") + " and serious crime for " +
             S("2,306", W_ISS, "serious_crime", "2017") + ".")
        + sp(1, "Lord Kettering (CB)", "My Lords, I served on the Joint Committee on the draft Bill in 2015 "
             "and 2016, and I want to ask about surveillance. The first report of the new Commissioner covers "
             "only nine months. In that period public authorities granted " + S("186", IS, "", PY17) +
             " intrusive surveillance authorisations and " + S("1,453", PI, "", PY17) + " property "
             "interference authorisations.")
        + '<div class="col">GC 213</div>'
        + cont(1, "The Commissioner annualised those figures, to " + S("248", IS + ".annualised", "", "2017") +
               " and " + S("1,937", PI + ".annualised", "", "2017") + " respectively. The comparable figure "
               "for property interference in the last full financial year was " +
               S("1,842", PI, "", FY1617) + ". If that is right, property interference rose by nearly 100 "
               "authorisations a year. Will the Minister explain why?")
        + sp(1, "Lord Ashwell", "I will write to the noble Lord, if I may, on the annualised figures. What I "
             "can say is that errors in the use of these powers were counted for the first time on a "
             "comparable basis: " + S("83", "spci.errors", "total", "2017") + " in 2017.")
        + sp(1, "Lord Kettering", "I thank the Minister. Errors in interception itself are counted "
             "separately, as they have been in every report I have read, for the third decade running. In 2016 warrants in force at the "
             "end of the year were " + S("5.5%", "interception.warrants.in_force.change", "", "2016-12-31") +
             " more numerous than a year before.")
        + '<div class="col">GC 214</div>'
        + sp(1, "Baroness Fairlie of Morven (Lab)", "My Lords, I will be brief, as the Committee has another "
             "instrument at 4.30 pm. Before the 2016 Act, the old Commissioner reported that around 2007 some " +
             S("20,000", DS, "total", "2007", q="approximately") + " directed surveillance authorisations "
             "were being granted each year. By 2016/17 law enforcement alone granted " +
             S("6,237", DS, "law_enforcement", FY1617) + ". That is a fall of about two thirds, and it came "
             "with no change in the law. It shows what oversight can do.")
        + sp(1, "Baroness Fairlie of Morven", "The number of sources is falling too. Law enforcement "
             "authorised " + S("1,958", CHIS, "law_enforcement", "2018") + " covert human intelligence "
             "sources in 2018, according to the report published last week, which the Minister will have "
             "seen.")
        + sp(1, "Lord Ashwell", "My Lords, I am grateful to all noble Lords who have spoken. The noble "
             "Baroness mentioned the 2018 report. It also records " + S("99", "spci.errors", "total", "2018") +
             " errors in the use of surveillance powers, and " + S("eight", SER, "total", "2018") +
             " serious errors, down from " + S("24", SER, "total", "2017") + " the year before. The codes before the "
             "Committee today respond to several of the recommendations made in those reports, and I commend "
             "the regulations to the Committee.")
        + '<p class="sp"><i>Motion agreed.</i></p><div class="time">4.29 pm</div>'
    )])
    return Doc(F, "Grand Committee, 6 March 2019: Investigatory Powers (Codes of Practice) Regulations 2019",
               "House of Lords (corpus imitation)", "Hansard report of a Lords Grand Committee debate",
               "xhtml2pdf", "", [p1], date=(2019, 3, 7), part=PART, style="lords")


# =============================================================================================
# 7. Government response to an e-petition (xhtml2pdf)

STYLES["petition"] = """
@page { size: a4; margin: 54pt 60pt 64pt 60pt;
  @frame footer { -pdf-frame-content: pfoot; left: 60pt; width: 475pt; top: 796pt; height: 30pt; } }
body { font-family: Helvetica; font-size: 10.5pt; line-height: 1.4; }
.site { font-size: 9pt; font-weight: bold; background-color: #0b0c0c; color: #ffffff; padding: 5pt; }
h1 { font-size: 17pt; margin: 8pt 0 4pt 0; }
.lab { font-size: 9pt; color: #505a5f; margin: 0; }
.sig { font-size: 22pt; font-weight: bold; margin: 2pt 0 0 0; }
.box { border: 1pt solid #b1b4b6; padding: 6pt; margin: 8pt 0; }
h2 { font-size: 12.5pt; margin: 10pt 0 4pt 0; }
p.r { text-align: justify; margin: 0 0 6pt 0; }
#pfoot { font-size: 7.5pt; color: #505a5f; }
"""


def doc_petition() -> Doc:
    _start()
    F = "petition-response-publish-how-often-phone-data-is-accessed-petition-301884.pdf"

    def r(page, t):
        return f'<p class="r">{R(F, page, t)}</p>'

    foot = ('<div id="pfoot">petition.parliament.example/petitions/301884 | Printed 22 July 2020 | This petition '
            'ran for 6 months and closed on 9 January 2021.</div>')
    p1 = Page(blocks=[Raw(
        foot + '<div class="site">UK Government and Parliament | Petitions</div>'
        '<h1>Publish every year how often the authorities access people' + RSQ + 's phone data</h1>'
        '<p class="lab">Petition 301884, created by Thomas Ebbrell</p>'
        '<div class="box"><p class="lab">Signatures</p><div class="sig">14,087</div>'
        '<p class="lab">The Government responds to petitions with 10,000 signatures. Parliament considers '
        'every petition with 100,000 signatures for debate.</p></div>'
        '<p class="r">We want the Government to publish, every year, how many times the police and other '
        'bodies looked at people' + RSQ + 's phone records, and how many mistakes they made. At 19 I had my '
        'phone seized for 8 weeks as a witness and never found out what was taken.</p>'
        '<h2>Government responded on 20 July 2020</h2>'
        '<p class="r"><b>These figures are already published every year by the independent Investigatory '
        'Powers Commissioner, whose annual report is laid before Parliament.</b></p>'
        + r(1, "The Commissioner" + RSQ + "s most recent report, for 2019, was published on 16 December 2020 and "
               "sets out how communications data are used. In that year public authorities had " +
               S("200,665", "cd.requests.approved", "", "2019") + " requests for communications data approved. "
               "Local authorities, whose use is most often questioned, obtained " +
               S("1,191", "cd.items.comms_type", "telephony", "2019") + " items of telephony data, " +
               S("164", "cd.items.comms_type", "internet", "2019") + " items of internet data and " +
               S("24", "cd.items.comms_type", "postal", "2019") + " items of postal data.")
        + r(1, "The report is also open about mistakes. Public authorities reported " +
               S("1,063", "cd.errors", "total", "2019") + " communications data errors in 2019, up from " +
               S("903", "cd.errors", "total", "2018") + " the year before. The Commissioner investigated " + S("18", INV, "", "2019") + " of those as "
               "possibly serious and determined that " + S("fourteen", SER, "total", "2019", value=14) +
               " were. Where an error is serious and it is in the public interest, the person affected may be "
               "told, under section 231 of the Investigatory Powers Act 2016.")
        + r(1, "Particular care is taken where journalists are concerned. Applications to identify a "
               "journalist" + RSQ + "s source require a Judicial Commissioner" + RSQ + "s approval; there were " +
               S("15", "cd.applications.journalistic_source", "", "2019") + " such applications in 2019.")
    )])
    p2 = Page(blocks=[Raw(
        foot
        + r(2, "Covert human intelligence sources are also reported. In 2019 law enforcement agencies "
               "authorised " + S("1,866", CHIS, "law_enforcement", "2019") + " sources, and other public "
               "authorities " + S("11", CHIS, "other_public_authorities", "2019") + ". Interception errors, "
               "for their part, numbered " + S("24", "interception.errors", "", "2019") + ", all reported by law "
               "enforcement agencies.")
        + r(2, "The Commissioner" + RSQ + "s inspectors visit public authorities to check their compliance. In "
               "2019, " + S("13", "public_authorities.inspected", "", "2019") + " public authorities other "
               "than law enforcement agencies were inspected for their use of communications data.")
        + '<p class="r">The Government therefore does not intend to introduce a separate publication. The '
          'Commissioner' + RSQ + 's reports are available free of charge, and paper copies can be bought '
          'from the Stationery Office (ISBN 978-1-5286-2214-8, £43.50).</p>'
        '<p class="r"><i>Home Office</i></p>'
        '<h2>Share this petition</h2><p class="r">Email | Facebook | Twitter | WhatsApp</p>'
        '<p class="lab">This response was given 11 days after the petition reached 10,000 signatures.</p>'
    )])
    return Doc(F, "Petition 301884: Publish every year how often the authorities access people's phone data",
               "UK Parliament Petitions (corpus imitation)", "Government response to an e-petition",
               "xhtml2pdf", "", [p1, p2], date=(2020, 7, 22), part=PART, style="petition")


def dev13_builders() -> list:
    return [doc_skeleton, doc_shadow, doc_litreview, doc_review, doc_qa, doc_lords, doc_petition]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
