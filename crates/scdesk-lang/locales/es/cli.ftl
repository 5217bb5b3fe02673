## Las frases propias de la línea de comandos (src/main.rs): lo que hizo un comando, su
## progreso, sus peticiones y sus errores. Identificadores, rutas, huellas, fechas,
## importes y comandos llegan ya escritos.

## Errores y peticiones

# La línea de error tras «scdesk: ». $reason es error-io-reason.
cli-output-failed = no se pudo escribir la salida: { $reason }
# Un error dicho con lo que hacía el comando: $context, y después $cause (cada una una
# frase completa, sin mayúscula inicial).
cli-error-join = { $context }: { $cause }
# $option es la opción que hay que añadir (`--data-dir DIR`).
cli-no-data-dir = no se encontró ninguna carpeta de datos para este usuario; indique una con { $option }
cli-could-not-read = no se pudo leer { $path }
cli-could-not-write = no se pudo escribir { $path }
cli-could-not-create = no se pudo crear { $path }
cli-passphrase-file = no se pudo leer el archivo de la frase de contraseña { $path }
# $option es `--passphrase`.
cli-keyring-needed = la clave de la base de datos se guarda en el llavero del sistema; para utilizar en su lugar una frase de contraseña, añada { $option }
# Las peticiones en el terminal; la línea de comandos añade un espacio después de cada una.
cli-prompt-passphrase = Frase de contraseña:
cli-prompt-passphrase-again = Confirme la frase de contraseña:
cli-passphrases-differ = las dos frases de contraseña no coinciden; no se creó nada
cli-prompt-backup-passphrase = Frase de contraseña de la copia de seguridad:
cli-prompt-backup-passphrase-again = Confirme la frase de contraseña de la copia de seguridad:
cli-backup-passphrases-differ = las dos frases de contraseña no coinciden; no se escribió nada
# $variable es el nombre de la variable de entorno.
cli-no-backup-passphrase = no hay frase de contraseña para la copia de seguridad: defina { $variable } o ejecute el comando en un terminal
# Una hora escrita tras --at. $text: lo que se escribió; $example: una hora tal como
# puede escribirse.
cli-time-not-a-time = «{ $text }» no es una hora: escriba «{ $example }» (su hora local) o una hora en formato RFC 3339
cli-time-clock-change = «{ $text }» cae en un cambio de hora de su zona horaria: indíquela en formato RFC 3339, con su desfase

## Palabras que se usan en varios lugares

# La línea de totales de una tabla.
cli-total = Total
# Un área temática, por su número.
cli-area = área { $area }
# Cómo se guarda la clave del espacio de trabajo; tras «clave».
cli-key-storage = { $storage ->
        [keyring] guardada en el llavero del sistema
       *[passphrase] protegida por una frase de contraseña
    }
# La función de un puesto en la lista de miembros.
cli-role = { $role ->
        [chair] presidencia
        [fmu] UGF
       *[member] miembro
    }
# Un tipo de archivo firmado ($kind es el código de la biblioteca, con los espacios
# escritos como guiones).
cli-file-kind = { $kind ->
        [enrolment] archivo de inscripción
        [roster] lista de miembros
        [meeting] archivo de reunión
        [dossier-package] paquete de expedientes
        [position-file] archivo de posiciones
        [decision-file] archivo de decisiones
       *[contribution-statement] estado de contribuciones
    }
# La etiqueta de todo lo que se muestra del espacio de trabajo de demostración.
cli-demo-label = Datos de demostración
# Una duración en meses.
cli-months = { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }

## El espacio de trabajo: init, demo, workspace, backup, restore

cli-created = Se creó el espacio de trabajo { $id } en { $path } (clave { $storage })
cli-created-demo = Se creó el espacio de trabajo { $id } en { $path } (clave { $storage }), con los datos de demostración
cli-restored = Se restauró el espacio de trabajo { $id } en { $path } (clave { $storage }).
# $size en kilobytes.
cli-backup-written = Se escribió la copia de seguridad del espacio de trabajo ({ $size } KB) en { $path }. Guárdela separada de su frase de contraseña: juntas abren todo lo que contiene este espacio de trabajo.
# `scdesk workspace`: las etiquetas van alineadas y los valores a continuación.
cli-workspace = Espacio de trabajo { $id }
cli-workspace-folder = carpeta:   { $path }
cli-workspace-key = clave:     { $storage }
cli-workspace-schema = esquema:   versión { $version }
# $label es «Datos de demostración» o similar, de la biblioteca.
cli-workspace-content = contenido: { $label }

