## La importación de archivos firmados, y los archivos abiertos desde fuera.

# $time es la hora de la importación.
import-group-heading = Importación de las { $time } · { $count ->
        [one] { $count } archivo
       *[other] { $count } archivos
    }
import-column-file = Archivo
import-column-result = Resultado
import-column-details = Detalles
# Un archivo que la aplicación no pudo leer en absoluto.
import-rejected = Rechazado
import-count = Archivos leídos: { $done } de { $total } · rechazados: { $rejected }{ $notImported ->
        [0] {""}
       *[other] { " · " }no importados: { $notImported } (el espacio de trabajo no pudo aceptarlos)
    }
import-opened-what = Qué es
import-opened-signed-by = Firmado por
import-opened-key = Huella digital de la clave
import-opened-check = Verificación
import-opened-held = La firma es válida. Este espacio de trabajo ya tiene este archivo.
import-opened-holds = La firma es válida según la lista de miembros en la que confía este espacio de trabajo.
import-opened-import = Importarlo
import-opened-skip = No importar
import-opened-close = Cerrar
