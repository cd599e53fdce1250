#!/usr/bin/env python3
"""Eleventh development part of the labelled corpus: corpora/dev11/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev11.py      # this part only

Theme: generalisation to kinds of document no earlier part has, from four producers (fpdf2,
reportlab, headless Chromium, matplotlib). Seven documents:

- a verbatim transcript of a press conference launching a Commissioner's annual report, set in
  Courier with a line number in the margin of every line, time stamps, speaker labels in
  capitals, questions from journalists and spoken numbers ("fourteen", "one thousand and
  sixty-three");
- a university research-ethics committee paper (reportlab, Times): cover grid with the paper
  and application references, numbered sections, national figures cited to justify a study, a
  risk register whose likelihood/impact scores are not statistics, a table of the cited figures
  with a "Source" column;
- a parliamentary "key figures" one-pager (fpdf2): two columns of facts, each a large figure with
  its label wrapped beside it, lines of both columns sharing baselines;
- a regional newspaper's data-journalism article printed from a browser (Chromium): the browser's
  own print header (date, time, title) and footer (URL, "1/2"), share and comment counts, a
  sortable HTML table with arrows in its header, an SVG lollipop chart, a "Most read" list;
- the annual report of a fictional privacy charity (reportlab): a "year in oversight at a glance"
  strip of national figures, a statement of financial activities whose money is the charity's
  own (distractors), ICO penalties cited in prose;
- the English summary of a translated European comparative study (Chromium, serif): country
  sections in which only the United Kingdom has figures, some printed the continental way
  ("3.535", "17,5 %"), a comparative table with "—" cells, article and law numbers as distractors;
- an exam board's case-study insert (matplotlib): sources A-C with a data table and a bar chart of
  interception errors, question numbers and mark allocations, candidate-number boxes.

This part was written to be scored once, before any rule is tuned on it.

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The transcription company,
the university, the briefing's publisher, the newspaper, the charity, the research institute and
the exam board are fictional and give no statistics of their own; the charity's own finances are
distractors.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import Doc, Gap, HTable, Page, Raw, S, Table
from generate_dev2 import _stat
from generate_dev3 import FootStats
from generate_dev5 import esc, matplotlib_renderer, rec
from generate_dev7 import fpdf_drawing_renderer
from generate_dev8 import HPara
from generate_dev10 import Canvas

PART = "dev11"
EN = "\u2013"
EM = "\u2014"
RSQ = "\u2019"
LDQ, RDQ = "\u201c", "\u201d"

W_ISS = "interception.warrants.issued"
SP = "cd.applications.sensitive_profession"
DS = "directed_surveillance.authorisations"
PI = "property_interference.authorisations"
FINES = "ico.fines"


def _start() -> None:
    g.CURRENT_PART[0] = PART


# ---------------------------------------------------------------------------------------------
# shared helpers: greedy word wrapping with a width function, and the quote's pieces per line

def _wrap(plain: str, fits) -> list:
    words = plain.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if cur and not fits(t):
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def _pieces(lines: list, quote: str) -> list:
    """The parts of `quote` on each wrapped line (the lines joined by spaces are the text)."""
    text = " ".join(lines)
    a = text.find(quote)
    if a < 0:
        return [quote]
    b = a + len(quote)
    out, pos = [], 0
    for ln in lines:
        s, e = pos, pos + len(ln)
        lo, hi = max(a, s), min(b, e)
        if lo < hi:
            piece = text[lo:hi].strip()
            if piece:
                out.append(piece)
        pos = e + 1
    return out or [quote]


def _record_wrapped(fname, page, template, lines_of, method="sentence", prefix=""):
    """Expand `template`, wrap its plain text with `lines_of(plain)`, record every statistic with
    its sentence and the sentence's pieces per line as checks; returns the lines."""
    _, plain, hits = g.expand(template)
    plain = re.sub(r"\s+", " ", plain).strip()
    lines = lines_of(plain)
    for st, a, b in hits:
        q = g.sentence_quote(plain, a, b)
        g.record(fname, page, st, method, q, checks=_pieces(lines, q))
    return lines


# ---------------------------------------------------------------------------------------------
# fpdf2 renderer for drawn pages (this module's own Creator)

class Draw:
    def __init__(self, draw):
        self.draw = draw


render_fpdf11 = fpdf_drawing_renderer("generate_dev11.py")


g.RENDERERS.setdefault("fpdf2-dev11", render_fpdf11)


def _t(pdf, x, y, text, size=9, style="", font="Helvetica", align="L", colour=(20, 20, 20)):
    pdf.set_font(font, style, size)
    pdf.set_text_color(*colour)
    if align == "R":
        x -= pdf.get_string_width(text)
    elif align == "C":
        x -= pdf.get_string_width(text) / 2
    pdf.text(x, y, text)
    pdf.set_text_color(0)


# =============================================================================================
# 1. Press-conference transcript (fpdf2, Courier): a line number before every line, time stamps,
#    speaker labels, questions from journalists, numbers spoken in words

