import matplotlib
import pandas as pd

matplotlib.use("Agg")

from framing import keyness, plots  # noqa: E402


def test_summary_figure_has_titles_and_labels():
    fig = plots.summary_figure(keyness.read_summary())
    assert len(fig.axes) == 3 and fig._suptitle.get_text()
    for ax in fig.axes:
        assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
        assert [t.get_text() for t in ax.get_xticklabels()] == ["Russian readout", "Chinese readout", "Journalist"]


def test_summary_figure_needs_the_voices():
    summary = pd.DataFrame({"measure": ["content_tokens"], "voice": ["russian_readout"], "value": [1.0]})
    try:
        plots.summary_figure(summary)
    except KeyError:
        return
    raise AssertionError("a summary without the three voices must fail")


def test_summary_figure_shows_each_sentence_tone():
    scores = pd.DataFrame({"voice": ["russian_readout", "russian_readout", "journalist"], "compound": [-0.5, 0.5, 0.1]})
    fig = plots.summary_figure(keyness.read_summary(), scores=scores)
    dots = [c for c in fig.axes[2].collections]
    assert sum(len(c.get_offsets()) for c in dots) == 3


def test_summary_figure_puts_tied_tone_scores_side_by_side():
    scores = pd.DataFrame({"voice": ["chinese_readout"] * 3, "compound": [0.0, 0.0, 0.5]})
    fig = plots.summary_figure(keyness.read_summary(), scores=scores)
    xy = [tuple(p) for c in fig.axes[2].collections for p in c.get_offsets()]
    assert len(xy) == 3 and len(set(xy)) == 3


def test_summary_figure_puts_close_tone_scores_side_by_side():
    """The Chinese readout's 0.872 and 0.893 would overlap at one x; they must sit apart."""
    scores = pd.DataFrame({"voice": ["chinese_readout"] * 2, "compound": [0.872, 0.893]})
    fig = plots.summary_figure(keyness.read_summary(), scores=scores)
    xs = [p[0] for c in fig.axes[2].collections for p in c.get_offsets()]
    assert len(xs) == 2 and xs[0] != xs[1]


def test_summary_figure_tone_mean_is_a_labelled_line_even_near_zero():
    """A mean near 0 (the Russian readout's -0.008) would be an invisible bar: each mean is a line with its value."""
    summary = keyness.read_summary()
    means = summary[summary["measure"] == "vader_compound_mean"].set_index("voice")["value"]
    ax = plots.summary_figure(summary).axes[2]
    voices = ["russian_readout", "chinese_readout", "journalist"]
    mean_lines = [line for line in ax.lines if line.get_linewidth() == 3]  # not the zero line
    assert [tuple(line.get_ydata()) for line in mean_lines] == [(means[v], means[v]) for v in voices]
    assert [t.get_text() for t in ax.texts] == [f"{means[v]:.3f}" for v in voices]
    assert "-0.008" in [t.get_text() for t in ax.texts]
    assert not ax.patches  # no bars in the tone panel
