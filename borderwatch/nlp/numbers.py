"""Numbers written in words or digits: the tables and ``parse_number``.

Shared by the count finder (``quantities``) and the casualty finder
(``casualties``): "6,000", "1.5 million", "2.5k", "two thousand", "a hundred".
"""

from __future__ import annotations

import re

__all__ = ["MAX_DIGITS", "NUMBER_WORDS", "SCALES", "parse_number"]

# Number words below a hundred that combine with each other and with scales
# ("twenty-five", "two thousand"); "a" (one) is handled by ``parse_number``.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Scale words and their factors, South Asian "lakh" and "crore" included.
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "k": 1000, "million": 1_000_000, "mln": 1_000_000,
    "mn": 1_000_000, "lakh": 100_000, "crore": 10_000_000,
}
# Longer digit runs are ids or phone numbers; no crowd or queue is that large.
MAX_DIGITS = 12


#: A whole number whose thousands are grouped with dots ("2.000", "12.500").
GROUPED_WITH_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_number(raw: str) -> int | None:
    """The value of "6,000", "1.5 million", "2.5k", "two thousand", "a hundred"; None
    for what is not a positive number of a plausible size."""
    words = re.findall(r"[\d.,]+|[A-Za-z]+", raw.lower())
    total, current = 0.0, 0.0
    for word in words:
        if word[0].isdigit():
            if GROUPED_WITH_DOTS.fullmatch(word.rstrip(".")) and len(words) == 1:
                # "2.000 camiones", "12.500 Lastwagen": dots group thousands in
                # much of Europe and Latin America; nobody counts half a truck.
                word = word.rstrip(".").replace(".", "")
            digits = word.replace(",", "").rstrip(".")
            if digits.count(".") > 1 or len(digits) > MAX_DIGITS:
                return None  # a version, an id or a phone number, not a count
            current += float(digits)
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "a":
            current += 1
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
    value = total + current
    return int(round(value)) if 1 <= value < 10**MAX_DIGITS else None
