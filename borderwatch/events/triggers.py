"""Trigger words and cues, as data.  Each pattern runs on folded sentence text
(lower case, accents and dashes folded; see ``gazetteer.fold_text``).

Why each list exists is said beside it.  Detectors (``detectors.py``) only
read these tables; they hold no words of their own.
"""

from __future__ import annotations

import re


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


#: Traffic stops at the crossing: the spec's "closed, shut, sealed, suspended,
#: halted, remained shut".  Nouns ("closure", "shutdown") count too: news
#: often names the state ("since Sunday's closure").
CLOSURE = _words(
    # Other languages, folded (Cyrillic to a Latin skeleton, accents off):
    # Russian закрыт-/прекратил-/не работают, Turkish kapat-/durdur-,
    # German geschlossen/gesperrt, French fermé/fermeture, Spanish cerrado/cierre.
    r"zakry\w*", r"prekratil\w*", r"ne rabota\w*", r"priostanov\w*",
    r"kapat\w*", r"kapandi", r"kapali", r"durdur\w*",
    r"geschlossen", r"gesperrt", r"schlies+\w*", r"sperrung",
    r"fermee?s?", r"fermeture", r"cerrad[oa]s?", r"cierre", r"cerr(?:aron|o|an|ara|ar)",
    r"impassable", r"unpassable",
    r"clos(?:e|es|ed|ing|ure|ures)",
    r"shut(?:s|ting|down|downs)?",
    r"seal(?:s|ed|ing)?",
    r"suspend(?:s|ed|ing)?",
    r"suspension",
    r"halt(?:s|ed|ing)?",
    r"block(?:s|ed|ing|ade|aded)",
    r"stopp?(?:ed|ing)",
    r"remain(?:s|ed)? (?:shut|closed|sealed)",
    r"bann?(?:ed|ing)",
    r"not (?:been )?(?:re ?opened|operational|functioning)",
    r"yet to (?:re ?open|resume)",
    r"awaiting (?:the )?re ?opening",
    r"(?:wait|waiting|waited) (?:\w+ ){0,6}for (?:the )?(?:\w+ ){0,4}(?:to )?re ?open(?:ing)?",
    r"no (?:movement|traffic|trade)",
    r"came to a (?:halt|standstill)",
    r"standstill",
    r"traffic halt",
    r"cut(?:ting)? off",
    r"cut(?:s|ting)? (?:the |a )?(?:\w+ ){0,2}(?:road|highway|route|motorway)",
    r"(?:no|not a single) (?:one|body|vehicles?|traffic|trucks?|people|person|movement)(?: \w+){0,3} (?:is|are|was|were|will be|would be) (?:allowed|permitted)",
    r"nobody (?:is|was|will be) (?:allowed|permitted)",
    r"(?:could|can|can t|cannot) no longer (?:pass|cross|use|get through)",
    # "an air strike put the crossing out of service", "had been out of operation"
    r"out of (?:service|operation|commission|action)",
)

#: Traffic resumes: "reopened, resumed, restored".  Plain "opened" only with a
#: crossing object nearby is too weak to use ("opened fire"), so it is left out.
REOPENING = _words(
    # Russian возобнов-/открыл-, Turkish yeniden açıl-, German wieder geöffnet,
    # French rouvert/réouverture, Spanish reabierto/reapertura.
    r"vozobnov\w*", r"vnov otkry\w*", r"yeniden acil\w*", r"wieder geoffnet",
    r"wiedereroffn\w*", r"rouvert\w*", r"reouverture", r"reabiert[oa]s?", r"reapertura",
    r"re ?open(?:s|ed|ing)?",
    r"resum(?:e|es|ed|ing|ption)",
    r"restor(?:e|es|ed|ing|ation)",
    r"lift(?:s|ed|ing)? (?:the |a )?(?:\w+ )?(?:closure|ban|suspension|blockade)",
    r"back to normal",
    r"open(?:ed)? (?:again|for (?:the )?first time)",
    r"opened (?:the )?(?:(?!and |that |but |as )\w+ ){0,3}(?:crossing|border|gate|entrance|bridge|checkpoint|pass|port)",
    r"(?:crossing|border|gate|bridge|checkpoint|pass|port) (?:\w+ ){0,4}(?:was|were|has been|have been|is) opened",
    r"(?:was|were|has been|have been|is|are) (?:\w+ly )?(?:re ?)?opened (?:on \w+ |this \w+ |again |partially |partly )?(?:only )?(?:to|for)",
    r"(?:crossing|border|gate|bridge|checkpoint|pass|port|terminal|corridor) opened (?:on|for|to|again|at|in|this|early|late)\b",
    # announced: "will be opened from today", "the gate is set to open on Friday"
    r"(?:will|would|shall|to) (?:only |also |soon |again )?be (?:re ?)?opened",
    r"(?:crossing|border|gate|bridge|checkpoint|pass|port|point|post|route)s? (?:\w+ ){0,3}(?:will|would|to) open\b",
    r"set to open",
)

#: Some days of the week only ("four days a week", "three days in a week").
#: Passage let to some only ("allowing only returning travellers").
LET_ONLY = r"(?:allow|allows|allowing|allowed|permit|permits|permitting|let|lets|letting) only"

