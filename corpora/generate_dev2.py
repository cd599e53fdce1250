#!/usr/bin/env python3
"""Second development part of the labelled corpus: corpora/dev2/ (PDFs and gold.csv).

Not run on its own: corpora/generate.py imports this module (``dev2_builders()``) and renders
these documents with the same machinery as the other parts, so gold rows are still emitted by
the code that draws each number, and the same self-check re-reads every PDF.

    .venv/bin/python corpora/generate.py

Eight documents in house styles and phrasings the first development part does not use: a select
committee written-evidence memo, an NGO briefing quoting IPCO, an IPCO annual report in a new
house style, a police FOI response letter, Hansard-style written answers, an academic paper's
statistical appendix, an ICO-style enforcement summary and a statistical bulletin with charts.

All prose is new paraphrase. Every number that is a statistic is a real published figure (see
/work/shared/reference/facts-dev.json and report-layouts.md). Real figures that no taxonomy metric
covers (OCDA staff, police forces, the IOCCO journalist inquiry, IPT caseload other than new
complaints, growth ranges) are printed as plain text and left out of gold: the machinery has no
`unclassified` metric (validate() accepts taxonomy and PROPOSED_METRICS ids only), so a recogniser
that assigns them a taxonomy metric is scored as a false positive.
"""
from __future__ import annotations

import html
import sys

# corpora/generate.py registers itself as module `generate` before importing this file, so the
# statistics registry and gold rows below are the ones its main() writes out.
import generate as g
from generate import (S, Bars, Box, Bullet, Doc, Gap, Heading, HTable, Lines, Page, Para, Raw,
                      Table)

PART = "dev2"
EN = "\u2013"  # en dash: an empty or missing cell


def _start() -> None:
    # Charts drawn as literal SVG record their gold rows while the document is built (their
    # page number is known then), before main() sets the part; set it here.
    g.CURRENT_PART[0] = PART


def _stat(ph: str):
    return g.STATS[int(g.PH_RE.fullmatch(ph).group(1))]


g.HTML_STYLES.setdefault("ngo", """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.42; color: #1a1a1a; }
h1 { font-size: 19pt; margin: 0 0 6pt 0; color: #7a1f3d; }
h2 { font-size: 13pt; margin: 10pt 0 5pt 0; color: #7a1f3d; border-bottom: 1pt solid #7a1f3d; }
h3 { font-size: 11pt; margin: 8pt 0 4pt 0; }
.pnum { font-weight: bold; }
.box { border: 1pt solid #7a1f3d; background: #fbf1f4; }
""")
g.HTML_STYLES.setdefault("bulletin", """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #0b0c0c; }
h1 { font-size: 18pt; margin: 0 0 6pt 0; }
h2 { font-size: 13.5pt; margin: 10pt 0 5pt 0; color: #005ea5; }
h3 { font-size: 11pt; margin: 8pt 0 4pt 0; }
.pnum { font-weight: bold; }
.box { border-left: 4pt solid #005ea5; border-top: none; border-right: none; border-bottom: none; background: #f3f2f1; }
""")


# ---------------------------------------------------------------------------------------------
# Literal SVG charts (layouts the shared renderer has no block for). Each value is recorded on
# the page it is drawn on; the self-check looks for the value and its label on that page.

def line_chart(fname: str, page: int, points: list, ticks: list, caption: str, lo: float, hi: float,
               width: int = 400, height: int = 170) -> Raw:
    """A line chart: points are (x label, placeholder, value); each point carries its value
    above it, the y axis carries tick labels (distractors)."""
    left, bottom, top = 56, height - 22, 14
    span = (width - left - 20) / max(1, len(points) - 1)

    def y_of(v):
        return bottom - (v - lo) / (hi - lo) * (bottom - top)
    parts = [f'<line x1="{left}" y1="{bottom}" x2="{width-10}" y2="{bottom}" stroke="#333" stroke-width="0.6"/>',
             f'<line x1="{left}" y1="{top-6}" x2="{left}" y2="{bottom}" stroke="#333" stroke-width="0.6"/>']
    for k, t in enumerate(ticks):
        y = bottom - k * (bottom - top) / (len(ticks) - 1)
        parts.append(f'<text x="{left-5}" y="{y+3:.1f}" font-size="8" text-anchor="end" '
                     f'font-family="Liberation Sans" fill="#555">{html.escape(t)}</text>')
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width-10}" y2="{y:.1f}" stroke="#ddd" stroke-width="0.4"/>')
    xy = []
    for k, (label, ph, v) in enumerate(points):
        x, y = left + 24 + k * span * 0.9, y_of(v)
        xy.append((x, y))
        st = _stat(ph)
        g.record(fname, page, st, "chart", f"{label} {st.printed}", checks=[label, st.printed])
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.6" fill="#7a1f3d"/>')
        parts.append(f'<text x="{x:.1f}" y="{y-7:.1f}" font-size="9" text-anchor="middle" '
                     f'font-family="Liberation Sans">{html.escape(st.printed)}</text>')
        parts.append(f'<text x="{x:.1f}" y="{bottom+13}" font-size="9" text-anchor="middle" '
                     f'font-family="Liberation Sans">{html.escape(label)}</text>')
    path = " ".join(f"{'M' if k == 0 else 'L'}{x:.1f},{y:.1f}" for k, (x, y) in enumerate(xy))
    parts.insert(2 + 2 * len(ticks), f'<path d="{path}" fill="none" stroke="#7a1f3d" stroke-width="1.4"/>')
    svg = f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}">{"".join(parts)}</svg>'
    return Raw(f'<div class="chart"><div class="cap" style="font-style:normal;font-weight:bold">'
               f'{html.escape(caption)}</div>{svg}</div>')


def grouped_bars(fname: str, page: int, groups: list, series: list, caption: str, note: str = "") -> Raw:
    """Horizontal grouped bars: groups are (label, [placeholder or None per series]); series are
    (name, colour). The period of each bar is told only by the legend (colour and order)."""
    rows = []
    for label, phs in groups:
        bars = []
        for (name, colour), ph in zip(series, phs):
            if ph is None:
                bars.append('<div style="height:9pt;margin:1pt 0"></div>')
                continue
            st = _stat(ph)
            g.record(fname, page, st, "chart", f"{label} {st.printed}", checks=[label, st.printed])
            w = st.value * 3.2
            bars.append(f'<div style="display:flex;align-items:center;height:10pt;margin:1pt 0">'
                        f'<div style="width:{w:.1f}pt;height:8pt;background:{colour};margin-right:4pt"></div>'
                        f'<div style="font-size:8.5pt">{html.escape(st.printed)}</div></div>')
        rows.append(f'<div style="display:flex;align-items:center;margin:4pt 0">'
                    f'<div style="width:110pt;font-size:9pt">{html.escape(label)}</div>'
                    f'<div>{"".join(bars)}</div></div>')
    legend = "".join(f'<span style="margin-right:14pt"><span class="sw" style="background:{c}"></span>'
                     f'{html.escape(n)}</span>' for n, c in series)
    return Raw(f'<div class="chart"><div class="cap" style="font-style:normal;font-weight:bold">'
               f'{html.escape(caption)}</div>{"".join(rows)}<div class="lg" style="margin-top:4pt">{legend}</div>'
               + (f'<div class="cap">{html.escape(note)}</div>' if note else "") + "</div>")


# =============================================================================================
# 1. Select committee written evidence (reportlab, Times)

