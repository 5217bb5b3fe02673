## The dashboard: the fund, its contributions, the dossiers, the funds by thematic area and
## the Fund's settings. Amounts, names and dates come already written.

# The chart's description, for screen readers.
dashboard-contributions-chart = Bar chart of contributions by contributor
# $fund: the fund's name.
dashboard-fund-name = { $fund } · Steering Committee
# Under the total of contributions. $date: a date; $version: the statement's version;
# $signer: who signed the statement.
dashboard-total-note-statement = as of { $date } · statement { $version }, signed by { $signer }
dashboard-total-note-entered = as of { $date } · entered in this workspace
dashboard-total-note-none = no contributions recorded
# $amount: an amount of money.
dashboard-unearmarked-note = { $amount } un-earmarked
dashboard-meeting-none = None scheduled
dashboard-contributions-as-of = As of { $date }
# A contribution given to no thematic area in particular.
dashboard-unearmarked = Un-earmarked
# $area: a thematic area's number.
dashboard-area = Area { $area }
dashboard-funds-note = Un-earmarked pool: { $amount }, which a programme of any area may draw on besides its area's earmarked balance. Allocated counts every funded programme.
# A bar of the chart of allocations by area.
dashboard-funds-allocated = { $amount } allocated
dashboard-funds-chart = Allocations by thematic area
# $seat: the seat chosen, and who holds it.
dashboard-demo-role-chosen = You are now trying SC Desk as { $seat }. Draft positions not yet sent were cleared.
# Buttons that open a tab ("Identity & roster", "Import files").
dashboard-setup-open-trust = Open Identity & roster
dashboard-setup-open-import = Open Import files
# $title: a step of setting up one's workspace.
dashboard-setup-done = { $title } — done
dashboard-switch-open-mine = Open my workspace
dashboard-switch-start-mine = Start my real workspace
dashboard-switch-in-demo = You are in the demo. Your own workspace is kept apart from it.
dashboard-switch-open-demo = Open the demo
dashboard-switch-in-mine = The demo, with fictional data, is kept apart from this workspace.
