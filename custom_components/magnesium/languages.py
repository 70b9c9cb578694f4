"""The languages Assist understands out of the box, and their words in English.

A language is its sentence data (a `Grammar`, such as `sentences_de.GERMAN`)
and its translations in `translations/<language>.json`. To add one, write its
grammar module and list it here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
import re
from typing import Final

from .sentences import (
    ENGLISH,
    INTENT_LOG_FOOD,
    Grammar,
    Parsed,
    gate_sentences,
    parse,
)
from .sentences_de import GERMAN

GRAMMARS: Final[dict[str, Grammar]] = {
    grammar.language: grammar for grammar in (ENGLISH, GERMAN)
}

# Each vocabulary by folded words: "Süßkartoffel", "SÜSSKARTOFFEL" and the
# Swiss "Süsskartoffel" are one word.
_FOLDED: Final[dict[str, dict[str, str]]] = {
    grammar.language: {
        word.casefold(): english for word, english in grammar.vocabulary.items()
    }
    for grammar in GRAMMARS.values()
}


def _food_names(grammar: Grammar) -> dict[str, str]:
    """A language's name of each food of the table it has a word for.

    "almonds" is "Mandeln": the vocabulary's first word for a food, its last
    (a plural) for an English plural; German nouns are written with a capital.
    """
    words: dict[str, list[str]] = {}
    for word, english in grammar.food_words.items():
        words.setdefault(english, []).append(word)
    return {
        english: (said[-1] if english.endswith("s") else said[0]).capitalize()
        for english, said in words.items()
    }


_FOOD_NAMES: Final = {
    grammar.language: _food_names(grammar) for grammar in GRAMMARS.values()
}
# Words, and the marks between them that a meal needs ("Kiwi, Orange").
_WORD_OR_MARK: Final = re.compile(r"[,;]|[^\s,;]+")
# The longest phrase a vocabulary names, in words ("eine halbe", "hand voll").
_LONGEST: Final = 3
# Words joined to "magnesium" in German: "Magnesiumcitrat", "Magnesiumtablette".
_MAGNESIUM: Final = "magnesium"


def _grammar(language: str | None) -> Grammar | None:
    """The grammar of a language code ("de", "de-CH"), if there is one."""
    return GRAMMARS.get((language or "").split("-")[0].casefold())


def grammars_for(language: str | None) -> list[Grammar]:
    """Every grammar, the one of `language` (the pipeline's) first."""
    first = _grammar(language)
    others = [grammar for grammar in GRAMMARS.values() if grammar is not first]
    return [first, *others] if first else others


def read_sentence(
    text: str,
    language: str | None,
    is_known_person: Callable[[str], bool],
    names: Iterable[str] = (),
) -> tuple[Grammar, Parsed] | None:
    """A spoken sentence parsed, with the pipeline's language tried first."""
    for grammar in grammars_for(language):
        if (parsed := parse(text, is_known_person, names, grammar)) is not None:
            return grammar, parsed
    return None


def about_magnesium(
    grammar: Grammar, parsed: Parsed, is_food: Callable[[str], bool]
) -> bool:
    """Whether a parsed sentence is ours by its words, not small talk.

    Not when it names a list or timer ("... to my grocery list"), nor a food
    `is_food` does not take for one ("I had a bad day"; in English).
    """
    if any(grammar.foreign_tail.search(value) for value in parsed.slots.values()):
        return False
    if parsed.intent_type == INTENT_LOG_FOOD:
        return is_food(to_english(parsed.slots["food"], grammar.language))
    return True


def trigger_sentences(names: Iterable[str] = ()) -> list[str]:
    """The sentences of every language, for the one sentence trigger."""
    return [
        sentence
        for grammar in GRAMMARS.values()
        for sentence in gate_sentences(grammar, names)
    ]


def to_english(text: str, language: str | None) -> str:
    """What was said about a food or supplement, in the food table's English.

    Known words and phrases are replaced, the longest first; a word the
    language's vocabulary does not know is kept as it was said.
    """
    grammar = _grammar(language)
    if grammar is None or not grammar.vocabulary:
        return text
    return _translated(text, _FOLDED[grammar.language])


def food_name(name: str, language: str | None) -> str:
    """A food of the table as `language` calls it; the table's name otherwise."""
    grammar = _grammar(language)
    if grammar is None:
        return name
    return _FOOD_NAMES[grammar.language].get(name, name)


def _translated(text: str, vocabulary: Mapping[str, str]) -> str:
    words = _WORD_OR_MARK.findall(text)
    keys = [word.casefold() for word in words]
    said: list[str] = []
    index = 0
    while index < len(words):
        for length in range(min(_LONGEST, len(words) - index), 0, -1):
            phrase = " ".join(keys[index : index + length])
            if phrase in vocabulary:
                said.append(vocabulary[phrase])
                index += length
                break
        else:
            said.append(_joined(keys[index], vocabulary) or words[index])
            index += 1
    return " ".join(word for word in said if word).replace(" ,", ",")


def _joined(word: str, vocabulary: Mapping[str, str]) -> str | None:
    """Split "magnesiumcitrat" into "magnesium citrate"; None for other words."""
    if not word.startswith(_MAGNESIUM) or word == _MAGNESIUM:
        return None
    rest = word.removeprefix(_MAGNESIUM).lstrip("-")
    return f"{_MAGNESIUM} {vocabulary.get(rest, rest)}"
