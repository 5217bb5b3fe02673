## Identité et liste des membres : la clé de cet espace de travail, la liste des membres,
## l’inscription et la sauvegarde.

trust-no-seat = Aucun dans la liste des membres fixée comme référence
# Au survol d’une ligne de la liste des membres : l’identifiant du siège.
trust-seat = Siège { $seat }
trust-seat-me = { $name } (vous)
trust-enrolment-saved = Fichier enregistré : { $path }. Envoyez-le à l’UGF et communiquez-lui votre empreinte de vive voix.
trust-backup-differ = Les deux phrases secrètes diffèrent : tapez deux fois la même phrase secrète.
trust-backup-saved = La sauvegarde ({ $kilobytes } Ko) a été enregistrée dans { $path }.
