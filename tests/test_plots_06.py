import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from framing import plots

matplotlib.use("Agg")


def test_scope_strip_returns_a_labelled_figure():
    units = pd.DataFrame({"scope": ["article", "sentence", "sentence", "quotation", "paragraph"],
                          "compound": [0.99, -0.5, 0.3, 0.4, 0.8]})
    fig = plots.scope_strip(units)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert "quoted spans only" in ax.get_title()  # the quotation row is not the whole body text
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "sentence (n = 2)"
    plt.close(fig)


def test_scope_strip_missing_column():
    with pytest.raises(KeyError, match="scope_strip: missing column"):
        plots.scope_strip(pd.DataFrame({"scope": ["article"]}))


def test_scope_strip_stacks_equal_scores():
    units = pd.DataFrame({"scope": ["sentence"] * 3 + ["article"], "compound": [0.0, 0.0, 0.5, 0.9]})
    fig = plots.scope_strip(units)
    ys = fig.axes[0].collections[0].get_offsets()[:, 1]
    assert len(set(ys[:2])) == 2 and ys[2] == 0  # two zeros side by side, the lone 0.5 on its row
    plt.close(fig)
