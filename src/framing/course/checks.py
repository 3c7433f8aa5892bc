"""Automatic feedback on exercises: ``check("06.2", answer)`` prints ✓ or a hint, never the answer.

Each notebook's exercises live in ``framing/course/exercises/nbNN.py``: a function per exercise,
registered with :func:`exercise`, that returns ``None`` when the answer is right and a hint otherwise.
A checker never raises on a wrong answer, so the student edition runs top to bottom.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
from typing import Any, Callable

_CHECKS: dict[str, Callable[[Any], str | None]] = {}
_LOADED: list[bool] = []  # set once every exercise module has been imported
NOT_ANSWERED = "Not answered yet: replace the `...` with your answer, then run the cell again."


class Right(str):
    """What a checker returns for a right answer that comes with a remark (printed after the ✓)."""


def exercise(exercise_id: str):
    """Register the checker of one exercise (``"NN.k"``)."""
    def register(func):
        if exercise_id in _CHECKS:
            raise ValueError(f"exercise {exercise_id} has two checkers")
        _CHECKS[exercise_id] = func
        return func
    return register


def _load() -> dict:
    if not _LOADED:  # not "if not _CHECKS": a test may have imported one exercise module directly
        from . import exercises
        for mod in sorted(m.name for m in pkgutil.iter_modules(exercises.__path__)):
            importlib.import_module(f"{exercises.__name__}.{mod}")
        _LOADED.append(True)
    return _CHECKS


def known() -> list[str]:
    """Every exercise id that has a checker."""
    return sorted(_load())


def verdict(exercise_id: str, answer: Any) -> tuple[bool, str]:
    """(right?, message) for an answer; the message of a wrong answer is a hint."""
    checks = _load()
    if exercise_id not in checks:
        raise KeyError(f"no exercise {exercise_id!r}; known: {', '.join(sorted(checks))}")
    if answer is Ellipsis:
        return False, NOT_ANSWERED
    hints, crash = [], None
    for candidate in _forms(answer):
        try:
            hint = checks[exercise_id](candidate)
        except Exception as err:  # a malformed answer is a hint, not a crash
            crash = crash or f"Your answer could not be checked ({type(err).__name__}): look at its type and shape."
            continue
        if hint is None:
            return True, "✓ Correct."
        if isinstance(hint, Right):
            return True, f"✓ Correct. {hint}"
        hints.append(hint)
    return False, f"Not yet. Hint: {hints[0] if hints else crash}"


def _forms(answer: Any) -> list:
    """The answer as given, then the plain Python forms a student reasonably means by it: a NumPy
    number as a Python number, a pandas Series or NumPy array as a list, and a one-element one as
    its element. A checker accepts the answer if it accepts any of them."""
    forms = [answer]
    if hasattr(answer, "item") and getattr(answer, "ndim", None) == 0:  # NumPy scalar
        forms.append(answer.item())
    elif hasattr(answer, "tolist") and getattr(answer, "ndim", None) == 1:  # Series, Index, 1-d array
        items = answer.tolist()
        forms.append(items)
        if len(items) == 1:
            forms.append(items[0])
    return forms


def check(exercise_id: str, answer: Any) -> None:
    """Print ✓ or a hint for the answer to an exercise (returns nothing, so a cell that ends
    with it shows only the printed line; :func:`verdict` gives the result as a value)."""
    sys.stdout.write(f"{exercise_id}: {verdict(exercise_id, answer)[1]}\n")  # one write: one output


def guess(my_guess: Any, actual: Any) -> None:
    """After a "guess, then run" cell: print the guess beside the result."""
    if my_guess is Ellipsis:
        print(f"You did not write a guess. The result is {actual!r}.")
        return
    print(f"Your guess: {my_guess!r}. The result: {actual!r}.")
