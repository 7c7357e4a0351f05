"""An episode whose only relief is "none" has no "did it help?" answer.

Validation now refuses the combination (nothing tried cannot have helped); this clears it
from episodes saved before, so old rows and backups read back valid.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Relief codes are stored sorted and joined with ';': "none" alone is exactly 'none'.
    op.execute(
        "UPDATE episode SET relief_helped = NULL "
        "WHERE relief = 'none' AND relief_helped IS NOT NULL"
    )


def downgrade() -> None:
    pass  # the cleared answers were contradictions; there is nothing to put back
