# Montants. Le code de la devise suit le nombre, séparé par une espace insécable.
money = { $amount } { $currency }
amount-empty = Aucun montant n’a été indiqué : écrivez-le ainsi : { $example }.
amount-not-a-number = « { $given } » n’est pas un montant : écrivez-le ainsi : { $example }.
amount-bad-grouping = « { $given } » a des séparateurs de milliers mal placés : groupez les chiffres par trois, ainsi : { $example }.
amount-wrong-currency = « { $given } » est en { $found }, mais ce fonds tient ses comptes en { $expected }.
amount-too-precise = « { $given } » a plus de deux décimales : les montants sont tenus au centime.
amount-negative = « { $given } » est négatif : les montants ne sont jamais négatifs ici.
amount-too-large = « { $given } » dépasse le plus grand montant que SC Desk accepte ({ $largest }).
