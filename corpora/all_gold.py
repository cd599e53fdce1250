#!/usr/bin/env python3
"""Write one gold file for the whole labelled corpus, so the evaluate command can score it at once:

    .venv/bin/python corpora/all_gold.py /tmp/all_gold.csv
    .venv/bin/python cli.py evaluate corpora /tmp/all_gold.csv --show 0

Each part's gold rows name documents relative to the part's folder; here they are prefixed by the
folder, as the evaluate command finds them under `corpora/`. The parts are those of generate.py.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import PARTS  # noqa: E402  (the corpus's own list of parts)


def main(out: Path) -> None:
    writer = None
    with out.open("w", newline="", encoding="utf-8") as f:
        for part in PARTS:
            with (HERE / part / "gold.csv").open(newline="", encoding="utf-8") as g:
                rows = csv.DictReader(g)
                if writer is None:
                    writer = csv.DictWriter(f, fieldnames=rows.fieldnames)
                    writer.writeheader()
                for row in rows:
                    writer.writerow({**row, "document": f"{part}/{row['document']}"})


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
