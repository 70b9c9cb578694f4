"""Sentence parsing and slot meaning, without Home Assistant."""

from __future__ import annotations

from datetime import date

import pytest

from custom_components.magnesium import sentences
from custom_components.magnesium.errors import MagnesiumError
from custom_components.magnesium.languages import trigger_sentences
from custom_components.magnesium.ledger import Entry, EntryKind, find_entry
from custom_components.magnesium.phrases import meal_splits
from custom_components.magnesium.sentences import (
    INTENT_LOG_FOOD,
    INTENT_LOG_SUPPLEMENT,
    INTENT_STATUS,
    INTENT_UNDO,
    RULES,
    expand,
    parse,
    split_person,
    strip_relation,
)
from custom_components.magnesium.supplements import (
    Dose,
    SpokenSupplement,
    SupplementForm,
    parse_supplement,
)

KNOWN = {"alice", "bob", "alice smith"}


def is_known(name: str) -> bool:
    return strip_relation(name).casefold() in KNOWN


@pytest.mark.parametrize(
    ("text", "intent_type", "slots"),
    [
        ("I ate an ounce of almonds", INTENT_LOG_FOOD, {"food": "an ounce of almonds"}),
        (
            "I had a baked potato with skin for Alice",
            INTENT_LOG_FOOD,
            {"food": "a baked potato with skin", "person": "Alice"},
        ),
        (
            "I just had a glass of milk for my son Bob today.",
            INTENT_LOG_FOOD,
            {"food": "a glass of milk", "person": "my son Bob"},
        ),
        ("We had rice for dinner", INTENT_LOG_FOOD, {"food": "rice"}),
        (
            "Today I had a bowl of oatmeal",
            INTENT_LOG_FOOD,
            {"food": "a bowl of oatmeal"},
        ),
        ("I\u2019ve eaten two eggs today", INTENT_LOG_FOOD, {"food": "two eggs"}),
        (
            "Ive had a handful of cashews",
            INTENT_LOG_FOOD,
            {"food": "a handful of cashews"},
        ),
        ("I HAD A BANANA!", INTENT_LOG_FOOD, {"food": "A BANANA"}),
        ("I had fish for Carol", INTENT_LOG_FOOD, {"food": "fish for Carol"}),
        (
            "can you add 30 grams of almonds for Alice please",
            INTENT_LOG_FOOD,
            {"food": "30 grams of almonds", "person": "Alice"},
        ),
        ("add a banana to my log", INTENT_LOG_FOOD, {"food": "a banana"}),
        (
            "I took 400 mg of magnesium citrate",
            INTENT_LOG_SUPPLEMENT,
            {"dose": "400 mg", "form": "citrate"},
        ),
        (
            "log a magnesium glycinate supplement of 120 milligrams",
            INTENT_LOG_SUPPLEMENT,
            {"form": "glycinate", "dose": "120 milligrams"},
        ),
        (
            "I took two capsules of magnesium",
            INTENT_LOG_SUPPLEMENT,
            {"dose": "two capsules"},
        ),
        ("I took my magnesium", INTENT_LOG_SUPPLEMENT, {}),
        (
            "I took 200 mg of magnesium with breakfast for Bob",
            INTENT_LOG_SUPPLEMENT,
            {"dose": "200 mg", "person": "Bob"},
        ),
        (
            "I had 400 mg of magnesium citrate",
            INTENT_LOG_SUPPLEMENT,
            {"supplement": "400 mg of magnesium citrate"},
        ),
        ("how much magnesium have I had today", INTENT_STATUS, {"query": "consumed"}),
        ("how much magnesium do I still need", INTENT_STATUS, {"query": "remaining"}),
        ("have I had enough magnesium", INTENT_STATUS, {"query": "remaining"}),
        (
            "how much magnesium from supplements today",
            INTENT_STATUS,
            {"query": "supplements"},
        ),
        ("am I over my magnesium limit", INTENT_STATUS, {"query": "limit"}),
        ("is Bob over his limit", INTENT_STATUS, {"query": "limit", "person": "Bob"}),
        ("undo the last magnesium entry", INTENT_UNDO, {}),
        ("remove the almonds", INTENT_UNDO, {"item": "almonds"}),
        ("remove the last supplement", INTENT_UNDO, {"kind": "supplement"}),
        ("I didn't have the banana", INTENT_UNDO, {"item": "the banana"}),
        ("scratch that", INTENT_UNDO, {}),
    ],
)
def test_parse(text: str, intent_type: str, slots: dict[str, str]) -> None:
    parsed = parse(text, is_known)
    assert parsed is not None
    assert (parsed.intent_type, parsed.slots) == (intent_type, slots)


