"""The Reports area: the anonymised summary of a period, its preview, its export to PDF
and CSV, and the register of earlier exports."""
