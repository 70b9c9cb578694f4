"""Parts of scripts/bench: harness, scenarios and reporting (not a package API).

Importing it puts the repository root first on `sys.path`, so that
`custom_components` is ours and not the test plugin's package of that name.
"""

from __future__ import annotations

from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
