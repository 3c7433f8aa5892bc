import matplotlib.pyplot as plt
import pytest

from framing import plots
from framing.corpus import build_sentences


def test_voice_map_has_title_labels_and_legend():
    fig = plots.voice_map(build_sentences())
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert "Chinese readout" in [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(fig)


def test_voice_map_names_a_missing_column():
    with pytest.raises(ValueError, match="missing column"):
        plots.voice_map(build_sentences().drop(columns="voice"))


def test_voice_map_outlines_and_labels_headline_bars():
    sentences = build_sentences()
    fig = plots.voice_map(sentences)
    ax = fig.axes[0]
    n_head = int((sentences["voice"] == "headline").sum())
    assert [t.get_text() for t in ax.texts].count("headline") == n_head
    black = [p for p in ax.patches if tuple(p.get_edgecolor()[:3]) == (0.0, 0.0, 0.0)]
    assert len(black) == n_head
    plt.close(fig)


def test_voice_map_dots_headline_bars_only():
    """The headline's orange is close to the Russian readout's vermillion: its bars also carry dots."""
    sentences = build_sentences()
    fig = plots.voice_map(sentences)
    bars = fig.axes[0].patches[:len(sentences)]
    dotted = [".." in (b.get_hatch() or "") for b in bars]
    assert dotted == (sentences["voice"] == "headline").tolist()
    plt.close(fig)
