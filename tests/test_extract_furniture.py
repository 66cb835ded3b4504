"""Furniture rules on plain-text scrapes: what goes, what stays, what is kept aside."""

from __future__ import annotations

import pytest

from borderwatch.extract import furniture
from borderwatch.extract.text import read_scrape
from borderwatch.records import Link

BODY = (
    "The crossing was closed on Monday after guards exchanged fire.\n\n"
    "Hundreds of trucks were stranded on both sides of the border.\n\n"
    "Officials said talks would resume on Thursday.\n\n"
)


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("ISLAMABAD (AP) — The minister visited Kabul.", "ISLAMABAD (AP)"),
        ("TASHKENT, UZBEKISTAN – The border remains closed.", "TASHKENT, UZBEKISTAN"),
        ("Mar. 4 (UPI) -- Officials shut the crossing.", "Mar. 4 (UPI)"),
        ("BISHKEK (Reuters) – Guards exchanged fire.", "BISHKEK (Reuters)"),
        ("ZAHEDAN: A delegation visited the crossing.", "ZAHEDAN"),
        ("(CNN) — The bridge reopened Saturday.", "(CNN)"),
        ("Chitral (Frontier Post) – The pass was opened.", "Chitral (Frontier Post)"),
        ("Darjeeling (West Bengal) [India], March 3 : The pass was opened.",
         "Darjeeling (West Bengal) [India], March 3"),
        ("TORKHAM, Afghanistan - Trucks were stranded.", "TORKHAM, Afghanistan"),
    ],
)
def test_datelines_are_recognised(line: str, dateline: str) -> None:
    assert furniture.find_dateline(line) == dateline


@pytest.mark.parametrize(
    "line",
    [
        "BREAKING: The border is closed.",
        "The border - once busy - is quiet.",
        "A key border crossing reopened on Friday.",
        "UN officials said the crossing was shut.",
    ],
)
def test_ordinary_openings_are_not_datelines(line: str) -> None:
    assert furniture.find_dateline(line) is None


def test_dateline_sentence_stays_in_the_text() -> None:
    page = read_scrape("PESHAWAR (AP) — The crossing closed on Sunday.\n\n" + BODY)
    assert page.dateline == "PESHAWAR (AP)"
    assert page.text.startswith("PESHAWAR (AP) — The crossing closed on Sunday.")


@pytest.mark.parametrize(
    ("line", "who", "source"),
    [
        ("By Maria Santos", "Maria Santos", None),
        ("By Ann Lee, Bo Chen and Cy Diaz, CNN", "Ann Lee, Bo Chen and Cy Diaz, CNN", None),
        ("By Our Correspondent 2023-06-21", "Our Correspondent", None),
        ("By Jo White Source:Daily Post Published: 2023/05/08 10:12", "Jo White", "Daily Post"),
    ],
)
def test_bylines_are_parsed(line: str, who: str, source: str | None) -> None:
    byline = furniture.parse_byline(line)
    assert byline is not None and byline.who == who and byline.source == source


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, however, the queue of lorries had shrunk.",
        "By land and sea the goods kept coming.",
        "By the end of the week the border had reopened.",
    ],
)
def test_sentences_starting_with_by_are_not_bylines(line: str) -> None:
    assert furniture.parse_byline(line) is None


def test_byline_line_leaves_the_text_and_fills_byline() -> None:
    page = read_scrape("Border crossing shut for a third day\n\nBy Sam Okafor\n\n" + BODY)
    assert page.byline == "Sam Okafor"
    assert "By Sam Okafor" not in page.text


def test_published_line_gives_byline_and_date_and_leaves_the_text() -> None:
    page = read_scrape("City Desk Published: 3 March 2024, 09:15 AM\n\n" + BODY)
    assert page.byline == "City Desk"
    assert page.published == "2024-03-03"
    assert "Published" not in page.text


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Share this article",
        "Subscribe",
        "Leave a Reply",
        "Sign in or register to comment.",
        "FOLLOW US ON SOCIAL MEDIA",
        "End of Article",
        "© Photo: Jane Doe/Agency",
        "Photo credit: Reuters",
        "•",
        "Home / News / World / Border closes",
        "2 min read",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    assert furniture.is_furniture(line)
    assert line not in read_scrape(BODY + line + "\n\n" + BODY).text


