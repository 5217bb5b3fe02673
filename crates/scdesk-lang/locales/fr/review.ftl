## Les mots des dossiers écrits par la bibliothèque : statuts, avancement de l’examen,
## contrôles de cohérence, documents, champs modifiés et comparaison.

review-status-concept-note = Note conceptuelle
review-status-pipeline = En réserve
review-status-recommended = Recommandé
review-status-funded = Financé
review-status-not-approved = Non approuvé
review-status-closed = Clôturé

review-unknown-area = Domaine { $area } inconnu
review-objective-not-in-profile = Ne figure pas dans le profil du Fonds
review-progress = Dossiers inscrits à l’ordre du jour examinés : { $reviewed } sur { $total }
review-compare-area = Domaine { $area }

review-document-kind = { $kind ->
        [pdf] Document PDF
        [text] Texte
        [csv] Tableau (CSV)
        [html] Page web
        [word] Document de traitement de texte
        [spreadsheet] Feuille de calcul
        [presentation] Présentation
        [image] Image
        [zip] Archive ZIP
       *[other] Document
    }
review-document-bytes = { $count ->
        [one] { $size } octet
       *[other] { $size } octets
    }
review-document-kilobytes = { $size } Ko
review-document-megabytes = { $size } Mo
review-document-described = { $kind }, { $size }

# Un champ du dossier, nommé en mots. $field : le nom du champ dans le dossier.
review-field = { $field ->
        [id] Identifiant
        [reference] Référence
        [title] Titre
        [countries] Pays
        [region] Région
        [resident_coordinator] Coordonnateur résident
        [area] Domaine thématique
        [objectives] Objectifs du Pacte mondial
        [sdg_targets] Cibles des ODD
        [duration_months] Durée (mois)
        [start_date] Date de début
        [status] Statut
        [summary] Résumé
        [participants] Organisations participantes
        [national_partners] Partenaires nationaux
        [stated_total] Total indiqué
        [review] Examen de l’UGF
       *[other] { $field }
    }
review-field-review-summary = Examen de l’UGF : résumé
# $id : le marqueur tel que le dossier le nomme ; $name : son nom.
review-field-marker = { $id ->
       *[other] Note : { $name }
    }
# $id : le principe tel que le dossier le nomme ; $name : son nom.
review-field-principle = { $id ->
       *[other] Principe directeur : { $name }
    }

review-flag-too-few-organisations = { $count ->
        [one] { $count } organisation des Nations Unies participante
       *[other] { $count } organisations des Nations Unies participantes
    } ; un programme commun doit en compter au moins deux.
review-flag-total-mismatch = Les lignes budgétaires totalisent { $total }, mais le dossier indique { $stated }.
review-flag-bad-stated-total = Le total indiqué : { $error }
review-flag-over-ceiling = Le budget, { $budget }, dépasse le plafond fixé par les paramètres ({ $ceiling }).
review-flag-unknown-area = Le domaine thématique { $area } ne figure pas dans le profil du Fonds.
review-flag-unknown-objective = L’objectif { $objective } du Pacte mondial ne figure pas dans le profil du Fonds.
review-flag-objective-outside-area = L’objectif { $objective } relève du domaine { $area }, et non du domaine { $dossier_area } du dossier.
review-flag-missing-marker = « { $marker } » : aucune note n’a été attribuée.
review-flag-marker-off-scale = « { $marker } » : la note « { $code } » ne figure pas sur son échelle.
review-flag-marker-below-minimum = « { $marker } » : la note { $code } est inférieure au minimum de { $minimum }.
review-flag-duration-out-of-bounds = { $months } mois : la durée sort des limites fixées par les paramètres ({ $min } à { $max } mois).
review-flag-few-government-entities = Le programme associe moins de deux entités gouvernementales.
review-flag-no-civil-society = Aucune organisation de la société civile ni organisation de migrants n’y participe.
