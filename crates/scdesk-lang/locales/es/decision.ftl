## Las palabras de la pantalla de reuniones que proporciona la biblioteca: la reunión, el
## recuento de cada punto, las decisiones de la Presidencia y las opciones del formulario
## de decisión. El acta firmada conserva su propio texto en inglés; estas son solo para la
## pantalla.

# La modalidad de la reunión.
decision-meeting-kind = { $kind ->
        [in_person] Presencial
        [virtual] Virtual
       *[written_procedure] Procedimiento escrito
    }
# La regla de decisión del Fondo; una mayoría cualificada es una fracción como 2/3.
decision-rule = { $rule ->
        [consensus] Consenso
        [simple] Mayoría simple
       *[qualified] Mayoría de { $numerator }/{ $denominator }
    }
# La nota sobre el quórum que trae el perfil del Fondo.
decision-quorum-note-default = Por defecto: la mayoría de los { $seats } puestos. El quórum del Fondo no es público; lo fija la UGF.
# El recuento de un punto, en palabras.
decision-tally-no-quorum = No hay quórum: { $participating ->
        [one] participa { $participating } de los { $required } miembros requeridos
       *[other] participan { $participating } de los { $required } miembros requeridos
    }.
decision-tally-consensus = Consenso: ningún miembro formula objeciones (no se cuentan los miembros recusados).
decision-tally-no-consensus = No hay consenso: { $objections ->
        [one] { $objections } objeción
       *[other] { $objections } objeciones
    }.
decision-tally-simple-majority = Mayoría simple { $reached ->
        [yes] alcanzada
       *[no] no alcanzada
    }: { $for } a favor, { $against } en contra (no se cuentan las abstenciones ni las recusaciones).
decision-tally-qualified-majority = Mayoría de { $numerator }/{ $denominator } { $reached ->
        [yes] alcanzada
       *[no] no alcanzada
    }: { $for } a favor de { $cast ->
        [one] { $cast } voto emitido
       *[other] { $cast } votos emitidos
    }.
# Un acta de decisiones corregida: su revisión y el motivo de la Presidencia.
decision-correction = Acta corregida, revisión { $revision }: { $reason }
decision-outcome = { $outcome ->
        [approved] Aprobado
        [approved_with_conditions] Aprobado con condiciones
        [deferred] Aplazado (se solicita una revisión)
       *[not_approved] No aprobado
    }
# La posición de un miembro sobre un punto, tal como la ofrece el formulario; none: no se
# recibió respuesta.
decision-stance = { $stance ->
        [join_consensus] Sumarse al consenso
        [object] Formular una objeción
        [abstain] Abstenerse
        [recuse] Recusarse
       *[none] Sin respuesta
    }
decision-attendance = { $attendance ->
        [present] Presente
        [represented] Representado
       *[absent] Ausente
    }
# La financiación decidida: el importe y su procedencia (decision-funding-source).
decision-funding = { $amount } con cargo { $source }
decision-funding-source = { $source ->
        [pool] a los fondos no asignados a un fin específico
       *[area] al saldo asignado al área temática { $area }
    }
# De dónde puede tomar la Presidencia la financiación, en el formulario de decisión.
decision-source-choice = { $source ->
        [pool] Fondos no asignados a un fin específico
       *[area] Fondos asignados al área { $area }
    }
