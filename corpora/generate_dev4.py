#!/usr/bin/env python3
"""Fourth development part of the labelled corpus: corpora/dev4/ (PDFs and gold.csv).

Rendered by corpora/generate.py (``dev4_builders()``) with the same machinery as the other parts,
so each gold row is emitted by the code that draws its number and the same self-check re-reads
every PDF:

    .venv/bin/python corpora/generate.py           # every part
    .venv/bin/python corpora/generate_dev4.py      # this part only (same bytes, same gold.csv)

Five documents in genres none of the earlier parts uses: a campaigning blog post with pull
quotes and bracketed citation markers, a Home Office news release (a department, not IPCO,
with the minister's quote and notes to editors), a two-page annual-report spread set in three
columns with a key-figures sidebar, an academic slide-deck export in landscape (one idea per
slide, one very large number, a column chart, a small table) and a question-and-answer
explainer from a law centre ("Q4." / "A." with cross-references to other questions).

This part was written to be scored once, before any rule is tuned on it (see corpora/README.md).

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. Organisations writing
the blog, the FAQ and the slides are fictional and give no figures of their own.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import (
    Bullet,
    Columns,
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
from generate_dev3 import raw_para

PART = "dev4"
EN = "\u2013"


def _start() -> None:
    # literal HTML blocks record their rows while the document is built
    g.CURRENT_PART[0] = PART


g.HTML_STYLES.setdefault("blog", """
body { font-family: 'DejaVu Serif', serif; font-size: 10.4pt; line-height: 1.55; color: #1b1b1b; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 21pt; line-height: 1.2; margin: 0 0 4pt 0; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 13pt; margin: 10pt 0 4pt 0; color: #5b2a86; }
h3 { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; margin: 8pt 0 3pt 0; }
.meta { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #666; margin-bottom: 10pt; }
.pq { font-family: 'DejaVu Sans', sans-serif; font-size: 15pt; line-height: 1.3; font-weight: bold;
      color: #5b2a86; border-left: 4pt solid #5b2a86; padding: 2pt 0 2pt 12pt; margin: 10pt 30pt 10pt 0; }
.src { font-size: 8.5pt; }
""")
g.HTML_STYLES.setdefault("spread", """
body { font-family: 'Liberation Serif', serif; font-size: 9.4pt; line-height: 1.36; color: #111; }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 19pt; margin: 0 0 6pt 0; color: #0b4f6c; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 11.5pt; margin: 0 0 4pt 0; color: #0b4f6c; }
h3 { font-size: 10pt; margin: 6pt 0 3pt 0; }
.grid3 { display: grid; grid-template-columns: 145pt 145pt 145pt; column-gap: 17pt; }
.main { grid-column: 1 / span 2; column-count: 2; column-gap: 17pt; }
.main p { text-align: justify; break-inside: avoid; }
.side { background: #e8f1f5; padding: 6pt 7pt; font-family: 'Liberation Sans', sans-serif; font-size: 8.6pt; }
.side .fig { margin: 0 0 7pt 0; }
.side .big { font-size: 17pt; font-weight: bold; color: #0b4f6c; line-height: 1.1; }
.side .sh { font-weight: bold; text-transform: uppercase; letter-spacing: 0.6pt; margin-bottom: 5pt; }
""")
g.HTML_STYLES.setdefault("wiki", """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.4pt; line-height: 1.45; color: #202122; }
h1 { font-family: 'DejaVu Serif', serif; font-size: 20pt; font-weight: normal; margin: 0 0 2pt 0;
     border-bottom: 0.6pt solid #a2a9b1; }
h2 { font-family: 'DejaVu Serif', serif; font-size: 13.5pt; font-weight: normal; margin: 10pt 0 4pt 0;
     border-bottom: 0.6pt solid #a2a9b1; }
h3 { font-size: 10pt; margin: 7pt 0 3pt 0; }
.from { font-size: 8pt; color: #54595d; margin-bottom: 6pt; }
.wgrid { display: grid; grid-template-columns: 300pt 160pt; column-gap: 10pt; }
.ibox { border: 0.6pt solid #a2a9b1; background: #f8f9fa; padding: 4pt; font-size: 8.2pt; }
.ibox .t { font-weight: bold; text-align: center; font-size: 9.5pt; margin-bottom: 3pt; }
.ibox table { font-size: 8.2pt; margin: 0; width: 100%; }
.ibox th { background: none; padding: 1.5pt 3pt 1.5pt 0; }
.ibox td { padding: 1.5pt 0; }
sup.c { font-size: 5pt; vertical-align: 3pt; line-height: 0; color: #3366cc; }
table.wikitable td, table.wikitable th { border: 0.6pt solid #a2a9b1; padding: 2pt 6pt; }
table.wikitable th { background: #eaecf0; text-align: center; }
.refs { font-size: 8pt; }
""")
g.HTML_STYLES.setdefault("slides", """
@page { size: A4 landscape; margin: 0; }
.page { width: 297mm; height: 210mm; padding: 16mm 20mm 18mm 20mm; }
.rh { left: 20mm; right: 20mm; }
.pn { left: 20mm; right: 20mm; bottom: 8mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 15pt; line-height: 1.3; color: #202020; }
h1 { font-size: 26pt; margin: 0 0 10pt 0; color: #8a1c1c; }
h2 { font-size: 20pt; margin: 0 0 8pt 0; }
ul { font-size: 14pt; } li { margin-bottom: 5pt; }
.huge { font-size: 72pt; font-weight: bold; color: #8a1c1c; line-height: 1.0; margin-top: 6pt; }
.hugelab { font-size: 17pt; margin: 4pt 0 12pt 0; }
.cap { font-size: 10pt; }
table { font-size: 13pt; }
""")


def slide_number(fname: str, page: int, ph: str, label: str) -> Raw:
    """One very large number with its label on the line below (a slide's single idea)."""
    st = _stat(ph)
    g.record(fname, page, st, "list", f"{st.printed} {label}", checks=[st.printed, "~" + label])
    return Raw(f'<div class="huge">{html.escape(st.printed)}</div><div class="hugelab">{html.escape(label)}</div>')


def sidebar(fname: str, page: int, title: str, items: list, foot: str) -> str:
    """Key-figures sidebar: each figure large, its label below (recorded as list rows)."""
    out = [f'<div class="sh">{html.escape(title)}</div>']
    for ph, label in items:
        st = _stat(ph)
        g.record(fname, page, st, "list", f"{st.printed} {label}", checks=[f"{st.printed} {label}"])
        out.append(f'<div class="fig"><div class="big">{html.escape(st.printed)}</div>{html.escape(label)}</div>')
    out.append(f'<div style="font-size:7.5pt;color:#444">{html.escape(foot)}</div>')
    return '<div class="side">' + "".join(out) + "</div>"


def spread_page(fname: str, page: int, heading: str, paras: list, side: str) -> Raw:
    """Two text columns flowing into each other, then a sidebar column; the three columns'
    regions are registered for the self-check (lines of different columns share baselines)."""
    body = []
    for t in paras:
        if t.startswith("##"):
            body.append(f"<h3>{html.escape(t[2:].strip())}</h3>")
            continue
        mk, plain, hits = g.html_expand(t)
        for st, a, b in hits:
            g.record(fname, page, st, "sentence", g.sentence_quote(plain, a, b))
        body.append(f"<p>{mk}</p>")
    g.REGIONS[(fname, page)] = [(0, 0, 216, 841), (216, 0, 378, 841), (378, 0, 594, 841)]
    return Raw(f"<h2>{html.escape(heading)}</h2>"
               f'<div class="grid3"><div class="main">{"".join(body)}</div>{side}</div>')


# =============================================================================================
# 1. Campaigning blog post (Chromium): pull quotes that repeat a figure, bracketed citation
#    markers after numbers, reading time, comment count, a "take action" list

def doc_blog_post() -> Doc:
    _start()
    F = "blog-the-numbers-behind-the-snoopers-charter-2022.pdf"
    p1 = Page(printed="1 of 3", blocks=[
        Raw('<div class="meta">CIVIL LIBERTIES WATCH \u00b7 BLOG \u00b7 Posted 14 March 2022 by Sam Okafor '
            '\u00b7 7 min read \u00b7 23 comments</div>'),
        Heading("The numbers behind the Snoopers\u2019 Charter", size=20),
        Para("More than five years after the Investigatory Powers Act 2016 reached the statute book, we went "
             "back through every report the Commissioners have published since. It makes for sobering reading. "
             "We have been through all 160 pages of the first one so you do not have to [1]."),
        Para("Start with the headline. Public authorities obtained " + S("808,214", "cd.items", "total", "2018") +
             " items of communications data in 2018 [2]. That is who you called, when, and from where, and it is "
             "up on the " + S("757,977", "cd.items", "total", "2017") + " items of 2017."),
        raw_para(F, 1, "\u201cPolice and agencies looked at " + S("3,535", "interception.warrants.issued", "total",
                                                                  "2017")
                 + " warrants\u2019 worth of private conversations in a single year.\u201d", cls="pq"),
        Para("That pull quote is not hyperbole. The Home Secretary and the other warrant-granting ministers "
             "signed " + S("2,306", "interception.warrants.issued", "serious_crime", "2017") +
             " interception warrants for serious crime in 2017 and " +
             S("1,219", "interception.warrants.issued", "national_security", "2017") +
             " in the interests of national security [3]."),
        Para("It is the steepest climb we have seen: the total rose by "
             + S("17.5%", "interception.warrants.issued.change", "total", "2017") +
             " in a year, after " + S("3,007", "interception.warrants.issued", "total", "2016") +
             " warrants in 2016."),
    ])
    p2 = Page(printed="2 of 3", blocks=[
        Heading("Mistakes are not rare", size=13),
        Para("Every year the oversight bodies publish error counts, and every year they are in the hundreds. "
             "Public authorities reported " + S("926", "cd.errors", "total", "2017") +
             " communications data errors in 2017; the year before it was "
             + S("1,101", "cd.errors", "total", "2016") + " [4]."),
        raw_para(F, 2, "\u201c" + S("24", "errors.serious.determined", "total", "2017") +
                 " serious errors in 2017. Each one is a life turned upside down.\u201d", cls="pq"),
        Para("The Commissioner investigated " + S("33", "errors.serious.investigations", "", "2017") +
             " cases as potentially serious before settling on that figure. In 2016 the old Commissioner had "
             "looked at " + S("29", "errors.serious.investigations", "", "2016") + "."),
        Para("Who gets it wrong? Applicants accounted for "
             + S("39.4%", "cd.errors.share", "applicant", "2016") + " of the 2016 errors and single points of "
             "contact for " + S("43.3%", "cd.errors.share", "spoc", "2016") + ". Telecoms companies\u2019 share "
             "was " + S("11.6%", "cd.errors.share", "csp", "2016") + " (see our post of 3 August 2017, part 2 of 4)."),
        Heading("Journalists, lawyers, doctors", size=13),
        Para("The figure that should worry every newsroom: " +
             S("203", "cd.applications.sensitive_profession", "journalist", "2018") +
             " applications in 2018 were for the data of journalists, out of "
             + S("1,320", "cd.applications.sensitive_profession", "total", "2018") +
             " touching sensitive professions. Lawyers accounted for "
             + S("234", "cd.applications.sensitive_profession", "lawyer", "2018") + " [5]."),
    ])
    p3 = Page(printed="3 of 3", blocks=[
        Heading("Take action", size=13),
        Bullet("Write to your MP: ask why " + S("1,063", "cd.errors", "total", "2019") +
               " errors in 2019 is acceptable."),
        Bullet("Ask how " + S("200,665", "cd.requests.approved", "", "2019") +
               " approved requests in 2019 were checked. Template letter: 2 pages, 5 minutes."),
        Bullet("Share this post. We passed 10,000 supporters on 1 March."),
        raw_para(F, 3, "\u201cMore than " + S("600", "context.public_authorities", "", "2020", q="over") +
                 " public bodies could use these powers in 2020, says the Commissioner. Most people cannot name ten.\u201d", cls="pq"),
        Heading("Sources", size=11),
        raw_para(F, 3, "[1] IPCO, Annual Report 2017, HC 1780, published 31 January 2019. [2] Annex D, p. 135. "
                 "[3] Chapter 8, paras 8.12 to 8.20. [4] IOCCO report for 2016, paras 8.1 to 8.9; the covering letter "
                 "gives " + S("1,200", "cd.errors", "total", "2016") + " errors. [5] IPCO, Annual Report 2018, "
                 "Table 4.", cls="src"),
        Para("Civil Liberties Watch, 4th Floor, 12 Union Street, Bristol BS1 2DN. Press: 0117 496 0725.", size=8),
    ])
    return Doc(F, "808,214 reasons to worry: the numbers behind the Snoopers' Charter", "Civil Liberties Watch",
               "Campaign blog post", "chromium", "civilibertieswatch.example.org/blog", [p1, p2, p3],
               number_style="foot", date=(2022, 3, 14), part=PART, style="blog")


# =============================================================================================
# 2. Home Office news release (reportlab): "From:", "Published", the minister's quote,
#    bullets, notes to editors numbered 1-5, press office phone numbers

def doc_home_office_release() -> Doc:
    _start()
    F = "home-office-news-release-commissioner-report-2018.pdf"
    p1 = Page(printed=None, header=False, blocks=[
        Lines([("GOV.UK", "b", 12, "L"),
               ("Press release", "r", 10, "L"),
               ("Security Minister welcomes Investigatory Powers Commissioner's annual report", "b", 17, "L"),
               ("Report for 2018 laid before Parliament today", "r", 11, "L"),
               ("From: Home Office and the Security Minister", "r", 9, "L"),
               ("Published 3 March 2020. Reference: HO/PR/2020/117", "r", 9, "L")], gap=4),
        Gap(10),
        Para("The Investigatory Powers Commissioner's annual report for 2018 was laid before Parliament today under "
             "section 234 of the Investigatory Powers Act 2016. It covers the first full year in which the "
             "double-lock for warrants applied."),
        Para("The report shows that " + S("808,214", "cd.items", "total", "2018") +
             " items of communications data were obtained in 2018, and that single points of contact were "
             "responsible for " + S("381", "cd.errors", "spoc", "2018") + " of the errors reported."),
        Para("The Security Minister said:", italic=True),
        Para("\u201cI welcome this report. Oversight that is independent and rigorous matters. That the "
             "Commissioner determined " + S("eight", "errors.serious.determined", "total", "2018") +
             " serious errors in 2018, against " + S("24", "errors.serious.determined", "total", "2017") +
             " the year before, shows the system improving.\u201d", italic=True),
        Para("Key points from the report:"),
        Bullet("Law enforcement agencies were granted " + S("1,958", "chis.authorisations", "law_enforcement", "2018")
               + " authorisations for covert human intelligence sources;"),
        Bullet(S("77", "lpp.applications.made", "", "2018") +
               " applications were made to obtain legally privileged material, of which "
               + S("76", "lpp.applications.approved", "", "2018") + " were approved;"),
        Bullet("errors in directed surveillance numbered " + S("59", "spci.errors", "directed_surveillance", "2018") +
               " and in property interference " + S("23", "spci.errors", "property_interference", "2018") + ";"),
        Bullet("urgent authorisations made up " + S("8%", "interception.warrants.urgent.share", "", "2018") +
               " of law enforcement interception authorisations."),
    ])
    p2 = Page(printed=None, header=False, blocks=[
        Heading("Notes to editors", size=12, space_before=0),
        Para("1. The report (HC 67, ISBN 978-1-5286-1654-0) is available on the IPCO website. It was laid on "
             "3 March 2020 at 9.30am."),
        Para("2. Communications data errors attributed to applicants numbered "
             + S("360", "cd.errors", "applicant", "2018") + "; to communications service providers, "
             + S("140", "cd.errors", "csp", "2018") + "; and to designated persons, "
             + S("22", "cd.errors", "designated_person", "2018") + "."),
        Para("3. Of the 2018 items obtained by local authorities, " + S("647", "cd.items.data_type", "subscriber", "2018")
             + " were subscriber information and " + S("87", "cd.items.data_type", "service_use", "2018") +
             " service use information. " + S("None", "cd.items.data_type", "traffic", "2018") +
             " was traffic data."),
        Para("4. Applications for the communications data of medical doctors numbered "
             + S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018") +
             ", of ministers of religion " + S("272", "cd.applications.sensitive_profession", "minister_of_religion",
                                               "2018")
             + " and of Members of Parliament " + S("113", "cd.applications.sensitive_profession",
                                                    "member_of_parliament", "2018") + "."),
        Para("5. The Commissioner's previous report, for 2017, was published on 31 January 2019 (HC 1780). "
             "It recorded " + S("3,535", "interception.warrants.issued", "total", "2017") +
             " interception warrants."),
        Gap(6),
        Para("Media enquiries: Home Office press office, 2 Marsham Street, London SW1P 4DF. Telephone 020 7035 3535 "
             "(24 hours). Follow us on social media. Share this page. Contents last updated 3 March 2020, 10:02.",
             size=8.5),
    ])
    return Doc(F, "Security Minister welcomes Investigatory Powers Commissioner's annual report", "Home Office",
               "Press release", "reportlab", "", [p1, p2], date=(2020, 3, 3), part=PART)


# =============================================================================================
# 3. Annual-report spread (Chromium): two text columns flowing into each other beside a
#    key-figures sidebar; lines of the three columns share baselines

def doc_annual_report_spread() -> Doc:
    _start()
    F = "oversight-annual-review-2016-spread.pdf"
    side1 = sidebar(F, 1, "2016 at a glance", [
        (S("3,007", "interception.warrants.issued", "total", "2016"), "interception warrants issued"),
        (S("754,559", "cd.items", "total", "2016"), "items of communications data"),
        (S("166", "inspections", "total", "2016"), "inspections carried out"),
        (S("970", "interception.warrants.examined", "", "2016"), "warrants examined in detail"),
        (S("134", "public_authorities.inspected", "", "2016"), "public authorities inspected"),
    ], "Figures: IOCCO report for 2016, chapters 5 to 8. Page 14 of the printed review.")
    p1 = Page(printed="14", blocks=[
        Raw('<div style="font-family:Liberation Sans;font-size:8pt;color:#0b4f6c">SECTION 3 \u00b7 THE YEAR IN '
            'REVIEW</div>'),
        Heading("Interception and communications data", size=19),
        spread_page(F, 1, "3.1 Interception", [
            "Interception remains the most intrusive of the powers we oversee. The number of warrants issued "
            "by the Secretaries of State in 2016 was " + S("3,007", "interception.warrants.issued", "total", "2016",
                                                           method=None) +
            ", a little below the " + S("3,059", "interception.warrants.issued", "total", "2015") + " of 2015.",
            "Of the warrants issued, " + S("67", "interception.warrants.urgent", "", "2016") +
            " were signed under the urgency procedure, which is " + S("2.2%", "interception.warrants.urgent.share", "",
                                                                    "2016") +
            " of the total, down from " + S("2.5%", "interception.warrants.urgent.share", "", "2015") + " in 2015.",
            "Only " + S("5", "interception.warrants.refused", "", "2016") + " applications were refused outright. "
            "Warrants in force at the end of the year were " + S("5.5%", "interception.warrants.in_force.change", "",
                                                                 "2016-12-31") + " up on a year earlier.",
            "## Inspection",
            "Our inspectors examined " + S("1,148", "interception.warrants.examined", "", "2015") +
            " warrants in 2015 and carried out " + S("26", "inspections", "interception", "2015") +
            " inspections of interception agencies that year. See paragraph 3.14 and Table 3.2 on page 19.",
            "Communications data inspections numbered " + S("72", "inspections", "communications_data", "2015") +
            " in 2015. The inspection programme ran from 4 January to 16 December.",
        ], side1),
    ])
    side2 = sidebar(F, 2, "Errors in numbers", [
        (S("1,101", "cd.errors", "total", "2016"), "communications data errors, 2016"),
        (S("1,199", "cd.errors", "total", "2015"), "communications data errors, 2015"),
        (S("62", "interception.errors", "", "2015"), "interception errors, 2015"),
        (S("29", "errors.serious.investigations", "", "2016"), "possible serious errors investigated, 2016"),
    ], "See section 3.4 and Annex B, table B7.")
    p2 = Page(printed="15", blocks=[
        Raw('<div style="font-family:Liberation Sans;font-size:8pt;color:#0b4f6c">SECTION 3 \u00b7 THE YEAR IN '
            'REVIEW</div>'),
        spread_page(F, 2, "3.2 Communications data", [
            "Public authorities obtained " + S("761,702", "cd.items", "total", "2015") +
            " items of communications data in 2015. The 2016 total is given in the box opposite.",
            "The purposes given were overwhelmingly the prevention and detection of crime: "
            + S("83%", "cd.applications.purpose.share", "prevent_detect_crime", "2016") + " of applications in "
            "2016, against " + S("6%", "cd.applications.purpose.share", "national_security", "2016") +
            " for national security and " + S("11%", "cd.applications.purpose.share", "prevent_death_injury", "2016") +
            " to prevent death or injury.",
            "Urgent oral applications accounted for " + S("10%", "cd.urgent_oral.share", "", "2016") +
            " of the total in 2016, compared with " + S("11%", "cd.urgent_oral.share", "", "2015") + " in 2015.",
            "## Who made the errors",
            "In 2016 single points of contact were responsible for " + S("43.5%", "cd.errors.share", "spoc", "2016") +
            " of errors, designated persons for " + S("2.9%", "cd.errors.share", "designated_person", "2016") +
            " and communications service providers for " + S("11.6%", "cd.errors.share", "csp", "2016") + ".",
            "Designated persons returned applications for clarity or quality in "
            + S("21%", "cd.applications.returned.share", "clarity_quality", "2016") + " of cases and at the request "
            "of the single point of contact in " + S("5%", "cd.applications.returned.share", "spoc_request_return",
                                                     "2016") + ".",
            "Of the " + S("366", "recommendations", "total", "2015") + " recommendations we made in 2015, "
            + S("29", "recommendations", "red", "2015") + " were red, " + S("203", "recommendations", "amber", "2015") +
            " amber and " + S("134", "recommendations", "green", "2015") + " green.",
        ], side2),
    ])
    return Doc(F, "Oversight annual review: section 3, the year in review (spread)", "Corpus imitation",
               "Annual report spread with sidebars", "chromium", "Annual review 2016", [p1, p2],
               number_style="foot", date=(2017, 9, 28), part=PART, style="spread")


# =============================================================================================
# 4. Academic slide deck exported to PDF (Chromium, landscape): one idea per slide, a very
#    large number, a column chart with tick labels, a small table, slide numbers and a licence

def doc_slide_deck() -> Doc:
    _start()
    F = "slides-counting-surveillance-seminar-2021.pdf"
    foot = "Dr A. Rahman \u00b7 University of Northbridge \u00b7 Law School seminar, 9 November 2021 \u00b7 CC BY 4.0"
    p1 = Page(printed="Slide 3 / 24", blocks=[
        Heading("One number", size=20),
        slide_number(F, 1, S("808,214", "cd.items", "total", "2018"), "items of communications data, 2018"),
        Bullet("Up from " + S("757,977", "cd.items", "total", "2017") + " in 2017"),
        Bullet("Law enforcement: " + S("92.6%", "cd.items.share", "law_enforcement", "2017") +
               " of items in 2017"),
        Bullet("Approved requests in 2019: " + S("200,665", "cd.requests.approved", "", "2019") +
               " (a new unit)"),
        Raw(f'<div class="cap">Source: IPCO Annual Reports 2017\u20132019. {html.escape(foot)}</div>'),
    ])
    p2 = Page(printed="Slide 7 / 24", blocks=[
        Heading("Interception warrants, 2012\u20132017", size=20),
        Columns(bars=[(S("3,372", "interception.warrants.issued", "total", "2012"), 3372 / 4000),
                      (S("2,760", "interception.warrants.issued", "total", "2013"), 2760 / 4000),
                      (S("2,795", "interception.warrants.issued", "total", "2014"), 2795 / 4000),
                      (S("3,059", "interception.warrants.issued", "total", "2015"), 3059 / 4000),
                      (S("3,007", "interception.warrants.issued", "total", "2016"), 3007 / 4000),
                      (S("3,535", "interception.warrants.issued", "total", "2017"), 3535 / 4000)],
                labels=["2012", "2013", "2014", "2015", "2016", "2017"],
                ticks=["0", "1,000", "2,000", "3,000", "4,000"],
                caption="Fig. 2. Warrants issued per calendar year (IOCCO; IPCO from 2017)."),
        Bullet(S("\u221219%", "interception.warrants.issued.change", "total", "2013", value=-19) +
               " in 2013; " + S("+9%", "interception.warrants.issued.change", "total", "2015", value=9) + " in 2015"),
        Raw(f'<div class="cap">{html.escape(foot)}</div>'),
    ])
    p3 = Page(printed="Slide 12 / 24", blocks=[
        Heading("Who makes the mistakes? (2018)", size=20),
        HTable([["Responsible", "Errors"],
                ["Single point of contact", (S("381", "cd.errors", "spoc", "2018"), 'class="n"')],
                ["Applicant", (S("360", "cd.errors", "applicant", "2018"), 'class="n"')],
                ["CSP", (S("140", "cd.errors", "csp", "2018"), 'class="n"')],
                ["Designated person", (S("22", "cd.errors", "designated_person", "2018"), 'class="n"')]],
               caption="Table 1. Communications data errors by party, from IPCO 2018 Table 5.",
               caption_above=False, widths=[260, 90]),
        slide_number(F, 3, S("1,063", "cd.errors", "total", "2019"), "errors reported the next year (2019)"),
        Raw(f'<div class="cap">{html.escape(foot)}</div>'),
    ])
    return Doc(F, "Counting surveillance: what the oversight statistics can and cannot tell us",
               "Dr A. Rahman", "Seminar slides", "chromium", "Counting surveillance \u2013 seminar slides",
               [p1, p2, p3], number_style="foot", date=(2021, 11, 9), part=PART, style="slides")


# =============================================================================================
# 5. Question-and-answer explainer (fpdf2): "Q4." headings, answers opening "A.", cross
#    references to other questions, a version line, a quick-reference table

def doc_faq() -> Doc:
    _start()
    F = "law-centre-faq-surveillance-figures-2026.pdf"
    p1 = Page(printed="1", blocks=[
        Lines([("Northbridge Law Centre", "b", 15, "L"),
               ("Surveillance figures: your questions answered", "b", 12, "L"),
               ("Information sheet IS-14, version 3. Updated 2 February 2026. Advice line 0161 496 0832.", "r", 8.5,
                "L")], gap=3),
        Gap(6),
        Heading("Q1. How many interception warrants are issued each year?", size=11),
        Para("A. In 2017, the first year reported on by the Investigatory Powers Commissioner, "
             + S("3,535", "interception.warrants.issued", "total", "2017") + " warrants were issued. In 2010 the "
             "figure was " + S("1,865", "interception.warrants.issued", "total", "2010") + ". See Q5 for errors."),
        Heading("Q2. Is that mostly terrorism?", size=11),
        Para("A. No. In 2017, " + S("65.22%", "interception.warrants.issued.share", "serious_crime", "2017") +
             " of warrants were for serious crime and " +
             S("34.5%", "interception.warrants.issued.share", "national_security", "2017") +
             " for national security. In 2014 the split was " +
             S("68%", "interception.warrants.issued.share", "serious_crime", "2014") + " and " +
             S("31%", "interception.warrants.issued.share", "national_security", "2014") + "."),
        Heading("Q3. How often is phone and internet data obtained?", size=11),
        Para("A. Far more often. In 2007 public authorities made " + S("519,260", "cd.requests", "total", "2007") +
             " requests for communications data. In the nine months from April to December 2006 the figure was "
             + S("253,557", "cd.requests", "total", "2006-04/2006-12") + ", of which local authorities made "
             + S("1,694", "cd.requests", "local_authorities", "2006-04/2006-12") + "."),
        Heading("Q4. Do councils still use these powers?", size=11),
        Para("A. Rarely. Local authorities obtained " + S("1,191", "cd.items.comms_type", "telephony", "2019") +
             " items of telephony data in 2019, " + S("164", "cd.items.comms_type", "internet", "2019") +
             " internet items and " + S("24", "cd.items.comms_type", "postal", "2019") + " postal items."),
    ])
    p2 = Page(printed="2", blocks=[
        Heading("Q5. What happens when they get it wrong?", size=11),
        Para("A. Errors must be reported to the Commissioner. There were " + S("1,088", "cd.errors", "total",
                                                                               "2006-04/2006-12") +
             " communications data errors in April to December 2006, of which "
             + S("301", "cd.errors", "csp", "2006-04/2006-12") + " were caused by service providers. In 2012 there "
             "were " + S("979", "cd.errors", "total", "2012") + "."),
        Para("Interception errors are much rarer: " + S("57", "interception.errors", "", "2013") + " in 2013, "
             + S("60", "interception.errors", "", "2014") + " in 2014 and " + S("13", "interception.errors", "", "2018")
             + " in 2018."),
        Heading("Q6. Were any errors serious?", size=11),
        Para("A. In 2019 the Commissioner found " + S("fourteen", "errors.serious.determined", "total", "2019") +
             " serious errors, after investigating " + S("18", "errors.serious.investigations", "", "2019") +
             ". In 2021 there were " + S("no", "errors.serious.determined", "total", "2021") +
             " serious errors at all."),
        Heading("Q7. Can I complain?", size=11),
        Para("A. Yes, to the Investigatory Powers Tribunal. It received " + S("157", "ipt.complaints", "", "2009") +
             " new complaints in 2009. Forms are free; there is a 12-month time limit (see Q9)."),
        Heading("Q8. How many bodies can use these powers?", size=11),
        Para("A. Over " + S("600", "context.public_authorities", "", "2022", q="over") +
             " public authorities, according to the Commissioner's 2022 report. The Commissioner carried out "
             + S("380", "inspections", "total", "2022") + " inspections in 2022 and "
             + S("386", "inspections", "total", "2023") + " in 2023."),
        Heading("Q9. Are figures for covert surveillance published?", size=11),
        Para("A. Yes, for financial years until 2017. Law enforcement agencies granted "
             + S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03") +
             " directed surveillance authorisations in 2016-17 and " +
             S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
             " were still in force on 31 March 2017."),
    ])
    p3 = Page(printed="3", blocks=[
        Heading("Quick reference", size=11.5),
        Table(rows=[
            ["Figure", "Period", "Number"],
            ["Property interference authorisations", "2016-17", S("1,842", "property_interference.authorisations",
                                                                  "", "2016-04/2017-03")],
            ["Property interference authorisations", "Apr-Dec 2017", S("1,453", "property_interference.authorisations",
                                                                       "", "2017-04/2017-12")],
            ["Intrusive surveillance authorisations", "Apr-Dec 2017",
             S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12")],
            ["Journalistic source applications", "2024", S("106", "cd.applications.journalistic_source", "", "2024")],
            ["Lawyers (sensitive professions)", "2024", S("219", "cd.applications.sensitive_profession", "lawyer",
                                                          "2024")],
            ["Journalists (sensitive professions)", "2024", S("157", "cd.applications.sensitive_profession",
                                                              "journalist", "2024")],
            ["Authorisations, all powers", "2023", "just under " + S("360,000", "authorisations.all_powers", "", "2023", q="under")],
        ], xs=[0, 230, 340, 450], align=["L", "L", "R"], ruled=True, size=9.5, row_h=17,
            caption="Table: selected figures from the Commissioners' reports (see Q1 to Q9).",
            caption_above=False),
        Para("This sheet is general information, not legal advice. Northbridge Law Centre is a registered charity "
             "(no. 1098765) and is authorised and regulated by the Solicitors Regulation Authority (SRA 612345). "
             "Reviewed every 12 months; next review 1 February 2027.", size=8.5),
    ])
    return Doc(F, "Surveillance figures: your questions answered (IS-14)", "Northbridge Law Centre",
               "Question-and-answer explainer", "fpdf2", "Northbridge Law Centre - Information sheet IS-14",
               [p1, p2, p3], date=(2026, 2, 2), part=PART)


# =============================================================================================
# 6. Encyclopedia-style reference article (Chromium): an infobox beside the lead whose rows
#    share baselines with the text, bracketed citation markers after numbers, a "wikitable"
#    with years as rows and dashes, "[citation needed]", a numbered reference list

def infobox(fname: str, page: int, title: str, rows: list) -> str:
    """Infobox rows: (label, cell template); rows with a statistic are table rows."""
    out = []
    for label, tmpl in rows:
        mk, plain, hits = g.html_expand(tmpl)
        for st, _, _ in hits:
            g.record(fname, page, st, "table", f"{label} {plain}", checks=["~" + label, "~" + plain])
        out.append(f"<tr><th>{html.escape(label)}</th><td>{mk}</td></tr>")
    return f'<div class="ibox"><div class="t">{html.escape(title)}</div><table>{"".join(out)}</table></div>'


def wiki_lead(fname: str, page: int, paras: list, box: str) -> Raw:
    body = []
    for t in paras:
        mk, _, _ = g.html_expand(t)
        # superscript citation markers are not part of the quote (as footnote markers elsewhere)
        _, plain, hits = g.expand(re.sub(r'<sup class="c">.*?</sup>', "", t))
        for st, a, b in hits:
            g.record(fname, page, st, "sentence", g.sentence_quote(plain, a, b))
        body.append(f"<p>{mk}</p>")
    g.REGIONS[(fname, page)] = [(0, 0, 372, 841), (372, 0, 594, 841)]
    return Raw(f'<div class="wgrid"><div>{"".join(body)}</div><div>{box}</div></div>')


def doc_encyclopedia_article() -> Doc:
    _start()
    F = "encyclopedia-interception-of-communications-commissioner.pdf"
    box = infobox(F, 1, "Interception of Communications Commissioner's Office", [
        ("Formed", "1986 (Commissioner); abolished 1 September 2017"),
        ("Superseding agency", "Investigatory Powers Commissioner's Office"),
        ("Warrants issued (2016)", S("3,007", "interception.warrants.issued", "total", "2016")),
        ("CD items (2016)", S("754,559", "cd.items", "total", "2016")),
        ("CD errors (2016)", S("1,101", "cd.errors", "total", "2016")),
        ("Inspections (2016)", S("166", "inspections", "total", "2016")),
        ("Authorities inspected (2016)", S("134", "public_authorities.inspected", "", "2016")),
        ("Website", "iocco-uk.info (archived)"),
    ])
    p1 = Page(printed="1", header=False, blocks=[
        Heading("Interception of Communications Commissioner", size=20),
        Raw('<div class="from">From the free encyclopedia · Last edited on 4 April 2024, at 11:52 · '
            'Revision 1217734458</div>'),
        wiki_lead(F, 1, [
            "The <b>Interception of Communications Commissioner</b> was the office responsible for overseeing "
            "the interception of communications and the acquisition of communications data in the United "
            "Kingdom, under Part I of the Regulation of Investigatory Powers Act 2000, until its functions "
            "passed to the Investigatory Powers Commissioner in 2017.<sup class=\"c\">[1]</sup>",
            "In the nine months from April to December 2006, covered by the Commissioner\u2019s report for "
            "that year, " + S("1,435", "interception.warrants.issued", "total", "2006-04/2006-12") +
            "<sup class=\"c\">[2]</sup> interception warrants were issued and public authorities made "
            + S("253,557", "cd.requests", "total", "2006-04/2006-12") + " requests for communications data.",
            "The following year the requests totalled " + S("519,260", "cd.requests", "total", "2007") +
            ".<sup class=\"c\">[3]</sup> Reported errors numbered " + S("595", "cd.errors", "total", "2008") +
            " in 2008 and " + S("661", "cd.errors", "total", "2009") + " in 2009.",
            "By 2010 the number of warrants had reached " + S("1,865", "interception.warrants.issued", "total", "2010")
            + ", and the Commissioner recorded " + S("27", "interception.errors", "", "2010") +
            " interception errors, against " + S("42", "interception.errors", "", "2011") +
            " in 2011.<sup class=\"c\">[4]</sup>",
        ], box),
    ])
    p2 = Page(printed="2", header=False, blocks=[
        Heading("Statistics", size=13.5),
        HTable([["Year", "Warrants issued", "CD errors", "Interception errors"],
                ["2012", (S("3,372", "interception.warrants.issued", "total", "2012"), 'class="n"'),
                 (S("979", "cd.errors", "total", "2012"), 'class="n"'), ("—", 'class="n"')],
                ["2013", (S("2,760", "interception.warrants.issued", "total", "2013"), 'class="n"'),
                 (S("970", "cd.errors", "total", "2013"), 'class="n"'),
                 (S("57", "interception.errors", "", "2013"), 'class="n"')],
                ["2014", (S("2,795", "interception.warrants.issued", "total", "2014"), 'class="n"'),
                 ("—", 'class="n"'), (S("60", "interception.errors", "", "2014"), 'class="n"')],
                ["2015", (S("3,059", "interception.warrants.issued", "total", "2015"), 'class="n"'),
                 (S("1,199", "cd.errors", "total", "2015"), 'class="n"'),
                 (S("62", "interception.errors", "", "2015"), 'class="n"')],
                ["2016", (S("3,007", "interception.warrants.issued", "total", "2016"), 'class="n"'),
                 (S("1,101", "cd.errors", "total", "2016"), 'class="n"'), ("—", 'class="n"')]],
               caption="Figures reported by the Commissioner, by calendar year.[5] — not reported.",
               caption_above=True, cls="wikitable"),
        Heading("Inspections and oversight", size=10),
        Para("In 2012 the office carried out " + S("42", "inspections", "communications_data", "2012") +
             " communications data inspections and inspected " + S("21", "public_authorities.inspected", "", "2012") +
             " other public authorities. Those authorities made " +
             S("2,379", "cd.requests", "other_public_authorities", "2012") + " requests that year.[6]"),
        Para("The 2013 report said that well over " + S("500,000", "cd.requests", "total", "2013", q="over") +
             " requests were made each year,[7] and that public authorities caused "
             + S("87.5%", "cd.errors.share", "public_authorities", "2013") + " of the errors and service providers "
             + S("12.5%", "cd.errors.share", "csp", "2013") + ". Inspectors examined "
             + S("600", "interception.warrants.examined", "", "2013") + " interception warrants and made "
             + S("65", "recommendations", "total", "2013") + " recommendations."),
        Para("Urgent oral applications numbered " + S("42,293", "cd.urgent_oral", "", "2013") + " in 2013 and "
             + S("55,346", "cd.urgent_oral", "", "2014") + " in 2014.[citation needed] The Commissioner "
             "identified " + S("7", "errors.serious.determined", "total", "2013") + " serious errors in 2013."),
        Heading("Share of warrants by purpose", size=10),
        Para("In 2014, " + S("68%", "interception.warrants.issued.share", "serious_crime", "2014") +
             " of warrants were issued for serious crime, " +
             S("31%", "interception.warrants.issued.share", "national_security", "2014") +
             " for national security and " + S("1%", "interception.warrants.issued.share", "combination", "2014") +
             " for a combination of purposes; the 2015 split was " +
             S("65%", "interception.warrants.issued.share", "serious_crime", "2015") + ", " +
             S("34%", "interception.warrants.issued.share", "national_security", "2015") + " and " +
             S("1%", "interception.warrants.issued.share", "combination", "2015") + ".[8]"),
    ])
    p3 = Page(printed="3", header=False, blocks=[
        Heading("Criticism", size=13.5),
        Para("Critics noted that the error totals were not comparable across years. The 2016 report gives "
             + S("1,200", "cd.errors", "total", "2016") + " errors in its covering letter but a lower figure in the "
             "errors chapter.[9] The Investigatory Powers Tribunal received "
             + S("157", "ipt.complaints", "", "2009") + " new complaints in 2009.[10]"),
        Heading("See also", size=13.5),
        Raw("<ul><li>Investigatory Powers Act 2016</li><li>Office of Surveillance Commissioners</li>"
            "<li>Intelligence Services Commissioner</li></ul>"),
        Heading("References", size=13.5),
        Raw('<ol class="refs"><li>Regulation of Investigatory Powers Act 2000, s. 57.</li>'
            "<li>Report of the Interception of Communications Commissioner for 2006, HC 252, para. 58.</li>"
            "<li>Report for 2007, HC 947, para. 3.7.</li><li>Report for 2011, HC 496, p. 12.</li>"
            "<li>Reports for 2012–2016, retrieved 12 March 2024.</li><li>Report for 2012, section 3.</li>"
            "<li>Report for 2013, para. 4.20.</li><li>IOCCO, March 2015 and July 2016 reports.</li>"
            "<li>Report for 2016, covering letter, p. 2.</li><li>IPT Report 2010, p. 9.</li></ol>"),
        Raw('<div class="from">Text is available under the Creative Commons Attribution-ShareAlike License 4.0. '
            'This page was last edited on 4 April 2024.</div>'),
    ])
    return Doc(F, "Interception of Communications Commissioner - encyclopedia article", "Encyclopedia contributors",
               "Reference article", "chromium", "", [p1, p2, p3], number_style="foot", date=(2024, 4, 4),
               part=PART, style="wiki")


def dev4_builders() -> list:
    return [doc_blog_post, doc_home_office_release, doc_annual_report_spread, doc_slide_deck, doc_faq,
            doc_encyclopedia_article]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)

if __name__ == "__main__":
    sys.exit(main())
