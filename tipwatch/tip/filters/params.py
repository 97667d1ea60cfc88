"""The public query parameters: one set of names, checks and error messages for every reader.

The explorer pages, the downloads and the API all read their filters through the schemas
here. The API hands them to django-ninja (which documents them in the OpenAPI document and
validates them); the pages and downloads validate `request.GET` with the same schemas through
`read_query`. Either way a bad value raises `InvalidParameterError` (or a ninja
`ValidationError` that `invalid_from_errors` turns into one), naming the parameter, with the
same message.

Every value is treated as hostile: text may not hold control characters (a NUL byte reaching
PostgreSQL is a server error) or run past `MAX_TEXT` characters, and whole numbers are read
from ASCII digits only (`str.isdigit` accepts '²', which `int` then refuses) within bounds
that every database can store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, TypeVar

from ninja import Schema
from pydantic import BeforeValidator, Field
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import PydanticCustomError

MAX_TEXT = 200
MAX_YEAR = 9999
# Well inside a signed 64-bit integer, so no database sees a number it cannot hold.
MAX_OFFSET = 1_000_000_000
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
PAGE_PARAMETERS = ("limit", "offset")
# Parameters whose errors are filter errors (`invalid_filter`); others are `invalid_parameter`.
FILTER_FIELDS = frozenset(
    {"year", "country", "group", "region", "tier", "from", "to", "metric", "period_year"}
)
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]{1,30}")
# Control characters, surrogates and unassigned code points (which include the noncharacters).
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Cn"})


class InvalidParameterError(ValueError):
    """A query value we cannot use (HTTP 400), or a resource that does not exist (HTTP 404)."""

    def __init__(
        self,
        field: str,
        message: str,
        *,
        allowed: Iterable[Any] | None = None,
        status: int = 400,
        code: str = "invalid_filter",
    ) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        self.allowed = list(allowed) if allowed is not None else None
        self.status = status
        self.code = code

    def as_dict(self) -> dict[str, Any]:
        error: dict[str, Any] = {"status": self.status, "code": self.code, "message": self.message}
        if self.field:
            error["field"] = self.field
        if self.allowed is not None:
            error["allowed"] = self.allowed
        return {"error": error}


def _not_a_whole_number() -> PydanticCustomError:
    return PydanticCustomError(
        "int_parsing", "Input should be a valid integer, unable to parse string as an integer"
    )


def whole_number(value: Any) -> int | None:
    """A whole number written in ASCII digits; blank is no value."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise _not_a_whole_number()
    if isinstance(value, int):
        return value
    if not isinstance(value, str):
        raise _not_a_whole_number()
    text = value.strip(" ")
    if not text:
        return None
    if not _WHOLE_NUMBER.fullmatch(text):
        raise _not_a_whole_number()
    return int(text)


