"""Content types: which ones are read, and what they tell the extract stage.

An HTTP ``Content-Type`` (from a fetch or from a WARC response record) names
the payload's type and often its charset.  Only text, HTML and XML are read:
anything else (images, PDFs, video, archives) is refused by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from borderwatch.records import MediaType

__all__ = ["ContentType", "parse_content_type"]

#: Types that hold a page's markup (read as HTML).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Types of feeds (read as RSS/Atom when fetched).
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
)
#: XML types besides the ``+xml`` family: feeds are often served as these.
XML_TYPES = frozenset({"application/xml", "text/xml"})


@dataclass(frozen=True, slots=True)
class ContentType:
    """A parsed ``Content-Type``: its type (lower case, "" when not given) and charset."""

    type: str = ""
    charset: str | None = None

    @property
    def is_text(self) -> bool:
        """Text, HTML or XML (or not given: the bytes are sniffed later)."""
        return (
            not self.type
            or self.type.startswith("text/")
            or self.type in HTML_TYPES
            or self.type in XML_TYPES
            or self.type.endswith("+xml")
        )

    @property
    def is_page(self) -> bool:
        """HTML or plain text: a page the extract stage reads (not a feed, not CSS)."""
        return not self.type or self.type in HTML_TYPES or self.type == "text/plain"

    @property
    def is_feed(self) -> bool:
        return self.type in FEED_TYPES

    @property
    def media_type(self) -> MediaType:
        """What the extract stage is told: HTML, plain text, or sniff it."""
        if self.type in HTML_TYPES:
            return "text/html"
        if self.type == "text/plain":
            return "text/plain"
        return "auto"


def parse_content_type(value: str | None) -> ContentType:
    """``text/html; charset=UTF-8`` -> ContentType("text/html", "UTF-8")."""
    if not value:
        return ContentType()
    kind, *params = value.split(";")
    charset = None
    for param in params:
        name, _, arg = param.partition("=")
        if name.strip().lower() == "charset" and arg.strip().strip("\"'"):
            charset = arg.strip().strip("\"'")
    return ContentType(kind.strip().lower(), charset)