#: Clock times, as folded text writes them ("8 am", "6 30pm", "15:00").
_CLOCK = r"\d{1,2}(?::\d\d| \d\d)? ?(?:[ap] ?m\b|hrs\b|h\b)"
_HHMM = r"[0-2]?\d:[0-5]\d"
#: Opening hours written as a range of clock times ("15:00-06:00",
#: "6.30am-6.30pm", "8am to 4pm").
CLOCK_RANGE = rf"(?:{_CLOCK}|{_HHMM}) ?(?:to |until |till |and )?(?:{_CLOCK}|{_HHMM})"
DAYS_A_WEEK = r"(?:\d|one|two|three|four|five|six) days? (?:a|in a|per|each|every) week"

#: Open but limited: documents or visas demanded, only some traffic, one
#: direction, some lanes, fees.  Used both as a trigger and, next to a closure
#: or reopening word, to turn that event into a restriction.
LIMIT = _words(
    r"(?:let|lets|letting|allow|allows|allowing|allowed) only",
    r"gruzovik\w*", r"tir (?:giris|cikis)\w*", r"lkw",
    r"only (?:for|to|allowed|permitted|pedestrians?|cargo|trucks|trade|goods|aid|citizens|foot)",
    r"pedestrians? only",
    r"on foot",
    r"partial(?:ly)?",
    r"partly",
    r"(?:some|select|selected|few|two|one|several) lanes?",
    r"northbound|southbound|eastbound|westbound",
    r"(?:in|from) one direction",
    r"one way",
    r"(?:trade|cargo|freight|truck|commercial|passenger|pedestrian) (?:\w+ ){0,3}(?:will |would |to )?continu(?:e|es|ed|ing)",
    r"(?:imports?|exports?|trade|cargo|freight|clearance|processing|passenger|pedestrian|vehicular|buses|bus|trucks?|lorries|immigration|migration) (?:\w+ ){0,12}(?:suspended|halted|stopped|closed|blocked|stop)",
    r"(?:suspend|suspended|halted|stopped|blocked|blocking|closed) (?:the )?(?:movement of |entry of |cross border )?(?:\w+ ){0,2}(?:trade|buses|trucks|cargo|freight|exports|imports|passengers|pedestrians|travell?ers|processing)",
    r"(?:trade|cargo|freight) (?:traffic )?(?:was |has been |remains |remained )?(?:suspended|halted|stopped|closed)",
    r"(?:suspended|halted|stopped|closed) (?:all )?(?:trade|cargo|freight|exports|imports|passenger)",
    r"(?:passenger|pedestrian|vehicle|cargo|truck|freight) (?:traffic|movement|crossings?) (?:\w+ ){0,5}(?:was |has been |remains |remained )?(?:suspended|halted|stopped|closed)",
    r"except(?:ion)? (?:for )?",
    r"limited",
    r"restrict(?:s|ed|ing|ion|ions)",
    # Shorter hours: closed at night, or between two clock times.
    r"(?:at night|nightly|every night|during the night|night ?time|(?:closed|shut) overnight|overnight hours)",
    r"(?:between|from) \d{1,2}(?:[: ]\d\d)?(?: ?[ap] ?m)? (?:and|to|until|till) \d{1,2}",
    r"zwischen \d{1,2} und \d{1,2}", r"entre \d{1,2} ?h? et \d{1,2}",
    r"curbs?",
    # some days only: "closed three days a week"
    DAYS_A_WEEK,
    CLOCK_RANGE,
)

#: A kind of traffic named as the object right after a closure word ("closed
#: to trucks", "shut for trade"): checked only next to the trigger, so that
#: "the main entry point for goods" elsewhere in the sentence limits nothing.
LIMIT_OBJECT = re.compile(
    r"(?:\W+\w+){0,6}?\W+(?:to|for) (?:the )?(?:movement of |entry of )?(?:\w+ ){0,2}(?:vehicles?|vehicle traffic|vehicular traffic|car traffic|cars|trucks|lorries|buses|trade|cargo|freight|travell?ers|passengers|passenger (?:traffic|crossings|transit)|pedestrians|tourists|patients|goods|exports|imports|transit)\b"
)

#: The rest still passes ("while cars and pedestrians were allowed through",
#: "pedestrians can still cross"): looked for further from the trigger than
#: other limits, since such a clause often closes a long sentence.
STILL_PASSING = _words(
    r"only (?:\w+ ){0,2}(?:pedestrians|people|cars|trucks|passengers|residents|citizens) (?:can|could|may|are allowed to|were allowed to) (?:cross|pass|use)",
    r"(?:while|but|although|though) (?:\w+ ){0,6}(?:were|are|was|is|remain\w*) (?:still )?(?:allowed|permitted|able) (?:through|to cross|to pass)",
    r"(?:pedestrians|people|passengers|cars|trucks|travell?ers|residents) (?:can|could|may|were able to|are able to) still (?:cross|pass)",
    r"(?:continued|continue|continues) to cross on foot", r"still (?:cross|crossing|pass|passing)(?: \w+){0,2} on foot",
)

