"""The Clients area: the list with search as you type, the client card with one module
per tab (ui/clients/tabs/), and the intake and edit dialogs."""
