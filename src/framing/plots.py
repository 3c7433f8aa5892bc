"""Figures of the lessons: one tested function per figure, grouped by notebook.

Each function returns a matplotlib Figure; the notebook shows the call and saves the figure with
:func:`framing.style.savefig`.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D

from . import style

# --- notebook 04 ---

NAMING_GROUPS = {"war": "the war", "west": "the West", "territories": "Taiwan,\nXinjiang,\nHong Kong"}


def naming_timeline(names: pd.DataFrame, naming: pd.DataFrame, n_sentences: int):
    """Every occurrence of every naming on the article's sentence axis (a dispersion plot).

    ``names`` is :func:`framing.frames.match_namings` (target, naming, sent_id, voice, quoted);
    ``naming`` is :func:`framing.frames.read_naming` (its row order gives the rows of the plot; absent
    namings get an empty, grey row); ``n_sentences`` is the last sentence number. A dot is coloured
    by the voice of its sentence and hollow when the words are inside quotation marks."""
    missing = sorted({"target", "naming", "sent_id", "voice", "quoted"} - set(names.columns))
    if missing:
        raise ValueError(f"naming_timeline: the names table lacks column(s) {', '.join(missing)}")
    rows = list(naming["naming"])
    y = {n: len(rows) - 1 - i for i, n in enumerate(rows)}
    fig, ax = plt.subplots(figsize=(9, 7))
    for r in names.itertuples(index=False):
        c = style.voice_color(r.voice)
        ax.scatter(r.sent_id, y[r.naming], s=60, color="white" if r.quoted else c, edgecolors=c, linewidths=2)
    for target, g in naming.groupby("target", sort=False):
        top = max(y[n] for n in g["naming"]) + 0.5
        ax.axhline(top, color="0.85", lw=0.8)
        ax.text(n_sentences + 1, top - 0.3, NAMING_GROUPS.get(target, target), va="top", color="0.35")
    ax.set_yticks([y[n] for n in rows])
    ax.set_yticklabels([n + ("  (absent)" if e == "absent" else "") for n, e in zip(rows, naming["expected"])])
    ax.set_xticks(range(1, n_sentences + 1))
    ax.set_xlim(0.5, n_sentences + 0.5)
    ax.set_xlabel("sentence number in the article (sent_id)")
    ax.set_ylabel("naming")
    ax.set_title("How the article names the war, the West, and Taiwan, Xinjiang and Hong Kong")
    handles = [Line2D([], [], marker="o", ls="", color=style.VOICE_COLORS[v], label=style.VOICE_LABELS[v])
               for v in style.VOICE_ORDER if v in set(names["voice"])]
    handles.append(Line2D([], [], marker="o", ls="", mfc="white", mec="0.3", label="inside quotation marks"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=3)
    return fig


# --- notebook 05 ---

def frame_voice_heatmap(fbs: pd.DataFrame, labels: dict | None = None):
    """For each voice (columns) and frame (rows), the share of the voice's sentences carrying the frame,
    by hand coding (left) and by the dictionary (right); cells show sentence counts.

    ``fbs`` is a frames-by-sentence table (sent_id, voice, frame, matched, hand_coded); ``labels`` maps
    frame ids to display labels."""
    missing = sorted({"sent_id", "voice", "frame", "matched", "hand_coded"} - set(fbs.columns))
    if missing:
        raise ValueError(f"frame_voice_heatmap: the table lacks column(s) {', '.join(missing)}")
    frames = list(dict.fromkeys(fbs["frame"]))
    voices = [v for v in style.VOICE_ORDER if v in set(fbs["voice"])]
    n_voice = fbs.groupby("voice")["sent_id"].nunique().reindex(voices)
    fig, axes = plt.subplots(1, 2, figsize=(11, 5), sharey=True)
    for ax, col, title in zip(axes, ["hand_coded", "matched"], ["Hand coding", "Dictionary"]):
        counts = fbs[fbs[col]].groupby(["frame", "voice"]).size().unstack(fill_value=0)
        counts = counts.reindex(index=frames, columns=voices, fill_value=0)
        share = counts / n_voice.to_numpy()
        ax.imshow(share.to_numpy(), cmap="Greys", vmin=0, vmax=1, aspect="auto")
        for (i, j), n in pd.DataFrame(counts.to_numpy()).stack().items():
            if n:
                ax.text(j, i, n, ha="center", va="center", color="white" if share.iat[i, j] > 0.5 else "black")
        ax.set_xticks(range(len(voices)))
        ax.set_xticklabels([f"{style.VOICE_LABELS[v]} (n={n_voice[v]})" for v in voices], rotation=35, ha="right")
        for tick, v in zip(ax.get_xticklabels(), voices):
            tick.set_color(style.voice_color(v))
        ax.set_title(title)
        ax.set_xlabel("voice (n = sentences)")
    axes[0].set_yticks(range(len(frames)))
    axes[0].set_yticklabels([(labels or {}).get(f, f) for f in frames])
    axes[0].set_ylabel("frame")
    fig.suptitle("Share of each voice's sentences with each frame: hand coding vs dictionary", fontweight="bold")
    return fig