@pytest.mark.parametrize(
    "line",
    [
        "Trucks wait at the crossing on May 7. Photo courtesy of the border agency",
        "Share prices fell after the border was closed.",
        "Comments by the minister angered traders at the crossing.",
        "Advertisement boards at the border post were torn down by protesters.",
    ],
)
def test_captions_and_sentences_that_carry_facts_stay(line: str) -> None:
    assert not furniture.is_furniture(line)
    assert line in read_scrape(BODY + line + "\n\n" + BODY).text


def test_script_snippets_are_dropped() -> None:
    script = (
        "(function(d, s, id){\n"
        "var el, first = d.getElementsByTagName(s)[0];\n"
        "if (d.getElementById(id)) {return;}\n"
        "js.src = '//connect.example.net/sdk.js';\n"
        "}(document, 'script', 'sdk'));\n"
    )
    page = read_scrape(BODY + script)
    assert "getElementsByTagName" not in page.text and "function" not in page.text
    assert page.text.endswith("Officials said talks would resume on Thursday.")


def test_see_also_and_read_lines_become_links() -> None:
    page = read_scrape(
        BODY + "SEE ALSO: https://example.org/other-story/\n\nAlso read: Another story\n\n" + BODY
    )
    assert Link("https://example.org/other-story/", "https://example.org/other-story/") in (
        page.links
    )
    assert Link("Another story") in page.links
    assert "SEE ALSO" not in page.text and "Also read" not in page.text


def test_source_line_becomes_source() -> None:
    page = read_scrape(BODY + "Source: Wire Agency\n")
    assert page.source == "Wire Agency"
    assert "Source:" not in page.text


def test_author_box_and_its_tagline_go() -> None:
    page = read_scrape(BODY + "News Desk\n\nYour trusted source for the news that matters.\n")
    assert "News Desk" not in page.text and "trusted source" not in page.text


def test_everything_from_recent_on_goes_and_teaser_titles_become_links() -> None:
    tail = (
        "Recent\n\n"
        "Teaser One Title\n\nTeaser One Title\n\nA summary of the first story.\n\nRead More »\n"
        "A caption ending in a period.\n\nTeaser Two Title\n\nAnother summary.\n\nRead More »"
    )
    page = read_scrape(BODY + tail)
    assert page.text.endswith("Officials said talks would resume on Thursday.")
    assert "Recent" not in page.text and "summary" not in page.text
    assert [link.text for link in page.links] == ["Teaser One Title", "Teaser Two Title"]


def test_recent_heading_at_the_very_top_does_not_cut_the_article() -> None:
    page = read_scrape("Recent\n\n" + BODY)
    assert "Hundreds of trucks were stranded" in page.text


def test_headline_printed_twice_is_the_title_once_and_leaves_the_text() -> None:
    page = read_scrape("Border Shut After Clash\n\nBorder Shut After Clash\n\n" + BODY)
    assert page.title == "Border Shut After Clash"
    assert "Border Shut After Clash" not in page.text


def test_headline_printed_once_is_the_title_and_stays_in_the_text() -> None:
    page = read_scrape("Border shut after clash at crossing\n\n" + BODY)
    assert page.title == "Border shut after clash at crossing"
    assert page.text.startswith("Border shut after clash at crossing")


def test_repeated_paragraphs_keep_their_first_occurrence() -> None:
    page = read_scrape(BODY + BODY)
    assert page.text.count("Hundreds of trucks were stranded") == 1


def test_leading_date_token_gives_published_and_keeps_the_rest_of_the_line() -> None:
    page = read_scrape("date 2023-06-21 The mountain pass reopened on Wednesday.\n\n" + BODY)
    assert page.published == "2023-06-21"
    assert page.text.startswith("The mountain pass reopened on Wednesday.")


def test_leading_month_token_is_stripped_without_a_date() -> None:
    page = read_scrape("date 2024-08 Trucks wait at the crossing.\n\n" + BODY)
    assert page.published is None
    assert page.text.startswith("Trucks wait at the crossing.")


