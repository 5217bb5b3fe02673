## The command line's own sentences (src/main.rs): what a command did, its progress, its
## prompts and its errors. Ids, paths, hashes, dates, amounts and commands come already
## written; the English is the command line's output as scripts and tests have always
## read it, so it changes only on purpose.

## Errors and prompts

# The run's error line after "scdesk: ". $reason is error-io-reason.
cli-output-failed = could not write the output: { $reason }
# An error said with what the command was doing: $context, then $cause (each a sentence
# of its own, lower-case).
cli-error-join = { $context }: { $cause }
# $option is the option to add (`--data-dir DIR`).
cli-no-data-dir = no data folder could be found for this user; pass { $option }
cli-could-not-read = could not read { $path }
cli-could-not-write = could not write { $path }
cli-could-not-create = could not create { $path }
cli-passphrase-file = could not read the passphrase file { $path }
# $option is `--passphrase`.
cli-keyring-needed = the database key goes into the OS keyring; to use a passphrase instead, add { $option }
# Prompts in the terminal; the command line adds a space after each.
cli-prompt-passphrase = Passphrase:
cli-prompt-passphrase-again = Passphrase again:
cli-passphrases-differ = the two passphrases differ; nothing was created
cli-prompt-backup-passphrase = Backup passphrase:
cli-prompt-backup-passphrase-again = Backup passphrase again:
cli-backup-passphrases-differ = the two passphrases differ; nothing was written
# $variable is the environment variable's name.
cli-no-backup-passphrase = no backup passphrase: set { $variable } or run in a terminal
# A time typed after --at. $text: what was typed; $example: a time as it may be typed.
cli-time-not-a-time = `{ $text }` is not a time: write `{ $example }` (your local time) or RFC 3339
cli-time-clock-change = `{ $text }` falls in a clock change in your time zone: give it as RFC 3339 with its offset

## Words used in several places

# A table's line of totals.
cli-total = Total
# A thematic area, by its number.
cli-area = area { $area }
# How the workspace's key is kept; after "key kept in:".
cli-key-storage = { $storage ->
        [keyring] keyring
       *[passphrase] passphrase
    }
# A seat's role on the roster.
cli-role = { $role ->
        [chair] chair
        [fmu] fmu
       *[member] member
    }
# A kind of signed file ($kind is the library's code, its spaces written as hyphens).
cli-file-kind = { $kind ->
        [enrolment] enrolment
        [roster] roster
        [meeting] meeting
        [dossier-package] dossier package
        [position-file] position file
        [decision-file] decision file
       *[contribution-statement] contribution statement
    }
# The label on everything shown from the demo workspace.
cli-demo-label = Demo data
# A duration in months. English writes the plural whatever the count, as it always did.
cli-months = { $count } months

## The workspace: init, demo, workspace, backup, restore

cli-created = Created workspace { $id } in { $path } (key kept in: { $storage })
cli-created-demo = Created workspace { $id } in { $path } (key kept in: { $storage }), with the demo data
cli-restored = Restored workspace { $id } in { $path } (key kept in: { $storage }).
# $size in kilobytes.
cli-backup-written = Wrote the workspace backup ({ $size } KB) to { $path }. Keep it and its passphrase apart: together they open everything in this workspace.
# `scdesk workspace`: the labels are aligned, the values after them.
cli-workspace = Workspace { $id }
cli-workspace-folder = folder:      { $path }
cli-workspace-key = key kept in: { $storage }
cli-workspace-schema = schema:      version { $version }
# $label is "Demo data" or the like, from the library.
cli-workspace-content = content:     { $label }

## The fund and its ledger

