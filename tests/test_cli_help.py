"""The command line: fast help, exact contract names."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner
from paths import ROOT

from borderwatch.cli import main

CONTRACT_COMMANDS = {
    "run",
    "ingest",
    "status",
    "events",
    "extract",
    "eval",
    "serve",
    "export",
    "follow",
}


def test_contract_commands_are_all_there() -> None:
    assert CONTRACT_COMMANDS <= set(main.commands)


def test_help_imports_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from borderwatch.cli import main\n"
        "r = CliRunner().invoke(main, ['--help'])\n"
        "assert r.exit_code == 0, r.output\n"
        "names = ('spacy', 'trafilatura', 'sqlalchemy', 'fastapi', 'uvicorn', 'warcio', 'lxml')\n"
        "heavy = [m for m in names"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == ""


def test_extract_and_eval_options_are_documented() -> None:
    runner = CliRunner()
    extract_help = runner.invoke(main, ["extract", "--help"]).output
    assert "--published" in extract_help
    eval_help = runner.invoke(main, ["eval", "--help"]).output
    assert "events F1" in eval_help
