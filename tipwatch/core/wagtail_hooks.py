from typing import Any

from wagtail import hooks

from .audit import CHANGE_ACTION, ChangeFormatter, DatasetFormatter


@hooks.register("register_log_actions")
def register_audit_actions(actions: Any) -> None:
    actions.register_action(CHANGE_ACTION)(ChangeFormatter)
    actions.register_action("tipwatch.dataset")(DatasetFormatter)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request: Any, panels: list[Any]) -> None:
    from .dashboard import panels_for

    panels[:0] = panels_for(request.user)
