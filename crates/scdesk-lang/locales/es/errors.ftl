## Los errores tal como se muestran (Error::for_people_in). Los valores entre comillas
## son los que la persona indicó.

error-no-workspace = No hay ningún espacio de trabajo de SC Desk en { $dir }. Cree uno desde la primera pantalla de SC Desk: su propio espacio de trabajo (vacío) o la demostración.
error-workspace-exists = Ya existe un espacio de trabajo en { $dir }; SC Desk nunca crea uno nuevo encima. Elija otra carpeta.
error-key-missing = El llavero de esta computadora ya no contiene la clave del espacio de trabajo { $workspace }, por lo que sus datos no pueden abrirse. Restaure el llavero a partir de su copia de seguridad, o restaure el espacio de trabajo a partir de una copia de seguridad de SC Desk; SC Desk no modificó nada.
error-passphrase-required = Este espacio de trabajo está protegido por una frase de contraseña: escríbala para abrir el espacio de trabajo.
error-keyring-required = Este espacio de trabajo guarda su clave en el llavero del sistema, no tras una frase de contraseña; ábralo sin ella.
error-wrong-passphrase = La frase de contraseña es incorrecta. Vuelva a intentarlo (se distinguen mayúsculas y minúsculas).
error-keyring-key-wrong = El llavero de esta computadora contiene una clave distinta de la del espacio de trabajo { $workspace } (fue sustituida). Restaure el llavero a partir de su copia de seguridad; SC Desk no modificó nada.
error-passphrase-too-short = La frase de contraseña es demasiado corta: utilice al menos { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }.
error-passphrase-empty = La frase de contraseña está vacía: elija una de al menos { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }.
error-unknown-language = SC Desk habla inglés (en), francés (fr) y español (es), pero no «{ $code }».
# $reason es error-amount-reason.
error-amount = No se puede calcular una cifra: { $reason }. Pida a la UGF que revise el estado de contribuciones.
error-amount-reason = { $reason ->
        [not_plain] «{ $given }» no es un importe: cifras, con un «.» opcional y uno o dos decimales
        [too_precise] «{ $given }» tiene más de dos decimales: los importes se llevan al céntimo
        [too_large] «{ $given }» supera el mayor importe que SC Desk acepta (10^15)
        [not_positive] «{ $given }» no es mayor que cero
       *[overflow] los importes suman más de lo que SC Desk puede contener
    }
error-unknown-meeting = La reunión { $meeting } no figura en este espacio de trabajo.
error-item-not-on-agenda = El punto { $item } no figura en el orden del día de la reunión { $meeting }.
# $stance es la posición tal como la nombra el formulario (decision-stance).
error-reason-required = La posición «{ $stance }» debe motivarse por escrito.
error-conflict-declared = Usted declaró un conflicto de intereses respecto de { $dossier }, por lo que en el punto correspondiente solo puede recusarse. Para adoptar otra posición, retire antes la declaración (el registro de auditoría la conserva).
error-not-a-member = Su clave no ocupa ningún puesto de miembro en la lista de miembros fijada como referencia, por lo que sus posiciones no se contarían. Envíe su archivo de inscripción a la UGF.
error-no-positions-to-export = No hay posiciones registradas para la reunión { $meeting }: regístrelas antes de exportarlas.
error-not-open = El espacio de trabajo todavía no está abierto.
error-not-scdesk-file = No es un archivo de SC Desk: es { $what ->
        [empty] un archivo vacío
        [text] un archivo de texto
        [binary] un archivo binario
        [zip] un archivo ZIP (o un documento de Office)
        [png] una imagen PNG
        [jpeg] una imagen JPEG
        [gif] una imagen GIF
        [gzip] un archivo comprimido (gzip)
        [program] un programa
        [office] un documento de Office de formato antiguo
        [web] una página web o un documento XML
        [pdf] un documento PDF
       *[pdf_not_record] un documento PDF que no es un acta de decisiones de SC Desk
    }. SC Desk importa los archivos firmados que intercambia (.dsse), los lotes de ellos y sus actas de decisiones.
