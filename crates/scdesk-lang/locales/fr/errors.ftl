## Les erreurs telles qu’elles sont présentées (Error::for_people_in). Les valeurs entre
## guillemets sont celles que la personne a saisies.

error-no-workspace = Il n’y a pas d’espace de travail SC Desk dans { $dir }. Créez-en un depuis le premier écran de SC Desk : votre propre espace de travail (vide) ou la démonstration.
error-workspace-exists = Un espace de travail existe déjà dans { $dir } ; SC Desk n’en crée jamais un nouveau par-dessus. Choisissez un autre dossier.
error-key-missing = Le trousseau de clés de cet ordinateur ne contient plus la clé de l’espace de travail { $workspace }, dont les données ne peuvent donc pas être ouvertes. Restaurez votre trousseau à partir de sa sauvegarde, ou restaurez l’espace de travail à partir d’une sauvegarde SC Desk ; SC Desk n’a rien modifié.
error-passphrase-required = Cet espace de travail est protégé par une phrase secrète : saisissez-la pour ouvrir l’espace de travail.
error-keyring-required = Cet espace de travail conserve sa clé dans le trousseau de clés du système, et non derrière une phrase secrète ; ouvrez-le sans phrase secrète.
error-wrong-passphrase = La phrase secrète est incorrecte. Réessayez (les majuscules et les minuscules comptent).
error-keyring-key-wrong = Le trousseau de clés de cet ordinateur contient une autre clé que celle de l’espace de travail { $workspace } (elle a été remplacée). Restaurez votre trousseau à partir de sa sauvegarde ; SC Desk n’a rien modifié.
error-passphrase-too-short = La phrase secrète est trop courte : utilisez au moins { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }.
error-passphrase-empty = La phrase secrète est vide : choisissez-en une d’au moins { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }.
error-unknown-language = SC Desk parle anglais (en), français (fr) et espagnol (es), mais pas « { $code } ».
# $reason est error-amount-reason.
error-amount = Un chiffre ne peut pas être calculé : { $reason }. Demandez à l’UGF de vérifier le relevé des contributions.
error-amount-reason = { $reason ->
        [not_plain] « { $given } » n’est pas un montant : des chiffres, avec éventuellement un « . » et une ou deux décimales
        [too_precise] « { $given } » a plus de deux décimales : les montants sont tenus au centime
        [too_large] « { $given } » dépasse le plus grand montant que SC Desk accepte (10^15)
        [not_positive] « { $given } » n’est pas supérieur à zéro
       *[overflow] les montants dépassent ce que SC Desk peut contenir
    }
error-unknown-meeting = La réunion { $meeting } ne figure pas dans cet espace de travail.
error-item-not-on-agenda = Le point { $item } ne figure pas à l’ordre du jour de la réunion { $meeting }.
# $stance est la position telle que le formulaire la nomme (decision-stance).
error-reason-required = La position « { $stance } » doit être motivée par écrit.
error-conflict-declared = Vous avez déclaré un conflit d’intérêts sur { $dossier } : sur le point correspondant, vous pouvez seulement vous récuser. Pour prendre une autre position, retirez d’abord la déclaration (le journal d’audit la conserve).
error-not-a-member = Votre clé n’occupe aucun siège de membre dans la liste des membres fixée comme référence : vos positions ne seraient donc pas prises en compte. Envoyez votre fichier d’inscription à l’UGF.
error-no-positions-to-export = Aucune position n’est consignée pour la réunion { $meeting } : consignez-les avant de les exporter.
error-not-open = L’espace de travail n’est pas encore ouvert.
error-not-scdesk-file = Ce n’est pas un fichier SC Desk : c’est { $what ->
        [empty] un fichier vide
        [text] un fichier texte
        [binary] un fichier binaire
        [zip] une archive ZIP (ou un document Office)
        [png] une image PNG
        [jpeg] une image JPEG
        [gif] une image GIF
        [gzip] un fichier compressé (gzip)
        [program] un programme
        [office] un document Office d’un format ancien
        [web] une page web ou un document XML
        [pdf] un document PDF
       *[pdf_not_record] un document PDF qui n’est pas un relevé de décisions SC Desk
    }. SC Desk importe les fichiers signés qu’il échange (.dsse), les lots de ces fichiers et ses relevés de décisions.
