"""The collection's figures that take more than a few lines: one function per figure, each
returning a matplotlib Figure in the project's style (:mod:`framing.style`) with a title and
labelled axes. The notebooks show the call and save the figure with ``style.savefig``."""
from __future__ import annotations

from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import style


# --- notebook 01 ---

def voice_map(sentences: pd.DataFrame, voice_col: str = "voice"):
    """One bar per sentence in article order (top to bottom), its length the number of words of
    ``text_norm`` and its colour the voice; headline bars are dotted, with a black outline and the label
    "headline" (their colour is close to the Russian readout's), duplicates are hatched (drawn, not counted)."""
    missing = sorted({"sent_id", "text_norm", "is_duplicate", voice_col} - set(sentences.columns))
    if missing:
        raise ValueError(f"voice_map: missing column(s) {', '.join(missing)}")
    fig, ax = plt.subplots(figsize=(8, 7))
    words = sentences["text_norm"].str.split().str.len()
    head = (sentences[voice_col] == "headline").tolist()
    ax.barh(sentences["sent_id"], words, color=[style.voice_color(v) for v in sentences[voice_col]],
            hatch=[("//" if d else "") + (".." if h else "") for d, h in zip(sentences["is_duplicate"], head)],
            edgecolor=["black" if h else "white" for h in head], linewidth=[1.5 if h else 0.5 for h in head])
    for sid, n, h in zip(sentences["sent_id"], words, head):
        if h:
            ax.annotate("headline", (n, sid), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_yticks(sentences["sent_id"])
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlabel("sentence length (words)")
    ax.set_ylabel("sentence (article order)")
    ax.set_title("Whose account, where: the article's sentences coloured by voice")
    def patch(v, **kw):
        return plt.Rectangle((0, 0), 1, 1, facecolor=style.VOICE_COLORS[v],
                             edgecolor="black" if v == "headline" else "white",
                             linewidth=1.5 if v == "headline" else 0.5, **kw)
    handles = [patch(v, hatch=".." if v == "headline" else None) for v in style.VOICE_ORDER]
    handles.append(patch("headline", hatch="//.."))
    labels = [style.VOICE_LABELS[v] + (" (dotted, outlined)" if v == "headline" else "") for v in style.VOICE_ORDER]
    labels.append("duplicate (not counted)")
    ax.legend(handles, labels, title="voice", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


# --- notebook 03 ---

def rank_frequency(counts: pd.Series, label: int = 5):
    """Rank–frequency plot on log–log axes of a Series of counts (index: the terms), with the line
    count = (count of rank 1) / rank (Zipf's law) and the ``label`` most frequent terms named."""
    counts = counts.sort_values(ascending=False, kind="stable")
    rank = range(1, len(counts) + 1)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.loglog(rank, counts.to_numpy(), "o", ms=3, color=style.ACCENT, label="this article")
    ax.loglog(rank, [counts.iloc[0] / r for r in rank], "--", color="grey", lw=1,
              label="Zipf's law: count of rank 1 ÷ rank")
    for r, (term, c) in enumerate(counts.head(label).items(), start=1):
        ax.annotate(term, (r, c), xytext=(5, 2), textcoords="offset points", fontsize=8)
    ax.set_ylim(0.7, None)
    ax.set_yticks([t for t in (1, 2, 5, 10, 20, 50, 100, 200, 500) if t <= counts.iloc[0] * 1.2])
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.set_xlabel("rank (1 = most frequent word; log scale)")
    ax.set_ylabel("count (tokens; log scale)")
    ax.set_title("Rank–frequency plot of the article's words")
    ax.legend()
    return fig


# --- notebook 04 ---

NAMING_GROUPS = {"war": "the war", "west": "the West", "territories": "Taiwan,\nXinjiang,\nHong Kong"}


# one marker shape per voice, so that hollow (quoted) marks of close colours (headline orange, Russian
# readout vermillion) stay apart
NAMING_MARKERS = {"russian_readout": "o", "chinese_readout": "s", "chinese_state_media": "D",
                  "journalist": "^", "headline": "*"}


def naming_timeline(names: pd.DataFrame, naming: pd.DataFrame, n_sentences: int):
    """Every occurrence of every naming on the article's sentence axis (a dispersion plot).

    ``names`` is :func:`framing.frames.match_namings` (target, naming, sent_id, voice, quoted);
    ``naming`` is :func:`framing.frames.read_naming` (its row order gives the rows of the plot; absent
    namings get an empty, grey row); ``n_sentences`` is the last sentence number. A dot is coloured
    by the voice of its sentence, shaped by it too (``NAMING_MARKERS``), and hollow when the words are inside
    quotation marks."""
    missing = sorted({"target", "naming", "sent_id", "voice", "quoted"} - set(names.columns))
    if missing:
        raise ValueError(f"naming_timeline: the names table lacks column(s) {', '.join(missing)}")
    rows = list(naming["naming"])
    y = {n: len(rows) - 1 - i for i, n in enumerate(rows)}
    fig, ax = plt.subplots(figsize=(9, 7))
    for r in names.itertuples(index=False):
        c = style.voice_color(r.voice)
        m = NAMING_MARKERS.get(r.voice, "o")
        ax.scatter(r.sent_id, y[r.naming], s=140 if m == "*" else 60, marker=m, color="white" if r.quoted else c,
                   edgecolors=c, linewidths=2)
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
    handles = [Line2D([], [], marker=NAMING_MARKERS.get(v, "o"), ms=11 if NAMING_MARKERS.get(v) == "*" else 7,
                      ls="", color=style.VOICE_COLORS[v], label=style.VOICE_LABELS[v])
               for v in style.VOICE_ORDER if v in set(names["voice"])]
    handles.append(Line2D([], [], marker="o", ls="", mfc="white", mec="0.3", label="inside quotation marks"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=3)
    return fig


# --- notebook 06 ---

def stacked(values, row: float, spread: float):
    """The y position of each value on a dot-plot row: equal values (to 2 decimals) are spread evenly
    over row ± spread, so that none hides another; the others sit on the row."""
    import numpy as np

    vals = pd.Series(list(values), dtype=float).round(2)
    y = np.full(len(vals), float(row))
    for _, ties in vals.groupby(vals).indices.items():
        if len(ties) > 1:
            y[ties] += np.linspace(-spread, spread, len(ties))
    return y


def scope_strip(units: pd.DataFrame, order=("sentence", "quotation", "paragraph", "article")):
    """One dot per scored unit (``compound`` column), one row per scope (``scope`` column): how the
    unit you score changes the spread and the extremes of VADER's compound score. Equal scores (to 2
    decimals) are stacked vertically, so that none hides another."""
    import numpy as np

    missing = sorted({"scope", "compound"} - set(units.columns))
    if missing:
        raise KeyError(f"scope_strip: missing column(s) {', '.join(missing)}")
    fig, ax = plt.subplots(figsize=(8, 3.2))
    ax.axvline(0, color="0.6", linewidth=0.8)
    for row, scope in enumerate(order):
        vals = units.loc[units["scope"] == scope, "compound"]
        ax.scatter(vals, stacked(vals, row, 0.25), color=style.ACCENT, alpha=0.6, s=40)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([f"{s} (n = {int((units['scope'] == s).sum())})" for s in order])
    ax.invert_yaxis()
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("VADER compound score (−1 to +1)")
    ax.set_ylabel("unit scored")
    ax.set_title("The body text scored at four scopes (quotations: the quoted spans only)")
    return fig


# --- notebook 07 ---

def voice_spread(scores: pd.DataFrame, intervals: pd.DataFrame, threshold: float = 0.05):
    """Every sentence's compound score as a dot, one row per voice (in ``intervals`` order, voice
    colours; equal scores stacked, so that none hides another), with the voice's mean as a diamond and its
    bootstrap interval as a bar where ``intervals`` has one (columns voice, n, mean, ci_low, ci_high; NaN
    bounds: no bar)."""
    missing = sorted({"voice", "compound"} - set(scores.columns)) + \
        sorted({"voice", "n", "mean", "ci_low", "ci_high"} - set(intervals.columns))
    if missing:
        raise KeyError(f"voice_spread: missing column(s) {', '.join(missing)}")
    fig, ax = plt.subplots(figsize=(8, 3.6))
    ax.axvspan(-threshold, threshold, color="0.92", zorder=0, label=f"VADER's neutral band (±{threshold})")
    for row, r in enumerate(intervals.itertuples()):
        color = style.voice_color(r.voice)
        vals = scores.loc[scores["voice"] == r.voice, "compound"]
        ax.scatter(vals, stacked(vals, row - 0.14, 0.1), color=color, alpha=0.75, s=40,
                   label="one sentence" if row == 0 else None)
        if pd.notna(r.ci_low):
            ax.plot([r.ci_low, r.ci_high], [row + 0.18] * 2, color=color, linewidth=2)
        ax.plot(r.mean, row + 0.18, "D", color=color, markersize=7, label="mean (bar: 95% bootstrap interval)"
                if row == 0 else None)
    ax.set_yticks(range(len(intervals)))
    ax.set_yticklabels([f"{style.VOICE_LABELS[v]} (n = {n})" for v, n in zip(intervals["voice"], intervals["n"])])
    ax.invert_yaxis()
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("VADER compound score (−1 to +1)")
    ax.set_ylabel("voice")
    ax.set_title("Sentence scores per voice: the spread behind each mean")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


# --- notebook 08 ---

SUMMARY_PANELS = (("content_tokens", "content tokens (count)", "Size"),
                  ("topics_mentioned", "topics mentioned (of the list's 14)", "Salience: depends on the topic list"),
                  ("vader_compound_mean", "VADER compound (−1 to +1)", "Tone: mean (line), sentences (dots)"))


def summary_figure(summary: pd.DataFrame, scores: pd.DataFrame | None = None,
                   voices: tuple[str, ...] = ("russian_readout", "chinese_readout", "journalist")) -> plt.Figure:
    """Three small multiples from ``comparison_summary.csv`` (long: measure, voice, value): size,
    topics mentioned and mean tone, a line labelled with its value (the frame shares stay in the file: notebook 08 shows them as a table).
    With ``scores`` (columns ``voice``, ``compound``: one row per sentence) the tone panel also shows
    every sentence's score as a dot, so the spread behind each mean is visible."""
    wide = summary.pivot(index="measure", columns="voice", values="value")[list(voices)]
    colors = [style.VOICE_COLORS[v] for v in voices]
    labels = [style.VOICE_LABELS[v] for v in voices]
    fig, axes = plt.subplots(1, 3, figsize=(12, 4))
    for ax, (measure, ylabel, title) in zip(axes.flat, SUMMARY_PANELS):
        if measure.startswith("vader"):  # a mean near 0 would be an invisible bar: a labelled line instead
            ax.set(xticks=range(len(labels)), xticklabels=labels, xlim=(-0.6, len(labels) - 0.4))
            for k, m in enumerate(wide.loc[measure]):
                ax.plot([k - 0.4, k + 0.4], [m, m], color=colors[k], linewidth=3, zorder=2)
                ax.annotate(f"{m:.3f}", (k - 0.22, m), xytext=(0, 3), textcoords="offset points",
                            ha="center", va="bottom", fontsize=8)
        else:
            ax.bar(labels, wide.loc[measure], color=colors)
        ax.axhline(0, color="black", linewidth=0.6)
        ax.set(ylabel=ylabel, title=title, xlabel="voice (publisher)")
        ax.tick_params(axis="x", labelsize=8)
    if scores is not None:
        for k, v in enumerate(voices):
            dots = scores.loc[scores["voice"] == v, "compound"]
            xs = [k + 0.1 * ((dots.iloc[:i] - y).abs() < 0.05).sum() for i, y in enumerate(dots)]  # close scores side by side
            axes[2].scatter(xs, dots, color=colors[k], edgecolor="black", zorder=3)
    fig.suptitle("The readouts compared, by publisher (journalist as reference)")
    fig.tight_layout()
    return fig


# --- appendix A1 ---

def readout_keyness_intervals(key: pd.DataFrame, min_total: int = 3, c1: str = "ru", c2: str = "cn") -> plt.Figure:
    """Log Ratio of the words seen at least ``min_total`` times in both corpora together, with the
    95% interval (``lr_ci_low``, ``lr_ci_high``); an open (infinite) end runs to the edge, marked ◂ or ▸.
    Colours (with a legend) say which readout the word is more frequent in. The interval ends may be numbers
    (NaN when open) or text as ``keyness.read_keyness`` gives them (empty when open). (Notebook 11's ``key_word_intervals`` draws the top words of a large comparison.)"""
    f1, f2 = f"freq_{c1}", f"freq_{c2}"
    shown = key[key[f1] + key[f2] >= min_total].sort_values(["log_ratio", "term"]).reset_index(drop=True)
    ends = shown[["lr_ci_low", "lr_ci_high"]].replace("", np.nan).astype(float)
    shown = shown.assign(lr_ci_low=ends["lr_ci_low"], lr_ci_high=ends["lr_ci_high"])
    lim = float(np.nanmax(np.abs(shown[["lr_ci_low", "lr_ci_high", "log_ratio"]].to_numpy()))) + 1
    lo, hi = shown["lr_ci_low"].fillna(-lim), shown["lr_ci_high"].fillna(lim)
    colors = [style.VOICE_COLORS["russian_readout" if lr > 0 else "chinese_readout"] for lr in shown["log_ratio"]]
    fig, ax = plt.subplots(figsize=(8, 0.32 * len(shown) + 1.8))
    y = np.arange(len(shown))
    ax.hlines(y, lo, hi, color=colors, linewidth=2)
    ax.scatter(shown["log_ratio"], y, color=colors, zorder=3)
    for yi, (l, h) in enumerate(zip(shown["lr_ci_low"], shown["lr_ci_high"])):
        if np.isnan(l) or np.isnan(h):
            ax.text(-lim if np.isnan(l) else lim, yi, "◂" if np.isnan(l) else "▸", va="center", ha="center")
    ax.set_yticks(y, [f"{t} ({a}:{b})" for t, a, b in zip(shown["term"], shown[f1], shown[f2])])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.legend(handles=[Line2D([], [], color=style.VOICE_COLORS[v], marker="o", label=style.VOICE_LABELS[v])
                       for v in ("russian_readout", "chinese_readout")],
              title="more frequent in the", loc="lower right", fontsize=8, title_fontsize=8)
    ax.set(xlim=(-lim - 0.5, lim + 0.5), ylabel="word (count Russian : Chinese readout)",
           xlabel="Log Ratio with 95% interval (+1 = twice as frequent in the Russian readout)",
           title=f"Keyness with intervals: words seen at least {min_total} times in all")
    fig.tight_layout()
    return fig


# --- notebook 10 ---

SOTU_COLOR = style.ACCENT
SOTU_LABEL = "State of the Union 2022"


def naming_contrast(contrast: pd.DataFrame):
    """One panel per target: how often each naming is used, one bar colour per source
    (the article's voices in their colours, the 2022 address in the accent colour); all
    panels share one integer x-scale."""
    from matplotlib.ticker import MaxNLocator
    targets = list(dict.fromkeys(contrast["target"]))
    fig, axes = plt.subplots(len(targets), 1, figsize=(7, 2.2 + 1.2 * len(contrast) / 4), squeeze=False, sharex=True,
                             gridspec_kw={"height_ratios": [contrast["target"].eq(t).sum() for t in targets]})
    colors = {**style.VOICE_COLORS, "sotu2022": SOTU_COLOR}
    labels = {**style.VOICE_LABELS, "sotu2022": SOTU_LABEL}
    for ax, target in zip(axes[:, 0], targets):
        d = contrast[contrast["target"] == target].iloc[::-1]
        ax.barh([f"{n} ({labels[s]})" for n, s in zip(d["naming"], d["source"])], d["count"],
                color=[colors[s] for s in d["source"]])
        ax.set_title(target, loc="left", fontsize=10)
        ax.tick_params(axis="y", labelsize=8)
        ax.tick_params(axis="x", labelbottom=True)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes[-1, 0].set_xlabel("sentences")
    fig.suptitle("The same events, two vocabularies: namings by source")
    fig.supylabel("naming (source)")
    fig.tight_layout()
    return fig


# --- notebook 11 ---

def key_word_intervals(table: pd.DataFrame, names: tuple[str, str]):
    """Every word of ``table`` (e.g. the significant ones) with its log ratio and 95% interval:
    accent dots for words more frequent in the first corpus, grey for words rarer there; an
    open end (a word absent from one corpus, an empty ``lr_ci_high`` or ``lr_ci_low``) is an
    arrow to the edge of the panel. A top axis reads the log ratio as a ratio (1×, 8×, 32×, ...)."""
    one, two = names
    top = table.sort_values(["log_ratio", "term"]).reset_index(drop=True)
    lim = float(np.nanmax(np.abs(top[["lr_ci_low", "lr_ci_high", "log_ratio"]].to_numpy()))) + 1
    lo, hi = top["lr_ci_low"].fillna(-lim), top["lr_ci_high"].fillna(lim)
    up = top["log_ratio"] > 0
    fig, ax = plt.subplots(figsize=(7, 0.28 * len(top) + 1.8))
    y = np.arange(len(top))
    colors = np.where(up, SOTU_COLOR, "#999999")
    ax.hlines(y, lo, hi, color=colors)
    ax.scatter(top["log_ratio"][up], y[up], color=SOTU_COLOR, zorder=3, label=f"more frequent in {one}")
    ax.scatter(top["log_ratio"][~up], y[~up], color="#999999", zorder=3, label=f"rarer in {one}")
    open_hi, open_lo = top["lr_ci_high"].isna(), top["lr_ci_low"].isna()
    if open_hi.any() or open_lo.any():
        ax.scatter([lim] * int(open_hi.sum()) + [-lim] * int(open_lo.sum()), list(y[open_hi]) + list(y[open_lo]),
                   marker=">", color="black", s=20, zorder=3,
                   label=f"open end: absent from {two} (0 counted as 0.5), no upper limit")
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y, top["term"])
    left = -lim if open_lo.any() else min(float(lo.min()), 0.0)
    right = lim if open_hi.any() else max(float(hi.max()), 0.0)
    ax.set(xlim=(left - 0.5, right + 0.5), ylabel="word",
           xlabel=f"log ratio (log2 of relative frequency, {one} / {two}), 95% interval",
           title=f"Key words: {one} against {two}")
    times = ax.secondary_xaxis("top")  # the same axis read as a ratio: +1 = twice as frequent
    ticks = [t for t in (-5, 0, 3, 10, 15) if left - 0.5 <= t <= right + 0.5]
    times.set_xticks(ticks, [f"{2 ** t:,}×" if t >= 0 else f"1/{2 ** -t}×" for t in ticks])
    times.set_xlabel(f"times as frequent in {one}")
    ax.legend(loc="lower right", fontsize=8, framealpha=1)  # opaque: the 1× line does not strike through it
    fig.tight_layout()
    return fig


# --- notebook 12 ---

def own_texts_overview(scores: dict[str, pd.DataFrame], keywords: dict[str, pd.DataFrame], n: int = 8,
                       means: pd.DataFrame | None = None):
    """Two panels for the template notebook: a box plot per text of its sentences' VADER compound
    scores (labelled with the number of sentences; with ``means``, indexed by text with ``mean``, ``ci_low``
    and ``ci_high``, each mean as a diamond with its interval), and each text's top keywords against the reference: the log ratio as a bar, its 95% interval
    as a line (an open upper end, for a word absent from the reference, drawn to the panel's edge with an arrow), and each word's
    count in the text in its label. ``keywords[label]`` needs ``term``, ``freq_{label}``, ``log_ratio``,
    ``lr_ci_low`` and ``lr_ci_high``, in the order to show."""
    if not scores:
        raise ValueError("own_texts_overview: no texts to plot")
    labels = list(scores)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 0.6 * len(labels) + 3.5))
    left.boxplot([scores[lab]["compound"].astype(float) for lab in labels], orientation="horizontal", widths=0.5)
    left.set(yticks=range(1, len(labels) + 1), yticklabels=[f"{lab} (n={len(scores[lab])})" for lab in labels],
             xlim=(-1.05, 1.05), xlabel="compound score of each sentence", title="VADER (not validated on your texts)")
    if means is not None:
        m = means.loc[labels]
        lo, hi = m["ci_low"].fillna(m["mean"]), m["ci_high"].fillna(m["mean"])
        left.errorbar(m["mean"], np.arange(1, len(labels) + 1), xerr=[m["mean"] - lo, hi - m["mean"]], fmt="D",
                      color=style.ACCENT, capsize=3, lw=1.5, label="mean, 95% bootstrap interval")
        left.legend(loc="lower left", fontsize="small")
    left.axvline(0, color="#999999", lw=0.8)
    left.invert_yaxis()  # the texts top-down, in the order given
    rows = [(f"{lab}: {r.term} ({r.freq})", r.log_ratio, r.lr_ci_low, r.lr_ci_high)
            for lab in labels
            for r in keywords[lab].head(n).rename(columns={f"freq_{lab}": "freq"}).itertuples(index=False)]
    finite = [v for _, lr, lo, hi in rows for v in (lr, lo, hi) if np.isfinite(v)]
    edge = max(finite, default=1.0) + 1
    y = np.arange(len(rows))
    lr = np.array([r[1] for r in rows], dtype=float)
    open_end = np.array([not np.isfinite(r[3]) for r in rows], dtype=bool)  # NaN or inf: a word absent from the reference
    low = np.array([r[2] for r in rows], dtype=float)
    low = np.where(np.isfinite(low), low, lr)
    high = np.where(open_end, edge, np.array([r[3] for r in rows], dtype=float))
    right.barh(y, lr, color=style.ACCENT, alpha=0.6)
    right.errorbar(lr, y, xerr=[lr - low, high - lr], fmt="none", ecolor="black", capsize=3, lw=1)
    for yi in y[open_end]:
        right.annotate("", xy=(edge, yi), xytext=(edge - 0.6, yi), arrowprops={"arrowstyle": "->", "lw": 1})
    right.set(yticks=y, yticklabels=[r[0] for r in rows], xlabel="log ratio against the reference, 95% interval",
              title="Top content keywords (count in the text),\nranked by the interval's lower end")
    right.invert_yaxis()
    fig.tight_layout()
    return fig
