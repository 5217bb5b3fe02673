## Dossiers : la liste, la recherche et les filtres, la comparaison, la page d’un dossier,
## la note privée, les questions et le conflit d’intérêts.

dossiers-area-option = Domaine { $area } : { $name }
dossiers-compare-pick =
    .aria-label = Comparer { $title }
dossiers-row-reference = { $reference } · version { $version } · { $region }
dossiers-area = Domaine { $area }
dossiers-tag-reviewed = Examiné
dossiers-tag-changed = Modifié
dossiers-tag-to-review = À examiner
dossiers-tag-agenda = Ordre du jour
dossiers-tag-questions = { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
dossiers-tag-conflict = Conflit
dossiers-count-first = Les { $shown } premiers dossiers sur { $matching } : ajoutez des mots ou des filtres pour trouver les autres
dossiers-count = { $count ->
        [one] { $count } dossier
       *[other] { $count } dossiers
    }
dossiers-compare-programme = Programme
dossiers-compare-budget = Budget
dossiers-compare-area = Domaine thématique
dossiers-compare-countries = Pays
dossiers-compare-duration = Durée
dossiers-compare-organisations = Organisations des Nations Unies
dossiers-months = { $count ->
        [one] { $count } mois
       *[other] { $count } mois
    }
dossiers-page-reference = { $reference } · Programme commun
dossiers-page-meta = { $countries } · { $region } · Domaine thématique { $area } : { $areaName }
dossiers-page-version = Version { $version }
dossiers-page-version-of = Version { $version } sur { $count }
dossiers-tag-changed-since-review = Modifié depuis votre examen
dossiers-tag-on-agenda = À l’ordre du jour
dossiers-tag-conflict-declared = Conflit d’intérêts déclaré
dossiers-conflict-declared = Vous avez déclaré un conflit d’intérêts : « { $reason } ». Votre position sur ce dossier sera une récusation.
dossiers-changes-since = Modifié depuis la version { $version }, que vous avez examinée
dossiers-consistency-checks = Contrôles de cohérence
dossiers-fact-submitted-by = Soumis par
dossiers-fact-duration = Durée
dossiers-fact-duration-value = { $count ->
        [one] { $count } mois
       *[other] { $count } mois
    } à compter du { $date }
dossiers-fact-total-budget = Budget total
dossiers-budget-indirect-head = Coûts indirects ({ $percent } %)
dossiers-marker-missing = Non renseigné
dossiers-objective = Objectif { $number } : { $title }
dossiers-sdg-targets = Cibles des ODD : { $targets }
dossiers-partner = { $name } — { $kind ->
        [government] Gouvernement
        [local_government] Collectivité locale
        [civil_society] Société civile
        [migrant_organisation] Organisation de migrants
       *[other] { $kind }
    }
dossiers-principle-not-assessed = Non évalué
dossiers-document-open = Ouvrir
dossiers-document-saved = Document enregistré sous { $path }.
dossiers-documents-none = Aucun document.
dossiers-review-state-reviewed = Vous avez examiné la version { $version }.
dossiers-review-state-changed = Vous avez examiné la version { $reviewed } ; la version { $version } comporte des modifications.
dossiers-review-state-none = Pas encore examiné.
dossiers-mark-remove = Retirer la marque d’examen
dossiers-mark-reviewed = Marquer la version { $version } comme examinée
dossiers-note-saved = Note enregistrée.
dossiers-note-saving = Enregistrement…
dossiers-question-remove = Retirer
