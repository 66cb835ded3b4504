"""Direct quotes and who said them.

1. Quoted passages are the text between paired double quote marks (“…”,
   "…", «…») within one paragraph.  A passage of fewer than four words is a
   scare quote ("special facilities", "caravan") and is dropped, unless a speech
   verb introduces it directly ("was quoted as saying “special facilities”");
   a single word is always dropped.
2. The speaker is read after the quote (“…,” X said / “…,” said X / “…,” X, a
   trader, told AFP), else before it in the same sentence (X told reporters
   that “…”, according to X, X was quoted as saying “…”).  A quote without
   attribution that follows another in the same or the next paragraph goes on
   in the voice of that one.
3. Pronouns (he, she) stand for the last person named before the quote;
   "the statement" stands for the body that issued it when the text says so
   ("a statement issued by Baradar's office").
4. The evidence is the sentence or sentences holding the quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderwatch.records import Quote, Sentence, Span

__all__ = ["find_quotes"]

_MIN_WORDS = 4  # shorter passages are scare quotes unless a speech verb introduces them
_LOOK_BACK = 2000  # characters searched for the person a pronoun stands for
# Opening mark -> closing mark; straight quotes pair with themselves.
_MARKS = re.compile(r"“(?P<c>[^”\n]{1,3000})”|\"(?P<s>[^\"\n]{1,3000})\"|«(?P<g>[^»\n]{1,3000})»")
# Verbs (and verb phrases) that attribute speech.
_SPEECH = (
    r"said|says|say|told|tells|added|adds|stated|states|stressed|noted|explained|warned|"
    r"insisted|claimed|declared|asserted|announced|wrote|writes|tweeted|posted|continued|"
    r"remarked|urged|asked|complained|lamented|deplored|confirmed|argued|maintained|replied|"
    r"responded|recalled|emphasi[sz]ed|underlined|reiterated|observed|commented|admitted|"
    r"acknowledged|alleged|saying|adding|quoted\s+as\s+saying|"
    # French, Spanish, German, Russian: "a déclaré", "dijo", "sagte", "заявил"
    r"a\s+d[ée]clar[ée]|a\s+dit|a\s+affirm[ée]|a\s+indiqu[ée]|a\s+ajout[ée]|dijo|afirm[óo]|"
    r"declar[óo]|señal[óo]|indic[óo]|sagte|erkl[äa]rte|betonte|teilte\s+mit|заявил[аи]?|"
    r"сказал[аи]?|сообщил[аи]?"
)
_SPEECH_WORD = re.compile(rf"\b(?:{_SPEECH}|according\s+to)\b", re.IGNORECASE)
# Lower-case nouns that name a speaking body or a speaker's office.
_BODY_NOUNS = frozenset({
    "statement", "spokesman", "spokesperson", "spokeswoman", "minister", "ministry", "office",
    "official", "officials", "agency", "police", "authorities", "group", "directorate",
    "government", "army", "military", "embassy", "sources", "source", "representative",
    "commissioner", "director", "chief", "governor", "president", "secretary", "ambassador",
    "envoy", "officer", "guards", "report", "company", "owner", "administration", "council",
    "department", "service", "committee", "traders", "residents", "driver", "drivers", "media",
    "operator", "owners", "organisers", "organizers",
})
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
# Words between a speaker and the speech verb that are read past.
_SKIP = frozenset({"also", "further", "later", "then", "reportedly", "was", "quoted", "as",
                   "had", "has", "earlier", "once", "again", "himself", "herself"})
_CONNECTORS = frozenset({"of", "al", "bin", "ibn", "ul", "de", "van", "von", "from", "and", "for"})
# Capitalised words that are no part of a person's name.
_NOT_NAME = frozenset({
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Meanwhile", "However", "He", "She",
    "It", "They", "We", "I", "This", "That", "Chamber", "Commerce", "Industry", "Ministry",
    "Office", "Department", "Border", "Crossing", "Bridge", "Road", "Province", "District",
    "Agency", "News", "Press", "Police", "Army", "Forces", "Council", "Assembly", "Association",
    "Committee", "Company", "Government", "Republic", "Emirate", "States", "United", "Union",
    "Nations", "International", "National", "Security", "Customs", "Service", "Directorate",
    "Authority", "Port", "Gate", "Times", "Post", "Daily", "Associated", "Reuters", "AFP",
    "AP", "University", "Hospital", "Street", "Pass", "Valley", "River", "Islamic", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Foreign", "Defense",
    "Defence", "Interior", "Trade", "Joint", "Prime", "Deputy", "Minister", "Source", "Read",
    "Republics", "Central", "Asian", "Affairs", "Kingdom", "Emirates", "Corridor",
    "Checkpoint", "Terminal", "Commission", "Party", "Movement", "Front", "Organization",
    "Organisation", "Bureau", "Court", "Parliament", "Senate", "Provincial", "Federal",
    "Revenue", "Board", "General", "Chief", "President", "Ambassador", "Governor", "Mr", "Mr.",
    "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Col", "Lt", "Major", "Captain", "Gen",
})
# Ranks and honorifics: a name after one is a person ("Col Aziz").
_TITLES = frozenset({
    "mr", "ms", "mrs", "dr", "col", "lt", "major", "captain", "gen", "general", "ambassador",
    "governor", "president", "minister", "chief", "brig", "brigadier", "sheikh", "mullah",
})
_WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:al|bin|ibn|ul|de)[\s-]+)?[A-Z][\w’'-]*)+")
# After a name: a sign that it is a person ("X, a director", "X said", "X told").
_PERSON_AFTER = re.compile(
    rf"(?:,\s+(?!which|where|and|but|or)[a-z]|\s+(?i:{_SPEECH})\b)"
)
# "The Detroit International Bridge Company announced …, saying": the subject of the
# sentence a participle leans on.
_CLAUSE_SUBJECT = re.compile(
    r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?:of|and|in|for|from|[A-Z][\w’'-]*))*)"
    r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+(?:ed|s)\b"
)
_STATEMENT_BY = re.compile(
    r"statement\s+(?:was\s+)?(?:(?:issued|released|published|posted|put\s+out)\s+by|from)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s+(?:office|ministry|"
    r"government|embassy|department|spokesman|spokesperson))?)"
)


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _subject_before(tokens: list[str]) -> str | None:
    """The speaker phrase that ends ``tokens`` (the words before a speech verb)."""
    end = len(tokens)
    while end and tokens[end - 1].lower() in _SKIP:
        end -= 1
    start = end
    while start:
        tok = tokens[start - 1]
        low = tok.lower()
        inner = start < end and start > 1
        if tok[:1].isupper() or low in _BODY_NOUNS or (low in _CONNECTORS and inner) or (
                low == "the" and inner and tokens[start - 2].lower() in _CONNECTORS):
            start -= 1
        elif low in _PRONOUNS and start == end:
            return tok
        else:
            break
    while start < end and tokens[start].lower() in _CONNECTORS | {"the"}:
        start += 1
    if start == end:
        return None
    if start and tokens[start - 1].lower() in ("the", "a", "an") and (
            tokens[start][:1].isupper() or any(t.lower() in _BODY_NOUNS
                                               for t in tokens[start:end])):
        start -= 1
    phrase = tokens[start:end]
    # "Taliban spokesman Zabihullah Mujahid": the name after a lower-case title noun
    for k in range(len(phrase) - 1, 0, -1):
        title = phrase[k - 1]
        name = phrase[k:]
        if (title.lower() in _BODY_NOUNS and all(t[:1].isupper() for t in name)
                and not any(t in _NOT_NAME for t in name)):
            return " ".join(name)
    if len(phrase) == 1 and phrase[0] in _NOT_NAME:
        return None
    return " ".join(phrase)


def _subject_after(rest: str) -> str | None:
    """The speaker in the words after a speech verb ("said Ziaul Haq Sarhadi")."""
    tokens: list[str] = []
    for tok in _words(rest)[:8]:
        if not (tok[:1].isupper() or tok.lower() in _BODY_NOUNS | {"the", "a", "an"}
                | _CONNECTORS):
            break
        tokens.append(tok)
    while tokens and tokens[-1].lower() in _CONNECTORS | {"the", "a", "an"}:
        tokens.pop()
    if tokens and tokens[-1] not in _NOT_NAME:
        return " ".join(tokens)
    return _name_after_title(rest)


def _name_after_title(rest: str) -> str | None:
    """A name after a lower-case title: "said historian Martin Reeve", "dijo
    el gobernador del Táchira, Andrés Castillo" (the last full name wins)."""
    runs: list[list[str]] = [[]]
    for tok in _words(rest)[:12]:
        if tok[:1].isupper() and tok not in _NOT_NAME:
            runs[-1].append(tok)
        elif runs[-1]:
            runs.append([])
    names = [run for run in runs if len(run) >= 2]
    return " ".join(names[-1]) if names else None