## El Fondo y su contabilidad

cli-fund-as-of = Contribuciones al { $date }
cli-fund-none = No hay contribuciones registradas.
cli-fund-earmarked = con asignación específica: área { $area }
cli-fund-contributors = ({ $count ->
        [one] { $count } contribuyente
       *[other] { $count } contribuyentes
    })
cli-fund-by-earmark = Por asignación específica:
# $agent: el nombre del Agente Administrativo; $percent: su comisión (1 %); $fee: el
# importe.
cli-fund-fee = Comisión del Agente Administrativo ({ $agent }), { $percent }: { $fee }
# `scdesk ledger show`: las etiquetas de las cifras, que alinea la línea de comandos.
cli-ledger-committed = Comprometido:
cli-ledger-deposited = Depositado:
cli-ledger-fee = Comisión ({ $percent }):
cli-ledger-allocated = Asignado:
cli-ledger-transferred = Transferido:
cli-ledger-pool = Fondo común sin asignación específica disponible: { $amount }
# Los fondos de un área temática; $share y $target son porcentajes.
cli-ledger-area = área { $area }: disponible { $available } (con asignación específica: { $earmarked }), asignado { $allocated } ({ $share } del total; meta: { $target })
cli-ledger-contribution = Se registró la contribución de { $contributor }.
cli-ledger-statement = Estado de contribuciones, versión { $version }, al { $date }: { $count ->
        [one] { $count } contribuyente
       *[other] { $count } contribuyentes
    }, { $total } en total; escrito en { $path }
cli-ledger-transfer = Se registró una transferencia de { $amount } para el punto { $item } de { $meeting }.

## Los expedientes

# La leyenda bajo la lista: las marcas de la primera columna (R, *, A, Q, C) se quedan
# como están.
cli-dossier-list-legend = { $count ->
        [one] { $count } expediente
       *[other] { $count } expedientes
    }. R examinado, * modificado desde el examen, A en el orden del día, Q preguntas, C conflicto de intereses.
cli-dossier-heading = { $reference } — { $title } (versión { $version })
cli-dossier-area = área { $area }: { $name }
# $coordinator: el coordinador residente que lo presentó; $start: la fecha de inicio.
cli-dossier-submitted = Presentado por { $coordinator }; { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } a partir del { $start }
cli-dossier-conflict = CONFLICTO DE INTERESES declarado: { $reason }
cli-dossier-changed = Modificado desde la versión que usted examinó ({ $version }):
cli-dossier-change = { $field }: { $before } → { $after }
cli-dossier-budget = Presupuesto ({ $percent } de costos indirectos incluidos en cada línea):
cli-dossier-markers = Marcadores:
cli-dossier-marker-missing = — falta
# Los objetivos del Pacto Mundial para la Migración Segura, Ordenada y Regular.
cli-dossier-objectives = Objetivos del Pacto Mundial para la Migración: { $objectives }
cli-dossier-review = Examen de la UGF: { $review }
# $type: el tipo de medio del documento; $size en bytes; $hash: su SHA-256.
cli-dossier-document = Documento: { $name } ({ $type }, { $size } bytes, SHA-256 { $hash })
cli-dossier-note = Su nota: { $note }
cli-dossier-question = Pregunta para la reunión: { $question }
cli-dossier-reviewed = Examinado.
cli-dossier-not-reviewed = Aún no examinado.
# $progress es review-progress, de la biblioteca.
cli-dossier-marked = { $id }: marcado como examinado. { $progress }
cli-dossier-unmarked = { $id }: se retiró la marca de examen. { $progress }
cli-note-saved = Nota guardada (privada: nunca se exporta).
cli-question-flagged = Pregunta señalada para la reunión.
cli-conflict-withdrawn = Se retiró la declaración de conflicto de intereses.
cli-conflict-declared = Conflicto de intereses declarado; su posición sobre este expediente será una recusación.
# $error: por qué se rechazó el filtro; $command: la ayuda que hay que consultar.
cli-dossier-query-bad = { $error }: consulte «{ $command }» para ver los valores posibles
cli-document-written = Se escribió { $name } en { $path }

