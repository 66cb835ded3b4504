# ruff: noqa: E501
"""Invented but realistic HTML news pages read end to end (trafilatura path).

Each page is a whole document with the furniture real outlets wrap around an
article: head metadata, menus, breadcrumbs, bylines, photo captions, an inline
"Related stories" box, newsletter and cookie boxes, share bars, footers and
sometimes reader comments.  The expectations follow spec/events.md and the
labelling conventions of the corpus README, written from the page alone.

One test per aspect and page:

- ``pairs``: the set of (type, place) pairs of the events;
- ``status``: the status at publication (exact dict);
- ``metadata``: title (the headline, no site suffix), published date, outlet;
- ``details``: dates, counts and casualties that the text determines;
- ``furniture``: menus, teasers, cookie/newsletter text, footers and comments
  stay out of the article text and of every event's evidence;
- ``kept``: article sentences (captions and datelines included) that must
  survive extraction.

Aspects that fail today are marked ``xfail(strict=True)`` with a diagnosis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pytest

from borderwatch.records import DocumentResult, RawDocument

Pair = tuple[str, str]


@dataclass(frozen=True)
class Detail:
    """Some event of ``type`` at ``place`` carries every attribute given.

    A count's ``what`` matches on its head noun ("aid trucks" is "trucks").
    """

    type: str
    place: str
    date: str | None = None
    count: tuple[str | None, int | None, str] | None = None  # (what, value, qualifier)
    killed: int | None = None
    wounded: int | None = None


@dataclass(frozen=True)
class HtmlPage:
    id: str
    html: str
    title: str
    published: str
    source: str | None
    pairs: frozenset[Pair]
    status: Mapping[str, str]
    details: tuple[Detail, ...] = ()
    furniture: tuple[str, ...] = ()  # must not be in the article text nor any evidence
    kept: tuple[str, ...] = ()  # must be in the article text
    url: str = ""
    xfail: Mapping[str, str] = field(default_factory=dict)  # aspect -> diagnosis


def pairs(*items: Pair) -> frozenset[Pair]:
    return frozenset(items)


# --- shared bits of furniture, in several outlets' wording ---------------------

COOKIE_1 = """<div id="cookie-banner" class="cookie-consent" role="dialog">
<p>We use cookies to personalise content and ads and to analyse our traffic.
By clicking Accept all you consent to our use of cookies.</p>
<button>Accept all</button> <button>Manage preferences</button></div>"""

COOKIE_2 = """<div class="gdpr-notice"><p>This website uses cookies to improve your
experience. We'll assume you're ok with this, but you can opt-out if you wish.</p>
<a href="/privacy">Read our privacy policy</a> <button>OK</button></div>"""

COOKIE_3 = """<div class="consent-bar"><p>Our partners and we store and access information
on your device to serve relevant advertising.</p><button>I agree</button></div>"""

NEWSLETTER_1 = """<div class="newsletter-signup"><h3>Get the morning briefing</h3>
<p>Sign up for our free daily newsletter and never miss a story from the region.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>"""

NEWSLETTER_2 = """<section class="nl-box"><h4>Newsletter</h4>
<p>Stay informed: the week's top border and trade stories delivered to your inbox every Friday.</p>
<form><input type="email"><button>Sign me up</button></form></section>"""

SHARE = """<div class="share-bar"><span>Share this article</span>
<a href="https://facebook.com/sharer">Facebook</a> <a href="https://twitter.com/intent">X</a>
<a href="https://wa.me/">WhatsApp</a> <a href="mailto:">Email</a></div>"""

SHARE_2 = """<ul class="social-share"><li><a href="#">Share on Facebook</a></li>
<li><a href="#">Share on Telegram</a></li><li><a href="#">Copy link</a></li></ul>"""


# --- 1. wire reprint: Torkham reopens after a nine-day closure ------------------

P01 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Torkham border reopens after nine-day closure | Khyber Observer</title>
<meta property="og:title" content="Torkham border reopens after nine-day closure">
<meta property="og:site_name" content="Khyber Observer">
<meta property="og:type" content="article">
<meta name="author" content="Associated Press">
<meta property="article:published_time" content="2024-03-05T09:40:00+05:00">
<meta property="article:modified_time" content="2024-03-07T16:02:00+05:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Torkham border reopens after nine-day closure","datePublished":"2024-03-05T09:40:00+05:00",
"dateModified":"2024-03-07T16:02:00+05:00","author":{{"@type":"Organization","name":"Associated Press"}},
"publisher":{{"@type":"Organization","name":"Khyber Observer"}}}}</script>
</head><body>
{COOKIE_1}
<header class="site-header"><a class="logo" href="/">Khyber Observer</a>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/pakistan">Pakistan</a></li>
<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/tag/torkham">Torkham Border Live</a></li><li><a href="/sports">Sports</a></li></ul></nav></header>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/pakistan">Pakistan</a></li><li>Khyber</li></ol>
<main>
<article class="story">
<h1>Torkham border reopens after nine-day closure</h1>
<div class="byline">By <a href="/author/ap">Associated Press</a> | Published March 5, 2024</div>
{SHARE}
<p>PESHAWAR, Pakistan (AP) — Pakistan and Afghanistan reopened the Torkham border crossing on Monday after a nine-day closure that left thousands of trucks stranded on both sides, officials said.</p>
<p>The crossing was shut on Feb. 24 after Afghan and Pakistani border guards argued over the construction of a new checkpost on the Afghan side of the frontier.</p>
<p>Traffic resumed early Monday after a jirga, or council of elders, from both sides met at the zero point on Sunday and agreed that the construction would stop, said Ismail Khan, a customs official at <a href="/tag/torkham">Torkham</a>.</p>
<figure><img src="/img/torkham-trucks.jpg" alt="Trucks at Torkham">
<figcaption>Trucks line up at the Torkham crossing in Pakistan's Khyber district on Monday, March 4, 2024, as traffic resumes. (AP Photo/Qazi Rauf)</figcaption></figure>
<p>Khan said more than 4,500 trucks loaded with fruit, vegetables and cement had been waiting on the Pakistani side when the gates opened.</p>
<aside class="related-inline"><h3>Related stories</h3><ul>
<li><a href="/2024/02/chaman-shut">Chaman crossing shut after clash, three killed</a></li>
<li><a href="/2024/01/pilgrims">Pakistan deports 7,000 Afghans through Ghulam Khan in a week</a></li>
</ul></aside>
<p>The crossing, the busiest between the two countries, has been closed several times in recent years over disputes about fencing and travel documents.</p>
<p>In 2023 it stayed shut for nine days after an exchange of fire between the two sides.</p>
<p><strong>Copyright 2024 The Associated Press. All rights reserved. This material may not be reproduced or redistributed without permission.</strong></p>
</article>
{NEWSLETTER_1}
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/tag/border">Border crossings: Torkham, Chaman, Ghulam Khan</a></li></ul>
<p>© 2026 Khyber Observer. All rights reserved.</p></footer>
</body></html>"""

PAGE_01 = HtmlPage(
    id="wire_torkham_reopens",
    html=P01,
    title="Torkham border reopens after nine-day closure",
    published="2024-03-05",
    source="Khyber Observer",
    pairs=pairs(
        ("reopening", "Torkham"),
        ("closure", "Torkham"),
        ("stranded", "Torkham"),
        ("talks", "Torkham"),
    ),
    status={"Torkham": "open"},
    details=(
        Detail("reopening", "Torkham", date="2024-03-04"),
        Detail("closure", "Torkham", date="2024-02-24"),
        Detail("talks", "Torkham", date="2024-03-03"),
        Detail("stranded", "Torkham", count=("trucks", 4500, "more than")),
    ),
    furniture=(
        "Chaman crossing shut after clash",
        "Pakistan deports 7,000 Afghans",
        "We use cookies",
        "Sign up for our free daily newsletter",
        "Torkham Border Live",
        "Border crossings: Torkham, Chaman",
        "Khyber Observer. All rights reserved",
        "This material may not be reproduced",
        "Share this article",
    ),
    kept=(
        "reopened the Torkham border crossing on Monday after a nine-day closure",
        "more than 4,500 trucks loaded with fruit",
        "The crossing was shut on Feb. 24",
    ),
    url="https://khyberobserver.example/pakistan/torkham-border-reopens-after-nine-day-closure",
    xfail={
        "details": (
            "date resolution: talks (jirga 'met at the zero point on Sunday') dated 2024-03-04 from the sentence's first date 'early Monday' (the reopening clause) instead of 2024-03-03"
        ),
    },
)


# --- 2. regional paper: clash and closure at Chaman, with reader comments -------

P02 = f"""<!DOCTYPE html>
<html lang="en-PK"><head>
<meta charset="utf-8">
<title>Two civilians killed as border forces trade fire at Chaman; crossing closed - The Balochistan Chronicle</title>
<meta property="og:site_name" content="The Balochistan Chronicle">
<meta name="author" content="Saleem Achakzai">
<meta name="description" content="Levies officials say firing began after Afghan forces objected to fence repairs.">
</head><body>
<div class="topbar"><span>Monday, October 14, 2024</span> <a href="/epaper">E-Paper</a></div>
<header><nav><a href="/">Home</a> | <a href="/quetta">Quetta</a> | <a href="/national">National</a> |
<a href="/editorial">Editorial</a> | <a href="/business">Business</a></nav></header>
<div class="crumbs"><a href="/">Home</a> › <a href="/quetta">Quetta</a> › Story</div>
<div class="container"><div class="main-col">
<article>
<h1 class="headline">Two civilians killed as border forces trade fire at Chaman; crossing closed</h1>
<p class="author-line">Saleem Achakzai · <time datetime="2024-10-14T07:30:00+05:00">October 14, 2024</time></p>
<div class="story-body">
<p>QUETTA: Two civilians were killed and five others injured when Pakistani and Afghan border forces exchanged fire near the Chaman border crossing on Sunday evening, officials said.</p>
<p>The Friendship Gate was closed for all traffic soon after the firing began, and it remained closed on Monday.</p>
<p>According to Levies officials, the firing started after Afghan forces objected to repair work on the fence near the Bab-e-Dosti.</p>
<div class="inline-related"><strong>Also read:</strong> <a href="/torkham-trade">Torkham trade resumes after 11 days, 5,000 trucks cross</a></div>
<p>Hundreds of people, including women and children, who had crossed over for daily work were stuck on the Spin Boldak side.</p>
<figure class="photo"><img src="/p/gate.jpg"><figcaption>Security personnel stand guard at the closed Friendship Gate in Chaman on Monday. — Photo by the writer</figcaption></figure>
<p>Deputy Commissioner Chaman Raja Athar said flag meetings with the Afghan side were under way to restore calm.</p>
<p>Traders said the crossing had been closed repeatedly this year, costing the local economy millions of rupees.</p>
</div>
</article>
{SHARE_2}
<section id="comments"><h3>Comments (2)</h3>
<div class="comment"><p class="c-author">Khan Baba</p><p>Close Torkham and Ghulam Khan too, enough is enough! Trade with them should stop for a month.</p></div>
<div class="comment"><p class="c-author">Nadia R.</p><p>Poor labourers suffer every time this gate is shut.</p></div>
</section>
</div>
<aside class="sidebar"><h3>Most read</h3><ol>
<li><a href="/a1">Angoor Adda crossing closed after firing, three soldiers injured</a></li>
<li><a href="/a2">Gold price drops Rs2,000 per tola</a></li></ol>
{NEWSLETTER_2}</aside></div>
{COOKIE_2}
<footer><p>Copyright © 2026 The Balochistan Chronicle. Reproduction without permission prohibited.</p></footer>
</body></html>"""

