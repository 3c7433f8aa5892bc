"""Figures of notebook 10."""
import matplotlib
import pandas as pd

from framing import plots

matplotlib.use("Agg")


def test_naming_contrast_figure():
    df = pd.DataFrame({"target": ["war", "war", "west"], "source": ["journalist", "sotu2022", "sotu2022"],
                       "naming": ["conflict", "attack", "allies"], "count": [1, 2, 8], "example_sent_id": [4, 24, 35]})
    fig = plots.naming_contrast(df)
    assert fig._suptitle.get_text() and fig.axes[-1].get_xlabel() == "sentences"


def test_naming_contrast_panels_share_one_scale():
    df = pd.DataFrame({"target": ["war", "west"], "source": ["journalist", "sotu2022"],
                       "naming": ["conflict", "allies"], "count": [1, 8], "example_sent_id": [4, 35]})
    a, b = plots.naming_contrast(df).axes[:2]
    assert a.get_xlim() == b.get_xlim()