error-not-judged = No importado: el espacio de trabajo no pudo aceptar un archivo anterior de la misma importación (véase su línea). Nada de este archivo cambió; vuelva a importarlo.
error-no-viewer = Ningún programa de esta computadora abre este tipo de archivo ({ $kind ->
        [pdf] documento PDF
        [text] texto
        [csv] tabla (CSV)
        [web] página web
        [word] documento de procesador de textos
        [spreadsheet] hoja de cálculo
        [presentation] presentación
        [image] imagen
        [zip] archivo ZIP
       *[document] documento
    }), por lo que { $name } no puede mostrarse aquí. Elija dónde guardarlo y luego ábralo o imprímalo con un programa que lo lea.
# $reason es error-io-reason.
error-could-not-use = No se pudo utilizar { $path }: { $reason }
error-could-not-read = No se pudo leer { $path }: { $reason }
error-could-not-make = No se pudo crear { $path }: { $reason }
error-io-reason = { $reason ->
        [not_found] no existe (compruebe el nombre y la carpeta)
        [permission] se denegó el permiso (compruebe los permisos del archivo y de su carpeta)
        [exists] ya hay algo con ese nombre
        [full] el disco está lleno (libere espacio y vuelva a intentarlo)
        [read_only] el disco o la carpeta son de solo lectura (elija un lugar donde pueda escribir)
        [folder] es una carpeta, no un archivo
        [not_folder] una parte de la ruta es un archivo, no una carpeta
        [bad_name] ese nombre no está permitido aquí
        [not_empty] la carpeta no está vacía
        [interrupted] se interrumpió (vuelva a intentarlo)
        [unreadable] su contenido no pudo leerse como se esperaba
       *[other] el sistema lo rechazó (compruebe el disco y la carpeta, y vuelva a intentarlo)
    }
error-read-not-a-file = { $path } no es un archivo (es una carpeta, un dispositivo o una canalización), por lo que SC Desk no lo leyó. Elija el archivo en sí.
error-read-too-large = { $path } tiene { $size } bytes, más que los { $max } bytes que SC Desk lee; no se leyó. Pregunte al remitente si es el archivo correcto.

## El espacio de trabajo, su copia de seguridad, el llavero y la base de datos.

