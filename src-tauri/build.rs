fn main() {
    // The IPC surface is an allow-list: each command here gets an `allow-…` permission,
    // granted to the main window in capabilities/default.json.
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(&[
            "start",
            "unlock",
            "dashboard",
        ])),
    )
    .expect("tauri build step");
}
