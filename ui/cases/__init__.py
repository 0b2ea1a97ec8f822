"""Case management screens: the card's Case tab, "My cases", and the forms of the case
(assessment, plan, services, follow-ups, closure)."""