def test_date_only_line_near_the_top_gives_published() -> None:
    page = read_scrape("April 9, 2023\n\n" + BODY)
    assert page.published == "2023-04-09"


def test_line_broken_in_mid_sentence_is_joined() -> None:
    page = read_scrape("The old customs gate stayed shut all winter because of\n\nthe snow.")
    assert page.text == "The old customs gate stayed shut all winter because of the snow."


# --- share / follow / tag lines, comment prompts, agency boilerplate, ad hints ---


@pytest.mark.parametrize(
    "line",
    [
        # share bars: a share label, then only network names
        "Share this story: Facebook | LinkedIn | Email",
        "Share: WhatsApp Telegram Reddit",
        "Share on X Share on LinkedIn",
        "Share via Email",
        "Partagez : Facebook, X, E-mail",
        "Compartir: Facebook / WhatsApp",
        "Teilen",
        # follow prompts naming a capitalised outlet, and their translations
        "Follow The Frontier Post on Telegram",
        "Follow Kabul Times on X and Facebook, and never miss a story.",
        "Síguenos en Facebook, X y YouTube",
        "Suivez-nous sur Instagram et X",
        "Folgen Sie uns auf Instagram",
        # tag lists
        "Tags: Khyber Pass, trade, customs",
        "Tagged: Ceuta, migration",
        "Etiketler: sınır, ticaret",
        # comment prompts
        "Comments are disabled for this article.",
        "Comments are closed",
        "Leave a comment.",
        # agency boilerplate
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Copyright 2031 Example Wire. All rights reserved. This material may not be "
        "reproduced, stored or redistributed without permission.",
        "This content may not be copied or republished.",
        "Copyright 2023 The Associated Press. All rights reserved.",
        "© 2022 Wire Service Ltd. All Rights Reserved.",
        "The Associated Press receives support from a charitable trust to widen its coverage "
        "of water issues. The AP is solely responsible for all content.",
        "The Associated Press’ health and science coverage receives financial support from a "
        "medical institute.",
        "(Except for the headline, this report has not been edited by our desk and is "
        "published from a syndicated feed.)",
        "(Only the headline of this report may have been reworked by the desk staff; the rest "
        "of the content is auto-generated from a syndicated feed.)",
        "Reuters Graphics",
        "AFP Graphic",
        # ad slots with a reading hint, and the bare label in other languages
        "ADVERTISEMENT - SCROLL TO CONTINUE READING",
        "Advertisement | Story continues below",
        "Ad · Skip ad",
        "Article continues below advertisement",
        "Anzeige",
        "Publicité",
        # text-size widgets printed as their button labels
        "Increase text size Decrease text size Reset text size",
        "A+ A A-",
    ],
)
def test_share_follow_tag_comment_agency_and_ad_lines_are_dropped(line: str) -> None:
    assert furniture.is_furniture(line)
    page = read_scrape(BODY + line + "\n\n" + BODY)
    assert line not in page.text
    assert page.text.endswith("Officials said talks would resume on Thursday.")


@pytest.mark.parametrize(
    "line",
    [
        "Follow-up talks between the two sides are planned for next week.",
        "Follow the convoy route on foot, the officer told reporters.",
        "Followers of the movement gathered at the crossing on Sunday.",
        "Share prices of the port operator fell on Telegram reports of the closure.",
        "Share of trade through the crossing fell to 12 percent.",
        "Share on Facebook, the ministry urged, if you see smugglers.",
        "Tags on the seized trucks showed they came from Kandahar.",
        "Comments are closed to the public during the hearing, the court said.",
        "The Associated Press reported that the crossing reopened on Tuesday.",
        "The Associated Press receives dozens of reports a day from the border, its editor said.",
        "This story was first reported by a local radio station in Chaman.",
        "Reuters graphics editors mapped the queue, which stretched for 12 km.",
        "Advertisement hoardings at the crossing were torn down by protesters.",
        "The report may not be published before the inquiry ends, the minister said.",
        "A",
    ],
)
def test_sentences_that_start_like_furniture_stay(line: str) -> None:
    assert not furniture.is_furniture(line)
    assert furniture.parse_link(line) is None
    assert not furniture.is_teaser_label(line)
    assert line in read_scrape(BODY + line + "\n\n" + BODY).text


