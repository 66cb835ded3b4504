"""Commands of this module (see COMMANDS)."""

from __future__ import annotations

import click

COMMANDS: tuple[click.Command, ...] = ()