#: Some still let through a closure told elsewhere in the story ("people
#: are still able to make the journey on foot", "citizens are excluded",
#: "the closure does not affect those returning home").
LET_THROUGH = _words(
    r"(?:still|continue to be|remain) (?:able|allowed|permitted) to "
    r"(?:cross|pass|enter|travel|make the (?:journey|crossing))",
    r"(?:are|is|were|will be) (?:also )?(?:excluded|exempt(?:ed)?)",
    r"(?:does|do|did|will) not (?:\w+ ){0,3}(?:affect|apply to)",
    r"not (?:thought|expected|believed) to (?:affect|apply to)",
)

#: Rules of passage that limit an open crossing, each a restriction on its
#: own (spec: "open but limited"): clock hours, border checks brought in,
#: people barred from crossing, daily quotas, the few still let through.
LIMITED_PASSAGE = _words(
    # "will operate from 8am-4pm", "open between 7 am and 5 pm", "15:00-06:00"
    rf"(?:operat\w*|open\w*|working|service|timings?|hours) (?:\w+ ){{0,6}}(?:from |between )?{CLOCK_RANGE}",
    rf"(?:from|between) {_HHMM} ?(?:to |until |till |and )?{_HHMM}",
    r"(?:operating|opening|working|operational|business) (?:hours|time|timings?) (?:\w+ ){0,3}(?:adjusted|cut|reduced|limited|shortened|changed|curtailed|restricted)",
    r"(?:adjust\w*|cut|reduc\w*|limit\w*|shorten\w*|curtail\w*|restrict\w*) (?:\w+ ){0,3}(?:operating|opening|working|operational|business) (?:hours|time|timings?)",
    # checks brought in at the line
    r"(?:introduc|reintroduc|impos|reimpos|tighten|reinstat|install)\w* (?:\w+ ){0,4}(?:border|passport|identity|id|health|sanitary|security|stationary|fixed) (?:controls|checks)",
    r"(?:controls|checks) (?:\w+ ){0,2}(?:were |have been |has been |will be )?(?:introduced|reintroduced|imposed|tightened|reinstated)",
    # people kept from crossing
    r"(?:bar|bars|barred|barring|stop|stops|stopped|stopping|block|blocks|blocked|blocking|prevent\w*|prohibit\w*|forbid\w*|forbade) (?:\w+ ){0,5}from (?:entering|crossing|passing|leaving|using|travell?ing|going)",
    r"(?:barred|banned|prohibited|forbidden) (?:from )?(?:entering|crossing|entry|passage)",
    # a quota, or the few still let through
    r"(?:daily |a |per )?(?:quotas?|caps?) (?:of|on) \d",
    r"\d+ (?:\w+ ){0,4}(?:a|per) day (?:\w+ ){0,4}(?:allowed|permitted|let through|can cross|may cross|will pass|would pass|will cross|would cross)",
    r"(?:daily|every day|each day) \d+ (?:\w+ ){0,6}(?:allowed|permitted)",
    r"(?:only|solely|exclusively) (?:allow|allows|allowing|allowed|permit|permits|permitting|let|lets|letting)\b",
    # "allowing only returning travellers", "lets only empty trucks through"
    LET_ONLY,
    # "placed strict controls over the entry of foreign vehicles"
    r"(?:plac|put|tighten)\w* (?:\w+ ){0,3}(?:controls|checks|curbs|restrictions|limits) (?:on|over)",
    # one way shut: "outgoing traffic to Syria will be prohibited"
    r"(?:outgoing|incoming|outbound|inbound|departing|arriving) (?:traffic|travell?ers|vehicles|trucks|passengers)"
    r" (?:\w+ ){0,3}(?:will be |is |are |was |were |remains? |remained )?"
    r"(?:prohibited|banned|barred|not allowed|not permitted|suspended|halted|stopped)",
    # "entering Israel through Erez will not be permitted"
    r"(?:entering|entry|exit|leaving|passage) (?:\w+ ){0,14}(?:will not be|is not|are not|was not|were not|won t be) (?:permitted|allowed)",
    # "travellers have to produce a negative test"
    r"(?:have|has|had) to (?:produce|show|present|carry) (?:a |an |valid |their )*(?:negative |valid )?"
    r"(?:\w+ ){0,2}(?:tests?|certificates?|passports?|visas?|permits?|documents?|papers)",
    # "only those who need treatment are being allowed to enter"
    r"only (?:\w+ ){1,6}(?:are|were|is|was|will be) (?:being |now |still )?(?:allowed|permitted) to (?:enter|cross|pass|leave|use)",
    r"(?:can|could|may) still (?:use|cross|pass|enter|leave)",
    # one direction
    r"(?:from|in) the direction of",
)

#: Passage let on a condition: papers ("can cross on the basis of their
#: identity cards", "may enter with a valid visa") or clock hours ("can cross
#: between 7 am and 5 pm").
CONDITIONAL_PASSAGE = _words(
    r"(?:can|could|may|able to|allowed to|permitted to) (?:\w+ ){0,1}(?:cross|pass|enter|travel)\w* (?:\w+ ){0,6}?"
    r"(?:on the basis of|with (?:a |an |their |valid |the |his |her )*(?:passports?|visas?|identity cards?|id cards?|permits?|tokens?|travel documents?|documents?|passes))",
    rf"(?:can|could|may|able to|allowed to|permitted to) (?:\w+ ){{0,1}}(?:cross|pass|enter|travel)\w* (?:\w+ ){{0,4}}?(?:from |between ){CLOCK_RANGE}",
)

