# The decision record, layout 3. Frozen with the layout: a record is verified by drawing
# it again, so any change to these messages (in any language) is a new layout, with its
# own file (record4.ftl), and this file stays as it is (tests/records/layout-3.catalogue).
record3-title = Steering Committee — Decision record
record3-subject = { $fund } — Steering Committee decision record
record3-document = Decision record { $number }
record3-documents = Decision records { $first } to { $last }
record3-footer = Decision record { $number } · page { $page } of { $pages }
record3-time = { $date }, { $time } UTC
record3-number = Record number { $number }
record3-kind = { $kind ->
    [in_person] In person
    [written_procedure] Written procedure
   *[virtual] Virtual
}
record3-rule = { $rule ->
    [consensus] Consensus
    [simple_majority] Simple majority
   *[qualified_majority] Majority of { $numerator }/{ $denominator }
}
record3-quorum = { $count } members, under the committee's rules of procedure
record3-attendance = { $attendance ->
    [present] present
    [represented] represented
    [answered_in_writing] answered in writing
   *[absent] absent
}
record3-corrected = Corrected record (revision { $revision }). It replaces the record the chair signed earlier for this meeting; what changed is marked below.
record3-reason = Reason: { $reason }
record3-attendance-heading = Attendance and quorum
record3-column-constituency = Constituency
record3-column-member = Member
record3-column-attendance = Attendance
record3-rule-line = Decision rule: { $rule }. Quorum: { $quorum }.
record3-written = Written procedure opened { $opened }; deadline { $deadline }. Silence counted as no objection.
record3-item = Item { $item }: { $text }
record3-countries = Countries: { $countries }. Thematic area { $area }.
record3-decision = Decision: { $outcome }
record3-outcome = { $outcome ->
    [approved] Approved
    [approved_with_conditions] Approved with conditions
    [deferred] Deferred (revision requested)
   *[not_approved] Not approved
}
record3-conditions = Conditions: { $conditions }
record3-funding = Amount approved: { $amount }, { $source ->
    [pool] from the un-earmarked pool
   *[area] from thematic area { $area }'s earmarked balance
}.
record3-split = { $organisation }: { $amount }
record3-corrected-outcome = Corrected in this revision. Before, the decision was: { $outcome }.
record3-corrected-funding = Before, the amount approved was { $amount }, { $source ->
    [pool] from the un-earmarked pool
   *[area] from thematic area { $area }'s earmarked balance
}.
record3-corrected-conditions = Before, the conditions were: { $conditions }
record3-column-tally = Tally by constituency
record3-column-join = Join
record3-column-object = Object
record3-column-abstain = Abstain
record3-column-recuse = Recuse
record3-column-no-answer = No answer
record3-all-constituencies = All constituencies
record3-no-quorum = No quorum: { $participating } of the { $required } members required take part.
record3-consensus = Consensus: no member objects (recused members are not counted).
record3-no-consensus = No consensus: { $count ->
    [one] { $count } objection.
   *[other] { $count } objections.
}
record3-simple-majority = { $holds ->
    [yes] Simple majority reached
   *[no] Simple majority not reached
}: { $for } for, { $against } against (abstentions and recusals not counted).
record3-qualified-majority = { $holds ->
    [yes] Majority of { $numerator }/{ $denominator } reached
   *[no] Majority of { $numerator }/{ $denominator } not reached
}: { $for } of { $cast } votes cast are for.
record3-objection = Objection by { $member }: { $reason }
record3-override = Override by the chair: { $reason }
record3-funds-heading = Funds after the decisions
record3-column-area = Thematic area
record3-column-allocated = Allocated
record3-column-available = Available
record3-signature-heading = Signature
record3-signed = Signed by the chair, { $chair }, on { $when }. The tally counts the signed positions of { $count ->
    [one] { $count } member.
   *[other] { $count } members.
}
record3-check-heading = How to check this record
record3-check = The chair's signed decision file, which these pages were made from, is attached to this PDF. Anyone can check it, with SC Desk (Verify) or with any program that checks this kind of electronic signature (DSSE, Ed25519): the signature must be valid under the chair's key, whose fingerprint is:
record3-check-roster = Compare it with the chair's key in the Fund's published roster. SC Desk also draws these pages again from the attached file and compares them with this PDF, so a change to either is found.
record3-technical = Technical details
record3-payload-hash = SHA-256 of the signed payload: { $hash }
record3-signature = Signature (Ed25519, base64): { $signature }
record3-replaces = Payload SHA-256 of the decision file this revision replaces: { $hash }
