"""framing.agreement against nltk.metrics, and its bad inputs."""
import math

import pytest
from nltk.metrics import f_measure, precision, recall
from nltk.metrics.agreement import AnnotationTask

from framing import agreement

GOLD = ["pos", "neg", "neu", "pos", "pos", "neg", "neu", "neu", "pos", "neg"]
AUTO = ["pos", "neu", "neu", "pos", "neg", "neg", "pos", "neu", "pos", "pos"]


def nltk_kappa(a, b):
    return AnnotationTask(data=[("a", i, x) for i, x in enumerate(a)] + [("b", i, y) for i, y in enumerate(b)]).kappa()


@pytest.mark.parametrize("a,b", [(GOLD, AUTO), (GOLD, GOLD[::-1]), (["x", "y", "x", "x"], ["x", "x", "x", "y"])])
def test_kappa_equals_nltk(a, b):
    assert agreement.cohen_kappa(a, b) == pytest.approx(nltk_kappa(a, b))


def test_set_scores_equal_nltk():
    found, gold = {1, 2, 3, 7}, {2, 3, 4, 5, 6}
    s = agreement.set_scores(found, gold)
    assert (s["tp"], s["fp"], s["fn"]) == (2, 2, 3)
    assert s["precision"] == pytest.approx(precision(gold, found))
    assert s["recall"] == pytest.approx(recall(gold, found))
    assert s["f1"] == pytest.approx(f_measure(gold, found))


def test_per_label_equals_nltk_per_label():
    table = agreement.per_label(GOLD, AUTO, ["pos", "neu", "neg"]).set_index("label")
    for lab in ("pos", "neu", "neg"):
        g = {i for i, x in enumerate(GOLD) if x == lab}
        p = {i for i, x in enumerate(AUTO) if x == lab}
        assert table.loc[lab, "precision"] == pytest.approx(precision(g, p))
        assert table.loc[lab, "recall"] == pytest.approx(recall(g, p))
        assert table.loc[lab, "f1"] == pytest.approx(f_measure(g, p))
        assert (table.loc[lab, "hand"], table.loc[lab, "auto"]) == (len(g), len(p))


def test_binary_scores_and_undefined_ratios_are_nan():
    s = agreement.precision_recall_f1([True, True, False, False], [True, False, True, False])
    assert (s["tp"], s["fp"], s["fn"], s["tn"]) == (1, 1, 1, 1)
    assert s["f1"] == pytest.approx(0.5)
    none = agreement.precision_recall_f1([True, False], [False, False])
    assert math.isnan(none["precision"]) and none["recall"] == 0 and math.isnan(none["f1"])
    empty = agreement.set_scores(set(), set())
    assert all(math.isnan(empty[k]) for k in ("precision", "recall", "f1"))
    assert agreement.set_scores({1}, {2})["f1"] == 0.0


def test_majority_baseline():
    assert agreement.majority_baseline(GOLD) == ("pos", 0.4)
    assert agreement.majority_baseline(["b", "a"]) == ("a", 0.5)


def test_bootstrap_kappa_is_seeded_and_brackets_the_point():
    ci = agreement.bootstrap_kappa(GOLD, AUTO, n_boot=2000)
    assert ci == agreement.bootstrap_kappa(GOLD, AUTO, n_boot=2000)
    assert ci.low <= ci.mean <= ci.high and ci.n == 10
    assert ci.mean == pytest.approx(agreement.cohen_kappa(GOLD, AUTO))


@pytest.mark.parametrize("call,message", [
    (lambda: agreement.cohen_kappa(["a"], ["a", "b"]), "different lengths"),
    (lambda: agreement.cohen_kappa([], []), "no items"),
    (lambda: agreement.cohen_kappa(["a", "a"], ["a", "a"]), "undefined"),
    (lambda: agreement.precision_recall_f1([True], [True, False]), "gold has 1"),
    (lambda: agreement.per_label(["a"], ["z"], ["a", "b"]), "unknown label 'z'"),
    (lambda: agreement.majority_baseline([]), "no items"),
    (lambda: agreement.bootstrap_kappa(["a"], ["a"]), "at least 2"),
    (lambda: agreement.bootstrap_kappa(GOLD, AUTO, n_boot=5), "n_boot"),
    (lambda: agreement.bootstrap_kappa(GOLD, AUTO, level=1.5), "level"),
])
def test_bad_input_is_one_line(call, message):
    with pytest.raises(ValueError, match=message) as err:
        call()
    assert "\n" not in str(err.value)
