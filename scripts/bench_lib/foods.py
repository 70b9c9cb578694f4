"""The food table: size, load time and lookup p50/mean/p99.

Lookups are timed cold (each query once per repeat, on a freshly loaded table)
per kind: exact names, aliases, fuzzy queries (typos made from curated names,
joined words, reversed word order) and whole everyday phrases read into a
food and its amount (the phrase table of the tests). Warm repeats hit the
lookup cache. `scripts/bench --foods` runs this section alone.
"""

from __future__ import annotations

import gzip
import json
import math
import random
import statistics
import time
from typing import Any

from custom_components.magnesium import foods
from custom_components.magnesium.errors import MagnesiumError
from custom_components.magnesium.phrases import read_food
from tests.phrase_table import PHRASES

from .stats import percentile

REPEATS = 3
WARM = 400  # fewer than the lookup cache holds
WARM_KIND = "warm (cached)"
PHRASE_KIND = "everyday phrase"


def typos(name: str, seed: int) -> str:
    """A deterministic misspelling: drop, swap or double one letter."""
    if len(name) < 5:
        return name + name[-1]
    i = 1 + seed % (len(name) - 2)
    match seed % 3:
        case 0:
            return name[:i] + name[i + 1 :]
        case 1:
            return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        case _:
            return name[:i] + name[i] + name[i:]


def queries() -> dict[str, list[str]]:
    """Query sets by kind, made from the food data itself."""
    data = json.loads(gzip.decompress(foods.DATA_FILE.read_bytes()))
    curated = [item["name"] for item in data["curated"]]
    aliases = [alias for item in data["curated"] for alias in item["aliases"]]
    generic = data["generic"]["name"][::10]
    fuzzy = [typos(name, i) for i, name in enumerate(curated + aliases)]
    fuzzy += [name.replace(" ", "") for name in curated if " " in name]
    fuzzy += [" ".join(reversed(name.split())) for name in curated if " " in name]
    fuzzy += [typos(name.split(",")[0], i) + " raw" for i, name in enumerate(generic)]
    return {
        "exact curated": curated,
        "exact generic": generic,
        "alias": aliases,
        "fuzzy": fuzzy,
        PHRASE_KIND: [row[0] for row in PHRASES],
    }


def _resolve(table: foods.FoodTable, text: str, kind: str) -> tuple[float, bool]:
    start = time.perf_counter()
    try:
        if kind == PHRASE_KIND:
            read_food(table, text)
        else:
            table.resolve(text)
    except MagnesiumError:
        return time.perf_counter() - start, False
    return time.perf_counter() - start, True


def _stats(seconds: list[float], resolved: int, best: float) -> dict[str, Any]:
    ms = [value * 1000 for value in seconds]
    return {
        "n": len(ms),
        "resolved": resolved,
        "p50_ms": round(percentile(ms, 50), 4),
        "mean_ms": round(statistics.fmean(ms), 4),
        "p99_ms": round(percentile(ms, 99), 4),
        "max_ms": round(max(ms), 4),
        "best_repeat_mean_ms": round(best * 1000, 4),
    }


def measure_foods(repeats: int = REPEATS, seed: int = 1) -> dict[str, Any]:
    """Load time of the table, then cold lookups by kind and warm ones.

    Each repeat loads a fresh table (so every query is cold) and runs all
    queries of all kinds in one shuffled order, so that noise from other work
    on the machine hits every kind alike. Warm: the last `WARM` queries once
    more, all of them in the lookup cache.
    """
    by_kind = queries()
    pairs = [(kind, text) for kind, texts in by_kind.items() for text in texts]
    rng = random.Random(seed)
    loads: list[float] = []
    times: dict[str, list[float]] = {kind: [] for kind in (*by_kind, WARM_KIND)}
    best = dict.fromkeys(times, math.inf)
    resolved = dict.fromkeys(times, 0)
    for repeat in range(repeats):
        start = time.perf_counter()
        table = foods.FoodTable.load()
        loads.append(time.perf_counter() - start)
        rng.shuffle(pairs)
        run: dict[str, list[float]] = {kind: [] for kind in times}
        for kind, text in pairs:
            seconds, ok = _resolve(table, text, kind)
            run[kind].append(seconds)
            resolved[kind] += ok and repeat == 0
        for kind, text in pairs[-WARM:]:
            seconds, ok = _resolve(table, text, kind)
            run[WARM_KIND].append(seconds)
            resolved[WARM_KIND] += ok and repeat == 0
        for kind, values in run.items():
            times[kind] += values
            best[kind] = min(best[kind], statistics.fmean(values))
    results: dict[str, Any] = {
        "size_kib": round(foods.DATA_FILE.stat().st_size / 1024, 1),
        "load": {
            "n": len(loads),
            "mean_ms": round(statistics.fmean(loads) * 1000, 2),
            "max_ms": round(max(loads) * 1000, 2),
        },
    }
    for kind, values in times.items():
        results[kind] = _stats(values, resolved[kind], best[kind])
    return results
