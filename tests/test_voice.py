"""Assist through the real default agent: sentences, answers, ledger, people.

Every sentence goes through `conversation.async_converse` with Home Assistant's
own default agent, the way the Assist dialog and voice satellites send it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from custom_components.magnesium.intake import intake_of
from custom_components.magnesium.languages import trigger_sentences
from custom_components.magnesium.ledger import Entry, EntryKind
from custom_components.magnesium.texts import Texts
from custom_components.magnesium.tracker import PersonTracker
from custom_components.magnesium.voice import session_context, tracked_names
from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.components import conversation
from homeassistant.components.conversation.agent_manager import get_agent_manager
from homeassistant.components.conversation.models import AbstractConversationAgent
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import chat_session, intent
from homeassistant.setup import async_setup_component

from .voice_fresh_table import FRESH
from .voice_table import MUST_NOT_CAPTURE

CALM_CAPS = {
    "supplement_product": "Calm Caps",
    "supplement_unit_mg": 120,
    "supplement_form": "glycinate",
}

type Say = Callable[..., Awaitable[intent.IntentResponse]]


@pytest.fixture
def hass_config_dir(hass_tmp_config_dir: str) -> str:
    """A writable config dir per test: shopping list file, custom_sentences."""
    return hass_tmp_config_dir


async def _user(hass: HomeAssistant, name: str) -> MockUser:
    # Intents check the user's permissions when they call actions.
    group = await hass.auth.async_get_group(GROUP_ID_USER)
    assert group is not None
    return MockUser(name=name, groups=[group]).add_to_hass(hass)


@pytest.fixture
async def users(hass: HomeAssistant) -> dict[str, MockUser]:
    """Home Assistant users: Alice and Bob have a person, Carol has none."""
    return {name: await _user(hass, name.title()) for name in ("alice", "bob", "carol")}


async def _setup_linked(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    person_entity_id: str,
    options: dict[str, Any] | None = None,
) -> None:
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        entry,
        data={**entry.data, "person_entity_id": person_entity_id},
        options=options or {},
    )
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


@pytest.fixture
async def people(
    hass: HomeAssistant,
    users: dict[str, MockUser],
    alice_entry: MockConfigEntry,
    bob_entry: MockConfigEntry,
) -> dict[str, MockConfigEntry]:
    """The conversation agent, person entities, Alice and Bob tracked.

    Alice has a usual supplement (Calm Caps, 120 mg per capsule); Bob's person
    entity is called Robert Miller.
    """
    assert await async_setup_component(hass, "intent", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(
        hass,
        "person",
        {
            "person": [
                {"id": "alice", "name": "Alice", "user_id": users["alice"].id},
                {"id": "bob", "name": "Robert Miller", "user_id": users["bob"].id},
            ]
        },
    )
    await _setup_linked(hass, alice_entry, "person.alice", CALM_CAPS)
    await _setup_linked(hass, bob_entry, "person.robert_miller")
    return {"alice": alice_entry, "bob": bob_entry}


@pytest.fixture
async def assist(hass: HomeAssistant, people: dict[str, MockConfigEntry]) -> None:
    """Add a light and a shopping list, for Home Assistant's own intents."""
    assert await async_setup_component(
        hass, "input_boolean", {"input_boolean": {"kitchen_power": {}}}
    )
    switch = {"target": {"entity_id": "input_boolean.kitchen_power"}}
    assert await async_setup_component(
        hass,
        "template",
        {
            "template": [
                {
                    "light": [
                        {
                            "name": "Kitchen Light",
                            "state": "{{ is_state('input_boolean.kitchen_power', "
                            "'on') }}",
                            "turn_on": {"action": "input_boolean.turn_on", **switch},
                            "turn_off": {"action": "input_boolean.turn_off", **switch},
                        }
                    ]
                }
            ]
        },
    )
    assert await async_setup_component(hass, "todo", {})
    shopping = MockConfigEntry(domain="shopping_list", title="Shopping list")
    shopping.add_to_hass(hass)
    assert await hass.config_entries.async_setup(shopping.entry_id)
    await hass.async_block_till_done()


@pytest.fixture
def conversations() -> list[str | None]:
    """The conversation id of each sentence said, in order."""
    return []


@pytest.fixture
def say(
    hass: HomeAssistant, users: dict[str, MockUser], conversations: list[str | None]
) -> Say:
    """Talk to the default agent as a user ("alice", "bob", "carol") or as no one.

    Each call is a new conversation unless `conversation_id` continues one;
    `conversations` records the id of every call.
    """

    async def _say(
        text: str,
        user: str | None = "alice",
        language: str = "en",
        conversation_id: str | None = None,
    ) -> intent.IntentResponse:
        context = Context(user_id=users[user].id if user else None)
        result = await conversation.async_converse(
            hass, text, conversation_id, context, language=language
        )
        conversations.append(result.conversation_id)
        return result.response

    return _say


def speech(response: intent.IntentResponse) -> str:
    text: str = response.speech["plain"]["speech"]
    return text


def _state(hass: HomeAssistant, entity_id: str) -> str:
    state = hass.states.get(entity_id)
    assert state is not None
    return state.state


