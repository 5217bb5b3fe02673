# The window's fixed text (ui/index.html): every screen's headings, labels, buttons
# and help. An element marked data-l10n-id="page-…" shows the message; its attributes
# (.aria-label, .placeholder) become the element's.

## The header: the fund, the sections, the language

page-fund-default = Steering Committee
page-tabs =
    .aria-label = Sections
page-tab-dashboard = Dashboard
page-tab-dossiers = Dossiers
page-tab-meeting = Meeting
page-tab-positions = My positions
page-tab-trust = Identity & roster
page-tab-import = Import files
page-demo-badge = Demo data
page-language = Language

## The status line, the first start and the passphrase

page-status-opening = Opening the workspace…
page-first-run-title = Welcome to SC Desk
page-first-run-intro = SC Desk is where a Steering Committee member reviews the programme dossiers, records positions as signed files, and where the chair records the committee's decisions.
page-first-run-demo = Try the demo
page-first-run-demo-help = Fictional members, programmes and meetings, with the Fund's published contributions. Try it as a member, the chair or the FMU.
page-first-run-mine = Start my workspace
page-first-run-mine-help = An empty workspace for your own seat, for the files your Fund Management Unit sends you. You can open the demo from it at any time.
page-passphrase-title = Unlock the workspace
page-passphrase-why = Why no password store?
page-passphrase-label = Passphrase
page-passphrase-again = The same passphrase again
page-passphrase-warning = If this passphrase is forgotten, nobody can open this workspace again: not you, not SC Desk, not the Fund Management Unit. Write it down and keep it somewhere safe. Once the workspace is open, also back it up (Identity & roster).
page-passphrase-submit = Unlock

## Dashboard

page-demo-banner-title = Demo data.
page-demo-banner-text = Contributions are the Fund's published figures (August 2024); members, Joint Programmes and meetings are fictional, for trying SC Desk out.
page-demo-role = Try the demo as
page-demo-role-switch = Switch
page-setup-title = Next steps for your workspace
page-kpis =
    .aria-label = Key figures
page-kpi-total = Contributions received
page-kpi-contributors = Contributors
page-kpi-dossiers = Joint Programmes
page-kpi-meeting = Next meeting
page-contrib-title = Contributions by contributor
page-col-contributor = Contributor
page-col-amount = Amount
page-col-share = Share
page-col-earmark = Earmark
page-col-total = Total
page-dossiers-title = Joint Programme dossiers
page-col-programme = Programme
page-col-countries = Countries
page-col-area = Area
page-col-status = Status
page-col-budget = Budget
page-funds-title = Funds available by thematic area
page-col-earmarked-balance = Earmarked balance
page-col-allocated = Allocated
page-col-target = Target
page-settings-title = Fund settings
page-settings-note = The Fund does not publish these; they are defaults the FMU can change.
page-col-setting = Setting
page-col-value = Value
page-col-why = Why this value

## Dossiers: the list, the comparison, a dossier

page-filter-text =
    .placeholder = Search titles, summaries, reviews and your notes
    .aria-label = Search
page-filter-area =
    .aria-label = Thematic area
page-filter-area-all = All areas
page-filter-status =
    .aria-label = Status
page-filter-status-all = All statuses
page-status-concept-note = Concept note
page-status-pipeline = Pipeline
page-status-recommended = Recommended
page-status-funded = Funded
page-status-not-approved = Not approved
page-status-closed = Closed
page-filter-region =
    .aria-label = Region
page-filter-region-all = All regions
page-filter-reviewed =
    .aria-label = Reviewed
page-filter-reviewed-any = Reviewed or not
page-filter-reviewed-yes = Reviewed
page-filter-reviewed-no = Not reviewed
page-filter-agenda = On the agenda
page-filter-flagged = With questions
page-filter-sort =
    .aria-label = Sort by
page-sort-reference = Sort: reference
page-sort-title = Sort: title
page-sort-budget = Sort: budget
page-sort-area = Sort: area
page-sort-status = Sort: status
page-col-compare = Compare
page-col-review = Review
page-compare-button = Compare selected
page-compare-title = Dossiers side by side
page-compare-back = Back to the list
page-dossier-back = ← All dossiers
page-dv-changes-title = Changed since the version you reviewed
page-col-field = Field
page-col-before = Before
page-col-now = Now
page-dv-flags-title = Consistency checks
page-dv-summary = Summary
page-dv-budget = Budget
page-col-un-organisation = Participating UN organisation
page-col-direct = Direct costs
page-col-indirect = Indirect (7%)
page-dv-markers = Markers
page-col-marker = Marker
page-col-score = Score
page-col-meaning = Meaning
page-col-minimum = Minimum
page-dv-objectives = GCM objectives and SDG targets
page-dv-partners = National partners
page-dv-review = FMU technical review
page-col-principle = Guiding principle
page-col-assessment = Assessment
page-dv-documents = Documents
page-dv-your-review = Your review
page-dv-mark = Mark reviewed
page-dv-note-title = Private note
page-dv-note-help = Encrypted on this computer; never exported.
page-dv-note-save = Save note
page-dv-questions = Questions for the meeting
page-dv-question =
    .placeholder = A question to raise
