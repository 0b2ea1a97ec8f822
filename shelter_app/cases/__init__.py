"""Case management (ведення випадку): from first contact to closure.

One module per concern: `lifecycle` (opening, states, team, reassignment), `caseload`
("My cases" and the head's view), `assessment` (оцінка потреб), `plan` (індивідуальний
план), `work` (the case worker's services and case notes), `follow_ups`, `closure`
(закриття випадку, reopening), `figures` (counts for summaries). `access` holds the team
rule that the permission matrix alone cannot express; `records` the frozen dataclasses
every service returns.
"""