def tracker(entry: MockConfigEntry) -> PersonTracker:
    runtime: PersonTracker = entry.runtime_data
    return runtime


def today(entry: MockConfigEntry) -> tuple[Entry, ...]:
    return tracker(entry).ledger.entries_on(tracker(entry).today)


def food_mg(hass: HomeAssistant, phrase: str) -> tuple[str, float]:
    """What the food table says a phrase is: the food's name and its mg."""
    measured = intake_of(hass).read_food(phrase)
    return measured.food.name, round(measured.mg, 2)


# (sentence, who says it, whose log, food phrase the food table measures)
FOODS: list[tuple[str, str | None, str | None, str]] = [
    ("I ate an ounce of almonds", "alice", "alice", "an ounce of almonds"),
    # Other verbs, no subject, a person named first, time words.
    ("Bob had a banana", "alice", "bob", "a banana"),
    ("Robert just ate two eggs", "alice", "bob", "two eggs"),
    (
        "For Bob, log half a cup of black beans",
        "alice",
        "bob",
        "half a cup of black beans",
    ),
    ("Track a cup of quinoa for Bob", "alice", "bob", "a cup of quinoa"),
    ("Had a banana", "alice", "alice", "a banana"),
    ("Just ate a square of dark chocolate", "bob", "bob", "a square of dark chocolate"),
    ("I snacked on some walnuts", "alice", "alice", "some walnuts"),
    ("I just finished a banana", "alice", "alice", "a banana"),
    (
        "Track one and a half cups of brown rice",
        "alice",
        "alice",
        "one and a half cups of brown rice",
    ),
    ("Record a tablespoon of chia seeds", "bob", "bob", "a tablespoon of chia seeds"),
    ("I had oatmeal at breakfast", "alice", "alice", "oatmeal"),
    ("I had half a cup of black beans", "alice", "alice", "half a cup of black beans"),
    ("log two tablespoons of peanut butter", "bob", "bob", "2 tbsp peanut butter"),
    ("I just ate a banana", "alice", "alice", "a banana"),
    ("add a handful of pumpkin seeds", "alice", "alice", "a handful of pumpkin seeds"),
    ("I drank a glass of milk", "bob", "bob", "a cup of milk"),
    ("log 30 grams of dark chocolate", "alice", "alice", "30 g dark chocolate"),
    (
        "I had a baked potato with skin for Alice",
        None,
        "alice",
        "baked potato with skin",
    ),
    (
        "I had a baked potato with skin for Bob",
        "alice",
        "bob",
        "baked potato with skin",
    ),
    ("I just had a glass of milk for my son Bob today.", "alice", "bob", "1 cup milk"),
    ("I had a banana for Robert", None, "bob", "a banana"),
    ("I\u2019ve eaten two eggs today", "alice", "alice", "2 eggs"),
    ("We had rice for dinner", "alice", "alice", "rice"),
    ("Today I had a cup of cooked quinoa", "alice", "alice", "1 cup cooked quinoa"),
    ("I\u2019ve just had 1.5 cups of spinach", "alice", "alice", "1.5 cups spinach"),
    ("I HAD A BANANA!", "bob", "bob", "a banana"),
    ("I ate 2 oz of cashews", "alice", "alice", "2 oz cashews"),
    ("I drank a cup of coffee this morning", "alice", "alice", "a cup of coffee"),
    ("I had one and a half cups of spinach", "alice", "alice", "1.5 cup spinach"),
    (
        "log 3 slices of whole wheat bread",
        "alice",
        "alice",
        "3 slices whole wheat bread",
    ),
    ("please log a banana", "alice", "alice", "banana"),
    ("can you add 30 grams of almonds for Bob please", "alice", "bob", "30 g almonds"),
    ("Ive had a handful of cashews", "alice", "alice", "a handful of cashews"),
    ("I ate the almonds", "alice", "alice", "almonds"),
    ("I ate my banana", "alice", "alice", "banana"),
    ("I had some cashews", "alice", "alice", "some cashews"),
    ("I ate 10 almonds", "bob", "bob", "10 almonds"),
    ("I'm eating an avocado", "alice", "alice", "an avocado"),
    ("I just drank a glass of water", "alice", "alice", "1 cup water"),
    ("add half an avocado", "alice", "alice", "half an avocado"),
    ("log a cup of edamame for lunch", "alice", "alice", "1 cup edamame"),
    ("I had a cup of yogurt for breakfast for Bob", "alice", "bob", "1 cup yogurt"),
    ("I ate 100 g of tofu", "alice", "alice", "100 g tofu"),
    (
        "log a slice of whole wheat bread to my log",
        "alice",
        "alice",
        "1 slice whole wheat bread",
    ),
    ("I ate twenty almonds", "alice", "alice", "20 almonds"),
    ("We ate a cup of black beans", "alice", "alice", "1 cup black beans"),
    (
        "I also had a tablespoon of peanut butter",
        "alice",
        "alice",
        "1 tbsp peanut butter",
    ),
    ("I already ate a banana today", "alice", "alice", "banana"),
    ("add 2 tbsp of peanut butter", "alice", "alice", "2 tbsp peanut butter"),
    ("log 50g of dark chocolate", "alice", "alice", "50 g dark chocolate"),
    ("I drank 250 ml of milk", "alice", "alice", "250 ml milk"),
    (
        "I had a quarter cup of pumpkin seeds",
        "alice",
        "alice",
        "0.25 cup pumpkin seeds",
    ),
    ("I have had three eggs", "carol", None, ""),  # Carol: no person, two tracked
]