def doc_transcript() -> Doc:
    _start()
    F = "transcript-press-conference-ipco-annual-report-2019-launch.pdf"
    X_NUM, X_TXT, W_TXT, LEAD, SIZE = 52, 84, 455, 13.2, 9.6

    def page_fn(turns, head):
        def draw(pdf, n):
            _t(pdf, X_TXT, 40, head, 8, "I", "Helvetica", colour=(90, 90, 90))
            _t(pdf, 543, 40, f"Page {n} of 2", 8, "I", "Helvetica", "R", (90, 90, 90))
            pdf.set_draw_color(150)
            pdf.line(X_TXT - 6, 50, X_TXT - 6, 800)
            y, ln = 70, 1
            pdf.set_font("Courier", "", SIZE)
            fits = lambda t: pdf.get_string_width(t) <= W_TXT  # noqa: E731
            for speaker, text in turns:
                if speaker is None:      # a stage direction or time stamp
                    lines = _record_wrapped(F, n, text, lambda p: _wrap(p, fits))
                else:
                    lines = _record_wrapped(F, n, speaker + ": " + text, lambda p: _wrap(p, fits))
                for k, line in enumerate(lines):
                    _t(pdf, X_NUM + 16, y, str(ln), 7.5, "", "Courier", "R", (110, 110, 110))
                    if k == 0 and speaker and line.startswith(speaker + ":"):
                        _t(pdf, X_TXT, y, speaker + ":", SIZE, "B", "Courier")
                        pdf.set_font("Courier", "B", SIZE)
                        w = pdf.get_string_width(speaker + ":")
                        _t(pdf, X_TXT + w, y, line[len(speaker) + 1:], SIZE, "", "Courier")
                    else:
                        _t(pdf, X_TXT, y, line, SIZE, "I" if speaker is None else "", "Courier")
                    y += LEAD
                    ln += 1
                y += LEAD * 0.5
            _t(pdf, 297, 815, "Verbatim Reporting Services Ltd \u00b7 Job No. 48213 \u00b7 0161 496 0233",
               7, "", "Helvetica", "C", (110, 110, 110))
        return draw

    C = "THE COMMISSIONER"
    t1 = [
        (None, "[10.02 am] Press conference held at the offices of the Investigatory Powers Commissioner, "
               "London SW1, on Thursday 10 December 2020, to mark the publication of the Annual Report for "
               "2019 (HC 1039). Present: the Commissioner; the Head of Communications (chairing)."),
        ("CHAIR", "Good morning. We have about forty minutes. The Commissioner will say a few words and "
                  "then take questions. Please give your name and outlet."),
        (C, "Thank you. The report covers the calendar year 2019. I want to start with communications data, "
            "because that is where the volume is. In 2019, " + S("200,665", "cd.requests.approved", "", "2019") +
            " requests for communications data were approved. That is a new way of counting, so please don" +
            RSQ + "t set it against the item counts of earlier years."),
        (C, "Errors. " + S("One thousand and sixty-three", "cd.errors", "total", "2019", value=1063) +
            " communications data errors were reported to us by public authorities over the year, against " + S("903", "cd.errors", "total", "2018") + " the year before. "
            "My inspectors and I carried out " + S("18", "errors.serious.investigations", "", "2019") +
            " serious error investigations and I found " +
            S("fourteen", "errors.serious.determined", "total", "2019") + " of those errors to be serious."),
        (C, "On interception, law enforcement agencies reported " + S("24", "interception.errors", "", "2019") +
            " relevant errors, up from " + S("13", "interception.errors", "", "2018") + " in 2018. " +
            S("None", "errors.serious.determined", "interception", "2019") + " of the serious errors I "
            "determined related to interception."),
        (None, "[10.09 am]"),
        ("MS ADEYEMI (Tyneside Evening Post)", "Commissioner, you said fourteen serious errors. In 2018 it was " +
            S("eight", "errors.serious.determined", "total", "2018") + ". Is that getting worse?"),
        (C, "I wouldn" + RSQ + "t read a trend into two years. What matters is that each one is investigated "
            "and, where the law allows, the person affected is told."),
        ("MR HOLLIS (Wire service)", "On journalists. How many applications were there to find a journalist" +
            RSQ + "s sources?"),
        (C, "There were " + S("15", "cd.applications.journalistic_source", "", "2019") + " such applications in "
            "2019. Every one of them has to come before a Judicial Commissioner. I should add that page 54 of "
            "the report sets out the test we apply."),
    ]
    t2 = [
        ("MS OKORO (Law Gazette-style weekly)", "Covert human intelligence sources. Are the numbers coming "
            "down?"),
        (C, "Law enforcement agencies made " + S("1,866", "chis.authorisations", "law_enforcement", "2019") +
            " CHIS authorisations in 2019, compared with " +
            S("1,958", "chis.authorisations", "law_enforcement", "2018") + " in 2018. Among the wider public "
            "authorities, leaving aside local councils, there were only " +
            S("eleven", "chis.authorisations", "other_public_authorities", "2019") + "."),
        ("MS OKORO", "And councils and communications data?"),
        (C, "Local authorities obtained " + S("1,191", "cd.items.comms_type", "telephony", "2019") +
            " items of telephony data, " + S("164", "cd.items.comms_type", "internet", "2019") + " of internet "
            "data and " + S("twenty-four", "cd.items.comms_type", "postal", "2019", value=24) + " of postal data. "
            "Small numbers, but they matter to the people concerned. We inspected " +
            S("13", "public_authorities.inspected", "", "2019") + " public authorities other than councils and "
            "law enforcement in the year."),
        (None, "[10.31 am]"),
        ("MR HOLLIS", "Going back a year: the 2018 report had a figure for lawyers and doctors?"),
        (C, "It did. In 2018 there were " + S("1,320", SP, "total", "2018") + " applications relating to people "
            "in sensitive professions. The largest group was medical doctors, " +
            S("498", SP, "medical_doctor", "2018") + ", then ministers of religion, " +
            S("272", SP, "minister_of_religion", "2018") + ". Lawyers were " + S("234", SP, "lawyer", "2018") +
            " and journalists " + S("203", SP, "journalist", "2018") + "."),
        ("MS ADEYEMI", "And legal privilege?"),
        (C, "In 2018, " + S("77", "lpp.applications.made", "", "2018") + " applications to retain privileged "
            "items, of which " + S("seventy-six", "lpp.applications.approved", "", "2018", value=76) +
            " were approved. I will not go into the one that was not."),
        ("CHAIR", "We have time for one more. No? Thank you all. The embargo has now lifted; the report is on "
                  "the website and copies are at the back of the room."),
        (None, "[10.44 am] Conference ends."),
    ]
    head = "IPCO Annual Report 2019: press conference, 10 December 2020 \u00b7 uncorrected transcript"
    return Doc(F, "Transcript: press conference on the Investigatory Powers Commissioner's Annual Report 2019",
               "Verbatim Reporting Services Ltd (corpus imitation)", "Press conference transcript", "fpdf2-dev11",
               "", [Page(blocks=[Draw(page_fn(t1, head))]), Page(blocks=[Draw(page_fn(t2, head))])],
               date=(2020, 12, 10), part=PART)


# =============================================================================================
# 2. University research-ethics committee paper (reportlab, Times): cover grid, numbered
#    sections, cited national figures, a risk register with scores, a table of cited figures

