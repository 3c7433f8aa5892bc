"""Time the corpus pipeline over all 249 addresses, each stage beside the NLTK baseline.

    python benchmarks/bench_corpus.py

Stages: load (with the SHA-256 check), tokenise, count, keyness (2022 against every other
address, all word types), and VADER on the 2022 passage's sentences. Baselines: NLTK's
``word_tokenize`` (Treebank tokenizer; Punkt sentence splitting is skipped, which favours
NLTK), ``nltk.FreqDist``, for keyness the per-word loop a user would otherwise write with
``scipy.stats`` (``chi2_contingency`` with ``lambda_="log-likelihood"`` and ``fisher_exact`` on each
word's 2x2 table; timed on 2,000 words and scaled to the vocabulary), and for VADER NLTK's
analyser against the ``vaderSentiment`` package on the same sentences.
"""
from __future__ import annotations

import time
from collections import Counter

from nltk import FreqDist
from nltk.tokenize import NLTKWordTokenizer
from scipy.stats import chi2_contingency, fisher_exact

from framing import keyness as K
from framing import sentiment, sotu


def timed(func, *args):
    start = time.perf_counter()
    out = func(*args)
    return out, time.perf_counter() - start


def scipy_loop_seconds(a: Counter, b: Counter, types: int, sample: int = 2000) -> float:
    """Seconds a per-word scipy loop would take over ``types`` words, timed on ``sample`` of them."""
    c, d = sum(a.values()), sum(b.values())
    words = sorted(set(a) | set(b))[:sample]
    start = time.perf_counter()
    for w in words:
        t = [[a.get(w, 0), c - a.get(w, 0)], [b.get(w, 0), d - b.get(w, 0)]]
        chi2_contingency(t, correction=False, lambda_="log-likelihood")
        fisher_exact(t)
    return (time.perf_counter() - start) * types / len(words)


def main() -> None:
    meta = sotu.metadata()
    texts, t_load = timed(lambda: {f: sotu.load(f, meta) for f in meta["fileid"]})
    toks, t_tok = timed(lambda: {f: sotu.tokens(t) for f, t in texts.items()})
    n = sum(map(len, toks.values()))
    treebank = NLTKWordTokenizer()
    nltk_toks, t_tok_nltk = timed(lambda: {f: treebank.tokenize(sotu.count_text(t).lower()) for f, t in texts.items()})
    counts, t_count = timed(lambda: {f: Counter(t) for f, t in toks.items()})
    _, t_count_nltk = timed(lambda: {f: FreqDist(t) for f, t in toks.items()})
    a = counts[sotu.SPEECH]
    rest = sotu.pool(counts, [f for f in counts if f != sotu.SPEECH])
    table, t_key = timed(K.keyness_table, a, rest)
    t_key_pkg = scipy_loop_seconds(a, rest, len(table))
    sents = list(sotu.passage(sotu.segment(texts[sotu.SPEECH]))["text_norm"])
    nltk_vader, ref_vader = sentiment.analyzer(), sentiment.reference_analyzer()
    _, t_vader = timed(lambda: [nltk_vader.polarity_scores(s) for s in sents])
    _, t_vader_ref = timed(lambda: [ref_vader.polarity_scores(s) for s in sents])
    rows = [("load + SHA-256 (249 texts)", t_load, None, "—"),
            ("tokenise (regex)", t_tok, t_tok_nltk, "NLTK Treebank word tokenizer"),
            ("count (Counter)", t_count, t_count_nltk, "nltk.FreqDist"),
            (f"keyness ({len(table)} types)", t_key, t_key_pkg, "per-word scipy.stats loop"),
            (f"VADER, NLTK ({len(sents)} sentences)", t_vader, t_vader_ref, "vaderSentiment package")]
    print(f"{n:,} tokens in {len(texts)} addresses ({sum(len(v) for v in nltk_toks.values()):,} NLTK tokens)\n")
    print("| stage | seconds | tokens/s | baseline | baseline s | baseline ÷ stage |")
    print("|---|---|---|---|---|---|")
    for name, s, b, bname in rows:
        rate = f"{n / s:,.0f}" if name.startswith(("tokenise", "count")) else ""
        ratio = f"{b / s:.1f}" if b else ""
        print(f"| {name} | {s:.2f} | {rate} | {bname} | {'' if b is None else f'{b:.2f}'} | {ratio} |")
    print(f"\ntokenise + count + keyness: {t_tok + t_count + t_key:.2f} s (load included: {t_load + t_tok + t_count + t_key:.2f} s)")


if __name__ == "__main__":
    main()
