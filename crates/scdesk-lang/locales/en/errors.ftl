## Errors as a person is shown them (Error::for_people_in). Each message is the sentence
## the library writes in English; values in quotation marks are what the person gave.

error-no-workspace = There is no SC Desk workspace in { $dir }. Start one from SC Desk's first screen: your own (empty) workspace, or the demo.
error-workspace-exists = A workspace already exists in { $dir }; SC Desk never creates a new one over it. Choose another folder.
error-key-missing = This computer's keyring no longer holds the key of workspace { $workspace }, so its data cannot be opened. Restore your keyring from its backup, or restore the workspace from an SC Desk backup; SC Desk changed nothing.
error-passphrase-required = This workspace is protected by a passphrase: type it to open the workspace.
error-keyring-required = This workspace keeps its key in the OS keyring, not behind a passphrase; open it without one.
error-wrong-passphrase = The passphrase is wrong. Try again (passphrases are case-sensitive).
error-keyring-key-wrong = This computer's keyring holds another key than workspace { $workspace }'s own (it was replaced). Restore your keyring from its backup; SC Desk changed nothing.
error-passphrase-too-short = The passphrase is too short: use at least { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }.
error-passphrase-empty = The passphrase is empty: choose one of at least { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }.
error-unknown-language = SC Desk speaks English (en), French (fr) and Spanish (es), not “{ $code }”.
# $reason is error-amount-reason.
error-amount = A figure cannot be computed: { $reason }. Ask the FMU to check the contribution statement.
error-amount-reason = { $reason ->
        [not_plain] “{ $given }” is not an amount: digits, with an optional “.” and one or two decimals
        [too_precise] “{ $given }” has more than two decimals: amounts are kept to the cent
        [too_large] “{ $given }” is above the largest amount SC Desk accepts (10^15)
        [not_positive] “{ $given }” is not more than zero
       *[overflow] the amounts add up to more than SC Desk can hold
    }
error-unknown-meeting = Meeting { $meeting } is not in this workspace.
error-item-not-on-agenda = Item { $item } is not on the agenda of meeting { $meeting }.
# $stance is the position as the form names it (decision-stance).
error-reason-required = A position “{ $stance }” needs a reason in words.
error-conflict-declared = You declared a conflict of interest on { $dossier }, so on its item you can only recuse. To take another position, withdraw the declaration first (the audit trail keeps it).
error-not-a-member = Your key holds no member seat on the pinned roster, so your positions would not count. Send your enrolment file to the FMU.
error-no-positions-to-export = No positions are recorded for meeting { $meeting }: record them before exporting.
error-not-open = The workspace is not open yet.
error-not-scdesk-file = This is not an SC Desk file: it is { $what ->
        [empty] an empty file
        [text] a text file
        [binary] a binary file
        [zip] a ZIP archive (or an Office document)
        [png] a PNG image
        [jpeg] a JPEG image
        [gif] a GIF image
        [gzip] a compressed (gzip) file
        [program] a program
        [office] an older Office document
        [web] a web page or XML document
        [pdf] a PDF document
       *[pdf_not_record] a PDF document that is not an SC Desk decision record
    }. SC Desk imports the signed files it exchanges (.dsse), bundles of them, and its decision records.
error-not-judged = Not imported: the workspace could not take an earlier file of the same import (see its line). Nothing of this file changed; import it again.
error-no-viewer = No program on this computer opens this kind of file ({ $kind ->
        [pdf] PDF document
        [text] Text
        [csv] Table (CSV)
        [web] Web page
        [word] Word-processor document
        [spreadsheet] Spreadsheet
        [presentation] Presentation
        [image] Image
        [zip] ZIP archive
       *[document] Document
    }), so { $name } cannot be shown here. Choose where to save it, then open or print it with a program that reads it.
