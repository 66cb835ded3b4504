"""Page furniture: the parts of a scraped page that are not the article.

Scrapes of news pages carry the site around the story: a headline printed
twice, share buttons, "Advertisement", author boxes, lists of other stories
with "Read More »", script snippets.  Left in, they become sentences that the
event finder reads (a teaser about another border is a false event) and they
break the content hash that deduplicates reprints.

Every rule below is data with a comment on why it exists.  The rules are
deliberately narrow: a real sentence removed by mistake is an event lost, a
furniture line left in is only noise, so each rule matches whole lines of a
known shape, never a line that could be prose.  ``tests/test_extract_corpus.py``
checks that no gold evidence sentence of the labelled corpus is lost.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from borderwatch.extract.dates import date_in
from borderwatch.records import Link

__all__ = [
    "Byline",
    "DROP_LINES",
    "find_dateline",
    "is_author_box",
    "is_bare_url",
    "is_code",
    "is_furniture",
    "is_read_more",
    "is_tagline",
    "is_tail_heading",
    "is_teaser_label",
    "parse_byline",
    "parse_link",
    "parse_source",
    "take_leading_date",
]


def _full(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive pattern that must match a whole (stripped) line."""
    return re.compile("(?:" + "|".join(patterns) + r")\Z", re.IGNORECASE)


# --- lines that are dropped outright ----------------------------------------

#: Social networks named on share and follow bars ("x" is Twitter's new name).
_NETWORK = (
    r"(?:facebook|twitter|x|whatsapp|telegram|instagram|youtube|tiktok|threads|bluesky"
    r"|linkedin|reddit|pinterest|flipboard|tumblr|pocket|messenger|viber|vk|vkontakte"
    r"|odnoklassniki|google news|e-?mail|sms|print|copy link)"
)
#: "Share" in the languages of the corpus, as a button label.
_SHARE = (
    r"(?:share|partager|partagez|compartir|comparte|compartilhe|teilen|condividi"
    r"|поделиться|paylaş)"
)
#: What joins network names on one line: bars, commas, "and" in several languages.
_JOIN = r"(?:\s*[|,/&·•]\s*|\s+(?:and|or|y|e|o|et|ou|und|oder|и|или|ve|veya)\s+)"
#: One to four capitalised words: the outlet in "Follow Dawn on WhatsApp".
_OUTLET = r"(?-i:[A-Z@][\w.&'’@-]*)(?: (?-i:[A-Z][\w.&'’-]*)){0,3}"

