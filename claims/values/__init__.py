"""Values: parse numerals, amounts, dates and durations out of normalised text."""
