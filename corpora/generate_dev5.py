#!/usr/bin/env python3
"""Fifth development part of the labelled corpus: corpora/dev5/ (PDFs and gold.csv).

Rendered by corpora/generate.py (``dev5_builders()``) with the same machinery as the other parts,
so each gold row is emitted by the code that draws its number and the same self-check re-reads
every PDF:

    .venv/bin/python corpora/generate.py           # every part
    .venv/bin/python corpora/generate_dev5.py      # this part only (same bytes, same gold.csv)

Seven documents in genres and layouts none of the earlier parts uses: a two-column academic
paper (text flowing from one column into the next, a results table inside a column, statistics
in footnotes, equation and citation numbers), a press office's media-monitoring digest (news
items as cards in a two-column grid, headlines that carry numbers, reach and time-stamps), a
landscape statistical table that runs over two pages with its header repeated, a charity
infographic drawn with matplotlib (big numbers, a donut with its total in the hole, bars, icon
tiles), an ICO-style decision notice on a freedom-of-information complaint (numbered paragraphs,
a key/value header table, the cost limit in pounds), a printed e-mail thread (message headers,
a plain-text reply quoted with ">" lines, "- " list lines and a pasted monospaced table), and a
police FOI response set as a ruled question/response grid whose response cells hold prose and a
small table.

This part was written to be scored once, before any rule is tuned on it (see corpora/README.md).

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The organisations
(journal authors, press office, charity, police force, e-mail correspondents) are fictional and
give no figures of their own.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from types import SimpleNamespace

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import (
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

PART = "dev5"
EN = "\u2013"
MINUS = "\u2212"


def _start() -> None:
    # literal HTML blocks record their rows while the document is built
    g.CURRENT_PART[0] = PART


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def rec(fname: str, page: int, template: str, method: str = "sentence") -> str:
    """Record every statistic of an HTML template with its sentence; superscript markers
    (<sup>…</sup>) are left out of the quote, as the self-check and the pipeline drop them."""
    mk, _, _ = g.html_expand(template)
    _, plain, hits = g.expand(re.sub(r"<sup[^>]*>.*?</sup>", "", template))
    for st, a, b in hits:
        g.record(fname, page, st, method, g.sentence_quote(plain, a, b))
    return mk


def blocks_html(fname: str, page: int, blocks: list) -> str:
    """HTML of generate.py blocks (HTable, Para, Heading ...), recorded on `page`."""
    ns = SimpleNamespace(filename=fname)
    return "".join(g.html_block(ns, page, b) for b in blocks)


g.HTML_STYLES.setdefault("paper", """
body { font-family: 'Liberation Serif', serif; font-size: 9.6pt; line-height: 1.32; color: #000; }
h1 { font-size: 16.5pt; text-align: center; margin: 0 0 5pt 0; font-weight: bold; }
h2 { font-size: 10.5pt; margin: 7pt 0 3pt 0; }
h3 { font-size: 9.8pt; margin: 6pt 0 2pt 0; font-style: italic; }
.auth { text-align: center; font-size: 10pt; margin-bottom: 2pt; }
.aff { text-align: center; font-size: 8pt; margin-bottom: 2pt; }
.abs { margin: 8pt 28pt 9pt 28pt; font-size: 8.8pt; text-align: justify; }
.kw { margin: 0 28pt 8pt 28pt; font-size: 8.3pt; }
.twocol { column-count: 2; column-gap: 18pt; column-fill: balance; }

.twocol p { text-align: justify; margin: 0 0 5pt 0; break-inside: avoid; }
.twocol table { break-inside: avoid; }
.eq { text-align: center; margin: 4pt 0 6pt 0; font-style: italic; }
.eq span { float: right; font-style: normal; }
table.paper { font-size: 8.4pt; margin: 4pt 0 2pt 0; border-top: 1pt solid #000; border-bottom: 1pt solid #000; }
table.paper th { background: none; border-bottom: 0.6pt solid #000; padding: 1.5pt 7pt 1.5pt 0; }
table.paper td { padding: 1.2pt 7pt 1.2pt 0; }
.cap { font-style: normal; font-size: 8.3pt; }
.fn { font-size: 7.2pt; }
.refs p { font-size: 8pt; margin-bottom: 2pt; text-indent: -12pt; padding-left: 12pt; }
""")
g.HTML_STYLES.setdefault("digest", """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.38; color: #1c1c1c; }
h1 { font-size: 17pt; margin: 0 0 2pt 0; color: #004b5a; }
h2 { font-size: 12.5pt; margin: 8pt 0 4pt 0; color: #004b5a; }
.mast { border-bottom: 2pt solid #004b5a; padding-bottom: 4pt; margin-bottom: 8pt; font-size: 8pt; color: #444; }
.grid { display: grid; grid-template-columns: 225pt 225pt; column-gap: 18pt; row-gap: 9pt; }
.card { border: 0.6pt solid #9bb; padding: 5pt 7pt; background: #f6fafa; }
.card .src { font-size: 7.5pt; color: #555; text-transform: uppercase; letter-spacing: 0.3pt; }
.card .hl { font-size: 11pt; font-weight: bold; line-height: 1.22; margin: 2pt 0 4pt 0; }
.card p { margin: 0 0 3pt 0; }
.card .ft { font-size: 7.3pt; color: #666; }
""")
g.HTML_STYLES.setdefault("landscape", """
@page { size: A4 landscape; margin: 0; }
.page { width: 297mm; height: 210mm; padding: 16mm 16mm 16mm 16mm; }
.rh { left: 16mm; right: 16mm; top: 7mm; }
.pn { left: 16mm; right: 16mm; bottom: 7mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; line-height: 1.3; color: #111; }
h1 { font-size: 13pt; margin: 0 0 4pt 0; }
table.stat { font-size: 8.6pt; margin: 2pt 0 4pt 0; width: 100%; }
table.stat th { background: #dfe6ee; border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000;
                padding: 2pt 4pt; text-align: right; }
table.stat th.l, table.stat td.l { text-align: left; }
table.stat td { padding: 1.6pt 4pt; border-bottom: 0.3pt solid #ccc; text-align: right; }
table.stat td.rn { color: #666; text-align: left; width: 18pt; }
table.stat tr.sec td { font-weight: bold; background: #f1f1f1; text-align: left; }
.notes { font-size: 7.8pt; } .notes p { margin: 0 0 1.5pt 0; }
""")
g.HTML_STYLES.setdefault("email", """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; line-height: 1.36; color: #202020; }
.bar { font-size: 8pt; color: #666; border-bottom: 0.6pt solid #bbb; padding-bottom: 2pt; margin-bottom: 8pt; }
.subj { font-size: 14pt; font-weight: bold; margin: 0 0 6pt 0; }
.hdr { font-size: 8.6pt; margin-bottom: 8pt; } .hdr div { margin: 0 0 1pt 0; }
.hdr b { display: inline-block; width: 42pt; }
.sig { font-size: 8.4pt; color: #444; margin: 6pt 0 8pt 0; }
.orig { border-top: 0.6pt solid #bbb; padding-top: 5pt; margin-top: 8pt; }
pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.2pt; line-height: 1.35; margin: 4pt 0 8pt 0;
      white-space: pre; }
.disc { font-size: 7pt; color: #777; border-top: 0.4pt solid #ccc; padding-top: 3pt; margin-top: 8pt; }
""")
g.HTML_STYLES.setdefault("foigrid", """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.3pt; line-height: 1.34; color: #111; }
.lh { font-size: 8.3pt; color: #333; }
.lh .force { font-size: 15pt; font-weight: bold; color: #14305a; }
table.qa { border-collapse: collapse; margin: 6pt 0 6pt 0; font-size: 9pt; }
table.qa > tbody > tr > td, table.qa > tbody > tr > th { border: 0.7pt solid #555; padding: 4pt 6pt; vertical-align: top; }
table.qa > tbody > tr > th { background: #dde3ec; }
table.qa td.q { width: 138pt; }
table.qa td.r { width: 308pt; }
table.qa p { margin: 0 0 4pt 0; }
table.inner { margin: 3pt 0 3pt 0; font-size: 8.6pt; }
table.inner td, table.inner th { border: 0.5pt solid #888; padding: 1.5pt 6pt; }
""")


# =============================================================================================
# 1. Two-column academic paper (Chromium): text flows from the left column into the right one,
#    a booktabs-style table inside a column, numbered sections, an equation number, citation
#    numbers in square brackets, statistics in footnotes, a DOI and received/accepted dates

def twocol(fname: str, page: int, blocks: list, cls: str = "") -> Raw:
    """Blocks set in two flowing columns; the columns' halves are registered for the self-check."""
    g.REGIONS[(fname, page)] = [(0, 0, 297, 841), (297, 0, 594, 841)]
    return Raw(f'<div class="twocol {cls}">' + blocks_html(fname, page, blocks) + "</div>")


def praw(fname: str, page: int, template: str, cls: str = "") -> Raw:
    mk = rec(fname, page, template)
    return Raw(f'<p class="{cls}">{mk}</p>' if cls else f"<p>{mk}</p>")


def footnotes(fname: str, page: int, notes: list) -> Raw:
    return Raw('<div class="fn">' + "".join(f"<p>{rec(fname, page, t)}</p>" for t in notes) + "</div>")


def doc_paper() -> Doc:
    _start()
    F = "paper-counting-the-warrants-two-column-2022.pdf"
    p1 = Page(printed="412", header=True, blocks=[
        Heading("Counting the warrants: what a decade of oversight statistics shows", size=16.5),
        Raw('<div class="auth">M. Adeyemi<sup>a</sup> and H. Lindqvist<sup>b</sup></div>'
            '<div class="aff">a School of Law, University of Northbridge; b Department of Politics, Eastmoor '
            'University. Received 12 January 2022; accepted 3 May 2022. DOI 10.5555/sls.2022.0417</div>'),
        praw(F, 1, "<b>Abstract.</b> We assemble the interception and communications data statistics published "
             "by the Interception of Communications Commissioner and the Investigatory Powers Commissioner for "
             "2012 to 2019. Interception warrants rose from " + S("3,372", "interception.warrants.issued", "total",
                                                                  "2012") +
             " in 2012 to " + S("3,535", "interception.warrants.issued", "total", "2017") + " in 2017, and "
             + S("808,214", "cd.items", "total", "2018") + " items of communications data were obtained in 2018. "
             "We argue that the error series measure reporting practice rather than error rates.", cls="abs"),
        Raw('<div class="kw"><b>Keywords:</b> surveillance; oversight; official statistics; Investigatory Powers '
            'Act 2016; JEL K14</div>'),
        twocol(F, 1, [
            Heading("1 Introduction", size=12.5),
            Para("Since the Regulation of Investigatory Powers Act 2000 [1] the Commissioners have published "
                 "annual counts of the warrants and requests they oversee. These counts are cited in debates, "
                 "in litigation [2, 3] and in the press, yet they have rarely been assembled into one series. "
                 "Section 2 describes the data, Section 3 the results and Section 4 the limits of the exercise."),
            Para("Our interest is practical. A reader who wants to know whether surveillance is growing must "
                 "compare figures across a change of regime in 2017, when the Investigatory Powers Commissioner "
                 "took over from three predecessor bodies, and across changes in the unit counted."),
            Heading("2 Data and method", size=12.5),
            praw(F, 1, "We take each figure from the report that first published it (Table 1 in the online appendix). "
                 "Where a later report revises a figure we keep both. The report for 2016 is the clearest case: "
                 "its errors chapter gives " + S("1,101", "cd.errors", "total", "2016") +
                 " communications data errors, while the covering letter gives "
                 + S("1,200", "cd.errors", "total", "2016") + ".<sup class=\"m\">1</sup>"),
            Para("Annual change is computed as the difference between consecutive years divided by the earlier "
                 "year, as in Eq. (1), and is reported only where the Commissioner published it."),
            Raw('<div class="eq">r<sub>t</sub> = (x<sub>t</sub> \u2212 x<sub>t\u22121</sub>) / '
                'x<sub>t\u22121</sub><span>(1)</span></div>'),
            praw(F, 1, "Counts of inspections and of warrants examined come from the inspection chapters of each "
                 "report.<sup class=\"m\">2</sup> We exclude the bulk powers, for which no comparable series "
                 "exists before 2018, and the 48 figures in the reports that concern single agencies."),
            Para("All counts are for calendar years unless stated. The reports for 2006 and 2007 cover "
                 "shorter periods and are set aside here; we return to them in a companion paper [4]."),
        ]),
        footnotes(F, 1, [
            "<sup>1</sup> IOCCO, Report for 2016, HC 297, paras 8.1\u20138.9 and p. 2.",
            "<sup>2</sup> In 2016 the inspectors examined " + S("970", "interception.warrants.examined", "", "2016") +
            " interception warrants and carried out " + S("166", "inspections", "total", "2016") +
            " inspections in all.",
        ]),
    ])
    p2 = Page(printed="413", header=True, blocks=[
        twocol(F, 2, [
            Heading("3 Results", size=12.5),
            Heading("3.1 Interception warrants", size=10),
            Para("The number of warrants fell by " + S("19%", "interception.warrants.issued.change", "total", "2013", value=-19) +
                 " in 2013, to " + S("2,760", "interception.warrants.issued", "total", "2013") +
                 ", recovered to " + S("2,795", "interception.warrants.issued", "total", "2014") +
                 " in 2014 and reached " + S("3,059", "interception.warrants.issued", "total", "2015") +
                 " in 2015, an increase of " + S("9%", "interception.warrants.issued.change", "total", "2015") +
                 " [5]."),
            Para("In 2016 the total was " + S("3,007", "interception.warrants.issued", "total", "2016") +
                 ". The first report of the new Commissioner then recorded a rise of "
                 + S("17.5%", "interception.warrants.issued.change", "total", "2017") + ", to "
                 + S("3,535", "interception.warrants.issued", "total", "2017") + " warrants in 2017 [6]."),
            Para("Table 2 shows that the balance between purposes moved little. Serious crime accounts for about "
                 "two thirds of warrants in each year for which a split was published."),
            HTable([["Purpose", "2014", "2015", "2017"],
                    ["Serious crime", (S("68", "interception.warrants.issued.share", "serious_crime", "2014"), 'class="n"'),
                     (S("65", "interception.warrants.issued.share", "serious_crime", "2015"), 'class="n"'),
                     (S("65.22", "interception.warrants.issued.share", "serious_crime", "2017"), 'class="n"')],
                    ["National security", (S("31", "interception.warrants.issued.share", "national_security", "2014"),
                                           'class="n"'),
                     (S("34", "interception.warrants.issued.share", "national_security", "2015"), 'class="n"'),
                     (S("34.5", "interception.warrants.issued.share", "national_security", "2017"), 'class="n"')],
                    ["Combination", (S("1", "interception.warrants.issued.share", "combination", "2014"), 'class="n"'),
                     (S("1", "interception.warrants.issued.share", "combination", "2015"), 'class="n"'),
                     (EN, 'class="n"')]],
                   caption="Table 2. Interception warrants by statutory purpose (% of warrants issued).",
                   caption_above=True, cls="paper"),
            Para("Source: IOCCO reports for 2014 and 2015; IPCO report for 2017, Figure 3. \u2013 no split "
                 "published.", size=8),
            Heading("3.2 Communications data", size=10),
            Para("Reported communications data errors numbered " + S("979", "cd.errors", "total", "2012") +
                 " in 2012 and " + S("970", "cd.errors", "total", "2013") + " in 2013; the series then jumps to "
                 + S("1,199", "cd.errors", "total", "2015") + " in 2015 [7]."),
            praw(F, 2, "Public authorities were responsible for " + S("87.5%", "cd.errors.share", "public_authorities",
                                                                  "2013") +
                 " of the 2013 errors.<sup class=\"m\">3</sup> In 2012 roughly "
                 + S("80%", "cd.errors.share", "public_authorities", "2012", q="approximately") +
                 " had been attributed to public authorities. Service providers caused the remaining "
                 + S("20%", "cd.errors.share", "csp", "2012") + "."),
            Para("The unit changes twice in our period, from requests to notices and authorisations and then to "
                 "items, so the levels in Table 3 cannot be joined to the earlier ones (see Section 4.2)."),
        ], cls="p2"),
        footnotes(F, 2, [
            "<sup>3</sup> Report for 2013, HC 1184, para. 4.48; " + S("seven", "errors.serious.determined", "total",
                                                                       "2013") +
            " of the errors that year were judged very serious.",
        ]),
    ])
    p3 = Page(printed="414", header=True, blocks=[
        twocol(F, 3, [
            HTable([["Year", "Items", "Source"],
                    ["2015", (S("761,702", "cd.items", "total", "2015"), 'class="n"'), "IOCCO 2016, p. 31"],
                    ["2016", (S("754,559", "cd.items", "total", "2016"), 'class="n"'), "IOCCO 2017, p. 44"],
                    ["2017", (S("757,977", "cd.items", "total", "2017"), 'class="n"'), "IPCO 2017, Annex A"],
                    ["2018", (S("808,214", "cd.items", "total", "2018"), 'class="n"'), "IPCO 2018, p. 135"]],
                   caption="Table 3. Items of communications data obtained, 2015\u20132018.", caption_above=True,
                   cls="paper"),
            Heading("3.3 Errors and their seriousness", size=10),
            Para("The new Commissioner investigated " + S("33", "errors.serious.investigations", "", "2017") +
                 " possible serious errors in 2017 and determined that " +
                 S("24", "errors.serious.determined", "total", "2017") + " were serious; in 2018 it determined "
                 + S("eight", "errors.serious.determined", "total", "2018") + ", and in 2019 "
                 + S("fourteen", "errors.serious.determined", "total", "2019") + " after "
                 + S("18", "errors.serious.investigations", "", "2019") + " investigations [8]."),
            Para("Interception errors ran at " + S("57", "interception.errors", "", "2013") + " in 2013, "
                 + S("60", "interception.errors", "", "2014") + " in 2014 and "
                 + S("62", "interception.errors", "", "2015") + " in 2015, but fell to "
                 + S("13", "interception.errors", "", "2018") + " in 2018 before rising to "
                 + S("24", "interception.errors", "", "2019") + " in 2019."),
            Heading("4 Discussion", size=12.5),
            praw(F, 3, "Three cautions follow. First, the reports describe an oversight remit of more than "
                 + S("600", "context.public_authorities", "", "2021", q="over") +
                 " public authorities in 2021, but most figures concern a handful of them.<sup class=\"m\">4</sup> "
                 "Second, the units change. Third, revisions are common and rarely flagged."),
            Para("None of this makes the series useless. It makes the provenance of each figure part of the "
                 "figure, which is the argument of Section 2.2 and of our data appendix (version 1.3)."),
            Heading("References", size=12.5),
            Raw('<div class="refs"><p>[1] Regulation of Investigatory Powers Act 2000, c. 23.</p>'
                "<p>[2] Big Brother Watch v United Kingdom (2021) App. nos. 58170/13, 62322/14, 24960/15.</p>"
                "<p>[3] Liberty v Secretary of State [2019] EWHC 2057 (Admin).</p>"
                "<p>[4] Adeyemi, M. (2021) \u2018Nine months of data\u2019, Surveillance Law Studies 7(2), 88\u2013104.</p>"
                "<p>[5] IOCCO (2016) Report of the Interception of Communications Commissioner, HC 297, pp. 12\u201319.</p>"
                "<p>[6] IPCO (2019) Annual Report 2017, HC 1780, ch. 8.</p>"
                "<p>[7] IOCCO (2015) Report, HC 1113, section 7.</p>"
                "<p>[8] IPCO (2021) Annual Report 2019, HC 1039, paras 18.1\u201318.9.</p></div>"),
        ], cls="p3"),
        footnotes(F, 3, [
            "<sup>4</sup> Law enforcement agencies obtained " + S("700,282", "cd.items", "law_enforcement", "2017") +
            " items in 2017, " + S("92.6%", "cd.items.share", "law_enforcement", "2017") + " of the total.",
        ]),
    ])
    return Doc(F, "Counting the warrants: what a decade of oversight statistics shows", "M. Adeyemi; H. Lindqvist",
               "Journal article", "chromium", "Surveillance Law Studies 8(3) 412\u2013428 (2022)", [p1, p2, p3],
               number_style="foot", date=(2022, 9, 1), part=PART, style="paper")


# =============================================================================================
# 2. Press office media-monitoring digest (Chromium): news items as cards in a two-column grid,
#    outlet / page / time lines, headlines that carry numbers, reach and mention counts

def card(fname: str, page: int, src: str, headline: str, body: str, foot: str) -> str:
    return (f'<div class="card"><div class="src">{esc(src)}</div><div class="hl">{rec(fname, page, headline)}</div>'
            f'<p>{rec(fname, page, body)}</p><div class="ft">{esc(foot)}</div></div>')


def grid(fname: str, page: int, cards: list) -> Raw:
    g.REGIONS[(fname, page)] = [(0, 0, 297, 841), (297, 0, 594, 841)]
    return Raw('<div class="grid">' + "".join(cards) + "</div>")


def doc_digest() -> Doc:
    _start()
    F = "media-digest-commissioner-report-2018-coverage.pdf"
    p1 = Page(printed="Page 1 of 2", header=False, blocks=[
        Raw('<div class="mast">PRESS OFFICE \u00b7 MEDIA MONITORING \u00b7 Issue 412 \u00b7 Wednesday 4 March 2020 '
            '\u00b7 compiled 06:45 \u00b7 OFFICIAL \u2013 not for onward circulation</div>'),
        Heading("Coverage: Investigatory Powers Commissioner\u2019s report for 2018", size=17),
        Para("Summary: 14 print items, 23 online items and 6 broadcast mentions since the report was laid at "
             "09:30 yesterday. Estimated reach 4.1m. Tone mostly neutral (9 of 14 print items).", size=8.6),
        grid(F, 1, [
            card(F, 1, "The Guardian \u00b7 p. 9 \u00b7 online 00:01",
                 "Watchdog: " + S("808,214", "cd.items", "total", "2018") + " items of data obtained in 2018",
                 "The report blames single points of contact for " + S("381", "cd.errors", "spoc", "2018") +
                 " errors and applicants for " + S("360", "cd.errors", "applicant", "2018") + ".",
                 "Reach 1.2m \u00b7 Tone: neutral \u00b7 Item 1 of 10"),
            card(F, 1, "The Times \u00b7 p. 4",
                 "Fewer serious surveillance errors, says watchdog",
                 "The Commissioner found " + S("eight", "errors.serious.determined", "total", "2018") +
                 " serious errors in 2018, against " + S("24", "errors.serious.determined", "total", "2017") +
                 " in 2017. Phone companies were responsible for " + S("140", "cd.errors", "csp", "2018") +
                 " errors.",
                 "Reach 0.9m \u00b7 Tone: positive \u00b7 Item 2 of 10"),
            card(F, 1, "Daily Telegraph \u00b7 p. 2",
                 S("1,320", "cd.applications.sensitive_profession", "total", "2018") +
                 " requests touched journalists, lawyers and doctors",
                 "Of the applications about sensitive professions in 2018, " +
                 S("203", "cd.applications.sensitive_profession", "journalist", "2018") + " concerned journalists "
                 "and " + S("234", "cd.applications.sensitive_profession", "lawyer", "2018") +
                 " lawyers. Medical doctors were the largest group, with "
                 + S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018") + ".",
                 "Reach 0.7m \u00b7 Tone: negative \u00b7 Item 3 of 10"),
            card(F, 1, "BBC News online \u00b7 06:00",
                 "Police relied on informants \u2018thousands of times\u2019",
                 "Law enforcement agencies were granted " + S("1,958", "chis.authorisations", "law_enforcement",
                                                              "2018") +
                 " authorisations for covert human intelligence sources in 2018.",
                 "Reach 2.3m \u00b7 Tone: neutral \u00b7 Item 4 of 10"),
            card(F, 1, "Computer Weekly \u00b7 08:30",
                 "Councils made " + S("647", "cd.items.data_type", "subscriber", "2018") + " subscriber checks",
                 "Local authorities obtained " + S("87", "cd.items.data_type", "service_use", "2018") +
                 " items of service use information in 2018 and " + S("no", "cd.items.data_type", "traffic",
                                                                      "2018") +
                 " traffic data, according to Figure 15 of the report.",
                 "Reach 0.1m \u00b7 Tone: neutral \u00b7 Item 5 of 10"),
            card(F, 1, "Law Society Gazette \u00b7 p. 11",
                 "Privilege: " + S("76", "lpp.applications.approved", "", "2018") + " of " +
                 S("77", "lpp.applications.made", "", "2018") + " applications approved",
                 "All but one of the applications to retain legally privileged material were approved, the "
                 "Commissioner said.",
                 "Reach 0.05m \u00b7 Tone: neutral \u00b7 Item 6 of 10"),
        ]),
    ])
    p2 = Page(printed="Page 2 of 2", header=False, blocks=[
        grid(F, 2, [
            card(F, 2, "Press Gazette \u00b7 07:10",
                 "Sensitive professions: the full breakdown",
                 "Applications about Members of Parliament numbered "
                 + S("113", "cd.applications.sensitive_profession", "member_of_parliament", "2018") +
                 " in 2018 and those about ministers of religion "
                 + S("272", "cd.applications.sensitive_profession", "minister_of_religion", "2018") + ".",
                 "Reach 0.2m \u00b7 Tone: negative \u00b7 Item 7 of 10"),
            card(F, 2, "The Register \u00b7 09:15",
                 "Telephony dominates council data requests",
                 "Telephony related data made up " + S("92%", "cd.items.comms_type.share", "telephony", "2018") +
                 " of local authority items in 2018 (" + S("678", "cd.items.comms_type", "telephony", "2018") +
                 " items).",
                 "Reach 0.3m \u00b7 Tone: neutral \u00b7 Item 8 of 10"),
            card(F, 2, "Local Government Chronicle \u00b7 p. 6",
                 "Public bodies reported " + S("99", "spci.errors", "total", "2018") + " surveillance errors",
                 "Directed surveillance accounted for " + S("59", "spci.errors", "directed_surveillance", "2018") +
                 " of the errors in 2018 and property interference for "
                 + S("23", "spci.errors", "property_interference", "2018") + "; "
                 + S("14", "spci.errors", "chis", "2018") + " involved CHIS and "
                 + S("3", "spci.errors", "intrusive_surveillance", "2018") + " intrusive surveillance. "
                 "The year before, " + S("83", "spci.errors", "total", "2017") + " were reported.",
                 "Reach 0.04m \u00b7 Tone: neutral \u00b7 Item 9 of 10"),
            card(F, 2, "Financial Times \u00b7 p. 3",
                 "Urgent route used for " + S("8%", "interception.warrants.urgent.share", "", "2018") +
                 " of police intercepts",
                 "Law enforcement agencies reported " + S("13", "interception.errors", "", "2018") +
                 " relevant interception errors in 2018.",
                 "Reach 0.8m \u00b7 Tone: neutral \u00b7 Item 10 of 10"),
        ]),
        Heading("Broadcast", size=12.5),
        Para("BBC Radio 4 Today, 07:32 (2 min 40 s); Sky News, 11:05; LBC, 13:20 (phone-in, 12 calls); "
             "BBC Radio 5 Live, 17:45. Transcripts on request.", size=8.6),
        Heading("Social media", size=12.5),
        Para("1,420 posts mentioned the report in 24 hours; the most shared (3,100 shares) was the Guardian "
             "item. No ministerial lines were challenged.", size=8.6),
        Para("Compiled by the Press Office, 2 Marsham Street, London SW1P 4DF. Duty press officer 020 7035 3535. "
             "Next digest 4 March 2020, 17:00.", size=7.8),
    ])
    return Doc(F, "Media digest: coverage of the Commissioner's report for 2018", "Press Office",
               "Media monitoring digest", "chromium", "", [p1, p2], number_style="foot", date=(2020, 3, 4),
               part=PART, style="digest")


# =============================================================================================
# 3. Landscape statistical table over two pages (Chromium): years as columns, row numbers, a
#    repeated header on the continuation page, note markers in header cells and in a value
#    cell, ".." for not available, signed changes with a minus sign, notes that carry a figure

def _n(ph: str):
    return (ph, 'class="n"')


NA = ".."


def doc_stat_tables() -> Doc:
    _start()
    F = "statistical-tables-investigatory-powers-2012-2019.pdf"
    head = ["", "Measure", "2012", "2013", "2014", "2015", "2016", "2017 (b)", "2018", "2019 (c)"]

    def hd():
        return [(h, 'class="l"' if i < 2 else "") for i, h in enumerate(head)]

    def row(num, label, cells):
        return [(str(num), 'class="rn"'), (label, 'class="l"')] + [_n(c) for c in cells]

    W = "interception.warrants.issued"
    rows1 = [
        hd(),
        [("A. Interception", 'colspan="10" class="l" style="font-weight:bold"')],
        row(1, "Interception warrants issued",
            [S("3,372", W, "total", "2012"), S("2,760", W, "total", "2013"), S("2,795", W, "total", "2014"),
             S("3,059", W, "total", "2015"), S("3,007", W, "total", "2016"), S("3,535", W, "total", "2017"), NA, NA]),
        row(2, "Change on previous year (%)",
            [S("+16", W + ".change", "total", "2012", value=16), S(MINUS + "19", W + ".change", "total", "2013",
                                                                  value=-19),
             NA, S("+9", W + ".change", "total", "2015", value=9), NA,
             S("+17.5", W + ".change", "total", "2017", value=17.5), NA, NA]),
        row(3, "Issued for serious crime (%)",
            [NA, NA, S("68", W + ".share", "serious_crime", "2014"), S("65", W + ".share", "serious_crime", "2015"),
             NA, S("65.22", W + ".share", "serious_crime", "2017"), NA, NA]),
        row(4, "Issued for national security (%)",
            [NA, NA, S("31", W + ".share", "national_security", "2014"),
             S("34", W + ".share", "national_security", "2015"), NA,
             S("34.5", W + ".share", "national_security", "2017"), NA, NA]),
        row(5, "Issued for a combination of purposes (%)",
            [NA, NA, S("1", W + ".share", "combination", "2014"), S("1", W + ".share", "combination", "2015"),
             NA, NA, NA, NA]),
        row(6, "Approved under the urgency procedure (%)",
            [NA, NA, NA, S("2.5", "interception.warrants.urgent.share", "", "2015"),
             S("2.2", "interception.warrants.urgent.share", "", "2016"), NA, NA, NA]),
        row(7, "Approved under the urgency procedure (number)",
            [NA, NA, NA, NA, S("67", "interception.warrants.urgent", "", "2016"), NA, NA, NA]),
        row(8, "Applications refused by Secretaries of State",
            [NA, NA, NA, NA, S("5", "interception.warrants.refused", "", "2016"), NA, NA, NA]),
        row(9, "Warrants examined at inspection",
            [NA, S("600", "interception.warrants.examined", "", "2013"), NA,
             S("1,148", "interception.warrants.examined", "", "2015"),
             S("970", "interception.warrants.examined", "", "2016"), NA, NA, NA]),
        row(10, "Interception errors reported",
            [NA, S("57", "interception.errors", "", "2013"), S("60", "interception.errors", "", "2014"),
             S("62", "interception.errors", "", "2015"), NA, NA, S("13", "interception.errors", "", "2018"),
             S("24", "interception.errors", "", "2019")]),
    ]
    rows2 = [
        hd(),
        [("B. Communications data", 'colspan="10" class="l" style="font-weight:bold"')],
        row(11, "Items of communications data obtained",
            [NA, NA, NA, S("761,702", "cd.items", "total", "2015"), S("754,559", "cd.items", "total", "2016"),
             S("757,977", "cd.items", "total", "2017"), S("808,214", "cd.items", "total", "2018"), NA]),
        row(12, "Communications data errors",
            [S("979", "cd.errors", "total", "2012"), S("970", "cd.errors", "total", "2013"), NA,
             S("1,199", "cd.errors", "total", "2015"), S("1,101", "cd.errors", "total", "2016") + " (d)",
             S("926", "cd.errors", "total", "2017"), NA, S("1,063", "cd.errors", "total", "2019")]),
        row(13, "of which caused by public authorities (%)",
            [S("80", "cd.errors.share", "public_authorities", "2012"),
             S("87.5", "cd.errors.share", "public_authorities", "2013"), NA, NA, NA, NA, NA, NA]),
        row(14, "of which caused by service providers (%)",
            [S("20", "cd.errors.share", "csp", "2012"), S("12.5", "cd.errors.share", "csp", "2013"), NA, NA,
             S("11.6", "cd.errors.share", "csp", "2016"), NA, NA, NA]),
        row(15, "Urgent oral applications",
            [NA, S("42,293", "cd.urgent_oral", "", "2013"), S("55,346", "cd.urgent_oral", "", "2014"),
             NA, NA, NA, NA, NA]),
        row(16, "Urgent oral process, share of items (%)",
            [NA, NA, NA, S("11", "cd.urgent_oral.share", "", "2015"), S("10", "cd.urgent_oral.share", "", "2016"),
             NA, NA, NA]),
        row(17, "Communications data inspections",
            [S("42", "inspections", "communications_data", "2012"), NA, NA,
             S("72", "inspections", "communications_data", "2015"), NA, NA, NA, NA]),
        row(18, "Applications about sensitive professions",
            [NA, NA, NA, NA, S("948", "cd.applications.sensitive_profession", "total", "2016"), NA,
             S("1,320", "cd.applications.sensitive_profession", "total", "2018"), NA]),
        [("C. Errors", 'colspan="10" class="l" style="font-weight:bold"')],
        row(19, "Serious error investigations",
            [NA, NA, NA, NA, S("29", "errors.serious.investigations", "", "2016"),
             S("33", "errors.serious.investigations", "", "2017"), NA,
             S("18", "errors.serious.investigations", "", "2019")]),
        row(20, "Errors determined to be serious",
            [NA, S("7", "errors.serious.determined", "total", "2013"), NA, NA, NA,
             S("24", "errors.serious.determined", "total", "2017"), S("8", "errors.serious.determined", "total",
                                                                         "2018"),
             S("14", "errors.serious.determined", "total", "2019")]),
    ]
    widths = [18, 215] + [58] * 8
    p1 = Page(printed="Page 14", header=True, blocks=[
        Heading("Table 4.1 Interception and communications data, United Kingdom, 2012 to 2019 (a)", size=13),
        HTable(rows1, header_rows=1, cls="stat", widths=widths),
        Raw('<div class="notes"><p>Continued on the next page. Notes (a) to (d) are on page 15.</p>'
            "<p>.. not available or not published for that year.</p></div>"),
    ])
    p2 = Page(printed="Page 15", header=True, blocks=[
        Heading("Table 4.1 (continued) Interception and communications data, United Kingdom, 2012 to 2019 (a)",
                size=13),
        HTable(rows2, header_rows=1, cls="stat", widths=widths),
        Raw('<div class="notes">'
            "<p>(a) Calendar years. Figures for 2006 to 2011 are in Table 4.2; periods of 9 and 3 months are shown "
            "there separately.</p>"
            "<p>(b) First year reported by the Investigatory Powers Commissioner (IPC).</p>"
            "<p>(c) Row 10: relevant errors reported by law enforcement agencies only.</p>"
            f"<p>{rec(F, 2, '(d) The covering letter to the report for 2016 gives ' + S('1,200', 'cd.errors', 'total', '2016') + ' errors.')}</p>"
            "<p>Source: IOCCO reports for 2012 to 2016; IPC annual reports for 2017 to 2019. Next update: "
            "29 January 2026. Enquiries: statistics@example.gov.uk, 020 7946 0418.</p></div>"),
    ])
    return Doc(F, "Investigatory powers statistics: Table 4.1 (2012 to 2019)", "Corpus imitation",
               "Statistical tables", "chromium", "Investigatory powers statistics \u2013 tables, section 4",
               [p1, p2], number_style="foot", date=(2025, 1, 29), part=PART, style="landscape")


# =============================================================================================
# 4. Charity infographic (matplotlib, a producer no other part uses): big numbers with drawn
#    icons, a donut with its total in the hole and labels round it, horizontal bars with values at
#    their ends, a stacked bar with a key, icon tiles; charity number and poster reference

class MplPage:
    def __init__(self, draw):
        self.draw = draw


def matplotlib_renderer(module: str, figsize=lambda page: (8.27, 11.69)):
    """A renderer drawing each page's blocks on a matplotlib figure (A4 portrait unless
    figsize(page) says otherwise), written deterministically (no creation date); its Creator
    names the generating module."""
    def render(doc: Doc) -> None:
        import matplotlib
        matplotlib.use("pdf")
        import matplotlib.pyplot as plt
        from matplotlib.backends.backend_pdf import PdfPages

        path = g.HERE / doc.part / doc.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        with matplotlib.rc_context({"pdf.fonttype": 42, "font.family": "Liberation Sans", "pdf.compression": 6}):
            with PdfPages(str(path), metadata={"Title": doc.title, "Author": doc.author, "Subject": doc.subject,
                                               "Creator": f"corpora/{module} (matplotlib)",
                                               "Producer": "matplotlib pdf backend", "CreationDate": None}) as pp:
                for i, page in enumerate(doc.pages, start=1):
                    fig = plt.figure(figsize=figsize(page))
                    for b in page.blocks:
                        b.draw(fig, i)
                    pp.savefig(fig)
                    plt.close(fig)
    return render


render_matplotlib = matplotlib_renderer("generate_dev5.py")


g.RENDERERS.setdefault("matplotlib", render_matplotlib)

TEAL, CORAL, SAND, INK = "#0f6e6e", "#e4572e", "#f3d9b1", "#222222"


def _icon(fig, x, y, kind, colour=TEAL):
    """A simple drawn icon in a circle (no text in it)."""
    from matplotlib.patches import Circle, Rectangle, FancyBboxPatch
    ax = fig.add_axes([x, y, 0.07, 0.07 * 8.27 / 11.69 * 1.0])
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.axis("off")
    ax.add_patch(Circle((0.5, 0.5), 0.48, color=colour))
    if kind == "phone":
        ax.add_patch(FancyBboxPatch((0.36, 0.2), 0.28, 0.6, boxstyle="round,pad=0.03", color="white"))
        ax.add_patch(Rectangle((0.4, 0.3), 0.2, 0.42, color=colour))
    elif kind == "person":
        ax.add_patch(Circle((0.5, 0.66), 0.13, color="white"))
        ax.add_patch(FancyBboxPatch((0.3, 0.2), 0.4, 0.28, boxstyle="round,pad=0.05", color="white"))
    elif kind == "scales":
        ax.add_patch(Rectangle((0.47, 0.2), 0.06, 0.55, color="white"))
        ax.add_patch(Rectangle((0.22, 0.7), 0.56, 0.05, color="white"))
        ax.add_patch(Circle((0.28, 0.48), 0.1, color="white"))
        ax.add_patch(Circle((0.72, 0.48), 0.1, color="white"))
    else:  # warning
        from matplotlib.patches import Polygon
        ax.add_patch(Polygon([(0.5, 0.82), (0.18, 0.24), (0.82, 0.24)], color="white"))
        ax.add_patch(Rectangle((0.47, 0.4), 0.06, 0.25, color=colour))


def _big(fig, fname, page, x, y, ph, label, icon, method="list", extra=None):
    """A big number beside its icon, the label on the line below."""
    st = _stat(ph)
    _icon(fig, x, y - 0.018, icon)
    fig.text(x + 0.085, y + 0.018, st.printed, fontsize=30, weight="bold", color=TEAL)
    fig.text(x + 0.085, y - 0.006, label, fontsize=9.5, color=INK)
    g.record(fname, page, st, method, f"{st.printed} {label}", checks=[st.printed, "~" + label])
    if extra:
        ph2, text2 = extra
        st2 = _stat(ph2)
        fig.text(x + 0.085, y - 0.024, text2, fontsize=9.5, color=CORAL, weight="bold")
        g.record(fname, page, st2, method, text2, checks=[text2])


def doc_infographic() -> Doc:
    _start()
    F = "charity-infographic-surveillance-in-numbers-2018.pdf"

    def page1(fig, n):
        fig.text(0.07, 0.95, "OPEN RIGHTS TRUST", fontsize=10, weight="bold", color=CORAL)
        fig.text(0.07, 0.915, "Surveillance in numbers: 2018", fontsize=24, weight="bold", color=INK)
        fig.text(0.07, 0.893, "What the Investigatory Powers Commissioner\u2019s report tells us", fontsize=11,
                 color="#555555")
        _big(fig, F, n, 0.07, 0.82, S("808,214", "cd.items", "total", "2018"),
             "items of communications data obtained", "phone")
        _big(fig, F, n, 0.55, 0.82, S("1,958", "chis.authorisations", "law_enforcement", "2018"),
             "informant (CHIS) authorisations, law enforcement", "person")
        _big(fig, F, n, 0.07, 0.72, S("77", "lpp.applications.made", "", "2018"),
             "applications to keep legally privileged material", "scales",
             extra=(S("76", "lpp.applications.approved", "", "2018"), "76 of them were approved"))
        _big(fig, F, n, 0.55, 0.72, S("Eight", "errors.serious.determined", "total", "2018"),
             "errors the Commissioner found serious", "warning")
        # donut with the total in the hole and labels round it
        ax = fig.add_axes([0.2, 0.17, 0.6, 0.42])
        slices = [("Medical doctors", S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018")),
                  ("Ministers of religion", S("272", "cd.applications.sensitive_profession", "minister_of_religion",
                                              "2018")),
                  ("Lawyers", S("234", "cd.applications.sensitive_profession", "lawyer", "2018")),
                  ("Journalists", S("203", "cd.applications.sensitive_profession", "journalist", "2018")),
                  ("MPs", S("113", "cd.applications.sensitive_profession", "member_of_parliament", "2018"))]
        vals = [_stat(ph).value for _, ph in slices]
        colours = [TEAL, "#3f9c9c", SAND, CORAL, "#8c3b2a"]
        wedges, _ = ax.pie(vals, colors=colours, startangle=90, counterclock=False,
                           wedgeprops=dict(width=0.32, edgecolor="white"))
        import math
        for (label, ph), w in zip(slices, wedges):
            st = _stat(ph)
            ang = math.radians((w.theta1 + w.theta2) / 2)
            x, y = 1.28 * math.cos(ang), 1.22 * math.sin(ang)
            ax.text(x, y + 0.06, label, ha="center", fontsize=9.5, color=INK)
            ax.text(x, y - 0.09, st.printed, ha="center", fontsize=13, weight="bold", color=INK)
            g.record(F, n, st, "chart", f"{label} {st.printed}", checks=[label, st.printed])
        tot = _stat(S("1,320", "cd.applications.sensitive_profession", "total", "2018"))
        ax.text(0, 0.05, tot.printed, ha="center", fontsize=26, weight="bold", color=TEAL)
        ax.text(0, -0.17, "applications", ha="center", fontsize=10, color=INK)
        g.record(F, n, tot, "chart", f"{tot.printed} applications", checks=[tot.printed, "applications"])
        ax.set_aspect("equal")
        fig.text(0.07, 0.615, "Whose data? Applications about people in sensitive professions", fontsize=13,
                 weight="bold", color=INK)
        fig.text(0.07, 0.12, "Source: IPCO Annual Report 2018 (HC 67), Table 4 and paragraphs 9.2 to 9.17.",
                 fontsize=8, color="#555555")
        fig.text(0.07, 0.04, "Registered charity no. 1187654 \u00b7 openrightstrust.example.org \u00b7 Poster INF-07 v2",
                 fontsize=7.5, color="#555555")
        fig.text(0.88, 0.04, "1 / 2", fontsize=8, color="#555555")

    def page2(fig, n):
        fig.text(0.07, 0.94, "Who made the mistakes?", fontsize=18, weight="bold", color=INK)
        fig.text(0.07, 0.92, "Communications data errors by the party responsible, 2018", fontsize=10,
                 color="#555555")
        ax = fig.add_axes([0.3, 0.74, 0.55, 0.16])
        bars = [("Single point of contact", S("381", "cd.errors", "spoc", "2018")),
                ("Applicant", S("360", "cd.errors", "applicant", "2018")),
                ("Service provider", S("140", "cd.errors", "csp", "2018")),
                ("Designated person", S("22", "cd.errors", "designated_person", "2018"))]
        for k, (label, ph) in enumerate(bars):
            st = _stat(ph)
            yk = len(bars) - 1 - k
            ax.barh(yk, st.value, color=TEAL if k < 2 else SAND, height=0.6)
            ax.text(st.value + 6, yk, st.printed, va="center", fontsize=10, weight="bold", color=INK)
            fig.text(0.07, 0.74 + 0.16 * (yk + 0.5) / 4 - 0.004, label, fontsize=9.5, color=INK)
            g.record(F, n, st, "chart", f"{label} {st.printed}", checks=["~" + label, st.printed])
        ax.set_xlim(0, 450)
        ax.set_ylim(-0.5, 3.5)
        ax.axis("off")
        # stacked bar with a key
        fig.text(0.07, 0.66, "Errors in covert surveillance, 2018", fontsize=15, weight="bold", color=INK)
        tot = _stat(S("99", "spci.errors", "total", "2018"))
        fig.text(0.07, 0.635, f"{tot.printed} errors in all, reported by public authorities", fontsize=10, color=INK)
        g.record(F, n, tot, "chart", f"{tot.printed} errors in all, reported by public authorities")
        ax2 = fig.add_axes([0.07, 0.585, 0.86, 0.035])
        segs = [("Directed surveillance", S("59", "spci.errors", "directed_surveillance", "2018"), TEAL),
                ("Property interference", S("23", "spci.errors", "property_interference", "2018"), "#3f9c9c"),
                ("CHIS", S("14", "spci.errors", "chis", "2018"), SAND),
                ("Intrusive surveillance", S("3", "spci.errors", "intrusive_surveillance", "2018"), CORAL)]
        left = 0
        for label, ph, col in segs:
            st = _stat(ph)
            ax2.barh(0, st.value, left=left, color=col, height=1)
            left += st.value
        ax2.set_xlim(0, 99)
        ax2.axis("off")
        for k, (label, ph, col) in enumerate(segs):
            st = _stat(ph)
            x = 0.07 + 0.22 * k
            from matplotlib.patches import Rectangle
            fig.add_artist(Rectangle((x, 0.557), 0.012, 0.009, color=col, transform=fig.transFigure))
            fig.text(x + 0.017, 0.557, f"{label} {st.printed}", fontsize=8.5, color=INK)
            g.record(F, n, st, "chart", f"{label} {st.printed}")
        # icon tiles
        fig.text(0.07, 0.48, "Councils\u2019 use of communications data, 2018", fontsize=15, weight="bold",
                 color=INK)
        _big(fig, F, n, 0.07, 0.41, S("647", "cd.items.data_type", "subscriber", "2018"),
             "items of subscriber information", "phone")
        _big(fig, F, n, 0.55, 0.41, S("87", "cd.items.data_type", "service_use", "2018"),
             "items of service use information", "phone")
        _big(fig, F, n, 0.07, 0.31, S("0", "cd.items.data_type", "traffic", "2018"),
             "items of traffic data", "phone")
        _big(fig, F, n, 0.55, 0.31, S("92%", "cd.items.comms_type.share", "telephony", "2018"),
             "of council items were telephony data", "phone",
             extra=(S("678", "cd.items.comms_type", "telephony", "2018"), "678 telephony items"))
        fig.text(0.07, 0.2, "Figures: IPCO Annual Report 2018, Figures 15 and 16 and Table 5. Percentages are "
                 "rounded.", fontsize=8, color="#555555")
        fig.text(0.07, 0.04, "Registered charity no. 1187654 \u00b7 Tel. 0300 123 4567 \u00b7 Poster INF-07 v2",
                 fontsize=7.5, color="#555555")
        fig.text(0.88, 0.04, "2 / 2", fontsize=8, color="#555555")

    return Doc(F, "Surveillance in numbers: 2018 (infographic)", "Open Rights Trust", "Infographic poster",
               "matplotlib", "", [Page(blocks=[MplPage(page1)]), Page(blocks=[MplPage(page2)])],
               date=(2020, 4, 1), part=PART)


# =============================================================================================
# 5. ICO-style decision notice on an FOI complaint (reportlab, Times): a key/value header table,
#    numbered paragraphs, the cost limit in pounds, sections of the Act, the Tribunal's address

def doc_decision_notice() -> Doc:
    _start()
    F = "ico-decision-notice-ic-284511-2024.pdf"
    p1 = Page(printed="1", header=True, blocks=[
        Lines([("Freedom of Information Act 2000 (FOIA)", "b", 12, "L"), ("Decision notice", "b", 18, "L")], gap=6),
        Gap(4),
        Table(rows=[["Date:", "14 May 2024"], ["Public authority:", "Chief Constable of Westshire Police"],
                    ["Address:", "Police Headquarters, Wyvern Way, Westbury WS4 7QP"],
                    ["Reference:", "IC-284511-Q7T3"]],
              xs=[0, 110, 460], align=["L", "L"], ruled=True, header_rows=0, size=10.5, row_h=17),
        Lines([("Decision (including any steps ordered)", "b", 12, "L")], gap=4),
        Para("1. The complainant asked Westshire Police how many applications for communications data it had "
             "made about journalists and lawyers in each of the financial years 2019/20 to 2022/23. The force "
             "neither confirmed nor denied that it held the information, citing sections 23(5), 24(2) and 31(3) "
             "of FOIA."),
        Para("2. The Commissioner\u2019s decision is that the force was entitled to rely on section 23(5) and "
             "section 24(2). He does not require the public authority to take any steps."),
        Lines([("Request and response", "b", 12, "L")], gap=4),
        Para("3. On 2 October 2023 the complainant wrote to the force. The request, numbered 1 to 4, is "
             "reproduced in the annex. The force responded on 30 October 2023 and upheld its position at "
             "internal review on 11 January 2024."),
        Para("4. In support of the request the complainant pointed to national figures. The report of the "
             "Investigatory Powers Commissioner for 2018 records " +
             S("203", "cd.applications.sensitive_profession", "journalist", "2018") +
             " applications concerning journalists and " +
             S("234", "cd.applications.sensitive_profession", "lawyer", "2018") + " concerning lawyers, out of " +
             S("1,320", "cd.applications.sensitive_profession", "total", "2018") +
             " relating to sensitive professions."),
        Para("5. The complainant also noted that, in 2024, " +
             S("219", "cd.applications.sensitive_profession", "lawyer", "2024") +
             " applications related to lawyers and " +
             S("157", "cd.applications.sensitive_profession", "journalist", "2024") + " to journalists, and that "
             + S("106", "cd.applications.journalistic_source", "", "2024") +
             " applications were made to identify a journalist\u2019s source."),
    ])
    p2 = Page(printed="2", header=True, blocks=[
        Lines([("Reasons for decision", "b", 12, "L")], gap=4),
        Para("6. Section 23(5) removes the duty to confirm or deny where doing so would disclose information "
             "supplied by, or relating to, the security bodies listed in section 23(3). The test is whether, "
             "on the balance of probabilities, the information would relate to such a body."),
        Para("7. The Commissioner accepts that force-level counts would be of wider interest. He notes that "
             "Judicial Commissioners considered " + S("15", "cd.applications.journalistic_source", "", "2019") +
             " applications to identify a journalist\u2019s source in 2019, and that "
             + S("200,665", "cd.requests.approved", "", "2019") +
             " requests for communications data were approved that year nationally."),
        Para("8. Oversight exists. The Investigatory Powers Commissioner\u2019s Office carried out "
             + S("380", "inspections", "total", "2022") + " inspections in 2022 and "
             + S("386", "inspections", "total", "2023") + " in 2023, and oversees more than "
             + S("600", "context.public_authorities", "", "2024", q="over") + " public authorities (report for 2024)."),
        Para("9. The complainant argued that the force had published comparable figures before. The Commissioner "
             "has seen only national ones: law enforcement agencies granted "
             + S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03") +
             " directed surveillance authorisations in 2016-17, and "
             + S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
             " were extant on 31 March 2017."),
        Para("10. For property interference the Office of Surveillance Commissioners reported "
             + S("1,842", "property_interference.authorisations", "", "2016-04/2017-03") +
             " authorisations in 2016-17; from 1 April to 31 December 2017 IPCO recorded "
             + S("1,453", "property_interference.authorisations", "", "2017-04/2017-12") + "."),
        Para("11. Section 12 was not relied on. Had it been, the appropriate limit is \u00a3450, or 18 hours at "
             "\u00a325 per hour, under the Fees Regulations 2004 (SI 2004/3244)."),
        Para("12. The Commissioner is satisfied that confirming or denying would reveal whether the force had "
             "worked with a section 23(3) body. Section 23(5) is engaged; it is an absolute exemption and there "
             "is no public interest test. He has therefore not gone on to consider section 24(2) in detail."),
    ])
    p3 = Page(printed="3", header=True, blocks=[
        Lines([("Right of appeal", "b", 12, "L")], gap=4),
        Para("13. Either party has the right to appeal against this decision notice to the First-tier Tribunal "
             "(Information Rights). Information about the appeals process may be obtained from: First-tier "
             "Tribunal (Information Rights), GRC and GRP Tribunals, PO Box 9300, LEICESTER, LE1 8DJ. "
             "Telephone: 0203 936 8963."),
        Para("14. If you wish to appeal against a decision notice, you can obtain information on how to appeal "
             "along with the relevant forms from the Information Tribunal website. Any notice of appeal should "
             "be served on the Tribunal within 28 (calendar) days of the date on which this decision notice is "
             "sent."),
        Gap(8),
        Lines([("Signed", "r", 10.5, "L"), ("Head of FOI Casework", "b", 10.5, "L"),
               ("Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF",
                "r", 9.5, "L")], gap=3),
        Gap(10),
        Lines([("Annex: the request of 2 October 2023", "b", 12, "L")], gap=4),
        Para("\u201c1. How many communications data applications did Westshire Police make about journalists in "
             "each year from 2019/20 to 2022/23? 2. The same for lawyers. 3. How many were refused? 4. Please "
             "give the national totals for comparison, for example the " +
             S("1,063", "cd.errors", "total", "2019") + " communications data errors reported in 2019.\u201d",
             italic=True),
    ])
    return Doc(F, "Decision notice IC-284511-Q7T3 (Westshire Police)", "Information Commissioner's Office",
               "FOIA decision notice", "reportlab", "Reference: IC-284511-Q7T3", [p1, p2, p3], font="Times-Roman",
               number_style="foot", date=(2024, 5, 14), part=PART)


# =============================================================================================
# 6. Printed e-mail thread (Chromium): message headers, a signature with phone numbers, an
#    earlier plain-text message quoted with ">" lines, "- " list lines and a pasted table set in
#    a monospaced font, a confidentiality disclaimer with a company number

def pre_lines(fname: str, page: int, lines: list) -> Raw:
    """Monospaced quoted lines. Each line is (text template, method or None); a statistic's
    quote is its line without the quoting and list marks."""
    out = []
    for tmpl, method in lines:
        mk, plain, hits = g.html_expand(html.escape(tmpl, quote=False))
        if hits:
            q = re.sub(r"^>\s*(-\s+)?", "", plain).strip()
            for st, _, _ in hits:
                g.record(fname, page, st, method, q, checks=[plain.rstrip()])
        out.append(mk)
    return Raw("<pre>" + "\n".join(out) + "</pre>")


def doc_email_thread() -> Doc:
    _start()
    F = "email-thread-re-figures-for-the-briefing-2021.pdf"
    p1 = Page(printed=None, header=False, blocks=[
        Raw('<div class="bar">Printed by: Tom Hale \u00b7 09/11/2021 15:02 \u00b7 Page 1 of 2</div>'),
        Raw('<div class="subj">RE: FW: figures for the briefing (IPA stats)</div>'),
        Raw('<div class="hdr"><div><b>From:</b> Priya Natarajan &lt;p.natarajan@policylab.example.org&gt;</div>'
            "<div><b>Sent:</b> Tuesday, 9 November 2021 14:32</div>"
            "<div><b>To:</b> Tom Hale &lt;t.hale@policylab.example.org&gt;</div>"
            "<div><b>Cc:</b> Research team (4 recipients)</div>"
            "<div><b>Subject:</b> RE: FW: figures for the briefing (IPA stats)</div></div>"),
        Para("Tom,"),
        Para("The numbers you asked for, all from the IPCO report for 2019 (published 2 December 2020). IPCO says "
             + S("200,665", "cd.requests.approved", "", "2019") + " requests for communications data were approved "
             "in 2019, and there were " + S("1,063", "cd.errors", "total", "2019") + " errors that year."),
        Para("Law enforcement made " + S("1,866", "chis.authorisations", "law_enforcement", "2019") +
             " CHIS authorisations in 2019 (" + S("1,958", "chis.authorisations", "law_enforcement", "2018") +
             " the year before). Wider public authorities, leaving aside councils and law enforcement, made just "
             + S("11", "chis.authorisations", "other_public_authorities", "2019") + "."),
        Para("On councils: local authorities obtained " + S("1,191", "cd.items.comms_type", "telephony", "2019") +
             " items of telephony data in 2019, " + S("164", "cd.items.comms_type", "internet", "2019") +
             " internet items and " + S("24", "cd.items.comms_type", "postal", "2019") + " postal items. The "
             "inspectors inspected " + S("13", "public_authorities.inspected", "", "2019") +
             " public authorities other than councils and police."),
        Para("I have not checked your older figures below against the originals yet; will do by Thursday 11th. "
             "Table 2 in the draft needs the 2006 period footnoted."),
        Raw('<div class="sig">Priya Natarajan | Senior Researcher, PolicyLab<br>Tel: 020 7946 0312 | '
            "Mob: 07700 900461 | 3rd Floor, 21 Tanner Street, London SE1 3LE</div>"),
        Raw('<div class="orig"><div class="hdr"><div><b>From:</b> Tom Hale</div>'
            "<div><b>Sent:</b> Monday, 8 November 2021 17:48</div><div><b>To:</b> Priya Natarajan</div>"
            "<div><b>Subject:</b> FW: figures for the briefing (IPA stats)</div></div></div>"),
        pre_lines(F, 1, [
            ("Hi Priya - can you check the older numbers? I have (v3 of the sheet):", None),
            ("", None),
            ("> - Apr-Dec 2006: " + S("1,435", "interception.warrants.issued", "total", "2006-04/2006-12") +
             " warrants, " + S("253,557", "cd.requests", "total", "2006-04/2006-12") + " requests", "list"),
            ("> - 2007: " + S("519,260", "cd.requests", "total", "2007") + " requests", "list"),
            ("> - 2010: " + S("1,865", "interception.warrants.issued", "total", "2010") + " warrants", "list"),
            ("> - 2009: " + S("157", "ipt.complaints", "", "2009") + " new complaints to the IPT", "list"),
            ("> CD errors: " + S("1,088", "cd.errors", "total", "2006-04/2006-12") + " in Apr-Dec 2006, of which "
             + S("301", "cd.errors", "csp", "2006-04/2006-12") + " were CSP errors.", "sentence"),
            ("", None),
            ("Thanks, T. (ext. 4417)", None),
        ]),
    ])
    p2 = Page(printed=None, header=False, blocks=[
        Raw('<div class="bar">Printed by: Tom Hale \u00b7 09/11/2021 15:02 \u00b7 Page 2 of 2</div>'),
        Raw('<div class="orig"><div class="hdr"><div><b>From:</b> Ana Ruiz</div>'
            "<div><b>Sent:</b> Friday, 5 November 2021 10:05</div><div><b>To:</b> Tom Hale</div>"
            "<div><b>Subject:</b> figures for the briefing (IPA stats)</div></div></div>"),
        Para("Tom, for the data-protection box, here are the ICO fines I pasted from our tracker (rows 12-15):"),
        pre_lines(F, 2, [
            ("  Company            Fine      Year", None),
            ("  British Airways    " + S("\u00a320m", "ico.fines", "british_airways", "2020-04/2021-03") +
             "     2020/21", "table"),
            ("  Marriott           " + S("\u00a318.4m", "ico.fines", "marriott", "2020-04/2021-03") +
             "   2020/21", "table"),
            ("  Clearview AI       " + S("\u00a37.5m", "ico.fines", "clearview", "2022-04/2023-03") +
             "    2022/23", "table"),
            ("  Interserve         " + S("\u00a34.4m", "ico.fines", "interserve", "2022-04/2023-03") +
             "    2022/23", "table"),
        ]),
        Para("The Cabinet Office penalty is the odd one: " +
             S("\u00a3500,000", "ico.fines", "cabinet_office", "2021-04/2022-03") + " when it was issued in "
             "December 2021, reduced to " + S("\u00a350,000", "ico.fines", "cabinet_office", "2022-04/2023-03") +
             " on appeal in November 2022. Use the later figure in the box."),
        Para("Ana"),
        Raw('<div class="disc">This e-mail and any attachments are confidential and intended solely for the '
            "addressee. PolicyLab Ltd is registered in England and Wales, company no. 04567890, VAT no. "
            "GB 123 4567 89. Registered office: 3rd Floor, 21 Tanner Street, London SE1 3LE.</div>"),
    ])
    return Doc(F, "RE: FW: figures for the briefing (IPA stats)", "Tom Hale", "Printed e-mail thread",
               "chromium", "", [p1, p2], date=(2021, 11, 9), part=PART, style="email")


# =============================================================================================
# 7. Police FOI response as a ruled question/response grid (Chromium): prose inside table cells
#    whose lines share baselines with the question column, a small table inside a response
#    cell, NCND wording, sections of FOIA, the force's reference and phone numbers

def qa_grid(fname: str, page: int, items: list) -> Raw:
    """items: (question text, [response blocks]); a response block is a template string (a
    paragraph) or an HTable (a small table inside the cell)."""
    rows = ['<tr><th>Question</th><th>Response</th></tr>']
    for q, resp in items:
        cell = []
        for b in resp:
            if isinstance(b, HTable):
                cell.append(blocks_html(fname, page, [b]))
            else:
                cell.append(f"<p>{rec(fname, page, b)}</p>")
        rows.append(f'<tr><td class="q">{esc(q)}</td><td class="r">{"".join(cell)}</td></tr>')
    g.REGIONS[(fname, page)] = [(0, 0, 212, 841), (212, 0, 594, 841)]
    return Raw('<table class="qa">' + "".join(rows) + "</table>")


def doc_foi_grid() -> Doc:
    _start()
    F = "foi/kingsmere-police-foi-response-2025-03317.pdf"
    p1 = Page(printed="Page 1 of 2", header=False, blocks=[
        Raw('<div class="lh"><div class="force">Kingsmere Police</div>Information Rights Unit \u00b7 PO Box 4417 '
            "\u00b7 Kingsmere KM2 9XY \u00b7 Tel 01632 960 417 \u00b7 foi@kingsmere-police.example</div>"),
        Gap(8),
        Para("Our ref: FOI 2025/03317. Date: 21 November 2025.", size=9),
        Para("Dear Requester, thank you for your request of 24 October 2025. We have dealt with it under the "
             "Freedom of Information Act 2000. Each question is answered in the table below. Where figures are "
             "already published we have quoted them and applied section 21."),
        qa_grid(F, 1, [
            ("Q1. How many interception warrants were issued nationally in 2016 and 2017?",
             ["This information is reasonably accessible to you (section 21). The Investigatory Powers "
              "Commissioner reports " + S("3,535", "interception.warrants.issued", "total", "2017") +
              " warrants for 2017, up just over " + S("17.5%", "interception.warrants.issued.change", "total",
                                                      "2017", q="over") +
              " on the " + S("3,007", "interception.warrants.issued", "total", "2016") + " issued in 2016."]),
            ("Q2. How many directed surveillance authorisations has Kingsmere Police granted since 2016?",
             ["Kingsmere Police neither confirms nor denies that it holds force-level information, relying on "
              "sections 23(5), 24(2) and 31(3).",
              "Nationally, other public authorities granted " +
              S("933", "directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12") +
              " directed surveillance authorisations from 1 April to 31 December 2017, " +
              S("792", "directed_surveillance.authorisations", "dwp", "2017-04/2017-12") +
              " of them by the Department for Work and Pensions.",
              "Ten years earlier, around 2007, some " +
              S("20,000", "directed_surveillance.authorisations", "total", "2007", q="approximately") +
              " directed surveillance authorisations were being granted each year."]),
            ("Q3. How many CHIS authorisations were granted to law enforcement in 2018 and 2019?",
             ["The published national figures are:",
              HTable([["Year", "CHIS authorisations (law enforcement)"],
                      ["2018", (S("1,958", "chis.authorisations", "law_enforcement", "2018"), 'class="n"')],
                      ["2019", (S("1,866", "chis.authorisations", "law_enforcement", "2019"), 'class="n"')]],
                     cls="inner"),
              "Force figures are withheld under section 31(1)(a) and (b)."]),
            ("Q4. How many intrusive surveillance authorisations were granted in 2017?",
             ["IPCO recorded " + S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12") +
              " intrusive surveillance authorisations in the nine months from 1 April 2017, which it "
              "annualised to " + S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") +
              ". The annualised figure for property interference was " +
              S("1,937", "property_interference.authorisations.annualised", "", "2017") + "."]),
        ]),
    ])
    p2 = Page(printed="Page 2 of 2", header=False, blocks=[
        qa_grid(F, 2, [
            ("Q5. What did the force spend on covert surveillance equipment in 2024/25?",
             ["To establish this would exceed the appropriate limit of \u00a3450 (18 hours at \u00a325 per hour) "
              "under section 12(1). We estimate 26 hours. You may wish to narrow the request to one year or one "
              "category of equipment."]),
            ("Q6. Who oversees these powers?",
             ["The Investigatory Powers Commissioner, who oversees the use of investigatory powers by over "
              + S("600", "context.public_authorities", "", "2022", q="over") + " public authorities (report "
              "for 2022). In 2019 law enforcement agencies reported " + S("24", "interception.errors", "", "2019") +
              " relevant interception errors, and the Commissioner determined that there were "
              + S("no", "errors.serious.determined", "interception", "2019") +
              " serious interception errors that year."]),
            ("Q7. How many serious errors were there in 2021?",
             ["The Commissioner\u2019s report for 2021 records " + S("no", "errors.serious.determined", "total",
                                                                     "2021") +
              " serious errors by any public authority. Section 21 applies."]),
        ]),
        Para("If you are unhappy with this response you may ask for an internal review within 40 working days. "
             "If you remain dissatisfied you may complain to the Information Commissioner, Wycliffe House, Water "
             "Lane, Wilmslow SK9 5AF, telephone 0303 123 1113.", size=9),
        Para("Yours faithfully, Information Rights Officer, Kingsmere Police (badge 4417).", size=9),
    ])
    return Doc(F, "Freedom of Information response FOI 2025/03317", "Kingsmere Police",
               "FOI response", "chromium", "", [p1, p2], number_style="foot", date=(2025, 11, 21), part=PART,
               style="foigrid")


def dev5_builders() -> list:
    return [doc_paper, doc_digest, doc_stat_tables, doc_infographic, doc_decision_notice, doc_email_thread,
            doc_foi_grid]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)

if __name__ == "__main__":
    sys.exit(main())
