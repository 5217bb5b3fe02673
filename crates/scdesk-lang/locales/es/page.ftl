# El texto fijo de la ventana (ui/index.html): títulos, etiquetas, botones y ayudas de
# cada pantalla. Un elemento marcado data-l10n-id="page-…" muestra el mensaje; sus
# atributos (.aria-label, .placeholder) pasan a ser los del elemento.

## La cabecera: el fondo, las secciones, el idioma

page-fund-default = Comité Directivo
page-tabs =
    .aria-label = Secciones
page-tab-dashboard = Panel
page-tab-dossiers = Expedientes
page-tab-meeting = Reunión
page-tab-positions = Mis posiciones
page-tab-trust = Identidad y lista de miembros
page-tab-import = Importar archivos
page-demo-badge = Datos de demostración
page-language = Idioma

## La línea de estado, el primer inicio y la frase de contraseña

page-status-opening = Abriendo el espacio de trabajo…
page-first-run-title = Le damos la bienvenida a SC Desk
page-first-run-intro = SC Desk es la herramienta con la que cada miembro del Comité Directivo examina los expedientes de los programas y registra sus posiciones en archivos firmados, y con la que la Presidencia registra las decisiones del Comité.
page-first-run-demo = Probar la demostración
page-first-run-demo-help = Miembros, programas y reuniones ficticios, con las contribuciones publicadas por el Fondo. Pruébela en el papel de un miembro, de la Presidencia o de la UGF.
page-first-run-mine = Crear mi espacio de trabajo
page-first-run-mine-help = Un espacio de trabajo vacío para su propio puesto, para los archivos que le envía su Unidad de Gestión del Fondo. Desde él puede abrir la demostración en cualquier momento.
page-passphrase-title = Desbloquear el espacio de trabajo
page-passphrase-why = ¿Por qué no hay gestor de contraseñas?
page-passphrase-label = Frase de contraseña
page-passphrase-again = La misma frase de contraseña, otra vez
page-passphrase-warning = Si se olvida esta frase de contraseña, nadie podrá volver a abrir este espacio de trabajo: ni usted, ni SC Desk, ni la Unidad de Gestión del Fondo. Anótela y guárdela en un lugar seguro. Una vez abierto el espacio de trabajo, haga también una copia de seguridad (Identidad y lista de miembros).
page-passphrase-submit = Desbloquear

## Panel

page-demo-banner-title = Datos de demostración.
page-demo-banner-text = Las contribuciones son las cifras publicadas por el Fondo (agosto de 2024); los miembros, los programas conjuntos y las reuniones son ficticios, para que pueda probar SC Desk.
page-demo-role = Probar la demostración como
page-demo-role-switch = Cambiar
page-setup-title = Próximos pasos para su espacio de trabajo
page-kpis =
    .aria-label = Cifras clave
page-kpi-total = Contribuciones recibidas
page-kpi-contributors = Contribuyentes
page-kpi-dossiers = Programas conjuntos
page-kpi-meeting = Próxima reunión
page-contrib-title = Contribuciones por contribuyente
page-col-contributor = Contribuyente
page-col-amount = Importe
page-col-share = Porcentaje
page-col-earmark = Fin específico
page-col-total = Total
page-dossiers-title = Expedientes de los programas conjuntos
page-col-programme = Programa
page-col-countries = Países
page-col-area = Área
page-col-status = Estado
page-col-budget = Presupuesto
page-funds-title = Fondos disponibles por área temática
page-col-earmarked-balance = Saldo para fines específicos
page-col-allocated = Asignado
page-col-target = Meta
page-settings-title = Parámetros del Fondo
page-settings-note = El Fondo no publica estos valores; son valores predeterminados que la UGF puede cambiar.
page-col-setting = Parámetro
page-col-value = Valor
page-col-why = Por qué este valor

## Expedientes: la lista, la comparación, un expediente

page-filter-text =
    .placeholder = Buscar en títulos, resúmenes, exámenes y sus notas
    .aria-label = Buscar
page-filter-area =
    .aria-label = Área temática
page-filter-area-all = Todas las áreas
page-filter-status =
    .aria-label = Estado
page-filter-status-all = Todos los estados
page-status-concept-note = Nota conceptual
page-status-pipeline = En cartera
page-status-recommended = Recomendado
page-status-funded = Financiado
page-status-not-approved = No aprobado
page-status-closed = Cerrado
page-filter-region =
    .aria-label = Región