error-workspace-file-missing = { $dir } contiene una base de datos pero no el archivo workspace.json, por lo que SC Desk no puede saber cómo se guarda su clave. Si el espacio de trabajo se copió, copie también su archivo workspace.json; de lo contrario, restaure toda la carpeta a partir de una copia de seguridad.
error-workspace-file-damaged = { $path } está dañado. Restaure la carpeta del espacio de trabajo a partir de una copia de seguridad, o vuelva a copiar ese archivo desde el lugar de donde procede el espacio de trabajo.
error-busy = Otra instancia de SC Desk (la aplicación o un comando) está modificando este espacio de trabajo y no ha terminado al cabo de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Vuelva a intentarlo cuando haya terminado.
error-folder-not-empty = { $dir } no está vacía y no contiene ningún espacio de trabajo de SC Desk; SC Desk solo crea un espacio de trabajo en una carpeta nueva o vacía. Elija otra carpeta.
error-backup-not-a-backup = No es una copia de seguridad de un espacio de trabajo de SC Desk: elija el archivo que SC Desk escribió cuando usted hizo la copia de seguridad.
error-backup-wrong-passphrase = La frase de contraseña de la copia de seguridad no abre esta copia, o la copia se modificó después de hacerse.
error-backup-passphrase-too-short = La frase de contraseña de la copia de seguridad es demasiado corta: utilice al menos { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }.
error-backup-damaged = La copia de seguridad está dañada, por lo que no puede restaurarse. Utilice otra copia.
error-backup-keys-held = Esta computadora ya contiene las claves del espacio de trabajo { $workspace }: probablemente el propio espacio de trabajo ya está aquí. Restaure la copia de seguridad tras una frase de contraseña, o elimine antes el espacio de trabajo original.
error-keyring-unavailable = Ningún gestor de contraseñas (llavero) respondió en esta computadora. Inícielo o desbloquéelo (en Linux, GNOME Keyring u otro Secret Service), o bien proteja el espacio de trabajo con una frase de contraseña.
error-keyring-locked = El gestor de contraseñas (llavero) está bloqueado o denegó el acceso a SC Desk. Desbloquéelo y vuelva a intentarlo, o bien proteja el espacio de trabajo con una frase de contraseña.
error-keyring-timeout = El llavero del sistema no respondió en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Desbloquéelo y vuelva a intentarlo, o bien utilice una frase de contraseña.
error-keyring-failed = El gestor de contraseñas (llavero) no pudo guardar ni proporcionar la clave del espacio de trabajo. Vuelva a intentarlo; si vuelve a fallar, proteja el espacio de trabajo con una frase de contraseña.
error-keyring-not-persistent = El gestor de contraseñas de esta computadora olvida su contenido cuando la computadora se apaga, por lo que no puede guardar la clave del espacio de trabajo. Proteja el espacio de trabajo con una frase de contraseña.
error-store-wrong-key = La base de datos { $path } no pudo abrirse con esta clave: la frase de contraseña o la clave son incorrectas, o el archivo no es una base de datos de SC Desk.
error-store-already-exists = Ya existe una base de datos en { $path }; SC Desk nunca crea una base de datos nueva encima de una existente.
error-store-missing = No hay ninguna base de datos en { $path }.
error-store-newer-schema = La base de datos { $path } tiene la versión de esquema { $found }, más reciente que la que esta versión de SC Desk entiende ({ $supported }). Actualice SC Desk.
error-key-settings-damaged = Los parámetros de clave del espacio de trabajo están dañados, por lo que el espacio de trabajo no puede abrirse. Restaure la carpeta del espacio de trabajo a partir de una copia de seguridad.
error-store-corrupt = La base de datos del espacio de trabajo está dañada: contiene un registro que SC Desk no puede leer. Restaure el espacio de trabajo a partir de una copia de seguridad.
error-store-keying = No se pudo establecer el cifrado de la base de datos; no se escribió nada. Cierre las demás ventanas de SC Desk y vuelva a intentarlo.
error-store-fault = { $fault ->
        [disk] El espacio de trabajo no pudo escribirse en el disco: el disco está lleno, se retiró o está fallando. Libere espacio (o revise el disco) y vuelva a intentarlo; no se conservó nada de este cambio.
        [read_only] No se puede escribir en la carpeta del espacio de trabajo: la carpeta o sus archivos son de solo lectura. Compruebe los permisos de la carpeta (SC Desk necesita escribir en ella), o copie el espacio de trabajo en una carpeta donde pueda escribir; no se modificó nada.
        [damaged] La base de datos del espacio de trabajo está dañada: una parte ya no se lee tal como SC Desk la escribió. Restaure el espacio de trabajo a partir de una copia de seguridad (una copia de seguridad del espacio de trabajo de SC Desk, o la copia de la carpeta que hace su computadora); SC Desk no escribe en una base de datos dañada.
        [busy] Otra instancia de SC Desk (la aplicación o un comando) mantuvo ocupado el espacio de trabajo durante más de 30 segundos; no se modificó nada. Vuelva a intentarlo cuando haya terminado.
       *[other] La base de datos del espacio de trabajo rechazó el cambio; no se modificó nada. Vuelva a intentarlo; si vuelve a ocurrir, restaure el espacio de trabajo a partir de una copia de seguridad.
    }
