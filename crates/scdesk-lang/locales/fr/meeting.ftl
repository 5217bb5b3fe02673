## L’écran des réunions : les réunions, une nouvelle réunion, le décompte, les décisions de
## la présidence et leurs corrections, la procédure écrite et les relevés.

# Une réunion dans la liste : son titre, et où elle en est ($status est le code de la
# bibliothèque, ses espaces écrites en traits d’union).
meeting-list-entry = { $title } ({ $status ->
        [upcoming] à venir
        [in-session] en séance
        [awaiting-decisions] en attente des décisions
        [open] procédure écrite en cours
        [decided] décidée
       *[other] { $status }
    })
meeting-new-no-start = Indiquez la date et l’heure du début de la réunion.
meeting-file-saved-send = Le fichier de réunion signé a été enregistré dans { $path }. Envoyez-le aux membres.
meeting-file-saved = Le fichier de réunion signé a été enregistré dans { $path }.
# Les réponses sur un point : adhésion (au consensus), objection, abstention, récusation,
# et les membres qui n’ont pas répondu.
meeting-counts = { $join ->
        [one] { $join } adhésion
       *[other] { $join } adhésions
    } · { $object ->
        [one] { $object } objection
       *[other] { $object } objections
    } · { $abstain ->
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    } · { $recuse ->
        [one] { $recuse } récusation
       *[other] { $recuse } récusations
    } · { $noAnswer } sans réponse
# $counts est meeting-counts.
meeting-tally = { $counts } · { $participating ->
        [one] { $participating } participe
       *[other] { $participating } participent
    }
# $rule est le nom de la règle de décision donné par la bibliothèque (« Consensus »).
meeting-rule = Règle de décision : { $rule }. Quorum : { $quorum ->
        [one] { $quorum } membre
       *[other] { $quorum } membres
    }.
meeting-final = Les décisions sont signées (révision { $revision }) et définitives. Toute modification est une correction : une nouvelle révision du fichier de décisions, qui indique ce qu’elle modifie et pourquoi.
meeting-written-state = Procédure écrite ouverte le { $opened } ; échéance : { $deadline }. Le silence vaut absence d’objection ; une seule objection suffit à bloquer.
# Au survol du nom d’un membre : l’identifiant de son siège.
meeting-seat = Siège { $seat }
# Si le fichier de positions du membre a été reçu.
meeting-position-received = Reçu
meeting-position-none = Aucun
meeting-attendance-of = Présence de { $name }
meeting-area = Domaine { $area }
meeting-pool = À la date de la réunion. Fonds non préaffectés, que tout programme peut utiliser, quel que soit son domaine : { $amount }
# Un point de l’ordre du jour : son numéro et son texte.
meeting-item = Point { $item } : { $text }
meeting-item-dossier = { $title } · Domaine { $area } · budget { $budget }
# $state est le code de la bibliothèque pour l’état de la procédure écrite.
meeting-item-written = Procédure écrite : { $state ->
        [open] ouverte
        [adopted] adoptée
        [blocked] bloquée
       *[other] { $state }
    }
meeting-objection = Objection de { $name } : { $reason }
# $decision est le mot de la bibliothèque pour la décision (« Approuvé »).
meeting-decision = Décision : { $decision }
meeting-decision-conditions = Conditions : { $conditions }
meeting-decision-override = Dérogation : { $reason }
meeting-correct = Corriger cette décision…
meeting-choose-outcome = — choisissez la décision —
meeting-outcome = Décision
meeting-amount = Montant (USD)
# Un exemple de montant, écrit comme la langue écrit les montants.
meeting-amount-example = p. ex. 1 754 800
meeting-source = Source des fonds
meeting-conditions = Conditions
meeting-override = Motif de la dérogation
meeting-override-hint = Obligatoire si la décision s’écarte du décompte ou du plafond
meeting-correction = Motif de la correction
meeting-correction-hint = Ce qui est corrigé, et pourquoi (signé dans le relevé)
meeting-sign-correction = Signer le relevé corrigé…
meeting-record-decision = Enregistrer la décision
meeting-outcome-missing = Choisissez la décision.
meeting-correction-saved = Le fichier de décisions corrigé a été enregistré dans { $path }. Envoyez-le aux membres.
meeting-record-open = Le relevé est ouvert dans votre lecteur PDF : imprimez-le depuis celui-ci.
meeting-record-saved-print = Fichier enregistré : { $path }. Ouvrez-le avec un lecteur PDF pour l’imprimer.
meeting-saved = Fichier enregistré : { $path }.
meeting-year-progress = Mise en page des relevés : { $done } sur { $total }
meeting-register-published = Publié dans { $path } : { $decisions ->
        [one] { $decisions } décision
       *[other] { $decisions } décisions
    } de { $meetings ->
        [one] { $meetings } réunion
       *[other] { $meetings } réunions
    }. Ouvrez-y le fichier index.html pour le consulter.
# $line est la phrase de la bibliothèque sur ce qui n’a pas été publié.
meeting-register-left-out = Non publié : { $line }.
