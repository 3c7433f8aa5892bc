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
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "sentence (n = 2)"
    plt.close(fig)


def test_scope_strip_missing_column():
    with pytest.raises(KeyError, match="scope_strip: missing column"):
        plots.scope_strip(pd.DataFrame({"scope": ["article"]}))
