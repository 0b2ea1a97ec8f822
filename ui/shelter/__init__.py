"""The Shelter area: the board of rooms and beds for a chosen night, admissions, moves,
extensions and departures, the waiting list and turn-aways. The board shows client codes,
never names: the screen of a shared workstation may be seen by others."""
