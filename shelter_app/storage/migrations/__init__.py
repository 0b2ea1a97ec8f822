"""Alembic migrations. Every schema change ships as a new revision in versions/."""