## Identidad y lista de miembros

cli-identity-fingerprint = Huella digital: { $fingerprint }
cli-identity-public-key = Clave pública:  { $key }
cli-identity-seat = Puesto:         { $seat } ({ $role })
cli-identity-no-seat = Puesto:         ninguno en la lista de miembros fijada como referencia
cli-enrolment-written = Se escribió su archivo de inscripción en { $path }; envíelo a la UGF y comuníquele de viva voz su huella digital:
cli-key-backup-written = Se escribió la copia de seguridad cifrada de su clave en { $path }. Guárdela separada de su frase de contraseña.
cli-key-restored = Se restauró la clave con la huella digital { $fingerprint }
# $issued: cuándo se emitió la lista; $seats: cuántos puestos tiene.
cli-roster-preview = Lista de miembros, versión { $version }, del fondo { $fund }, emitida el { $issued }: { $seats ->
        [one] { $seats } puesto
       *[other] { $seats } puestos
    }.
cli-roster-fmu-seats = Puestos de la UGF: { $seats }
cli-roster-signed-by = Firmada con la clave: { $fingerprint }
cli-roster-confirm = Confirme esta huella digital con la UGF, por teléfono o en persona, y después ejecute:
# El comando que hay que ejecutar, con la huella digital en lugar de <la huella digital>.
cli-roster-pin-command = scdesk roster pin { $file } --fingerprint '<la huella digital>'
cli-roster-pinned = Lista de miembros, versión { $version }, fijada como referencia ({ $seats ->
        [one] { $seats } puesto
       *[other] { $seats } puestos
    }).
cli-roster-your-seat = Su clave ocupa el puesto { $seat }.
cli-roster-no-seat = Su clave no ocupa ningún puesto en esta lista de miembros.
cli-roster = Lista de miembros, versión { $version }, del fondo { $fund }, emitida el { $issued }
# El mandato de un puesto: su primer y su último día.
cli-term = del { $start } al { $end }

## Los archivos firmados: import, export, sign, verify

# Una línea por archivo importado. $outcome es cli-import-outcome; $message viene de la
# biblioteca.
cli-import-line = { $file }: { $outcome }: { $message }
cli-import-outcome = { $outcome ->
        [imported] importado
        [replaced] importado (sustituye a un archivo anterior)
        [duplicate] omitido (ya importado)
        [stale] omitido (obsoleto)
        [disputed] conservado como prueba, IMPUGNADO
        [rejected] RECHAZADO
       *[not_imported] NO IMPORTADO
    }
cli-import-not-imported = { $count ->
        [one] { $count } archivo no se importó debido al espacio de trabajo (véase más arriba); vuelva a importarlo una vez resuelto el problema
       *[other] { $count } archivos no se importaron debido al espacio de trabajo (véase más arriba); vuelva a importarlos una vez resuelto el problema
    }
cli-import-rejected = { $count ->
        [one] { $count } archivo rechazado; no se importó nada de él
       *[other] { $count } archivos rechazados; no se importó nada de ellos
    }
cli-exported-decisions = Se escribió el archivo de decisiones firmado de { $meeting } en { $path }
cli-exported-positions = Se escribió su archivo de posiciones firmado de { $meeting } en { $path }
# $payload: el archivo firmado; $kind es cli-file-kind.
cli-signed = Se firmó { $payload } como { $kind } y se escribió en { $path }
# Antes del motivo por el que un archivo no es válido.
cli-invalid = no válido
# $kind es cli-file-kind; $who: quién lo firmó; $key: la huella digital de la clave.
cli-valid = válido: { $kind }, firma de { $who }, clave { $key }
cli-signer-seat = { $name } (puesto { $seat })
cli-signer-given-key = la clave indicada
cli-file-hash = SHA-256 del archivo: { $hash }
# $language: el idioma en que se volvió a generar el acta (en, fr o es).
cli-valid-record = válido: el PDF es el acta del archivo de decisiones firmado que contiene (generada de nuevo con el diseño de actas { $layout }, en { $language ->
        [en] inglés
        [fr] francés
       *[es] español
    }, y comparada)
