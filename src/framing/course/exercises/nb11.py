"""Checkers for notebook 11 (out-of-sample tests on the 2022 State of the Union)."""
from __future__ import annotations

import math
import numbers
from collections import Counter

from ...keyness import keyness_table, with_tarone
from ..checks import exercise

IDS = (24, 40, 57, 69, 80)


def _counts():
    from ... import sotu
    # the notebook's own call: the package keeps these counts in memory, so they are not redone
    return sotu.corpus_counts(sotu.reference_ids(exclude=""))


def _coding():
    from ... import frames, paths
    return frames.read_frame_coding(paths.DATA / "sotu2022_frame_coding.csv", frames=frames.read_frames()["frame"])


@exercise("11.1")
def _(answer):
    from ... import agreement, frames
    mine, kappa = answer
    labels = set(frames.read_frames()["frame"]) | {"none"}
    if len(mine) != len(IDS) or not set(mine) <= labels:
        return "give five labels, each a frame of data/frames.csv or 'none'."
    theirs = _coding().drop_duplicates("sent_id").set_index("sent_id").loc[list(IDS), "frame"].tolist()
    expected = agreement.cohen_kappa(list(mine), theirs)
    if not (math.isclose(kappa, expected, abs_tol=1e-9) or (math.isnan(kappa) and math.isnan(expected))):
        return "compute kappa with agreement.cohen_kappa(mine, theirs), your labels first."


@exercise("11.2")
def _(answer):
    from ... import frames, sotu
    passage = sotu.with_voice(sotu.read_sentences())
    fr = frames.read_frames()
    hits = frames.detect_frames(passage, frames.read_indicators(frames=fr["frame"]))
    fbs = frames.frames_by_sentence(passage, list(fr["frame"]), hits, _coding())
    err = frames.disagreements(fbs, hits)
    if answer != int(((err["frame"] == "strategic_partnership") & (err["error"] == "false hit")).sum()):
        return "keep the rows of `errors` whose frame is strategic_partnership AND whose error is 'false hit'."


def _article_versus_addresses():
    from ... import corpus, sotu, tokens
    stop = tokens.stopwords()
    art = corpus.analysed(corpus.read_sentences())
    fa = Counter(w for t in art["text_norm"] for w in sotu.tokens(t) if w not in stop)
    return keyness_table(fa, sotu.pool(_counts(), sotu.reference_ids(exclude="")), names=("article", "sotu"))


@exercise("11.3")
def _(answer):
    if isinstance(answer, numbers.Number):
        return "give the significant words themselves (a list of strings), not how many there are."
    if isinstance(answer, str):
        return "give a list of words, e.g. list(...[\"term\"]), not one string."
    words = {str(w).strip().lower() for w in answer}
    table = with_tarone(_article_versus_addresses())[0]
    expected = set(table.loc[table["significant"], "term"])
    if words > expected:
        return "some of your words are not significant: keep only the rows whose `significant` column is True."
    if words != expected:
        return ("take the first element of what keyness.with_tarone(versus) returns, keep the rows where "
                "`significant` is True, and list their `term` column.")


@exercise("11.4")
def _(answer):
    from ... import sotu
    c = _counts()
    table = keyness_table(c["2023-Biden-1"], sotu.pool(c, sotu.reference_ids(exclude="2023-Biden-1")))
    if not isinstance(answer, str) or answer.strip().lower() != table.loc[0, "term"]:
        return "the table is sorted by g2, largest first: take the `term` of its first row."
