"""Checkers of the exercises of notebook 01 (attributing voices)."""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from ...attribution import VOICES, attribute
from ...corpus import analysed, build_sentences
from ...agreement import cohen_kappa
from ..checks import Right, exercise

FIVE = (4, 7, 8, 21, 22)   # the sentences the student codes in exercise 01.3 (none settled by the lesson's prose)
RULE_HINTS = {   # exercise 01.3: where to look when a label differs from the file (advice; never the label itself)
    4: "ask who narrates who called whom and why (rule C7)",
    7: "ask whether it relays a readout's words (C3) or only narrates, quoting nothing and naming no source (C7)",
    8: "reread rule C3 (a sentence relaying a readout belongs to it) and find the source cue its neighbours name",
    21: "ask who speaks and which report the passage continues (C2: voice is not speaker; C3)",
    22: ("reread rules C3 and C5: does the quotation relay the readout around it (C3), or quote a term in "
         "passing (C5)?"),
}


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


READOUTS = ["russian_readout", "chinese_readout", "chinese_state_media"]


def late_table(body):
    """Exercise 01.4's table: each body sentence with the next one's text and automatic voice."""
    late = body[["sent_id", "text_norm", "voice_auto"]].copy()
    late["next_voice"] = late["voice_auto"].shift(-1)
    late["next_text"] = late["text_norm"].shift(-1).fillna("")
    return late


def late_cue(body, case: bool = False):
    """Exercise 01.4: a journalist sentence with a quotation mark, followed by an 'according to' sentence
    with a readout or state-media voice, takes that voice (``case=True``: the literal, case-sensitive
    search a student may write first)."""
    late = late_table(body)
    fires = ((late["voice_auto"] == "journalist") & late["text_norm"].str.contains('"')
             & late["next_text"].str.contains("according to", case=case) & late["next_voice"].isin(READOUTS))
    late.loc[fires, "voice_auto"] = late.loc[fires, "next_voice"]
    return late


@exercise("01.1")
def _(answer):
    df = analysed(sentences())
    words = df["text_norm"].str.split().str.len()
    chinese = df["voice"] == "chinese_readout"
    expected = int((chinese & (words > 30)).sum())
    if answer in (int(chinese.sum()), int((words > 30).sum())):
        return "that count meets one condition only: keep rows where the voice AND the words column both qualify (&)"
    if answer != expected:
        return ("combine two conditions with & (voice is the Chinese readout, words more than 30) and .sum() "
                "the result")


@exercise("01.2")
def _(answer):
    df = sentences()
    df["no_carry"] = [a.voice for a in attribute(df, carry_quotes=False)]
    body = analysed(df)
    body = body[body["kind"] == "body"]
    changed = body["no_carry"] != body["voice_auto"]
    expected = body.loc[changed, "sent_id"].tolist()
    mine = sorted(int(x) for x in answer)
    if mine == body.index[changed].tolist() and mine != expected:
        return "these are row labels (the index), not sent_ids: take the \"sent_id\" column of the rows you keep"
    worse = body.loc[changed & (body["voice_auto"] == body["voice"]), "sent_id"].tolist()
    better = body.loc[changed & (body["no_carry"] == body["voice"]), "sent_id"].tolist()
    if mine and mine == worse:
        return "every sent_id whose label changed, better or worse: also list the sentence that got better"
    if mine and mine == better:
        return "every sent_id whose label changed, better or worse: also list the sentence that got worse"
    if mine != expected:
        return "compare the two voice columns row by row (!=), keep body sentences only, and list their sent_id"


def _labels_in_order(labels) -> list | None:
    """The student's five labels in the order of FIVE (a list in that order, or a dict keyed by sent_id)."""
    if isinstance(labels, dict):
        return [labels[i] for i in FIVE] if sorted(labels) == list(FIVE) else None
    labels = list(labels)
    return labels if len(labels) == len(FIVE) else None


@exercise("01.3")
def _(answer):
    if not isinstance(answer, (tuple, list)) or len(answer) != 2 or isinstance(answer[1], str):
        return ("answer should be a pair: (mine, kappa), your list of five voices and the kappa between them and "
                "the file's voices")
    labels, kappa = answer
    if isinstance(labels, str) or not hasattr(labels, "__iter__"):
        return "mine should be your list of five voices, one for each sentence, in the order printed"
    labels = _labels_in_order(labels)
    if labels is None:
        return f"mine needs exactly one voice for each of the sentences {', '.join(map(str, FIVE))}"
    if any(v is Ellipsis for v in labels) or kappa is Ellipsis:
        return "replace every ... with a voice of the codebook (e.g. \"journalist\") or with your kappa"
    unknown = sorted({str(v) for v in labels} - set(VOICES))
    if unknown:
        return f"{unknown[0]!r} is not a voice of the codebook: use one of {', '.join(VOICES)}"
    coded = sentences().set_index("sent_id").loc[list(FIVE), "voice"]
    if not abs(float(kappa) - cohen_kappa(labels, coded.tolist())) < 0.005:
        return ("your kappa is not that of your labels against the file's: p_o is the share of the five where they "
                "agree, p_e adds, for each voice, your share times the file's; or use cohen_kappa(mine, file)")
    differ = [i for i, mine in zip(FIVE, labels) if mine != coded[i]]
    note = f"You agree with the file on {len(FIVE) - len(differ)} of {len(FIVE)}."
    if len(set(labels)) == 1:   # one label for all: kappa can be right, but no rule of the codebook was applied
        note += (" But one label for all five sentences ignores the codebook: read each sentence against its rules "
                 "(C3 to C7) and label it on its own.")
    elif differ:   # advice only: any labels pass, but the first that differs gets a rule to reread (never the label)
        note += f" Advice: for sentence {differ[0]}, the first that differs, {RULE_HINTS[differ[0]]}."
    return Right(note)


