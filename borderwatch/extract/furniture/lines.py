"""Line furniture: whole lines of a page that are dropped outright.

Ad labels, share and follow bars, tag lists, comment and subscription
prompts, navigation labels, widgets, wire boilerplate, cookie and consent
notices (their sentences are in ``consent``), pure photo credits and the
credit lines of photo stories,
desk names printed as an "author box" (and the tagline under them), and
script snippets a scraper copied from the page.  None of them carries
article text or anything worth keeping, so they simply go.

Each rule matches a whole (stripped) line of a known shape, never a line that
could be prose: a sentence removed by mistake is an event lost.
"""

from __future__ import annotations

import re

from borderwatch.extract.furniture.attribution import CAPITAL
from borderwatch.extract.furniture.consent import CONSENT_NOTICE

__all__ = [
    "DROP_LINES",
    "is_author_box",
    "is_code",
    "is_furniture",
    "is_tagline",
    "whole_line",
]


def whole_line(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive pattern that must match a whole (stripped) line."""
    return re.compile("(?:" + "|".join(patterns) + r")\Z", re.IGNORECASE)


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

#: Names in a credit line: capitalised words, joined by commas, slashes, "and".
_CREDIT_NAMES = (
    rf"{CAPITAL}[\w.'’-]*(?:\s+{CAPITAL}[\w.'’-]*){{0,3}}"
    rf"(?:\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\bve\b|\bи\b)\s*"
    rf"{CAPITAL}[\w.'’-]*(?:\s+{CAPITAL}[\w.'’-]*){{0,3}}){{0,5}}"
)
#: "Photos", "Pictures" and "Text" as a credit line prints them, in a few languages.
_PICTURES = r"(?:photos?|photographs?|photography|pictures?|images?|fotos?|фото)"
_WORDS = r"(?:text|words|story|reporting|report|video|tekst|texte|текст)"

#: One button of a text-size widget: "Increase font size", "Reset text size", "A+", "A-".
_TEXT_SIZE_BUTTON = (
    r"(?:(?:increase|decrease|reset|larger|smaller|default|bigger)\s+(?:font|text)(?:\s+size)?"
    r"|(?:font|text)\s+size|a\s*[+\-−]|a(?=\s*a\s*[\-−]))"
)
#: One market quote of a ticker: a capitalised name (an index, a currency pair, a
#: commodity), a value, and maybe a change ("KSE-100 78,210 ▲ 0.8%", "USD/PKR 278.5").
_QUOTE = (
    r"(?-i:[A-Z][A-Za-z0-9./&^-]*(?: [A-Z0-9][A-Za-z0-9./&^-]*){0,2})\s+\d[\d.,]*"
    r"(?:\s*(?:(?:increased|decreased|up|down) by\s*)?"
    r"(?:[▲▼↑↓]\s?[-+−]?%?[\d.,]+%?|[-+−]%?[\d.,]+%|%[-+−]?[\d.,]+)"
    r"(?:\s*\([-+−]?[\d.,]+%\))?)?"
)
#: What a copyright notice forbids: "reproduced", "published, broadcast, rewritten or ...".
_REUSE_VERB = (
    r"(?:published|republished|broadcast|rewritten|redistributed|reproduced|distributed"
    r"|transmitted|copied|stored|quoted|used)"
)
#: The reuse clause of a copyright notice: "This material may not be reproduced or
#: redistributed without permission."  Two verbs or a "without permission" make it
#: boilerplate; "The report may not be published before Friday" names no such thing.
_NO_REUSE = (
    r"(?:this |the |our )?(?:material|content|article|story|text|news)s?"
    r"(?: on this (?:web ?)?site)? may not be "
    rf"(?:{_REUSE_VERB}(?:(?:,\s*|,?\s+(?:or|and)\s+){_REUSE_VERB})+"
    rf"(?:[^.\n]{{0,60}})|{_REUSE_VERB}[^.\n]{{0,60}}\bwithout\b[^.\n]{{0,40}}"
    r"\b(?:permission|consent|authori[sz]ation|citing the source))\.?"
)

#: Whole lines that never carry article text.  Each entry: (why, pattern).
DROP_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ad slots leave their label in the text",
        whole_line(
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
        whole_line(
            r"(?:advertisements?|advertisment|ad|sponsored)\s*[·•|:\-–—]?\s*"
            r"(?:scroll to continue(?: reading| with content)?"
            r"|(?:the )?(?:story|article|content) continues"
            r" (?:below|after (?:this )?ad(?:vertisement)?)"
            r"|continue reading(?: below)?|skip (?:this )?ad(?:vertisement)?)\s*[.…]*",
        ),
    ),
    (
        "share / social buttons render as their labels",
        whole_line(
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
        whole_line(
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
        whole_line(
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
        whole_line(
            r"(?:tags?|tagged(?: with| in)?|keywords|mots[- ]clés|etiquetas|schlagw(?:ö|oe)rter"
            r"|теги|метки|etiketler|anahtar kelimeler)\s*:\s*(?:(?!\.\s)[^!?\n]){1,200}"
        ),
    ),
    (
        "subscription prompts",
        whole_line(
            r"subscribe(?: now)?",
            r"subscribe to [^.]{1,60}\.?",
            r"sign up for [^.]{0,60}newsletters?[^.]{0,40}\.?",
        ),
    ),
    (
        "comment prompts under the story",
        whole_line(
            r"leave a (?:reply|comment)\.?",
            r"comments (?:are|have been) (?:closed|disabled|turned off)(?: for this \w+)?\.?",
            r"(?:les )?commentaires (?:sont )?fermés\.?",
            # Turkish: "No comments", "Post a comment", "Log in to write a comment"
            r"(?:hiç )?yorum (?:yok|yapılmamış)\.?:?",
            r"yorum (?:gönder|yap|yaz|ekle)",
            r"\d+ yorum",
            r"yorum (?:yazmak|yapmak) için (?:giriş yapın|üye olun)[^.\n]{0,30}\.?",
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
        whole_line(
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
        whole_line(
            # a row of text-size buttons printed as their labels ("Increase text size",
            # "A+ A A-", "Reset font size"): a line made of nothing else
            rf"(?:{_TEXT_SIZE_BUTTON}\s*)+",
            r"[+↺−\-–\s]*\d+\s*px",
            r"\d+ min(?:ute)?s? read\b.{0,60}",
            r"(?:last )?updated\s*:.{0,30}\d{4}.{0,30}",
            r"[\d,.]+k? views",
        ),
    ),
    ("bullets and rules left by list markup", whole_line(r"[•·|*_=~\-–—]+")),
    (
        "market tickers printed above or beside business pages ('KSE-100 78,210 ▲ 0.8% | "
        "USD/PKR 278.5', 'SET 1,149.18 -0.6%', 'KSE100 118,250 Increased By ▲ 612 (0.52%)'): "
        "only quotes, at least one with an arrow or a percent change",
        # each quote is atomic ("(?>...)"), so a long line of words and numbers fails fast
        whole_line(rf"(?=.*(?:[▲▼↑↓]|%))(?>{_QUOTE})(?:\s*[|·•,]?\s+(?>{_QUOTE}))*"),
    ),
    (
        "Reuters' standing footer under every story",
        whole_line(
            r"our standards\s*:\s*the thomson reuters trust principles\.?(?:,? opens new tab)?"
        ),
    ),
    (
        "copyright notices ('Copyright 2024 The Associated Press. All rights reserved.', "
        "'This material may not be reproduced or redistributed without permission.'); too "
        "long for the photo-credit rule",
        whole_line(
            r"(?:copyright|©)\s*(?:©\s*)?\d{4}[^.\n]{0,80}\.?\s*all rights reserved\.?"
            rf"(?:\s*{_NO_REUSE})?",
            _NO_REUSE,
            r"all rights reserved\.?",
        ),
    ),
    (
        "AP's funding note ('The Associated Press receives support from ... AP is solely "
        "responsible for all content.'); a story about AP would not say it in these words",
        whole_line(
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
        whole_line(
            r"\(?(?:disclaimer\s*:\s*)?(?:this (?:story|report|article|news)"
            r"|except for the headline|only the headline)[^()\n]{0,250}?"
            r"(?:auto-generated|published|generated) from"
            r" (?:a |the )?syndicated(?: news)? feed[^()\n]{0,80}?\.?\)?\.?"
        ),
    ),
    (
        "credit of an embedded chart that the scrape did not keep: 'Reuters Graphics'",
        whole_line(r"(?:(?:reuters|ap|afp|bloomberg|dpa) graphics?\s*)+"),
    ),
    (
        "cookie, consent and personal-data notices ('We use cookies to personalise content', "
        "'We process personal data within the scope of the KVKK. Cookies are used on our "
        "site.', 'Nous utilisons des cookies ...'): the line opens with a sentence only such a "
        "box prints, every other sentence is one such a box prints, and nothing reports "
        "speech or quotes, so a story quoting such a notice stays",
        whole_line(CONSENT_NOTICE),
    ),
    (
        "credit lines of photo stories ('Photos and text: Piotr Nowak', 'Text and photos: "
        "Anna Lis', 'Pictures: Ali Khan and Sara Noor', 'Fot. Jan Kowalski'): only names may "
        "follow the label, so a caption that starts 'Pictures: trucks queue ...' stays",
        whole_line(
            rf"(?:(?:{_WORDS}\s*(?:and|&|,|und|et|i|и)\s*)?{_PICTURES}"
            rf"(?:\s*(?:and|&|,|und|et|i|и)\s*{_WORDS})?\s*(?::|\bby\b)|fot\.)"
            rf"\s*{_CREDIT_NAMES}\s*\.?"
        ),
    ),
    (
        "pure photo credits (captions that state facts are kept: events are read from them)",
        whole_line(
            r"(?:©|\(c\)\s|copyright\b|photo(?:graph)?s?\s*(?:credit)?\s*:|photo by\b"
            r"|image(?: credit)?s?\s*:|credits?\s*:|picture\s*:|file photo\b).{0,100}"
        ),
    ),
)

#: Desk names that sites print as the "author" in a box after the story.
_AUTHOR_BOX = whole_line(
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

#: Characters that JavaScript is full of and a sentence hardly ever holds twice.
_CODE_CHARS = re.compile(r"[{}=;]")
#: How a line of a <script> starts: a function, a declaration, a DOM access.
_CODE_START = re.compile(r"\A(?:\(?function\s*\(|var |let |const |if\s*\(|\}|window\.|document\.)")


def is_furniture(line: str) -> bool:
    """A whole line that is page furniture and carries no article text."""
    return any(pattern.match(line) for _, pattern in DROP_LINES)


def is_author_box(line: str) -> bool:
    return bool(_AUTHOR_BOX.match(line))


def is_tagline(line: str) -> bool:
    return bool(_TAGLINE.match(line))


def is_code(line: str) -> bool:
    """A line of JavaScript that a scraper copied from a <script> (social widgets)."""
    if not line.endswith((";", "{", "}", ");", "})")):
        return False
    return bool(_CODE_START.match(line)) or len(_CODE_CHARS.findall(line)) >= 2
