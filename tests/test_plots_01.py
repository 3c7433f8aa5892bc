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
