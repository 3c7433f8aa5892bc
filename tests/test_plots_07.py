import math

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from framing import plots, sentiment

matplotlib.use("Agg")


def test_voice_spread_returns_a_labelled_figure_without_a_bar_for_two_sentences():
    scores = pd.DataFrame({"voice": ["russian_readout"] * 3 + ["chinese_state_media"] * 2,
                           "compound": [-0.5, 0.5, 0.1, -0.6, 0.9]})
    intervals = sentiment.group_ci(scores, order=["russian_readout", "chinese_state_media"])
    assert math.isnan(intervals.loc[1, "ci_low"])
    fig = plots.voice_spread(scores, intervals)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Russian readout (n = 3)", "Chinese state media (n = 2)"]
    bars = [l for l in ax.get_lines() if len(l.get_xdata()) == 2]
    assert len(bars) == 1  # an interval for the three sentences only
    plt.close(fig)


def test_voice_spread_missing_column():
    with pytest.raises(KeyError, match="voice_spread: missing column"):
        plots.voice_spread(pd.DataFrame({"voice": []}), pd.DataFrame({"voice": []}))


def test_voice_spread_stacks_equal_scores():
    scores = pd.DataFrame({"voice": ["journalist"] * 4, "compound": [0.0, 0.0, 0.5, -0.5]})
    fig = plots.voice_spread(scores, sentiment.group_ci(scores, order=["journalist"]))
    points = fig.axes[0].collections[0].get_offsets()
    assert len({tuple(p) for p in points.tolist()}) == 4  # no dot hides another
    plt.close(fig)


def test_stacked_spreads_ties_only():
    y = plots.stacked([0.1, 0.1, 0.3], 2, 0.2)
    assert list(y) == [1.8, 2.2, 2.0]
