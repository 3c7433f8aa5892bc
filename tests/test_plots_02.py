"""Figures of notebook 02: each function returns a Figure with a title and labelled axes."""
import matplotlib.pyplot as plt

from framing import plots


def test_boundary_map():
    fig = plots.boundary_map({"a": {5, 9}, "b": {5}}, {5, 12})
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b"]
    # one evenly spaced column per offset, in text order, labelled with the offset
    assert [t.get_text() for t in ax.get_xticklabels()] == ["5", "9", "12"]
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"found", "missed", "spurious"}
    plt.close(fig)