cli-fund-as-of = Contributions as of { $date }
cli-fund-none = No contributions recorded.
cli-fund-earmarked = earmarked: area { $area }
cli-fund-contributors = ({ $count } contributors)
cli-fund-by-earmark = By earmark:
# $agent: the Administrative Agent's name; $percent: its fee (1%); $fee: the amount.
cli-fund-fee = Administrative Agent ({ $agent }) fee, { $percent }: { $fee }
# `scdesk ledger show`: the labels of the figures, aligned by the command line.
cli-ledger-committed = Committed:
cli-ledger-deposited = Deposited:
cli-ledger-fee = Fee ({ $percent }):
cli-ledger-allocated = Allocated:
cli-ledger-transferred = Transferred:
cli-ledger-pool = Un-earmarked pool available: { $amount }
# One thematic area's funds; $share and $target are percentages.
cli-ledger-area = area { $area }: available { $available } (earmarked { $earmarked }), allocated { $allocated } ({ $share } of all; target { $target })
cli-ledger-contribution = Recorded the contribution of { $contributor }.
cli-ledger-statement = Contribution statement version { $version } as of { $date }: { $count ->
        [one] { $count } contributor
       *[other] { $count } contributors
    }, { $total } in all; written to { $path }
cli-ledger-transfer = Recorded a transfer of { $amount } for item { $item } of { $meeting }.

## Dossiers

# The key under the list: the marks in the first column (R, *, A, Q, C) stay as they are.
cli-dossier-list-legend = { $count } dossier(s). R reviewed, * changed since reviewed, A on the agenda, Q questions, C conflict.
cli-dossier-heading = { $reference } — { $title } (version { $version })
cli-dossier-area = area { $area }: { $name }
# $coordinator: the Resident Coordinator who submitted it; $start: the start date.
cli-dossier-submitted = Submitted by { $coordinator }; { $months } months from { $start }
cli-dossier-conflict = CONFLICT OF INTEREST declared: { $reason }
cli-dossier-changed = Changed since the version you reviewed ({ $version }):
cli-dossier-change = { $field }: { $before } → { $after }
cli-dossier-budget = Budget ({ $percent } indirect cost inside each line):
cli-dossier-markers = Markers:
cli-dossier-marker-missing = — missing
# The objectives of the Global Compact for Migration (GCM).
cli-dossier-objectives = GCM objectives: { $objectives }
cli-dossier-review = FMU review: { $review }
# $type: the document's media type; $size in bytes; $hash: its SHA-256.
cli-dossier-document = Document: { $name } ({ $type }, { $size } bytes, SHA-256 { $hash })
cli-dossier-note = Your note: { $note }
cli-dossier-question = Question for the meeting: { $question }
cli-dossier-reviewed = Reviewed.
cli-dossier-not-reviewed = Not reviewed yet.
# $progress is the library's review-progress.
cli-dossier-marked = { $id }: marked reviewed. { $progress }
cli-dossier-unmarked = { $id }: review mark removed. { $progress }
cli-note-saved = Note saved (private: never exported).
cli-question-flagged = Question flagged for the meeting.
cli-conflict-withdrawn = Conflict of interest withdrawn.
cli-conflict-declared = Conflict of interest declared; your position on it will be a recusal.
# $error: why the filter was refused; $command: the help to read.
cli-dossier-query-bad = { $error }: see `{ $command }` for the values
cli-document-written = Wrote { $name } to { $path }

## Identity and roster