#: Whole lines that never carry article text.  Each entry: (why, pattern).
DROP_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ad slots leave their label in the text",
        _full(
            r"advertisements?",
            r"advertisment",
            r"sponsored(?: content)?",
            r"story continues below(?: advertisement)?",
            r"scroll to continue.{0,40}",
            r"(?:article|content) continues below(?: (?:this )?(?:ad|advertisement))?",
            r"continue reading (?:below|after (?:the |this )?(?:ad|advertisement))",
            # the same label on French, German, Spanish, Italian, Russian, Turkish pages
            r"publicité|anzeige|publicidad|pubblicità|реклама|reklam",
        ),
    ),
    (
        "an ad label with a reading hint: 'Advertisement · Scroll to continue', "
        "'ADVERTISEMENT - story continues below'; the hint is only ever printed by the slot",
        _full(
            r"(?:advertisements?|advertisment|ad|sponsored)\s*[·•|:\-–—]?\s*"
            r"(?:scroll to continue(?: reading| with content)?"
            r"|(?:the )?(?:story|article|content) continues"
            r" (?:below|after (?:this )?ad(?:vertisement)?)"
            r"|continue reading(?: below)?|skip (?:this )?ad(?:vertisement)?)\s*[.…]*",
        ),
    ),
    (
        "share / social buttons render as their labels",
        _full(
            r"share(?: this)?(?: article| story| post| page)?(?: on \w+)?\s*:?",
            r"(?:tweet|email|e-mail|print|whatsapp|facebook|twitter|linkedin|telegram|reddit)\s*:?",
            r"copy link",
            r"поделиться\s*:?",
            r"(?:partager|partagez|compartir|teilen|condividi|paylaş)\s*:?",
            r"follow us(?: on [\w ,&]{1,40})?\s*:?",
        ),
    ),
    (
        "a share bar printed as text: a share label and nothing but network names "
        "('Share: Facebook Twitter Telegram', 'Share on Facebook Share on Twitter', "
        "'Partager : Facebook | X'); 'Share prices fell' has no network after the label",
        _full(
            rf"{_SHARE}(?: this(?: article| story| post| page)?)?(?: (?:on|via|sur|en|auf|в))?"
            rf"\s*:?\s*{_NETWORK}"
            rf"(?:(?:{_JOIN}|\s+)(?:{_SHARE}(?: (?:on|via|sur|en|auf|в))?\s+)?{_NETWORK})*"
            r"\s*[|,·•]?"
        ),
    ),
    (
        "follow prompts: 'Follow <Outlet> on <network>[ and <network>][, and never miss "
        "an update]!' and their translations; the outlet must be capitalised, so "
        "'Follow the road on foot' and 'Follow-up talks ...' stay",
        _full(
            rf"follow (?:us|{_OUTLET}) on {_NETWORK}(?:{_JOIN}{_NETWORK})*"
            r"(?:,?\s+(?:and|to)\s+(?:never miss|get|stay|keep)[^.!?]{0,60})?\s*[.!]?",
            rf"síguenos (?:en|a través de) {_NETWORK}(?:{_JOIN}{_NETWORK})*\s*[.!]?",
            rf"suivez[- ]nous sur {_NETWORK}(?:{_JOIN}{_NETWORK})*\s*[.!]?",
            rf"folgen sie uns (?:auf|bei) {_NETWORK}(?:{_JOIN}{_NETWORK})*\s*[.!]?",
            rf"(?:подписывайтесь на (?:нас|наш канал)|следите за (?:нами|новостями)) в "
            rf"{_NETWORK}(?:{_JOIN}{_NETWORK})*\s*[.!]?",
        ),
    ),
    (
        "tag lists under the story ('Tags: Upper Lars, Russia'): topic labels, never prose "
        "(no sentence break allowed in the list)",
        _full(
            r"(?:tags?|tagged(?: with| in)?|keywords|mots[- ]clés|etiquetas|schlagw(?:ö|oe)rter"
            r"|теги|метки|etiketler|anahtar kelimeler)\s*:\s*(?:(?!\.\s)[^!?\n]){1,200}"
        ),
    ),
    (
        "subscription prompts",
        _full(
            r"subscribe(?: now)?",
            r"subscribe to [^.]{1,60}\.?",
            r"sign up for [^.]{0,60}newsletters?[^.]{0,40}\.?",
        ),
    ),
    (
        "comment prompts under the story",
        _full(
            r"leave a (?:reply|comment)\.?",
            r"comments (?:are|have been) (?:closed|disabled|turned off)(?: for this \w+)?\.?",
            r"(?:les )?commentaires (?:sont )?fermés\.?",
            r"hiç yorum yok:?",
            r"yorum gönder",
            r"post a comment",
            r"add a comment",
            r"comments?(?: \(\d+\))?",
            r"\d+ comments?",
            r"join the (?:conversation|discussion)",
            r"be the first to comment.{0,20}",
            r"sign in or .{1,40} to comment\.?",
            r"log ?in to (?:post a )?comment\.?",
            r"you must be logged in to post a comment\.?",
        ),
    ),
    (
        "navigation and end-of-page labels",
        _full(
            r"end of article",
            r"skip to (?:main )?content",
            r"source link",
            r"back to top",
            r"click here\b.{0,60}",
            r"listen to (?:this )?article.{0,20}",
            r"home\s*(?:/|»|›|>).{0,200}",
        ),
    ),
    (
        "text-size and reading-time widgets",
        _full(
            r"increase font size decrease font size reset font size",
            r"[+↺−\-–\s]*\d+\s*px",
            r"\d+ min(?:ute)?s? read\b.{0,60}",
            r"(?:last )?updated\s*:.{0,30}\d{4}.{0,30}",
            r"[\d,.]+k? views",
        ),
    ),
    ("bullets and rules left by list markup", _full(r"[•·|*_=~\-–—]+")),
    (
        "stock tickers printed above some business pages",
        _full(
            r"[A-Z0-9]{2,12} [\d,]+(?:\.\d+)? (?:Increased|Decreased) By [▲▼] ?[-+]?[\d.,]+"
            r"(?: \([-+]?[\d.]+%\))?"
        ),
    ),
    (
        "Reuters' standing footer under every story",
        _full(r"our standards\s*:\s*the thomson reuters trust principles\.?(?:,? opens new tab)?"),
    ),
    (
        "wire copyright notices ('Copyright 2024 The Associated Press. All rights reserved. "
        "This material may not be published, ...'); too long for the photo-credit rule",
        _full(
            r"(?:copyright|©)\s*(?:©\s*)?\d{4}[^.\n]{0,80}\.?\s*all rights reserved\.?"
            r"(?:\s*(?:this )?material may not be published, broadcast, rewritten,? or"
            r" redistributed[^.\n]{0,60}\.?)?",
            r"(?:this )?material may not be published, broadcast, rewritten,? or"
            r" redistributed[^.\n]{0,60}\.?",
            r"all rights reserved\.?",
        ),
    ),
    (
        "AP's funding note ('The Associated Press receives support from ... AP is solely "
        "responsible for all content.'); a story about AP would not say it in these words",
        _full(
            r"(?:the )?associated press[\w ,'’-]{0,80}? receives? (?:financial )?support from"
            r" [^.\n]{1,200}\.(?:\s.{0,300}?\bsolely responsible for all content\.?)?"
            r"(?:\s*find ap['’]s standards for working with philanthropies.{0,200})?",
            r"(?:the )?(?:ap|associated press) is solely responsible for all content\.?",
        ),
    ),
    (
        "Indian syndicated-feed disclaimers (PTI/ANI copy on NDTV, Business Standard, ...): "
        "'(This story has not been edited by ... staff and is auto-generated from a "
        "syndicated feed.)'",
        _full(
            r"\(?(?:disclaimer\s*:\s*)?(?:this (?:story|report|article|news)"
            r"|except for the headline|only the headline)[^()\n]{0,250}?"
            r"(?:auto-generated|published|generated) from"
            r" (?:a |the )?syndicated(?: news)? feed[^()\n]{0,80}?\.?\)?\.?"
        ),
    ),
    (
        "credit of an embedded chart that the scrape did not keep: 'Reuters Graphics'",
        _full(r"(?:(?:reuters|ap|afp|bloomberg|dpa) graphics?\s*)+"),
    ),
    (
        "pure photo credits (captions that state facts are kept: events are read from them)",
        _full(
            r"(?:©|\(c\)\s|copyright\b|photo(?:graph)?s?\s*(?:credit)?\s*:|photo by\b"
            r"|image(?: credit)?s?\s*:|credits?\s*:|picture\s*:|file photo\b).{0,100}"
        ),
    ),
)

