## Les mots de l’écran des réunions fournis par la bibliothèque : la réunion, le décompte
## de chaque point, les décisions de la présidence et les choix du formulaire de décision.
## Le relevé signé garde son propre texte anglais ; ceux-ci ne servent qu’à l’écran.

# La forme de la réunion.
decision-meeting-kind = { $kind ->
        [in_person] En présentiel
        [virtual] Virtuelle
       *[written_procedure] Procédure écrite
    }
# La règle de décision du Fonds ; une majorité qualifiée est une fraction comme 2/3.
decision-rule = { $rule ->
        [consensus] Consensus
        [simple] Majorité simple
       *[qualified] Majorité des { $numerator }/{ $denominator }
    }
# La note sur le quorum fournie avec le profil du Fonds.
decision-quorum-note-default = Par défaut : la majorité des { $seats } sièges. Le quorum du Fonds n’est pas public ; l’UGF le fixe.
# Le décompte d’un point, en toutes lettres.
decision-tally-no-quorum = Quorum non atteint : { $participating ->
        [one] { $participating } des { $required } membres requis participe
       *[other] { $participating } des { $required } membres requis participent
    }.
decision-tally-consensus = Consensus : aucun membre ne fait objection (les membres récusés ne sont pas comptés).
decision-tally-no-consensus = Pas de consensus : { $objections ->
        [one] { $objections } objection
       *[other] { $objections } objections
    }.
decision-tally-simple-majority = Majorité simple { $reached ->
        [yes] atteinte
       *[no] non atteinte
    } : { $for } pour, { $against } contre (abstentions et récusations non comptées).
decision-tally-qualified-majority = Majorité des { $numerator }/{ $denominator } { $reached ->
        [yes] atteinte
       *[no] non atteinte
    } : { $for } voix pour sur { $cast ->
        [one] { $cast } exprimée
       *[other] { $cast } exprimées
    }.
# Un relevé de décisions corrigé : sa révision et le motif de la présidence.
decision-correction = Relevé corrigé, révision { $revision } : { $reason }
decision-outcome = { $outcome ->
        [approved] Approuvé
        [approved_with_conditions] Approuvé sous conditions
        [deferred] Reporté (révision demandée)
       *[not_approved] Non approuvé
    }
# La position d’un membre sur un point, telle que le formulaire la propose ; none : aucune
# réponse reçue.
decision-stance = { $stance ->
        [join_consensus] Se joindre au consensus
        [object] Faire objection
        [abstain] S’abstenir
        [recuse] Se récuser
       *[none] Pas de réponse
    }
decision-attendance = { $attendance ->
        [present] Présent
        [represented] Représenté
       *[absent] Absent
    }
# Le financement décidé : le montant, et sa provenance (decision-funding-source).
decision-funding = { $amount } provenant { $source }
decision-funding-source = { $source ->
        [pool] des fonds non préaffectés
       *[area] du solde préaffecté au domaine thématique { $area }
    }
# D’où la présidence peut tirer le financement, dans le formulaire de décision.
decision-source-choice = { $source ->
        [pool] Fonds non préaffectés
       *[area] Fonds préaffectés au domaine { $area }
    }
