"""Charts drawn by matplotlib (a third chart producer after reportlab.graphics and Chromium's
SVG): its legend keys are short wide patches, not squares; `bar_label(label_type="center")`
sets a value in the middle of a tall column; a legend may lie over the plot, on a segment;
two stacked columns are a chart when the legend names their segments."""
from __future__ import annotations

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

from pipeline.extract import extract_document  # noqa: E402


def _pdf(path, draw):
    with PdfPages(path) as pdf:
        fig, ax = plt.subplots(figsize=(8.27, 11.69))
        fig.subplots_adjust(top=0.9, bottom=0.6)
        draw(ax)
        pdf.savefig(fig)
        plt.close(fig)
    return path


def _read(tmp_path, name, draw, rec):
    path = _pdf(tmp_path / name, draw)
    doc = extract_document(path, tmp_path)
    charts = [[(b.label, b.value, b.series) for b in c.bars] for c in doc.pages[0].charts]
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_document(doc) if o.method == "chart"}
    return charts, got


def test_grouped_columns_take_their_series_from_wide_legend_patches(tmp_path, rec):
    def draw(ax):
        x = [0, 1, 2]
        a = ax.bar([v - 0.2 for v in x], [360, 381, 140], 0.4, label="2018")
        b = ax.bar([v + 0.2 for v in x], [434, 477, 149], 0.4, label="2019")
        ax.bar_label(a)
        ax.bar_label(b)
        ax.set_xticks(x, ["Applicant", "SPoC", "CSP"])
        ax.legend()
        ax.set_title("Figure 6: Communications data errors by responsible party")
    charts, got = _read(tmp_path, "grouped.pdf", draw, rec)
    assert charts == [[("Applicant", "360", "2018"), ("Applicant", "434", "2019"), ("SPoC", "381", "2018"),
                       ("SPoC", "477", "2019"), ("CSP", "140", "2018"), ("CSP", "149", "2019")]]
    assert {("cd.errors", "applicant", "2018", 360), ("cd.errors", "spoc", "2019", 477),
            ("cd.errors", "csp", "2019", 149)} <= got


def test_value_centred_in_a_tall_column(tmp_path, rec):
    def draw(ax):
        bars = ax.bar(["2013", "2014", "2015"], [970, 1216, 1199], color="#333")
        ax.bar_label(bars, label_type="center", color="white")
        ax.set_title("Figure 8: Communications data errors reported")
    charts, got = _read(tmp_path, "centred.pdf", draw, rec)
    assert charts == [[("2013", "970", ""), ("2014", "1216", ""), ("2015", "1199", "")]]
    assert ("cd.errors", "total", "2014", 1216) in got
    # the value axis's ticks (0, 200, ..., 1200) are no figures
    assert not {v for *_, v in got} & {0, 200, 400, 600, 800, 1000, 1200}


def test_two_stacked_columns_with_the_legend_over_the_plot(tmp_path, rec):
    def draw(ax):
        low = ax.bar(["2016", "2017"], [700000, 700282], label="Law enforcement")
        high = ax.bar(["2016", "2017"], [54559, 57695], bottom=[700000, 700282], label="Other")
        ax.bar_label(low, label_type="center")
        ax.bar_label(high, label_type="center")
        ax.legend(loc="lower left")   # over the first column's lower segment
        ax.set_title("Figure 9: Items of communications data by type of authority")
    charts, got = _read(tmp_path, "stacked.pdf", draw, rec)
    assert charts == [[("2016", "700000", "Law enforcement"), ("2016", "54559", "Other"),
                       ("2017", "700282", "Law enforcement"), ("2017", "57695", "Other")]]
    assert ("cd.items", "law_enforcement", "2017", 700282) in got


def test_two_columns_without_a_legend_are_no_chart(tmp_path, rec):
    def draw(ax):
        ax.bar(["2016", "2017"], [3007, 3535])
        ax.set_title("Interception warrants")
    charts, got = _read(tmp_path, "two.pdf", draw, rec)
    assert charts == [] and got == set()


