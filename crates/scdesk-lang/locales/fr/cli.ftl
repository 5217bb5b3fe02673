## Les phrases propres à la ligne de commande (src/main.rs) : ce qu’une commande a fait,
## sa progression, ses invites et ses erreurs. Identifiants, chemins, empreintes, dates,
## montants et commandes sont donnés déjà écrits.

## Erreurs et invites

# La ligne d’erreur après « scdesk: ». $reason est error-io-reason.
cli-output-failed = impossible d’écrire la sortie : { $reason }
# Une erreur dite avec ce que faisait la commande : $context, puis $cause (chacune une
# phrase à part entière, sans majuscule).
cli-error-join = { $context } : { $cause }
# $option est l’option à ajouter (`--data-dir DIR`).
cli-no-data-dir = aucun dossier de données n’a été trouvé pour cet utilisateur ; indiquez-en un avec { $option }
cli-could-not-read = impossible de lire { $path }
cli-could-not-write = impossible d’écrire { $path }
cli-could-not-create = impossible de créer { $path }
cli-passphrase-file = impossible de lire le fichier de la phrase secrète { $path }
# $option est `--passphrase`.
cli-keyring-needed = la clé de la base de données est conservée dans le trousseau de clés du système ; pour utiliser plutôt une phrase secrète, ajoutez { $option }
# Les invites dans le terminal ; la ligne de commande ajoute une espace après chacune.
cli-prompt-passphrase = Phrase secrète :
cli-prompt-passphrase-again = Confirmez la phrase secrète :
cli-passphrases-differ = les deux phrases secrètes diffèrent ; rien n’a été créé
cli-prompt-backup-passphrase = Phrase secrète de la sauvegarde :
cli-prompt-backup-passphrase-again = Confirmez la phrase secrète de la sauvegarde :
cli-backup-passphrases-differ = les deux phrases secrètes diffèrent ; rien n’a été écrit
# $variable est le nom de la variable d’environnement.
cli-no-backup-passphrase = aucune phrase secrète de sauvegarde : définissez { $variable } ou lancez la commande dans un terminal
# Une heure saisie après --at. $text : ce qui a été saisi ; $example : une heure telle
# qu’elle peut être saisie.
cli-time-not-a-time = « { $text } » n’est pas une heure : écrivez « { $example } » (votre heure locale) ou une heure au format RFC 3339
cli-time-clock-change = « { $text } » tombe pendant un changement d’heure dans votre fuseau horaire : indiquez-la au format RFC 3339, avec son décalage

## Mots employés à plusieurs endroits

# La ligne des totaux d’un tableau.
cli-total = Total
# Un domaine thématique, par son numéro.
cli-area = domaine { $area }
# Comment la clé de l’espace de travail est conservée ; après « clé ».
cli-key-storage = { $storage ->
        [keyring] dans le trousseau de clés du système
       *[passphrase] protégée par une phrase secrète
    }
# Le rôle d’un siège dans la liste des membres.
cli-role = { $role ->
        [chair] présidence
        [fmu] UGF
       *[member] membre
    }
# Un type de fichier signé ($kind est le code de la bibliothèque, ses espaces écrites en
# traits d’union).
cli-file-kind = { $kind ->
        [enrolment] fichier d’inscription
        [roster] liste des membres
        [meeting] fichier de réunion
        [dossier-package] paquet de dossiers
        [position-file] fichier de positions
        [decision-file] fichier de décisions
       *[contribution-statement] relevé des contributions
    }
# L’étiquette de tout ce qui est affiché depuis l’espace de travail de démonstration.
cli-demo-label = Données de démonstration
# Une durée en mois.
cli-months = { $count } mois

## L’espace de travail : init, demo, workspace, backup, restore

