"""Cookie, consent and personal-data notices, sentence by sentence.

Consent boxes ("We use cookies to personalise content ... Accept all") are
sometimes kept by trafilatura (a KVKK personal-data box under a story).  They
carry no article text, and they differ between reprints of a story,
which breaks the content hash.  ``CONSENT_NOTICE`` matches a whole line of
such a box (``lines.DROP_LINES`` holds it):

- the line opens with a sentence that only such a box prints: it names
  cookies, "information on your device", or personal data under a named law;
- every other sentence is one such a box prints (an opening, "By clicking
  ... you agree", "We'll assume you're ok with this", "Read our privacy
  policy") or one of its buttons ("Accept all", "Manage preferences");
- nothing reports speech or quotes ("said", "told", quotation marks): a story
  about a site's cookies stays.
"""

from __future__ import annotations

__all__ = ["CONSENT_NOTICE"]

#: A cookie, consent or personal-data notice opens with a sentence that names
#: what only such a box says (cookies, "information on your device", personal
#: data under a named law), in the languages of the corpus.
_CONSENT_OPENINGS = (
    # "We use cookies to ...", "This website uses cookies ...", "Our partners and we store
    # and access information on your device ..."
    r"(?:we(?: and our (?:\w+ )?partners)?|our (?:\w+ )?partners and we|this (?:web ?)?site"
    r"|our (?:web ?)?site|this (?:portal|app))\s+(?:use|uses|may use|store|stores)\b"
    r"[^.!?\n]{0,200}?\b(?:cookies?|information on (?:a|your) device)\b[^.!?\n]{0,200}[.!]?",
    r"cookies (?:are|is) used (?:on|by|in) (?:our|this) (?:web ?)?(?:site|portal|app)"
    r"[^.!?\n]{0,150}[.!]?",
    # "We process personal data within the scope of the KVKK."
    r"we (?:process|collect|store) (?:your )?personal data\b[^.!?\n]{0,200}"
    r"\b(?:kvkk|gdpr|dsgvo|rgpd|law|regulation|policy|notice)\b[^.!?\n]{0,100}[.!]?",
    r"by (?:clicking|continuing|using|browsing|staying)\b[^.!?\n]{0,150}?"
    r"\byou (?:agree|consent|accept)[^.!?\n]{0,150}?\bcookies?\b[^.!?\n]{0,100}[.!]?",
    # French, German, Spanish, Portuguese
    r"(?:nous|ce site(?: web)?|notre site) utilis(?:e|ons|ent) des (?:cookies|traceurs)"
    r"[^.!?\n]{0,200}[.!]?",
    r"en (?:poursuivant|continuant)\b[^.!?\n]{0,150}\b(?:cookies|traceurs)\b[^.!?\n]{0,100}[.!]?",
    r"(?:wir (?:verwenden|nutzen|setzen)|(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt))"
    r"\b[^.!?\n]{0,60}\bcookies\b[^.!?\n]{0,200}[.!]?",
    r"(?:mit der|durch die) nutzung (?:dieser|unserer) (?:web)?seite\b[^.!?\n]{0,150}"
    r"\bcookies\b[^.!?\n]{0,100}[.!]?",
    r"(?:(?:este|nuestro|esse) (?:sitio(?: web)?|site|portal) (?:utiliza|usa)|utilizamos|usamos)"
    r"\b[^.!?\n]{0,60}\bcookies\b[^.!?\n]{0,200}[.!]?",
    # Russian, Turkish
    r"(?:мы используем|(?:этот |наш )?сайт использует) (?:файлы )?cookie[^.!?\n]{0,200}[.!]?",
    r"продолжая (?:использовать|пользоваться|просмотр)\b[^.!?\n]{0,200}"
    r"(?:cookie|куки|персональных данных)[^.!?\n]{0,100}[.!]?",
    r"(?:sitemizde|web sitemizde|bu (?:web )?sitede)\b[^.!?\n]{0,60}çerez[^.!?\n]{0,150}[.!]?",
    r"kişisel veriler(?:iniz)?\b[^.!?\n]{0,150}\b(?:kvkk|kanun)[^.!?\n]{0,150}[.!]?",
)
#: Sentences that follow the opening in such a box; alone on a line they could
#: be prose ("You can read more in our explainer"), so they never open one.
_CONSENT_SEQUELS = (
    r"by (?:clicking|continuing|using|browsing|staying)\b[^.!?\n]{0,150}?"
    r"\byou (?:agree|consent|accept)[^.!?\n]{0,150}[.!]?",
    r"(?:we'?ll|we will) assume (?:that )?you(?:'re| are) (?:ok|okay|happy|fine) with"
    r" (?:this|that|it)[^.!?\n]{0,120}[.!]?",
    r"you can (?:change|manage|withdraw|opt[- ]out|find out more|read more|learn more)\b"
    r"[^.!?\n]{0,150}[.!]?",
    r"(?:for more information|to learn more|learn more|find out more|read more)\b[^.!?\n]{0,80}"
    r"\b(?:privacy|cookies?)\b[^.!?\n]{0,60}[.!]?",
    r"(?:read|see|view) (?:our|the) (?:privacy|cookie|data protection)(?: and cookies?)?"
    r" (?:policy|notice|statement)[.!]?",
    r"al (?:continuar|seguir) navegando\b[^.!?\n]{0,200}[.!]?",
    # the box's buttons
    r"(?:accept(?: all)?(?: cookies)?|i (?:agree|accept)|ok(?:ay)?|got it"
    r"|allow(?: all)?(?: cookies)?|reject(?: all)?|decline"
    r"|manage (?:preferences|cookies|settings|options)"
    r"|(?:cookie|privacy) (?:settings|preferences|policy)|more info(?:rmation)?"
    r"|tout accepter|alle akzeptieren|aceptar(?: todo)?|kabul et|принять)\s*[.!]?",
)
_CONSENT_OPENING = rf"(?:{'|'.join(_CONSENT_OPENINGS)})"
_CONSENT_SEQUEL = rf"(?:{'|'.join(_CONSENT_SEQUELS)})"

#: A whole consent line (for ``whole_line``): the opening is matched first, so
#: the look for speech and quotes only runs on the few lines that open like a box.
CONSENT_NOTICE = (
    rf"(?={_CONSENT_OPENING})(?!.*(?:\b(?:said|says|told|according to)\b|[\"“”«»]))"
    rf"{_CONSENT_OPENING}(?:\s*(?:{_CONSENT_OPENING}|{_CONSENT_SEQUEL}))*"
)
