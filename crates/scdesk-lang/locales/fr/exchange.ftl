## Les fichiers signés, la page d’identité et la liste des membres, tels que la
## bibliothèque les formule pour l’écran : résultats d’importation, fichiers ouverts depuis
## l’extérieur, sièges et mandats.

# Ce qu’il est advenu d’un fichier importé.
exchange-outcome = { $outcome ->
        [imported] Importé
        [replaced] Importé (remplace)
        [duplicate] Déjà importé
        [stale] Ignoré (périmé)
        [disputed] Conservé, contesté
        [rejected] Refusé
       *[not_imported] Non importé
    }
# Qui occupe un siège, quand ce n’est pas le groupe d’un membre (nommé par le profil du
# Fonds).
exchange-seat-group = { $role ->
        [chair] Présidence du Comité
        [fmu] Unité de gestion du Fonds
       *[member] Membre
    }
# Le siège de cet espace de travail : le nom de son titulaire et son groupe
# (exchange-seat-group).
exchange-seat-words = { $name }, { $group }
# Qui a signé un fichier.
exchange-signer-chair = { $name } (présidence)
exchange-signer-member = { $name } ({ $group })
# Un siège de l’UGF d’une liste des membres pas encore fixée comme référence.
exchange-fmu-seat = { $name } ({ $organisation })
# Le mandat d’un siège dans la liste des membres : son premier et son dernier jour.
exchange-term = { $start } – { $end }
# Ce qu’une importation a fait, une ligne par fichier ($who : qui l’a signé ;
# $date : AAAA-MM-JJ).
exchange-import-duplicate = déjà importé ; rien n’a changé
exchange-import-same-statement = le même relevé des contributions signé est déjà détenu (sous un autre encodage) ; rien n’a changé
exchange-import-older-statement = le relevé des contributions version { $version } est plus ancien que la version { $held }, déjà détenue ; ignoré
exchange-import-same-meeting = le même fichier de réunion signé est déjà détenu (sous un autre encodage) ; rien n’a changé
exchange-import-older-meeting = la réunion { $meeting }, révision { $revision }, n’est pas plus récente que la révision { $held } ; ignorée
exchange-import-same-position = le même fichier de positions signé est déjà détenu (sous un autre encodage) ; rien n’a changé
exchange-import-roster = liste des membres version { $version }, de { $who } : { $seats ->
        [one] { $seats } siège
       *[other] { $seats } sièges
    }
exchange-import-meeting = réunion { $meeting } (révision { $revision }), de { $who } : { $items ->
        [one] { $items } point à l’ordre du jour
       *[other] { $items } points à l’ordre du jour
    }
exchange-import-package = paquet de dossiers de { $who } : { $versions ->
        [one] { $versions } nouvelle version de dossier
       *[other] { $versions } nouvelles versions de dossiers
    }, { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
exchange-import-position-disputed = { $who } a signé deux fichiers de positions différents pour { $meeting } avec le numéro d’ordre { $sequence } : les deux sont conservés comme preuve et aucun n’est pris en compte avant l’arrivée d’un fichier ultérieur de ce siège
exchange-import-position-stale = le fichier de positions { $sequence } de { $who } pour { $meeting } est plus ancien que le fichier { $top }, déjà détenu ; conservé, non pris en compte
exchange-import-position-replaces = le fichier de positions { $sequence } de { $who } pour { $meeting } remplace le fichier { $top }
exchange-import-position = fichier de positions { $sequence } de { $who } pour { $meeting } : { $items ->
        [one] { $items } point
       *[other] { $items } points
    }
exchange-import-decision = fichier de décisions de { $who } pour { $meeting }
exchange-import-statement = relevé des contributions version { $version }, de { $who }, au { $date } : { $contributions ->
        [one] { $contributions } contribution
       *[other] { $contributions } contributions
    }, { $deposited } déposés
exchange-import-enrolment = inscription de { $name } ({ $organisation }), clé { $key }
# Un fichier ouvert depuis l’extérieur, décrit avant son importation.
exchange-what-enrolment = Inscription de { $name } ({ $organisation }), qui demande un siège à l’UGF
exchange-what-roster = Liste des membres du Comité, version { $version }, { $seats ->
        [one] { $seats } siège
       *[other] { $seats } sièges
    }
exchange-what-meeting = Réunion { $meeting } : { $title } (révision { $revision })
exchange-what-package = Paquet de { $dossiers ->
        [one] { $dossiers } dossier
       *[other] { $dossiers } dossiers
    }
exchange-what-position = Fichier de positions du siège { $seat } pour la réunion { $meeting } ({ $positions ->
        [one] { $positions } position
       *[other] { $positions } positions
    })
exchange-what-decision = Fichier de décisions de la réunion { $meeting }
exchange-what-correction = Fichier de décisions de la réunion { $meeting }, correction (révision { $revision })
exchange-what-statement = Relevé des contributions version { $version }, au { $date }
# Un fichier signé que cet espace de travail refuserait : seul son type est indiqué.
exchange-file-kind = { $kind ->
        [enrolment] Inscription
        [roster] Liste des membres
        [meeting] Réunion
        [dossier_package] Paquet de dossiers
        [position] Fichier de positions
        [decision] Fichier de décisions
       *[contributions] Relevé des contributions
    }
exchange-file-unreadable = Un fichier que SC Desk ne peut pas lire
