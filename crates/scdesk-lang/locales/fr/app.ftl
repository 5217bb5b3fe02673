# Les mots propres à la fenêtre (ui/app.js, ui/js/dom.js) : son titre, la ligne d’état
# pendant l’ouverture de l’espace de travail, l’écran de la phrase secrète et le lien vers
# le détail technique d’une erreur.

app-title = SC Desk

## La ligne d’état

app-status-opening = Ouverture de l’espace de travail…
app-status-ready = Votre espace de travail est prêt. Sauvegardez-le dès maintenant (Identité et liste des membres, « Sauvegarder cet espace de travail ») : ainsi, la perte de l’ordinateur ou l’oubli de la phrase secrète ne vous fera rien perdre.

## L’écran de la phrase secrète

app-passphrase-create-title = Protégez votre espace de travail par une phrase secrète
app-passphrase-unlock-title = Déverrouiller l’espace de travail
app-passphrase-create-help = Cet ordinateur n’a pas de gestionnaire de mots de passe que SC Desk puisse utiliser : votre espace de travail est donc verrouillé par une phrase secrète que vous choisissez. Utilisez au moins 10 caractères : plusieurs mots sans rapport entre eux sont faciles à retenir et difficiles à deviner. SC Desk n’enregistre jamais la phrase secrète.
app-passphrase-unlock-help = Cet espace de travail est protégé par une phrase secrète.
app-passphrase-create-submit = Créer l’espace de travail
app-passphrase-unlock-submit = Déverrouiller
# $label : la robustesse de la phrase secrète, dans les mots de la bibliothèque (« faible », « robuste »…).
app-passphrase-strength = Robustesse : { $label }.
app-passphrase-differ = Les deux phrases secrètes diffèrent : saisissez deux fois la même phrase secrète.

## Erreurs

# Ouvre le détail technique d’une erreur, pour la personne qui vous aide.
app-error-details = Détails
