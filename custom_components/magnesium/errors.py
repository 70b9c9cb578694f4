"""Domain errors that carry a translation key, so every layer can explain them."""

from __future__ import annotations


class MagnesiumError(Exception):
    """Input that cannot be used, explained by a key of `exceptions` in translations.

    Actions report it as a translated `ServiceValidationError`, voice and LLM
    tools speak its translated message; the English message here is only for
    logs and pure-Python callers.
    """

    def __init__(self, translation_key: str, message: str, **placeholders: str) -> None:
        """Store the key and its placeholders."""
        super().__init__(message)
        self.translation_key = translation_key
        self.placeholders = placeholders


class UnavailableError(MagnesiumError):
    """A failure that is not the caller's fault: a service or data not available.

    Actions report it as a `HomeAssistantError` rather than a validation error.
    """