def doc_ethics_paper() -> Doc:
    _start()
    F = "university-research-ethics-committee-paper-rec-26-044.pdf"

    def P(num, text, **kw):
        return HPara(text, num=num, indent=30, bold_num=True, size=10.5, after=6, **kw)

    def grid(c):
        c.setFont("Times-Bold", 12)
        c.drawString(62, 790, "University of Wexcombe")
        c.setFont("Times-Roman", 10)
        c.drawString(62, 776, "Faculty of Law and Social Sciences \u00b7 Research Ethics Committee")
        c.setFont("Times-Bold", 9)
        c.drawRightString(533, 790, "REC/26/044")
        c.setFont("Times-Roman", 9)
        c.drawRightString(533, 776, "OPEN")
        rows = [("Meeting", "4 March 2026, 14:00, Room 2.17"), ("Agenda item", "7"),
                ("Application", "ETH-2026-0117 (Dr R. Lindqvist, School of Law)"),
                ("Title", "Journalists, clinicians and the retention of communications data: an interview study"),
                ("Risk category", "High (category C under Policy RE-4, section 6)"),
                ("Action", "For decision")]
        y = 756
        c.setLineWidth(0.5)
        for k, v in rows:
            c.rect(62, y - 15, 471, 15, stroke=1, fill=0)
            c.setFont("Times-Bold", 9)
            c.drawString(66, y - 11, k)
            c.setFont("Times-Roman", 9)
            c.drawString(166, y - 11, v)
            y -= 15
    p1 = Page(printed="1", header=False, blocks=[
        Canvas(grid), Gap(120),
        g.Heading("1. Summary of the proposal", size=12, space_before=2),
        P("1.1", "The applicant proposes 40 semi-structured interviews with journalists, lawyers and doctors "
                 "about the retention and acquisition of their communications data by public authorities. "
                 "Participants will be recruited through professional bodies; no participant will be asked to "
                 "disclose a source."),
        P("1.2", "The applicant justifies the study by the scale of acquisition recorded nationally. According "
                 "to the Investigatory Powers Commissioner, " + S("1,320", SP, "total", "2018") +
                 " applications for communications data in 2018 concerned members of sensitive professions, "
                 "up from " + S("948", SP, "total", "2016") + " in 2016 as reported by the Commissioner" + RSQ +
                 "s predecessor. Of the 2018 applications, " + S("498", SP, "medical_doctor", "2018") +
                 " related to medical doctors and " + S("203", SP, "journalist", "2018") + " to journalists."),
        P("1.3", "The applicant also notes that the number of applications to identify a journalistic source "
                 "was " + S("15", "cd.applications.journalistic_source", "", "2019") + " in 2019. The Committee "
                 "should note that these are national totals for the United Kingdom; the University holds no "
                 "data of its own on the point."),
        g.Heading("2. Issues for the Committee", size=12, space_before=4),
        P("2.1", "<i>Sensitivity.</i> Participants may believe that their own data has been obtained. The "
                 "applicant cites the Commissioner" + RSQ + "s finding that law enforcement obtained " +
                 S("700,282", "cd.items", "law_enforcement", "2017") + " items of communications data in 2017, "
                 "roughly " + S("92.6", "cd.items.share", "law_enforcement", "2017", q="approximately") +
                 " per cent of the " + S("757,977", "cd.items", "total", "2017") + " items obtained by all "
                 "public authorities that year, and argues that the chance that any given participant is "
                 "affected is small. The reviewers were not persuaded that this reassures participants."),
        P("2.2", "<i>Who is affected.</i> The reviewers point to the Commissioner" + RSQ + "s 2015 breakdown "
                 "of the people whose data was sought: " + S("63.6%", "cd.items.person_type.share", "suspect",
                                                              "2015") +
                 " related to suspects, " + S("9.1%", "cd.items.person_type.share", "associate", "2015") +
                 " to associates and " + S("1.6%", "cd.items.person_type.share", "witness", "2015") +
                 " to witnesses, with " + S("3.9%", "cd.items.person_type.share", "vulnerable_person", "2015") +
                 " relating to vulnerable people. A participant is more likely to be a witness or a victim than "
                 "a suspect, and the information sheet should say so."),
        P("2.3", "<i>Privilege.</i> For lawyers the relevant figures are applications to retain privileged "
                 "items: " + S("77", "lpp.applications.made", "", "2018") + " in 2018, of which " +
                 S("76", "lpp.applications.approved", "", "2018") + " were approved. See Appendix B, questions "
                 "4 to 6, of the interview schedule."),
    ])
    risks = Table(rows=[["Ref.", "Risk", "Likelihood", "Impact", "Score", "Mitigation"],
                        ["R1", "Distress on discussing surveillance", "3", "3", "9", "Debrief; helpline"],
                        ["R2", "Disclosure of a confidential source", "2", "5", "10", "No source questions"],
                        ["R3", "Data breach (recordings)", "2", "4", "8", "Encrypted storage"],
                        ["R4", "Researcher safety", "1", "3", "3", "Lone-working protocol"]],
                  xs=[0, 30, 215, 270, 318, 356], align=["L", "L", "R", "R", "R", "L"], ruled=True, size=8.8,
                  row_h=14, caption="Table 1: Risk register (scores are likelihood \u00d7 impact, 1" + EN + "25)",
                  caption_above=True)
    cited = Table(rows=[["Figure cited by the applicant", "Year", "Value", "Source"],
                        ["Sensitive professions: lawyers", "2018", S("234", SP, "lawyer", "2018"), "IPCO 2018"],
                        ["Sensitive professions: ministers of religion", "2018",
                         S("272", SP, "minister_of_religion", "2018"), "IPCO 2018"],
                        ["Sensitive professions: Members of Parliament", "2018",
                         S("113", SP, "member_of_parliament", "2018"), "IPCO 2018"],
                        ["Sensitive professions: lawyers", "2024", S("219", SP, "lawyer", "2024"), "IPCO 2024"],
                        ["Sensitive professions: journalists", "2024", S("157", SP, "journalist", "2024"),
                         "IPCO 2024"],
                        ["Journalistic-source applications", "2024",
                         S("106", "cd.applications.journalistic_source", "", "2024"), "IPCO 2024"],
                        ["Items of communications data (all)", "2018", S("808,214", "cd.items", "total", "2018"),
                         "IPCO 2018"],
                        ["Items of communications data (all)", "2016", S("754,559", "cd.items", "total", "2016"),
                         "IOCCO 2016"],
                        ["Items concerning next of kin (%)", "2015",
                         S("0.2", "cd.items.person_type.share", "next_of_kin", "2015"), "IOCCO 2015"]],
                  xs=[0, 232, 310, 350], align=["L", "L", "R", "L"], ruled=False, size=9.2, row_h=14.5,
                  caption="Table 2: National figures cited in the application, as checked by the secretariat",
                  caption_above=True)
    p2 = Page(printed="2", header=False, blocks=[
        Gap(-6),
        g.Heading("3. Risk assessment", size=12, space_before=0),
        P("3.1", "The applicant" + RSQ + "s risk register is reproduced below. The reviewers consider R2 to be "
                 "under-scored and recommend that it be raised to 15."),
        risks,
        g.Heading("4. Accuracy of the figures cited", size=12, space_before=4),
        P("4.1", "The secretariat checked each national figure in the application against the published "
                 "report. All were correct; two had been cited to the wrong year and have been corrected in "
                 "version 3 of the protocol (dated 19 February 2026)."),
        cited,
        P("4.2", "In addition, the applicant cites the rise in applications to identify journalistic sources, "
                 "from " + S("15", "cd.applications.journalistic_source", "", "2019") + " in 2019 to " +
                 S("106", "cd.applications.journalistic_source", "", "2024") + " in 2024. The reviewers ask the "
                 "applicant to explain in the protocol whether the rise reflects a change in counting."),
        g.Heading("5. Decision requested", size=12, space_before=4),
        P("5.1", "The Committee is asked to give a favourable opinion subject to conditions C1" + EN + "C4 "
                 "(Annex 1), with review by Chair" + RSQ + "s action within 14 days."),
        Canvas(lambda c: (c.setFont("Times-Italic", 8),
                          c.drawString(62, 40, "Secretary to the Committee: ext. 4471 \u00b7 rec@wexcombe.example "
                                               "\u00b7 Paper REC/26/044, version 2")))
    ])
    return Doc(F, "Research Ethics Committee Paper REC/26/044", "University of Wexcombe (corpus imitation)",
               "University research ethics committee paper", "reportlab+graphics", "", [p1, p2],
               font="Times-Roman", number_style="foot", date=(2026, 2, 24), part=PART)


# =============================================================================================
# 3. Parliamentary "key figures" one-pager (fpdf2): two columns of facts, a large figure and its
#    label wrapped beside it, both columns' lines on shared baselines

def doc_key_figures() -> Doc:
    _start()
    F = "key-figures-investigatory-powers-one-pager-2019.pdf"
    left = [
        (S("3,535", W_ISS, "total", "2017"), "interception warrants issued in 2017, the last full year under "
                                             "the 2000 Act"),
        (S("17.5%", W_ISS + ".change", "total", "2017"), "rise in warrants issued, 2016 to 2017"),
        (S("3,007", W_ISS, "total", "2016"), "interception warrants issued in 2016"),
        (S("2,306", W_ISS, "serious_crime", "2017"), "warrants in 2017 for the prevention or detection of "
                                                     "serious crime"),
        (S("1,219", W_ISS, "national_security", "2017"), "warrants in 2017 in the interests of national "
                                                         "security"),
        (S("67", "interception.warrants.urgent", "", "2016"), "warrants approved under the urgency procedure "
                                                              "in 2016"),
        (S("5", "interception.warrants.refused", "", "2016"), "applications for warrants refused by Secretaries "
                                                              "of State in 2016"),
        (S("970", "interception.warrants.examined", "", "2016"), "warrants examined by inspectors during 2016"),
        (S("2,760", W_ISS, "total", "2013"), "interception warrants issued in 2013, the lowest of the decade"),
        (S("-19%", W_ISS + ".change", "total", "2013", value=-19), "change in warrants issued, 2012 to 2013"),
        (S("166", "inspections", "total", "2016"), "inspections carried out in 2016"),
        (S("134", "public_authorities.inspected", "", "2016"), "public authorities inspected in 2016"),
    ]
    right = [
        (S("808,214", "cd.items", "total", "2018"), "items of communications data obtained in 2018"),
        (S("757,977", "cd.items", "total", "2017"), "items obtained in 2017"),
        (S("903", "cd.errors", "total", "2018"), "communications data errors reported in 2018"),
        (S("381", "cd.errors", "spoc", "2018"), "of those errors made by single points of contact"),
        (S("360", "cd.errors", "applicant", "2018"), "made by applicants"),
        (S("140", "cd.errors", "csp", "2018"), "made by communications service providers"),
        (S("22", "cd.errors", "designated_person", "2018"), "made by designated persons"),
        (S("8", "errors.serious.determined", "total", "2018"), "errors found to be serious in 2018"),
        (S("77", "lpp.applications.made", "", "2018"), "applications in 2018 to retain legally privileged "
                                                       "items"),
        (S("99", "spci.errors", "total", "2018"), "errors reported in 2018 in the use of surveillance, property "
                                                  "interference and CHIS powers"),
        (S("83", "spci.errors", "total", "2017"), "such errors reported in 2017"),
        (S("1,958", "chis.authorisations", "law_enforcement", "2018"), "CHIS authorisations granted to law "
                                                                       "enforcement in 2018"),
    ]

    def draw(pdf, n):
        pdf.set_fill_color(92, 22, 52)
        pdf.rect(0, 0, 595, 92, style="F")
        _t(pdf, 48, 38, "KEY FIGURES", 9, "B", colour=(240, 220, 230))
        _t(pdf, 48, 62, "Investigatory powers: the numbers behind the debate", 18, "B", colour=(255, 255, 255))
        _t(pdf, 48, 80, "Briefing for the Second Reading debate, 14 October 2019 \u00b7 No. KF-2019-31",
           9, "", colour=(240, 220, 230))
        _t(pdf, 48, 118, "Figures as published in the Commissioners' annual reports; they are national figures "
                         "for the United Kingdom.", 8.5, "I", colour=(80, 80, 80))
        _t(pdf, 48, 140, "Interception", 11, "B", colour=(92, 22, 52))
        _t(pdf, 312, 140, "Communications data and other powers", 11, "B", colour=(92, 22, 52))
        pdf.set_draw_color(200)
        pdf.line(300, 130, 300, 780)

        def column(items, x0, yy):
            for ph, label in items:
                st = _stat(ph)
                pdf.set_font("Helvetica", "", 8.8)
                lines = _wrap(label, lambda t: pdf.get_string_width(t) <= 150)
                _t(pdf, x0 + 78, yy, st.printed, 15, "B", align="R", colour=(92, 22, 52))
                for k, ln in enumerate(lines):
                    _t(pdf, x0 + 88, yy + k * 11 - 3, ln, 8.8)
                g.record(F, n, st, "list", f"{st.printed} {label}",
                         checks=[st.printed] + lines)
                yy += 52
        column(left, 48, 172)
        column(right, 312, 172)
        pdf.set_draw_color(92, 22, 52)
        pdf.line(48, 795, 547, 795)
        _t(pdf, 48, 808, "Prepared by the Westminster Digital Rights Research Unit (corpus imitation). Enquiries "
                         "020 7946 0815. Not an official publication.", 7.5, colour=(90, 90, 90))
        _t(pdf, 547, 822, "1", 8, align="R")
        g.REGIONS[(F, n)] = [(0, 100, 300, 841), (300, 100, 595, 841)]

    return Doc(F, "Key figures: investigatory powers (KF-2019-31)", "Westminster Digital Rights Research Unit",
               "Parliamentary key-figures briefing", "fpdf2-dev11", "", [Page(blocks=[Draw(draw)])],
               date=(2019, 10, 11), part=PART)