# (sentence, who says it, whose log, label, elemental mg)
SUPPLEMENTS: list[tuple[str, str | None, str | None, str, float]] = [
    ("I took 200 milligrams of magnesium", "alice", "alice", "Magnesium", 200),
    ("Bob took 200 mg of magnesium", "alice", "bob", "Magnesium", 200),
    ("I took a 200 milligram magnesium tablet", "bob", "bob", "Magnesium", 200),
    (
        "Add a 500 mg magnesium citrate supplement",
        "bob",
        "bob",
        "Magnesium citrate",
        500,
    ),
    ("I took 400 mg of magnesium citrate", "alice", "alice", "Magnesium citrate", 400),
    (
        "log a magnesium glycinate supplement of 120 milligrams",
        "bob",
        "bob",
        "Magnesium glycinate",
        120,
    ),
    ("I took two capsules of magnesium", "alice", "alice", "Calm Caps", 240),
    ("I took two magnesium tablets", "alice", "alice", "Calm Caps", 240),
    ("I took my magnesium", "alice", "alice", "Calm Caps", 120),
    ("I took a magnesium supplement", "alice", "alice", "Calm Caps", 120),
    ("I took half a capsule of magnesium", "alice", "alice", "Calm Caps", 60),
    ("I took one and a half capsules of magnesium", "alice", "alice", "Calm Caps", 180),
    ("I took 1 gram of magnesium", "alice", "alice", "Magnesium", 1000),
    (
        "log 400 mg of magnesium citrate for Bob",
        "alice",
        "bob",
        "Magnesium citrate",
        400,
    ),
    ("I had 300 mg of magnesium oxide", "alice", "alice", "Magnesium oxide", 300),
    (
        "I took 150mg of magnesium malate this morning",
        "bob",
        "bob",
        "Magnesium malate",
        150,
    ),
    ("I took two hundred milligrams of magnesium", "alice", "alice", "Magnesium", 200),
    (
        "I've taken 250 mg of magnesium glycinate",
        "alice",
        "alice",
        "Magnesium glycinate",
        250,
    ),
    ("we took 100 mg of magnesium", "bob", "bob", "Magnesium", 100),
    (
        "I took 400 mg of magnesium bisglycinate",
        "alice",
        "alice",
        "Magnesium glycinate",
        400,
    ),
    ("I took 200 mg of magnesium for Bob", "alice", "bob", "Magnesium", 200),
    ("log 250 milligrams of magnesium", None, None, "", 0),  # nobody to log for
    ("I took two capsules of magnesium", "bob", None, "", 0),  # Bob: no usual product
]


async def test_sentences_log_for_the_right_person(
    hass: HomeAssistant,
    people: dict[str, MockConfigEntry],
    say: Say,
    subtests: pytest.Subtests,
) -> None:
    """More than 60 sentences, each checked against the answer and the ledger."""
    assert len(FOODS) + len(SUPPLEMENTS) >= 60
    cases: list[tuple[str, str | None, str | None, str | None, str, float]] = [
        (text, user, whose, phrase, "", 0.0) for text, user, whose, phrase in FOODS
    ]
    cases += [(t, u, w, None, label, mg) for t, u, w, label, mg in SUPPLEMENTS]
    for text, user, whose, phrase, supplement, dose_mg in cases:
        with subtests.test(text):
            before = {name: len(today(entry)) for name, entry in people.items()}
            answer = speech(await say(text, user))
            after = {name: len(today(entry)) for name, entry in people.items()}
            if whose is None:
                assert after == before, answer
                assert answer.startswith(("Who is this for?", "How much magnesium"))
                continue
            assert after == {**before, whose: before[whose] + 1}, answer
            entry = today(people[whose])[-1]
            if phrase is not None:
                label, mg = food_mg(hass, phrase)
                assert entry.kind is EntryKind.FOOD
            else:
                label, mg = supplement, dose_mg
                assert entry.kind is EntryKind.SUPPLEMENT
            assert entry.label == label
            assert entry.magnesium_mg == pytest.approx(mg, abs=0.01)
            assert answer.startswith("Logged ")
            assert f"{Texts.whole(mg)} mg" in answer
            total = Texts.whole(tracker(people[whose]).status.totals.total_mg)
            owner = "Your" if whose == user else f"{people[whose].title}'s"
            assert f"{owner} total today is {total}" in answer


@pytest.mark.usefixtures("people")
async def test_sanity_anchor_and_answer(hass: HomeAssistant, say: Say) -> None:
    """An ounce of almonds holds about 80 mg; the answer says so in plain words."""
    answer = speech(await say("I ate an ounce of almonds"))
    assert answer == (
        "Logged 1 ounce of almonds, 79 mg of magnesium. "
        "Your total today is 79 of 320 mg."
    )
    assert food_mg(hass, "an ounce of almonds")[1] == pytest.approx(80, rel=0.1)
    answer = speech(await say("I had half a cup of black beans for Bob"))
    assert answer.startswith("Logged 0.5 cups of black beans (about 86 g), ")
    assert answer.endswith("Bob's total today is 60 of 420 mg.")


