"""Assist sentences: how a spoken sentence is parsed, and the English ones.

Pure Python (hassil only, no Home Assistant). A language is a `Grammar`: its
templates and the words around them (English here, German in
`sentences_de`; `languages` lists them). The templates serve twice: as the
sentence trigger that `voice` registers with the default agent, and as our own
hassil `Intents` that pick the best parse of a matched sentence.

Trigger sentences get no expansion rules and no skip words, so `<rules>` are
expanded here and politeness words are part of the templates. Every `{slot}` is
a wildcard. Each template starts with fixed words: one that began with a
wildcard would let the trigger swallow unrelated sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
import re
from typing import Any, Final

from hassil.intents import Intents
from hassil.recognize import recognize_all

INTENT_LOG_FOOD: Final = "MagnesiumLogFood"
INTENT_LOG_SUPPLEMENT: Final = "MagnesiumLogSupplement"
INTENT_STATUS: Final = "MagnesiumStatus"
INTENT_UNDO: Final = "MagnesiumUndo"

# Values of the fixed `query` slot of MagnesiumStatus.
QUERY_CONSUMED: Final = "consumed"
QUERY_REMAINING: Final = "remaining"
QUERY_SUPPLEMENTS: Final = "supplements"
QUERY_LIMIT: Final = "limit"
QUERY_LAST: Final = "last"
QUERIES: Final = (
    QUERY_CONSUMED,
    QUERY_REMAINING,
    QUERY_SUPPLEMENTS,
    QUERY_LIMIT,
    QUERY_LAST,
)

# Values of the fixed `kind` slot of MagnesiumUndo ("remove the last supplement").
KIND_FOOD: Final = "food"
KIND_SUPPLEMENT: Final = "supplement"

RULES: Final[dict[str, str]] = {
    # Time and meal words, so that they never end up inside a food or a dose.
    "when": (
        "(today|this morning|this afternoon|this evening|tonight|just now"
        "|earlier [today]|so far [today]|for today"
        "|for (breakfast|lunch|dinner|supper|dessert|a snack|my snack)"
        "|at (breakfast|lunch|dinner|supper|work)"
        "|(after|before) (breakfast|lunch|dinner|supper|bed|my workout|the gym)"
        "|with (breakfast|lunch|dinner|my meal|a meal|food|water))"
    ),
    "tail": (
        "[(for <whom> [<when> [<when>]]|<when> [<when>] [for <whom>])]"
        " [to (my|the|today's) [magnesium] (log|diary|tracker)] [please]"
    ),
    "whom": "(me|us|{person})",
    # Words people start with before they get to it: "Um, I ate a banana".
    "filler": "[okay|ok|so|um|umm|uh|well|oh|hey|alright|oops] [so]",
    "pre": "<filler> [please|can you|could you|would you]",
    "adv": "[just|also|already|only]",
    "ate": (
        "(had|ate|drank|consumed|eaten|finished|snacked on|munched on|nibbled on"
        "|grabbed)"
    ),
    "i_ate": (
        "<filler> [<when>] ((i|we) <adv> <ate>"
        "|(i|we) have <adv> (had|eaten|drunk|consumed|finished|snacked on)"
        "|(i've|ive|we've|weve) <adv> (had|eaten|drunk|consumed|finished"
        "|snacked on)"
        "|(i'm|im|i am|we're|we are) <adv> (having|eating|drinking|snacking on))"
    ),
    # "Had a banana", "Just ate a piece of dark chocolate": no subject.
    "ate_alone": "<filler> [just|also] (had|ate|drank|finished|snacked on)",
    # "Sam had a banana": a tracked person's name (see `person_rules`).
    "named_ate": "(<named> [just|also] (had|ate|drank|finished|snacked on"
    "|has (had|eaten|drunk|finished)|is (having|eating|drinking))"
    "|<named_poss> (having|eating|drinking))",
    "named_took": "<named> [just|also] (took|has taken)",
    "took_alone": "<filler> [just|also] took",
    "i_took": (
        "<filler> [<when>] ((i|we) <adv> took"
        "|(i|we) have <adv> taken"
        "|(i've|ive|we've|weve) <adv> taken"
        "|(i'm|im|i am|we're|we are) <adv> taking)"
    ),
    "log": "<pre> (log|add|track|record|note down|put down|enter)",
    "mg": "magnesium",
    "supp": (
        "(supplement|supplements|pill|pills|tablet|tablets|capsule|capsules"
        "|softgel|softgels|gummy|gummies)"
    ),
    "so_far": "[so far|yet|right now|at the moment] [<when>]",
    "subj_have": "((have|has) (i|we)|(have|has) {person})",
    "subj_did": "(did (i|we)|did {person})",
    "subj_do": "(do (i|we)|does {person})",
    "from_supp": "from (supplements|my supplements|pills|capsules|tablets)",
    "limit": (
        "[my|the|his|her|their] [daily] [magnesium] [supplement]"
        " (limit|upper limit|maximum|max)"
    ),
    "undo_verb": "<pre> (undo|remove|delete|cancel|erase|scratch|take back)",
    "last": "[the|my|that] [last|latest|previous|most recent]",
    "goal": "(my|the|his|her|their) [daily] [<mg>] (target|goal)",
    "entry": "(entry|log entry|item|food|thing|one|record)",
}

type Block = tuple[list[str], dict[str, str]]

# Intent -> blocks of (sentences, fixed slots).
TEMPLATES: Final[dict[str, list[Block]]] = {
    INTENT_LOG_SUPPLEMENT: [
        (
            [
                # The literal "magnesium" keeps "I took the dog out" out.
                "<i_took> {dose} [of] [my|the|some] <mg> [{form}] [<supp>] <tail>",
                "<i_took> [my|the|a|an|some] <mg> [{form}] [<supp>] [of {dose}] <tail>",
                "<log> [a|an|my|the] <mg> [{form}] <supp> [of {dose}] <tail>",
                "<log> {dose} [of] <mg> [{form}] [<supp>] <tail>",
                # "I took a 200 milligram magnesium tablet"
                "(<i_took>|<log>|<took_alone>) (a|an) {dose} <mg> [{form}] [<supp>]"
                " <tail>",
                "<took_alone> {dose} [of] [my|the|some] <mg> [{form}] [<supp>] <tail>",
                "<took_alone> (my|the|a|an|some) <mg> [{form}] [<supp>] [of {dose}]"
                " <tail>",
                "<named_took> {dose} [of] [my|the|some|his|her|their] <mg> [{form}]"
                " [<supp>] <tail>",
                "<named_took> (my|the|his|her|their|a|an) <mg> [{form}] [<supp>]"
                " [of {dose}] <tail>",
            ],
            {},
        )
    ],
    INTENT_LOG_FOOD: [
        (
            [
                "<i_ate> {food} <tail>",
                "<ate_alone> {food} <tail>",
                "<named_ate> {food} <tail>",
                "<log> {food} <tail>",
                "<log> that (i|we) (had|ate|drank) {food} <tail>",
                "for {person}[,] <log> {food} [<when>] [please]",
                # "breakfast was two eggs and toast"
                "[my] (breakfast|lunch|dinner|supper|snack|dessert) (was|is) {food}"
                " <tail>",
            ],
            {},
        )
    ],
    INTENT_STATUS: [
        (
            [
                "how much <mg> <from_supp> [<subj_have> (had|taken|gotten|got)]"
                " <so_far>",
                "how much <mg> [<subj_have> (had|taken|gotten|got)"
                "|<subj_did> (have|take|get)] <from_supp> <so_far>",
                "how much (supplement|supplemental) <mg> [<subj_have> (had|taken"
                "|gotten|got)|<subj_did> (have|take|get)] <so_far>",
                "how many [<mg>] <supp> <subj_have> (had|taken) <so_far>",
                "<subj_did> take (my|his|her|their|the) <mg> [<supp>] <so_far>",
                "<subj_have> taken (my|his|her|their|the) <mg> [<supp>] <so_far>",
            ],
            {"query": QUERY_SUPPLEMENTS},
        ),
        (
            [
                "(am i|are we|is {person}) (over|above|past|near|close to|under|below"
                "|at|within) <limit> <so_far>",
                "<subj_have> (exceeded|gone over|hit|reached|passed) <limit> <so_far>",
                "<subj_did> (exceed|go over|hit|reach|pass) <limit> <so_far>",
                "is my <mg> (over|above|past|under|below|within) [my|the] limit"
                " <so_far>",
                "(am i|are we|is {person}) taking too much <mg> <so_far>",
                "(am i|are we|is {person}) (over|above|past|under|below|within)"
                " the limit for <mg> <supp> <so_far>",
                "(what's|whats|what is) [my|the|his|her|their] [daily]"
                " (<mg> [supplement]|supplement) (limit|upper limit|maximum|max)",
                "can (i|we|{person}) take (another|more|one more) <mg> [<supp>]"
                " <so_far>",
                "is it (safe|ok|okay|fine) to take (another|more) <mg> [<supp>]"
                " <so_far>",
                "how much more <mg> can (i|we|{person}) take [<from_supp>] <so_far>",
                "<subj_have> (had|taken) too much <mg> <so_far>",
                "<subj_did> (have|take) too much <mg> <so_far>",
            ],
            {"query": QUERY_LIMIT},
        ),
        (
            [
                "how much [more] <mg> <subj_do> [still] need [to (have|eat|get|take)]"
                " <so_far>",
                "how much [more] <mg> should (i|we|{person}) [still]"
                " (have|eat|get|take) <so_far>",
                "how much [more] <mg> (is left|is remaining|remains|do i have left)"
                " <so_far>",
                "(what's|whats|what is) [my] remaining <mg> <so_far>",
                "<subj_do> [still] need more <mg> <so_far>",
                "<subj_have> (had|gotten|got) enough <mg> <so_far>",
                "<subj_did> (have|get|eat) enough <mg> <so_far>",
                "<subj_have> (hit|reached|met) <goal> <so_far>",
                "<subj_did> (hit|reach|meet) <goal> <so_far>",
                "(am i|are we|is {person}) at <goal> <so_far>",
                "how (far|close) (am i|are we|is {person}) (from|to) <goal> <so_far>",
                "(what's|whats|what is) left <so_far>",
                "how much [more] <mg> <subj_do> have left [to (hit|reach|meet) <goal>]"
                " <so_far>",
            ],
            {"query": QUERY_REMAINING},
        ),
        (
            [
                "how much <mg> <subj_have> (had|eaten|taken|gotten|got|consumed)"
                " <so_far>",
                "how much <mg> <subj_did> (have|eat|take|get|consume) <so_far>",
                "how many (milligrams|mg) [of <mg>] (<subj_have> (had|eaten|taken"
                "|gotten|got|consumed)|<subj_did> (have|eat|take|get|consume))"
                " <so_far>",
                "(what's|whats|what is) my <mg> [intake|total|level] at <so_far>",
                "(what's|whats|what is) my [total|daily] <mg> [intake|total|status"
                "|count|level|progress] <so_far>",
                "<mg> (status|total|intake|report|summary) <so_far>",
                "(tell|give|show) me my <mg> [intake|total|status] <so_far>",
                "how (am i|are we|is {person}) doing (on|with) <mg> <so_far>",
                "how much <mg> (today|so far [today])",
            ],
            {"query": QUERY_CONSUMED},
        ),
        (
            [
                "(what's|whats|what is|what was) (my|our|the) (last|latest"
                "|most recent) [<mg>] (entry|log entry|log)",
                "(what's|whats|what is|what was) <named_poss> (last|latest"
                "|most recent) [<mg>] (entry|log entry|log)",
                "(what's|whats|what is|what was) the (last|latest) thing"
                " (i|we|{person}) (logged|had|ate|drank|took)",
                "what did (i|we|{person}) (log|have|eat|drink|take) last",
            ],
            {"query": QUERY_LAST},
        ),
    ],
    INTENT_UNDO: [
        (
            [
                "<undo_verb> <last> [<mg>] <entry> [for {person}]",
                "<undo_verb> <named_poss> <last> [<mg>] <entry>",
                "<pre> (undo|remove|delete|scratch|take back) [the|my|that] {item}"
                " from <named_poss> [<mg>] (log|diary|entries|record|tracker)",
                "undo [that|it|last|the last one]",
                "(undo|scratch|cancel|delete|remove|take back)"
                " (that|it|the last one|last one|this)",
                # "cancel" and "erase" are left out: "cancel my appointment".
                "<pre> (undo|remove|delete|scratch|take back) [the|my|that] {item}"
                " [entry|entries] [from [my|the|today's] [<mg>]"
                " (log|diary|entries|record|tracker)] [for {person}] [<when>]",
                "(i|we) (didn't|didnt|did not) [actually] (have|eat|drink) {item}"
                " [after all] [<when>]",
                "<named> (didn't|didnt|did not) [actually] (have|eat|drink) {item}"
                " [after all] [<when>]",
                "(take off|forget) [the|my|that] {item} [<when>]",
            ],
            {},
        ),
        (
            [
                "<undo_verb> <last> [<mg>] <supp> [entry] [for {person}]",
                "<undo_verb> <named_poss> <last> [<mg>] <supp> [entry]",
                "(i|we) (didn't|didnt|did not) [actually] take (my|the) [<mg>]"
                " [<supp>] [after all] [<when>]",
            ],
            {"kind": KIND_SUPPLEMENT},
        ),
    ],
}

# Lower wins when two intents parse a sentence equally well.
INTENT_PRIORITY: Final[dict[str, int]] = {
    INTENT_STATUS: 0,
    INTENT_UNDO: 1,
    INTENT_LOG_SUPPLEMENT: 2,
    INTENT_LOG_FOOD: 3,
}


@dataclass(frozen=True, slots=True, eq=False)
class Grammar:
    """The sentences of one language, and the words needed to read them.

    `rules` and `templates` as above; `possessives` make "Sam's" of a name;
    `magnesium` finds a supplement said as a food ("400 mg of magnesium");
    `foreign_tail` a built-in command's target ("to my shopping list");
    `bare_undo` an undo that does not say what ("undo that"); `vocabulary`
    puts the words of foods and amounts into English, the food table's
    language (empty for English); `food_words` are its foods among them, which
    also name the table's foods in answers.
    """

    language: str
    rules: Mapping[str, str]
    templates: Mapping[str, list[Block]]
    possessives: Callable[[str], tuple[str, ...]]
    magnesium: re.Pattern[str]
    foreign_tail: re.Pattern[str]
    bare_undo: re.Pattern[str]
    vocabulary: Mapping[str, str] = field(default_factory=dict)
    food_words: Mapping[str, str] = field(default_factory=dict)


# "for" in the languages whose sentences we ship: a custom sentence's
# wildcard keeps "eine Banane für Alice" whole (hassil prefers fewer wildcards).
_FOR_WORDS: Final = ("for", "für")
_RELATION: Final = re.compile(
    r"^(?:my|our)\s+(?:(?:little|baby|older|younger|eldest|youngest)\s+)?"
    r"(?:son|daughter|kid|child|boy|girl|wife|husband|partner|mom|mum|mother"
    r"|dad|father|brother|sister|grandma|grandpa|friend)\s+",
    re.IGNORECASE,
)

# How many parses of one sentence are compared (wildcards split at every "for").
MAX_PARSES: Final = 64

_RULE = re.compile(r"<(\w+)>")
# A name that can be written into a template as it is.
_NAME = re.compile(r"[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,3}")
_NAMED_LISTS: Final = frozenset({"named", "named_poss"})
_LIST = re.compile(r"\{(\w+)\}")


def expand(
    template: str,
    rules: Mapping[str, str] | None = None,
    grammar_rules: Mapping[str, str] = RULES,
) -> str:
    """Replace `<rule>` references until none are left.

    `rules` adds to the grammar's rules (the person rules of `person_rules`).
    """
    table = grammar_rules if rules is None else {**grammar_rules, **rules}
    for _ in range(10):
        expanded = _RULE.sub(lambda match: table[match[1]], template)
        if expanded == template:
            return " ".join(expanded.split())
        template = expanded
    raise ValueError(f"Rules nest too deeply in {template!r}")


def _spoken_names(names: Iterable[str]) -> list[str]:
    """Names that can stand in a template: words, apostrophes and hyphens."""
    return sorted({name for name in names if _NAME.fullmatch(name)})


def person_rules(
    names: Iterable[str],
    *,
    as_list: bool,
    possessives: Callable[[str], tuple[str, ...]] | None = None,
) -> dict[str, str] | None:
    """The rules that put a tracked person first: "Sam had ...", "Sam's last entry".

    For the parser they are lists that fill the `person` slot; for the
    sentence trigger the names themselves, as the trigger would take a list
    for a wildcard. None when no name can be used: those templates are left out.
    """
    spoken = _spoken_names(names)
    if not spoken:
        return None
    if as_list:
        return {"named": "{named:person}", "named_poss": "{named_poss:person}"}
    make = possessives or english_possessives
    possessive = [form for name in spoken for form in make(name)]
    return {
        "named": f"({'|'.join(spoken)})",
        "named_poss": f"({'|'.join(possessive)})",
    }


def english_possessives(name: str) -> tuple[str, ...]:
    """The possessive as written ("Sam's") and as speech-to-text writes it ("Sams")."""
    return f"{name}'s", f"{name}s"


def intents_dict(grammar: Grammar, names: Iterable[str] = ()) -> dict[str, Any]:
    """A grammar's templates as a hassil intents dict, rules expanded."""
    spoken = _spoken_names(names)
    rules = person_rules(spoken, as_list=True)
    wildcards: set[str] = set()
    intents: dict[str, Any] = {}
    for intent_type, blocks in grammar.templates.items():
        data: list[dict[str, Any]] = []
        for sentences, slots in blocks:
            expanded = _expanded(grammar, sentences, rules)
            for sentence in expanded:
                wildcards.update(_LIST.findall(sentence))
            data.append({"sentences": expanded, "slots": dict(slots)})
        intents[intent_type] = {"data": data}
    lists: dict[str, Any] = {
        name: {"wildcard": True} for name in sorted(wildcards - _NAMED_LISTS)
    }
    if rules is not None:
        lists["named"] = {"values": [{"in": n, "out": n} for n in spoken]}
        lists["named_poss"] = {
            "values": [
                {"in": form, "out": n}
                for n in spoken
                for form in grammar.possessives(n)
            ]
        }
    return {"language": grammar.language, "intents": intents, "lists": lists}


