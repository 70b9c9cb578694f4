"""Load Home Assistant before the test plugin: a shim for releases it predates.

Loaded first (`-p tests.ha_compat` in pyproject.toml), before the plugins of
installed packages. `pytest-homeassistant-custom-component` 0.13.375 is made
for 2026.10; on 2026.11 two things break it, both mended here until a release
of the plugin supports 2026.11:

* Home Assistant 2026.11 aliases `httpx` to `httpx2` when it is imported, and
  refuses once `httpx` is loaded; the plugin imports `respx` (and so `httpx`)
  first. Importing `homeassistant` here sets the alias in time.
* `_clear_logger_overwrites` moved from `components.logger` to
  `components.logger.helpers`, where the plugin does not look.
"""

from __future__ import annotations

import homeassistant  # noqa: F401  (the httpx alias, before any httpx)
from homeassistant.components import logger
from homeassistant.components.logger import helpers

if not hasattr(logger, "_clear_logger_overwrites"):
    logger._clear_logger_overwrites = helpers._clear_logger_overwrites  # type: ignore[attr-defined]
