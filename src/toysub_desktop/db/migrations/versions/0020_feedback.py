"""Feedback (만족도): 1–5 ratings with comments of deliveries, returns and toys; satisfaction survey rounds with their
questions and each customer's answers.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("toy_id", sa.Integer(), nullable=True),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=500), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        _fk("feedback", "customer_id", "customer"),
        _fk("feedback", "delivery_id", "delivery"),
        _fk("feedback", "loan_id", "loan"),
        _fk("feedback", "toy_id", "toy"),
        _fk("feedback", "subscription_id", "subscription"),
        _fk("feedback", "plan_id", "plan"),
        _fk("feedback", "recorded_by_id", "staff"),
        _fk("feedback", "voided_by_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index("ix_feedback_customer", ["customer_id", "recorded_at"], unique=False)
        batch_op.create_index("ix_feedback_plan", ["plan_id", "voided_at"], unique=False)
        batch_op.create_index("ix_feedback_toy", ["toy_id", "voided_at"], unique=False)
        batch_op.create_index("ix_feedback_recorded", ["recorded_at"], unique=False)
    op.create_table(
        "survey",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        _fk("survey", "created_by_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey")),
    )
    op.create_table(
        "survey_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        _fk("survey_question", "survey_id", "survey"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_question")),
    )
    with op.batch_alter_table("survey_question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_question_survey_id"), ["survey_id"], unique=False)
    op.create_table(
        "survey_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        _fk("survey_answer", "question_id", "survey_question"),
        _fk("survey_answer", "customer_id", "customer"),
        _fk("survey_answer", "recorded_by_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answer")),
    )
    with op.batch_alter_table("survey_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_answer_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_survey_answer_question", ["question_id", "voided_at"], unique=False)


def downgrade() -> None:
    op.drop_table("survey_answer")
    op.drop_table("survey_question")
    op.drop_table("survey")
    op.drop_table("feedback")