@pytest.mark.parametrize(
    "text",
    ["I took the dog out", "turn on the kitchen light", "what time is it", "hello"],
)
def test_parse_leaves_other_sentences(text: str) -> None:
    assert parse(text, is_known) is None


def test_parse_compares_a_bounded_number_of_parses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Long sentences split at every "for"; only the first parses are compared."""
    monkeypatch.setattr(sentences, "MAX_PARSES", 1)
    parsed = parse("I had fish for dinner for Alice", is_known)
    assert parsed is not None
    assert parsed.intent_type == INTENT_LOG_FOOD


def test_templates_start_with_fixed_words() -> None:
    """A leading wildcard would let the gate swallow unrelated sentences."""
    sentences = trigger_sentences(["Sam"])
    assert sentences
    assert not [sentence for sentence in sentences if sentence.startswith("{")]
    assert all("<" not in sentence for sentence in sentences)


def test_expand_refuses_endless_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(RULES, "loop", "(a|<loop>)")
    with pytest.raises(ValueError, match="nest"):
        expand("<loop>")


@pytest.mark.parametrize(
    ("spoken", "name"),
    [("my son Bob", "Bob"), ("our little daughter Alice", "Alice"), (" Bob ", "Bob")],
)
def test_strip_relation(spoken: str, name: str) -> None:
    assert strip_relation(spoken) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a banana for Alice", ("a banana", "Alice")),
        ("fish for dinner for Bob", ("fish for dinner", "Bob")),
        ("eine Banane für Alice", ("eine Banane", "Alice")),
        ("a banana for my son Bob", ("a banana", "my son Bob")),
        ("fish for Carol", ("fish for Carol", None)),
        ("for Alice", ("for Alice", None)),
        ("a banana", ("a banana", None)),
    ],
)
def test_split_person(text: str, expected: tuple[str, str | None]) -> None:
    assert split_person(text, is_known) == expected


@pytest.mark.parametrize(
    ("text", "splits"),
    [
        (
            "a spinach salad with almonds",
            [["a spinach salad with almonds"], ["a spinach salad", "almonds"]],
        ),
        (
            "a baked potato with skin and two eggs",
            [
                ["a baked potato with skin and two eggs"],
                ["a baked potato", "skin and two eggs"],
                ["a baked potato with skin", "two eggs"],
                ["a baked potato", "skin", "two eggs"],
            ],
        ),
        (
            "yogurt with honey & almonds plus toast",
            [
                ["yogurt with honey & almonds plus toast"],
                ["yogurt", "honey & almonds plus toast"],
                ["yogurt with honey", "almonds plus toast"],
                ["yogurt with honey & almonds", "toast"],
                ["yogurt", "honey", "almonds plus toast"],
                ["yogurt", "honey & almonds", "toast"],
                ["yogurt with honey", "almonds", "toast"],
                ["yogurt", "honey", "almonds", "toast"],
            ],
        ),
        (
            "one and a half cups of spinach and a banana",
            [
                ["one and a half cups of spinach and a banana"],
                ["one and a half cups of spinach", "a banana"],
            ],
        ),
        ("rice,", [["rice,"]]),
        ("Andes mints", [["Andes mints"]]),
        ("a, b, c, d, e, f, g, h", [["a, b, c, d, e, f, g, h"], list("abcdefgh")]),
    ],
)
def test_meal_splits(text: str, splits: list[list[str]]) -> None:
    assert list(meal_splits(text)) == splits


@pytest.mark.parametrize(
    ("text", "dose"),
    [
        ("400 mg", Dose(400.0, in_mg=True)),
        ("400mg", Dose(400.0, in_mg=True)),
        ("200 Milligrams", Dose(200.0, in_mg=True)),
        ("two hundred milligrams", Dose(200.0, in_mg=True)),
        ("half a gram", Dose(500.0, in_mg=True)),
        ("two capsules", Dose(2.0, word="capsules")),
        ("one and a half tablets", Dose(1.5, word="tablets")),
        ("a capsule of", Dose(1.0, word="capsule")),
        ("two", Dose(2.0)),
        ("a", Dose(1.0)),
    ],
)
def test_a_dose_slot(text: str, dose: Dose) -> None:
    assert parse_supplement(dose=text).dose == dose


@pytest.mark.parametrize("text", ["of", "mg", "capsules", "lots"])
def test_a_dose_slot_without_an_amount_is_refused(text: str) -> None:
    with pytest.raises(MagnesiumError) as err:
        parse_supplement(dose=text)
    assert err.value.translation_key == "invalid_dose"
    assert err.value.placeholders == {"dose": text}


@pytest.mark.parametrize(
    ("slots", "dose", "form"),
    [
        ({"dose": "two 100 mg"}, Dose(200.0, in_mg=True), None),
        ({"dose": "half a 400 mg"}, Dose(200.0, in_mg=True), None),
        ({"dose": "a 400 mg", "form": "oxide"}, Dose(400.0, in_mg=True), "oxide"),
        (
            {"dose": "two capsules", "form": "glycinate 100 mg each"},
            Dose(200.0, in_mg=True),
            "glycinate",
        ),
        (
            {"dose": "500 milligrams", "form": "citrate powder"},
            Dose(500.0, True),
            "citrate",
        ),
        ({"dose": "300 mg", "form": "effervescent"}, Dose(300.0, in_mg=True), None),
        ({"supplement": "my magnesium supplement 200 mg"}, Dose(200.0, True), None),
        (
            {"supplement": "a 250 mg magnesium citrate tablet"},
            Dose(250.0, True),
            "citrate",
        ),
        ({"supplement": "two magnesium tablets"}, Dose(2.0, word="tablets"), None),
        ({"supplement": "my magnesium"}, None, None),
    ],
)
def test_a_supplement_phrase(
    slots: dict[str, str], dose: Dose | None, form: str | None
) -> None:
    """Milligrams wherever said, times a count before them; the form among the rest."""
    spoken = parse_supplement(
        slots.get("supplement"), slots.get("dose"), slots.get("form")
    )
    assert spoken.dose == dose
    assert spoken.form == form


@pytest.mark.parametrize(
    ("kwargs", "request_"),
    [
        (
            {"text": "400 mg of magnesium citrate"},
            SpokenSupplement(Dose(400.0, in_mg=True), SupplementForm.CITRATE),
        ),
        (
            {"text": "a magnesium glycinate supplement of 120 milligrams"},
            SpokenSupplement(Dose(120.0, in_mg=True), SupplementForm.GLYCINATE),
        ),
        (
            {"text": "two magnesium tablets"},
            SpokenSupplement(Dose(2.0, word="tablets"), None),
        ),
        ({"text": "my magnesium"}, SpokenSupplement(None, None)),
        ({"text": "the magnesium supplement"}, SpokenSupplement(None, None)),
        (
            {"dose": "400 mg", "form": "citrate"},
            SpokenSupplement(Dose(400.0, in_mg=True), SupplementForm.CITRATE),
        ),
        (
            {"dose": "200 milligrams", "form": "bisglycinate"},
            SpokenSupplement(Dose(200.0, in_mg=True), SupplementForm.GLYCINATE),
        ),
        ({}, SpokenSupplement(None, None)),
    ],
)
def test_parse_supplement(kwargs: dict[str, str], request_: SpokenSupplement) -> None:
    assert parse_supplement(**kwargs) == request_


def test_parse_supplement_unknown_form() -> None:
    with pytest.raises(MagnesiumError) as err:
        parse_supplement(dose="400 mg", form="and zinc")
    assert err.value.translation_key == "unknown_form"


def _entry(seq: int, label: str, kind: EntryKind = EntryKind.FOOD) -> Entry:
    return Entry(
        id=f"id{seq}",
        seq=seq,
        day=date(2026, 11, 26),
        timestamp=seq,
        kind=kind,
        label=label,
        quantity=1.0,
        unit="serving",
        magnesium_mg=10.0,
    )


ENTRIES = [
    _entry(1, "almonds"),
    _entry(2, "white rice"),
    _entry(3, "Magnesium citrate", EntryKind.SUPPLEMENT),
    _entry(4, "almonds"),
    _entry(5, "banana"),
]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"item": "the almonds", "food_name": "almonds"}, "id4"),
        ({"item": "rice", "food_name": "rice cakes"}, "id2"),
        ({"item": "the supplement"}, "id3"),
        ({"item": "pills"}, "id3"),
        ({"item": "citrate"}, "id3"),
        ({"kind": EntryKind.SUPPLEMENT}, "id3"),
        ({"kind": EntryKind.FOOD}, "id5"),
        ({}, "id5"),
        ({"item": "chocolate"}, None),
    ],
)
def test_find_entry(kwargs: dict[str, object], expected: str | None) -> None:
    found = find_entry(ENTRIES, **kwargs)  # type: ignore[arg-type]
    assert (found.id if found else None) == expected


def test_find_entry_in_an_empty_log() -> None:
    assert find_entry([], item="the supplement") is None


@pytest.mark.parametrize(
    ("text", "intent_type", "slots"),
    [
        ("Sam had a banana", INTENT_LOG_FOOD, {"person": "Sam", "food": "a banana"}),
        (
            "sam just ate two eggs",
            INTENT_LOG_FOOD,
            {"person": "Sam", "food": "two eggs"},
        ),
        (
            "Sam took 200 mg of magnesium",
            INTENT_LOG_SUPPLEMENT,
            {"person": "Sam", "dose": "200 mg"},
        ),
        ("Sam took his magnesium pill", INTENT_LOG_SUPPLEMENT, {"person": "Sam"}),
        ("undo Sam's last entry", INTENT_UNDO, {"person": "Sam"}),
        ("remove sams last entry", INTENT_UNDO, {"person": "Sam"}),
        (
            "For Sam, log half a cup of black beans",
            INTENT_LOG_FOOD,
            {"person": "Sam", "food": "half a cup of black beans"},
        ),
    ],
)
def test_a_tracked_person_may_start_the_sentence(
    text: str, intent_type: str, slots: dict[str, str]
) -> None:
    parsed = parse(text, lambda name: name.casefold() == "sam", ["Sam", "Alex"])
    assert parsed is not None
    assert (parsed.intent_type, parsed.slots) == (intent_type, slots)
    # Without the name in the sentences, "Sam had ..." is nobody's sentence.
    if text.startswith("Sam had"):
        assert parse(text, is_known) is None
    assert "(Alex|Sam) [just|also] (had" in " ".join(trigger_sentences(["Sam", "Alex"]))


@pytest.mark.parametrize(
    "text",
    [
        "Had a banana",
        "Just ate a piece of dark chocolate",
        "I snacked on some walnuts",
        "I just finished a banana",
        "Track one and a half cups of brown rice",
        "Record a tablespoon of chia seeds",
        "I took a 200 milligram magnesium tablet",
        "What's my magnesium at",
        "How close am I to my goal",
        "Have I hit my magnesium goal yet",
        "What's left for today",
        "How many milligrams of magnesium have I had",
        "I had oatmeal at breakfast",
    ],
)
def test_how_people_really_say_it(text: str) -> None:
    """Sentences from trying it as a household: each is understood."""
    assert parse(text, is_known) is not None
