//! The Desk's side of signed files: pinning the first roster, importing files and
//! bundles (each file in one transaction, all or nothing), recording and exporting the
//! member's positions, signing payloads, and verifying a file without changing anything.

use chrono::Utc;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

use crate::authority::{self, Claim};
use crate::desk::Desk;
use crate::dossier::DossierHead;
use crate::dsse::{self, Envelope};
use crate::error::Error;
use crate::lang::Words;
use crate::meeting::{ItemKind, Meeting};
use crate::roster::Role;
use crate::store::StoreError;
use crate::sync::{
    self, Enrolment, ItemPosition, Kind, Payload, PositionFile, Roster, Stance, SyncError, Trust,
    Verified,
};

/// What happened to one file (or one line of a bundle) on import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Imported,
    /// Imported, and it replaces an earlier file (a later sequence or revision).
    Replaced,
    /// The same bytes were imported before: nothing to do.
    Duplicate,
    /// Valid but older than what is held: kept as evidence, changes nothing.
    Stale,
    /// Valid, but its seat signed another position file with the same sequence: both are
    /// kept as evidence and neither counts until the seat sends a later one (§7).
    Disputed,
    Rejected,
    /// The file was not looked at to the end because the workspace could not take it (a
    /// full disk, a read-only folder, another SC Desk writing): nothing changed, and the
    /// file is not to blame. Import it again once the cause is fixed.
    NotImported,
}

impl Outcome {
    /// The outcome in words, as the import list shows it.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Imported => "Imported",
            Outcome::Replaced => "Imported (replaces)",
            Outcome::Duplicate => "Already imported",
            Outcome::Stale => "Ignored (stale)",
            Outcome::Disputed => "Kept, disputed",
            Outcome::Rejected => "Rejected",
            Outcome::NotImported => "Not imported",
        }
    }

    /// The outcome's code, as JSON writes it and the catalogues select on.
    pub fn code(&self) -> &'static str {
        match self {
            Outcome::Imported => "imported",
            Outcome::Replaced => "replaced",
            Outcome::Duplicate => "duplicate",
            Outcome::Stale => "stale",
            Outcome::Disputed => "disputed",
            Outcome::Rejected => "rejected",
            Outcome::NotImported => "not_imported",
        }
    }

    /// The outcome in words in `words`' language.
    pub fn label_in(&self, words: &Words) -> String {
        words.f("exchange-outcome", &[("outcome", self.code().into())])
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ImportResult {
    pub outcome: Outcome,
    /// The outcome in words, for the import list.
    pub outcome_label: String,
    pub kind: Option<Kind>,
    /// SHA-256 of the file's bytes.
    pub hash: String,
    /// For a rejection, the error's code, as written on the wire.
    pub code: Option<&'static str>,
    /// One line for the user.
    pub message: String,
    /// For a rejection, what a programmer or the FMU's support would need.
    pub detail: String,
}

impl ImportResult {
    fn rejected(kind: Option<Kind>, hash: String, e: &Error, words: &Words) -> ImportResult {
        // A fault of the workspace is not the file's: it was not judged.
        let outcome = if e.is_workspace_fault() {
            Outcome::NotImported
        } else {
            Outcome::Rejected
        };
        let shown = e.for_people_in(words);
        ImportResult {
            outcome,
            outcome_label: outcome.label_in(words),
            kind,
            hash,
            code: Some(e.code().as_str()),
            message: crate::untrusted::one_line(&shown.message),
            detail: crate::untrusted::one_line(&shown.detail),
        }
    }
}

/// What an unpinned roster says about itself, for the user to confirm its signer.
#[derive(Debug, Clone, Serialize)]
pub struct RosterPreview {
    pub fund: String,
    pub version: u64,
    pub issued_at: chrono::DateTime<Utc>,
    /// The key ids the envelope names, grouped by four for reading aloud.
    pub signer_fingerprints: Vec<String>,
    pub fmu_seats: Vec<String>,
    pub seats: usize,
}

/// The current position file of one seat for a meeting.
#[derive(Debug, Clone, Serialize)]
pub struct SeatFile {
    pub seat: String,
    /// None while two files with the same top sequence dispute each other.
    pub current: Option<PositionFile>,
    pub hash: Option<String>,
    pub disputed: bool,
    pub files_held: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct IdentityView {
    pub keyid: String,
    pub fingerprint: String,
    pub public_key: String,
    pub seat: Option<String>,
    pub role: Option<Role>,
    /// The seat in words: "Leonora Achterberg, Chair of the committee".
    pub seat_words: Option<String>,
    /// Whether this key may create meetings (the chair or the FMU).
    pub may_organise: bool,
}

/// The kind a file names, read without decoding its payload: to put an import's files
/// in order (a file whose name is wrong is refused by its own check).
fn named_kind(bytes: &[u8]) -> Option<Kind> {
    #[derive(serde::Deserialize)]
    struct Named<'a> {
        #[serde(rename = "payloadType", borrow)]
        payload_type: std::borrow::Cow<'a, str>,
    }
    serde_json::from_slice::<Named>(bytes.trim_ascii())
        .ok()
        .and_then(|n| Kind::from_payload_type(&n.payload_type))
}

/// The kind a file says it is, if it is an envelope at all.
fn kind_of(bytes: &[u8]) -> Option<Kind> {
    Envelope::parse(bytes.trim_ascii())
        .ok()
        .and_then(|e| Kind::from_payload_type(&e.payload_type))
}

/// One signed file of an import (a file given, or one line of a bundle).
struct Part<'a> {
    /// Which of the files given it came in.
    file: usize,
    bytes: &'a [u8],
    kind: Option<Kind>,
}

impl Part<'_> {
    /// Whether it changes nothing that a later file is checked against (a position or a
    /// decision file), so that later files may be checked before it lands.
    fn leaves_trust(&self) -> bool {
        matches!(self.kind, Some(Kind::Position | Kind::Decision))
    }
}

/// The signed files a file holds, decided from its first bytes, so that a stray file is
/// one refusal at once: the envelopes of a bundle (or the one envelope), the decision
/// files a record PDF carries; anything else is not an SC Desk file.
pub(crate) fn signed_parts(bytes: &[u8]) -> Result<Vec<std::borrow::Cow<'_, [u8]>>, Error> {
    use std::borrow::Cow;
    match crate::sniff::sniff(bytes) {
        crate::sniff::Sniffed::Json => Ok(sync::split_bundle(bytes)
            .into_iter()
            .map(Cow::Borrowed)
            .collect()),
        // A decision record carries the chair's signed decision files.
        crate::sniff::Sniffed::Pdf => match crate::pdf::extract_all(bytes) {
            Ok((files, _)) => Ok(files.into_iter().map(Cow::Owned).collect()),
            Err(_) => Err(Error::NotScDeskFile {
                what: "a PDF document that is not an SC Desk decision record",
            }),
        },
        crate::sniff::Sniffed::Other(what) => Err(Error::NotScDeskFile { what }),
    }
}

/// The meta key holding the contribution statement the ledger follows (`StatementSource`).
const STATEMENT: &str = "contribution_statement";
/// The meta key saying a contribution was typed in since that statement.
pub(crate) const ENTERED_SINCE: &str = "contributions_entered_since_statement";

impl Desk {
    /// What the workspace trusts, read from the store.
    pub fn trust(&self) -> Result<Trust, Error> {
        let mut trust = self.authority_trust()?;
        // Each version's hash as kept when it was stored (schema 7): reading them, not
        // hashing every version again, keeps an import's cost off the number held.
        for (id, _, hash) in self.store.dossier_version_hashes()? {
            trust.dossier_hashes.entry(id).or_default().insert(hash);
        }
        Ok(trust)
    }

    /// The part of the trust that says who has authority: the rosters and the meetings
    /// (their dates), without hashing every dossier version held.
    pub(crate) fn authority_trust(&self) -> Result<Trust, Error> {
        Ok(Trust {
            fund: self.profile.id.clone(),
            rosters: self.rosters()?,
            meetings: self
                .store
                .meetings()?
                .into_iter()
                .map(|m| (m.id.clone(), m))
                .collect(),
            dossier_hashes: BTreeMap::new(),
            without_agenda: false,
        })
    }

    /// Every roster version held, oldest first.
    pub(crate) fn rosters(&self) -> Result<Vec<Roster>, Error> {
        self.store
            .rosters_json()?
            .iter()
            .map(|j| serde_json::from_str(j).map_err(|e| corrupt("roster", e)))
            .collect()
    }

    /// The payload of a file held, as signed.
    fn held_payload(&self, hash: &str) -> Result<Option<Vec<u8>>, Error> {
        Ok(self
            .store
            .envelope_bytes(hash)?
            .and_then(|b| Envelope::parse(&b).ok())
            .map(|e| e.payload))
    }

    /// The payload hash (§3.7) of a file held.
    pub(crate) fn payload_hash(&self, hash: &str) -> Result<Option<String>, Error> {
        Ok(self.held_payload(hash)?.map(|p| dsse::sha256_hex(&p)))
    }