error-profile-damaged = El perfil del Fondo no puede leerse: está dañado. Restaure el espacio de trabajo a partir de una copia de seguridad.
error-demo-damaged = Los datos de demostración incluidos en este SC Desk están dañados. Vuelva a instalar SC Desk.
error-not-the-demo = Probar otro puesto solo es posible en el espacio de trabajo de demostración. En un espacio de trabajo real, su clave es solo suya y ocupa el puesto que le asigna la lista de miembros de la UGF.
error-demo-unknown-seat = La lista de miembros de la demostración no tiene ningún puesto { $seat }: elija uno de los puestos que enumera.
error-identity-bad-seed = La clave privada guardada no tiene 32 bytes: la entrada del llavero está dañada. Restaure la identidad a partir de su copia de seguridad.
error-identity-bad-public-key = No es una clave pública de miembro tal como SC Desk la escribe en un archivo de inscripción. Vuelva a pedir al miembro su archivo de inscripción.
error-identity-bad-backup = La copia de seguridad de la clave no puede leerse: está dañada o no es una copia de seguridad de clave de SC Desk.
error-identity-wrong-backup-passphrase = La frase de contraseña no abre esta copia de seguridad de la identidad (o la copia se modificó).

## Los archivos firmados: importación, verificación, lista de miembros de referencia.

error-file-empty = El archivo está vacío.
error-file-too-large = El archivo tiene { $size } bytes, más que los { $max } bytes que puede tener un archivo de intercambio; no se leyó.
error-file-truncated = El archivo está incompleto (el JSON termina antes de tiempo): se truncó durante la transmisión. Vuelva a pedírselo al remitente.
error-not-exchanged = No es un archivo que SC Desk intercambie: SC Desk lee los archivos firmados que envían los miembros, la Presidencia y la UGF (.dsse), los lotes de ellos y sus actas de decisiones.
error-signature-damaged = La firma del archivo está dañada: el archivo se modificó después de firmarse. Vuelva a pedírselo al remitente.
error-no-signature = El sobre no lleva ninguna firma.
error-bad-signature = La firma no corresponde al contenido: el archivo se modificó después de firmarse, o lo firmó una clave distinta de { $key }.
error-unknown-kind-of-file = Este archivo firmado es de un tipo que este SC Desk no conoce: puede proceder de una versión más reciente de SC Desk. Actualice SC Desk, o pregunte al remitente de qué se trata.
error-wrong-kind = Este archivo es { $found ->
        [enrolment] un archivo de inscripción
        [roster] una lista de miembros
        [meeting] un archivo de reunión
        [dossier_package] un paquete de expedientes
        [position] un archivo de posiciones
        [decision] un archivo de decisiones
       *[contributions] un estado de contribuciones
    }, no { $expected ->
        [enrolment] un archivo de inscripción
        [roster] una lista de miembros
        [meeting] un archivo de reunión
        [dossier_package] un paquete de expedientes
        [position] un archivo de posiciones
        [decision] un archivo de decisiones
       *[contributions] un estado de contribuciones
    }: elija el archivo correcto.
error-unknown-key = Firmado por una clave desconocida ({ $key }): ninguna lista de miembros que usted tenga la incluye. Pregunte a la UGF si el firmante figura en la lista de miembros vigente.
error-key-not-on-roster = Firmado por { $signer }, que ocupa el puesto { $holder }; el archivo habla en nombre del puesto { $claimed }. Un miembro solo puede firmar por su propio puesto.
error-outside-term = El mandato del puesto { $seat } en la lista de miembros, versión { $version }, va del { $start } al { $end }, lo que no abarca el { $date }, fecha con la que se examina este archivo (la fecha de su reunión, o la de su firma).
error-key-rotated = Firmado con una clave que ya no ocupa el puesto { $seat }: la lista de miembros, versión { $version }, vigente desde el { $from }, asigna el puesto a otra clave. Pida al titular del puesto que vuelva a firmar con su clave actual.
error-key-removed = Firmado con la clave de { $name }, que no figura en la lista de miembros, versión { $version }, vigente desde el { $from }: esa clave no tiene autoridad para este archivo. Consulte a la UGF si esto le sorprende.
error-role-may-not-sign = El puesto { $seat } tiene la función { $role ->
        [member] de miembro
        [chair] de Presidencia
       *[fmu] de la UGF
    }, que no puede firmar { $kind ->
        [enrolment] archivos de inscripción
        [roster] listas de miembros
        [meeting] archivos de reunión
        [dossier_package] paquetes de expedientes
        [position] archivos de posiciones
        [decision] archivos de decisiones
       *[contributions] estados de contribuciones
    }.
