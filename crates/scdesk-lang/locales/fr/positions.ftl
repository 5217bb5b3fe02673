## Les positions du membre sur la prochaine réunion.

positions-no-meeting = Aucune réunion à venir
positions-not-saved = Modifications pas encore enregistrées.
positions-title = Mes positions — { $title }
positions-item-position = Votre position sur le point { $item }
positions-not-decided = — non arrêtée —
positions-reason = Motif
# $counted vaut yes quand un fichier de décisions compte ce fichier parmi ceux que la
# présidence a pris en compte.
positions-file-sent = { $counted ->
        [yes] Fichier de positions { $sequence } envoyé, pris en compte par la présidence
       *[no] Fichier de positions { $sequence } envoyé
    }
positions-none-yet = Aucun pour l’instant.
# $message est la phrase de la bibliothèque expliquant le refus de la position.
positions-item-error = Point { $item } : { $message }
positions-saved = Enregistré.