async def test_supplement_above_limit_warns(
    people: dict[str, MockConfigEntry], say: Say
) -> None:
    """The warning says by how much today's supplements pass the limit."""
    answer = speech(await say("I took 400 mg of magnesium citrate"))
    assert answer == (
        "Logged 400 mg of Magnesium citrate. Your total today is 400 mg, which meets "
        "your 320 mg target. Note: today's supplements are 400 mg, 50 mg above your "
        "350 mg limit."
    )
    answer = speech(await say("I took 300 mg of magnesium for Bob"))
    assert "above" not in answer
    answer = speech(await say("I took 100 mg of magnesium for Bob"))
    assert answer.endswith(
        "Note: today's supplements are 400 mg, 50 mg above Bob's 350 mg limit."
    )
    # Food never counts towards the supplement limit.
    answer = speech(await say("I ate a handful of pumpkin seeds for Bob"))
    assert "limit" not in answer


@pytest.mark.usefixtures("people")
async def test_questions(say: Say) -> None:
    """Questions about today, before and after the limit is passed."""
    await say("I ate an ounce of almonds")
    await say("I took 200 mg of magnesium")
    answers = [
        speech(await say(text))
        for text in (
            "how much magnesium have I had today",
            "how much magnesium did I have",
            "how much magnesium do I still need",
            "how much more magnesium do I need today",
            "how much magnesium from supplements today",
            "am I over my magnesium limit",
            "what's my magnesium at",
            "how close am I to my goal",
            "have I hit my magnesium goal yet",
            "how many milligrams of magnesium have I had",
        )
    ]
    assert answers == [
        "You have had 279 mg of magnesium today, 79 mg from food and 200 mg from "
        "supplements. That is 87 percent of your 320 mg target.",
        "You have had 279 mg of magnesium today, 79 mg from food and 200 mg from "
        "supplements. That is 87 percent of your 320 mg target.",
        "You still need 41 mg of magnesium today to reach your 320 mg target.",
        "You still need 41 mg of magnesium today to reach your 320 mg target.",
        "You have had 200 mg of magnesium from supplements today. Your supplement "
        "limit is 350 mg.",
        "No. Today's supplements are 200 mg, 150 mg below your 350 mg limit. Food "
        "does not count towards it.",
        "You have had 279 mg of magnesium today, 79 mg from food and 200 mg from "
        "supplements. That is 87 percent of your 320 mg target.",
        "You still need 41 mg of magnesium today to reach your 320 mg target.",
        "You still need 41 mg of magnesium today to reach your 320 mg target.",
        "You have had 279 mg of magnesium today, 79 mg from food and 200 mg from "
        "supplements. That is 87 percent of your 320 mg target.",
    ]
    await say("I took 150 mg of magnesium")
    assert speech(await say("am I over my magnesium limit")) == (
        "No, but today's supplements are 350 mg, right at your limit."
    )
    await say("I took 50 mg of magnesium")
    assert speech(await say("have I gone over my supplement limit today")) == (
        "Yes. Today's supplements are 400 mg, 50 mg above your 350 mg limit."
    )
    assert speech(await say("how much magnesium do I still need")) == (
        "You have reached your 320 mg target today, with 479 mg."
    )
    assert speech(await say("how much magnesium has Bob had today")) == (
        "Bob has had 0 mg of magnesium today, 0 mg from food and 0 mg from "
        "supplements. That is 0 percent of Bob's 420 mg target."
    )
    assert speech(await say("how much magnesium does Bob still need", "bob")) == (
        "You still need 420 mg of magnesium today to reach your 420 mg target."
    )


@pytest.mark.usefixtures("people")
async def test_the_last_entry_is_told(
    hass: HomeAssistant, say: Say, freezer: FrozenDateTimeFactory
) -> None:
    """What, how much and when; for oneself, another person, in German."""
    freezer.move_to("2026-11-26 18:00:00+00:00")  # 10:00 in Los Angeles
    assert speech(await say("what was my last entry")) == (
        "You have nothing logged yet."
    )
    await say("I had a banana")
    assert speech(await say("what did I have last")) == (
        "Your last entry was 1 banana, 32 mg of magnesium, at 10:00."
    )
    assert speech(await say("what did Alice log last", "bob")).startswith(
        "Alice's last entry was 1 banana"
    )
    assert speech(await say("Was hab ich zuletzt eingetragen?", language="de")) == (
        speech(await say("Was war mein letzter Eintrag", language="de"))
    )
    assert speech(await say("Was war mein letzter Eintrag", language="de")).startswith(
        "Dein letzter Eintrag war"
    )
    response = await intent.async_handle(
        hass,
        "test",
        "MagnesiumStatus",
        {"query": {"value": "last"}, "person": {"value": "Alice"}},
    )
    assert response.response_type is intent.IntentResponseType.QUERY_ANSWER


