# Le texte fixe de la fenêtre (ui/index.html) : titres, libellés, boutons et aides de
# chaque écran. Un élément marqué data-l10n-id="page-…" affiche le message ; ses attributs
# (.aria-label, .placeholder) deviennent ceux de l’élément.

## L’en-tête : le fonds, les rubriques, la langue

page-fund-default = Comité de pilotage
page-tabs =
    .aria-label = Rubriques
page-tab-dashboard = Tableau de bord
page-tab-dossiers = Dossiers
page-tab-meeting = Réunion
page-tab-positions = Mes positions
page-tab-trust = Identité et liste des membres
page-tab-import = Importer des fichiers
page-demo-badge = Données de démonstration
page-language = Langue

## La ligne d’état, le premier démarrage et la phrase secrète

page-status-opening = Ouverture de l’espace de travail…
page-first-run-title = Bienvenue dans SC Desk
page-first-run-intro = SC Desk est l’outil avec lequel un membre du Comité de pilotage examine les dossiers des programmes et consigne ses positions dans des fichiers signés, et avec lequel la présidence consigne les décisions du Comité.
page-first-run-demo = Essayer la démonstration
page-first-run-demo-help = Des membres, des programmes et des réunions fictifs, avec les contributions publiées par le Fonds. Essayez-la dans le rôle d’un membre, de la présidence ou de l’UGF.
page-first-run-mine = Créer mon espace de travail
page-first-run-mine-help = Un espace de travail vide pour votre propre siège, destiné aux fichiers que vous envoie votre Unité de gestion du Fonds. Vous pourrez à tout moment y ouvrir la démonstration.
page-passphrase-title = Déverrouiller l’espace de travail
page-passphrase-why = Pourquoi pas de gestionnaire de mots de passe ?
page-passphrase-label = Phrase secrète
page-passphrase-again = La même phrase secrète, une seconde fois
page-passphrase-warning = Si cette phrase secrète est oubliée, personne ne pourra plus ouvrir cet espace de travail : ni vous, ni SC Desk, ni l’Unité de gestion du Fonds. Notez-la et conservez-la en lieu sûr. Une fois l’espace de travail ouvert, sauvegardez-le aussi (Identité et liste des membres).
page-passphrase-submit = Déverrouiller

## Tableau de bord

page-demo-banner-title = Données de démonstration.
page-demo-banner-text = Les contributions sont les chiffres publiés par le Fonds (août 2024) ; les membres, les programmes communs et les réunions sont fictifs, pour vous permettre d’essayer SC Desk.
page-demo-role = Essayer la démonstration en tant que
page-demo-role-switch = Changer
page-setup-title = Prochaines étapes pour votre espace de travail
page-kpis =
    .aria-label = Chiffres clés
page-kpi-total = Contributions reçues
page-kpi-contributors = Contributeurs
page-kpi-dossiers = Programmes communs
page-kpi-meeting = Prochaine réunion
page-contrib-title = Contributions par contributeur
page-col-contributor = Contributeur
page-col-amount = Montant
page-col-share = Part
page-col-earmark = Préaffectation
page-col-total = Total
page-dossiers-title = Dossiers des programmes communs
page-col-programme = Programme
page-col-countries = Pays
page-col-area = Domaine
page-col-status = Statut
page-col-budget = Budget
page-funds-title = Fonds disponibles par domaine thématique
page-col-earmarked-balance = Solde préaffecté
page-col-allocated = Alloué
page-col-target = Cible
page-settings-title = Paramètres du Fonds
page-settings-note = Le Fonds ne publie pas ces valeurs ; ce sont des valeurs par défaut que l’UGF peut modifier.
page-col-setting = Paramètre
page-col-value = Valeur
page-col-why = Pourquoi cette valeur

## Dossiers : la liste, la comparaison, un dossier

page-filter-text =
    .placeholder = Rechercher dans les titres, les résumés, les examens et vos notes
    .aria-label = Rechercher
page-filter-area =
    .aria-label = Domaine thématique
page-filter-area-all = Tous les domaines
page-filter-status =
    .aria-label = Statut
page-filter-status-all = Tous les statuts
page-status-concept-note = Note conceptuelle
page-status-pipeline = En réserve
page-status-recommended = Recommandé
page-status-funded = Financé
page-status-not-approved = Non approuvé
page-status-closed = Clôturé
page-filter-region =
    .aria-label = Région
