"""Figures of notebook 11."""
import matplotlib
import pandas as pd

from framing import plots

matplotlib.use("Agg")


def test_key_word_intervals_shows_every_word_and_marks_open_ends():
    t = pd.DataFrame({"term": [f"w{i}" for i in range(30)] + ["rare"],
                      "log_ratio": [2.0 + i / 10 for i in range(30)] + [-1.0],
                      "lr_ci_low": [1.0] * 30 + [-2.0], "lr_ci_high": [float("nan")] + [5.0] * 29 + [-0.5]})
    ax = plots.key_word_intervals(t, ("2022", "ref")).axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel() == "word"
    assert len(ax.get_yticklabels()) == 31
    labels = [h.get_label() for h in ax.get_legend().legend_handles]
    assert any("rarer" in x for x in labels) and any("open end" in x for x in labels)


def test_key_word_intervals_top_axis_reads_ratios():
    t = pd.DataFrame({"term": ["a", "b"], "log_ratio": [3.0, -1.0], "lr_ci_low": [1.0, -2.0],
                      "lr_ci_high": [float("nan"), -0.5]})
    fig = plots.key_word_intervals(t, ("2022", "the reference"))
    ax = fig.axes[0]
    assert ax.get_title() == "Key words: 2022 against the reference"
    top = [c for c in ax.child_axes][0]
    fig.canvas.draw()
    labels = {x.get_text() for x in top.get_xticklabels()}
    assert labels == {"1×", "8×"} and "times as frequent" in top.get_xlabel()