error-bad-payload = El contenido { $kind ->
        [enrolment] del archivo de inscripción
        [roster] de la lista de miembros
        [meeting] del archivo de reunión
        [dossier_package] del paquete de expedientes
        [position] del archivo de posiciones
        [decision] del archivo de decisiones
       *[contributions] del estado de contribuciones
    } no es como SC Desk lo escribe, aunque esté firmado; pida al remitente que vuelva a exportarlo con una versión actual de SC Desk.
error-unsupported-format = { $kind ->
        [enrolment] El archivo de inscripción está
        [roster] La lista de miembros está
        [meeting] El archivo de reunión está
        [dossier_package] El paquete de expedientes está
        [position] El archivo de posiciones está
        [decision] El archivo de decisiones está
       *[contributions] El estado de contribuciones está
    } en el formato { $found }, que este SC Desk no lee. Actualice SC Desk.
error-wrong-fund = El archivo pertenece a un fondo distinto del de este espacio de trabajo: no se importó.
error-roster-rollback = La lista de miembros, versión { $found }, no es más reciente que la que usted tiene (versión { $current }), por lo que no se tomó: una lista más antigua nunca sustituye a una más reciente.
error-no-roster = Todavía no hay ninguna lista de miembros fijada como referencia: confirme con la UGF la huella digital de la UGF (por teléfono, por ejemplo) y fije antes su lista de miembros como referencia (pestaña «Identidad y lista de miembros»).
error-already-pinned = Ya hay una lista de miembros fijada como referencia; las listas posteriores se importan y se verifican con ella.
error-fingerprint-mismatch = La lista de miembros está firmada por { $found }, no por la huella digital que usted confirmó ({ $expected }). No la fije como referencia; consulte a la UGF.
error-signer-not-fmu = El firmante de la lista de miembros ({ $key }) no ocupa un puesto de la UGF en esa lista.
error-meeting-unknown-here = La reunión { $meeting } es desconocida aquí: importe antes su archivo de reunión.
# $stance es el código de la posición en el archivo (join_consensus, object, abstain, recuse).
error-position-reason-missing = La posición sobre el punto { $item } es «{ $stance ->
        [join_consensus] Sumarse al consenso
        [object] Formular una objeción
        [abstain] Abstenerse
        [recuse] Recusarse
       *[other] { $stance }
    }» sin motivo; se requiere un motivo.
error-unknown-dossier-version = La posición sobre el punto { $item } remite a una versión del expediente que usted no tiene: importe antes el paquete de expedientes sobre el que se adoptó.
error-duplicate-item = El punto { $item } figura dos veces en un mismo archivo de posiciones.
error-conflicting-dossier-version = La versión { $version } del expediente { $dossier } ya llegó antes con un contenido distinto; una revisión requiere un nuevo número de versión.
error-document-hash-mismatch = El documento { $name } no corresponde a su huella SHA-256.
error-conflicting-statement = Ya se tiene otro estado de contribuciones con la versión { $version }, por lo que la contabilidad dependería de cuál llegó primero; no se importó nada. Pregunte a la UGF cuál es el correcto: una corrección requiere un nuevo número de versión.
error-conflicting-meeting-revision = Ya se tiene otro archivo de la reunión { $meeting } con la revisión { $revision }, por lo que el orden del día dependería de cuál llegó primero; no se importó nada. Pregunte al organizador de la reunión cuál es el correcto: un cambio requiere una nueva revisión.
error-verify-roster = El propio archivo de la lista de miembros no es válido: { $reason }
error-verify-embedded = El archivo de decisiones adjunto no supera la verificación: { $reason }

## El examen de los expedientes.

