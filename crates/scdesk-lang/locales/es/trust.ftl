## Identidad y lista de miembros: la clave de este espacio de trabajo, la lista de
## miembros, la inscripción y la copia de seguridad.

trust-no-seat = Ninguno en la lista de miembros fijada como referencia
# Al pasar el puntero sobre una fila de la lista de miembros: el identificador del puesto.
trust-seat = Puesto { $seat }
trust-seat-me = { $name } (usted)
trust-enrolment-saved = Archivo guardado: { $path }. Envíelo a la UGF y comuníquele de viva voz su huella digital.
trust-backup-differ = Las dos frases de contraseña no coinciden: escriba dos veces la misma frase de contraseña.
trust-backup-saved = Se guardó la copia de seguridad ({ $kilobytes } KB) en { $path }.
