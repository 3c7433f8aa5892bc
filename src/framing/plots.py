"""The collection's figures that take more than a few lines: one function per figure, each
returning a matplotlib Figure in the project's style (:mod:`framing.style`) with a title and
labelled axes. The notebooks show the call and save the figure with ``style.savefig``."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from . import style

# --- notebook 12 ---


def own_texts_overview(scores: dict[str, pd.DataFrame], keywords: dict[str, pd.DataFrame], n: int = 8):
    """Two panels for the template notebook: VADER compound of every body sentence per text
    (one dot a sentence), and each text's top keywords against the reference (log ratio)."""
    if not scores:
        raise ValueError("own_texts_overview: no texts to plot")
    labels = list(scores)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 0.6 * len(labels) + 3.5))
    for y, lab in enumerate(labels):
        values = scores[lab]["compound"].astype(float)
        left.scatter(values, [y] * len(values), alpha=0.6, color=style.ACCENT)
    left.set(yticks=range(len(labels)), yticklabels=labels, xlim=(-1.05, 1.05),
             xlabel="VADER compound (one dot per sentence)", title="Sentiment of each sentence")
    left.axvline(0, color="#999999", lw=0.8)
    rows = [(f"{lab}: {t}", lr) for lab in labels for t, lr in
            keywords[lab].head(n)[["term", "log_ratio"]].itertuples(index=False)]
    right.barh(range(len(rows)), [lr for _, lr in rows], color=style.ACCENT)
    right.set(yticks=range(len(rows)), yticklabels=[r for r, _ in rows], xlabel="log ratio against the reference",
              title="Top keywords (significant, most frequent first)")
    right.invert_yaxis()
    fig.tight_layout()
    return fig