#: One kind of traveller or traffic kept out, where others still pass:
#: "pedestrians cannot enter", "passenger cars cannot cross".
KEPT_OUT = _words(
    r"(?:pedestrians|passengers|passenger cars|cars|private cars|trucks|lorries|buses|tourists|foreigners|foreign nationals|residents|migrants|travell?ers|cyclists) (?:\w+ ){0,2}(?:can ?not|could not|can t|are unable to|were unable to) (?:\w+ ){0,1}(?:enter|cross|pass|leave)",
)

#: Limits that turn a *reopening* into a restriction.  Narrower than LIMIT:
#: "reopened for trade" is a reopening (trade resumes), "closed for trade" a
#: partial closure.
PARTIAL_REOPENING = _words(
    r"(?<!not )(?<!the )only",
    # one direction: "reopened for passengers leaving, but arrivals remain suspended"
    r"(?:but|while) (?:\w+ ){0,6}(?:remains?|remained|are still|is still|stay|stays) (?:suspended|closed|halted|shut|blocked)",
    r"for (?:\w+ )?(?:outbound|inbound|departing|arriving|leaving|exiting|entering)",
    r"for (?:\w+ ){0,2}(?:leaving|exiting|departing)",
    r"(?:entry|passage|transfer|delivery|deliveries) of (?:\w+ ){0,2}aid",
    r"(?:for|pour|para) (?:les |los |las )?(?:\w+ )?(?:aid|humanitarian|humanitaires?|humanitari\w+)(?: \w+)?",
    r"partial(?:ly)?",
    r"partly",
    r"(?:some|select|selected|few|two|one|several) (?:\w+ )?lanes?",
    r"(?:in|from) one direction",
    r"one way",
    r"\w+\s*bound",
    r"northbound|southbound|eastbound|westbound",
    r"(?:for|to) pedestrians",
    r"on foot",
    r"limited",
    r"with restrictions",
    # some days only: "opened four days in a week"
    DAYS_A_WEEK,
    CLOCK_RANGE,
)

#: An opening for a while ("reopened for three hours", "opened for 10 days"),
#: read after the reopening word.
FOR_A_WHILE = re.compile(
    r"(?:\W+\w+){0,6}?\W+for (?:only |just )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few) (?:\w+ )?(?:days?|hours?)\b"
)
#: An opening as an exception ("temporarily opened", "opened briefly") ...
EXCEPTIONALLY = _words(r"temporar\w*", r"briefly", r"exceptional\w*")
#: ... for one purpose ("to allow 100 citizens to return", "to let the bus cross").
FOR_A_PURPOSE = _words(r"to allow", r"to facilitate", r"to let")


#: Passage refused to people, as done: "were denied entry", "turned back",
#: "are not allowed to enter".
REFUSAL = (
    # people refused at the gate ("refusing entry to Afghans without valid visas",
    # "turning back pilgrims who arrive without visas")
    r"(?:refus|deny|deni)\w* (?:\w+ ){0,2}entry",
    r"turn(?:s|ed|ing)? (?:\w+ ){0,3}back",
    r"(?:sent|sending|sends) (?:\w+ ){0,3}back",
    r"(?:not|no longer) (?:be )?(?:allowed|permitted) (?:to (?:enter|cross|travel)|through)",
)
REFUSED = _words(*REFUSAL)

#: Rules applied at the crossing: papers demanded, entry refused.
DOCUMENTS = _words(
    # ("without documents" alone is left out: it is mostly a reason, "asylum
    # seekers without valid documents", not a rule applied at the crossing)
    r"(?:require[sd]?|requiring|demand(?:s|ed|ing)?|need(?:s|ed)?|mandatory) (?:\w+ ){0,3}(?:travel documents?|documents?|passports?|visas?|permits?|papers|proof)",
    r"refused entry",
    r"denied entry",
    *REFUSAL,
    r"visa (?:regime|requirement)s?",
    # "cannot enter without a visa"
    r"(?:can ?not|could not|can t|unable to) (?:\w+ ){0,2}(?:enter|cross|pass)\w* (?:\w+ ){0,3}without",
    r"must (?:carry|have|show|present|hold|obtain) (?:a |an |valid |their )*(?:passports?|visas?|travel documents?|permits?|papers)",
    r"(?:passports?|visas?|travel documents?|permits?) (?:\w+ ){0,2}(?:requirements?|required|mandatory|needed|compulsory)",
)

#: Advice or a chance, not news: "you may be refused entry".
ADVICE = _words(r"you", r"your", r"may", r"might", r"could", r"can")


