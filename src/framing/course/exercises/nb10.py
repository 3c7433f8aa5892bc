"""Checkers for notebook 10 (naming the war in the 2022 State of the Union)."""
from __future__ import annotations

from functools import lru_cache

from ..checks import exercise


@lru_cache(maxsize=1)
def _passage():
    from ... import sotu
    return sotu.passage(sotu.segment(sotu.load()))


@exercise("10.1")
def _(answer):
    from ... import sotu
    found = sotu.artifacts(sotu.load())
    if answer != int((found["step"] == "unbracket_correction").sum()):
        return "count the rows of `found` whose step is 'unbracket_correction' (a comparison, then .sum())."


@exercise("10.2")
def _(answer):
    expected = int(_passage()["text_norm"].str.contains(r"\bPutin").sum())
    if answer != expected:
        return "count sentences, not occurrences: str.contains(r'\\bPutin') is True once per sentence."


@exercise("10.3")
def _(answer):
    from ... import frames, sotu
    lines = frames.kwic(sotu.with_voice(_passage()), ["sanction*"])
    expected = " ".join(lines.loc[0, "left"].split()[-2:])
    if not isinstance(answer, str) or answer.strip().lower() != expected.lower():
        return "look at the `left` column of the first KWIC line and take its last two words."


@exercise("10.4")
def _(answer):
    from ... import sentiment
    p = _passage()
    compounds = [sentiment.score(t)["compound"] for t in p["text_norm"]]
    expected = int(p["sent_id"].iloc[compounds.index(min(compounds))])
    if answer != expected:
        return "find the row with the smallest `compound` (idxmin) and give its sent_id, not its index."