def doc_committee_memo() -> Doc:
    _start()
    F = "committee-written-evidence-ipo0042.pdf"
    p1 = Page(printed="1", footnotes=[
        "1 Annual Report of the Investigatory Powers Commissioner 2019 (HC 1039), paragraph 19.1, page 145.",
        "2 Annual Report of the Investigatory Powers Commissioner 2018 (HC 67), Annex D, page 135."], blocks=[
        Lines([("House of Commons Home Affairs Committee", "b", 13, "L"),
               ("Inquiry into the oversight of investigatory powers", "r", 11, "L"),
               ("Written evidence submitted by the Digital Rights Forum (IPO0042)", "i", 11, "L"),
               ("January 2021", "r", 10, "L")], gap=2),
        Gap(4),
        Heading("1. Summary", size=12),
        Para("1.1 The Digital Rights Forum is a charity (registered number 1098765) that has followed the "
             "published oversight statistics since 2006. We answer questions 2, 4 and 7 of the Committee\u2019s "
             "call for evidence of 30 October 2020."),
        Para("1.2 The Commissioner\u2019s latest report was published on 17 December 2020 and covers the "
             "calendar year 2019. It records that "
             + S("200,665", "cd.requests.approved", "", "2019", sup="1") +
             " requests for communications data were approved. That count of approvals cannot be set against "
             "the " + S("808,214", "cd.items", "total", "2018", sup="2") +
             " items of data obtained in 2018, because the unit changed when the Office for Communications "
             "Data Authorisations took over most decisions; that office has a staff of just over 100."),
        Para("1.3 Errors have not fallen. A total of " + S("1,063", "cd.errors", "total", "2019") +
             " communications data errors were reported for 2019. The equivalent total for 2017 was "
             + S("926", "cd.errors", "total", "2017") + ", and the last IOCCO report put the 2016 figure at "
             + S("1,101", "cd.errors", "total", "2016") + "."),
        Para("1.4 In the twelve months covered by the 2019 report the Commissioner investigated "
             + S("18", "errors.serious.investigations", "", "2019") +
             " errors as possibly serious and found that " + S("14", "errors.serious.determined", "total", "2019") +
             " were. Two years before, " + S("24", "errors.serious.determined", "total", "2017") +
             " errors had been determined to be serious."),
    ])
    p2 = Page(printed="2", footnotes=[
        "3 IPCO Annual Report 2018, Annex D; see also paragraph 8.7 of the Communications Data Code of Practice."],
        blocks=[
        Heading("2. Journalists and the other sensitive professions", size=12, space_before=0),
        Para("2.1 Section 77 of the Investigatory Powers Act 2016 requires a Judicial Commissioner to approve any "
             "authorisation that seeks to identify or confirm a journalist\u2019s source. In 2019, Judicial "
             "Commissioners considered applications to identify a journalist\u2019s source on "
             + S("15", "cd.applications.journalistic_source", "", "2019") + " occasions."),
        Para("2.2 Applications touching the wider sensitive professions are far more numerous. For 2018, the "
             "last year broken down by profession when we wrote, the total was "
             + S("1,320", "cd.applications.sensitive_profession", "total", "2018", sup="3") + ": "
             + S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018") + " concerned medical doctors, "
             + S("272", "cd.applications.sensitive_profession", "minister_of_religion", "2018") + " ministers of religion, "
             + S("234", "cd.applications.sensitive_profession", "lawyer", "2018") + " lawyers, "
             + S("203", "cd.applications.sensitive_profession", "journalist", "2018") + " journalists and "
             + S("113", "cd.applications.sensitive_profession", "member_of_parliament", "2018") +
             " Members of Parliament."),
        Para("2.3 Two years earlier the IOCCO counted " + S("948", "cd.applications.sensitive_profession", "total", "2016") +
             " applications for communications data that concerned members of those professions."),
        Para("2.4 The IOCCO inquiry of February 2015 found that 19 police forces had used RIPA to obtain "
             "journalistic sources, and that the records of 82 journalists had been sought over three years. "
             "Those findings led to the amendments made in March 2015."),
        Heading("3. Legally privileged material", size=12),
        Para("3.1 Public authorities applied " + S("77", "lpp.applications.made", "", "2018") +
             " times in 2018 for approval to retain items subject to legal professional privilege. All but one "
             "of those applications, " + S("76", "lpp.applications.approved", "", "2018") +
             ", were approved by Judicial Commissioners."),
        Para("3.2 We ask the Committee to press for the outcome of each refused application to be published, as "
             "Schedule 4 to the Data Protection Act 2018 would allow."),
    ])
    p3 = Page(printed="3", blocks=[
        Heading("4. Errors: the detail", size=12, space_before=0),
        Table(rows=[
            ["", "2016", "2017", "2018", "2019"],
            ["", "(IOCCO)", "(IPCO)", "(IPCO)", "(IPCO)"],
            ["Communications data errors", S("1,101", "cd.errors", "total", "2016"), S("926", "cd.errors", "total", "2017"),
             EN, S("1,063", "cd.errors", "total", "2019")],
            ["Serious error investigations", S("29", "errors.serious.investigations", "", "2016"),
             S("33", "errors.serious.investigations", "", "2017"), EN,
             S("18", "errors.serious.investigations", "", "2019")],
            ["Errors determined to be serious", EN, S("24", "errors.serious.determined", "total", "2017"),
             S("8", "errors.serious.determined", "total", "2018"), S("14", "errors.serious.determined", "total", "2019")],
        ], xs=[0, 250, 310, 370, 430], align=["L", "R", "R", "R", "R"], ruled=False, header_rows=2, row_h=16,
            size=10, caption="Table 1: Errors reported by the Commissioners, 2016 to 2019. \u2013 : no figure in the "
                             "text of the report for that year.", caption_above=True),
        Para("4.1 The 2018 report gives no single total for communications data errors in its text, although "
             "the cells of its Table 5 add up to " + S("903", "cd.errors", "total", "2018") + "."),
        Para("4.2 That table assigns each error to the person responsible. Single points of contact were "
             "responsible for " + S("381", "cd.errors", "spoc", "2018") + ", applicants for "
             + S("360", "cd.errors", "applicant", "2018") + ", communications service providers for "
             + S("140", "cd.errors", "csp", "2018") + " and designated persons for "
             + S("22", "cd.errors", "designated_person", "2018") + "."),
        Para("4.3 Incorrect times and dates remain the commonest fault. Of that kind of error, SPoCs made "
             + S("199", "cd.errors.time_date", "spoc", "2018") + ", " +
             S("66", "cd.errors.time_date.ip_address", "spoc", "2018") + " of which involved IP addresses, and "
             "service providers made " + S("50", "cd.errors.time_date", "csp", "2018") + ". Among applicants, "
             + S("12", "cd.errors.time_date.ip_address", "applicant", "2018") +
             " time or date errors related to IP addresses."),
        Heading("5. Oral evidence", size=12),
        Para("5.1 We would welcome the chance to give oral evidence. Please contact our policy team on "
             "020 7946 0134 or at evidence@drf.example. 18 January 2021."),
    ])
    return Doc(F, "Written evidence submitted by the Digital Rights Forum (IPO0042)", "Digital Rights Forum",
               "Select committee written evidence", "reportlab",
               "Home Affairs Committee \u2013 Oversight of investigatory powers \u2013 IPO0042", [p1, p2, p3],
               font="Times-Roman", part=PART)


# =============================================================================================
# 2. NGO briefing quoting IPCO figures (Chromium)

