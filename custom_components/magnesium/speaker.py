"""Whose log a sentence or an LLM tool call is about.

In order: a name said in the sentence ("for Alice", "my son Bob"), else the
Home Assistant user who is talking, through the `person` entity set on a
person's config entry, else the only person tracked. Voice satellites and
automations talk without a user, so with several people they must say a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.core import HomeAssistant

from .const import CONF_PERSON_ENTITY_ID
from .errors import MagnesiumError
from .parsing import strip_relation
from .services import loaded_trackers
from .tracker import PersonTracker


@dataclass(frozen=True, slots=True)
class Speaker:
    """The person a request is for; `addressed` when they are the one asking."""

    tracker: PersonTracker
    addressed: bool


def _names(hass: HomeAssistant, tracker: PersonTracker) -> set[str]:
    """How a person may be called: their name, and their person entity's."""
    names = {tracker.name.casefold()}
    entity_id = tracker.entry.data.get(CONF_PERSON_ENTITY_ID)
    if entity_id and (state := hass.states.get(entity_id)) is not None:
        names.add(state.name.casefold())
    return names


def tracker_for_name(hass: HomeAssistant, spoken: str) -> PersonTracker | None:
    """The person called `spoken`: full name first, else a unique first name."""
    name = strip_relation(spoken).casefold()
    trackers = loaded_trackers(hass)
    named = {tracker: _names(hass, tracker) for tracker in trackers}
    for tracker, names in named.items():
        if name in names:
            return tracker
    by_first_name = [
        tracker
        for tracker, names in named.items()
        if any(full.split()[:1] == [name] for full in names)
    ]
    return by_first_name[0] if len(by_first_name) == 1 else None


def tracker_for_user(hass: HomeAssistant, user_id: str | None) -> PersonTracker | None:
    """The person whose `person` entity belongs to this Home Assistant user."""
    if user_id is None:
        return None
    entity_ids = {
        state.entity_id
        for state in hass.states.async_all("person")
        if state.attributes.get("user_id") == user_id
    }
    return next(
        (
            tracker
            for tracker in loaded_trackers(hass)
            if tracker.entry.data.get(CONF_PERSON_ENTITY_ID) in entity_ids
        ),
        None,
    )


def _people(trackers: list[PersonTracker]) -> list[str]:
    return sorted(tracker.name for tracker in trackers)


def resolve_speaker(
    hass: HomeAssistant, spoken: str | None, user_id: str | None
) -> Speaker:
    """Whose log this is; raises a translated error that asks when unclear."""
    trackers = loaded_trackers(hass)
    if not trackers:
        raise MagnesiumError("no_person", "No person is set up")
    people = _people(trackers)
    own = tracker_for_user(hass, user_id)
    if own is None and len(trackers) == 1:
        own = trackers[0]
    if spoken:
        named = tracker_for_name(hass, spoken)
        if named is None:
            raise MagnesiumError(
                "unknown_person_name",
                f"{spoken} is not tracked for magnesium. Tracked people: "
                f"{', '.join(people)}.",
                name=spoken,
                people=", ".join(people),
            )
        return Speaker(named, addressed=named is own)
    if own is None:
        raise MagnesiumError(
            "person_not_identified",
            f"Who is this for? Say the name too, for example “for {people[0]}”. "
            f"Tracked people: {', '.join(people)}.",
            example=people[0],
            people=", ".join(people),
        )
    return Speaker(own, addressed=True)
