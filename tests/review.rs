//! A member's review of the dossiers: search, filters, marks per version, notes,
//! questions, conflicts, progress, comparison and documents.

use crate::fixture::{self, Keys, MEETING};
use crate::util::workspace;
use scdesk::desk::Content;
use scdesk::exchange::Outcome;
use scdesk::review::{DossierQuery, SortBy};
use scdesk::sync::{self, Kind, Stance};

fn ids(rows: &[scdesk::review::DossierRow]) -> Vec<&str> {
    rows.iter().map(|r| r.id.as_str()).collect()
}

fn text(words: &str) -> DossierQuery {
    DossierQuery {
        text: Some(words.into()),
        ..Default::default()
    }
}

#[test]
fn search_filters_notes_conflicts_and_progress_on_the_demo() {
    let root = tempfile::tempdir().unwrap();
    let mut desk = workspace(root.path(), "demo", Content::Demo);

    // A word that appears only in one summary finds that dossier, accents or not.
    assert_eq!(
        ids(&desk.list_dossiers(&text("Esmeraldas")).unwrap()),
        ["jp-ecuador-mobility-data"]
    );
    assert_eq!(
        ids(&desk.list_dossiers(&text("esmeraldas")).unwrap()),
        ["jp-ecuador-mobility-data"]
    );
    assert_eq!(
        ids(&desk.list_dossiers(&text("Tecun")).unwrap()),
        ["jp-nca-children-on-the-move"]
    );
    assert!(desk.list_dossiers(&text("xylophone")).unwrap().is_empty());

    // A private note is searchable, kept, and never in an export.
    desk.set_note(
        "jp-niger-protection",
        "Ask about the Zinder warehouse costs.",
    )
    .unwrap();
    assert_eq!(
        ids(&desk.list_dossiers(&text("Zinder")).unwrap()),
        ["jp-niger-protection"]
    );
    assert_eq!(
        desk.dossier_page("jp-niger-protection").unwrap().note,
        "Ask about the Zinder warehouse costs."
    );
    // A changed note replaces the dossier's one entry in the index.
    desk.set_note("jp-niger-protection", "Ask about Agadez.")
        .unwrap();
    assert!(desk.list_dossiers(&text("Zinder")).unwrap().is_empty());
    assert_eq!(
        ids(&desk.list_dossiers(&text("Agadez")).unwrap()),
        ["jp-niger-protection"]
    );
    desk.set_note(
        "jp-niger-protection",
        "Ask about the Zinder warehouse costs.",
    )
    .unwrap();

    // Filters narrow; sorting orders.
    let area2 = desk
        .list_dossiers(&DossierQuery {
            area: Some(2),
            ..Default::default()
        })
        .unwrap();
    assert!(area2.len() >= 2 && area2.iter().all(|r| r.area == 2));
    let agenda = desk
        .list_dossiers(&DossierQuery {
            on_agenda: Some(true),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(agenda.len(), 3);
    let by_budget = desk
        .list_dossiers(&DossierQuery {
            sort: Some(SortBy::Budget),
            ..Default::default()
        })
        .unwrap();
    assert!(by_budget
        .windows(2)
        .all(|w| w[0].budget_total >= w[1].budget_total));

    // Progress toward the meeting moves when a dossier on the agenda is reviewed.
    assert_eq!(
        desk.review_progress().unwrap().text,
        "0 of 3 dossiers on the agenda reviewed"
    );
    desk.mark_reviewed("jp-turkiye-social-cohesion", true)
        .unwrap();
    assert_eq!(
        desk.review_progress().unwrap().text,
        "1 of 3 dossiers on the agenda reviewed"
    );
    let reviewed = desk
        .list_dossiers(&DossierQuery {
            reviewed: Some(true),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(ids(&reviewed), ["jp-turkiye-social-cohesion"]);
    desk.mark_reviewed("jp-turkiye-social-cohesion", false)
        .unwrap();
    assert_eq!(desk.review_progress().unwrap().reviewed, 0);

    // Questions flag a dossier; a conflict shows on it and needs a reason.
    desk.add_question(
        "jp-pacific-labour-mobility",
        "How are seasonal workers' pensions made portable?",
    )
    .unwrap();
    assert_eq!(
        desk.add_question("jp-pacific-labour-mobility", "  ")
            .unwrap_err()
            .code(),
        "empty_question"
    );
    let flagged = desk
        .list_dossiers(&DossierQuery {
            flagged: Some(true),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(ids(&flagged), ["jp-pacific-labour-mobility"]);
    assert_eq!(
        desk.declare_conflict("jp-turkiye-social-cohesion", " ")
            .unwrap_err()
            .code(),
        "reason_missing"
    );
    desk.declare_conflict(
        "jp-turkiye-social-cohesion",
        "My organisation is an implementing partner.",
    )
    .unwrap();
    let page = desk.dossier_page("jp-turkiye-social-cohesion").unwrap();
    assert_eq!(
        page.conflict.unwrap().reason,
        "My organisation is an implementing partner."
    );
    assert!(page.row.conflict);

    // Consistency flags are shown: the Bangladesh dossier has no child sensitivity score.
    let bangladesh = desk.dossier_page("jp-bangladesh-climate-mobility").unwrap();
    assert!(
        bangladesh.flags.iter().any(|f| f.code == "missing_marker"),
        "{:?}",
        bangladesh.flags
    );
    assert!(bangladesh
        .markers
        .iter()
        .any(|m| m.id == "child_sensitivity" && m.code.is_none()));

    // The budget table: lines, 7% indirect, totals derived.
    let ecuador = desk.dossier_page("jp-ecuador-mobility-data").unwrap();
    assert_eq!(ecuador.budget.len(), 3);
    assert_eq!(ecuador.budget[0].direct, "USD 780,000");
    assert_eq!(ecuador.budget[0].indirect, "USD 54,600");
    assert_eq!(ecuador.budget_total, "USD 2,075,800");
    assert_eq!(ecuador.principles.len(), 10);

    // Documents are stored encrypted and come back exactly.
    let doc = &ecuador.documents[0];
    let (media, bytes) = desk
        .document("jp-ecuador-mobility-data", &doc.name)
        .unwrap();
    assert!(media.starts_with("text/plain"));
    assert_eq!(scdesk::dsse::sha256_hex(&bytes), doc.sha256);
    assert!(String::from_utf8(bytes).unwrap().contains("Esmeraldas"));

    // Side by side.
    let c = desk
        .compare(&[
            "jp-ecuador-mobility-data".into(),
            "jp-niger-protection".into(),
        ])
        .unwrap();
    assert_eq!(c.rows.len(), 2);
    assert_eq!(c.rows[0].budget_display, "USD 2,075,800");
    assert_eq!(c.rows[1].budget_display, "USD 2,054,400");
    assert_eq!(
        desk.compare(&["jp-niger-protection".into()])
            .unwrap_err()
            .code(),
        "too_few_to_compare"
    );
}

#[test]
fn a_new_version_clears_the_review_mark_shows_the_changes_and_keeps_the_note() {
    let root = tempfile::tempdir().unwrap();
    let mut fmu = workspace(root.path(), "fmu", Content::Empty);
    let mut member = workspace(root.path(), "member", Content::Empty);
    let (fmu_pk, member_pk) = (
        fmu.identity().unwrap().public_key,
        member.identity().unwrap().public_key,
    );
    let chair_pk = fixture::fixed_identity(2).public_hex();
    let other = fixture::fixed_identity(4).public_hex();
    let keys = Keys {
        fmu: &fmu_pk,
        chair: &chair_pk,
        members: [&member_pk, &other, &fixture::fixed_identity(5).public_hex()],
    };
    let roster = fmu.sign(
        Kind::Roster,
        &fixture::roster(1, "2026-01-05T09:00:00Z", &keys),
    );
    let fp = fmu.identity().unwrap().fingerprint;
    fmu.pin_roster(&roster, &fp).unwrap();
    member.pin_roster(&roster, &fp).unwrap();
    let v1 = fmu.sign(
        Kind::DossierPackage,
        &fixture::package("2026-10-15T08:00:00Z"),
    );
    let meeting = fmu.sign(
        Kind::Meeting,
        &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 1, "2026-11-01T10:00:00Z"),
    );
    for r in member.import(&sync::bundle(&[v1, meeting])) {
        assert_eq!(r.outcome, Outcome::Imported, "{}", r.message);
    }
    let id = fixture::DOSSIER_1;
    member.mark_reviewed(id, true).unwrap();
    member
        .set_note(id, "Check the recruitment-fee survey.")
        .unwrap();
    assert!(member.dossier_page(id).unwrap().row.reviewed);

    // The FMU revises the dossier: version 2 with a new title and a larger budget line.
    let mut package = fixture::package("2026-11-10T08:00:00Z");
    package.documents.clear();
    package.dossiers.truncate(1);
    let d = &mut package.dossiers[0];
    d.version = 2;
    d.title = format!("{} (revised)", d.title);
    d.participants[0].direct = "900,000".into();
    let r = member.import(&fmu.sign(Kind::DossierPackage, &package));
    assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);

    let page = member.dossier_page(id).unwrap();
    assert_eq!(page.dossier.version, 2);
    assert_eq!(page.versions, [1, 2]);
    assert!(!page.row.reviewed && page.row.changed_since_review);
    assert_eq!(page.reviewed_version, Some(1));
    let fields: Vec<&str> = page.changes.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields, ["title", "participants"]);
    assert!(page.changes[0].after.ends_with("(revised)"));
    assert_eq!(page.note, "Check the recruitment-fee survey.");

    // Positions refer to the newest version; the note never leaves the workspace.
    member
        .set_position(MEETING, 1, Stance::JoinConsensus, None)
        .unwrap();
    let file = member.export_positions(MEETING, &mut |_| Ok(())).unwrap();
    let payload = scdesk::dsse::Envelope::parse(&file).unwrap().payload;
    let text = String::from_utf8(payload).unwrap();
    assert!(!text.contains("recruitment-fee survey"));
    assert!(text.contains(&sync::dossier_hash(&package.dossiers[0])));
}

/// A dossier is named as lists show it (its reference, in any case) or by its id, in the
/// commands a member types; a name that is neither is refused in words.
#[test]
fn a_dossier_is_found_by_the_reference_the_list_shows() {
    use crate::util::{scdesk, stderr, stdout};
    let root = tempfile::tempdir().unwrap();
    let ws = root.path().join("demo");
    assert!(scdesk(&ws, &["demo", "--passphrase"]).status.success());
    let list = stdout(&scdesk(&ws, &["dossier", "list"]));
    assert!(list.contains("MMPTF-JP-2023-02"), "{list}");
    for named in [
        "MMPTF-JP-2023-02",
        "mmptf-jp-2023-02",
        "jp-nca-children-on-the-move",
    ] {
        let out = scdesk(&ws, &["dossier", "note", named, "by any name"]);
        assert!(out.status.success(), "{named}: {}", stderr(&out));
    }
    let shown = stdout(&scdesk(&ws, &["dossier", "note", "MMPTF-JP-2023-02"]));
    assert_eq!(shown.trim(), "by any name");
    let out = scdesk(&ws, &["dossier", "show", "MMPTF-JP-1999-99"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("No dossier MMPTF-JP-1999-99 in this workspace. Give its reference"),
        "{}",
        stderr(&out)
    );
}

/// Search matches across accents and case in every language: a dossier whose own text is
/// French is found by a French word, a Spanish one by a Spanish word, typed with or
/// without accents and in any case; the dossiers' text is not translated, so an English
/// word does not find them.
#[test]
fn a_french_or_spanish_word_finds_the_dossier_written_in_that_language() {
    let root = tempfile::tempdir().unwrap();
    let mut fmu = workspace(root.path(), "fmu", Content::Empty);
    let fmu_pk = fmu.identity().unwrap().public_key;
    let others: Vec<String> = (2..=5)
        .map(|n| fixture::fixed_identity(n).public_hex())
        .collect();
    let keys = Keys {
        fmu: &fmu_pk,
        chair: &others[0],
        members: [&others[1], &others[2], &others[3]],
    };
    let roster = fmu.sign(
        Kind::Roster,
        &fixture::roster(1, "2026-01-05T09:00:00Z", &keys),
    );
    let fp = fmu.identity().unwrap().fingerprint;
    fmu.pin_roster(&roster, &fp).unwrap();
    let mut package = fixture::package("2026-10-15T08:00:00Z");
    let (french, spanish) = (
        package.dossiers[0].id.clone(),
        package.dossiers[1].id.clone(),
    );
    package.dossiers[0].title = "Protection des enfants migrants non accompagnés au Sahel".into();
    package.dossiers[0].summary =
        "Le programme renforce l’accueil des enfants et des adolescents en déplacement.".into();
    package.dossiers[1].title = "Protección de niñas y niños migrantes en Centroamérica".into();
    package.dossiers[1].summary =
        "El programa fortalece la atención a la niñez migrante y a sus familias.".into();
    let r = fmu.import(&fmu.sign(Kind::DossierPackage, &package));
    assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    for (words, expected) in [
        ("enfants", &french),
        ("ENFANTS", &french),
        ("accompagnes", &french),
        ("accompagnés adolescents", &french),
        ("déplacement", &french),
        ("deplacement", &french),
        ("niños", &spanish),
        ("ninos", &spanish),
        ("NIÑAS", &spanish),
        ("centroamerica", &spanish),
        ("niñez", &spanish),
        ("atención", &spanish),
        ("atencion familias", &spanish),
    ] {
        assert_eq!(
            ids(&fmu.list_dossiers(&text(words)).unwrap()),
            [expected.as_str()],
            "{words}"
        );
    }
    assert!(fmu.list_dossiers(&text("children")).unwrap().is_empty());
}