def doc_ngo_briefing() -> Doc:
    _start()
    F = "ngo-briefing-watching-the-watchers-2025.pdf"
    p1 = Page(printed="1", blocks=[
        Raw('<div style="font-size:8.5pt;letter-spacing:1pt;color:#7a1f3d">PRIVACY ACTION NETWORK \u00b7 '
            'BRIEFING 2025/3 \u00b7 JUNE 2025</div>'),
        Heading("Watching the watchers: what the Commissioner\u2019s reports tell us", size=18),
        Para("This briefing brings together the figures published by the Investigatory Powers Commissioner\u2019s "
             "Office (IPCO) since it took over from three predecessor bodies on 1 September 2017. Paragraph "
             "references such as 10.13 are to the report concerned."),
        Heading("At a glance", size=13),
        Bullet("Interception warrants issued, 2017: " + S("3,535", "interception.warrants.issued", "total", "2017")),
        Bullet("Items of communications data obtained, 2018: " + S("808,214", "cd.items", "total", "2018")),
        Bullet("Requests for communications data approved, 2019: " + S("200,665", "cd.requests.approved", "", "2019")),
        Bullet("Errors determined to be serious, 2019: " + S("14", "errors.serious.determined", "total", "2019")),
        Bullet("Inspections carried out, 2023: " + S("386", "inspections", "total", "2023")),
        Bullet("Public authorities overseen, 2024: more than " +
               S("600", "context.public_authorities", "", "2024", q="over")),
        Bullet("Police forces in England and Wales: 43"),
        Para("IPCO publishes its report for each calendar year late in the following year or later still: the report "
             "on 2023 appeared in May 2025. Press enquiries: 020 7946 0551 (weekdays, 9am to 5pm)."),
    ])
    p2 = Page(printed="2", blocks=[
        Heading("1. Interception", size=13),
        Para("Interception rose sharply in IPCO\u2019s first year. Ministers issued "
             + S("3,535", "interception.warrants.issued", "total", "2017") + " warrants in 2017, up "
             + S("17.5%", "interception.warrants.issued.change", "total", "2017") +
             " on 2016, when the IOCCO had reported " + S("3,007", "interception.warrants.issued", "total", "2016") + "."),
        Para("For serious crime, " + S("2,306", "interception.warrants.issued", "serious_crime", "2017") +
             " warrants were issued that year; for national security, "
             + S("1,219", "interception.warrants.issued", "national_security", "2017") + "."),
        Para("In 2016, " + S("67", "interception.warrants.urgent", "", "2016") +
             " warrants were approved under the urgency procedure, roughly "
             + S("2.2%", "interception.warrants.urgent.share", "", "2016", q="approximately") +
             " of the total, and Secretaries of State refused "
             + S("five", "interception.warrants.refused", "", "2016") + " applications outright."),
        line_chart(F, 2, [("2015", S("761,702", "cd.items", "total", "2015"), 761702),
                          ("2016", S("754,559", "cd.items", "total", "2016"), 754559),
                          ("2017", S("757,977", "cd.items", "total", "2017"), 757977),
                          ("2018", S("808,214", "cd.items", "total", "2018"), 808214)],
                   ticks=["700,000", "725,000", "750,000", "775,000", "800,000", "825,000"],
                   caption="Chart 1: Items of communications data obtained, 2015 to 2018",
                   lo=700000, hi=825000),
        Para("Source for Chart 1: IOCCO report July 2016, paragraph 7.6; IPCO Annual Reports 2017 (paragraph "
             "8.15) and 2018 (Annex D). Counting by items began with the 2015 figures.", size=8.5),
    ])
    p3 = Page(printed="3", blocks=[
        Heading("2. Communications data", size=13),
        Para("The Commissioner\u2019s report published in March 2020 states that public authorities obtained "
             + S("808,214", "cd.items", "total", "2018") + " items of communications data in 2018, a small rise from "
             + S("757,977", "cd.items", "total", "2017") + " the previous year."),
        Para("Law enforcement dominates. In 2017 it accounted for " + S("700,282", "cd.items", "law_enforcement", "2017")
             + " items, or " + S("92.6%", "cd.items.share", "law_enforcement", "2017") + " of the total."),
        Para("Local councils use the powers rarely: in 2019 they obtained just "
             + S("24", "cd.items.comms_type", "postal", "2019") + " items of postal related data, against "
             + S("1,191", "cd.items.comms_type", "telephony", "2019") + " items of telephony related data."),
        Heading("3. When things go wrong", size=13),
        Para("IPCO determined " + S("eight", "errors.serious.determined", "total", "2018") + " serious errors in 2018 and "
             + S("14", "errors.serious.determined", "total", "2019") + " in 2019. For 2021 it determined "
             + S("no", "errors.serious.determined", "total", "2021") + " serious errors at all, a first."),
        Para("Errors in the use of surveillance, property interference and CHIS: "
             + S("99", "spci.errors", "total", "2018") + " in 2018 (" + S("83", "spci.errors", "total", "2017") +
             " in 2017)."),
        Box("Our view.", "Every one of these figures comes from a report laid before Parliament under section "
            "234(6) of the 2016 Act. None of them says how many people were affected."),
    ])
    p4 = Page(printed="4", blocks=[
        Heading("4. Journalists\u2019 sources", size=13),
        Para(S("106", "cd.applications.journalistic_source", "", "2024") +
             " applications to identify journalists\u2019 sources were made in 2024, compared with "
             + S("15", "cd.applications.journalistic_source", "", "2019") + " in 2019."),
        Para("In the same year, applications relating to lawyers numbered "
             + S("219", "cd.applications.sensitive_profession", "lawyer", "2024") + " and those relating to journalists "
             + S("157", "cd.applications.sensitive_profession", "journalist", "2024") + "."),
        Heading("5. The bigger picture", size=13),
        Para("In its report on 2023, published in May 2025, IPCO said that just under "
             + S("360,000", "authorisations.all_powers", "", "2023", q="under") +
             " authorisations had been made across all investigatory powers."),
        Para("Its inspectors carried out " + S("386", "inspections", "total", "2023") + " inspections in 2023, up from "
             + S("380", "inspections", "total", "2022") + " the year before."),
        Para("Privacy Action Network is a company limited by guarantee, number 08123456. Registered office: "
             "14 Fleet Row, London EC4A 2BB. Briefing 2025/3, version 1.2, 9 June 2025.", size=8.5),
    ])
    return Doc(F, "Watching the watchers: what the Commissioner's reports tell us", "Privacy Action Network",
               "NGO briefing quoting IPCO figures", "chromium", "Privacy Action Network \u2013 Briefing 2025/3",
               [p1, p2, p3, p4], number_style="foot", date=(2025, 6, 9), part=PART, style="ngo")


# =============================================================================================
# 3. IPCO annual report 2018 in a new house style (reportlab): bold inline paragraph numbers,
#    "Page N" folios, key-figure lists, a party-by-type error matrix with IP sub-counts

