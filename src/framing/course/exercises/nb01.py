"""Checkers of the exercises of notebook 01 (attributing voices)."""
from __future__ import annotations

import math
from functools import lru_cache

from ...agreement import cohen_kappa
from ...attribution import VOICES, attribute
from ...corpus import analysed, build_sentences
from ..checks import exercise

FIVE = (4, 6, 13, 20, 24)   # the sentences the student codes in exercise 01.3


@lru_cache(maxsize=1)
def _built():
    return build_sentences()


def sentences():
    """The sentence table with the hand coding and the attributor's voice (a fresh copy)."""
    return _built().copy()


def body_sentences():
    """The counted body sentences with the attributor's voice (as in the lesson)."""
    df = analysed(sentences())
    return df[df["kind"] == "body"].copy()


def late_cue(body, case: bool = False):
    """Exercise 01.4: a journalist sentence with a quotation mark, followed by an 'according to' sentence
    with a readout or state-media voice, takes that voice (``case=True``: the literal, case-sensitive
    search a student may write first)."""
    late = body[["sent_id", "text_norm", "voice_auto"]].copy()
    late["next_voice"] = late["voice_auto"].shift(-1)
    late["next_text"] = late["text_norm"].shift(-1).fillna("")
    fires = ((late["voice_auto"] == "journalist") & late["text_norm"].str.contains('"')
             & late["next_text"].str.contains("according to", case=case)
             & late["next_voice"].isin(["russian_readout", "chinese_readout", "chinese_state_media"]))
    late.loc[fires, "voice_auto"] = late.loc[fires, "next_voice"]
    return late


@exercise("01.1")
def _(answer):
    df = analysed(sentences())
    expected = int(((df["voice"] == "russian_readout") & (df["speaker"] == "both")).sum())
    if answer != expected:
        return "combine two conditions with & (voice is the Russian readout, speaker is both) and .sum() the result"


@exercise("01.2")
def _(answer):
    df = sentences()
    df["no_carry"] = [a.voice for a in attribute(df, carry_quotes=False)]
    body = analysed(df)
    body = body[body["kind"] == "body"]
    expected = body.loc[body["no_carry"] != body["voice_auto"], "sent_id"].tolist()
    if sorted(int(x) for x in answer) != expected:
        return "compare the two voice columns row by row (!=), keep body sentences only, and list their sent_id"


def _labels_in_order(labels) -> list | None:
    """The student's five labels in the order of FIVE (a list in that order, or a dict keyed by sent_id)."""
    if isinstance(labels, dict):
        return [labels[i] for i in FIVE] if sorted(labels) == list(FIVE) else None
    labels = list(labels)
    return labels if len(labels) == len(FIVE) else None


@exercise("01.3")
def _(answer):
    if not isinstance(answer, tuple) or len(answer) != 2:
        return "answer should be the pair (my_labels, kappa_mine): your list of five voices, then your kappa"
    labels, kappa = answer
    if isinstance(labels, str) or not hasattr(labels, "__iter__"):
        return "my_labels should be a list of five voices, one for each sentence, in the order printed"
    labels = _labels_in_order(labels)
    if labels is None:
        return f"my_labels needs exactly one voice for each of the sentences {', '.join(map(str, FIVE))}"
    if any(v is Ellipsis for v in labels):
        return "replace every ... in my_labels with a voice of the codebook, e.g. \"journalist\""
    unknown = sorted({str(v) for v in labels} - set(VOICES))
    if unknown:
        return f"{unknown[0]!r} is not a voice of the codebook: use one of {', '.join(VOICES)}"
    coded = sentences().set_index("sent_id").loc[list(FIVE), "voice"]
    expected = cohen_kappa(labels, coded.tolist())
    if kappa is Ellipsis or isinstance(kappa, str):
        return "kappa_mine should be a number: compute it with cohen_kappa(my_labels, five)"
    if not math.isclose(float(kappa), expected, abs_tol=0.005):
        return ("your kappa does not follow from your labels: compute kappa_mine with cohen_kappa, comparing "
                "your labels with the file's voices of the same five sentences, in the same order")
    differ = [f"{i} (file: {coded[i]})" for i, mine in zip(FIVE, labels) if mine != coded[i]]
    message = f"01.3: κ computed correctly; you agree with the file on {len(FIVE) - len(differ)} of {len(FIVE)}"
    if differ:   # information, not a verdict: the file is one coder's reading
        message += (f" (you differ on sentence {', '.join(differ)}). The file is one coder's reading: reread "
                     "with the codebook, and keep your label if a rule supports it.")
    print(message + ("" if differ else "."))


def _one_number(answer) -> float:
    """A number, or the one value of a one-element Series or list."""
    if hasattr(answer, "__len__") and not isinstance(answer, str) and len(answer) == 1:
        answer = list(answer)[0]
    return float(answer)


@exercise("01.4")
def _(answer):
    body = body_sentences()
    expected = cohen_kappa(body["voice"], late_cue(body)["voice_auto"])
    value = _one_number(answer)
    if math.isclose(value, expected, abs_tol=0.005):   # a value rounded to 2 decimals is right
        return None
    if math.isclose(value, cohen_kappa(body["voice"], late_cue(body, case=True)["voice_auto"]), abs_tol=0.005):
        return ("your rule fires on one sentence only: does \"according to\" also match a sentence that "
                "begins with a capital A? .str.contains(..., case=False) ignores capitals")
    return ("check that the rule fires on exactly the sentences meant (print late.loc[fires, 'sent_id']) "
            "and that you compare with body['voice'] in the same order")