# --- teasers for other stories: kept as links, never as text ----------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "ALSO READ | Customs strike ends at Wagah after two days",
            "Customs strike ends at Wagah after two days",
        ),
        ("READ MORE: Iran opens a new lane at Mirjaveh", "Iran opens a new lane at Mirjaveh"),
        (
            "WATCH | Queue of trucks stretches for ten km at Torkham",
            "Queue of trucks stretches for ten km at Torkham",
        ),
        ("WATCH: Drone footage of the flooded crossing", "Drone footage of the flooded crossing"),
        (
            "Lire aussi : Au Sénégal, la frontière avec la Gambie rouverte",
            "Au Sénégal, la frontière avec la Gambie rouverte",
        ),
        ("Mehr zum Thema: Stau am Brenner nach Lkw-Unfall", "Stau am Brenner nach Lkw-Unfall"),
        ("Читайте также: Грузия продлила режим на границе", "Грузия продлила режим на границе"),
        ("İlgili Haberler: Kapıköy'de yoğunluk sürüyor", "Kapıköy'de yoğunluk sürüyor"),
        ("Lea también: México refuerza la frontera sur", "México refuerza la frontera sur"),
        ("Related: Strike closes the port at Calais", "Strike closes the port at Calais"),
        (
            "More on this story: Ferries cancelled as storm hits the Channel",
            "Ferries cancelled as storm hits the Channel",
        ),
    ],
)
def test_teaser_lines_become_links_and_leave_the_text(line: str, title: str) -> None:
    assert furniture.parse_link(line) == Link(title)
    page = read_scrape(BODY + line + "\n\n" + BODY)
    assert title not in page.text
    assert Link(title) in page.links


@pytest.mark.parametrize(
    "line",
    [
        "Watch: the queue at Torkham grows by the hour",  # a headline: WATCH counts in capitals
        "Related talks in Geneva ended without agreement.",
        "Read more about the closure in our explainer",
        "Also read the statement issued by the ministry on Monday.",
    ],
)
def test_lines_that_only_start_like_a_teaser_stay(line: str) -> None:
    assert furniture.parse_link(line) is None
    assert line in read_scrape(BODY + line + "\n\n" + BODY).text


@pytest.mark.parametrize("label", ["ALSO READ", "Lire aussi", "Читайте также :", "Lea también"])
def test_teaser_label_alone_makes_the_next_headline_a_link(label: str) -> None:
    teaser = "Customs strike ends at Wagah after two days"
    page = read_scrape(BODY + f"{label}\n\n{teaser}\n\n" + BODY)
    assert Link(teaser) in page.links
    assert label not in page.text and teaser not in page.text


def test_teaser_label_alone_before_a_sentence_keeps_the_sentence() -> None:
    sentence = "The crossing reopened on Tuesday morning."
    page = read_scrape(BODY + f"Also read\n\n{sentence}\n\n" + BODY)
    assert sentence in page.text
    assert "Also read" not in page.text


@pytest.mark.parametrize(
    "heading", ["More on this story", "İlgili Haberler", "Mehr zum Thema", "Noticias relacionadas"]
)
def test_related_story_headings_cut_the_tail_and_keep_its_titles(heading: str) -> None:
    tail = (
        f"{heading}\n\nFerries cancelled as storm hits the Channel\n\nPort strike enters third day"
    )
    page = read_scrape(BODY + tail)
    assert page.text.endswith("Officials said talks would resume on Thursday.")
    assert heading not in page.text
    assert [link.text for link in page.links] == [
        "Ferries cancelled as storm hits the Channel",
        "Port strike enters third day",
    ]


# --- cookie / consent notices, credit lines, byline fragments, name lines ----


