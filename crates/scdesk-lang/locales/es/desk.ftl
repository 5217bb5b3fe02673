## Las palabras del panel que escribe la biblioteca: los primeros pasos del puesto de un
## miembro, el recuento de expedientes, los parámetros del Fondo, el tipo de la próxima
## reunión y las asignaciones específicas.

desk-setup-enrol = Envíe su inscripción a la UGF
    .detail = Guarde su archivo de inscripción (Identidad y lista de miembros) y envíelo a la Unidad de Gestión del Fondo, que asigna a su clave su puesto en la lista de miembros del Comité.
desk-setup-roster = Confirme la huella digital de la UGF y fije la lista de miembros como referencia
    .detail = Cuando llegue el archivo de la lista de miembros, coteje su huella digital con la UGF, por teléfono o en persona, y después fíjela como referencia: cada archivo que reciba después se verifica con ella.
desk-setup-files = Importe el paquete de expedientes y la reunión
    .detail = La UGF envía los expedientes de los programas conjuntos y la reunión como archivos firmados: impórtelos para examinar los expedientes y registrar sus posiciones.

desk-dossiers-note = { $funded ->
        [one] { $funded } financiado
       *[other] { $funded } financiados
    } · { $pipeline } en cartera
desk-meeting-note = { $kind } · { $count ->
        [one] { $count } punto del orden del día
       *[other] { $count } puntos del orden del día
    }

desk-setting-quorum = Quórum (miembros presentes)
desk-setting-written-procedure = Plazo del procedimiento escrito (días)
desk-setting-budget-ceiling = Tope presupuestario por programa
desk-setting-duration = Duración (meses)
desk-setting-duration-value = { $min }–{ $max }
desk-setting-area-target = Proporción objetivo por área temática
desk-percent = { $value } %

desk-meeting-in-person = Presencial
desk-meeting-virtual = Virtual
desk-meeting-written-procedure = Procedimiento escrito

desk-earmark-none = Sin asignación específica
desk-earmark-area = Área temática { $area }