error-not-judged = Non importé : l’espace de travail n’a pas pu accepter un fichier précédent de la même importation (voir sa ligne). Rien n’a changé pour ce fichier ; importez-le de nouveau.
error-no-viewer = Aucun programme de cet ordinateur n’ouvre ce type de fichier ({ $kind ->
        [pdf] document PDF
        [text] texte
        [csv] tableau (CSV)
        [web] page web
        [word] document de traitement de texte
        [spreadsheet] feuille de calcul
        [presentation] présentation
        [image] image
        [zip] archive ZIP
       *[document] document
    }) : { $name } ne peut donc pas être affiché ici. Choisissez où l’enregistrer, puis ouvrez-le ou imprimez-le avec un programme qui lit ce type de fichier.
# $reason est error-io-reason.
error-could-not-use = Impossible d’utiliser { $path } : { $reason }
error-could-not-read = Impossible de lire { $path } : { $reason }
error-could-not-make = Impossible de créer { $path } : { $reason }
error-io-reason = { $reason ->
        [not_found] il n’existe pas (vérifiez le nom et le dossier)
        [permission] l’accès a été refusé (vérifiez les autorisations du fichier et de son dossier)
        [exists] un élément portant ce nom existe déjà
        [full] le disque est plein (libérez de l’espace et réessayez)
        [read_only] le disque ou le dossier est en lecture seule (choisissez un emplacement où vous pouvez écrire)
        [folder] c’est un dossier, et non un fichier
        [not_folder] une partie du chemin est un fichier, et non un dossier
        [bad_name] ce nom n’est pas autorisé ici
        [not_empty] le dossier n’est pas vide
        [interrupted] l’opération a été interrompue (réessayez)
        [unreadable] son contenu n’a pas pu être lu comme prévu
       *[other] le système l’a refusé (vérifiez le disque et le dossier, puis réessayez)
    }
error-read-not-a-file = { $path } n’est pas un fichier (c’est un dossier, un périphérique ou un tube) : SC Desk ne l’a donc pas lu. Choisissez le fichier lui-même.
error-read-too-large = { $path } fait { $size } octets, plus que les { $max } octets que SC Desk lit ; il n’a pas été lu. Demandez à l’expéditeur s’il s’agit du bon fichier.

## L’espace de travail, sa sauvegarde, le trousseau de clés et la base de données.

