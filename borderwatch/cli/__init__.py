"""The ``borderwatch`` command: a thin click layer over the library.

Commands live in small modules by what they touch and are listed here, in
order, in ``COMMANDS``; heavy libraries (spaCy, trafilatura, SQLAlchemy,
FastAPI) are imported inside the commands so that ``--help`` stays fast.
"""

from __future__ import annotations

import click

from borderwatch import __version__
from borderwatch.cli import (
    crossings_cmds,
    extract_cmds,
    follow_cmds,
    spark_cmds,
    store_cmds,
    stories_cmds,
    web_cmds,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="borderwatch")
def main() -> None:
    """Read news pages into an evidence-backed record of land border crossings."""


#: Every command, in the order ``--help`` lists them.
COMMANDS: tuple[click.Command, ...] = (
    *store_cmds.COMMANDS,
    *stories_cmds.COMMANDS,
    *follow_cmds.COMMANDS,
    *spark_cmds.COMMANDS,
    *crossings_cmds.COMMANDS,
    *extract_cmds.COMMANDS,
    *web_cmds.COMMANDS,
)

for _command in COMMANDS:
    main.add_command(_command)