# $reason is error-io-reason.
error-could-not-use = Could not use { $path }: { $reason }
error-could-not-read = Could not read { $path }: { $reason }
error-could-not-make = Could not make { $path }: { $reason }
error-io-reason = { $reason ->
        [not_found] it does not exist (check the name and the folder)
        [permission] permission was refused (check the permissions of the file and its folder)
        [exists] something with that name is already there
        [full] the disk is full (free some space and try again)
        [read_only] the disk or folder is read-only (choose a place you can write to)
        [folder] it is a folder, not a file
        [not_folder] part of the path is a file, not a folder
        [bad_name] the name is not allowed here
        [not_empty] the folder is not empty
        [interrupted] it was interrupted (try again)
        [unreadable] its content could not be read as expected
       *[other] the system refused it (check the disk and the folder, and try again)
    }
error-read-not-a-file = { $path } is not a file (it is a folder, a device or a pipe), so SC Desk did not read it. Choose the file itself.
error-read-too-large = { $path } is { $size } bytes, more than the { $max } bytes SC Desk reads; it was not read. Ask the sender whether it is the right file.

## The workspace, its backup, the keyring and the database.

error-workspace-file-missing = { $dir } holds a database but no workspace.json, so SC Desk cannot tell how its key is kept. If the workspace was copied, copy its workspace.json too; otherwise restore the whole folder from a backup.
error-workspace-file-damaged = { $path } is damaged. Restore the workspace folder from a backup, or copy that file again from where the workspace came from.
error-busy = Another SC Desk (the app or a command) is changing this workspace and has not finished after { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }. Try again when it has finished.
error-folder-not-empty = { $dir } is not empty and holds no SC Desk workspace; SC Desk creates a workspace only in a new or empty folder. Choose another folder.
error-backup-not-a-backup = This is not an SC Desk workspace backup: choose the file SC Desk wrote when you made the backup.
error-backup-wrong-passphrase = The backup passphrase does not open this backup, or the backup was changed after it was made.
error-backup-passphrase-too-short = The backup passphrase is too short: use at least { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }.
error-backup-damaged = The backup is damaged, so it cannot be restored. Use another copy of it.
error-backup-keys-held = This computer already holds the keys of workspace { $workspace }: the workspace itself is probably here already. Restore the backup behind a passphrase, or remove the original workspace first.
error-keyring-unavailable = No password store (keyring) answered on this computer. Start or unlock it (on Linux, GNOME Keyring or another Secret Service), or protect the workspace with a passphrase instead.
error-keyring-locked = The password store (keyring) is locked or refused SC Desk. Unlock it and try again, or protect the workspace with a passphrase instead.
error-keyring-timeout = The OS keyring did not answer within { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }. Unlock it and try again, or use a passphrase instead.
error-keyring-failed = The password store (keyring) could not keep or give the workspace's key. Try again; if it fails again, protect the workspace with a passphrase instead.
error-keyring-not-persistent = This computer's password store forgets what it holds when the computer stops, so it cannot keep the workspace's key. Protect the workspace with a passphrase instead.
error-store-wrong-key = The database at { $path } could not be opened with this key: the passphrase or key is wrong, or the file is not an SC Desk database.
error-store-already-exists = A database already exists at { $path }; SC Desk never creates a new database over an existing one.
error-store-missing = No database at { $path }.
error-store-newer-schema = The database at { $path } has schema version { $found }, newer than this SC Desk understands ({ $supported }). Update SC Desk.
error-key-settings-damaged = The workspace's key settings are damaged, so the workspace cannot be opened. Restore the workspace folder from a backup.
error-store-corrupt = The workspace database is damaged: it holds a record SC Desk cannot read. Restore the workspace from a backup.
error-store-keying = The database's encryption could not be set up; nothing was written. Close other SC Desk windows and try again.
error-store-fault = { $fault ->
        [disk] The workspace could not be written to the disk: the disk is full, or it was removed or is failing. Free some space (or check the disk) and try again; nothing of this change was kept.
        [read_only] The workspace folder cannot be written to: the folder or its files are read-only. Check the folder's permissions (SC Desk needs to write there), or copy the workspace to a folder you can write to; nothing was changed.
        [damaged] The workspace database is damaged: some of it no longer reads back as SC Desk wrote it. Restore the workspace from a backup (an SC Desk workspace backup, or your computer's backup of the folder); SC Desk will not write to a damaged database.
        [busy] Another SC Desk (the app or a command) kept the workspace busy for more than 30 seconds; nothing was changed. Try again when it has finished.
       *[other] The workspace database refused the change; nothing was changed. Try again; if it happens again, restore the workspace from a backup.
    }
error-profile-damaged = The fund profile cannot be read: it is damaged. Restore the workspace from a backup.
error-demo-damaged = The demo data built into this SC Desk is damaged. Reinstall SC Desk.
error-not-the-demo = Trying another seat is for the demo workspace only. In a real workspace your key is yours alone, and it holds the seat the FMU's roster gives it.
error-demo-unknown-seat = The demo's roster has no seat { $seat }: choose one of the seats it lists.
error-identity-bad-seed = The stored private key is not 32 bytes; the keyring entry is damaged. Restore the identity from its backup.
error-identity-bad-public-key = This is not a member's public key as SC Desk writes it in an enrolment file. Ask the member for their enrolment file again.
error-identity-bad-backup = The key backup cannot be read: it is damaged or not an SC Desk key backup.
error-identity-wrong-backup-passphrase = The passphrase does not open this identity backup (or the backup was changed).

## Signed files: importing, checking, pinning the roster.

error-file-empty = The file is empty.
error-file-too-large = The file is { $size } bytes, more than the { $max } bytes a sync file may have; it was not read.
error-file-truncated = The file is cut short (the JSON ends early): it was truncated in transit. Ask the sender for it again.
error-not-exchanged = This is not a file SC Desk exchanges: SC Desk reads the signed files members, the chair and the FMU send (.dsse), bundles of them, and its decision records.
error-signature-damaged = The file's signature is damaged: it was changed after it was signed. Ask the sender for it again.
error-no-signature = The envelope carries no signature.
error-bad-signature = The signature does not match the content: the file was changed after it was signed, or it was signed by another key than { $key }.
error-unknown-kind-of-file = This signed file is of a kind this SC Desk does not know: it may come from a newer SC Desk. Update SC Desk, or ask the sender what it is.
error-wrong-kind = This file is { $found ->
        [enrolment] an enrolment file
        [roster] a roster
        [meeting] a meeting file
        [dossier_package] a dossier package
        [position] a position file
        [decision] a decision file
       *[contributions] a contribution statement
    }, not { $expected ->
        [enrolment] an enrolment file
        [roster] a roster
        [meeting] a meeting file
        [dossier_package] a dossier package
        [position] a position file
        [decision] a decision file
       *[contributions] a contribution statement
    }: choose the right file.
error-unknown-key = Signed by an unknown key ({ $key }): no roster you hold lists it. Ask the FMU whether the signer is on the current roster.
error-key-not-on-roster = Signed by { $signer }, who holds seat { $holder }; the file speaks for seat { $claimed }. A member may only sign for their own seat.
error-outside-term = Seat { $seat }'s term on roster version { $version } runs from { $start } to { $end }, which does not cover { $date }, the date this file is judged at (its meeting's date, or the date it was signed).
error-key-rotated = Signed with a key that no longer holds seat { $seat }: roster version { $version }, in force from { $from }, gives the seat to another key. Ask the seat's holder to sign again with their current key.
error-key-removed = Signed with the key of { $name }, who is not on roster version { $version }, in force from { $from }: the key has no authority for this file. Ask the FMU if this is unexpected.
error-role-may-not-sign = Seat { $seat } has the role { $role ->
        [member] member
        [chair] chair
       *[fmu] fmu
    }, which may not sign a { $kind ->
        [enrolment] enrolment
        [roster] roster
        [meeting] meeting
        [dossier_package] dossier package
        [position] position file
        [decision] decision file
       *[contributions] contribution statement
    }.
