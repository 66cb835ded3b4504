"""What keyword monitors get wrong, one behaviour a test (sentences written here)."""

from __future__ import annotations

from borderwatch.events import find_events
from borderwatch.records import Article, Findings
from borderwatch.status import status_at_publication


def _read(analyzer, text: str, published: str | None = "2024-03-06") -> Findings:  # type: ignore[no-untyped-def]
    return find_events(analyzer(Article(id="t", text=text, published=published)))


def _pairs(found: Findings) -> set[tuple[str, str]]:
    return {(e.type, e.place) for e in found.events}


def _status(found: Findings, published: str | None = "2024-03-06") -> dict[str, str]:
    in_force = [e for e in found.events if e not in found.announced]
    return status_at_publication(in_force, found.claims, published, found.crossings_mentioned)


def test_a_plain_closure_is_dated_against_publication(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "Pakistani authorities closed the Torkham crossing on Monday.")
    (event,) = found.events
    assert (event.type, event.crossing, event.date, event.date_text) == (
        "closure",
        "Torkham",
        "2024-03-04",
        "Monday",
    )
    assert event.actor == "Pakistani authorities"
    assert _status(found) == {"Torkham": "closed"}


def test_negated_closures_are_not_events(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert not _read(analyzer, "Officials said they did not close the Torkham crossing.").events
    assert not _read(
        analyzer, "The government has no plans to shut the Chaman border crossing."
    ).events


def test_background_history_is_not_news(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The Torkham crossing has been closed several times in recent years."
    assert not _read(analyzer, text).events


def test_a_reopening_after_a_closure_gives_both_and_leaves_it_open(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "The Torkham crossing reopened on Saturday after a four-day closure.")
    assert _pairs(found) == {("reopening", "Torkham"), ("closure", "Torkham")}
    assert _status(found) == {"Torkham": "open"}


def test_waiting_for_a_reopening_means_closed_and_stranded(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "Hundreds of trucks are waiting at Torkham for the crossing to reopen.")
    assert {("closure", "Torkham"), ("stranded", "Torkham")} <= _pairs(found)
    stranded = next(e for e in found.events if e.type == "stranded")
    assert stranded.counts and stranded.counts[0].qualifier == "hundreds"


def test_an_announced_reopening_is_dated_ahead_and_not_yet_in_force(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The Torkham crossing was closed on Monday. Officials said it will reopen on Friday."
    found = _read(analyzer, text)
    reopening = next(e for e in found.events if e.type == "reopening")
    assert reopening.date == "2024-03-08"
    assert _status(found) == {"Torkham": "closed"}


def test_a_partial_closure_is_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(
        analyzer,
        "The Chaman crossing was closed to trucks on Tuesday, but pedestrians still cross.",
    )
    assert _pairs(found) == {("restriction", "Chaman–Spin Boldak")}
    assert _status(found) == {"Chaman–Spin Boldak": "restricted"}


def test_remains_open_sets_the_status_without_an_event(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "The Torkham crossing remains open.")
    assert not found.events
    assert _status(found) == {"Torkham": "open"}


def test_the_crossing_refers_back_to_the_one_named_before(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Traders gathered at Torkham on Monday. The crossing was shut on Tuesday."
    assert ("closure", "Torkham") in _pairs(_read(analyzer, text))


def test_a_whole_border_is_a_country_pair(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "Pakistan sealed its entire border with Afghanistan on Sunday.")
    assert ("closure", "border:AF-PK") in _pairs(found)


def test_a_clash_carries_its_casualties(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "Border guards traded fire at Torkham on Sunday, killing two soldiers.")
    clash = next(e for e in found.events if e.type == "clash")
    assert clash.casualties is not None and clash.casualties.killed == 2


def test_talks_need_both_sides(analyzer) -> None:  # type: ignore[no-untyped-def]
    both = "Afghan and Pakistani officials met at Torkham on Tuesday to discuss the closure."
    assert ("talks", "Torkham") in _pairs(_read(analyzer, both))
    one = "Provincial officials met at Torkham on Tuesday to review arrangements."
    assert ("talks", "Torkham") not in _pairs(_read(analyzer, one))


def test_a_headline_stands_only_when_the_body_repeats_it(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey closes Sarp crossing\n\nThe Sarp crossing was closed to passengers on Sunday."
    assert _pairs(_read(analyzer, text)) == {("restriction", "Sarp–Sarpi")}


def test_a_place_that_shares_a_crossing_name_is_not_the_crossing(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert not _read(analyzer, "Peace Arch Park was closed on Monday near the border.").events


def test_cyrillic_text_finds_latin_gazetteer_names(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "КПП «Козловичи» на границе закрыт.")
    assert "Kukuryki–Kozlovichi" in found.crossings_mentioned
    assert ("closure", "Kukuryki–Kozlovichi") in _pairs(found)


def test_open_said_of_several_crossings_and_not_of_a_contrast(analyzer) -> None:  # type: ignore[no-untyped-def]
    both = _read(analyzer, "Taftan on the border with Pakistan and Islam Qala remain open.")
    assert _status(both) == {"Taftan–Mirjaveh": "open", "Islam Qala–Dogharoun": "open"}
    text = "Pakistan closed Torkham on Monday, while Chaman and Angoor Adda remain open."
    assert _status(_read(analyzer, text)) == {
        "Torkham": "closed",
        "Chaman–Spin Boldak": "open",
        "Angoor Adda": "open",
    }


def test_open_with_a_limit_after_it_is_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "The Narva crossing remains open, though only for pedestrians.")
    assert _pairs(found) == {("restriction", "Narva–Ivangorod")}
    assert _status(found) == {"Narva–Ivangorod": "restricted"}


def test_a_closure_for_some_hours_is_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The government will close the Narva crossing during night-time hours from next week.",
        "Officials announced the closure of the Narva crossing from 20:00 to 06:00 on Monday.",
    ):
        assert _pairs(_read(analyzer, text)) == {("restriction", "Narva–Ivangorod")}, text


def test_a_closure_to_one_group_of_people_is_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The Taba crossing was shut to Israelis on Monday.",
        "The Taba crossing remains closed to all foreigners.",
        "Egypt closed the Taba crossing to all non-Egyptians on Monday.",
    ):
        assert _pairs(_read(analyzer, text)) == {("restriction", "Taba")}, text
    # a benefit for people is not who the closure applies to
    text = "The Taba crossing was closed pending guarantees for Israelis living nearby."
    assert _pairs(_read(analyzer, text)) == {("closure", "Taba")}


def test_a_meeting_held_in_a_story_about_one_crossing_is_talks(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Traders said the Chaman crossing stayed shut on Monday.\n"
        "A meeting was held on Tuesday to resolve the dispute."
    )
    assert ("talks", "Chaman–Spin Boldak") in _pairs(_read(analyzer, text))


def test_meet_that_is_not_a_meeting(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Both sides are upgrading the Torkham crossing to meet international standards.",
        "Travellers who cross at Torkham are met by volunteers on the other side.",
    ):
        assert "talks" not in {t for t, _ in _pairs(_read(analyzer, text))}, text


def test_an_announced_change_whose_day_has_passed_is_in_force(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The Torkham crossing will be closed effective March 4, 2024, officials said."
    assert _status(_read(analyzer, text, "2024-03-06"), "2024-03-06") == {"Torkham": "closed"}
    # published before that day: an announcement, not yet the state
    found = _read(analyzer, text, "2024-03-01")
    assert _status(found, "2024-03-01") == {}


def test_working_smoothly_is_a_statement_that_the_crossing_is_open(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "The Torkham crossing is working smoothly, officials said.")
    assert not found.events
    assert _status(found) == {"Torkham": "open"}


def test_limiting_or_curbing_passage_is_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "China has limited border crossing at Khorgos since Monday.",
        "Authorities curbed the entry of trucks through the Khorgos crossing on Monday.",
    ):
        assert _pairs(_read(analyzer, text)) == {("restriction", "Khorgos")}, text


def test_a_border_named_by_both_countries_in_a_roundup_is_the_whole_border(analyzer) -> None:  # type: ignore[no-untyped-def]
    roundup = (
        "Traders said Torkham and Chaman were busy last week.\n"
        "Officials said the Pakistan-Afghanistan border was closed on Monday."
    )
    assert ("closure", "border:AF-PK") in _pairs(_read(analyzer, roundup))
    # a story about one crossing: "the border" there is that crossing
    single = (
        "Traders said Torkham was busy last week.\n"
        "Officials said the Pakistan-Afghanistan border was closed on Monday."
    )
    assert _pairs(_read(analyzer, single)) == {("closure", "Torkham")}


def test_an_opening_announced_is_a_reopening_with_its_future_date(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "The Torkham crossing will be opened on Friday, officials said.")
    (event,) = found.events
    assert (event.type, event.crossing, event.date) == ("reopening", "Torkham", "2024-03-08")
    assert event in found.announced


def test_these_crossings_are_the_ones_named_just_before(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pakistan reopened the Torkham and Chaman crossings on Monday.\n"
        "Officials had closed both crossings on Friday after clashes."
    )
    closures = {e.crossing for e in _read(analyzer, text).events if e.type == "closure"}
    assert closures == {"Torkham", "Chaman–Spin Boldak"}


def test_a_reopening_only_wished_for_leaves_the_crossing_closed(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Torkham crossing was closed on Monday. "
        "Traders in Landi Kotal asked for the early reopening of the Torkham crossing. "
        "They said the reopening of Torkham would revive local markets."
    )
    found = _read(analyzer, text)
    assert _pairs(found) == {("closure", "Torkham")}
    assert _status(found) == {"Torkham": "closed"}
    told = _read(analyzer, "The ministry announced the reopening of the Torkham crossing.")
    assert _pairs(told) == {("reopening", "Torkham")}


def test_a_reopening_asked_for_is_no_reopening(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Taftan crossing has been closed for eight months. "
        "Pilgrim groups appealed to the government to take urgent action "
        "to reopen the Taftan crossing."
    )
    found = _read(analyzer, text)
    assert ("reopening", "Taftan–Mirjaveh") not in _pairs(found)
    assert _status(found) == {"Taftan–Mirjaveh": "closed"}


def test_a_date_belongs_to_the_verb_it_hangs_on(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Closed for years because of the war, Syria yesterday reopened the Nassib crossing."
    found = _read(analyzer, text)
    dates = {e.type: e.date for e in found.events if e.crossing == "Jaber–Nasib"}
    assert dates["reopening"] == "2024-03-05"
    assert dates.get("closure") != "2024-03-05"


def test_an_opening_for_a_while_or_one_purpose_is_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    brief = "The Torkham crossing was temporarily opened on Monday to allow students to go home."
    assert ("restriction", "Torkham") in _pairs(_read(analyzer, brief))
    hours = "Guards reopened the Chaman crossing on Sunday for three hours so families could cross."
    assert ("restriction", "Chaman–Spin Boldak") in _pairs(_read(analyzer, hours))
    weekly = "The Badini crossing has been opened for traders four days a week."
    assert _pairs(_read(analyzer, weekly)) == {("restriction", "Badini")}
    plain = "Guards reopened the Chaman crossing on Sunday after talks."
    assert ("restriction", "Chaman–Spin Boldak") not in _pairs(_read(analyzer, plain))


def test_rules_imposed_at_a_crossing_are_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    imposed = "The authorities imposed strict travelling restrictions at the Torkham crossing."
    assert _pairs(_read(analyzer, imposed)) == {("restriction", "Torkham")}
    introduced = "Checks on every car were introduced at the Chaman crossing on Monday."
    assert _pairs(_read(analyzer, introduced)) == {("restriction", "Chaman–Spin Boldak")}
    without = "Officials said travellers cannot enter through Torkham without a visa."
    assert _pairs(_read(analyzer, without)) == {("restriction", "Torkham")}


def test_an_opening_for_trade_only_and_proof_demanded_are_restrictions(analyzer) -> None:  # type: ignore[no-untyped-def]
    trade = "The Kharlachi crossing will only be opened for trade from Monday."
    assert {t for t, _ in _pairs(_read(analyzer, trade))} == {"restriction"}
    proof = "To cross at Mae Sai, travellers are required to carry proof of vaccination."
    assert _pairs(_read(analyzer, proof)) == {("restriction", "Mae Sai–Tachileik")}


def test_a_closure_ordered_is_news_not_a_reference(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, "On Monday the ministry ordered the closure of the Torkham crossing.")
    assert _pairs(found) == {("closure", "Torkham")}
    assert _status(found) == {"Torkham": "closed"}


def test_trucks_accumulating_or_held_up_at_a_closed_crossing_are_stranded(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Khorgos crossing was closed on Monday. "
        "Hundreds of trucks have begun to accumulate at the Khorgos crossing. "
        "More than 300 cars are held up at the Khorgos crossing."
    )
    found = _read(analyzer, text)
    stranded = [e for e in found.events if e.type == "stranded"]
    assert {e.crossing for e in stranded} == {"Khorgos"}
    assert len({e.evidence.start for e in stranded}) == 2


def test_a_rule_of_papers_in_a_one_crossing_story_is_about_that_crossing(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya reopened the Namanga crossing on Monday. "
        "However, drivers who tested positive were denied entry into Kenya."
    )
    found = _read(analyzer, text)
    assert ("restriction", "Namanga") in _pairs(found)
    assert _status(found) == {"Namanga": "restricted"}


def test_a_restriction_keeps_the_count_it_names(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Border officials at Torkham denied entry to around 200 persons who lacked passports."
    (event,) = _read(analyzer, text).events
    assert event.type == "restriction"
    assert [(c.what, c.value) for c in event.counts] == [("persons", 200)]


def test_a_reopening_that_was_due_is_no_reopening(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The Taba crossing was due to reopen on Tuesday, but officials opted to keep it closed."
    assert ("reopening", "Taba") not in _pairs(_read(analyzer, text))


def test_a_guides_advice_on_papers_is_no_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Torkham crossing is the busiest on the border. "
        "You may be refused entry without a printed ticket, so keep one with you."
    )
    assert ("restriction", "Torkham") not in _pairs(_read(analyzer, text))


def test_only_a_list_of_goods_permitted_is_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Only food, cement and iron are currently permitted through the Torkham crossing."
    assert _pairs(_read(analyzer, text)) == {("restriction", "Torkham")}


def test_only_some_let_in_is_a_restriction_of_the_storys_crossing(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pakistan reopened the Torkham crossing on Monday. Only those who need urgent "
        "surgery are being allowed to enter Pakistan."
    )
    assert ("restriction", "Torkham") in _pairs(_read(analyzer, text))
    plain = "Pakistan reopened the Torkham crossing on Monday. Only some were allowed to speak."
    assert _pairs(_read(analyzer, plain)) == {("reopening", "Torkham")}


def test_passage_let_on_a_condition_or_kept_from_one_group_is_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Under the new rules, traders can cross at Chaman between 8 am and 4 pm.",
        "Local residents may cross at Chaman on the basis of their identity cards.",
        "At Chaman, pedestrians cannot enter Pakistan, although trucks still cross.",
    ):
        assert _pairs(_read(analyzer, text)) == {("restriction", "Chaman–Spin Boldak")}, text
    # a condition that is only hoped for limits nothing
    hoped = "If the new rules pass, traders could cross at Chaman between 8 am and 4 pm."
    assert not _read(analyzer, hoped).events


def test_a_ceremony_attended_by_both_sides_is_talks(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The ceremony at Chaman was attended by Pakistani and Afghan officials on Monday."
    assert ("talks", "Chaman–Spin Boldak") in _pairs(_read(analyzer, text))
    # a ceremony of one side alone is no meeting of the sides
    alone = "The ceremony at Chaman was attended by local schoolchildren on Monday."
    assert not _read(analyzer, alone).events


def test_held_on_one_side_in_a_story_about_one_crossing_is_stranded(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pakistan closed the Chaman crossing on Monday.\n\n"
        "Drivers have been stuck on the Afghan side since then, traders said."
    )
    assert ("stranded", "Chaman–Spin Boldak") in _pairs(_read(analyzer, text))
    # without a side, a count or a place, people stuck somewhere are not the crossing's
    elsewhere = (
        "Pakistan closed the Chaman crossing on Monday.\n\n"
        "Commuters were stuck in traffic in Quetta, residents said."
    )
    assert ("stranded", "Chaman–Spin Boldak") not in _pairs(_read(analyzer, elsewhere))


def test_out_of_service_is_a_closure(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The Masnaa crossing has been out of service since an air strike on Friday."
    assert ("closure", "Masnaa–Jdeidet Yabous") in _pairs(_read(analyzer, text))
    assert not _read(analyzer, "The Masnaa crossing was never out of service.").events


def test_a_border_the_verb_governs_keeps_the_closure(analyzer) -> None:  # type: ignore[no-untyped-def]
    # the border was shut; the crossings named later are only where trucks wait
    text = (
        "The India-Nepal border was shut on Monday after riots, leaving thousands of "
        "lorries stuck at crossings such as Raxaul and Jogbani."
    )
    pairs = _pairs(_read(analyzer, text))
    assert ("closure", "border:IN-NP") in pairs
    assert ("closure", "Raxaul–Birgunj") not in pairs
    # the crossing the closure word governs keeps it
    governed = "The India-Nepal border crossing at Raxaul was shut on Monday after riots."
    assert ("closure", "Raxaul–Birgunj") in _pairs(_read(analyzer, governed))


def test_talks_with_the_officials_of_one_side(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Torkham crossing reopened on Monday.\n\n"
        "Customs officers said they had discussions with the Afghan authorities on Sunday."
    )
    assert ("talks", "Torkham") in _pairs(_read(analyzer, text))
    # a talk with no officials of a side is not talks about the crossing
    chat = (
        "The Torkham crossing reopened on Monday.\n\n"
        "Drivers said they had discussions with their families on Sunday."
    )
    assert ("talks", "Torkham") not in _pairs(_read(analyzer, chat))


def test_letting_only_some_through_makes_a_closure_partial(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Libya suspended movement at the Ras Ajdir crossing on Monday without giving a reason, "
        "allowing only travellers returning to their home countries to pass."
    )
    pairs = _pairs(_read(analyzer, text))
    assert ("restriction", "Ras Ajdir") in pairs
    assert ("closure", "Ras Ajdir") not in pairs


def test_hours_written_as_a_clock_range_are_a_restriction(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Congo closed its land borders with Rwanda 18:00-06:00 from Monday amid tensions."
    assert ("restriction", "border:CD-RW") in _pairs(_read(analyzer, text))
    whole = "Congo closed its land borders with Rwanda on Monday amid tensions."
    assert ("closure", "border:CD-RW") in _pairs(_read(analyzer, whole))


def test_a_reopening_after_a_stated_time_ends_a_closure(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The Torkham crossing reopened on Monday after nearly ten months."
    assert {("reopening", "Torkham"), ("closure", "Torkham")} <= _pairs(_read(analyzer, text))
    # "after two days of talks" is what led to it, not how long it was shut
    talks = "The Torkham crossing reopened on Monday after two days of talks between officials."
    assert ("closure", "Torkham") not in _pairs(_read(analyzer, talks))


def test_a_headline_reopening_after_a_closure_tells_the_closure(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Torkham border reopens after brief closure\n\n"
        "The Torkham crossing reopened on Monday, officials said."
    )
    assert {("reopening", "Torkham"), ("closure", "Torkham")} <= _pairs(_read(analyzer, text))
    # a heading that only names a closure points at one the body tells
    named = "Criticism of Torkham closure\n\nTraders said the crossing was busy on Monday."
    assert ("closure", "Torkham") not in _pairs(_read(analyzer, named))


def test_passage_limited_by_who_which_way_or_what_proof(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Officials at the Chaman crossing are allowing only empty trucks through since Monday.",
        "Protesters at the Chaman crossing were blocking Afghan traders from entering on Monday.",
        "At the Chaman crossing, outgoing traffic to Afghanistan is prohibited since Monday.",
        "Entering Afghanistan through the Chaman crossing will not be permitted for traders.",
        "Travellers at the Chaman crossing have to produce a negative test since Monday.",
        "Pakistan placed strict controls on the entry of trucks at the Chaman crossing.",
    ):
        assert ("restriction", "Chaman–Spin Boldak") in _pairs(_read(analyzer, text)), text
    # told as not happening, none of them limits anything
    denied = "Officials denied blocking Afghan traders from entering the Chaman crossing."
    assert not _read(analyzer, denied).events


def test_held_where_they_stand_is_stranded(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Loaded trucks parked on a roadside at Torkham after Pakistan closed the crossing.",
        "After Pakistan closed Torkham, about 400 cargo trucks have been stopped on both sides.",
        "A five-kilometre line of trucks formed at Torkham after Pakistan closed the crossing.",
        "Travellers were forced to extend their stay after Pakistan closed Torkham on Monday.",
    ):
        assert ("stranded", "Torkham") in _pairs(_read(analyzer, text)), text


def test_fires_exchanged_is_a_clash(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Border guards of the two sides exchanged fires near the Torkham crossing on Monday."
    assert ("clash", "Torkham") in _pairs(_read(analyzer, text))


def test_a_crossing_still_functioning_is_open(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Officials confirmed on Wednesday that the Torkham crossing is still functioning.",
        "Traders praised the smooth movement at the Torkham crossing this week.",
    ):
        found = _read(analyzer, text)
        assert not found.events, text
        assert _status(found) == {"Torkham": "open"}, text
    # a crossing that no longer functions is not open
    stopped = "Officials confirmed that the Torkham crossing is no longer functioning."
    assert _status(_read(analyzer, stopped)) != {"Torkham": "open"}


def test_consultations_held_or_weeks_of_talks_are_talks(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Torkham reopened on Tuesday after local officials and Taliban commanders held "
        "consultations on Monday.",
        "The reopening of Torkham on Tuesday followed weeks of discussions among local elders.",
    ):
        assert ("talks", "Torkham") in _pairs(_read(analyzer, text)), text
    # consultations with a doctor are no talks about the crossing
    doctor = "Torkham reopened on Tuesday; the injured guard held a consultation with a doctor."
    assert ("talks", "Torkham") not in _pairs(_read(analyzer, doctor))


def test_a_later_line_that_lets_some_through_makes_the_closure_partial(analyzer) -> None:  # type: ignore[no-untyped-def]
    for line in (
        "People are still able to make the journey on foot.",
        "Local traders and aid workers are excluded, officials added.",
        "The closure is not thought to affect citizens returning home.",
    ):
        text = f"Pakistan closed the Chaman crossing on Monday. {line}"
        assert ("restriction", "Chaman–Spin Boldak") in _pairs(_read(analyzer, text)), line
    # without a closure told first, such a line limits nothing
    alone = "Traders met at Chaman on Monday. People are still able to make the journey on foot."
    assert ("restriction", "Chaman–Spin Boldak") not in _pairs(_read(analyzer, alone))