cli-created = Espace de travail { $id } créé dans { $path } (clé { $storage })
cli-created-demo = Espace de travail { $id } créé dans { $path } (clé { $storage }), avec les données de démonstration
cli-restored = Espace de travail { $id } restauré dans { $path } (clé { $storage }).
# $size en kilo-octets.
cli-backup-written = La sauvegarde de l’espace de travail ({ $size } Ko) a été écrite dans { $path }. Conservez-la à l’écart de sa phrase secrète : ensemble, elles ouvrent tout ce que contient cet espace de travail.
# `scdesk workspace` : les intitulés sont alignés, les valeurs à leur suite.
cli-workspace = Espace de travail { $id }
cli-workspace-folder = dossier :  { $path }
cli-workspace-key = clé :      { $storage }
cli-workspace-schema = schéma :   version { $version }
# $label est « Données de démonstration » ou semblable, fourni par la bibliothèque.
cli-workspace-content = contenu :  { $label }

## Le Fonds et sa comptabilité

cli-fund-as-of = Contributions au { $date }
cli-fund-none = Aucune contribution enregistrée.
cli-fund-earmarked = préaffectée : domaine { $area }
cli-fund-contributors = ({ $count ->
        [one] { $count } contributeur
       *[other] { $count } contributeurs
    })
cli-fund-by-earmark = Par préaffectation :
# $agent : le nom de l’Agent administratif ; $percent : sa commission (1 %) ; $fee : le
# montant.
cli-fund-fee = Commission de l’Agent administratif ({ $agent }), { $percent } : { $fee }
# `scdesk ledger show` : les intitulés des montants, alignés par la ligne de commande.
cli-ledger-committed = Engagé :
cli-ledger-deposited = Versé :
cli-ledger-fee = Commission ({ $percent }) :
cli-ledger-allocated = Alloué :
cli-ledger-transferred = Transféré :
cli-ledger-pool = Réserve commune sans préaffectation disponible : { $amount }
# Les fonds d’un domaine thématique ; $share et $target sont des pourcentages.
cli-ledger-area = domaine { $area } : disponible { $available } (préaffecté { $earmarked }), alloué { $allocated } ({ $share } du total ; objectif { $target })
cli-ledger-contribution = La contribution de { $contributor } a été enregistrée.
cli-ledger-statement = Relevé des contributions, version { $version }, au { $date } : { $count ->
        [one] { $count } contributeur
       *[other] { $count } contributeurs
    }, { $total } au total ; écrit dans { $path }
cli-ledger-transfer = Un transfert de { $amount } a été enregistré pour le point { $item } de { $meeting }.

## Les dossiers

# La légende sous la liste : les marques de la première colonne (R, *, A, Q, C) restent
# telles quelles.
cli-dossier-list-legend = { $count ->
        [one] { $count } dossier
       *[other] { $count } dossiers
    }. R examiné, * modifié depuis l’examen, A à l’ordre du jour, Q questions, C conflit d’intérêts.
cli-dossier-heading = { $reference } — { $title } (version { $version })
cli-dossier-area = domaine { $area } : { $name }
# $coordinator : le coordonnateur résident qui l’a soumis ; $start : la date de début.
cli-dossier-submitted = Soumis par { $coordinator } ; { $months } mois à compter du { $start }
cli-dossier-conflict = CONFLIT D’INTÉRÊTS déclaré : { $reason }
cli-dossier-changed = Modifié depuis la version que vous avez examinée ({ $version }) :
cli-dossier-change = { $field } : { $before } → { $after }
cli-dossier-budget = Budget ({ $percent } de coûts indirects compris dans chaque ligne) :
cli-dossier-markers = Marqueurs :
cli-dossier-marker-missing = — manquant
# Les objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières.
cli-dossier-objectives = Objectifs du Pacte mondial sur les migrations : { $objectives }
cli-dossier-review = Examen de l’UGF : { $review }
# $type : le type de média du document ; $size en octets ; $hash : son SHA-256.
cli-dossier-document = Document : { $name } ({ $type }, { $size } octets, SHA-256 { $hash })
cli-dossier-note = Votre note : { $note }
cli-dossier-question = Question pour la réunion : { $question }
cli-dossier-reviewed = Examiné.
cli-dossier-not-reviewed = Pas encore examiné.
# $progress est review-progress, fourni par la bibliothèque.
cli-dossier-marked = { $id } : marqué comme examiné. { $progress }
cli-dossier-unmarked = { $id } : marque d’examen retirée. { $progress }
cli-note-saved = Note enregistrée (privée : elle n’est jamais exportée).
cli-question-flagged = Question signalée pour la réunion.
cli-conflict-withdrawn = Déclaration de conflit d’intérêts retirée.
cli-conflict-declared = Conflit d’intérêts déclaré ; sur ce dossier, votre position sera une récusation.
# $error : pourquoi le filtre a été refusé ; $command : l’aide à consulter.
cli-dossier-query-bad = { $error } : voir « { $command } » pour les valeurs possibles
cli-document-written = { $name } a été écrit dans { $path }

