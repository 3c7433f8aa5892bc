import matplotlib
import numpy as np

matplotlib.use("Agg")

from framing import keyness, plots  # noqa: E402


def test_keyness_intervals_figure():
    key = keyness.keyness_table({"a": 2, "b": 1, "c": 3}, {"a": 5, "b": 4, "d": 3}, 58, 167)
    fig = plots.readout_keyness_intervals(key, min_total=3)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(labels) == ["a (2:5)", "b (1:4)", "c (3:0)", "d (0:3)"]
    assert np.isnan(key.set_index("term").loc["c", "lr_ci_high"])  # drawn to the edge
    legend = ax.get_legend()
    assert legend.get_title().get_text() == "more frequent in the"
    assert [t.get_text() for t in legend.get_texts()] == ["Russian readout", "Chinese readout"]


def test_keyness_intervals_other_names():
    key = keyness.keyness_table({"a": 20}, {"a": 10}, 1000, 1000, names=("2022", "ref"))
    fig = plots.readout_keyness_intervals(key, min_total=1, c1="2022", c2="ref")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["a (20:10)"]


def test_keyness_intervals_reads_the_files_text_ends():
    """read_keyness gives the interval ends as text, an open end empty: the figure takes them as they come."""
    key = keyness.keyness_table({"a": 2, "c": 3}, {"a": 5, "d": 3}, 58, 167)
    as_text = key.assign(**{col: key[col].map(lambda x: "" if np.isnan(x) else repr(x)) for col in ("lr_ci_low", "lr_ci_high")})
    numbers = plots.readout_keyness_intervals(key, min_total=3).axes[0]
    texts = plots.readout_keyness_intervals(as_text, min_total=3).axes[0]
    assert [t.get_text() for t in texts.texts] == [t.get_text() for t in numbers.texts] == ["◂", "▸"]
    assert texts.get_xlim() == numbers.get_xlim()