error-bad-payload = The { $kind ->
        [enrolment] enrolment
        [roster] roster
        [meeting] meeting
        [dossier_package] dossier package
        [position] position file
        [decision] decision file
       *[contributions] contribution statement
    }'s content is not as SC Desk writes it, though it is signed; ask the sender to export it again with a current SC Desk.
error-unsupported-format = The { $kind ->
        [enrolment] enrolment
        [roster] roster
        [meeting] meeting
        [dossier_package] dossier package
        [position] position file
        [decision] decision file
       *[contributions] contribution statement
    } is in format { $found }, which this SC Desk does not read. Update SC Desk.
error-wrong-fund = The file belongs to another fund than this workspace's: it was not imported.
error-roster-rollback = Roster version { $found } is not newer than the roster you hold (version { $current }), so it was not taken: an older roster never replaces a newer one.
error-no-roster = No roster is pinned yet: confirm the FMU's fingerprint with the FMU (by phone, say) and pin its roster first (Trust tab).
error-already-pinned = A roster is already pinned; later rosters are imported and checked against it.
error-fingerprint-mismatch = The roster is signed by { $found }, not by the fingerprint you confirmed ({ $expected }). Do not pin it; ask the FMU.
error-signer-not-fmu = The roster's signer ({ $key }) is not an FMU seat on that roster.
error-meeting-unknown-here = Meeting { $meeting } is unknown here: import its meeting file first.
# $stance is the position's code in the file (join_consensus, object, abstain, recuse).
error-position-reason-missing = The position on item { $item } is “{ $stance }” without a reason; a reason is required.
error-unknown-dossier-version = The position on item { $item } refers to a version of the dossier you do not hold: import the dossier package it was taken on first.
error-duplicate-item = Item { $item } appears twice in one position file.
error-conflicting-dossier-version = Dossier { $dossier } version { $version } arrived before with different content; a revision needs a new version number.
error-document-hash-mismatch = Document { $name } does not match its SHA-256.
error-conflicting-statement = A different contribution statement with version { $version } is already held, so the ledger would depend on which arrived first; nothing was imported. Ask the FMU which is right: a correction needs a new version number.
error-conflicting-meeting-revision = A different file for meeting { $meeting } with revision { $revision } is already held, so the agenda would depend on which arrived first; nothing was imported. Ask the meeting's organiser which is right: a change needs a new revision.
error-verify-roster = The roster file itself is not valid: { $reason }
error-verify-embedded = The embedded decision file does not verify: { $reason }

