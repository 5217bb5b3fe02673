# Le relevé de décisions, mise en page 3. Figé avec la mise en page : toute modification
# de ces messages (dans n'importe quelle langue) est une nouvelle mise en page.
record3-title = Comité de pilotage — Relevé de décisions
record3-subject = { $fund } — Relevé de décisions du Comité de pilotage
record3-document = Relevé de décisions { $number }
record3-documents = Relevés de décisions { $first } à { $last }
record3-footer = Relevé de décisions { $number } · page { $page } sur { $pages }
record3-time = { $date }, { $time } UTC
record3-number = Numéro du relevé { $number }
record3-kind = { $kind ->
    [in_person] En présentiel
    [written_procedure] Procédure écrite
   *[virtual] Virtuelle
}
record3-rule = { $rule ->
    [consensus] Consensus
    [simple_majority] Majorité simple
   *[qualified_majority] Majorité des { $numerator }/{ $denominator }
}
record3-quorum = { $count } membres, conformément au règlement intérieur du Comité
record3-attendance = { $attendance ->
    [present] présent
    [represented] représenté
    [answered_in_writing] a répondu par écrit
   *[absent] absent
}
record3-corrected = Relevé rectifié (révision { $revision }). Il remplace le relevé signé précédemment par la présidence pour cette réunion ; les modifications sont signalées ci-dessous.
record3-reason = Motif : { $reason }
record3-attendance-heading = Présence et quorum
record3-column-constituency = Groupe représenté
record3-column-member = Membre
record3-column-attendance = Présence
record3-rule-line = Règle de décision : { $rule }. Quorum : { $quorum }.
record3-written = Procédure écrite ouverte le { $opened } ; date limite : { $deadline }. Le silence vaut absence d’objection.
record3-item = Point { $item } : { $text }
record3-countries = Pays : { $countries }. Domaine thématique { $area }.
record3-decision = Décision : { $outcome }
record3-outcome = { $outcome ->
    [approved] Approuvé
    [approved_with_conditions] Approuvé sous conditions
    [deferred] Reporté (révision demandée)
   *[not_approved] Non approuvé
}
record3-conditions = Conditions : { $conditions }
record3-funding = Montant approuvé : { $amount }, { $source ->
    [pool] sur le fonds commun sans préaffectation
   *[area] sur le solde préaffecté au domaine thématique { $area }
}.
record3-split = { $organisation } : { $amount }
record3-corrected-outcome = Rectifié dans cette révision. Auparavant, la décision était : { $outcome }.
record3-corrected-funding = Auparavant, le montant approuvé était de { $amount }, { $source ->
    [pool] sur le fonds commun sans préaffectation
   *[area] sur le solde préaffecté au domaine thématique { $area }
}.
record3-corrected-conditions = Auparavant, les conditions étaient : { $conditions }
record3-column-tally = Décompte par groupe représenté
record3-column-join = Adhère
record3-column-object = Objecte
record3-column-abstain = S’abstient
record3-column-recuse = Se récuse
record3-column-no-answer = Sans réponse
record3-all-constituencies = Tous les groupes
record3-no-quorum = Pas de quorum : { $participating } des { $required } membres requis participent.
record3-consensus = Consensus : aucun membre ne fait objection (les membres récusés ne sont pas comptés).
record3-no-consensus = Pas de consensus : { $count ->
    [one] { $count } objection.
   *[other] { $count } objections.
}
record3-simple-majority = { $holds ->
    [yes] Majorité simple atteinte
   *[no] Majorité simple non atteinte
} : { $for } pour, { $against } contre (abstentions et récusations non comptées).
record3-qualified-majority = { $holds ->
    [yes] Majorité des { $numerator }/{ $denominator } atteinte
   *[no] Majorité des { $numerator }/{ $denominator } non atteinte
} : { $for } des { $cast } voix exprimées sont pour.
record3-objection = Objection de { $member } : { $reason }
record3-override = Dérogation décidée par la présidence : { $reason }
record3-funds-heading = Fonds après les décisions
record3-column-area = Domaine thématique
record3-column-allocated = Alloué
record3-column-available = Disponible
record3-signature-heading = Signature
record3-signed = Signé par la présidence, { $chair }, le { $when }. Le décompte porte sur les positions signées de { $count ->
    [one] { $count } membre.
   *[other] { $count } membres.
}
record3-check-heading = Comment vérifier ce relevé
record3-check = Le fichier de décisions signé par la présidence, à partir duquel ces pages ont été établies, est joint à ce PDF. Chacun peut le vérifier, avec SC Desk (Vérifier) ou avec tout programme qui vérifie ce type de signature électronique (DSSE, Ed25519) : la signature doit être valide sous la clé de la présidence, dont l’empreinte est :
record3-check-roster = Comparez-la avec la clé de la présidence dans la liste des membres publiée par le Fonds. SC Desk établit aussi de nouveau ces pages à partir du fichier joint et les compare avec ce PDF, de sorte que toute modification de l’un ou de l’autre est détectée.
record3-technical = Détails techniques
record3-payload-hash = SHA-256 du contenu signé : { $hash }
record3-signature = Signature (Ed25519, base64) : { $signature }
record3-replaces = SHA-256 du contenu du fichier de décisions que cette révision remplace : { $hash }
