"""The ``afirgen`` command line: serve, generate, database, keys, knowledge base, evals."""

from __future__ import annotations

import typer

from afirgen.cli import admin, evaluate, generate, kb, model_server, serve, workers

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
app.command("serve")(serve.serve)
app.command("generate")(generate.generate)
app.command("model-server")(model_server.model_server)
app.command("worker")(workers.worker)
app.command("beat")(workers.beat)
app.command("cleanup")(workers.cleanup)
app.add_typer(admin.db_app, name="db")
app.add_typer(admin.station_app, name="station")
app.add_typer(admin.officer_app, name="officer")
app.add_typer(admin.apikey_app, name="apikey")
app.add_typer(admin.audit_app, name="audit")
app.add_typer(kb.kb_app, name="kb")
app.add_typer(kb.sections_app, name="sections")
app.add_typer(evaluate.eval_app, name="eval")

__all__ = ["app"]