## Reviewing dossiers.

error-unknown-dossier = No dossier { $dossier } in this workspace.
error-conflict-reason-required = A conflict of interest needs a reason.
error-empty-question = A question for the meeting cannot be empty.
error-too-few-to-compare = Choose at least two dossiers to compare.

## Meetings and the chair's decisions.

error-not-chair = Only the chair records decisions: your key holds no chair seat on the pinned roster.
# $starts is the date and time, in UTC.
error-not-started = The meeting starts on { $starts } (UTC); decisions are recorded once it has started.
error-written-open = The written procedure is open until { $deadline } (UTC) and { $silent ->
        [one] { $silent } member has
       *[other] { $silent } members have
    } not answered yet; decisions are recorded once the deadline has passed or every member has answered.
error-no-quorum = No quorum: { $participating } of the { $required } members required take part; the item can only be deferred.
# $outcome is the decision (decision-outcome); $explanation the tally's, which ends with
# its full stop.
error-override-required = The tally does not support “{ $outcome }” ({ $explanation }) Recording it needs an override reason in words, which goes into the record.
error-written-adopted = The written procedure adopted it.
# $seats lists the seats that object.
error-written-blocked = The written procedure is blocked by { $seats }.
error-decisions-final = The decisions of meeting { $meeting } are signed and final: a change is a correction, a new revision of the decision file that says what it changes and why.
error-nothing-to-correct = Meeting { $meeting } has no signed decision file to correct yet: record the decisions and export them first.
error-correction-reason-missing = A correction needs its reason in words; it is signed into the corrected record.
error-decisions-disputed = Two different decision files with revision { $revision } are held for meeting { $meeting }, so none of them stands: the chair's correction (a new revision) settles it.
error-funding-required = Approving a funding item needs an amount, its source and its split by UN organisation.
error-split-mismatch = The split adds up to { $split }, not to the amount of { $amount }.
error-not-a-participant = { $organisation } is not a participating UN organisation of this programme.
error-conditions-required = “approved with conditions” needs the conditions.
error-no-decisions-to-export = No decision is recorded for meeting { $meeting } yet.
error-first-signature-unchecked = The decision file of meeting { $meeting } carries, first, a signature that is not the one SC Desk checked, so its record would show a key nobody checked. Ask the chair for the file as SC Desk signed it.
error-deadline-in-the-past = The deadline must be after now.
error-no-records-in-year = No meeting of { $year } has a signed decision file yet.
error-unknown-seat = Seat { $seat } is not on the roster.
# $reason is one of the error-money-… messages.
error-bad-amount = The amount is not valid: { $reason }
error-no-allocation = No allocation was decided for item { $item } of meeting { $meeting }.
error-transfer-too-large = The transfers would exceed the allocation of { $allocated } ({ $transferred } transferred already).
error-earmark-mismatch = Money earmarked to area { $source } cannot fund a programme of area { $area }: choose the pool or area { $area }'s earmark.
# $tally is the tally's explanation, as the meeting screen shows it.
error-tally-changed = Position files changed since the decision on item { $item } was recorded (the tally is now: { $tally }). Record the decision again before exporting.
error-money-empty = No amount was given: write it like “19,569,912 USD” or “1500000.50”.
error-money-not-a-number = “{ $given }” is not an amount: write it like “19,569,912 USD” or “1500000.50”.
error-money-bad-grouping = “{ $given }” has misplaced thousands separators: group digits by three, like “1,500,000”.
error-money-wrong-currency = “{ $given }” is in { $found }, but this fund keeps its accounts in { $expected }.
error-money-too-precise = “{ $given }” has more than two decimal places: amounts are kept to the cent.
error-money-negative = “{ $given }” is negative: amounts here are never negative.
error-money-too-large = “{ $given }” is above the largest amount SC Desk accepts (1,000,000,000,000,000).
error-dossier-bad-budget-line = Dossier { $dossier }: the budget line of { $organisation } is not an amount: { $reason }
error-dossier-budget-too-large = Dossier { $dossier }: the budget adds up to more than SC Desk can hold; ask the FMU for a corrected dossier.

