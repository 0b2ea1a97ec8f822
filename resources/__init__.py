"""Translations, fonts and icons shipped with the application."""
