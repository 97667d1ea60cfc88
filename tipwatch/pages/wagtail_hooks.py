"""Wagtail hooks of the pages app."""

from wagtail import hooks

from .privacy import mark_unrestricted

hooks.register("before_serve_page", mark_unrestricted)
