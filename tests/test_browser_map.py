"""The board's map and layout in a real browser, on a store of many sources.

The store holds the dev and dev2 corpora and the seed (read at test time,
through ``borderwatch ingest`` and ``run``), about 150 articles and 60
crossings over the world.  Headless Chromium checks what a reader sees:
no two map labels overlap (their bounding boxes), a crowded label shows on
hover, whole borders are lines on the map and rows of their own section,
never rows of the crossing table, and the page has no horizontal scroll at
412 px and at 1,280 px.  Screenshots go to ``artefacts/screenshots/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import chromium, many_sources_store, watched_page
from test_browser_board import CHROMIUM, shot

from borderwatch.web.app import create_app
from borderwatch.web.loopback import running

pytestmark = pytest.mark.browser

WIDTHS = (412, 1280)

if not CHROMIUM.exists():
    pytest.skip("headless Chromium is not installed at /usr/bin/chromium", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="pip package playwright missing")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on loopback over a store of dev + dev2 + the seed."""
    url = many_sources_store(tmp_path_factory.mktemp("many"))
    with running(create_app(url)) as base:
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("profile")) as context:
        yield context


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    with watched_page(browser) as page:
        yield page


SHOWN_LABELS = """() => Array.from(document.querySelectorAll('svg#map text.label'))
  .filter(t => getComputedStyle(t).visibility !== 'hidden')
  .map(t => { const r = t.getBoundingClientRect();
              return {name: t.textContent,
                      left: r.left, top: r.top, right: r.right, bottom: r.bottom}; })"""


def _overlapping(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (a["name"], b["name"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["left"] < b["right"] and b["left"] < a["right"]
        and a["top"] < b["bottom"] and b["top"] < a["bottom"]
    ]  # fmt: skip


def _open_board(page: Any, base: str, width: int, query: str = "") -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(base + "/" + query)
    page.wait_for_selector("svg#map[data-basemap-loaded='true']")
    page.wait_for_selector("svg#map[data-borders-loaded='true']")


@pytest.mark.parametrize("width", WIDTHS)
def test_map_labels_never_overlap(site: str, page: Any, width: int) -> None:
    _open_board(page, site, width)
    boxes = page.evaluate(SHOWN_LABELS)
    assert len(boxes) >= 5  # the map names crossings, not nothing
    assert _overlapping(boxes) == []
    crossings = page.locator("table#board tr[data-map-point]").count()
    assert crossings > 40
    stranded = page.locator("table#board td[data-label='Stranded']").all_inner_texts()
    assert any(" of " in text for text in stranded)  # "hundreds of vehicles"
    assert not any(" ? " in text or "None" in text for text in stranded)
    shot(page, f"many-board-{width}")
    assert page.problems == []


@pytest.mark.parametrize("width", WIDTHS)
def test_the_page_never_scrolls_sideways(site: str, page: Any, width: int) -> None:
    _open_board(page, site, width)
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= width, f"the page is {wide} px wide in a {width} px window"
    table = page.locator("table#board").bounding_box()
    assert table is not None and table["x"] >= 0 and table["x"] + table["width"] <= width


def test_a_crowded_label_shows_on_hover_and_focus(site: str, page: Any) -> None:
    _open_board(page, site, 412)
    crowded = page.locator("svg#map text.label.crowded")
    assert crowded.count() > 0  # 60 crossings on a phone: some labels wait for a hover
    name = crowded.first.get_attribute("data-crossing")
    label = page.locator(f"svg#map text.label[data-crossing='{name}']")
    assert label.evaluate("t => getComputedStyle(t).visibility") == "hidden"
    page.locator(f"table#board tr[data-crossing='{name}']").hover()
    assert label.evaluate("t => getComputedStyle(t).visibility") == "visible"
    page.mouse.move(0, 0)
    assert label.evaluate("t => getComputedStyle(t).visibility") == "hidden"
    page.locator(f"svg#map circle[data-crossing='{name}']").focus()
    assert label.evaluate("t => getComputedStyle(t).visibility") == "visible"


def test_whole_borders_are_lines_and_a_section_of_their_own(site: str, page: Any) -> None:
    _open_board(page, site, 1280, "?countries=AF-PK")
    assert page.locator("table#board tr[data-crossing^='border:']").count() == 0
    border = page.locator("table.borders tr[data-border='border:AF-PK']")
    assert border.count() == 1
    assert "Afghanistan – Pakistan border" in border.locator("td.name").inner_text()
    line = page.locator("svg#map path.border-line[data-border='AF-PK']")
    assert line.count() == 1
    status = border.get_attribute("data-status")
    assert status in (line.get_attribute("class") or "").split()
    # the map fits what it shows: the border's line fills much of the frame
    frame, drawn = page.locator("svg#map").bounding_box(), line.bounding_box()
    assert frame is not None and drawn is not None
    assert drawn["width"] > frame["width"] / 4 or drawn["height"] > frame["height"] / 2
    shot(page, "many-border-af-pk")
    page.goto(site + "/")
    page.wait_for_selector("svg#map[data-borders-loaded='true']")
    rows = page.locator("table.borders tr[data-map-border]").count()
    assert rows > 3
    assert page.locator("svg#map path.border-line").count() == rows
    assert page.problems == []