cli-identity-fingerprint = Fingerprint: { $fingerprint }
cli-identity-public-key = Public key:  { $key }
cli-identity-seat = Seat:        { $seat } ({ $role })
cli-identity-no-seat = Seat:        none on the pinned roster
cli-enrolment-written = Wrote your enrolment file to { $path }; send it to the FMU and read them your fingerprint:
cli-key-backup-written = Wrote the encrypted backup of your key to { $path }. Keep it and its passphrase apart.
cli-key-restored = Restored the key with fingerprint { $fingerprint }
# $issued: when the roster was issued; $seats: how many seats it has.
cli-roster-preview = Roster version { $version } of fund { $fund }, issued { $issued }, { $seats } seats.
cli-roster-fmu-seats = FMU seats: { $seats }
cli-roster-signed-by = Signed by key: { $fingerprint }
cli-roster-confirm = Confirm this fingerprint with the FMU by phone or in person, then run:
# The command to run, the fingerprint to be typed in place of <the fingerprint>.
cli-roster-pin-command = scdesk roster pin { $file } --fingerprint '<the fingerprint>'
cli-roster-pinned = Pinned roster version { $version } ({ $seats } seats).
cli-roster-your-seat = Your key holds seat { $seat }.
cli-roster-no-seat = Your key holds no seat on this roster.
cli-roster = Roster version { $version } of fund { $fund }, issued { $issued }
# A seat's term: its first and last day.
cli-term = { $start } to { $end }

## Signed files: import, export, sign, verify

# One line per imported file. $outcome is cli-import-outcome; $message the library's.
cli-import-line = { $file }: { $outcome }: { $message }
cli-import-outcome = { $outcome ->
        [imported] imported
        [replaced] imported (replaces an earlier file)
        [duplicate] ignored (already imported)
        [stale] ignored (stale)
        [disputed] kept as evidence, DISPUTED
        [rejected] REJECTED
       *[not_imported] NOT IMPORTED
    }
cli-import-not-imported = { $count ->
        [one] { $count } file
       *[other] { $count } files
    } not imported because of the workspace (see above); import again once that is fixed
cli-import-rejected = { $count ->
        [one] { $count } file
       *[other] { $count } files
    } rejected; nothing of them was imported
cli-exported-decisions = Wrote the signed decision file for { $meeting } to { $path }
cli-exported-positions = Wrote your signed position file for { $meeting } to { $path }
# $payload: the file signed; $kind is cli-file-kind.
cli-signed = Signed { $payload } as { $kind } to { $path }
# Before the reason a file is not valid.
cli-invalid = invalid
# $kind is cli-file-kind; $who: who signed it; $key: the key's fingerprint.
cli-valid = valid: { $kind } signed by { $who }, key { $key }
cli-signer-seat = { $name } (seat { $seat })
cli-signer-given-key = the given key
cli-file-hash = file SHA-256: { $hash }
# $language: the language the record was drawn in again (en, fr or es).
cli-valid-record = valid: the PDF is the record of its embedded, signed decision file (drawn again with record layout { $layout } in { $language ->
        [en] English
        [fr] French
       *[es] Spanish
    } and compared)
# The recount of one item: $matches is yes or no; then the answers recounted.
cli-recount-item = item { $item }: { $matches ->
        [yes] recount matches
       *[no] RECOUNT DIFFERS
    } ({ $join } join, { $object } object, { $abstain } abstain, { $recuse } recuse, { $noAnswer } no answer)
# The answers the signed decision counts, when the recount differs; $detail says how.
cli-recount-signed = signed: { $join } join, { $object } object, { $abstain } abstain, { $recuse } recuse, { $noAnswer } no answer — { $detail }
# A position file that differs; $problem is the library's.
cli-recount-file-differs = FILE DIFFERS: file { $file } { $problem }
cli-recount-file-differs-seat = FILE DIFFERS: seat { $seat }: file { $file } { $problem }
cli-recount-differs = the recount does not match the signed decision

## Meetings, positions and decisions

# $status is the library's code, its spaces written as hyphens.
cli-meeting-status = { $status ->
        [upcoming] upcoming
        [in-session] in session
        [awaiting-decisions] awaiting decisions
        [open] open
        [decided] decided
       *[other] { $status }
    }