PAGE_02 = HtmlPage(
    id="regional_chaman_clash",
    html=P02,
    title="Two civilians killed as border forces trade fire at Chaman; crossing closed",
    published="2024-10-14",
    source="The Balochistan Chronicle",
    pairs=pairs(
        ("clash", "Chaman–Spin Boldak"),
        ("closure", "Chaman–Spin Boldak"),
        ("stranded", "Chaman–Spin Boldak"),
        ("talks", "Chaman–Spin Boldak"),
    ),
    status={"Chaman–Spin Boldak": "closed"},
    details=(
        Detail("clash", "Chaman–Spin Boldak", date="2024-10-13", killed=2, wounded=5),
        Detail("stranded", "Chaman–Spin Boldak", count=(None, None, "hundreds")),
    ),
    furniture=(
        "Torkham trade resumes after 11 days",
        "Close Torkham and Ghulam Khan too",
        "Poor labourers suffer",
        "Angoor Adda crossing closed after firing",
        "This website uses cookies",
        "delivered to your inbox",
        "Reproduction without permission",
        "E-Paper",
    ),
    kept=(
        "QUETTA: Two civilians were killed and five others injured",
        "Hundreds of people, including women and children",
        "flag meetings with the Afghan side",
    ),
    url="https://balochistanchronicle.example/quetta/two-civilians-killed-chaman",
)


# --- 3. Egyptian outlet in English: Rafah open for aid only ---------------------

P03 = f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head>
<meta charset="utf-8">
<title>Rafah crossing opens for aid trucks only as travellers remain barred</title>
<meta property="og:title" content="Rafah crossing opens for aid trucks only as travellers remain barred">
<meta property="og:site_name" content="Al-Sharq Daily English">
<meta name="author" content="Mohamed Abdel Aziz">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Rafah crossing opens for aid trucks only as travellers remain barred",
"datePublished":"2024-11-20T13:05:00+02:00","author":[{{"@type":"Person","name":"Mohamed Abdel Aziz"}}]}}</script>
</head><body>
<header><div class="lang-switch"><a href="/ar">العربية</a> | English</div>
<nav><ul><li><a href="/egypt">Egypt</a></li><li><a href="/arab-world">Arab World</a></li>
<li><a href="/palestine">Palestine</a></li><li><a href="/economy">Economy</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Home</a> / <a href="/palestine">Palestine</a></nav>
<article>
<header><h1>Rafah crossing opens for aid trucks only as travellers remain barred</h1>
<p class="meta">Mohamed Abdel Aziz, Wednesday 20 Nov 2024</p></header>
<p>CAIRO, Nov 20 — The Rafah crossing between Egypt and the Gaza Strip was opened on Tuesday for humanitarian aid trucks only, while the passage of travellers in both directions remains suspended, an Egyptian official told Al-Sharq.</p>
<p>About 120 trucks carrying food, medicine and fuel passed through the crossing on Tuesday, the Egyptian Red Crescent said.</p>
<p>More than 2,000 aid trucks are still waiting on the Egyptian side in Al-Arish, the official added.</p>
<aside class="read-also"><h4>Read also</h4><ul>
<li><a href="/x1">Egypt says Rafah to reopen fully for travellers next week</a></li>
<li><a href="/x2">Jordan closes Allenby Bridge after shooting</a></li></ul></aside>
<p>Meanwhile, Israel closed the Kerem Shalom crossing, known to Palestinians as Karem Abu Salem, on Monday following a security alert.</p>
<figure><img src="/m/rafah.jpg"><figcaption>Aid trucks queue at the Rafah crossing on the Egyptian side, Nov 19, 2024. (Al-Sharq)</figcaption></figure>
<p>Egyptian and Israeli officials held talks in Cairo on Wednesday on arrangements for the Rafah crossing, with Palestinian Authority representatives attending.</p>
<p>The crossing, Gaza's main gateway to the outside world that does not lead into Israel, was largely closed between 2007 and 2018.</p>
</article>
{SHARE}
{NEWSLETTER_1}
<footer><p>© Al-Sharq Daily 2026. All rights reserved.</p><p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></p></footer>
{COOKIE_3}
</body></html>"""

PAGE_03 = HtmlPage(
    id="egypt_rafah_aid_only",
    html=P03,
    title="Rafah crossing opens for aid trucks only as travellers remain barred",
    published="2024-11-20",
    source="Al-Sharq Daily English",
    pairs=pairs(
        ("restriction", "Rafah Crossing"),
        ("stranded", "Rafah Crossing"),
        ("talks", "Rafah Crossing"),
        ("closure", "Kerem Shalom"),
    ),
    status={"Rafah Crossing": "restricted", "Kerem Shalom": "closed"},
    details=(
        Detail("restriction", "Rafah Crossing", date="2024-11-19"),
        Detail("stranded", "Rafah Crossing", count=("trucks", 2000, "more than")),
        Detail("closure", "Kerem Shalom", date="2024-11-18"),
        Detail("talks", "Rafah Crossing", date="2024-11-20"),
    ),
    furniture=(
        "Egypt says Rafah to reopen fully",
        "Jordan closes Allenby Bridge after shooting",
        "Our partners and we store",
        "Sign up for our free daily newsletter",
        "Al-Sharq Daily 2026",
    ),
    kept=(
        "was opened on Tuesday for humanitarian aid trucks only",
        "More than 2,000 aid trucks are still waiting",
        "Israel closed the Kerem Shalom crossing",
    ),
    url="https://alsharq.example/en/palestine/rafah-aid-only-520113",
)


# --- 4. Urdu outlet in English: Kartarpur suspended, to reopen ------------------

P04 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kartarpur Corridor suspended; Sikh yatrees turned back | Daily Awaz English</title>
<meta property="og:title" content="Kartarpur Corridor suspended; Sikh yatrees turned back">
<meta property="og:site_name" content="Daily Awaz English">
<meta name="author" content="Web Desk">
<meta property="article:published_time" content="2025-05-13T11:20:00+05:00">
<meta property="article:section" content="Pakistan">
</head><body>
<div class="ticker"><span>Breaking:</span> <a href="/t1">Wagah border parade cancelled for public</a></div>
<header><nav class="menu"><a href="/">Home</a><a href="/pakistan">Pakistan</a><a href="/india">India</a>
<a href="/world">World</a><a href="/urdu">اردو</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> » <a href="/pakistan">Pakistan</a> » Kartarpur</div>
<div class="post">
<h1 class="entry-title">Kartarpur Corridor suspended; Sikh yatrees turned back</h1>
<div class="post-meta">Web Desk | <span class="date">13 May, 2025</span> | <a href="#comments">0 Comments</a></div>
<div class="entry-content">
<p>LAHORE: The Kartarpur Corridor was suspended on Wednesday by India, leaving Sikh pilgrims unable to visit Gurdwara Darbar Sahib in Narowal, officials of the Evacuee Trust Property Board said.</p>
<p>Indian officials said the corridor will reopen on May 20.</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>Punjab minister Ramesh Singh Arora said he had written to the Indian High Commission requesting that the corridor be reopened for the pilgrims.</p>
<p>The Attari-Wagah border has been closed to all traffic since April 24, except for Pakistani nationals returning home.</p>
<div class="related-posts"><h3>You may also like</h3>
<a href="/r1">Kartarpur visa-free travel: 5,000 pilgrims a day allowed</a>
<a href="/r2">Pakistan, India agree to extend corridor agreement for five years</a></div>
<p>The corridor was inaugurated in November 2019 to allow Indian Sikhs to visit the shrine without a visa.</p>
</div></div>
{SHARE_2}
{COOKIE_1}
<footer><div class="f-links"><a href="/about">About</a> <a href="/advertise">Advertise</a></div>
<p>Copyright © 2026 Daily Awaz. All Rights Reserved.</p></footer>
</body></html>"""

PAGE_04 = HtmlPage(
    id="urdu_kartarpur_suspended",
    html=P04,
    title="Kartarpur Corridor suspended; Sikh yatrees turned back",
    published="2025-05-13",
    source="Daily Awaz English",
    pairs=pairs(
        ("closure", "Kartarpur Corridor"),
        ("reopening", "Kartarpur Corridor"),
        ("talks", "Kartarpur Corridor"),
        ("closure", "Attari–Wagah"),
    ),
    status={"Kartarpur Corridor": "closed", "Attari–Wagah": "closed"},
    details=(
        Detail("closure", "Kartarpur Corridor", date="2025-05-07"),
        Detail("reopening", "Kartarpur Corridor", date="2025-05-20"),
        Detail("closure", "Attari–Wagah", date="2025-04-24"),
    ),
    furniture=(
        "Wagah border parade cancelled",
        "5,000 pilgrims a day allowed",
        "agree to extend corridor agreement",
        "We use cookies",
        "Daily Awaz. All Rights Reserved",
        "Advertisement",
    ),
    kept=(
        "The Kartarpur Corridor was suspended on Wednesday by India",
        "the corridor will reopen on May 20",
        "closed to all traffic since April 24",
    ),
    url="https://dailyawaz.example/en/pakistan/kartarpur-corridor-suspended",
)


# --- 5. Turkish agency in English translation: night closure, aid-only gate ----

