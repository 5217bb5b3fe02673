## The meeting screen: meetings, a new meeting, the tally, the chair's decisions and
## corrections, the written procedure and the records.

# A meeting in the list: its title, and where it stands ($status is the library's code,
# its spaces written as hyphens).
meeting-list-entry = { $title } ({ $status ->
        [upcoming] upcoming
        [in-session] in session
        [awaiting-decisions] awaiting decisions
        [open] open
        [decided] decided
       *[other] { $status }
    })
meeting-new-no-start = Give the date and time the meeting starts.
meeting-file-saved-send = Saved the signed meeting file to { $path }. Send it to the members.
meeting-file-saved = Saved the signed meeting file to { $path }.
# The answers on one item: join (the consensus), object, abstain, recuse, and the members
# who sent no answer.
meeting-counts = { $join } join · { $object } object · { $abstain } abstain · { $recuse } recuse · { $noAnswer } no answer
# $counts is meeting-counts.
meeting-tally = { $counts } · { $participating } take part
# $rule is the library's name of the decision rule ("Consensus").
meeting-rule = Decision rule: { $rule }. Quorum: { $quorum } members.
meeting-final = The decisions are signed (revision { $revision }) and final. A change is a correction: a new revision of the decision file that says what it changes and why.
meeting-written-state = Written procedure opened { $opened }; deadline { $deadline }. Silence counts as no objection; one objection blocks.
# On hover over a member's name: the seat's id.
meeting-seat = Seat { $seat }
# Whether the member's position file was received.
meeting-position-received = Received
meeting-position-none = None
meeting-attendance-of = Attendance of { $name }
meeting-area = Area { $area }
meeting-pool = As of the meeting's date. Un-earmarked pool, which a programme of any area may draw on: { $amount }
# An agenda item: its number and its text.
meeting-item = Item { $item }: { $text }
meeting-item-dossier = { $title } · Area { $area } · budget { $budget }
# $state is the library's code for where the written procedure stands.
meeting-item-written = Written procedure: { $state ->
        [open] open
        [adopted] adopted
        [blocked] blocked
       *[other] { $state }
    }
meeting-objection = Objection from { $name }: { $reason }
# $decision is the library's word for the outcome ("Approved").
meeting-decision = Decision: { $decision }
meeting-decision-conditions = Conditions: { $conditions }
meeting-decision-override = Override: { $reason }
meeting-correct = Correct this decision…
meeting-choose-outcome = — choose the outcome —
meeting-outcome = Outcome
meeting-amount = Amount (USD)
# An example of an amount, written as the language writes amounts.
meeting-amount-example = e.g. 1,754,800
meeting-source = Source of funds
meeting-conditions = Conditions
meeting-override = Override reason
meeting-override-hint = Required when the outcome departs from the tally or the ceiling
meeting-correction = Reason for the correction
meeting-correction-hint = What is corrected, and why (signed into the record)
meeting-sign-correction = Sign the corrected record…
meeting-record-decision = Record decision
meeting-outcome-missing = Choose the outcome.
meeting-correction-saved = Saved the corrected decision file to { $path }. Send it to the members.
meeting-record-open = The record is open in your PDF reader: print it from there.
meeting-record-saved-print = Saved { $path }: open it with a PDF reader to print it.
meeting-saved = Saved { $path }.
meeting-year-progress = { $done } of { $total } records laid out
meeting-register-published = Published { $decisions ->
        [one] { $decisions } decision
       *[other] { $decisions } decisions
    } of { $meetings ->
        [one] { $meetings } meeting
       *[other] { $meetings } meetings
    } in { $path }. Open index.html there to see it.
# $line is the library's sentence on what was left out of the register.
meeting-register-left-out = Not published: { $line }.
