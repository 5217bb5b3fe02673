## The dashboard's words that the library writes: the first steps of a member's desk,
## the dossiers' count, the Fund's settings, the next meeting's kind and the earmarks.

# The first steps of a workspace of one's own; each step's title, and what to do.
desk-setup-enrol = Send your enrolment to the FMU
    .detail = Save your enrolment file (Identity & roster) and send it to the Fund Management Unit, which gives your key its seat on the committee's roster.
desk-setup-roster = Confirm the FMU's fingerprint and pin the roster
    .detail = When the roster file arrives, compare its fingerprint with the FMU by phone or in person, then pin it: every later file is checked against it.
desk-setup-files = Import the dossier package and the meeting
    .detail = The FMU sends the Joint Programme dossiers and the meeting as signed files: import them to review the dossiers and record your positions.

# Under the dossiers' count. $funded, $pipeline: how many dossiers are funded and how
# many are in the pipeline.
desk-dossiers-note = { $funded } funded · { $pipeline } in the pipeline
# Under the next meeting's date. $kind: the kind of meeting; $count: the agenda's items.
desk-meeting-note = { $kind } · { $count ->
        [one] { $count } agenda item
       *[other] { $count } agenda items
    }

# The settings the Fund has not published (name of each; the notes are the profile's).
desk-setting-quorum = Quorum (members present)
desk-setting-written-procedure = Written procedure deadline (days)
desk-setting-budget-ceiling = Budget ceiling per programme
desk-setting-duration = Duration (months)
# $min, $max: the shortest and longest duration, in months.
desk-setting-duration-value = { $min }–{ $max }
desk-setting-area-target = Target share per thematic area
# A percentage. $value: the number, already written.
desk-percent = { $value }%

# The kind of a meeting.
desk-meeting-in-person = In person
desk-meeting-virtual = Virtual
desk-meeting-written-procedure = Written procedure

# Contributions by earmark: those given to no area, and those given to one.
desk-earmark-none = Un-earmarked
# $area: the thematic area's number.
desk-earmark-area = Thematic area { $area }
