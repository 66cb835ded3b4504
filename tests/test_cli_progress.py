"""Progress bars of long runs: on standard error, on a terminal or when asked, never in stdout."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

from click.testing import CliRunner

from borderwatch.cli import main
from borderwatch.cli.progress import expected_documents
from borderwatch.evaluate import evaluate, report_lines
from borderwatch.ingest import read_inputs

BORDERWATCH = str(Path(sys.executable).parent / "borderwatch")

#: Invented news, one line each (the third has no text: an input that fails).
LINES = (
    {
        "id": "p1",
        "text": "The Torkham crossing was closed on Monday by border guards, officials said.",
        "published": "2024-05-06",
        "outlet": "Invented Daily",
    },
    {
        "id": "p2",
        "text": "Torkham reopened for trucks on Wednesday after talks between the two sides.",
        "published": "2024-05-08",
        "outlet": "Made-up Herald",
    },
    {"id": "p3", "title": "a line with no text"},
)

#: What a tqdm bar draws that no summary line holds: "0/3", "article/s", "%|".
BAR_MARKS = ("article/s", "%|", "?article/s")


def news_file(folder: Path) -> Path:
    path = folder / "news.jsonl"
    first, *rest = (json.dumps(line) for line in LINES)
    path.write_text(first + "\n\n" + "\n".join(rest) + "\n\n", encoding="utf-8")  # blank lines
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def has_bar(stderr: str) -> bool:
    return any(mark in stderr for mark in BAR_MARKS)


# --- the total ---------------------------------------------------------------


def test_the_total_is_what_read_inputs_gives_for_files_and_folders(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "deeper").mkdir(parents=True)
    news_file(folder)  # 3 lines and blank ones
    (folder / "a.txt").write_text("Border news, invented.", encoding="utf-8")
    (folder / "deeper" / "b.html").write_text("<p>More invented news.</p>", encoding="utf-8")
    (folder / "notes").write_text("a bare name: a folder walk skips it", encoding="utf-8")
    (folder / "sitemap.xml").write_text("<urlset></urlset>", encoding="utf-8")  # not a feed
    page = tmp_path / "page.txt"
    page.write_text("One page of invented news.", encoding="utf-8")
    locations = [str(folder), str(page), str(tmp_path / "missing.txt")]

    assert expected_documents(locations) == len(list(read_inputs(locations))) == 7


def test_inputs_whose_size_only_reading_tells_have_no_total(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><link>https://example.org/a</link></item></channel></rss>",
        encoding="utf-8",
    )
    urls = tmp_path / "pages.urls"
    urls.write_text("https://example.org/a\nhttps://example.org/b\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("One page.", encoding="utf-8")

    assert expected_documents([str(page)]) == 1
    for location in ("-", "https://example.org/news", str(feed), str(urls)):
        assert expected_documents([str(page), location]) is None, location


# --- ingest, run, extract, eval ---------------------------------------------------


def test_ingest_progress_draws_a_bar_on_stderr_and_leaves_stdout_alone(tmp_path: Path) -> None:
    news = str(news_file(tmp_path))
    code, out, err = invoke(
        "ingest", news, "--store", f"sqlite:///{tmp_path / 'a.db'}", "--progress"
    )
    quiet_code, quiet_out, quiet_err = invoke(
        "ingest", news, "--store", f"sqlite:///{tmp_path / 'b.db'}"
    )

    assert code == quiet_code == 0
    assert out == quiet_out
    assert out.splitlines()[0] == "read 3, stored 2, unchanged 0, failed 1"
    assert not has_bar(out)
    assert "0/3" in err and "?article/s" in err  # drawn at the start, total known
    assert "stored=" in err
    # the failed input is named on its own line in both runs (above the bar)
    assert "\np3: InputError" in err.replace("\r", "\n")
    assert not has_bar(quiet_err)
    assert quiet_err.startswith("p3: InputError")


def test_run_with_progress_still_ends_with_its_one_summary(tmp_path: Path) -> None:
    news = str(news_file(tmp_path))
    code, out, err = invoke(
        "run", news, "--store", f"sqlite:///{tmp_path / 'a.db'}", "--progress"
    )
    _code, quiet_out, _err = invoke(
        "run", news, "--store", f"sqlite:///{tmp_path / 'b.db'}", "--no-progress"
    )

    assert code == 0
    assert has_bar(err)
    assert not has_bar(out)
    assert out.replace("a.db", "X.db") == quiet_out.replace("b.db", "X.db")
    summary = [line for line in out.splitlines() if line.startswith("read ")]
    assert summary == [out.splitlines()[-2]]  # then the failures, one line per kind
    assert out.splitlines()[-1] == "  failed: InputError (1)"


def test_extract_progress_keeps_standard_output_json_lines(tmp_path: Path) -> None:
    news = str(news_file(tmp_path))
    code, out, err = invoke("extract", news, "--progress")

    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["p1", "p2", "p3"]
    assert "0/3" in err


def test_eval_with_a_bar_scores_as_the_library_does(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    records = [
        {**LINES[0], "gold": {"events": [{"type": "closure", "crossing": "Torkham"}]}},
        {**LINES[1], "gold": {"events": [], "status_at_publication": {"Torkham": "open"}}},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    code, out, err = invoke("eval", str(gold), "--progress")

    assert code == 0
    assert out.splitlines() == report_lines(evaluate(gold))
    assert "0/2" in err


# --- a terminal ------------------------------------------------------------------


def stderr_on_a_terminal(*args: str) -> tuple[str, str]:
    """Run borderwatch with standard error on a pseudo-terminal and standard
    output on a pipe; what each received."""
    leader, follower = pty.openpty()
    # a terminal 24 lines by 100 columns (a new one has no size, and tqdm draws in 0 columns)
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with subprocess.Popen([BORDERWATCH, *args], stdout=subprocess.PIPE, stderr=follower) as process:
        os.close(follower)
        seen = b""
        while True:
            ready, _, _ = select.select([leader], [], [], 120)
            if not ready:
                process.kill()
                raise AssertionError("no output for 120 s")
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: the process is gone
                break
            if not chunk:
                break
            seen += chunk
        assert process.stdout is not None
        out = process.stdout.read().decode()
        process.wait(timeout=60)
    os.close(leader)
    return out, seen.decode(errors="replace")


def test_a_terminal_gets_a_bar_unless_no_progress_says_so(tmp_path: Path) -> None:
    news = str(news_file(tmp_path))
    out, err = stderr_on_a_terminal("ingest", news, "--store", f"sqlite:///{tmp_path / 'a.db'}")
    quiet_out, quiet_err = stderr_on_a_terminal(
        "ingest", news, "--store", f"sqlite:///{tmp_path / 'b.db'}", "--no-progress"
    )

    assert "0/3" in err and has_bar(err)
    assert not has_bar(quiet_err)
    assert "InputError" in quiet_err
    assert out == quiet_out
    assert out.startswith("read 3, stored 2, unchanged 0, failed 1\n")