## The fund's money.

# Where the money would come from, as error-insufficient-funds names it.
error-source = { $source ->
        [pool] the un-earmarked pool
        [area] thematic area { $area }'s earmarked balance
       *[other] { $source }
    }
error-insufficient-funds = { $requested } exceeds what { $source } has available ({ $available }); { $shortfall } short. Choose another source or a smaller amount.
error-unknown-area = Thematic area { $area } is not in the fund profile.
error-not-positive = The amount must be more than zero.
error-not-fmu = Only the FMU signs contribution statements: your key holds no FMU seat on the pinned roster.
error-empty-statement = There are no contributions to put in a statement (it would empty every ledger): record the contributions first.
error-empty-statement-command = There are no contributions to put in a statement (it would empty every ledger): record them first with “scdesk ledger contribute”.
error-above-request = { $amount } is more than the programme requested ({ $requested }, direct and indirect costs): the committee approves at most what was requested.
error-above-ceiling = { $amount } is above the fund's ceiling of { $ceiling } per programme (a setting); approving it needs an override reason, which goes into the record.
error-funds-overflow = The fund's figures add up to more than SC Desk can hold, so a stored amount cannot be right; check the contributions and allocations in the audit log.
error-statement-area = The contribution statement earmarks { $contributor }'s contribution to thematic area { $area }, which this fund's profile does not have; nothing was imported. Ask the FMU for a corrected statement.