error-workspace-file-missing = { $dir } contient une base de données mais pas de fichier workspace.json : SC Desk ne peut donc pas savoir comment sa clé est conservée. Si l’espace de travail a été copié, copiez aussi son fichier workspace.json ; sinon, restaurez tout le dossier à partir d’une sauvegarde.
error-workspace-file-damaged = { $path } est endommagé. Restaurez le dossier de l’espace de travail à partir d’une sauvegarde, ou copiez de nouveau ce fichier depuis l’endroit d’où provient l’espace de travail.
error-busy = Une autre instance de SC Desk (l’application ou une commande) modifie cet espace de travail et n’a pas terminé au bout de { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }. Réessayez lorsqu’elle aura terminé.
error-folder-not-empty = { $dir } n’est pas vide et ne contient aucun espace de travail SC Desk ; SC Desk ne crée un espace de travail que dans un dossier nouveau ou vide. Choisissez un autre dossier.
error-backup-not-a-backup = Ce n’est pas une sauvegarde d’espace de travail SC Desk : choisissez le fichier que SC Desk a écrit lorsque vous avez fait la sauvegarde.
error-backup-wrong-passphrase = La phrase secrète de la sauvegarde n’ouvre pas cette sauvegarde, ou la sauvegarde a été modifiée après sa création.
error-backup-passphrase-too-short = La phrase secrète de la sauvegarde est trop courte : utilisez au moins { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }.
error-backup-damaged = La sauvegarde est endommagée : elle ne peut donc pas être restaurée. Utilisez-en une autre copie.
error-backup-keys-held = Cet ordinateur détient déjà les clés de l’espace de travail { $workspace } : l’espace de travail lui-même s’y trouve probablement déjà. Restaurez la sauvegarde derrière une phrase secrète, ou supprimez d’abord l’espace de travail d’origine.
error-keyring-unavailable = Aucun gestionnaire de mots de passe (trousseau de clés) n’a répondu sur cet ordinateur. Démarrez-le ou déverrouillez-le (sous Linux, GNOME Keyring ou un autre service Secret Service), ou protégez plutôt l’espace de travail par une phrase secrète.
error-keyring-locked = Le gestionnaire de mots de passe (trousseau de clés) est verrouillé ou a refusé l’accès à SC Desk. Déverrouillez-le et réessayez, ou protégez plutôt l’espace de travail par une phrase secrète.
error-keyring-timeout = Le trousseau de clés du système n’a pas répondu dans un délai de { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }. Déverrouillez-le et réessayez, ou utilisez plutôt une phrase secrète.
error-keyring-failed = Le gestionnaire de mots de passe (trousseau de clés) n’a pas pu conserver ou fournir la clé de l’espace de travail. Réessayez ; en cas de nouvel échec, protégez plutôt l’espace de travail par une phrase secrète.
error-keyring-not-persistent = Le gestionnaire de mots de passe de cet ordinateur oublie son contenu à l’arrêt de l’ordinateur : il ne peut donc pas conserver la clé de l’espace de travail. Protégez plutôt l’espace de travail par une phrase secrète.
error-store-wrong-key = La base de données { $path } n’a pas pu être ouverte avec cette clé : la phrase secrète ou la clé est incorrecte, ou le fichier n’est pas une base de données SC Desk.
error-store-already-exists = Une base de données existe déjà à l’emplacement { $path } ; SC Desk ne crée jamais une nouvelle base de données par-dessus une base existante.
error-store-missing = Aucune base de données à l’emplacement { $path }.
error-store-newer-schema = La base de données { $path } est en version de schéma { $found }, plus récente que celle que cette version de SC Desk comprend ({ $supported }). Mettez SC Desk à jour.
error-key-settings-damaged = Les paramètres de clé de l’espace de travail sont endommagés : l’espace de travail ne peut donc pas être ouvert. Restaurez le dossier de l’espace de travail à partir d’une sauvegarde.
error-store-corrupt = La base de données de l’espace de travail est endommagée : elle contient un enregistrement que SC Desk ne peut pas lire. Restaurez l’espace de travail à partir d’une sauvegarde.
error-store-keying = Le chiffrement de la base de données n’a pas pu être mis en place ; rien n’a été écrit. Fermez les autres fenêtres de SC Desk et réessayez.
error-store-fault = { $fault ->
        [disk] L’espace de travail n’a pas pu être écrit sur le disque : le disque est plein, a été retiré ou présente une défaillance. Libérez de l’espace (ou vérifiez le disque) et réessayez ; rien de cette modification n’a été conservé.
        [read_only] Le dossier de l’espace de travail n’est pas accessible en écriture : le dossier ou ses fichiers sont en lecture seule. Vérifiez les autorisations du dossier (SC Desk doit pouvoir y écrire), ou copiez l’espace de travail dans un dossier où vous pouvez écrire ; rien n’a été modifié.
        [damaged] La base de données de l’espace de travail est endommagée : une partie ne se relit plus telle que SC Desk l’a écrite. Restaurez l’espace de travail à partir d’une sauvegarde (une sauvegarde d’espace de travail SC Desk, ou la sauvegarde du dossier faite par votre ordinateur) ; SC Desk n’écrit pas dans une base de données endommagée.
        [busy] Une autre instance de SC Desk (l’application ou une commande) a occupé l’espace de travail pendant plus de 30 secondes ; rien n’a été modifié. Réessayez lorsqu’elle aura terminé.
       *[other] La base de données de l’espace de travail a refusé la modification ; rien n’a été modifié. Réessayez ; si le problème se reproduit, restaurez l’espace de travail à partir d’une sauvegarde.
    }
