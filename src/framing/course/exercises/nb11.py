"""Checkers for notebook 11 (out-of-sample tests on the 2022 State of the Union)."""
from __future__ import annotations

import math
import numbers
from collections import Counter
from functools import lru_cache

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
    from ... import agreement, frames, sotu
    try:
        mine, kappa = answer
        mine, kappa = [str(m).strip() for m in mine], float(kappa)
    except (TypeError, ValueError):
        return "answer with a pair: your list of five labels, then the kappa, e.g. (mine, agreement.cohen_kappa(mine, theirs))."
    labels = set(frames.read_frames()["frame"]) | {"none"}
    wrong = sorted(set(mine) - labels)
    if len(mine) != len(IDS):
        return f"give five labels, one per sentence {list(IDS)}; you gave {len(mine)}."
    if wrong:
        return f"{wrong} is not a label: use a frame name of data/frames.csv exactly as printed, or 'none'."
    if len(set(mine)) == 1:
        return "you gave all five sentences the same label: read each one against the definitions and label it on its own."
    theirs = _coding().drop_duplicates("sent_id").set_index("sent_id").loc[list(IDS), "frame"].tolist()
    expected = agreement.cohen_kappa(mine, theirs)
    if not (math.isclose(kappa, expected, abs_tol=1e-6) or (math.isnan(kappa) and math.isnan(expected))):
        if math.isclose(kappa, sum(a == b for a, b in zip(mine, theirs)) / len(IDS), abs_tol=1e-6):
            return "that is the share of agreement; kappa corrects it for chance: use agreement.cohen_kappa(mine, theirs)."
        return "compute kappa with agreement.cohen_kappa(mine, theirs) on exactly the labels you answer with."
    text = sotu.read_sentences().set_index("sent_id")["text_norm"]
    for i, a, b in zip(IDS, mine, theirs):
        if a != b:   # information, not a mistake: two coders may disagree
            print(f"  sentence {i}: you {a}, the file {b}. {text[i]}")
    print("  (Correct here means your kappa fits your labels; kappa rates agreement with the file, not who is right.)")


def _united_names() -> int:
    from ... import frames, sotu
    passage = sotu.with_voice(sotu.read_sentences())
    fr = frames.read_frames()
    hits = frames.detect_frames(passage, frames.read_indicators(frames=fr["frame"]))
    fbs = frames.frames_by_sentence(passage, list(fr["frame"]), hits, _coding())
    err = frames.disagreements(fbs, hits)
    ids = err.loc[(err["frame"] == "strategic_partnership") & (err["error"] == "false hit"), "sent_id"]
    text = passage.set_index("sent_id").loc[ids, "text_norm"]
    return int(text.str.contains("United States|United Kingdom").sum()), len(ids), int(text.str.contains("united").sum())


@exercise("11.2")
def _(answer):
    names, all_false, lower = _united_names()
    try:
        value = int(answer)
    except (TypeError, ValueError):
        return "answer with a whole number of sentences."
    if value == all_false:
        return "that is every false hit of the frame; keep those whose sentence names United States or United Kingdom."
    if value == names + lower:
        return "that counts every 'united'; 'We are united' is not a name: test for 'United States|United Kingdom'."
    if value != names:
        return ("keep the rows of `errors` for strategic_partnership and 'false hit', look up their sentences in "
                "`passage`, and count those that contain 'United States' or 'United Kingdom'.")


@lru_cache(maxsize=1)   # a keyness table over the whole reference vocabulary takes about a second
def _article_versus_addresses_table():
    from ... import corpus, sotu, tokens
    stop = tokens.stopwords()
    art = corpus.analysed(corpus.read_sentences())
    fa = Counter(w for t in art["text_norm"] for w in sotu.tokens(t) if w not in stop)
    return keyness_table(fa, sotu.pool(_counts(), sotu.reference_ids(exclude="")), names=("article", "sotu"))


def _article_versus_addresses():
    return _article_versus_addresses_table().copy()


@lru_cache(maxsize=1)   # Tarone's rule over that table: each 11.3 check would otherwise redo it
def _significant_words() -> frozenset:
    table = with_tarone(_article_versus_addresses())[0]
    return frozenset(table.loc[table["significant"], "term"])


@exercise("11.3")
def _(answer):
    if isinstance(answer, numbers.Number):
        return "give the significant words themselves (a list of strings), not how many there are."
    if isinstance(answer, str):
        return "give a list of words, e.g. list(...[\"term\"]), not one string."
    words = {str(w).strip().lower() for w in answer}
    expected = _significant_words()
    if words > expected:
        return "some of your words are not significant: keep only the rows whose `significant` column is True."
    if words != expected:
        return ("take the first element of what keyness.with_tarone(versus) returns, keep the rows where "
                "`significant` is True, and list their `term` column.")


@lru_cache(maxsize=4)
def _top_2023(*exclude: str):
    """The top row of 2023 against every spoken address from 1947 on except those in ``exclude``."""
    from ... import sotu
    c = _counts()
    ids = [i for i in sotu.reference_ids(exclude="") if i not in exclude]
    return keyness_table(c["2023-Biden-1"], sotu.pool(c, ids)).iloc[0].copy()


@exercise("11.4")
def _(answer):
    from ... import sotu
    try:
        word, g2 = answer
        word, g2 = str(word).strip().lower(), float(g2)
    except (TypeError, ValueError):
        return "answer with a pair (word, g2), e.g. (table.loc[0, 'term'], table.loc[0, 'g2'])."
    right = _top_2023("2023-Biden-1")
    if word == right["term"] and math.isclose(g2, right["g2"], abs_tol=0.5):   # any rounding of the g2
        return None
    # the two references that keep 2023: all 70 addresses, or the default reference_ids() (2022 out, 2023 in)
    if any(math.isclose(g2, _top_2023(*ex)["g2"], abs_tol=0.5) for ex in ((), (sotu.SPEECH,))):
        return ("your reference contains 2023 itself, so the address is partly compared with itself "
                "(sotu.reference_ids() and `reference` keep 2023): use sotu.reference_ids(exclude=\"2023-Biden-1\").")
    if math.isclose(g2, _top_2023("2023-Biden-1", sotu.SPEECH)["g2"], abs_tol=0.5):
        return ("your reference leaves out 2022 as well: the reference is every other spoken address, 2022 included, "
                "as sotu.reference_ids(exclude=\"2023-Biden-1\") gives it.")
    if word != right["term"]:
        return "the table is sorted by g2, largest first: take the `term` of its first row."
    if g2 == math.trunc(right["g2"]):   # int() cuts the decimals off: 131.55 becomes 131
        return "round, don't truncate: int() cuts the decimals off; use round(g2, 1) or round(g2)."
    return "give the g2 of that first row (rounding is fine)."
