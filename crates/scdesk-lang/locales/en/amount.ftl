# Money and amounts typed by a person. `money` places the currency code the way the
# language's CLDR currency pattern does: before the number in English, after it (with a
# no-break space) in French and Spanish.
money = { $currency } { $amount }
amount-empty = No amount was given: write it like { $example }.
amount-not-a-number = “{ $given }” is not an amount: write it like { $example }.
amount-bad-grouping = “{ $given }” has misplaced thousands separators: group digits by three, like { $example }.
amount-wrong-currency = “{ $given }” is in { $found }, but this fund keeps its accounts in { $expected }.
amount-too-precise = “{ $given }” has more than two decimal places: amounts are kept to the cent.
amount-negative = “{ $given }” is negative: amounts here are never negative.
amount-too-large = “{ $given }” is above the largest amount SC Desk accepts ({ $largest }).
