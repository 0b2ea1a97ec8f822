"""The sections of the summary, one module each, in the order summary.compose lays them
out: people, consultations, programmes (courses and events), shelter, referrals and
violence. Each adds its counts, tables and figures to a layout.
"""