P05 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Cilvegözü border gate to close to passengers at night as of Monday</title>
<meta property="og:title" content="Cilvegözü border gate to close to passengers at night as of Monday">
<meta property="og:site_name" content="Haber Hattı English">
<meta name="author" content="Mehmet Yıldız">
<meta property="article:published_time" content="2025-02-12T10:14:00+03:00">
</head><body>
<header class="hh-head"><a href="/en">HH English</a>
<ul class="nav"><li><a href="/en/turkiye">Türkiye</a></li><li><a href="/en/middle-east">Middle East</a></li>
<li><a href="/en/economy">Economy</a></li><li><a href="/en/sports">Sports</a></li><li><a href="/tr">Türkçe</a></li></ul></header>
<div class="bc"><a href="/en">Home</a> &gt; <a href="/en/turkiye">Türkiye</a></div>
<div class="detail">
<h1>Cilvegözü border gate to close to passengers at night as of Monday</h1>
<div class="info"><span>Mehmet Yıldız</span> <span>|</span> <time datetime="2025-02-12T10:14:00+03:00">12.02.2025 10:14</time>
<span>Updated: 13.02.2025 08:01</span></div>
<div class="detail-text">
<p>HATAY (HH) - The Cilvegözü border gate in Reyhanlı district of Hatay will be closed to passenger crossings between 22.00 and 08.00 as of Monday, the Trade Ministry announced.</p>
<p>In the statement, it was noted that humanitarian aid vehicles and trade trucks will continue to pass during these hours.</p>
<p>Currently, passengers can cross at Cilvegözü around the clock.</p>
<p>The Öncüpınar border gate in Kilis continues to serve 24 hours a day, the statement said.</p>
<div class="related-news"><span>RELATED NEWS</span>
<a href="/en/n1">Habur border gate breaks record with 1,000 trucks a day</a>
<a href="/en/n2">Kapıkule queue reaches 17 kilometres</a></div>
<p>Meanwhile, the Yayladağı border gate, which was closed to passenger traffic after the earthquakes of February 2023, was opened only to trucks carrying humanitarian aid on Tuesday.</p>
<p>Syrian and Turkish customs officials met at Cilvegözü on Wednesday to discuss the new hours.</p>
</div></div>
<div class="tags"><a href="/tag/hatay">Hatay</a> <a href="/tag/syria">Syria</a> <a href="/tag/border">border gate</a></div>
{SHARE}
<div class="kvkk"><p>We process personal data within the scope of the KVKK. Cookies are used on our site.</p><button>Accept</button></div>
<footer><p>Haber Hattı © 2026 - All rights reserved. News may not be quoted without citing the source.</p></footer>
</body></html>"""

PAGE_05 = HtmlPage(
    id="turkish_cilvegozu_night",
    html=P05,
    title="Cilvegözü border gate to close to passengers at night as of Monday",
    published="2025-02-12",
    source="Haber Hattı English",
    pairs=pairs(
        ("restriction", "Cilvegözü–Bab al-Hawa"),
        ("talks", "Cilvegözü–Bab al-Hawa"),
        ("restriction", "Yayladağı–Kessab"),
        ("closure", "Yayladağı–Kessab"),
    ),
    status={
        "Cilvegözü–Bab al-Hawa": "open",
        "Öncüpınar–Bab al-Salameh": "open",
        "Yayladağı–Kessab": "restricted",
    },
    details=(
        Detail("restriction", "Cilvegözü–Bab al-Hawa", date="2025-02-17"),
        Detail("restriction", "Yayladağı–Kessab", date="2025-02-11"),
        Detail("talks", "Cilvegözü–Bab al-Hawa", date="2025-02-12"),
    ),
    furniture=(
        "Habur border gate breaks record",
        "Kapıkule queue reaches 17 kilometres",
        "Cookies are used on our site",
        "may not be quoted without citing",
    ),
    kept=(
        "will be closed to passenger crossings between 22.00 and 08.00 as of Monday",
        "was opened only to trucks carrying humanitarian aid on Tuesday",
    ),
    url="https://haberhatti.example/en/turkiye/cilvegozu-night-closure-88213",
    xfail={
        "pairs": (
            "trigger: future night closure 'closed to passenger crossings between 22.00 and 08.00 as of Monday' gives closure, expected restriction (hours, passengers only); Yayladağı 'was opened only to trucks carrying humanitarian aid on Tuesday' gives no restriction (only the closure in its relative clause)"
        ),
    },
)


# --- 6. Russian agency in English: Upper Lars shut by snow -----------------------

P06 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Traffic through Verkhny Lars suspended due to snowfall, over 1,000 trucks stuck - Novosti Kavkaz</title>
<meta property="og:title" content="Traffic through Verkhny Lars suspended due to snowfall, over 1,000 trucks stuck">
<meta property="og:site_name" content="Novosti Kavkaz">
<meta name="author" content="NK">
<meta itemprop="datePublished" content="2025-01-09T12:31:00+03:00">
</head><body>
<div class="nk-top"><a href="/">NK</a> <a href="/ru">RU</a> <a href="/en">EN</a></div>
<nav class="rubrics"><a href="/en/russia">Russia</a> <a href="/en/world">World</a> <a href="/en/economy">Economy</a>
<a href="/en/caucasus">Caucasus</a> <a href="/en/sport">Sport</a></nav>
<div class="news-page">
<h1 class="news-title">Traffic through Verkhny Lars suspended due to snowfall, over 1,000 trucks stuck</h1>
<div class="news-date">9 JAN, 12:31</div>
<div class="news-text">
<p>VLADIKAVKAZ, January 9. /NK/. Traffic through the Verkhny Lars checkpoint on the Russian-Georgian border has been suspended due to heavy snowfall and the threat of avalanches, the press service of the North Ossetia government reported on Thursday.</p>
<p>According to the report, about 1,200 trucks have accumulated on the Russian side of the border.</p>
<p>The Georgian side closed the Stepantsminda-Lars road on Wednesday evening, the Georgian Interior Ministry said.</p>
<p>Passenger cars are not being allowed through either.</p>
<div class="also"><b>Read also</b><br><a href="/en/r1">Russia and Azerbaijan reopen Samur checkpoint for cars</a><br>
<a href="/en/r2">Over 3,000 vehicles stuck at Upper Lars in 2023 queue</a></div>
<p>The Russian and Georgian transport ministries agreed in December to exchange information on the situation at the checkpoint during the winter months.</p>
<p>Last year the checkpoint was closed for a total of 40 days because of the weather.</p>
<figure><img src="/f/lars.jpg"><figcaption>Trucks on the Russian side of Verkhny Lars on January 9, 2025. © NK / Ivan Dzhioev</figcaption></figure>
</div>
<p class="tags">Tags: <a href="/t/georgia">Georgia</a>, <a href="/t/north-ossetia">North Ossetia</a></p>
</div>
{SHARE_2}
{COOKIE_3}
<footer><p>© 2026 Novosti Kavkaz. When using materials, a hyperlink to NK is required. 18+</p></footer>
</body></html>"""

PAGE_06 = HtmlPage(
    id="russian_upper_lars_snow",
    html=P06,
    title="Traffic through Verkhny Lars suspended due to snowfall, over 1,000 trucks stuck",
    published="2025-01-09",
    source="Novosti Kavkaz",
    pairs=pairs(
        ("closure", "Upper Lars–Kazbegi"),
        ("stranded", "Upper Lars–Kazbegi"),
        ("talks", "Upper Lars–Kazbegi"),
    ),
    status={"Upper Lars–Kazbegi": "closed"},
    details=(
        Detail("stranded", "Upper Lars–Kazbegi", count=("trucks", 1200, "about")),
        Detail("closure", "Upper Lars–Kazbegi", date="2025-01-08"),
    ),
    furniture=(
        "reopen Samur checkpoint",
        "Over 3,000 vehicles stuck",
        "a hyperlink to NK is required",
        "Our partners and we store",
    ),
    kept=(
        "about 1,200 trucks have accumulated on the Russian side",
        "The Georgian side closed the Stepantsminda-Lars road on Wednesday evening",
    ),
    url="https://nk-news.example/en/caucasus/1849302",
)


# --- 7. live blog: Finland shuts two crossings ----------------------------------

P07 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Live: Finland shuts Vaalimaa and Nuijamaa crossings – latest updates | Nordic Daily</title>
<meta property="og:title" content="Live: Finland shuts Vaalimaa and Nuijamaa crossings – latest updates">
<meta property="og:site_name" content="Nordic Daily">
<meta name="author" content="Aino Virtanen">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"LiveBlogPosting",
"headline":"Live: Finland shuts Vaalimaa and Nuijamaa crossings – latest updates",
"datePublished":"2025-03-18T08:20:00+02:00","coverageStartTime":"2025-03-18T08:00:00+02:00",
"author":{{"@type":"Person","name":"Aino Virtanen"}}}}</script>
</head><body>
{COOKIE_2}
<header><nav><a href="/">Nordic Daily</a> <a href="/finland">Finland</a> <a href="/politics">Politics</a> <a href="/live">Live</a></nav></header>
<main class="liveblog">
<h1>Live: Finland shuts Vaalimaa and Nuijamaa crossings – latest updates</h1>
<p class="lb-byline">Aino Virtanen · Last updated 17:02</p>
<div class="lb-entries">
<div class="lb-entry"><time datetime="2025-03-18T08:15:00+02:00">08:15</time>
<p>The Finnish Border Guard closed the Vaalimaa and Nuijamaa border crossings at 8 a.m. on Tuesday, citing the arrival of asylum seekers without valid documents.</p></div>
<div class="lb-entry"><time datetime="2025-03-18T09:40:00+02:00">09:40</time>
<p>About 300 cars were queueing on the Russian side at Torfyanovka when the barrier came down, Russian media reported.</p></div>
<div class="lb-entry lb-ad"><p>Advertisement</p></div>
<div class="lb-entry"><time datetime="2025-03-18T12:30:00+02:00">12:30</time>
<p>The Imatra and Niirala crossings remain open for now, the Border Guard said.</p></div>
<div class="lb-entry"><time datetime="2025-03-18T14:10:00+02:00">14:10</time>
<p>There have been no talks with Russian border authorities about the closure, a Border Guard spokesperson told Nordic Daily.</p></div>
<div class="lb-entry"><time datetime="2025-03-18T15:45:00+02:00">15:45</time>
<p>Russian border guards have not closed their side of the crossings, the Russian border service said in a statement.</p></div>
</div>
<aside class="lb-related"><h3>Related</h3><ul>
<li><a href="/a">Norway keeps Storskog open despite pressure</a></li>
<li><a href="/b">Analysis: why Finland closed Salla in 2023</a></li></ul></aside>
</main>
{NEWSLETTER_2}
<footer><p>Nordic Daily © 2026</p><p><a href="/tips">Send us a news tip</a></p></footer>
</body></html>"""

PAGE_07 = HtmlPage(
    id="liveblog_finland_closes",
    html=P07,
    title="Live: Finland shuts Vaalimaa and Nuijamaa crossings – latest updates",
    published="2025-03-18",
    source="Nordic Daily",
    pairs=pairs(
        ("closure", "Vaalimaa–Torfyanovka"),
        ("closure", "Nuijamaa–Brusnichnoye"),
        ("stranded", "Vaalimaa–Torfyanovka"),
    ),
    status={
        "Vaalimaa–Torfyanovka": "closed",
        "Nuijamaa–Brusnichnoye": "closed",
        "Imatra–Svetogorsk": "open",
        "Niirala–Värtsilä": "open",
    },
    details=(
        Detail("closure", "Vaalimaa–Torfyanovka", date="2025-03-18"),
        Detail("closure", "Nuijamaa–Brusnichnoye", date="2025-03-18"),
        Detail("stranded", "Vaalimaa–Torfyanovka", count=("cars", 300, "about")),
    ),
    furniture=(
        "Norway keeps Storskog open",
        "why Finland closed Salla",
        "This website uses cookies",
        "Send us a news tip",
        "Advertisement",
    ),
    kept=(
        "closed the Vaalimaa and Nuijamaa border crossings at 8 a.m. on Tuesday",
        "The Imatra and Niirala crossings remain open for now",
        "There have been no talks with Russian border authorities",
    ),
    url="https://nordicdaily.example/live/finland-eastern-border",
)


# --- 8. photo gallery: Kukuryki freight crossing halted --------------------------

P08 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>In pictures: trucks stranded at Kukuryki after Poland halts traffic | Podlasie Photo</title>
<meta property="og:title" content="In pictures: trucks stranded at Kukuryki after Poland halts traffic">
<meta property="og:site_name" content="Podlasie Photo">
<meta property="og:type" content="article">
<meta name="author" content="Piotr Nowak">
<meta property="article:published_time" content="2024-12-03T15:00:00+01:00">
</head><body>
<header><a href="/">Podlasie Photo</a><nav><a href="/galleries">Galleries</a> <a href="/news">News</a> <a href="/shop">Prints</a></nav></header>
<div class="gallery-page">
<h1>In pictures: trucks stranded at Kukuryki after Poland halts traffic</h1>
<p class="credit">Photos and text: Piotr Nowak</p>
<p class="lead">Polish authorities suspended all traffic at the Kukuryki-Kozlovichi freight crossing on Monday after Belarusian officials detained two Polish truck drivers.</p>
<div class="slides">
<figure class="slide"><img src="/g/1.jpg"><figcaption>1/4 Trucks queue on the road to the Koroszczyn parking area, near the Kukuryki crossing, on Tuesday, Dec. 3, 2024.</figcaption></figure>
<figure class="slide"><img src="/g/2.jpg"><figcaption>2/4 More than 2,400 trucks were waiting at Kukuryki to enter Belarus on Tuesday morning, the Polish Border Guard said.</figcaption></figure>
<figure class="slide"><img src="/g/3.jpg"><figcaption>3/4 A driver from Lithuania cooks a meal next to his truck. Many drivers say they have been stuck for three days.</figcaption></figure>
<figure class="slide"><img src="/g/4.jpg"><figcaption>4/4 Border guards at the closed gate of the Kukuryki terminal.</figcaption></figure>
</div>
<p>The Bobrowniki crossing, closed since February 2023, remains shut.</p>
<p>Polish and Belarusian customs officials are due to meet on Thursday to discuss the Kukuryki closure.</p>
<div class="more-galleries"><h3>More galleries</h3>
<a href="/g/terespol">Terespol: a day at Poland's busiest crossing to Belarus</a>
<a href="/g/bialowieza">Autumn in Białowieża Forest</a></div>
</div>
{SHARE}
{COOKIE_1}
<footer><p>All photographs © Podlasie Photo 2026. Licensing: licensing@podlasie.example</p></footer>
</body></html>"""

