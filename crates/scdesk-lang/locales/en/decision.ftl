## The meeting screen's words from the library: the meeting, the tally of each item, the
## chair's decisions and the choices of the decision form. The signed record keeps its
## own English; these are for the screen only.

# How the meeting is held.
decision-meeting-kind = { $kind ->
        [in_person] In person
        [virtual] Virtual
       *[written_procedure] Written procedure
    }
# The fund's decision rule; a qualified majority is a fraction such as 2/3.
decision-rule = { $rule ->
        [consensus] Consensus
        [simple] Simple majority
       *[qualified] Majority of { $numerator }/{ $denominator }
    }
# The note on the quorum that the Fund's profile ships with.
decision-quorum-note-default = Default: a majority of the { $seats } seats. The Fund's quorum is not public; the FMU sets it.
# The tally of one item, in words.
decision-tally-no-quorum = No quorum: { $participating } of the { $required } members required take part.
decision-tally-consensus = Consensus: no member objects (recused members are not counted).
decision-tally-no-consensus = No consensus: { $objections ->
        [one] { $objections } objection
       *[other] { $objections } objections
    }.
decision-tally-simple-majority = Simple majority { $reached ->
        [yes] reached
       *[no] not reached
    }: { $for } for, { $against } against (abstentions and recusals not counted).
decision-tally-qualified-majority = Majority of { $numerator }/{ $denominator } { $reached ->
        [yes] reached
       *[no] not reached
    }: { $for } of { $cast } votes cast are for.
# A corrected decision record: its revision and the chair's reason.
decision-correction = Corrected record, revision { $revision }: { $reason }
decision-outcome = { $outcome ->
        [approved] Approved
        [approved_with_conditions] Approved with conditions
        [deferred] Deferred (revision requested)
       *[not_approved] Not approved
    }
# A member's position on an item, as the form offers it; none: no answer received.
decision-stance = { $stance ->
        [join_consensus] Join consensus
        [object] Object
        [abstain] Abstain
        [recuse] Recuse
       *[none] No answer
    }
decision-attendance = { $attendance ->
        [present] Present
        [represented] Represented
       *[absent] Absent
    }
# The funding decided: the amount, and where it comes from (decision-funding-source).
decision-funding = { $amount } from { $source }
decision-funding-source = { $source ->
        [pool] the un-earmarked pool
       *[area] thematic area { $area }'s earmarked balance
    }
# Where the chair may draw funding from, in the decision form.
decision-source-choice = { $source ->
        [pool] Un-earmarked pool
       *[area] Area { $area } earmarked
    }
