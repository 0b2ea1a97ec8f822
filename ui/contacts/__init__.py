"""Anonymous contacts: the operator's fast log and the list of recent contacts."""
