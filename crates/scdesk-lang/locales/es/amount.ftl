# Importes. El código de la moneda sigue a la cifra, separado por un espacio de no separación.
money = { $amount } { $currency }
amount-empty = No se indicó ningún importe: escríbalo así: { $example }.
amount-not-a-number = «{ $given }» no es un importe: escríbalo así: { $example }.
amount-bad-grouping = «{ $given }» tiene los separadores de miles mal colocados: agrupe las cifras de tres en tres, así: { $example }.
amount-wrong-currency = «{ $given }» está en { $found }, pero este fondo lleva sus cuentas en { $expected }.
amount-too-precise = «{ $given }» tiene más de dos decimales: los importes se llevan al céntimo.
amount-negative = «{ $given }» es negativo: aquí los importes nunca son negativos.
amount-too-large = «{ $given }» supera el mayor importe que SC Desk acepta ({ $largest }).