#: Armed violence at or across the border.
CLASH = _words(
    r"traded fire",
    r"trading fire",
    r"exchang(?:e|ed|es|ing) (?:of )?(?:heavy )?(?:fires?|gunfire)",
    r"exchanged fire",
    r"clash(?:es|ed|ing)?",
    r"shell(?:ing|ed|s)",
    r"shoot ?outs?",
    r"open(?:ed)? fire",
    r"gunfire",
    r"firing",
    r"fired",
    r"mortars?",
    r"artillery",
    r"skirmish(?:es)?",
    r"gun ?battles?",
    r"(?:fighting|fights?) (?:at|near|along|on|across) the (?:\w+ )?(?:border|crossing|frontier|checkpoint)",
    r"border fighting",
    r"(?:air|drone) ?strikes?",
    r"(?<!on )(?<!general )strikes? (?:on|hit|targeted|struck)",  # not "went on strike on Monday"
    r"(?:israeli|russian|pakistani|afghan|iranian|turkish|indian|chinese) strikes?",
    r"shooting(?: incident| attack)?",
    r"(?:two|twin|several|multiple) blasts|blasts? (?:at|near|on) the (?:border|crossing)",
    r"attack(?:ed|s)? (?:on )?(?:\w+ ){0,2}(?:border|guards|posts?|checkpoints?|outposts?|soldiers|troops)",
    r"stone (?:pelting|throwing)|threw stones|hurled stones",
    r"tear gas",
    r"gunm[ae]n", r"shot (?:dead|and killed)",
    r"killed (?:\w+ ){0,3}(?:border )?(?:guards|soldiers|troops|policemen|officers)",
    # Other languages: Spanish tiroteo, French échange de tirs / fusillade,
    # German Schusswechsel / Gefecht, Russian перестрелка, Turkish çatışma.
    r"tiroteos?", r"enfrentamientos?", r"echanges? de tirs", r"fusillades?", r"affrontements?",
    r"schusswechsel", r"gefecht\w*", r"perestrelk\w*", r"catisma\w*",
    r"martyred",
    # strikes from the air and bombings, told by what hit or who blew up
    r"rocket fire", r"(?:rocket|missile) attacks? on", r"warplanes?", r"raid(?:ed|s)?", r"(?:was|were|been) struck",
    r"blew (?:himself|herself|themselves) up",
    r"confrontations?", r"(?:armed )?conflict between",
)

#: People, vehicles or goods held up.
STRANDED = _words(
    # Russian скопилось/очередь/застряли, Turkish kuyruk/mahsur, German Stau/
    # gestrandet, French bloqués/coincés, Spanish varados.
    r"skopil\w*", r"ocered\w*", r"zastral\w*", r"kuyruk\w*", r"mahsur",
    r"stau\w*", r"gestrandet", r"steck\w* (?:\w+ ){0,6}fest", r"festgesteckt", r"bloques", r"coinces", r"varad[oa]s",
    r"stuck",
    r"lining (?:up )?",
    r"backed up", r"backing up", r"tailbacks?", r"queues? (?:of|stretch\w*)", r"queueing",
    r"piling up",
    r"strand(?:ed|ing)",
    r"queu(?:e|es|ed|ing)",
    r"lined up",
    r"piled up",
    r"trapped",
    r"waiting",
    r"waited",
    r"unable to (?:cross|return|enter|go)",
    r"could not (?:cross|return|enter)",
    r"backlog",
    r"tailbacks?",
    r"accumulat(?:e|es|ed|ing)", r"held up", r"traffic jams?", r"gridlock\w*", r"camp(?:ed|ing) out",
    # held where they stand: "trucks parked on the roadside", "a line of
    # lorries", "480 trucks have been stopped", "forced to extend their stay"
    r"parked",
    r"lines? of (?:\w+ ){0,2}(?:trucks|lorries|vehicles|cars)",
    r"(?:have|has) been stopped",
    r"forced to (?:return|wait|stay|extend)",
    r"rott(?:ing|ed|en)", r"traps?",
)

#: Stranded words that also describe an ordinary queue ("a queue of trucks
#: waiting to leave" before a holiday): they strand only where the story also
#: closes or limits that crossing.
WEAK_STRANDED = _words(
    r"waiting", r"waited", r"queu\w*", r"lined up", r"lining(?: up)?", r"backed up",
    r"backing up", r"tailbacks?", r"accumulat(?:e|es|ed|ing)", r"piling up", r"piled up",
    r"traffic jams?", r"gridlock\w*",
)

#: A side of the line ("on the Afghan side", "on both sides", French "côté
#: malien", Spanish "del lado", Russian "s rossiyskoy storony"), folded.
SIDE_OF_LINE = _words(r"sides?", r"cote", r"lado", r"storon\w*")

#: Passage through a crossing ("allowed through", "let through", "allowed to
#: cross"): a sentence about who may pass is about the story's crossing.
PASSAGE = _words(
    r"(?:allowed|permitted|let) (?:\w+ )?(?:through|to cross|to pass|to enter|across)",
    r"(?:can|could|may) (?:still )?(?:cross|pass)",
)

#: What must be held up for ``stranded``: people, vehicles or goods.
HELD = _words(
    r"gruzovik\w*", r"masin\w*", r"fur\w*", r"ljud\w*", r"passazir\w*", r"tir(?:lar\w*)?",
    r"lkw", r"lastwagen", r"camions?", r"camiones", r"voyageurs", r"personas",
    r"trucks?", r"lorr(?:y|ies)", r"vehicles?", r"containers?", r"cars?", r"buses",
    r"trailers?", r"goods", r"cargo", r"people", r"passengers?", r"travell?ers?",
    r"drivers?", r"pilgrims?", r"civilians?", r"tourists?", r"citizens", r"nationals",
    r"patients", r"migrants", r"refugees", r"families", r"students", r"workers",
    r"traders", r"perishables?", r"fruits?", r"vegetables", r"thais", r"afghans",
    r"pakistanis", r"stranded",
)