    /// The key that signs what this workspace sends: its own, or in the demo the key of
    /// the seat being tried.
    pub(crate) fn signer(&self) -> &crate::identity::Identity {
        match &self.acting {
            Some((_, demo)) => demo,
            None => &self.identity,
        }
    }

    /// Who signed a file, in words a member reads: "Adaeze Okonkwo-Lind (UN Network on
    /// Migration members)", "Leonora Achterberg (chair)", "Fund Management Unit". The
    /// seat's id is left to the details an auditor asks for (`scdesk verify`).
    pub(crate) fn signer_in_words(&self, signer: &sync::Signer) -> String {
        match signer.role {
            Some(Role::Fmu) => signer.name.clone(),
            Some(Role::Chair) => format!("{} (chair)", signer.name),
            Some(Role::Member) => format!(
                "{} ({})",
                signer.name,
                self.seat_group(Role::Member, signer.constituency.as_deref())
            ),
            None => signer.name.clone(),
        }
    }

    /// The same in the workspace's language, for the screen (the English above is what
    /// the store keeps, as a statement's signer).
    pub(crate) fn signer_in_words_in(&self, words: &Words, signer: &sync::Signer) -> String {
        match signer.role {
            Some(Role::Fmu) | None => signer.name.clone(),
            Some(Role::Chair) => words.f(
                "exchange-signer-chair",
                &[("name", signer.name.as_str().into())],
            ),
            Some(Role::Member) => words.f(
                "exchange-signer-member",
                &[
                    ("name", signer.name.as_str().into()),
                    (
                        "group",
                        self.seat_group_in(words, Role::Member, signer.constituency.as_deref())
                            .into(),
                    ),
                ],
            ),
        }
    }

    /// Who holds a seat, in words in `words`' language: the constituency's name for a
    /// member ("Donateurs", as the fund's profile names it in that language, or else in
    /// English), the role's for the chair and the FMU.
    pub(crate) fn seat_group_in(
        &self,
        words: &Words,
        role: Role,
        constituency: Option<&str>,
    ) -> String {
        let group = |code: &str| words.f("exchange-seat-group", &[("role", code.into())]);
        match role {
            Role::Chair => group("chair"),
            Role::Fmu => group("fmu"),
            Role::Member => constituency
                .and_then(|c| self.profile.constituency(c))
                .map(|k| k.name_in(words.lang()).to_string())
                .unwrap_or_else(|| group("member")),
        }
    }

    /// Who holds a seat, in words: the constituency's name for a member ("Donors"), the
    /// role's for the chair and the FMU.
    pub(crate) fn seat_group(&self, role: Role, constituency: Option<&str>) -> String {
        match role {
            Role::Chair => "Chair of the committee".into(),
            Role::Fmu => "Fund Management Unit".into(),
            Role::Member => constituency
                .and_then(|c| self.profile.constituency(c))
                .map(|k| k.name.clone())
                .unwrap_or_else(|| "Member".into()),
        }
    }

    /// This workspace's identity and, once a roster is pinned, its seat (in the demo,
    /// the seat being tried).
    pub fn identity(&self) -> Result<IdentityView, Error> {
        let keyid = self.signer().keyid();
        // Only the rosters are needed: not the dossier hashes a whole trust computes.
        let rosters = self.rosters()?;
        let seat = authority::current(&rosters).and_then(|r| {
            r.seats
                .iter()
                .find(|s| s.keyid().as_deref() == Some(keyid.as_str()))
        });
        Ok(IdentityView {
            fingerprint: dsse::grouped(&keyid),
            public_key: self.signer().public_hex(),
            seat: seat.map(|s| s.id.clone()),
            role: seat.map(|s| s.role),
            seat_words: seat.map(|s| {
                let words = self.words();
                words.f(
                    "exchange-seat-words",
                    &[
                        ("name", s.name.as_str().into()),
                        (
                            "group",
                            self.seat_group_in(&words, s.role, s.constituency.as_deref())
                                .into(),
                        ),
                    ],
                )
            }),
            may_organise: seat.is_some_and(|s| matches!(s.role, Role::Chair | Role::Fmu)),
            keyid,
        })
    }

    /// The private key encrypted under `passphrase`, for a backup file.
    pub fn backup_identity(
        &self,
        passphrase: &crate::secret::Passphrase,
    ) -> Result<Vec<u8>, Error> {
        Ok(self
            .identity
            .backup(passphrase, crate::secret::KdfParams::DEFAULT)?)
    }

    /// Replaces this workspace's key with one restored from a backup. Keyring
    /// workspaces need the keyring to store it.
    pub fn restore_identity(
        &mut self,
        backup: &[u8],
        passphrase: &crate::secret::Passphrase,
        keyring: Option<&dyn crate::keyring::KeyStore>,
    ) -> Result<IdentityView, Error> {
        let identity = crate::identity::Identity::restore(backup, passphrase)?;
        let in_db = match (&self.file.key, keyring) {
            (crate::workspace::KeyMode::Keyring { .. }, Some(keyring)) => {
                let account = crate::workspace::identity_key_account(&self.file.id);
                keyring.set(&account, &identity.seed())?;
                None
            }
            (crate::workspace::KeyMode::Keyring { .. }, None) => {
                return Err(Error::KeyringRequired)
            }
            (crate::workspace::KeyMode::Passphrase { .. }, _) => Some(identity.seed()),
        };
        let public = identity.public_hex();
        self.store
            .transaction(|tx| tx.set_identity(&public, in_db.as_ref().map(|s| s.expose())))?;
        self.identity = identity;
        self.identity()
    }

    /// The self-signed enrolment file a member sends to the FMU.
    pub fn enrolment(&self, name: &str, organisation: &str) -> Vec<u8> {
        let payload = Enrolment {
            format: sync::FORMAT,
            fund: self.profile.id.clone(),
            name: name.to_string(),
            organisation: organisation.to_string(),
            public_key: self.signer().public_hex(),
            created_at: Utc::now(),
        };
        self.sign(Kind::Enrolment, &payload)
    }

    /// Signs a payload of `kind` with this workspace's key (the FMU issues rosters,
    /// packages and meetings this way).
    pub fn sign<T: Serialize>(&self, kind: Kind, payload: &T) -> Vec<u8> {
        self.signer()
            .sign(kind.payload_type(), sync::payload_bytes(payload))
            .to_json()
    }

    /// Signs a payload given as JSON text after checking that it parses as `kind`
    /// exactly as a receiver will parse it, so nothing unreadable gets signed.
    pub fn sign_json(&self, kind: Kind, json: &str) -> Result<Vec<u8>, Error> {
        let bytes = self
            .signer()
            .sign(kind.payload_type(), json.as_bytes().to_vec())
            .to_json();
        sync::check_with_key(&bytes, &self.signer().public_key())?;
        Ok(bytes)
    }

    /// Shows who signed an unpinned roster, so the user can confirm the fingerprint.
    pub fn preview_roster(bytes: &[u8]) -> Result<RosterPreview, Error> {
        Desk::preview_roster_in(bytes, &Words::default())
    }

    /// The same, its words in `words`' language.
    pub fn preview_roster_in(bytes: &[u8], words: &Words) -> Result<RosterPreview, Error> {
        let envelope = Envelope::parse(bytes.trim_ascii()).map_err(SyncError::from)?;
        match Kind::from_payload_type(&envelope.payload_type) {
            Some(Kind::Roster) => {}
            Some(found) => {
                return Err(SyncError::WrongKind {
                    expected: Kind::Roster.with_article(),
                    found: found.with_article(),
                }
                .into())
            }
            None => {
                return Err(SyncError::UnknownPayloadType(crate::untrusted::quote(
                    &envelope.payload_type,
                    crate::untrusted::QUOTED_CHARS,
                ))
                .into())
            }
        }
        // Shown to help the user decide; nothing here is trusted until pinned.
        let roster: Roster =
            serde_json::from_slice(&envelope.payload).map_err(|e| SyncError::BadPayload {
                kind: Kind::Roster.as_str(),
                reason: e.to_string(),
            })?;
        Ok(RosterPreview {
            fund: roster.fund.clone(),
            version: roster.version,
            issued_at: roster.issued_at,
            signer_fingerprints: envelope.keyids().map(dsse::grouped).collect(),
            fmu_seats: roster
                .seats
                .iter()
                .filter(|s| s.role == Role::Fmu)
                .map(|s| {
                    words.f(
                        "exchange-fmu-seat",
                        &[
                            ("name", s.name.as_str().into()),
                            ("organisation", s.organisation.as_str().into()),
                        ],
                    )
                })
                .collect(),
            seats: roster.seats.len(),
        })
    }