@pytest.mark.parametrize(
    "line",
    [
        "We process personal data within the scope of the KVKK. Cookies are used on our site.",
        "We use cookies to personalise content and ads and to analyse our traffic. By clicking "
        "Accept all you consent to our use of cookies. Accept all Manage preferences",
        "This website uses cookies to improve your experience. We'll assume you're ok with "
        "this, but you can opt-out if you wish.",
        "We and our partners use cookies for ads and analytics. Accept",
        "Our partners and we store and access information on your device to serve relevant "
        "advertising. I agree",
        "By continuing to browse this site you agree to our use of cookies. Read our privacy "
        "policy.",
        "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter",
        "Wir verwenden Cookies, um Inhalte zu personalisieren. Alle akzeptieren",
        "Utilizamos cookies propias y de terceros. Al continuar navegando, acepta su uso.",
        "Мы используем файлы cookie для улучшения работы сайта.",
        "Sitemizde çerezler kullanılmaktadır. Kişisel verileriniz KVKK kapsamında işlenmektedir.",
    ],
)
def test_cookie_and_consent_notices_are_dropped(line: str) -> None:
    assert furniture.is_furniture(line)
    page = read_scrape(BODY + line + "\n\n" + BODY)
    assert line not in page.text
    assert page.text.endswith("Officials said talks would resume on Thursday.")


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to track smugglers, the border agency said.",
        '"We use cookies to track visitors," the ministry\'s website admits.',
        "The ministry's website uses cookies to track visitors, a regulator found.",
        "Cookies and sweets are sold at the border market in Chaman.",
        "Customs officers seized cookies worth $2,000 at the crossing on Monday.",
        "We process personal data of every traveller at the gate.",
        "You can read more about the closure in our explainer.",
        "By continuing to block the road, you agree to nothing, protesters were told.",
        "Accept the new rules or wait, drivers were told at the gate.",
    ],
)
def test_sentences_about_cookies_or_consent_stay(line: str) -> None:
    assert not furniture.is_furniture(line)
    assert line in read_scrape(BODY + line + "\n\n" + BODY).text


@pytest.mark.parametrize(
    "line",
    [
        "Photos and text: Piotr Nowak",
        "Text and photos: Anna Lis",
        "Pictures: Ali Khan and Sara Noor",
        "Photos by Anna Lis and Jan Nowak",
        "Text and pictures by Ali Khan",
        "Fot. Jan Kowalski",
        "Фото: Иван Петров",
    ],
)
def test_credit_lines_are_dropped(line: str) -> None:
    assert furniture.is_furniture(line)
    assert line not in read_scrape(BODY + line + "\n\n" + BODY).text


@pytest.mark.parametrize(
    "line",
    [
        "Pictures: trucks queue at the border crossing near Kukuryki on Tuesday.",
        "Pictures of the week",
        "Photo Gallery",
        "Images From The Border",
        "Photos show trucks queueing at Torkham on Monday.",
        "Text messages warned drivers that the crossing was closed.",
    ],
)
def test_lines_that_only_start_like_a_credit_stay(line: str) -> None:
    assert not furniture.is_furniture(line)


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Mehmet Yıldız |", "Mehmet Yıldız"),
        ("By Mehmet Yıldız |", "Mehmet Yıldız"),
        ("Özgür Çelik | 12.02.2025 10:14", "Özgür Çelik"),
        ("Imran ul Haq •", "Imran ul Haq"),
    ],
)
def test_byline_fragment_ending_in_a_bar_fills_byline(line: str, who: str) -> None:
    byline = furniture.parse_byline(line)
    assert byline is not None and byline.who == who
    page = read_scrape(line + "\n\n" + BODY)
    assert page.byline == who
    assert page.text.startswith("The crossing was closed on Monday")


@pytest.mark.parametrize(
    "line",
    [
        "Torkham | Chaman | Wagah",
        "Trucks | 1,200",
        "Pakistan |",
        "The crossing was closed | officials said",
    ],
)
def test_lines_with_bars_that_are_no_byline_stay(line: str) -> None:
    assert furniture.parse_byline(line) is None


@pytest.mark.parametrize("line", ["Shahzad Baloch", "Imran ul Haq", "Anna-Maria Lis", "J. Smith"])
def test_a_name_alone_is_a_name_line(line: str) -> None:
    assert furniture.parse_name_line(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "Staff Reports",
        "Latest News",
        "GIRLS BASKETBALL",
        "Torkham",
        "Trucks wait at Torkham",
        "The crossing reopened.",
        "Mehmet Ali Yıldız Kaya Demir",
    ],
)
def test_labels_and_sentences_are_no_name_line(line: str) -> None:
    assert furniture.parse_name_line(line) is None