page-filter-region-all = Todas las regiones
page-filter-reviewed =
    .aria-label = Examen
page-filter-reviewed-any = Examinados o no
page-filter-reviewed-yes = Examinados
page-filter-reviewed-no = No examinados
page-filter-agenda = En el orden del día
page-filter-flagged = Con preguntas
page-filter-sort =
    .aria-label = Ordenar por
page-sort-reference = Orden: referencia
page-sort-title = Orden: título
page-sort-budget = Orden: presupuesto
page-sort-area = Orden: área
page-sort-status = Orden: estado
page-col-compare = Comparar
page-col-review = Examen
page-compare-button = Comparar los seleccionados
page-compare-title = Expedientes lado a lado
page-compare-back = Volver a la lista
page-dossier-back = ← Todos los expedientes
page-dv-changes-title = Modificado desde la versión que usted examinó
page-col-field = Campo
page-col-before = Antes
page-col-now = Ahora
page-dv-flags-title = Controles de coherencia
page-dv-summary = Resumen
page-dv-budget = Presupuesto
page-col-un-organisation = Organización de las Naciones Unidas participante
page-col-direct = Costos directos
page-col-indirect = Costos indirectos (7 %)
page-dv-markers = Marcadores
page-col-marker = Marcador
page-col-score = Puntuación
page-col-meaning = Significado
page-col-minimum = Mínimo
page-dv-objectives = Objetivos del Pacto Mundial para la Migración y metas de los ODS
page-dv-partners = Asociados nacionales
page-dv-review = Examen técnico de la UGF
page-col-principle = Principio rector
page-col-assessment = Evaluación
page-dv-documents = Documentos
page-dv-your-review = Su examen
page-dv-mark = Marcar como examinado
page-dv-note-title = Nota privada
page-dv-note-help = Cifrada en esta computadora; nunca se exporta.
page-dv-note-save = Guardar la nota
page-dv-questions = Preguntas para la reunión
page-dv-question =
    .placeholder = Una pregunta que plantear
page-dv-question-flag = Anotar la pregunta
page-dv-conflict = Conflicto de intereses
page-dv-conflict-reason =
    .placeholder = Motivo (obligatorio)
page-dv-conflict-declare = Declarar un conflicto de intereses
page-dv-conflict-withdraw = Retirar

## Reunión: una nueva reunión, el recuento, las actas

page-nm-title = Nueva reunión
page-nm-intro = Firmada con su clave y guardada en un archivo de reunión para enviarlo a los miembros. El orden del día enumera los expedientes marcados abajo, en el orden indicado, y luego las demás decisiones.
page-nm-id = Identificador
page-nm-kind = Modalidad
page-kind-in-person = Presencial
page-kind-virtual = Virtual
page-kind-written-procedure = Procedimiento escrito
page-nm-at = Inicio (su hora local)
page-nm-history = Esta reunión ya se celebró: registrarla como constancia del pasado (su archivo lo indica)
page-nm-place = Lugar
page-nm-place-input =
    .placeholder = Ginebra, Palacio de las Naciones
page-nm-title-label = Título
page-nm-title-input =
    .placeholder = Comité Directivo — primera reunión de 2027
page-nm-funding = Decisiones de financiación
page-nm-other = Otras decisiones, una por línea
page-nm-submit = Firmar y guardar el archivo de reunión…
page-nm-cancel = Cancelar
page-mt-title = Reunión
page-mt-select =
    .aria-label = Reunión
page-mt-save-file = Guardar el archivo de reunión…
page-mt-new = Nueva reunión…
page-mt-deadline = Procedimiento escrito: plazo (su hora local)
page-mt-open-written = Abrir el procedimiento escrito
page-mt-seats = Puestos
page-col-member = Miembro
page-col-constituency = Grupo representado
page-col-position-file = Archivo de posiciones
page-col-attendance = Asistencia
page-mt-funds = Fondos disponibles tras las decisiones adoptadas hasta ahora
page-mt-export = Exportar el archivo de decisiones firmado…
page-mt-record = Acta de decisiones
page-mt-record-note = Un PDF generado a partir del archivo de decisiones firmado, que lleva incorporado, de modo que el PDF puede verificarse por sí solo.
page-mt-print = Imprimir el acta
page-mt-paper =
    .aria-label = Papel
