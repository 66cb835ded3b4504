"""Whole news pages the pipeline has never seen, read end to end (an independent probe).

Each case is an invented but realistic plain-text page scrape: duplicated
headline, stand-first, dateline, photo captions, "Read more"/"SEE ALSO" lines,
share lines, author boxes and "Related"/"Recent" teaser lists (whose numbers
and places must never become events). The expectations are written from
../shared/spec/events.md and the corpus labelling conventions, not from what
the system returns. Cases the system gets wrong today are marked
``xfail(strict=True)`` per aspect, with the diagnosis as the reason, so that a
fix shows up as an XPASS to be unmarked.

Aspects checked per page:
- ``pairs``: the exact set of (type, place) of the events;
- ``status``: the status at publication (places not listed must be absent);
- ``details``: dates, counts, casualties and quote speakers the text fixes;
- ``furniture``: what the cleaned article text must keep and must drop, and
  the background sentences no event may rest on.
"""

# ruff: noqa: E501  (the pages are scraped text: one paragraph a line)

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pytest

from borderwatch.records import DocumentResult, RawDocument

#: A status expectation: the one value, or the set of acceptable values (None: absent/unknown).
Expected = str | frozenset[str | None]
#: (type, place, what or None for any, value, qualifier)
CountSpec = tuple[str, str, str | None, int | None, str]


@dataclass(frozen=True)
class Page:
    id: str
    published: str
    text: str
    pairs: frozenset[tuple[str, str]]
    status: Mapping[str, Expected] = field(default_factory=dict)
    dates: tuple[tuple[str, str, str], ...] = ()  # (type, place, ISO date) that some event has
    counts: tuple[CountSpec, ...] = ()
    # (place, killed, wounded) that some clash has
    casualties: tuple[tuple[str, int | None, int | None], ...] = ()
    speakers: tuple[str, ...] = ()  # each is part of some quote's speaker
    kept: tuple[str, ...] = ()  # must stay in the article text
    dropped: tuple[str, ...] = ()  # furniture and teasers: never in the article text
    not_evidence: tuple[str, ...] = ()  # background: no event rests on a sentence with these
    xfail: Mapping[str, str] = field(default_factory=dict)  # aspect -> diagnosis


def _pairs(*pairs: tuple[str, str]) -> frozenset[tuple[str, str]]:
    return frozenset(pairs)


TOR = "Torkham"
CHA = "Chaman–Spin Boldak"


