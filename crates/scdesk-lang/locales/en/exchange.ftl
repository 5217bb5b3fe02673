## Signed files, the identity page and the roster, as the library words them for the
## screen: import results, files opened from outside, seats and terms.

# What became of one imported file.
exchange-outcome = { $outcome ->
        [imported] Imported
        [replaced] Imported (replaces)
        [duplicate] Already imported
        [stale] Ignored (stale)
        [disputed] Kept, disputed
        [rejected] Rejected
       *[not_imported] Not imported
    }
# Who holds a seat, when it is not a member's constituency (named by the fund's profile).
exchange-seat-group = { $role ->
        [chair] Chair of the committee
        [fmu] Fund Management Unit
       *[member] Member
    }
# This workspace's seat: the holder's name and their group (exchange-seat-group).
exchange-seat-words = { $name }, { $group }
# Who signed a file.
exchange-signer-chair = { $name } (chair)
exchange-signer-member = { $name } ({ $group })
# An FMU seat of a roster not pinned yet.
exchange-fmu-seat = { $name } ({ $organisation })
# A seat's term on the roster: its first and last day.
exchange-term = { $start } – { $end }
# What an import did, one line per file ($who: who signed it; $date: YYYY-MM-DD).
exchange-import-duplicate = already imported; nothing changed
exchange-import-same-statement = the same signed contribution statement is held (in another encoding); nothing changed
exchange-import-older-statement = contribution statement version { $version } is older than version { $held }, held; ignored
exchange-import-same-meeting = the same signed meeting file is held (in another encoding); nothing changed
exchange-import-older-meeting = meeting { $meeting } revision { $revision } is not newer than revision { $held }; ignored
exchange-import-same-position = the same signed position file is held (in another encoding); nothing changed
exchange-import-roster = roster version { $version } from { $who }: { $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    }
exchange-import-meeting = meeting { $meeting } (revision { $revision }) from { $who }: { $items ->
        [one] { $items } agenda item
       *[other] { $items } agenda items
    }
exchange-import-package = dossier package from { $who }: { $versions ->
        [one] { $versions } new dossier version
       *[other] { $versions } new dossier versions
    }, { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
exchange-import-position-disputed = { $who } signed two different position files for { $meeting } with sequence { $sequence }: both are kept as evidence and neither counts until a later file from the seat arrives
exchange-import-position-stale = position file { $sequence } of { $who } for { $meeting } is older than file { $top } already held; kept, not counted
exchange-import-position-replaces = position file { $sequence } of { $who } for { $meeting } replaces file { $top }
exchange-import-position = position file { $sequence } of { $who } for { $meeting }: { $items ->
        [one] { $items } item
       *[other] { $items } items
    }
exchange-import-decision = decision file from { $who } for { $meeting }
exchange-import-statement = contribution statement version { $version } from { $who }, as of { $date }: { $contributions ->
        [one] { $contributions } contribution
       *[other] { $contributions } contributions
    }, { $deposited } deposited
exchange-import-enrolment = enrolment of { $name } ({ $organisation }), key { $key }
# A file opened from outside, in words, before it is imported.
exchange-what-enrolment = Enrolment of { $name } ({ $organisation }), asking the FMU for a seat
exchange-what-roster = Roster version { $version } of the committee, { $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    }
exchange-what-meeting = Meeting { $meeting }: { $title } (revision { $revision })
exchange-what-package = Dossier package of { $dossiers ->
        [one] { $dossiers } dossier
       *[other] { $dossiers } dossiers
    }
exchange-what-position = Position file of seat { $seat } for meeting { $meeting } ({ $positions ->
        [one] { $positions } position
       *[other] { $positions } positions
    })
exchange-what-decision = Decision file of meeting { $meeting }
exchange-what-correction = Decision file of meeting { $meeting }, correction (revision { $revision })
exchange-what-statement = Contribution statement version { $version }, as of { $date }
# A signed file this workspace would refuse: only its kind is said.
exchange-file-kind = { $kind ->
        [enrolment] Enrolment
        [roster] Roster
        [meeting] Meeting
        [dossier_package] Dossier package
        [position] Position file
        [decision] Decision file
       *[contributions] Contribution statement
    }
exchange-file-unreadable = A file SC Desk cannot read
