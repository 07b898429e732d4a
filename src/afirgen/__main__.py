"""``python -m afirgen`` runs the CLI."""

from afirgen.cli import app

app()