PAGES: list[Page] = [
    # 1. The lead says it reopened; later paragraphs give the history of this closure.
    Page(
        id="torkham_reopens_after_two_weeks",
        published="2024-09-20",
        text="""\
Torkham border reopens after two-week closure as trucks roll again

Torkham border reopens after two-week closure as trucks roll again

Traders on both sides welcomed the resumption of traffic, which followed a meeting of border officials at the zero point.

By Sajid Afridi | Published: September 20, 2024, 4:12 pm

Share this: Facebook | X | WhatsApp | Email

PESHAWAR, Pakistan (AP) — Pakistan and Afghanistan reopened the Torkham border crossing on Friday, allowing trade and travel to resume after a closure that lasted two weeks, officials said.

Advertisement

The crossing was closed on Sept. 6, hours after Afghan and Pakistani border forces exchanged fire over the construction of a new Afghan checkpost, wounding two Pakistani soldiers.

The reopening followed a flag meeting of officials from both sides at the zero point on Thursday, said Irshad Mohmand, a senior administration official in the Khyber district.

“Customs clearance started at eight in the morning and the first trucks crossed soon after,” Mohmand said. “We hope the crossing will now stay open for good,” he told The Associated Press.

Trucks loaded with fruit cross into Pakistan at the Torkham border, Friday, Sept. 20, 2024. (AP Photo/Qazi Rauf)

Read more: Pakistan, Afghanistan trade blame over border firing

The Torkham crossing has been closed several times in recent years, mostly over disputes about construction along the frontier and about travel documents. In February 2023 it stayed shut for nearly a week after a similar standoff.

Pakistan is Afghanistan’s largest trading partner, and Torkham, at the foot of the Khyber Pass, is the busiest crossing between the two countries. Traders say every day of closure costs them millions of rupees.

Associated Press writer Rahim Faiez in Islamabad contributed to this report.

Copyright 2024 The Associated Press. All rights reserved.

About the author
Sajid Afridi covers Khyber Pakhtunkhwa and the tribal districts for the desk.

Related Stories

Chaman crossing reopens after nine days; 4,000 trucks cleared
Pakistan deports 1,200 Afghans through Chaman in a single day
Taliban say 3 killed in Pakistani shelling in Kunar
""",
        pairs=_pairs(("reopening", TOR), ("closure", TOR), ("clash", TOR), ("talks", TOR)),
        status={TOR: "open"},
        dates=(
            ("reopening", TOR, "2024-09-20"),
            ("closure", TOR, "2024-09-06"),
            ("talks", TOR, "2024-09-19"),
        ),
        casualties=((TOR, None, 2),),
        speakers=("Mohmand",),
        kept=("reopened the Torkham border crossing on Friday",),
        dropped=("4,000 trucks", "1,200 Afghans", "Kunar", "Share this"),
        not_evidence=("recent years", "February 2023"),
    ),
    # 2. Follow-up: "remained closed for a fifth day"; stranded count; "told Reuters".
    Page(
        id="chaman_shut_for_fifth_day",
        published="2024-10-14",
        text="""\
Pakistan's Chaman crossing shut for fifth day as protest over passport rule drags on

Pakistan's Chaman crossing shut for fifth day as protest over passport rule drags on

By Gul Yusufzai
October 14, 2024 3:41 PM GMT+5 Updated 2 hours ago

QUETTA, Pakistan, Oct 14 (Reuters) - The Chaman border crossing between Pakistan and Afghanistan remained closed for a fifth day on Monday as traders protesting a new passport requirement kept the road to the frontier blocked, officials said.

More than 2,500 trucks carrying goods to and from Afghanistan were stuck on the Pakistani side, said Imran Kakar, a customs official in Chaman.

"We have no idea when traffic will resume. The drivers are running out of food and money," Kakar told Reuters by telephone.

Since Thursday, the authorities have required a valid passport and visa from everyone crossing at Chaman, ending a decades-old arrangement under which border residents crossed with their national identity cards. Traffic was halted on Thursday afternoon when hundreds of protesters blocked the road to the Friendship Gate.

Provincial officials met protest leaders on Sunday but failed to reach an agreement, government spokesman Shahid Rind said.

"The passport rule will not be withdrawn. It applies at every crossing point," Rind told reporters in Quetta.

Afghan officials in Spin Boldak said trade from their side had also stopped.

Chaman is one of the two main crossings between the countries, along with Torkham in the northwest.

(Reporting by Gul Yusufzai in Quetta; Writing by Asif Shahzad; Editing by Nick Macfie)

Our Standards: The Thomson Reuters Trust Principles.

Read Next

Pakistan's Torkham crossing sees record 1,800 trucks cross in a single day
Iran and Pakistan agree to open two more crossings at Mand and Gabd
""",
        pairs=_pairs(("closure", CHA), ("stranded", CHA), ("restriction", CHA), ("talks", CHA)),
        status={CHA: "closed"},
        dates=(
            ("closure", CHA, "2024-10-10"),
            ("restriction", CHA, "2024-10-10"),
            ("talks", CHA, "2024-10-13"),
        ),
        counts=(("stranded", CHA, "trucks", 2500, "more than"),),
        speakers=("Kakar", "Rind"),
        kept=("remained closed for a fifth day on Monday",),
        dropped=("1,800", "Mand and Gabd", "Our Standards"),
    ),
    # 3. A closure announced for the future; "currently open"; background stranded last year.
    Page(
        id="taftan_to_close_for_ashura",
        published="2024-07-10",
        text="""\
Taftan border crossing to close for three days during Ashura

Taftan border crossing to close for three days during Ashura

Saleem Shahid Published July 10, 2024

QUETTA: The Pakistan-Iran border crossing at Taftan will be closed to all traffic from July 15 to July 17 for security reasons during Ashura, the Balochistan home department announced on Wednesday.

According to a notification issued by the department, the crossing will reopen on the morning of July 18.

The crossing is currently open, and trade and the movement of pilgrims will continue normally until the closure takes effect, an official of the customs station at Taftan said.

“Pilgrims are advised to plan their journeys accordingly and avoid arriving at the border during the closure,” the notification said.

Thousands of Pakistani pilgrims travel by road through Iran every year to visit holy sites in Iraq during Muharram and Arbaeen.

Last year, the authorities kept the border shut for five days during Ashura, leaving hundreds of pilgrims stranded in Taftan.

Published in Dawn, July 10th, 2024

Follow Dawn on WhatsApp

Comments are closed.
""",
        pairs=_pairs(("closure", "Taftan–Mirjaveh"), ("reopening", "Taftan–Mirjaveh")),
        status={"Taftan–Mirjaveh": "open"},
        dates=(
            ("closure", "Taftan–Mirjaveh", "2024-07-15"),
            ("reopening", "Taftan–Mirjaveh", "2024-07-18"),
        ),
        kept=("will be closed to all traffic from July 15 to July 17",),
        dropped=("Comments are closed", "Follow Dawn"),
        not_evidence=("Last year",),
    ),
    # 4. Partial closure: trucks blocked, cars and pedestrians pass; a second crossing stated open.
    Page(
        id="medyka_farmers_block_trucks",
        published="2024-03-05",
        text="""\
Polish farmers' blockade at Medyka leaves Ukrainian trucks waiting for days

Polish farmers' blockade at Medyka leaves Ukrainian trucks waiting for days

MEDYKA, Poland, March 5 (Reuters) - Polish farmers protesting against imports of Ukrainian grain continued to block trucks at the Medyka border crossing on Tuesday, while passenger cars, buses and pedestrians were allowed through, border guards said.

About 1,900 trucks were queuing on the Ukrainian side of the crossing, waiting an average of five days to enter Poland, Ukraine's State Border Guard Service said.

"We will stay here until Brussels and Warsaw listen to us," said Roman Kondrow, one of the protest leaders.

The farmers have been blocking freight traffic at Medyka since Feb. 9.

Trucks were crossing normally at Hrebenne, further north, the Polish border guard said in a statement.

SEE ALSO: Ukraine grain exports via Black Sea hit 10-month high

Advertisement · Scroll to continue

Kyiv says the blockades have cost its exporters tens of millions of euros and has asked the European Commission to intervene.

(Reporting by Kuba Stezycki; Editing by Andrew Heavens)
""",
        pairs=_pairs(("restriction", "Medyka–Shehyni"), ("stranded", "Medyka–Shehyni")),
        status={"Medyka–Shehyni": "restricted", "Hrebenne–Rava-Ruska": "open"},
        dates=(("restriction", "Medyka–Shehyni", "2024-02-09"),),
        counts=(("stranded", "Medyka–Shehyni", "trucks", 1900, "about"),),
        speakers=("Roman Kondrow",),
        kept=("continued to block trucks at the Medyka border crossing",),
        dropped=("10-month high", "Scroll to continue"),
    ),
    # 5. One direction only after a snow closure.
    Page(
        id="upper_lars_one_direction",
        published="2023-01-19",
        text="""\
Upper Lars partially reopens after snow closure, only toward Georgia

Upper Lars partially reopens after snow closure, only toward Georgia

TBILISI, 19.01.23. The Upper Lars checkpoint on the Georgian-Russian border reopened on Thursday only for vehicles travelling from Russia into Georgia, Georgia's Roads Department said.

The road had been closed to all traffic since Monday because of heavy snowfall and a high risk of avalanches in the Dariali gorge.

Vehicles heading to Russia are still not allowed through, and about 1,200 trucks are parked on the Georgian side near Kobi waiting for the road to open, the department said.

Photo: Interpressnews

The Stepantsminda–Larsi highway is the only land route between Georgia and Russia and is frequently closed in winter.

Share: Facebook Twitter Telegram

Tags: Upper Lars, Russia, Georgia, Roads Department
""",
        pairs=_pairs(
            ("restriction", "Upper Lars–Kazbegi"),
            ("closure", "Upper Lars–Kazbegi"),
            ("stranded", "Upper Lars–Kazbegi"),
        ),
        status={"Upper Lars–Kazbegi": "restricted"},
        dates=(
            ("closure", "Upper Lars–Kazbegi", "2023-01-16"),
            ("restriction", "Upper Lars–Kazbegi", "2023-01-19"),
        ),
        counts=(("stranded", "Upper Lars–Kazbegi", "trucks", 1200, "about"),),
        kept=("reopened on Thursday only for vehicles travelling from Russia into Georgia",),
        dropped=("Share: Facebook", "Tags:"),
        not_evidence=("frequently closed in winter",),
    ),
    # 6. Aid only (headline says "closed"); a second crossing shut; hundreds of trucks waiting.
    Page(
        id="rafah_aid_only",
        published="2023-11-02",
        text="""\
Rafah stays closed to travellers as aid trucks trickle into Gaza

Rafah stays closed to travellers as aid trucks trickle into Gaza

CAIRO, Nov 2 (Reuters) - The Rafah crossing between Egypt and Gaza stayed closed to travellers on Thursday, with only aid trucks and a small number of wounded Palestinians allowed to pass, Egyptian security sources said.

Hundreds of trucks loaded with food, water and medicine were waiting on the Egyptian side for Israeli inspections, the Egyptian Red Crescent said.

Wael Abu Omar, spokesman for the Palestinian crossings authority in Gaza, said 102 trucks had entered on Wednesday. "This is a drop in the ocean," he said.

Kerem Shalom, the main crossing for goods into Gaza before the war, remained shut, the Israeli military said.

Rafah is the main way in and out of Gaza that is not controlled by Israel.

Reuters Graphics

(Reporting by Nidal al-Mughrabi in Gaza and Aidan Lewis in Cairo; Editing by Alex Richardson)
""",
        pairs=_pairs(
            ("restriction", "Rafah Crossing"),
            ("stranded", "Rafah Crossing"),
            ("closure", "Kerem Shalom"),
        ),
        status={"Rafah Crossing": "restricted", "Kerem Shalom": "closed"},
        counts=(("stranded", "Rafah Crossing", "trucks", None, "hundreds"),),
        speakers=("Wael Abu Omar",),
        kept=("with only aid trucks and a small number of wounded Palestinians allowed to pass",),
        dropped=("Reuters Graphics",),
    ),
    # 7. A clash with casualties closes the crossing; a flag meeting; a "Most read" list.
    Page(
        id="kharlachi_clash_closes_crossing",
        published="2024-08-07",
        text="""\
Three Pakistani soldiers killed in border firing at Kharlachi; crossing closed

Three Pakistani soldiers killed in border firing at Kharlachi; crossing closed

PARACHINAR, Pakistan (AP) — Pakistani and Afghan border forces traded fire at the Kharlachi border crossing in the Kurram district late Tuesday, killing three Pakistani soldiers and wounding five others, officials said.

The crossing, used mainly by local traders, was closed after the shooting, and dozens of trucks were stuck on both sides.

Officials and tribal elders from both sides held a flag meeting at the crossing on Wednesday to defuse the tension, said Javedullah Mehsud, the deputy commissioner of Kurram.

“Firing has stopped, but the crossing will stay closed until the situation normalises,” Mehsud said.

There was no immediate comment from Taliban officials in Paktia province, across the border.

Kurram, a former tribal district, has seen frequent sectarian violence and cross-border clashes in recent years.

Advertisement

Most read
1. Six killed in Karachi bus crash
2. Pakistan, Afghanistan agree to reopen Torkham after 10 days
3. 2,000 trucks stuck as Chaman closure enters third week
""",
        pairs=_pairs(
            ("clash", "Kharlachi"),
            ("closure", "Kharlachi"),
            ("stranded", "Kharlachi"),
            ("talks", "Kharlachi"),
        ),
        status={"Kharlachi": "closed"},
        dates=(("clash", "Kharlachi", "2024-08-06"), ("talks", "Kharlachi", "2024-08-07")),
        casualties=(("Kharlachi", 3, 5),),
        speakers=("Mehsud",),
        kept=("traded fire at the Kharlachi border crossing",),
        dropped=("Karachi bus crash", "2,000 trucks", "Most read"),
        not_evidence=("recent years",),
    ),
    # 8. A flag meeting at an India-Pakistan crossing point; an ALSO READ teaser.
    Page(
        id="chakan_da_bagh_flag_meeting",
        published="2024-05-12",
        text="""\
India, Pakistan army officers hold flag meeting at Poonch crossing point

India, Pakistan army officers hold flag meeting at Poonch crossing point

Poonch, May 11 (PTI) Indian and Pakistani army officers held a brigade commander-level flag meeting at the Chakan-da-Bagh crossing point on the Line of Control in Poonch district on Saturday, officials said.

The meeting, which lasted about two hours, discussed maintaining peace along the LoC and the return of two civilians who had inadvertently crossed over, they said.

"The meeting was held in a cordial atmosphere and both sides agreed to maintain the ceasefire," defence spokesperson Lt Col Arvind Mehra said.

Such meetings are held periodically to resolve local issues along the 740-km LoC.

ALSO READ | BSF seizes 3 kg heroin near Attari border in Amritsar

(This story has not been edited by our staff and is auto-generated from a syndicated feed.)
""",
        pairs=_pairs(("talks", "Chakan Da Bagh (Poonch–Rawalakot)")),
        status={},
        dates=(("talks", "Chakan Da Bagh (Poonch–Rawalakot)", "2024-05-11"),),
        speakers=("Arvind Mehra",),
        kept=("brigade commander-level flag meeting",),
        dropped=("heroin", "auto-generated from a syndicated feed"),
    ),
    # 9. A whole-border closure that names four crossings; clash on the border; stranded at two.
    Page(
        id="pakistan_seals_afghan_border",
        published="2024-04-03",
        text="""\
Pakistan seals Afghan border after overnight clashes; Torkham, Chaman shut

Pakistan seals Afghan border after overnight clashes; Torkham, Chaman shut

ISLAMABAD, April 3 (Reuters) - Pakistan sealed its border with Afghanistan on Wednesday after overnight clashes between the two countries' forces, halting traffic at the Torkham, Chaman, Ghulam Khan and Angoor Adda crossings, officials said.

Two Pakistani soldiers were killed and 10 were wounded when Afghan forces opened fire on border posts in the Bajaur and Kurram districts late on Tuesday, the military said in a statement.

Thousands of trucks were stranded at Torkham and Chaman, transporters said.

"All crossings will remain closed until further orders," a senior interior ministry official told Reuters, asking not to be named.

Pakistan has closed the border several times in recent years in disputes with the Taliban government in Kabul.

(Reporting by Asif Shahzad; Editing by Raju Gopalakrishnan)

Our Standards: The Thomson Reuters Trust Principles.
""",
        pairs=_pairs(
            ("closure", "border:AF-PK"),
            ("closure", TOR),
            ("closure", CHA),
            ("closure", "Ghulam Khan"),
            ("closure", "Angoor Adda"),
            ("clash", "border:AF-PK"),
            ("stranded", TOR),
            ("stranded", CHA),
        ),
        status={TOR: "closed", CHA: "closed", "Ghulam Khan": "closed", "Angoor Adda": "closed"},
        dates=(("closure", "border:AF-PK", "2024-04-03"), ("clash", "border:AF-PK", "2024-04-02")),
        counts=(("stranded", TOR, "trucks", None, "thousands"),),
        casualties=(("border:AF-PK", 2, 10),),
        kept=("Pakistan sealed its border with Afghanistan on Wednesday",),
        dropped=("Our Standards",),
        not_evidence=("recent years",),
        xfail={
            "pairs": "'sealed its border ... halting traffic at the Torkham, Chaman, ... crossings' gives restriction per crossing and no border closure; 'overnight clashes' clash goes to Torkham not border:AF-PK; 'stranded at Torkham and Chaman' only to Torkham",
        },
    ),
    # 10. Hard negative: a border-security budget.
    Page(
        id="neg_border_security_budget",
        published="2024-06-13",
        text="""\
House panel backs $61 billion homeland security bill with money for border technology

House panel backs $61 billion homeland security bill with money for border technology

WASHINGTON (AP) — A House committee on Wednesday approved a $61 billion homeland security spending bill that would pay for 22,000 Border Patrol agents and new scanning technology at land ports of entry, setting up a fight with the Senate.

The bill includes $600 million for large-scale scanners at ports such as San Ysidro in California and Nogales in Arizona, which together handle a large share of the fentanyl seized at the southern border.

“Every dollar we put into technology at the ports is a dollar that keeps poison off our streets,” said Rep. Daniel Herrera, a Republican from Texas.

Democrats said the bill would cut money for processing asylum seekers and would do little to shorten the hours-long waits that commuters face at busy crossings.

The Senate version, which has not yet been written, is expected to be smaller.

Advertisement

The Associated Press receives support from several private foundations to enhance its explanatory coverage of elections and democracy.
""",
        pairs=_pairs(),
        speakers=("Daniel Herrera",),
        kept=("approved a $61 billion homeland security spending bill",),
        dropped=("receives support from several private foundations",),
    ),
    # 11. Hard negative: a migration-statistics report.
    Page(
        id="neg_frontex_statistics",
        published="2024-01-16",
        text="""\
Irregular border crossings into EU fall to lowest level since 2021, Frontex says

Irregular border crossings into EU fall to lowest level since 2021, Frontex says

WARSAW, Jan 16 (Reuters) - The number of irregular crossings of the European Union's external borders fell by a third last year, the EU border agency Frontex said on Tuesday, with sharp drops on the Western Balkans route offset by rises in the east.

Frontex recorded about 380,000 irregular border crossings in 2023. On the EU's eastern land border, detections rose to about 17,000, most of them on Poland's frontier with Belarus, where guards said they regularly stopped groups near the towns of Kuznica and Bialowieza.

"Migration pressure on the eastern border remains high," a Frontex spokesperson said.

The agency said it would publish detailed figures by route in March.

(Reporting by Alan Charlish; Editing by Ed Osmond)
""",
        pairs=_pairs(),
        kept=("Frontex recorded about 380,000 irregular border crossings in 2023.",),
    ),
    # 12. Hard negative: a travel guide (documents, "refused entry without", scams, hours).
    Page(
        id="neg_travel_guide_poipet",
        published="2024-02-20",
        text="""\
How to cross from Thailand to Cambodia at Aranyaprathet–Poipet (2024 guide)

How to cross from Thailand to Cambodia at Aranyaprathet–Poipet (2024 guide)

Last updated: February 20, 2024 · 9 min read · This post may contain affiliate links.

The land border at Aranyaprathet–Poipet is the most popular way to travel overland between Bangkok and Siem Reap. Here is everything you need to know before you go.

What you need

You will need a passport valid for at least six months and one blank page. Most nationalities can buy a visa on arrival for $30, or apply for an e-visa online in advance. You may be refused entry without proof of onward travel, so print your bus ticket.

Getting there

Trains from Bangkok leave at 5:55 a.m. and take about six hours. Buses from Mo Chit are faster.

Beware of scams

Touts on the Thai side may tell you the border is closed for lunch or that you need a health certificate. Neither is true. Walk straight to Thai immigration.

Opening hours

The crossing is open every day from 7 a.m. to 8 p.m. Queues can be long at weekends, when Thai gamblers head to Poipet's casinos.

Related posts

Bangkok to Vientiane by train: 12 things to know
Crossing the Mekong at Nong Khai: the Friendship Bridge guide

Leave a comment
Your email address will not be shown. Required fields are marked *
""",
        pairs=_pairs(),
        status={"Aranyaprathet–Poipet": frozenset({"open", None})},
        kept=("You may be refused entry without proof of onward travel",),
        dropped=("12 things to know", "Your email address will not be shown"),
    ),
    # 13. Hard negative: a football "crossing" story with a gazetteer name as a team name.
    Page(
        id="neg_sports_ceuta",
        published="2024-03-11",
        text="""\
Ceuta close gap on leaders with late winner against Algeciras

Ceuta close gap on leaders with late winner against Algeciras

AD Ceuta closed the gap on the Primera Federacion leaders to three points on Sunday, as a stoppage-time header from Marcos Blanco secured a 2-1 win over Algeciras at the Alfonso Murube.

The visitors opened the scoring after 23 minutes, when a low cross from the right was turned in at the near post. Ceuta were level before the break through a penalty.

Around 600 Algeciras supporters made the ferry crossing for the derby of the Strait.

"We shut the door in the second half and kept believing," coach Luis Serrano said.

Ceuta travel to Cordoba next weekend.

Share this article
""",
        pairs=_pairs(),
        status={},
        speakers=("Luis Serrano",),
        kept=("secured a 2-1 win over Algeciras",),
    ),
    # 14. Hard negative: a level-crossing accident near a gazetteer town; a teaser announces a bridge closure.
    Page(
        id="neg_level_crossing_ruse",
        published="2024-11-21",
        text="""\
Two dead as train hits lorry at level crossing near Ruse

Two dead as train hits lorry at level crossing near Ruse

SOFIA, Nov 21 (BTA) - Two people were killed and three injured when a passenger train hit a lorry at an unguarded level crossing near Ruse in northern Bulgaria on Thursday morning, police said.

The lorry driver and a train passenger died at the scene. Traffic on the railway line between Ruse and Gorna Oryahovitsa was suspended for six hours while investigators worked at the site.

"The barrier was not working and the driver did not see the train," regional police chief Stoyan Petrov told reporters.

The level crossing had been due for repairs since the summer, the national railway company said.

Related: Danube Bridge at Ruse to close to trucks at night for repairs
""",
        pairs=_pairs(),
        status={},
        speakers=("Stoyan Petrov",),
        kept=("hit a lorry at an unguarded level crossing near Ruse",),
        dropped=("to close to trucks at night",),
    ),
    # 15. Hard negative: an anniversary feature made of history only.
    Page(
        id="neg_channel_tunnel_anniversary",
        published="2024-05-06",
        text="""\
Thirty years under the sea: how the Channel Tunnel changed travel between Britain and France

Thirty years under the sea: how the Channel Tunnel changed travel between Britain and France

By Claire Dumont
6 May 2024

Listen to this article · 6 min

When the Channel Tunnel was inaugurated on 6 May 1994, it became the first fixed link between Britain and the continent since the Ice Age.

In its first three decades the tunnel has had its share of disruption. A lorry fire in November 1996 closed it for several weeks, and another fire in 2008 shut one of its two running tunnels for months. In December 2020 France closed the border to British freight for two days over a new coronavirus variant, leaving thousands of lorries stranded in Kent.

Today Le Shuttle carries about 2.3 million cars a year, and Eurostar trains run between London, Paris and Brussels.

"The tunnel has become part of the furniture of everyday life," said historian Martin Reeve.

More on this story
Eurostar announces new routes to Germany
""",
        pairs=_pairs(),
        status={},
        speakers=("Martin Reeve",),
        kept=("A lorry fire in November 1996 closed it for several weeks",),
        dropped=("Listen to this article", "new routes to Germany"),
    ),
    # 16. A seasonal reopening after a winter closure, talks, and a closure scheduled for later.
    Page(
        id="khunjerab_reopens_for_season",
        published="2024-04-02",
        text="""\
Khunjerab Pass reopens for trade with China after winter break

Khunjerab Pass reopens for trade with China after winter break

GILGIT: The Khunjerab Pass, the highest paved border crossing in the world, reopened on Monday for trade and travel between Pakistan and China after remaining closed since December for the winter.

Officials of the two countries met at the zero point on Monday and discussed extending the trading season, said Amjad Hussain, a spokesman for the Gilgit-Baltistan government.

The pass will close again on November 30 for the winter, according to the schedule agreed between the two sides.

“This is the day our business starts again,” said Javed Iqbal, president of the Sost dry port traders’ association.

Published in Dawn, April 2nd, 2024
""",
        pairs=_pairs(
            ("reopening", "Khunjerab Pass"),
            ("closure", "Khunjerab Pass"),
            ("talks", "Khunjerab Pass"),
        ),
        status={"Khunjerab Pass": "open"},
        dates=(
            ("reopening", "Khunjerab Pass", "2024-04-01"),
            ("talks", "Khunjerab Pass", "2024-04-01"),
            ("closure", "Khunjerab Pass", "2024-11-30"),
        ),
        speakers=("Javed Iqbal",),
        kept=("reopened on Monday for trade and travel",),
    ),
    # 17. A whole-border closure kept "until further notice", five crossings named; a year-less past date.
    Page(
        id="finland_keeps_border_closed",
        published="2024-04-04",
        text="""\
Finland to keep Russian border closed until further notice

Finland to keep Russian border closed until further notice

HELSINKI, April 4 (Reuters) - Finland will keep its border with Russia closed until further notice, the government said on Thursday, extending a closure that has been in place since December.

All road crossings, including Vaalimaa, Nuijamaa and Imatra in the southeast and Salla and Kuusamo in the north, have been shut to all traffic since Dec. 15, after more than 1,300 asylum seekers arrived in a few weeks.

"The threat of instrumentalised migration has not gone away," Interior Minister Anna Koskela told reporters.

Helsinki accuses Moscow of deliberately pushing migrants to the border, which the Kremlin denies.

(Reporting by Anne Kauranen; Editing by Terje Solsvik)
""",
        pairs=_pairs(
            ("closure", "border:FI-RU"),
            ("closure", "Vaalimaa–Torfyanovka"),
            ("closure", "Nuijamaa–Brusnichnoye"),
            ("closure", "Imatra–Svetogorsk"),
            ("closure", "Salla"),
            ("closure", "Kuusamo"),
        ),
        status={
            "Vaalimaa–Torfyanovka": "closed",
            "Nuijamaa–Brusnichnoye": "closed",
            "Imatra–Svetogorsk": "closed",
            "Salla": "closed",
            "Kuusamo": "closed",
        },
        dates=(("closure", "Vaalimaa–Torfyanovka", "2023-12-15"),),
        speakers=("Anna Koskela",),
        kept=("Finland will keep its border with Russia closed until further notice",),
    ),
    # 18. Vehicles suspended but pedestrians cross at one place; a full closure at another.
    Page(
        id="eagle_pass_and_lukeville",
        published="2023-12-21",
        text="""\
Border crossings in Texas and Arizona stay limited as migrant arrivals strain agents

Border crossings in Texas and Arizona stay limited as migrant arrivals strain agents

EAGLE PASS, Texas (AP) — U.S. Customs and Border Protection said Thursday that vehicle traffic would stay suspended at one of the two international bridges in Eagle Pass, Texas, while pedestrians can still cross there, as officers are redirected to process migrants.

The suspension at Bridge 1 began Nov. 27. Cars and trucks are being directed to the city’s second bridge, which remains open.

In Arizona, the Lukeville port of entry has been closed entirely since Dec. 4, cutting off a popular route to the Mexican beach town of Puerto Peñasco.

“These are temporary measures that we review daily,” CBP spokesperson Rhonda Lawson said in a statement.

Business owners in Piedras Negras, across the river from Eagle Pass, say sales have dropped.

Advertisement

Copyright 2023 The Associated Press. All rights reserved. This material may not be reproduced, stored or redistributed.
""",
        pairs=_pairs(("restriction", "Eagle Pass–Piedras Negras"), ("closure", "Lukeville")),
        status={"Eagle Pass–Piedras Negras": "restricted", "Lukeville": "closed"},
        dates=(("closure", "Lukeville", "2023-12-04"),),
        speakers=("Rhonda Lawson",),
        kept=("the Lukeville port of entry has been closed entirely since Dec. 4",),
        dropped=("may not be reproduced, stored",),
    ),
    # 19. Border clashes with casualties, a ceasefire agreed by leaders, all crossings closed.
    Page(
        id="kyrgyz_tajik_clashes",
        published="2022-09-17",
        text="""\
Kyrgyz-Tajik border clashes kill 46 as ceasefire takes hold

Kyrgyz-Tajik border clashes kill 46 as ceasefire takes hold

BISHKEK, Sept 17 (Reuters) - Clashes between Kyrgyz and Tajik forces along their disputed border have killed 46 people and wounded 140 since Wednesday, officials said on Saturday, as a ceasefire agreed by the two sides appeared to hold.

The leaders of the two countries met at a regional summit in Samarkand on Friday and agreed to withdraw troops from the frontier, Kyrgyz officials said.

Kyrgyzstan closed all crossing points on the border with Tajikistan, including the Kulundu checkpoint, the border service said.

"The situation has stabilised but our troops remain on alert," Kyrgyz border service chief Ulan Sadykov said.

The two countries have fought repeatedly over water and land since the Soviet Union collapsed.

(Reporting by Olzhas Auyezov; Editing by Frances Kerry)
""",
        pairs=_pairs(
            ("clash", "border:KG-TJ"),
            ("talks", "border:KG-TJ"),
            ("closure", "border:KG-TJ"),
            ("closure", "Kulundu"),
        ),
        status={"Kulundu": "closed"},
        dates=(("clash", "border:KG-TJ", "2022-09-14"), ("talks", "border:KG-TJ", "2022-09-16")),
        casualties=(("border:KG-TJ", 46, 140),),
        speakers=("Ulan Sadykov",),
        kept=("Kyrgyzstan closed all crossing points on the border with Tajikistan",),
        not_evidence=("fought repeatedly",),
    ),
    # 20. Closed "since Monday"; count with "nearly"; a formal request; another crossing operating normally.
    Page(
        id="irkeshtam_trucks_stuck",
        published="2024-01-11",
        text="""\
China shuts Irkeshtam crossing, nearly 700 trucks stuck

China shuts Irkeshtam crossing, nearly 700 trucks stuck

BISHKEK, Jan 11 — Chinese authorities have kept the Irkeshtam checkpoint on the Kyrgyz-Chinese border closed since Monday, citing heavy snow on the approach road, Kyrgyzstan's Transport Ministry said on Thursday.

Nearly 700 trucks are stuck on the Kyrgyz side of the border and more than 150 drivers have been sleeping in their cabs, the ministry said.

The Torugart crossing, the other main route to China, is operating normally, officials said.

"We have asked the Chinese side to open the checkpoint at least for empty trucks," Deputy Transport Minister Erlan Asanov said.

Read also: Kyrgyzstan and Uzbekistan open new lanes at Dostuk checkpoint

Subscribe to our Telegram channel
""",
        pairs=_pairs(("closure", "Irkeshtam"), ("stranded", "Irkeshtam"), ("talks", "Irkeshtam")),
        status={"Irkeshtam": "closed", "Torugart Pass": "open"},
        dates=(("closure", "Irkeshtam", "2024-01-08"),),
        counts=(("stranded", "Irkeshtam", "trucks", 700, "about"),),
        speakers=("Erlan Asanov",),
        kept=("Nearly 700 trucks are stuck on the Kyrgyz side",),
        dropped=("new lanes at Dostuk", "Subscribe to our Telegram"),
    ),
    # 21. Talks agree a reopening for Monday; the crossing is closed at publication.
    Page(
        id="ghulam_khan_to_reopen_monday",
        published="2024-10-05",
        text="""\
Pakistan, Afghanistan agree to reopen Ghulam Khan crossing on Monday

Pakistan, Afghanistan agree to reopen Ghulam Khan crossing on Monday

Our Correspondent October 05, 2024

MIRAMSHAH: Pakistani and Afghan officials agreed on Friday to reopen the Ghulam Khan border crossing in North Waziristan on Monday, ending a standoff over the movement of traders, officials said.

The crossing has been closed since Sept 20 after a dispute over the fencing of the border.

More than 400 trucks loaded with cement, fruit and coal are waiting on the Pakistani side for the crossing to reopen, said Malik Nasrullah Wazir, a leader of the local transporters’ association.

“We have lost millions. We hope the agreement holds this time,” he said.

Share on Facebook Share on Twitter
""",
        pairs=_pairs(
            ("talks", "Ghulam Khan"),
            ("reopening", "Ghulam Khan"),
            ("closure", "Ghulam Khan"),
            ("stranded", "Ghulam Khan"),
        ),
        status={"Ghulam Khan": "closed"},
        dates=(
            ("talks", "Ghulam Khan", "2024-10-04"),
            ("reopening", "Ghulam Khan", "2024-10-07"),
            ("closure", "Ghulam Khan", "2024-09-20"),
        ),
        counts=(("stranded", "Ghulam Khan", "trucks", 400, "more than"),),
        speakers=("Nasrullah Wazir",),
        kept=("agreed on Friday to reopen the Ghulam Khan border crossing",),
        dropped=("Share on Facebook",),
    ),
    # 22. A future whole-border closure (with two named crossings) announced on the day before.
    Page(
        id="india_nepal_border_sealed_for_polls",
        published="2024-04-16",
        text="""\
India-Nepal border to be sealed for 72 hours ahead of polling

India-Nepal border to be sealed for 72 hours ahead of polling

KATHMANDU, April 16: The Nepal-India border will be sealed from 6 pm on Wednesday until polling ends on Friday, as India holds the first phase of its general election, officials said on Tuesday.

The Raxaul–Birgunj and Sunauli–Belahiya crossings, the busiest on the border, will be closed to all but emergency vehicles during the period, the chief district officer of Parsa said.

Officials of the two countries' border forces met on Monday to coordinate security arrangements, he added.

Traders in Birgunj said the closure would disrupt the supply of fuel and goods ahead of the festival season.
""",
        pairs=_pairs(
            ("closure", "border:IN-NP"),
            ("closure", "Raxaul–Birgunj"),
            ("closure", "Sunauli–Belahiya"),
            ("talks", "border:IN-NP"),
        ),
        status={},
        dates=(("closure", "border:IN-NP", "2024-04-17"), ("talks", "border:IN-NP", "2024-04-15")),
        kept=("will be sealed from 6 pm on Wednesday",),
    ),
    # 23. An air strike on a crossing; vehicles stopped but people cross on foot.
    Page(
        id="masnaa_strike_people_cross_on_foot",
        published="2024-10-04",
        text="""\
Israeli strike cuts road at main Lebanon-Syria crossing; people cross on foot

Israeli strike cuts road at main Lebanon-Syria crossing; people cross on foot

BEIRUT (AP) — An Israeli airstrike early Friday hit the Masnaa border crossing between Lebanon and Syria, gouging a large crater in the road and cutting the main route used by people fleeing the war, Lebanese officials said.

Cars could no longer pass after the strike, but people continued to cross on foot, carrying their luggage across the crater, an Associated Press photographer at the scene said.

The Israeli military said it struck the crossing because Hezbollah used it to move weapons from Syria. No casualties were reported.

People carry their belongings across a crater caused by an Israeli airstrike at the Masnaa crossing, Friday, Oct. 4, 2024. (AP Photo/Hassan Ammar)

Advertisement
""",
        pairs=_pairs(("clash", "Masnaa–Jdeidet Yabous"), ("restriction", "Masnaa–Jdeidet Yabous")),
        status={"Masnaa–Jdeidet Yabous": "restricted"},
        dates=(("clash", "Masnaa–Jdeidet Yabous", "2024-10-04"),),
        kept=("people continued to cross on foot",),
        xfail={
            "pairs": "closure extra: 'cutting the main route' in the lead is read as a closure of the crossing; the partial state is told only in the next line (a restriction there now)",
        },
    ),
    # 24. Documents demanded at one crossing, thousands stuck; two others stated open.
    Page(
        id="mehran_pilgrims_without_visas",
        published="2024-08-22",
        text="""\
Iraq turns back Arbaeen pilgrims without visas at Mehran crossing

Iraq turns back Arbaeen pilgrims without visas at Mehran crossing

TEHRAN, Aug 22 (Reuters) - Iraqi border officials have begun turning back pilgrims who arrive at the Mehran crossing without valid visas, leaving thousands of Iranians and Pakistanis stuck on the Iranian side ahead of Arbaeen, Iranian officials said on Thursday.

"Only pilgrims with a valid passport and visa are being allowed to cross," Mehran governor Ali Rezaei told state television.

The Shalamcheh and Chazabeh crossings remain open and pilgrims have been advised to use them, the interior ministry said.

Millions of Shi'ite Muslims walk to Karbala each year for Arbaeen.

(Reporting by Dubai newsroom; Editing by Sharon Singleton)
""",
        pairs=_pairs(("restriction", "Mehran–Zurbatiyah"), ("stranded", "Mehran–Zurbatiyah")),
        status={"Mehran–Zurbatiyah": "restricted", "Shalamcheh": "open", "Chazabeh": "open"},
        counts=(("stranded", "Mehran–Zurbatiyah", None, None, "thousands"),),
        speakers=("Ali Rezaei",),
        kept=("have begun turning back pilgrims who arrive at the Mehran crossing",),
    ),
    # 25. A reopening of two crossings after a whole-border closure; a third remains closed.
    Page(
        id="poland_reopens_belarus_crossings",
        published="2025-09-25",
        text="""\
Poland reopens Belarus border crossings after military exercises end

Poland reopens Belarus border crossings after military exercises end

WARSAW (AP) — Poland reopened its border crossings with Belarus at Terespol and Kukuryki on Thursday, two weeks after shutting them during large-scale Russian-Belarusian military exercises.

Poland closed its entire border with Belarus on Sept. 12, citing security threats from the drills. The closure halted passenger traffic and rail freight, including trains carrying goods between China and Europe.

The Bobrowniki crossing remains closed, as it has been since 2023, the Interior Ministry said.

“We will not hesitate to close the border again if the situation requires it,” Interior Minister Tomasz Nowak told reporters.

Advertisement
""",
        pairs=_pairs(
            ("reopening", "Terespol–Brest"),
            ("reopening", "Kukuryki–Kozlovichi"),
            ("closure", "Terespol–Brest"),
            ("closure", "Kukuryki–Kozlovichi"),
            ("closure", "border:BY-PL"),
            ("closure", "Bobrowniki–Bierestowica"),
        ),
        status={
            "Terespol–Brest": "open",
            "Kukuryki–Kozlovichi": "open",
            "Bobrowniki–Bierestowica": "closed",
        },
        dates=(
            ("reopening", "Terespol–Brest", "2025-09-25"),
            ("reopening", "Kukuryki–Kozlovichi", "2025-09-25"),
            ("closure", "border:BY-PL", "2025-09-12"),
        ),
        speakers=("Tomasz Nowak",),
        kept=("reopened its border crossings with Belarus at Terespol and Kukuryki",),
        not_evidence=("will not hesitate",),
    ),
    # 26. Closed to vehicles "from Thursday" (today): pedestrians only.
    Page(
        id="narva_pedestrians_only",
        published="2024-02-01",
        text="""\
Russia closes Ivangorod checkpoint to vehicles, Narva crossing open only to pedestrians

Russia closes Ivangorod checkpoint to vehicles, Narva crossing open only to pedestrians

ERR News | 01.02.2024 10:15

Russia has closed the Ivangorod border checkpoint opposite Narva to vehicle traffic from Thursday, citing reconstruction work, leaving the crossing open only to pedestrians, Estonia's Police and Border Guard Board (PPA) said.

Cars, buses and trucks will have to use the Koidula and Luhamaa crossings in southeast Estonia, where traffic continues as usual.

"We expect the queues at Luhamaa to grow," PPA spokesperson Kadri Tamm said.

Russia has not said how long the work will take.

Follow ERR News on Facebook and Twitter and never miss an update!
""",
        pairs=_pairs(("restriction", "Narva–Ivangorod")),
        status={
            "Narva–Ivangorod": "restricted",
            "Koidula–Kunichina Gora": frozenset({"open", None}),
            "Luhamaa–Shumilkino": frozenset({"open", None}),
        },
        dates=(("restriction", "Narva–Ivangorod", "2024-02-01"),),
        speakers=("Kadri Tamm",),
        kept=("leaving the crossing open only to pedestrians",),
        dropped=("never miss an update",),
    ),
    # 27. A suspension "until further notice" told to Reuters; another crossing shut since a date.
    Page(
        id="kartarpur_suspended_attari_shut",
        published="2025-05-07",
        text="""\
India suspends Kartarpur corridor pilgrimages amid tensions with Pakistan

India suspends Kartarpur corridor pilgrimages amid tensions with Pakistan

NEW DELHI, May 7 (Reuters) - India suspended pilgrim travel through the Kartarpur corridor to Pakistan on Wednesday, a government official said, as tensions between the nuclear-armed neighbours escalated.

"The corridor will remain closed until further notice," the official told Reuters, declining to be named.

The Attari-Wagah border crossing has been shut since April 24, when India ordered Pakistani nationals to leave the country.

The corridor, opened in 2019, allows Indian Sikh pilgrims to visit the Gurdwara Darbar Sahib in Kartarpur without a visa.

WATCH: Beating Retreat ceremony at Wagah draws 25,000 spectators

Also read: Pakistan reopens airspace after 3 days
""",
        pairs=_pairs(("closure", "Kartarpur Corridor"), ("closure", "Attari–Wagah")),
        status={"Kartarpur Corridor": "closed", "Attari–Wagah": "closed"},
        dates=(
            ("closure", "Kartarpur Corridor", "2025-05-07"),
            ("closure", "Attari–Wagah", "2025-04-24"),
        ),
        kept=("India suspended pilgrim travel through the Kartarpur corridor",),
        dropped=("25,000 spectators", "reopens airspace"),
        not_evidence=("opened in 2019",),
        xfail={
            "details": "Kartarpur closure dated 2025-05-07 ('on Wednesday') missing",
        },
    ),
    # 28. French: closed "depuis lundi", hundreds of trucks stuck, a "Lire aussi" teaser.
    Page(
        id="fr_seme_krake_fermee",
        published="2024-06-05",
        text="""\
Bénin-Nigeria : le poste frontalier de Sèmè-Kraké fermé, des centaines de camions bloqués

Bénin-Nigeria : le poste frontalier de Sèmè-Kraké fermé, des centaines de camions bloqués

COTONOU, 5 juin 2024 (AFP) - Le poste frontalier de Sèmè-Kraké, principal point de passage entre le Bénin et le Nigeria, est fermé depuis lundi, a-t-on appris mercredi auprès des douanes béninoises.

Des centaines de camions de marchandises sont bloqués du côté béninois, selon le syndicat des transporteurs.

« Nous ne savons pas quand la frontière rouvrira. Les chauffeurs dorment dans leurs camions depuis trois jours », a déclaré Jean Houngbo, président du syndicat.

Les autorités nigérianes n'ont pas donné de raison officielle à cette fermeture.

Lire aussi : Niger : la frontière avec le Bénin reste fermée un an après le coup d'État

Partager : Facebook | X | WhatsApp
""",
        pairs=_pairs(("closure", "Seme–Kraké"), ("stranded", "Seme–Kraké")),
        status={"Seme–Kraké": "closed"},
        dates=(("closure", "Seme–Kraké", "2024-06-03"),),
        counts=(("stranded", "Seme–Kraké", None, None, "hundreds"),),
        speakers=("Jean Houngbo",),
        kept=("est fermé depuis lundi",),
        dropped=("un an après le coup", "Partager"),
    ),
    # 29. German: closed since Sunday by flood, about 800 trucks stuck, another crossing still open.
    Page(
        id="de_kiefersfelden_hochwasser",
        published="2024-06-03",
        text="""\
Hochwasser: Grenzübergang Kiefersfelden–Kufstein gesperrt

Hochwasser: Grenzübergang Kiefersfelden–Kufstein gesperrt

Rosenheim (dpa) - Wegen des Hochwassers am Inn ist der Grenzübergang Kiefersfelden–Kufstein seit Sonntag für den gesamten Verkehr gesperrt. Das teilte die Polizei am Montag mit.

Rund 800 Lastwagen stecken auf der Inntalautobahn vor der Grenze fest, viele Fahrer verbrachten die Nacht in ihren Kabinen.

„Wir können noch nicht sagen, wann die Strecke wieder freigegeben wird", sagte ein Polizeisprecher in Rosenheim.

Der Übergang Walserberg bei Salzburg ist weiterhin geöffnet; die Polizei empfiehlt, dorthin auszuweichen.

Mehr zum Thema: Pegel in Passau steigt auf neun Meter
""",
        pairs=_pairs(("closure", "Kiefersfelden–Kufstein"), ("stranded", "Kiefersfelden–Kufstein")),
        status={"Kiefersfelden–Kufstein": "closed", "Walserberg": "open"},
        dates=(("closure", "Kiefersfelden–Kufstein", "2024-06-02"),),
        counts=(("stranded", "Kiefersfelden–Kufstein", None, 800, "about"),),
        kept=("seit Sonntag für den gesamten Verkehr gesperrt",),
        dropped=("Pegel in Passau",),
    ),
    # 30. Spanish: reopened "este lunes" after seven years of closure.
    Page(
        id="es_simon_bolivar_reabre",
        published="2022-09-26",
        text="""\
Colombia y Venezuela reabren el puente Simón Bolívar tras siete años de cierre

Colombia y Venezuela reabren el puente Simón Bolívar tras siete años de cierre

CÚCUTA (Colombia), 26 sep (EFE).- Colombia y Venezuela reabrieron este lunes el puente internacional Simón Bolívar al tránsito de vehículos de carga y de pasajeros, tras siete años de cierre.

El primer camión, cargado de aluminio venezolano, cruzó hacia Cúcuta poco después de las diez de la mañana.

"Hoy es un día histórico para los dos pueblos", dijo el gobernador de Norte de Santander, Andrés Castillo.

El puente estaba cerrado al tránsito vehicular desde agosto de 2015.

Síguenos en Twitter e Instagram
""",
        pairs=_pairs(("reopening", "Simón Bolívar Bridge"), ("closure", "Simón Bolívar Bridge")),
        status={"Simón Bolívar Bridge": "open"},
        dates=(("reopening", "Simón Bolívar Bridge", "2022-09-26"),),
        speakers=("Andrés Castillo",),
        kept=("reabrieron este lunes el puente internacional Simón Bolívar",),
        dropped=("Síguenos",),
        xfail={
            "pairs": "no events: 'el puente internacional Simón Bolívar' is not matched to 'Simón Bolívar Bridge' (nor 'Cúcuta'), so no place is found (Spanish word order)",
            "status": "Simón Bolívar Bridge absent, want open: no place found",
            "details": "reopening 2022-09-26 ('este lunes') missing; speaker of '\"...\", dijo el gobernador ..., Andrés Castillo' is None",
        },
    ),
    # 31. Russian: closed for all transport by snow, about 1,500 trucks waiting.
    Page(
        id="ru_verkhny_lars_snow",
        published="2024-12-09",
        text="""\
«Верхний Ларс» закрыт из-за снегопада, на границе скопились грузовики

«Верхний Ларс» закрыт из-за снегопада, на границе скопились грузовики

ВЛАДИКАВКАЗ, 9 декабря. Пункт пропуска «Верхний Ларс» на границе России и Грузии закрыт для всех видов транспорта из-за сильного снегопада и угрозы схода лавин, сообщили в понедельник в МЧС Северной Осетии.

На российской стороне скопилось около 1500 грузовиков, водителей обеспечивают горячим питанием.

«Движение будет открыто, как только позволит погода», — заявил представитель пограничной службы.

Читайте также: В Грузии открыли новый пункт пропуска на границе с Арменией
""",
        pairs=_pairs(("closure", "Upper Lars–Kazbegi"), ("stranded", "Upper Lars–Kazbegi")),
        status={"Upper Lars–Kazbegi": "closed"},
        counts=(("stranded", "Upper Lars–Kazbegi", None, 1500, "about"),),
        kept=("закрыт для всех видов транспорта",),
        dropped=("Читайте также",),
    ),
    # 32. Turkish: open only to humanitarian aid trucks, passengers stopped.
    Page(
        id="tr_cilvegozu_yardim",
        published="2023-02-10",
        text="""\
Cilvegözü Sınır Kapısı yalnızca yardım tırlarına açık

Cilvegözü Sınır Kapısı yalnızca yardım tırlarına açık

HATAY (AA) - Hatay'daki Cilvegözü Sınır Kapısı, depremin ardından yalnızca Suriye'ye gidecek insani yardım tırlarının geçişine açık tutuluyor.

Yolcu geçişleri ise bir sonraki duyuruya kadar durduruldu.

Valilik yetkilileri, yardım tırlarının geçişinin 24 saat sürdüğünü söyledi.

İlgili Haberler: Öncüpınar Sınır Kapısı 3 gün kapalı kalacak
""",
        pairs=_pairs(("restriction", "Cilvegözü–Bab al-Hawa")),
        status={"Cilvegözü–Bab al-Hawa": "restricted"},
        kept=("insani yardım tırlarının geçişine açık tutuluyor",),
        dropped=("3 gün kapalı",),
        xfail={
            "pairs": "no event: Turkish 'yalnızca ... yardım tırlarının geçişine açık' and 'Yolcu geçişleri ... durduruldu' match no trigger",
            "status": "Cilvegözü absent, want restricted: no event",
        },
    ),
    # 33. Seed-like aggregator page: one talks story, then a "Recent" list of teasers with numbers.
    Page(
        id="islam_qala_talks_with_recent_list",
        published="2023-03-01",
        text="""\
Afghanistan, Iran agree to boost trade through Islam Qala

Afghanistan, Iran agree to boost trade through Islam Qala

Afghan and Iranian officials agreed to expand the crossing's capacity, including a second customs terminal.

HERAT — Afghan and Iranian officials met in Herat on Tuesday and agreed to expand the capacity of the Islam Qala border crossing, including building a second customs terminal, according to the ministry of commerce.

The two sides also discussed speeding up the transit of fuel and reducing waiting times for trucks at Dogharoun, on the Iranian side, the ministry said in a statement.

“Our goal is to double trade with Iran within two years,” said Mohammad Yunus Rahimi, a spokesman for the ministry.

SEE ALSO: https://example-news.org/iran-afghanistan-water-dispute-helmand/

Source: Agencies

News Desk

Your trusted source for regional news and analysis. Stay informed with our coverage of Afghanistan, Pakistan and Central Asia.

Recent

Torkham closed again as 3,000 trucks wait on both sides

Torkham closed again as 3,000 trucks wait on both sides

Pakistan shut the Torkham crossing on Monday after a dispute over a checkpost; more than 3,000 trucks are stuck on both sides and traders warn of losses running into millions.

Read More »
Clashes at Chaman leave 4 dead

Clashes at Chaman leave 4 dead

Four people were killed and 15 wounded when border forces exchanged fire near Chaman on Saturday, local officials said.

Read More »""",
        pairs=_pairs(("talks", "Islam Qala–Dogharoun")),
        status={},
        dates=(("talks", "Islam Qala–Dogharoun", "2023-02-28"),),
        speakers=("Mohammad Yunus Rahimi",),
        kept=("met in Herat on Tuesday and agreed to expand the capacity",),
        dropped=("3,000 trucks", "15 wounded", "Read More", "Your trusted source"),
    ),
    # 34. Hard negative with a stated status: a denial that the border was closed.
    Page(
        id="neg_wagah_closure_denied",
        published="2024-02-13",
        text="""\
Rangers deny reports of Wagah border closure

Rangers deny reports of Wagah border closure

LAHORE: The Pakistan Rangers on Tuesday denied reports circulating on social media that the Wagah border had been closed, saying traffic and the daily flag-lowering ceremony were continuing as usual.

“The border is open. No such decision has been taken,” a Rangers spokesman said in a statement.

The claims spread after a video of an empty parade ground was shared widely on Monday. Officials said the video was from 2020, when the ceremony was held without spectators during the Covid-19 pandemic.

Published in Dawn, February 13th, 2024
""",
        pairs=_pairs(),
        status={"Attari–Wagah": "open"},
        kept=("denied reports circulating on social media that the Wagah border had been closed",),
    ),
]


