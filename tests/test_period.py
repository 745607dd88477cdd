"""`Period`, the type of a claim's as_of: written as the text it was stated as, read back from it."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from claims.model import Claim, DateValue, Granularity, Kind, Period, Precision, QuantityValue


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("2019", date(2019, 1, 1), date(2019, 12, 31), Precision.year),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), Precision.month),
        ("2025-12", date(2025, 12, 1), date(2025, 12, 31), Precision.month),
        ("2025-01-15", date(2025, 1, 15), date(2025, 1, 15), Precision.day),
        ("2025-03-01/2025-05-31", date(2025, 3, 1), date(2025, 5, 31), Precision.span),
        # A span of whole years stays a span: it is written as it was stated.
        ("2019-01-01/2019-12-31", date(2019, 1, 1), date(2019, 12, 31), Precision.span),
    ],
)
def test_text_round_trips(text, start, end, precision):
    p = Period.parse(text)
    assert p is not None and (p.start, p.end, p.precision) == (start, end, precision)
    assert str(p) == text


@pytest.mark.parametrize("text", ["", "2025-13", "2025-02-30", "soon", "2025/", "2025-01-15T08:00"])
def test_what_is_no_period_parses_to_none(text):
    assert Period.parse(text) is None


def test_simplest_writes_whole_years_and_months_plainly():
    assert str(Period.parse("2019-01-01/2019-12-31").simplest()) == "2019"
    assert str(Period.parse("2024-02-01/2024-02-29").simplest()) == "2024-02"
    assert str(Period.parse("2024-02-01/2024-02-28").simplest()) == "2024-02-01/2024-02-28"
    assert str(Period.parse("2024-02-03/2024-02-03").simplest()) == "2024-02-03"


@pytest.mark.parametrize(
    "start, end, granularity, text",
    [
        ("2019-01-01", "2019-12-31", Granularity.year, "2019"),
        ("2025-01-01", "2025-01-31", Granularity.month, "2025-01"),
        ("2025-01-05", "2025-01-05", Granularity.day, "2025-01-05"),
        ("2025-06-01", "2025-08-31", Granularity.season, "2025-06-01/2025-08-31"),
        ("2018-01-01", "2019-12-31", Granularity.year, "2018-01-01/2019-12-31"),  # 2018至2019年
    ],
)
def test_a_date_value_states_its_period(start, end, granularity, text):
    assert str(Period.of(DateValue(start=start, end=end, granularity=granularity))) == text


def test_a_claims_as_of_is_its_text_in_json_and_a_period_when_read_back():
    fields = {
        "id": "c-1",
        "source": "s",
        "start": 0,
        "end": 4,
        "text": "300人",
        "sentence": "300人",
        "kind": Kind.quantity,
        "value": QuantityValue(low=300, high=300, unit="人"),
    }
    claim = Claim(**fields, as_of=Period.parse("2025-03-01/2025-05-31"))
    data = claim.model_dump(mode="json")
    assert data["as_of"] == "2025-03-01/2025-05-31"
    again = Claim.model_validate(data)
    assert again == claim and again.as_of is not None and again.as_of.end == date(2025, 5, 31)
    with pytest.raises(ValidationError):
        Claim.model_validate({**data, "as_of": "spring"})
