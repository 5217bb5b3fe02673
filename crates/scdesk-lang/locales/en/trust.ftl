## Identity and roster: this workspace's key, the roster, enrolment and backup.

trust-no-seat = None on the pinned roster
# On hover over a row of the roster: the seat's id.
trust-seat = Seat { $seat }
trust-seat-me = { $name } (you)
trust-enrolment-saved = Saved { $path }. Send it to the FMU and read them your fingerprint.
trust-backup-differ = The two passphrases differ: type the same passphrase twice.
trust-backup-saved = Saved the backup ({ $kilobytes } KB) to { $path }.