_RESULTS: dict[str, DocumentResult] = {}


@pytest.fixture
def read(analyzer) -> Callable[[Page], DocumentResult]:  # type: ignore[no-untyped-def]
    """Each page read once, as a user would: the whole pipeline, the page's own date."""
    from borderwatch.pipeline import process_document

    def _read(page: Page) -> DocumentResult:
        if page.id not in _RESULTS:
            raw = RawDocument(
                id=page.id,
                data=page.text.encode("utf-8"),
                media_type="text/plain",
                published=page.published,
            )
            _RESULTS[page.id] = process_document(raw, analyzer)
        result = _RESULTS[page.id]
        assert result.error is None and result.article is not None, result.error
        return result

    return _read


def _cases(aspect: str) -> list:  # type: ignore[type-arg]
    return [
        pytest.param(
            page,
            id=page.id,
            marks=(
                [pytest.mark.xfail(strict=True, reason=page.xfail[aspect])]
                if aspect in page.xfail
                else []
            ),
        )
        for page in PAGES
    ]


def test_the_probe_is_well_formed() -> None:
    assert 25 <= len(PAGES) <= 35
    assert len({p.id for p in PAGES}) == len(PAGES)
    aspects = {"pairs", "status", "details", "furniture"}
    assert all(set(p.xfail) <= aspects for p in PAGES)