async def test_questions_are_query_answers_in_custom_sentences(
    hass: HomeAssistant, people: dict[str, MockConfigEntry]
) -> None:
    """The handler itself marks its answers to questions as query answers."""
    response = await intent.async_handle(
        hass, "test", "MagnesiumStatus", {"person": {"value": "Alice"}}
    )
    assert response.response_type is intent.IntentResponseType.QUERY_ANSWER
    response = await intent.async_handle(
        hass, "test", "MagnesiumStatus", {"person": {"value": "Carol"}}
    )
    assert response.response_type is intent.IntentResponseType.ERROR
    assert (
        speech(response)
        == "Carol is not tracked for magnesium. Tracked people: Alice, Bob."
    )


async def test_corrections(
    people: dict[str, MockConfigEntry], say: Say, conversations: list[str | None]
) -> None:
    """Remove today's latest entry of a food, or the last entry."""
    alice = people["alice"]
    for text in (
        "I ate an ounce of almonds",
        "I ate a banana",
        "I took 100 mg of magnesium",
        "I ate 10 almonds",
        "I had rice",
    ):
        await say(text)
    first_almonds, banana, supplement, almonds, rice = today(alice)
    answer = speech(await say("remove the almonds"))
    assert [entry.id for entry in today(alice)] == [
        first_almonds.id,
        banana.id,
        supplement.id,
        rice.id,
    ]
    assert answer.startswith(
        f"Removed 10 almonds, {round(almonds.magnesium_mg)} mg, from your log."
    )
    assert "remove the almonds" not in answer
    await say("remove the last supplement")
    assert supplement not in today(alice)
    answer = speech(await say("undo the last magnesium entry"))
    assert answer.startswith("Removed 1 serving of white rice")
    await say("delete the banana for Alice", "bob")
    assert today(alice) == (first_almonds,)
    await say("Alice had a banana", "bob")
    await say("undo Alice's last entry", "bob")
    assert today(alice) == (first_almonds,)
    assert speech(await say("remove the chocolate")) == (
        "Nothing in the log of Alice today matches “chocolate”."
    )
    await say("I had rice")
    await say("scratch that", conversation_id=conversations[-1])
    assert today(alice) == (first_almonds,)


async def test_a_bare_undo_follows_a_magnesium_log_only(
    people: dict[str, MockConfigEntry], say: Say, conversations: list[str | None]
) -> None:
    """ "undo" after a light or in another conversation is not about magnesium."""
    alice = people["alice"]
    await say("I ate a banana")
    logged = conversations[-1]
    # What the default agent says to a sentence it does not understand.
    assert speech(await say("undo")) == "Sorry, I couldn't understand that."
    await say("what time is it", conversation_id=logged)
    assert speech(await say("cancel that", conversation_id=logged)) == (
        "Sorry, I couldn't understand that."
    )
    assert len(today(alice)) == 1
    await say("I ate an ounce of almonds", conversation_id=logged)
    answer = speech(await say("undo that", conversation_id=logged))
    assert answer.startswith("Removed 1 ounce of almonds")
    assert [entry.label for entry in today(alice)] == ["banana"]
    # Words that say what to undo need no earlier log.
    assert speech(await say("undo the last magnesium entry")).startswith(
        "Removed 1 banana"
    )


async def test_a_meal_is_several_foods(
    hass: HomeAssistant, people: dict[str, MockConfigEntry], say: Say
) -> None:
    """Split a meal when its parts match the food table better than the whole."""
    answer = speech(await say("I had a spinach salad with almonds"))
    spinach, almonds = food_mg(hass, "a spinach salad"), food_mg(hass, "almonds")
    assert [(e.label, e.magnesium_mg) for e in today(people["alice"])] == [
        spinach,
        almonds,
    ]
    assert answer.startswith(
        f"Logged 1 serving of {spinach[0]} (about 60 g) and 1 serving of almonds "
        "(about 28 g), "
        f"{Texts.whole(spinach[1] + almonds[1])} mg of magnesium."
    )
    await say("I ate a baked potato with skin and two eggs for Bob")
    assert [e.label for e in today(people["bob"])] == ["baked potato with skin", "eggs"]
    await say("I had rice and beans for Bob")  # a food of its own in the table
    assert len(today(people["bob"])) == 3


@pytest.mark.usefixtures("people")
async def test_unknown_food_names_the_closest(
    people: dict[str, MockConfigEntry], say: Say
) -> None:
    """An unknown food said with an amount answers with the closest known foods.

    Without one it is small talk: the answer of the default agent to a
    sentence it does not understand.
    """
    response = await say("I had a cup of oatmeel pancakez")
    assert response.response_type is intent.IntentResponseType.ERROR
    assert "oatmeel pancakez" in speech(response)
    assert "Closest matches:" in speech(response)
    for small_talk in ("I had a bad day", "I just finished the dishes", "I had it"):
        response = await say(small_talk)
        assert response.response_type is intent.IntentResponseType.ERROR
        assert speech(response) == "Sorry, I couldn't understand that.", small_talk
    assert today(people["alice"]) == ()


