from typing import Any

from wagtail import hooks

from .audit import CHANGE_ACTION, ChangeFormatter, DatasetFormatter


@hooks.register("register_log_actions")
def register_audit_actions(actions: Any) -> None:
    actions.register_action(CHANGE_ACTION)(ChangeFormatter)
    actions.register_action("tipwatch.dataset")(DatasetFormatter)
