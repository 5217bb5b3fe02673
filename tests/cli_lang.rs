use crate::util::{scdesk, scdesk_with, stderr, stdout, PASSPHRASE};
use std::path::Path;
use std::process::Output;

/// A demo workspace behind the test passphrase.
fn demo(root: &Path) -> std::path::PathBuf {
    let ws = root.join("demo");
    let created = scdesk(&ws, &["demo", "--passphrase"]);
    assert!(created.status.success(), "{}", stderr(&created));
    ws
}

/// `scdesk` on `ws` with the test passphrase and `env`.
fn run(ws: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut env = env.to_vec();
    env.push(("SCDESK_PASSPHRASE", PASSPHRASE));
    scdesk_with(ws, args, &env)
}

/// The standard output of a run that must succeed.
fn said(ws: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let out = run(ws, args, env);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// The one error line of a run that must fail.
fn refused(ws: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let out = run(ws, args, env);
    assert!(
        !out.status.success(),
        "{args:?} should fail: {}",
        stdout(&out)
    );
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

fn has_all(text: &str, expected: &[&str]) {
    for e in expected {
        assert!(text.contains(e), "missing {e:?} in:\n{text}");
    }
}

fn has_none(text: &str, english: &[&str]) {
    for e in english {
        assert!(!text.contains(e), "English {e:?} in:\n{text}");
    }
}

/// A decision file cut short, for `verify` to refuse.
fn truncated_decision_file(ws: &Path, root: &Path) -> String {
    let files = root.join("files");
    said(
        ws,
        &[
            "meeting",
            "files",
            "sc-2026-03",
            "--out",
            files.to_str().unwrap(),
        ],
        &[],
    );
    let decision = std::fs::read_dir(&files)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("decision-")
        })
        .expect("the meeting's decision file");
    let bytes = std::fs::read(decision).unwrap();
    let cut = root.join("cut.dsse");
    std::fs::write(&cut, &bytes[..300]).unwrap();
    cut.to_str().unwrap().to_string()
}

/// With `--lang fr` the command line's own sentences, its labels and its errors are
/// French, around the library's French; the JSON scripts read does not change.
#[test]
fn the_command_line_speaks_french_with_lang_fr() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    fn fr<'a>(args: &[&'a str]) -> Vec<&'a str> {
        let mut all = vec!["--lang", "fr"];
        all.extend_from_slice(args);
        all
    }

    let fund = said(&ws, &fr(&["fund"]), &[]);
    has_all(
        &fund,
        &[
            "[Données de démonstration]",
            "Contributions au 2024-08-31",
            "57\u{202f}595\u{202f}084\u{a0}USD",
            "Par préaffectation\u{a0}:",
            "Commission de l’Agent administratif",
        ],
    );
    has_none(
        &fund,
        &["[Demo data]", "Contributions as of", "By earmark", "fee,"],
    );

    let audit = said(&ws, &fr(&["audit", "verify"]), &[]);
    has_all(&audit, &["Le journal d’audit est intact\u{a0}: "]);
    has_none(&audit, &["audit trail", "entries"]);

    let meeting = said(&ws, &fr(&["meeting", "show", "sc-2026-03"]), &[]);
    has_all(
        &meeting,
        &[
            "Règle de décision\u{a0}: Consensus. Quorum\u{a0}: 7 membres",
            "Point 1\u{a0}: ",
            "Décision\u{a0}: Approuvé",
            "Les décisions sont signées (révision 1) et définitives.",
        ],
    );
    has_none(&meeting, &["Decision rule", "Item 1", "join,", "no answer"]);

    let list = said(&ws, &fr(&["dossier", "list"]), &[]);
    has_all(
        &list,
        &[
            "domaine 2",
            "dossiers. R examiné, * modifié depuis l’examen",
        ],
    );
    has_none(&list, &["dossier(s)", "R reviewed", "area 2"]);

    let cut = truncated_decision_file(&ws, root.path());
    let err = refused(&ws, &fr(&["verify", &cut]), &[]);
    assert!(err.starts_with("scdesk: non valide\u{a0}: "), "{err}");
    has_none(&err, &["invalid"]);

    let missing = root.path().join("nowhere.txt");
    let err = refused(
        &ws,
        &fr(&["--passphrase-file", missing.to_str().unwrap(), "fund"]),
        &[],
    );
    has_all(
        &err,
        &[
            "impossible de lire le fichier de la phrase secrète",
            "il n’existe pas",
        ],
    );
    has_none(&err, &["could not read", "No such file"]);

    // What scripts parse is the same in every language.
    for args in [
        &["meeting", "list", "--json"][..],
        &["audit", "log", "--json"],
        &["roster", "show", "--json"],
        &["workspace", "--json"],
    ] {
        assert_eq!(
            said(&ws, &fr(args), &[]),
            said(&ws, args, &[]),
            "{args:?} changed with --lang fr"
        );
    }
}