def _speaker_after(after: str) -> str | None:
    """Attribution right after the closing mark: “…,” X said / said X / X, a …, told."""
    m = re.match(rf"[\s,.;:—–-]*(?:(?P<verb>{_SPEECH})\b(?P<rest>.*)|(?P<np>[^,.;:!?\"“”]{{1,60}}?)"
                 rf"(?:,[^.;\"“”]{{1,120}},)?\s+(?P<verb2>{_SPEECH})\b)", after, re.IGNORECASE)
    if m is None:
        return None
    if m.group("verb"):
        return _subject_after(m.group("rest"))
    return _subject_before(_words(m.group("np")))


def _speaker_before(before: str) -> tuple[str | None, bool]:
    """Attribution before the opening mark in its sentence; and whether a speech
    verb introduces the quote directly."""
    verbs = list(_SPEECH_WORD.finditer(before))
    if not verbs:
        return None, False
    verb = verbs[-1]
    direct = re.fullmatch(r"[\s:,]*(?:that\s*)?", before[verb.end():]) is not None
    if verb.group().lower().startswith("according"):
        return _subject_after(before[verb.end():]), direct
    speaker = _subject_before(_words(before[:verb.start()]))
    if speaker is None and verb.group().lower() in ("saying", "adding"):
        subjects = list(_CLAUSE_SUBJECT.finditer(before, 0, verb.start()))
        speaker = subjects[-1].group("np") if subjects else None
    return speaker, direct