PAGE_08 = HtmlPage(
    id="gallery_kukuryki_halt",
    html=P08,
    title="In pictures: trucks stranded at Kukuryki after Poland halts traffic",
    published="2024-12-03",
    source="Podlasie Photo",
    pairs=pairs(
        ("closure", "Kukuryki–Kozlovichi"),
        ("stranded", "Kukuryki–Kozlovichi"),
        ("talks", "Kukuryki–Kozlovichi"),
        ("closure", "Bobrowniki–Bierestowica"),
    ),
    status={"Kukuryki–Kozlovichi": "closed", "Bobrowniki–Bierestowica": "closed"},
    details=(
        Detail("closure", "Kukuryki–Kozlovichi", date="2024-12-02"),
        Detail("stranded", "Kukuryki–Kozlovichi", count=("trucks", 2400, "more than")),
        Detail("talks", "Kukuryki–Kozlovichi", date="2024-12-05"),
    ),
    furniture=(
        "a day at Poland's busiest crossing",
        "Autumn in Białowieża Forest",
        "We use cookies",
        "licensing@podlasie.example",
    ),
    kept=(
        "suspended all traffic at the Kukuryki-Kozlovichi freight crossing on Monday",
        "More than 2,400 trucks were waiting at Kukuryki",
        "The Bobrowniki crossing, closed since February 2023, remains shut.",
    ),
    url="https://podlasiephoto.example/galleries/kukuryki-trucks",
)


# --- 9. AMP-like minimal page: Taftan closed by Iran ------------------------------

P09 = """<!doctype html>
<html amp lang="en"><head>
<meta charset="utf-8">
<title>Iran shuts Taftan crossing, pilgrims stranded</title>
<link rel="canonical" href="https://quicknews.example/pakistan/iran-shuts-taftan">
<meta name="viewport" content="width=device-width,minimum-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Iran shuts Taftan crossing, pilgrims stranded","datePublished":"2024-04-23T18:10:00+05:00",
"author":{"@type":"Person","name":"Shahzad Baloch"},
"publisher":{"@type":"Organization","name":"QuickNews Pakistan"}}</script>
<style amp-custom>body{font-family:sans-serif}</style>
</head><body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We and our partners use cookies for ads and analytics.</p><button on="tap:consent.accept">Accept</button></div></amp-consent>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/pakistan">Pakistan</a></li><li><a href="/tag/taftan">Taftan updates</a></li></ul></amp-sidebar>
<header class="amp-head"><a href="/">QuickNews</a></header>
<article>
<h1>Iran shuts Taftan crossing, pilgrims stranded</h1>
<p class="by">Shahzad Baloch</p>
<p>QUETTA: Iranian authorities closed the Taftan border crossing on Monday, citing security concerns after an attack in Sistan-Baluchestan province, Pakistani officials said.</p>
<p>Hundreds of pilgrims returning from Iraq and Iran were stranded at Mirjaveh on the Iranian side.</p>
<p>Trade trucks carrying LPG have also been stopped, traders said.</p>
<p>The assistant commissioner of Taftan said talks were being held with Iranian border officials to reopen the gate.</p>
</article>
<amp-social-share type="whatsapp"></amp-social-share><amp-social-share type="twitter"></amp-social-share>
<section class="amp-related"><h2>Related</h2>
<amp-carousel layout="fixed-height" height="120" type="carousel">
<div><a href="/r1">Gabd crossing reopens after three weeks</a></div>
<div><a href="/r2">300 trucks stuck at Mand as traders protest</a></div>
</amp-carousel></section>
<footer><p>© QuickNews Pakistan</p></footer>
</body></html>"""

PAGE_09 = HtmlPage(
    id="amp_taftan_pilgrims",
    html=P09,
    title="Iran shuts Taftan crossing, pilgrims stranded",
    published="2024-04-23",
    source="QuickNews Pakistan",
    pairs=pairs(
        ("closure", "Taftan–Mirjaveh"),
        ("stranded", "Taftan–Mirjaveh"),
        ("talks", "Taftan–Mirjaveh"),
    ),
    status={"Taftan–Mirjaveh": "closed"},
    details=(
        Detail("closure", "Taftan–Mirjaveh", date="2024-04-22"),
        Detail("stranded", "Taftan–Mirjaveh", count=(None, None, "hundreds")),
    ),
    furniture=(
        "Gabd crossing reopens after three weeks",
        "300 trucks stuck at Mand",
        "use cookies for ads and analytics",
        "Taftan updates",
    ),
    kept=(
        "Iranian authorities closed the Taftan border crossing on Monday",
        "Hundreds of pilgrims returning from Iraq and Iran were stranded",
    ),
    url="https://quicknews.example/amp/pakistan/iran-shuts-taftan",
    xfail={
        "pairs": (
            "trigger: 'talks were being held with Iranian border officials to reopen the gate' gives a reopening (purpose clause read as the event) and no talks"
        ),
    },
)


# --- 10. article split by ads: Lukeville to reopen, PedWest still closed ---------

P10 = f"""<!DOCTYPE html>
<html lang="en-US"><head>
<meta charset="utf-8">
<title>Lukeville port of entry to reopen Monday; PedWest stays closed at San Ysidro</title>
<meta property="og:title" content="Lukeville port of entry to reopen Monday; PedWest stays closed at San Ysidro">
<meta property="og:site_name" content="Sonoran Sun">
<meta name="author" content="Rosa Delgado">
<meta property="article:published_time" content="2024-09-11T17:45:00-07:00">
<meta property="article:modified_time" content="2024-09-12T09:10:00-07:00">
</head><body>
<div class="skip"><a href="#main">Skip to content</a></div>
<header><nav><ul><li><a href="/news">News</a></li><li><a href="/border">Border</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/obituaries">Obituaries</a></li><li><a href="/e-edition">e-Edition</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main id="main"><article>
<h1>Lukeville port of entry to reopen Monday; PedWest stays closed at San Ysidro</h1>
<div class="byline">Rosa Delgado <span>Sonoran Sun</span> <time datetime="2024-09-11T17:45:00-07:00">Published 5:45 p.m. MT Sept. 11, 2024</time></div>
<p>NOGALES, Ariz. — U.S. Customs and Border Protection said Wednesday that the Lukeville port of entry, closed since Aug. 28 so officers could be redeployed to process migrants, will reopen to all traffic at 8 a.m. Monday.</p>
<div class="ad ad-inarticle"><p>Advertisement</p><div id="div-gpt-ad-1"></div></div>
<p>The closure has forced residents of Ajo and Why to drive more than two hours to Nogales to cross into Mexico.</p>
<p class="story-continues">Story continues below advertisement</p>
<div class="ad"><div id="div-gpt-ad-2"></div></div>
<p>In San Diego, the PedWest pedestrian crossing at San Ysidro remains closed, while the main pedestrian and vehicle lanes are operating normally.</p>
<figure><img src="/lukeville.jpg"><figcaption>Vehicles wait at the Lukeville port of entry on Aug. 27, the day before it closed. (Photo: Rosa Delgado/Sonoran Sun)</figcaption></figure>
<div class="ad"><p>Advertisement</p></div>
<p>Mexican and U.S. officials met in Sonoyta last week to discuss the reopening of the Lukeville crossing, according to the mayor of Sonoyta.</p>
<p>The DeConcini port in Nogales remains open.</p>
<aside class="related"><h4>More border news</h4><ul>
<li><a href="/r1">Eagle Pass rail bridges closed for five days, freight backs up</a></li>
<li><a href="/r2">Otay Mesa wait times top 4 hours</a></li></ul></aside>
</article></main>
{NEWSLETTER_1}
{COOKIE_1}
<footer><p>© 2026 Sonoran Sun. All rights reserved. <a href="/terms">Terms of Service</a> <a href="/ccpa">Your Privacy Choices</a></p></footer>
</body></html>"""

PAGE_10 = HtmlPage(
    id="ads_split_lukeville",
    html=P10,
    title="Lukeville port of entry to reopen Monday; PedWest stays closed at San Ysidro",
    published="2024-09-11",
    source="Sonoran Sun",
    pairs=pairs(
        ("closure", "Lukeville"),
        ("reopening", "Lukeville"),
        ("restriction", "San Ysidro"),
        ("talks", "Lukeville"),
    ),
    status={"Lukeville": "closed", "San Ysidro": "restricted", "Nogales": "open"},
    details=(
        Detail("closure", "Lukeville", date="2024-08-28"),
        Detail("reopening", "Lukeville", date="2024-09-16"),
    ),
    furniture=(
        "Eagle Pass rail bridges closed",
        "Otay Mesa wait times",
        "Story continues below advertisement",
        "Advertisement",
        "We use cookies",
        "Sonoran Sun. All rights reserved",
        "Skip to content",
    ),
    kept=(
        "closed since Aug. 28 so officers could be redeployed",
        "the PedWest pedestrian crossing at San Ysidro remains closed",
        "The DeConcini port in Nogales remains open.",
    ),
    url="https://sonoransun.example/story/news/border/lukeville-reopen/75123456/",
    xfail={
        "pairs": (
            "place attachment: the dateline 'NOGALES, Ariz.' attaches the Lukeville closure and reopening to Nogales too; 'the PedWest pedestrian crossing at San Ysidro remains closed, while the main ... lanes are operating normally' gives no restriction"
        ),
        "status": (
            "claims: San Ysidro read as an open claim from the 'remains closed ... while ... operating normally' sentence, expected restricted"
        ),
    },
)