error-profile-damaged = Le profil du Fonds ne peut pas être lu : il est endommagé. Restaurez l’espace de travail à partir d’une sauvegarde.
error-demo-damaged = Les données de démonstration intégrées à ce SC Desk sont endommagées. Réinstallez SC Desk.
error-not-the-demo = Essayer un autre siège n’est possible que dans l’espace de travail de démonstration. Dans un espace de travail réel, votre clé n’appartient qu’à vous et occupe le siège que lui attribue la liste des membres établie par l’UGF.
error-demo-unknown-seat = La liste des membres de la démonstration ne comporte pas de siège { $seat } : choisissez l’un des sièges qu’elle énumère.
error-identity-bad-seed = La clé privée conservée ne fait pas 32 octets : l’entrée du trousseau de clés est endommagée. Restaurez l’identité à partir de sa sauvegarde.
error-identity-bad-public-key = Ce n’est pas une clé publique de membre telle que SC Desk l’écrit dans un fichier d’inscription. Demandez de nouveau au membre son fichier d’inscription.
error-identity-bad-backup = La sauvegarde de la clé ne peut pas être lue : elle est endommagée ou n’est pas une sauvegarde de clé SC Desk.
error-identity-wrong-backup-passphrase = La phrase secrète n’ouvre pas cette sauvegarde d’identité (ou la sauvegarde a été modifiée).

## Les fichiers signés : importation, vérification, liste des membres de référence.

error-file-empty = Le fichier est vide.
error-file-too-large = Le fichier fait { $size } octets, plus que les { $max } octets autorisés pour un fichier d’échange ; il n’a pas été lu.
error-file-truncated = Le fichier est incomplet (le JSON s’arrête trop tôt) : il a été tronqué pendant sa transmission. Demandez-le de nouveau à l’expéditeur.
error-not-exchanged = Ce n’est pas un fichier qu’échange SC Desk : SC Desk lit les fichiers signés qu’envoient les membres, la présidence et l’UGF (.dsse), les lots de ces fichiers et ses relevés de décisions.
error-signature-damaged = La signature du fichier est endommagée : le fichier a été modifié après avoir été signé. Demandez-le de nouveau à l’expéditeur.
error-no-signature = L’enveloppe ne porte aucune signature.
error-bad-signature = La signature ne correspond pas au contenu : le fichier a été modifié après avoir été signé, ou il a été signé par une autre clé que { $key }.
error-unknown-kind-of-file = Ce fichier signé est d’un type que ce SC Desk ne connaît pas : il provient peut-être d’une version plus récente de SC Desk. Mettez SC Desk à jour, ou demandez à l’expéditeur de quoi il s’agit.
error-wrong-kind = Ce fichier est { $found ->
        [enrolment] un fichier d’inscription
        [roster] une liste des membres
        [meeting] un fichier de réunion
        [dossier_package] un paquet de dossiers
        [position] un fichier de positions
        [decision] un fichier de décisions
       *[contributions] un relevé des contributions
    }, et non { $expected ->
        [enrolment] un fichier d’inscription
        [roster] une liste des membres
        [meeting] un fichier de réunion
        [dossier_package] un paquet de dossiers
        [position] un fichier de positions
        [decision] un fichier de décisions
       *[contributions] un relevé des contributions
    } : choisissez le bon fichier.
error-unknown-key = Signé par une clé inconnue ({ $key }) : aucune liste des membres que vous détenez ne la mentionne. Demandez à l’UGF si le signataire figure sur la liste des membres en vigueur.
error-key-not-on-roster = Signé par { $signer }, qui occupe le siège { $holder } ; le fichier parle au nom du siège { $claimed }. Un membre ne peut signer que pour son propre siège.
error-outside-term = Le mandat du siège { $seat } dans la liste des membres, version { $version }, court du { $start } au { $end }, ce qui ne couvre pas le { $date }, date à laquelle ce fichier est examiné (la date de sa réunion, ou celle de sa signature).
error-key-rotated = Signé avec une clé qui n’occupe plus le siège { $seat } : la liste des membres, version { $version }, en vigueur depuis le { $from }, attribue le siège à une autre clé. Demandez au titulaire du siège de signer de nouveau avec sa clé actuelle.
error-key-removed = Signé avec la clé appartenant à { $name }, qui ne figure pas dans la liste des membres, version { $version }, en vigueur depuis le { $from } : cette clé n’a aucune autorité pour ce fichier. Interrogez l’UGF si cela vous surprend.
error-role-may-not-sign = Le siège { $seat } a le rôle { $role ->
        [member] de membre
        [chair] de présidence
       *[fmu] de l’UGF
    }, qui ne peut pas signer { $kind ->
        [enrolment] de fichier d’inscription
        [roster] de liste des membres
        [meeting] de fichier de réunion
        [dossier_package] de paquet de dossiers
        [position] de fichier de positions
        [decision] de fichier de décisions
       *[contributions] de relevé des contributions
    }.
