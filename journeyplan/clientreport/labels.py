"""The client report's headings and labels, in the report's language.

They are messages of the catalogue like every other text (``report.*`` keys, declared in
:mod:`journeyplan.messages.report`, translated in ``journeyplan/locale/<lang>/``); rule
titles, questions and severities come from the same catalogue, so the report and the terminal
say the same thing in the same words.
"""

from __future__ import annotations

from typing import Any

from journeyplan.i18n import render_message


def label(key: str, lang: str = "en", **args: Any) -> str:
    """The text of message KEY in LANG (en | nl), filled with ARGS (inserted literally)."""
    return render_message(key, args, lang)
