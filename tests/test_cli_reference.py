"""docs/cli.md is what the commands' --help say."""

from __future__ import annotations

from paths import ROOT

from borderwatch.cli.reference import render


def test_cli_reference_matches_the_commands() -> None:
    written = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == render(), (
        "docs/cli.md is stale: python -m borderwatch.cli.reference > docs/cli.md"
    )


def test_every_setting_is_documented() -> None:
    from borderwatch.config import settings_help

    settings_doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for name, text in settings_help().items():
        assert text, name
        assert f"`{name}`" in settings_doc, f"setting {name} missing from docs/settings.md"