page-filter-region-all = Toutes les régions
page-filter-reviewed =
    .aria-label = Examen
page-filter-reviewed-any = Examinés ou non
page-filter-reviewed-yes = Examinés
page-filter-reviewed-no = Non examinés
page-filter-agenda = À l’ordre du jour
page-filter-flagged = Avec des questions
page-filter-sort =
    .aria-label = Trier par
page-sort-reference = Tri : référence
page-sort-title = Tri : titre
page-sort-budget = Tri : budget
page-sort-area = Tri : domaine
page-sort-status = Tri : statut
page-col-compare = Comparer
page-col-review = Examen
page-compare-button = Comparer la sélection
page-compare-title = Dossiers côte à côte
page-compare-back = Retour à la liste
page-dossier-back = ← Tous les dossiers
page-dv-changes-title = Modifié depuis la version que vous avez examinée
page-col-field = Rubrique
page-col-before = Avant
page-col-now = Maintenant
page-dv-flags-title = Contrôles de cohérence
page-dv-summary = Résumé
page-dv-budget = Budget
page-col-un-organisation = Organisation des Nations Unies participante
page-col-direct = Coûts directs
page-col-indirect = Coûts indirects (7 %)
page-dv-markers = Marqueurs
page-col-marker = Marqueur
page-col-score = Note
page-col-meaning = Signification
page-col-minimum = Minimum
page-dv-objectives = Objectifs du Pacte mondial pour les migrations et cibles des ODD
page-dv-partners = Partenaires nationaux
page-dv-review = Examen technique de l’UGF
page-col-principle = Principe directeur
page-col-assessment = Appréciation
page-dv-documents = Documents
page-dv-your-review = Votre examen
page-dv-mark = Marquer comme examiné
page-dv-note-title = Note personnelle
page-dv-note-help = Chiffrée sur cet ordinateur ; jamais exportée.
page-dv-note-save = Enregistrer la note
page-dv-questions = Questions pour la réunion
page-dv-question =
    .placeholder = Une question à soulever
page-dv-question-flag = Inscrire la question
page-dv-conflict = Conflit d’intérêts
page-dv-conflict-reason =
    .placeholder = Motif (obligatoire)
page-dv-conflict-declare = Déclarer un conflit d’intérêts
page-dv-conflict-withdraw = Retirer

## Réunion : une nouvelle réunion, le décompte, les relevés

page-nm-title = Nouvelle réunion
page-nm-intro = Signée avec votre clé et enregistrée dans un fichier de réunion à envoyer aux membres. L’ordre du jour reprend les dossiers cochés ci-dessous, dans l’ordre affiché, puis les autres décisions.
page-nm-id = Identifiant
page-nm-kind = Type
page-kind-in-person = En présentiel
page-kind-virtual = Virtuelle
page-kind-written-procedure = Procédure écrite
page-nm-at = Début (votre heure locale)
page-nm-history = Cette réunion a déjà eu lieu : la saisir comme trace du passé (son fichier l’indique)
page-nm-place = Lieu
page-nm-place-input =
    .placeholder = Genève, Palais des Nations
page-nm-title-label = Titre
page-nm-title-input =
    .placeholder = Comité de pilotage — première réunion de 2027
page-nm-funding = Décisions de financement
page-nm-other = Autres décisions, une par ligne
page-nm-submit = Signer et enregistrer le fichier de réunion…
page-nm-cancel = Annuler
page-mt-title = Réunion
page-mt-select =
    .aria-label = Réunion
page-mt-save-file = Enregistrer le fichier de réunion…
page-mt-new = Nouvelle réunion…
page-mt-deadline = Procédure écrite : date limite (votre heure locale)
page-mt-open-written = Ouvrir la procédure écrite
page-mt-seats = Sièges
page-col-member = Membre
page-col-constituency = Groupe représenté
page-col-position-file = Fichier de positions
page-col-attendance = Présence
page-mt-funds = Fonds disponibles après les décisions déjà prises
page-mt-export = Exporter le fichier de décisions signé…
page-mt-record = Relevé de décisions
page-mt-record-note = Un PDF établi à partir du fichier de décisions signé, qu’il contient, de sorte que le PDF peut être vérifié à lui seul.
page-mt-print = Imprimer le relevé
page-mt-paper =
    .aria-label = Papier
