"""Page furniture: the parts of a scraped page that are not the article.

Scrapes of news pages carry the site around the story: a headline printed
twice, share buttons, "Advertisement", author boxes, lists of other stories
with "Read More »", script snippets.  Left in, they become sentences that the
event finder reads (a teaser about another border is a false event) and they
break the content hash that deduplicates reprints.

Every rule is data with a comment on why it exists.  The rules are
deliberately narrow: a real sentence removed by mistake is an event lost, a
furniture line left in is only noise, so each rule matches whole lines of a
known shape, never a line that could be prose.  ``tests/test_extract_corpus.py``
checks that no gold evidence sentence of the labelled corpus is lost.

The rules, by what they own (the headline printed twice is found by
``extract.text``, which sees the page's order):

- ``lines``: lines dropped outright (ads, share and follow bars, tag lists,
  comment prompts, wire boilerplate, cookie and consent notices, photo
  credits and credit lines, author boxes, scripts), with the sentences of
  consent notices in ``consent``;
- ``teasers``: other stories the page points to, kept as links (teaser
  labels, related-list headings that cut the tail, "Read More" buttons);
- ``attribution``: who, for whom, where and when (bylines, "Source:" lines,
  datelines, the page store's leading date, a name alone under a headline).
"""

from __future__ import annotations

from borderwatch.extract.furniture.attribution import (
    DATELINES,
    Byline,
    find_dateline,
    parse_byline,
    parse_name_line,
    parse_source,
    take_leading_date,
)
from borderwatch.extract.furniture.lines import (
    DROP_LINES,
    is_author_box,
    is_code,
    is_furniture,
    is_tagline,
)
from borderwatch.extract.furniture.teasers import (
    is_bare_url,
    is_read_more,
    is_tail_heading,
    is_teaser_label,
    parse_link,
)

__all__ = [
    "Byline",
    "DATELINES",
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
    "parse_name_line",
    "parse_source",
    "take_leading_date",
]
