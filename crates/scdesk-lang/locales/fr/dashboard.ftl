## Le tableau de bord : le Fonds, ses contributions, les dossiers, les fonds par domaine
## thématique et les paramètres du Fonds.

dashboard-contributions-chart = Diagramme en barres des contributions par contributeur
dashboard-fund-name = { $fund } · Comité de pilotage
dashboard-total-note-statement = au { $date } · relevé { $version }, signé par { $signer }
dashboard-total-note-entered = au { $date } · saisi dans cet espace de travail
dashboard-total-note-none = aucune contribution enregistrée
dashboard-unearmarked-note = { $amount } sans préaffectation
dashboard-meeting-none = Aucune réunion prévue
dashboard-contributions-as-of = Au { $date }
dashboard-unearmarked = Sans préaffectation
dashboard-area = Domaine { $area }
dashboard-funds-note = Réserve commune sans préaffectation : { $amount }, à laquelle un programme de tout domaine peut recourir en plus du solde préaffecté à son domaine. Les montants alloués comprennent tous les programmes financés.
dashboard-funds-allocated = { $amount } alloués
dashboard-funds-chart = Allocations par domaine thématique
dashboard-demo-role-chosen = Vous essayez désormais SC Desk en tant que { $seat }. Les positions en brouillon non encore envoyées ont été effacées.
dashboard-setup-open-trust = Ouvrir « Identité et liste des membres »
dashboard-setup-open-import = Ouvrir « Importer des fichiers »
dashboard-setup-done = { $title } — fait
dashboard-switch-open-mine = Ouvrir mon espace de travail
dashboard-switch-start-mine = Créer mon espace de travail réel
dashboard-switch-in-demo = Vous êtes dans la démonstration. Votre propre espace de travail est conservé séparément.
dashboard-switch-open-demo = Ouvrir la démonstration
dashboard-switch-in-mine = La démonstration, avec des données fictives, est conservée séparément de cet espace de travail.