page-paper-letter = Lettre US
page-mt-save-pdf = Enregistrer en PDF…
page-year-label = Toutes les réunions aux décisions arrêtées en
page-year-submit = Enregistrer les relevés de l’année en un seul PDF…
page-register-from = Registre public des décisions du
page-register-to = au
page-register-iati = Identifiant d’organisation IATI (facultatif)
page-register-submit = Publier le registre…
page-register-help = Le registre est un petit site web destiné aux pages du Fonds : toutes les décisions de la période, les relevés en PDF et les fichiers signés, avec un programme que chacun peut exécuter pour les vérifier. Les notes, les questions et les positions n’y figurent jamais.
page-register-iati-help = Avec l’identifiant d’organisation IATI sous lequel le Fonds rend compte, le registre répertorie aussi les programmes financés selon la norme IATI, pour les sites consacrés à la transparence de l’aide. Laissez-le vide pour publier sans lui.

## Mes positions

page-pos-title = Mes positions
page-pos-intro = Vos positions restent à l’état de projet sur cet ordinateur jusqu’à ce que vous les exportiez dans un fichier signé destiné à la présidence. Un fichier plus récent remplace le précédent.
page-col-item = Point
page-col-agenda = Ordre du jour
page-col-position = Position
page-col-reason = Motif (obligatoire pour une objection ou une récusation)
page-pos-unsaved = Vos positions comportent des modifications non enregistrées.
page-pos-unsaved-save = Les enregistrer et continuer
page-pos-unsaved-discard = Les abandonner et continuer
page-pos-unsaved-stay = Rester ici
page-pos-save = Enregistrer les positions
page-pos-export = Exporter le fichier de positions signé…
page-pos-exported = Fichiers exportés

## Identité et liste des membres

page-identity-title = Votre identité
page-identity-intro = Cette empreinte identifie votre clé de signature. Lors de votre inscription, l’UGF la vérifie avec vous, par téléphone ou en personne, groupe par groupe.
page-identity-seat = Siège
page-identity-files = Fichiers signés détenus
page-enrol-title = S’inscrire auprès de l’UGF
page-enrol-name = Votre nom
page-enrol-org = Organisation
page-enrol-submit = Enregistrer le fichier d’inscription…
page-backup-title = Sauvegarder cet espace de travail
page-backup-intro = Un seul fichier contient tout ce qui se trouve ici : votre clé de signature, vos notes, marques, positions et votre historique, scellés par une phrase secrète de votre choix. Il vous permet de restaurer cet espace de travail sur un autre ordinateur. Conservez le fichier et sa phrase secrète séparément.
page-backup-pass = Phrase secrète de la sauvegarde (au moins 10 caractères)
page-backup-submit = Enregistrer la sauvegarde…
page-roster-title = Liste des membres
page-roster-none = Aucune liste des membres n’est encore fixée comme référence. Choisissez le fichier de la liste des membres que l’UGF vous a envoyé, confirmez l’empreinte de son signataire auprès de l’UGF, par téléphone ou en personne, puis fixez-la comme référence. Chaque fichier reçu ensuite est vérifié par rapport à elle.
page-roster-version = Liste des membres, version
page-roster-preview-seats = sièges, UGF :
page-roster-signed-by = Signée par la clé dont l’empreinte est :
page-pin-label = Saisissez l’empreinte que l’UGF vous a communiquée par téléphone ou en personne
page-pin-submit = Fixer cette liste comme référence
page-roster-issued = publiée le
page-col-name = Nom
page-col-constituency-role = Groupe représenté ou rôle
page-col-organisation = Organisation
page-col-term = Mandat
page-col-fingerprint = Empreinte de la clé

## Importer des fichiers

page-opened-title = Fichiers que vous avez ouverts
page-opened-intro = Rien n’est importé tant que vous ne l’avez pas décidé. Un fichier n’est digne de confiance que par sa signature.
page-import-title = Importer des fichiers signés
page-import-intro = Listes des membres, réunions, dossiers, fichiers de positions et de décisions, ou lots de ces fichiers. Un fichier n’est digne de confiance que par sa signature, jamais par la façon dont il est arrivé.
page-import-drop = Déposez des fichiers sur cette fenêtre, ou choisissez-les :
page-import-files =
    .aria-label = Choisir les fichiers signés à importer
page-import-clear = Vider la liste