def _last_person(text: str, end: int) -> str | None:
    """The last person named before ``end``: the last name run with a sign of being
    a person ("X, a director", "X said"), else the last plain name run."""
    evidenced: str | None = None
    plain: str | None = None
    for m in _NAME_RUN.finditer(text, max(0, end - _LOOK_BACK), end):
        words = m.group().split()
        title = ""
        while words and words[0] in _NOT_NAME:
            title = words[0] if words[0].rstrip(".").lower() in _TITLES else ""
            words = words[1:]
        if len(words) < (1 if title else 2) or any(w in _NOT_NAME for w in words):
            continue
        plain = " ".join(words) if len(words) > 1 else f"{title} {words[0]}"
        if title or _PERSON_AFTER.match(text, m.end()):
            evidenced = plain
    return evidenced or plain


def _resolve(speaker: str | None, text: str, at: int) -> str | None:
    if speaker is None:
        return None
    if speaker.endswith(".") and len(speaker.rsplit(" ", 1)[-1]) > 3:
        speaker = speaker[:-1]  # "said Ziaul Haq Sarhadi." ends the sentence
    low = speaker.lower()
    if low in ("he", "she"):
        return _last_person(text, at)
    if low in _PRONOUNS:
        return None
    if re.fullmatch(r"(?:the|a|an|this|that)\s+(?:\w+\s+)?statement", low):
        bodies = list(_STATEMENT_BY.finditer(text, max(0, at - _LOOK_BACK), at))
        if bodies:
            return bodies[-1].group("body")
    return speaker


def _evidence(text: str, sentences: Sequence[Sentence], start: int, end: int) -> Span:
    inside = [s for s in sentences if s.start < end and start < s.end]
    if inside:
        first, last = min(s.start for s in inside), max(s.end for s in inside)
    else:
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        last = len(text) if last < 0 else last
    first, last = min(first, start), max(last, end)
    return Span(first, last, text[first:last])


def find_quotes(text: str, sentences: Sequence[Sentence]) -> list[Quote]:
    """Every direct quote in ``text`` with its speaker and the sentence(s) holding it."""
    quotes: list[Quote] = []
    previous: tuple[int, str | None] | None = None  # where the last quote ended, its speaker
    for m in _MARKS.finditer(text):
        inner = m.group("c") or m.group("s") or m.group("g") or ""
        words = len(inner.split())
        evidence = _evidence(text, sentences, m.start(), m.end())
        line_start = text.rfind("\n", 0, m.start()) + 1
        before_from = max(evidence.start, line_start, previous[0] if previous else 0)
        speaker, direct = _speaker_before(text[before_from:m.start()])
        after = _speaker_after(text[m.end():min(evidence.end, m.end() + 200)])
        if words < _MIN_WORDS and not (direct and words >= 2):
            continue
        speaker = after or speaker
        if speaker is None and line_start < before_from:  # "X told the media. “…”"
            lead = text[line_start:before_from]
            verbs = list(_SPEECH_WORD.finditer(lead))
            if verbs and len(lead) - verbs[-1].end() < 60:
                speaker = _speaker_before(lead[:verbs[-1].end()])[0]
        if speaker is None and previous is not None:
            gap = text[previous[0]:m.start()]
            if gap.count("\n\n") <= 1 and len(gap) < 200 and gap.count("\n") <= 2:
                speaker = previous[1]  # the same voice goes on
        else:
            speaker = _resolve(speaker, text, m.start())
        quotes.append(Quote(speaker, inner.strip(), evidence))
        previous = (m.end(), speaker)
    return quotes