# =============================================================================================
# 4. Regional newspaper data-journalism article, printed from a browser (Chromium): the browser's
#    print header and footer, share and comment counts, a sortable table, an SVG lollipop chart

g.HTML_STYLES.setdefault("browserprint", """
body { font-family: 'Liberation Serif', Georgia, serif; font-size: 11pt; line-height: 1.5; color: #1a1a1a; }
.bph { position: absolute; top: 5mm; left: 8mm; right: 8mm; font-family: 'Liberation Sans', sans-serif;
       font-size: 7pt; color: #000; display: flex; justify-content: space-between; }
.bpf { position: absolute; bottom: 5mm; left: 8mm; right: 8mm; font-family: 'Liberation Sans', sans-serif;
       font-size: 7pt; color: #000; display: flex; justify-content: space-between; }
.site { font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 16pt; color: #b00020;
        border-bottom: 2pt solid #b00020; padding-bottom: 3pt; margin-bottom: 4pt; }
.nav { font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555; margin-bottom: 10pt; }
h1 { font-size: 21pt; line-height: 1.15; margin: 2pt 0 6pt 0; }
.stand { font-size: 12pt; color: #444; margin-bottom: 6pt; }
.by { font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555; margin-bottom: 8pt; }
.art { display: flex; gap: 16pt; }
.art .main { flex: 1 1 0; min-width: 0; }
.side { width: 44mm; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #333;
        border-left: 0.6pt solid #ccc; padding-left: 8pt; }
.side ol { padding-left: 12pt; }
table.sort { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; border-collapse: collapse; }
table.sort th { background: #222; color: #fff; padding: 3pt 8pt; text-align: right; }
table.sort th:first-child, table.sort td:first-child { text-align: left; }
table.sort td { padding: 2.5pt 8pt; border-bottom: 0.5pt solid #ddd; text-align: right; }
table.sort tr:nth-child(odd) td { background: #f4f4f4; }
.cmt { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; border-top: 0.6pt solid #ccc;
       padding-top: 4pt; margin-top: 6pt; color: #333; }
""")


def _lollipop(fname, page, title, rows, vmax, ticks):
    parts, y = [], 18
    W_, LW, PW = 440, 170, 220
    for k, t in enumerate(ticks):
        x = LW + PW * k / (len(ticks) - 1)
        parts.append(f'<line x1="{x:.1f}" y1="8" x2="{x:.1f}" y2="{18 + 22 * len(rows)}" stroke="#ddd" '
                     f'stroke-width="0.6"/><text x="{x:.1f}" y="{30 + 22 * len(rows)}" font-size="8" '
                     f'text-anchor="middle" font-family="Liberation Sans" fill="#666">{esc(t)}</text>')
    for label, ph in rows:
        st = _stat(ph)
        x = LW + PW * st.value / vmax
        parts.append(f'<text x="{LW - 8}" y="{y + 4}" font-size="9.5" text-anchor="end" '
                     f'font-family="Liberation Sans">{esc(label)}</text>'
                     f'<line x1="{LW}" y1="{y}" x2="{x:.1f}" y2="{y}" stroke="#b00020" stroke-width="1.6"/>'
                     f'<circle cx="{x:.1f}" cy="{y}" r="4.5" fill="#b00020"/>'
                     f'<text x="{x + 9:.1f}" y="{y + 4}" font-size="9.5" font-weight="bold" '
                     f'font-family="Liberation Sans">{esc(st.printed)}</text>')
        g.record(fname, page, st, "chart", f"{label} {st.printed}", checks=[label, st.printed])
        y += 22
    h = 38 + 22 * len(rows)
    return (f'<div style="font-family:Liberation Sans;font-weight:bold;font-size:10pt;margin:6pt 0 2pt 0">'
            f'{esc(title)}</div><svg width="{W_}" height="{h}" viewBox="0 0 {W_} {h}">{"".join(parts)}</svg>')


