"""Assist sentences for the default agent, in every language we ship, no files to copy.

The ONLY module that touches the conversation integration's internals; the
tests in tests/test_voice.py fail if an upgrade breaks one of them:

* `get_agent_manager(hass).register_trigger`, the hook behind the
  `conversation` automation trigger. The default agent tries trigger sentences
  before its own intents (and an Assist pipeline before its LLM agent), and a
  match always answers: there is no fall-through. So our sentences are a gate,
  and the callback first hands a sentence that Home Assistant's own intents
  understand ("remove milk from my shopping list") back to them, and one that
  is not about a food it knows ("I had a bad day") to the pipeline's own
  conversation agent (an LLM), else answers as the default agent would:
* `chat_log.current_chat_log`, the conversation the sentence belongs to: a
  bare "undo" removes an entry only right after a magnesium log in it.
* `DefaultAgent.async_recognize_intent(..., strict_intents_only=True)` asks
  whether a built-in or custom intent matches with exposed entities, and
  `conversation.async_handle_intents` runs it in the agent's open chat log.

Everything else goes through `helpers.intent` to the handlers in `intent.py`,
the same ones that other languages' custom sentences reach.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import inspect
import logging
from typing import Any, Final

from hassil.recognize import RecognizeResult

from homeassistant.components import conversation
from homeassistant.components.conversation.agent_manager import get_agent_manager
from homeassistant.components.conversation.chat_log import current_chat_log
from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import chat_session, intent
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN
from .intake import intake_of, names_of
from .languages import about_magnesium, read_sentence, trigger_sentences
from .sentences import (
    INTENT_LOG_FOOD,
    INTENT_LOG_SUPPLEMENT,
    INTENT_UNDO,
    Grammar,
    Parsed,
)
from .texts import Texts, async_texts
from .tracker import MagnesiumConfigEntry

_LOGGER = logging.getLogger(__name__)

# Conversations remembered for a bare undo; the oldest are forgotten.
_MAX_CONVERSATIONS = 100


@dataclass(slots=True)
class _Registration:
    """The registered trigger, the names in it, and the entries that keep it."""

    unregister: CALLBACK_TYPE
    names: tuple[str, ...]
    entry_ids: set[str] = field(default_factory=set)


def tracked_names(hass: HomeAssistant) -> tuple[str, ...]:
    """The names people are called by, to start a sentence ("Sam had ...").

    Each person's name, their person entity's, and the first names of both.
    """
    names: set[str] = set()
    for entry in hass.config_entries.async_entries(DOMAIN):
        if entry.disabled_by is not None:
            continue
        for name in names_of(hass, entry):
            names.update((name, name.split()[0]))
    return tuple(sorted(names))


DATA_VOICE: HassKey[_Registration] = HassKey(f"{DOMAIN}_voice")

# Since 2026.11 a chat session belongs to the user of its context (without
# one it warns, and fails from 2027.5); 2026.10 takes no context.
_SESSION_TAKES_CONTEXT: Final = (
    "context" in inspect.signature(chat_session.async_get_chat_session).parameters
)


def session_context(context: Context) -> dict[str, Any]:
    """The context argument of `async_get_chat_session`, where it has one."""
    return {"context": context} if _SESSION_TAKES_CONTEXT else {}


@callback
def async_setup_entry(hass: HomeAssistant, entry: MagnesiumConfigEntry) -> None:
    """Keep the sentences registered while at least one person is loaded.

    One trigger per Home Assistant: two would both run and log twice, and
    every (un)registration makes the agent rebuild all trigger sentences.
    """
    names = tracked_names(hass)
    registration = hass.data.get(DATA_VOICE)
    if registration is not None and registration.names != names:
        # A new name to start sentences with: the sentences change.
        registration.unregister()
        registration.unregister = async_register_sentences(hass, names)
        registration.names = names
    if registration is None:
        registration = hass.data[DATA_VOICE] = _Registration(
            async_register_sentences(hass, names), names
        )
    registration.entry_ids.add(entry.entry_id)

    @callback
    def _release() -> None:
        registration.entry_ids.discard(entry.entry_id)
        if not registration.entry_ids:
            del hass.data[DATA_VOICE]
            registration.unregister()

    entry.async_on_unload(_release)


async def _async_hand_over(
    hass: HomeAssistant, user_input: conversation.ConversationInput
) -> intent.IntentResponse | None:
    """Let a built-in or custom intent that understands the sentence run it.

    Returns its response (an error without speech when it matched but could
    not act); None when no intent of the default agent matches.
    """
    agent = get_agent_manager(hass).default_agent
    assert agent is not None  # conversation, a dependency, is set up
    if await agent.async_recognize_intent(user_input, strict_intents_only=True) is None:
        return None
    # Continue the agent's open session (a context variable, copied into this
    # callback's task): on a first turn `user_input` has no conversation id yet.
    open_session = chat_session.current_session.get()
    conversation_id = (
        open_session.conversation_id if open_session else user_input.conversation_id
    )
    with (
        chat_session.async_get_chat_session(
            hass, conversation_id, **session_context(user_input.context)
        ) as session,
        conversation.async_get_chat_log(hass, session) as chat_log,
    ):
        response = await conversation.async_handle_intents(hass, user_input, chat_log)
    if response is None:
        response = intent.IntentResponse(user_input.language or hass.config.language)
        response.async_set_error(intent.IntentResponseErrorCode.FAILED_TO_HANDLE, "")
    return response


def _as_error(user_input: conversation.ConversationInput, answer: str) -> str:
    """An answer that is an error, given as one where Home Assistant can.

    A trigger's answer is text, which the agent returns as `action_done`. In
    a conversation of the default agent (`conversation.async_converse`, so
    also a pipeline of it) a HomeAssistantError becomes an error response
    saying its message; a pipeline with another agent runs triggers outside
    of that, so there the answer stays text.
    """
    if user_input.agent_id == conversation.HOME_ASSISTANT_AGENT:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="spoken_answer",
            translation_placeholders={"answer": answer},
        )
    return answer


def _speech(response: intent.IntentResponse) -> str:
    """What an intent response says."""
    return str(response.speech.get("plain", {}).get("speech", ""))


async def _async_not_ours(
    hass: HomeAssistant, user_input: conversation.ConversationInput, texts: Texts
) -> str:
    """The answer to a sentence that is not about magnesium after all.

    In a pipeline with an LLM agent that agent answers it, in a conversation
    of its own: the pipeline's is waiting on this trigger. Else the default
    agent's answer to a sentence it does not understand.
    """
    agent_id = user_input.agent_id
    if not agent_id or agent_id == conversation.HOME_ASSISTANT_AGENT:
        return _as_error(user_input, texts("answer_not_understood"))
    result = await conversation.async_converse(
        hass,
        user_input.text,
        None,
        user_input.context,
        user_input.language,
        agent_id=agent_id,
        device_id=user_input.device_id,
        satellite_id=user_input.satellite_id,
    )
    return _speech(result.response)


@callback
def async_register_sentences(
    hass: HomeAssistant, names: tuple[str, ...] = ()
) -> CALLBACK_TYPE:
    """Register the sentence trigger of every language; returns its unregister.

    `names` may start a sentence: "Sam had a banana".
    """

    def is_known_person(name: str) -> bool:
        return intake_of(hass).tracker_named(name) is not None

    # Conversation id -> the sentence of its latest magnesium log.
    logged_in: dict[str, str] = {}

    def follows_a_log() -> bool:
        """Whether the sentence before this one, in its conversation, logged."""
        chat_log = current_chat_log.get()
        if chat_log is None:
            return False
        said = [content for content in chat_log.content if content.role == "user"]
        before = said[-2].content if len(said) >= 2 else None
        return before is not None and logged_in.get(chat_log.conversation_id) == before

    def remember_log(text: str) -> None:
        if (chat_log := current_chat_log.get()) is not None:
            logged_in.pop(chat_log.conversation_id, None)
            logged_in[chat_log.conversation_id] = text
            if len(logged_in) > _MAX_CONVERSATIONS:
                del logged_in[next(iter(logged_in))]

    def is_ours(grammar: Grammar, parsed: Parsed, text: str) -> bool:
        """Whether a parsed sentence is about magnesium, not small talk."""
        if not about_magnesium(grammar, parsed, intake_of(hass).sounds_like_food):
            return False
        # After a light or a timer, "undo" is not about magnesium.
        return not (
            parsed.intent_type == INTENT_UNDO
            and grammar.bare_undo.match(text)
            and not follows_a_log()
        )

    async def _async_on_sentence(
        user_input: conversation.ConversationInput, _gate: RecognizeResult
    ) -> str:
        if (handed_over := await _async_hand_over(hass, user_input)) is not None:
            answer = _speech(handed_over)
            if handed_over.response_type is not intent.IntentResponseType.ERROR:
                return answer  # what Home Assistant's intent said, if anything
            if not answer:
                # Home Assistant's own intent matched but could not act.
                texts = await async_texts(hass, user_input.language)
                answer = texts("answer_not_handled")
            return _as_error(user_input, answer)
        text = user_input.text
        found = read_sentence(text, user_input.language, is_known_person, names)
        # Answers are in the language of the sentence.
        texts = await async_texts(
            hass, found[0].language if found else user_input.language
        )
        if found is None:
            return await _async_not_ours(hass, user_input, texts)
        grammar, parsed = found
        try:
            ours = is_ours(grammar, parsed, text)
        except Exception:
            _LOGGER.exception("Reading %r failed", text)
            return _as_error(user_input, texts("answer_not_handled"))
        if not ours:
            return await _async_not_ours(hass, user_input, texts)
        _LOGGER.debug("%r -> %s %s", text, parsed.intent_type, parsed.slots)
        try:
            response = await intent.async_handle(
                hass,
                conversation.DOMAIN,
                parsed.intent_type,
                {
                    name: {"value": value, "text": value}
                    for name, value in parsed.slots.items()
                },
                text_input=text,
                # Carries the speaker's user id to the handler.
                context=user_input.context,
                language=grammar.language,
                assistant=conversation.DOMAIN,
                device_id=user_input.device_id,
                satellite_id=user_input.satellite_id,
                conversation_agent_id=user_input.agent_id,
            )
        except intent.IntentError:
            # helpers.intent has logged it; say no more than a person needs.
            return _as_error(user_input, texts("answer_not_handled"))
        logged = parsed.intent_type in (INTENT_LOG_FOOD, INTENT_LOG_SUPPLEMENT)
        if response.response_type is intent.IntentResponseType.ERROR:
            return _as_error(user_input, _speech(response))
        if logged:
            remember_log(text)
        return _speech(response)

    return get_agent_manager(hass).register_trigger(
        trigger_sentences(names), _async_on_sentence
    )