#: "Read More »" closes each teaser in a list of other stories.
_READ_MORE = _full(r"(?:read|continue reading|read the full story)\s*(?:more)?\s*[»›>→…]*")

#: A heading after which a page lists other stories, never this one; the whole
#: tail from it on is furniture (its teaser titles are kept as links).
_TAIL_HEADING = _full(
    r"recent(?: posts| news| articles| stories)?",
    r"related(?: posts| articles| news| stories"
    r"| content| coverage| reading)?",
    r"you (?:may|might) also like",
    r"more stories",
    r"read next",
    r"more from [\w .&-]{1,40}",
    r"most (?:read|popular|viewed)",
    r"trending(?: now| stories)?",
    r"don'?t miss",
    # BBC's box of other stories under the article
    r"more on this (?:story|topic)",
    # "related news" / "on the same subject" boxes on German, Turkish, French,
    # Spanish and Russian pages
    r"mehr zum thema",
    r"ilgili haberler",
    r"sur le même sujet",
    r"noticias relacionadas",
    r"(?:похожие|другие) новости",
)

#: Desk names that sites print as the "author" in a box after the story.
_AUTHOR_BOX = _full(
    r"(?:[\w&]+ )?(?:news|web|online|digital) desk",
    r"staff reporter",
    r"editorial (?:team|staff|board)",
    r"newsroom",
)

#: Promotional taglines printed under a desk name in an author box.
_TAGLINE = re.compile(
    r"\A(?:your (?:trusted|reliable|number one|no\.? ?1) source|stay (?:informed|updated|tuned)"
    r"|bringing you|we bring you|delivering)\b",
    re.IGNORECASE,
)

#: Headings that look like datelines but are labels ("BREAKING: ...").
_NOT_DATELINES = frozenset(
    {
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "EXCLUSIVE",
        "WATCH",
        "VIDEO",
        "PHOTOS",
        "LIVE",
        "READ",
        "NOTE",
        "EDITOR'S NOTE",
        "ALSO READ",
        "SEE ALSO",
        "SOURCE",
        "FILE",
        "OPINION",
        "ANALYSIS",
    }
)

