//! The dates the window shows arrive written by the library, as amounts do: in the
//! workspace's language, a moment in the reader's local time, the same long form the
//! records print. The window formats none.

use chrono::{Datelike, Local};
use scdesk::desk::Content;
use scdesk::lang::Lang;

/// The demo's dashboard, next meeting, dossier page and roster in each language: each
/// date as a reader of that language writes it, each moment at the local clock's time.
#[test]
fn dates_arrive_written_in_the_language_and_local_time() {
    let root = tempfile::tempdir().unwrap();
    let mut demo = crate::util::workspace(root.path(), "demo", Content::Demo);
    let cases = [
        (
            Lang::En,
            "31 August 2024",
            " at ",
            "4 agenda items",
            "January",
        ),
        (
            Lang::Fr,
            "31 août 2024",
            " à ",
            "4 points à l’ordre du jour",
            "janvier",
        ),
        (
            Lang::Es,
            "31 de agosto de 2024",
            " a las ",
            "4 puntos del orden del día",
            "enero",
        ),
    ];
    for (lang, as_of, at, items, january) in cases {
        demo.set_language(lang).unwrap();
        let d = demo.dashboard().unwrap();
        // The demo's contributions are the Fund's statement of 31 August 2024.
        assert_eq!(d.as_of_display.as_deref(), Some(as_of), "{lang}");
        assert_eq!(d.statement_as_of_display.as_deref(), Some(as_of), "{lang}");

        let next = d.next_meeting.expect("the demo has a meeting ahead");
        let local = next.starts_at.with_timezone(&Local);
        let shown = &next.starts_at_display;
        assert!(
            shown.starts_with(&format!("{} ", local.day())),
            "{lang}: {shown}"
        );
        assert!(shown.contains(&local.year().to_string()), "{lang}: {shown}");
        assert!(
            shown.ends_with(&format!("{at}{}", local.format("%H:%M"))),
            "{lang}: {shown}"
        );
        assert!(next.note.ends_with(items), "{lang}: {}", next.note);

        let meeting = demo.meeting_view(&next.id).unwrap();
        assert_eq!(&meeting.starts_at_display, shown, "{lang}");
        let positions = demo.my_positions(&next.id).unwrap();
        assert_eq!(&positions.starts_at_display, shown, "{lang}");

        // The roster was issued on 5 January 2026 at 09:00 UTC: its day is the reader's.
        let roster = demo
            .trust_view()
            .unwrap()
            .roster
            .expect("the demo pins a roster");
        let issued = roster.issued_at.with_timezone(&Local);
        let shown = &roster.issued_on_display;
        assert!(
            shown.starts_with(&format!("{} ", issued.day())),
            "{lang}: {shown}"
        );
        assert!(
            shown.contains(january) && shown.ends_with("2026"),
            "{lang}: {shown}"
        );

        let id = &d.dossiers[0].id;
        let page = demo.dossier_page(id).unwrap();
        let start = page.dossier.start_date;
        let shown = &page.start_date_display;
        assert!(
            shown.starts_with(&format!("{} ", start.day())),
            "{lang}: {shown}"
        );
        assert!(
            shown.ends_with(&start.year().to_string()),
            "{lang}: {shown}"
        );
        if lang == Lang::En {
            assert_eq!(shown, &start.format("%-d %B %Y").to_string());
        }
    }
}

/// A written procedure's opening and deadline come written as its meeting's start is.
#[test]
fn a_written_procedure_brings_its_moments_written() {
    let root = tempfile::tempdir().unwrap();
    let mut demo = crate::util::workspace(root.path(), "demo", Content::Demo);
    demo.act_in_demo_as("chair").unwrap();
    let next = demo
        .dashboard()
        .unwrap()
        .next_meeting
        .expect("a meeting ahead");
    let deadline = chrono::Utc::now() + chrono::Duration::days(10);
    demo.open_written_procedure(&next.id, deadline).unwrap();
    let view = demo.meeting_view(&next.id).unwrap();
    let shown = view
        .written_procedure_display
        .expect("the procedure is open");
    let (opened, deadline) = (
        view.written_procedure
            .expect("the procedure is open")
            .opened_at
            .with_timezone(&Local),
        deadline.with_timezone(&Local),
    );
    let moment = |t: chrono::DateTime<Local>| {
        format!(
            "{} {} {} at {}",
            t.day(),
            t.format("%B"),
            t.year(),
            t.format("%H:%M")
        )
    };
    assert_eq!(shown.deadline, moment(deadline));
    assert_eq!(shown.opened_at, moment(opened));
}
