//! The `Desk`: one open workspace and everything a user can ask of it. The app's
//! commands, the CLI and the tests all go through this API and nothing else.

use chrono::Utc;
use serde::Serialize;
use std::path::{Path, PathBuf};

use crate::demo::{DemoWorkspace, DEMO_LABEL};
use crate::error::Error;
use crate::fund::{self, FundOverview};
use crate::identity::Identity;
use crate::keyring::KeyStore;
use crate::lang::{Lang, Words};
use crate::meeting::Meeting;
use crate::profile::{FundProfile, Settings};
use crate::roster::Seat;
use crate::secret::{self, KdfParams, Passphrase, Secret};
use crate::store::{Store, StoreError};
use crate::workspace::{self, KeyMode, WorkspaceFile};

/// How the database key is obtained when a workspace is created or opened.
pub enum Unlock<'a> {
    /// A random key kept in the OS keyring.
    Keyring(&'a dyn KeyStore),
    /// A key derived from the user's passphrase.
    Passphrase(Passphrase),
}

/// What a new workspace starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// Only the fund profile; real packages are imported later.
    Empty,
    /// The demo workspace shipped with SC Desk.
    Demo,
}

/// Options for creating a workspace.
pub struct CreateOptions {
    pub content: Content,
    /// Argon2id cost for passphrase workspaces (lowered only in tests).
    pub kdf: KdfParams,
    /// The language the app will show it in; `None` leaves it to be chosen.
    pub language: Option<Lang>,
}