#: Officials meeting about the crossing.
TALKS = _words(
    r"talks",
    r"met",
    r"meet(?:s|ing|ings)?",
    r"negotiat(?:e|ed|es|ing|ions?)",
    r"agree(?:d|s|ment)",
    r"jirga",
    r"dialogue",
    r"discuss(?:ed|es|ing|ions?)",
    r"flag meeting",
    r"summoned",
    r"liais(?:e|ed|es|ing)",
    r"appeal(?:ed|s)? to",
    r"(?:asked|urged|called on) (?:the )?\w+ (?:side|authorities|government|counterparts?) to",
    r"request(?:ed|s|ing)?",
    r"protest(?:ed)? (?:to|with)",
    r"held (?:a )?(?:meeting|talks)",
    # officials of both sides at one ceremony ("the reopening ceremony was
    # attended by the two governors", "officiated the inauguration")
    r"(?:ceremony|inauguration) (?:\w+ ){0,4}(?:attended|officiated)",
    r"(?:attended|officiated) (?:\w+ ){0,3}(?:ceremony|inauguration)",
    # French, Spanish, German, Russian
    r"reunions?", r"rencontres?", r"pourparlers", r"negociations?", r"mis d accord",
    r"convers[oa]", r"reunion(?:es)?", r"negociaciones", r"acuerdo",
    r"gesprache?", r"treffen", r"verhandlungen", r"peregovor\w*", r"vstrec\w*",
    r"consultations?",
)

#: Both kinds of traffic named ("for transport and trade", "to both travelers
#: and cargo"): the limit words then mean everything, not a part.
_PEOPLE = r"(?:traffic|transport|travel\w*|passengers?|people|pedestrians|persons|individuals)"
_GOODS = r"(?:trade|cargo|goods|freight|vehicles|trucks|lorries)"
ALL_KINDS = re.compile(
    # one kind of each: "to both travelers and cargo", "for transport and trade"
    rf"\b(?:for|to) (?:both )?(?:the )?(?:\w+ )?(?:{_PEOPLE}(?: and| as well as) (?:\w+ )?{_GOODS}|"
    rf"{_GOODS}(?: and| as well as) (?:\w+ )?{_PEOPLE}|traffic(?: and| as well as) (?:\w+ )?\w+)\b|"
    # "trade and pedestrian traffic resumed", "cargo and passenger movement"
    r"\b(?:trade|cargo|goods|freight|vehicle|vehicular|truck) and (?:passenger|pedestrian|people)\b|"
    r"\b(?:passenger|pedestrian) and (?:trade|cargo|goods|freight|vehicle|vehicular|truck)\b"
)
#: A subject that is one kind of traffic ("clearance of cargo trucks resumed
#: after it was suspended"): what was stopped was that part only.
PART_SUBJECT = _words(
    r"imports?", r"exports?", r"cargo", r"freight", r"clearance", r"processing",
    r"passenger traffic", r"pedestrian traffic", r"bus(?:es)? (?:traffic|service)",
    r"truck traffic", r"immigration", r"visa (?:issuance|services)",
)
#: Two sides meet: what makes a meeting ``talks`` rather than one
#: government's own session.
TWO_SIDES = _words(
    r"both (?:sides|countries|governments|nations)",
    r"two (?:\w+ ){0,2}(?:sides|countries|governments|nations|services|forces|delegations|armies|militaries)",
    r"bilateral", r"counterparts?", r"joint", r"flag meeting", r"jirga", r"delegations?",
    r"ambassadors?", r"envoys?", r"charge d ?affaires?", r"consuls?", r"between \w+(?: \w+)? and",
    r"with (?:\w+ ){0,3}(?:traders|protesters|transporters|truckers|drivers)",
    r"(?:traders|protesters|protest leaders|transporters|truckers|demonstrators)\b",
    r"(?:on )?the other side", r"neighbou?ring (?:nations|countries|states)",
    r"high commission", r"embass(?:y|ies)", r"consulates?",
    r"the (?:chinese|afghan|pakistani|iranian|indian|russian|georgian|turkish|syrian|kyrgyz|tajik|uzbek|kazakh|nepali|bangladeshi|polish|belarusian|ukrainian|egyptian|israeli|jordanian|lebanese|mexican|us|american|canadian|finnish|estonian) side",
)
#: Held-up people and goods moving again: not (or no longer) stranded.
MOVING_AGAIN = _words(
    r"(?:started|start|began|begun|begin|resumed) (?:passing|crossing|moving|to cross|to move|to pass)",
    r"were allowed to (?:cross|pass|return)",
)