## Decision records (PDF) and the public register.

error-pdf-not-a-decision = The PDF's embedded file is not a signed decision file, so the record cannot prove itself. Ask the chair for the record again.
error-pdf-damaged = The PDF cannot be read: it is damaged or not a PDF.
error-pdf-no-attachment = The PDF has no embedded decision file, so it cannot prove itself.
error-pdf-content-changed = The PDF differs from the record generated from its signed decision file: it was changed after it was made.
error-pdf-font = The bundled font could not be read.
error-pdf-other-layout = The record was drawn by SC Desk record layout { $found }, and this version draws layouts 1 to { $current }, so it cannot draw the pages again to compare them. The signature of the embedded decision file is checked on its own; to check the pages, verify with the SC Desk version that made the record.
error-pdf-other-language = The record says it was drawn in the language “{ $found }”, which SC Desk does not print records in (English, French, Spanish), so it cannot draw the pages again to compare them.
error-nothing-to-publish = No meeting in this workspace has a signed decision file yet, so there is nothing to publish.
error-register-folder-not-empty = { $path } is not an empty folder. Choose a new folder for the register (SC Desk does not write over files).
# $reason is error-io-reason.
error-register-write = The register could not be written in { $dir }: { $reason }.
error-bad-period = The period starts ({ $from }) after it ends ({ $to }): give the earlier date first.
error-bad-iati-organisation = { $given } is not an IATI organisation identifier. It is the registration agency's prefix and the organisation's number joined by hyphens, as the IATI Registry lists it (for example XM-DAC-41114).

## Creating and revising meetings.

error-not-organiser = Only the chair or the FMU creates meetings: your key holds neither seat on the pinned roster.
error-meeting-bad-id = “{ $given }” cannot be a meeting id: use 3 to 40 lowercase letters, digits and dashes, starting and ending with a letter or digit, like sc-2026-05.
error-meeting-no-title = The meeting needs a title.
error-meeting-no-place = The meeting needs a place (a city, "Video conference", or "By e-mail" for a written procedure).
error-meeting-empty-agenda = The meeting needs at least one agenda item.
error-meeting-numbering = Agenda items are numbered 1, 2, 3… in order: item { $found } stands where item { $expected } should.
error-meeting-funding-without-dossier = Agenda item { $item } is a funding decision and needs the dossier it decides on.
error-meeting-other-with-dossier = Agenda item { $item } is not a funding decision, so it cannot name a dossier.
error-meeting-no-text = Agenda item { $item } needs its text: say what the committee is asked to decide.
error-meeting-unknown-dossier = Agenda item { $item }: dossier { $dossier } is not in this workspace. Import its dossier package first.
error-meeting-dossier-twice = Dossier { $dossier } is on the agenda twice (items { $first } and { $second }): one funding decision per dossier per meeting.
error-meeting-starts-in-the-past = A new meeting starts in the future; this one would start on { $starts } (UTC). To enter a meeting that already took place, tick "already took place".
error-meeting-history-in-the-future = A meeting entered as history has already taken place; this one starts on { $starts } (UTC). Leave "already took place" unticked.
error-meeting-exists = Meeting { $meeting } already exists: choose another id, or revise the meeting, which keeps its agenda items and may add to them.
error-meeting-nothing-to-revise = Meeting { $meeting } is not in this workspace, so there is nothing to revise.
error-meeting-already-decided = Meeting { $meeting } already has recorded decisions, so it can no longer change.
error-meeting-item-changed = A revision keeps the agenda's items as they were, because members' positions refer to them by number: item { $item } differs. Add new items after the existing ones instead.
error-meeting-no-signed-file = Meeting { $meeting } has no signed meeting file here (it came with the demo data or was entered without one); its organiser can sign one by revising the meeting.
error-meeting-unknown-kind = “{ $given }” is not a kind of meeting: use in-person, virtual or written-procedure.
