"""Answers must not depend on the process's string-hash seed: words cut out of a question in turn
("休假" and "假期" of "强制休假期间…") are cut longest first, equal lengths in a fixed order."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = """
from assistant.answer.compose import specific_feats
print(sorted(specific_feats("强制休假期间那个人的工资照发吗", None, "休假 假期 工资 期间 照发")))
"""


def test_specific_feats_do_not_depend_on_the_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
        outputs.add(run.stdout.strip())
    assert len(outputs) == 1, outputs
