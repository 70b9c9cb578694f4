"""Words people type or say, read one way everywhere.

Pure Python (no Home Assistant). One tokenizer for reading amounts, foods and
doses; one key function for matching names; one set of articles and
determiners; one validator for the positive numbers of every field; bounded
plain text for labels and error placeholders. Every pattern here is linear in
the length of its input.
"""

from __future__ import annotations

import math
import re
from typing import Final
import unicodedata

from .errors import MagnesiumError

ARTICLES: Final = frozenset({"a", "an"})
# Words before a food or dose that say whose or which, never how much.
DETERMINERS: Final = frozenset(
    {"the", "my", "our", "your", "his", "her", "their", "this", "that"}
)
# Left out of matching keys: "a cup of the almonds" matches "almonds".
_KEY_STOPWORDS: Final = ARTICLES | {"the", "of", "and", "or", "my", "some", "in"}

# A number glued to a unit, in any script: "400mg", "30g", "2½".
GLUED_UNIT: Final = re.compile(r"(?<=\d)(?=[^\W\d_])")
# Vulgar fraction characters, read as "n/d": "1½" -> "1 1/2".
_VULGAR: Final = {
    "½": "1/2",
    "¼": "1/4",
    "¾": "3/4",
    "⅓": "1/3",
    "⅔": "2/3",
    "⅛": "1/8",
    "⅜": "3/8",
    "⅝": "5/8",
    "⅞": "7/8",
    "⅕": "1/5",
    "⅖": "2/5",
    "⅗": "3/5",
    "⅘": "4/5",
    "⅙": "1/6",
    "⅚": "5/6",
}
_VULGAR_RE: Final = re.compile("[" + "".join(_VULGAR) + "]")
_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
# Everything but letters, digits and the marks inside numbers and words.
_PUNCTUATION: Final = re.compile(r"[^\w\s./'%-]|_")
_NON_WORD: Final = re.compile(r"[^a-z0-9]+")
# Singular words that end in "s"; plural stripping would break them.
_KEEP_S: Final = frozenset(
    {
        "hummus",
        "asparagus",
        "couscous",
        "swiss",
        "molasses",
        "brussels",
        "citrus",
        "bass",
        "octopus",
        "this",
        "plus",
        "less",
        "gras",
        "christmas",
        "ns",
        "nfs",
    }
)


def tokens(text: str) -> list[str]:
    """Lower-case words of a phrase, numbers and fractions kept whole.

    "I\u2019ve had 1½ cups, 400mg!" -> ["i've", "had", "1", "1/2", "cups", "400",
    "mg"]. Apostrophes are straightened; a dot at a word's end and
    apostrophes around it are dropped, those inside (".5", "i've") kept.
    """
    text = _VULGAR_RE.sub(lambda match: f" {_VULGAR[match[0]]} ", text)
    text = unicodedata.normalize("NFKC", text).replace("\u2044", "/")
    text = GLUED_UNIT.sub(" ", text.translate(_APOSTROPHES).casefold())
    words = (
        word.rstrip(".").strip("'") for word in _PUNCTUATION.sub(" ", text).split()
    )
    return [word for word in words if word]


# British (and everyday) food words -> the words of USDA descriptions.
_US_NAMES: Final = {
    "aubergine": ("eggplant",),
    "beetroot": ("beet",),
    "chilli": ("chili",),
    "coriander": ("cilantro",),
    "courgette": ("zucchini",),
    "cuppa": ("tea",),
    "fresh": ("raw",),
    "jacket": ("baked",),
    "mangetout": ("snow", "pea"),
    "omelette": ("omelet",),
    "pitta": ("pita",),
    "porridge": ("oatmeal",),
    "prawn": ("shrimp",),
    "rocket": ("arugula",),
    "satsuma": ("tangerine",),
    "sultana": ("raisin",),
    "swede": ("rutabaga",),
    "wholemeal": ("whole", "wheat"),
    "yoghurt": ("yogurt",),
}


def _singular(word: str) -> str:
    """Reduce a word to a stem shared by its singular and plural.

    Good enough because names and queries go through the same function:
    "berries", "berry" -> "berri"; "cookies", "cookie" -> "cooki".
    """
    if len(word) <= 3 or word in _KEEP_S or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "i"
    if word.endswith(("oes", "ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("ves") and len(word) > 4:
        return word[:-3] + "f"
    if word.endswith("s"):
        word = word[:-1]
    if word.endswith("ie") and len(word) > 3:
        return word[:-1]
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        return word[:-1] + "i"
    return word


def match_key(text: str) -> tuple[str, ...]:
    """Matching tokens of a name ("The Almonds!" -> ("almond",)).

    Lower case, without accents, punctuation or articles, plurals made
    singular, British food words in the American ones USDA uses: a food
    name and what a person says about it meet here.
    """
    text = text.lower().replace("'", "").replace("\u2019", "")
    if not text.isascii():
        text = "".join(
            char
            for char in unicodedata.normalize("NFKD", text)
            if not unicodedata.combining(char)
        )
    return tuple(
        token
        for word in _NON_WORD.sub(" ", text).split()
        if word not in _KEY_STOPWORDS
        for token in _us_words(_singular(word))
    )


def _us_words(stem: str) -> tuple[str, ...]:
    """The USDA words for a stem: "aubergine" -> ("eggplant",), else itself."""
    return _US_NAMES.get(stem, (stem,))


def clip(text: object, limit: int = 40) -> str:
    """Shorten any input for an error message placeholder."""
    folded = " ".join(str(text)[: limit * 4].split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


def plain_text(value: object, limit: int) -> str | None:
    """Fold whitespace; None unless 1 to `limit` characters with a letter.

    Control and format characters are refused rather than stripped, so what is
    stored is exactly what was given (labels are shown as text, never markup).
    """
    if not isinstance(value, str) or len(value) > limit * 4:
        return None
    text = " ".join(value.split())
    if (
        not 1 <= len(text) <= limit
        or not any(char.isalpha() for char in text)
        or any(unicodedata.category(char).startswith("C") for char in text)
    ):
        return None
    return text


def positive_number(
    value: object,
    *,
    error: str,
    maximum: float,
    minimum: float = 0.0,
    allow_minimum: bool = False,
) -> float:
    """`value` as a float, if it is a finite number in range.

    In range: above `minimum` (or at it, with `allow_minimum`) and at most
    `maximum`. Raises `error` (placeholders `value`, `min` and `max`) for anything else:
    NaN, infinities, booleans, strings, numbers out of range.
    """
    number = math.nan
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:
            number = math.nan
    low_ok = number >= minimum if allow_minimum else number > minimum
    if not (math.isfinite(number) and low_ok and number <= maximum):
        shown = f"{number:g}" if math.isfinite(number) else clip(value)
        raise MagnesiumError(
            error,
            f"Invalid number {shown!r}: use a number "
            f"{'from' if allow_minimum else 'above'} {minimum:g} to {maximum:g}",
            value=shown,
            min=f"{minimum:g}",
            max=f"{maximum:g}",
        )
    return number


def plural_name(name: str) -> str:
    """The English plural of a food name counted by the piece: "2 bananas".

    Food names are English (USDA); a translation that counts pieces in
    another language uses the name as it is.
    """
    lowered = name.lower()
    if not lowered[-1:].isalpha() or lowered.endswith("s"):
        return name
    if lowered.endswith("y") and lowered[-2:-1] not in ("a", "e", "i", "o", "u"):
        return name[:-1] + "ies"
    if lowered.endswith(("ch", "sh", "x", "z", "to")):
        return name + "es"
    return name + "s"
