"""``afirgen db upgrade`` and ``afirgen apikey create``."""

from __future__ import annotations

import typer

from afirgen.cli.database import run_in_transaction
from afirgen.config import get_settings
from afirgen.infrastructure.migrate import upgrade
from afirgen.services.api_keys import create_api_key

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
apikey_app = typer.Typer(help="API keys.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade(revision: str = typer.Argument("head")) -> None:
    """Apply Alembic migrations to the configured database."""
    settings = get_settings()
    upgrade(settings.resolved_database_url, revision)
    typer.echo(f"database at {revision}", err=True)


@apikey_app.command("create")
def apikey_create(name: str = typer.Option(..., help="Who the key is for")) -> None:
    """Create an API key; the key is printed once, on the last line."""
    key = run_in_transaction(get_settings(), lambda db: create_api_key(db, name))
    typer.echo(f"API key for {name} (shown once; store it safely):")
    typer.echo(key)