# --- 11. hard negative: border mentions only in nav, teasers and footer -----------

P11 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Peshawar BRT fares to rise from July | Peshawar Today</title>
<meta property="og:title" content="Peshawar BRT fares to rise from July">
<meta property="og:site_name" content="Peshawar Today">
<meta name="author" content="Staff Reporter">
<meta property="article:published_time" content="2024-06-26T08:00:00+05:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/torkham">Torkham Border</a>
<a href="/afghanistan">Afghanistan</a> <a href="/sports">Sports</a></nav>
<div class="ticker"><a href="/t">Torkham closed for third day; 3,000 trucks stranded</a></div></header>
<article>
<h1>Peshawar BRT fares to rise from July</h1>
<p class="byline">Staff Reporter · June 26, 2024</p>
<p>PESHAWAR: Fares on the city's Bus Rapid Transit will rise by five rupees per journey from July 1, the TransPeshawar company said on Wednesday.</p>
<p>The minimum fare will go up from 15 to 20 rupees, while the maximum will rise to 55 rupees.</p>
<aside class="related"><h3>Related stories</h3>
<a href="/r1">Torkham reopens after five days; 3,000 trucks cross</a>
<a href="/r2">Chaman traders end sit-in as crossing opens</a></aside>
<p>Company officials said rising fuel and maintenance costs had made the change unavoidable, and that student cards would keep their discount.</p>
<p>About 300,000 passengers use the service every day, according to the company.</p>
<p>Commuters at the Hayatabad station said the increase would hurt daily wage earners.</p>
</article>
{NEWSLETTER_2}
{COOKIE_2}
<footer><h4>Border crossing updates</h4><ul><li><a href="/b/torkham">Torkham</a></li><li><a href="/b/chaman">Chaman</a></li>
<li><a href="/b/ghulam-khan">Ghulam Khan</a></li></ul><p>© 2026 Peshawar Today</p></footer>
</body></html>"""

PAGE_11 = HtmlPage(
    id="negative_furniture_only",
    html=P11,
    title="Peshawar BRT fares to rise from July",
    published="2024-06-26",
    source="Peshawar Today",
    pairs=pairs(),
    status={},
    furniture=(
        "Torkham",
        "Chaman",
        "Ghulam Khan",
        "3,000 trucks",
        "This website uses cookies",
        "delivered to your inbox",
    ),
    kept=("Fares on the city's Bus Rapid Transit will rise by five rupees",),
    url="https://peshawartoday.example/city/brt-fares-july",
)


# --- 12. hard negative: trade statistics ----------------------------------------

P12 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Pakistan's exports to Afghanistan rise 18pc in FY24 | Pak Trade Monitor</title>
<meta property="og:title" content="Pakistan's exports to Afghanistan rise 18pc in FY24">
<meta property="og:site_name" content="Pak Trade Monitor">
<meta name="author" content="Recorder Report">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article",
"headline":"Pakistan's exports to Afghanistan rise 18pc in FY24","datePublished":"2024-07-16"}}</script>
</head><body>
<header><nav><a href="/markets">Markets</a> <a href="/economy">Economy</a> <a href="/trade">Trade</a> <a href="/commodities">Commodities</a></nav></header>
<div class="market-strip">KSE-100 78,210 ▲ 0.8% | USD/PKR 278.5 | Gold 245,000</div>
<article>
<h1>Pakistan's exports to Afghanistan rise 18pc in FY24</h1>
<p class="byline">Recorder Report</p>
<p>KARACHI: Pakistan's exports to Afghanistan rose 18 percent to $1.2 billion in the fiscal year that ended on June 30, according to data released by the Pakistan Bureau of Statistics on Tuesday.</p>
<p>Exports through the Torkham and Chaman crossings accounted for 71 percent of the total, while the Ghulam Khan crossing handled a smaller share.</p>
<p>Some 92,000 trucks crossed Torkham during the year, up from 78,000 a year earlier, the data showed.</p>
<table><tr><th>Crossing</th><th>FY23</th><th>FY24</th></tr>
<tr><td>Torkham</td><td>$560m</td><td>$690m</td></tr><tr><td>Chaman</td><td>$210m</td><td>$162m</td></tr></table>
<p>Trade was disrupted during the closures of Torkham in August and September 2023, the report noted.</p>
<p>Imports from Afghanistan, mostly coal, fresh fruit and cotton, fell 9 percent to $640 million.</p>
<div class="related"><b>Related:</b> <a href="/r">Torkham shut as traders protest new documents rule</a></div>
</article>
{SHARE}
<footer><p>Copyright 2026 Pak Trade Monitor. Market data delayed by 15 minutes.</p></footer>
</body></html>"""

PAGE_12 = HtmlPage(
    id="negative_trade_statistics",
    html=P12,
    title="Pakistan's exports to Afghanistan rise 18pc in FY24",
    published="2024-07-16",
    source="Pak Trade Monitor",
    pairs=pairs(),
    status={},
    furniture=(
        "Torkham shut as traders protest",
        "KSE-100",
        "Market data delayed",
    ),
    kept=("Some 92,000 trucks crossed Torkham during the year",),
    url="https://paktrademonitor.example/trade/exports-afghanistan-fy24",
    xfail={
        "pairs": (
            "negation/background: 'Trade was disrupted during the closures of Torkham in August and September 2023' (trade-statistics background) gives a closure"
        ),
        "status": ("the background closure sets Torkham closed; expected no status"),
    },
)


# --- 13. hard negative: tourism story about a bridge crossing ---------------------

P13 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>48 hours at Victoria Falls: walking the bridge between two countries | Wanderlust Africa</title>
<meta property="og:title" content="48 hours at Victoria Falls: walking the bridge between two countries">
<meta property="og:site_name" content="Wanderlust Africa">
<meta name="author" content="Chipo Moyo">
<meta property="article:published_time" content="2025-06-04T06:00:00+02:00">
</head><body>
<header><nav><a href="/destinations">Destinations</a> <a href="/safari">Safari</a> <a href="/deals">Deals</a> <a href="/border-guide">Border crossing guide</a></nav></header>
<div class="crumb"><a href="/">Home</a> / <a href="/destinations">Destinations</a> / Zimbabwe</div>
<article>
<h1>48 hours at Victoria Falls: walking the bridge between two countries</h1>
<p class="byline">By Chipo Moyo</p>
<p>Few places let you stand above a roaring gorge with one foot in each of two countries. The Victoria Falls Bridge, completed in 1905, spans the Zambezi and links Zimbabwe with Zambia.</p>
<p>You will need a KAZA UniVisa or a Zambian visa to cross for the day to Livingstone, and the walk over the bridge takes about 20 minutes.</p>
<p>Bungee jumps from the <strong>middle of the bridge</strong> run daily, and the bridge tour takes visitors under the deck along the old catwalks.</p>
<figure><img src="/vf.jpg"><figcaption>The bridge at sunset, seen from the Zimbabwean bank.</figcaption></figure>
<p>On our second day we crossed into Zambia for lunch at a riverside lodge and a sunset cruise on the upper Zambezi.</p>
<div class="deal-box"><b>Deal of the week:</b> <a href="/deals/vf">Three nights at Victoria Falls from $299</a></div>
<p>Go between February and May for the fullest falls; the spray can soak you a kilometre away.</p>
<aside class="related"><h3>You might also like</h3><a href="/r1">Beitbridge queues: what to expect when driving to South Africa</a>
<a href="/r2">Kazungula Bridge: the new gateway to Botswana</a></aside>
</article>
{NEWSLETTER_1}
{COOKIE_1}
<footer><p>© 2026 Wanderlust Africa. Prices correct at time of publication.</p></footer>
</body></html>"""

PAGE_13 = HtmlPage(
    id="negative_tourism_bridge",
    html=P13,
    title="48 hours at Victoria Falls: walking the bridge between two countries",
    published="2025-06-04",
    source="Wanderlust Africa",
    pairs=pairs(),
    status={},
    furniture=(
        "Beitbridge queues",
        "Kazungula Bridge: the new gateway",
        "Three nights at Victoria Falls from $299",
        "Border crossing guide",
        "Prices correct at time",
    ),
    kept=("The Victoria Falls Bridge, completed in 1905, spans the Zambezi",),
    url="https://wanderlustafrica.example/destinations/victoria-falls-48-hours",
)


# --- 14. hard negative: a "crossing" that is not a border (Brest, France) -------

P14 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Brest: Recouvrance bridge closed to cars for repairs until March - Brittany Weekly</title>
<meta property="og:site_name" content="Brittany Weekly">
<meta name="author" content="Yann Le Gall">
<meta property="article:published_time" content="2025-01-29T07:45:00+01:00">
</head><body>
<header><nav><a href="/">Brittany Weekly</a> <a href="/finistere">Finistère</a> <a href="/brest">Brest</a> <a href="/events">What's on</a></nav></header>
<article>
<h1>Brest: Recouvrance bridge closed to cars for repairs until March</h1>
<p class="byline">Yann Le Gall · <time datetime="2025-01-29">29 January 2025</time></p>
<p>BREST — The Recouvrance bridge in Brest will be closed to cars from Monday until the end of March while its lifting mechanism is repaired, the city council said on Tuesday.</p>
<p>Pedestrians and cyclists will still be able to use the crossing, and the tram will keep running over the Penfeld.</p>
<p>A pedestrian crossing on Rue de Siam was also closed on Tuesday after a delivery van damaged the traffic lights.</p>
<p>Drivers are advised to use the Harteloire bridge, where queues of up to 20 minutes are expected at rush hour.</p>
<div class="teaser"><a href="/r1">Brest-Terespol: Polish border queues reach 40 hours</a></div>
<p>The bridge, which opened in 1954, was last closed for repairs in 2011.</p>
</article>
{NEWSLETTER_2}
{COOKIE_3}
<footer><p>Brittany Weekly © 2026 — English news from Brittany</p></footer>
</body></html>"""

PAGE_14 = HtmlPage(
    id="negative_city_crossing_brest",
    html=P14,
    title="Brest: Recouvrance bridge closed to cars for repairs until March",
    published="2025-01-29",
    source="Brittany Weekly",
    pairs=pairs(),
    status={},
    furniture=("Polish border queues reach 40 hours", "English news from Brittany"),
    kept=("The Recouvrance bridge in Brest will be closed to cars from Monday",),
    url="https://brittanyweekly.example/brest/recouvrance-bridge-closed",
    xfail={
        "pairs": (
            "place attachment: 'Brest' (the French city; a bridge and a zebra crossing) is read as the Terespol–Brest border crossing: restriction, stranded and closure events"
        ),
        "status": ("Terespol–Brest closed from the French-city text; expected no status"),
    },
)


