#!/bin/sh
# alembic-check.sh DATABASE_URL...: migrate each database to head, then `alembic check`
# that the models (infrastructure/tables.py) need no migration the versions lack.
# SQLite and MariaDB are checked apart: their types and reflected defaults differ.
set -eu
for url in "$@"; do
  echo "alembic check: ${url%%://*}"
  AFIRGEN_ENVIRONMENT=test AFIRGEN_DATABASE_URL="$url" afirgen db upgrade
  AFIRGEN_ENVIRONMENT=test AFIRGEN_DATABASE_URL="$url" alembic check
done
