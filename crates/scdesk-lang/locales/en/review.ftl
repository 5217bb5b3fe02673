## The dossiers' words that the library writes: statuses, the review's progress, the
## consistency checks, documents, changed fields and the comparison. Names of areas,
## objectives, principles and markers come from the fund profile, in its languages.

# A dossier's status.
review-status-concept-note = Concept note
review-status-pipeline = Pipeline
review-status-recommended = Recommended
review-status-funded = Funded
review-status-not-approved = Not approved
review-status-closed = Closed

# A dossier's thematic area that the fund profile does not have. $area: its number.
review-unknown-area = Unknown area { $area }
# A GCM objective that the fund profile does not have, in place of its title.
review-objective-not-in-profile = Not in the fund profile
# The review's progress toward the next meeting. $reviewed, $total: dossiers.
review-progress = { $reviewed } of { $total } dossiers on the agenda reviewed
# The comparison's line for the thematic area. $area: its number.
review-compare-area = Area { $area }

# A document in words: its kind and its size ("PDF document, 240 KB").
review-document-kind = { $kind ->
        [pdf] PDF document
        [text] Text
        [csv] Table (CSV)
        [html] Web page
        [word] Word-processor document
        [spreadsheet] Spreadsheet
        [presentation] Presentation
        [image] Image
        [zip] ZIP archive
       *[other] Document
    }
# $count: the size in bytes, to choose the word; $size: the same, written.
review-document-bytes = { $count ->
        [one] { $size } byte
       *[other] { $size } bytes
    }
# $size: the size, already written.
review-document-kilobytes = { $size } KB
review-document-megabytes = { $size } MB
# $kind: the kind of document; $size: its size, as the messages above write them.
review-document-described = { $kind }, { $size }

# A field that changed since the version the member reviewed. The English shows the
# dossier's own name of the field; other languages name it in words. $field: the
# dossier's name of the field (title, countries, …).
review-field = { $field }
review-field-review-summary = review.summary
# A marker's score changed. $id: the marker's id in the dossier; $name: its name. The
# English shows the dossier's path to it.
review-field-marker = { $name ->
       *[other] review.markers.{ $id }
    }
# The FMU's assessment against a guiding principle changed. $id: the principle as the
# dossier names it; $name: its name.
review-field-principle = { $name ->
       *[other] review.principles.{ $id }
    }

# The consistency checks of a dossier. Amounts come written.
# $count: how many different UN organisations take part (0 or 1).
review-flag-too-few-organisations = { $count } participating UN organisation(s); a Joint Programme needs at least two.
review-flag-total-mismatch = The budget lines add up to { $total }, but the dossier states { $stated }.
# $error: why the stated total is not an amount.
review-flag-bad-stated-total = The stated total: { $error }
review-flag-over-ceiling = The budget, { $budget }, is above the ceiling setting of { $ceiling }.
# $area: a thematic area's number.
review-flag-unknown-area = Thematic area { $area } is not in the fund profile.
# $objective: a GCM objective's number.
review-flag-unknown-objective = GCM objective { $objective } is not in the fund profile.
# $area: the area the objective belongs to; $dossier_area: the dossier's area.
review-flag-objective-outside-area = Objective { $objective } belongs to area { $area }, not to the dossier's area { $dossier_area }.
# $marker: the marker's name; $code: the score given; $minimum: the lowest accepted.
review-flag-missing-marker = The { $marker } has no score.
review-flag-marker-off-scale = The { $marker } score `{ $code }` is not on its scale.
review-flag-marker-below-minimum = The { $marker } score { $code } is below the minimum of { $minimum }.
# $months: the dossier's duration; $min, $max: the setting's bounds, in months.
review-flag-duration-out-of-bounds = { $months } months is outside the { $min }–{ $max } month setting.
review-flag-few-government-entities = The programme engages fewer than two government entities.
review-flag-no-civil-society = No civil society or migrant organisation is engaged.
