"""The README contract: two Quick start commands, and CI runs the test one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block, "Quick start has no bash block"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.split("#")[0].strip()]


def test_quick_start_has_two_commands_and_ci_runs_the_test_one() -> None:
    commands = _quick_start_commands()
    assert commands == ["./dev demo", "./dev test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf8")
    assert re.search(r"^\./dev test\b", ci, re.M)


def test_settings_are_documented_in_defaults() -> None:
    from dataclasses import fields

    from parallax.config import Options

    defaults = (ROOT / "parallax" / "defaults.toml").read_text(encoding="utf8")
    for field in fields(Options):
        assert re.search(rf"^{field.name} = ", defaults, re.M), field.name
