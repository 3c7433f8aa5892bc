"""Figures of notebook 11."""
import matplotlib
import pandas as pd

from framing import plots

matplotlib.use("Agg")


def test_scores_in_and_out():
    a = pd.DataFrame({"f1": [0.8, 0.5]}, index=["x", "y"])
    b = pd.DataFrame({"f1": [0.3, float("nan")]}, index=["x", "y"])
    fig = plots.scores_in_and_out(a, b)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() == "f1" and ax.get_ylabel() == "frame"
    assert [t.get_text() for t in ax.texts] == ["n/a (undefined)"]   # the NaN is marked, the zero is not
    fig.canvas.draw()
    assert ax.get_legend().get_window_extent().y1 <= ax.get_window_extent().y0   # legend below the bars


def test_scores_in_and_out_marks_only_undefined():
    a = pd.DataFrame({"f1": [0.8, 0.0]}, index=["x", "y"])
    assert not plots.scores_in_and_out(a, a).axes[0].texts


def test_key_word_intervals_shows_every_word_and_marks_open_ends():
    t = pd.DataFrame({"term": [f"w{i}" for i in range(30)] + ["rare"],
                      "log_ratio": [2.0 + i / 10 for i in range(30)] + [-1.0],
                      "lr_ci_low": [1.0] * 30 + [-2.0], "lr_ci_high": [float("nan")] + [5.0] * 29 + [-0.5]})
    ax = plots.key_word_intervals(t, ("2022", "ref")).axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel() == "word"
    assert len(ax.get_yticklabels()) == 31
    labels = [h.get_label() for h in ax.get_legend().legend_handles]
    assert any("rarer" in x for x in labels) and any("open end" in x for x in labels)


def test_scores_in_and_out_legend_order_is_bar_order():
    """The legend lists the series top to bottom as the bars stand; "n/a" sits in the 2022 slot, in its colour."""
    a = pd.DataFrame({"f1": [0.8, 0.5]}, index=["x", "y"])
    b = pd.DataFrame({"f1": [0.3, float("nan")]}, index=["x", "y"])
    ax = plots.scores_in_and_out(a, b).axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["article (in sample)", "2022 passage (out of sample)"]
    first, second = (c.patches[0] for c in ax.containers)
    # inverted y axis: a smaller y is higher on the page
    assert ax.yaxis_inverted() and first.get_y() < second.get_y()
    na = ax.texts[0]
    assert na.get_position()[1] == 1 + 0.2
    assert matplotlib.colors.to_hex(na.get_color()) == matplotlib.colors.to_hex(second.get_facecolor())
