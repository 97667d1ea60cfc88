"""The public query parameters' checks, without a database."""

from __future__ import annotations

import pytest

from tipwatch.tip.filters.params import (
    ChangeQuery,
    InvalidParameterError,
    PageQuery,
    PlacementQuery,
    read_query,
)

BIG = str(2**63)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"year": "2015"}, 2015),
        ({"year": " 2015 "}, 2015),
        ({"year": ""}, None),
        ({}, None),
    ],
)
def test_a_year_is_read_from_ascii_digits(params: dict[str, str], expected: int | None) -> None:
    assert read_query(PlacementQuery, params).year == expected


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"year": "²⁰¹⁵"}, "year", "year: input should be a valid integer"),
        ({"year": "٢٠١٥"}, "year", "year: input should be a valid integer"),
        ({"year": "2015.0"}, "year", "year: input should be a valid integer"),
        ({"year": "1" * 40}, "year", "year: input should be a valid integer"),
        ({"year": BIG}, "year", "year: input should be less than or equal to 9999"),
        ({"year": "-1"}, "year", "year: input should be greater than or equal to 1"),
        ({"country": "P\x00R"}, "country", "country: input should not contain control"),
        ({"group": "a" * 500}, "group", "group: input should have at most 200 characters"),
        ({"tier": "\ufffe"}, "tier", "tier: input should not contain control"),
        ({"region": "\ud800"}, "region", "region: input should not contain control"),
        ({"teir": "3"}, "teir", "unknown parameter 'teir'"),
        ({"te\x00ir": "3"}, "te\x00ir", "unknown parameter"),
    ],
)
def test_hostile_values_name_the_parameter(
    params: dict[str, str], field: str, message: str
) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        read_query(PlacementQuery, params)

    assert caught.value.status == 400
    assert caught.value.field == field
    assert caught.value.message.startswith(message)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": BIG}, "limit"),
        ({"limit": "0"}, "limit"),
        ({"limit": "¹"}, "limit"),
        ({"offset": BIG}, "offset"),
        ({"offset": "-" + BIG}, "offset"),
    ],
)
def test_page_bounds(params: dict[str, str], field: str) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        read_query(PageQuery, params)

    assert caught.value.field == field
    assert caught.value.code == "invalid_parameter"


def test_required_years_of_a_change_use_their_public_names() -> None:
    with pytest.raises(InvalidParameterError) as caught:
        read_query(ChangeQuery, {"from": "2014"})

    assert (caught.value.field, caught.value.message) == ("to", "to: field required")
    query = read_query(ChangeQuery, {"from": "2014", "to": "2015"})
    assert (query.from_year, query.to_year) == (2014, 2015)