# El recuento de un punto: $matches es yes o no; después, las respuestas recontadas.
cli-recount-item = punto { $item }: { $matches ->
        [yes] el recuento coincide
       *[no] EL RECUENTO DIFIERE
    } ({ $join ->
        [one] { $join } adhesión
       *[other] { $join } adhesiones
    }, { $object ->
        [one] { $object } objeción
       *[other] { $object } objeciones
    }, { $abstain ->
        [one] { $abstain } abstención
       *[other] { $abstain } abstenciones
    }, { $recuse ->
        [one] { $recuse } recusación
       *[other] { $recuse } recusaciones
    }, { $noAnswer } sin respuesta)
# Las respuestas que cuenta la decisión firmada, cuando el recuento difiere; $detail dice
# en qué.
cli-recount-signed = firmado: { $join ->
        [one] { $join } adhesión
       *[other] { $join } adhesiones
    }, { $object ->
        [one] { $object } objeción
       *[other] { $object } objeciones
    }, { $abstain ->
        [one] { $abstain } abstención
       *[other] { $abstain } abstenciones
    }, { $recuse ->
        [one] { $recuse } recusación
       *[other] { $recuse } recusaciones
    }, { $noAnswer } sin respuesta — { $detail }
# Un archivo de posiciones que difiere; $problem viene de la biblioteca.
cli-recount-file-differs = ARCHIVO DIFERENTE: archivo { $file } { $problem }
cli-recount-file-differs-seat = ARCHIVO DIFERENTE: puesto { $seat }: archivo { $file } { $problem }
cli-recount-differs = el recuento no coincide con la decisión firmada

## Reuniones, posiciones y decisiones

# $status es el código de la biblioteca, con los espacios escritos como guiones.
cli-meeting-status = { $status ->
        [upcoming] próxima
        [in-session] en sesión
        [awaiting-decisions] pendiente de decisiones
        [open] procedimiento escrito en curso
        [decided] decidida
       *[other] { $status }
    }
# Cuántos de los puntos de la reunión están decididos.
cli-meeting-decided = { $decided }/{ $items } decididos
# $rule: la regla de decisión; $quorum: los miembros requeridos; $note: el parámetro del
# quórum.
cli-meeting-rule = Regla de decisión: { $rule }. Quórum: { $quorum ->
        [one] { $quorum } miembro
       *[other] { $quorum } miembros
    } (parámetro: { $note })
cli-meeting-answered = Respondieron: { $seats }
cli-meeting-not-answered = Sin respuesta: { $seats }
cli-meeting-final = Las decisiones están firmadas (revisión { $revision }) y son definitivas.
cli-meeting-item = Punto { $item }: { $text }
# Las respuestas sobre un punto; $explanation es el recuento en palabras, de la
# biblioteca.
cli-meeting-tally = { $join ->
        [one] { $join } adhesión
       *[other] { $join } adhesiones
    }, { $object ->
        [one] { $object } objeción
       *[other] { $object } objeciones
    }, { $abstain ->
        [one] { $abstain } abstención
       *[other] { $abstain } abstenciones
    }, { $recuse ->
        [one] { $recuse } recusación
       *[other] { $recuse } recusaciones
    }, { $noAnswer } sin respuesta; { $participating ->
        [one] { $participating } participa
       *[other] { $participating } participan
    }. { $explanation }
cli-meeting-objection = Objeción ({ $seat }): { $reason }
cli-meeting-decision = Decisión: { $decision }
cli-meeting-override = Excepción: { $reason }
cli-meeting-attended = { $seat }: { $status ->
        [present] presente
        [represented] representado
       *[absent] ausente
    } en la reunión { $meeting }.
