## The member's positions on the next meeting.

positions-no-meeting = No upcoming meeting
positions-not-saved = Changes not saved yet.
positions-title = My positions — { $title }
positions-item-position = Your position on item { $item }
positions-not-decided = — not decided —
positions-reason = Reason
# $counted is yes when a decision file lists the file among those the chair counted.
positions-file-sent = { $counted ->
        [yes] Position file { $sequence } sent, counted by the chair
       *[no] Position file { $sequence } sent
    }
positions-none-yet = None yet.
# $message is the library's sentence on why the position was refused.
positions-item-error = Item { $item }: { $message }
positions-saved = Saved.
