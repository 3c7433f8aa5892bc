"""Figures too long to write inline in a lesson: one tested function per figure."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from . import style

# --- notebook 10 ---

SOTU_COLOR = style.ACCENT
SOTU_LABEL = "State of the Union 2022"


def naming_contrast(contrast: pd.DataFrame):
    """One panel per target: how often each naming is used, one bar colour per source
    (the article's voices in their colours, the 2022 address in the accent colour)."""
    targets = list(dict.fromkeys(contrast["target"]))
    fig, axes = plt.subplots(len(targets), 1, figsize=(7, 2.2 + 1.2 * len(contrast) / 4), squeeze=False,
                             gridspec_kw={"height_ratios": [contrast["target"].eq(t).sum() for t in targets]})
    colors = {**style.VOICE_COLORS, "sotu2022": SOTU_COLOR}
    labels = {**style.VOICE_LABELS, "sotu2022": SOTU_LABEL}
    for ax, target in zip(axes[:, 0], targets):
        d = contrast[contrast["target"] == target].iloc[::-1]
        ax.barh([f"{n} ({labels[s]})" for n, s in zip(d["naming"], d["source"])], d["count"],
                color=[colors[s] for s in d["source"]])
        ax.set_title(target, loc="left", fontsize=10)
        ax.tick_params(axis="y", labelsize=8)
    axes[-1, 0].set_xlabel("occurrences")
    fig.suptitle("The same events, two vocabularies: namings by source")
    fig.supylabel("naming (source)")
    fig.tight_layout()
    return fig


# --- notebook 11 ---

def scores_in_and_out(in_sample: pd.DataFrame, out_of_sample: pd.DataFrame, measure: str = "f1"):
    """One measure (precision, recall or F1) per frame: on the article (in sample) beside
    the 2022 passage (out of sample); a missing bar is an undefined score."""
    frames = list(in_sample.index)
    y = range(len(frames))
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.barh([i + 0.2 for i in y], in_sample[measure], height=0.4, color="#999999", label="article (in sample)")
    ax.barh([i - 0.2 for i in y], out_of_sample.reindex(frames)[measure], height=0.4, color=SOTU_COLOR,
            label="2022 passage (out of sample)")
    ax.set_yticks(list(y), frames)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel(measure)
    ax.set_ylabel("frame")
    ax.set_title(f"Frame dictionary: {measure} in and out of sample")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig


def keyness_intervals(table: pd.DataFrame, names: tuple[str, str], n: int = 12):
    """The ``n`` words with the largest G2 in each direction, with the 95% interval of
    their log ratio (an open end is drawn to the edge of the panel)."""
    one, two = names
    top = pd.concat([table[table["log_ratio"] > 0].head(n), table[table["log_ratio"] < 0].head(n)])
    top = top.sort_values("log_ratio")
    fig, ax = plt.subplots(figsize=(7, 0.3 * len(top) + 1.5))
    lo = top["lr_ci_low"].fillna(top["log_ratio"].min() - 1)
    hi = top["lr_ci_high"].fillna(top["log_ratio"].max() + 1)
    colors = [SOTU_COLOR if v > 0 else "#999999" for v in top["log_ratio"]]
    ax.hlines(range(len(top)), lo, hi, color=colors)
    ax.scatter(top["log_ratio"], range(len(top)), color=colors, zorder=3)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(range(len(top)), top["term"])
    ax.set_xlabel(f"log ratio (log2 of relative frequency, {one} / {two}), 95% interval")
    ax.set_ylabel("word")
    ax.set_title(f"Key words: {one} against {two}")
    fig.tight_layout()
    return fig
