"""The paragraphs of 22 U.S.C. 7107 a rule flag or constraint names."""

from __future__ import annotations

from typing import Final

PROVISION_DOWNGRADE: Final[str] = "(b)(2)(D)(i)"
PROVISION_WAIVER: Final[str] = "(b)(2)(D)(ii)"
PROVISION_RETURN: Final[str] = "(b)(2)(F)"
