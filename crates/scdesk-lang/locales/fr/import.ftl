## L’importation des fichiers signés, et les fichiers ouverts depuis l’extérieur.

# $time est l’heure de l’importation.
import-group-heading = Importé à { $time } · { $count ->
        [one] { $count } fichier
       *[other] { $count } fichiers
    }
import-column-file = Fichier
import-column-result = Résultat
import-column-details = Détails
# Un fichier que l’application n’a pas pu lire du tout.
import-rejected = Refusé
import-count = Fichiers lus : { $done } sur { $total } · refusés : { $rejected }{ $notImported ->
        [0] {""}
       *[other] { " · " }non importés : { $notImported } (l’espace de travail n’a pas pu les accepter)
    }
import-opened-what = De quoi il s’agit
import-opened-signed-by = Signé par
import-opened-key = Empreinte de la clé
import-opened-check = Vérification
import-opened-held = La signature est valide. Cet espace de travail détient déjà ce fichier.
import-opened-holds = La signature est valide, au regard de la liste des membres à laquelle cet espace de travail se fie.
import-opened-import = L’importer
import-opened-skip = Ne pas importer
import-opened-close = Fermer