def decoys():
    """Made-up rows of a table like ``late`` (exercise 01.4), each with whether the rule fires and the
    hint for a rule that gets it wrong. The lesson's own sentences cannot tell the conditions apart:
    there, every journalist sentence with a quotation mark is followed by an "according to" readout."""
    import pandas as pd
    rows = [   # one condition per row, so that the first row a rule gets wrong names its mistake
        ("journalist", 'He spoke of "unity".', "According to TASS, the leaders agreed.", "russian_readout",
         True, "your rule misses a journalist's quote followed by \"According to TASS\" in a Russian-readout "
               "sentence: test next_text for \"according to\" and next_voice for the readouts"),
        ("journalist", 'He spoke of "unity".', "According to CCTV, the leaders agreed.", "chinese_readout",
         True, "your rule misses a next sentence in the Chinese readout: the rule takes any readout voice; "
               "check the labels your next_voice condition accepts"),
        ("journalist", 'He spoke of "unity".', "According to Xinhua, the order took effect.", "chinese_state_media",
         True, "your rule misses a next sentence in the Chinese state media voice: the rule takes a readout or "
               "state-media voice; check the labels your next_voice condition accepts"),
        ("journalist", 'He spoke of "unity".', "The leaders, according to TASS, agreed.", "russian_readout",
         True, "your rule misses a lowercase \"according to\" (as in sentence 13): .str.contains is "
               "case-sensitive unless you add case=False"),
        ("journalist", 'He spoke of "unity".', "The call lasted an hour.", "russian_readout", False,
         "your rule fires when the next sentence has no \"according to\": test next_text"),
        ("journalist", 'He spoke of "unity".', "According to analysts, it was cordial.", "journalist", False,
         "your rule fires when the next sentence is the journalist's: test next_voice with .isin(...)"),
        ("journalist", 'He spoke of "unity".', "According to the headline, ties are close.", "headline", False,
         "your rule fires when the next sentence is a headline: the rule takes only a readout or state-media "
         "voice; check the labels your next_voice condition accepts"),
        ("journalist", "He spoke of unity.", "According to Xinhua, the order took effect.", "chinese_state_media",
         False, "your rule fires on a sentence without a quotation mark"),
        ("chinese_readout", 'Xi spoke of "unity".', "According to TASS, the leaders agreed.", "russian_readout",
         False, "your rule fires on a sentence that is not the journalist's"),
    ]
    table = pd.DataFrame(rows, columns=["voice_auto", "text_norm", "next_text", "next_voice", "fires", "hint"])
    table.insert(0, "sent_id", range(101, 101 + len(rows)))
    return table


@exercise("01.4")
def _(answer):
    if not callable(answer):
        return "answer should be the function itself: answer = fires (no brackets), after you complete it"
    body = body_sentences()
    late = late_table(body)
    try:
        result = answer(late)
    except ValueError as error:
        if "truth value" in str(error):   # `cond and cond` asks Python for one True/False of a whole column
            return "use & (and | for or) between conditions on columns, not and/or"
        raise
    if not hasattr(result, "index") or not result.index.equals(late.index):   # e.g. it tests `late`, not `t`
        return ("your function must use its argument t (t[\"voice_auto\"], ...) and return one True/False per "
                "row of t, not test the table late outside it")
    fired = late.loc[list(result), "sent_id"].tolist()
    expected = body.loc[late_cue(body)["voice_auto"] != body["voice_auto"], "sent_id"].tolist()
    def fires_on(row):
        return bool(answer(row.to_frame().T.reset_index(drop=True)).iloc[0])

    for _, row in decoys().iterrows():
        if fires_on(row) != row["fires"]:
            if row["fires"] and row["next_text"].startswith("According"):   # a lowercase search for the cue?
                lower = row.copy()
                lower["next_text"] = "a" + row["next_text"][1:]
                if fires_on(lower):
                    return ("your rule misses a capital \"According to\" (as in sentence 6): .str.contains is "
                            "case-sensitive unless you add case=False")
            return row["hint"]
    if fired != expected:
        missed = [i for i in expected if i not in fired]
        if missed:
            return (f"your rule misses sentence {missed[0]}: print late.loc[late['sent_id'] == {missed[0]}] and "
                    "check each condition on that row")
        return ("on the lesson's table the rule should fire on the two late-cue sentences only: print "
                "late.loc[fires(late), 'sent_id']")
