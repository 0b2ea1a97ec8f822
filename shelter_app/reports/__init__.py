"""Anonymised activity summaries for the Department of Social Policy: indicators counted in
SQL, disclosure control, and the PDF and CSV renderings of one published `Summary`."""
