"""Names of months, weekdays and days, in the languages of border news.

The tables the date finder (``date_atoms``, ``dates``) reads: month and weekday
names in English, Russian, French, German, Spanish and Turkish, and the day
words ("yesterday", "a day earlier") with their offsets in days.
"""

from __future__ import annotations

__all__ = [
    "CHAINED_DAY_WORDS", "DAY_WORDS", "EN_MONTHS", "EN_MONTH_ABBR", "HOUR_COUNT_WORDS",
    "OTHER_MONTHS", "OTHER_WEEKDAYS", "WEEKDAYS", "WEEKDAY_ABBR", "month_number",
]

# English months, matched case-sensitively (Capitalised or UPPER) so that the
# verbs "may" and "march" never read as months.  Abbreviations only next to a day.
EN_MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}
EN_MONTH_ABBR: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
# Month names of other languages met in border news (Russian genitive, French,
# German, Spanish, Turkish); matched in any case, and only with a day number.
OTHER_MONTHS: dict[str, int] = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}
# English weekdays, matched Capitalised or UPPER like the months.
_EN_WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
    "Saturday": 5, "Sunday": 6,
}
# English weekday abbreviations written before a date ("Tue, July 11").
WEEKDAY_ABBR: dict[str, int] = {name[:3].lower(): n for name, n in _EN_WEEKDAYS.items()}
# Weekdays in the other languages of border news (French, Spanish, German,
# Turkish, Russian in the forms "on Monday" takes), written lower case in
# running text; looked up capitalised like the English ones.
OTHER_WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "domingo": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5,
    "pazar": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4,
    "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
}
# Every weekday name, capitalised: the key a matched weekday is looked up by.
WEEKDAYS: dict[str, int] = {
    **_EN_WEEKDAYS, **{name.capitalize(): n for name, n in OTHER_WEEKDAYS.items()}}
# Day words relative to the reference day: offset in days.
DAY_WORDS: dict[str, int] = {
    "the day before yesterday": -2, "the day after tomorrow": 2,
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1,
    # the same words in other languages of the corpus (Russian, German, Spanish,
    # Turkish, French); ambiguous ones ("hier", "morgen", "mañana") are left out
    "сегодня": 0, "вчера": -1, "завтра": 1, "heute": 0, "gestern": -1,
    "hoy": 0, "ayer": -1, "bugün": 0, "dün": -1, "aujourd'hui": 0,
}
# Day words relative to the day mentioned just before them ("a day earlier").
CHAINED_DAY_WORDS: dict[str, int] = {
    "the day before": -1, "the previous day": -1, "a day earlier": -1, "a day before": -1,
    "the next day": 1, "the following day": 1, "a day later": 1, "the day after": 1,
}
# Counts written in words before "hours later"/"hours earlier" ("a few hours
# later", "three hours earlier"): still the day mentioned before.  Digits are
# matched by the rule itself.
HOUR_COUNT_WORDS: tuple[str, ...] = (
    "a few", "few", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve",
)


def month_number(name: str) -> int:
    """The number of a month name as written ("Feb.", "MARCH", "марта"); 0 if none."""
    key = name.rstrip(".")
    for table in (EN_MONTHS, EN_MONTH_ABBR):
        for word, number in table.items():
            if key in (word, word.upper()):
                return number
    return OTHER_MONTHS.get(key.lower(), 0)