# --- 15. regional: Khunjerab reopens after winter, with history -----------------

P15 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Khunjerab Pass reopens for trade after winter closure | Gilgit Times</title>
<meta property="og:title" content="Khunjerab Pass reopens for trade after winter closure">
<meta property="og:site_name" content="Gilgit Times">
<meta name="author" content="Ali Hunzai">
<meta property="article:published_time" content="2025-04-02T09:00:00+05:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/gb">Gilgit-Baltistan</a> <a href="/cpec">CPEC</a> <a href="/tourism">Tourism</a></nav></header>
<div class="bcrumb"><a href="/">Home</a> / <a href="/cpec">CPEC</a></div>
<article>
<h1>Khunjerab Pass reopens for trade after winter closure</h1>
<p class="byline">Ali Hunzai | April 2, 2025</p>
<p>GILGIT: The Khunjerab Pass, the highest paved border crossing in the world, reopened for trade and travel on Tuesday after remaining closed for four months during the winter.</p>
<p>A ceremony was held at the zero point where officials from Pakistan and China exchanged greetings and discussed arrangements for the trade season.</p>
<figure><img src="/k.jpg"><figcaption>Officials from Pakistan and China at the Khunjerab border on April 1, 2025. — Gilgit Times</figcaption></figure>
<p>On the first day, 25 containers of goods crossed from China to the Sost dry port.</p>
<aside class="related"><h3>Related stories</h3><a href="/r1">Snow blocks Karakoram Highway, 200 tourists stranded</a>
<a href="/r2">Pakistan, China agree to keep Khunjerab open all year</a></aside>
<p>The border was closed for almost three years from 2020 because of the Covid-19 pandemic and was reopened in April 2023.</p>
<p>Traders in Sost said they hoped the pass would stay open until December this year.</p>
</article>
{SHARE_2}
{COOKIE_2}
<footer><p>© Gilgit Times 2026</p></footer>
</body></html>"""

PAGE_15 = HtmlPage(
    id="regional_khunjerab_reopens",
    html=P15,
    title="Khunjerab Pass reopens for trade after winter closure",
    published="2025-04-02",
    source="Gilgit Times",
    pairs=pairs(
        ("reopening", "Khunjerab Pass"),
        ("closure", "Khunjerab Pass"),
        ("talks", "Khunjerab Pass"),
    ),
    status={"Khunjerab Pass": "open"},
    details=(Detail("reopening", "Khunjerab Pass", date="2025-04-01"),),
    furniture=(
        "Snow blocks Karakoram Highway",
        "agree to keep Khunjerab open all year",
        "This website uses cookies",
    ),
    kept=(
        "reopened for trade and travel on Tuesday after remaining closed for four months",
        "officials from Pakistan and China exchanged greetings",
    ),
    url="https://gilgittimes.example/cpec/khunjerab-reopens",
)


# --- 16. Estonian public broadcaster: Narva, future night closure ----------------

P16 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Narva crossing to close at night from March 1 | Baltic Public News</title>
<meta property="og:title" content="Narva crossing to close at night from March 1">
<meta property="og:site_name" content="Baltic Public News">
<meta name="author" content="Marta Tamm">
<meta property="article:published_time" content="2024-02-27T14:12:00+02:00">
</head><body>
{COOKIE_1}
<header><nav><a href="/">News</a> <a href="/estonia">Estonia</a> <a href="/politics">Politics</a> <a href="/ida-viru">Ida-Viru</a> <a href="/radio">Radio</a></nav></header>
<article>
<h1>Narva crossing to close at night from March 1</h1>
<p class="byline">Marta Tamm | <time datetime="2024-02-27T14:12:00+02:00">27.02.2024</time></p>
<p>The Narva-1 border crossing point will be open only between 7 a.m. and 11 p.m. from March 1, the Police and Border Guard Board (PPA) announced on Tuesday.</p>
<p>Vehicle traffic through Narva has been suspended since February 1 because of reconstruction work on the Russian side, and only pedestrians can cross.</p>
<p>The Koidula and Luhamaa crossings remain open around the clock.</p>
<div class="readmore"><a href="/r1">READ MORE: Russia's Ivangorod checkpoint to shut for two years</a></div>
<p>The PPA has not discussed the change with Russian border officials, PPA spokesperson Egert Belitšev said.</p>
<p>In 2022 the PPA cut the number of lanes at Narva after a drop in traffic.</p>
</article>
<section class="most-read"><h3>Most read</h3><a href="/m1">Storm cuts power to 30,000 homes</a></section>
{NEWSLETTER_2}
<footer><p>Baltic Public News © 2026 · Contact the newsroom</p></footer>
</body></html>"""

PAGE_16 = HtmlPage(
    id="estonia_narva_future_hours",
    html=P16,
    title="Narva crossing to close at night from March 1",
    published="2024-02-27",
    source="Baltic Public News",
    pairs=pairs(("restriction", "Narva–Ivangorod")),
    status={
        "Narva–Ivangorod": "restricted",
        "Koidula–Kunichina Gora": "open",
        "Luhamaa–Shumilkino": "open",
    },
    details=(
        Detail("restriction", "Narva–Ivangorod", date="2024-03-01"),
        Detail("restriction", "Narva–Ivangorod", date="2024-02-01"),
    ),
    furniture=(
        "Ivangorod checkpoint to shut for two years",
        "Storm cuts power",
        "We use cookies",
        "Contact the newsroom",
    ),
    kept=(
        "will be open only between 7 a.m. and 11 p.m. from March 1",
        "only pedestrians can cross",
    ),
    url="https://balticpublic.example/news/narva-night-closure",
    xfail={
        "details": (
            "date resolution: the future restriction 'from March 1' is dated 2024-02-27 from '7 a.m.' (publication day) instead of 2024-03-01"
        ),
    },
)


# --- 17. clash with casualties at Angoor Adda; talks denied ----------------------

P17 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Three soldiers martyred in cross-border firing at Angoor Adda | Waziristan Herald</title>
<meta property="og:title" content="Three soldiers martyred in cross-border firing at Angoor Adda">
<meta property="og:site_name" content="Waziristan Herald">
<meta name="author" content="Gul Wazir">
<meta property="article:published_time" content="2025-07-08T10:30:00+05:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/kp">KP</a> <a href="/security">Security</a> <a href="/fata">Merged Districts</a></nav></header>
<article>
<h1>Three soldiers martyred in cross-border firing at Angoor Adda</h1>
<p class="byline">Gul Wazir</p>
<p>WANA: Three soldiers of the Frontier Corps were martyred and seven others injured when Afghan forces opened fire on a border post near the Angoor Adda crossing late on Saturday night, the ISPR said.</p>
<p>Pakistani troops responded effectively, the military's media wing said.</p>
<p>The crossing, which links South Waziristan with Afghanistan's Paktika province, was closed for all traffic after the attack and remained closed on Tuesday.</p>
<div class="in-article-related">ALSO READ | <a href="/r1">Ghulam Khan reopened after 20 days, traders relieved</a></div>
<p>The Afghan Taliban's spokesman denied that their forces had fired first, and said two Afghan civilians were wounded.</p>
<p>Officials in Wana said a flag meeting between the two sides had not taken place yet.</p>
<p>Angoor Adda was reopened for trade in 2019 after years of closure.</p>
</article>
{SHARE}
<div id="comments"><h4>Leave a comment</h4><div class="comment"><p>Open Angoor Adda for trade, people are starving!</p></div></div>
{COOKIE_1}
<footer><p>© 2026 Waziristan Herald</p></footer>
</body></html>"""

PAGE_17 = HtmlPage(
    id="clash_angoor_adda",
    html=P17,
    title="Three soldiers martyred in cross-border firing at Angoor Adda",
    published="2025-07-08",
    source="Waziristan Herald",
    pairs=pairs(("clash", "Angoor Adda"), ("closure", "Angoor Adda")),
    status={"Angoor Adda": "closed"},
    details=(Detail("clash", "Angoor Adda", date="2025-07-05", killed=3, wounded=7),),
    furniture=(
        "Ghulam Khan reopened after 20 days",
        "people are starving",
        "We use cookies",
    ),
    kept=(
        "Three soldiers of the Frontier Corps were martyred and seven others injured",
        "a flag meeting between the two sides had not taken place yet",
    ),
    url="https://waziristanherald.example/security/angoor-adda-firing",
)


# --- 18. denial: Torkham not closed ----------------------------------------------

P18 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Torkham border not closed, officials say, dismissing social media claims | Frontier Post Online</title>
<meta property="og:title" content="Torkham border not closed, officials say, dismissing social media claims">
<meta property="og:site_name" content="Frontier Post Online">
<meta name="author" content="Bureau Report">
<meta property="article:published_time" content="2024-05-21T16:25:00+05:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/peshawar">Peshawar</a> <a href="/fact-check">Fact Check</a> <a href="/video">Video</a></nav></header>
<article>
<h1>Torkham border not closed, officials say, dismissing social media claims</h1>
<p class="byline">Bureau Report</p>
<p>PESHAWAR: Officials on Tuesday denied reports circulating on social media that the Torkham border had been closed for trade.</p>
<p>“The border is open and trade is continuing as usual,” said customs collector Imran Afridi.</p>
<p>Around 1,200 trucks crossed on Monday, he said.</p>
<p>Contrary to the reports, the Chaman crossing was not closed either, and the movement of pedestrians continued normally, the Quetta administration said.</p>
<aside><h3>Related</h3><a href="/r1">Torkham closed after firing, thousands stranded</a></aside>
<p>Rumours of a closure spread after a video of an empty Torkham terminal, filmed during the Eid holidays last year, went viral.</p>
</article>
{NEWSLETTER_1}
{COOKIE_2}
<footer><p>© Frontier Post Online 2026</p></footer>
</body></html>"""

PAGE_18 = HtmlPage(
    id="denial_torkham_open",
    html=P18,
    title="Torkham border not closed, officials say, dismissing social media claims",
    published="2024-05-21",
    source="Frontier Post Online",
    pairs=pairs(),
    status={"Torkham": "open", "Chaman–Spin Boldak": "open"},
    furniture=(
        "Torkham closed after firing, thousands stranded",
        "This website uses cookies",
        "Sign up for our free daily newsletter",
    ),
    kept=("denied reports circulating on social media",),
    url="https://frontierpost.example/peshawar/torkham-not-closed",
)


# --- 19. whole-border closure listing crossings: Pakistan–Iran --------------------

