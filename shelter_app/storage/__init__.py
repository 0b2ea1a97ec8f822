"""Everything that touches files: the encrypted database, the key file, sidecars,
migrations. The only place where SQLite-specific SQL is allowed."""
