"""The PySide6 GUI. Talks to shelter_app services only; never opens a database session."""