page-dv-question-flag = Flag question
page-dv-conflict = Conflict of interest
page-dv-conflict-reason =
    .placeholder = Reason (required)
page-dv-conflict-declare = Declare a conflict
page-dv-conflict-withdraw = Withdraw

## Meeting: a new meeting, the tally, the records

page-nm-title = New meeting
page-nm-intro = Signed with your key and saved as a meeting file to send to the members. The agenda lists the dossiers ticked below, in the order shown, then the other decisions.
page-nm-id = Id
page-nm-kind = Kind
page-kind-in-person = In person
page-kind-virtual = Virtual
page-kind-written-procedure = Written procedure
page-nm-at = Starts (your local time)
page-nm-history = This meeting already took place: enter it as a record of the past (its file says so)
page-nm-place = Place
page-nm-place-input =
    .placeholder = Geneva, Palais des Nations
page-nm-title-label = Title
page-nm-title-input =
    .placeholder = Steering Committee — first meeting of 2027
page-nm-funding = Funding decisions
page-nm-other = Other decisions, one per line
page-nm-submit = Sign and save the meeting file…
page-nm-cancel = Cancel
page-mt-title = Meeting
page-mt-select =
    .aria-label = Meeting
page-mt-save-file = Save the meeting file…
page-mt-new = New meeting…
page-mt-deadline = Written procedure: deadline (your local time)
page-mt-open-written = Open the written procedure
page-mt-seats = Seats
page-col-member = Member
page-col-constituency = Constituency
page-col-position-file = Position file
page-col-attendance = Attendance
page-mt-funds = Funds available after the decisions so far
page-mt-export = Export the signed decision file…
page-mt-record = Decision record
page-mt-record-note = A PDF made from the signed decision file, which it carries inside, so the PDF alone can be verified.
page-mt-print = Print record
page-mt-paper =
    .aria-label = Paper
page-paper-letter = US Letter
page-mt-save-pdf = Save as PDF…
page-year-label = All decided meetings of
page-year-submit = Save the year's records as one PDF…
page-register-from = Public register of the decisions from
page-register-to = to
page-register-iati = IATI organisation identifier (optional)
page-register-submit = Publish the register…
page-register-help = The register is a small website for the Fund's pages: every decision of the period, the record PDFs and the signed files, with a program anyone can run to check them. Notes, questions and positions never go into it.
page-register-iati-help = With the IATI organisation identifier the Fund reports under, the register also lists the programmes funded in the IATI Standard, for aid-transparency sites. Leave it empty to publish without.

## My positions

page-pos-title = My positions
page-pos-intro = Your positions stay drafts on this computer until you export them as a signed file for the chair. A later file replaces an earlier one.
page-col-item = Item
page-col-agenda = Agenda
page-col-position = Position
page-col-reason = Reason (required to object or recuse)
page-pos-unsaved = Your positions have changes that are not saved.
page-pos-unsaved-save = Save them and continue
page-pos-unsaved-discard = Discard them and continue
page-pos-unsaved-stay = Stay here
page-pos-save = Save positions
page-pos-export = Export signed position file…
page-pos-exported = Files exported

## Identity & roster

page-identity-title = Your identity
page-identity-intro = This fingerprint identifies your signing key. When you enrol, the FMU compares it with you, by phone or in person, group by group.
page-identity-seat = Seat
page-identity-files = Signed files held
page-enrol-title = Enrol with the FMU
page-enrol-name = Your name
page-enrol-org = Organisation
page-enrol-submit = Save enrolment file…
page-backup-title = Back up this workspace
page-backup-intro = One file holds everything here: your signing key, notes, marks, positions and history, sealed under a passphrase you choose. With it you can restore this workspace on another computer. Keep the file and its passphrase apart.
page-backup-pass = Backup passphrase (at least 10 characters)
page-backup-submit = Save the backup…
page-roster-title = Roster
page-roster-none = No roster is pinned. Choose the roster file the FMU sent you, confirm its signer's fingerprint with the FMU by phone or in person, then pin it. Every later file is checked against it.
page-roster-version = Roster version
page-roster-preview-seats = seats, FMU:
page-roster-signed-by = Signed by the key with fingerprint:
page-pin-label = Type the fingerprint the FMU gave you by phone or in person
page-pin-submit = Pin this roster
page-roster-issued = issued
page-col-name = Name
page-col-constituency-role = Constituency or role
page-col-organisation = Organisation
page-col-term = Term
page-col-fingerprint = Key fingerprint

## Import files

page-opened-title = Files you opened
page-opened-intro = Nothing is imported until you choose to. A file is trusted only because of its signature.
page-import-title = Import signed files
page-import-intro = Rosters, meetings, dossier packages, position and decision files, or bundles of them. A file is trusted only because of its signature, never because of how it arrived.
page-import-drop = Drop files on this window, or choose them:
page-import-files =
    .aria-label = Choose signed files to import
page-import-clear = Clear the list