def doc_ipco_house_style() -> Doc:
    _start()
    F = "ipco-annual-report-2018-new-style.pdf"
    p1 = Page(printed="Page 61", blocks=[
        Heading("Chapter 9", size=11, space_before=0),
        Heading("Law enforcement: covert human intelligence sources", size=17, space_before=0),
        Para("This chapter covers the 43 territorial police forces of England and Wales, Police Scotland, the "
             "Police Service of Northern Ireland and the National Crime Agency. The figures are those returned "
             "for the calendar year 2018.", lead="9.1"),
        Para("During the year under review, law enforcement agencies were granted "
             + S("1,958", "chis.authorisations", "law_enforcement", "2018") +
             " authorisations for the use or conduct of a covert human intelligence source (CHIS). Each "
             "authorisation lasts twelve months unless it is cancelled or renewed (section 43(3) of RIPA).",
             lead="9.3"),
        Para("Items subject to legal professional privilege may be retained only with the approval of a Judicial "
             "Commissioner. In 2018 public authorities made " + S("77", "lpp.applications.made", "", "2018") +
             " applications to retain such items, and " + S("76", "lpp.applications.approved", "", "2018") +
             " were approved. The remaining application was refused.", lead="9.10"),
        Para("Inspectors visit the largest forces twice a year and the others at least once every two years; "
             "the programme for 2019 is set out in Annex B.", lead="9.11"),
        Heading("Key figures for 2018", size=11),
        Bullet("CHIS authorisations, law enforcement: " + S("1,958", "chis.authorisations", "law_enforcement", "2018")),
        Bullet("Applications to retain legally privileged items: " + S("77", "lpp.applications.made", "", "2018")),
        Bullet("LPP applications approved: " + S("76", "lpp.applications.approved", "", "2018")),
    ])
    p2 = Page(printed="Page 104", blocks=[
        Heading("Chapter 17", size=11, space_before=0),
        Heading("Errors", size=17, space_before=0),
        Para("Law enforcement agencies, public and local authorities and prisons reported errors in their use of "
             "surveillance, property interference and CHIS powers. For directed surveillance, "
             + S("59", "spci.errors", "directed_surveillance", "2018") + " errors were reported in 2018; for property "
             "interference, " + S("23", "spci.errors", "property_interference", "2018") +
             "; for intrusive surveillance, " + S("three", "spci.errors", "intrusive_surveillance", "2018") +
             "; and for CHIS, undercover officers included, " + S("14", "spci.errors", "chis", "2018") + ".",
             lead="17.3"),
        Para("The " + S("99", "spci.errors", "total", "2018") + " errors reported in 2018 compare with "
             + S("83", "spci.errors", "total", "2017") + " the year before.", lead="17.4"),
        Para("Law enforcement agencies reported " + S("13", "interception.errors", "", "2018") +
             " relevant interception errors. A relevant error must be reported within ten working days "
             "(paragraph 10.22 of the Interception Code of Practice).", lead="17.9"),
        Para("The Home Office reported a single instance in which an urgent warrant was not put to a Judicial "
             "Commissioner before the end of the third working day after issue (section 24(3) of the Act).",
             lead="17.12"),
        Heading("Serious errors in 2018", size=11),
        Bullet("Errors determined to be serious: " + S("eight", "errors.serious.determined", "total", "2018")),
        Bullet("Summaries of each case: Annex C, pages 118 to 121"),
    ])
    p3 = Page(printed="Page 107", blocks=[
        Para("Table 17.4 sets out the communications data errors reported in 2018 by type and by the person "
             "responsible, for the error types that providers and designated persons cause.", lead="17.20"),
        Table(rows=[
            ["", "Single point", "Service", "Designated"],
            ["Error type", "of contact", "provider", "person"],
            ["Incorrect time/date", S("199", "cd.errors.time_date", "spoc", "2018") + " ("
             + S("66", "cd.errors.time_date.ip_address", "spoc", "2018") + " IP)",
             S("50", "cd.errors.time_date", "csp", "2018") + "*", EN],
            ["Incorrect data type", EN, "32", EN],
            ["Incorrect data", EN, "27", EN],
            ["Excess data", EN, "14", EN],
            ["Negative result when data was available", EN, "14", EN],
            ["Data acquired without authority of DP", EN, EN, "14"],
            ["DP wrong rank", EN, EN, "8"],
            ["Other", "5", "3", EN],
            ["Total, all error types", S("381", "cd.errors", "spoc", "2018"), S("140", "cd.errors", "csp", "2018"),
             S("22", "cd.errors", "designated_person", "2018")],
        ], xs=[0, 300, 380, 460], align=["L", "R", "R", "R"], ruled=True, header_rows=2, row_h=16, size=9,
            bold_rows=(10,),
            caption="Table 17.4: Communications data errors by type and person responsible, 2018 (selected types; "
                    "\u2013 = none or not shown). * See paragraph 17.23."),
        Para("The applicants\u2019 column is not reproduced here. Applicants were responsible for "
             + S("360", "cd.errors", "applicant", "2018") + " errors, and the cells of the full table add up to "
             + S("903", "cd.errors", "total", "2018") + ".", lead="17.21"),
        Para("Of the applicants\u2019 errors, " + S("12", "cd.errors.time_date.ip_address", "applicant", "2018") +
             " were incorrect time or date errors relating to IP addresses.", lead="17.22"),
        Para("An error is attributed to the person whose action caused it, whoever reported it (paragraph 17.5 "
             "and the Communications Data Code of Practice of November 2018).", lead="17.23"),
    ])
    p4 = Page(printed="Page 112", blocks=[
        Heading("Chapter 18", size=11, space_before=0),
        Heading("Communications data", size=17, space_before=0),
        Table(rows=[
            ["", "Items obtained", "Items obtained", "Items obtained"],
            ["", "in 2016", "in 2017", "in 2018"],
            ["All public authorities", S("754,559", "cd.items", "total", "2016"), S("757,977", "cd.items", "total", "2017"),
             S("808,214", "cd.items", "total", "2018")],
            ["Local authorities: subscriber information", EN, EN, S("647", "cd.items.data_type", "subscriber", "2018")],
            ["Local authorities: service use information", EN, EN, S("87", "cd.items.data_type", "service_use", "2018")],
            ["Local authorities: traffic data", EN, EN, S("0", "cd.items.data_type", "traffic", "2018")],
        ], xs=[0, 300, 380, 460], align=["L", "R", "R", "R"], ruled=False, header_rows=2, row_h=15, size=9,
            caption="Table 18.1: Items of communications data obtained, 2016 to 2018. Figures for 2016 are from the "
                    "IOCCO report published in July 2017.", caption_above=True),
        Para("Local authorities obtained " + S("678", "cd.items.comms_type", "telephony", "2018") +
             " items of telephony related data in 2018, which made up "
             + S("92%", "cd.items.comms_type.share", "telephony", "2018") + " of all they obtained.", lead="18.6"),
        Para("Applications concerning the sensitive professions came to "
             + S("1,320", "cd.applications.sensitive_profession", "total", "2018") +
             ". Among medical doctors the figure was " + S("498", "cd.applications.sensitive_profession",
                                                          "medical_doctor", "2018") +
             "; for ministers of religion, " + S("272", "cd.applications.sensitive_profession", "minister_of_religion",
                                                 "2018") +
             "; for lawyers, " + S("234", "cd.applications.sensitive_profession", "lawyer", "2018") +
             "; for journalists, " + S("203", "cd.applications.sensitive_profession", "journalist", "2018") +
             "; and for Members of Parliament, " + S("113", "cd.applications.sensitive_profession",
                                                    "member_of_parliament", "2018") + ".", lead="18.9"),
        Para("Applications under section 77 of the Act are discussed in Chapter 8. Enquiries about this chapter: "
             "IPCO, PO Box 29105, London SW1V 1ZU.", lead="18.10"),
    ])
    return Doc(F, "Annual Report of the Investigatory Powers Commissioner 2018 (house style extracts)",
               "Investigatory Powers Commissioner's Office", "Chapters 9, 17 and 18", "reportlab",
               "IPCO  |  Annual Report 2018  |  Published March 2020", [p1, p2, p3, p4], part=PART)


# =============================================================================================
# 4. Police force FOI response letter with a table (fpdf2)

