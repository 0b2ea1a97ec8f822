"""One module per tab of the client card. Each tab is `XTab(ctx, client_id, parent)`
with `load()`, says which permissions may see it (`permissions`: any of them) and which
areas' changes make it stale (`areas`). Part 2 extends single tabs here without touching
the card."""