@pytest.mark.usefixtures("people")
async def test_errors_are_spoken(people: dict[str, MockConfigEntry], say: Say) -> None:
    """Our translated messages, as error responses; never a traceback or "Done"."""
    responses = {
        text: await say(text, user)
        for text, user in (
            ("I had a slice of milk", "alice"),
            ("I ate zero almonds", "alice"),
            ("I took 9000 mg of magnesium", "alice"),
            ("I took 400 mg of magnesium and zinc", "alice"),
            ("I took two capsules of magnesium", "bob"),
            ("I took lots of magnesium", "alice"),
            ("I ate a banana", None),
            ("I ate a banana", "carol"),
        )
    }
    answers = {text: speech(response) for text, response in responses.items()}
    for response in responses.values():
        assert response.response_type is intent.IntentResponseType.ERROR
    assert answers["I had a slice of milk"].startswith(
        "“slice” cannot be used for milk"
    )
    assert "cup" in answers["I had a slice of milk"]
    assert "0" in answers["I ate zero almonds"]
    assert answers["I took 9000 mg of magnesium"] == (
        "The magnesium of one entry must be from 0.01 to 5000 mg, not 9000; check the "
        "amount and its unit."
    )
    assert "and zinc" in answers["I took 400 mg of magnesium and zinc"]
    assert answers["I took two capsules of magnesium"] == (
        "How much magnesium was in it? Say the amount in milligrams, for example "
        "“200 milligrams of magnesium”. With a usual supplement set in the options "
        "of Bob, “two capsules” works too."
    )
    assert answers["I took lots of magnesium"] == (
        "The amount “lots” is not understood: give it in milligrams (for example 200 "
        "mg) or as a number of capsules or tablets."
    )
    ask = "Who is this for? Several people are tracked: Alice, Bob. Name one of them."
    assert answers["I ate a banana"] == ask
    for answer in answers.values():
        assert answer
        assert "Done" not in answer
        assert "Traceback" not in answer
    assert today(people["alice"]) == today(people["bob"]) == ()


async def test_only_person_is_the_default(
    hass: HomeAssistant, alice_entry: MockConfigEntry, say: Say
) -> None:
    """With one person tracked, a satellite (no user) logs for them.

    Their person entity has been deleted since: the name still works.
    """
    assert await async_setup_component(hass, "conversation", {})
    await _setup_linked(hass, alice_entry, "person.deleted")
    answer = speech(await say("I ate a banana", None))
    assert answer.endswith("Your total today is 32 of 320 mg.")
    answer = speech(await say("I ate a banana for Alice", "carol"))
    assert answer.endswith("Your total today is 64 of 320 mg.")
    assert [entry.label for entry in today(alice_entry)] == ["banana", "banana"]


@pytest.mark.usefixtures("people")
async def test_unexpected_failure_is_not_logged_as_done(
    say: Say, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in a handler gives a short apology, not "Done" or a traceback."""

    def broken(text: str) -> None:
        raise RuntimeError(text)

    monkeypatch.setattr("custom_components.magnesium.phrases.parse_food_phrase", broken)
    assert speech(await say("I ate a banana")) == "Sorry, I couldn't do that."


@pytest.mark.usefixtures("assist")
async def test_built_in_intents_still_work(hass: HomeAssistant, say: Say) -> None:
    """Shopping list and lights reach Home Assistant's own handlers."""
    entry = hass.config_entries.async_entries("shopping_list")[0]

    response = await say("add eggs to my shopping list")
    assert "eggs" in speech(response).casefold()
    assert await say("add milk to my shopping list")
    assert {item["name"].casefold() for item in entry.runtime_data.items} == {
        "eggs",
        "milk",
    }
    response = await say("remove milk from my shopping list")
    assert response.response_type is not intent.IntentResponseType.ERROR
    open_items = [
        item["name"].casefold()
        for item in entry.runtime_data.items
        if not item["complete"]
    ]
    assert open_items == ["eggs"]

    assert _state(hass, "light.kitchen_light") == "off"
    response = await say("turn on the kitchen light")
    await hass.async_block_till_done()
    assert response.response_type is intent.IntentResponseType.ACTION_DONE
    assert _state(hass, "light.kitchen_light") == "on"

    # A list that does not exist is no food: answered as Home Assistant would.
    assert speech(await say("add eggs to my grocery list")) == (
        "Sorry, I couldn't understand that."
    )
    response = await say("what is the airspeed velocity of a swallow")
    assert response.response_type is intent.IntentResponseType.ERROR


class _PantryIntentHandler(intent.IntentHandler):
    """A user's own intent; "full" when there is no room for the item."""

    intent_type = "PantryAdd"

    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        response = intent_obj.create_response()
        if intent_obj.slots["item"]["value"] == "flour":
            response.async_set_error(
                intent.IntentResponseErrorCode.NO_VALID_TARGETS, "full"
            )
        else:
            response.async_set_speech("Pantry updated")
        return response


def _write_english_sentences(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "pantry.yaml").write_text(
        "language: en\n"
        "intents:\n"
        "  PantryAdd:\n"
        "    data:\n"
        '      - sentences: ["add {item} to the pantry"]\n'
        "lists:\n"
        "  item:\n"
        "    wildcard: true\n",
        encoding="utf-8",
    )


async def test_users_english_sentences_come_first(
    hass: HomeAssistant, people: dict[str, MockConfigEntry], say: Say
) -> None:
    """A user's custom sentence that our gate also matches stays theirs."""
    await hass.async_add_executor_job(
        _write_english_sentences, Path(hass.config.path("custom_sentences", "en"))
    )
    intent.async_register(hass, _PantryIntentHandler())
    assert speech(await say("add rice to the pantry")) == "Pantry updated"
    assert speech(await say("add flour to the pantry")) == "Sorry, I couldn't do that."
    assert today(people["alice"]) == ()


@pytest.mark.usefixtures("people")
async def test_automation_trigger_coexists(hass: HomeAssistant, say: Say) -> None:
    """A user's conversation-triggered automation still answers its sentence."""
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "triggers": {"trigger": "conversation", "command": "good morning"},
                "actions": [{"set_conversation_response": "Morning!"}],
            }
        },
    )
    assert speech(await say("good morning")) == "Morning!"
    assert speech(await say("I ate a banana")).startswith("Logged 1 banana")


