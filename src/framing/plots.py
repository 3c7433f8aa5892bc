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