    /// Pins the first roster after the user confirmed its signer's fingerprint.
    pub fn pin_roster(&mut self, bytes: &[u8], fingerprint: &str) -> Result<Roster, Error> {
        let _writing = self.writing()?;
        if !self.store.rosters_json()?.is_empty() {
            return Err(SyncError::AlreadyPinned.into());
        }
        let verified = sync::check_first_roster(bytes, fingerprint, &self.profile.id)?;
        let Payload::Roster(roster) = verified.payload.clone() else {
            unreachable!("check_first_roster returns rosters only")
        };
        self.apply(&verified, bytes, "pinned", &self.authority_trust()?)?;
        let _ = self.record_audit_head();
        Ok(roster)
    }

    /// Imports a file: one envelope, or a bundle of them (one per line). Each envelope is
    /// checked and applied all-or-nothing (a savepoint), and the whole file lands with one
    /// commit: nothing is reported imported before it. Rosters and meetings go first. No
    /// other process changes the workspace meanwhile; once the workspace itself fails (a
    /// full disk, say), the files left are not imported, and not blamed.
    pub fn import(&mut self, bytes: &[u8]) -> Vec<ImportResult> {
        self.import_files(&[bytes]).pop().unwrap_or_default()
    }

    /// Imports several files as `import` does one, with one commit for all of them (so
    /// that many files do not cost a sync to the disk each): the results of each file, in
    /// the order given. Rosters and meetings go first, whichever file holds them.
    pub fn import_files(&mut self, files: &[&[u8]]) -> Vec<Vec<ImportResult>> {
        let words = self.words();
        let mut results: Vec<Vec<ImportResult>> = vec![Vec::new(); files.len()];
        let mut held = Vec::with_capacity(files.len());
        for (n, bytes) in files.iter().enumerate() {
            let whole = |e: Error| ImportResult::rejected(None, sync::file_hash(bytes), &e, &words);
            if bytes.len() > crate::dsse::MAX_FILE_BYTES {
                let e = SyncError::from(crate::dsse::DsseError::TooLarge {
                    size: bytes.len(),
                    max: crate::dsse::MAX_FILE_BYTES,
                });
                results[n].push(whole(e.into()));
                continue;
            }
            match signed_parts(bytes) {
                Ok(parts) => held.push((n, parts)),
                Err(e) => results[n].push(whole(e)),
            }
        }
        let mut parts: Vec<Part> = held
            .iter()
            .flat_map(|(n, parts)| {
                parts.iter().map(move |p| Part {
                    file: *n,
                    bytes: p.as_ref().trim_ascii(),
                    kind: named_kind(p),
                })
            })
            .collect();
        // A stable sort: each kind's files keep their order.
        parts.sort_by_key(|p| p.kind.map_or(u8::MAX, |k| k.rank()));
        let not_imported = |parts: &[Part], e: &Error, results: &mut [Vec<ImportResult>]| {
            for p in parts {
                let hash = sync::file_hash(p.bytes);
                results[p.file].push(ImportResult::rejected(None, hash, e, &words));
            }
        };
        let _writing = match self.writing() {
            Ok(lock) => lock,
            Err(e) => {
                not_imported(&parts, &e, &mut results);
                return results;
            }
        };
        let judged = self.batched(|desk| {
            let mut judged: Vec<Vec<ImportResult>> = vec![Vec::new(); files.len()];
            // What is trusted changes only with a roster, a meeting or a dossier package,
            // so it is read again only after one of those lands.
            let mut trust = None;
            let mut i = 0;
            while i < parts.len() {
                // Position and decision files change nothing that is trusted, so a run of
                // them is checked on every core, ahead of being applied one by one here.
                let run = parts[i..]
                    .iter()
                    .take_while(|p| p.leaves_trust())
                    .count()
                    .max(1);
                let held = match trust.take() {
                    Some(t) => t,
                    None => match desk.trust() {
                        Ok(t) => t,
                        Err(e) => {
                            not_imported(&parts[i..], &e, &mut judged);
                            break;
                        }
                    },
                };
                let run = &parts[i..i + run];
                let files: Vec<&[u8]> = run.iter().map(|p| p.bytes).collect();
                let (mut taken, mut stopped) = (0, false);
                sync::check_each(&files, &held, |k, checked| {
                    let result = desk.import_checked(&run[k], checked, &held);
                    stopped = result.outcome == Outcome::NotImported;
                    judged[run[k].file].push(result);
                    taken = k + 1;
                    match stopped {
                        true => std::ops::ControlFlow::Break(()),
                        false => std::ops::ControlFlow::Continue(()),
                    }
                });
                i += taken;
                if stopped {
                    not_imported(&parts[i..], &Error::NotJudged, &mut judged);
                    break;
                }
                if run.iter().all(Part::leaves_trust) {
                    trust = Some(held);
                }
            }
            judged
        });
        match judged {
            Ok(judged) => {
                for (mine, theirs) in results.iter_mut().zip(judged) {
                    mine.extend(theirs);
                }
            }
            // The commit failed: nothing of the batch was kept.
            Err(e) => not_imported(&parts, &e, &mut results),
        }
        // Once per import, after its commit.
        let _ = self.record_audit_head();
        results
    }

