"""The one error the build raises: a source or a rule it cannot reconcile stops the build."""

from typing import NoReturn


class BuildError(Exception):
    pass


def fail(msg: str) -> NoReturn:
    raise BuildError(msg)
