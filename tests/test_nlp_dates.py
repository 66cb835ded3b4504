"""Time expressions: what is a mention, what text it keeps, which day it means."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderwatch.nlp.dates import find_dates, resolve_date_text
from borderwatch.records import DateMention

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seed" / "000_9b8f5190a0bfcfb7.txt"
DEV = SHARED / "data" / "corpus" / "dev.jsonl"


def only(text: str, published: str | None = None) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


def test_seed_weekdays_resolve_against_the_publication_date() -> None:
    text = SEED.read_text(encoding="utf-8")
    dates = {m.text: m.date for m in find_dates(text, "2023-02-22")}
    assert dates["Sunday"] == "2023-02-19"
    assert dates["Monday"] == "2023-02-20"
    assert dates["Wednesday"] == "2023-02-22"


def test_seed_weekdays_stay_unresolved_without_a_publication_date() -> None:
    text = SEED.read_text(encoding="utf-8")
    dates = {m.text: m.date for m in find_dates(text, None)}
    assert dates["Sunday"] is None and dates["Monday"] is None and dates["Wednesday"] is None


@pytest.mark.parametrize(
    ("text", "expr", "iso"),
    [
        ("The road was shut on Feb. 21, 2025 by the army.", "Feb. 21, 2025", "2025-02-21"),
        ("Seen at the gate on December15, 2023.", "December15, 2023", "2023-12-15"),
        ("It stays closed till January 14th 2024.", "till January 14th 2024", "2024-01-14"),
        ("Trucks waited, 09 July 2024.", "09 July 2024", "2024-07-09"),
        ("Filed 21 Feb 2025 in Kabul.", "21 Feb 2025", "2025-02-21"),
        ("date 2024-01-25 The crossing", "2024-01-25", "2024-01-25"),
        ("On Tuesday, July 11, 2023, guards left.", "Tuesday, July 11, 2023", "2023-07-11"),
        ("Stand 10.07.2024: offen.", "10.07.2024", "2024-07-10"),
    ],
)
def test_full_dates_resolve_without_a_publication_date(text: str, expr: str, iso: str) -> None:
    mention = only(text)
    assert (mention.text, mention.date, mention.kind) == (expr, iso, "absolute")


def test_a_date_without_a_year_takes_the_last_such_day_before_publication() -> None:
    assert only("It closed on December 28.", "2024-01-05").date == "2023-12-28"
    assert only("It closed on March 3.", "2024-12-20").date == "2024-03-03"


def test_a_date_without_a_year_just_after_publication_lies_ahead() -> None:
    mention = only("Cars are barred from February 1.", "2024-01-25")
    assert (mention.text, mention.date) == ("from February 1", "2024-02-01")


def test_a_date_without_a_year_takes_the_year_written_elsewhere() -> None:
    found = find_dates("It shut on May 7 after the raid. Photo: Egypt, 09 July 2024.", None)
    assert [(m.text, m.date) for m in found] == [("May 7", "2024-05-07"),
                                                 ("09 July 2024", "2024-07-09")]
    assert only("It shut on May 7.").date is None
    assert find_dates("It shut on May 7.", None, default_year=2021)[0].date == "2021-05-07"


def test_a_weekday_that_contradicts_the_guessed_year_leaves_the_date_open() -> None:
    # 23 September 2023 was a Saturday, so the year of the publication is wrong here
    assert only("The gate opens Wednesday, September 23.", "2023-09-30").date is None
    assert only("The gate opened Saturday, September 23.", "2023-09-30").date == "2023-09-23"


@pytest.mark.parametrize(
    ("text", "expr", "iso"),
    [
        ("Talks were held today.", "today", "2024-08-07"),
        ("It closes from tonight.", "from tonight", "2024-08-07"),
        ("It reopened this morning.", "this morning", "2024-08-07"),
        ("Yesterday, guards stopped cars.", "Yesterday", "2024-08-06"),
        ("It was closed since 3:00pm yesterday.", "since 3:00pm yesterday", "2024-08-06"),
        ("It shuts today at 8 p.m. again.", "today at 8 p.m.", "2024-08-07"),
        ("They met yesterday (Tuesday) in Kabul.", "yesterday (Tuesday)", "2024-08-06"),
        ("Firing began late on Friday near the gate.", "late on Friday", "2024-08-02"),
        ("It began late Saturday.", "late Saturday", "2024-08-03"),
        ("Work stopped early Tuesday.", "early Tuesday", "2024-08-06"),
        ("Guards fired Sunday night.", "Sunday night", "2024-08-04"),
        ("It reopened Tuesday evening.", "Tuesday evening", "2024-08-06"),
        ("Closed since Saturday.", "since Saturday", "2024-08-03"),
        ("Closed as of Sunday.", "as of Sunday", "2024-08-04"),
        ("Trade resumed on Wednesday.", "Wednesday", "2024-08-07"),
        ("It was shut last Wednesday.", "last Wednesday", "2024-07-31"),
        ("El paso reabrió esta madrugada.", "esta madrugada", "2024-08-07"),
        ("El puente se cerró anoche.", "anoche", "2024-08-06"),
        ("Le poste a fermé ce matin.", "ce matin", "2024-08-07"),
    ],
)
def test_relative_expressions_resolve_against_publication(text: str, expr: str, iso: str) -> None:
    mention = only(text, "2024-08-07")  # a Wednesday
    assert (mention.text, mention.date) == (expr, iso)
    assert text[mention.start:mention.end] == expr


def test_implausible_publication_dates_are_ignored() -> None:
    for published in ("9999-12-31", "0001-01-01", "2023-02-30", "yesterday"):
        assert only("It reopens tomorrow.", published).date is None


def test_relative_expressions_stay_open_without_a_reference_day() -> None:
    for text in ("Talks were held today.", "Guards fired Sunday night.", "It closed yesterday."):
        assert only(text).date is None


def test_the_preposition_on_is_not_part_of_the_expression() -> None:
    assert only("It was closed on Friday night.", "2024-01-15").text == "Friday night"


def test_announcements_put_a_weekday_ahead_of_publication() -> None:
    assert only("The crossing will reopen on Monday.", "2024-08-07").date == "2024-08-12"
    assert only("Ministers were expected to meet on Tuesday.", "2014-04-07").date == "2014-04-08"
    assert only("The crossing reopened on Monday.", "2024-08-07").date == "2024-08-05"


def test_resolve_date_text_prefers_the_future_when_asked() -> None:
    assert resolve_date_text("Monday", "2024-08-07") == "2024-08-05"
    assert resolve_date_text("Monday", "2024-08-07", prefer_future=True) == "2024-08-12"
    assert resolve_date_text("Wednesday", "2024-08-07", prefer_future=True) == "2024-08-07"
    assert resolve_date_text("since Saturday", "2024-08-07") == "2024-08-03"
    assert resolve_date_text("February 21", None) is None
    assert resolve_date_text("February 21", None, default_year=2023) == "2023-02-21"
    assert resolve_date_text("no date here", "2024-08-07") is None


def test_a_caption_date_anchors_nearby_relative_words_without_publication() -> None:
    text = "Guards at the gate on December15, 2023. It re-opened yesterday."
    assert [(m.text, m.date) for m in find_dates(text, None)] == [
        ("December15, 2023", "2023-12-15"), ("yesterday", "2023-12-14")]


def test_a_deadline_is_no_anchor_for_relative_words() -> None:
    found = find_dates("Closed till January 14th 2024. It re-opened yesterday.", None)
    assert found[-1].text == "yesterday" and found[-1].date is None


def test_chained_words_count_from_the_day_named_before() -> None:
    text = ("It closed on Monday morning. It reopened about three hours later. "
            "A day earlier, talks failed.")
    found = find_dates(text, "2018-11-19")
    assert [(m.text, m.date) for m in found] == [
        ("Monday morning", "2018-11-19"),
        ("about three hours later", "2018-11-19"),
        ("A day earlier", "2018-11-18"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The crossing handled about 3,000 people a day before the closure.",
        "The crossing handled about 3,000 people per day before the closure.",
        "The crossing handled about 3,000 people a week before the closure.",
        "Some 1.5 million people a day crossed before the war.",
        "Around 400 goods trucks a day earlier used the route.",
        "Two thousand pilgrims a day later passed through.",
        "Hundreds of travellers a day before the closure used the gate.",
    ],
)
def test_a_count_per_day_is_a_rate_not_a_date(text: str) -> None:
    assert find_dates(text, "2024-03-01") == []


def test_a_rate_leaves_the_dates_around_it_alone() -> None:
    text = ("The crossing handled about 3,000 people a day before the closure on "
            "February 21. A day before, officials had met.")
    found = find_dates(text, "2024-03-01")
    assert [(m.text, m.date) for m in found] == [
        ("February 21", "2024-02-21"), ("A day before", "2024-02-20")]


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("It shut on February 21. A day before, officials had met.", "A day before"),
        ("It shut on February 21. They met in Kabul a day earlier.", "a day earlier"),
        ("It shut on February 21. Two soldiers died a day before.", "a day before"),
        ("It shut on February 21. About 300 trucks crossed a day earlier.", "a day earlier"),
        ("It shut on 21 February a day before the talks.", "a day before"),
        ("It shut on February 21. Police held 30 people the day before.", "the day before"),
    ],
)
def test_a_day_before_after_anything_but_a_count_is_a_date(text: str, expr: str) -> None:
    found = find_dates(text, "2024-03-01")
    assert [(m.text, m.date) for m in found][-1] == (expr, "2024-02-20")


def test_a_bare_clock_time_takes_the_day_just_named() -> None:
    found = find_dates("The gate shut Tuesday evening. It opened around 3 a.m.", "2020-07-29")
    assert [(m.text, m.date) for m in found] == [
        ("Tuesday evening", "2020-07-28"), ("around 3 a.m.", "2020-07-28")]
    assert only("Effective from 5 p.m. local time.", "2020-03-15").text == "from 5 p.m. local time"


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("It was closed in March.", "March"),
        ("It was closed in early March.", "early March"),
        ("The frontier closed in February 2019.", "February 2019"),
        ("It has been closed since 2019.", "since 2019"),
        ("It was shut last week.", "last week"),
        ("Protests began earlier this month.", "earlier this month"),
        ("Traffic rose this week.", "this week"),
    ],
)
def test_months_years_and_weeks_are_mentions_without_a_date(text: str, expr: str) -> None:
    mention = only(text, "2022-01-31")
    assert (mention.text, mention.date) == (expr, None)


@pytest.mark.parametrize(
    "text",
    [
        "The crossing stayed closed for a third day.",
        "The blockade is now in its ninth day.",
        "The gate was shut for six days.",
        "A four-day closure hit traders.",
        "Trade stopped two years ago.",
        "More than 6,000 trucks are stuck, and 25 may leave.",
        "Talks may march on.",
    ],
)
def test_durations_and_lookalikes_are_not_mentions(text: str) -> None:
    assert find_dates(text, "2024-01-01") == []


def test_month_names_of_other_languages_are_read_with_a_day() -> None:
    text = "С 5 по 7 апреля пункты закрыты. Пропуск возобновится 8 апреля."
    found = find_dates(text, "2014-04-02")
    assert [(m.text, m.date, m.kind) for m in found] == [
        ("С 5 по 7 апреля", "2014-04-05", "range"), ("8 апреля", "2014-04-08", "absolute")]
    assert only("Le poste ferme le 15 mars 2020.").date == "2020-03-15"
    assert only("Kapı 15 Mart 2020 tarihinde kapandı.").date == "2020-03-15"


def test_a_date_and_its_weekday_and_today_are_one_mention() -> None:
    mention = only("The crossing is closed starting today, Wednesday, September 23, 2020.")
    assert mention.text == "starting today, Wednesday, September 23, 2020"
    assert mention.date == "2020-09-23"


def test_dev_corpus_date_texts_are_found_and_resolved() -> None:
    if not DEV.exists():
        pytest.skip("the shared corpus is not checked out next to the repository")
    dated = right = found = seen = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        mentions = find_dates(text, record["published"])
        for event in record["gold"]["events"]:
            expr = event.get("date_text")
            if not expr or expr not in text:
                continue
            starts = [i for i in range(len(text)) if text.startswith(expr, i)]
            cover = [m for m in mentions for i in starts if m.start <= i and i + len(expr) <= m.end]
            seen += 1
            found += bool(cover)
            if event["date"]:
                dated += 1
                right += any(m.date == event["date"] for m in cover)
    assert seen > 50 and dated > 30
    assert found / seen >= 0.9
    assert right / dated >= 0.9


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 ,.:-–()\nMaySundayJanuaryFebtodayyesterdaysince"
                                      "p.m.апреля")) | st.characters(),
        max_size=120,
    ),
    st.sampled_from([None, "2024-02-29", "2023-01-01", "not a date", "2023-13-45", "0000-02-01",
                     "9999-12-31", "0001-01-01"]),
)
def test_any_text_gives_mentions_that_slice_the_text(text: str, published: str | None) -> None:
    for mention in find_dates(text, published):
        assert text[mention.start:mention.end] == mention.text
        assert mention.kind in ("absolute", "relative", "weekday", "range")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سرحد 13 اگست کو بند ہوئی", "2024-08-13"),  # Urdu month
        ("المعبر أغلق يوم الخميس", "2024-08-15"),  # Arabic weekday with its article
        ("सीमा रविवार को बंद रही", "2024-08-18"),  # Hindi weekday
        ("বন্দর ১১ আগস্ট থেকে বন্ধ", "2024-08-11"),  # Bengali digits and month
        ("przejście zamknięto 5 sierpnia", "2024-08-05"),  # Polish genitive month
        ("кордон закрили вчора", "2024-08-19"),  # Ukrainian day word
        ("ด่านปิดตั้งแต่วันที่ 3 สิงหาคม", "2024-08-03"),  # Thai month
    ],
)
def test_dates_in_other_languages(text: str, expected: str) -> None:
    assert only(text, "2024-08-20").date == expected


def test_ambiguous_urdu_day_words_are_no_dates() -> None:
    # "کل" is both yesterday and tomorrow; "ہفتہ" both Saturday and a week
    assert find_dates("سرحد کل بند تھی", "2024-08-20") == []
    assert find_dates("گزشتہ ہفتہ سرحد بند تھی", "2024-08-20") == []


@pytest.mark.parametrize(
    ("text", "expr", "iso"),
    [
        ("口岸于1月1日9时许恢复通关。", "1月1日", "2026-01-01"),
        ("2025年7月8日凌晨，口岸关闭。", "2025年7月8日", "2025-07-08"),
        ("통행이 12월 8일 중단되었다", "12월 8일", "2025-12-08"),
        ("Sáng Chủ nhật (28/12), cửa khẩu đóng cửa.", "28/12", "2025-12-28"),
        ("ngày 7/12, các trạm sẽ đóng cửa", "ngày 7/12", "2025-12-07"),
    ],
)
def test_dates_written_with_numbers_in_east_asian_languages(text: str, expr: str, iso: str) -> None:
    mention = only(text, "2026-01-06")
    assert (mention.text, mention.date) == (expr, iso)


def test_a_fraction_is_no_vietnamese_date() -> None:
    assert find_dates("Trade fell by 3/4 in a year.", "2026-01-06") == []


def test_a_day_after_a_modified_month_makes_it_a_date() -> None:
    mention = only("Guards traded fire early June 17.", "2024-06-20")
    assert mention.date == "2024-06-17"
    assert only("Guards traded fire in early June.", "2024-06-20").date is None


@pytest.mark.parametrize(
    ("text", "expr", "iso"),
    [
        ("The gate shut two nights ago.", "two nights ago", "2024-04-29"),
        ("The gate shut 10 days ago.", "10 days ago", "2024-04-21"),
        ("The gate shut a week ago.", "a week ago", "2024-04-24"),
    ],
)
def test_days_ago_count_back_from_publication(text: str, expr: str, iso: str) -> None:
    mention = only(text, "2024-05-01")
    assert (mention.text, mention.date) == (expr, iso)
    assert only(text).date is None  # no publication day, nothing to count from


def test_ago_without_a_count_of_days_is_no_date() -> None:
    assert find_dates("Years ago the gate shut.", "2024-05-01") == []