error-bad-payload = Le contenu { $kind ->
        [enrolment] du fichier d’inscription
        [roster] de la liste des membres
        [meeting] du fichier de réunion
        [dossier_package] du paquet de dossiers
        [position] du fichier de positions
        [decision] du fichier de décisions
       *[contributions] du relevé des contributions
    } n’est pas tel que SC Desk l’écrit, bien qu’il soit signé ; demandez à l’expéditeur de l’exporter de nouveau avec une version à jour de SC Desk.
error-unsupported-format = { $kind ->
        [enrolment] Le fichier d’inscription est
        [roster] La liste des membres est
        [meeting] Le fichier de réunion est
        [dossier_package] Le paquet de dossiers est
        [position] Le fichier de positions est
        [decision] Le fichier de décisions est
       *[contributions] Le relevé des contributions est
    } au format { $found }, que ce SC Desk ne lit pas. Mettez SC Desk à jour.
error-wrong-fund = Le fichier appartient à un autre fonds que celui de cet espace de travail : il n’a pas été importé.
error-roster-rollback = La liste des membres, version { $found }, n’est pas plus récente que celle que vous détenez (version { $current }) : elle n’a donc pas été retenue. Une liste plus ancienne ne remplace jamais une liste plus récente.
error-no-roster = Aucune liste des membres n’est encore fixée comme référence : confirmez l’empreinte de l’UGF auprès de l’UGF (par téléphone, par exemple), puis fixez d’abord sa liste des membres comme référence (onglet « Identité et liste des membres »).
error-already-pinned = Une liste des membres est déjà fixée comme référence ; les listes suivantes sont importées et vérifiées par rapport à elle.
error-fingerprint-mismatch = La liste des membres est signée par { $found }, et non par l’empreinte que vous avez confirmée ({ $expected }). Ne la fixez pas comme référence ; interrogez l’UGF.
error-signer-not-fmu = Le signataire de la liste des membres ({ $key }) n’occupe pas un siège de l’UGF dans cette liste.
error-meeting-unknown-here = La réunion { $meeting } est inconnue ici : importez d’abord son fichier de réunion.
# $stance est le code de la position dans le fichier (join_consensus, object, abstain, recuse).
error-position-reason-missing = La position sur le point { $item } est « { $stance ->
        [join_consensus] Se joindre au consensus
        [object] Faire objection
        [abstain] S’abstenir
        [recuse] Se récuser
       *[other] { $stance }
    } » sans motif ; un motif est requis.
error-unknown-dossier-version = La position sur le point { $item } renvoie à une version du dossier que vous ne détenez pas : importez d’abord le paquet de dossiers sur lequel elle a été prise.
error-duplicate-item = Le point { $item } figure deux fois dans un même fichier de positions.
error-conflicting-dossier-version = La version { $version } du dossier { $dossier } est déjà arrivée avec un contenu différent ; une révision exige un nouveau numéro de version.
error-document-hash-mismatch = Le document { $name } ne correspond pas à son empreinte SHA-256.
error-conflicting-statement = Un autre relevé des contributions portant la version { $version } est déjà détenu : la comptabilité dépendrait de celui qui est arrivé en premier. Rien n’a été importé. Demandez à l’UGF lequel est correct : une correction exige un nouveau numéro de version.
error-conflicting-meeting-revision = Un autre fichier de la réunion { $meeting } portant la révision { $revision } est déjà détenu : l’ordre du jour dépendrait de celui qui est arrivé en premier. Rien n’a été importé. Demandez à l’organisateur de la réunion lequel est correct : une modification exige une nouvelle révision.
error-verify-roster = Le fichier de la liste des membres n’est lui-même pas valide : { $reason }
error-verify-embedded = Le fichier de décisions joint ne résiste pas à la vérification : { $reason }

## L’examen des dossiers.