#: Officials, for ``talks`` in a sentence that names no place: a meeting of
#: officials in an article about one crossing is about that crossing.
OFFICIALS = _words(
    r"officials?", r"ministers?", r"ministry", r"ambassadors?", r"envoys?", r"delegations?",
    r"authorities", r"commanders?", r"charge d ?affaires?", r"diplomats?", r"governments?",
    r"administration", r"both (?:sides|countries)", r"two (?:sides|countries)",
    r"counterparts?", r"representatives?", r"managers?", r"islamabad|kabul|tehran|new delhi|beijing|moscow|ankara|kyiv|minsk|warsaw",
)
#: A meeting told as held, a talk in itself even where no official is named
#: ("a meeting was held to resolve the crisis", "discussed at a meeting of the
#: joint working group", "a coordination meeting").
MEETING_HELD = _words(
    r"(?:meetings?|talks|negotiations|discussions?) (?:was|were|has been|have been|will be|is being) held",
    r"held (?:a |an )?(?:\w+ ){0,2}(?:meetings?|talks|consultations|discussions|negotiations)",
    r"(?:days|weeks|months|rounds?) of (?:\w+ )?(?:talks|discussions|negotiations|consultations)",
    r"(?:discussed|agreed|decided) (?:\w+ ){0,3}(?:at|during|in) (?:a|an|the) (?:\w+ ){0,3}meeting",
    r"(?:coordination|joint|bilateral|trilateral|flag) (?:\w+ )?meetings?",
    r"working group",
)
#: Meetings that are not between officials of the two sides.
NOT_TALKS = _words(
    r"journalists?", r"reporters?", r"media", r"press conference", r"students",
    r"meet (?:the |their |its )?(?:demands?|needs|targets?|requirements|deadline)",
    # "meet" that is not a meeting: standards met, lines that meet, people met by guides
    r"meets? (?:\w+ ){0,2}(?:standards?|criteria|conditions|obligations|expectations)",
    r"(?:borders|frontiers|lines|roads|rivers) (?:\w+ ){0,3}meet",
    r"(?:are|were|is|was) met by",
)

#: A cue word just before a trigger that negates it ("did not close",
#: "no plans to shut").  Checked in a short window before the trigger.
NEGATION = re.compile(
    r"\b(?:not|never|no|n't|nor|neither|without)\b(?:\W+\w+){0,3}\W*$|"
    # "denied reports that it had shut": a denial reaches further back.
    r"\b(?:denied|denies|deny|denying|rejected|dismissed|refuted)\b(?:\W+\w+){0,14}\W*$"
)

#: A denial of what follows in the sentence, however far the trigger stands.
DENIAL = _words(
    r"(?:denied|denies|deny|denying|rejected|rejecting|dismissed|dismissing|refuted|refuting|discounted|discounting|debunked|debunking|quashed) (?:the )?(?:\w+ ){0,3}(?:reports?|claims?|rumou?rs?|allegations?|speculation)",
    r"rumou?rs? (?:of|that|about)",
)

#: Background history, not news of this article ("closures are common",
#: "has been closed several times in recent years").
BACKGROUND = _words(
    r"in recent (?:years|months|weeks)",
    r"in the past",
    r"several times",
    r"multiple times",
    r"many times",
    r"(?:are|is) (?:common|frequent|routine)",
    r"often",
    r"frequently",
    r"repeatedly",
    r"from time to time",
    r"historically",
    r"over the years",
    r"each time",
    r"whenever",
)

#: Habits ("queues regularly stretch for kilometres in summer"): background
#: for the clause they stand in, not for the whole sentence.
HABITUAL = _words(
    r"regularly", r"routinely", r"usually", r"typically",
    r"every (?:summer|winter|year|weekend|holiday|day)",
)

#: A past well before the news, when it opens the sentence or stands just
#: before the trigger ("Last year, ... pilgrims were stranded"); "the war
#: last year" later in a sentence leaves its news alone.
LONG_AGO = _words(r"last year", r"(?:a|two|three|several|many) years? ago", r"years ago", r"a decade ago")

#: Conditionals and wishes that are no event yet.
HYPOTHETICAL = _words(
    r"if", r"unless", r"could", r"might", r"may", r"threaten(?:s|ed|ing)? to",
    r"urg(?:e|es|ed|ing)", r"call(?:s|ed)? (?:on|for)", r"demand(?:s|ed|ing)?",
    r"should", r"ask(?:s|ed|ing)?", r"want(?:s|ed)? to", r"hope(?:s|d)? to",
    r"plan(?:s|ned)? to", r"whether", r"fears?",
)

#: An announcement of the future ("will reopen on Monday").
FUTURE = _words(
    # "would" is mostly reported speech ("officials said it would reopen").
    r"will", r"would", r"(?:is|are) (?:set|scheduled|expected|due|going) to", r"to be (?:re ?opened|closed)",
    r"(?:agreed|decided) (?:\w+ ){0,3}to",
    r"(?:the )?announcement of(?: the)?",
    r"from (?:tomorrow|next)", r"starting (?:tomorrow|next)",
    r"ab (?:morgen|\w+tag|\w+woch|sonnabend)", r"a partir (?:de|du) (?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)",
)

#: The past perfect just before a trigger ("had closed", "had been shut"):
#: told as background to the news, not as the state at publication.
PLUPERFECT = re.compile(r"\bhad (?:already |then |previously |earlier )?(?:been )?(?:\w+ly )?$")

#: An announcement that takes effect the day it is published.
TODAY = _words(r"today", r"tonight", r"this (?:morning|afternoon|evening)", r"immediately")

#: The change takes effect as the news is published.
IMMEDIATE = _words(
    r"with immediate effect", r"with effect from today", r"effective immediately",
    r"ab sofort", r"des maintenant", r"a partir de hoy",
)