def test_pie_with_shares_inside_and_a_legend(tmp_path, rec):
    """matplotlib closes each wedge's path back to where it began: the slice's sweep is read
    from its rim, not from the closing point."""
    def draw(ax):
        ax.pie([65, 34, 1], autopct="%1.0f%%", startangle=90)
        ax.legend(["Serious crime", "National security", "Combination"], loc="upper right")
        ax.set_title("Figure 2: Interception warrants by purpose, 2015")
    charts, got = _read(tmp_path, "pie.pdf", draw, rec)
    assert charts == [[("Serious crime", "65%", ""), ("National security", "34%", ""), ("Combination", "1%", "")]]
    assert {("interception.warrants.issued.share", "serious_crime", "2015", 65),
            ("interception.warrants.issued.share", "combination", "2015", 1)} <= got


def test_donut_named_by_labels_round_it(tmp_path, rec):
    """A donut with no legend: each segment's share printed in the ring, its name set round
    the ring in its direction; the chart's title above is no segment's name."""
    def draw(ax):
        ax.pie([381, 360, 140, 22], labels=["Single point of contact", "Applicant", "CSP", "Designated person"],
               autopct=lambda p: f"{p:.1f}%", wedgeprops=dict(width=0.4), pctdistance=0.8)
        ax.set_title("Figure 5: Communications data errors by responsible party, 2018")
    charts, got = _read(tmp_path, "donut.pdf", draw, rec)
    assert charts == [[("Single point of contact", "42.2%", ""), ("Designated person", "2.4%", ""),
                       ("CSP", "15.5%", ""), ("Applicant", "39.9%", "")]]
    assert {("cd.errors.share", "spoc", "2018", 42.2), ("cd.errors.share", "applicant", "2018", 39.9)} <= got


def test_donut_labelled_round_it_with_names_over_figures(tmp_path, rec):
    """No figure in the ring: each label round it is a name over its count, pointing at its
    segment; the counts agree with the segments' angles. The chart's box holds the labels,
    so the heading above them titles it."""
    def draw(ax):
        parts = [("Medical doctors", 498), ("Ministers of religion", 272), ("Lawyers", 234),
                 ("Journalists", 203), ("MPs", 113)]
        ax.pie([v for _, v in parts], labels=[f"{n}\n{v}" for n, v in parts], wedgeprops=dict(width=0.35),
               startangle=90, counterclock=False)
        ax.text(0, 0, "1,320\napplications", ha="center", va="center")
        ax.set_title("Applications about people in sensitive professions, 2018")
    charts, got = _read(tmp_path, "donut-labels.pdf", draw, rec)
    assert sorted(charts[0]) == sorted([("Medical doctors", "498", ""), ("Ministers of religion", "272", ""),
                                        ("Lawyers", "234", ""), ("Journalists", "203", ""), ("MPs", "113", "")])
    assert {("cd.applications.sensitive_profession", "lawyer", "2018", 234),
            ("cd.applications.sensitive_profession", "member_of_parliament", "2018", 113)} <= got


def test_one_split_bar_with_its_figures_in_the_key(tmp_path, rec):
    """One bar split into segments, the figures printed in the key beside each name, none in
    the bar: each key entry is a bar of the chart when the segments' lengths agree with
    the figures' shares."""
    parts = [("Directed surveillance", 59), ("Property interference", 23), ("CHIS", 14), ("Intrusive surveillance", 3)]

    def draw(ax):
        left = 0
        for name, v in parts:
            ax.barh([0], [v], left=left, height=0.5, label=f"{name} {v}")
            left += v
        ax.set_xlim(0, 99)
        ax.axis("off")
        ax.legend(ncol=2, loc="upper center", bbox_to_anchor=(0.5, 0.1), frameon=False)
        ax.set_title("Errors in covert surveillance, 2018")
    charts, got = _read(tmp_path, "split-bar.pdf", draw, rec)
    assert charts == [[(name, str(v), "") for name, v in parts]]
    assert {("spci.errors", "directed_surveillance", "2018", 59), ("spci.errors", "chis", "2018", 14)} <= got


def test_split_bar_whose_key_disagrees_is_not_read(tmp_path, rec):
    def draw(ax):
        left = 0
        for name, v, shown in [("Directed surveillance", 59, 20), ("Property interference", 23, 60), ("CHIS", 14, 14)]:
            ax.barh([0], [v], left=left, height=0.5, label=f"{name} {shown}")
            left += v
        ax.axis("off")
        ax.legend(ncol=2, loc="upper center", bbox_to_anchor=(0.5, 0.1), frameon=False)
        ax.set_title("Errors in covert surveillance, 2018")
    charts, got = _read(tmp_path, "split-bar-wrong.pdf", draw, rec)
    assert charts == [] and got == set()
