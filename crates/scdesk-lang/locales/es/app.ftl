# Las palabras propias de la ventana (ui/app.js, ui/js/dom.js): su título, la línea de
# estado mientras se abre el espacio de trabajo, la pantalla de la frase de contraseña y
# el enlace al detalle técnico de un error.

app-title = SC Desk

## La línea de estado

app-status-opening = Abriendo el espacio de trabajo…
app-status-ready = Su espacio de trabajo está listo. Haga ahora una copia de seguridad (Identidad y lista de miembros, «Hacer una copia de seguridad de este espacio de trabajo»): así, aunque pierda la computadora u olvide la frase de contraseña, no perderá nada.

## La pantalla de la frase de contraseña

app-passphrase-create-title = Proteja su espacio de trabajo con una frase de contraseña
app-passphrase-unlock-title = Desbloquear el espacio de trabajo
app-passphrase-create-help = Esta computadora no tiene ningún gestor de contraseñas que SC Desk pueda utilizar, por lo que su espacio de trabajo se bloquea con una frase de contraseña que usted elige. Utilice al menos 10 caracteres: varias palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. SC Desk nunca guarda la frase de contraseña.
app-passphrase-unlock-help = Este espacio de trabajo está protegido con una frase de contraseña.
app-passphrase-create-submit = Crear el espacio de trabajo
app-passphrase-unlock-submit = Desbloquear
# $label: la solidez de la frase de contraseña, en palabras de la biblioteca («débil», «sólida»...).
app-passphrase-strength = Solidez: { $label }.
app-passphrase-differ = Las dos frases de contraseña no coinciden: escriba la misma frase dos veces.

## Errores

# Abre el detalle técnico de un error, para quien le ayude.
app-error-details = Detalles