error-unknown-dossier = No hay ningún expediente { $dossier } en este espacio de trabajo.
error-conflict-reason-required = Un conflicto de intereses debe motivarse.
error-empty-question = Una pregunta para la reunión no puede estar vacía.
error-too-few-to-compare = Elija al menos dos expedientes para compararlos.

## Las reuniones y las decisiones de la Presidencia.

error-not-chair = Solo la Presidencia registra las decisiones: su clave no ocupa el puesto de la Presidencia en la lista de miembros fijada como referencia.
# $starts es la fecha y la hora, en UTC.
error-not-started = La reunión comienza el { $starts } (UTC); las decisiones se registran una vez que ha comenzado.
error-written-open = El procedimiento escrito está abierto hasta el { $deadline } (UTC) y { $silent ->
        [one] { $silent } miembro no ha
       *[other] { $silent } miembros no han
    } respondido todavía; las decisiones se registran una vez vencido el plazo o cuando todos los miembros hayan respondido.
error-no-quorum = No hay quórum: { $participating ->
        [one] participa { $participating } de los { $required } miembros requeridos
       *[other] participan { $participating } de los { $required } miembros requeridos
    }; el punto solo puede aplazarse.
# $outcome es la decisión (decision-outcome); $explanation, la del recuento, que termina
# con su punto.
error-override-required = El recuento no respalda la decisión «{ $outcome }» ({ $explanation }) Para registrarla se necesita un motivo de excepción por escrito, que figura en el acta.
error-written-adopted = El procedimiento escrito lo adoptó.
# $seats enumera los puestos que formulan objeciones.
error-written-blocked = El procedimiento escrito está bloqueado por { $seats }.
error-decisions-final = Las decisiones de la reunión { $meeting } están firmadas y son definitivas: todo cambio es una corrección, es decir, una nueva revisión del archivo de decisiones que indica qué cambia y por qué.
error-nothing-to-correct = La reunión { $meeting } todavía no tiene ningún archivo de decisiones firmado que corregir: registre antes las decisiones y expórtelas.
error-correction-reason-missing = Una corrección debe motivarse por escrito; el motivo se firma en el acta corregida.
error-decisions-disputed = Se tienen dos archivos de decisiones distintos con la revisión { $revision } para la reunión { $meeting }, por lo que ninguno de ellos es válido: la corrección de la Presidencia (una nueva revisión) resuelve la cuestión.
error-funding-required = Aprobar un punto de financiación requiere un importe, su fuente y su distribución entre organizaciones de las Naciones Unidas.
error-split-mismatch = La distribución suma { $split }, no el importe de { $amount }.
error-not-a-participant = { $organisation } no es una organización de las Naciones Unidas participante en este programa.
error-conditions-required = «Aprobado con condiciones» requiere indicar las condiciones.
error-no-decisions-to-export = Todavía no hay ninguna decisión registrada para la reunión { $meeting }.
error-first-signature-unchecked = El archivo de decisiones de la reunión { $meeting } lleva en primer lugar una firma que no es la que SC Desk verificó, por lo que su acta mostraría una clave que nadie verificó. Pida a la Presidencia el archivo tal como SC Desk lo firmó.
error-deadline-in-the-past = El plazo debe vencer después del momento actual.
error-no-records-in-year = Ninguna reunión de { $year } tiene todavía un archivo de decisiones firmado.
error-unknown-seat = El puesto { $seat } no figura en la lista de miembros.
# $reason es uno de los mensajes error-money-….
error-bad-amount = El importe no es válido: { $reason }
error-no-allocation = No se decidió ninguna asignación para el punto { $item } de la reunión { $meeting }.
error-transfer-too-large = Las transferencias superarían la asignación de { $allocated } ({ $transferred } ya transferidos).
error-earmark-mismatch = Los fondos asignados al área { $source } no pueden financiar un programa del área { $area }: elija los fondos no asignados a un fin específico o los fondos asignados al área { $area }.
# $tally es la explicación del recuento, tal como la muestra la pantalla de la reunión.
error-tally-changed = Algunos archivos de posiciones cambiaron desde que se registró la decisión sobre el punto { $item } (el recuento es ahora: { $tally }). Vuelva a registrar la decisión antes de exportarla.
error-money-empty = No se indicó ningún importe: escríbalo así: «19,569,912 USD» o «1500000.50».
error-money-not-a-number = «{ $given }» no es un importe: escríbalo así: «19,569,912 USD» o «1500000.50».
error-money-bad-grouping = «{ $given }» tiene los separadores de miles mal colocados: agrupe las cifras de tres en tres, así: «1,500,000».
error-money-wrong-currency = «{ $given }» está en { $found }, pero este fondo lleva sus cuentas en { $expected }.
error-money-too-precise = «{ $given }» tiene más de dos decimales: los importes se llevan al céntimo.
error-money-negative = «{ $given }» es negativo: aquí los importes nunca son negativos.
error-money-too-large = «{ $given }» supera el mayor importe que SC Desk acepta (1,000,000,000,000,000).
error-dossier-bad-budget-line = Expediente { $dossier }: la partida presupuestaria de { $organisation } no es un importe: { $reason }
error-dossier-budget-too-large = Expediente { $dossier }: el presupuesto suma más de lo que SC Desk puede contener; pida a la UGF un expediente corregido.

