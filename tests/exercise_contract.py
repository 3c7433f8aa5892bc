"""What every exercise checker promises, asserted once for all notebooks' checker tests."""
from framing.course.checks import NOT_ANSWERED, verdict


def assert_checker_contract(exercise: str, right, wrong) -> None:
    """A right answer passes, a wrong one gets a hint (never a crash), and `...` is "not answered"."""
    assert verdict(exercise, right) == (True, "✓ Correct."), exercise
    ok, hint = verdict(exercise, wrong)
    assert not ok and hint.startswith("Not yet. Hint:") and "could not be checked" not in hint, (exercise, hint)
    assert verdict(exercise, ...) == (False, NOT_ANSWERED), exercise