_DASH = r"\s?(?:—|–|--|-|:)\s?"

#: Datelines open the first paragraph of a wire story and say where (and by
#: whom) it was filed.  The sentence stays in the text; events use it.
DATELINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "capitalised place, optional country/state and agency: 'ISLAMABAD (AP) —', "
        "'KABUL, AFGHANISTAN –', 'MIRAN SHAH:'",
        re.compile(
            r"(?P<dl>[A-Z][A-Z.'’ -]{2,40}?(?:, [A-Z][A-Za-z.'’ -]{1,30}?)?"
            r"(?: ?\([^()\n]{2,40}\))?)" + _DASH + r"(?=\S)"
        ),
    ),
    (
        "agency with date: 'Nov. 19 (UPI) --'",
        re.compile(
            r"(?P<dl>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
            r" \([A-Z][A-Za-z ]{1,20}\))" + _DASH + r"(?=\S)"
        ),
    ),
    (
        "agency alone: '(CNN) —'",
        re.compile(r"(?P<dl>\([A-Z][A-Za-z ]{1,20}\))\s?(?:—|–|--)\s?(?=\S)"),
    ),
    (
        "place in normal case with agency: 'Khyber Agency (Dunya News) –', "
        "'Gangtok (Sikkim) [India], August 20 :'",
        re.compile(
            r"(?P<dl>[A-Z][\w.'’ ,/-]{1,40}? \([^()\n]{2,40}\)(?: \[[^\]\n]{2,30}\])?"
            r"(?:, [A-Z][a-z]+ \d{1,2})?)\s?(?:—|–|--|-|:)\s?(?=\S)"
        ),
    ),
)

#: The page store of the corpus puts ``date YYYY-MM-DD`` (or ``YYYY-MM``) in
#: front of the page text; it is the publication date, not article text.
_LEADING_DATE = re.compile(r"\A\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")

#: Labels that put another story in the middle of this one ("ALSO READ",
#: "Lire aussi"): on a line of their own, or before the teaser's title.  Each
#: is a fixed phrase that no sentence of a story starts with.
_TEASER_LABELS = (
    r"see also|also see|also read|read also|also watch",
    r"lire aussi|[àa] lire (?:aussi|également)|voir aussi",  # French
    r"lesen sie auch|siehe auch",  # German
    r"читайте также|смотрите также",  # Russian
    r"ayrıca (?:okuyun|bakınız)|ilgili haber",  # Turkish
    r"lea también|lee también|vea también|ver también|te puede interesar",  # Spanish
    r"leia também|veja também|leggi anche",  # Portuguese, Italian
)
#: Labels that only mark a teaser when its title follows on the same line: on a
#: line of their own they are a "Read More »" button or a tail heading.  WATCH
#: counts only in capitals, as sites print it: "Watch: ..." can be a headline.
_TEASER_PREFIXES = (
    *_TEASER_LABELS,
    r"read more|read|related|more on this story|mehr zum thema|ilgili haberler",
    r"(?-i:WATCH)",
)
#: What separates the label from the title: "ALSO READ | ...", "READ MORE: ...".
_TEASER_SEP = r"\s*(?::|\||»|—|–)\s*"

#: "SEE ALSO: <url>", "Also read: <title>", "Lire aussi : <title>": pointers to
#: other stories; the title is kept as a link.
_LINK_LINE = re.compile(
    rf"(?:{'|'.join(_TEASER_PREFIXES)}){_TEASER_SEP}(?P<text>.{{1,200}})\Z", re.IGNORECASE
)
#: "ALSO READ" alone on a line: the title of the other story is the next line.
_TEASER_LABEL = _full(rf"(?:{'|'.join(_TEASER_LABELS)})\s*[:|»]?")
_URL = re.compile(r"https?://\S+\Z")

#: "Source: AP News": the outlet a reprint names; short, one line.
_SOURCE_LINE = re.compile(r"Source\s*:\s*(?P<source>[^\n.:]{2,60})\Z")

