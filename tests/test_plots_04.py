"""The figure functions of notebook 04 (framing.plots, section "notebook 04")."""
import matplotlib
import matplotlib.pyplot as plt
import pytest

from framing import frames as F
from framing import plots
from framing.corpus import analysed, read_sentences

matplotlib.use("Agg")


def test_naming_timeline_has_title_labels_and_voice_legend():
    s = analysed(read_sentences())
    naming = F.read_naming()
    names = F.match_namings(s, naming)
    fig = plots.naming_timeline(names, naming, n_sentences=int(s["sent_id"].max()))
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Journalist" in labels and "inside quotation marks" in labels
    assert len(ax.get_yticklabels()) == len(naming)
    plt.close(fig)


def test_naming_timeline_rejects_a_table_without_columns():
    with pytest.raises(ValueError, match="lacks column"):
        plots.naming_timeline(F.read_naming(), F.read_naming(), 3)


def test_naming_timeline_gives_headline_and_russian_readout_different_shapes():
    """Hollow orange and hollow vermillion dots were hard to tell apart: the two voices differ in shape too."""
    assert plots.NAMING_MARKERS["headline"] != plots.NAMING_MARKERS["russian_readout"]
    s = analysed(read_sentences())
    naming = F.read_naming()
    fig = plots.naming_timeline(F.match_namings(s, naming), naming, n_sentences=int(s["sent_id"].max()))
    markers = {h.get_label(): h.get_marker() for h in fig.axes[0].get_legend().legend_handles}
    assert markers["Headline"] != markers["Russian readout"]
    plt.close(fig)
