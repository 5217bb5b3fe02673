## Las posiciones del miembro sobre la próxima reunión.

positions-no-meeting = No hay ninguna reunión próxima
positions-not-saved = Hay cambios sin guardar.
positions-title = Mis posiciones — { $title }
positions-item-position = Su posición sobre el punto { $item }
positions-not-decided = — sin decidir —
positions-reason = Motivo
# $counted es yes cuando un archivo de decisiones incluye este archivo entre los que la
# Presidencia tuvo en cuenta.
positions-file-sent = { $counted ->
        [yes] Archivo de posiciones { $sequence } enviado, tenido en cuenta por la Presidencia
       *[no] Archivo de posiciones { $sequence } enviado
    }
positions-none-yet = Ninguno por ahora.
# $message es la frase de la biblioteca que explica por qué se rechazó la posición.
positions-item-error = Punto { $item }: { $message }
positions-saved = Guardado.
