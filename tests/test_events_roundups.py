"""Places in multi-crossing articles: roundups, liveblogs, lists and tables.

Invented articles (written for this file, not taken from any corpus) in which
one text names several crossings with different fates: regional roundups,
liveblogs with timestamped entries, one sentence with several crossings,
lists ("the following crossings are closed: ..."), tables rendered as text
lines, comparisons with the past, crossings named by either side's name,
whole-border decisions with exceptions, and paraphrases ("the bridge", "the
busiest gateway").  Three hard negatives close the set.

Each article's expected reading follows ``shared/spec/events.md`` and the
labelling conventions of ``shared/data/corpus/README.md``: the set of
(type, place) pairs (canonical gazetteer name or ``border:XX-YY``), the status
at publication of the crossings whose state the text makes clear, and the
ISO dates and counts that the text fixes.  Aspects the pipeline gets wrong
today are marked ``xfail(strict=True)`` with a one-line diagnosis, so that a
fix shows up as an XPASS to unmark.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from borderwatch.evaluate import GoldRecord, score
from borderwatch.records import DocumentResult, RawDocument

Pair = tuple[str, str]


@dataclass(frozen=True)
class Case:
    id: str
    published: str
    text: str
    pairs: frozenset[Pair]
    status: dict[str, str] = field(default_factory=dict)
    #: (type, place, ISO date) that the text fixes
    dates: frozenset[tuple[str, str, str]] = frozenset()
    #: (type, place, what, value) of counts with a value
    counts: frozenset[tuple[str, str, str, int]] = frozenset()


def _case(
    id: str,
    published: str,
    text: str,
    pairs: set[Pair],
    status: dict[str, str] | None = None,
    dates: set[tuple[str, str, str]] | None = None,
    counts: set[tuple[str, str, str, int]] | None = None,
) -> Case:
    return Case(
        id,
        published,
        text,
        frozenset(pairs),
        status or {},
        frozenset(dates or ()),
        frozenset(counts or ()),
    )


# Canonical gazetteer names used below.
TORKHAM = "Torkham"
CHAMAN = "Chaman–Spin Boldak"
GHULAM_KHAN = "Ghulam Khan"
ANGOOR_ADDA = "Angoor Adda"
KHARLACHI = "Kharlachi"
TAFTAN = "Taftan–Mirjaveh"
ISLAM_QALA = "Islam Qala–Dogharoun"
VAALIMAA = "Vaalimaa–Torfyanovka"
NUIJAMAA = "Nuijamaa–Brusnichnoye"
SALLA = "Salla"
KUUSAMO = "Kuusamo"
VARTIUS = "Vartius–Lytta"
RAJA = "Raja-Jooseppi"
NARVA = "Narva–Ivangorod"
STORSKOG = "Storskog–Borisoglebsky"
TEREHOVA = "Terehova–Burachki"
BOBROWNIKI = "Bobrowniki–Bierestowica"
TERESPOL = "Terespol–Brest"
KUKURYKI = "Kukuryki–Kozlovichi"
KUZNICA = "Kuźnica–Bruzgi"
RAFAH = "Rafah Crossing"
KEREM = "Kerem Shalom"
EREZ = "Erez"
ALLENBY = "Allenby Bridge"
SHEIKH_HUSSEIN = "Sheikh Hussein Bridge"
KAPIKULE = "Kapıkule–Kapitan Andreevo"
HAMZABEYLI = "Hamzabeyli–Lesovo"
DEREKOY = "Dereköy–Malko Tarnovo"
IPSALA = "İpsala–Kipoi"
PAZARKULE = "Pazarkule–Kastanies"
RUSE = "Ruse–Giurgiu"
WAGAH = "Attari–Wagah"
KARTARPUR = "Kartarpur Corridor"
LAREDO = "Laredo–Nuevo Laredo"
EAGLE_PASS = "Eagle Pass–Piedras Negras"
PHARR = "Pharr–Reynosa"
KHUNJERAB = "Khunjerab Pass"
KULMA = "Kulma Pass"
CHONG_CHOM = "Chong Chom–O Smach"
CHONG_SA_NGAM = "Chong Sa Ngam–Choam"
BAN_LAEM = "Ban Laem–Daung Lem"
HAT_LEK = "Hat Lek–Cham Yeam"
POIPET = "Aranyaprathet–Poipet"
DUSTLIK = "Dustlik (Dostuk)"
KULUNDU = "Kulundu"
TORUGART = "Torugart Pass"
IRKESHTAM = "Irkeshtam"
MEHRAN = "Mehran–Zurbatiyah"
CHAZABEH = "Chazabeh"
SHALAMCHEH = "Shalamcheh"
PARVIZ_KHAN = "Parviz Khan"
SIMON_BOLIVAR = "Simón Bolívar Bridge"
PARAGUACHON = "Paraguachón"
TIENDITAS = "Tienditas"
LEBOMBO = "Lebombo–Ressano Garcia"
BEITBRIDGE = "Beitbridge"
CHIRUNDU = "Chirundu"
KAZUNGULA = "Kazungula"
AMBASSADOR = "Ambassador Bridge"
COUTTS = "Sweetgrass–Coutts"
EMERSON = "Pembina–Emerson"
RAXAUL = "Raxaul–Birgunj"
SUNAULI = "Sunauli–Belahiya"
KAKARBHITTA = "Kakarbhitta–Panitanki"
ROSZKE = "Röszke–Horgoš"
BAJAKOVO = "Batrovci–Bajakovo"
UPPER_LARS = "Upper Lars–Kazbegi"
SARPI = "Sarp–Sarpi"
SADAKHLO = "Sadakhlo–Bagratashen"
RED_BRIDGE = "Red Bridge"
MAE_SOT = "Mae Sot–Myawaddy"
MAE_SAI = "Mae Sai–Tachileik"

CASES: list[Case] = [
    # 1. One sentence, three crossings, three fates; "Spin Boldak" names Chaman
    # from the Afghan side; "the busiest gateway" is a paraphrase of Torkham.
    _case(
        "rt-afpak-three-fates",
        "2024-03-14",
        "Torkham reopens, Chaman still shut as traders count losses\n"
        "PESHAWAR - Torkham reopened on Monday while Chaman stayed shut and Ghulam Khan "
        "opened for pedestrians only, officials said. Traffic at Torkham, the busiest "
        "gateway between the two countries, resumed at 8 a.m. after a ten-day closure "
        "caused by a dispute over a new border post. At Chaman, known as Spin Boldak on "
        "the Afghan side, traders staged a sit-in and about 1,200 trucks were stranded on "
        "the Pakistani side, customs officials said. At Ghulam Khan in North Waziristan, "
        "only pedestrians with valid passports were allowed through, while cargo remained "
        "suspended. Angoor Adda, further south, remains open.",
        {
            ("reopening", TORKHAM),
            ("closure", TORKHAM),
            ("closure", CHAMAN),
            ("stranded", CHAMAN),
            ("restriction", GHULAM_KHAN),
        },
        {TORKHAM: "open", CHAMAN: "closed", GHULAM_KHAN: "restricted", ANGOOR_ADDA: "open"},
        {("reopening", TORKHAM, "2024-03-11")},
        {("stranded", CHAMAN, "trucks", 1200)},
    ),
    # 2. Regional roundup, one paragraph per country.
    _case(
        "rt-roundup-baltic-nordic",
        "2024-01-20",
        "Border crossings across the region: where things stand\n"
        "Finland: All eight crossings on the eastern border with Russia remain closed. "
        "Vaalimaa and Nuijamaa, the two busiest road crossings, have been shut since "
        "December 15, 2023.\n"
        "Estonia: The Narva crossing, called Ivangorod on the Russian side, is open for "
        "pedestrians only; cars and trucks must use Koidula or Luhamaa.\n"
        "Norway: Storskog remains open, though only for holders of visas and residence "
        "permits.\n"
        "Latvia: The Terehova crossing is open, with the usual queues of lorries.\n"
        "Poland: The Bobrowniki crossing has been closed since February 2023, while "
        "Terespol and Kukuryki stay open.",
        {
            ("closure", "border:FI-RU"),
            ("closure", VAALIMAA),
            ("closure", NUIJAMAA),
            ("restriction", NARVA),
            ("restriction", STORSKOG),
            ("closure", BOBROWNIKI),
        },
        {
            VAALIMAA: "closed",
            NUIJAMAA: "closed",
            NARVA: "restricted",
            STORSKOG: "restricted",
            TEREHOVA: "open",
            BOBROWNIKI: "closed",
            TERESPOL: "open",
            KUKURYKI: "open",
        },
        {("closure", VAALIMAA, "2023-12-15"), ("closure", NUIJAMAA, "2023-12-15")},
    ),
    # 3. Liveblog, entries in time order: the last entry is the latest state.
    _case(
        "rt-liveblog-rafah",
        "2023-10-21",
        "Live: first aid convoy enters Gaza through Rafah\n"
        "10:05 - The Rafah crossing opened this morning, Egyptian officials said, and the "
        "first aid trucks rolled into Gaza.\n"
        "11:30 - The crossing is open for humanitarian aid only; no people are being "
        "allowed out, a Palestinian border official said.\n"
        "13:10 - Israel said the Kerem Shalom crossing remains closed.\n"
        "14:45 - Hundreds of foreign passport holders were still waiting on the Gaza side "
        "of Rafah, hoping to leave.\n"
        "16:20 - The Egyptian side of the crossing closed again after the convoy passed, "
        "officials said; it is due to reopen on Sunday for a second convoy.",
        {
            ("reopening", RAFAH),
            ("restriction", RAFAH),
            ("closure", RAFAH),
            ("stranded", RAFAH),
            ("closure", KEREM),
        },
        {RAFAH: "closed", KEREM: "closed"},
        {("reopening", RAFAH, "2023-10-21"), ("reopening", RAFAH, "2023-10-22")},
    ),
    # 4. Whole-border decision with an exception.
    _case(
        "rt-poland-belarus-except",
        "2024-02-08",
        "Poland shuts Belarus border crossings, leaves Terespol open\n"
        "WARSAW - Poland closed all its road crossings with Belarus on Wednesday except "
        "Terespol, the interior ministry said, citing a surge in attempts to cross the "
        "frontier illegally. Kukuryki, the main freight terminal, and Bobrowniki were "
        "shut at midnight. By evening more than 2,000 trucks were stranded on the "
        "Belarusian side of the border. The crossing at Kuźnica has been closed since "
        "November 2021. Terespol, opposite Brest, remains open. Belarusian officials "
        "called the decision a provocation.",
        {
            ("closure", "border:BY-PL"),
            ("closure", KUKURYKI),
            ("closure", BOBROWNIKI),
            ("closure", KUZNICA),
            ("stranded", "border:BY-PL"),
        },
        {KUKURYKI: "closed", BOBROWNIKI: "closed", KUZNICA: "closed", TERESPOL: "open"},
        {("closure", "border:BY-PL", "2024-02-07")},
        {("stranded", "border:BY-PL", "trucks", 2000)},
    ),
    # 5. A table rendered as text lines.
    _case(
        "rt-table-turkey-west",
        "2024-07-27",
        "Holiday traffic: the state of Turkey's western crossings\n"
        "Drivers heading home for the summer faced long waits on Saturday. The latest "
        "figures from the customs directorate, at 9 a.m.:\n"
        "Kapıkule - open - waits 3 hours\n"
        "Hamzabeyli - open - trucks only\n"
        "Dereköy - closed - roadworks\n"
        "İpsala - open - waits 1 hour\n"
        "Pazarkule - closed to all traffic\n"
        "Officials advised travellers to use İpsala, on the Greek border, instead of the "
        "main gateway into Bulgaria. Kapitan Andreevo, the Bulgarian side of Kapıkule, "
        "reported ordinary summer queues of about 400 cars.",
        {
            ("restriction", HAMZABEYLI),
            ("closure", DEREKOY),
            ("closure", PAZARKULE),
        },
        {
            KAPIKULE: "open",
            HAMZABEYLI: "restricted",
            DEREKOY: "closed",
            IPSALA: "open",
            PAZARKULE: "closed",
        },
    ),
    # 6. A comparison with the past, and a closure dated back by the text.
    _case(
        "rt-allenby-unlike-2024",
        "2025-03-05",
        "Allenby Bridge reopens within a day\n"
        "AMMAN - The Allenby Bridge between Jordan and the West Bank reopened on Tuesday, "
        "a day after it was closed following a shooting at the terminal that wounded two "
        "Israeli guards. Unlike in 2024, when the bridge was shut for weeks after an "
        "attack, traffic returned quickly, Jordanian officials said. The Sheikh Hussein "
        "crossing further north stayed open throughout. Israeli police said they were still "
        "searching for the gunman.",
        {
            ("reopening", ALLENBY),
            ("closure", ALLENBY),
            ("clash", ALLENBY),
        },
        {ALLENBY: "open", SHEIKH_HUSSEIN: "open"},
        {
            ("reopening", ALLENBY, "2025-03-04"),
            ("closure", ALLENBY, "2025-03-03"),
            ("clash", ALLENBY, "2025-03-03"),
        },
    ),
    # 7. One crossing named by each side's name, two dated closures.
    _case(
        "rt-wagah-attari",
        "2025-04-26",
        "Wagah and Attari: one gate, two closures\n"
        "LAHORE - India closed the Integrated Check Post at Attari on Wednesday, and "
        "Pakistan responded by shutting Wagah to all traffic on Thursday, leaving the "
        "crossing sealed from both sides. About 150 trucks carrying Afghan dried fruit "
        "were stuck at Wagah on Friday. The Kartarpur Corridor, about 50 kilometres to the "
        "north, was also suspended by India. The daily flag-lowering ceremony went ahead "
        "without the customary handshake.",
        {
            ("closure", WAGAH),
            ("stranded", WAGAH),
            ("closure", KARTARPUR),
        },
        {WAGAH: "closed", KARTARPUR: "closed"},
        {
            ("closure", WAGAH, "2025-04-23"),
            ("closure", WAGAH, "2025-04-24"),
            ("stranded", WAGAH, "2025-04-25"),
        },
        {("stranded", WAGAH, "trucks", 150)},
    ),
    # 8. Narva named from the Russian side; a reopening after a stated closure.
    _case(
        "rt-narva-ivangorod-terehova",
        "2024-02-03",
        "Russia shuts Ivangorod to cars; Latvia reopens Terehova\n"
        "TALLINN - Russia closed the Ivangorod checkpoint to vehicles on Thursday, saying "
        "it would rebuild the approach road, so the crossing is now open only to "
        "pedestrians, Estonian police said. About 3,000 people crossed the Narva river "
        "bridge on foot on Friday. Further south, Latvia reopened the Terehova crossing "
        "on Friday after a two-day closure caused by a failure of its customs software.",
        {
            ("restriction", NARVA),
            ("reopening", TEREHOVA),
            ("closure", TEREHOVA),
        },
        {NARVA: "restricted", TEREHOVA: "open"},
        {("restriction", NARVA, "2024-02-01"), ("reopening", TEREHOVA, "2024-02-02")},
    ),
    # 9. Kapitan Andreevo / Kapıkule; a short blockade at another crossing.
    _case(
        "rt-kapitan-andreevo-blockade",
        "2023-09-15",
        "Bulgarian farmers block Kapitan Andreevo\n"
        "SOFIA - Farmers protesting against grain imports blocked the Kapitan Andreevo "
        "checkpoint with tractors on Thursday, halting truck traffic into Turkey, while "
        "cars were still let through in one lane. Hundreds of trucks were stuck in a "
        "12-kilometre queue on the Kapıkule side, Turkish customs said. The protesters "
        "also blocked the Danube Bridge at Ruse for three hours. The Kulata crossing "
        "with Greece was not affected.",
        {
            ("restriction", KAPIKULE),
            ("stranded", KAPIKULE),
            ("closure", RUSE),
        },
        {KAPIKULE: "restricted"},
        {("restriction", KAPIKULE, "2023-09-14")},
    ),
    # 10. "the busiest commercial crossing", "The bridge": paraphrases.
    _case(
        "rt-laredo-eagle-pass",
        "2024-05-16",
        "Laredo bridge partly reopens; Eagle Pass still shut\n"
        "LAREDO, Texas - The World Trade Bridge, the busiest commercial crossing on the "
        "U.S.-Mexico border, was closed to all traffic on Monday after a fire at the "
        "Mexican customs yard in Nuevo Laredo. The bridge reopened on Tuesday afternoon, "
        "but only eight of its 16 lanes were working, CBP said. At Eagle Pass, about 200 "
        "kilometres upriver, the international bridge remained closed to all traffic for "
        "a fifth day, and more than 1,000 trucks were stuck on the Mexican side. The "
        "Pharr bridge near McAllen was open as usual.",
        {
            ("closure", LAREDO),
            ("restriction", LAREDO),
            ("closure", EAGLE_PASS),
            ("stranded", EAGLE_PASS),
        },
        {LAREDO: "restricted", EAGLE_PASS: "closed", PHARR: "open"},
        {("closure", LAREDO, "2024-05-13"), ("restriction", LAREDO, "2024-05-14")},
        {("stranded", EAGLE_PASS, "trucks", 1000)},
    ),
    # 11. Seasonal reopening, history of the pandemic closure, a future date.
    _case(
        "rt-khunjerab-season",
        "2024-04-02",
        "Khunjerab Pass reopens for the season\n"
        "GILGIT - The Khunjerab Pass between Pakistan and China reopened on Monday after "
        "its annual winter closure, allowing trade to resume through the highest paved "
        "border crossing in the world. Unlike the usual four-month winter break, the "
        "pass was closed for nearly three years during the pandemic, from 2020 to 2023. "
        "Officials of both countries met at the zero point on Monday to mark the "
        "reopening. Chinese officials said the Kulma Pass with Tajikistan will reopen on "
        "May 1.",
        {
            ("reopening", KHUNJERAB),
            ("closure", KHUNJERAB),
            ("talks", KHUNJERAB),
            ("reopening", KULMA),
        },
        {KHUNJERAB: "open"},
        {
            ("reopening", KHUNJERAB, "2024-04-01"),
            ("talks", KHUNJERAB, "2024-04-01"),
            ("reopening", KULMA, "2024-05-01"),
        },
    ),
    # 12. Liveblog: a whole border closing from tomorrow, with one exception.
    _case(
        "rt-liveblog-finland",
        "2023-11-24",
        "LIVE: Finland's eastern border\n"
        "09:12 - The government has decided to close all remaining crossings on the "
        "Russian border except Raja-Jooseppi, the northernmost, from midnight on "
        "Saturday.\n"
        "10:40 - Salla, Kuusamo and Vartius will close with the others; Raja-Jooseppi "
        "will stay open for asylum applications only.\n"
        "12:05 - At Vaalimaa, which was shut last week, about 60 people who had arrived "
        "from the Russian side were waiting at the closed barrier.\n"
        "14:30 - The Russian border service called the decision unfriendly.",
        {
            ("closure", "border:FI-RU"),
            ("closure", SALLA),
            ("closure", KUUSAMO),
            ("closure", VARTIUS),
            ("restriction", RAJA),
            ("closure", VAALIMAA),
            ("stranded", VAALIMAA),
        },
        {VAALIMAA: "closed"},
        {("closure", "border:FI-RU", "2023-11-25")},
        {("stranded", VAALIMAA, "people", 60)},
    ),
    # 13. A list of closed crossings; a clash away from any crossing.
    _case(
        "rt-thai-cambodia-list",
        "2025-07-26",
        "Thailand closes Cambodian border crossings after clashes\n"
        "BANGKOK - The Thai army said on Friday that the following crossings with "
        "Cambodia are closed until further notice: Chong Chom in Surin, Chong Sa Ngam in "
        "Sisaket, Ban Laem and Hat Lek in Trat. Thai and Cambodian troops exchanged fire "
        "on Thursday near a disputed temple, about 60 kilometres from Chong Chom. The "
        "main Aranyaprathet-Poipet checkpoint remained open, but only to Thai and "
        "Cambodian nationals. About 5,000 Cambodian workers crossed home through Poipet "
        "on Friday.",
        {
            ("closure", CHONG_CHOM),
            ("closure", CHONG_SA_NGAM),
            ("closure", BAN_LAEM),
            ("closure", HAT_LEK),
            ("clash", "border:KH-TH"),
            ("restriction", POIPET),
        },
        {
            CHONG_CHOM: "closed",
            CHONG_SA_NGAM: "closed",
            BAN_LAEM: "closed",
            HAT_LEK: "closed",
            POIPET: "restricted",
        },
        {("clash", "border:KH-TH", "2025-07-24")},
    ),
    # 14. Central Asia: a reopening on one border, a whole other border shut.
    _case(
        "rt-kyrgyz-borders",
        "2022-09-19",
        "Kyrgyzstan reopens Dostuk, keeps Tajik border shut\n"
        "BISHKEK - Kyrgyzstan reopened the Dostuk checkpoint on the Uzbek border on "
        "Saturday after a week-long closure for repairs, the border service said, while "
        "all crossings with Tajikistan remain closed. The Kulundu checkpoint in Batken "
        "region, where Kyrgyz and Tajik troops exchanged fire on Wednesday, was damaged "
        "by shelling. Kyrgyz and Tajik delegations met in Batken on Sunday to discuss a "
        "ceasefire and the reopening of the border. On the Chinese border, Torugart and "
        "Irkeshtam were working normally.",
        {
            ("reopening", DUSTLIK),
            ("closure", DUSTLIK),
            ("closure", "border:KG-TJ"),
            ("clash", KULUNDU),
            ("talks", "border:KG-TJ"),
        },
        {DUSTLIK: "open", KULUNDU: "closed", TORUGART: "open", IRKESHTAM: "open"},
        {
            ("reopening", DUSTLIK, "2022-09-17"),
            ("clash", KULUNDU, "2022-09-14"),
            ("talks", "border:KG-TJ", "2022-09-18"),
        },
    ),
    # 15. Iran-Iraq: one crossing named by both sides, two open, a future reopening.
    _case(
        "rt-arbaeen-iran-iraq",
        "2023-08-30",
        "Iraq shuts Mehran and Chazabeh to pilgrims as crowds swell\n"
        "Iraqi authorities closed the Mehran crossing on Tuesday, saying the Zurbatiyah "
        "side could not cope with the crowds, and tens of thousands of pilgrims were "
        "stranded in the heat on the Iranian side. Chazabeh was closed as well, while "
        "Shalamcheh and Parviz Khan stayed open around the clock. Iran's interior "
        "minister held talks with his Iraqi counterpart and asked for Mehran to be "
        "reopened. Iraq said Mehran would reopen on Thursday once buses had cleared the "
        "terminal.",
        {
            ("closure", MEHRAN),
            ("stranded", MEHRAN),
            ("closure", CHAZABEH),
            ("talks", MEHRAN),
            ("reopening", MEHRAN),
        },
        {MEHRAN: "closed", CHAZABEH: "closed", SHALAMCHEH: "open", PARVIZ_KHAN: "open"},
        {("closure", MEHRAN, "2023-08-29"), ("reopening", MEHRAN, "2023-08-31")},
    ),
    # 16. Whole-border closure with a limited exception, then "the bridge".
    _case(
        "rt-venezuela-colombia-vote",
        "2024-07-27",
        "Venezuela closes Colombian border for vote, with one exception\n"
        "Venezuela closed its land border with Colombia from Friday until Monday for the "
        "presidential election, but kept the Simón Bolívar International Bridge open for "
        "students and workers with border cards, Colombian migration officials said. "
        "Colombian and Venezuelan officials met on the bridge on Friday to agree on the "
        "exceptions. At Paraguachón, hundreds of travellers were stuck on the Colombian "
        "side. The Tienditas crossing, used mainly by cargo trucks, was also closed.",
        {
            ("closure", "border:CO-VE"),
            ("restriction", SIMON_BOLIVAR),
            ("talks", SIMON_BOLIVAR),
            ("stranded", PARAGUACHON),
            ("closure", TIENDITAS),
        },
        {SIMON_BOLIVAR: "restricted", PARAGUACHON: "closed", TIENDITAS: "closed"},
        {("closure", "border:CO-VE", "2024-07-26"), ("talks", SIMON_BOLIVAR, "2024-07-26")},
    ),
    # 17. "unlike in 2023, when Rafah was shut for months": background.
    _case(
        "rt-rafah-unlike-2023",
        "2025-02-02",
        "Rafah reopens for people leaving Gaza\n"
        "CAIRO - The Rafah crossing between Gaza and Egypt reopened on Saturday for "
        "people leaving Gaza, under the ceasefire deal. Only holders of foreign passports "
        "and patients with their companions were allowed to leave, Egyptian officials "
        "said. Unlike in 2023, when Rafah was shut for months and only a trickle of aid "
        "passed, the crossing is now run by European monitors. Kerem Shalom, the main "
        "crossing for goods, stays open, while the Erez crossing in the north remains "
        "closed.",
        {
            ("restriction", RAFAH),
            ("closure", EREZ),
        },
        {RAFAH: "restricted", KEREM: "open", EREZ: "closed"},
        {("restriction", RAFAH, "2025-02-01")},
    ),
    # 18. Regional roundup, southern Africa.
    _case(
        "rt-roundup-southern-africa",
        "2024-11-08",
        "Border crossings across the region: where things stand\n"
        "Mozambique: South Africa closed the Lebombo border post on Thursday after "
        "protesters set fire to trucks on the Ressano Garcia side; about 400 trucks were "
        "stuck on the N4 near Komatipoort.\n"
        "Zimbabwe: Beitbridge is open, with delays of up to four hours for commercial "
        "traffic.\n"
        "Zambia: Chirundu and Kazungula are operating normally.\n"
        "Malawi and Eswatini: no disruptions reported.\n"
        "South Africa's Border Management Authority said Lebombo would reopen on "
        "Saturday.",
        {
            ("closure", LEBOMBO),
            ("stranded", LEBOMBO),
            ("reopening", LEBOMBO),
        },
        {LEBOMBO: "closed", BEITBRIDGE: "open", CHIRUNDU: "open", KAZUNGULA: "open"},
        {("closure", LEBOMBO, "2024-11-07"), ("reopening", LEBOMBO, "2024-11-09")},
        {("stranded", LEBOMBO, "trucks", 400)},
    ),
    # 19. One sentence, three North American crossings, three fates.
    _case(
        "rt-canada-blockades",
        "2022-02-15",
        "Ambassador Bridge reopens as blockades shift west\n"
        "OTTAWA - The Ambassador Bridge reopened to traffic late Sunday after police "
        "cleared protesters who had blocked it for six days, while the crossing at "
        "Coutts, Alberta, remained blocked and the Emerson crossing in Manitoba was "
        "closed to trucks but open to cars. The Blue Water Bridge at Sarnia, which took "
        "much of the diverted freight, reported long waits for trucks. Police said 11 "
        "people were arrested at Coutts.",
        {
            ("reopening", AMBASSADOR),
            ("closure", AMBASSADOR),
            ("closure", COUTTS),
            ("restriction", EMERSON),
        },
        {AMBASSADOR: "open", COUTTS: "closed", EMERSON: "restricted"},
        {("reopening", AMBASSADOR, "2022-02-13")},
    ),
    # 20. Whole-border closure named from the Nepali side; stranded away from a crossing.
    _case(
        "rt-india-nepal-polls",
        "2024-04-18",
        "India seals Nepal border for polls\n"
        "KATHMANDU - India sealed its open border with Nepal for 72 hours from Wednesday "
        "evening ahead of the first phase of its general election, Nepali officials "
        "said. Traffic at Birgunj, opposite Raxaul, came to a halt, and at Bhairahawa the "
        "Sunauli checkpoint allowed only ambulances and Nepali citizens returning home. "
        "Kakarbhitta, on the eastern edge, will stay closed until Saturday morning, when "
        "normal movement will resume. Hundreds of Indian tourists were stranded in "
        "Pokhara, unable to cross the border.",
        {
            ("closure", "border:IN-NP"),
            ("closure", RAXAUL),
            ("closure", SUNAULI),
            ("closure", KAKARBHITTA),
            ("reopening", KAKARBHITTA),
            ("stranded", "border:IN-NP"),
        },
        {RAXAUL: "closed", SUNAULI: "closed", KAKARBHITTA: "closed"},
        {("closure", "border:IN-NP", "2024-04-17"), ("reopening", KAKARBHITTA, "2024-04-20")},
    ),
    # 21. Liveblog in reverse time order, entries dated "Oct 15".
    _case(
        "rt-liveblog-afpak",
        "2025-10-16",
        "Live updates: Pakistan-Afghanistan border tensions\n"
        "Oct 15, 21:40 - Pakistani and Afghan forces exchanged heavy fire at the Kharlachi "
        "crossing in Kurram, and the crossing was shut, local officials said.\n"
        "Oct 15, 18:00 - Torkham remains closed for a fourth day; more than 5,000 trucks "
        "are waiting on both sides.\n"
        "Oct 15, 12:20 - Talks in Doha between Afghan and Pakistani delegations ended "
        "without agreement on reopening the border.\n"
        "Oct 14, 09:00 - Iran said its Taftan-Mirjaveh crossing with Pakistan and Islam "
        "Qala with Afghanistan remain open.",
        {
            ("clash", KHARLACHI),
            ("closure", KHARLACHI),
            ("closure", TORKHAM),
            ("stranded", TORKHAM),
            ("talks", "border:AF-PK"),
        },
        {KHARLACHI: "closed", TORKHAM: "closed", TAFTAN: "open", ISLAM_QALA: "open"},
        {
            ("clash", KHARLACHI, "2025-10-15"),
            ("closure", KHARLACHI, "2025-10-15"),
            ("closure", TORKHAM, "2025-10-15"),
            ("talks", "border:AF-PK", "2025-10-15"),
        },
        {("stranded", TORKHAM, "trucks", 5000)},
    ),
    # 22. Hungary-Serbia, Röszke named by its Serbian side.
    _case(
        "rt-roszke-horgos",
        "2015-09-16",
        "Hungary seals Serbian border at Röszke\n"
        "BUDAPEST - Hungary closed the Röszke motorway crossing on Tuesday and sealed the "
        "railway line next to it with a freight wagon, police said, as a new law against "
        "irregular entry took effect. Traffic from Serbia was diverted to Tompa. About "
        "3,000 migrants were stuck on the Serbian side at Horgoš. Serbian and Hungarian "
        "interior ministers held talks by telephone on Wednesday about the closure. The "
        "Croatian border crossing at Bajakovo remained open.",
        {
            ("closure", ROSZKE),
            ("stranded", ROSZKE),
            ("talks", ROSZKE),
        },
        {ROSZKE: "closed", BAJAKOVO: "open"},
        {("closure", ROSZKE, "2015-09-15"), ("talks", ROSZKE, "2015-09-16")},
        {("stranded", ROSZKE, "migrants", 3000)},
    ),
    # 23. Caucasus roundup; Upper Lars named from the Russian side too.
    _case(
        "rt-caucasus-snow",
        "2024-01-10",
        "Snow closes Upper Lars, Georgia's only land link to Russia\n"
        "TBILISI - The Upper Lars checkpoint, known as Verkhny Lars on the Russian side, "
        "was closed to all vehicles on Tuesday because of avalanche risk on the Georgian "
        "Military Road, Georgia's roads department said. About 1,500 trucks were stranded "
        "at Kobi and on the Russian side. Sarpi on the Turkish border and Sadakhlo on the "
        "Armenian border are open. The Red Bridge crossing into Azerbaijan remains "
        "closed to passengers, as it has been since 2020, but cargo moves through.",
        {
            ("closure", UPPER_LARS),
            ("stranded", UPPER_LARS),
            ("restriction", RED_BRIDGE),
        },
        {UPPER_LARS: "closed", SARPI: "open", SADAKHLO: "open", RED_BRIDGE: "restricted"},
        {("closure", UPPER_LARS, "2024-01-09")},
        {("stranded", UPPER_LARS, "trucks", 1500)},
    ),
    # 24. "the southern crossing", "Friendship Gate": paraphrases of Chaman.
    _case(
        "rt-chaman-torkham-paraphrase",
        "2024-08-22",
        "Trade resumes at Chaman as Torkham stays shut\n"
        "QUETTA - Pakistan reopened the Friendship Gate on Wednesday, ending a ten-month "
        "sit-in by small traders that had blocked the road, while Torkham in the north "
        "stayed closed for a second day after a clash between border forces. Customs "
        "officials said more than 700 trucks passed through the southern crossing by "
        "evening. At Torkham, Pakistani and Afghan flag officers met on Wednesday but "
        "failed to agree on the disputed construction. Angoor Adda remains closed to all "
        "but pedestrians.",
        {
            ("reopening", CHAMAN),
            ("closure", CHAMAN),
            ("closure", TORKHAM),
            ("clash", TORKHAM),
            ("talks", TORKHAM),
            ("restriction", ANGOOR_ADDA),
        },
        {CHAMAN: "open", TORKHAM: "closed", ANGOOR_ADDA: "restricted"},
        {("reopening", CHAMAN, "2024-08-21"), ("talks", TORKHAM, "2024-08-21")},
    ),
    # 25. "the bridge" after "Thai-Myanmar Friendship Bridge"; two crossings.
    _case(
        "rt-mae-sot-bridge",
        "2024-04-12",
        "Myawaddy fighting: Thailand keeps the bridge open\n"
        "MAE SOT - Thailand kept the Thai-Myanmar Friendship Bridge open on Thursday "
        "even as fighting raged in Myawaddy, but limited crossings to Thai nationals and "
        "Myanmar citizens holding border passes. Shells landed near the bridge on "
        "Wednesday night, wounding two Thai villagers. Farther north, the Mae Sai "
        "crossing opposite Tachileik has been closed since the earthquake of March 28.",
        {
            ("restriction", MAE_SOT),
            ("clash", MAE_SOT),
            ("closure", MAE_SAI),
        },
        {MAE_SOT: "restricted", MAE_SAI: "closed"},
        {
            ("restriction", MAE_SOT, "2024-04-11"),
            ("clash", MAE_SOT, "2024-04-10"),
            ("closure", MAE_SAI, "2024-03-28"),
        },
    ),
    # Hard negatives: crossings, opening hours, "closed", history; no news.
    _case(
        "rt-neg-travel-guide",
        "2024-06-01",
        "Overland from Bangkok to Siem Reap: a crossing guide\n"
        "Most travellers use the Aranyaprathet-Poipet crossing, which is open daily from "
        "7 a.m. to 8 p.m. The quieter Hat Lek crossing near Koh Kong keeps the same "
        "hours. Travellers must carry a passport valid for six months; visas on arrival "
        "cost 30 dollars, and e-visa holders use a separate lane. Touts on the Cambodian "
        "side sell fake visas, so ignore them. Allow two hours for the formalities at "
        "busy times, and do not try to cross on public holidays, when queues are long.",
        set(),
    ),
    _case(
        "rt-neg-map-app",
        "2024-09-10",
        "Map app adds live border wait times\n"
        "A popular navigation app will show live waiting times at the Peace Bridge, the "
        "Ambassador Bridge and the San Ysidro port of entry from next month, its maker "
        "said on Tuesday. The feature marks a crossing as closed when the border agency "
        "lists it as closed and suggests the nearest open one. Commercial drivers will "
        "also see which lanes are restricted to trucks. The company said the data come "
        "from public feeds and are refreshed every five minutes.",
        set(),
    ),
    _case(
        "rt-neg-history",
        "2024-03-01",
        "A century at the Khyber: a short history of Torkham\n"
        "The British closed the Khyber Pass to caravans in 1919, during the Third "
        "Anglo-Afghan War, and reopened it a year later. In the 1980s the crossing at "
        "Torkham was the route by which millions of Afghan refugees reached Pakistan. "
        "The Wagah flag ceremony, begun in 1959, was for decades the only daily ritual "
        "shared by two rival armies. Historians say the border has been closed dozens of "
        "times since independence, often for political reasons.",
        set(),
    ),
]

BY_ID = {c.id: c for c in CASES}
POSITIVES = [c for c in CASES if c.pairs]


# --- running ----------------------------------------------------------------


@pytest.fixture(scope="module")
def results(analyzer: Any) -> dict[str, DocumentResult]:
    from borderwatch.pipeline import process_document

    return {c.id: process_document(_raw(c), analyzer) for c in CASES}


def _raw(case: Case) -> RawDocument:
    return RawDocument(
        id=case.id,
        data=case.text.encode("utf-8"),
        media_type="text/plain",
        charset="utf-8",
        published=case.published,
    )


def _place(place: str) -> tuple[str | None, list[str]]:
    if place.startswith("border:"):
        return None, place.removeprefix("border:").split("-")
    return place, []


def _gold(case: Case) -> dict[str, Any]:
    events: list[dict[str, Any]] = []
    for type_, place in sorted(case.pairs):
        crossing, countries = _place(place)
        events.append({"type": type_, "crossing": crossing, "countries": countries})
    for type_, place, date in sorted(case.dates):
        crossing, countries = _place(place)
        events.append({"type": type_, "crossing": crossing, "countries": countries, "date": date})
    for type_, place, what, value in sorted(case.counts):
        crossing, countries = _place(place)
        events.append(
            {
                "type": type_,
                "crossing": crossing,
                "countries": countries,
                "counts": [{"what": what, "value": value}],
            }
        )
    return {"events": events, "status_at_publication": dict(case.status)}


def _pairs(result: DocumentResult) -> set[Pair]:
    return {(e.type, e.place) for e in result.events}


def _details(result: DocumentResult) -> tuple[set[tuple[str, ...]], set[tuple[Any, ...]]]:
    dates = {(e.type, e.place, e.date) for e in result.events if e.date}
    counts = {
        (e.type, e.place, " ".join(c.what.lower().split()), c.value)
        for e in result.events
        for c in e.counts
    }
    return dates, counts


# --- known failures -----------------------------------------------------------

#: (case id, aspect) -> diagnosis; aspects: "pairs", "status", "details".
KNOWN: dict[tuple[str, str], str] = {
    # 1
    ("rt-afpak-three-fates", "pairs"): "extra reopening Chaman/Ghulam Khan + closure Ghulam Khan: "
    "'stayed shut' is not in detectors.STILL, so it is taken for the closure the reopening "
    "ends (prior -> every place) and places.assign then spreads the reopening to all three",
    ("rt-afpak-three-fates", "status"): "Chaman open, expected closed: the spread reopening "
    "(Monday) outranks 'stayed shut' (same sentence, prior closure)",
    # 2
    ("rt-roundup-baltic-nordic", "pairs"): "missing restriction Narva and Storskog: a limit "
    "after the state word ('is open for pedestrians only', 'remains open, though only for "
    "holders of visas') is no RESTRICTED trigger; claims.open_claims reads both as open",
    # 3
    ("rt-liveblog-rafah", "pairs"): "all four Rafah pairs missing, reopening Kerem Shalom extra: "
    "'opened this morning' is no REOPENING trigger; 'open for humanitarian aid only' becomes an "
    "open claim; bare 'side of Rafah' is dropped (ambiguous name, no border word within 25 "
    "chars); 'the Egyptian side of the crossing closed again' binds to the last-named crossing "
    "(Kerem Shalom), not the liveblog's subject",
    # 4
    ("rt-poland-belarus-except", "pairs"): "closure border:BY-PL read as restriction and given "
    "to Terespol too: LIMIT's 'except' turns a whole-border closure with an exception into a "
    "restriction, and the excepted crossing gets the event; stranded 'side of the border' "
    "goes to focus Bobrowniki (places_of: border pair == focus pair), not border:BY-PL",
    ("rt-poland-belarus-except", "details"): "closure border:BY-PL 2024-02-07 and stranded "
    "border:BY-PL trucks=2000 missing: typed restriction / attached to Bobrowniki",
    # 5
    ("rt-table-turkey-west", "pairs"): "no event from the table rows: rows without a final "
    "period ('Dereköy - closed - roadworks') count as headline-like and consolidation.confirmed "
    "drops them",
    ("rt-table-turkey-west", "status"): "all five unknown: table rows dropped as headlines, and "
    "'Kapıkule - open - ...' matches no OPEN_STATE (needs 'is open')",
    # 6
    ("rt-allenby-unlike-2024", "details"): "clash Allenby dated 2025-03-04 (the reopening's "
    "'Tuesday'), expected 2025-03-03: the shooting is the day of the closure, 'a day after'",
    # 7
    ("rt-wagah-attari", "details"): "closure Wagah 2025-04-24 missing: 'closed Attari on "
    "Wednesday ... shutting Wagah on Thursday' gives one closure per (type, place, sentence) "
    "and dedupe keeps the Wednesday one",
    # 12
    # 13
    ("rt-thai-cambodia-list", "pairs"): "clash on Chong Chom, expected border:KH-TH: a crossing "
    "named only as a landmark ('60 kilometres from Chong Chom') takes the clash; Poipet "
    "'remained open, but only to Thai and Cambodian nationals' gives no restriction",
    ("rt-thai-cambodia-list", "details"): "clash border:KH-TH 2025-07-24 missing: the clash is "
    "on Chong Chom",
    # 14
    ("rt-kyrgyz-borders", "pairs"): "closure/reopening border:KG-UZ extra, closure "
    "border:KG-TJ missing: nlp.places finds one whole border per sentence (the first, 'Uzbek "
    "border'), so 'all crossings with Tajikistan remain closed' gets KG-UZ; talks of the "
    "delegations 'on the reopening of the border' go to focus Kulundu, not border:KG-TJ",
    ("rt-kyrgyz-borders", "status"): "Kulundu unknown (KG-TJ closure lost), Torugart and "
    "Irkeshtam unknown ('working normally' is not in OPEN_STATE)",
    # 15
    # 16
    ("rt-venezuela-colombia-vote", "pairs"): "closure Simón Bolívar instead of restriction: "
    "EVERY_CROSSING ('closed its land border with') gives the named bridge the closure, and "
    "the exception 'but kept ... open for students and workers' is not read",
    ("rt-venezuela-colombia-vote", "status"): "Simón Bolívar closed, expected restricted: the "
    "excepted bridge takes the whole-border closure",
    # 19
    ("rt-canada-blockades", "pairs"): "reopening Coutts/Emerson and closure Emerson extra, "
    "restriction Emerson missing: 'remained blocked' is not in detectors.STILL, so every "
    "closure word after 'reopened' is the prior closure and the reopening spreads to all "
    "three crossings; 'closed to trucks but open to cars' loses its limit as a prior closure",
    ("rt-canada-blockades", "status"): "Coutts open (expected closed), Emerson open (expected "
    "restricted): from the spread reopening",
    # 20
    ("rt-india-nepal-polls", "pairs"): "Raxaul and Sunauli restriction, expected closure: "
    "'allowed only ambulances and citizens returning home' is a narrow exception, but NARROW is "
    "consulted only after 'except', and the limit spills onto Raxaul's 'came to a halt'; the "
    "reopening 'until Saturday morning, when normal movement will resume' is blocked by "
    "'until'; 'stranded in Pokhara, unable to cross the border' goes to focus Kakarbhitta",
    ("rt-india-nepal-polls", "details"): "reopening Kakarbhitta 2024-04-20 missing (blocked by "
    "'until'); the closure takes the 'until Saturday' date instead",
    # 21
    ("rt-liveblog-afpak", "pairs"): "reopening + talks on Torkham, expected talks "
    "border:AF-PK only: 'ended without agreement on reopening the border' is read as a "
    "reopening (REOPEN_BLOCKERS lacks 'agreement on'), and 'the border' with the focus's pair "
    "is bound to focus Torkham",
    # 23
    # 24
    ("rt-chaman-torkham-paraphrase", "pairs"): "reopening Torkham extra: 'stayed closed' is not "
    "in detectors.STILL (prior closure -> reopening spread); Angoor Adda 'remains closed to all "
    "but pedestrians' is a closure ('to all' cancels the limit, 'all but' is no exception)",
    ("rt-chaman-torkham-paraphrase", "status"): "Torkham open (expected closed), Angoor Adda "
    "closed (expected restricted)",
    # negatives
    ("rt-neg-map-app", "pairs"): "closure San Ysidro: the generic 'marks a crossing as closed "
    "when the agency lists it as closed' binds 'a crossing' to the last-named crossing and "
    "'when' is not hypothetical",
    ("rt-neg-history", "pairs"): "closure + reopening Torkham from 'closed the Khyber Pass ... "
    "in 1919 ... and reopened it a year later': consolidation.recent keeps the 1919 closure "
    "because the undated reopening counts as current",
}


def _params(cases: list[Case], aspect: str) -> list[Any]:
    params = []
    for case in cases:
        reason = KNOWN.get((case.id, aspect))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


# --- tests ------------------------------------------------------------------


def test_cases_are_well_formed() -> None:
    from borderwatch.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert len(BY_ID) == len(CASES)
    assert 20 <= len(POSITIVES) <= 25 and len(CASES) - len(POSITIVES) == 3
    for case in CASES:
        assert 400 <= len(case.text) <= 1800, (case.id, len(case.text))
        places = {p for _, p in case.pairs} | set(case.status)
        places |= {p for _, p, _ in case.dates} | {p for _, p, _, _ in case.counts}
        for place in places:
            if not place.startswith("border:"):
                assert gazetteer.canonical(place) == place, (case.id, place)
        for type_, place, _ in case.dates:
            assert (type_, place) in case.pairs, (case.id, type_, place)
        for type_, place, _, _ in case.counts:
            assert (type_, place) in case.pairs, (case.id, type_, place)


@pytest.mark.parametrize("case", _params(CASES, "pairs"))
def test_pairs(case: Case, results: dict[str, DocumentResult]) -> None:
    result = results[case.id]
    assert result.error is None
    got = _pairs(result)
    assert got == set(case.pairs), {
        "missing": sorted(case.pairs - got),
        "extra": sorted(got - case.pairs),
    }


@pytest.mark.parametrize("case", _params([c for c in CASES if c.status], "status"))
def test_status(case: Case, results: dict[str, DocumentResult]) -> None:
    got = {k: results[case.id].status.get(k, "unknown") for k in case.status}
    assert got == case.status


@pytest.mark.parametrize("case", _params([c for c in CASES if c.dates or c.counts], "details"))
def test_details(case: Case, results: dict[str, DocumentResult]) -> None:
    dates, counts = _details(results[case.id])
    assert {
        "dates missing": sorted(set(case.dates) - dates),
        "counts missing": sorted(set(case.counts) - counts),
    } == {"dates missing": [], "counts missing": []}


#: Floors just under what the pipeline measures today (see the module's report).
FLOORS: dict[str, float] = {
    "precision": 0.84,
    "recall": 0.86,
    "f1": 0.85,
    "status": 0.84,
    "counts": 0.88,
    "dates": 0.86,
}


def test_overall_scores(results: dict[str, DocumentResult]) -> None:
    records = [GoldRecord(_raw(c), _gold(c)) for c in CASES]
    scores = score(records, [results[c.id] for c in CASES])
    measured = {
        "precision": scores.events.precision,
        "recall": scores.events.recall,
        "f1": scores.events.f1,
        "status": scores.status.value,
        "counts": scores.counts.value,
        "dates": scores.dates.value,
    }
    assert scores.articles == len(CASES) and not scores.errors
    low = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[k]}
    assert not low, (low, measured)