async def test_registered_once_while_someone_is_loaded(
    hass: HomeAssistant, people: dict[str, MockConfigEntry], say: Say
) -> None:
    """One trigger for all people; gone with the last person, back with the next."""
    manager = get_agent_manager(hass)
    names = tracked_names(hass)
    assert names == ("Alice", "Bob", "Robert", "Robert Miller")
    assert manager.trigger_sentences == trigger_sentences(names)

    assert await hass.config_entries.async_unload(people["alice"].entry_id)
    assert manager.trigger_sentences == trigger_sentences(names)
    assert speech(await say("I ate a banana", "bob")).startswith("Logged")

    assert await hass.config_entries.async_unload(people["bob"].entry_id)
    assert manager.trigger_sentences == []
    response = await say("I ate a banana", "bob")
    assert response.response_type is intent.IntentResponseType.ERROR
    # Other languages' custom sentences still reach the handlers.
    response = await intent.async_handle(hass, "test", "MagnesiumStatus", {})
    assert speech(response) == "No person is set up for magnesium tracking yet."

    assert await hass.config_entries.async_setup(people["alice"].entry_id)
    assert manager.trigger_sentences == trigger_sentences(names)
    assert speech(await say("I ate a banana")).startswith("Logged")


@pytest.mark.usefixtures("assist")
async def test_german_out_of_the_box(
    hass: HomeAssistant, people: dict[str, MockConfigEntry], say: Say
) -> None:
    """German sentences work with no file to copy, answered in German."""
    alice, bob = people["alice"], people["bob"]

    answer = speech(await say("Ich habe 200 mg Magnesium genommen", language="de"))
    assert answer == "Eingetragen: 200 mg Magnesium. Du hast heute 200 von 320 mg."
    await say("Ich habe 400 mg Magnesiumcitrat genommen", language="de")
    await say("ich habe zwei Kapseln Magnesium genommen", language="de")
    answer = speech(
        await say("Ich habe eine Handvoll Mandeln für Bob gegessen", language="de")
    )
    # USDA SR 12563 almonds, dry roasted: 279 mg / 100 g; a handful is 1 oz.
    assert answer.startswith("Eingetragen: 1 Handvoll Mandeln (etwa 28 g), 79 mg")
    assert [(e.label, e.magnesium_mg) for e in today(alice)] == [
        ("Magnesium", 200),
        ("Magnesium citrate", 400),
        ("Calm Caps", 240),
    ]
    assert [(e.label, e.grams) for e in today(bob)] == [("almonds", 28.3)]

    answer = speech(await say("Wie viel Magnesium hatte ich heute?", language="de"))
    assert answer.startswith("Du hattest heute 840 mg Magnesium")
    answer = speech(await say("Wie viel Magnesium hatte Bob heute", language="de"))
    assert answer.startswith("Bob hatte heute 79 mg")
    answer = speech(await say("Bin ich über meinem Magnesiumlimit", language="de"))
    assert answer.startswith("Ja.")
    await say("Lösch meinen letzten Magnesiumeintrag", language="de")
    assert len(today(alice)) == 2
    await say("Entferne das Citrat aus dem Protokoll", language="de")
    assert [e.label for e in today(alice)] == ["Magnesium"]
    # Errors are spoken from the German translations.
    answer = speech(await say("Ich habe eine Scheibe Milch getrunken", language="de"))
    assert answer.startswith("„slice“ kann für milk nicht verwendet werden.")
    # Small talk and Home Assistant's own commands are not ours.
    answer = speech(await say("Ich hatte einen schlechten Tag", language="de"))
    assert answer == "Das habe ich leider nicht verstanden."
    await say("Setz Milch auf die Einkaufsliste", language="de")
    assert len(today(alice)) == 1


@pytest.mark.usefixtures("people")
async def test_english_works_in_a_german_pipeline(say: Say) -> None:
    """Trigger sentences do not depend on the pipeline's language."""
    assert speech(await say("I ate a banana", language="de")).startswith("Logged")


class _EchoAgent(AbstractConversationAgent):
    """An LLM agent stand-in: says what it heard, and whether it had a history."""

    @property
    def supported_languages(self) -> list[str]:
        return ["en"]

    async def async_process(
        self, user_input: conversation.ConversationInput
    ) -> conversation.ConversationResult:
        response = intent.IntentResponse(language="en")
        response.async_set_speech(f"LLM heard: {user_input.text}")
        return conversation.ConversationResult(response=response)


