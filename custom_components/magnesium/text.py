"""Text that people type or say: kept as plain, bounded, single-line text."""

from __future__ import annotations

import unicodedata


def clip(text: object, limit: int = 40) -> str:
    """Shorten any input for an error message placeholder."""
    folded = " ".join(str(text).split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


def plain_text(value: object, limit: int) -> str | None:
    """Fold whitespace; None unless 1 to `limit` characters with a letter.

    Control and format characters are refused rather than stripped, so what is
    stored is exactly what was given (labels are shown as text, never markup).
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if (
        not 1 <= len(text) <= limit
        or not any(char.isalpha() for char in text)
        or any(unicodedata.category(char).startswith("C") for char in text)
    ):
        return None
    return text