def doc_newspaper() -> Doc:
    _start()
    F = "wessex-courier-data-spying-figures-printed-2020-03-14.pdf"
    URL = "https://www.wessexcourier.example/news/data/2020/03/13/how-often-do-the-authorities-snoop"

    def furniture(n):
        return (f'<div class="bph"><span>14/03/2020, 08:41</span><span>How often do the authorities snoop? '
                f'The figures, year by year | Wessex Courier</span></div>'
                f'<div class="bpf"><span>{esc(URL)}</span><span>{n}/2</span></div>')

    def p(page, t):
        return f"<p>{rec(F, page, t)}</p>"

    NC = 'class="n"'
    tbl = HTable(rows=[["Year \u25b4\u25be", "Warrants issued \u25b4\u25be", "Data items \u25b4\u25be",
                        "Errors \u25b4\u25be"],
                       ["2015", S("3,059", W_ISS, "total", "2015"), S("761,702", "cd.items", "total", "2015"),
                        S("1,199", "cd.errors", "total", "2015")],
                       ["2016", S("3,007", W_ISS, "total", "2016"), S("754,559", "cd.items", "total", "2016"),
                        S("1,101", "cd.errors", "total", "2016")],
                       ["2017", S("3,535", W_ISS, "total", "2017"), S("757,977", "cd.items", "total", "2017"),
                        S("926", "cd.errors", "total", "2017")],
                       ["2018", "not comparable", S("808,214", "cd.items", "total", "2018"),
                        S("903", "cd.errors", "total", "2018")]],
                 caption="", cls="sort")
    p1 = Page(printed=None, header=False, blocks=[
        Raw(furniture(1) + '<div class="site">the Wessex Courier</div>'
            '<div class="nav">News \u203a Data \u203a Crime &amp; justice &nbsp;|&nbsp; Sport &nbsp;|&nbsp; Weather '
            '&nbsp;|&nbsp; Jobs &nbsp;|&nbsp; Subscribe from \u00a31 a week</div>'
            '<h1>How often do the authorities snoop? The figures, year by year</h1>'
            '<div class="stand">We went through every oversight report since 2013. Here is what they show</div>'
            '<div class="by">By Tamsin Grey, Data Reporter \u00b7 13 March 2020, 18:00 \u00b7 Updated 14 '
            'March 2020 \u00b7 7 min read \u00b7 Share 214 \u00b7 Comments 37</div>'
            '<div class="art"><div class="main">'
            + p(1, "Every year a judge-led watchdog counts how often the police, the security agencies and other "
                   "public bodies use the most intrusive powers the law gives them. The numbers are national: "
                   "there is no breakdown for Wessex, and the county" + RSQ + "s force told us it does not "
                   "publish its own.")
            + p(1, "The headline number is interception. Secretaries of State signed " +
                   S("3,535", W_ISS, "total", "2017") + " warrants in 2017, the most of any year we looked at and "
                   "up just over " + S("17.5%", W_ISS + ".change", "total", "2017", q="over") + " on the year "
                   "before. The low point was 2013, with " + S("2,760", W_ISS, "total", "2013") + ".")
            + p(1, "Communications data " + EM + " who called whom, when and from where " + EM + " is used far "
                   "more often. Public bodies obtained " + S("808,214", "cd.items", "total", "2018") + " items of "
                   "it in 2018, the latest year for which figures exist. That is about 2,200 a day, by our "
                   "arithmetic.")
            + '<div style="font-family:Liberation Sans;font-weight:bold;font-size:10pt;margin:8pt 0 2pt 0">'
              'The numbers, year by year (click a heading to sort)</div>')
        , tbl,
        Raw('<div style="font-family:Liberation Sans;font-size:7.5pt;color:#666">Source: IOCCO and IPCO annual '
            'reports. Warrants after 2017 are counted under the 2016 Act. Table: Tamsin Grey / Wessex Courier'
            '</div></div><div class="side"><b>MOST READ</b><ol><li>A303 closure: five-week diversion from Monday'
            '</li><li>Salisbury 2 Yeovil 1: late winner</li><li>House prices up 3.1% in a year</li><li>Bus route '
            '47 to be axed</li><li>Weather: 14C by Wednesday</li></ol></div></div>'),
    ])
    g.REGIONS[(F, 1)] = [(0, 0, 400, 841), (400, 0, 594, 841)]
    g.REGIONS[(F, 2)] = [(0, 0, 400, 841), (400, 0, 594, 841)]
    p2 = Page(printed=None, header=False, blocks=[
        Raw(furniture(2) + '<div class="art"><div class="main">'
            + p(2, "Mistakes happen, and the reports count them. Of the " + S("903", "cd.errors", "total", "2018") +
                   " communications data errors in 2018, single points of contact " + EM + " the specialist "
                   "officers who handle requests " + EM + " made " + S("381", "cd.errors", "spoc", "2018") +
                   " and the officers asking for the data " + S("360", "cd.errors", "applicant", "2018") + ".")
            + p(2, S("Eight", "errors.serious.determined", "total", "2018") + " errors in 2018 were judged serious, meaning someone was significantly harmed. The "
                   "Commissioner investigated " + S("33", "errors.serious.investigations", "", "2017") +
                   " possible serious errors the year before.")
            + p(2, "Who is being looked at? In 2018 the watchdog counted applications for data about people in "
                   "professions that handle confidential information:")
            + _lollipop(F, 2, "Applications about people in sensitive professions, 2018",
                        [("Medical doctors", S("498", SP, "medical_doctor", "2018")),
                         ("Ministers of religion", S("272", SP, "minister_of_religion", "2018")),
                         ("Lawyers", S("234", SP, "lawyer", "2018")),
                         ("Journalists", S("203", SP, "journalist", "2018")),
                         ("MPs", S("113", SP, "member_of_parliament", "2018"))],
                        600, ["0", "100", "200", "300", "400", "500", "600"])
            + '<div style="font-family:Liberation Sans;font-size:7.5pt;color:#666">Chart: Wessex Courier. '
              'Source: IPCO Annual Report 2018, Table 7.</div>'
            + p(2, "Surveillance by other means also produces errors. Public bodies reported " +
                   S("99", "spci.errors", "total", "2018") + " errors in their use of surveillance, property "
                   "interference and informant powers in 2018, against " + S("83", "spci.errors", "total", "2017") +
                   " in 2017. Most (" + S("59", "spci.errors", "directed_surveillance", "2018") + ") involved "
                   "directed surveillance; " + S("23", "spci.errors", "property_interference", "2018") +
                   " involved property interference and " + S("14", "spci.errors", "chis", "2018") +
                   " informants.")
            + '<div class="cmt"><b>Comments (37)</b> \u00b7 Sort by: Newest<br>'
              '<b>SherborneSam</b> 2 hours ago: I' + RSQ + 'd like to know the Wessex numbers, not the national '
              'ones. \u2191 12 \u2193 3<br><b>ex_copper_99</b> 5 hours ago: Most of this is missing persons and '
              'fraud. Nothing sinister. \u2191 8 \u2193 19</div>'
            '</div><div class="side"><b>MORE FROM DATA</b><ol><li>Where the county' + RSQ + 's potholes are'
            '</li><li>GP waiting times mapped</li><li>Crime in your postcode (BA21 4QT?)</li></ol></div></div>'),
    ])
    return Doc(F, "How often do the authorities snoop? The figures, year by year | Wessex Courier",
               "Wessex Courier (corpus imitation)", "Newspaper data article printed from a browser", "chromium", "",
               [p1, p2], date=(2020, 3, 14), part=PART, style="browserprint")


# =============================================================================================
# 5. Privacy charity's annual report (reportlab): "year in oversight at a glance" strip, its own
#    finances (distractors), ICO penalties in prose

class Glance:
    """A strip of large figures with labels under them; recorded as list items."""

    def __init__(self, title, items):
        self.title, self.items = title, items

    def draw_rl(self, rp, x, y, width):
        c = rp.c
        h = 92
        rp.need(y, h)
        c.setFillColorRGB(0.12, 0.42, 0.38)
        c.rect(x - 6, y - h, width + 12, h, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 2, y - 14, self.title)
        cw = width / len(self.items)
        for k, (ph, l1, l2) in enumerate(self.items):
            st = _stat(ph)
            cx = x + cw * k + 4
            c.setFont("Helvetica-Bold", 19)
            c.drawString(cx, y - 44, st.printed)
            c.setFont("Helvetica", 7.8)
            c.drawString(cx, y - 60, l1)
            c.drawString(cx, y - 70, l2)
            g.record(rp.doc.filename, rp.pageno, st, "list", f"{st.printed} {l1} {l2}",
                     checks=[st.printed, l1, l2])
        c.setFillGray(0)
        return y - h - 12


