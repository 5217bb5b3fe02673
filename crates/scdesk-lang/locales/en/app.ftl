# The window's own words (ui/app.js, ui/js/dom.js): its title, the status line while the
# workspace opens, the passphrase screen, and the link to an error's technical detail.

app-title = SC Desk

## The status line

app-status-opening = Opening the workspace…
app-status-ready = Your workspace is ready. Back it up now (Identity & roster, "Back up this workspace"): a lost computer or a forgotten passphrase then loses nothing.

## The passphrase screen

app-passphrase-create-title = Protect your workspace with a passphrase
app-passphrase-unlock-title = Unlock the workspace
app-passphrase-create-help = This computer has no password store that SC Desk can use, so your workspace is locked with a passphrase you choose instead. Use at least 10 characters: several unrelated words are easy to remember and hard to guess. SC Desk never stores the passphrase.
app-passphrase-unlock-help = This workspace is protected by a passphrase.
app-passphrase-create-submit = Create the workspace
app-passphrase-unlock-submit = Unlock
# $label: how strong the passphrase is, in the library's words ("weak", "strong"...).
app-passphrase-strength = Strength: { $label }.
app-passphrase-differ = The two passphrases differ: type the same passphrase twice.

## Errors

# Opens the technical detail of an error, for whoever helps.
app-error-details = Details