# How many of the meeting's items are decided.
cli-meeting-decided = { $decided }/{ $items } decided
# $rule: the decision rule; $quorum: the members required; $note: the quorum's setting.
cli-meeting-rule = Decision rule: { $rule }. Quorum: { $quorum } members (setting: { $note })
cli-meeting-answered = Answered: { $seats }
cli-meeting-not-answered = No answer: { $seats }
cli-meeting-final = The decisions are signed (revision { $revision }) and final.
cli-meeting-item = Item { $item }: { $text }
# The answers on one item; $explanation is the library's tally in words.
cli-meeting-tally = { $join } join, { $object } object, { $abstain } abstain, { $recuse } recuse, { $noAnswer } no answer; { $participating } take part. { $explanation }
cli-meeting-objection = Objection ({ $seat }): { $reason }
cli-meeting-decision = Decision: { $decision }
cli-meeting-override = Override: { $reason }
cli-meeting-attended = { $seat }: { $status ->
        [present] present
        [represented] represented
       *[absent] absent
    } at { $meeting }.
cli-meeting-not-held = the meeting was signed but is not held here
# $kind: how it is held; $time: when it starts; $count: its agenda's items.
cli-meeting-published = Meeting { $meeting } ({ $kind }, { $time }) with { $count } agenda items: signed meeting file written to { $path }
cli-meeting-written = Written procedure on { $meeting } open until { $deadline }: silence counts as no objection; one objection blocks.
# $stance: the position in words; $command: the command that exports it.
cli-position-set = Item { $item } of { $meeting }: { $stance } (draft; export it with `{ $command }`).
# $options: the options to choose from.
cli-position-choose = choose one of { $options }
# $decision: the decision in words; $tally: the tally in words.
cli-decide-recorded = Item { $item }: { $decision } recorded. { $tally }
# $source is the library's decision-funding-source.
cli-decide-allocated = Allocated { $currency } { $amount } from { $source }.
cli-area-available = area { $area }: available { $available }
cli-decide-corrected = Corrected record of meeting { $meeting }: revision { $revision } signed and saved to { $path }. Send it to the members.

## Records, the register and the audit trail

cli-record-progress = Laying out record { $done } of { $total }
cli-record-written = Wrote the decision record of { $meeting } to { $path }
cli-records-written = Wrote the decision records of { $year } to { $path }
cli-publish-written = Wrote the public register of { $decisions ->
        [one] { $decisions } decision
       *[other] { $decisions } decisions
    } from { $meetings ->
        [one] { $meetings } meeting
       *[other] { $meetings } meetings
    } to { $path }.
# $what is the library's reason for leaving something out.
cli-publish-left-out = Not published: { $what }.
# $command: the verifier to run; $file: the site's guide to checking it.
cli-publish-check = Anyone can check it: { $command } in that folder, with the FMU's roster fingerprint (see { $file }).
# $file is workspace.json, which records the trail's last entry; entries by number.
cli-audit-broken = the audit trail is broken at entry { $entry }: { $reason }. Entries from there on cannot be trusted.
cli-audit-missing = committed entries are missing: { $file } records (signed) that the audit trail reached entry { $recorded }, but the database ends at entry { $entries }. Changes after entry { $entries } were lost (a database file replaced by an older copy, or its log deleted); restore the workspace from a backup
cli-audit-rewritten = entry { $recorded } of the audit trail is not the one { $file } records (signed): the trail was rewritten from there; restore the workspace from a backup
cli-audit-unsigned = the record of the audit trail's last entry in { $file } is not signed by this workspace's key: it was changed outside SC Desk
cli-audit-removed = the record of the audit trail's last entry was removed from { $file } outside SC Desk, so entries lost with the database could go unnoticed; restore { $file } from a backup of the folder
cli-audit-whole = The audit trail is whole: { $count } entries, each linked to the one before.
cli-audit-ahead = Its last entries (after entry { $recorded }) were written after the last record in { $file }, as after an interrupted change; nothing is missing.
cli-audit-not-recorded = { $file } holds no record of the last entry (a workspace made by an older SC Desk): entries lost with the database could not be noticed.
cli-audit-head-ok = It ends at the entry { $file } records, signed by this workspace's key: no committed entry is missing.
