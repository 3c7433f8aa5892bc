"""Figures of notebook 11."""
import matplotlib
import pandas as pd

from framing import plots

matplotlib.use("Agg")


def test_scores_in_and_out():
    a = pd.DataFrame({"f1": [0.8, 0.5]}, index=["x", "y"])
    b = pd.DataFrame({"f1": [0.3, float("nan")]}, index=["x", "y"])
    ax = plots.scores_in_and_out(a, b).axes[0]
    assert ax.get_title() and ax.get_xlabel() == "f1" and ax.get_ylabel() == "frame"


def test_keyness_top_intervals():
    t = pd.DataFrame({"term": ["a", "b"], "log_ratio": [2.0, -1.0], "lr_ci_low": [1.0, -2.0],
                      "lr_ci_high": [float("nan"), -0.5]})
    ax = plots.keyness_top_intervals(t, ("2022", "ref")).axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel() == "word"