def doc_foi_letter() -> Doc:
    _start()
    F = "foi/westmarch-police-foi-2025-0412.pdf"
    p1 = Page(header=False, printed="Page 1 of 2", blocks=[
        Lines([("Westmarch Police", "b", 16, "L"),
               ("Information Access Team, PO Box 4417, Westmarch WM1 4PL", "r", 9, "L"),
               ("Telephone 01632 960 112   foi@westmarch-police.example", "r", 9, "L")], gap=1),
        Gap(10),
        Lines([("Our ref: FOI 2025/0412", "r", 10, "L"), ("Date: 14 May 2025", "r", 10, "L")], gap=1),
        Gap(6),
        Para("Dear Sir or Madam,"),
        Para("Your request of 15 April 2025 has been dealt with under the Freedom of Information Act 2000. You asked "
             "how many directed surveillance and CHIS authorisations the force granted in each year from 2016/17 "
             "to 2019/20, and for national figures."),
        Para("Westmarch Police neither confirms nor denies whether it holds force-level information about CHIS, "
             "relying on sections 23(5), 24(2) and 30(3). Force figures for directed surveillance are exempt under "
             "section 31(1)(a). The national figures published by the oversight bodies are given below."),
        Table(rows=[
            ["Reporting", "Directed surveillance", "Property", "CHIS"],
            ["period", "(law enforcement)", "interference", "(law enforcement)"],
            ["2016/17", S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03"),
             S("1,842", "property_interference.authorisations", "", "2016-04/2017-03"), EN],
            ["1 Apr-31 Dec 2017", EN, S("1,453", "property_interference.authorisations", "", "2017-04/2017-12"), EN],
            ["2018", EN, EN, S("1,958", "chis.authorisations", "law_enforcement", "2018")],
            ["2019", EN, EN, S("1,866", "chis.authorisations", "law_enforcement", "2019")],
            ["2019/20", "Not published", "Not published", "Not published"],
        ], xs=[0, 100, 240, 340, 483], align=["L", "R", "R", "R"], ruled=True, header_rows=2, size=9.5, row_h=16,
            caption="Table 1: National authorisations granted (OSC reporting years to 2016/17, then IPCO calendar "
                    "years)", caption_above=True),
        Para("In the 12 months to 31 March 2017, law enforcement agencies across the UK were granted "
             + S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03") +
             " directed surveillance authorisations, and "
             + S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
             " were still in force on 31 March 2017."),
    ])
    p2 = Page(header=False, printed="Page 2 of 2", blocks=[
        Lines([("FOI 2025/0412", "b", 10, "L")]),
        Gap(4),
        Para("Between 1 April and 31 December 2017 other public authorities granted "
             + S("933", "directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12") +
             " directed surveillance authorisations; the Department for Work and Pensions accounted for "
             + S("792", "directed_surveillance.authorisations", "dwp", "2017-04/2017-12") + " of them."),
        Para("Over the same nine months, intrusive surveillance was authorised "
             + S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12") + " times, which IPCO "
             "annualised to " + S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") + "."),
        Para("Police use of CHIS continued to fall: " + S("1,866", "chis.authorisations", "law_enforcement", "2019") +
             " authorisations in 2019, down from " + S("1,958", "chis.authorisations", "law_enforcement", "2018") +
             " in 2018."),
        Heading("Section 17 refusal notice", size=11),
        Para("This letter is a refusal notice under section 17 of the Act for the force figures. Section 31 is a "
             "qualified exemption; the public interest test is set out in Annex A to this letter."),
        Heading("Complaints", size=11),
        Para("You may ask for an internal review within 40 working days. After that you may complain to the "
             "Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF (0303 123 1113)."),
        Para("Yours faithfully,"),
        Lines([("Disclosure Officer, Information Access Team", "b", 10, "L")]),
    ])
    return Doc(F, "Freedom of Information response FOI 2025/0412", "Westmarch Police",
               "Directed surveillance and CHIS authorisations", "fpdf2", "", [p1, p2], date=(2025, 5, 14),
               part=PART)


# =============================================================================================
# 5. Hansard-style written answers (reportlab, Times)

def _qa(uin: str, tabled: str, asker: str, question: str) -> list:
    return [Lines([(f"{asker}", "b", 10.5, "L"),
                   (f"UIN {uin}, tabled on {tabled}", "r", 9, "L")], gap=1),
            Para(question, italic=True)]


def doc_written_answers() -> Doc:
    _start()
    F = "written-answers-investigatory-powers-2025.pdf"
    p1 = Page(printed="Col. 412W", blocks=[
        Lines([("Written Questions and Answers", "b", 15, "L"),
               ("Home Department: Investigatory Powers", "r", 11, "L"),
               ("Answered on 4 March 2025", "r", 10, "L")], gap=2),
        Gap(6),
        *_qa("31207", "24 February 2025", "Interception of Communications: Warrants",
             "To ask the Secretary of State for the Home Department, how many interception warrants were issued "
             "in each of the five years to 2017."),
        Para("The Investigatory Powers Commissioner\u2019s report for 2017 states that "
             + S("3,535", "interception.warrants.issued", "total", "2017") +
             " warrants were issued in that year, an increase of just over "
             + S("17.5", "interception.warrants.issued.change", "total", "2017", q="over") +
             " per cent. The Interception of Communications Commissioner reported "
             + S("3,007", "interception.warrants.issued", "total", "2016") + " in 2016, "
             + S("3,059", "interception.warrants.issued", "total", "2015") + " in 2015, "
             + S("2,795", "interception.warrants.issued", "total", "2014") + " in 2014 and "
             + S("2,760", "interception.warrants.issued", "total", "2013") + " in 2013."),
        Para("In 2016, " + S("67", "interception.warrants.urgent", "", "2016") +
             " warrants, approximately " + S("2.2", "interception.warrants.urgent.share", "", "2016",
                                               q="approximately") +
             " per cent of the total, were approved under the urgency procedure in section 7 of the Regulation of "
             "Investigatory Powers Act 2000."),
        Gap(4),
        *_qa("31388", "25 February 2025", "Communications Data: Journalists",
             "To ask the Secretary of State for the Home Department, how many applications for communications "
             "data relating to journalists were made in 2018 and 2024."),
        Para("The Commissioner\u2019s annual reports record that "
             + S("203", "cd.applications.sensitive_profession", "journalist", "2018") +
             " applications for communications data related to journalists in 2018, and "
             + S("157", "cd.applications.sensitive_profession", "journalist", "2024") + " in 2024."),
        Para("Separately, applications to identify or confirm a journalist\u2019s source require the approval of a "
             "Judicial Commissioner under section 77 of the Investigatory Powers Act 2016. There were "
             + S("106", "cd.applications.journalistic_source", "", "2024") + " such applications in 2024 ("
             + S("15", "cd.applications.journalistic_source", "", "2019") + " in 2019)."),
    ])
    p2 = Page(printed="Col. 413W", blocks=[
        *_qa("31402", "25 February 2025", "Covert Human Intelligence Sources",
             "To ask the Secretary of State for the Home Department, how many CHIS authorisations were granted "
             "in 2018 and 2019."),
        Para("Law enforcement agencies were granted " + S("1,958", "chis.authorisations", "law_enforcement", "2018") +
             " CHIS authorisations in 2018 and " + S("1,866", "chis.authorisations", "law_enforcement", "2019") +
             " in 2019. In 2019 wider public authorities granted "
             + S("eleven", "chis.authorisations", "other_public_authorities", "2019") + "."),
        Gap(4),
        *_qa("31455", "26 February 2025", "Investigatory Powers: Errors",
             "To ask the Secretary of State for the Home Department, how many serious errors the Investigatory "
             "Powers Commissioner has determined in each year since 2018."),
        Para("The Commissioner determined " + S("eight", "errors.serious.determined", "total", "2018") +
             " serious errors in 2018 and " + S("14", "errors.serious.determined", "total", "2019") +
             " in 2019. For 2021 there were " + S("none", "errors.serious.determined", "total", "2021") +
             ". Figures for the other years are given in the Commissioner\u2019s reports, copies of which are in the "
             "Library of the House."),
        Para("In 2019, " + S("1,063", "cd.errors", "total", "2019") +
             " communications data errors were reported to the Commissioner."),
        Gap(4),
        *_qa("31460", "26 February 2025", "Surveillance: Property Interference",
             "To ask the Secretary of State for the Home Department, how many property interference authorisations "
             "were granted in the last year reported by the Chief Surveillance Commissioner."),
        Para("In 2016-17, the last reporting year of the Office of Surveillance Commissioners, "
             + S("1,842", "property_interference.authorisations", "", "2016-04/2017-03") +
             " property interference authorisations were granted under Part III of the Police Act 1997. In the nine "
             "months from 1 April 2017 the figure was " +
             S("1,453", "property_interference.authorisations", "", "2017-04/2017-12") + "."),
    ])
    p3 = Page(printed="Col. 414W", blocks=[
        *_qa("HL4821", "27 February 2025", "Communications Data: Urgent Requests (House of Lords)",
             "To ask His Majesty\u2019s Government how many urgent oral requests for communications data were made "
             "in 2013 and 2014."),
        Para("The Interception of Communications Commissioner reported " + S("42,293", "cd.urgent_oral", "", "2013") +
             " urgent oral requests in 2013 and " + S("55,346", "cd.urgent_oral", "", "2014") +
             " in 2014. By 2016 the oral process accounted for "
             + S("10", "cd.urgent_oral.share", "", "2016") + " per cent of items of data."),
        Gap(4),
        *_qa("31517", "28 February 2025", "Investigatory Powers Tribunal",
             "To ask the Secretary of State for the Home Department, how many complaints the Investigatory Powers "
             "Tribunal received in 2009."),
        Para("The Tribunal received " + S("157", "ipt.complaints", "", "2009") +
             " new complaints in 2009. It completed 58 of the new cases within the year and carried 107 forward to "
             "2010."),
        Gap(4),
        *_qa("31560", "3 March 2025", "Investigatory Powers Commissioner: Inspections",
             "To ask the Secretary of State for the Home Department, how many inspections the Investigatory Powers "
             "Commissioner carried out in 2022 and 2023."),
        Para("The Commissioner carried out " + S("380", "inspections", "total", "2022") + " inspections in 2022 and "
             + S("386", "inspections", "total", "2023") + " in 2023. His report for 2024 states that he oversees "
             "more than " + S("600", "context.public_authorities", "", "2024", q="over") + " public authorities."),
        Para("Answered by: the Minister of State for Security. Statement reference HCWS 512 refers.", size=9),
    ])
    return Doc(F, "Written questions and answers: investigatory powers statistics, March 2025",
               "House of Commons (corpus imitation)", "Hansard-style written answers", "reportlab",
               "Written Answers \u2013 4 March 2025", [p1, p2, p3], font="Times-Roman",
               part=PART)


# =============================================================================================
# 6. Academic paper: statistical appendix (Chromium, serif)

def doc_academic_appendix() -> Doc:
    _start()
    F = "journal-article-appendix-oversight-statistics.pdf"
    N = 'class="n"'
    p1 = Page(printed="231", footnotes=[
        "a Projected by IOCCO from three quarters of returns (multiplied by 1.333).",
        "b Intelligence agencies only; the other public authorities made 2,603 (see Table B2).",
        "c Requests approved, including those of the intelligence agencies; not comparable with items."], blocks=[
        Heading("Appendix B: Statistical tables", size=14),
        Para("The tables below reproduce the published figures used in sections 3 to 5 of the article. A dash "
             "marks a figure that was not published; letters refer to the notes at the foot of each page."),
        HTable(rows=[
            ["Year", "Requests", "Notices and<br>authorisations", "Items of<br>data", "Approved<br>requests"],
            ["2006 (Apr\u2013Dec)", (S("253,557", "cd.requests", "total", "2006-04/2006-12"), N), (EN, N), (EN, N), (EN, N)],
            ["2007", (S("519,260", "cd.requests", "total", "2007"), N), (EN, N), (EN, N), (EN, N)],
            ["2013", (EN, N), (S("58,996", "cd.notices_authorisations", "intelligence_agencies", "2013", sup="b"), N),
             (EN, N), (EN, N)],
            ["2015", (EN, N), (EN, N), (S("761,702", "cd.items", "total", "2015", sup="a"), N), (EN, N)],
            ["2016", (EN, N), (EN, N), (S("754,559", "cd.items", "total", "2016"), N), (EN, N)],
            ["2017", (EN, N), (EN, N), (S("757,977", "cd.items", "total", "2017"), N), (EN, N)],
            ["2018", (EN, N), (EN, N), (S("808,214", "cd.items", "total", "2018"), N), (EN, N)],
            ["2019", (EN, N), (EN, N), (EN, N), (S("200,665", "cd.requests.approved", "", "2019", sup="c"), N)],
        ], caption="Table B1: Communications data acquired, by the unit of count in use", cls="plain"),
        HTable(rows=[
            ["", "2013"],
            ["GCHQ", (S("1,406", "cd.notices_authorisations", "gchq", "2013"), N)],
            ["SIS (MI6)", (S("672", "cd.notices_authorisations", "sis", "2013"), N)],
            ["Security Service (MI5)", (S("56,918", "cd.notices_authorisations", "security_service", "2013"), N)],
            ["Other public authorities", (S("2,603", "cd.notices_authorisations", "other_public_authorities", "2013"), N)],
        ], caption="Table B2: Notices and authorisations by authority, 2013", cls="ruled"),
    ])
    p2 = Page(printed="232", footnotes=[
        "d No share was published for a combination of purposes in 2017.",
        "i 2012: inspections of police forces and law enforcement agencies only."], blocks=[
        HTable(rows=[
            ["Statutory purpose", "2014<br>(%)", "2015<br>(%)", "2017<br>(%)<sup class=m>d</sup>", "2017<br>(number)"],
            ["Serious crime", (S("68", "interception.warrants.issued.share", "serious_crime", "2014"), N),
             (S("65", "interception.warrants.issued.share", "serious_crime", "2015"), N),
             (S("65.22", "interception.warrants.issued.share", "serious_crime", "2017"), N),
             (S("2,306", "interception.warrants.issued", "serious_crime", "2017"), N)],
            ["National security", (S("31", "interception.warrants.issued.share", "national_security", "2014"), N),
             (S("34", "interception.warrants.issued.share", "national_security", "2015"), N),
             (S("34.5", "interception.warrants.issued.share", "national_security", "2017"), N),
             (S("1,219", "interception.warrants.issued", "national_security", "2017"), N)],
            ["Combination", (S("1", "interception.warrants.issued.share", "combination", "2014"), N),
             (S("1", "interception.warrants.issued.share", "combination", "2015"), N), (EN, N),
             (EN, N)],
            ["All purposes", (EN, N), (EN, N), (EN, N), (S("3,535", "interception.warrants.issued", "total", "2017"), N)],
        ], caption="Table B3: Interception warrants issued, by statutory purpose", cls="ruled", bold_rows=(4,)),
        Para("Between 2012 and 2017 the warrant count moved in both directions: "
             + S("3,372", "interception.warrants.issued", "total", "2012") + " (2012), "
             + S("2,760", "interception.warrants.issued", "total", "2013") + " (2013) and "
             + S("3,059", "interception.warrants.issued", "total", "2015") + " (2015), with the 2013 fall put at "
             + S("19%", "interception.warrants.issued.change", "total", "2013", value=-19) +
             " by the Commissioner."),
        HTable(rows=[
            ["Year", "Interception<br>warrants<br>examined", "Interception<br>inspections", "Communications<br>data<br>inspections<sup class=m>i</sup>",
             "Recommen-<br>dations<br>(interception)"],
            ["2012", (EN, N), (EN, N), (S("42", "inspections", "communications_data", "2012"), N), (EN, N)],
            ["2013", (S("600", "interception.warrants.examined", "", "2013"), N), (EN, N), (EN, N),
             (S("65", "recommendations", "total", "2013"), N)],
            ["2015", (S("1,148", "interception.warrants.examined", "", "2015"), N),
             (S("26", "inspections", "interception", "2015"), N),
             (S("72", "inspections", "communications_data", "2015"), N), (S("74", "recommendations", "total", "2015"), N)],
            ["2016", (S("970", "interception.warrants.examined", "", "2016"), N), (EN, N), (EN, N), (EN, N)],
        ], caption="Table B4: Inspection activity (IOCCO)", cls="plain"),
    ])
    p3 = Page(printed="233", footnotes=[
        "f The covering letter of the same report gives 1,200 errors notified.",
        "g Sum of the cells of Table 5 of the 2018 report; no total is printed.",
        "h Errors reported by law enforcement agencies only."], blocks=[
        HTable(rows=[
            ["Year", "Communications<br>data errors", "Interception<br>errors", "Serious error<br>investigations",
             "Determined<br>serious"],
            ["2006 (Apr\u2013Dec)", (S("1,088", "cd.errors", "total", "2006-04/2006-12"), N), (EN, N), (EN, N), (EN, N)],
            ["2008", (S("595", "cd.errors", "total", "2008"), N), (EN, N), (EN, N), (EN, N)],
            ["2009", (S("661", "cd.errors", "total", "2009"), N), (EN, N), (EN, N), (EN, N)],
            ["2010", (EN, N), (S("27", "interception.errors", "", "2010"), N), (EN, N), (EN, N)],
            ["2011", (EN, N), (S("42", "interception.errors", "", "2011"), N), (EN, N), (EN, N)],
            ["2012", (S("979", "cd.errors", "total", "2012"), N), (EN, N), (EN, N), (EN, N)],
            ["2013", (S("970", "cd.errors", "total", "2013"), N), (S("57", "interception.errors", "", "2013"), N),
             (EN, N), (EN, N)],
            ["2014", (EN, N), (S("60", "interception.errors", "", "2014"), N), (EN, N), (EN, N)],
            ["2015", (S("1,199", "cd.errors", "total", "2015"), N), (S("62", "interception.errors", "", "2015"), N),
             (EN, N), (EN, N)],
            ["2016", (S("1,101", "cd.errors", "total", "2016", sup="f"), N), (EN, N),
             (S("29", "errors.serious.investigations", "", "2016"), N), (EN, N)],
            ["2017", (S("926", "cd.errors", "total", "2017"), N), (EN, N),
             (S("33", "errors.serious.investigations", "", "2017"), N),
             (S("24", "errors.serious.determined", "total", "2017"), N)],
            ["2018", (S("903", "cd.errors", "total", "2018", sup="g"), N),
             (S("13", "interception.errors", "", "2018", sup="h"), N), (EN, N),
             (S("8", "errors.serious.determined", "total", "2018"), N)],
            ["2019", (S("1,063", "cd.errors", "total", "2019"), N),
             (S("24", "interception.errors", "", "2019", sup="h"), N),
             (S("18", "errors.serious.investigations", "", "2019"), N),
             (S("14", "errors.serious.determined", "total", "2019"), N)],
        ], caption="Table B5: Errors reported to the Commissioners, 2006 to 2019 (years with no published "
                   "figure omitted)", cls="ruled"),
        Para("In 2013 public authorities reported 869 errors themselves and inspectors found a further 101, 61 of them "
             "arising from three applications; the two together make up the total in Table B5."),
    ])
    p4 = Page(printed="234", blocks=[
        HTable(rows=[
            ["Responsible party", "2012", "2013", "2016", "2016"],
            ["", "(%)", "(%)", "text (%)", "chart (%)"],
            ["Single point of contact", (S("47", "cd.errors.share", "spoc", "2012"), N), (EN, N),
             (S("43.3", "cd.errors.share", "spoc", "2016"), N), (S("43.5", "cd.errors.share", "spoc", "2016"), N)],
            ["Applicant", (S("26", "cd.errors.share", "applicant", "2012"), N), (EN, N), (EN, N),
             (S("39.4", "cd.errors.share", "applicant", "2016"), N)],
            ["Designated person", (S("5", "cd.errors.share", "designated_person", "2012"), N), (EN, N), (EN, N),
             (S("2.9", "cd.errors.share", "designated_person", "2016"), N)],
            ["Communications service provider", (S("20", "cd.errors.share", "csp", "2012"), N),
             (S("12.5", "cd.errors.share", "csp", "2013"), N), (EN, N), (S("11.6", "cd.errors.share", "csp", "2016"), N)],
            ["Public authorities (all roles)", (S("80", "cd.errors.share", "public_authorities", "2012"), N),
             (S("87.5", "cd.errors.share", "public_authorities", "2013"), N), (EN, N), (EN, N)],
        ], header_rows=2, caption="Table B6: Communications data errors by responsible party, per cent. The 2016 "
                                  "report gives two values for SPoCs.", cls="ruled"),
        HTable(rows=[
            ["Person to whom the data related", "Share of items, 2015 (%)"],
            ["Suspect", (S("63.6", "cd.items.person_type.share", "suspect", "2015"), N)],
            ["Associate", (S("9.1", "cd.items.person_type.share", "associate", "2015"), N)],
            ["A person of interest for national security",
             (S("6.4", "cd.items.person_type.share", "national_security_person", "2015"), N)],
            ["Other relevant person", (S("6.2", "cd.items.person_type.share", "other_relevant_person", "2015"), N)],
            ["Vulnerable person", (S("3.9", "cd.items.person_type.share", "vulnerable_person", "2015"), N)],
            ["Witness", (S("1.6", "cd.items.person_type.share", "witness", "2015"), N)],
            ["Next of kin", (S("0.2", "cd.items.person_type.share", "next_of_kin", "2015"), N)],
        ], caption="Table B7: Items of communications data by type of person, 2015 (partial sample of "
                   "664,848 items)", cls="plain"),
        Para("Replication data: doi:10.5555/oversight.2023.0417, file appendix_b.csv (18 KB). Received 3 May 2023; "
             "accepted 11 October 2023.", size=8.5),
    ])
    return Doc(F, "Appendix B: statistical tables (oversight of investigatory powers)",
               "Journal article appendix (corpus imitation)", "Statistical appendix", "chromium",
               "Public Law Review 41(2) \u2013 Appendix B", [p1, p2, p3, p4], number_style="foot",
               date=(2023, 11, 20), part=PART, style="serif")


# =============================================================================================
# 7. ICO-style enforcement summary (fpdf2)

def doc_ico_enforcement() -> Doc:
    _start()
    F = "ico-enforcement-summary-2020-2023.pdf"
    M = 1_000_000
    p1 = Page(printed="1", blocks=[
        Heading("Enforcement action summary: monetary penalties 2020/21 to 2022/23", size=15, space_before=0),
        Para("Penalty notices issued under section 155 of the Data Protection Act 2018 and Article 83 of the UK "
             "GDPR. Case references begin ENF; for example ENF0839271 is the British Airways case."),
        Table(rows=[
            ["Organisation", "Notice", "Penalty (GBP m)", "After appeal", "Year"],
            ["British Airways plc", "Oct 2020", S("20.0", "ico.fines", "british_airways", "2020-04/2021-03", value=20 * M),
             EN, "2020/21"],
            ["Marriott International Inc", "Oct 2020", S("18.4", "ico.fines", "marriott", "2020-04/2021-03", value=18.4 * M),
             EN, "2020/21"],
            ["Cabinet Office", "Dec 2021", S("0.5", "ico.fines", "cabinet_office", "2021-04/2022-03", value=0.5 * M),
             S("0.05", "ico.fines", "cabinet_office", "2022-04/2023-03", value=0.05 * M), "2021/22"],
            ["Clearview AI Inc", "May 2022", S("7.5", "ico.fines", "clearview", "2022-04/2023-03", value=7.5 * M),
             EN, "2022/23"],
            ["Interserve Group Ltd", "Oct 2022", S("4.4", "ico.fines", "interserve", "2022-04/2023-03", value=4.4 * M),
             EN, "2022/23"],
        ], xs=[0, 150, 220, 310, 400, 483], align=["L", "L", "R", "R", "C"], ruled=True, size=9.5, row_h=18,
            caption="Table 1: Selected monetary penalties, in millions of pounds, by financial year of the notice "
                    "(1 April to 31 March). The Cabinet Office penalty was reduced on appeal in November 2022.",
            caption_above=True),
        Para("Amounts are in millions of pounds as given in the annual reports; the notices themselves give the "
             "exact amounts. Penalties are paid into the Consolidated Fund, not kept by the ICO."),
    ])
    p2 = Page(printed="2", blocks=[
        Heading("2020/21: two large cyber incidents", size=12, space_before=0),
        Para("British Airways was fined " + S("\u00a320 million", "ico.fines", "british_airways", "2020-04/2021-03",
                                              value=20 * M) +
             " in October 2020 after attackers diverted users of its website in 2018. Later the same month "
             "Marriott International received a penalty of "
             + S("\u00a318.4 million", "ico.fines", "marriott", "2020-04/2021-03", value=18.4 * M) +
             " for failing to secure a guest reservation database."),
        Heading("2022/23", size=12),
        Bullet("Clearview AI Inc: " + S("\u00a37.5 million", "ico.fines", "clearview", "2022-04/2023-03", value=7.5 * M)),
        Bullet("Interserve Group Ltd: " + S("\u00a34.4 million", "ico.fines", "interserve", "2022-04/2023-03",
                                             value=4.4 * M)),
        Bullet("Cabinet Office, after appeal: " + S("\u00a350,000", "ico.fines", "cabinet_office", "2022-04/2023-03")),
        Para("The Cabinet Office had originally been fined "
             + S("\u00a3500,000", "ico.fines", "cabinet_office", "2021-04/2022-03") +
             " in December 2021, after the postal addresses of New Year Honours recipients were published online."),
        Para("Questions about this summary: enforcement team, 0303 123 1113 (option 4). Reference ENF-SUM-2023-07, "
             "issued 13 July 2023."),
    ])
    return Doc(F, "ICO enforcement action summary 2020/21 to 2022/23", "Information Commissioner's Office",
               "Monetary penalties summary (corpus imitation)", "fpdf2",
               "ICO \u2013 Enforcement action summary", [p1, p2], date=(2023, 7, 13), part=PART)


# =============================================================================================
# 8. Statistical bulletin with charts (Chromium)

def doc_statistical_bulletin() -> Doc:
    _start()
    F = "statistical-bulletin-investigatory-powers-2020.pdf"
    N = 'class="n"'
    p1 = Page(printed="1", blocks=[
        Raw('<div style="font-size:8.5pt;color:#005ea5">Statistical bulletin 04/20 \u00b7 Published 12 November 2020'
            ' \u00b7 Next update: autumn 2021</div>'),
        Heading("Investigatory powers statistics: interception and communications data, 2012 to 2018", size=17),
        Para("This bulletin brings together figures from the annual reports of the oversight bodies. Reports "
             "appear after the year they cover: the 2018 figures below were published in March 2020."),
        Heading("Main points", size=13),
        Bullet(S("3,535", "interception.warrants.issued", "total", "2017") +
               " interception warrants were issued in 2017 \u2013 up "
               + S("17.5%", "interception.warrants.issued.change", "total", "2017") + " year on year."),
        Bullet("After rising by " + S("16%", "interception.warrants.issued.change", "total", "2012") + " in 2012 to "
               + S("3,372", "interception.warrants.issued", "total", "2012") + ", warrants fell "
               + S("19%", "interception.warrants.issued.change", "total", "2013", value=-19) + " the following year."),
        Bullet("Interception warrants in force on 31 December 2016 were "
               + S("5.5%", "interception.warrants.in_force.change", "", "2016-12-31") + " more numerous than a year "
               "earlier."),
        Bullet("Items of communications data: " + S("808,214", "cd.items", "total", "2018") +
               " in 2018, the highest since items were first counted in 2015."),
        Bullet("Urgent oral requests rose from " + S("42,293", "cd.urgent_oral", "", "2013") + " in 2013 to "
               + S("55,346", "cd.urgent_oral", "", "2014") + " in 2014."),
        Bullet("Only " + S("one", "interception.warrants.issued.share", "combination", "2015") +
               " per cent of the warrants issued in 2015 were for a combination of purposes."),
        Box("About these statistics.", "They are not National Statistics. Figures are as first published and are "
            "not revised. Enquiries: statistics@oversight-bulletin.example, 020 7946 0800."),
    ])
    p2 = Page(printed="2", blocks=[
        Heading("1. Interception warrants", size=13),
        line_chart(F, 2, [("2012", S("3,372", "interception.warrants.issued", "total", "2012"), 3372),
                          ("2013", S("2,760", "interception.warrants.issued", "total", "2013"), 2760),
                          ("2014", S("2,795", "interception.warrants.issued", "total", "2014"), 2795),
                          ("2015", S("3,059", "interception.warrants.issued", "total", "2015"), 3059),
                          ("2016", S("3,007", "interception.warrants.issued", "total", "2016"), 3007),
                          ("2017", S("3,535", "interception.warrants.issued", "total", "2017"), 3535)],
                   ticks=["2,500", "2,750", "3,000", "3,250", "3,500", "3,750"],
                   caption="Chart 1: Interception warrants issued, 2012 to 2017", lo=2500, hi=3750, width=430),
        Para("Chart 1 shows new warrants only; modifications and renewals are excluded. The figures for 2012 to "
             "2016 come from the Interception of Communications Commissioner; 2017 from the first IPCO report."),
        HTable(rows=[
            ["", "2013", "2015", "2016"],
            ["Warrants examined at inspection", (S("600", "interception.warrants.examined", "", "2013"), N),
             (S("1,148", "interception.warrants.examined", "", "2015"), N),
             (S("970", "interception.warrants.examined", "", "2016"), N)],
            ["Interception errors", (S("57", "interception.errors", "", "2013"), N),
             (S("62", "interception.errors", "", "2015"), N), (EN, N)],
        ], caption="Table 1: Interception warrants examined at inspection, and interception errors, for the years "
                   "with inspection figures", cls="ruled"),
    ])
    p3 = Page(printed="3", blocks=[
        Heading("2. Communications data errors", size=13),
        grouped_bars(F, 3, [("SPoC", [S("47%", "cd.errors.share", "spoc", "2012"),
                                      S("43.5%", "cd.errors.share", "spoc", "2016")]),
                            ("Applicant", [S("26%", "cd.errors.share", "applicant", "2012"),
                                           S("39.4%", "cd.errors.share", "applicant", "2016")]),
                            ("CSP", [None, S("11.6%", "cd.errors.share", "csp", "2016")]),
                            ("DP", [S("5%", "cd.errors.share", "designated_person", "2012"),
                                    S("2.9%", "cd.errors.share", "designated_person", "2016")])],
                     series=[("2012", "#005ea5"), ("2016", "#f47738")],
                     caption="Chart 2: Communications data errors by responsible party, 2012 and 2016 (%)",
                     note="Shares of all errors in the year. The 2012 CSP share is given in the text, not the chart."),
        Para("In 2012 about " + S("80%", "cd.errors.share", "public_authorities", "2012", q="approximately") +
             " of errors were attributable to public authorities and " + S("20%", "cd.errors.share", "csp", "2012") +
             " to service providers. The following year the split was "
             + S("87.5%", "cd.errors.share", "public_authorities", "2013") + " to "
             + S("12.5%", "cd.errors.share", "csp", "2013") + "."),
        Para("Totals: " + S("979", "cd.errors", "total", "2012") + " errors in 2012, "
             + S("970", "cd.errors", "total", "2013") + " in 2013 and " + S("1,101", "cd.errors", "total", "2016") +
             " in 2016. The last IOCCO report\u2019s covering letter mentions "
             + S("1,200", "cd.errors", "total", "2016") + " errors notified in 2016."),
    ])
    p4 = Page(printed="4", blocks=[
        Heading("3. Applications returned and purposes", size=13),
        HTable(rows=[
            ["Reason for return or refusal", "2015", "2016"],
            ["", "(% of returns)", "(% of returns)"],
            ["Necessity and proportionality", (S("45", "cd.applications.returned.share", "necessity_proportionality",
                                                 "2015"), N), (EN, N)],
            ["Presentation of application", (S("12", "cd.applications.returned.share", "presentation", "2015"), N),
             (EN, N)],
            ["DP not independent", (S("3", "cd.applications.returned.share", "dp_not_independent", "2015"), N), (EN, N)],
            ["Error identified", (S("1", "cd.applications.returned.share", "error_identified", "2015"), N), (EN, N)],
            ["Clarity and quality", (EN, N), (S("21", "cd.applications.returned.share", "clarity_quality", "2016"), N)],
            ["SPoC request return", (EN, N), (S("5", "cd.applications.returned.share", "spoc_request_return", "2016"), N)],
            ["Other", (S("3", "cd.applications.returned.share", "other", "2015"), N),
             (S("16", "cd.applications.returned.share", "other", "2016"), N)],
        ], header_rows=2, caption="Table 2: Applications returned or declined by the designated person, by reason "
                                  "(\u2013 = reason not shown in that year\u2019s chart)", cls="plain"),
        Heading("Statutory purpose of applications, 2016", size=11),
        Bullet("Prevent and detect crime: " + S("83%", "cd.applications.purpose.share", "prevent_detect_crime", "2016")),
        Bullet("Emergency \u2013 prevent death or injury: "
               + S("11%", "cd.applications.purpose.share", "prevent_death_injury", "2016")),
        Bullet("National security: " + S("6%", "cd.applications.purpose.share", "national_security", "2016")),
        Bars(rows=[("Telephony related data", S("1,191", "cd.items.comms_type", "telephony", "2019"), 1191 / 1400),
                   ("Internet related data", S("164", "cd.items.comms_type", "internet", "2019"), 164 / 1400),
                   ("Postal related data", S("24", "cd.items.comms_type", "postal", "2019"), 24 / 1400)],
             caption="Chart 3: Local authority items by communications type, 2019",
             ticks=["0", "200", "400", "600", "800", "1,000", "1,200", "1,400"],
             legend="Source: IPCO Annual Report 2019, Figure 20. Local authorities obtained data through NAFN."),
    ])
    return Doc(F, "Investigatory powers statistics bulletin 04/20", "Corpus imitation",
               "Statistical bulletin with charts", "chromium", "Statistical bulletin 04/20 \u2013 Investigatory powers",
               [p1, p2, p3, p4], number_style="foot", date=(2020, 11, 12), part=PART, style="bulletin")


def dev2_builders() -> list:
    return [doc_committee_memo, doc_ngo_briefing, doc_ipco_house_style, doc_foi_letter, doc_written_answers,
            doc_academic_appendix, doc_ico_enforcement, doc_statistical_bulletin]


if __name__ == "__main__":
    sys.exit("run corpora/generate.py, which renders this part with the others")