impl Default for CreateOptions {
    fn default() -> Self {
        CreateOptions {
            content: Content::Empty,
            kdf: KdfParams::DEFAULT,
            language: None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct WorkspaceInfo {
    pub id: String,
    pub dir: PathBuf,
    pub demo: bool,
    /// "Demo data" for the demo workspace; shown wherever its data is.
    pub label: Option<String>,
    /// "keyring" or "passphrase".
    pub key_storage: &'static str,
    pub schema_version: u32,
}

/// A setting the Fund has not published, with its default and why it is a default.
#[derive(Debug, Clone, Serialize)]
pub struct SettingView {
    pub name: String,
    pub value: String,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeetingSummary {
    pub id: String,
    pub title: String,
    pub kind: crate::meeting::MeetingKind,
    /// UTC; `starts_at_display` is it in the reader's local time, in the language's words.
    pub starts_at: chrono::DateTime<Utc>,
    pub starts_at_display: String,
    pub place: String,
    /// The kind in words and the agenda's size: "In person · 7 agenda items".
    pub note: String,
}

/// What the first window shows.
#[derive(Debug, Clone, Serialize)]
pub struct Dashboard {
    pub workspace: WorkspaceInfo,
    pub fund: FundOverview,
    /// The dates the fund's figures are as of, in the language's words: the latest
    /// contribution's, and the signed statement's when the figures are one.
    pub as_of_display: Option<String>,
    pub statement_as_of_display: Option<String>,
    pub dossiers: Vec<crate::review::DossierRow>,
    pub next_meeting: Option<MeetingSummary>,
    pub settings: Vec<SettingView>,
    /// The profile's thematic areas, for filters and labels.
    pub areas: Vec<crate::profile::Area>,
    /// Contributions, fee, allocations and what is available per area.
    pub balances: crate::ledger::Balances,
    /// "3 funded · 5 in the pipeline", as the dossiers' statuses (after decisions) say.
    pub dossiers_note: String,
    /// In a workspace of one's own, the steps that make it a member's desk, each done or
    /// not (none in the demo).
    pub setup: Vec<SetupStep>,
    /// In the demo, its roster's seats, each a role to try ("Try the demo as"); none in
    /// one's own workspace.
    pub demo_roles: Vec<crate::demo::DemoRole>,
}

/// A step from an empty workspace to a member's desk.
#[derive(Debug, Clone, Serialize)]
pub struct SetupStep {
    /// `enrol`, `roster` or `files`: the window's button for it.
    pub step: &'static str,
    pub title: String,
    pub detail: String,
    pub done: bool,
}

/// What the app does when it starts on a data folder.
pub enum Startup {
    /// The workspace is open (created with the demo data if the folder was empty).
    Opened(Box<Desk>),
    /// The workspace is behind a passphrase: ask for it, then `Desk::open`.
    NeedsPassphrase,
    /// The folder is empty and no keyring answered: ask for a new passphrase, then
    /// `Desk::create` with it. `reason` says why the keyring could not be used.
    NeedsNewPassphrase { reason: String },
}

pub struct Desk {
    pub(crate) dir: PathBuf,
    pub(crate) file: WorkspaceFile,
    pub(crate) store: Store,
    pub(crate) profile: FundProfile,
    pub(crate) identity: Identity,
    /// In the demo only: the seat being tried and its demo key, which signs in place of
    /// the workspace's own (`Desk::act_in_demo_as`). The audit head and backups keep
    /// the workspace's own key.
    pub(crate) acting: Option<(String, Identity)>,
    /// The tests' pseudo-language in place of the workspace's (`Desk::use_pseudo_language`).
    pub(crate) pseudo: bool,
    /// The language of this run in place of the workspace's (`Desk::speak`: the CLI's).
    pub(crate) speaking: Option<Lang>,
    /// Whether the stored dossier heads are worked out by this build's rules and the
    /// workspace's profile (`Desk::ensure_dossier_heads`); if not, lists read dossiers.
    pub(crate) heads: bool,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("dir", &self.dir)
            .field("workspace", &self.file.id)
            .finish()
    }
}

impl Desk {
    /// Whether `dir` holds a workspace (or what is left of one).
    pub fn exists(dir: &Path) -> bool {
        dir.join(workspace::WORKSPACE_FILE).exists() || workspace::database_path(dir).exists()
    }

    /// How the workspace in `dir` keeps its key, so the caller knows whether to ask for a
    /// passphrase before opening.
    pub fn key_mode(dir: &Path) -> Result<KeyMode, Error> {
        workspace::read(dir)?
            .map(|f| f.key)
            .ok_or_else(|| Error::NoWorkspace { dir: dir.into() })
    }

    /// Creates a new workspace in `dir` (a new or empty folder); refuses if one is there
    /// already. All or nothing: the workspace is made in a staging folder beside `dir` and
    /// moved into place only when complete, so a creation cut short (killed, a full disk)
    /// leaves no half-made workspace, and the next creation clears what it left.
    pub fn create(dir: &Path, unlock: Unlock<'_>, options: CreateOptions) -> Result<Desk, Error> {
        if Desk::exists(dir) {
            return Err(Error::WorkspaceExists { dir: dir.into() });
        }
        let staging = workspace::Staging::new(dir)?;
        let id = uuid::Uuid::new_v4().to_string();
        let keyring = match &unlock {
            Unlock::Keyring(keyring) => Some(*keyring),
            Unlock::Passphrase(_) => None,
        };
        let made = Desk::build(staging.path(), &id, unlock, options);
        Desk::settle(dir, staging, &id, keyring, made)
    }

    /// Moves a workspace made in `staging` into `dir`; if making it failed, or the move
    /// does, deletes the keyring keys it wrote: keys of a workspace that does not exist
    /// would only confuse.
    pub(crate) fn settle(
        dir: &Path,
        staging: workspace::Staging,
        id: &str,
        keyring: Option<&dyn KeyStore>,
        made: Result<(Desk, Secret), Error>,
    ) -> Result<Desk, Error> {
        let forget_keys = || {
            if let Some(keyring) = keyring {
                let _ = keyring.delete(&workspace::identity_key_account(id));
                let _ = keyring.delete(&workspace::database_key_account(id));
            }
        };
        let (made, key) = made.inspect_err(|_| forget_keys())?;
        Desk::move_into_place(dir, staging, made, &key).inspect_err(|_| {
            if !Desk::exists(dir) {
                forget_keys();
            }
        })
    }

    /// Moves a workspace made whole in `staging` into `dir` and opens it there.
    pub(crate) fn move_into_place(
        dir: &Path,
        staging: workspace::Staging,
        made: Desk,
        key: &Secret,
    ) -> Result<Desk, Error> {
        let Desk {
            file,
            store,
            profile,
            identity,
            ..
        } = made;
        // Closed before the move, so the database is one file, its log folded in.
        drop(store);
        staging.finish()?;
        let store = Store::open(&workspace::database_path(dir), key)?;
        let mut desk = Desk {
            dir: dir.into(),
            file,
            store,
            profile,
            identity,
            acting: None,
            pseudo: false,
            speaking: None,
            heads: false,
        };
        // The workspace is in place: a head not recorded now is recorded by the next change.
        let _ = desk.record_audit_head();
        desk.ensure_dossier_heads();
        Ok(desk)
    }

    /// Makes the whole workspace in `dir` (the staging folder), returning it and its key.
    fn build(
        dir: &Path,
        id: &str,
        unlock: Unlock<'_>,
        options: CreateOptions,
    ) -> Result<(Desk, Secret), Error> {
        let id = id.to_string();
        let identity = Identity::generate();
        let (key, mode, identity_seed_in_db) = new_key(&id, &identity, unlock, options.kdf)?;
        let file = WorkspaceFile {
            format: workspace::WORKSPACE_FORMAT,
            id,
            created_at: Utc::now(),
            key: mode,
            key_check: Some(workspace::key_check(&key)),
            audit_head: None,
            language: options.language,
        };
        let profile = FundProfile::builtin();
        let mut store = Store::create(&workspace::database_path(dir), &key)?;
        let profile_json = serde_json::to_string(&profile).expect("profile serializes");
        let demo = match options.content {
            Content::Demo => Some(DemoWorkspace::builtin(&profile)?),
            Content::Empty => None,
        };
        store.transaction(|tx| {
            tx.set_meta("workspace_id", &file.id)?;
            tx.set_meta("created_at", &file.created_at.to_rfc3339())?;
            tx.set_profile_json(&profile_json)?;
            tx.set_identity(
                &identity.public_hex(),
                identity_seed_in_db.as_ref().map(|s| s.expose()),
            )?;
            tx.audit(
                &identity.keyid(),
                "workspace created",
                &serde_json::json!({"workspace": file.id, "demo": demo.is_some()}),
            )?;
            if let Some(demo) = &demo {
                tx.set_meta("demo_label", &demo.label)?;
                for seat in &demo.seats {
                    tx.insert_seat(seat)?;
                }
                for c in &demo.contributions {
                    tx.insert_contribution(c)?;
                }
                for d in &demo.dossiers {
                    tx.insert_dossier(d, &crate::dossier::DossierHead::of(d, &profile))?;
                }
                // The demo's upcoming meeting stays upcoming: two weeks after the demo is
                // made, at 14:00 UTC.
                let upcoming = (Utc::now() + chrono::Duration::days(14))
                    .date_naive()
                    .and_hms_opt(14, 0, 0)
                    .map(|t| t.and_utc());
                for m in &demo.meetings {
                    let mut m = m.clone();
                    if let Some(at) = upcoming {
                        m.starts_at = at;
                    }
                    tx.insert_meeting(&m)?;
                }
                for (dossier, version, name, media_type, bytes) in crate::demo::concept_notes(demo)
                {
                    let sha = crate::dsse::sha256_hex(&bytes);
                    tx.insert_document(&dossier, version, &name, &media_type, &sha, &bytes)?;
                }
            }
            Ok(())
        })?;
        workspace::write(dir, &file)?;
        let mut desk = Desk {
            dir: dir.into(),
            file,
            store,
            profile,
            identity,
            acting: None,
            pseudo: false,
            speaking: None,
            heads: false,
        };
        if demo.is_some() {
            crate::demo::sign_demo_history(&mut desk)?;
        }
        Ok((desk, key))
    }

    /// Reads a file handed to SC Desk (to import, verify or pin): a regular file of at
    /// most the 64 MiB a sync file may have, read with that bound.
    pub fn read_input(path: &Path) -> Result<Vec<u8>, Error> {
        Ok(crate::incoming::read(
            path,
            crate::dsse::MAX_FILE_BYTES as u64,
        )?)
    }

    /// Waits until no other process is changing this workspace (up to a minute), and
    /// keeps others out until the lock is dropped. Every change that reads what is held
    /// and then writes takes it.
    pub(crate) fn writing(&self) -> Result<workspace::WriterLock, Error> {
        Ok(workspace::lock_for_writing(
            &self.dir,
            std::time::Duration::from_secs(60),
        )?)
    }

    /// Opens the workspace in `dir`.
    pub fn open(dir: &Path, unlock: Unlock<'_>) -> Result<Desk, Error> {
        let file = workspace::read(dir)?.ok_or_else(|| Error::NoWorkspace { dir: dir.into() })?;
        let db = workspace::database_path(dir);
        if !db.exists() {
            return Err(Error::Store(StoreError::Missing(db)));
        }
        let mut identity_keyring: Option<&dyn KeyStore> = None;
        let (key, wrong) = match (&file.key, unlock) {
            (KeyMode::Keyring { account }, Unlock::Keyring(keyring)) => {
                let key = keyring.get(account)?.ok_or_else(|| Error::KeyMissing {
                    keyring: keyring.describe(),
                    workspace: file.id.clone(),
                    database: db.clone(),
                    account: account.clone(),
                })?;
                identity_keyring = Some(keyring);
                let wrong = Error::KeyringKeyWrong {
                    workspace: file.id.clone(),
                    account: account.clone(),
                };
                (key, wrong)
            }
            (KeyMode::Passphrase { salt, kdf }, Unlock::Passphrase(passphrase)) => {
                let salt =
                    hex::decode(salt).map_err(|e| workspace::Error::WorkspaceFileDamaged {
                        path: dir.join(workspace::WORKSPACE_FILE),
                        reason: format!("the salt is not hex: {e}"),
                    })?;
                let key = secret::derive_key(&passphrase, &salt, *kdf)?;
                (key, Error::WrongPassphrase)
            }
            (KeyMode::Keyring { .. }, Unlock::Passphrase(_)) => return Err(Error::KeyringRequired),
            (KeyMode::Passphrase { .. }, Unlock::Keyring(_)) => {
                return Err(Error::PassphraseRequired)
            }
        };
        // The key check (format 2) tells a wrong key from a damaged first page, which
        // the database alone cannot: both fail its first read.
        let key_known_right = match &file.key_check {
            Some(check) if *check != workspace::key_check(&key) => return Err(wrong),
            Some(_) => true,
            None => false,
        };
        // A folder SC Desk may not write to is still read: every change is then refused
        // as read-only, with what to do.
        let opened = if workspace::writable(dir) {
            Store::open(&db, &key)
        } else {
            Store::open_read_only(&db, &key)
        };
        let store = opened.map_err(|e| match e {
            StoreError::WrongKey(_) if key_known_right => Error::Store(StoreError::Corrupt(
                "its first page does not read back with the right key".into(),
            )),
            StoreError::WrongKey(_) => wrong,
            other => Error::Store(other),
        })?;
        let profile = match store.profile_json()? {
            Some(json) => {
                let mut profile = FundProfile::from_json(&json)?;
                // A profile stored before it had French and Spanish names shows the
                // built-in ones where its English is the same.
                profile.adopt_translations(&FundProfile::builtin());
                profile
            }
            None => FundProfile::builtin(),
        };
        let identity = load_identity(&file, &db, &store, identity_keyring)?;
        let mut desk = Desk {
            dir: dir.into(),
            file,
            store,
            profile,
            identity,
            acting: None,
            pseudo: false,
            speaking: None,
            heads: false,
        };
        desk.ensure_dossier_heads();
        Ok(desk)
    }

    /// Works the stored dossier heads out again if an older SC Desk (or another fund
    /// profile) worked them out. A workspace that cannot be written to, or a dossier that
    /// does not read, leaves them as they are: lists then read the dossiers themselves.
    pub(crate) fn ensure_dossier_heads(&mut self) {
        let Ok(profile_json) = self.store.profile_json() else {
            return;
        };
        // The stamp names the rules' source and the profile: any change to either works
        // the heads out again.
        let mut named = String::new();
        for source in crate::dossier::HEAD_RULES {
            named.push_str(source);
        }
        named.push_str(&profile_json.unwrap_or_default());
        let stamp = crate::dsse::sha256_hex(named.as_bytes());
        self.heads = self.store.heads_current(&stamp).unwrap_or(false);
        // Read-only, the heads could not be stored: no dossier is read for nothing.
        if self.heads || self.store.is_read_only() {
            return;
        }
        let Ok(dossiers) = self.store.latest_dossiers() else {
            return;
        };
        let heads: Vec<_> = dossiers
            .iter()
            .map(|d| crate::dossier::DossierHead::of(d, &self.profile))
            .collect();
        self.heads = self
            .store
            .transaction(|tx| tx.replace_dossier_heads(&heads, &stamp))
            .is_ok();
    }

    /// The app's start: open the workspace in `dir`, or create the demo workspace there
    /// if the folder holds none. `keyring` is the OS keyring, or why it did not answer.
    pub fn start(
        dir: &Path,
        keyring: Result<&dyn KeyStore, crate::keyring::KeyringError>,
        first_run: Content,
    ) -> Result<Startup, Error> {
        if !Desk::exists(dir) {
            return match keyring {
                Ok(keyring) => {
                    let options = CreateOptions {
                        content: first_run,
                        ..CreateOptions::default()
                    };
                    let desk = Desk::create(dir, Unlock::Keyring(keyring), options)?;
                    Ok(Startup::Opened(Box::new(desk)))
                }
                Err(e) => Ok(Startup::NeedsNewPassphrase {
                    reason: Error::from(e).for_people().message,
                }),
            };
        }
        match Desk::key_mode(dir)? {
            KeyMode::Passphrase { .. } => Ok(Startup::NeedsPassphrase),
            KeyMode::Keyring { .. } => {
                let desk = Desk::open(dir, Unlock::Keyring(keyring?))?;
                Ok(Startup::Opened(Box::new(desk)))
            }
        }
    }

    pub fn profile(&self) -> &FundProfile {
        &self.profile
    }
    /// The language chosen for this workspace, if one was.
    pub fn language(&self) -> Option<Lang> {
        self.file.language
    }

    /// The words of the workspace's language (English until one is chosen): every text
    /// the Desk writes for a person goes through them.
    pub fn words(&self) -> Words {
        if self.pseudo {
            Words::pseudo()
        } else {
            Words::new(self.speaking.or(self.file.language).unwrap_or_default())
        }
    }

    /// Speaks `lang` for this run, whatever the workspace records, without recording it:
    /// the command line speaks English (or its `--lang`) in any workspace, so a script's
    /// output and the amounts it types do not depend on the language the app was set to.
    pub fn speak(&mut self, lang: Lang) {
        self.speaking = Some(lang);
    }

    /// An amount as the person typed it, in the language they are shown
    /// (`1 754 800,50` in French), in the fund's currency, strictly (`lang::amount`).
    pub fn typed_amount(&self, text: &str) -> Result<rust_decimal::Decimal, Error> {
        crate::lang::amount::parse(
            self.words().lang(),
            text,
            &self.profile.currency,
            crate::money::MAX_AMOUNT,
        )
        .map_err(|e| crate::decision::DecisionError::TypedAmount(e).into())
    }

    /// Records the language the app shows this workspace in (`workspace.json`, written
    /// atomically); it takes effect at once.
    pub fn set_language(&mut self, language: Lang) -> Result<(), Error> {
        if self.file.language == Some(language) {
            return Ok(());
        }
        let _lock = self.writing()?;
        let mut file = self.file.clone();
        file.language = Some(language);
        workspace::write(&self.dir, &file)?;
        self.file = file;
        Ok(())
    }

    /// The tests' pseudo-language: every message marked, to find text not from the
    /// catalogue.
    pub fn use_pseudo_language(&mut self) {
        self.pseudo = true;
    }

    pub fn info(&self) -> Result<WorkspaceInfo, Error> {
        let label = self.store.meta("demo_label")?;
        Ok(WorkspaceInfo {
            id: self.file.id.clone(),
            dir: self.dir.clone(),
            demo: label.is_some(),
            label,
            key_storage: match self.file.key {
                KeyMode::Keyring { .. } => "keyring",
                KeyMode::Passphrase { .. } => "passphrase",
            },
            schema_version: self.store.schema_version()?,
        })
    }

    /// The fund's contributions and earmarks, amounts and labels in the workspace's
    /// language.
    pub fn fund_overview(&self) -> Result<FundOverview, Error> {
        let mut overview = fund::overview(&self.profile, &self.store.contributions()?)?;
        overview.statement = self.contributions_source()?;
        let words = self.words();
        let money = |amount| words.money(amount, &self.profile.currency);
        for c in &mut overview.contributions {
            c.amount_display = money(c.amount);
            c.share_display = words.percent(c.share_percent);
        }
        overview.total_display = money(overview.total);
        for e in &mut overview.earmarks {
            e.label = match e.area {
                None => words.t("desk-earmark-none"),
                Some(area) => words.f("desk-earmark-area", &[("area", area.to_string().into())]),
            };
            e.amount_display = money(e.amount);
        }
        overview.administrative_agent_fee_display = money(overview.administrative_agent_fee);
        Ok(overview)
    }

    /// The balances as the dashboard shows them: amounts and area names in the
    /// workspace's language.
    fn balances_in_words(&self, mut balances: crate::ledger::Balances) -> crate::ledger::Balances {
        let words = self.words();
        let money = |amount| words.money(amount, &self.profile.currency);
        balances.pool_available_display = money(balances.pool_available);
        for a in &mut balances.areas {
            if let Some(area) = self.profile.area(a.area) {
                a.name = area.name_in(words.lang()).to_string();
            }
            a.earmarked_display = money(a.earmarked_available);
            a.available_display = money(a.available);
            a.allocated_display = money(a.allocated);
            a.share_display = words.percent(a.share_percent);
            a.target_display = words.percent(a.target_percent);
        }
        balances
    }

    pub fn seats(&self) -> Result<Vec<Seat>, Error> {
        Ok(self.store.seats()?)
    }

    /// The newest version of each dossier, by reference.
    pub fn dossiers(&self) -> Result<Vec<crate::review::DossierRow>, Error> {
        self.list_dossiers(&crate::review::DossierQuery::default())
    }

    pub fn meetings(&self) -> Result<Vec<Meeting>, Error> {
        Ok(self.store.meetings()?)
    }

    /// The profile's unpublished settings with their values and notes, for display, in
    /// the workspace's language.
    pub fn settings(&self) -> Vec<SettingView> {
        let words = self.words();
        let lang = words.lang();
        let Settings {
            quorum_members,
            written_procedure_days,
            budget_ceiling,
            duration_min_months,
            duration_max_months,
            area_target_percent,
        } = &self.profile.settings;
        // The ceiling is checked when the profile is read; its text stands in otherwise.
        let ceiling = match self.profile.budget_ceiling() {
            Ok(amount) => words.money(amount, &self.profile.currency),
            Err(_) => format!("{} {}", self.profile.currency, budget_ceiling.value),
        };
        vec![
            SettingView {
                name: words.t("desk-setting-quorum"),
                value: quorum_members.value.to_string(),
                note: quorum_members.note_in(lang).to_string(),
            },
            SettingView {
                name: words.t("desk-setting-written-procedure"),
                value: written_procedure_days.value.to_string(),
                note: written_procedure_days.note_in(lang).to_string(),
            },
            SettingView {
                name: words.t("desk-setting-budget-ceiling"),
                value: ceiling,
                note: budget_ceiling.note_in(lang).to_string(),
            },
            SettingView {
                name: words.t("desk-setting-duration"),
                value: words.f(
                    "desk-setting-duration-value",
                    &[
                        ("min", duration_min_months.value.to_string().into()),
                        ("max", duration_max_months.value.to_string().into()),
                    ],
                ),
                note: duration_min_months.note_in(lang).to_string(),
            },
            SettingView {
                name: words.t("desk-setting-area-target"),
                value: words.percent(area_target_percent.value),
                note: area_target_percent.note_in(lang).to_string(),
            },
        ]
    }

    /// Everything the first window shows, in one call.
    pub fn dashboard(&self) -> Result<Dashboard, Error> {
        let now = Utc::now();
        let words = self.words();
        let meetings = self.meetings()?;
        let any_meeting = !meetings.is_empty();
        let next_meeting = meetings
            .into_iter()
            .filter(|m| m.starts_at >= now)
            .min_by_key(|m| m.starts_at)
            .map(|m| MeetingSummary {
                note: words.f(
                    "desk-meeting-note",
                    &[
                        ("kind", meeting_kind_label(&words, m.kind).into()),
                        ("count", m.agenda.len().into()),
                    ],
                ),
                id: m.id,
                title: m.title,
                kind: m.kind,
                starts_at_display: words.local_moment(m.starts_at),
                starts_at: m.starts_at,
                place: m.place,
            });
        let dossiers = self.dossiers()?;
        let count = |status| dossiers.iter().filter(|d| d.status == status).count();
        let dossiers_note = words.f(
            "desk-dossiers-note",
            &[
                ("funded", count(crate::dossier::Status::Funded).into()),
                ("pipeline", count(crate::dossier::Status::Pipeline).into()),
            ],
        );
        let workspace = self.info()?;
        let setup = if workspace.demo {
            Vec::new()
        } else {
            let roster = !self.rosters()?.is_empty();
            let seat = self.identity()?.seat.is_some();
            let files = !dossiers.is_empty() && any_meeting;
            let make = |step: &'static str, done: bool| SetupStep {
                step,
                title: words.t(&format!("desk-setup-{step}")),
                detail: words.attr(&format!("desk-setup-{step}"), "detail", &[]),
                done,
            };
            vec![
                make("enrol", seat),
                make("roster", roster),
                make("files", files),
            ]
        };
        let demo_roles = if workspace.demo {
            self.demo_roles()?
        } else {
            Vec::new()
        };
        let fund = self.fund_overview()?;
        Ok(Dashboard {
            as_of_display: fund.as_of.map(|d| words.long_date(d)),
            statement_as_of_display: fund.statement.as_ref().map(|s| words.long_date(s.as_of)),
            fund,
            setup,
            demo_roles,
            dossiers_note,
            workspace,
            dossiers,
            next_meeting,
            settings: self.settings(),
            areas: self
                .profile
                .areas
                .iter()
                .map(|a| a.in_language(words.lang()))
                .collect(),
            balances: self.balances_in_words(self.fund_balances()?),
        })
    }
}

/// A kind of meeting in `words`' language ("In person").
pub fn meeting_kind_label(words: &Words, kind: crate::meeting::MeetingKind) -> String {
    use crate::meeting::MeetingKind;
    words.t(match kind {
        MeetingKind::InPerson => "desk-meeting-in-person",
        MeetingKind::Virtual => "desk-meeting-virtual",
        MeetingKind::WrittenProcedure => "desk-meeting-written-procedure",
    })
}

/// The workspace's private key: from the keyring, or from the encrypted database.
/// The database key of a new (or restored) workspace and where it is kept: in the
/// keyring with the identity's private key beside it, or derived from a passphrase, with
/// the private key then kept in the encrypted database (returned to be stored there).
pub(crate) fn new_key(
    id: &str,
    identity: &Identity,
    unlock: Unlock<'_>,
    kdf: KdfParams,
) -> Result<(Secret, KeyMode, Option<Secret>), Error> {
    match unlock {
        Unlock::Keyring(keyring) => {
            keyring.set(&workspace::identity_key_account(id), &identity.seed())?;
            let account = workspace::database_key_account(id);
            let key = Secret::random(32);
            keyring.set(&account, &key)?;
            // Read it back: a key that cannot be read back must not guard a database.
            match keyring.get(&account)? {
                Some(stored) if stored.expose() == key.expose() => {}
                _ => {
                    return Err(Error::Keyring(crate::keyring::KeyringError::Failed(
                        "the key written to the keyring could not be read back".into(),
                    )))
                }
            }
            Ok((key, KeyMode::Keyring { account }, None))
        }
        Unlock::Passphrase(passphrase) => {
            if passphrase.expose().chars().count() < secret::MIN_PASSPHRASE_CHARS {
                return Err(Error::PassphraseTooShort(secret::MIN_PASSPHRASE_CHARS));
            }
            let salt = Secret::random(16);
            let key = secret::derive_key(&passphrase, salt.expose(), kdf)?;
            let mode = KeyMode::Passphrase {
                salt: hex::encode(salt.expose()),
                kdf,
            };
            Ok((key, mode, Some(identity.seed())))
        }
    }
}

fn load_identity(
    file: &WorkspaceFile,
    db: &Path,
    store: &Store,
    keyring: Option<&dyn KeyStore>,
) -> Result<Identity, Error> {
    let (public_key, seed) = store
        .identity()?
        .ok_or_else(|| Error::Store(StoreError::Corrupt("the workspace has no identity".into())))?;
    let identity = match (seed, keyring) {
        (Some(seed), _) => Identity::from_seed(&Secret::from_bytes(seed))?,
        (None, Some(keyring)) => {
            let account = workspace::identity_key_account(&file.id);
            let seed = keyring.get(&account)?.ok_or_else(|| Error::KeyMissing {
                keyring: keyring.describe(),
                workspace: file.id.clone(),
                database: db.to_path_buf(),
                account,
            })?;
            Identity::from_seed(&seed)?
        }
        (None, None) => {
            return Err(Error::Store(StoreError::Corrupt(
                "the identity key is in neither the keyring nor the database".into(),
            )))
        }
    };
    if identity.public_hex() != public_key {
        return Err(Error::Store(StoreError::Corrupt(
            "the private key found does not match the workspace's public key".into(),
        )));
    }
    Ok(identity)
}

/// The label shown on everything in the demo workspace.
pub fn demo_label() -> &'static str {
    DEMO_LABEL
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keyring::MemoryKeyring;

    fn cheap() -> CreateOptions {
        CreateOptions {
            content: Content::Demo,
            kdf: KdfParams {
                memory_kib: 1024,
                iterations: 1,
                parallelism: 1,
            },
            ..CreateOptions::default()
        }
    }

    #[test]
    fn demo_workspace_round_trip_through_the_keyring() {
        let dir = tempfile::tempdir().unwrap();
        let keyring = MemoryKeyring::default();
        {
            let desk = Desk::create(dir.path(), Unlock::Keyring(&keyring), cheap()).unwrap();
            assert_eq!(
                desk.fund_overview().unwrap().total_display,
                "USD 57,595,084"
            );
        }
        let desk = Desk::open(dir.path(), Unlock::Keyring(&keyring)).unwrap();
        let dash = desk.dashboard().unwrap();
        assert!(dash.workspace.demo);
        assert_eq!(dash.workspace.label.as_deref(), Some("Demo data"));
        assert_eq!(dash.fund.contributor_count, 22);
        assert!(dash.dossiers.len() >= 8);
        assert_eq!(dash.workspace.key_storage, "keyring");
    }

    /// What the workspace trusts of each dossier version (its hash) is kept when the
    /// version is stored, and equals the hash worked out from the version held; a
    /// workspace from before hashes were kept gets them when it is opened (migration 7),
    /// and read-only, an older one has them worked out again.
    #[test]
    fn each_dossier_version_keeps_the_hash_it_is_trusted_by() {
        let worked_out = |desk: &Desk| -> Vec<(String, u32, String)> {
            let versions = desk.store.all_dossier_versions().unwrap();
            versions
                .into_iter()
                .map(|(id, version, json)| {
                    let d: crate::dossier::Dossier = serde_json::from_str(&json).unwrap();
                    (id, version, crate::sync::dossier_hash(&d))
                })
                .collect()
        };
        let dir = tempfile::tempdir().unwrap();
        let keyring = MemoryKeyring::default();
        {
            let desk = Desk::create(dir.path(), Unlock::Keyring(&keyring), cheap()).unwrap();
            let kept = desk.store.dossier_version_hashes().unwrap();
            assert!(kept.len() >= 8);
            assert_eq!(kept, worked_out(&desk));
            // As a workspace of schema 6 was: no hashes kept.
            desk.store
                .tamper_for_tests(
                    "DROP INDEX dossier_hashes; ALTER TABLE dossiers DROP COLUMN hash; PRAGMA user_version = 6;",
                )
                .unwrap();
            assert_eq!(
                desk.store.dossier_version_hashes().unwrap(),
                worked_out(&desk)
            );
        }
        let desk = Desk::open(dir.path(), Unlock::Keyring(&keyring)).unwrap();
        assert_eq!(
            desk.store.schema_version().unwrap(),
            crate::store::SCHEMA_VERSION
        );
        let kept = desk.store.dossier_version_hashes().unwrap();
        assert_eq!(kept, worked_out(&desk));
        desk.store
            .tamper_for_tests("UPDATE dossiers SET json = '{}';")
            .unwrap();
        // Read from the column, not worked out: the JSON no longer reads as a dossier.
        assert_eq!(desk.store.dossier_version_hashes().unwrap(), kept);
    }

    #[test]
    fn start_creates_the_demo_once_then_opens_it() {
        let dir = tempfile::tempdir().unwrap();
        let keyring = MemoryKeyring::default();
        let Startup::Opened(desk) = Desk::start(dir.path(), Ok(&keyring), Content::Demo).unwrap()
        else {
            panic!("expected the demo to open");
        };
        let id = desk.info().unwrap().id;
        drop(desk);
        let Startup::Opened(again) = Desk::start(dir.path(), Ok(&keyring), Content::Demo).unwrap()
        else {
            panic!("expected the workspace to reopen");
        };
        assert_eq!(again.info().unwrap().id, id);
    }

    #[test]
    fn start_without_a_keyring_asks_for_a_passphrase_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let no_keyring = Err(crate::keyring::KeyringError::Unavailable("no bus".into()));
        match Desk::start(dir.path(), no_keyring.clone(), Content::Demo).unwrap() {
            Startup::NeedsNewPassphrase { reason } => {
                assert!(reason.contains("No password store"), "{reason}")
            }
            _ => panic!("expected a request for a new passphrase"),
        }
        assert!(!Desk::exists(dir.path()));
        let pass = Passphrase::new("a long enough passphrase".into());
        Desk::create(dir.path(), Unlock::Passphrase(pass), cheap()).unwrap();
        assert!(matches!(
            Desk::start(dir.path(), no_keyring.clone(), Content::Demo),
            Ok(Startup::NeedsPassphrase)
        ));
    }