#: A plain statement of state: the crossing is open, no change reported.
OPEN_STATE = _words(
    r"remains? open", r"remained open", r"(?:is|are|was|were) (?:still |currently |now |again )?open",
    r"(?:crossing|moving|flowing|operating|running) normally", r"traffic (?:is |was )?normal",
    r"(?:ist|bleibt|sind|bleiben) (?:weiterhin |noch )?geoffnet",
    r"stays? open", r"stayed open", r"kept open", r"continues? to (?:operate|function)",
    r"working normally", r"(?:is|are|was|were) working",
    r"operat(?:ing|es|e) (?:normally|as usual)", r"functioning normally", r"business as usual",
    r"fully operational", r"open (?:as usual|24/7|round the clock|around the clock)",
    r"(?:24 7|round the clock|around the clock|twenty four hours?|24 hours?|24 hour) (?:opening|operations?|functioning|service)",
    r"(?:around|round) the clock", r"24 hours a day", r"continues? to serve",
    r"(?:use|used|using|cross|crossed|crossing) (?:the )?(?:\w+ ){0,4}as usual",
    r"continu\w+ normally", r"(?:was|is|were|are) not (?:been )?(?:closed|shut)(?: either)?",
    r"(?:work|works|working|worked|operat\w+|function\w+|run|runs|running) smoothly",
    r"(?:operat\w+|function\w+|work\w*) without (?:any )?(?:interruption|disruption|problems?|delays?)",
    r"(?:permanece|sigue) abiert[oa]", r"bleibt geoffnet", r"reste ouvert\w*", r"ostaets\w* otkryt\w*",
    # "is still functioning", "remains operational", "smooth movement at X"
    r"(?:is|are|was|were|remains?|remained) (?:still |fully |now )?(?:functioning|operational|in operation)",
    r"smooth (?:movement|flow|passage|traffic|crossing)",
)

#: Reasons: the stated cause after one of these words.
REASON = re.compile(
    r"\b(?:due to|because of|because|over|following|amid|in protest (?:against|over)|"
    r"in view of|owing to|citing|after)\s+(?P<reason>[^,;.]{4,160})"
)

#: Several crossings named just before, referred back to ("these border
#: crossings", "both checkpoints", "the two bridges").
CROSSINGS_ANAPHORA = _words(
    r"(?:these|those|both|both the|the two|the three|the four|the five|all (?:two|three|four|five)) "
    r"(?:\w+ ){0,2}(?:crossings|crossing points|checkpoints|check points|gates|border posts|"
    r"posts|ports|points|bridges|passes|terminals)",
)
#: Anaphora for the crossing the article is about ("the crossing", "the gate").
CROSSING_ANAPHORA = _words(
    r"^it\b",
    r"(?:said|says|added|announced|confirmed) (?:that )?it\b",
    r"(?:the|this|that|a|key|main|busy|busiest|the key|the main|a key|a major|its) "
    r"(?:\w+ ){0,2}(?:border )?(?:crossing|crossing point|checkpoint|check point|gate|terminal|"
    r"port|port of entry|bridge|route|transit point|trade route|border point|passage|entrance|"
    r"border post|post|facility|pass|corridor)\b(?! ?s\b)",
)

#: A sentence about a whole border rather than the crossing the article is
#: about: plural crossings, "all", "entire", "sealed the border with".
WHOLE_LINE = _words(
    r"alle (?:\w+ ){0,2}grenzubergange", r"tous les (?:\w+ ){0,2}(?:points de passage|postes frontieres)",
    r"all (?:\w+ ){0,3}(?:crossings|border points|crossing points|checkpoints|entry points|border)",
    r"(?:land |border |other )(?:crossings|points|posts|outposts|checkpoints)",
    r"(?:its|their|the) (?:\w+ )?borders? with",
    r"crossings",
    r"(?:entire|whole|length of the) (?:\w+ )?border",
    r"along (?:the|their|its) (?:\w+ ){0,2}(?:border|frontier|boundary)",
    r"nationwide",
)

#: Every crossing of a border at once, even when the sentence then names one
#: ("closed all border checkpoints with Cambodia, including Poipet").
EVERY_CROSSING = _words(
    r"(?:sealed|closed|shut|shuts|seals|closes) (?:down )?(?:(?:its|their) (?:\w+ ){0,2}|the )borders? with",
    r"all (?:\w+ ){0,3}(?:crossings|border points|crossing points|checkpoints|entry points|ports of entry)",
    r"alle (?:\w+ ){0,2}grenzubergange", r"tous les (?:\w+ ){0,2}(?:points de passage|postes frontieres)",
    r"todos los (?:\w+ ){0,2}pasos",
    r"(?:entire|whole) (?:\w+ )?border",
    r"nationwide",
)

#: Subjects that act on a crossing (for ``actor``): head nouns of actor phrases.
ACTOR_HEADS = _words(
    r"forces", r"authorities", r"officials", r"guards?", r"government", r"police",
    r"army", r"military", r"troops", r"soldiers", r"ministry", r"administration",
    r"taliban", r"customs", r"agency", r"protesters", r"farmers", r"truckers",
    r"cbp", r"islamabad", r"kabul", r"tehran", r"officers",
)
