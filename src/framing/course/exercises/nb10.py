"""Checkers for notebook 10 (naming the war in the 2022 State of the Union)."""
from __future__ import annotations

import numbers
from functools import lru_cache

from ..checks import exercise


@lru_cache(maxsize=1)
def _passage():
    from ... import sotu
    return sotu.passage(sotu.segment(sotu.load()))


def _as_int(answer):
    """An integer given as int, numpy integer, whole float or digit string; None otherwise."""
    if isinstance(answer, bool):
        return None
    if isinstance(answer, numbers.Integral):
        return int(answer)
    if isinstance(answer, float) and answer.is_integer():
        return int(answer)
    if isinstance(answer, str) and answer.strip().lstrip("-").isdigit():
        return int(answer.strip())
    return None


@exercise("10.1")
def _(answer):
    from ... import sotu
    found = sotu.artifacts(sotu.load())
    turns = found.loc[found["step"] == "drop_audience_turn", "match"]
    value = _as_int(answer)
    if value == len(turns):
        return "that counts every audience turn; keep only those whose `match` contains 'Boo'."
    if value == 0:
        return ("each match keeps its speaker label ('Audience members. Boo!'), so == 'Boo!' finds nothing: "
                "test with str.contains('Boo').")
    if value != int(turns.str.contains("Boo").sum()):
        return ("keep the rows of `found` whose step is 'drop_audience_turn', then look at (or test with "
                "str.contains) their `match` column.")


@exercise("10.2")
def _(answer):
    expected = int(_passage()["text_norm"].str.contains(r"\bPutin").sum())
    if _as_int(answer) != expected:
        return "count sentences, not occurrences: str.contains(r'\\bPutin') is True once per sentence."


@exercise("10.3")
def _(answer):
    from ... import frames, sotu
    lines = frames.kwic(sotu.with_voice(_passage()), ["sanction*"])
    pain = lines[(lines["left"] + " " + lines["right"]).str.contains(r"\bpain\b")]
    value = _as_int(answer)
    if value is None:
        return "answer with a sent_id, a whole number from the `sent_id` column of the KWIC table."
    if value == 38:
        return ("sentence 38 speaks of 'inflicting pain' but never says 'sanction', so it is not a KWIC line: "
                "answer with a sent_id from `lines`.")
    if value != int(pain["sent_id"].iloc[0]):
        return "read the `left` and `right` columns of each KWIC line: which one says what the sanctions cause?"


@exercise("10.4")
def _(answer):
    from ... import sentiment
    p = _passage()
    compounds = [sentiment.score(t)["compound"] for t in p["text_norm"]]
    expected = int(p["sent_id"].iloc[compounds.index(min(compounds))])
    if _as_int(answer) != expected:
        return "find the row with the smallest `compound` (idxmin) and give its sent_id, not its index."
