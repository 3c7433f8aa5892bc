"""Course machinery, apart from the analysis modules: the time formula of a lesson
(:mod:`framing.course.timing`) and the exercise checker (:func:`check`, :func:`guess`)."""
from .checks import check, guess

__all__ = ["check", "guess"]
