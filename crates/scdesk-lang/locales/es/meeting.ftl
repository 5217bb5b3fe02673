## La pantalla de reuniones: las reuniones, una nueva reunión, el recuento, las decisiones
## de la Presidencia y sus correcciones, el procedimiento escrito y las actas.

# Una reunión en la lista: su título y su situación ($status es el código de la
# biblioteca, con los espacios escritos como guiones).
meeting-list-entry = { $title } ({ $status ->
        [upcoming] próxima
        [in-session] en sesión
        [awaiting-decisions] pendiente de decisiones
        [open] procedimiento escrito en curso
        [decided] decidida
       *[other] { $status }
    })
meeting-new-no-start = Indique la fecha y la hora de inicio de la reunión.
meeting-file-saved-send = Se guardó el archivo de reunión firmado en { $path }. Envíelo a los miembros.
meeting-file-saved = Se guardó el archivo de reunión firmado en { $path }.
# Las respuestas sobre un punto: adhesión (al consenso), objeción, abstención, recusación,
# y los miembros que no respondieron.
meeting-counts = { $join ->
        [one] { $join } adhesión
       *[other] { $join } adhesiones
    } · { $object ->
        [one] { $object } objeción
       *[other] { $object } objeciones
    } · { $abstain ->
        [one] { $abstain } abstención
       *[other] { $abstain } abstenciones
    } · { $recuse ->
        [one] { $recuse } recusación
       *[other] { $recuse } recusaciones
    } · { $noAnswer } sin respuesta
# $counts es meeting-counts.
meeting-tally = { $counts } · { $participating ->
        [one] { $participating } participa
       *[other] { $participating } participan
    }
# $rule es el nombre de la regla de decisión que da la biblioteca («Consenso»).
meeting-rule = Regla de decisión: { $rule }. Quórum: { $quorum ->
        [one] { $quorum } miembro
       *[other] { $quorum } miembros
    }.
meeting-final = Las decisiones están firmadas (revisión { $revision }) y son definitivas. Todo cambio es una corrección: una nueva revisión del archivo de decisiones que indica qué cambia y por qué.
meeting-written-state = Procedimiento escrito abierto el { $opened }; plazo: { $deadline }. El silencio equivale a no objeción; una sola objeción basta para bloquearlo.
# Al pasar el puntero sobre el nombre de un miembro: el identificador de su puesto.
meeting-seat = Puesto { $seat }
# Si se recibió el archivo de posiciones del miembro.
meeting-position-received = Recibido
meeting-position-none = Ninguno
meeting-attendance-of = Asistencia de { $name }
meeting-area = Área { $area }
meeting-pool = A la fecha de la reunión. Fondos no asignados a un fin específico, que puede utilizar un programa de cualquier área: { $amount }
# Un punto del orden del día: su número y su texto.
meeting-item = Punto { $item }: { $text }
meeting-item-dossier = { $title } · Área { $area } · presupuesto { $budget }
# $state es el código de la biblioteca para la situación del procedimiento escrito.
meeting-item-written = Procedimiento escrito: { $state ->
        [open] abierto
        [adopted] adoptado
        [blocked] bloqueado
       *[other] { $state }
    }
meeting-objection = Objeción de { $name }: { $reason }
# $decision es la palabra de la biblioteca para la decisión («Aprobado»).
meeting-decision = Decisión: { $decision }
meeting-decision-conditions = Condiciones: { $conditions }
meeting-decision-override = Excepción: { $reason }
meeting-correct = Corregir esta decisión…
meeting-choose-outcome = — elija la decisión —
meeting-outcome = Decisión
meeting-amount = Importe (USD)
# Un ejemplo de importe, escrito como el idioma escribe los importes.
meeting-amount-example = p. ej., 1.754.800
meeting-source = Origen de los fondos
meeting-conditions = Condiciones
meeting-override = Motivo de la excepción
meeting-override-hint = Obligatorio cuando la decisión se aparta del recuento o del tope
meeting-correction = Motivo de la corrección
meeting-correction-hint = Qué se corrige y por qué (queda firmado en el acta)
meeting-sign-correction = Firmar el acta corregida…
meeting-record-decision = Registrar la decisión
meeting-outcome-missing = Elija la decisión.
meeting-correction-saved = Se guardó el archivo de decisiones corregido en { $path }. Envíelo a los miembros.
meeting-record-open = El acta está abierta en su lector de PDF: imprímala desde allí.
meeting-record-saved-print = Archivo guardado: { $path }. Ábralo con un lector de PDF para imprimirlo.
meeting-saved = Archivo guardado: { $path }.
meeting-year-progress = Maquetación de las actas: { $done } de { $total }
meeting-register-published = Publicado en { $path }: { $decisions ->
        [one] { $decisions } decisión
       *[other] { $decisions } decisiones
    } de { $meetings ->
        [one] { $meetings } reunión
       *[other] { $meetings } reuniones
    }. Abra allí el archivo index.html para verlo.
# $line es la frase de la biblioteca sobre lo que no se publicó.
meeting-register-left-out = No publicado: { $line }.
