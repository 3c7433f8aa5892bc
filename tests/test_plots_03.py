"""Figures of notebook 03: each function returns a Figure with a title and labelled axes."""
import matplotlib.pyplot as plt
import pandas as pd

from framing import plots


def test_rank_frequency():
    fig = plots.rank_frequency(pd.Series({"the": 5, "and": 3, "xi": 1, "war": 1}), label=2)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert ax.get_xscale() == ax.get_yscale() == "log"
    assert [t.get_text() for t in ax.texts] == ["the", "and"]
    assert [round(t) for t in ax.get_yticks()] == [1, 2, 5]    # the count axis is labelled between 1 and 10 too
    plt.close(fig)