/// `SCDESK_LANG=es` does what `--lang es` does.
#[test]
fn the_command_line_speaks_spanish_with_scdesk_lang_es() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let es = [("SCDESK_LANG", "es")];

    let workspace = said(&ws, &["workspace"], &es);
    has_all(
        &workspace,
        &[
            "Espacio de trabajo ",
            "  clave:     protegida por una frase de contraseña",
            "  contenido: Datos de demostración",
        ],
    );
    has_none(&workspace, &["Workspace", "key kept in", "passphrase"]);

    let ledger = said(&ws, &["ledger", "show"], &es);
    has_all(
        &ledger,
        &[
            "Comprometido:",
            "Comisión (1\u{a0}%):",
            "Fondo común sin asignación específica disponible: ",
            "área 1: disponible ",
        ],
    );
    has_none(&ledger, &["Committed", "Fee", "Un-earmarked", "available"]);

    let identity = said(&ws, &["identity", "show"], &es);
    has_all(
        &identity,
        &["Huella digital: ", "Puesto:         chair (presidencia)"],
    );
    has_none(&identity, &["Fingerprint", "Seat"]);

    let published = said(
        &ws,
        &[
            "publish",
            "--out",
            root.path().join("site").to_str().unwrap(),
        ],
        &es,
    );
    has_all(
        &published,
        &[
            "Se escribió el registro público en ",
            ": 3 decisiones, 1 reunión.",
            "Cualquiera puede verificarlo: python3 verify.py en esa carpeta",
        ],
    );
    has_none(&published, &["Wrote", "Anyone"]);

    let err = refused(
        &ws,
        &[
            "meeting",
            "new",
            "--id",
            "sc-2027-01",
            "--title",
            "T",
            "--kind",
            "virtual",
            "--at",
            "pronto",
            "--place",
            "Ginebra",
            "--out",
            "m.dsse",
        ],
        &es,
    );
    has_all(
        &err,
        &["scdesk: «pronto» no es una hora: escriba «2027-01-20 15:00»"],
    );
    has_none(&err, &["is not a time"]);
}

/// The command line does not follow the system's language: without `--lang` or
/// `SCDESK_LANG` it speaks English, so that scripts read the same output everywhere.
#[test]
fn a_french_system_without_lang_gets_english() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let system = [("LANG", "fr_FR.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")];

    let fund = said(&ws, &["fund"], &system);
    assert!(fund.starts_with("[Demo data]"), "{fund}");
    has_all(&fund, &["Contributions as of 2024-08-31", "USD 57,595,084"]);
    has_none(&fund, &["Données", "Contributions au"]);

    let audit = said(&ws, &["audit", "verify"], &system);
    has_all(&audit, &["The audit trail is whole: "]);

    let cut = truncated_decision_file(&ws, root.path());
    let err = refused(&ws, &["verify", &cut], &system);
    assert!(err.starts_with("scdesk: invalid: "), "{err}");
    has_none(&err, &["non valide"]);
}