def doc_charity_report() -> Doc:
    _start()
    F = "open-rights-trust-annual-report-and-accounts-2025-26.pdf"

    def P(t, size=9.8):
        return HPara(t, size=size, after=7)

    def foot(n):
        def d(c):
            c.setFont("Helvetica", 7.5)
            c.setFillGray(0.4)
            c.drawString(62, 36, "Open Rights Trust \u00b7 Registered charity no. 1187733 \u00b7 Company no. "
                                 "11902546 \u00b7 Annual report 2025/26")
            c.drawRightString(533, 36, str(n + 11))
            c.setFillGray(0)
        return d

    p1 = Page(printed=None, header=False, blocks=[
        Canvas(foot(1)),
        g.Lines([("Trustees" + RSQ + " report", "b", 17, "L"),
                 ("for the year ended 31 March 2026", "r", 10, "L")], gap=3),
        Gap(8),
        Glance("THE YEAR IN OVERSIGHT AT A GLANCE (national figures from the Commissioner" + RSQ + "s reports)",
               [(S("386", "inspections", "total", "2023"), "inspections by the", "Commissioner in 2023"),
                (S("106", "cd.applications.journalistic_source", "", "2024"), "applications to find a",
                 "journalist" + RSQ + "s source, 2024"),
                (S("157", SP, "journalist", "2024"), "applications about", "journalists, 2024"),
                (S("219", SP, "lawyer", "2024"), "applications about", "lawyers, 2024")]),
        g.Heading("Why we watch the numbers", size=12, space_before=2),
        P("Our objects are to advance public understanding of the law on privacy. We do not collect data on "
          "surveillance ourselves, so we rely on the Investigatory Powers Commissioner" + RSQ + "s annual reports. "
          "The report for 2023 records just under " +
          S("360,000", "authorisations.all_powers", "", "2023", q="under") + " authorisations across all the "
          "investigatory powers, and the Commissioner" + RSQ + "s inspectors carried out " +
          S("386", "inspections", "total", "2023") + " inspections that year, after " +
          S("380", "inspections", "total", "2022") + " in 2022."),
        P("The report for 2024 says the Commissioner now oversees more than " +
          S("600", "context.public_authorities", "", "2024", q="over") + " public authorities. It was also a "
          "year in which applications to identify journalists" + RSQ + " sources reached " +
          S("106", "cd.applications.journalistic_source", "", "2024") + ", against " +
          S("15", "cd.applications.journalistic_source", "", "2019") + " five years earlier. We wrote to the "
          "Home Secretary about this on 4 June 2025 (our ref. ORT/HS/25/07)."),
        g.Heading("Data protection enforcement", size=12, space_before=4),
        P("Our second programme follows the Information Commissioner. In its financial year 2020/21 the ICO "
          "fined British Airways " + S("\u00a320m", FINES, "british_airways", "2020-04/2021-03") + " and "
          "Marriott International " + S("\u00a318.4m", FINES, "marriott", "2020-04/2021-03") + ". In 2022/23 it "
          "fined Clearview AI Inc " + S("\u00a37.5m", FINES, "clearview", "2022-04/2023-03") + " and Interserve "
          "Group " + S("\u00a34.4m", FINES, "interserve", "2022-04/2023-03") + ". The Cabinet Office" + RSQ +
          "s penalty of " + S("\u00a3500,000", FINES, "cabinet_office", "2021-04/2022-03") + " (2021/22) was "
          "reduced on appeal to " + S("\u00a350,000", FINES, "cabinet_office", "2022-04/2023-03") + " in "
          "2022/23. None of these penalties concerns a client of the Trust; we mention them because they are "
          "the benchmarks the public is given."),
        g.Heading("Our people", size=12, space_before=4),
        P("The Trust had 9 trustees and 6 staff (5.2 full-time equivalent) at 31 March 2026. Trustees receive "
          "no remuneration; expenses of \u00a31,214 were reimbursed to 3 trustees (2025: \u00a3987, 2 trustees)."),
    ])
    sofa = Table(rows=[["", "Note", "Unrestricted", "Restricted", "2026 total", "2025 total"],
                       ["", "", "\u00a3", "\u00a3", "\u00a3", "\u00a3"],
                       ["Income from: donations and legacies", "3", "412,380", "\u2013", "412,380", "388,115"],
                       ["Charitable activities", "4", "38,900", "126,000", "164,900", "151,260"],
                       ["Investments", "", "4,118", "\u2013", "4,118", "2,907"],
                       ["Total income", "", "455,398", "126,000", "581,398", "542,282"],
                       ["Expenditure on: raising funds", "5", "61,240", "\u2013", "61,240", "58,801"],
                       ["Charitable activities", "6", "352,777", "131,450", "484,227", "466,913"],
                       ["Total expenditure", "", "414,017", "131,450", "545,467", "525,714"],
                       ["Net income / (expenditure)", "", "41,381", "(5,450)", "35,931", "16,568"],
                       ["Funds brought forward at 1 April 2025", "16", "203,114", "22,600", "225,714",
                        "209,146"],
                       ["Funds carried forward at 31 March 2026", "16", "244,495", "17,150", "261,645",
                        "225,714"]],
                 xs=[0, 176, 250, 314, 382, 450], align=["L", "R", "R", "R", "R", "R"], ruled=False,
                 header_rows=2, size=8.5, row_h=14, bold_rows=(5, 8, 11),
                 caption="Statement of financial activities for the year ended 31 March 2026 (incorporating the "
                         "income and expenditure account)", caption_above=True)
    p2 = Page(printed=None, header=False, blocks=[
        Canvas(foot(2)),
        g.Heading("Financial review", size=12, space_before=0),
        P("Total income rose by 7.2% to \u00a3581,398. Free reserves of \u00a3244,495 represent about 7 months of "
          "unrestricted expenditure, within the range of 6 to 9 months set by the reserves policy (reviewed "
          "November 2025)."),
        sofa,
        HPara("All activities are continuing. The notes on pages 22 to 31 form part of these financial "
              "statements. Approved by the trustees on 16 July 2026.", size=8, after=10),
        g.Heading("Looking back: what the older reports said", size=12, space_before=4),
        P("Our founders started the Trust in 2014, when the Interception of Communications Commissioner reported "
          "that " + S("2,760", W_ISS, "total", "2013") + " interception warrants had been issued in 2013, a fall "
          "of " + S("19%", W_ISS + ".change", "total", "2013", value=-19) + " on the year before, and that public "
          "authorities had made " + S("42,293", "cd.urgent_oral", "", "2013") + " urgent oral requests for "
          "communications data. Communications data errors numbered " + S("970", "cd.errors", "total", "2013") +
          " that year, and " + S("seven", "errors.serious.determined", "total", "2013") + " were judged to be "
          "very serious."),
        P("Five years later the picture had shifted towards data. The Commissioner recorded " +
          S("808,214", "cd.items", "total", "2018") + " items of communications data obtained in 2018, and "
          "law enforcement agencies were granted " + S("1,958", "chis.authorisations", "law_enforcement", "2018") +
          " authorisations for covert human intelligence sources that year. Applications to retain material "
          "subject to legal privilege numbered " + S("77", "lpp.applications.made", "", "2018") + "."),
        P("A decade on, the Commissioner counts differently, and the series cannot simply be joined up. That is "
          "why our 2026/27 plan (priority 3) is a public index of what each report measures."),
    ])
    return Doc(F, "Open Rights Trust: Annual Report and Financial Statements 2025/26",
               "Open Rights Trust (corpus imitation)", "Charity annual report and accounts", "reportlab+graphics",
               "", [p1, p2], number_style="foot", date=(2026, 7, 16), part=PART)


# =============================================================================================
# 6. English summary of a translated European comparative study (Chromium, serif): country
#    sections, UK figures among qualitative notes on other states, continental number formats

g.HTML_STYLES.setdefault("eusummary", """
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.42; color: #111; }
.top { font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #333; border-bottom: 1.5pt solid #003399;
       padding-bottom: 3pt; margin-bottom: 10pt; display: flex; justify-content: space-between; }
h1 { font-size: 17pt; margin: 0 0 2pt 0; color: #003399; }
.sub { font-style: italic; margin-bottom: 10pt; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; color: #003399; margin: 10pt 0 3pt 0; }
table.cmp { border-collapse: collapse; font-size: 8.8pt; font-family: 'Liberation Sans', sans-serif; }
table.cmp th { background: #003399; color: #fff; padding: 3pt 5pt; text-align: left; }
table.cmp td { border-bottom: 0.5pt solid #99a; padding: 2.5pt 5pt; vertical-align: top; }
.tn { font-size: 8pt; margin-top: 2pt; }
""")