error-unknown-dossier = Aucun dossier { $dossier } dans cet espace de travail.
error-conflict-reason-required = Un conflit d’intérêts doit être motivé.
error-empty-question = Une question pour la réunion ne peut pas être vide.
error-too-few-to-compare = Choisissez au moins deux dossiers à comparer.

## Les réunions et les décisions de la présidence.

error-not-chair = Seule la présidence consigne les décisions : votre clé n’occupe pas le siège de la présidence dans la liste des membres fixée comme référence.
# $starts est la date et l’heure, en UTC.
error-not-started = La réunion commence le { $starts } (UTC) ; les décisions sont consignées une fois qu’elle a commencé.
error-written-open = La procédure écrite est ouverte jusqu’au { $deadline } (UTC) et { $silent ->
        [one] { $silent } membre n’a
       *[other] { $silent } membres n’ont
    } pas encore répondu ; les décisions sont consignées une fois l’échéance passée ou lorsque tous les membres ont répondu.
error-no-quorum = Quorum non atteint : { $participating ->
        [one] { $participating } des { $required } membres requis participe
       *[other] { $participating } des { $required } membres requis participent
    } ; le point ne peut qu’être reporté.
# $outcome est la décision (decision-outcome) ; $explanation, celle du décompte, qui
# se termine par son point.
error-override-required = Le décompte ne permet pas la décision « { $outcome } » ({ $explanation }) Pour la consigner, il faut un motif de dérogation rédigé, qui figure dans le relevé.
error-written-adopted = La procédure écrite l’a adopté.
# $seats énumère les sièges qui font objection.
error-written-blocked = La procédure écrite est bloquée par { $seats }.
error-decisions-final = Les décisions de la réunion { $meeting } sont signées et définitives : toute modification est une correction, c’est-à-dire une nouvelle révision du fichier de décisions, qui indique ce qu’elle modifie et pourquoi.
error-nothing-to-correct = La réunion { $meeting } n’a pas encore de fichier de décisions signé à corriger : consignez d’abord les décisions et exportez-les.
error-correction-reason-missing = Une correction doit être motivée par écrit ; le motif est signé dans le relevé corrigé.
error-decisions-disputed = Deux fichiers de décisions différents portant la révision { $revision } sont détenus pour la réunion { $meeting } : aucun des deux ne fait donc foi. La correction de la présidence (une nouvelle révision) règle la question.
error-funding-required = Approuver un point de financement exige un montant, sa source et sa répartition entre organisations des Nations Unies.
error-split-mismatch = La répartition totalise { $split }, et non le montant de { $amount }.
error-not-a-participant = { $organisation } n’est pas une organisation des Nations Unies participant à ce programme.
error-conditions-required = « Approuvé sous conditions » exige d’indiquer les conditions.
error-no-decisions-to-export = Aucune décision n’est encore consignée pour la réunion { $meeting }.
error-first-signature-unchecked = Le fichier de décisions de la réunion { $meeting } porte en premier une signature qui n’est pas celle que SC Desk a vérifiée : son relevé montrerait une clé que personne n’a vérifiée. Demandez à la présidence le fichier tel que SC Desk l’a signé.
error-deadline-in-the-past = L’échéance doit être postérieure à maintenant.
error-no-records-in-year = Aucune réunion de { $year } n’a encore de fichier de décisions signé.
error-unknown-seat = Le siège { $seat } ne figure pas dans la liste des membres.
# $reason est l’un des messages error-money-….
error-bad-amount = Le montant n’est pas valide : { $reason }
error-no-allocation = Aucune allocation n’a été décidée pour le point { $item } de la réunion { $meeting }.
error-transfer-too-large = Les transferts dépasseraient l’allocation de { $allocated } ({ $transferred } déjà transférés).
error-earmark-mismatch = Les fonds préaffectés au domaine { $source } ne peuvent pas financer un programme du domaine { $area } : choisissez les fonds non préaffectés ou les fonds préaffectés au domaine { $area }.
# $tally est l’explication du décompte, telle que l’écran de la réunion l’affiche.
error-tally-changed = Des fichiers de positions ont changé depuis que la décision sur le point { $item } a été consignée (le décompte est désormais : { $tally }). Consignez de nouveau la décision avant de l’exporter.
error-money-empty = Aucun montant n’a été indiqué : écrivez-le ainsi : « 19,569,912 USD » ou « 1500000.50 ».
error-money-not-a-number = « { $given } » n’est pas un montant : écrivez-le ainsi : « 19,569,912 USD » ou « 1500000.50 ».
error-money-bad-grouping = « { $given } » a des séparateurs de milliers mal placés : groupez les chiffres par trois, ainsi : « 1,500,000 ».
error-money-wrong-currency = « { $given } » est en { $found }, mais ce fonds tient ses comptes en { $expected }.
error-money-too-precise = « { $given } » a plus de deux décimales : les montants sont tenus au centime.
error-money-negative = « { $given } » est négatif : les montants ne sont jamais négatifs ici.
error-money-too-large = « { $given } » dépasse le plus grand montant que SC Desk accepte (1,000,000,000,000,000).
error-dossier-bad-budget-line = Dossier { $dossier } : la ligne budgétaire de l’organisation { $organisation } n’est pas un montant : { $reason }
error-dossier-budget-too-large = Dossier { $dossier } : le budget dépasse ce que SC Desk peut contenir ; demandez à l’UGF un dossier corrigé.

