"""IF-1 field errors summed over the training corpus: correct, missed, spurious, wrong per field.

`afirgen eval fields --input FILE` scores one file; this sums every file given (by default
all of eval/train/*.jsonl), so the figures quoted in a commit can be reproduced:

    python bench/field_errors.py                        # every training writer
    python bench/field_errors.py eval/dev/*.jsonl       # dev
    python bench/field_errors.py --list spurious --field weapons   # the lines behind a count

Spurious = a value filled where the gold says the complaint gives none; missed = gold given,
nothing read; wrong = both given, different. Never point it at eval/blind.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from afirgen.pipeline.evaluation import FieldReport, evaluate_fields

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("missed", "spurious", "wrong")


def score(path: Path) -> FieldReport:
    return evaluate_fields(path)


def print_table(reports: list[FieldReport]) -> None:
    print(f"{'field':28} {'acc':>6} {'total':>6} {'missed':>7} {'spurious':>9} {'wrong':>6}")
    sums = {kind: 0 for kind in ("correct", "total", *KINDS)}
    for index, first in enumerate(reports[0].fields):
        row = {kind: sum(getattr(r.fields[index], kind) for r in reports) for kind in sums}
        for kind in sums:
            sums[kind] += row[kind]
        print(_line(first.field, row))
    print(_line("overall", sums))
    print(f"{sum(r.examples for r in reports)} lines")


def _line(name: str, row: dict[str, int]) -> str:
    accuracy = row["correct"] / row["total"] if row["total"] else 0.0
    counts = " ".join(f"{row[k]:>{w}}" for k, w in zip(KINDS, (7, 9, 6), strict=True))
    return f"{name:28} {accuracy:6.3f} {row['total']:>6} {counts}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--list", choices=KINDS, help="print the mismatches of this kind")
    parser.add_argument("--field", action="append", help="with --list: only this field")
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "eval" / "train").glob("*.jsonl"))
    if any("blind" in path.resolve().parts for path in files):
        parser.error("eval/blind is scored only by `afirgen eval fields`, in aggregate")
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        reports = list(pool.map(score, files))
    print_table(reports)
    for mismatch in (m for r in reports for m in r.mismatches) if args.list else ():
        if args.field and mismatch.field not in args.field:
            continue
        kind = (
            "missed"
            if mismatch.predicted is None
            else "spurious"
            if mismatch.expected is None
            else "wrong"
        )
        if kind == args.list:
            print(
                f"{mismatch.id} {mismatch.field}: expected {mismatch.expected!r} "
                f"got {mismatch.predicted!r}"
            )


if __name__ == "__main__":
    main()
