"""The public forms: joining, asking for a link, and updating one's details."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q
from django.utils import formats
from django.utils.translation import gettext, gettext_lazy

from tipwatch.pages.site_settings import focus_country
from tipwatch.tip.models import Country, Group
from tipwatch.tip.names import country_name, group_name

from .language import member_language
from .models import AlertLanguage, Member, MembershipType


def alerts_label() -> str:
    country = focus_country()
    if country is None:
        return gettext("Send me alerts when a new TIP report is published.")
    return gettext("Send me alerts when a new TIP report rates %(country)s.") % {
        "country": country_name(country)
    }


def yearly_fee(fee: Any) -> str:
    return gettext("£%(fee)s a year") % {"fee": formats.number_format(fee, 2)}


class MembershipTypeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.display_name}: {yearly_fee(obj.annual_fee)}"


MAX_ID = 2**63 - 1


class IdChoicesField(forms.ModelMultipleChoiceField):
    """Chosen rows by id, each id checked before it reaches the database: a number too big for
    any database column (or '²', which `int` refuses) is an invalid choice, not a server error."""

    def _check_values(self, value: Any) -> Any:
        for pk in value:
            text = str(pk)
            if not (text.isascii() and text.isdigit() and 0 < int(text) <= MAX_ID):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": text[:40]},
                )
        return super()._check_values(value)  # type: ignore[misc]


class CountryChoiceField(IdChoicesField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{country_name(obj)} ({obj.iso3})"


class GroupChoiceField(IdChoicesField):
    def label_from_instance(self, obj: Any) -> str:
        return group_name(obj)


def follow_fields() -> dict[str, forms.Field]:
    """What a member follows, and the language every email to them is written in (the page's
    language unless they choose another)."""
    return {
        "followed_countries": CountryChoiceField(
            queryset=Country.objects.order_by("name"),
            required=False,
            label=gettext_lazy("Countries I follow"),
            help_text=gettext_lazy("Hold Ctrl (or Cmd) to choose more than one."),
            widget=forms.SelectMultiple(attrs={"size": 8}),
        ),
        "followed_groups": GroupChoiceField(
            queryset=Group.objects.order_by("kind", "name"),
            required=False,
            label=gettext_lazy("Groups I follow"),
            widget=forms.CheckboxSelectMultiple,
        ),
        "language": forms.ChoiceField(
            choices=AlertLanguage.choices,
            initial=member_language(),
            required=False,
            label=gettext_lazy("Language of alerts and messages"),
        ),
    }


class FollowCleaningMixin:
    cleaned_data: dict[str, Any]

    def clean_language(self) -> str:
        # Left out (an older form, a script): the language of the page the form was sent from.
        return self.cleaned_data.get("language") or member_language()


class HoneypotMixin(forms.Form):
    # Hidden from people (CSS and aria-hidden); bots that fill every field give themselves away.
    website = forms.CharField(
        required=False,
        label=gettext_lazy("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get(self.add_prefix("website"), "").strip())


class JoinForm(FollowCleaningMixin, HoneypotMixin, forms.Form):
    name = forms.CharField(
        max_length=200,
        label=gettext_lazy("Name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        max_length=254,
        label=gettext_lazy("Email"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    postal_address = forms.CharField(
        required=False,
        max_length=1000,
        label=gettext_lazy("Postal address (optional)"),
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "street-address"}),
    )
    membership_type = MembershipTypeChoiceField(
        queryset=MembershipType.objects.none(),
        empty_label=None,
        label=gettext_lazy("Membership type"),
        widget=forms.RadioSelect,
    )
    consent = forms.BooleanField(
        required=True,
        label=gettext_lazy(
            "I have read the privacy notice and agree to tipwatch holding my details "
            "as it describes."
        ),
        error_messages={
            "required": gettext_lazy("Please confirm you agree to the privacy notice.")
        },
    )
    newsletter_opt_in = forms.BooleanField(
        required=False, label=gettext_lazy("Send me the newsletter (about four a year).")
    )
    alerts_opt_in = forms.BooleanField(required=False)

    field_order = [
        "name",
        "email",
        "postal_address",
        "membership_type",
        "consent",
        "newsletter_opt_in",
        "alerts_opt_in",
        "followed_countries",
        "followed_groups",
        "language",
        "website",
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["membership_type"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = MembershipType.objects.active()
        self.fields["alerts_opt_in"].label = alerts_label()
        self.fields.update(follow_fields())
        self.order_fields(self.field_order)
        country = focus_country()
        if country is not None:
            # Joining follows the site's own country unless the person chooses otherwise.
            self.fields["followed_countries"].initial = [country.pk]
        field.error_messages["required"] = gettext("Please choose a type of membership.")
        self.fields["name"].error_messages["required"] = gettext("Please enter your name.")
        self.fields["email"].error_messages["required"] = gettext(
            "Please enter your email address."
        )

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self) -> str:
        return Member.normalise_email(self.cleaned_data["email"])


class EmailRequestForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        max_length=254,
        label=gettext_lazy("Your email address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"required": gettext_lazy("Please enter your email address.")},
    )

    def clean_email(self) -> str:
        return Member.normalise_email(self.cleaned_data["email"])


class MemberDetailsForm(FollowCleaningMixin, forms.ModelForm):
    membership_type = MembershipTypeChoiceField(
        queryset=MembershipType.objects.none(),
        empty_label=None,
        label=gettext_lazy("Membership type"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Member
        fields = [
            "name",
            "postal_address",
            "membership_type",
            "newsletter_opt_in",
            "alerts_opt_in",
            "followed_countries",
            "followed_groups",
            "language",
        ]
        labels = {
            "name": gettext_lazy("Name"),
            "postal_address": gettext_lazy("Postal address (optional)"),
            "newsletter_opt_in": gettext_lazy("Send me the newsletter."),
        }
        widgets = {"postal_address": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["membership_type"]
        assert isinstance(field, forms.ModelChoiceField)
        # Their current type stays choosable even if it is no longer offered.
        current = self.instance.membership_type_id if self.instance.pk else None
        offered = Q(active=True) | Q(pk=current) if current else Q(active=True)
        field.queryset = MembershipType.objects.filter(offered)
        self.fields["alerts_opt_in"].label = alerts_label()
        self.fields.update(follow_fields())