page-paper-letter = Carta (EE. UU.)
page-mt-save-pdf = Guardar como PDF…
page-year-label = Todas las reuniones con decisiones firmes de
page-year-submit = Guardar las actas del año en un solo PDF…
page-register-from = Registro público de las decisiones del
page-register-to = al
page-register-iati = Identificador de organización IATI (opcional)
page-register-submit = Publicar el registro…
page-register-help = El registro es un pequeño sitio web para las páginas del Fondo: todas las decisiones del período, las actas en PDF y los archivos firmados, con un programa que cualquiera puede ejecutar para verificarlos. Las notas, las preguntas y las posiciones nunca se incluyen en él.
page-register-iati-help = Con el identificador de organización IATI con el que informa el Fondo, el registro también enumera los programas financiados según el Estándar IATI, para los sitios de transparencia de la ayuda. Déjelo vacío para publicar sin él.

## Mis posiciones

page-pos-title = Mis posiciones
page-pos-intro = Sus posiciones siguen siendo borradores en esta computadora hasta que las exporte en un archivo firmado para la Presidencia. Un archivo posterior reemplaza al anterior.
page-col-item = Punto
page-col-agenda = Orden del día
page-col-position = Posición
page-col-reason = Motivo (obligatorio para objetar o inhibirse)
page-pos-unsaved = Sus posiciones tienen cambios sin guardar.
page-pos-unsaved-save = Guardarlos y continuar
page-pos-unsaved-discard = Descartarlos y continuar
page-pos-unsaved-stay = Quedarse aquí
page-pos-save = Guardar las posiciones
page-pos-export = Exportar el archivo de posiciones firmado…
page-pos-exported = Archivos exportados

## Identidad y lista de miembros

page-identity-title = Su identidad
page-identity-intro = Esta huella digital identifica su clave de firma. Cuando usted se inscriba, la UGF la cotejará con usted, por teléfono o en persona, grupo por grupo.
page-identity-seat = Puesto
page-identity-files = Archivos firmados guardados
page-enrol-title = Inscribirse ante la UGF
page-enrol-name = Su nombre
page-enrol-org = Organización
page-enrol-submit = Guardar el archivo de inscripción…
page-backup-title = Hacer una copia de seguridad de este espacio de trabajo
page-backup-intro = Un solo archivo contiene todo lo que hay aquí: su clave de firma, notas, marcas, posiciones e historial, protegidos con una frase de contraseña que usted elige. Con él puede restaurar este espacio de trabajo en otra computadora. Guarde el archivo y su frase de contraseña por separado.
page-backup-pass = Frase de contraseña de la copia (al menos 10 caracteres)
page-backup-submit = Guardar la copia de seguridad…
page-roster-title = Lista de miembros
page-roster-none = Todavía no hay ninguna lista de miembros fijada como referencia. Elija el archivo de la lista de miembros que le envió la UGF, confirme con la UGF, por teléfono o en persona, la huella digital de quien lo firmó y, después, fíjela como referencia. Cada archivo que reciba después se verifica con ella.
page-roster-version = Lista de miembros, versión
page-roster-preview-seats = puestos, UGF:
page-roster-signed-by = Firmada por la clave con la huella digital:
page-pin-label = Escriba la huella digital que la UGF le comunicó por teléfono o en persona
page-pin-submit = Fijar esta lista como referencia
page-roster-issued = emitida el
page-col-name = Nombre
page-col-constituency-role = Grupo representado o función
page-col-organisation = Organización
page-col-term = Mandato
page-col-fingerprint = Huella digital de la clave

## Importar archivos

page-opened-title = Archivos que usted abrió
page-opened-intro = No se importa nada hasta que usted lo decida. Un archivo es de confianza únicamente por su firma.
page-import-title = Importar archivos firmados
page-import-intro = Listas de miembros, reuniones, paquetes de expedientes, archivos de posiciones y de decisiones, o lotes de ellos. Un archivo es de confianza únicamente por su firma, nunca por la forma en que llegó.
page-import-drop = Arrastre archivos a esta ventana o elíjalos:
page-import-files =
    .aria-label = Elegir los archivos firmados que importar
page-import-clear = Vaciar la lista