    #[test]
    fn start_on_a_keyring_workspace_without_keyring_is_an_error_not_a_new_database() {
        let dir = tempfile::tempdir().unwrap();
        let keyring = MemoryKeyring::default();
        Desk::create(dir.path(), Unlock::Keyring(&keyring), cheap()).unwrap();
        let no_keyring = Err(crate::keyring::KeyringError::Unavailable("no bus".into()));
        let err = Desk::start(dir.path(), no_keyring, Content::Demo)
            .err()
            .unwrap();
        assert_eq!(err.code(), "keyring_unavailable");
    }

    #[test]
    fn never_creates_over_an_existing_workspace() {
        let dir = tempfile::tempdir().unwrap();
        let keyring = MemoryKeyring::default();
        Desk::create(dir.path(), Unlock::Keyring(&keyring), cheap()).unwrap();
        let err = Desk::create(dir.path(), Unlock::Keyring(&keyring), cheap()).unwrap_err();
        assert_eq!(err.code(), "workspace_exists");
    }

    #[test]
    fn a_lost_keyring_entry_is_reported_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let first = MemoryKeyring::default();
        Desk::create(dir.path(), Unlock::Keyring(&first), cheap()).unwrap();
        let db_before = std::fs::read(workspace::database_path(dir.path())).unwrap();
        let empty = MemoryKeyring::default();
        let err = Desk::open(dir.path(), Unlock::Keyring(&empty)).unwrap_err();
        assert_eq!(err.code(), "key_missing");
        assert!(
            err.to_string().contains("will not create a new database"),
            "{err}"
        );
        assert_eq!(
            std::fs::read(workspace::database_path(dir.path())).unwrap(),
            db_before
        );
    }

    #[test]
    fn passphrase_workspaces_refuse_a_wrong_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let pass = || Passphrase::new("a long enough passphrase".into());
        Desk::create(dir.path(), Unlock::Passphrase(pass()), cheap()).unwrap();
        let err = Desk::open(
            dir.path(),
            Unlock::Passphrase(Passphrase::new("not the passphrase".into())),
        )
        .unwrap_err();
        assert_eq!(err.code(), "wrong_passphrase");
        let desk = Desk::open(dir.path(), Unlock::Passphrase(pass())).unwrap();
        assert_eq!(desk.info().unwrap().key_storage, "passphrase");
        let keyring = MemoryKeyring::default();
        let err = Desk::open(dir.path(), Unlock::Keyring(&keyring)).unwrap_err();
        assert_eq!(err.code(), "passphrase_required");
    }

    #[test]
    fn short_passphrases_are_refused_before_anything_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let ws = dir.path().join("ws");
        let err = Desk::create(
            &ws,
            Unlock::Passphrase(Passphrase::new("short".into())),
            cheap(),
        )
        .unwrap_err();
        assert_eq!(err.code(), "passphrase_too_short");
        assert!(!Desk::exists(&ws));
    }

    /// The views the library writes for the window, in one language: the dashboard, the
    /// dossier list, every dossier page, a comparison and the review's progress.
    fn views(desk: &Desk) -> (Dashboard, serde_json::Value) {
        let dash = desk.dashboard().unwrap();
        let ids: Vec<String> = dash.dossiers.iter().map(|d| d.id.clone()).collect();
        let pages: Vec<_> = ids
            .iter()
            .map(|id| desk.dossier_page(id).unwrap())
            .collect();
        let all = serde_json::json!({
            "dashboard": dash,
            "pages": pages,
            "comparison": desk.compare(&ids[..2]).unwrap(),
            "progress": desk.review_progress().unwrap(),
        });
        (dash, all)
    }

    /// A view built in French and in Spanish has the catalogue's and the profile's words,
    /// and none of the English messages they replace; English is what it always was.
    #[test]
    fn views_speak_the_workspace_language() {
        let dir = tempfile::tempdir().unwrap();
        let keyring = MemoryKeyring::default();
        let mut desk = Desk::create(dir.path(), Unlock::Keyring(&keyring), cheap()).unwrap();

        let (en, en_all) = views(&desk);
        let setting =
            |d: &Dashboard, n: usize| (d.settings[n].name.clone(), d.settings[n].value.clone());
        assert_eq!(
            setting(&en, 0),
            ("Quorum (members present)".into(), "7".into())
        );
        assert_eq!(
            setting(&en, 2),
            (
                "Budget ceiling per programme".into(),
                "USD 3,000,000".into()
            )
        );
        assert_eq!(
            setting(&en, 3),
            ("Duration (months)".into(), "12–36".into())
        );
        assert_eq!(
            setting(&en, 4),
            ("Target share per thematic area".into(), "20%".into())
        );
        assert!(en.settings[0]
            .note
            .starts_with("Default: a majority of the 12 seats."));
        assert!(
            en.dossiers_note.ends_with(" in the pipeline"),
            "{}",
            en.dossiers_note
        );
        assert!(
            en.dossiers_note.contains(" funded · "),
            "{}",
            en.dossiers_note
        );
        assert_eq!(en.fund.earmarks[0].label, "Un-earmarked");
        assert_eq!(en.fund.earmarks[1].label, "Thematic area 1");
        assert_eq!(en.fund.total_display, "USD 57,595,084");
        assert_eq!(
            en.areas[4].name,
            "Improving the social inclusion and integration of migrants"
        );
        assert_eq!(en.areas[4].short, "Inclusion and integration");
        assert_eq!(en.balances.areas[4].name, en.areas[4].name);
        let en_text = en_all.to_string();
        for english in [
            "\"principle\":\"people-centred\"",
            "\"area\":\"Area ",
            " dossiers on the agenda reviewed\"",
            "\"name\":\"Gender marker\"",
            "\"label\":\"Significant contribution\"",
            "\"title\":\"Fair and ethical recruitment and decent work\"",
            "\"described\":\"Text, ",
        ] {
            assert!(en_text.contains(english), "English lost {english}");
        }
        assert!(
            !en_text.contains("\"fr\":"),
            "translations leak into the views"
        );

        let funded = |d: &Dashboard| {
            d.dossiers
                .iter()
                .find(|r| r.status == crate::dossier::Status::Funded)
                .map(|r| r.status_label.clone())
        };
        assert_eq!(funded(&en).as_deref(), Some("Funded"));
        // What each language must show, and the English it must not.
        let cases = [
            (
                Lang::Fr,
                vec![
                    "Quorum (membres présents)",
                    "Valeur par défaut\u{a0}: la majorité des 12 sièges.",
                    "20\u{202f}%",
                    "3\u{202f}000\u{202f}000\u{a0}USD",
                    " en réserve",
                    "Sans préaffectation",
                    "Domaine thématique 1",
                    "Améliorer l’inclusion sociale et l’intégration des migrants",
                    "Inclusion et intégration",
                    "priorité à la dimension humaine",
                    "Marqueur de l’égalité des sexes",
                    "Contribution significative",
                    "Dossiers inscrits à l’ordre du jour examinés",
                    "\"area\":\"Domaine ",
                    "Texte, ",
                ],
                "Financé",
            ),
            (
                Lang::Es,
                vec![
                    "Quórum (miembros presentes)",
                    "Valor por defecto: la mayoría de los 12 puestos.",
                    "20\u{a0}%",
                    "3.000.000\u{a0}USD",
                    " en cartera",
                    "Sin asignación específica",
                    "Área temática 1",
                    "Mejorar la inclusión social y la integración de los migrantes",
                    "Inclusión e integración",
                    "cooperación internacional",
                    "Marcador de igualdad de género",
                    "Contribución significativa",
                    "Expedientes del orden del día examinados",
                    "\"area\":\"Área ",
                    "Texto, ",
                ],
                "Financiado",
            ),
        ];
        let moved = [
            "Quorum (members present)",
            "Budget ceiling per programme",
            "Default: a majority",
            "USD 3,000,000",
            " in the pipeline",
            "Un-earmarked",
            "Thematic area",
            "Improving the social inclusion",
            "Inclusion and integration",
            "\"principle\":\"people-centred\"",
            "Gender marker",
            "Significant contribution",
            "dossiers on the agenda reviewed",
            "\"area\":\"Area ",
            "Text, ",
            "has no score",
            "participating UN organisation(s)",
            "Fair and ethical recruitment",
        ];
        for (lang, expected, funded_label) in cases {
            desk.set_language(lang).unwrap();
            let (view, all) = views(&desk);
            let text = all.to_string();
            for words in &expected {
                assert!(text.contains(words), "{lang}: no {words:?}");
            }
            for english in moved {
                assert!(!text.contains(english), "{lang}: still {english:?}");
            }
            assert_eq!(funded(&view).as_deref(), Some(funded_label));
            // The same flags, each in the language.
            let flags = |all: &serde_json::Value| -> Vec<(String, String)> {
                all["pages"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .flat_map(|p| p["flags"].as_array().unwrap().clone())
                    .map(|f| (f["code"].to_string(), f["message"].to_string()))
                    .collect()
            };
            let (here, english) = (flags(&all), flags(&en_all));
            assert!(!english.is_empty(), "the demo has flags to translate");
            assert_eq!(here.len(), english.len());
            for ((code, message), (en_code, en_message)) in here.iter().zip(&english) {
                assert_eq!(code, en_code);
                assert_ne!(message, en_message, "{lang}: {code} is in English");
            }
        }
        desk.set_language(Lang::En).unwrap();
        assert_eq!(
            views(&desk).1,
            en_all,
            "English changed after a round of languages"
        );
    }

    /// A new, empty workspace in `dir`, its key in an in-memory keyring.
    fn empty(dir: &Path) -> Desk {
        let options = CreateOptions {
            content: Content::Empty,
            ..cheap()
        };
        Desk::create(dir, Unlock::Keyring(&MemoryKeyring::default()), options).unwrap()
    }

    #[test]
    fn the_first_steps_are_in_the_workspace_language() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = empty(dir.path());
        let titles = |desk: &Desk| -> Vec<String> {
            desk.dashboard()
                .unwrap()
                .setup
                .into_iter()
                .map(|s| s.title)
                .collect()
        };
        assert_eq!(
            titles(&desk),
            [
                "Send your enrolment to the FMU",
                "Confirm the FMU's fingerprint and pin the roster",
                "Import the dossier package and the meeting",
            ]
        );
        assert_eq!(
            desk.dashboard().unwrap().setup[1].detail,
            "When the roster file arrives, compare its fingerprint with the FMU by phone or in person, then pin it: every later file is checked against it."
        );
        desk.set_language(Lang::Fr).unwrap();
        assert_eq!(titles(&desk)[0], "Envoyez votre inscription à l’UGF");
        desk.set_language(Lang::Es).unwrap();
        assert_eq!(titles(&desk)[0], "Envíe su inscripción a la UGF");
        assert!(desk.dashboard().unwrap().setup[2]
            .detail
            .contains("archivos firmados"));
    }

    /// The command line speaks its own language in a workspace set to another, and
    /// leaves the workspace's as it was.
    #[test]
    fn a_run_can_speak_another_language_than_the_workspace() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = empty(dir.path());
        desk.set_language(Lang::Fr).unwrap();
        desk.speak(Lang::En);
        assert_eq!(
            desk.dashboard().unwrap().setup[0].title,
            "Send your enrolment to the FMU"
        );
        assert_eq!(
            desk.typed_amount("1,754,800.50").unwrap(),
            rust_decimal::Decimal::new(175_480_050, 2)
        );
        assert!(desk.typed_amount("1 754 800,50").is_err());
        assert_eq!(desk.language(), Some(Lang::Fr));
        desk.speak(Lang::Fr);
        assert_eq!(
            desk.typed_amount("1 754 800,50").unwrap(),
            rust_decimal::Decimal::new(175_480_050, 2)
        );
    }

    #[test]
    fn workspace_file_never_holds_the_key() {
        let dir = tempfile::tempdir().unwrap();
        let keyring = MemoryKeyring::default();
        let desk = Desk::create(dir.path(), Unlock::Keyring(&keyring), cheap()).unwrap();
        let account = workspace::database_key_account(&desk.info().unwrap().id);
        let key = keyring.get(&account).unwrap().unwrap();
        let text = std::fs::read_to_string(dir.path().join(workspace::WORKSPACE_FILE)).unwrap();
        assert!(!text.contains(&hex::encode(key.expose())));
    }
}