async def _pipeline_says(
    hass: HomeAssistant, text: str, agent_id: str, user_id: str
) -> str | None:
    """What an Assist pipeline with `agent_id` answers from sentence triggers.

    As the pipeline does with an LLM agent: the sentence triggers first, in
    the pipeline's own chat session and log.
    """
    user_input = conversation.ConversationInput(
        text=text,
        context=Context(user_id=user_id),
        conversation_id=None,
        device_id=None,
        satellite_id=None,
        language="en",
        agent_id=agent_id,
    )
    with (
        chat_session.async_get_chat_session(
            hass, None, **session_context(user_input.context)
        ) as session,
        conversation.async_get_chat_log(hass, session, user_input) as chat_log,
    ):
        return await conversation.async_handle_sentence_triggers(
            hass, user_input, chat_log
        )


async def test_small_talk_goes_to_the_pipelines_llm_agent(
    hass: HomeAssistant,
    people: dict[str, MockConfigEntry],
    users: dict[str, MockUser],
) -> None:
    """In a pipeline with an LLM agent, what is not ours is the agent's to answer."""
    llm_entry = MockConfigEntry(domain="test_llm")
    llm_entry.add_to_hass(hass)
    conversation.async_set_agent(hass, llm_entry, _EchoAgent())
    alice = users["alice"].id
    llm = llm_entry.entry_id

    for small_talk in ("I had a bad day", "I'm having a party", "undo"):
        answer = await _pipeline_says(hass, small_talk, llm, alice)
        assert answer == f"LLM heard: {small_talk}"
    answer = await _pipeline_says(hass, "I ate a banana", llm, alice)
    assert answer is not None
    assert answer.startswith("Logged 1 banana")
    assert [entry.label for entry in today(people["alice"])] == ["banana"]
    # The pipeline runs triggers outside the agent: an error can only be said.
    answer = await _pipeline_says(hass, "I took 9000 mg of magnesium", llm, alice)
    assert answer is not None
    assert answer.startswith("The magnesium of one entry must be from 0.01 to 5000 mg")


@pytest.mark.usefixtures("assist")
async def test_what_is_not_about_magnesium_changes_nothing(
    hass: HomeAssistant, people: dict[str, MockConfigEntry], say: Say
) -> None:
    """Every small-talk and command row of the voice table, through Assist.

    With a light and a shopping list set up, in the sentence's language: not
    one is logged or removes an entry.
    """
    await say("I ate a banana")
    before = today(people["alice"])
    answers = {}
    for language, text in MUST_NOT_CAPTURE:
        answers[text] = speech(await say(text, language=language))
    assert today(people["alice"]) == before
    assert today(people["bob"]) == ()
    ours = ("Logged", "Removed", "Eingetragen", "Entfernt")
    assert not [text for text, answer in answers.items() if answer.startswith(ours)]
    # The commands among them reached Home Assistant's own intents.
    assert _state(hass, "input_boolean.kitchen_power") == "on"
    shopping = hass.config_entries.async_entries("shopping_list")[0]
    items = {item["name"].casefold() for item in shopping.runtime_data.items}
    assert {"milk", "bananas", "almonds", "milch", "mandeln"} <= items


# Fresh sentences through the whole voice path ---------------------------------
# Each sentence of `voice_fresh_table.py` is said to the default agent as Alice,
# with a light and a shopping list set up, in its language. A log must add an
# entry for the right person and no one else; a question must be answered, not
# refused; an undo must remove an entry or answer without an error; what is not
# about magnesium must change nothing. The floors hold what has been reached.

# Sentences done right, of 60 English and 40 German.
RIGHT_AT_LEAST = {"en": 53, "de": 36}


def _is_right(
    kind: str, whom: str, added: dict[str, int], response: intent.IntentResponse
) -> bool:
    other = "bob" if whom == "alice" else "alice"
    failed = response.response_type is intent.IntentResponseType.ERROR
    if kind in ("food", "supplement"):
        return added[whom] >= 1 and added[other] == 0 and not failed
    if kind == "asks":
        return failed and not any(added.values())
    if kind == "question":
        # A sentence trigger's answer is text (action_done), never a query answer.
        return not failed and not any(added.values())
    if kind == "undo":
        return added[whom] < 0 or not failed
    return not any(added.values())


@pytest.mark.usefixtures("assist")
async def test_fresh_sentences_do_what_they_say(
    people: dict[str, MockConfigEntry], say: Say
) -> None:
    """Right per language at least as often as before; small talk never logged."""
    right: Counter[str] = Counter()
    wrong: list[str] = []
    for language, kind, whom, text in FRESH:
        before = {name: len(today(entry)) for name, entry in people.items()}
        response = await say(text, "alice", language=language)
        added = {
            name: len(today(entry)) - before[name] for name, entry in people.items()
        }
        if _is_right(kind, whom.casefold(), added, response):
            right[language] += 1
        else:
            wrong.append(f"{language} {kind}: {text}")
        if kind == "ignore":
            assert not any(added.values()), text
    assert {
        language: right[language] >= floor for language, floor in RIGHT_AT_LEAST.items()
    } == dict.fromkeys(RIGHT_AT_LEAST, True), (dict(right), "\n".join(wrong))
