/// The app's own commands. The IPC surface is an allow-list: each command here gets an
/// `allow-…` permission, granted to the main window in capabilities/default.json.
const COMMANDS: &[&str] = &[
    "catalogue",
    "set_language",
    "start",
    "unlock",
    "dashboard",
    "identity",
    "preview_roster",
    "pin_roster",
    "import_file",
    "import_paths",
    "save_enrolment",
    "save_workspace_backup",
    "meeting_positions",
    "set_position",
    "save_positions",
    "dossiers",
    "dossier",
    "mark_reviewed",
    "save_note",
    "add_question",
    "remove_question",
    "declare_conflict",
    "withdraw_conflict",
    "compare",
    "open_document",
    "meetings",
    "meeting_view",
    "set_attendance",
    "record_decision",
    "save_decisions",
    "correct_decision",
    "print_record",
    "save_record",
    "open_written_procedure",
    "save_year_records",
    "publish_register",
    "passphrase_strength",
    "publish_meeting",
    "save_meeting_file",
    "opened_files",
    "choose_workspace",
    "workspaces",
    "save_document",
    "act_in_demo_as",
    "first_screen_painted",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
}
