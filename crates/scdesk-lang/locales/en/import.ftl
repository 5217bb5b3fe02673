## Importing signed files, and the files opened from outside.

# $time is the time of day of the import.
import-group-heading = Imported at { $time } · { $count ->
        [one] { $count } file
       *[other] { $count } files
    }
import-column-file = File
import-column-result = Result
import-column-details = Details
# A file the app could not read at all.
import-rejected = Rejected
import-count = { $done } of { $total ->
        [one] { $total } file
       *[other] { $total } files
    } read · { $rejected } rejected{ $notImported ->
        [0] {""}
       *[other] { " · " }{ $notImported } not imported (the workspace could not take them)
    }
import-opened-what = What it is
import-opened-signed-by = Signed by
import-opened-key = Key fingerprint
import-opened-check = Check
import-opened-held = The signature holds. This workspace already holds this file.
import-opened-holds = The signature holds, under the roster this workspace trusts.
import-opened-import = Import it
import-opened-skip = Do not import
import-opened-close = Close