P19 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Pakistan seals border with Iran; Taftan, Gabd, Mand crossings shut | Makran Express</title>
<meta property="og:title" content="Pakistan seals border with Iran; Taftan, Gabd, Mand crossings shut">
<meta property="og:site_name" content="Makran Express">
<meta name="author" content="Abdul Ghani">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pakistan seals border with Iran; Taftan, Gabd, Mand crossings shut","datePublished":"2024-09-24T12:00:00+05:00","dateModified":"2024-09-25T08:00:00+05:00"}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/balochistan">Balochistan</a> <a href="/iran">Iran</a> <a href="/trade">Trade</a></nav></header>
<article>
<h1>Pakistan seals border with Iran; Taftan, Gabd, Mand crossings shut</h1>
<p class="byline">Abdul Ghani · September 24, 2024</p>
<p>QUETTA: Pakistan sealed its border with Iran on Monday, a day after a bombing in Turbat killed four people, officials said.</p>
<p>The Taftan, Gabd and Mand crossings have all been closed to pedestrians and vehicles until further notice, the Balochistan home department said in a notification.</p>
<p>Around 400 pilgrims returning from Mashhad were stranded at Mirjaveh, according to the Pakistani consulate in Zahedan.</p>
<div class="related-box"><b>Related:</b> <a href="/r1">Iran reopens Rimdan market after two months</a> · <a href="/r2">Pilgrims' convoy attacked near Noshki</a></div>
<p>Officials of both countries held a meeting at Taftan on Tuesday to discuss the return of stranded truck drivers.</p>
<p>Pakistan had previously closed the border in January after Iranian missile strikes in Panjgur.</p>
</article>
{SHARE}
{COOKIE_3}
<footer><p>Makran Express © 2026 — Gwadar · Turbat · Quetta</p></footer>
</body></html>"""

PAGE_19 = HtmlPage(
    id="whole_border_pakistan_iran",
    html=P19,
    title="Pakistan seals border with Iran; Taftan, Gabd, Mand crossings shut",
    published="2024-09-24",
    source="Makran Express",
    pairs=pairs(
        ("closure", "border:IR-PK"),
        ("closure", "Taftan–Mirjaveh"),
        ("closure", "Gabd–Rimdan"),
        ("closure", "Mand–Pishin"),
        ("stranded", "Taftan–Mirjaveh"),
        ("talks", "Taftan–Mirjaveh"),
    ),
    status={"Taftan–Mirjaveh": "closed", "Gabd–Rimdan": "closed", "Mand–Pishin": "closed"},
    details=(
        Detail("closure", "border:IR-PK", date="2024-09-23"),
        Detail("stranded", "Taftan–Mirjaveh", count=("pilgrims", 400, "about")),
        Detail("talks", "Taftan–Mirjaveh", date="2024-09-24"),
    ),
    furniture=(
        "Iran reopens Rimdan market",
        "Pilgrims' convoy attacked",
        "Our partners and we store",
        "Gwadar · Turbat · Quetta",
    ),
    kept=("The Taftan, Gabd and Mand crossings have all been closed",),
    url="https://makranexpress.example/balochistan/pakistan-seals-iran-border",
)


# --- 20. remains open vs closed: Venezuela–Colombia -------------------------------

P20 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Venezuela closes Paraguachón crossing; Simón Bolívar bridge remains open | La Frontera English</title>
<meta property="og:title" content="Venezuela closes Paraguachón crossing; Simón Bolívar bridge remains open">
<meta property="og:site_name" content="La Frontera English">
<meta name="author" content="Camila Rojas">
<meta property="article:published_time" content="2025-08-19T07:05:00-05:00">
</head><body>
<header><nav><a href="/">Inicio</a> <a href="/en">English</a> <a href="/en/colombia">Colombia</a> <a href="/en/venezuela">Venezuela</a> <a href="/en/migration">Migration</a></nav></header>
<article>
<h1>Venezuela closes Paraguachón crossing; Simón Bolívar bridge remains open</h1>
<p class="byline">Camila Rojas | <time datetime="2025-08-19T07:05:00-05:00">August 19, 2025</time></p>
<p>CÚCUTA — Venezuelan authorities closed the Paraguachón border crossing in La Guajira on Sunday, citing security operations against smuggling gangs, Colombian migration officials said.</p>
<p>The Simón Bolívar International Bridge between Cúcuta and San Antonio del Táchira remains open, and vehicles and pedestrians are crossing normally, Migración Colombia said in a statement.</p>
<p>Dozens of travellers were stuck in Maicao waiting for the Paraguachón crossing to reopen.</p>
<div class="lea-tambien">Lea también: <a href="/r1">Tienditas bridge to open for cargo in October</a></div>
<p>The governors of La Guajira and Zulia spoke by phone on Monday and agreed to set up a joint commission on the Paraguachón crossing.</p>
<p>The border between the two countries was fully closed from 2015 to 2022.</p>
</article>
{SHARE_2}
{NEWSLETTER_2}
{COOKIE_1}
<footer><p>© 2026 La Frontera. Todos los derechos reservados.</p></footer>
</body></html>"""

PAGE_20 = HtmlPage(
    id="venezuela_paraguachon_vs_bridge",
    html=P20,
    title="Venezuela closes Paraguachón crossing; Simón Bolívar bridge remains open",
    published="2025-08-19",
    source="La Frontera English",
    pairs=pairs(
        ("closure", "Paraguachón"),
        ("stranded", "Paraguachón"),
        ("talks", "Paraguachón"),
    ),
    status={"Paraguachón": "closed", "Simón Bolívar Bridge": "open"},
    details=(
        Detail("closure", "Paraguachón", date="2025-08-17"),
        Detail("talks", "Paraguachón", date="2025-08-18"),
    ),
    furniture=(
        "Tienditas bridge to open for cargo",
        "Todos los derechos reservados",
        "We use cookies",
    ),
    kept=(
        "The Simón Bolívar International Bridge between Cúcuta and San Antonio del Táchira remains open",
    ),
    url="https://lafrontera.example/en/venezuela/paraguachon-closed",
)


# --- 21. one direction only: King Hussein / Allenby Bridge -------------------------

P21 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>King Hussein Bridge reopens for departures only after attack | Amman Herald</title>
<meta property="og:title" content="King Hussein Bridge reopens for departures only after attack">
<meta property="og:site_name" content="Amman Herald">
<meta name="author" content="Rania Haddad">
<meta property="article:published_time" content="2024-09-11T19:30:00+03:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/jordan">Jordan</a> <a href="/region">Region</a> <a href="/business">Business</a></nav></header>
<article>
<h1>King Hussein Bridge reopens for departures only after attack</h1>
<p class="byline">Rania Haddad</p>
<p>AMMAN — The King Hussein Bridge reopened on Wednesday for passengers leaving the West Bank for Jordan, but arrivals from Jordan remain suspended, the Ministry of Interior said.</p>
<p>The crossing, known in Israel as the Allenby Bridge, had been closed since Sunday, when a Jordanian truck driver opened fire at the Israeli side of the terminal, killing three Israeli civilian staff.</p>
<p>Cargo traffic through the bridge remains halted.</p>
<p>An estimated 2,000 travellers are stuck on the Jordanian side, unable to cross to the West Bank, the ministry said.</p>
<aside class="also"><h4>Also on Amman Herald</h4><a href="/r1">Karameh crossing with Iraq sees record traffic</a></aside>
<p>Jordanian and Israeli officials held talks on Tuesday on security arrangements at the crossing.</p>
<p>The Sheikh Hussein crossing in the north remains open.</p>
</article>
{SHARE}
{COOKIE_2}
<footer><p>Amman Herald © 2026. All rights reserved.</p></footer>
</body></html>"""

PAGE_21 = HtmlPage(
    id="jordan_allenby_one_direction",
    html=P21,
    title="King Hussein Bridge reopens for departures only after attack",
    published="2024-09-11",
    source="Amman Herald",
    pairs=pairs(
        ("restriction", "Allenby Bridge"),
        ("closure", "Allenby Bridge"),
        ("clash", "Allenby Bridge"),
        ("stranded", "Allenby Bridge"),
        ("talks", "Allenby Bridge"),
    ),
    status={"Allenby Bridge": "restricted", "Sheikh Hussein Bridge": "open"},
    details=(
        Detail("restriction", "Allenby Bridge", date="2024-09-11"),
        Detail("closure", "Allenby Bridge", date="2024-09-08"),
        Detail("clash", "Allenby Bridge", date="2024-09-08", killed=3),
        Detail("stranded", "Allenby Bridge", count=(None, 2000, "about")),
        Detail("talks", "Allenby Bridge", date="2024-09-10"),
    ),
    furniture=("Karameh crossing with Iraq", "This website uses cookies", "Amman Herald © 2026"),
    kept=("arrivals from Jordan remain suspended",),
    url="https://ammanherald.example/jordan/king-hussein-bridge-departures",
)


# --- 22. pedestrians only: Mae Sot ------------------------------------------------

P22 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Mae Sot bridge restricted to pedestrians as fighting rages in Myawaddy | Northern Thai Post</title>
<meta property="og:title" content="Mae Sot bridge restricted to pedestrians as fighting rages in Myawaddy">
<meta property="og:site_name" content="Northern Thai Post">
<meta name="author" content="Somchai Wongsa">
<meta property="article:published_time" content="2025-09-30T11:00:00+07:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/thailand">Thailand</a> <a href="/myanmar">Myanmar</a> <a href="/business">Business</a> <a href="/travel">Travel</a></nav></header>
<article>
<h1>Mae Sot bridge restricted to pedestrians as fighting rages in Myawaddy</h1>
<p class="byline">Somchai Wongsa</p>
<p>TAK — Thai authorities on Monday restricted the first Thai–Myanmar Friendship Bridge at Mae Sot to pedestrians only, halting all cargo and vehicle traffic after fighting broke out in Myawaddy.</p>
<p>Around 600 trucks loaded with consumer goods are stuck on the Thai side, the Tak Chamber of Commerce said.</p>
<div class="ad"><span>Sponsored</span> <a href="/ad">Condos in Chiang Mai from 1.9 million baht</a></div>
<p>The Mae Sai crossing in Chiang Rai province remains open.</p>
<p>Thai and Myanmar military officials are due to meet on Friday through the Regional Border Committee to discuss the reopening of the bridge.</p>
<aside class="related"><h3>Related</h3><a href="/r1">Poipet casino crackdown: Cambodia closes border for a week</a></aside>
</article>
{NEWSLETTER_1}
{COOKIE_3}
<footer><p>© 2026 Northern Thai Post</p></footer>
</body></html>"""

PAGE_22 = HtmlPage(
    id="thai_mae_sot_pedestrians",
    html=P22,
    title="Mae Sot bridge restricted to pedestrians as fighting rages in Myawaddy",
    published="2025-09-30",
    source="Northern Thai Post",
    pairs=pairs(
        ("restriction", "Mae Sot–Myawaddy"),
        ("stranded", "Mae Sot–Myawaddy"),
        ("talks", "Mae Sot–Myawaddy"),
    ),
    status={"Mae Sot–Myawaddy": "restricted", "Mae Sai–Tachileik": "open"},
    details=(
        Detail("restriction", "Mae Sot–Myawaddy", date="2025-09-29"),
        Detail("stranded", "Mae Sot–Myawaddy", count=("trucks", 600, "about")),
        Detail("talks", "Mae Sot–Myawaddy", date="2025-10-03"),
    ),
    furniture=(
        "Cambodia closes border for a week",
        "Condos in Chiang Mai",
        "Our partners and we store",
    ),
    kept=("restricted the first Thai–Myanmar Friendship Bridge at Mae Sot to pedestrians only",),
    url="https://northernthaipost.example/thailand/mae-sot-pedestrians",
)