@pytest.mark.parametrize("page", _cases("pairs"))
def test_page_events(page: Page, read) -> None:  # type: ignore[no-untyped-def]
    result = read(page)
    assert {(e.type, e.place) for e in result.events} == set(page.pairs)


@pytest.mark.parametrize("page", _cases("status"))
def test_page_status_at_publication(page: Page, read) -> None:  # type: ignore[no-untyped-def]
    result = read(page)
    wrong = []
    for place in sorted(set(result.status) | set(page.status)):
        expected = page.status.get(place)
        allowed = expected if isinstance(expected, frozenset) else {expected}
        if result.status.get(place) not in allowed:
            wrong.append((place, "want", expected, "got", result.status.get(place)))
    assert not wrong


@pytest.mark.parametrize("page", _cases("details"))
def test_page_dates_counts_casualties_and_speakers(page: Page, read) -> None:  # type: ignore[no-untyped-def]
    result = read(page)
    problems: list[object] = []
    for kind, place, iso in page.dates:
        found = [e.date for e in result.events if (e.type, e.place) == (kind, place)]
        if iso not in found:
            problems.append(("date", kind, place, "want", iso, "got", found))
    for kind, place, what, value, qualifier in page.counts:
        counts = [c for e in result.events if (e.type, e.place) == (kind, place) for c in e.counts]
        if not any(
            (what is None or c.what == what) and c.value == value and c.qualifier == qualifier
            for c in counts
        ):
            problems.append(("count", kind, place, "want", (what, value, qualifier), "got", counts))
    for place, killed, wounded in page.casualties:
        found_casualties = [
            e.casualties for e in result.events if e.type == "clash" and e.place == place
        ]
        if not any(
            c is not None and (c.killed, c.wounded) == (killed, wounded) for c in found_casualties
        ):
            problems.append(
                ("casualties", place, "want", (killed, wounded), "got", found_casualties)
            )
    speakers = [q.speaker for q in result.quotes]
    for name in page.speakers:
        if not any(name in (s or "") for s in speakers):
            problems.append(("speaker", "want", name, "got", speakers))
    assert not problems


@pytest.mark.parametrize("page", _cases("furniture"))
def test_page_furniture_and_background(page: Page, read) -> None:  # type: ignore[no-untyped-def]
    result = read(page)
    assert result.article is not None
    text = result.article.text
    problems: list[object] = [("lost", kept) for kept in page.kept if kept not in text]
    problems += [("kept", dropped) for dropped in page.dropped if dropped in text]
    for phrase in page.not_evidence:
        resting = [(e.type, e.place) for e in result.events if phrase in e.evidence.text]
        if resting:
            problems.append(("background became", phrase, resting))
    assert not problems