## Les fonds.

# D’où proviendraient les fonds, tels que error-insufficient-funds les nomme.
error-source = { $source ->
        [pool] les fonds non préaffectés
        [area] le solde préaffecté au domaine thématique { $area }
       *[other] { $source }
    }
error-insufficient-funds = { $requested } dépasse le montant disponible dans { $source } ({ $available }) ; il manque { $shortfall }. Choisissez une autre source ou un montant inférieur.
error-unknown-area = Le domaine thématique { $area } ne figure pas dans le profil du Fonds.
error-not-positive = Le montant doit être supérieur à zéro.
error-not-fmu = Seule l’UGF signe les relevés des contributions : votre clé n’occupe aucun siège de l’UGF dans la liste des membres fixée comme référence.
error-empty-statement = Il n’y a aucune contribution à inscrire dans un relevé (il viderait toutes les comptabilités) : consignez d’abord les contributions.
error-empty-statement-command = Il n’y a aucune contribution à inscrire dans un relevé (il viderait toutes les comptabilités) : consignez-les d’abord avec « scdesk ledger contribute ».
error-above-request = { $amount } dépasse le montant demandé par le programme ({ $requested }, coûts directs et indirects) : le Comité approuve au plus ce qui a été demandé.
error-above-ceiling = { $amount } dépasse le plafond du Fonds de { $ceiling } par programme (un paramètre) ; pour l’approuver, il faut un motif de dérogation, qui figure dans le relevé.
error-funds-overflow = Les chiffres du Fonds dépassent ce que SC Desk peut contenir : un montant conservé ne peut donc pas être juste. Vérifiez les contributions et les allocations dans le journal d’audit.
error-statement-area = Le relevé des contributions préaffecte la contribution versée par { $contributor } au domaine thématique { $area }, que le profil de ce Fonds ne comporte pas ; rien n’a été importé. Demandez à l’UGF un relevé corrigé.

## Les relevés de décisions (PDF) et le registre public.

error-pdf-not-a-decision = Le fichier joint au PDF n’est pas un fichier de décisions signé : le relevé ne peut donc pas faire la preuve de son authenticité. Demandez de nouveau le relevé à la présidence.
error-pdf-damaged = Le PDF ne peut pas être lu : il est endommagé ou ce n’est pas un PDF.
error-pdf-no-attachment = Le PDF ne contient aucun fichier de décisions joint : il ne peut donc pas faire la preuve de son authenticité.
error-pdf-content-changed = Le PDF diffère du relevé établi à partir de son fichier de décisions signé : il a été modifié après sa création.
error-pdf-font = La police de caractères fournie avec SC Desk n’a pas pu être lue.
error-pdf-other-layout = Le relevé a été mis en page selon la présentation { $found } de SC Desk, et cette version met en page les présentations 1 à { $current } : elle ne peut donc pas refaire les pages pour les comparer. La signature du fichier de décisions joint est vérifiée à part ; pour vérifier les pages, utilisez la version de SC Desk qui a produit le relevé.
error-pdf-other-language = Le relevé indique qu’il a été mis en page dans la langue « { $found } », dans laquelle SC Desk n’imprime pas de relevés (anglais, français, espagnol) : il ne peut donc pas refaire les pages pour les comparer.
error-nothing-to-publish = Aucune réunion de cet espace de travail n’a encore de fichier de décisions signé : il n’y a donc rien à publier.
error-register-folder-not-empty = { $path } n’est pas un dossier vide. Choisissez un nouveau dossier pour le registre (SC Desk n’écrit pas par-dessus des fichiers).
# $reason est error-io-reason.
error-register-write = Le registre n’a pas pu être écrit dans { $dir } : { $reason }.
error-bad-period = La période commence ({ $from }) après sa fin ({ $to }) : indiquez d’abord la date la plus ancienne.
error-bad-iati-organisation = { $given } n’est pas un identifiant d’organisation IATI. Il se compose du préfixe de l’organisme d’enregistrement et du numéro de l’organisation, reliés par des traits d’union, tels que le registre IATI les indique (par exemple XM-DAC-41114).

