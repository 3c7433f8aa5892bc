"""Figures of the lessons: one tested function per figure, grouped by notebook.

Each function takes data frames and returns a matplotlib Figure with a title and labelled axes; the
notebook shows the call and saves the figure with ``style.savefig``.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from . import style


# --- notebook 01 ---

def voice_map(sentences: pd.DataFrame, voice_col: str = "voice"):
    """One bar per sentence in article order (top to bottom), its length the number of words of
    ``text_norm`` and its colour the voice; duplicates are hatched (drawn, not counted)."""
    missing = sorted({"sent_id", "text_norm", "is_duplicate", voice_col} - set(sentences.columns))
    if missing:
        raise ValueError(f"voice_map: missing column(s) {', '.join(missing)}")
    fig, ax = plt.subplots(figsize=(8, 7))
    words = sentences["text_norm"].str.split().str.len()
    ax.barh(sentences["sent_id"], words, color=[style.voice_color(v) for v in sentences[voice_col]],
            hatch=["//" if d else "" for d in sentences["is_duplicate"]], edgecolor="white")
    ax.invert_yaxis()
    ax.set_yticks(sentences["sent_id"])
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlabel("sentence length (words)")
    ax.set_ylabel("sentence (article order)")
    ax.set_title("Whose account, where: the article's sentences coloured by voice")
    handles = [plt.Rectangle((0, 0), 1, 1, color=style.VOICE_COLORS[v]) for v in style.VOICE_ORDER]
    handles.append(plt.Rectangle((0, 0), 1, 1, facecolor=style.VOICE_COLORS["headline"], hatch="//",
                                 edgecolor="white"))
    labels = [style.VOICE_LABELS[v] for v in style.VOICE_ORDER] + ["duplicate (not counted)"]
    ax.legend(handles, labels, title="voice", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig
