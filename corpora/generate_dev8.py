#!/usr/bin/env python3
"""Eighth development part of the labelled corpus: corpora/dev8/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev8.py      # this part only

Theme: prose-heavy genres whose statistics sit in running sentences, in genres and phrasings
none of the earlier parts uses: an Investigatory Powers Tribunal-style judgment (neutral
citation, bracketed paragraph numbers [1] ... [41], statutory sections, indented quotations from
the Commissioners' reports), the transcript of a select committee's oral evidence (question
numbers Q212 ..., speakers' names, spoken phrasing, numbers said in words), a long-read newspaper
feature (standfirst, drop cap, pull quotes, "nearly twice as many as", "one in five"), an NGO
consultation response (numbered questions, author-year citations "(IOCCO 2016, p. 34)",
footnote markers after words), a podcast transcript with time-stamps ("[00:12:34] MAYA:"), a
chapter of an academic book (running heads with the page number, sections 7.1 ..., literature
citations with years in brackets, footnotes), the text of a lecture ("Check against delivery",
"[Slide 4]") and a newspaper's letters page.

This part was written to be scored once, before any rule is tuned on it.

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The tribunal's parties,
the committee's witnesses, the newspaper, the NGO, the podcast, the book's author, the lecturer
and the letter writers are fictional and give no figures of their own.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

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
)
from generate_dev3 import FootStats  # noqa: F401  (registers the reportlab+graphics renderer)
from generate_dev5 import esc, rec

PART = "dev8"
EN = "\u2013"
RSQ = "\u2019"


def _start() -> None:
    # literal HTML blocks record their rows while the document is built
    g.CURRENT_PART[0] = PART


# ---------------------------------------------------------------------------------------------
# A reportlab paragraph with a hanging number ("[23]", "7.2") and footnote markers after words
# (<fn>3</fn>, drawn 5.5 pt and raised; left out of the quote as the self-check drops them)

FN_RE = re.compile(r"<fn>(.*?)</fn>")


@dataclass
class HPara:
    text: str
    num: str = ""
    indent: float = 0        # width of the hanging number's column
    left: float = 0          # extra left indent (an indented quotation)
    right: float = 0
    size: Optional[float] = None
    italic: bool = False
    bold_num: bool = False
    method: str = "sentence"
    after: float = 7

    def draw_rl(self, rp, x, y, width):
        from reportlab.lib.styles import ParagraphStyle
        st = ParagraphStyle("hp", parent=rp.body, fontName=rp.ital if self.italic else rp.reg)
        if self.size:
            st.fontSize, st.leading = self.size, self.size * 1.35
        markup, _, _ = g.expand(FN_RE.sub(r'<super rise="4" size="5.5">\1</super>', self.text))
        _, plain, hits = g.expand(FN_RE.sub("", self.text))
        for s, a, b in hits:
            g.record(rp.doc.filename, rp.pageno, s, self.method, g.sentence_quote(plain, a, b))
        if self.num:
            ns = ParagraphStyle("hn", parent=st, fontName=rp.bold if self.bold_num else rp.reg)
            rp.para(esc(self.num), x + self.left, y, self.indent, ns)
        x0 = x + self.left + self.indent
        return rp.para(markup, x0, y, width - self.left - self.indent - self.right, st) - self.after


# =============================================================================================
# 1. Investigatory Powers Tribunal-style judgment (reportlab, Times): neutral citation, case
#    number, bench and counsel, bracketed paragraph numbers in a hanging column, statutory
#    sections, indented quotations from the Commissioners' reports

def doc_judgment() -> Doc:
    _start()
    F = "ipt-judgment-2020-ukiptrib-18-061-c-dh-v-westshire.pdf"
    IND = 30

    def P(num, text, **kw):
        return HPara(text, num=f"[{num}]", indent=IND, **kw)

    def Q(text):
        return HPara(text, left=IND + 22, right=22, size=10, after=8)

    p1 = Page(printed="1", header=False, blocks=[
        Lines([("Neutral Citation Number: [2020] UKIPTrib 18_061-C", "b", 10, "R"),
               ("Case No: IPT/18/061/C", "r", 10, "R")], gap=2),
        Gap(6),
        Lines([("IN THE INVESTIGATORY POWERS TRIBUNAL", "b", 12, "C"),
               ("Date: 27/11/2020", "r", 10, "R")], gap=3),
        Lines([("Before:", "r", 10.5, "C"),
               ("LORD JUSTICE PENDRY (President)", "b", 10.5, "C"),
               ("MRS JUSTICE AYLWARD", "b", 10.5, "C"),
               ("SIR MALCOLM TREECE", "b", 10.5, "C"),
               ("Between:", "r", 10.5, "C"),
               ("DH    Claimant", "b", 10.5, "C"),
               ("- and -", "r", 10.5, "C"),
               ("CHIEF CONSTABLE OF WESTSHIRE CONSTABULARY    Respondent", "b", 10.5, "C")], gap=1),
        Gap(4),
        Lines([("Ms A. Corrigan QC and Mr T. Vale (instructed by Harbour Lane Solicitors) for the Claimant",
                "r", 9.5, "C"),
               ("Mr J. Ferris (instructed by the Force Solicitor) for the Respondent", "r", 9.5, "C"),
               ("Hearing dates: 3-4 March 2020", "r", 9.5, "C")], gap=1),
        Gap(6),
        Lines([("Approved Judgment", "b", 11, "C")], gap=6),
        P(1, "This is the judgment of the Tribunal. The Claimant complains under section 65(2)(b) of the Regulation "
             "of Investigatory Powers Act 2000 (\u201cRIPA\u201d) that communications data relating to his "
             "telephone were obtained by the Respondent in 2016 under section 22(4) of RIPA without a proper "
             "assessment of necessity. He asks the Tribunal to quash the authorisation and to award compensation "
             "under section 67(7)."),
        P(2, "Ms Corrigan began with the scale of the regime. The Interception of Communications Commissioner"
             + RSQ + "s report for 2016 recorded that public authorities obtained " +
             S("754,559", "cd.items", "total", "2016") + " items of communications data in that year, and "
             "that " + S("1,101", "cd.errors", "total", "2016") + " errors were reported to his office "
             "(paragraph 8.12 of that report). The covering letter to the Prime Minister, she pointed out, gives "
             "a different total of " + S("1,200", "cd.errors", "total", "2016") + "; nothing turns on the "
             "difference for present purposes."),
        P(3, "The Commissioner broke the errors down by the party responsible. In the passage on which the "
             "Claimant relies he said:"),
        Q("\u201cSingle points of contact were responsible for " + S("43.3%", "cd.errors.share", "spoc", "2016") +
          " of the errors, applicants for " + S("39.4%", "cd.errors.share", "applicant", "2016") +
          ", communications service providers for " + S("11.6%", "cd.errors.share", "csp", "2016") +
          " and designated persons for " + S("2.9%", "cd.errors.share", "designated_person", "2016") +
          ".\u201d (IOCCO Report 2016, para 8.15)"),
        P(4, "It is common ground that the error alleged here, if it is one, was an applicant" + RSQ + "s error "
             "of the kind counted in the second of those categories."),
    ])
    p2 = Page(printed="2", header=True, blocks=[
        P(5, "The pattern is not new. In his report for 2012 the Commissioner recorded " +
             S("979", "cd.errors", "total", "2012") + " errors, of which roughly " +
             S("80%", "cd.errors.share", "public_authorities", "2012", q="approximately") +
             " were the fault of public authorities rather than service providers; the report for 2013 gave " +
             S("970", "cd.errors", "total", "2013") + "."),
        P(6, "Mr Ferris submitted that a finding for the Claimant would open the floodgates. We are not "
             "persuaded. The Tribunal" + RSQ + "s own published figures show that in 2009 it received " +
             S("157", "ipt.complaints", "", "2009") + " new complaints (Report of the Tribunal 2010, para 3.2); "
             "the number has not since risen by an order of magnitude, and section 67(8) gives no right of "
             "appeal from a decision of this kind made before 31 December 2018."),
        P(7, "Under the Investigatory Powers Act 2016 the test for reporting an error to the person affected "
             "changed. Section 231(1) requires the Commissioner to inform a person of a relevant error only "
             "where it is serious and it is in the public interest. The figures show how rarely that threshold "
             "is met:"),
        Q("\u201cIn 2017 the Commissioner investigated " +
          S("33", "errors.serious.investigations", "", "2017") + " possible serious errors and determined that " +
          S("24", "errors.serious.determined", "total", "2017") + " of them were serious.\u201d (IPC Annual Report "
          "2017, para 8.27)"),
        P(8, "For 2018 the number found to be serious was " +
             S("eight", "errors.serious.determined", "total", "2018") + ", out of " +
             S("903", "cd.errors", "total", "2018") + " communications data errors reported. We were told that "
             "for 2019 the corresponding figures were " + S("fourteen", "errors.serious.determined", "total",
                                                            "2019") +
             " serious errors, after " + S("18", "errors.serious.investigations", "", "2019") +
             " investigations, among " + S("1,063", "cd.errors", "total", "2019") + " errors in all."),
        P(9, "The Claimant is a solicitor. Ms Corrigan relied on the special position of the professions whose "
             "communications attract a duty of confidence. Applications concerning a person in a sensitive "
             "profession numbered " + S("948", "cd.applications.sensitive_profession", "total", "2016") +
             " in 2016 and " + S("1,320", "cd.applications.sensitive_profession", "total", "2018") +
             " in 2018; in the latter year " + S("234", "cd.applications.sensitive_profession", "lawyer", "2018") +
             " concerned lawyers. We accept that the numbers are small, but each matters to the person "
             "concerned."),
        P(10, "In 2019 Judicial Commissioners considered " +
              S("15", "cd.applications.journalistic_source", "", "2019") + " applications to identify a "
              "journalist" + RSQ + "s source, the first full year of that safeguard (section 77 of the 2016 Act). "
              "No equivalent safeguard applied to the Claimant" + RSQ + "s profession in 2016."),
    ])
    p3 = Page(printed="3", header=True, blocks=[
        P(11, "The history of the regime was canvassed at some length in the skeleton arguments. We need say "
              "only this. In the nine months from April to December 2006, the first period for which figures "
              "were published, " + S("253,557", "cd.requests", "total", "2006-04/2006-12") + " requests for "
              "communications data were made and " + S("1,088", "cd.errors", "total", "2006-04/2006-12") +
              " errors were reported, " + S("301", "cd.errors", "csp", "2006-04/2006-12") + " by service "
              "providers and the remainder (" + S("787", "cd.errors", "public_authorities", "2006-04/2006-12") +
              ") by public authorities."),
        P(12, "The following year the total number of requests was " +
              S("519,260", "cd.requests", "total", "2007") + ". By 2013, counsel reminded us, the figure was well "
              "over " + S("500,000", "cd.requests", "total", "2013", q="over") + " a year. In 2019, under the new "
              "regime, " + S("200,665", "cd.requests.approved", "", "2019") + " requests were approved."),
        P(13, "None of this history bears directly on the lawfulness of the single authorisation before us, "
              "and we turn to the facts at [14] to [38] below."),
        Heading("Conclusion", size=11.5),
        P(39, "For the reasons given at [22] to [31], we find that the designated person did not consider "
              "necessity and proportionality for himself. The authorisation of 14 June 2016 was unlawful."),
        P(40, "We make a declaration to that effect and quash the authorisation. We direct the Respondent to "
              "destroy the data obtained under it within 28 days, and to certify that it has done so."),
        P(41, "We will hear the parties on compensation under section 67(7) of RIPA and rule 13 of the "
              "Investigatory Powers Tribunal Rules 2018 (SI 2018/1334). Written submissions are to be filed "
              "by 4pm on 15 January 2021."),
    ])
    return Doc(F, "DH v Chief Constable of Westshire Constabulary [2020] UKIPTrib 18_061-C",
               "Investigatory Powers Tribunal (corpus imitation)", "Tribunal judgment", "reportlab+graphics",
               "DH v Chief Constable of Westshire Constabulary    [2020] UKIPTrib 18_061-C", [p1, p2, p3],
               font="Times-Roman", number_style="foot", date=(2020, 11, 27), part=PART)


# =============================================================================================
# 2. Select committee oral evidence (Chromium, serif): question numbers in a hanging column,
#    speakers' names in bold, spoken phrasing, numbers said in words, interruptions

g.HTML_STYLES.setdefault("oral", """
body { font-family: 'Liberation Serif', serif; font-size: 10.6pt; line-height: 1.36; color: #000; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
.meta { font-size: 9.5pt; margin: 0 0 3pt 0; }
.meta b { font-weight: bold; }
hr { border: none; border-top: 0.7pt solid #000; margin: 6pt 0 8pt 0; }
p.q { padding-left: 38pt; text-indent: -38pt; margin: 0 0 6pt 0; text-align: justify; }
p.a { padding-left: 38pt; margin: 0 0 6pt 0; text-align: justify; }
span.qn { display: inline-block; width: 38pt; text-indent: 0; font-weight: bold; }
.ex { padding-left: 38pt; font-style: italic; margin: 0 0 6pt 0; }
""")


def doc_oral_evidence() -> Doc:
    _start()
    F = "oral-evidence-justice-and-security-committee-hc-2141.pdf"

    def q(page, n, who, t):
        return Raw(f'<p class="q"><span class="qn">Q{n}</span><b>{esc(who)}:</b> {rec(F, page, t)}</p>')

    def a(page, who, t):
        return Raw(f'<p class="a"><b>{esc(who)}:</b> {rec(F, page, t)}</p>')

    W = "interception.warrants.issued"
    SP = "cd.applications.sensitive_profession"
    p1 = Page(printed="1", header=False, blocks=[
        Raw('<div class="meta">Justice and Security Committee</div>'
            '<h1>Oral evidence: Oversight of investigatory powers, HC 2141</h1>'
            '<div class="meta">Wednesday 11 June 2025</div>'
            '<div class="meta">Ordered by the House of Commons to be published on 11 June 2025.</div>'
            '<div class="meta"><b>Members present:</b> Dame Carol Ashworth (Chair); Ben Holloway; Priya Nair; '
            'Tom Reddaway; Fiona Strachan.</div>'
            '<div class="meta">Questions 212 - 231</div><hr>'
            '<div class="meta"><b>Witnesses</b></div>'
            '<div class="meta"><b>I:</b> Professor Ruth Okonjo, Centre for Surveillance Law, University of '
            'Westbury; and Daniel Frith, former inspector, now an independent consultant.</div><hr>'),
        q(1, 212, "Chair", "Good morning and welcome. Thank you both for coming at short notice. Professor "
                           "Okonjo, could you give us a sense of scale first? How many interception warrants are "
                           "we talking about?"),
        a(1, "Professor Okonjo", "The last year for which we have a clean series under the old counting rules is "
              "2017. In 2017 there were " + S("3,535", W, "total", "2017") + " warrants. That was a rise of just "
              "over " + S("17.5%", W + ".change", "total", "2017", q="over") + " on the year before. Of those, "
              "something like two thirds, " + S("2,306", W, "serious_crime", "2017") + ", were for serious crime "
              "and " + S("1,219", W, "national_security", "2017") + " were for national security."),
        q(1, 213, "Chair", "And the trend before that?"),
        a(1, "Professor Okonjo", "It goes up and down. In 2012 it was " + S("3,372", W, "total", "2012") +
              ", which was up " + S("16%", W + ".change", "total", "2012") + ". Then it fell by " +
              S("19%", W + ".change", "total", "2013", value=-19) + ", to " + S("2,760", W, "total", "2013") +
              ", in 2013. By 2015 it was back up to " + S("3,059", W, "total", "2015") + ", a rise of " +
              S("9%", W + ".change", "total", "2015") + ". I would not read too much into any one year; warrants "
              "are renewed every six months and a single operation can account for several of them."),
        q(1, 214, "Ben Holloway", "Can I press you on that? You said two thirds. Is that the same every year?"),
        a(1, "Professor Okonjo", "Roughly. In 2017 the serious crime share was " +
              S("65.22%", W + ".share", "serious_crime", "2017") + " and national security " +
              S("34.5%", W + ".share", "national_security", "2017") + ". In 2014 it had been " +
              S("68%", W + ".share", "serious_crime", "2014") + " and " +
              S("31%", W + ".share", "national_security", "2014") + "."),
    ])
    p2 = Page(printed="2", header=True, blocks=[
        q(2, 215, "Priya Nair", "Mr Frith, you spent, what, eleven years as an inspector. How often did you find "
                                "things going seriously wrong?"),
        a(2, "Daniel Frith", "Less often than people think, and more often than anyone would like. Take 2019. The "
              "Commissioner investigated " + S("eighteen", "errors.serious.investigations", "", "2019", value=18) +
              " possible serious errors that year and found " +
              S("fourteen", "errors.serious.determined", "total", "2019") + " of them to be serious. In 2021 there "
              "were " + S("no", "errors.serious.determined", "total", "2021") + " serious errors at all, which "
              "surprised some of us."),
        q(2, 216, "Priya Nair", "None?"),
        a(2, "Daniel Frith", "None. That is what the report for 2021 says, page 52, if I remember rightly."),
        q(2, 217, "Tom Reddaway", "On legal privilege, how many applications are we talking about?"),
        a(2, "Daniel Frith", "Very few. In 2018 there were " +
              S("seventy-seven", "lpp.applications.made", "", "2018", value=77) + " applications to keep "
              "legally privileged material, and " +
              S("seventy-six", "lpp.applications.approved", "", "2018", value=76) + " were approved. So one was "
              "refused, in the whole country, in the whole year."),
        q(2, 218, "Fiona Strachan", "And journalists? I think the Committee would like the most recent figures."),
        a(2, "Professor Okonjo", "For 2024 the Commissioner reports " + S("157", SP, "journalist", "2024") +
              " communications data applications relating to journalists and " + S("219", SP, "lawyer", "2024") +
              " relating to lawyers. Separately, " + S("106", "cd.applications.journalistic_source", "", "2024") +
              " applications were made to identify a journalist" + RSQ + "s source. Five years earlier that "
              "last figure was " + S("15", "cd.applications.journalistic_source", "", "2019") + "."),
        q(2, 219, "Fiona Strachan", "That is a sevenfold increase."),
        a(2, "Professor Okonjo", "It is. I would be cautious about the reasons; the definitions were clarified "
              "in between."),
        q(2, 220, "Chair", "How big is the system the Commissioner oversees now?"),
        a(2, "Daniel Frith", "More than " + S("600", "context.public_authorities", "", "2024", q="over") +
              " public authorities can use one power or another, according to the report for 2024. Across all "
              "of the powers there were just under " + S("360,000", "authorisations.all_powers", "", "2023",
                                                          q="under") +
              " authorisations in 2023. The inspectorate carried out " + S("386", "inspections", "total", "2023") +
              " inspections that year, against " + S("380", "inspections", "total", "2022") + " in 2022."),
    ])
    p3 = Page(printed="3", header=True, blocks=[
        q(3, 221, "Ben Holloway", "On informants, are the numbers going up or down?"),
        a(3, "Daniel Frith", "Law enforcement agencies were granted " +
              S("1,958", "chis.authorisations", "law_enforcement", "2018") + " CHIS authorisations in 2018 and " +
              S("1,866", "chis.authorisations", "law_enforcement", "2019") + " in 2019. Other public "
              "authorities, outside law enforcement and councils, were granted " +
              S("eleven", "chis.authorisations", "other_public_authorities", "2019") + " in 2019. " +
              S("Eleven", "chis.authorisations", "other_public_authorities", "2019", value=11) +
              ", in the whole of England and Wales and Scotland."),
        q(3, 222, "Chair", "Thank you. Professor Okonjo, a last word on communications data?"),
        a(3, "Professor Okonjo", "The figure to remember is " + S("808,214", "cd.items", "total", "2018") +
              " items of communications data obtained in 2018. Against that, " +
              S("903", "cd.errors", "total", "2018") + " errors were reported, and the largest group, " +
              S("381", "cd.errors", "spoc", "2018") + ", were made by single points of contact."),
        Raw('<div class="ex">[Interruption from the public gallery. The Chair suspended the sitting from 10.52 am '
            'to 10.58 am.]</div>'),
        q(3, 223, "Chair", "We will leave it there. Our thanks to you both; we will write to you on the points "
                           "we did not reach, including questions 224 to 231, within 14 days."),
        Raw('<div class="ex">Examination of witnesses ended. The Committee deliberated in private.</div>'),
    ])
    return Doc(F, "Oral evidence: Oversight of investigatory powers, HC 2141 (11 June 2025)",
               "Justice and Security Committee (corpus imitation)", "Oral evidence transcript", "chromium",
               "Justice and Security Committee \u2013 Oral evidence: Oversight of investigatory powers, HC 2141",
               [p1, p2, p3], number_style="foot", date=(2025, 6, 16), part=PART, style="oral")


# =============================================================================================
# 3. Long-read newspaper feature (Chromium): kicker, headline, standfirst, byline with reading
#    time, a drop cap, pull quotes between paragraphs, section breaks, a photo caption

g.HTML_STYLES.setdefault("feature", """
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.5; color: #1b1b1b; }
.kick { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 1pt;
        color: #a3122a; font-weight: bold; }
h1 { font-size: 23pt; line-height: 1.12; margin: 3pt 0 6pt 0; }
.stand { font-size: 12pt; font-style: italic; color: #333; margin-bottom: 6pt; }
.by { font-family: 'Liberation Sans', sans-serif; font-size: 8.3pt; color: #555; border-top: 0.6pt solid #bbb;
      border-bottom: 0.6pt solid #bbb; padding: 3pt 0; margin-bottom: 9pt; }
p { margin: 0 0 7pt 0; text-align: justify; }
p.dc::first-letter { float: left; font-size: 34pt; line-height: 0.9; padding: 2pt 4pt 0 0; font-weight: bold; }
.pull { font-family: 'Liberation Sans', sans-serif; font-size: 14pt; font-weight: bold; color: #a3122a;
        border-left: 3pt solid #a3122a; padding: 2pt 0 2pt 10pt; margin: 8pt 30pt 9pt 20pt; }
.brk { text-align: center; letter-spacing: 6pt; margin: 4pt 0 6pt 0; }
.ph { background: #d9d9d9; height: 110pt; margin: 4pt 0 2pt 0; }
.cap { font-family: 'Liberation Sans', sans-serif; font-size: 7.8pt; color: #555; font-style: normal; }
""")


def doc_feature() -> Doc:
    _start()
    F = "longread-the-quiet-arithmetic-of-state-surveillance-2020.pdf"

    def p(page, t, cls=""):
        c = f' class="{cls}"' if cls else ""
        return Raw(f"<p{c}>{rec(F, page, t)}</p>")

    def pull(page, t):
        return Raw(f'<div class="pull">{rec(F, page, t)}</div>')

    p1 = Page(printed="The Sunday Ledger Magazine \u00b7 14", header=False, blocks=[
        Raw('<div class="kick">The long read</div>'
            '<h1>The quiet arithmetic of state surveillance</h1>'
            '<div class="stand">Every year a commissioner counts how often the state looks into our phones. The '
            'numbers are vast, oddly stable and almost never read. We read them.</div>'
            '<div class="by">By Imogen Hartley \u00b7 Sunday 8 March 2020, 06.00 GMT \u00b7 Last modified 9 March '
            '2020, 11.17 GMT \u00b7 19 min read</div>'),
        p(1, "On a grey morning in a converted office block in central London, a handful of inspectors start the "
             "working day by opening files that most of the country will never see. What they count, and how, "
             "decides what the rest of us know about the state" + RSQ + "s appetite for data.", cls="dc"),
        p(1, "The headline number is enormous. In 2018 public authorities obtained " +
             S("808,214", "cd.items", "total", "2018") + " items of communications data: who called whom, when, "
             "from where. The year before, it was " + S("757,977", "cd.items", "total", "2017") + "; the year "
             "before that, " + S("754,559", "cd.items", "total", "2016") + ". Go back to 2015 and you find " +
             S("761,702", "cd.items", "total", "2015") + ". For four years the line barely moved."),
        p(1, "Almost all of it is police work. In 2017, law enforcement bodies accounted for " +
             S("700,282", "cd.items", "law_enforcement", "2017") + " items, or " +
             S("92.6%", "cd.items.share", "law_enforcement", "2017") + " of the whole. The intelligence agencies, "
             "the subject of most of the public argument, are a sliver of the count."),
        pull(1, "\u201cIn 2018 the phone companies themselves made " + S("140", "cd.errors", "csp", "2018") +
                " of the mistakes.\u201d"),
        p(1, "Mistakes are counted too. The Commissioner recorded " + S("903", "cd.errors", "total", "2018") +
             " errors in 2018, and the breakdown is revealing: single points of contact, the specialist officers "
             "who handle requests, made " + S("381", "cd.errors", "spoc", "2018") + "; the investigators who "
             "applied made " + S("360", "cd.errors", "applicant", "2018") + "; the senior officers who approved "
             "them made only " + S("22", "cd.errors", "designated_person", "2018") + "."),
    ])
    p2 = Page(printed="The Sunday Ledger Magazine \u00b7 15", header=False, blocks=[
        Raw('<div class="ph"></div><div class="cap">Picture 3 of 7: a server hall outside Reading. Photograph: '
            'Tom Aske for the Ledger</div>'),
        p(2, "It was not always so. Six years earlier, service providers were behind " +
             S("one in five", "cd.errors.share", "csp", "2012", value=20) + " errors. In 2013 their share had "
             "fallen to " + S("12.5%", "cd.errors.share", "csp", "2013") + ", and public authorities carried the "
             "rest, " + S("87.5%", "cd.errors.share", "public_authorities", "2013") + "."),
        p(2, "Speed is its own risk. Urgent oral requests, made by telephone when a life may be at stake, numbered " +
             S("42,293", "cd.urgent_oral", "", "2013") + " in 2013; a year later, " +
             S("55,346", "cd.urgent_oral", "", "2014") + ". By 2015 the oral route accounted for " +
             S("eleven per cent", "cd.urgent_oral.share", "", "2015") + " of items, and in 2016 for " +
             S("ten per cent", "cd.urgent_oral.share", "", "2016", value=10) + "."),
        Raw('<div class="brk">* * *</div>'),
        p(2, "Who are the people whose data is taken? The Commissioner once published an answer. In 2015 " +
             S("63.6%", "cd.items.person_type.share", "suspect", "2015") + " of items related to suspects, " +
             S("9.1%", "cd.items.person_type.share", "associate", "2015") + " to their associates and " +
             S("3.9%", "cd.items.person_type.share", "vulnerable_person", "2015") + " to vulnerable people, "
             "often missing children. Witnesses made up " +
             S("1.6%", "cd.items.person_type.share", "witness", "2015") + " and next of kin just " +
             S("0.2%", "cd.items.person_type.share", "next_of_kin", "2015") + "."),
        pull(2, "\u201cDoctors were the subject of " +
                S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018") +
                " applications: nearly twice as many as ministers of religion.\u201d"),
        p(2, "The figures for the professions that society tries hardest to shield are the most startling. In "
             "2018 there were " + S("1,320", "cd.applications.sensitive_profession", "total", "2018") +
             " applications concerning someone in a sensitive profession. Ministers of religion accounted for " +
             S("272", "cd.applications.sensitive_profession", "minister_of_religion", "2018") + ", journalists for " +
             S("203", "cd.applications.sensitive_profession", "journalist", "2018") + " and members of "
             "Parliament for " + S("113", "cd.applications.sensitive_profession", "member_of_parliament", "2018") +
             "."),
    ])
    p3 = Page(printed="The Sunday Ledger Magazine \u00b7 16", header=False, blocks=[
        p(3, "Councils, the bodies most often mocked for \u201csnooping on bin crimes\u201d, are modest users. In "
             "2018 local authorities obtained " + S("647", "cd.items.data_type", "subscriber", "2018") +
             " items of subscriber information, " + S("87", "cd.items.data_type", "service_use", "2018") +
             " items of service use data and " + S("no", "cd.items.data_type", "traffic", "2018") +
             " traffic data whatsoever. Telephony accounted for " +
             S("678", "cd.items.comms_type", "telephony", "2018") + " of their items, some " +
             S("92%", "cd.items.comms_type.share", "telephony", "2018") + "."),
        p(3, "Interception, the reading of content, is rarer and more tightly held. Warrants numbered " +
             S("3,535", "interception.warrants.issued", "total", "2017") + " in 2017, a rise of " +
             S("17.5%", "interception.warrants.issued.change", "total", "2017") + " on 2016. In 2018 the urgent "
             "procedure was used for " + S("8%", "interception.warrants.urgent.share", "", "2018") + " of the "
             "warrants issued to law enforcement."),
        p(3, "\u201cThe numbers are not the scandal,\u201d a former official told me over coffee near Victoria "
             "station, asking not to be named. \u201cThe scandal is that nobody reads page 98.\u201d He has a "
             "point: the report for 2018 runs to 212 pages, and its statistics begin two thirds of the way in."),
        p(3, "For the commissioners themselves, the figures are a by-product of inspection, not its purpose. The "
             "office carried out " + S("166", "inspections", "total", "2016") + " inspections in 2016, the last "
             "year before the new regime, and it now oversees more than " +
             S("600", "context.public_authorities", "", "2020", q="over") + " public bodies."),
        Raw('<p class="cap">This article was amended on 9 March 2020: an earlier version gave the wrong page '
            'number for the statistics chapter. Share: 4.1K \u00b7 Comments: 318</p>'),
    ])
    return Doc(F, "The quiet arithmetic of state surveillance", "The Sunday Ledger (corpus imitation)",
               "Long-read newspaper feature", "chromium", "", [p1, p2, p3], number_style="foot",
               date=(2020, 3, 8), part=PART, style="feature")


# =============================================================================================
# 4. NGO consultation response (Chromium): numbered paragraphs 2.1 ..., consultation questions
#    in shaded boxes, author-year citations with page numbers, footnote markers after words and
#    footnotes at the foot of the page

g.HTML_STYLES.setdefault("consult", """
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.42; color: #1a1a1a; }
h1 { font-size: 16pt; margin: 0 0 4pt 0; color: #0d5c46; }
h2 { font-size: 12pt; margin: 9pt 0 4pt 0; color: #0d5c46; }
.sub { font-size: 9pt; color: #444; margin-bottom: 8pt; }
.qb { background: #e8f1ee; border-left: 3pt solid #0d5c46; padding: 4pt 8pt; margin: 6pt 0 6pt 0; font-weight: bold;
      font-size: 9.5pt; }
p.n { padding-left: 28pt; text-indent: -28pt; margin: 0 0 6pt 0; }
span.pno { display: inline-block; width: 28pt; text-indent: 0; }
""")


def doc_consultation() -> Doc:
    _start()
    F = "consultation-response-civic-privacy-trust-ipa-review-2023.pdf"

    def n(page, num, t):
        return Raw(f'<p class="n"><span class="pno">{esc(num)}</span>{rec(F, page, t)}</p>')

    def qb(t):
        return Raw(f'<div class="qb">{esc(t)}</div>')

    sup = lambda k: f'<sup class="m">{k}</sup>'  # noqa: E731
    p1 = Page(printed="1", header=False, footnotes=[
        "1 Home Office, Review of the Investigatory Powers Act 2016: consultation paper (2023), paras 4.1-4.9.",
        "2 Interception of Communications Commissioner, Annual Report for 2013 (HC 1184), section 3.",
        "3 See also Marsh and Ellery (2019), ch. 4, on the move from paper to digital inspection files.",
    ], blocks=[
        Raw('<h1>Response to the consultation on the Investigatory Powers Act review</h1>'
            '<div class="sub">Civic Privacy Trust \u00b7 Submitted 21 April 2023 \u00b7 Registered charity '
            'no. 1189204 \u00b7 Contact: policy@civicprivacy.example.org, 0161 496 0732</div>'),
        Raw('<h2>1. About us</h2>'),
        n(1, "1.1", "The Civic Privacy Trust is a small charity working on the law of surveillance. We respond to "
                    "questions 3, 5 and 8 of the consultation" + sup(1) + " and draw on the published reports "
                    "of the Commissioners only; we hold no data of our own."),
        Raw('<h2>2. Inspection and oversight</h2>'),
        qb("Question 3: Is the current level of inspection adequate? Please give reasons."),
        n(1, "2.1", "No. Inspection has always been selective. In 2013 inspectors examined " +
                    S("600", "interception.warrants.examined", "", "2013") + " interception warrants" + sup(2) +
                    "; in 2015 they examined " + S("1,148", "interception.warrants.examined", "", "2015") +
                    " (IOCCO 2016, p. 21) and in 2016 " + S("970", "interception.warrants.examined", "", "2016") +
                    " (IOCCO 2017, p. 34)."),
        n(1, "2.2", "The coverage of other public authorities is thinner still. In 2012 inspectors visited " +
                    S("21", "public_authorities.inspected", "", "2012") + " of them, when those bodies made " +
                    S("2,379", "cd.requests", "other_public_authorities", "2012") + " requests (IOCCO 2013, "
                    "para 3.31). In 2016, " + S("134", "public_authorities.inspected", "", "2016") +
                    " public authorities were inspected in all" + sup(3) + "."),
        n(1, "2.3", "By 2019 the Commissioner" + RSQ + "s inspectors inspected " +
                    S("13", "public_authorities.inspected", "", "2019") + " public authorities other than law "
                    "enforcement and the agencies (IPC 2021, p. 88). We do not suggest that the numbers should be "
                    "equal across years, only that the basis for choosing them be published."),
    ])
    p2 = Page(printed="2", header=True, footnotes=[
        "4 The colour ratings are the Commissioner's own; see IOCCO (2016), paras 7.48-7.49.",
        "5 Recommendations are counted per inspection and may repeat across inspections of the same body.",
    ], blocks=[
        n(2, "2.4", "Inspections themselves were counted by regime until 2016. In 2012 there were " +
                    S("42", "inspections", "communications_data", "2012") + " communications data inspections; "
                    "in 2015, " + S("72", "inspections", "communications_data", "2015") + " communications data "
                    "inspections and " + S("26", "inspections", "interception", "2015") + " interception "
                    "inspections (IOCCO 2016, pp. 9-11)."),
        n(2, "2.5", "What inspection finds matters more than how often it happens. In 2015 the Commissioner made " +
                    S("366", "recommendations", "total", "2015") + " recommendations to public authorities" +
                    sup(4) + ": " + S("29", "recommendations", "red", "2015") + " rated red (" +
                    S("8%", "recommendations.share", "red", "2015") + "), " +
                    S("203", "recommendations", "amber", "2015") + " amber (" +
                    S("55%", "recommendations.share", "amber", "2015") + ") and " +
                    S("134", "recommendations", "green", "2015") + " green (" +
                    S("37%", "recommendations.share", "green", "2015") + ")."),
        n(2, "2.6", "The interception agencies and the warrant-issuing departments received " +
                    S("74", "recommendations", "total", "2015") + " recommendations after inspection in 2015" +
                    sup(5) + ", against " + S("65", "recommendations", "total", "2013") + " in 2013 (IOCCO 2014, "
                    "p. 17)."),
        Raw('<h2>3. Errors</h2>'),
        qb("Question 5: Should the threshold for notifying a person of a serious error be lowered?"),
        n(2, "3.1", "Yes. Interception errors have been reported in every year for which figures exist: " +
                    S("27", "interception.errors", "", "2010") + " in 2010, " +
                    S("42", "interception.errors", "", "2011") + " in 2011, " +
                    S("57", "interception.errors", "", "2013") + " in 2013, " +
                    S("60", "interception.errors", "", "2014") + " in 2014 and " +
                    S("62", "interception.errors", "", "2015") + " in 2015 (Marsh 2019, table 2)."),
        n(2, "3.2", "Under the 2016 Act, " + S("13", "interception.errors", "", "2018") + " relevant interception "
                    "errors were reported in 2018 and " + S("24", "interception.errors", "", "2019") + " in 2019, "
                    "the latter from law enforcement agencies alone; " +
                    S("none", "errors.serious.determined", "interception", "2019") + " of the 2019 interception "
                    "errors was found to be serious (IPC 2021, para 10.2)."),
    ])
    p3 = Page(printed="3", header=True, footnotes=[
        "6 IOCCO, Annual Report for 2016 (HC 297), Figure 13.",
    ], blocks=[
        n(3, "3.3", "Applications returned to the applicant are a better measure of quality than errors. In 2015 "
                    "necessity and proportionality accounted for " +
                    S("45%", "cd.applications.returned.share", "necessity_proportionality", "2015") +
                    " of returns and presentation for " +
                    S("12%", "cd.applications.returned.share", "presentation", "2015") + ". In 2016 problems of "
                    "clarity and quality accounted for " +
                    S("21%", "cd.applications.returned.share", "clarity_quality", "2016") + sup(6) + "."),
        Raw('<h2>4. Transparency</h2>'),
        qb("Question 8: What further statistics, if any, should the Commissioner publish?"),
        n(3, "4.1", "The purposes for which data is sought should be published every year, as they were for "
                    "2016, when " + S("83%", "cd.applications.purpose.share", "prevent_detect_crime", "2016") +
                    " of applications were to prevent or detect crime, " +
                    S("11%", "cd.applications.purpose.share", "prevent_death_injury", "2016") + " to prevent "
                    "death or injury and " + S("6%", "cd.applications.purpose.share", "national_security", "2016") +
                    " in the interests of national security (IOCCO 2017, p. 41)."),
        n(3, "4.2", "We would be glad to discuss this response. It may be published in full; we have no objection "
                    "to the publication of our name. Word count: 1,948."),
    ])
    return Doc(F, "Response to the consultation on the Investigatory Powers Act review (Civic Privacy Trust)",
               "Civic Privacy Trust", "Consultation response", "chromium",
               "Civic Privacy Trust \u2013 Investigatory Powers Act review \u2013 consultation response",
               [p1, p2, p3], number_style="foot", date=(2023, 4, 21), part=PART, style="consult")


# =============================================================================================
# 5. Podcast transcript (fpdf2): episode header, time-stamped speaker turns as bold lead-ins,
#    spoken phrasing, money and financial years, a sponsor read and chapter markers

def doc_podcast() -> Doc:
    _start()
    F = "podcast-transcript-the-warrant-room-episode-112.pdf"
    fines = "ico.fines"
    SP = "cd.applications.sensitive_profession"

    def T(ts, who, text):
        return Para(text, lead=f"[{ts}] {who}:", size=10)

    p1 = Page(printed="1/3", header=True, blocks=[
        Lines([("The Warrant Room \u2013 Episode 112: \u201cWho pays when data goes missing?\u201d", "b", 13, "L"),
               ("Auto-generated transcript, lightly edited. Recorded 2 May 2023. Runtime 00:47:10.", "r", 9, "L"),
               ("Hosts: Maya Lindqvist and Joe Barraclough. Guest: Dr Sunita Pell.", "r", 9, "L")], gap=2),
        Gap(6),
        T("00:00:04", "MAYA", "Hello and welcome to The Warrant Room, episode 112. I'm Maya."),
        T("00:00:09", "JOE", "And I'm Joe. Today: fines. Who gets them, how big they are, and whether anybody "
                             "pays them."),
        T("00:01:12", "MAYA", "So let's start with the big one. British Airways. Sunita, how much?"),
        T("00:01:16", "SUNITA", "The Information Commissioner fined British Airways " +
                                S("twenty million", fines, "british_airways", "2020-04/2021-03", value=20_000_000) +
                                " pounds, and that falls in the ICO's financial year 2020/21."),
        T("00:01:31", "JOE", S("Twenty million", fines, "british_airways", "2020-04/2021-03", value=20_000_000) +
                             ". Which sounds a lot."),
        T("00:01:33", "SUNITA", "It is a lot, but the notice of intent had been far higher. And in the same "
                                "year, 2020/21, Marriott was fined " +
                                S("\u00a318.4 million", fines, "marriott", "2020-04/2021-03", value=18_400_000) + "."),
        T("00:02:05", "MAYA", "Then it goes quiet for a while?"),
        T("00:02:07", "SUNITA", "Then the Cabinet Office, over the New Year Honours addresses. The penalty was " +
                                S("half a million", fines, "cabinet_office", "2021-04/2022-03", value=500_000) +
                                " pounds when it was issued, in 2021/22, and it was cut to " +
                                S("\u00a350,000", fines, "cabinet_office", "2022-04/2023-03") + " on appeal the "
                                "following year, 2022/23."),
        T("00:02:40", "JOE", "From " + S("five hundred thousand", fines, "cabinet_office", "2021-04/2022-03",
                                               value=500_000) +
                             " to " + S("fifty thousand", fines, "cabinet_office", "2022-04/2023-03", value=50_000) +
                             ". That's quite a discount."),
        T("00:02:44", "SUNITA", "Yes. And in that same year, 2022/23, Clearview AI was fined " +
                                S("\u00a37.5m", fines, "clearview", "2022-04/2023-03") + " and Interserve " +
                                S("\u00a34.4 million", fines, "interserve", "2022-04/2023-03", value=4_400_000) + "."),
        T("00:03:10", "MAYA", "We'll come back to whether Clearview paid. First, a quick break."),
        Para("[00:03:15] SPONSOR READ: This episode is supported by listeners like you. Use code WARRANT20 for 20% "
             "off a yearly membership at warrantroom.example/join.", size=9, italic=True),
    ])
    p2 = Page(printed="2/3", header=True, blocks=[
        Lines([("Chapter 2 (00:11:40): Data about the people who are meant to be protected", "b", 10.5, "L")],
              gap=4),
        T("00:11:42", "JOE", "Sunita, you've written about the so-called sensitive professions."),
        T("00:11:47", "SUNITA", "Right. In 2018, the Commissioner counted " +
                                S("1,320", SP, "total", "2018") + " applications for communications data about "
                                "someone in a sensitive profession. And the biggest group, which surprises people, "
                                "is doctors. " + S("498", SP, "medical_doctor", "2018") + " of them."),
        T("00:12:34", "MAYA", "Not journalists?"),
        T("00:12:36", "SUNITA", "Journalists were " + S("203", SP, "journalist", "2018") + ". Lawyers " +
                                S("234", SP, "lawyer", "2018") + ". Ministers of religion " +
                                S("272", SP, "minister_of_religion", "2018") + ", and MPs " +
                                S("113", SP, "member_of_parliament", "2018") + "."),
        T("00:13:02", "JOE", "Wait, " + S("a hundred and thirteen", SP, "member_of_parliament", "2018", value=113) +
                             " applications about MPs?"),
        T("00:13:05", "SUNITA", "About people in that category, yes. That is the figure in the report for 2018."),
        T("00:14:20", "MAYA", "And interception, the actual listening-in, how often is that rushed through?"),
        T("00:14:25", "SUNITA", "In 2016 there were " +
                                S("three thousand and seven", "interception.warrants.issued", "total", "2016",
                                  value=3007) +
                                " warrants, and " + S("67", "interception.warrants.urgent", "", "2016") + " of them "
                                "went through the urgency procedure. That's about " +
                                S("2.2%", "interception.warrants.urgent.share", "", "2016", q="approximately") +
                                ". Secretaries of State refused " +
                                S("five", "interception.warrants.refused", "", "2016") + " applications that year."),
        T("00:15:01", "JOE", S("Five", "interception.warrants.refused", "", "2016", value=5) + ". Out of all of them."),
        T("00:15:03", "SUNITA", "Out of all of them, yes. The year before, about " +
                                S("2.5%", "interception.warrants.urgent.share", "", "2015", q="approximately") +
                                " were urgent."),
    ])
    p3 = Page(printed="3/3", header=True, blocks=[
        Lines([("Chapter 3 (00:38:55): Listener questions", "b", 10.5, "L")], gap=4),
        T("00:38:57", "MAYA", "A question from Ade in Leeds, who asks how many interception warrants there were "
                              "at the peak."),
        T("00:39:08", "SUNITA", "The peak in the published series is 2017: " +
                                S("three thousand five hundred and thirty-five", "interception.warrants.issued",
                                  "total", "2017", value=3535) + ". Ten years before that, back in 2006, the first "
                                "report covered only April to December, and it gave " +
                                S("1,435", "interception.warrants.issued", "total", "2006-04/2006-12") + "."),
        T("00:39:40", "JOE", "So more than doubled."),
        T("00:39:42", "SUNITA", "More than doubled, though the counting changed, so be careful. In 2010 it was " +
                                S("1,865", "interception.warrants.issued", "total", "2010") + "."),
        T("00:40:15", "MAYA", "Last one, from @nadia_k: what's the most recent headline figure?"),
        T("00:40:19", "SUNITA", "Across every power the Commissioner oversees, there were nearly " +
                                S("360,000", "authorisations.all_powers", "", "2023", q="nearly") +
                                " authorisations in 2023."),
        T("00:46:58", "JOE", "That's all for episode 112. Next week, episode 113, we're in Belfast. Show notes and "
                             "corrections at warrantroom.example/112."),
    ])
    return Doc(F, "The Warrant Room, Episode 112: transcript", "The Warrant Room podcast", "Podcast transcript",
               "fpdf2", "The Warrant Room \u2013 Ep. 112 \u2013 transcript", [p1, p2, p3], date=(2023, 5, 4),
               part=PART)


# =============================================================================================
# 6. A chapter of an academic book (reportlab, Times): running heads with the page number at the
#    top left, chapter and section numbers, author-year citations "(Marsh 2014: 88)", footnote
#    markers after words and glued to a number, footnotes at the foot of the page

def doc_book_chapter() -> Doc:
    _start()
    F = "book-counting-the-watchers-chapter-7.pdf"
    NA = "cd.notices_authorisations"

    def P(t, num=""):
        return HPara(t, num=num, indent=26 if num else 0, bold_num=True)

    p1 = Page(printed="142", header=True, blocks=[
        Lines([("7", "b", 22, "L"), ("Numbers without narrative: reading the Commissioners\u2019 statistics",
                                       "b", 15, "L"), ("Helen Marsh", "i", 11, "L")], gap=4),
        Gap(8),
        P("Few official statistics are cited as often, or read as rarely, as the annual figures of the "
          "surveillance commissioners. This chapter reads them closely, as Ellery (2017) read the prison "
          "statistics, asking what each figure counts and what it leaves out.<fn>1</fn> It builds on "
          "the account of oversight in Chapter 3 and on the typology of Pell and Acheson (2019: 41-63)."),
        Heading("7.1 Counting the agencies", size=12),
        P("The report for 2013 is the last to give a breakdown by agency. It records " +
          S("58,996", NA, "intelligence_agencies", "2013") + " notices and authorisations for the intelligence "
          "agencies, of which the Security Service accounted for " + S("56,918", NA, "security_service", "2013") +
          ", GCHQ for " + S("1,406", NA, "gchq", "2013") + " and the Secret Intelligence Service for " +
          S("672", NA, "sis", "2013", sup="2") + ". Other public authorities made " +
          S("2,603", NA, "other_public_authorities", "2013") + " (IOCCO 2014: 31).", num="7.1.1"),
        P("The same report counted " + S("seven", "errors.serious.determined", "total", "2013") + " errors "
          "with very serious consequences. As Ellery (2017: 210) observes, a count of this size invites "
          "anecdote rather than analysis; the seven cases are described one by one.<fn>3</fn>", num="7.1.2"),
        FootStats([
            "1 On the politics of prison counts see Ellery (2017), ch. 2; on crime statistics generally, Maguire "
            "(2012).",
            "2 The agency totals do not sum to the headline figure printed two pages earlier in the same report; "
            "see section 7.3 below.",
            "3 IOCCO (2014), paras 4.51-4.58. The report was laid on 8 April 2014 (HC 1184).",
        ]),
    ])
    p2 = Page(printed="143", header=True, blocks=[
        Heading("7.2 Whose mistakes?", size=12),
        P("Attributing errors is itself an interpretive act. For 2012 the Commissioner attributed " +
          S("47%", "cd.errors.share", "spoc", "2012") + " of errors to single points of contact, " +
          S("26%", "cd.errors.share", "applicant", "2012") + " to applicants, " +
          S("20%", "cd.errors.share", "csp", "2012") + " to service providers, " +
          S("5%", "cd.errors.share", "designated_person", "2012") + " to designated persons and " +
          S("2%", "cd.errors.share", "other", "2012") + " to other causes.<fn>4</fn> By 2017 single points "
          "of contact accounted for " + S("43.6%", "cd.errors.share", "spoc", "2017") + " (IPCO 2019: 87).",
          num="7.2.1"),
        P("The totals behind these shares moved within a narrow band: " + S("595", "cd.errors", "total", "2008") +
          " errors in 2008, " + S("661", "cd.errors", "total", "2009") + " in 2009, " +
          S("1,199", "cd.errors", "total", "2015") + " in 2015 and " + S("926", "cd.errors", "total", "2017") +
          " in 2017. Pell and Acheson (2019: 58) attribute the rise after 2009 to better reporting rather than "
          "to worse practice, a reading this chapter shares.", num="7.2.2"),
        P("Older periods are harder still. In the nine months from April to December 2006 local authorities "
          "made " + S("1,694", "cd.requests", "local_authorities", "2006-04/2006-12") + " requests for "
          "communications data; in October to December 2007 public authorities were responsible for " +
          S("99", "cd.errors", "public_authorities", "2007-10/2007-12") + " reportable errors.<fn>5</fn>",
          num="7.2.3"),
        FootStats([
            "4 IOCCO (2013), Figure 9. The categories were redrawn in 2015, so the series is not continuous.",
            "5 IOCCO (2008), para 3.21; the 2007 report covered a calendar year but broke down errors only for its "
            "last quarter.",
        ]),
    ])
    p3 = Page(printed="144", header=True, blocks=[
        Heading("7.3 Stocks, flows and the year of the count", size=12),
        P("A stock is not a flow. The report for 2016 notes that the number of interception warrants in force on "
          "31 December 2016 was " + S("5.5%", "interception.warrants.in_force.change", "", "2016-12-31") +
          " higher than a year earlier; it does not give the number itself (IOCCO 2017: 22).", num="7.3.1"),
        P("The first report under the 2016 Act breaks the series in a different way. For local authorities in "
          "2019 it counts items by kind of communication: " +
          S("1,191", "cd.items.comms_type", "telephony", "2019") + " items of telephony data, " +
          S("164", "cd.items.comms_type", "internet", "2019") + " of internet data and " +
          S("24", "cd.items.comms_type", "postal", "2019") + " of postal data (IPCO 2021: 104). The same "
          "report counts " + S("1,063", "cd.errors", "total", "2019") + " communications data errors.",
          num="7.3.2"),
        P("Read together, these figures tell us less than their precision suggests. Chapter 8 takes up the "
          "question, posed by Maguire (2012) and again by Pell and Acheson (2019), of what a public that cannot "
          "see the denominator should make of the numerator.", num="7.3.3"),
        Heading("References (selected)", size=11),
        HPara("Ellery, J. (2017) Counting the Confined. Bristol: Westbury University Press.", size=9, after=3),
        HPara("Maguire, M. (2012) \u2018Criminal statistics and the construction of crime\u2019, in M. Maguire et "
              "al. (eds) The Oxford Handbook of Criminology, 5th edn. Oxford: OUP, pp. 206-244.", size=9, after=3),
        HPara("Pell, S. and Acheson, R. (2019) Watching the Watchmen? Oversight after the 2016 Act. London: "
              "Northgate, pp. 41-63.", size=9, after=3),
    ])
    return Doc(F, "Counting the Watchers, Chapter 7: Numbers without narrative", "Helen Marsh", "Book chapter",
               "reportlab+graphics", "Counting the Watchers", [p1, p2, p3], font="Times-Roman",
               number_style="top_left", date=(2022, 9, 1), part=PART)


# =============================================================================================
# 7. Text of a lecture (reportlab, Helvetica): "Check against delivery", stage directions
#    "[Slide 4]", short spoken paragraphs, rhetorical questions, part years and stocks

def doc_lecture() -> Doc:
    _start()
    F = "lecture-text-the-year-the-calendar-changed-2019.pdf"
    DS = "directed_surveillance.authorisations"
    PI = "property_interference.authorisations"

    def sp(t):
        return Para(t, size=10.5)

    def sd(t):
        return Para(t, size=9.5, italic=True)

    p1 = Page(printed="1", header=True, blocks=[
        Lines([("CHECK AGAINST DELIVERY", "b", 9, "R"),
               ("The year the calendar changed: covert surveillance and its commissioners", "b", 15, "L"),
               ("Annual Whitcombe Lecture, Surveillance Law Forum, 9 October 2019, 6.30 pm", "r", 10, "L"),
               ("Speaker: Alastair Quinn, Reader in Public Law", "r", 10, "L")], gap=3),
        Gap(10),
        sp("Thank you, Chair, and thank you all for coming out on a wet Wednesday. I have been asked to speak for "
           "forty minutes, which means you will get thirty-five, and questions after."),
        sd("[Slide 2]"),
        sp("Let me start with a confession. I used to think the old Surveillance Commissioners counted badly. I now "
           "think they counted differently. They counted by financial year. In their last full year, 2016-17, law "
           "enforcement agencies were granted " + S("6,237", DS, "law_enforcement", "2016-04/2017-03") +
           " directed surveillance authorisations. On 31 March 2017, " +
           S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
           " of them were still extant."),
        sp("Property interference in the same year: " + S("1,842", PI, "", "2016-04/2017-03") +
           " authorisations. Hold on to that number."),
        sd("[Slide 3]"),
        sp("Then the calendar changed. The new Commissioner" + RSQ + "s first report covers 1 April to 31 December "
           "2017. Nine months. In those nine months there were " + S("1,453", PI, "", "2017-04/2017-12") +
           " property interference authorisations and " +
           S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12") + " intrusive surveillance "
           "authorisations."),
        sp("Now, how do you compare nine months with twelve? The report does the sum for you: scaled to a year, "
           "it is " + S("1,937", PI + ".annualised", "", "2017") + " property interference authorisations and " +
           S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") + " intrusive surveillance "
           "authorisations. So property interference went up, from " + S("1,842", PI, "", "2016-04/2017-03") +
           " to an annualised " + S("1,937", PI + ".annualised", "", "2017") + ". Or did it? That "
           "depends on whether the last three months of a year look like the first nine."),
    ])
    p2 = Page(printed="2", header=True, blocks=[
        sd("[Slide 4]"),
        sp("Outside law enforcement, in the same nine months, public authorities were granted " +
           S("933", DS, "other_public_authorities", "2017-04/2017-12") + " directed surveillance authorisations. "
           "And who do you think accounted for most of them? Not councils. The Department for Work and Pensions, "
           "with " + S("792", DS, "dwp", "2017-04/2017-12") + "."),
        sp("Ten years earlier, the Commissioner remarked, the national figure for directed surveillance had been "
           "some " + S("20,000", DS, "total", "2007", q="approximately") + " a year. Whatever else happened in "
           "that decade, that number fell."),
        sd("[Slide 5]"),
        sp("Now mistakes. In 2017 public authorities reported " + S("83", "spci.errors", "total", "2017") +
           " errors in their use of covert surveillance and informants. In 2018, " +
           S("99", "spci.errors", "total", "2018") + ". Of those " + S("99", "spci.errors", "total", "2018") + ", " +
           S("59", "spci.errors", "directed_surveillance", "2018") + " concerned directed surveillance, " +
           S("23", "spci.errors", "property_interference", "2018") + " property interference, " +
           S("14", "spci.errors", "chis", "2018") + " informants and just " +
           S("3", "spci.errors", "intrusive_surveillance", "2018") + " intrusive surveillance."),
        sp("Informants, by the way, are not rare. Law enforcement agencies were granted " +
           S("1,958", "chis.authorisations", "law_enforcement", "2018") + " CHIS authorisations in 2018."),
        sd("[Slide 6: \u201cThree questions\u201d]"),
        sp("So I leave you with three questions. First, what is the unit? Second, what is the year? Third, who "
           "counted? If you can answer all three for a figure, you may quote it. If not, ask. Thank you."),
        sd("[Applause. Questions followed; they were not recorded. Slides: slf.example/lectures/2019.]"),
    ])
    return Doc(F, "The year the calendar changed (Whitcombe Lecture 2019, text as prepared)",
               "Surveillance Law Forum", "Lecture text", "reportlab",
               "Whitcombe Lecture 2019 \u2013 text as prepared for delivery", [p1, p2], number_style="foot",
               date=(2019, 10, 10), part=PART)


# =============================================================================================
# 8. A newspaper's letters page (Chromium): letter headlines, letters that answer earlier
#    letters ("Letters, 3 March"), signatures with towns, an editor's note

g.HTML_STYLES.setdefault("letters", """
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.45; color: #111; }
.mast { font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 20pt; border-bottom: 2pt solid #111;
        padding-bottom: 2pt; margin-bottom: 2pt; }
.dl { font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #444; margin-bottom: 8pt; }
h3 { font-family: 'Liberation Sans', sans-serif; font-size: 12pt; margin: 9pt 0 3pt 0; }
p { margin: 0 0 5pt 0; text-align: justify; }
.sig { font-style: italic; text-align: right; margin-bottom: 6pt; font-size: 9.5pt; }
.note { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; border-top: 0.6pt solid #777; padding-top: 3pt; }
""")


def doc_letters() -> Doc:
    _start()
    F = "letters-page-the-westbury-courier-2017-08-12.pdf"

    def p(page, t):
        return Raw(f"<p>{rec(F, page, t)}</p>")

    def sig(name, place):
        return Raw(f'<div class="sig">{esc(name)}<br>{esc(place)}</div>')

    W = "interception.warrants.issued"
    p1 = Page(printed="22", header=False, blocks=[
        Raw('<div class="mast">Letters</div><div class="dl">The Westbury Courier \u00b7 Saturday 12 August 2017 '
            '\u00b7 Write to letters@courier.example, 14 Mill Street, Westbury WB1 4QT. Letters may be edited.</div>'),
        Raw('<h3>Interception is not out of control</h3>'),
        p(1, "Your correspondent (Letters, 5 August) claims that phone tapping is \u201crunning out of control\u201d. "
             "The Commissioner" + RSQ + "s report for 2016, published in July, tells a duller story. There were " +
             S("3,007", W, "total", "2016") + " interception warrants in 2016, slightly fewer than the " +
             S("3,059", W, "total", "2015") + " of 2015."),
        p(1, "Of those " + S("3,007", W, "total", "2016") + ", " + S("67", "interception.warrants.urgent", "", "2016") + " were approved under the "
             "urgency procedure, and the Secretary of State refused " +
             S("5", "interception.warrants.refused", "", "2016") + " applications. Inspectors examined " +
             S("970", "interception.warrants.examined", "", "2016") + " warrants in the course of " +
             S("166", "inspections", "total", "2016") + " inspections that year."),
        sig("Gordon Pryce", "Westbury"),
        Raw('<h3>But who checks the checkers?</h3>'),
        p(1, "Mr Pryce is right that the totals are stable, but stability is not the same as safety. The same "
             "report counts " + S("1,101", "cd.errors", "total", "2016") + " communications data errors, while "
             "the covering letter to the Prime Minister speaks of " + S("1,200", "cd.errors", "total", "2016") +
             ". Which is it? And in 2016 the Commissioner investigated " +
             S("29", "errors.serious.investigations", "", "2016") + " possible serious errors."),
        sig("Dr Anne Kowalczyk", "Lower Hadley"),
    ])
    p2 = Page(printed="23", header=False, blocks=[
        Raw('<div class="dl">The Westbury Courier \u00b7 Saturday 12 August 2017 \u00b7 Letters, continued</div>'),
        Raw('<h3>Percentages without people</h3>'),
        p(2, "I worked for thirty years in the county" + RSQ + "s probation service, and I have learned to distrust "
             "percentages offered without people. We are told that in 2016 single points of contact were "
             "responsible for " + S("43.5%", "cd.errors.share", "spoc", "2016") + " of errors; the same report "
             "elsewhere says " + S("43.3%", "cd.errors.share", "spoc", "2016") + ". Which figure should a reader believe? And the share that was down to the "
             "phone companies, " + S("11.6%", "cd.errors.share", "csp", "2016") + ", is not to be dismissed."),
        sig("Margaret Oyelaran", "Stourford"),
        Raw('<h3>Serious crime first</h3>'),
        p(2, "For the record, the warrants are overwhelmingly for crime, not spying. In 2015 " +
             S("65%", W + ".share", "serious_crime", "2015") + " were issued for serious crime, " +
             S("34%", W + ".share", "national_security", "2015") + " for national security and " +
             S("1%", W + ".share", "combination", "2015") + " for a combination of the two."),
        sig("Cllr Raymond Achebe", "Westbury North ward"),
        Raw('<h3>A small point of arithmetic</h3>'),
        p(2, "Your leader of 9 August said that interception had \u201cdoubled in a decade\u201d. In 2010 there were " +
             S("1,865", W, "total", "2010") + " warrants and in 2016 there were " + S("3,007", W, "total", "2016") + ", which is "
             "nowhere near a doubling. In 2014 the figure had been " + S("2,795", W, "total", "2014") + "."),
        sig("Peter Lam", "Ashcombe"),
        Raw('<div class="note">Editor' + RSQ + 's note: our leader of 9 August compared 2006, when the published '
            'figures covered only nine months, with 2016. We are happy to correct the record. Letters on this '
            'subject are now closed. Tel 01632 960 411.</div>'),
    ])
    return Doc(F, "Letters: The Westbury Courier, 12 August 2017", "The Westbury Courier (corpus imitation)",
               "Newspaper letters page", "chromium", "", [p1, p2], number_style="foot", date=(2017, 8, 12),
               part=PART, style="letters")


def dev8_builders() -> list:
    return [doc_judgment, doc_oral_evidence, doc_feature, doc_consultation, doc_podcast, doc_book_chapter,
            doc_lecture, doc_letters]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