def doc_eu_summary() -> Doc:
    _start()
    F = "comparative-study-oversight-five-states-english-summary-2019.pdf"

    def p(page, t):
        return f"<p>{rec(F, page, t)}</p>"

    top = ('<div class="top"><span>Institut f\u00fcr vergleichende Sicherheitsforschung \u00b7 Studie Nr. 12/2019'
           '</span><span>English summary (translation) \u00b7 p. {n}</span></div>')
    p1 = Page(printed=None, header=False, blocks=[
        Raw(top.format(n="iii") + '<h1>Oversight of communications surveillance in five European states</h1>'
            '<div class="sub">Summary of the comparative study. Translated from the German original; in case of '
            'doubt the German text prevails. Number formats follow the original.</div>'
            '<h2>1. Scope</h2>'
            + p(1, "The study compares the legal frameworks and the published oversight statistics of Germany, "
                   "France, the Netherlands, Belgium and the United Kingdom for the years 2013 to 2017. It does "
                   "not produce statistics of its own; where figures are given, they are those published by the "
                   "national oversight bodies.")
            + '<h2>2. Germany, France, Netherlands, Belgium</h2>'
            + p(1, "In Germany the G 10 Commission reviews restrictions under Article 10 of the Basic Law; its "
                   "reports to the Bundestag give case numbers only in aggregated form and were not comparable. "
                   "The French CNCTR (Law No. 2015-912 of 24 July 2015) publishes opinions rather than warrant "
                   "counts. In the Netherlands the TIB began its work under the Intelligence and Security "
                   "Services Act 2017 (Wiv 2017) only on 1 May 2018. The Belgian Standing Committee I publishes "
                   "annual activity reports, which the study could not reconcile with the other states.")
            + '<h2>3. United Kingdom</h2>'
            + p(1, "The United Kingdom publishes the most detailed figures of the five states. According to the "
                   "report of the Investigatory Powers Commissioner, the Secretaries of State issued " +
                   S("3.535", W_ISS, "total", "2017", value=3535) + " interception warrants in 2017, an increase of "
                   + S("17,5 %", W_ISS + ".change", "total", "2017", value=17.5) + " against 2016. Of these, " +
                   S("65,22 %", W_ISS + ".share", "serious_crime", "2017", value=65.22) + " were issued for the "
                   "prevention or detection of serious crime and " +
                   S("34,5 %", W_ISS + ".share", "national_security", "2017", value=34.5) + " in the interests of "
                   "national security.")
            + p(1, "The series shows strong fluctuation: " + S("3,372", W_ISS, "total", "2012") + " warrants in "
                   "2012, " + S("2,760", W_ISS, "total", "2013") + " in 2013, " + S("2,795", W_ISS, "total", "2014") +
                   " in 2014 and " + S("3,059", W_ISS, "total", "2015") + " in 2015. (In this summary the English "
                   "number format is used from here on.)")
            + p(1, "In 2015 the warrants were issued to " + S("65%", W_ISS + ".share", "serious_crime", "2015") +
                   " for serious crime and to " + S("34%", W_ISS + ".share", "national_security", "2015") +
                   " for national security; " + S("1%", W_ISS + ".share", "combination", "2015") + " served a "
                   "combination of purposes. About " +
                   S("2.5%", "interception.warrants.urgent.share", "", "2015", q="approximately") + " were "
                   "approved under the urgency procedure.")
            + p(1, "For the acquisition of communications data the British figures are of a different order: " +
                   S("761,702", "cd.items", "total", "2015") + " items in 2015 and " +
                   S("754,559", "cd.items", "total", "2016") + " in 2016. The oral urgency procedure accounted for "
                   + S("11%", "cd.urgent_oral.share", "", "2015") + " of items in 2015 and " +
                   S("10%", "cd.urgent_oral.share", "", "2016") + " in 2016.")),
    ])
    NC = 'style="text-align:right"'
    p2 = Page(printed=None, header=False, blocks=[
        Raw(top.format(n="iv") + '<h2>4. Comparative overview</h2>'),
        HTable(rows=[["State", "Oversight body", "Warrants / orders published", ("2015", NC), ("2016", NC),
                      ("2017", NC)],
                     ["Germany", "G 10 Commission", "aggregated only", ("\u2014", NC), ("\u2014", NC),
                      ("\u2014", NC)],
                     ["France", "CNCTR", "opinions, not warrants", ("\u2014", NC), ("\u2014", NC), ("\u2014", NC)],
                     ["Netherlands", "TIB (from 2018)", "none for these years", ("\u2014", NC), ("\u2014", NC),
                      ("\u2014", NC)],
                     ["Belgium", "Standing Committee I", "activity data", ("\u2014", NC), ("\u2014", NC),
                      ("\u2014", NC)],
                     ["United Kingdom", "IOCCO / IPCO", "interception warrants issued",
                      (S("3,059", W_ISS, "total", "2015"), NC), (S("3,007", W_ISS, "total", "2016"), NC),
                      (S("3,535", W_ISS, "total", "2017"), NC)],
                     ["United Kingdom", "IOCCO / IPCO", "communications data errors",
                      (S("1,199", "cd.errors", "total", "2015"), NC), (S("1,101", "cd.errors", "total", "2016"), NC),
                      (S("926", "cd.errors", "total", "2017"), NC)]],
               caption="Table 2: Published figures by state (\u2014 = no comparable figure published)", cls="cmp"),
        Raw('<div class="tn">Source: national reports; compilation by the Institute. The table in the German '
            'original (Tabelle 2, S. 41) also lists the legal bases.</div>'
            '<h2>5. Errors and their attribution (United Kingdom)</h2>'
            + p(2, "The British Commissioner attributes communications data errors to the party responsible. In "
                   "2016 single points of contact were responsible for " +
                   S("43.3%", "cd.errors.share", "spoc", "2016") + ", applicants for " +
                   S("39.4%", "cd.errors.share", "applicant", "2016") + ", communications service providers for " +
                   S("11.6%", "cd.errors.share", "csp", "2016") + " and designated persons for " +
                   S("2.9%", "cd.errors.share", "designated_person", "2016") + ". Three years earlier, public "
                   "authorities caused " + S("87.5%", "cd.errors.share", "public_authorities", "2013") +
                   " of the errors and providers " + S("12.5%", "cd.errors.share", "csp", "2013") + ".")
            + p(2, "The number of relevant interception errors was " + S("57", "interception.errors", "", "2013") +
                   " in 2013, " + S("60", "interception.errors", "", "2014") + " in 2014 and " +
                   S("62", "interception.errors", "", "2015") + " in 2015. No other state in the study publishes "
                   "error figures.")
            + '<h2>6. Recommendations of the study</h2>'
            + p(2, "The study recommends (i) common definitions of a warrant and of an error, (ii) publication "
                   "within six months of the end of the reporting year, and (iii) a shared European reporting "
                   "template, as proposed in section 7.3 of the German original.")
            + '<div style="font-size:8pt;margin-top:14pt">ISBN 978-3-00-061544-2 \u00b7 Bonn, November 2019 '
              '\u00b7 Contact: +49 228 555 0192</div>'),
    ])
    return Doc(F, "Oversight of communications surveillance in five European states: English summary",
               "Institut fuer vergleichende Sicherheitsforschung (corpus imitation)",
               "Translated summary of a comparative study", "chromium", "", [p1, p2], date=(2019, 11, 20),
               part=PART, style="eusummary")


# =============================================================================================
# 7. Exam board case-study insert (matplotlib): sources A-C, a data table drawn as text, a bar
#    chart with value labels, question numbers, mark allocations, candidate-number boxes

render_mpl11 = matplotlib_renderer("generate_dev11.py")


g.RENDERERS.setdefault("matplotlib-dev11", render_mpl11)


