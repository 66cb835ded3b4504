"""The CLI reference (docs/cli.md), generated from each command's ``--help``.

    python -m borderwatch.cli.reference > docs/cli.md

``tests/test_cli_reference.py`` fails when docs/cli.md and the commands
disagree, so the reference cannot go stale.
"""

from __future__ import annotations

from click.testing import CliRunner


def render() -> str:
    from borderwatch.cli import COMMANDS, main

    runner = CliRunner()
    parts = [
        "# borderwatch command reference",
        "",
        "Generated from `--help` by `python -m borderwatch.cli.reference`; do not edit by hand.",
        "",
        "```",
        runner.invoke(
            main, ["--help"], prog_name="borderwatch", terminal_width=100
        ).output.rstrip(),
        "```",
    ]
    for command in COMMANDS:
        name = command.name or ""
        out = runner.invoke(main, [name, "--help"], prog_name="borderwatch", terminal_width=100)
        parts += ["", f"## borderwatch {name}", "", "```", out.output.rstrip(), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    print(render(), end="")