## Los fondos.

# De dónde procedería el dinero, tal como lo nombra error-insufficient-funds.
error-source = { $source ->
        [pool] los fondos no asignados a un fin específico
        [area] el saldo asignado al área temática { $area }
       *[other] { $source }
    }
error-insufficient-funds = { $requested } supera lo disponible en { $source } ({ $available }); faltan { $shortfall }. Elija otra fuente o un importe menor.
error-unknown-area = El área temática { $area } no figura en el perfil del Fondo.
error-not-positive = El importe debe ser mayor que cero.
error-not-fmu = Solo la UGF firma los estados de contribuciones: su clave no ocupa ningún puesto de la UGF en la lista de miembros fijada como referencia.
error-empty-statement = No hay ninguna contribución que incluir en un estado (vaciaría todas las contabilidades): registre antes las contribuciones.
error-empty-statement-command = No hay ninguna contribución que incluir en un estado (vaciaría todas las contabilidades): regístrelas antes con «scdesk ledger contribute».
error-above-request = { $amount } supera lo que solicitó el programa ({ $requested }, costos directos e indirectos): el Comité aprueba como máximo lo solicitado.
error-above-ceiling = { $amount } supera el tope del Fondo de { $ceiling } por programa (un parámetro); para aprobarlo se necesita un motivo de excepción, que figura en el acta.
error-funds-overflow = Las cifras del Fondo suman más de lo que SC Desk puede contener, por lo que un importe guardado no puede ser correcto; revise las contribuciones y las asignaciones en el registro de auditoría.
error-statement-area = El estado de contribuciones asigna la contribución de { $contributor } al área temática { $area }, que el perfil de este Fondo no tiene; no se importó nada. Pida a la UGF un estado corregido.

## Las actas de decisiones (PDF) y el registro público.