def doc_exam_insert() -> Doc:
    _start()
    F = "exam-board-citizenship-paper-2-insert-case-study-surveillance-2021.pdf"
    INK = "#111111"

    def text_block(fig, n, x, y, template, size=10.5, chars=92, lead=0.0185, method="sentence"):
        import textwrap
        lines = _record_wrapped(F, n, template, lambda p: textwrap.wrap(p, chars), method=method)
        for k, ln in enumerate(lines):
            fig.text(x, y - k * lead, ln, fontsize=size, color=INK, va="top")
        return y - len(lines) * lead - 0.012

    def furniture(fig, n):
        fig.text(0.07, 0.965, "NCEB  GCSE Citizenship Studies  Paper 2  (8100/2)  Insert", fontsize=8.5,
                 color="#444")
        fig.text(0.93, 0.965, "June 2021", fontsize=8.5, color="#444", ha="right")
        fig.text(0.5, 0.03, f"{n}", fontsize=9, ha="center")
        fig.text(0.93, 0.03, "Turn over \u25ba" if n == 1 else "END OF SOURCES", fontsize=8.5, ha="right",
                 weight="bold")
        fig.text(0.07, 0.03, "IB/G/Jun21/8100/2", fontsize=7.5, color="#444")

    def page1(fig, n):
        furniture(fig, n)
        fig.text(0.07, 0.93, "Section B  Case study: surveillance, rights and oversight", fontsize=14,
                 weight="bold")
        fig.text(0.07, 0.905, "Use Sources A to D to answer Questions 11 to 15 in the question paper.",
                 fontsize=9.5, style="italic")
        fig.text(0.07, 0.87, "Source A  A summary written for students", fontsize=11.5, weight="bold")
        y = 0.845
        y = text_block(fig, n, 0.07, y,
                       "Public bodies in the UK can obtain communications data, such as who called whom and when. "
                       "A Commissioner checks that they use this power lawfully and publishes figures each year. "
                       "In 2017 public authorities obtained " + S("757,977", "cd.items", "total", "2017") +
                       " items of communications data. Law enforcement obtained " +
                       S("700,282", "cd.items", "law_enforcement", "2017") + " of them, about " +
                       S("92.6%", "cd.items.share", "law_enforcement", "2017", q="approximately") + ".")
        y = text_block(fig, n, 0.07, y,
                       "The same report found " + S("926", "cd.errors", "total", "2017") + " communications data "
                       "errors. The Commissioner judged " +
                       S("twenty-four", "errors.serious.determined", "total", "2017") + " of the errors he "
                       "investigated to be serious, out of " +
                       S("thirty-three", "errors.serious.investigations", "", "2017") + " investigations.")
        y = text_block(fig, n, 0.07, y,
                       "Other powers are also counted. In the nine months from 1 April to 31 December 2017, "
                       "public authorities other than law enforcement granted " +
                       S("933", DS, "other_public_authorities", "2017-04/2017-12") + " directed surveillance "
                       "authorisations. Ten years before, in about 2007, there had been some " +
                       S("20,000", DS, "total", "2007", q="approximately") + " a year.")
        fig.text(0.07, y - 0.02, "Source B  Authorisations before and after the change of oversight body",
                 fontsize=11.5, weight="bold")
        yt = y - 0.055
        cols = [0.07, 0.50, 0.66, 0.82]
        heads = ["Power", "2016-17", "Apr-Dec 2017", "2017 (annualised)"]
        for cx, h in zip(cols, heads):
            fig.text(cx, yt, h, fontsize=9.5, weight="bold", va="top")
        from matplotlib.lines import Line2D
        fig.add_artist(Line2D([0.07, 0.95], [yt - 0.02, yt - 0.02], color=INK,
                                                              lw=0.7, transform=fig.transFigure))
        rows = [("Property interference", S("1,842", PI, "", "2016-04/2017-03"),
                 S("1,453", PI, "", "2017-04/2017-12"), S("1,937", PI + ".annualised", "", "2017")),
                ("Intrusive surveillance", None,
                 S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12"),
                 S("248", "intrusive_surveillance.authorisations.annualised", "", "2017")),
                ("Directed surveillance (law enforcement)", S("6,237", DS, "law_enforcement", "2016-04/2017-03"),
                 None, None),
                ("Directed surveillance (DWP)", None, S("792", DS, "dwp", "2017-04/2017-12"), None)]
        yr = yt - 0.035
        for label, *cells in rows:
            fig.text(cols[0], yr, label, fontsize=9.5, va="top")
            printed = [label]
            for cx, ph in zip(cols[1:], cells):
                txt = _stat(ph).printed if ph else "\u2013"
                fig.text(cx + 0.08, yr, txt, fontsize=9.5, va="top", ha="right")
                printed.append(txt)
            for ph in cells:
                if ph:
                    st = _stat(ph)
                    g.record(F, n, st, "table", " ".join(printed), checks=[label, st.printed])
            yr -= 0.024
        fig.text(0.07, yr - 0.005, "\u2013 not published in this form. The 2016-17 column covers 1 April 2016 to "
                                   "31 March 2017.", fontsize=8, style="italic")
        text_block(fig, n, 0.07, yr - 0.035,
                   "On 31 March 2017, " + S("808", "directed_surveillance.authorisations.extant", "law_enforcement",
                                            "2017-03-31") +
                   " directed surveillance authorisations granted to law enforcement were still in force.",
                   size=10)

    def page2(fig, n):
        furniture(fig, n)
        fig.text(0.07, 0.93, "Source C  Interception errors reported to the Commissioner", fontsize=11.5,
                 weight="bold")
        ax = fig.add_axes([0.12, 0.60, 0.78, 0.29])
        data = [("2010", S("27", "interception.errors", "", "2010")),
                ("2011", S("42", "interception.errors", "", "2011")),
                ("2013", S("57", "interception.errors", "", "2013")),
                ("2014", S("60", "interception.errors", "", "2014")),
                ("2015", S("62", "interception.errors", "", "2015")),
                ("2018", S("13", "interception.errors", "", "2018")),
                ("2019", S("24", "interception.errors", "", "2019"))]
        xs = list(range(len(data)))
        sts = [_stat(ph) for _, ph in data]
        ax.bar(xs, [s.value for s in sts], color="#6a8caf", width=0.6)
        for x, (yr, _), s in zip(xs, data, sts):
            ax.text(x, s.value + 1.5, s.printed, ha="center", fontsize=10, weight="bold")
            g.record(F, n, s, "chart", f"{yr} {s.printed}", checks=[s.printed])
        ax.set_xticks(xs)
        ax.set_xticklabels([d[0] for d in data], fontsize=9.5)
        ax.set_yticks([0, 10, 20, 30, 40, 50, 60, 70])
        ax.set_yticklabels(["0", "10", "20", "30", "40", "50", "60", "70"], fontsize=8.5)
        ax.set_ylim(0, 75)
        ax.set_ylabel("Errors", fontsize=9)
        ax.spines[["top", "right"]].set_visible(False)
        fig.text(0.07, 0.565, "Figures for 2012, 2016 and 2017 were not published in this form. From 2018 only "
                              "relevant errors reported by law enforcement are counted.", fontsize=8, style="italic")
        fig.text(0.07, 0.52, "Source D  From a newspaper editorial, 2017", fontsize=11.5, weight="bold")
        y = text_block(fig, n, 0.07, 0.495,
                       "\u201cThe watchdog" + RSQ + "s own numbers make the case for it. In 2016 its inspectors "
                       "carried out " + S("166", "inspections", "total", "2016") + " inspections and examined " +
                       S("970", "interception.warrants.examined", "", "2016") + " interception warrants. Of the " +
                       S("3,007", W_ISS, "total", "2016") + " warrants issued that year, " +
                       S("67", "interception.warrants.urgent", "", "2016") + " were approved urgently, roughly " +
                       S("2.2%", "interception.warrants.urgent.share", "", "2016", q="approximately") + ", and "
                       "ministers turned down " + S("five", "interception.warrants.refused", "", "2016") + ". "
                       "Oversight that finds nothing would be suspicious; this oversight finds plenty.\u201d",
                       size=10.5, chars=88)
        fig.text(0.07, y - 0.03, "Candidate number", fontsize=8.5)
        from matplotlib.patches import Rectangle
        for k in range(4):
            fig.add_artist(Rectangle((0.20 + k * 0.035, y - 0.04), 0.03, 0.025, fill=False, lw=0.8,
                                     transform=fig.transFigure))
        fig.text(0.07, y - 0.08, "Copyright information: Sources A to D are adapted from the published annual "
                                 "reports of the Commissioners. Permission cleared (ref. 21/CR/2281).", fontsize=7.5,
                 color="#444")

    return Doc(F, "GCSE Citizenship Studies Paper 2 Insert: case study on surveillance (June 2021)",
               "Northern Counties Examinations Board (corpus imitation)", "Exam board case-study insert",
               "matplotlib-dev11", "", [Page(blocks=[Draw(page1)]), Page(blocks=[Draw(page2)])],
               date=(2021, 6, 10), part=PART)


def dev11_builders() -> list:
    return [doc_transcript, doc_ethics_paper, doc_key_figures, doc_newspaper, doc_charity_report,
            doc_eu_summary, doc_exam_insert]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
