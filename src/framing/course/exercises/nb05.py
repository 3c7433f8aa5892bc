"""Checkers of the exercises of notebook 05 (coding frames)."""
from __future__ import annotations

import math
import numbers

import numpy as np
import pandas as pd

from ... import agreement
from ... import frames as F
from ...corpus import analysed, read_sentences
from ..checks import exercise

CODED_BY_STUDENT = list(range(20, 26))  # sentences the student codes for strategic_partnership in 05.1


def _tables():
    sentences = analysed(read_sentences())
    frames = list(F.read_frames(valid_ids=sentences["sent_id"])["frame"])
    indicators = F.read_indicators(frames=frames)
    coding = F.read_frame_coding(frames=frames, valid_ids=sentences["sent_id"])
    return sentences, frames, indicators, coding


def _fbs(indicators=None):
    sentences, frames, ind, coding = _tables()
    ind = ind if indicators is None else indicators
    return F.frames_by_sentence(sentences, frames, F.detect_frames(sentences, ind), coding)


def _close(a, b) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def _not_a_number(x) -> str | None:
    """A hint when ``x`` is not a number (a string, a True/False, a list...), else None."""
    if isinstance(x, str):
        return "give numbers, not strings: compute them (e.g. tp / (tp + fp)) instead of typing them in quotes"
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        return f"give a number, not a {type(x).__name__}"
    return None


def _pair(answer, what: str) -> str | None:
    if isinstance(answer, str) or not isinstance(answer, (tuple, list)) or len(answer) != 2:
        return f"answer with a pair in parentheses: {what}"
    return None


@exercise("05.1")
def _(answer):
    hint = _pair(answer, "(mine, kappa)")
    if hint:
        return hint
    mine, kappa = answer
    if isinstance(mine, str) or not isinstance(mine, (list, tuple)):
        return f"mine must be a list of {len(CODED_BY_STUDENT)} True/False values, one per sentence 20 to 25"
    mine = list(mine)
    hint = _not_a_number(kappa)
    if hint:
        return "the kappa: " + hint
    if len(mine) != len(CODED_BY_STUDENT) or not all(isinstance(x, (bool, np.bool_)) for x in mine):
        return f"mine must be {len(CODED_BY_STUDENT)} True/False values, one per sentence 20 to 25"
    coding = _tables()[3]
    coded = set(zip(coding["sent_id"], coding["frame"]))
    gold = [(i, "strategic_partnership") in coded for i in CODED_BY_STUDENT]
    expected = agreement.cohen_kappa(mine, gold)
    if abs(float(kappa) - expected) <= 0.005 + 1e-9:  # exact, or rounded to two decimals
        return None
    if abs(float(kappa) - expected) < 0.05:
        return "close, but not equal: keep at least two decimals (round(kappa, 2)), and check the arithmetic"
    if len(set(mine)) == 1:
        return ("all six of your codes are the same: a constant coder agrees only by chance, so its kappa is 0 "
                "(undefined if file_codes were constant too); compute it with agreement.cohen_kappa")
    if _close(kappa, 1) and mine != gold:
        return ("kappa is 1 only when the two lists agree on every sentence, and mine differs from file_codes: "
                "compare mine with file_codes, not a list with itself")
    return ("compute the kappa of your six codes against file_codes with agreement.cohen_kappa, "
            "or by hand as in notebook 01: (p_o - p_e) / (1 - p_e)")


@exercise("05.2")
def _(answer):
    hint = _pair(answer, "(precision, recall)")
    if hint:
        return hint
    precision, recall = answer
    hint = _not_a_number(precision) or _not_a_number(recall)
    if hint:
        return hint
    g = _fbs().query("frame == 'sovereignty'")
    s = agreement.precision_recall_f1(g["hand_coded"], g["matched"])
    if not _close(precision, s["precision"]):
        return "precision = tp / (tp + fp): of the sentences the dictionary labels, the share that are right"
    if not _close(recall, s["recall"]):
        return "recall = tp / (tp + fn): of the sentences that carry the frame, the share found"


@exercise("05.3")
def _(answer):
    fbs = _fbs()
    false_hits = fbs[fbs["matched"] & ~fbs["hand_coded"]]["frame"].value_counts()
    if not isinstance(answer, str) or answer not in set(fbs["frame"]):
        return "answer with a frame id such as 'western_pressure'"
    if false_hits.get(answer, 0) != false_hits.max():
        return "a false hit is matched and not hand_coded; count those rows by frame"


@exercise("05.4")
def _(answer):
    hint = _not_a_number(answer)
    if hint:
        return hint
    indicators = _tables()[2]
    extra = pd.DataFrame([{"frame": "strategic_partnership", "pattern": "relations", "expected": "present",
                           "justification": "exercise"}])
    g = _fbs(pd.concat([indicators, extra], ignore_index=True)).query("frame == 'strategic_partnership'")
    expected = agreement.precision_recall_f1(g["hand_coded"], g["matched"])["f1"]
    if not _close(answer, expected):
        return ("score the longer list: F.detect_frames(sentences, more), then F.frames_by_sentence as in section 3, "
                "then the F1 of strategic_partnership as in section 5")