# --- 23. Lebanese outlet: air strike at Masnaa, crossing on foot ------------------

P23 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Israeli strike cuts road at Masnaa crossing; travellers cross on foot | Beirut Observer</title>
<meta property="og:title" content="Israeli strike cuts road at Masnaa crossing; travellers cross on foot">
<meta property="og:site_name" content="Beirut Observer">
<meta name="author" content="Karim Nassar">
<meta property="article:published_time" content="2025-10-15T18:40:00+03:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/lebanon">Lebanon</a> <a href="/syria">Syria</a> <a href="/live">Live updates</a></nav></header>
<ul class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/lebanon">Lebanon</a></li></ul>
<article>
<h1>Israeli strike cuts road at Masnaa crossing; travellers cross on foot</h1>
<p class="byline">Karim Nassar</p>
<p>BEIRUT — An Israeli air strike hit the road near the Masnaa border crossing with Syria early on Tuesday, leaving a large crater and cutting the highway to vehicles, Lebanon's transport minister said.</p>
<p>The strike wounded two Lebanese General Security officers, the state news agency said.</p>
<figure><img src="/m.jpg"><figcaption>People walk across the crater left by the strike at Masnaa, carrying their luggage, on Tuesday.</figcaption></figure>
<p>Since late September, more than 300,000 people have crossed into Syria through Masnaa to flee the fighting, according to the UN.</p>
<div class="related"><strong>RELATED:</strong> <a href="/r1">Qaa crossing hit twice in 24 hours</a></div>
<p>The Lebanese and Syrian transport ministers spoke on Wednesday about repairing the road.</p>
</article>
<section class="comments"><h3>3 comments</h3><p>Close all the crossings until the war ends.</p></section>
{SHARE_2}
{COOKIE_1}
<footer><p>© 2026 Beirut Observer</p></footer>
</body></html>"""

PAGE_23 = HtmlPage(
    id="lebanon_masnaa_strike",
    html=P23,
    title="Israeli strike cuts road at Masnaa crossing; travellers cross on foot",
    published="2025-10-15",
    source="Beirut Observer",
    pairs=pairs(
        ("clash", "Masnaa–Jdeidet Yabous"),
        ("restriction", "Masnaa–Jdeidet Yabous"),
        ("talks", "Masnaa–Jdeidet Yabous"),
    ),
    status={"Masnaa–Jdeidet Yabous": "restricted"},
    details=(
        Detail("clash", "Masnaa–Jdeidet Yabous", date="2025-10-14", wounded=2),
        Detail("talks", "Masnaa–Jdeidet Yabous", date="2025-10-15"),
    ),
    furniture=(
        "Qaa crossing hit twice",
        "Close all the crossings until the war ends",
        "We use cookies",
    ),
    kept=(
        "cutting the highway to vehicles",
        "People walk across the crater left by the strike at Masnaa",
    ),
    url="https://beirutobserver.example/lebanon/masnaa-strike",
    xfail={
        "pairs": (
            "trafilatura drops the caption 'People walk across the crater ... at Masnaa' and 'cutting the highway to vehicles' gives no closure/restriction; 'ministers spoke on Wednesday about repairing the road' gives no talks; 'more than 300,000 people have crossed into Syria through Masnaa to flee the fighting' gives a clash"
        ),
        "details": (
            "casualties: 'The strike wounded two Lebanese General Security officers' (next sentence, 'The strike' refers back) is not attached to the clash; no talks dated 2025-10-15"
        ),
    },
)


# --- 24. trucks only now, whole border to be sealed later: India–Nepal ------------

P24 = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Only cargo trucks allowed through Birgunj as India seals border for polls | Kathmandu Courier</title>
<meta property="og:title" content="Only cargo trucks allowed through Birgunj as India seals border for polls">
<meta property="og:site_name" content="Kathmandu Courier">
<meta name="author" content="Post Report">
<meta property="article:published_time" content="2024-08-07T08:15:00+05:45">
</head><body>
<header><nav><a href="/">Home</a> <a href="/national">National</a> <a href="/madhesh">Madhesh</a> <a href="/money">Money</a></nav></header>
<article>
<h1>Only cargo trucks allowed through Birgunj as India seals border for polls</h1>
<p class="byline">Post Report · Birgunj</p>
<p>BIRGUNJ, Aug 7 — Only cargo trucks are being allowed through the Birgunj–Raxaul crossing since Tuesday, with passenger vehicles and pedestrians turned back by Indian security forces ahead of by-elections in Bihar.</p>
<p>India will seal the entire border with Nepal for 48 hours from Friday evening until polling ends, the Chief District Officer of Parsa said.</p>
<p>The Sunauli–Belahiya crossing in Rupandehi remains open for now.</p>
<div class="also-read">Also Read: <a href="/r1">Kakarbhitta traders protest new customs rule</a></div>
<p>Officials from both sides met at the Birgunj customs office on Monday to coordinate security.</p>
<p>Hundreds of Nepali workers returning from India were stuck at Raxaul on Tuesday night.</p>
</article>
{SHARE}
{NEWSLETTER_2}
{COOKIE_2}
<footer><p>© 2026 Kathmandu Courier. All rights reserved.</p></footer>
</body></html>"""

PAGE_24 = HtmlPage(
    id="nepal_birgunj_trucks_only",
    html=P24,
    title="Only cargo trucks allowed through Birgunj as India seals border for polls",
    published="2024-08-07",
    source="Kathmandu Courier",
    pairs=pairs(
        ("restriction", "Raxaul–Birgunj"),
        ("closure", "border:IN-NP"),
        ("talks", "Raxaul–Birgunj"),
        ("stranded", "Raxaul–Birgunj"),
    ),
    status={"Raxaul–Birgunj": "restricted", "Sunauli–Belahiya": "open"},
    details=(
        Detail("restriction", "Raxaul–Birgunj", date="2024-08-06"),
        Detail("closure", "border:IN-NP", date="2024-08-09"),
        Detail("talks", "Raxaul–Birgunj", date="2024-08-05"),
        Detail("stranded", "Raxaul–Birgunj", count=(None, None, "hundreds")),
    ),
    furniture=(
        "Kakarbhitta traders protest",
        "This website uses cookies",
        "Kathmandu Courier. All rights reserved",
    ),
    kept=("Only cargo trucks are being allowed through the Birgunj–Raxaul crossing since Tuesday",),
    url="https://kathmanducourier.example/madhesh/birgunj-cargo-only",
)


PAGES: tuple[HtmlPage, ...] = (
    PAGE_01, PAGE_02, PAGE_03, PAGE_04, PAGE_05, PAGE_06, PAGE_07, PAGE_08,
    PAGE_09, PAGE_10, PAGE_11, PAGE_12, PAGE_13, PAGE_14, PAGE_15, PAGE_16,
    PAGE_17, PAGE_18, PAGE_19, PAGE_20, PAGE_21, PAGE_22, PAGE_23, PAGE_24,
)  # fmt: skip


# --- running the pages ---------------------------------------------------------

_RESULTS: dict[str, DocumentResult] = {}


def _result(page: HtmlPage, analyzer) -> DocumentResult:  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import process_document

    if page.id not in _RESULTS:
        raw = RawDocument(
            id=page.id, data=page.html.encode("utf-8"), media_type="text/html", url=page.url
        )
        _RESULTS[page.id] = process_document(raw, analyzer)
    result = _RESULTS[page.id]
    assert result.error is None, result.error
    assert result.article is not None
    return result


def _params(aspect: str) -> list:  # type: ignore[type-arg]
    params = []
    for page in PAGES:
        marks = []
        if aspect in page.xfail:
            marks.append(pytest.mark.xfail(strict=True, reason=page.xfail[aspect]))
        params.append(pytest.param(page, id=page.id, marks=marks))
    return params


def _summary(result: DocumentResult) -> list[tuple[str, str, str | None, str]]:
    return [(e.type, e.place, e.date, e.evidence.text[:90]) for e in result.events]


@pytest.mark.parametrize("page", _params("pairs"))
def test_pairs(page: HtmlPage, analyzer) -> None:  # type: ignore[no-untyped-def]
    result = _result(page, analyzer)
    got = {(e.type, e.place) for e in result.events}
    assert got == set(page.pairs), _summary(result)


@pytest.mark.parametrize("page", _params("status"))
def test_status(page: HtmlPage, analyzer) -> None:  # type: ignore[no-untyped-def]
    result = _result(page, analyzer)
    assert dict(result.status) == dict(page.status), _summary(result)


@pytest.mark.parametrize("page", _params("metadata"))
def test_metadata(page: HtmlPage, analyzer) -> None:  # type: ignore[no-untyped-def]
    article = _result(page, analyzer).article
    assert article is not None
    got = (article.title, article.published, article.source)
    assert got == (page.title, page.published, page.source)


def _matches(result: DocumentResult, want: Detail) -> bool:
    for event in result.events:
        if (event.type, event.place) != (want.type, want.place):
            continue
        if want.date is not None and event.date != want.date:
            continue
        if want.count is not None:
            what, value, qualifier = want.count
            if not any(
                c.value == value
                and c.qualifier == qualifier
                and (what is None or c.what == what or c.what.endswith(" " + what))
                for c in event.counts
            ):
                continue
        if want.killed is not None or want.wounded is not None:
            cas = event.casualties
            if cas is None:
                continue
            if want.killed is not None and cas.killed != want.killed:
                continue
            if want.wounded is not None and cas.wounded != want.wounded:
                continue
        return True
    return False


@pytest.mark.parametrize("page", _params("details"))
def test_details(page: HtmlPage, analyzer) -> None:  # type: ignore[no-untyped-def]
    result = _result(page, analyzer)
    missing = [d for d in page.details if not _matches(result, d)]
    found = [(e.type, e.place, e.date, e.date_text, e.counts, e.casualties) for e in result.events]
    assert not missing, (missing, found)


@pytest.mark.parametrize("page", _params("furniture"))
def test_furniture(page: HtmlPage, analyzer) -> None:  # type: ignore[no-untyped-def]
    result = _result(page, analyzer)
    assert result.article is not None
    text = result.article.text
    leaked = [f for f in page.furniture if f in text]
    from_furniture = [
        e.evidence.text for e in result.events if any(f in e.evidence.text for f in page.furniture)
    ]
    assert not leaked and not from_furniture, (leaked, from_furniture)


@pytest.mark.parametrize("page", _params("kept"))
def test_kept(page: HtmlPage, analyzer) -> None:  # type: ignore[no-untyped-def]
    result = _result(page, analyzer)
    assert result.article is not None
    lost = [k for k in page.kept if k not in result.article.text]
    assert not lost, lost