_NAME_WORD = r"[A-Z][\w.'’-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|van|von|bin|al|el|la|le|del|ul|ur))*"
#: What may follow the names on a byline line: a source, a timestamp.
_BYLINE_REST = (
    r"\s*(?:[|•·–—-]\s*)?(?:Source\s*:\s*(?P<source>[^|]{2,60}?)\s*(?:(?:Published|Updated)\b.*)?"
    r"|(?:Published|Updated|Posted)\b.*|\d{4}[-/]\d{2}[-/]\d{2}.*|\d{1,2}:\d{2}.*"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}.*)"
)
#: "By Danielle Haynes", "By A, B and C, CNN", "By Our Correspondent 2024-09-14".
_BYLINE = re.compile(
    rf"By:?\s+(?P<who>{_NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){_NAME})*)(?:{_BYLINE_REST})?\Z"
)
#: "Jago News Desk Published: 12 October 2025, 04:54 PM".
_PUBLISHED_LINE = re.compile(
    r"(?P<who>[^\n]{0,60}?)\s*(?:\(@\w+\)\s*)?(?:Published|Posted|Updated)\s*:?\s+"
    r"(?P<when>[^\n]{0,80}\d{4}[^\n]{0,60})\Z"
)

_CODE_CHARS = re.compile(r"[{}=;]")
_CODE_START = re.compile(r"\A(?:\(?function\s*\(|var |let |const |if\s*\(|\}|window\.|document\.)")


@dataclass(frozen=True, slots=True)
class Byline:
    who: str | None
    source: str | None = None
    date: str | None = None  # ISO date printed on the line


def is_furniture(line: str) -> bool:
    """A whole line that is page furniture and carries no article text."""
    return any(pattern.match(line) for _, pattern in DROP_LINES)


def is_read_more(line: str) -> bool:
    return bool(_READ_MORE.match(line))


def is_tail_heading(line: str) -> bool:
    return bool(_TAIL_HEADING.match(line))


def is_teaser_label(line: str) -> bool:
    """A label alone on a line ("ALSO READ") whose teaser title is the next line."""
    return bool(_TEASER_LABEL.match(line))


def is_author_box(line: str) -> bool:
    return bool(_AUTHOR_BOX.match(line))


def is_tagline(line: str) -> bool:
    return bool(_TAGLINE.match(line))


def is_code(line: str) -> bool:
    """A line of JavaScript that a scraper copied from a <script> (social widgets)."""
    if not line.endswith((";", "{", "}", ");", "})")):
        return False
    return bool(_CODE_START.match(line)) or len(_CODE_CHARS.findall(line)) >= 2


def is_bare_url(line: str) -> bool:
    return bool(_URL.match(line))


def parse_link(line: str) -> Link | None:
    """A "SEE ALSO: url" / "Also read: title" line, or a bare URL, as a Link."""
    if _URL.match(line):
        return Link(text=line, url=line)
    match = _LINK_LINE.match(line)
    if not match:
        return None
    text = match.group("text").strip()
    url = text if _URL.match(text) else None
    return Link(text=text, url=url)


def parse_source(line: str) -> str | None:
    match = _SOURCE_LINE.match(line)
    return match.group("source").strip() if match else None


def parse_byline(line: str) -> Byline | None:
    """A line that only names the author(s) (and maybe a source and time)."""
    match = _BYLINE.match(line)
    if match:
        who = match.group("who").strip()
        if len(who) > 100 or len(who.split()) > 14:
            return None
        source = match.group("source")
        return Byline(who, source.strip() if source else None, date_in(line)[0])
    match = _PUBLISHED_LINE.match(line)
    if match and len(line) <= 160:
        who = match.group("who").strip(" |,-") or None
        if who and len(who.split()) > 8:
            return None
        return Byline(who, None, date_in(line)[0])
    return None


def find_dateline(paragraph: str) -> str | None:
    """The dateline that opens a paragraph ("ISLAMABAD (AP)"), if any."""
    for _, pattern in DATELINES:
        match = pattern.match(paragraph)
        if match:
            dateline = match.group("dl").strip(" ,")
            if dateline.upper() not in _NOT_DATELINES and sum(c.isalpha() for c in dateline) >= 2:
                return dateline
    return None


def take_leading_date(text: str) -> tuple[str | None, str]:
    """Strip a leading ``date YYYY-MM-DD`` token; return (ISO date or None, rest).

    Only the token goes: any text after it on that line is page text.  A
    ``YYYY-MM`` token is stripped too but gives no date.
    """
    match = _LEADING_DATE.match(text)
    if not match:
        return None, text
    token = match.group("date")
    try:
        date = datetime.date.fromisoformat(token).isoformat() if len(token) == 10 else None
    except ValueError:
        date = None
    return date, text[match.end() :]
