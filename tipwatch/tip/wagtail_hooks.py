from wagtail import hooks

from .viewsets import TipDataGroup


@hooks.register("register_admin_viewset")
def register_tip_data() -> TipDataGroup:
    return TipDataGroup()
