## El panel: el Fondo, sus contribuciones, los expedientes, los fondos por área temática y
## los parámetros del Fondo.

dashboard-contributions-chart = Gráfico de barras de las contribuciones por contribuyente
dashboard-fund-name = { $fund } · Comité Directivo
dashboard-total-note-statement = al { $date } · estado { $version }, firmado por { $signer }
dashboard-total-note-entered = al { $date } · introducido en este espacio de trabajo
dashboard-total-note-none = no se han registrado contribuciones
dashboard-unearmarked-note = { $amount } sin asignación específica
dashboard-meeting-none = Ninguna reunión prevista
dashboard-contributions-as-of = Al { $date }
dashboard-unearmarked = Sin asignación específica
dashboard-area = Área { $area }
dashboard-funds-note = Fondo común sin asignación específica: { $amount }, al que puede recurrir un programa de cualquier área además del saldo asignado específicamente a su área. Lo asignado incluye todos los programas financiados.
dashboard-funds-allocated = { $amount } asignados
dashboard-funds-chart = Asignaciones por área temática
dashboard-demo-role-chosen = Ahora está probando SC Desk como { $seat }. Se han borrado las posiciones en borrador que aún no se habían enviado.
dashboard-setup-open-trust = Abrir «Identidad y lista de miembros»
dashboard-setup-open-import = Abrir «Importar archivos»
dashboard-setup-done = { $title } — completado
dashboard-switch-open-mine = Abrir mi espacio de trabajo
dashboard-switch-start-mine = Crear mi espacio de trabajo real
dashboard-switch-in-demo = Está en la demostración. Su propio espacio de trabajo se mantiene separado de ella.
dashboard-switch-open-demo = Abrir la demostración
dashboard-switch-in-mine = La demostración, con datos ficticios, se mantiene separada de este espacio de trabajo.
