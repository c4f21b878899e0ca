"""Shared fixtures: the seed reports and a fresh copy of them to ingest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "content" / "raw"
REPORTS = ROOT / "content" / "reports"


def seed(prefix: str) -> Path:
    """The raw seed file whose name starts with prefix ('000' … '004')."""
    return next(RAW.glob(f"{prefix}_*"))


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A copy of content/raw in a temp folder, to ingest and damage freely."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target