error-pdf-not-a-decision = El archivo adjunto al PDF no es un archivo de decisiones firmado, por lo que el acta no puede demostrar su autenticidad. Vuelva a pedir el acta a la Presidencia.
error-pdf-damaged = El PDF no puede leerse: está dañado o no es un PDF.
error-pdf-no-attachment = El PDF no contiene ningún archivo de decisiones adjunto, por lo que no puede demostrar su autenticidad.
error-pdf-content-changed = El PDF difiere del acta generada a partir de su archivo de decisiones firmado: se modificó después de crearse.
error-pdf-font = No se pudo leer la fuente tipográfica incluida en SC Desk.
error-pdf-other-layout = El acta se compuso con la presentación { $found } de SC Desk, y esta versión compone las presentaciones 1 a { $current }, por lo que no puede volver a componer las páginas para compararlas. La firma del archivo de decisiones adjunto se verifica por separado; para verificar las páginas, utilice la versión de SC Desk que generó el acta.
error-pdf-other-language = El acta indica que se compuso en el idioma «{ $found }», en el que SC Desk no imprime actas (inglés, francés, español), por lo que no puede volver a componer las páginas para compararlas.
error-nothing-to-publish = Ninguna reunión de este espacio de trabajo tiene todavía un archivo de decisiones firmado, por lo que no hay nada que publicar.
error-register-folder-not-empty = { $path } no es una carpeta vacía. Elija una carpeta nueva para el registro (SC Desk no escribe encima de archivos).
# $reason es error-io-reason.
error-register-write = El registro no pudo escribirse en { $dir }: { $reason }.
error-bad-period = El período empieza ({ $from }) después de terminar ({ $to }): indique primero la fecha más antigua.
error-bad-iati-organisation = { $given } no es un identificador de organización de la IATI. Se compone del prefijo del organismo de registro y del número de la organización, unidos por guiones, tal como los indica el Registro de la IATI (por ejemplo, XM-DAC-41114).

## La creación y la revisión de las reuniones.

error-not-organiser = Solo la Presidencia o la UGF crean reuniones: su clave no ocupa ninguno de esos puestos en la lista de miembros fijada como referencia.
error-meeting-bad-id = «{ $given }» no puede ser el identificador de una reunión: utilice de 3 a 40 letras minúsculas, cifras y guiones, empezando y terminando por una letra o una cifra, como sc-2026-05.
error-meeting-no-title = La reunión necesita un título.
error-meeting-no-place = La reunión necesita un lugar (una ciudad, «Videoconferencia» o «Por correo electrónico» para un procedimiento escrito).
error-meeting-empty-agenda = La reunión necesita al menos un punto en el orden del día.
error-meeting-numbering = Los puntos del orden del día se numeran 1, 2, 3… en orden: el punto { $found } está donde debería estar el punto { $expected }.
error-meeting-funding-without-dossier = El punto { $item } del orden del día es una decisión de financiación y necesita el expediente sobre el que decide.
error-meeting-other-with-dossier = El punto { $item } del orden del día no es una decisión de financiación, por lo que no puede indicar un expediente.
error-meeting-no-text = El punto { $item } del orden del día necesita su texto: indique lo que se pide decidir al Comité.
error-meeting-unknown-dossier = Punto { $item } del orden del día: el expediente { $dossier } no figura en este espacio de trabajo. Importe antes su paquete de expedientes.
error-meeting-dossier-twice = El expediente { $dossier } figura dos veces en el orden del día (puntos { $first } y { $second }): una sola decisión de financiación por expediente y por reunión.
error-meeting-starts-in-the-past = Una nueva reunión comienza en el futuro; esta comenzaría el { $starts } (UTC). Para registrar una reunión que ya se celebró, marque «Esta reunión ya se celebró».
error-meeting-history-in-the-future = Una reunión registrada como constancia del pasado ya se celebró; esta comienza el { $starts } (UTC). No marque «Esta reunión ya se celebró».
error-meeting-exists = La reunión { $meeting } ya existe: elija otro identificador, o revise la reunión, lo que conserva sus puntos del orden del día y permite añadir otros.
error-meeting-nothing-to-revise = La reunión { $meeting } no figura en este espacio de trabajo, por lo que no hay nada que revisar.
error-meeting-already-decided = La reunión { $meeting } ya tiene decisiones registradas, por lo que ya no puede modificarse.
error-meeting-item-changed = Una revisión conserva los puntos del orden del día tal como estaban, porque las posiciones de los miembros remiten a ellos por su número: el punto { $item } es distinto. Añada los puntos nuevos después de los existentes.
error-meeting-no-signed-file = La reunión { $meeting } no tiene aquí ningún archivo de reunión firmado (procede de los datos de demostración o se registró sin él); su organizador puede firmar uno revisando la reunión.
error-meeting-unknown-kind = «{ $given }» no es un tipo de reunión: utilice in-person, virtual o written-procedure.
