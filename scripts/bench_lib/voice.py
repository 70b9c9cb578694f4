"""Time from `conversation.async_converse` to the answer, for a food sentence."""

from __future__ import annotations

import importlib.util
import time
from typing import Any

from custom_components.magnesium.tracker import PersonTracker
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant

from .stats import summary_ms

SENTENCE = "I had 1 oz of almonds for {name}"


def voice_available() -> str | None:
    """None when the voice module is there, else why the section is skipped."""
    if importlib.util.find_spec("custom_components.magnesium.voice") is None:
        return "custom_components/magnesium/voice.py is not there yet"
    return None


async def _answer(hass: HomeAssistant, text: str) -> str:
    result = await conversation.async_converse(
        hass, text, None, Context(), language="en"
    )
    speech: dict[str, Any] = result.response.speech.get("plain", {})
    return str(speech.get("speech", ""))


async def measure_voice(
    hass: HomeAssistant, tracker: PersonTracker, *, calls: int, warmup: int = 20
) -> dict[str, Any]:
    """p50/p99 of a spoken food sentence that logs an entry, end to end.

    Interleaved with `counter.increment`, like the actions, for a ratio. Each
    logged entry is removed again (untimed), so the day keeps its size.
    """
    if (reason := voice_available()) is not None:
        return {"skipped": reason}
    text = SENTENCE.format(name=tracker.name)
    entries = len(tracker.ledger)
    first = await _answer(hass, text)
    if len(tracker.ledger) != entries + 1:
        return {"skipped": f"the sentence logged nothing; the answer was {first!r}"}
    tracker.remove()
    voice: list[float] = []
    counter: list[float] = []
    perf = time.perf_counter
    for index in range(warmup + calls):
        start = perf()
        await hass.services.async_call(
            "counter", "increment", {"entity_id": "counter.bench"}, blocking=True
        )
        middle = perf()
        await _answer(hass, text)
        end = perf()
        tracker.remove()
        if index >= warmup:
            counter.append(middle - start)
            voice.append(end - middle)
    result: dict[str, Any] = {
        "sentence": text,
        "answer": first,
        "voice": summary_ms(voice),
        "counter.increment": summary_ms(counter),
    }
    result["voice"]["p50_ratio"] = round(
        result["voice"]["p50_ms"] / result["counter.increment"]["p50_ms"], 1
    )
    return result