def safe_text(value: Any) -> str | None:
    """Text without control characters or unassigned code points; blank is no value."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "Input should be a valid string")
    if len(value) > MAX_TEXT:
        raise PydanticCustomError(
            "string_too_long", "Input should have at most {max} characters", {"max": MAX_TEXT}
        )
    if any(unicodedata.category(char) in _REFUSED_CATEGORIES for char in value):
        raise PydanticCustomError(
            "text_characters", "Input should not contain control or unassigned characters"
        )
    return value if value.strip() else None


def required_text(value: Any) -> str:
    text = safe_text(value)
    if text is None:
        raise PydanticCustomError("missing", "Field required")
    return text


Text = Annotated[str | None, BeforeValidator(safe_text)]
PathText = Annotated[str, BeforeValidator(required_text)]
Year = Annotated[Annotated[int, Field(ge=1, le=MAX_YEAR)] | None, BeforeValidator(whole_number)]
RequiredYear = Annotated[int, BeforeValidator(whole_number), Field(ge=1, le=MAX_YEAR)]
Limit = Annotated[int, BeforeValidator(whole_number), Field(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, BeforeValidator(whole_number), Field(ge=0, le=MAX_OFFSET)]

YEAR_HELP = "Report year (the year of publication)."
COUNTRY_HELP = "ISO 3166 alpha-3 code, in any case (PER, per)."
GROUP_HELP = "Group slug, e.g. latin-america (see /groups/)."
REGION_HELP = "State Department bureau: AF, EAP, EUR, NEA, SCA or WHA."
TIER_HELP = "1, 2, 2WL, 3 or special_case (or a label such as 'Tier 2 Watch List')."


class PlacementQuery(Schema):
    """Filters of the placements: the API list, the downloads."""

    year: Year = Field(None, description=YEAR_HELP)
    country: Text = Field(None, description=COUNTRY_HELP)
    group: Text = Field(None, description=GROUP_HELP)
    region: Text = Field(
        None, description=REGION_HELP + " The bureau as it stood in each report year."
    )
    tier: Text = Field(None, description=TIER_HELP)


class StatisticQuery(Schema):
    country: Text = Field(None, description=COUNTRY_HELP)
    year: Year = Field(None, description=YEAR_HELP)
    metric: Text = Field(
        None, description="investigations, prosecutions, convictions or victims_identified."
    )
    period_year: Year = Field(None, description="The year a figure covers.")


class NarrativeQuery(Schema):
    country: Text = Field(None, description=COUNTRY_HELP)
    year: Year = Field(None, description=YEAR_HELP)


class ChangeQuery(Schema):
    from_year: RequiredYear = Field(..., alias="from", description="The earlier report year.")
    to_year: RequiredYear = Field(..., alias="to", description="The later report year.")
    group: Text = Field(None, description=GROUP_HELP)
    region: Text = Field(None, description=REGION_HELP + " The bureau in the `to` year.")


class YearQuery(Schema):
    """The map: one report year."""

    year: Year = Field(None, description=YEAR_HELP)


class ScopeQuery(Schema):
    """The comparison page: a report year and a group or a region."""

    year: Year = Field(None, description=YEAR_HELP)
    group: Text = Field(None, description=GROUP_HELP)
    region: Text = Field(None, description=REGION_HELP)


class PageQuery(Schema):
    limit: Limit = Field(DEFAULT_LIMIT, description=f"Results per page, 1 to {MAX_LIMIT}.")
    offset: Offset = Field(0, description="How many results to skip.")


QuerySchema = TypeVar("QuerySchema", bound=Schema)


def parameter_names(schema: type[Schema]) -> list[str]:
    return [field.alias or name for name, field in schema.model_fields.items()]


def check_known(params: Iterable[str], known: Iterable[str]) -> None:
    """Refuse parameters we do not understand, so a typo (`teir=3`) is not silently ignored."""
    allowed = sorted(set(known))
    for name in params:
        if name not in allowed:
            raise InvalidParameterError(
                name,
                f"unknown parameter {name!r}: use {', '.join(allowed) or 'none'}",
                allowed=allowed,
                code="unknown_parameter",
            )


def invalid_from_errors(errors: list[Any]) -> InvalidParameterError:
    """The first of pydantic's (or ninja's) validation errors, in our terms."""
    first = errors[0] if errors else {}
    location = [str(part) for part in first.get("loc", ()) if part not in ("query", "path")]
    field = location[-1] if location else ""
    message = first.get("msg", "") or "invalid value"
    code = "invalid_filter" if field in FILTER_FIELDS else "invalid_parameter"
    return InvalidParameterError(
        field, f"{field or 'parameter'}: {message[0].lower()}{message[1:]}", code=code
    )


def read_query(
    schema: type[QuerySchema], params: Mapping[str, Any], *, also: Iterable[str] = ()
) -> QuerySchema:
    """Validate a query string with one of the schemas above: unknown names, then values."""
    check_known(params, [*parameter_names(schema), *also])
    names = set(parameter_names(schema))
    try:
        return schema.model_validate({name: params.get(name) for name in params if name in names})
    except PydanticValidationError as error:
        raise invalid_from_errors(error.errors()) from None


def check_year(year: int, field: str = "year") -> int:
    """A year taken from a URL path, held to the same bounds as a query's."""
    if not 1 <= year <= MAX_YEAR:
        raise InvalidParameterError(
            field, f"{field}: input should be between 1 and {MAX_YEAR}", code="invalid_filter"
        )
    return year


__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "PAGE_PARAMETERS",
    "ChangeQuery",
    "InvalidParameterError",
    "PageQuery",
    "PathText",
    "PlacementQuery",
    "RequiredYear",
    "ScopeQuery",
    "StatisticQuery",
    "Text",
    "Year",
    "YearQuery",
    "check_known",
    "check_year",
    "invalid_from_errors",
    "parameter_names",
    "read_query",
]
