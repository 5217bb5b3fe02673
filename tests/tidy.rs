//! Project rules a reviewer would otherwise repeat, checked on the source tree (in the
//! manner of rust-analyzer's `xtask/src/tidy.rs`). Each failure names the file and the
//! rule.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every file under `dir` (recursively) whose name ends with `ext`.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p, ext));
        } else if p.to_string_lossy().ends_with(ext) {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The Rust sources of the library, the CLI and the app shell (not tests, not benches).
fn sources() -> Vec<PathBuf> {
    let r = root();
    let mut all = files(&r.join("src"), ".rs");
    all.extend(files(&r.join("src-tauri/src"), ".rs"));
    for krate in files(&r.join("crates"), "Cargo.toml") {
        if let Some(dir) = krate.parent() {
            all.extend(files(&dir.join("src"), ".rs"));
        }
    }
    all
}

/// The code of a file before its `#[cfg(test)]` module.
fn non_test(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

#[test]
fn every_module_opens_with_a_line_saying_what_it_owns() {
    let missing: Vec<String> = sources()
        .into_iter()
        .filter(|p| !read(p).starts_with("//!"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "modules without a `//!` first line: {missing:?}"
    );
}

#[test]
fn no_unwrap_in_non_test_library_code() {
    let lib = root().join("src");
    let offending: Vec<String> = sources()
        .into_iter()
        .filter(|p| !p.starts_with(root().join("src-tauri")))
        .flat_map(|p| {
            let text = read(&p);
            non_test(&text)
                .lines()
                .enumerate()
                .filter(|(_, l)| l.contains(".unwrap()") && !l.trim_start().starts_with("//"))
                .map(|(i, _)| format!("{}:{}", p.strip_prefix(&lib).unwrap_or(&p).display(), i + 1))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        offending.is_empty(),
        "`.unwrap()` outside tests (return an error that says what to do): {offending:?}"
    );
}

#[test]
fn the_window_never_sets_inner_html() {
    let offending: Vec<String> = files(&root().join("ui"), ".js")
        .into_iter()
        .chain(files(&root().join("ui"), ".html"))
        .filter(|p| read(p).contains("innerHTML"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        offending.is_empty(),
        "`innerHTML` in {offending:?}: build the page with DOM calls and textContent"
    );
}

/// Dates and numbers arrive written by the library, in the language and the reader's local
/// time: the window's own code makes no `Intl` formatter and calls no `toLocale…`, which
/// would write them otherwise than the records do (and start ICU on the first screen).
#[test]
fn the_window_writes_no_dates_or_numbers_itself() {
    let offending: Vec<String> = files(&root().join("ui"), ".js")
        .into_iter()
        .filter(|p| !p.components().any(|c| c.as_os_str() == "vendor"))
        .filter(|p| {
            let code = read(p);
            code.contains("Intl.") || code.contains("toLocale")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        offending.is_empty(),
        "`Intl` or `toLocale…` in {offending:?}: have the library write it (`Words`)"
    );
}

/// The names between the first `[` after `marker` and the matching `]`, as quoted
/// strings or bare identifiers.
fn list_after(text: &str, marker: &str) -> BTreeSet<String> {
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("`{marker}` not found"));
    let rest = &text[start + marker.len()..];
    let open = rest.find('[').expect("a list");
    let close = rest[open..].find(']').expect("the list's end");
    rest[open + 1..open + close]
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty() && !s.starts_with("//"))
        .collect()
}

#[test]
fn every_command_is_declared_granted_and_handled() {
    let r = root();
    let declared = list_after(
        &read(&r.join("src-tauri/build.rs")),
        "const COMMANDS: &[&str] = &",
    );
    let handled = list_after(&read(&r.join("src-tauri/src/main.rs")), "generate_handler!");
    let capability: serde_json::Value =
        serde_json::from_str(&read(&r.join("src-tauri/capabilities/default.json"))).unwrap();
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter_map(|p| p.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect();
    assert_eq!(
        declared, handled,
        "build.rs COMMANDS and the handler differ"
    );
    assert_eq!(
        declared, granted,
        "build.rs COMMANDS and capabilities/default.json differ"
    );
}

/// The path dependencies a manifest names (`name = { path = … }`).
fn path_deps(manifest: &Path) -> BTreeSet<String> {
    read(manifest)
        .lines()
        .filter(|l| l.contains("path = \""))
        .filter_map(|l| l.split('=').next())
        .map(|n| n.trim().to_string())
        .collect()
}

/// The crate graph is the architecture: rules < format < store < scdesk < app. An edge
/// that goes up (a lower crate naming a higher one) fails here and would not compile.
#[test]
fn crate_dependencies_only_go_down() {
    let layers = [
        "scdesk-lang",
        "scdesk-rules",
        "scdesk-format",
        "scdesk-store",
        "scdesk",
        "scdesk-app",
    ];
    let manifests = [
        ("scdesk-lang", root().join("crates/scdesk-lang/Cargo.toml")),
        (
            "scdesk-rules",
            root().join("crates/scdesk-rules/Cargo.toml"),
        ),
        (
            "scdesk-format",
            root().join("crates/scdesk-format/Cargo.toml"),
        ),
        (
            "scdesk-store",
            root().join("crates/scdesk-store/Cargo.toml"),
        ),
        ("scdesk-app", root().join("src-tauri/Cargo.toml")),
    ];
    let rank = |name: &str| layers.iter().position(|l| *l == name);
    for (name, manifest) in manifests {
        for dep in path_deps(&manifest) {
            let (Some(from), Some(to)) = (rank(name), rank(&dep)) else {
                continue;
            };
            assert!(
                to < from,
                "{name} depends on {dep}, a layer above or beside it"
            );
        }
    }
    // The root package's own dependencies on the layers below (the dev-dependency on
    // itself only turns on the test hooks).
    let root_deps = path_deps(&root().join("Cargo.toml"));
    for dep in [
        "scdesk-lang",
        "scdesk-rules",
        "scdesk-format",
        "scdesk-store",
    ] {
        assert!(root_deps.contains(dep), "scdesk should depend on {dep}");
    }
}

/// The command line's crates are the binary's alone: the app takes the library without
/// them, so building the app never compiles clap.
#[test]
fn the_app_takes_the_library_without_the_command_line() {
    let app = read(&root().join("src-tauri/Cargo.toml"));
    assert!(
        app.lines()
            .any(|l| l.starts_with("scdesk =") && l.contains("default-features = false")),
        "src-tauri must depend on scdesk with default-features = false"
    );
    let manifest = read(&root().join("Cargo.toml"));
    for krate in ["anyhow", "clap", "rpassword"] {
        let line = manifest
            .lines()
            .find(|l| l.starts_with(&format!("{krate} =")))
            .unwrap_or_else(|| panic!("{krate} is not a dependency"));
        assert!(
            line.contains("optional = true"),
            "{krate} must be the CLI's only: {line}"
        );
    }
    let library: Vec<PathBuf> = sources()
        .into_iter()
        .filter(|p| !p.ends_with("src/main.rs"))
        .collect();
    for p in library {
        let text = read(&p);
        for krate in ["anyhow::", "clap::", "rpassword::"] {
            assert!(!text.contains(krate), "{} uses {krate}", p.display());
        }
    }
}

/// The window branches on error codes, never on the text of a message (which is for
/// people, and will be translated).
#[test]
fn the_window_never_branches_on_message_text() {
    for p in files(&root().join("ui"), ".js") {
        let text = read(&p);
        for pattern in [
            "message.includes(",
            "message ===",
            "message.startsWith(",
            "message.match(",
        ] {
            assert!(
                !text.contains(pattern),
                "{}: `{pattern}`: branch on `code`",
                p.display()
            );
        }
    }
}

/// The message ids a Fluent file defines: its lines that open a message (`id = …`).
fn message_ids(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('='))
        .map(|(id, _)| id.trim_end())
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .map(str::to_string)
        .collect()
}

/// The modules a JavaScript file imports (`import … from './x.js'`, `import './x.js'`),
/// as paths under `ui/`.
fn imports_of(file: &str, text: &str) -> Vec<String> {
    let dir = Path::new(file).parent().unwrap_or(Path::new(""));
    let mut out = Vec::new();
    for line in text.lines().map(str::trim_start) {
        if !(line.starts_with("import ") || line.starts_with("export ")) || !line.contains(".js") {
            continue;
        }
        let Some(spec) = line.rsplit(['\'', '"']).nth(1) else {
            continue;
        };
        let mut path = dir.to_path_buf();
        for part in spec.split('/') {
            match part {
                "." => {}
                ".." => {
                    path.pop();
                }
                _ => path.push(part),
            }
        }
        out.push(path.to_string_lossy().into_owned());
    }
    out
}

/// The page asks for every module the window imports at once (`modulepreload`), so that
/// its start does not wait for one level of imports after another: the list names each
/// module `app.js` reaches, and nothing else.
#[test]
fn the_page_preloads_every_module_the_window_imports() {
    let ui = root().join("ui");
    let (mut reached, mut todo) = (BTreeSet::new(), vec!["app.js".to_string()]);
    while let Some(file) = todo.pop() {
        for module in imports_of(&file, &read(&ui.join(&file))) {
            if reached.insert(module.clone()) {
                todo.push(module);
            }
        }
    }
    let page = read(&ui.join("index.html"));
    let preloaded: BTreeSet<String> = page
        .split("<link rel=\"modulepreload\" href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect();
    let missing: Vec<_> = reached.difference(&preloaded).collect();
    let extra: Vec<_> = preloaded.difference(&reached).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "ui/index.html: modules imported but not preloaded {missing:?}; preloaded but not imported {extra:?}"
    );
    assert!(
        reached.len() > 10,
        "the import graph was not read: {reached:?}"
    );
}

/// The window's style sheet keeps its fonts few: five sizes (12 px the smallest, for
/// legibility) and two weights. Each other size or weight is one more font the window sets
/// up on its first drawing (~3 ms each, measured: three sizes fewer laid the dashboard out
/// ~12 ms sooner), and font features cost too (the first screen laid out ~20 ms slower
/// with `tabular-nums` on the page, measured): the app's start pays both before the
/// dashboard shows.
#[test]
fn the_style_sheet_keeps_its_fonts_few() {
    const SIZES: [&str; 5] = ["12px", "14px", "17px", "22px", "24px"];
    let css = read(&root().join("ui/style.css"));
    for (n, line) in css.lines().enumerate() {
        for decl in line.split(['{', ';', '}']).map(str::trim) {
            let Some((name, value)) = decl.split_once(':') else {
                continue;
            };
            let (name, value) = (name.trim(), value.trim());
            let fine = match name {
                "font-weight" => ["400", "700", "normal", "bold"].contains(&value),
                "font-size" => SIZES.contains(&value) || value == "inherit",
                "font-feature-settings" | "font-kerning" => false,
                _ => !name.starts_with("font-variant"),
            };
            assert!(
                fine,
                "ui/style.css:{}: `{decl}`: the page uses weights 400 and 700, the sizes {SIZES:?}, and no font features",
                n + 1
            );
        }
    }
}

/// The window is given only its own catalogue files (`WINDOW_FILES`), not the library's:
/// every message its code or page names must be in one of them.
#[test]
fn the_window_is_given_every_message_it_names() {
    let dir = root().join("crates/scdesk-lang/locales/en");
    let (mut every, mut window) = (BTreeSet::new(), BTreeSet::new());
    for name in scdesk::lang::WINDOW_FILES {
        assert!(
            dir.join(name).exists(),
            "WINDOW_FILES names {name}, not in {}",
            dir.display()
        );
    }
    for path in files(&dir, ".ftl") {
        let ids = message_ids(&read(&path));
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if scdesk::lang::WINDOW_FILES.contains(&name.as_ref()) {
            window.extend(ids.iter().cloned());
        }
        every.extend(ids);
    }
    let mut code = files(&root().join("ui"), ".js");
    code.retain(|p| !p.components().any(|c| c.as_os_str() == "vendor"));
    code.push(root().join("ui/index.html"));
    let mut named = BTreeSet::new();
    for path in &code {
        let text = read(path);
        // Each quoted word that is a message id somewhere in the catalogue, unless it
        // names an element (`id="…"`, `$('…')`), which may share a message's name.
        for line in text.lines() {
            let pieces: Vec<&str> = line.split(['\'', '"', '`']).collect();
            for pair in pieces.windows(2) {
                let (before, piece) = (pair[0].trim_end(), pair[1]);
                let element = before.ends_with("$(")
                    || before.ends_with("getElementById(")
                    || (before.ends_with(" id=") || before.ends_with("for="));
                if every.contains(piece) && !element {
                    named.insert((piece.to_string(), path.display().to_string()));
                }
            }
        }
    }
    assert!(
        named.len() > 300,
        "the window names its messages: {}",
        named.len()
    );
    let missing: Vec<String> = named
        .iter()
        .filter(|(id, _)| !window.contains(id))
        .map(|(id, path)| format!("{path}: {id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "the window names messages of files it is not given (add the file to WINDOW_FILES): {missing:#?}"
    );
}
