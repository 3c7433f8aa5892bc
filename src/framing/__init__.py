"""Helpers for the computational framing analysis notebooks.

The notebooks tell the story; this package holds every piece of logic that is
used twice or deserves a unit test.
"""
__version__ = "0.1.0"
