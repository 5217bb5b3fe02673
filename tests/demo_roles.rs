//! The demo as any role: each seat of the demo's roster can be tried, signing with the
//! demo key that holds it; a real workspace refuses; the workspace's own key still signs
//! its audit trail.

use scdesk::desk::Content;
use scdesk::lang::Lang;
use scdesk::roster::Role;
use scdesk::sync::Stance;

const NEXT: &str = "sc-2026-04";

#[test]
fn a_member_tried_in_the_demo_signs_a_position_file_that_another_demo_imports() {
    let root = tempfile::tempdir().unwrap();
    let mut member = crate::util::workspace(root.path(), "member", Content::Demo);
    let roles = member.demo_roles().unwrap();
    assert_eq!(roles.len(), 14, "the chair, the FMU and twelve members");
    let chair = roles
        .iter()
        .find(|r| r.current)
        .expect("the chair is tried first");
    assert_eq!(chair.seat, "chair");
    assert!(roles
        .iter()
        .any(|r| r.seat == "donor-2" && r.group == "Donors"));

    // As the chair, positions cannot be sent.
    assert_eq!(
        member
            .export_positions(NEXT, &mut |_| Ok(()))
            .unwrap_err()
            .code(),
        scdesk::ErrorCode::NotAMember
    );
    member
        .set_position(NEXT, 1, Stance::JoinConsensus, None)
        .unwrap();
    let me = member.act_in_demo_as("donor-2").unwrap();
    assert_eq!(me.seat.as_deref(), Some("donor-2"));
    assert!(member
        .demo_roles()
        .unwrap()
        .iter()
        .any(|r| r.current && r.seat == "donor-2"));
    // The chair's drafts are not the member's.
    let drafts = member.my_positions(NEXT).unwrap();
    assert!(
        drafts.items.iter().all(|i| i.stance.is_none()),
        "drafts carried over to another seat"
    );
    let items: Vec<u32> = drafts.items.iter().map(|i| i.item).collect();
    for item in &items {
        member
            .set_position(NEXT, *item, Stance::JoinConsensus, None)
            .unwrap();
    }
    let file = member.export_positions(NEXT, &mut |_| Ok(())).unwrap();

    // Another demo workspace, as its chair, imports it: the same seat, the same demo key.
    let mut chair = crate::util::workspace(root.path(), "chair", Content::Demo);
    let results = chair.import(&file);
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].outcome,
        scdesk::exchange::Outcome::Imported,
        "{}",
        results[0].message
    );

    // The member's workspace still signs its own audit trail with its own key.
    let report = member.audit_verify().unwrap();
    assert!(report.first_broken.is_none());
    assert!(
        matches!(report.head, scdesk::audit::HeadCheck::Matches),
        "{:?}",
        report.head
    );
    // Back to the chair: the workspace's own key.
    let me = member.act_in_demo_as("chair").unwrap();
    assert_eq!(me.role, Some(scdesk::roster::Role::Chair));
}

#[test]
fn only_the_demo_can_be_tried_in_another_role() {
    let root = tempfile::tempdir().unwrap();
    let mut real = crate::util::workspace(root.path(), "real", Content::Empty);
    let e = real.act_in_demo_as("chair").unwrap_err();
    assert_eq!(e.code(), scdesk::ErrorCode::NotTheDemo);
    assert!(e.to_string().contains("your key is yours alone"), "{e}");
    let mut demo = crate::util::workspace(root.path(), "demo", Content::Demo);
    let e = demo.act_in_demo_as("donor-9").unwrap_err();
    assert_eq!(e.code(), scdesk::ErrorCode::UnknownSeat);
    assert_eq!(demo.identity().unwrap().seat.as_deref(), Some("chair"));
}

/// The dashboard brings the seats to try, so that its first drawing needs no other question:
/// the demo's fourteen, the one being tried marked; none in one's own workspace.
#[test]
fn the_dashboard_brings_the_seats_to_try_in_the_demo_only() {
    let root = tempfile::tempdir().unwrap();
    let mut demo = crate::util::workspace(root.path(), "demo", Content::Demo);
    demo.act_in_demo_as("donor-2").unwrap();
    let roles = demo.dashboard().unwrap().demo_roles;
    assert_eq!(roles.len(), 14, "the chair, the FMU and twelve members");
    let tried: Vec<&str> = roles
        .iter()
        .filter(|r| r.current)
        .map(|r| r.seat.as_str())
        .collect();
    assert_eq!(tried, ["donor-2"]);
    let real = crate::util::workspace(root.path(), "real", Content::Empty);
    assert!(real.dashboard().unwrap().demo_roles.is_empty());
}

/// "Try the demo as" names each seat's group in the language shown: the chair's and the
/// FMU's role, and a member's constituency as the fund's profile names it in that language
/// (each was in English on a French or Spanish screen).
#[test]
fn the_seats_to_try_are_named_in_the_language() {
    let root = tempfile::tempdir().unwrap();
    let mut demo = crate::util::workspace(root.path(), "demo", Content::Demo);
    for (lang, chair, fmu, donors) in [
        (
            Lang::En,
            "Chair of the committee",
            "Fund Management Unit",
            "Donors",
        ),
        (
            Lang::Fr,
            "Présidence du Comité",
            "Unité de gestion du Fonds",
            "Donateurs",
        ),
        (
            Lang::Es,
            "Presidencia del Comité",
            "Unidad de Gestión del Fondo",
            "Donantes",
        ),
    ] {
        demo.set_language(lang).unwrap();
        let roles = demo.dashboard().unwrap().demo_roles;
        let group = |role| {
            roles
                .iter()
                .find(|r| r.role == role)
                .map(|r| r.group.clone())
                .unwrap()
        };
        assert_eq!(group(Role::Chair), chair, "{lang}");
        assert_eq!(group(Role::Fmu), fmu, "{lang}");
        let donor = roles.iter().find(|r| r.seat == "donor-2").unwrap();
        assert_eq!(donor.group, donors, "{lang}");
    }
}
