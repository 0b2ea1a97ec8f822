"""Administration (administrators only): accounts, audit log, backups, data key,
retention purge, centre settings and shelter layout."""