def _expanded(
    grammar: Grammar, sentences: list[str], rules: dict[str, str] | None
) -> list[str]:
    """The sentences with rules expanded; those naming a person need `rules`."""
    return [
        expand(sentence, rules, grammar.rules)
        for sentence in sentences
        if rules is not None or "<named" not in sentence
    ]


def gate_sentences(grammar: Grammar, names: Iterable[str] = ()) -> list[str]:
    """Every expanded template, for the sentence trigger (names spelled out)."""
    rules = person_rules(names, as_list=False, possessives=grammar.possessives)
    return [
        sentence
        for blocks in grammar.templates.values()
        for sentences, _slots in blocks
        for sentence in _expanded(grammar, sentences, rules)
    ]


@lru_cache(maxsize=16)
def _intents(grammar: Grammar, names: frozenset[str]) -> Intents:
    return Intents.from_dict(intents_dict(grammar, names))


@dataclass(frozen=True, slots=True)
class Parsed:
    """The best parse of a sentence: our intent and its slot texts."""

    intent_type: str
    slots: dict[str, str]


def parse(
    text: str,
    is_known_person: Callable[[str], bool],
    names: Iterable[str] = (),
    grammar: Grammar | None = None,
) -> Parsed | None:
    """Pick the best parse of `text` among a grammar's templates (English).

    `names`: the tracked people, who may start a sentence ("Sam had ...").

    hassil's `recognize_best` prefers fewer wildcards, which would keep "a
    baked potato with skin for Alice" as one food. Here wins, in order: a
    `{person}` that names a known person, more literal words (so "for Alice",
    "today" and "supplement" are taken by the template), less text inside
    wildcards, then the intent priority.
    """
    best: tuple[tuple[int, int, int, int], Parsed] | None = None
    grammar = grammar or ENGLISH
    intents = _intents(grammar, frozenset(_spoken_names(names)))
    for count, result in enumerate(recognize_all(text, intents)):
        if count >= MAX_PARSES:
            break
        supplement = result.entities.get("supplement")
        if supplement is not None and not grammar.magnesium.search(
            str(supplement.text)
        ):
            continue  # "ich habe den Bus genommen": no magnesium in it
        person = result.entities.get("person")
        # A name from the list of tracked people is known by construction.
        unknown_person = (
            person is not None
            and person.is_wildcard
            and not is_known_person(str(person.text).strip())
        )
        wildcard_chars = sum(
            len(entity.text or "")
            for entity in result.entities_list
            if entity.is_wildcard
        )
        score = (
            int(unknown_person),
            -result.text_chunks_matched,
            wildcard_chars,
            INTENT_PRIORITY[result.intent.name],
        )
        if best is None or score < best[0]:
            slots = {
                name: (
                    _as_said(text, str(entity.text).strip())
                    if entity.is_wildcard
                    else str(entity.value)
                )
                for name, entity in result.entities.items()
            }
            best = (score, Parsed(result.intent.name, slots))
    if best is None:
        return None
    parsed = best[1]
    food = parsed.slots.get("food", "")
    if parsed.intent_type == INTENT_LOG_FOOD and grammar.magnesium.search(food):
        # "I had 400 mg of magnesium citrate": magnesium is no food.
        slots = {k: v for k, v in parsed.slots.items() if k != "food"}
        return Parsed(INTENT_LOG_SUPPLEMENT, {**slots, "supplement": food})
    return parsed


