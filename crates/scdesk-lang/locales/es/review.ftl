## Las palabras de los expedientes que escribe la biblioteca: estados, avance del examen,
## controles de coherencia, documentos, campos modificados y comparación.

review-status-concept-note = Nota conceptual
review-status-pipeline = En cartera
review-status-recommended = Recomendado
review-status-funded = Financiado
review-status-not-approved = No aprobado
review-status-closed = Cerrado

review-unknown-area = Área { $area } desconocida
review-objective-not-in-profile = No figura en el perfil del Fondo
review-progress = Expedientes del orden del día examinados: { $reviewed } de { $total }
review-compare-area = Área { $area }

review-document-kind = { $kind ->
        [pdf] Documento PDF
        [text] Texto
        [csv] Tabla (CSV)
        [html] Página web
        [word] Documento de procesador de textos
        [spreadsheet] Hoja de cálculo
        [presentation] Presentación
        [image] Imagen
        [zip] Archivo ZIP
       *[other] Documento
    }
review-document-bytes = { $count ->
        [one] { $size } byte
       *[other] { $size } bytes
    }
review-document-kilobytes = { $size } KB
review-document-megabytes = { $size } MB
review-document-described = { $kind }, { $size }

# Un campo del expediente, nombrado con palabras. $field: el nombre del campo en el expediente.
review-field = { $field ->
        [id] Identificador
        [reference] Referencia
        [title] Título
        [countries] Países
        [region] Región
        [resident_coordinator] Coordinador Residente
        [area] Área temática
        [objectives] Objetivos del Pacto Mundial
        [sdg_targets] Metas de los ODS
        [duration_months] Duración (meses)
        [start_date] Fecha de inicio
        [status] Estado
        [summary] Resumen
        [participants] Organizaciones participantes
        [national_partners] Asociados nacionales
        [stated_total] Total declarado
        [review] Examen de la UGF
       *[other] { $field }
    }
review-field-review-summary = Examen de la UGF: resumen
# $id: el marcador tal como lo nombra el expediente; $name: su nombre.
review-field-marker = { $id ->
       *[other] Puntuación: { $name }
    }
# $id: el principio tal como lo nombra el expediente; $name: su nombre.
review-field-principle = { $id ->
       *[other] Principio rector: { $name }
    }

review-flag-too-few-organisations = { $count ->
        [one] { $count } organización de las Naciones Unidas participante
       *[other] { $count } organizaciones de las Naciones Unidas participantes
    }; un programa conjunto necesita al menos dos.
review-flag-total-mismatch = Las líneas presupuestarias suman { $total }, pero el expediente indica { $stated }.
review-flag-bad-stated-total = El total declarado: { $error }
review-flag-over-ceiling = El presupuesto, { $budget }, supera el tope fijado en los parámetros ({ $ceiling }).
review-flag-unknown-area = El área temática { $area } no figura en el perfil del Fondo.
review-flag-unknown-objective = El objetivo { $objective } del Pacto Mundial no figura en el perfil del Fondo.
review-flag-objective-outside-area = El objetivo { $objective } corresponde al área { $area }, no al área { $dossier_area } del expediente.
review-flag-missing-marker = «{ $marker }»: no se ha asignado ninguna puntuación.
review-flag-marker-off-scale = «{ $marker }»: la puntuación «{ $code }» no figura en su escala.
review-flag-marker-below-minimum = «{ $marker }»: la puntuación { $code } es inferior al mínimo de { $minimum }.
review-flag-duration-out-of-bounds = { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }: fuera de los límites fijados en los parámetros ({ $min } a { $max } meses).
review-flag-few-government-entities = El programa involucra a menos de dos entidades gubernamentales.
review-flag-no-civil-society = No participa ninguna organización de la sociedad civil ni de migrantes.
