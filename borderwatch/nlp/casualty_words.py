"""The words of casualty statements: triggers and the parts of a victim phrase.

Read by ``casualties``: the trigger phrases ("killing", "were wounded", "the
deaths of") with the side their victims stand on, and the nouns, modifiers,
ranks, qualifiers and joiners a victim phrase ("at least two other soldiers
and a civilian") is built from.  All lower-case unless a comment says otherwise.
"""

from __future__ import annotations

import re

__all__ = [
    "AUX", "DEMONYMS", "HEADS", "JOINERS", "MODIFIERS", "QUALIFIERS", "TITLES", "TRIGGERS",
    "Trigger",
]

# Nouns for the people hurt (lower-case); "forces" is left out: it names actors.
HEADS: frozenset[str] = frozenset({
    "soldier", "soldiers", "troops", "trooper", "troopers", "guard", "guards", "guardsmen",
    "personnel", "officer", "officers", "official", "officials", "policeman", "policemen",
    "cop", "cops", "civilian", "civilians", "people", "person", "persons", "child",
    "children", "boy", "boys", "girl", "girls", "women", "woman", "men", "man", "major",
    "captain", "lieutenant", "colonel", "sepoy", "sepoys", "jawan", "jawans", "militant",
    "militants", "attacker", "attackers", "assailant", "assailants", "gunman", "gunmen",
    "terrorist", "terrorists", "bomber", "nationals", "colleague", "colleagues", "others",
    "more", "member", "members", "fighter", "fighters", "trader", "traders", "driver",
    "drivers", "passenger", "passengers", "worker", "workers", "labourers", "laborers",
    "resident", "residents", "villager", "villagers", "citizen", "citizens", "pilgrim",
    "pilgrims", "migrant", "migrants", "refugee", "refugees", "cameraman", "journalist",
    "journalists", "reporter", "reporters", "guardsman", "servicemen", "serviceman",
    "traveller", "travellers", "traveler", "travelers", "tourist", "tourists", "student",
    "students", "protester", "protesters", "demonstrators", "farmers", "shepherd",
})
# Plural demonyms as heads ("three Israelis", "85 Afghans").
DEMONYMS = re.compile(r"[A-Z][a-z]+(?:ans|ians|eans|is|eks|iks)")
# Lower-case modifiers read inside a victim phrase ("two other colleagues").
MODIFIERS: frozenset[str] = frozenset({
    "other", "security", "border", "army", "military", "police", "paramilitary", "civilian",
    "local", "innocent", "young", "unarmed", "frontier", "foreign", "customs", "senior",
    "junior", "former", "ordinary", "government", "private", "regular", "more",
})
# Ranks written before a name ("Major Hamid Rauf").
TITLES: frozenset[str] = frozenset({
    "major", "maj", "captain", "capt", "lieutenant", "lt", "colonel", "col", "brigadier",
    "general", "gen", "sepoy", "naik", "havildar", "subedar", "sergeant", "sgt", "corporal",
    "cpl", "private", "pvt", "constable", "inspector", "commander", "cmdr", "mr", "mrs", "ms",
    "dr",
})
# Qualifiers before a number, read past ("at least 80 people").
QUALIFIERS = re.compile(
    r"(?:at least|more than|over|up to|about|around|nearly|some|an estimated|approximately|"
    r"almost|as many as|no fewer than|roughly)$"
)
# Words joining victims whose counts add up.
JOINERS: tuple[tuple[str, ...], ...] = (("and",), ("along", "with"), ("as", "well", "as"),
                                        ("together", "with"))
# Words allowed between a victim phrase and a passive trigger ("were all killed").
AUX: frozenset[str] = frozenset({
    "was", "were", "is", "are", "has", "have", "had", "been", "being", "got", "get", "reportedly",
    "also", "all", "critically", "seriously", "fatally", "severely", "badly", "slightly",
    "later", "both", "who", "allegedly",
})
Trigger = tuple[str, str, str]  # (regex source, "killed"/"wounded", "after"/"before"/"both")
# Triggers: where the victims stand ("after": active, "before": passive, "both": try after first).
TRIGGERS: tuple[Trigger, ...] = (
    (r"killing|kills|martyring|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of", "killed",
     "after"),
    (r"(?:the\s+)?(?:deaths?|martyrdom|killing|killings)\s+of", "killed", "after"),
    (r"killed|martyred|slain|shot\s+dead", "killed", "both"),
    (r"died|dies|dead|deaths|fatalities|lost\s+(?:his|her|their)\s+lives?|"
     r"embraced\s+(?:martyrdom|shahadat)|succumbed\s+to\s+(?:his\s+|her\s+|their\s+)?"
     r"(?:injuries|wounds)|succumbs\s+to\s+(?:his\s+|her\s+|their\s+)?(?:injuries|wounds)",
     "killed", "before"),
    (r"wounding|injuring|hurting", "wounded", "after"),
    (r"(?:injuries|injury|wounds)\s+to|(?:the\s+)?wounding\s+of", "wounded", "after"),
    (r"wounded|injured|hurt", "wounded", "both"),
    (r"(?:sustained|received|suffered)\s+(?:\w+\s+)?(?:wounds|injuries)", "wounded", "before"),
)