## Identité et liste des membres

cli-identity-fingerprint = Empreinte :    { $fingerprint }
cli-identity-public-key = Clé publique : { $key }
cli-identity-seat = Siège :        { $seat } ({ $role })
cli-identity-no-seat = Siège :        aucun dans la liste des membres fixée comme référence
cli-enrolment-written = Votre fichier d’inscription a été écrit dans { $path } ; envoyez-le à l’UGF et communiquez-lui de vive voix votre empreinte :
cli-key-backup-written = La sauvegarde chiffrée de votre clé a été écrite dans { $path }. Conservez-la à l’écart de sa phrase secrète.
cli-key-restored = La clé a été restaurée ; son empreinte : { $fingerprint }
# $issued : la date d’émission de la liste ; $seats : son nombre de sièges.
cli-roster-preview = Liste des membres, version { $version }, du fonds { $fund }, émise le { $issued } : { $seats ->
        [one] { $seats } siège
       *[other] { $seats } sièges
    }.
cli-roster-fmu-seats = Sièges de l’UGF : { $seats }
cli-roster-signed-by = Signée par la clé : { $fingerprint }
cli-roster-confirm = Vérifiez cette empreinte auprès de l’UGF, par téléphone ou en personne, puis lancez :
# La commande à lancer, l’empreinte étant à saisir à la place de <l’empreinte>.
cli-roster-pin-command = scdesk roster pin { $file } --fingerprint '<l’empreinte>'
cli-roster-pinned = Liste des membres, version { $version }, fixée comme référence ({ $seats ->
        [one] { $seats } siège
       *[other] { $seats } sièges
    }).
cli-roster-your-seat = Votre clé occupe le siège { $seat }.
cli-roster-no-seat = Votre clé n’occupe aucun siège dans cette liste des membres.
cli-roster = Liste des membres, version { $version }, du fonds { $fund }, émise le { $issued }
# Le mandat d’un siège : son premier et son dernier jour.
cli-term = du { $start } au { $end }

## Les fichiers signés : import, export, sign, verify

# Une ligne par fichier importé. $outcome est cli-import-outcome ; $message vient de la
# bibliothèque.
cli-import-line = { $file } : { $outcome } : { $message }
cli-import-outcome = { $outcome ->
        [imported] importé
        [replaced] importé (remplace un fichier antérieur)
        [duplicate] ignoré (déjà importé)
        [stale] ignoré (périmé)
        [disputed] conservé comme preuve, CONTESTÉ
        [rejected] REFUSÉ
       *[not_imported] NON IMPORTÉ
    }
cli-import-not-imported = { $count ->
        [one] { $count } fichier n’a pas été importé en raison de l’espace de travail (voir ci-dessus) ; importez-le de nouveau une fois le problème résolu
       *[other] { $count } fichiers n’ont pas été importés en raison de l’espace de travail (voir ci-dessus) ; importez-les de nouveau une fois le problème résolu
    }
cli-import-rejected = { $count ->
        [one] { $count } fichier refusé ; rien n’en a été importé
       *[other] { $count } fichiers refusés ; rien n’en a été importé
    }
cli-exported-decisions = Le fichier de décisions signé pour { $meeting } a été écrit dans { $path }
cli-exported-positions = Votre fichier de positions signé pour { $meeting } a été écrit dans { $path }
# $payload : le fichier signé ; $kind est cli-file-kind.
cli-signed = Le fichier { $payload } a été signé ({ $kind }) et écrit dans { $path }
# Avant la raison pour laquelle un fichier n’est pas valide.
cli-invalid = non valide
# $kind est cli-file-kind ; $who : qui l’a signé ; $key : l’empreinte de la clé.
cli-valid = valide : { $kind }, signature de { $who }, clé { $key }
cli-signer-seat = { $name } (siège { $seat })
cli-signer-given-key = la clé indiquée
cli-file-hash = SHA-256 du fichier : { $hash }
# $language : la langue dans laquelle le relevé a été redessiné (en, fr ou es).
cli-valid-record = valide : le PDF est bien le relevé du fichier de décisions signé qu’il contient (redessiné avec la mise en page { $layout } des relevés, en { $language ->
        [en] anglais
        [fr] français
       *[es] espagnol
    }, puis comparé)
