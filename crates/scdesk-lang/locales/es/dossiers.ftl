## Expedientes: la lista, la búsqueda y los filtros, la comparación, la página de un
## expediente, la nota privada, las preguntas y el conflicto de intereses.

dossiers-area-option = Área { $area }: { $name }
dossiers-compare-pick =
    .aria-label = Comparar { $title }
dossiers-row-reference = { $reference } · versión { $version } · { $region }
dossiers-area = Área { $area }
dossiers-tag-reviewed = Examinado
dossiers-tag-changed = Modificado
dossiers-tag-to-review = Por examinar
dossiers-tag-agenda = Orden del día
dossiers-tag-questions = { $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    }
dossiers-tag-conflict = Conflicto
dossiers-count-first = Los primeros { $shown } de { $matching } expedientes: añada palabras o filtros para encontrar los demás
dossiers-count = { $count ->
        [one] { $count } expediente
       *[other] { $count } expedientes
    }
dossiers-compare-programme = Programa
dossiers-compare-budget = Presupuesto
dossiers-compare-area = Área temática
dossiers-compare-countries = Países
dossiers-compare-duration = Duración
dossiers-compare-organisations = Organizaciones de las Naciones Unidas
dossiers-months = { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
dossiers-page-reference = { $reference } · Programa conjunto
dossiers-page-meta = { $countries } · { $region } · Área temática { $area }: { $areaName }
dossiers-page-version = Versión { $version }
dossiers-page-version-of = Versión { $version } de { $count }
dossiers-tag-changed-since-review = Modificado desde su examen
dossiers-tag-on-agenda = En el orden del día
dossiers-tag-conflict-declared = Conflicto de intereses declarado
dossiers-conflict-declared = Ha declarado un conflicto de intereses: «{ $reason }». Su posición sobre este expediente será la inhibición.
dossiers-changes-since = Modificado desde la versión { $version }, que usted examinó
dossiers-consistency-checks = Controles de coherencia
dossiers-fact-submitted-by = Presentado por
dossiers-fact-duration = Duración
dossiers-fact-duration-value = { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    } a partir del { $date }
dossiers-fact-total-budget = Presupuesto total
dossiers-budget-indirect-head = Costos indirectos ({ $percent } %)
dossiers-marker-missing = No indicado
dossiers-objective = Objetivo { $number }: { $title }
dossiers-sdg-targets = Metas de los ODS: { $targets }
dossiers-partner = { $name } — { $kind ->
        [government] Gobierno
        [local_government] Gobierno local
        [civil_society] Sociedad civil
        [migrant_organisation] Organización de migrantes
       *[other] { $kind }
    }
dossiers-principle-not-assessed = No evaluado
dossiers-document-open = Abrir
dossiers-document-saved = Documento guardado en { $path }.
dossiers-documents-none = No hay documentos.
dossiers-review-state-reviewed = Ha examinado la versión { $version }.
dossiers-review-state-changed = Ha examinado la versión { $reviewed }; la versión { $version } contiene cambios.
dossiers-review-state-none = Aún no examinado.
dossiers-mark-remove = Quitar la marca de examen
dossiers-mark-reviewed = Marcar la versión { $version } como examinada
dossiers-note-saved = Nota guardada.
dossiers-note-saving = Guardando…
dossiers-question-remove = Quitar