    /// Runs `f` in one store batch (each transaction a savepoint, one commit). When the
    /// commit fails nothing of `f` was kept, and `Err` says why.
    fn batched<T>(&mut self, f: impl FnOnce(&mut Desk) -> T) -> Result<T, Error> {
        self.store.begin_batch()?;
        let out = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self))) {
            Ok(out) => out,
            Err(panic) => {
                // A bug must not leave later commands writing into a batch never committed.
                self.store.abort_batch();
                std::panic::resume_unwind(panic)
            }
        };
        self.store.commit_batch()?;
        Ok(out)
    }

    /// Imports a file whose check against `trust` (what the workspace holds) gave
    /// `checked`.
    fn import_checked(
        &mut self,
        part: &Part,
        checked: Result<Verified, SyncError>,
        trust: &Trust,
    ) -> ImportResult {
        let bytes = part.bytes;
        let (hash, kind) = match &checked {
            Ok(v) => (v.hash.clone(), Some(v.payload.kind())),
            Err(_) => (sync::file_hash(bytes), kind_of(bytes)),
        };
        let words = self.words();
        let result = (|| -> Result<(Outcome, String), Error> {
            if self.store.has_envelope(&hash)? {
                return Ok((Outcome::Duplicate, words.t("exchange-import-duplicate")));
            }
            let verified = checked?;
            self.apply(&verified, bytes, "imported", trust)
        })();
        match result {
            Ok((outcome, message)) => ImportResult {
                outcome_label: outcome.label_in(&words),
                outcome,
                kind,
                hash,
                code: None,
                message,
                detail: String::new(),
            },
            Err(e) => ImportResult::rejected(kind, hash, &e, &words),
        }
    }

    /// The changes to the decisions that stand once `v` is held (§7): a roster can take
    /// a signer's authority, a meeting revision move its date, a decision file change
    /// what stands, a package bring the dossier an allocation needs.
    fn plan_for(&self, v: &Verified) -> Result<Vec<Planned>, Error> {
        // Only these change which decision file stands.
        if !matches!(
            v.payload,
            Payload::Roster(_)
                | Payload::Meeting(_)
                | Payload::Decision(_)
                | Payload::DossierPackage(_)
        ) {
            return Ok(Vec::new());
        }
        let payload_hash = sync::payload_hash(&v.envelope);

        let mut trust = self.trust()?;
        let (meetings, incoming) = match &v.payload {
            Payload::Roster(r) => {
                trust.rosters.push(r.clone());
                (
                    self.store.meetings()?.into_iter().map(|m| m.id).collect(),
                    None,
                )
            }
            Payload::Meeting(m) => {
                trust
                    .meetings
                    .insert(m.meeting.id.clone(), m.meeting.clone());
                (vec![m.meeting.id.clone()], None)
            }
            Payload::Decision(d) => (
                vec![d.meeting.clone()],
                Some((
                    v.hash.as_str(),
                    payload_hash.as_str(),
                    d.as_ref(),
                    v.signer.keyid.as_str(),
                )),
            ),
            // A package can bring the dossier a decision allocates to.
            Payload::DossierPackage(_) => (
                self.store.meetings()?.into_iter().map(|m| m.id).collect(),
                None,
            ),
            _ => (Vec::new(), None),
        };
        let arriving = match &v.payload {
            Payload::DossierPackage(p) => p.dossiers.clone(),
            _ => Vec::new(),
        };
        self.decision_plan(&trust, &meetings, incoming, &arriving)
    }

    /// A contribution statement's lines (each deposit with its commitment) and whether
    /// it replaces one held; or the answer when it changes nothing (the same statement
    /// in another encoding, an older one).
    fn statement_lines_of(
        &self,
        v: &Verified,
        c: &sync::ContributionStatement,
    ) -> Result<Result<(Vec<StatementLineHeld>, bool), Answer>, Error> {
        let source = self.contribution_statement()?;
        if let Some(src) = &source {
            if self.held_payload(&src.file)?.as_deref() == Some(&v.envelope.payload[..]) {
                return Ok(Err((
                    Outcome::Duplicate,
                    self.words().t("exchange-import-same-statement"),
                )));
            }
        }
        let held = source.map(|s| s.version);
        match held {
            // The same bytes were found a duplicate before any check.
            Some(h) if c.version == h => {
                return Err(SyncError::ConflictingStatement { version: h }.into())
            }
            Some(h) if c.version < h => {
                return Ok(Err((
                    Outcome::Stale,
                    self.words().f(
                        "exchange-import-older-statement",
                        &[
                            ("version", c.version.to_string().into()),
                            ("held", h.to_string().into()),
                        ],
                    ),
                )))
            }
            _ => {}
        }
        let mut lines = Vec::new();
        for line in &c.contributions {
            if let Some(area) = line.earmark_area {
                if self.profile.area(area).is_none() {
                    return Err(crate::ledger::FundsError::StatementArea {
                        contributor: line.contributor.clone(),
                        area,
                    }
                    .into());
                }
            }
            // Read by the rule `sync::check` applied to the statement already.
            let amount = |text: &str| {
                crate::money::payload_amount(text).map_err(|e| SyncError::BadPayload {
                    kind: Kind::Contributions.as_str(),
                    reason: e.to_string(),
                })
            };
            lines.push((
                crate::fund::Contribution {
                    contributor: line.contributor.clone(),
                    amount: amount(&line.deposited)?,
                    earmark_area: line.earmark_area,
                    date: line.date,
                },
                amount(&line.committed)?,
            ));
        }
        Ok(Ok((lines, held.is_some())))
    }

    /// The answer to a meeting file when a revision of the meeting is held: the same
    /// file in another encoding, a conflict, or a stale revision; none when it is newer.
    fn meeting_answer(
        &self,
        v: &Verified,
        m: &sync::MeetingFile,
        held: u32,
    ) -> Result<Option<Answer>, Error> {
        // The same bytes were found a duplicate before any check; another signed file
        // with the revision held would leave workspaces holding different agendas.
        let held_file = self.store.meeting_envelope(&m.meeting.id)?;
        if let Some(h) = &held_file {
            if self.held_payload(h)?.as_deref() == Some(&v.envelope.payload[..]) {
                return Ok(Some((
                    Outcome::Duplicate,
                    self.words().t("exchange-import-same-meeting"),
                )));
            }
        }
        if m.revision == held && held_file.is_some() {
            return Err(SyncError::ConflictingMeetingRevision {
                id: m.meeting.id.clone(),
                revision: held,
            }
            .into());
        }
        if m.revision <= held {
            return Ok(Some((
                Outcome::Stale,
                self.words().f(
                    "exchange-import-older-meeting",
                    &[
                        ("meeting", m.meeting.id.as_str().into()),
                        ("revision", m.revision.to_string().into()),
                        ("held", held.to_string().into()),
                    ],
                ),
            )));
        }
        Ok(None)
    }

    /// The dossier versions a package brings that are not held yet; a version held with
    /// other content refuses the whole package (rule 36).
    fn new_dossiers<'p>(
        &self,
        p: &'p sync::DossierPackage,
    ) -> Result<Vec<&'p crate::dossier::Dossier>, Error> {
        let mut new = Vec::new();
        for d in &p.dossiers {
            match self.store.dossier_json(&d.id, d.version)? {
                None => new.push(d),
                Some(json) => {
                    let held: crate::dossier::Dossier =
                        serde_json::from_str(&json).map_err(|e| corrupt("dossier", e))?;
                    if sync::dossier_hash(&held) != sync::dossier_hash(d) {
                        return Err(SyncError::ConflictingDossierVersion {
                            id: d.id.clone(),
                            version: d.version,
                        }
                        .into());
                    }
                }
            }
        }
        Ok(new)
    }

    /// Applies a verified file in one transaction, `trust` being what it was checked
    /// against (its rosters and meetings are the store's). An equivocation is stored as
    /// evidence and then reported as an error.
    fn apply(
        &mut self,
        v: &Verified,
        bytes: &[u8],
        origin: &str,
        trust: &Trust,
    ) -> Result<(Outcome, String), Error> {
        let bytes = bytes.trim_ascii();
        let kind = v.payload.kind();
        // The signer as the store keeps it (a statement's source), and as a person reads it.
        let who_kept = self.signer_in_words(&v.signer);
        let words = self.words();
        let who = self.signer_in_words_in(&words, &v.signer);
        let text = |s: &str| crate::lang::Arg::from(s);
        // Only the seat's own files bear on how a position file lands.
        let existing_positions = match &v.payload {
            Payload::Position(p) => {
                let meeting = trust
                    .meetings
                    .get(&p.meeting)
                    .ok_or_else(|| Error::UnknownMeeting(p.meeting.clone()))?;
                self.authorised_positions_under(&trust.rosters, meeting, Some(&p.seat))?
            }
            _ => Vec::new(),
        };
        let meeting_revision = match &v.payload {
            Payload::Meeting(m) => self.store.meeting_revision(&m.meeting.id)?,
            _ => None,
        };
        // A file that carries a payload already held is that same file, however its
        // envelope was encoded: equivocation is judged on what was signed.
        if let Payload::Position(p) = &v.payload {
            for held in existing_positions
                .iter()
                .filter(|x| x.seat == p.seat && x.sequence == p.sequence)
            {
                if self.held_payload(&held.envelope)?.as_deref() == Some(&v.envelope.payload[..]) {
                    return Ok((Outcome::Duplicate, words.t("exchange-import-same-position")));
                }
            }
        }
        let new_dossiers = match &v.payload {
            Payload::DossierPackage(p) => self.new_dossiers(p)?,
            _ => Vec::new(),
        };
        // A statement replaces the contributions held: only a newer one, and only with
        // areas this fund has.
        let (statement_lines, statement_replaces) = match &v.payload {
            Payload::Contributions(c) => match self.statement_lines_of(v, c)? {
                Ok(lines) => lines,
                Err(answer) => return Ok(answer),
            },
            _ => (Vec::new(), false),
        };
        if let (Some(held), Payload::Meeting(m)) = (meeting_revision, &v.payload) {
            if let Some(answer) = self.meeting_answer(v, m, held)? {
                return Ok(answer);
            }
        }
        // Which decisions stand, per item, once this file is held (§7); worked out
        // after every early answer above, since it reads the whole trust.
        let plan = self.plan_for(v)?;
        let seat = v.signer.seat.as_deref();
        let actor = self.signer().keyid();
        let outcome = self.store.transaction(|tx| {
            tx.insert_envelope(&v.hash, kind.as_str(), &v.signer.keyid, seat, bytes, origin)?;
            tx.audit(
                &actor,
                &format!("{origin} {}", kind.as_str()),
                &serde_json::json!({"file": v.hash, "signer": v.signer.keyid, "seat": seat}),
            )?;
            apply_plan(tx, &plan)?;
            let json = |x: &dyn erased::Json| x.json();
            Ok(match &v.payload {
                Payload::Roster(r) => {
                    let seats: Vec<_> = r
                        .seats
                        .iter()
                        .map(|s| (s.seat(), s.public_key.clone()))
                        .collect();
                    tx.put_roster(r.version, &v.hash, &json(r), &seats)?;
                    (
                        Outcome::Imported,
                        words.f(
                            "exchange-import-roster",
                            &[
                                ("version", text(&r.version.to_string())),
                                ("who", text(&who)),
                                ("seats", r.seats.len().into()),
                            ],
                        ),
                    )
                }
                Payload::Meeting(m) => {
                    tx.put_meeting(&m.meeting, m.revision, Some(&v.hash))?;
                    let outcome = if meeting_revision.is_some() {
                        Outcome::Replaced
                    } else {
                        Outcome::Imported
                    };
                    (
                        outcome,
                        words.f(
                            "exchange-import-meeting",
                            &[
                                ("meeting", text(&m.meeting.id)),
                                ("revision", text(&m.revision.to_string())),
                                ("who", text(&who)),
                                ("items", m.meeting.agenda.len().into()),
                            ],
                        ),
                    )
                }
                Payload::DossierPackage(p) => {
                    for d in &new_dossiers {
                        tx.insert_dossier_from(d, &DossierHead::of(d, &self.profile), &v.hash)?;
                    }
                    use base64::Engine;
                    for doc in &p.documents {
                        let content = base64::engine::general_purpose::STANDARD
                            .decode(&doc.content)
                            .map_err(|_| StoreError::Corrupt("document content".into()))?;
                        tx.insert_document(
                            &doc.dossier,
                            doc.version,
                            &doc.name,
                            &doc.media_type,
                            &doc.sha256,
                            &content,
                        )?;
                    }
                    (
                        Outcome::Imported,
                        words.f(
                            "exchange-import-package",
                            &[
                                ("who", text(&who)),
                                ("versions", new_dossiers.len().into()),
                                ("documents", p.documents.len().into()),
                            ],
                        ),
                    )
                }
                Payload::Position(p) => {
                    tx.insert_position(
                        &v.hash,
                        &p.meeting,
                        &p.seat,
                        p.sequence,
                        &p.signed_at.to_rfc3339(),
                        &json(p),
                    )?;
                    let same_seat: Vec<_> = existing_positions
                        .iter()
                        .filter(|x| x.seat == p.seat)
                        .collect();
                    let top = same_seat.iter().map(|x| x.sequence).max();
                    if same_seat.iter().any(|x| x.sequence == p.sequence) {
                        (
                            Outcome::Disputed,
                            words.f(
                                "exchange-import-position-disputed",
                                &[
                                    ("who", text(&who)),
                                    ("meeting", text(&p.meeting)),
                                    ("sequence", text(&p.sequence.to_string())),
                                ],
                            ),
                        )
                    } else if top.is_some_and(|t| t > p.sequence) {
                        (
                            Outcome::Stale,
                            words.f(
                                "exchange-import-position-stale",
                                &[
                                    ("sequence", text(&p.sequence.to_string())),
                                    ("who", text(&who)),
                                    ("meeting", text(&p.meeting)),
                                    ("top", text(&top.unwrap_or_default().to_string())),
                                ],
                            ),
                        )
                    } else if top.is_some() {
                        (
                            Outcome::Replaced,
                            words.f(
                                "exchange-import-position-replaces",
                                &[
                                    ("sequence", text(&p.sequence.to_string())),
                                    ("who", text(&who)),
                                    ("meeting", text(&p.meeting)),
                                    ("top", text(&top.unwrap_or_default().to_string())),
                                ],
                            ),
                        )
                    } else {
                        (
                            Outcome::Imported,
                            words.f(
                                "exchange-import-position",
                                &[
                                    ("sequence", text(&p.sequence.to_string())),
                                    ("who", text(&who)),
                                    ("meeting", text(&p.meeting)),
                                    ("items", p.positions.len().into()),
                                ],
                            ),
                        )
                    }
                }
                Payload::Decision(d) => {
                    tx.insert_decision(&v.hash, &d.meeting, &json(d))?;
                    (
                        Outcome::Imported,
                        words.f(
                            "exchange-import-decision",
                            &[("who", text(&who)), ("meeting", text(&d.meeting))],
                        ),
                    )
                }
                Payload::Contributions(c) => {
                    tx.replace_contributions(&statement_lines)?;
                    let source = crate::fund::StatementSource {
                        version: c.version,
                        as_of: c.as_of,
                        signer: who_kept.clone(),
                        file: v.hash.clone(),
                    };
                    tx.set_meta(
                        STATEMENT,
                        &serde_json::to_string(&source).expect("serializes"),
                    )?;
                    tx.set_meta(ENTERED_SINCE, "false")?;
                    let deposited =
                        crate::money::checked_sum(statement_lines.iter().map(|(l, _)| l.amount))
                            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                    (
                        if statement_replaces {
                            Outcome::Replaced
                        } else {
                            Outcome::Imported
                        },
                        words.f(
                            "exchange-import-statement",
                            &[
                                ("version", text(&c.version.to_string())),
                                ("who", text(&who)),
                                ("date", text(&c.as_of.to_string())),
                                ("contributions", c.contributions.len().into()),
                                (
                                    "deposited",
                                    text(&words.money(deposited, &self.profile.currency)),
                                ),
                            ],
                        ),
                    )
                }
                Payload::Enrolment(e) => {
                    tx.insert_enrolment(&v.hash, &v.signer.keyid, &json(e))?;
                    (
                        Outcome::Imported,
                        words.f(
                            "exchange-import-enrolment",
                            &[
                                ("name", text(&e.name)),
                                ("organisation", text(&e.organisation)),
                                ("key", text(&dsse::grouped(&v.signer.keyid))),
                            ],
                        ),
                    )
                }
            })
        })?;
        Ok(outcome)
    }

    /// The version of the contribution statement the ledger follows, if one was imported.
    pub fn contribution_statement_version(&self) -> Result<Option<u64>, Error> {
        Ok(self.contribution_statement()?.map(|s| s.version))
    }

    /// The contribution statement the ledger's figures are, if one was imported and no
    /// contribution was typed in since (then the figures are no longer the statement's).
    pub fn contributions_source(&self) -> Result<Option<crate::fund::StatementSource>, Error> {
        if self.store.meta(ENTERED_SINCE)?.as_deref() == Some("true") {
            return Ok(None);
        }
        self.contribution_statement()
    }

    /// The newest contribution statement imported, if any.
    pub fn contribution_statement(&self) -> Result<Option<crate::fund::StatementSource>, Error> {
        self.store
            .meta(STATEMENT)?
            .map(|j| serde_json::from_str(&j).map_err(|e| corrupt("contribution statement", e)))
            .transpose()
    }

    /// Signs the contributions held as the next contribution statement (the FMU only),
    /// delivers it, keeps it (`publish`), and returns the file for the members.
    pub fn publish_contribution_statement(
        &mut self,
        as_of: chrono::NaiveDate,
        deliver: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    ) -> Result<Vec<u8>, Error> {
        let _writing = self.writing()?;
        if self.identity()?.role != Some(crate::roster::Role::Fmu) {
            return Err(crate::ledger::FundsError::NotFmu.into());
        }
        let contributions = self.statement_lines()?;
        if contributions.is_empty() {
            return Err(crate::ledger::FundsError::EmptyStatement.into());
        }
        let statement = sync::ContributionStatement {
            format: sync::FORMAT,
            fund: self.profile.id.clone(),
            version: self.contribution_statement_version()?.unwrap_or(0) + 1,
            issued_at: chrono::Utc::now(),
            as_of,
            contributions,
        };
        self.publish(Kind::Contributions, &statement, deliver)
    }

    /// The contributions held, as the lines of a contribution statement (a commitment not
    /// recorded apart is the amount deposited).
    pub(crate) fn statement_lines(&self) -> Result<Vec<sync::StatementLine>, Error> {
        let commitments = self.store.contribution_commitments()?;
        Ok(self
            .store
            .contributions()?
            .into_iter()
            .zip(commitments.into_iter().chain(std::iter::repeat(None)))
            .map(|(c, committed)| sync::StatementLine {
                committed: committed.unwrap_or_else(|| c.amount.to_string()),
                deposited: c.amount.to_string(),
                contributor: c.contributor,
                earmark_area: c.earmark_area,
                date: c.date,
            })
            .collect())
    }

    /// Signs a file this workspace publishes, checks it as any receiver will, hands it to
    /// `deliver` (which writes it where the user chose), and only then keeps it through
    /// the import path: what is held here is what the others will hold, and nothing is
    /// kept if the check or the delivery fails.
    pub(crate) fn publish<T: serde::Serialize>(
        &mut self,
        kind: Kind,
        payload: &T,
        deliver: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    ) -> Result<Vec<u8>, Error> {
        let bytes = self.sign(kind, payload);
        let trust = self.trust()?;
        let verified = sync::check(&bytes, &trust)?;
        deliver(&bytes)?;
        self.apply(&verified, &bytes, "exported", &trust)?;
        let _ = self.record_audit_head();
        Ok(bytes)
    }

    /// Checks a file against what this workspace trusts, changing nothing.
    pub fn verify(&self, bytes: &[u8]) -> Result<Verified, Error> {
        Ok(sync::check(bytes, &self.trust()?)?)
    }

    fn meeting(&self, id: &str) -> Result<Meeting, Error> {
        self.store
            .meeting(id)?
            .ok_or_else(|| Error::UnknownMeeting(id.to_string()))
    }

    /// Records (or changes) the member's draft position on one agenda item.
    pub fn set_position(
        &mut self,
        meeting: &str,
        item: u32,
        stance: Stance,
        reason: Option<&str>,
    ) -> Result<(), Error> {
        let m = self.meeting(meeting)?;
        if !m.agenda.iter().any(|i| i.item == item) {
            return Err(Error::ItemNotOnAgenda {
                meeting: meeting.into(),
                item,
            });
        }
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if matches!(stance, Stance::Object | Stance::Recuse) && !reason.is_some_and(sync::has_words)
        {
            return Err(Error::ReasonRequired(stance.label()));
        }
        // A declared conflict of interest leaves only recusal on the programme's item.
        let dossier = m
            .agenda
            .iter()
            .find(|i| i.item == item)
            .and_then(|i| i.dossier.clone());
        if let Some(dossier) = dossier {
            if stance != Stance::Recuse
                && self
                    .store
                    .conflicts()?
                    .iter()
                    .any(|(d, _, _)| *d == dossier)
            {
                return Err(Error::ConflictDeclared { dossier });
            }
        }
        let stance_code = serde_json::to_value(stance)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        self.commit(|tx| tx.set_draft(meeting, item, &stance_code, reason))?;
        Ok(())
    }

    /// Signs the member's positions for a meeting as the next position file, hands it to
    /// `deliver` (which writes it where the member chose) and only then keeps it and counts
    /// its sequence: a file that could not be written was not exported.
    pub fn export_positions(
        &mut self,
        meeting: &str,
        deliver: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    ) -> Result<Vec<u8>, Error> {
        // The sequence is read, then written: one process at a time.
        let _writing = self.writing()?;
        let m = self.meeting(meeting)?;
        let me = self.identity()?;
        let (Some(seat), Some(Role::Member)) = (me.seat.clone(), me.role) else {
            return Err(Error::NotAMember { keyid: me.keyid });
        };
        let drafts = self.drafts_with_conflicts(&m)?;
        if drafts.is_empty() {
            return Err(Error::NothingToExport(meeting.into()));
        }
        let latest: BTreeMap<String, String> = {
            let mut by_id: BTreeMap<String, (u32, String)> = BTreeMap::new();
            for (id, version, hash) in self.store.dossier_version_hashes()? {
                let entry = by_id.entry(id).or_insert((0, String::new()));
                if version >= entry.0 {
                    *entry = (version, hash);
                }
            }
            by_id.into_iter().map(|(k, (_, h))| (k, h)).collect()
        };
        let positions = drafts
            .into_iter()
            .map(|(item, stance, reason)| {
                let position: Stance = serde_json::from_value(stance.clone().into())
                    .map_err(|_| StoreError::Corrupt(format!("draft stance `{stance}`")))?;
                let dossier_hash = m
                    .agenda
                    .iter()
                    .find(|i| i.item == item && i.kind == ItemKind::Funding)
                    .and_then(|i| i.dossier.as_ref())
                    .and_then(|d| latest.get(d).cloned());
                Ok(ItemPosition {
                    item,
                    position,
                    reason,
                    dossier_hash,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let key = format!("position_sequence:{meeting}");
        let sequence = self
            .store
            .meta(&key)?
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0)
            + 1;
        let file = PositionFile {
            format: sync::FORMAT,
            fund: self.profile.id.clone(),
            meeting: meeting.to_string(),
            seat: seat.clone(),
            sequence,
            signed_at: Utc::now(),
            positions,
        };
        let bytes = self.sign(Kind::Position, &file);
        // As the chair's workspace will check it: this key's seat in the roster in force
        // on the meeting's date, the agenda, the reasons.
        sync::check(&bytes, &self.trust()?)?;
        deliver(&bytes)?;
        let hash = sync::file_hash(&bytes);
        let json = serde_json::to_string(&file).expect("serializes");
        let keyid = me.keyid.clone();
        self.commit(|tx| {
            tx.set_meta(&key, &sequence.to_string())?;
            tx.insert_envelope(
                &hash,
                Kind::Position.as_str(),
                &keyid,
                Some(&seat),
                &bytes,
                "exported",
            )?;
            tx.insert_position(
                &hash,
                meeting,
                &seat,
                sequence,
                &file.signed_at.to_rfc3339(),
                &json,
            )?;
            tx.audit(
                &keyid,
                "position file exported",
                &serde_json::json!({"meeting": meeting, "sequence": sequence, "file": hash}),
            )
        })?;
        Ok(bytes)
    }

    /// The member's drafts, with a recusal (and the declared reason) on every item whose
    /// dossier has a declared conflict of interest and no draft of its own.
    fn drafts_with_conflicts(
        &self,
        m: &Meeting,
    ) -> Result<Vec<(u32, String, Option<String>)>, Error> {
        let mut drafts = self.store.drafts(&m.id)?;
        let conflicts: BTreeMap<String, String> = self
            .store
            .conflicts()?
            .into_iter()
            .map(|(d, reason, _)| (d, reason))
            .collect();
        for item in &m.agenda {
            let Some(reason) = item.dossier.as_ref().and_then(|d| conflicts.get(d)) else {
                continue;
            };
            if !drafts.iter().any(|(i, _, _)| *i == item.item) {
                drafts.push((
                    item.item,
                    "recuse".into(),
                    Some(format!("Conflict of interest: {reason}")),
                ));
            }
        }
        drafts.sort_by_key(|d| d.0);
        Ok(drafts)
    }

    /// The current position file of each seat that sent one for `meeting`. Only files
    /// whose key has authority for their seat under the rosters held now count: a
    /// roster that arrives later takes authority from files already held (§7), so what
    /// counts does not depend on the order files arrived in.
    pub fn received_positions(&self, meeting: &str) -> Result<Vec<SeatFile>, Error> {
        let mut by_seat: BTreeMap<String, Vec<crate::store::StoredPosition>> = BTreeMap::new();
        for p in self.authorised_positions(meeting)? {
            by_seat.entry(p.seat.clone()).or_default().push(p);
        }
        by_seat
            .into_iter()
            .map(|(seat, files)| {
                let top = files.iter().map(|f| f.sequence).max().unwrap_or(0);
                let at_top: Vec<_> = files.iter().filter(|f| f.sequence == top).collect();
                let disputed = at_top.len() > 1;
                let current = if disputed {
                    None
                } else {
                    Some(
                        serde_json::from_str::<PositionFile>(&at_top[0].json)
                            .map_err(|e| corrupt("position", e))?,
                    )
                };
                Ok(SeatFile {
                    seat,
                    hash: (!disputed).then(|| at_top[0].envelope.clone()),
                    current,
                    disputed,
                    files_held: files.len(),
                })
            })
            .collect()
    }

    /// The position files held for a meeting whose key has authority for their seat at
    /// the meeting's date, under the rosters held now.
    fn authorised_positions(
        &self,
        meeting: &str,
    ) -> Result<Vec<crate::store::StoredPosition>, Error> {
        self.authorised_positions_under(&self.rosters()?, &self.meeting(meeting)?, None)
    }

    /// The same, under `rosters` (those held) for `meeting` (as held), for one seat's
    /// files only when `seat` is given.
    fn authorised_positions_under(
        &self,
        rosters: &[Roster],
        meeting: &Meeting,
        seat: Option<&str>,
    ) -> Result<Vec<crate::store::StoredPosition>, Error> {
        let date = meeting.starts_at.date_naive();
        let Some(roster) = authority::in_force(rosters, date) else {
            return Ok(Vec::new());
        };
        let mut held = match seat {
            Some(seat) => self.store.positions_of_seat(&meeting.id, seat)?,
            None => self.store.positions(&meeting.id)?,
        };
        // A seat's files are mostly signed by one key: each (key, seat) judged once.
        let mut judged: Vec<(String, String, bool)> = Vec::new();
        held.retain(|p| {
            if let Some((_, _, ok)) = judged
                .iter()
                .find(|(k, s, _)| *k == p.signer && *s == p.seat)
            {
                return *ok;
            }
            let claim = Claim {
                kind: Kind::Position,
                roster,
                date,
                seat: Some(&p.seat),
            };
            let ok = authority::authorize(rosters, &p.signer, claim).is_ok();
            judged.push((p.signer.clone(), p.seat.clone(), ok));
            ok
        });
        Ok(held)
    }

    /// Which decision file stands for a meeting under `trust` (§7), with `incoming` (its
    /// file hash, payload hash, payload and signer) the file being imported, if any.
    ///
    /// Of the decision files held whose signer has authority (revision 1: the roster in
    /// force on the meeting's date; a correction: the newest roster, at its own date), a
    /// file of revision r > 1 counts only if it corrects (by payload hash) a counted file
    /// of revision r − 1. The file of the highest counted revision stands; two different
    /// ones at that revision dispute each other and none stands until a correction.
    pub(crate) fn standing_decision(
        &self,
        trust: &Trust,
        meeting: &str,
        incoming: Option<(&str, &str, &sync::DecisionFile, &str)>,
    ) -> Result<Standing, Error> {
        let Some(m) = trust.meetings.get(meeting) else {
            return Ok(Standing::None);
        };
        let date = m.starts_at.date_naive();
        let mut files: Vec<(String, String, sync::DecisionFile, String)> = Vec::new();
        for (hash, json, signer) in self.store.decision_files_signed(meeting)? {
            let payload = self.payload_hash(&hash)?.unwrap_or_default();
            let d = serde_json::from_str(&json).map_err(|e| corrupt("decision file", e))?;
            files.push((hash, payload, d, signer));
        }
        if let Some((hash, payload, d, signer)) =
            incoming.filter(|(_, _, d, _)| d.meeting == meeting)
        {
            files.push((hash.into(), payload.into(), d.clone(), signer.into()));
        }
        files.retain(|(_, _, d, signer)| decision_authority(trust, date, d, signer));
        // By revision, one entry per signed payload.
        let mut by_revision: BTreeMap<u32, BTreeMap<String, (String, sync::DecisionFile)>> =
            BTreeMap::new();
        for (hash, payload, d, _) in files {
            by_revision
                .entry(d.revision.unwrap_or(1))
                .or_default()
                .entry(payload)
                .or_insert((hash, d));
        }
        let mut counted: BTreeMap<u32, BTreeMap<String, (String, sync::DecisionFile)>> =
            BTreeMap::new();
        for (revision, at) in by_revision {
            let anchored: BTreeMap<_, _> = at
                .into_iter()
                .filter(|(_, (_, d))| {
                    revision == 1
                        || d.corrects.as_ref().is_some_and(|c| {
                            counted
                                .get(&(revision - 1))
                                .is_some_and(|prev| prev.contains_key(&c.file))
                        })
                })
                .collect();
            if !anchored.is_empty() {
                counted.insert(revision, anchored);
            }
        }
        Ok(match counted.pop_last() {
            None => Standing::None,
            Some((_, top)) if top.len() == 1 => match top.into_values().next() {
                Some((hash, d)) => Standing::File(hash, Box::new(d)),
                None => Standing::None,
            },
            Some((revision, top)) => Standing::Disputed {
                revision,
                files: top.into_values().collect(),
            },
        })
    }

    /// Which decisions stand for `meetings` under `trust` (the trust once the file being
    /// imported is held), as changes to what the store holds: the decisions of the file
    /// that stands (`standing_decision`); none while files dispute each other. Decisions
    /// the chair recorded but has not signed yet stay until a signed file covers them.
    fn decision_plan(
        &self,
        trust: &Trust,
        meetings: &[String],
        incoming: Option<(&str, &str, &sync::DecisionFile, &str)>,
        arriving: &[crate::dossier::Dossier],
    ) -> Result<Vec<Planned>, Error> {
        let mut plan = Vec::new();
        for id in meetings {
            let Some(meeting) = trust.meetings.get(id) else {
                continue;
            };
            let standing = self.standing_decision(trust, id, incoming)?;
            let (hash, decisions) = match &standing {
                Standing::File(hash, d) => (hash.as_str(), d.decisions.as_slice()),
                _ => ("", &[][..]),
            };
            for (item, _, envelope) in self.store.item_decisions(id)? {
                if envelope.is_some() && !decisions.iter().any(|d| d.item == item) {
                    plan.push(Planned::Remove {
                        meeting: id.clone(),
                        item,
                    });
                }
            }
            for decision in decisions {
                let item = decision.item;
                let dossier = match meeting
                    .agenda
                    .iter()
                    .find(|i| i.item == item)
                    .and_then(|i| i.dossier.as_ref())
                {
                    // The newest version, held or arriving with the file being imported.
                    Some(d) => {
                        let held = self.latest_dossier(d)?;
                        let new = arriving
                            .iter()
                            .filter(|x| &x.id == d)
                            .max_by_key(|x| x.version);
                        match (held, new) {
                            (Some(h), Some(n)) if n.version > h.version => {
                                Some((d.clone(), n.area))
                            }
                            (Some(h), _) => Some((d.clone(), h.area)),
                            (None, Some(n)) => Some((d.clone(), n.area)),
                            (None, None) => None,
                        }
                    }
                    None => None,
                };
                let allocation = match (&decision.funding, dossier) {
                    (Some(f), Some((dossier, area))) if decision.outcome.approves() => Some((
                        dossier,
                        area,
                        serde_json::to_string(&f.source)
                            .map_err(|e| corrupt("funding source", e))?,
                        f.amount.clone(),
                    )),
                    _ => None,
                };
                // Always written again: a dossier or meeting that arrived since may change
                // the allocation (the transfers recorded stay).
                plan.push(Planned::Put {
                    meeting: id.clone(),
                    item,
                    json: serde_json::to_string(decision).map_err(|e| corrupt("decision", e))?,
                    file: hash.to_string(),
                    allocation,
                });
            }
        }
        Ok(plan)
    }

    /// Hashes, kinds and origins of every signed file held (for audits and tests).
    pub fn files_held(&self) -> Result<Vec<(String, String, String)>, Error> {
        Ok(self.store.envelope_index()?)
    }

    /// The exact bytes of a file held, by its hash.
    pub fn file_bytes(&self, hash: &str) -> Result<Option<Vec<u8>>, Error> {
        Ok(self.store.envelope_bytes(hash)?)
    }
}

/// What an import answers when a file changes nothing: the outcome and its line.
type Answer = (Outcome, String);

/// A contribution as a statement brings it: the deposit, and what was committed.
type StatementLineHeld = (crate::fund::Contribution, rust_decimal::Decimal);

/// The decision file that stands for a meeting (§7).
#[derive(Debug, Clone)]
pub(crate) enum Standing {
    None,
    File(String, Box<sync::DecisionFile>),
    /// Different files with the same top revision: none stands until a correction.
    Disputed {
        revision: u32,
        files: Vec<(String, sync::DecisionFile)>,
    },
}

/// Whether `signer` had authority to sign decision file `d` (§5.10): a first revision
/// under the roster in force on the meeting's date; a correction, a new act, under the
/// newest roster at its own date.
fn decision_authority(
    trust: &Trust,
    meeting_date: chrono::NaiveDate,
    d: &sync::DecisionFile,
    signer: &str,
) -> bool {
    let (roster, date) = if d.revision.unwrap_or(1) > 1 {
        (authority::current(&trust.rosters), d.signed_at.date_naive())
    } else {
        (
            authority::in_force(&trust.rosters, meeting_date),
            meeting_date,
        )
    };
    roster.is_some_and(|roster| {
        let claim = Claim {
            kind: Kind::Decision,
            roster,
            date,
            seat: None,
        };
        authority::authorize(&trust.rosters, signer, claim).is_ok()
    })
}

/// One change to the decisions that stand: an item's decision from a signed file (with
/// its allocation: dossier, area, source, amount), or none.
enum Planned {
    Put {
        meeting: String,
        item: u32,
        json: String,
        file: String,
        allocation: Option<(String, u32, String, String)>,
    },
    Remove {
        meeting: String,
        item: u32,
    },
}

fn apply_plan(tx: &crate::store::Tx<'_>, plan: &[Planned]) -> Result<(), StoreError> {
    for p in plan {
        match p {
            Planned::Put {
                meeting,
                item,
                json,
                file,
                allocation,
            } => tx.put_decision(
                meeting,
                *item,
                json,
                Some(file),
                allocation
                    .as_ref()
                    .map(|(d, a, s, m)| (d.as_str(), *a, s.as_str(), m.as_str())),
            )?,
            Planned::Remove { meeting, item } => tx.remove_decision(meeting, *item)?,
        }
    }
    Ok(())
}

pub(crate) fn corrupt(what: &str, e: serde_json::Error) -> Error {
    Error::Store(StoreError::Corrupt(format!("a stored {what}: {e}")))
}

/// Serializing payloads for storage without naming each type.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).expect("payloads serialize")
        }
    }
}