# Le recomptage d’un point : $matches vaut yes ou no ; puis les réponses recomptées.
cli-recount-item = point { $item } : { $matches ->
        [yes] le recomptage concorde
       *[no] LE RECOMPTAGE DIFFÈRE
    } ({ $join ->
        [one] { $join } adhésion
       *[other] { $join } adhésions
    }, { $object ->
        [one] { $object } objection
       *[other] { $object } objections
    }, { $abstain ->
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }, { $recuse ->
        [one] { $recuse } récusation
       *[other] { $recuse } récusations
    }, { $noAnswer } sans réponse)
# Les réponses que compte la décision signée, quand le recomptage diffère ; $detail dit
# en quoi.
cli-recount-signed = signé : { $join ->
        [one] { $join } adhésion
       *[other] { $join } adhésions
    }, { $object ->
        [one] { $object } objection
       *[other] { $object } objections
    }, { $abstain ->
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }, { $recuse ->
        [one] { $recuse } récusation
       *[other] { $recuse } récusations
    }, { $noAnswer } sans réponse — { $detail }
# Un fichier de positions qui diffère ; $problem vient de la bibliothèque.
cli-recount-file-differs = FICHIER DIFFÉRENT : fichier { $file } { $problem }
cli-recount-file-differs-seat = FICHIER DIFFÉRENT : siège { $seat } : fichier { $file } { $problem }
cli-recount-differs = le recomptage ne concorde pas avec la décision signée

## Réunions, positions et décisions

# $status est le code de la bibliothèque, ses espaces écrites en traits d’union.
cli-meeting-status = { $status ->
        [upcoming] à venir
        [in-session] en séance
        [awaiting-decisions] en attente des décisions
        [open] procédure écrite en cours
        [decided] décidée
       *[other] { $status }
    }
# Combien des points de la réunion sont décidés.
cli-meeting-decided = { $decided }/{ $items } décidés
# $rule : la règle de décision ; $quorum : les membres requis ; $note : le paramètre du
# quorum.
cli-meeting-rule = Règle de décision : { $rule }. Quorum : { $quorum ->
        [one] { $quorum } membre
       *[other] { $quorum } membres
    } (paramètre : { $note })
cli-meeting-answered = Ont répondu : { $seats }
cli-meeting-not-answered = Sans réponse : { $seats }
cli-meeting-final = Les décisions sont signées (révision { $revision }) et définitives.
cli-meeting-item = Point { $item } : { $text }
# Les réponses sur un point ; $explanation est le décompte en toutes lettres fourni par
# la bibliothèque.
cli-meeting-tally = { $join ->
        [one] { $join } adhésion
       *[other] { $join } adhésions
    }, { $object ->
        [one] { $object } objection
       *[other] { $object } objections
    }, { $abstain ->
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }, { $recuse ->
        [one] { $recuse } récusation
       *[other] { $recuse } récusations
    }, { $noAnswer } sans réponse ; { $participating ->
        [one] { $participating } participe
       *[other] { $participating } participent
    }. { $explanation }
cli-meeting-objection = Objection ({ $seat }) : { $reason }
cli-meeting-decision = Décision : { $decision }
cli-meeting-override = Dérogation : { $reason }
cli-meeting-attended = { $seat } : { $status ->
        [present] présent
        [represented] représenté
       *[absent] absent
    } à la réunion { $meeting }.
cli-meeting-not-held = la réunion a été signée mais n’est pas conservée dans cet espace de travail
# $kind : la forme de la réunion ; $time : son début ; $count : les points de son ordre du
# jour.
cli-meeting-published = Réunion { $meeting } ({ $kind }, { $time }), { $count ->
        [one] { $count } point à l’ordre du jour
       *[other] { $count } points à l’ordre du jour
    } : fichier de réunion signé écrit dans { $path }
