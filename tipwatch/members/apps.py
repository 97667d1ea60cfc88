from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "tipwatch.members"
    label = "members"
    verbose_name = "Membership"