/// The identity page: this workspace's key, the pinned roster, the files held.
#[derive(Debug, Clone, Serialize)]
pub struct TrustView {
    pub identity: IdentityView,
    pub roster: Option<RosterView>,
    pub files_held: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct RosterView {
    pub version: u64,
    pub issued_at: chrono::DateTime<Utc>,
    /// The day it was issued, in the reader's local time and the language's words.
    pub issued_on_display: String,
    pub seats: Vec<RosterSeatView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RosterSeatView {
    pub id: String,
    pub constituency: Option<String>,
    pub name: String,
    pub organisation: String,
    pub role: Role,
    /// The constituency's name, or the role's for the chair and the FMU.
    pub group: String,
    pub term: String,
    pub fingerprint: String,
    pub is_me: bool,
}

/// A member's positions on one meeting's agenda, and the files already exported.
#[derive(Debug, Clone, Serialize)]
pub struct MyPositions {
    /// The positions a member may take, with their labels, in the form's order.
    pub stances: Vec<StanceChoice>,
    pub meeting: String,
    pub title: String,
    pub starts_at: chrono::DateTime<Utc>,
    /// The start in the reader's local time, in the language's words.
    pub starts_at_display: String,
    pub items: Vec<MyItem>,
    pub exported: Vec<ExportedFile>,
    /// Why no position file can be exported yet, if so.
    pub cannot_export: Option<String>,
}

/// A position a member may take, with its label.
#[derive(Debug, Clone, Serialize)]
pub struct StanceChoice {
    pub value: Stance,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MyItem {
    pub item: u32,
    pub text: String,
    pub dossier: Option<String>,
    pub stance: Option<Stance>,
    pub stance_label: Option<String>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportedFile {
    pub sequence: u64,
    pub hash: String,
    /// A decision file held here lists it among the position files the chair counted.
    pub counted: bool,
}

impl Desk {
    pub fn trust_view(&self) -> Result<TrustView, Error> {
        let words = self.words();
        let identity = self.identity()?;
        let rosters = self.rosters()?;
        let roster = authority::current(&rosters).map(|r| RosterView {
            version: r.version,
            issued_at: r.issued_at,
            issued_on_display: words.local_date(r.issued_at),
            seats: r
                .seats
                .iter()
                .map(|s| {
                    let keyid = s.keyid().unwrap_or_default();
                    RosterSeatView {
                        id: s.id.clone(),
                        constituency: s.constituency.clone(),
                        name: s.name.clone(),
                        organisation: s.organisation.clone(),
                        role: s.role,
                        group: self.seat_group_in(&words, s.role, s.constituency.as_deref()),
                        term: words.f(
                            "exchange-term",
                            &[
                                ("start", words.long_date(s.term_start).into()),
                                ("end", words.long_date(s.term_end).into()),
                            ],
                        ),
                        fingerprint: dsse::grouped(&keyid),
                        is_me: keyid == identity.keyid,
                    }
                })
                .collect(),
        });
        Ok(TrustView {
            identity,
            roster,
            files_held: self.store.envelope_index()?.len(),
        })
    }

    pub fn my_positions(&self, meeting: &str) -> Result<MyPositions, Error> {
        let words = self.words();
        let m = self.meeting(meeting)?;
        let drafts = self.drafts_with_conflicts(&m)?;
        let me = self.identity()?;
        let counted: BTreeSet<String> = self
            .store
            .decision_files(meeting)?
            .iter()
            .filter_map(|json| serde_json::from_str::<sync::DecisionFile>(json).ok())
            .flat_map(|d| d.positions_counted)
            .collect();
        let items = m
            .agenda
            .iter()
            .map(|item| {
                let draft = drafts.iter().find(|(i, _, _)| *i == item.item);
                let stance: Option<Stance> =
                    draft.and_then(|(_, s, _)| serde_json::from_value(s.clone().into()).ok());
                MyItem {
                    item: item.item,
                    text: item.text.clone(),
                    dossier: item.dossier.clone(),
                    stance_label: stance.map(|s| crate::decision::stance_label_in(&words, Some(s))),
                    stance,
                    reason: draft.and_then(|(_, _, r)| r.clone()),
                }
            })
            .collect();
        let mut exported = Vec::new();
        for p in self.store.positions(meeting)? {
            if me.seat.as_ref() != Some(&p.seat) {
                continue;
            }
            // Format 1 decision files list file hashes, format 2 payload hashes.
            let payload = self.payload_hash(&p.envelope)?;
            exported.push(ExportedFile {
                sequence: p.sequence,
                counted: counted.contains(&p.envelope)
                    || payload.is_some_and(|h| counted.contains(&h)),
                hash: p.envelope,
            });
        }
        let cannot_export = match (&me.seat, me.role, drafts.is_empty()) {
            (None, _, _) | (_, Some(Role::Chair | Role::Fmu) | None, _) => Some(
                Error::NotAMember {
                    keyid: me.keyid.clone(),
                }
                .for_people_in(&words)
                .message,
            ),
            (_, _, true) => Some(
                Error::NothingToExport(meeting.into())
                    .for_people_in(&words)
                    .message,
            ),
            _ => None,
        };
        Ok(MyPositions {
            stances: [
                Stance::JoinConsensus,
                Stance::Object,
                Stance::Abstain,
                Stance::Recuse,
            ]
            .into_iter()
            .map(|value| StanceChoice {
                value,
                label: crate::decision::stance_label_in(&words, Some(value)),
            })
            .collect(),
            meeting: m.id.clone(),
            title: m.title.clone(),
            starts_at: m.starts_at,
            starts_at_display: words.local_moment(m.starts_at),
            items,
            exported,
            cannot_export,
        })
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_outcome_code_is_its_json_name() {
        use super::Outcome::*;
        for o in [
            Imported,
            Replaced,
            Duplicate,
            Stale,
            Disputed,
            Rejected,
            NotImported,
        ] {
            assert_eq!(serde_json::to_value(o).unwrap(), o.code(), "{o:?}");
        }
    }

    use crate::demo::DEMO_SESSION;
    use crate::lang::Lang;

    /// Language; the chair's seat; the stances; rejected, its message; already imported,
    /// its message; what an opened decision file is, who signed it.
    type Row = (
        Lang,
        &'static str,
        [&'static str; 4],
        [String; 4],
        [&'static str; 2],
    );

    /// The identity page, the positions, the import list and a file opened from outside,
    /// in each language: the words they show, English as before, and no English message
    /// moved to the catalogue left in French or Spanish.
    #[test]
    fn the_exchange_screens_speak_the_workspace_language() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = crate::decision::tests::demo(dir.path());
        let nb = '\u{a0}';
        // A decision file held, to import again and to open from outside.
        let (hash, _, _) = desk
            .files_held()
            .unwrap()
            .into_iter()
            .find(|(_, kind, _)| kind == "decision file")
            .unwrap();
        let decision_file = desk.file_bytes(&hash).unwrap().unwrap();
        let opened = dir.path().join("opened.dsse");
        std::fs::write(&opened, &decision_file).unwrap();
        let stray = dir.path().join("letter.txt");
        std::fs::write(&stray, "Dear colleagues,\n").unwrap();
        let table: [Row; 3] = [
            (
                Lang::En,
                "Leonora Achterberg, Chair of the committee",
                ["Join consensus", "Object", "Abstain", "Recuse"],
                [
                    "Rejected".into(),
                    "This is not an SC Desk file: it is a text file. SC Desk imports the signed files it exchanges (.dsse), bundles of them, and its decision records.".into(),
                    "Already imported".into(),
                    "already imported; nothing changed".into(),
                ],
                ["Decision file of meeting sc-2026-03", "Leonora Achterberg (chair)"],
            ),
            (
                Lang::Fr,
                "Leonora Achterberg, Présidence du Comité",
                ["Se joindre au consensus", "Faire objection", "S’abstenir", "Se récuser"],
                [
                    "Refusé".into(),
                    format!("Ce n’est pas un fichier SC Desk{nb}: c’est un fichier texte. SC Desk importe les fichiers signés qu’il échange (.dsse), les lots de ces fichiers et ses relevés de décisions."),
                    "Déjà importé".into(),
                    format!("déjà importé{nb}; rien n’a changé"),
                ],
                ["Fichier de décisions de la réunion sc-2026-03", "Leonora Achterberg (présidence)"],
            ),
            (
                Lang::Es,
                "Leonora Achterberg, Presidencia del Comité",
                ["Sumarse al consenso", "Formular una objeción", "Abstenerse", "Recusarse"],
                [
                    "Rechazado".into(),
                    "No es un archivo de SC Desk: es un archivo de texto. SC Desk importa los archivos firmados que intercambia (.dsse), los lotes de ellos y sus actas de decisiones.".into(),
                    "Ya importado".into(),
                    "ya importado; nada cambió".into(),
                ],
                ["Archivo de decisiones de la reunión sc-2026-03", "Leonora Achterberg (Presidencia)"],
            ),
        ];
        let english = [
            "Chair of the committee",
            "Join consensus",
            "Rejected",
            "Already imported",
            "nothing changed",
            "This is not an SC Desk file",
            "Your key holds no member seat",
            "Decision file of meeting",
            "(chair)",
        ];
        for (lang, seat, stances, imports, what) in table {
            desk.set_language(lang).unwrap();
            let words = desk.words();
            let trust = desk.trust_view().unwrap();
            assert_eq!(trust.identity.seat_words.as_deref(), Some(seat), "{lang}");
            let roster = trust.roster.as_ref().unwrap();
            let chair = roster.seats.iter().find(|s| s.id == "chair").unwrap();
            assert_eq!(chair.group, seat.split(", ").nth(1).unwrap(), "{lang}");
            // The term in long dates, as the language writes them.
            let s = desk
                .rosters()
                .unwrap()
                .last()
                .unwrap()
                .seats
                .iter()
                .find(|s| s.id == "chair")
                .unwrap()
                .clone();
            assert_eq!(
                chair.term,
                format!(
                    "{} – {}",
                    words.long_date(s.term_start),
                    words.long_date(s.term_end)
                )
            );
            let mine = desk.my_positions(DEMO_SESSION).unwrap();
            let labels: Vec<&str> = mine.stances.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(labels, stances, "{lang}");
            // The chair sends no position file: said in the language.
            let not_member = crate::Error::NotAMember {
                keyid: trust.identity.keyid.clone(),
            };
            assert_eq!(
                mine.cannot_export,
                Some(not_member.for_people_in(&words).message)
            );
            let rejected = desk.import(b"Dear colleagues,\n");
            let again = desk.import(&decision_file);
            let got = [
                rejected[0].outcome_label.clone(),
                rejected[0].message.clone(),
                again[0].outcome_label.clone(),
                again[0].message.clone(),
            ];
            assert_eq!(got, imports, "{lang}");
            let preview = desk.open_file_preview(&opened);
            assert_eq!(preview.parts[0].what, what[0], "{lang}");
            assert_eq!(
                preview.parts[0].signed_by.as_deref(),
                Some(what[1]),
                "{lang}"
            );
            let preview_stray = desk.open_file_preview(&stray);
            assert_eq!(preview_stray.problem.as_deref(), Some(imports[1].as_str()));
            if lang != Lang::En {
                let json =
                    serde_json::to_string(&(&trust, &mine, &rejected, &again, &preview)).unwrap();
                for word in english {
                    assert!(!json.contains(word), "{lang} shows {word:?}: {json}");
                }
            }
        }
    }
}
