## Les mots du tableau de bord écrits par la bibliothèque : les premières étapes du poste
## d’un membre, le décompte des dossiers, les paramètres du Fonds, le type de la
## prochaine réunion et les préaffectations.

desk-setup-enrol = Envoyez votre inscription à l’UGF
    .detail = Enregistrez votre fichier d’inscription (Identité et liste des membres) et envoyez-le à l’Unité de gestion du Fonds, qui attribue à votre clé son siège sur la liste des membres du Comité.
desk-setup-roster = Confirmez l’empreinte de l’UGF et fixez la liste des membres comme référence
    .detail = Lorsque le fichier de la liste des membres arrive, comparez son empreinte avec l’UGF, par téléphone ou en personne, puis fixez-la comme référence : chaque fichier reçu ensuite est vérifié par rapport à elle.
desk-setup-files = Importez le dossier de programmes et la réunion
    .detail = L’UGF envoie les dossiers des programmes communs et la réunion sous forme de fichiers signés : importez-les pour examiner les dossiers et enregistrer vos positions.

desk-dossiers-note = { $funded ->
        [one] { $funded } financé
       *[other] { $funded } financés
    } · { $pipeline } en réserve
desk-meeting-note = { $kind } · { $count ->
        [one] { $count } point à l’ordre du jour
       *[other] { $count } points à l’ordre du jour
    }

desk-setting-quorum = Quorum (membres présents)
desk-setting-written-procedure = Délai de la procédure écrite (jours)
desk-setting-budget-ceiling = Plafond budgétaire par programme
desk-setting-duration = Durée (mois)
desk-setting-duration-value = { $min }–{ $max }
desk-setting-area-target = Part cible par domaine thématique
desk-percent = { $value } %

desk-meeting-in-person = En présentiel
desk-meeting-virtual = Virtuelle
desk-meeting-written-procedure = Procédure écrite

desk-earmark-none = Sans préaffectation
desk-earmark-area = Domaine thématique { $area }