## La création et la révision des réunions.

error-not-organiser = Seule la présidence ou l’UGF crée des réunions : votre clé n’occupe aucun de ces sièges dans la liste des membres fixée comme référence.
error-meeting-bad-id = « { $given } » ne peut pas servir d’identifiant de réunion : utilisez de 3 à 40 lettres minuscules, chiffres et traits d’union, commençant et finissant par une lettre ou un chiffre, comme sc-2026-05.
error-meeting-no-title = La réunion doit avoir un titre.
error-meeting-no-place = La réunion doit avoir un lieu (une ville, « Visioconférence », ou « Par courriel » pour une procédure écrite).
error-meeting-empty-agenda = La réunion doit comporter au moins un point à l’ordre du jour.
error-meeting-numbering = Les points de l’ordre du jour sont numérotés 1, 2, 3… dans l’ordre : le point { $found } se trouve à la place du point { $expected }.
error-meeting-funding-without-dossier = Le point { $item } de l’ordre du jour est une décision de financement et doit indiquer le dossier sur lequel il porte.
error-meeting-other-with-dossier = Le point { $item } de l’ordre du jour n’est pas une décision de financement : il ne peut donc pas indiquer de dossier.
error-meeting-no-text = Le point { $item } de l’ordre du jour doit avoir un texte : indiquez ce sur quoi le Comité doit se prononcer.
error-meeting-unknown-dossier = Point { $item } de l’ordre du jour : le dossier { $dossier } ne figure pas dans cet espace de travail. Importez d’abord son paquet de dossiers.
error-meeting-dossier-twice = Le dossier { $dossier } figure deux fois à l’ordre du jour (points { $first } et { $second }) : une seule décision de financement par dossier et par réunion.
error-meeting-starts-in-the-past = Une nouvelle réunion commence dans le futur ; celle-ci commencerait le { $starts } (UTC). Pour saisir une réunion qui a déjà eu lieu, cochez « Cette réunion a déjà eu lieu ».
error-meeting-history-in-the-future = Une réunion saisie comme trace du passé a déjà eu lieu ; celle-ci commence le { $starts } (UTC). Ne cochez pas « Cette réunion a déjà eu lieu ».
error-meeting-exists = La réunion { $meeting } existe déjà : choisissez un autre identifiant, ou révisez la réunion, ce qui conserve ses points de l’ordre du jour et permet d’en ajouter.
error-meeting-nothing-to-revise = La réunion { $meeting } ne figure pas dans cet espace de travail : il n’y a donc rien à réviser.
error-meeting-already-decided = La réunion { $meeting } a déjà des décisions consignées : elle ne peut donc plus être modifiée.
error-meeting-item-changed = Une révision conserve les points de l’ordre du jour tels qu’ils étaient, car les positions des membres y renvoient par leur numéro : le point { $item } diffère. Ajoutez plutôt les nouveaux points après les points existants.
error-meeting-no-signed-file = La réunion { $meeting } n’a pas de fichier de réunion signé ici (elle provient des données de démonstration ou a été saisie sans fichier) ; son organisateur peut en signer un en révisant la réunion.
error-meeting-unknown-kind = « { $given } » n’est pas un type de réunion : utilisez in-person, virtual ou written-procedure.