def _as_said(text: str, value: str) -> str:
    """A wildcard's words as they were said: with the commas between them.

    The matcher leaves punctuation out, and "a kiwi, an orange and a banana"
    is three foods only with its commas.
    """
    pattern = r"[\s,;]+".join(re.escape(word) for word in value.split())
    found = re.search(pattern, text, re.IGNORECASE) if pattern else None
    return found.group(0) if found else value


def strip_relation(spoken: str) -> str:
    """'my son Bob' -> 'Bob'."""
    return _RELATION.sub("", spoken.strip()).strip()


def split_person(text: str, is_known: Callable[[str], bool]) -> tuple[str, str | None]:
    """Split a trailing "for <known person>" off a slot's text.

    "fish for dinner for Alice" -> ("fish for dinner", "Alice"); an unknown
    name stays in the text.
    """
    words = text.split()
    for index, word in enumerate(words[:-1]):
        if index and word.casefold() in _FOR_WORDS:
            name = " ".join(words[index + 1 :])
            if is_known(name):
                return " ".join(words[:index]), name
    return text, None


ENGLISH: Final = Grammar(
    language="en",
    rules=RULES,
    templates=TEMPLATES,
    possessives=english_possessives,
    magnesium=re.compile(r"\bmagnesium\b", re.IGNORECASE),
    # "... to my grocery list", "... from the timer": a built-in command whose
    # target does not exist. Never log it as food or remove it from the ledger.
    foreign_tail=re.compile(
        r"\b(?:to|on|onto|in|into|from|off)\s+(?:my|the|our)\s+(?:\w+\s+){0,3}"
        r"(?:list|timer)s?\s*$",
        re.IGNORECASE,
    ),
    # "undo", "cancel that": about whatever was done last, maybe a light.
    bare_undo=re.compile(
        r"^\s*(?:please\s+)?(?:undo|scratch|cancel|delete|remove|take back)"
        r"(?:\s+(?:that|it|this|last|the last one|last one))?\s*[.!]?\s*$",
        re.IGNORECASE,
    ),
)