cli-meeting-not-held = la reunión se firmó, pero no se conserva en este espacio de trabajo
# $kind: cómo se celebra; $time: cuándo empieza; $count: los puntos de su orden del día.
cli-meeting-published = Reunión { $meeting } ({ $kind }, { $time }), { $count ->
        [one] { $count } punto en el orden del día
       *[other] { $count } puntos en el orden del día
    }: archivo de reunión firmado escrito en { $path }
cli-meeting-written = Procedimiento escrito sobre { $meeting } abierto hasta { $deadline }: el silencio equivale a no objeción; una sola objeción basta para bloquearlo.
# $stance: la posición en palabras; $command: el comando que la exporta.
cli-position-set = Punto { $item } de { $meeting }: { $stance } (borrador; expórtelo con «{ $command }»).
# $options: las opciones entre las que elegir.
cli-position-choose = elija una sola de estas opciones: { $options }
# $decision: la decisión en palabras; $tally: el recuento en palabras.
cli-decide-recorded = Punto { $item }: decisión registrada ({ $decision }). { $tally }
# $source es decision-funding-source, de la biblioteca.
cli-decide-allocated = Se asignaron { $amount } { $currency } con cargo { $source }.
cli-area-available = área { $area }: disponible { $available }
cli-decide-corrected = Acta corregida de la reunión { $meeting }: revisión { $revision } firmada y guardada en { $path }. Envíela a los miembros.

## Las actas, el registro público y el registro de auditoría

cli-record-progress = Componiendo el acta { $done } de { $total }
cli-record-written = Se escribió el acta de decisiones de { $meeting } en { $path }
cli-records-written = Se escribieron las actas de decisiones de { $year } en { $path }
cli-publish-written = Se escribió el registro público en { $path }: { $decisions ->
        [one] { $decisions } decisión
       *[other] { $decisions } decisiones
    }, { $meetings ->
        [one] { $meetings } reunión
       *[other] { $meetings } reuniones
    }.
# $what es el motivo, de la biblioteca, por el que algo se dejó fuera.
cli-publish-left-out = No publicado: { $what }.
# $command: el verificador que hay que ejecutar; $file: la guía de verificación del sitio.
cli-publish-check = Cualquiera puede verificarlo: { $command } en esa carpeta, con la huella digital de la lista de miembros de la UGF (véase { $file }).
# $file es workspace.json, que hace constar la última entrada del registro; las entradas
# por su número.
cli-audit-broken = el registro de auditoría está roto en la entrada { $entry }: { $reason }. No se puede confiar en ninguna entrada a partir de esa.
cli-audit-missing = faltan entradas confirmadas: { $file } hace constar (con firma) que el registro de auditoría llegó a la entrada { $recorded }, pero la base de datos termina en la entrada { $entries }. Se perdieron los cambios posteriores a la entrada { $entries } (un archivo de base de datos sustituido por una copia más antigua, o su registro de transacciones eliminado); restaure el espacio de trabajo a partir de una copia de seguridad
cli-audit-rewritten = la entrada { $recorded } del registro de auditoría no es la que hace constar { $file } (con firma): el registro se reescribió a partir de ahí; restaure el espacio de trabajo a partir de una copia de seguridad
cli-audit-unsigned = la constancia de la última entrada del registro de auditoría en { $file } no está firmada con la clave de este espacio de trabajo: se modificó fuera de SC Desk
cli-audit-removed = la constancia de la última entrada del registro de auditoría se eliminó de { $file } fuera de SC Desk, por lo que podrían pasar inadvertidas entradas perdidas con la base de datos; restaure { $file } a partir de una copia de seguridad de la carpeta
cli-audit-whole = El registro de auditoría está íntegro: { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }, cada una enlazada con la anterior.
cli-audit-ahead = Sus últimas entradas (después de la entrada { $recorded }) se escribieron después de la última constancia en { $file }, como tras un cambio interrumpido; no falta nada.
cli-audit-not-recorded = { $file } no tiene constancia de la última entrada (un espacio de trabajo creado por una versión anterior de SC Desk): las entradas perdidas con la base de datos no podrían detectarse.
cli-audit-head-ok = Termina en la entrada que hace constar { $file }, firmada con la clave de este espacio de trabajo: no falta ninguna entrada confirmada.
