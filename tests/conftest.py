"""Fixtures shared by the test modules."""
from __future__ import annotations

import pytest

from pipeline.recognize import Recognizer


@pytest.fixture(scope="session")
def rec() -> Recognizer:
    """One recogniser for the session: building one loads spaCy and the taxonomy, and what it
    remembers (the taxonomy's answers per sentence) is a pure function of the text."""
    return Recognizer()
