# El acta de decisiones, diseño 3. Congelado con el diseño: todo cambio de estos mensajes
# (en cualquier idioma) es un nuevo diseño.
record3-title = Comité Directivo — Acta de decisiones
record3-subject = { $fund } — Acta de decisiones del Comité Directivo
record3-document = Acta de decisiones { $number }
record3-documents = Actas de decisiones { $first } a { $last }
record3-footer = Acta de decisiones { $number } · página { $page } de { $pages }
record3-time = { $date }, { $time } UTC
record3-number = Número de acta { $number }
record3-kind = { $kind ->
    [in_person] Presencial
    [written_procedure] Procedimiento escrito
   *[virtual] Virtual
}
record3-rule = { $rule ->
    [consensus] Consenso
    [simple_majority] Mayoría simple
   *[qualified_majority] Mayoría de { $numerator }/{ $denominator }
}
record3-quorum = { $count } miembros, conforme al reglamento del Comité
record3-attendance = { $attendance ->
    [present] presente
    [represented] representado
    [answered_in_writing] respondió por escrito
   *[absent] ausente
}
record3-corrected = Acta corregida (revisión { $revision }). Sustituye el acta que la Presidencia firmó antes para esta reunión; los cambios se señalan a continuación.
record3-reason = Motivo: { $reason }
record3-attendance-heading = Asistencia y quórum
record3-column-constituency = Grupo representado
record3-column-member = Miembro
record3-column-attendance = Asistencia
record3-rule-line = Regla de decisión: { $rule }. Quórum: { $quorum }.
record3-written = Procedimiento escrito abierto el { $opened }; plazo: { $deadline }. El silencio cuenta como ausencia de objeción.
record3-item = Punto { $item }: { $text }
record3-countries = Países: { $countries }. Área temática { $area }.
record3-decision = Decisión: { $outcome }
record3-outcome = { $outcome ->
    [approved] Aprobado
    [approved_with_conditions] Aprobado con condiciones
    [deferred] Aplazado (se pide una revisión)
   *[not_approved] No aprobado
}
record3-conditions = Condiciones: { $conditions }
record3-funding = Importe aprobado: { $amount }, { $source ->
    [pool] con cargo al fondo común sin asignación específica
   *[area] con cargo al saldo asignado al área temática { $area }
}.
record3-split = { $organisation }: { $amount }
record3-corrected-outcome = Corregido en esta revisión. Antes, la decisión era: { $outcome }.
record3-corrected-funding = Antes, el importe aprobado era { $amount }, { $source ->
    [pool] con cargo al fondo común sin asignación específica
   *[area] con cargo al saldo asignado al área temática { $area }
}.
record3-corrected-conditions = Antes, las condiciones eran: { $conditions }
record3-column-tally = Recuento por grupo representado
record3-column-join = Se suma
record3-column-object = Objeta
record3-column-abstain = Se abstiene
record3-column-recuse = Se inhibe
record3-column-no-answer = Sin respuesta
record3-all-constituencies = Todos los grupos
record3-no-quorum = No hay quórum: participan { $participating } de los { $required } miembros requeridos.
record3-consensus = Consenso: ningún miembro objeta (los miembros inhibidos no se cuentan).
record3-no-consensus = No hay consenso: { $count ->
    [one] { $count } objeción.
   *[other] { $count } objeciones.
}
record3-simple-majority = { $holds ->
    [yes] Mayoría simple alcanzada
   *[no] Mayoría simple no alcanzada
}: { $for } a favor, { $against } en contra (no se cuentan abstenciones ni inhibiciones).
record3-qualified-majority = { $holds ->
    [yes] Mayoría de { $numerator }/{ $denominator } alcanzada
   *[no] Mayoría de { $numerator }/{ $denominator } no alcanzada
}: { $for } de { $cast } votos emitidos son a favor.
record3-objection = Objeción de { $member }: { $reason }
record3-override = Excepción decidida por la Presidencia: { $reason }
record3-funds-heading = Fondos después de las decisiones
record3-column-area = Área temática
record3-column-allocated = Asignado
record3-column-available = Disponible
record3-signature-heading = Firma
record3-signed = Firmado por la Presidencia, { $chair }, el { $when }. El recuento incluye las posiciones firmadas de { $count ->
    [one] { $count } miembro.
   *[other] { $count } miembros.
}
record3-check-heading = Cómo verificar esta acta
record3-check = El archivo de decisiones firmado por la Presidencia, a partir del cual se elaboraron estas páginas, se adjunta a este PDF. Cualquiera puede verificarlo, con SC Desk (Verificar) o con cualquier programa que verifique este tipo de firma electrónica (DSSE, Ed25519): la firma debe ser válida con la clave de la Presidencia, cuya huella digital es:
record3-check-roster = Compárela con la clave de la Presidencia en la lista de miembros publicada por el Fondo. SC Desk también vuelve a elaborar estas páginas a partir del archivo adjunto y las compara con este PDF, de modo que se detecta cualquier cambio en uno u otro.
record3-technical = Detalles técnicos
record3-payload-hash = SHA-256 del contenido firmado: { $hash }
record3-signature = Firma (Ed25519, base64): { $signature }
record3-replaces = SHA-256 del contenido del archivo de decisiones que esta revisión sustituye: { $hash }
