"""Domain errors that carry a translation key, so every layer can explain them."""

from __future__ import annotations


class MagnesiumError(Exception):
    """Invalid input or state, described by a key of `exceptions` in the translations.

    The Home Assistant layer turns it into a translated `ServiceValidationError`;
    the English message here is only for logs and pure-Python callers.
    """

    def __init__(self, translation_key: str, message: str, **placeholders: str) -> None:
        """Store the key and its placeholders."""
        super().__init__(message)
        self.translation_key = translation_key
        self.placeholders = placeholders
