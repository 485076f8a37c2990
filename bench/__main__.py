"""Run every benchmark in turn: ``python -m bench [NAME ...]`` (each also runs alone: ``python -m bench.NAME``)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

here = Path(__file__).parent
names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_") and m.name != "common")
failed = 0
for name in sys.argv[1:] or names:
    print(f"== bench.{name}", flush=True)
    failed += subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=here.parent, check=False).returncode != 0
sys.exit(1 if failed else 0)
