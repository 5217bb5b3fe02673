## Dossiers: the list, its search and filters, the comparison, the dossier page, the
## private note, the questions and the conflict of interest. Titles, references, names,
## amounts and dates come already written.

# An option of the filter by thematic area. $area: its number; $name: its name.
dossiers-area-option = Area { $area }: { $name }
# The box that picks a dossier for the comparison. $title: the dossier's title.
dossiers-compare-pick =
    .aria-label = Compare { $title }
# Under a dossier's title in the list. $version: the dossier's version.
dossiers-row-reference = { $reference } · version { $version } · { $region }
# $area: a thematic area's number.
dossiers-area = Area { $area }
# The list's tags.
dossiers-tag-reviewed = Reviewed
dossiers-tag-changed = Changed
dossiers-tag-to-review = To review
dossiers-tag-agenda = Agenda
dossiers-tag-questions = { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
dossiers-tag-conflict = Conflict
# When the search matches more dossiers than the list shows.
dossiers-count-first = The first { $shown } of { $matching } dossiers: add words or filters to find the others
dossiers-count = { $count ->
        [one] { $count } dossier
       *[other] { $count } dossiers
    }
# The comparison's lines.
dossiers-compare-programme = Programme
dossiers-compare-budget = Budget
dossiers-compare-area = Thematic area
dossiers-compare-countries = Countries
dossiers-compare-duration = Duration
dossiers-compare-organisations = UN organisations
dossiers-months = { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
# The dossier page.
dossiers-page-reference = { $reference } · Joint Programme
# $countries, $region; $area: the thematic area's number; $areaName: its name.
dossiers-page-meta = { $countries } · { $region } · Thematic area { $area }: { $areaName }
dossiers-page-version = Version { $version }
# $count: how many versions the dossier has.
dossiers-page-version-of = Version { $version } of { $count }
dossiers-tag-changed-since-review = Changed since your review
dossiers-tag-on-agenda = On the agenda
dossiers-tag-conflict-declared = Conflict of interest declared
# $reason: the reason the member gave.
dossiers-conflict-declared = You declared a conflict of interest: “{ $reason }”. Your position on this dossier will be a recusal.
dossiers-changes-since = Changed since version { $version }, which you reviewed
dossiers-consistency-checks = Consistency checks
dossiers-fact-submitted-by = Submitted by
dossiers-fact-duration = Duration
# $count: months; $date: the start date.
dossiers-fact-duration-value = { $count ->
        [one] { $count } month
       *[other] { $count } months
    } from { $date }
dossiers-fact-total-budget = Total budget
# The budget table's heading. $percent: the rate of indirect costs.
dossiers-budget-indirect-head = Indirect ({ $percent }%)
# A marker with no score.
dossiers-marker-missing = Missing
# $number: the objective's number; $title: its title.
dossiers-objective = Objective { $number }: { $title }
# $targets: the Sustainable Development Goals' targets, as numbers.
dossiers-sdg-targets = SDG targets: { $targets }
# A national partner. $name: its name; $kind: the kind of partner.
dossiers-partner = { $name } — { $kind ->
        [government] Government
        [local_government] Local government
        [civil_society] Civil society
        [migrant_organisation] Migrant organisation
       *[other] { $kind }
    }
dossiers-principle-not-assessed = Not assessed
dossiers-document-open = Open
# $path: where the document was saved.
dossiers-document-saved = Saved { $path }.
dossiers-documents-none = No documents.
dossiers-review-state-reviewed = You reviewed version { $version }.
# $reviewed: the version the member reviewed; $version: the current one.
dossiers-review-state-changed = You reviewed version { $reviewed }; version { $version } has changed.
dossiers-review-state-none = Not reviewed yet.
dossiers-mark-remove = Remove the review mark
dossiers-mark-reviewed = Mark version { $version } reviewed
# The private note.
dossiers-note-saved = Saved.
dossiers-note-saving = Saving…
# Removes one of the member's questions.
dossiers-question-remove = Remove
