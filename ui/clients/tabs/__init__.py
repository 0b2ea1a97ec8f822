"""One module per tab of the client card. Each tab is `XTab(ctx, client_id, parent)`
with `load()`, says which permissions may see it (`permissions`: any of them) and which
kinds of change make it stale (`kinds`, see shelter_app/changes.py). Part 2 extends
single tabs here without touching the card."""
