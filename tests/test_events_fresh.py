"""Fresh news the rules have never seen: invented snippets, labelled by the spec.

Every text here was written for this file (none is taken from the corpus).
Each case states the (type, place) pairs the article should yield, the status
at publication, and, where the text and the publication date fix them, dates,
counts and casualties.  Cases the pipeline gets wrong today are marked
``xfail(strict=True)`` with the reason, so a fix shows up as an XPASS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from borderwatch.events import find_events
from borderwatch.records import Article, Findings
from borderwatch.status import status_at_publication

#: Publication date of most cases: a Thursday.  Monday = 05-06, Tuesday = 05-07,
#: Wednesday = 05-08, Friday (past) = 05-03, Saturday = 05-04, Sunday = 05-05;
#: "will ... on Monday" = 05-13.
PUB = "2024-05-09"

TORKHAM = "Torkham"
CHAMAN = "Chaman–Spin Boldak"
GHULAM = "Ghulam Khan"
ANGOOR = "Angoor Adda"
KHARLACHI = "Kharlachi"
TAFTAN = "Taftan–Mirjaveh"
ISLAM_QALA = "Islam Qala–Dogharoun"
WAGAH = "Attari–Wagah"
RAFAH = "Rafah Crossing"
KEREM = "Kerem Shalom"
ALLENBY = "Allenby Bridge"
BAB_AL_HAWA = "Cilvegözü–Bab al-Hawa"
KUKURYKI = "Kukuryki–Kozlovichi"
MEDYKA = "Medyka–Shehyni"
VAALIMAA = "Vaalimaa–Torfyanovka"
NARVA = "Narva–Ivangorod"
SAN_YSIDRO = "San Ysidro"
EAGLE_PASS = "Eagle Pass–Piedras Negras"
AMBASSADOR = "Ambassador Bridge"
UPPER_LARS = "Upper Lars–Kazbegi"
MALABA = "Malaba"
GATUNA = "Gatuna–Katuna"
POIPET = "Aranyaprathet–Poipet"
KHUNJERAB = "Khunjerab Pass"
MASNAA = "Masnaa–Jdeidet Yabous"

Key = tuple[str, str]


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    pairs: set[Key]
    #: crossing -> status at publication; None: not checked (the text leaves it open to reading).
    status: dict[str, str] | None = None
    #: (type, place) -> ISO date (or None) that at least one such event must carry.
    dates: dict[Key, str | None] = field(default_factory=dict)
    #: (type, place) -> (value, qualifier) that at least one such event must count.
    counts: dict[Key, tuple[int | None, str]] = field(default_factory=dict)
    #: (type, place) -> (killed, wounded) of at least one such event.
    casualties: dict[Key, tuple[int | None, int | None]] = field(default_factory=dict)
    #: the crossings the text names; None: not checked.
    mentioned: set[str] | None = None
    published: str = PUB
    #: why the pipeline gets this case wrong today (None: it gets it right).
    fails: str | None = None


CASES: list[Case] = [
    # --- Afghanistan-Pakistan -------------------------------------------------
    Case(
        "clash-kills-and-wounds-then-closure",
        "Afghan Taliban fighters and Pakistani border forces exchanged fire at the Chaman "
        "crossing late on Monday, killing two soldiers and wounding five others, local "
        "officials said. The crossing was closed to all traffic after the shooting.",
        {("clash", CHAMAN), ("closure", CHAMAN)},
        {CHAMAN: "closed"},
        dates={("clash", CHAMAN): "2024-05-06"},
        casualties={("clash", CHAMAN): (2, 5)},
    ),
    Case(
        "stranded-more-than-trucks-shut-since",
        "More than 2,000 trucks loaded with fruit and vegetables are stuck on both sides of "
        "the Ghulam Khan crossing, which has been shut since Saturday, transporters said.",
        {("stranded", GHULAM), ("closure", GHULAM)},
        {GHULAM: "closed"},
        dates={("closure", GHULAM): "2024-05-04"},
        counts={("stranded", GHULAM): (2000, "more than")},
    ),
    Case(
        "reopening-after-five-day-closure",
        "The Angoor Adda border crossing in South Waziristan reopened on Saturday after a "
        "five-day closure, district officials said.",
        {("reopening", ANGOOR), ("closure", ANGOOR)},
        {ANGOOR: "open"},
        dates={("reopening", ANGOOR): "2024-05-04", ("closure", ANGOOR): "2024-04-29"},
    ),
    Case(
        "reopening-frees-stranded-travellers",
        "Pakistan reopened the Ghulam Khan crossing on Wednesday, allowing hundreds of "
        "travellers stranded by the week-long closure to return to Afghanistan.",
        {("reopening", GHULAM), ("closure", GHULAM), ("stranded", GHULAM)},
        {GHULAM: "open"},
        dates={("reopening", GHULAM): "2024-05-08"},
        counts={("stranded", GHULAM): (None, "hundreds")},
    ),
    Case(
        "denied-reports-of-shutting-remains-open",
        "Pakistani officials denied reports that they had shut the Kharlachi crossing, "
        "saying the crossing remained open.",
        set(),
        {KHARLACHI: "open"},
    ),
    Case(
        "did-not-close-is-no-event",
        "Afghan authorities did not close the Spin Boldak crossing on Tuesday despite "
        "earlier warnings, a Taliban spokesman said.",
        set(),
        None,
    ),
    Case(
        "background-history-and-revenue",
        "Torkham, the busiest crossing between the two countries, has been closed several "
        "times in recent years over border fencing disputes. On Wednesday, customs officials "
        "said revenue collected at the crossing rose 12 percent in April.",
        set(),
        {},
        mentioned={TORKHAM},
    ),
    Case(
        "whole-border-sealed-then-named-crossings",
        "Pakistan sealed its entire border with Afghanistan on Sunday after a suicide "
        "bombing in North Waziristan, the interior ministry said. The Torkham and Chaman "
        "crossings were among those shut.",
        {("closure", "border:AF-PK"), ("closure", TORKHAM), ("closure", CHAMAN)},
        {TORKHAM: "closed", CHAMAN: "closed"},
        dates={("closure", "border:AF-PK"): "2024-05-05"},
    ),
    Case(
        "talks-to-reopen-while-closed",
        "A Pakistani delegation led by the Khyber deputy commissioner met Afghan Taliban "
        "officials at Torkham on Wednesday to discuss reopening the crossing, which has been "
        "closed since Friday.",
        {("talks", TORKHAM), ("closure", TORKHAM)},
        {TORKHAM: "closed"},
        dates={("talks", TORKHAM): "2024-05-08", ("closure", TORKHAM): "2024-05-03"},
    ),
    Case(
        "one-sided-meeting-is-not-talks",
        "Pakistan's interior minister chaired a meeting in Islamabad on Tuesday to review "
        "security arrangements at the Chaman border crossing.",
        set(),
        {},
    ),
    Case(
        "one-sided-decision-future-restriction",
        "Pakistan's federal cabinet decided on Tuesday that all Afghans entering through "
        "Chaman must carry a passport and visa from June 1.",
        {("restriction", CHAMAN)},
        {},
        dates={("restriction", CHAMAN): "2024-06-01"},
    ),
    Case(
        "closed-to-pedestrians-cargo-moves-is-restriction",
        "Pakistan has closed the Torkham crossing to pedestrians, but cargo trucks are "
        "still being allowed through, officials said.",
        {("restriction", TORKHAM)},
        {TORKHAM: "restricted"},
    ),
    Case(
        "headline-over-body-talks-fail",
        "Torkham stays shut as border talks fail\n\n"
        "PESHAWAR — Talks between Pakistani and Afghan border officials ended without "
        "agreement on Monday, and the Torkham crossing stayed shut for a third day.",
        {("talks", TORKHAM), ("closure", TORKHAM)},
        {TORKHAM: "closed"},
        dates={("talks", TORKHAM): "2024-05-06"},
    ),
    Case(
        "lorries-backed-up-after-suspension",
        "About 300 lorries carrying coal were backed up on the Afghan side of the Ghulam "
        "Khan crossing on Wednesday after Pakistani officials suspended traffic over a "
        "documentation dispute.",
        {("stranded", GHULAM), ("closure", GHULAM)},
        {GHULAM: "closed"},
        counts={("stranded", GHULAM): (300, "about")},
    ),
    Case(
        "martyred-and-injured-at-border-post",
        "Two Pakistani soldiers were martyred and three others injured when Afghan forces "
        "opened fire on a border post in the Kharlachi area of Kurram on Monday night, the "
        "military's media wing said.",
        {("clash", KHARLACHI)},
        {},
        dates={("clash", KHARLACHI): "2024-05-06"},
        casualties={("clash", KHARLACHI): (2, 3)},
    ),
    Case(
        "clash-along-whole-border",
        "Pakistani and Afghan forces exchanged heavy fire at several points along the "
        "border in Kurram and Bajaur on Saturday, killing at least four people.",
        {("clash", "border:AF-PK")},
        {},
        dates={("clash", "border:AF-PK"): "2024-05-04"},
        casualties={("clash", "border:AF-PK"): (4, None)},
    ),
    Case(
        "one-closed-other-remains-open",
        "Authorities closed the Chaman crossing on Friday after protests by local traders, "
        "but Torkham remains open, officials said.",
        {("closure", CHAMAN)},
        {CHAMAN: "closed", TORKHAM: "open"},
        dates={("closure", CHAMAN): "2024-05-03"},
    ),
    Case(
        "agreement-to-reopen-in-future",
        "Afghan and Pakistani officials agreed on Wednesday to reopen the Torkham crossing "
        "from Saturday after a flag meeting at the border.",
        {("talks", TORKHAM), ("reopening", TORKHAM)},
        {},
        dates={("talks", TORKHAM): "2024-05-08", ("reopening", TORKHAM): "2024-05-11"},
    ),
    Case(
        "officials-meet-protesting-traders",
        "Chaman's deputy commissioner met leaders of the traders' sit-in near the border "
        "crossing on Monday to hear their demands.",
        {("talks", CHAMAN)},
        {},
        dates={("talks", CHAMAN): "2024-05-06"},
    ),
    # --- Iran ------------------------------------------------------------------
    Case(
        "visas-refused-hundreds-stranded",
        "Iranian border guards at Islam Qala have been refusing entry to Afghans without "
        "valid visas since Sunday, leaving hundreds of families stranded on the Afghan side, "
        "officials in Herat said.",
        {("restriction", ISLAM_QALA), ("stranded", ISLAM_QALA)},
        {ISLAM_QALA: "restricted"},
        dates={("restriction", ISLAM_QALA): "2024-05-05"},
        counts={("stranded", ISLAM_QALA): (None, "hundreds")},
    ),
    Case(
        "attack-on-guards-closes-two-named-sides",
        "Iran closed the Mirjaveh border crossing opposite Taftan on Friday after gunmen "
        "attacked a border post near the crossing, killing three Iranian border guards.",
        {("closure", TAFTAN), ("clash", TAFTAN)},
        {TAFTAN: "closed"},
        dates={("closure", TAFTAN): "2024-05-03"},
        casualties={("clash", TAFTAN): (3, None)},
    ),
    Case(
        "denied-shut-operating-normally",
        "Iran's interior ministry denied reports that it had shut the Mirjaveh crossing, "
        "saying the gate was operating normally on Wednesday.",
        set(),
        {TAFTAN: "open"},
    ),
    Case(
        "waiting-for-it-to-reopen",
        "Thousands of Afghan families returning from Iran are waiting at the Islam Qala "
        "crossing for it to reopen.",
        {("stranded", ISLAM_QALA), ("closure", ISLAM_QALA)},
        {ISLAM_QALA: "closed"},
        counts={("stranded", ISLAM_QALA): (None, "thousands")},
    ),
    Case(
        "one-direction-only-is-restriction",
        "Iran has opened the Dogharoun crossing only to Afghans returning home; travel into "
        "Iran through the crossing remains suspended.",
        {("restriction", ISLAM_QALA)},
        {ISLAM_QALA: "restricted"},
    ),
    # --- India-Pakistan ----------------------------------------------------------
    Case(
        "india-closes-integrated-check-post",
        "India closed the Attari-Wagah integrated check post on Wednesday and ordered "
        "Pakistani nationals to leave the country within 48 hours.",
        {("closure", WAGAH)},
        {WAGAH: "closed"},
        dates={("closure", WAGAH): "2024-05-08"},
    ),
    Case(
        "negative-wagah-ceremony-spectators",
        "The flag-lowering ceremony at Wagah, first held in 1959, draws thousands of "
        "spectators every evening.",
        set(),
        {},
    ),
    # --- Gaza, Israel, Jordan --------------------------------------------------
    Case(
        "partial-reopening-aid-and-wounded-only",
        "Egypt reopened the Rafah crossing on Sunday, but only for aid trucks and wounded "
        "Palestinians; ordinary travellers are still barred.",
        {("restriction", RAFAH)},
        {RAFAH: "restricted"},
        dates={("restriction", RAFAH): "2024-05-05"},
    ),
    Case(
        "rafah-city-is-not-the-crossing",
        "Israel shut the Kerem Shalom crossing, the main entry point for goods into Gaza, on "
        "Sunday after rockets fired from Rafah killed three soldiers near the crossing.",
        {("closure", KEREM), ("clash", KEREM)},
        {KEREM: "closed"},
        dates={("closure", KEREM): "2024-05-05"},
        casualties={("clash", KEREM): (3, None)},
        mentioned={KEREM},
    ),
    Case(
        "negative-strikes-on-rafah-city",
        "Israeli strikes on Rafah killed at least 20 people overnight, Gaza health officials said.",
        set(),
        {},
    ),
    Case(
        "closed-since-seizure-aid-trucks-queued",
        "The Rafah crossing has been closed since Israeli forces seized its Palestinian side "
        "last week, and hundreds of aid trucks are queued on the Egyptian side, the Egyptian "
        "Red Crescent said.",
        {("closure", RAFAH), ("stranded", RAFAH)},
        {RAFAH: "closed"},
        counts={("stranded", RAFAH): (None, "hundreds")},
    ),
    Case(
        "headline-says-closed-body-says-aid-only",
        "Rafah crossing closed to travellers\n\n"
        "Egypt allowed only aid trucks through the Rafah crossing on Tuesday, keeping it shut "
        "to travellers for a second week.",
        {("restriction", RAFAH)},
        {RAFAH: "restricted"},
    ),
    Case(
        "gunman-at-bridge-closes-it",
        "Jordan closed the King Hussein Bridge in both directions on Monday after a gunman "
        "killed three Israeli guards at the crossing.",
        {("closure", ALLENBY), ("clash", ALLENBY)},
        {ALLENBY: "closed"},
        dates={("closure", ALLENBY): "2024-05-06"},
        casualties={("clash", ALLENBY): (3, None)},
    ),
    # --- Turkey-Syria ------------------------------------------------------------
    Case(
        "closed-to-trade-aid-continues-two-sides-one-crossing",
        "Turkish officials said the Cilvegözü gate would remain closed to trade until "
        "further notice, while humanitarian shipments to Idlib continue through Bab al-Hawa.",
        {("restriction", BAB_AL_HAWA)},
        {BAB_AL_HAWA: "restricted"},
    ),
    Case(
        "turkish-closure-from-date",
        "Hatay Valiliği, Cilvegözü Sınır Kapısı'nın güvenlik nedeniyle 5 Mayıs'tan itibaren "
        "geçici olarak kapatıldığını açıkladı.",
        {("closure", BAB_AL_HAWA)},
        {BAB_AL_HAWA: "closed"},
        dates={("closure", BAB_AL_HAWA): "2024-05-05"},
    ),
    # --- Poland, Finland, Estonia ----------------------------------------------
    Case(
        "whole-border-closed-to-trucks-queue-at-named-crossing",
        "Poland closed its border with Belarus to freight trucks on Friday; passenger cars "
        "can still cross. About 1,500 lorries were queued on the Belarusian side near "
        "Kukuryki on Saturday, Belarusian border officials said.",
        {("restriction", "border:BY-PL"), ("stranded", KUKURYKI)},
        {KUKURYKI: "restricted"},
        dates={("restriction", "border:BY-PL"): "2024-05-03"},
        counts={("stranded", KUKURYKI): (1500, "about")},
    ),
    Case(
        "farmers-let-only-cars-through",
        "Polish farmers blocking the Medyka crossing let only passenger cars through on "
        "Tuesday, and about 600 trucks were waiting to enter Ukraine, the Ukrainian border "
        "service said.",
        {("restriction", MEDYKA), ("stranded", MEDYKA)},
        {MEDYKA: "restricted"},
        counts={("stranded", MEDYKA): (600, "about")},
    ),
    Case(
        "german-closed-to-trucks",
        "Polen hat den Grenzübergang Kukuryki für Lkw geschlossen; Pkw dürfen weiterhin passieren.",
        {("restriction", KUKURYKI)},
        {KUKURYKI: "restricted"},
    ),
    Case(
        "whole-land-border-closed-sets-named-checkpoint",
        "Finland has closed its entire land border with Russia until further notice, the "
        "government said. Vaalimaa, the busiest checkpoint, handled about 3,000 people a day "
        "before the closure.",
        {("closure", "border:FI-RU")},
        {VAALIMAA: "closed"},
    ),
    Case(
        "german-future-whole-border-closure",
        "Finnland schließt ab Freitag alle Grenzübergänge zu Russland.",
        {("closure", "border:FI-RU")},
        {},
        dates={("closure", "border:FI-RU"): "2024-05-10"},
    ),
    Case(
        "future-vehicle-ban-pedestrians-only",
        "Estonia will close the Narva crossing to vehicles from March 4, leaving "
        "it open only to pedestrians, the interior ministry announced.",
        {("restriction", NARVA)},
        {},
        dates={("restriction", NARVA): "2024-03-04"},
        published="2024-01-15",
    ),
    Case(
        "shorter-opening-hours",
        "Since Monday the Narva-1 checkpoint has been open only between 7 a.m. and 11 p.m., "
        "the Estonian Police and Border Guard Board said.",
        {("restriction", NARVA)},
        {NARVA: "restricted"},
        dates={("restriction", NARVA): "2024-05-06"},
    ),
    # --- Americas ----------------------------------------------------------------
    Case(
        "one-direction-closure-and-rock-throwers",
        "U.S. Customs and Border Protection temporarily closed the San Ysidro port of entry "
        "to northbound traffic on Sunday, and agents fired tear gas at rock throwers on the "
        "Mexican side.",
        {("restriction", SAN_YSIDRO), ("clash", SAN_YSIDRO)},
        {SAN_YSIDRO: "restricted"},
        dates={("restriction", SAN_YSIDRO): "2024-05-05"},
    ),
    Case(
        "bridge-reopens-after-four-day-closure-trucks-stranded",
        "Texas officials reopened the Eagle Pass international bridge on Wednesday, ending "
        "a four-day closure that had left hundreds of trucks stranded in Piedras Negras.",
        {("reopening", EAGLE_PASS), ("closure", EAGLE_PASS), ("stranded", EAGLE_PASS)},
        {EAGLE_PASS: "open"},
        dates={("reopening", EAGLE_PASS): "2024-05-08", ("closure", EAGLE_PASS): "2024-05-04"},
        counts={("stranded", EAGLE_PASS): (None, "hundreds")},
    ),
    Case(
        "spanish-closure-after-shootout-near-bridge",
        "Las autoridades mexicanas cerraron el cruce fronterizo de Piedras Negras el martes "
        "tras un tiroteo entre presuntos narcotraficantes y agentes de la Guardia Nacional "
        "junto al puente internacional.",
        {("closure", EAGLE_PASS), ("clash", EAGLE_PASS)},
        {EAGLE_PASS: "closed"},
        dates={("closure", EAGLE_PASS): "2024-05-07"},
    ),
    Case(
        "spanish-remains-open",
        "El cruce de San Ysidro permanece abierto con normalidad, informó la aduana mexicana.",
        set(),
        {SAN_YSIDRO: "open"},
    ),
    Case(
        "traffic-resumes-after-blockade",
        "Police cleared protesters from the Ambassador Bridge late on Sunday, and traffic "
        "between Detroit and Windsor resumed early Monday after a six-day blockade.",
        {("reopening", AMBASSADOR), ("closure", AMBASSADOR)},
        {AMBASSADOR: "open"},
        dates={("reopening", AMBASSADOR): "2024-05-06"},
    ),
    Case(
        "negative-level-crossing-near-windsor",
        "A freight train hit a car at a level crossing near Windsor, Ontario, on Tuesday, "
        "killing the driver, police said.",
        set(),
        {},
        mentioned=set(),
    ),
    Case(
        "negative-border-security-budget",
        "The House passed a $14 billion border security package on Thursday that funds 1,500 "
        "new Border Patrol agents and new scanners at ports of entry.",
        set(),
        {},
    ),
    Case(
        "negative-migration-statistics",
        "Border Patrol agents recorded about 128,900 apprehensions along the southwest border "
        "in April, down 7 percent from March, according to CBP data.",
        set(),
        {},
    ),
    Case(
        "negative-football-cross",
        "Kane headed in a cross from the left border of the penalty area in the 88th minute "
        "to give Bayern a 2-1 win.",
        set(),
        {},
    ),
    # --- Caucasus, Africa, Asia, Levant ------------------------------------------
    Case(
        "snow-closure-vehicles-stranded",
        "Hundreds of vehicles are stranded on the Georgian Military Road as the Upper Lars "
        "checkpoint remains closed for a second day because of heavy snowfall.",
        {("stranded", UPPER_LARS), ("closure", UPPER_LARS)},
        {UPPER_LARS: "closed"},
        counts={("stranded", UPPER_LARS): (None, "hundreds")},
    ),
    Case(
        "russian-checkpoint-closed-by-snow",
        "Пункт пропуска «Верхний Ларс» на российско-грузинской границе закрыт из-за "
        "сильного снегопада, сообщили в погранслужбе.",
        {("closure", UPPER_LARS)},
        {UPPER_LARS: "closed"},
    ),
    Case(
        "truckers-block-border-post",
        "Kenyan truckers blocked the Malaba border post on Monday in protest over new Ugandan "
        "road fees, leaving more than 1,000 trucks stuck on both sides.",
        {("closure", MALABA), ("stranded", MALABA)},
        {MALABA: "closed"},
        dates={("closure", MALABA): "2024-05-06"},
        counts={("stranded", MALABA): (1000, "more than")},
    ),
    Case(
        "negative-clearance-times",
        "Clearing a truck at Malaba now takes about four hours, down from two days in 2019, "
        "thanks to the one-stop border post, the East African Community said.",
        set(),
        {},
    ),
    Case(
        "future-reopening-said-on-another-day",
        "Rwanda will reopen the Gatuna border post with Uganda on Monday, the presidency "
        "said on Wednesday.",
        {("reopening", GATUNA)},
        {},
        dates={("reopening", GATUNA): "2024-05-13"},
    ),
    Case(
        "officials-of-both-sides-discuss-reopening",
        "Rwandan and Ugandan officials met in Kigali on Tuesday to discuss reopening the "
        "Gatuna border post.",
        {("talks", GATUNA)},
        {},
        dates={("talks", GATUNA): "2024-05-07"},
    ),
    Case(
        "border-clash-then-all-checkpoints-closed",
        "Cambodian and Thai troops traded fire along the border near a disputed temple on "
        "Friday, killing one Cambodian soldier. Thailand closed all border checkpoints with "
        "Cambodia on Saturday, including the busy Aranyaprathet-Poipet crossing.",
        {("clash", "border:KH-TH"), ("closure", "border:KH-TH"), ("closure", POIPET)},
        {POIPET: "closed"},
        dates={("clash", "border:KH-TH"): "2024-05-03", ("closure", POIPET): "2024-05-04"},
        casualties={("clash", "border:KH-TH"): (1, None)},
    ),
    Case(
        "seasonal-reopening-after-winter-closure",
        "The Khunjerab Pass, the only land route between Pakistan and China, reopened to "
        "traffic on April 1 after its annual winter closure.",
        {("reopening", KHUNJERAB), ("closure", KHUNJERAB)},
        {KHUNJERAB: "open"},
        dates={("reopening", KHUNJERAB): "2024-04-01"},
        published="2024-04-03",
    ),
    Case(
        "air-strike-leaves-crossing-foot-only",
        "An Israeli air strike hit the Lebanese side of the Masnaa crossing on Friday, "
        "making the road impassable for vehicles; people continued to cross on foot.",
        {("clash", MASNAA), ("restriction", MASNAA)},
        {MASNAA: "restricted"},
        dates={("clash", MASNAA): "2024-05-03"},
    ),
    Case(
        "french-reopening-after-three-weeks",
        "Le poste-frontière de Rafah a rouvert samedi après trois semaines de fermeture, "
        "selon les autorités égyptiennes.",
        {("reopening", RAFAH), ("closure", RAFAH)},
        {RAFAH: "open"},
        dates={("reopening", RAFAH): "2024-05-04", ("closure", RAFAH): "2024-04-13"},
    ),
]


def _read(analyzer, case: Case) -> Findings:  # type: ignore[no-untyped-def]
    return find_events(analyzer(Article(id=case.id, text=case.text, published=case.published)))


def _params() -> list[object]:
    return [
        pytest.param(
            case,
            id=case.id,
            marks=[pytest.mark.xfail(strict=True, reason=case.fails)] if case.fails else [],
        )
        for case in CASES
    ]


@pytest.mark.parametrize("case", _params())
def test_fresh_news_reads_as_the_spec_labels_it(analyzer, case: Case) -> None:  # type: ignore[no-untyped-def]
    found = _read(analyzer, case)
    pairs = {(e.type, e.place) for e in found.events}
    assert pairs == case.pairs
    if case.status is not None:
        in_force = [e for e in found.events if e not in found.announced]
        status = status_at_publication(
            in_force, found.claims, case.published, found.crossings_mentioned
        )
        assert status == case.status
    for key, date in case.dates.items():
        got = {e.date for e in found.events if (e.type, e.place) == key}
        assert date in got, (key, got)
    for key, (value, qualifier) in case.counts.items():
        got_counts = {
            (c.value, c.qualifier)
            for e in found.events
            if (e.type, e.place) == key
            for c in e.counts
        }
        assert (value, qualifier) in got_counts, (key, got_counts)
    for key, (killed, wounded) in case.casualties.items():
        got_cas = {
            (e.casualties.killed, e.casualties.wounded)
            for e in found.events
            if (e.type, e.place) == key and e.casualties
        }
        assert (killed, wounded) in got_cas, (key, got_cas)
    if case.mentioned is not None:
        assert set(found.crossings_mentioned) == case.mentioned


def test_the_probe_is_big_enough_and_its_ids_are_unique() -> None:
    assert 40 <= len(CASES) <= 60
    assert len({case.id for case in CASES}) == len(CASES)