cli-meeting-written = Procédure écrite sur { $meeting } ouverte jusqu’au { $deadline } : le silence vaut absence d’objection ; une seule objection suffit à bloquer.
# $stance : la position en toutes lettres ; $command : la commande qui l’exporte.
cli-position-set = Point { $item } de { $meeting } : { $stance } (brouillon ; exportez-le avec « { $command } »).
# $options : les options parmi lesquelles choisir.
cli-position-choose = choisissez une seule de ces options : { $options }
# $decision : la décision en toutes lettres ; $tally : le décompte en toutes lettres.
cli-decide-recorded = Point { $item } : décision enregistrée ({ $decision }). { $tally }
# $source est decision-funding-source, fourni par la bibliothèque.
cli-decide-allocated = { $amount } { $currency } alloués, provenant { $source }.
cli-area-available = domaine { $area } : disponible { $available }
cli-decide-corrected = Relevé corrigé de la réunion { $meeting } : révision { $revision } signée et enregistrée dans { $path }. Envoyez-la aux membres.

## Les relevés, le registre et le journal d’audit

cli-record-progress = Mise en page du relevé { $done } sur { $total }
cli-record-written = Le relevé de décisions de { $meeting } a été écrit dans { $path }
cli-records-written = Les relevés de décisions de { $year } ont été écrits dans { $path }
cli-publish-written = Le registre public a été écrit dans { $path } : { $decisions ->
        [one] { $decisions } décision
       *[other] { $decisions } décisions
    }, { $meetings ->
        [one] { $meetings } réunion
       *[other] { $meetings } réunions
    }.
# $what est la raison, fournie par la bibliothèque, pour laquelle un élément est écarté.
cli-publish-left-out = Non publié : { $what }.
# $command : le vérificateur à lancer ; $file : le guide de vérification du site.
cli-publish-check = Chacun peut le vérifier : { $command } dans ce dossier, avec l’empreinte de la liste des membres de l’UGF (voir { $file }).
# $file est workspace.json, qui consigne la dernière entrée du journal ; les entrées par
# leur numéro.
cli-audit-broken = le journal d’audit est rompu à l’entrée { $entry } : { $reason }. Aucune entrée à partir de celle-ci n’est digne de confiance.
cli-audit-missing = des entrées validées manquent : { $file } atteste (signature à l’appui) que le journal d’audit a atteint l’entrée { $recorded }, mais la base de données s’arrête à l’entrée { $entries }. Les modifications postérieures à l’entrée { $entries } ont été perdues (un fichier de base de données remplacé par une copie plus ancienne, ou son journal de transactions supprimé) ; restaurez l’espace de travail à partir d’une sauvegarde
cli-audit-rewritten = l’entrée { $recorded } du journal d’audit n’est pas celle qu’atteste { $file } (signature à l’appui) : le journal a été réécrit à partir de là ; restaurez l’espace de travail à partir d’une sauvegarde
cli-audit-unsigned = la mention de la dernière entrée du journal d’audit dans { $file } n’est pas signée par la clé de cet espace de travail : elle a été modifiée en dehors de SC Desk
cli-audit-removed = la mention de la dernière entrée du journal d’audit a été retirée de { $file } en dehors de SC Desk : des entrées perdues avec la base de données pourraient donc passer inaperçues ; restaurez { $file } à partir d’une sauvegarde du dossier
cli-audit-whole = Le journal d’audit est intact : { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }, chacune liée à la précédente.
cli-audit-ahead = Ses dernières entrées (après l’entrée { $recorded }) ont été écrites après la dernière mention consignée dans { $file }, comme après une modification interrompue ; rien ne manque.
cli-audit-not-recorded = { $file } ne consigne pas la dernière entrée (espace de travail créé par une version antérieure de SC Desk) : des entrées perdues avec la base de données ne pourraient pas être détectées.
cli-audit-head-ok = Il s’arrête à l’entrée qu’atteste { $file }, signée par la clé de cet espace de travail : aucune entrée validée ne manque.
