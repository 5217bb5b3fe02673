## Los archivos firmados, la página de identidad y la lista de miembros, tal como la
## biblioteca los formula para la pantalla: resultados de la importación, archivos abiertos
## desde fuera, puestos y mandatos.

# Qué ocurrió con un archivo importado.
exchange-outcome = { $outcome ->
        [imported] Importado
        [replaced] Importado (sustituye)
        [duplicate] Ya importado
        [stale] Omitido (obsoleto)
        [disputed] Conservado, impugnado
        [rejected] Rechazado
       *[not_imported] No importado
    }
# Quién ocupa un puesto, cuando no es el grupo de un miembro (que nombra el perfil del
# Fondo).
exchange-seat-group = { $role ->
        [chair] Presidencia del Comité
        [fmu] Unidad de Gestión del Fondo
       *[member] Miembro
    }
# El puesto de este espacio de trabajo: el nombre de su titular y su grupo
# (exchange-seat-group).
exchange-seat-words = { $name }, { $group }
# Quién firmó un archivo.
exchange-signer-chair = { $name } (Presidencia)
exchange-signer-member = { $name } ({ $group })
# Un puesto de la UGF de una lista de miembros todavía no fijada como referencia.
exchange-fmu-seat = { $name } ({ $organisation })
# El mandato de un puesto en la lista de miembros: su primer y su último día.
exchange-term = { $start } – { $end }
# Lo que hizo una importación, una línea por archivo ($who: quién lo firmó;
# $date: AAAA-MM-DD).
exchange-import-duplicate = ya importado; nada cambió
exchange-import-same-statement = ya se tiene el mismo estado de contribuciones firmado (con otra codificación); nada cambió
exchange-import-older-statement = el estado de contribuciones versión { $version } es anterior a la versión { $held }, que ya se tiene; omitido
exchange-import-same-meeting = ya se tiene el mismo archivo de reunión firmado (con otra codificación); nada cambió
exchange-import-older-meeting = la reunión { $meeting }, revisión { $revision }, no es más reciente que la revisión { $held }; omitida
exchange-import-same-position = ya se tiene el mismo archivo de posiciones firmado (con otra codificación); nada cambió
exchange-import-roster = lista de miembros versión { $version }, de { $who }: { $seats ->
        [one] { $seats } puesto
       *[other] { $seats } puestos
    }
exchange-import-meeting = reunión { $meeting } (revisión { $revision }), de { $who }: { $items ->
        [one] { $items } punto del orden del día
       *[other] { $items } puntos del orden del día
    }
exchange-import-package = paquete de expedientes de { $who }: { $versions ->
        [one] { $versions } nueva versión de expediente
       *[other] { $versions } nuevas versiones de expedientes
    }, { $documents ->
        [one] { $documents } documento
       *[other] { $documents } documentos
    }
exchange-import-position-disputed = { $who } firmó dos archivos de posiciones distintos para { $meeting } con el número de orden { $sequence }: ambos se conservan como prueba y ninguno se cuenta hasta que llegue un archivo posterior de ese puesto
exchange-import-position-stale = el archivo de posiciones { $sequence } de { $who } para { $meeting } es anterior al archivo { $top }, que ya se tiene; se conserva, no se cuenta
exchange-import-position-replaces = el archivo de posiciones { $sequence } de { $who } para { $meeting } sustituye al archivo { $top }
exchange-import-position = archivo de posiciones { $sequence } de { $who } para { $meeting }: { $items ->
        [one] { $items } punto
       *[other] { $items } puntos
    }
exchange-import-decision = archivo de decisiones de { $who } para { $meeting }
exchange-import-statement = estado de contribuciones versión { $version }, de { $who }, al { $date }: { $contributions ->
        [one] { $contributions } contribución
       *[other] { $contributions } contribuciones
    }, { $deposited } depositados
exchange-import-enrolment = inscripción de { $name } ({ $organisation }), clave { $key }
# Un archivo abierto desde fuera, descrito antes de importarlo.
exchange-what-enrolment = Inscripción de { $name } ({ $organisation }), que solicita un puesto a la UGF
exchange-what-roster = Lista de miembros del Comité, versión { $version }, { $seats ->
        [one] { $seats } puesto
       *[other] { $seats } puestos
    }
exchange-what-meeting = Reunión { $meeting }: { $title } (revisión { $revision })
exchange-what-package = Paquete de { $dossiers ->
        [one] { $dossiers } expediente
       *[other] { $dossiers } expedientes
    }
exchange-what-position = Archivo de posiciones del puesto { $seat } para la reunión { $meeting } ({ $positions ->
        [one] { $positions } posición
       *[other] { $positions } posiciones
    })
exchange-what-decision = Archivo de decisiones de la reunión { $meeting }
exchange-what-correction = Archivo de decisiones de la reunión { $meeting }, corrección (revisión { $revision })
exchange-what-statement = Estado de contribuciones versión { $version }, al { $date }
# Un archivo firmado que este espacio de trabajo rechazaría: solo se indica su tipo.
exchange-file-kind = { $kind ->
        [enrolment] Inscripción
        [roster] Lista de miembros
        [meeting] Reunión
        [dossier_package] Paquete de expedientes
        [position] Archivo de posiciones
        [decision] Archivo de decisiones
       *[contributions] Estado de contribuciones
    }
exchange-file-unreadable = Un archivo que SC Desk no puede leer
