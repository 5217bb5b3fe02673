//! `scdesk`: the command line over the same `Desk` API as the app. Raw flags are parsed
//! by clap, turned into typed requests, and every error ends the run with one line that
//! says what to do next and a non-zero exit code.

use anyhow::{anyhow, Context};
use clap::{Parser, Subcommand};
use scdesk::verify::Against;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use scdesk::desk::{Content, CreateOptions, Desk, Unlock};
use scdesk::exchange::Outcome;
use scdesk::keyring::{OsKeyring, DEFAULT_TIMEOUT};
use scdesk::lang::{Arg, Lang, Words};
use scdesk::review::DossierQuery;
use scdesk::secret::Passphrase;
use scdesk::sync::{Kind, Stance};
use scdesk::workspace::{self, KeyMode};

/// Prints a line to standard output; once the reader has gone (`scdesk … | head -1`),
/// prints no more, quietly, instead of panicking.
macro_rules! say {
    () => { emit(format_args!("")) };
    ($($arg:tt)*) => { emit(format_args!($($arg)*)) };
}

/// Set once the reader of standard output has gone: the command still does all its work
/// (and exits as it would), it only stops printing.
static READER_GONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn emit(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    use std::sync::atomic::Ordering;
    if READER_GONE.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{line}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            READER_GONE.store(true, Ordering::Relaxed);
            return;
        }
        eprintln!(
            "scdesk: {}",
            words().f("cli-output-failed", &[("reason", io_reason(&e).into())])
        );
        std::process::exit(1);
    }
}

#[derive(Parser)]
#[command(
    name = "scdesk",
    version,
    about = "SC Desk: the Steering Committee's desk for a UN pooled fund"
)]
struct Cli {
    /// The workspace folder (default: the platform's data folder).
    #[arg(long, global = true, env = "SCDESK_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Read the workspace passphrase from this file (first line) instead of asking.
    #[arg(long, global = true)]
    passphrase_file: Option<PathBuf>,
    /// The language of what the command says and of the records printed: en, fr or es
    /// (default: English, whatever the system's language, so that scripts and auditors
    /// get the same output everywhere).
    #[arg(long, global = true, env = "SCDESK_LANG")]
    lang: Option<scdesk::lang::Lang>,
    #[command(subcommand)]
    command: Command,
}

/// The kinds of file `scdesk sign` signs from a payload written by hand.
#[derive(Clone, Copy, clap::ValueEnum)]
enum SignKind {
    Roster,
    Meeting,
    DossierPackage,
    Decision,
}

impl SignKind {
    fn kind(self) -> Kind {
        match self {
            SignKind::Roster => Kind::Roster,
            SignKind::Meeting => Kind::Meeting,
            SignKind::DossierPackage => Kind::DossierPackage,
            SignKind::Decision => Kind::Decision,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Create a new, empty workspace (the Fund's profile, no data yet).
    Init(CreateArgs),
    /// Create a new workspace holding the demo data.
    Demo(CreateArgs),
    /// The fund overview: contributions by contributor, the total, earmarks by area.
    Fund(JsonArg),
    /// The workspace: its id, folder, how its key is kept.
    Workspace(JsonArg),
    /// Save the whole workspace (database, signing key, notes, marks and history) as one
    /// file sealed under a backup passphrase (SCDESK_BACKUP_PASSPHRASE, or typed twice).
    Backup(BackupArgs),
    /// Restore a workspace backup into the data folder (new or empty), with its key in
    /// the OS keyring, or behind a passphrase with --passphrase.
    Restore(RestoreArgs),
    /// Joint Programme dossiers.
    #[command(subcommand)]
    Dossier(DossierCommand),
    /// This workspace's signing key: show it, enrol it, back it up, restore it.
    #[command(subcommand)]
    Identity(IdentityCommand),
    /// The committee's roster, as signed by the FMU.
    #[command(subcommand)]
    Roster(RosterCommand),
    /// Import signed files (rosters, meetings, dossier packages, positions, decisions,
    /// bundles): one line per file; exits non-zero if any was rejected.
    Import(ImportArgs),
    /// Export a signed file.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Record your position on an agenda item (a draft until exported).
    #[command(subcommand)]
    Position(PositionCommand),
    /// Meetings: list, show the tally, attendance, the written procedure.
    #[command(subcommand)]
    Meeting(MeetingCommand),
    /// Record the chair's decision on an agenda item.
    Decide(DecideArgs),
    /// The signed decision record as a PDF.
    #[command(subcommand)]
    Record(RecordCommand),
    /// Write the public register of decisions (a static website made from the signed
    /// files, with a verifier anyone can run) into a new folder.
    Publish(PublishArgs),
    /// The fund's ledger: contributions, fee, allocations, available per area.
    #[command(subcommand)]
    Ledger(LedgerCommand),
    /// The audit trail.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Sign a payload (FMU and chair): KIND is roster, meeting, dossier-package or decision.
    Sign(SignArgs),
    /// Verify a signed file: against this workspace's roster, or without a workspace
    /// against a key (--key) or a roster file (--roster with --fingerprint).
    Verify(VerifyArgs),
}

#[derive(clap::Args)]
struct ImportArgs {
    files: Vec<PathBuf>,
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
struct DecideArgs {
    #[arg(long)]
    meeting: String,
    #[arg(long)]
    item: u32,
    /// approved, approved_with_conditions, deferred or not_approved.
    #[arg(long)]
    outcome: scdesk::sync::Outcome,
    #[arg(long)]
    conditions: Option<String>,
    /// The amount approved, e.g. `1,754,800 USD`.
    #[arg(long)]
    amount: Option<String>,
    /// pool, or area:N for an area's earmarked balance.
    #[arg(long, default_value = "pool")]
    source: scdesk::ledger::Source,
    /// Why the outcome departs from the tally (required then; it goes into the record).
    #[arg(long = "override")]
    override_reason: Option<String>,
    /// Correct a signed decision: why (it is signed into the corrected record). The
    /// item's new decision and the others are signed as the next revision of the
    /// decision file, written to --out for the members.
    #[arg(long, requires = "out")]
    correct: Option<String>,
    /// Where to write the corrected decision file (with --correct).
    #[arg(long)]
    out: Option<PathBuf>,
}

#[derive(clap::Args)]
struct SignArgs {
    #[arg(value_enum)]
    kind: SignKind,
    payload: PathBuf,
    #[arg(long)]
    out: PathBuf,
}

#[derive(clap::Args)]
struct VerifyArgs {
    file: PathBuf,
    /// Recount the decision FILE from these position files and compare with the
    /// signed tally (uses this workspace's roster and meetings).
    #[arg(long, num_args = 1..)]
    recount: Vec<PathBuf>,
    /// The signer's Ed25519 public key, 64 hex digits.
    #[arg(long, conflicts_with = "roster")]
    key: Option<String>,
    /// A roster file whose FMU fingerprint you confirmed.
    #[arg(long, requires = "fingerprint")]
    roster: Option<PathBuf>,
    #[arg(long)]
    fingerprint: Option<String>,
}

#[derive(Subcommand)]
enum IdentityCommand {
    /// Show the fingerprint (read it aloud to confirm it) and the seat it holds.
    Show(JsonArg),
    /// Write the self-signed enrolment file to send to the FMU.
    Export {
        #[arg(long)]
        name: String,
        #[arg(long)]
        organisation: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the private key encrypted under a backup passphrase
    /// (SCDESK_BACKUP_PASSPHRASE, or typed when asked).
    Backup {
        #[arg(long)]
        out: PathBuf,
    },
    /// Replace this workspace's key with one from a backup.
    Restore { backup: PathBuf },
}

#[derive(Subcommand)]
enum RosterCommand {
    /// Pin the first roster. Without --fingerprint, shows whose key signed it so you can
    /// confirm that fingerprint with the FMU out of band.
    Pin {
        file: PathBuf,
        #[arg(long)]
        fingerprint: Option<String>,
    },
    /// The current roster's seats.
    Show(JsonArg),
}

#[derive(Subcommand)]
enum MeetingCommand {
    /// Meetings with their id, kind, date and status.
    List(JsonArg),
    /// Who answered, the quorum, the tally of each item, the decisions, the funds.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Record a seat's attendance: present, absent or represented.
    Attend {
        id: String,
        #[arg(long)]
        seat: String,
        #[arg(long)]
        status: scdesk::meeting::Attendance,
    },
    /// Save the meeting's signed files (meeting, positions, decisions) into a folder.
    Files {
        id: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Create a meeting (chair or FMU) and write its signed meeting file for the members.
    /// The agenda lists the funding items (--fund, in order) and then the other items
    /// (--other, in order).
    New {
        /// Lowercase letters, digits and dashes, e.g. sc-2027-01.
        #[arg(long)]
        id: String,
        #[arg(long)]
        title: String,
        /// in-person, virtual or written-procedure.
        #[arg(long)]
        kind: scdesk::meeting::MeetingKind,
        /// When it starts: `2027-01-20 15:00` in your local time, or RFC 3339.
        #[arg(long)]
        at: String,
        #[arg(long)]
        place: String,
        /// A dossier to decide funding on (its text defaults to the dossier's title).
        #[arg(long = "fund", value_name = "DOSSIER")]
        fund: Vec<String>,
        /// Another decision, by its text.
        #[arg(long = "other", value_name = "TEXT")]
        other: Vec<String>,
        /// Publish a new revision of an existing meeting: its items stay, new ones follow.
        #[arg(long)]
        revise: bool,
        /// The meeting already took place: enter it as a record of the past (its file says
        /// so). Without it, a new meeting must start in the future.
        #[arg(long)]
        history: bool,
        #[arg(long)]
        out: PathBuf,
    },
    /// Open the written (no-objection) procedure with a deadline (RFC 3339, UTC).
    Written {
        id: String,
        #[arg(long)]
        deadline: chrono::DateTime<chrono::Utc>,
    },
}

#[derive(Subcommand)]
enum LedgerCommand {
    /// Balances: committed, deposited, fee, allocated, available per area.
    Show(JsonArg),
    /// Record a contribution.
    Contribute {
        #[arg(long)]
        contributor: String,
        /// Deposited, e.g. `500,000 USD`.
        #[arg(long)]
        deposited: String,
        /// Committed, when it differs from what was deposited.
        #[arg(long)]
        committed: Option<String>,
        #[arg(long)]
        earmark_area: Option<u32>,
        #[arg(long)]
        date: chrono::NaiveDate,
    },
    /// Sign the contributions held as the next contribution statement (the FMU), for
    /// every workspace's ledger to follow.
    Statement {
        /// The date the figures are as of (the Administrative Agent's report).
        #[arg(long)]
        as_of: chrono::NaiveDate,
        #[arg(long)]
        out: PathBuf,
    },
    /// Record a transfer against a decided allocation.
    Transfer {
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        item: u32,
        #[arg(long)]
        amount: String,
    },
}

#[derive(Subcommand)]
enum RecordCommand {
    /// Write the decision record of a meeting (all its decisions) as a PDF.
    Pdf {
        /// One meeting's record (all its decisions).
        #[arg(long, required_unless_present = "year", conflicts_with = "year")]
        meeting: Option<String>,
        /// Every decided meeting of a year, in one PDF.
        #[arg(long)]
        year: Option<i32>,
        #[arg(long)]
        out: PathBuf,
        /// a4 (default) or letter.
        #[arg(long, default_value = "a4")]
        paper: scdesk::pdf::Paper,
    },
}

#[derive(clap::Args)]
struct PublishArgs {
    /// The folder to write (new or empty).
    #[arg(long)]
    out: PathBuf,
    /// The first meeting date to include (YYYY-MM-DD).
    #[arg(long)]
    from: Option<chrono::NaiveDate>,
    /// The last meeting date to include (YYYY-MM-DD).
    #[arg(long)]
    to: Option<chrono::NaiveDate>,
    /// The IATI organisation identifier the Fund reports under (e.g. XM-DAC-41114): adds
    /// iati-activities.xml, the funded programmes in the IATI Standard 2.03.
    #[arg(long, value_name = "IDENTIFIER")]
    iati_organisation: Option<String>,
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the hash chain; names the first broken link.
    Verify,
    /// The log.
    Log(JsonArg),
}

#[derive(Subcommand)]
enum ExportCommand {
    /// The chair's signed decision file for a meeting.
    Decisions {
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Your signed position file for a meeting (the next sequence number).
    Positions {
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum PositionCommand {
    /// Set your position on one item.
    Set {
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        item: u32,
        #[arg(long, group = "stance")]
        join: bool,
        /// Object, with the reason.
        #[arg(long, group = "stance", value_name = "REASON")]
        object: Option<String>,
        #[arg(long, group = "stance")]
        abstain: bool,
        /// Recuse, with the reason (a conflict of interest).
        #[arg(long, group = "stance", value_name = "REASON")]
        recuse: Option<String>,
    },
}

#[derive(clap::Args)]
struct CreateArgs {
    /// Protect the database with a passphrase instead of a key in the OS keyring.
    #[arg(long)]
    passphrase: bool,
}

#[derive(clap::Args)]
struct BackupArgs {
    /// Where to write the backup.
    #[arg(long)]
    out: PathBuf,
}

#[derive(clap::Args)]
struct RestoreArgs {
    /// The backup file.
    file: PathBuf,
    /// Protect the restored database with a passphrase instead of a key in the OS keyring.
    #[arg(long)]
    passphrase: bool,
}

#[derive(clap::Args)]
struct JsonArg {
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
enum DossierCommand {
    /// List the newest version of every dossier, filtered and sorted.
    List {
        #[arg(long)]
        area: Option<u32>,
        /// concept_note, pipeline, recommended, funded, not_approved or closed.
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        region: Option<String>,
        /// Only those reviewed (the newest version).
        #[arg(long, conflicts_with = "unreviewed")]
        reviewed: bool,
        #[arg(long)]
        unreviewed: bool,
        /// Only those with questions flagged for the meeting.
        #[arg(long)]
        flagged: bool,
        /// Only those on the next meeting's agenda.
        #[arg(long)]
        agenda: bool,
        /// reference (default), title, budget, area or status.
        #[arg(long)]
        sort: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// One dossier: summary, budget, markers, objectives, review, your notes.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Find dossiers by words in titles, summaries, reviews and your notes.
    Search {
        words: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Mark the newest version reviewed (or --undo).
    Review {
        id: String,
        #[arg(long)]
        undo: bool,
    },
    /// Set your private note on a dossier (never exported); no text shows it.
    Note { id: String, text: Option<String> },
    /// Flag a question for the meeting.
    Question { id: String, text: String },
    /// Declare a conflict of interest (or --withdraw it).
    Conflict {
        id: String,
        #[arg(long, required_unless_present = "withdraw")]
        reason: Option<String>,
        #[arg(long)]
        withdraw: bool,
    },
    /// Dossiers side by side: budget, area, markers, countries, duration.
    Compare {
        ids: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Progress toward the next meeting.
    Progress(JsonArg),
    /// Write a dossier's document to a file.
    Document {
        id: String,
        name: String,
        #[arg(long)]
        out: PathBuf,
    },
}

fn main() {
    let cli = Cli::parse();
    let lang = cli.lang.unwrap_or(Lang::En);
    if let Err(e) = run(cli) {
        let said = match lang {
            Lang::En => sentence(&e),
            _ => sentence_in(&e, &Words::new(lang)),
        };
        eprintln!("scdesk: {}", scdesk::untrusted::one_line(&said));
        std::process::exit(1);
    }
}

/// The error as the user reads it: the context added here, down to the library's own
/// sentence, and not the technical causes beneath that sentence.
fn sentence(e: &anyhow::Error) -> String {
    let mut parts = Vec::new();
    for cause in e.chain() {
        parts.push(cause.to_string());
        if cause.downcast_ref::<scdesk::Error>().is_some() {
            break;
        }
    }
    parts.join(": ")
}

/// The same in another language: the context added here comes from the catalogue
/// already, the library's sentence and a failed file operation's reason are said again
/// in `words`' language; anything else (another crate's error) stays as it is.
fn sentence_in(e: &anyhow::Error, words: &Words) -> String {
    let mut parts = Vec::new();
    for cause in e.chain() {
        if let Some(lib) = cause.downcast_ref::<scdesk::Error>() {
            parts.push(lib.for_people_in(words).message);
            break;
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            parts.push(scdesk::error::io_in(words, io));
            break;
        }
        parts.push(cause.to_string());
    }
    let mut parts = parts.into_iter().rev();
    let last = parts.next().unwrap_or_default();
    parts.fold(last, |cause, context| {
        words.f(
            "cli-error-join",
            &[("context", context.into()), ("cause", cause.into())],
        )
    })
}

/// Why a file operation failed, in this run's language (`incoming::io_words` in English).
fn io_reason(e: &std::io::Error) -> String {
    scdesk::error::io_in(&words(), e)
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let lang = cli.lang.unwrap_or(Lang::En);
    let _ = LANG.set(lang);
    let dir = match cli.data_dir {
        Some(dir) => dir,
        None => workspace::default_dir().ok_or_else(|| {
            anyhow!(words().f("cli-no-data-dir", &[("option", "--data-dir DIR".into())]))
        })?,
    };
    let passphrase_file = cli.passphrase_file.as_deref();
    match cli.command {
        Command::Init(args) => create(&dir, args, Content::Empty, passphrase_file),
        Command::Demo(args) => create(&dir, args, Content::Demo, passphrase_file),
        Command::Fund(args) => fund(&dir, passphrase_file, args),
        Command::Workspace(args) => workspace_info(&dir, passphrase_file, args),
        Command::Backup(args) => backup(&dir, passphrase_file, args),
        Command::Restore(args) => restore(&dir, passphrase_file, args),
        Command::Identity(cmd) => identity(&dir, passphrase_file, cmd),
        Command::Roster(cmd) => roster(&dir, passphrase_file, cmd),
        Command::Import(args) => import(&dir, passphrase_file, args),
        Command::Export(cmd) => export(&dir, passphrase_file, cmd),
        Command::Meeting(cmd) => meeting(&dir, passphrase_file, cmd),
        Command::Decide(args) => decide(&dir, passphrase_file, args),
        Command::Ledger(cmd) => ledger(&dir, passphrase_file, cmd),
        Command::Record(cmd) => record(&dir, passphrase_file, lang, cmd),
        Command::Publish(args) => publish(&dir, passphrase_file, args),
        Command::Audit(cmd) => audit(&dir, passphrase_file, cmd),
        Command::Position(cmd) => position(&dir, passphrase_file, cmd),
        Command::Sign(args) => sign(&dir, passphrase_file, args),
        Command::Verify(args) => verify(&dir, passphrase_file, args),
        Command::Dossier(cmd) => dossier(&dir, passphrase_file, cmd),
    }
}

fn publish(dir: &Path, passphrase_file: Option<&Path>, args: PublishArgs) -> anyhow::Result<()> {
    let desk = open(dir, passphrase_file)?;
    let site = desk.register(args.from, args.to, args.iati_organisation.as_deref())?;
    scdesk::publish::write_site(&site, &args.out)?;
    let w = words();
    say!(
        "{}",
        w.f(
            "cli-publish-written",
            &[
                ("decisions", site.decisions.into()),
                ("meetings", site.meetings.into()),
                ("path", shown(&args.out)),
            ],
        )
    );
    for line in &site.left_out {
        say!("{}", w.f("cli-publish-left-out", &[("what", line.into())]));
    }
    say!(
        "{}",
        w.f(
            "cli-publish-check",
            &[
                ("command", "python3 verify.py".into()),
                ("file", "VERIFY.md".into()),
            ],
        )
    );
    Ok(())
}

fn fund(dir: &Path, passphrase_file: Option<&Path>, args: JsonArg) -> anyhow::Result<()> {
    let desk = open(dir, passphrase_file)?;
    let o = desk.fund_overview()?;
    if args.json {
        return print_json(&o);
    }
    print_demo_label(&desk)?;
    let w = words();
    say!("{}", o.fund);
    match o.as_of {
        Some(date) => say!(
            "{}\n",
            w.f("cli-fund-as-of", &[("date", date.to_string().into())])
        ),
        None => say!("{}\n", w.t("cli-fund-none")),
    }
    let total = w.t("cli-total");
    let width = o
        .contributions
        .iter()
        .map(|r| r.contributor.chars().count())
        .max()
        .unwrap_or(0)
        .max(total.chars().count());
    for r in &o.contributions {
        let earmark = r
            .earmark_area
            .map(|a| {
                let area = a.to_string().into();
                format!("  {}", w.f("cli-fund-earmarked", &[("area", area)]))
            })
            .unwrap_or_default();
        say!(
            "  {:<width$}  {:>18}  {:>6}{earmark}",
            r.contributor,
            r.amount_display,
            percent(r.share_percent)
        );
    }
    say!(
        "  {:<width$}  {:>18}  {}",
        total,
        o.total_display,
        w.f(
            "cli-fund-contributors",
            &[("count", o.contributor_count.into())]
        )
    );
    say!("\n{}", w.t("cli-fund-by-earmark"));
    for e in &o.earmarks {
        say!("  {:<20} {:>18}", e.label, e.amount_display);
    }
    say!(
        "\n{}",
        w.f(
            "cli-fund-fee",
            &[
                ("agent", o.administrative_agent.as_str().into()),
                (
                    "percent",
                    percent(o.administrative_agent_fee_percent).into()
                ),
                ("fee", o.administrative_agent_fee_display.as_str().into()),
            ],
        )
    );
    Ok(())
}

fn workspace_info(dir: &Path, passphrase_file: Option<&Path>, args: JsonArg) -> anyhow::Result<()> {
    let desk = open(dir, passphrase_file)?;
    let info = desk.info()?;
    if args.json {
        return print_json(&info);
    }
    let w = words();
    say!(
        "{}",
        w.f("cli-workspace", &[("id", info.id.as_str().into())])
    );
    say!(
        "  {}",
        w.f("cli-workspace-folder", &[("path", shown(&info.dir))])
    );
    say!(
        "  {}",
        w.f(
            "cli-workspace-key",
            &[("storage", key_storage(info.key_storage).into())]
        )
    );
    say!(
        "  {}",
        w.f(
            "cli-workspace-schema",
            &[("version", info.schema_version.to_string().into())]
        )
    );
    if let Some(label) = info.label {
        let label = label_words(label);
        say!(
            "  {}",
            w.f("cli-workspace-content", &[("label", label.into())])
        );
    }
    Ok(())
}

/// How many bytes of files one commit of `scdesk import` takes at most.
const IMPORT_GROUP_BYTES: usize = 64 << 20;

fn import(
    dir: &Path,
    passphrase_file: Option<&Path>,
    ImportArgs { files, json }: ImportArgs,
) -> anyhow::Result<()> {
    let mut desk = open(dir, passphrase_file)?;
    let (mut rejected, mut not_imported) = (0, 0);
    let mut all = Vec::new();
    // One commit for many files, in groups that keep the memory held bounded.
    let mut judged = Vec::new();
    let mut group: Vec<(&PathBuf, Vec<u8>)> = Vec::new();
    type Judged<'p> = Vec<(&'p PathBuf, Vec<scdesk::exchange::ImportResult>)>;
    fn flush<'p>(
        desk: &mut Desk,
        group: &mut Vec<(&'p PathBuf, Vec<u8>)>,
        judged: &mut Judged<'p>,
    ) {
        let given: Vec<&[u8]> = group.iter().map(|(_, b)| b.as_slice()).collect();
        let results = desk.import_files(&given);
        judged.extend(group.drain(..).map(|(f, _)| f).zip(results));
    }
    let mut group_bytes = 0;
    // A file that cannot be read stops the import there, once what came before it landed
    // and is reported.
    let mut unreadable = None;
    for file in &files {
        let bytes = match read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                unreadable = Some(e);
                break;
            }
        };
        if group_bytes + bytes.len() > IMPORT_GROUP_BYTES && !group.is_empty() {
            flush(&mut desk, &mut group, &mut judged);
            group_bytes = 0;
        }
        group_bytes += bytes.len();
        group.push((file, bytes));
    }
    flush(&mut desk, &mut group, &mut judged);
    for (file, results) in judged {
        for r in results {
            match r.outcome {
                Outcome::Rejected => rejected += 1,
                Outcome::NotImported => not_imported += 1,
                _ => {}
            }
            if !json {
                let w = words();
                let outcome = w.f(
                    "cli-import-outcome",
                    &[("outcome", r.outcome.code().into())],
                );
                say!(
                    "{}",
                    w.f(
                        "cli-import-line",
                        &[
                            ("file", shown(file)),
                            ("outcome", outcome.into()),
                            ("message", r.message.as_str().into()),
                        ],
                    )
                );
            }
            all.push(r);
        }
    }
    if json {
        print_json(&all)?;
    }
    if let Some(e) = unreadable {
        return Err(e);
    }
    if not_imported > 0 {
        return Err(anyhow!(
            words().f("cli-import-not-imported", &[("count", not_imported.into())])
        ));
    }
    if rejected > 0 {
        return Err(anyhow!(
            words().f("cli-import-rejected", &[("count", rejected.into())])
        ));
    }
    Ok(())
}

fn decide(
    dir: &Path,
    passphrase_file: Option<&Path>,
    DecideArgs {
        meeting,
        item,
        outcome,
        conditions,
        amount,
        source,
        override_reason,
        correct,
        out,
    }: DecideArgs,
) -> anyhow::Result<()> {
    let mut desk = open(dir, passphrase_file)?;
    let input = scdesk::decision::DecisionInput {
        item,
        outcome,
        conditions,
        funding: amount.map(|amount| scdesk::decision::FundingInput {
            amount,
            source,
            split: vec![],
        }),
        override_reason,
    };
    if let (Some(reason), Some(out)) = (correct, out) {
        let bytes = desk.correct_decisions(&meeting, &[input], &reason, &mut |b| {
            scdesk::atomic::write(&out, b).map_err(|e| scdesk::Error::io(&out, e))
        })?;
        let file: scdesk::sync::DecisionFile =
            serde_json::from_slice(&scdesk::dsse::Envelope::parse(&bytes)?.payload)?;
        say!(
            "{}",
            words().f(
                "cli-decide-corrected",
                &[
                    ("meeting", meeting.as_str().into()),
                    ("revision", file.revision.unwrap_or(1).to_string().into()),
                    ("path", shown(&out)),
                ],
            )
        );
        return Ok(());
    }
    let view = desk.record_decision(&meeting, input)?;
    let it = view
        .items
        .iter()
        .find(|i| i.item == item)
        .expect("recorded");
    let w = words();
    say!(
        "{}",
        w.f(
            "cli-decide-recorded",
            &[
                ("item", item.to_string().into()),
                (
                    "decision",
                    it.decision_label.as_deref().unwrap_or("").into()
                ),
                ("tally", it.tally.explanation.as_str().into()),
            ],
        )
    );
    if let Some(f) = it.decision.as_ref().and_then(|d| d.funding.as_ref()) {
        let source = match f.source {
            scdesk::ledger::Source::Pool => {
                w.f("decision-funding-source", &[("source", "pool".into())])
            }
            scdesk::ledger::Source::Area { area } => w.f(
                "decision-funding-source",
                &[("source", "area".into()), ("area", area.to_string().into())],
            ),
        };
        say!(
            "{}",
            w.f(
                "cli-decide-allocated",
                &[
                    ("currency", desk.profile().currency.as_str().into()),
                    ("amount", f.amount.as_str().into()),
                    ("source", source.into()),
                ],
            )
        );
    }
    for a in &view.funds.areas {
        say!(
            "  {}",
            w.f(
                "cli-area-available",
                &[
                    ("area", a.area.to_string().into()),
                    ("available", money(&desk, a.available).into()),
                ],
            )
        );
    }
    Ok(())
}

fn sign(
    dir: &Path,
    passphrase_file: Option<&Path>,
    SignArgs { kind, payload, out }: SignArgs,
) -> anyhow::Result<()> {
    let kind = kind.kind();
    let desk = open(dir, passphrase_file)?;
    let text = std::fs::read_to_string(&payload)
        .with_context(|| words().f("cli-could-not-read", &[("path", shown(&payload))]))?;
    let bytes = desk.sign_json(kind, &text)?;
    write(&out, &bytes)?;
    say!(
        "{}",
        words().f(
            "cli-signed",
            &[
                ("payload", shown(&payload)),
                ("kind", kind_words(kind).into()),
                ("path", shown(&out)),
            ],
        )
    );
    Ok(())
}

fn verify(
    dir: &Path,
    passphrase_file: Option<&Path>,
    VerifyArgs {
        file,
        recount,
        key,
        roster,
        fingerprint,
    }: VerifyArgs,
) -> anyhow::Result<()> {
    let w = words();
    let invalid = || w.t("cli-invalid");
    let mut bytes = read(&file)?;
    let workspace;
    let against = match (&key, &roster, &fingerprint) {
        (Some(k), _, _) => {
            Against::Key(scdesk::identity::parse_public_key(k).map_err(scdesk::Error::from)?)
        }
        (None, Some(roster), Some(fp)) => Against::roster(&read(roster)?, fp)?,
        _ => {
            workspace = open(dir, passphrase_file)?;
            Against::Workspace(&workspace)
        }
    };
    if bytes.starts_with(b"%PDF") {
        let record = scdesk::verify::verify_record(&bytes, &against).with_context(invalid)?;
        // The rest of the command reports on the first decision file.
        bytes = record.envelopes.into_iter().next().unwrap_or_default();
        say!(
            "{}",
            w.f(
                "cli-valid-record",
                &[
                    ("layout", record.layout.to_string().into()),
                    ("language", record.language.code().into()),
                ],
            )
        );
    }
    if !recount.is_empty() {
        // The recount needs the workspace's rosters and meetings (--key and
        // --roster are ignored): the one opened above, if any.
        let opened;
        let desk = match &against {
            Against::Workspace(d) => *d,
            _ => {
                opened = open(dir, passphrase_file)?;
                &opened
            }
        };
        let files = recount
            .iter()
            .map(|p| read(p))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let recount = desk.recount(&bytes, &files).with_context(invalid)?;
        for l in &recount.items {
            let c = l.recounted;
            say!(
                "{}",
                w.f(
                    "cli-recount-item",
                    &[
                        ("item", l.item.to_string().into()),
                        ("matches", if l.matches { "yes" } else { "no" }.into()),
                        ("join", c.join.into()),
                        ("object", c.object.into()),
                        ("abstain", c.abstain.into()),
                        ("recuse", c.recuse.into()),
                        ("noAnswer", c.no_answer.into()),
                    ],
                )
            );
            if !l.matches {
                let s = l.signed;
                say!(
                    "        {}",
                    w.f(
                        "cli-recount-signed",
                        &[
                            ("join", s.join.into()),
                            ("object", s.object.into()),
                            ("abstain", s.abstain.into()),
                            ("recuse", s.recuse.into()),
                            ("noAnswer", s.no_answer.into()),
                            ("detail", l.detail.as_str().into()),
                        ],
                    )
                );
            }
        }
        for f in &recount.files {
            let file = f.file.to_string().into();
            let problem = f.problem.as_str().into();
            say!(
                "{}",
                match f.seat.as_deref() {
                    Some(seat) => w.f(
                        "cli-recount-file-differs-seat",
                        &[("seat", seat.into()), ("file", file), ("problem", problem)],
                    ),
                    None => w.f(
                        "cli-recount-file-differs",
                        &[("file", file), ("problem", problem)],
                    ),
                }
            );
        }
        let all = recount.matches;
        return if all {
            Ok(())
        } else {
            Err(anyhow!(w.t("cli-recount-differs")))
        };
    }
    let v = against.check(&bytes).with_context(invalid)?;
    let who = match (&v.signer.seat, v.signer.name.is_empty()) {
        (Some(seat), _) => w.f(
            "cli-signer-seat",
            &[
                ("name", v.signer.name.as_str().into()),
                ("seat", seat.as_str().into()),
            ],
        ),
        (None, false) => v.signer.name.clone(),
        (None, true) => w.t("cli-signer-given-key"),
    };
    say!(
        "{}",
        w.f(
            "cli-valid",
            &[
                ("kind", kind_words(v.payload.kind()).into()),
                ("who", who.into()),
                ("key", scdesk::dsse::grouped(&v.signer.keyid).into()),
            ],
        )
    );
    say!(
        "{}",
        w.f("cli-file-hash", &[("hash", v.hash.as_str().into())])
    );
    Ok(())
}

fn roster(dir: &Path, passphrase_file: Option<&Path>, cmd: RosterCommand) -> anyhow::Result<()> {
    match cmd {
        RosterCommand::Pin { file, fingerprint } => {
            let bytes = read(&file)?;
            let w = words();
            let Some(fingerprint) = fingerprint else {
                let p = Desk::preview_roster_in(&bytes, &w)?;
                say!(
                    "{}",
                    w.f(
                        "cli-roster-preview",
                        &[
                            ("version", p.version.to_string().into()),
                            ("fund", p.fund.as_str().into()),
                            ("issued", p.issued_at.to_string().into()),
                            ("seats", p.seats.into()),
                        ],
                    )
                );
                say!(
                    "{}",
                    w.f(
                        "cli-roster-fmu-seats",
                        &[("seats", p.fmu_seats.join("; ").into())]
                    )
                );
                for f in &p.signer_fingerprints {
                    say!(
                        "{}",
                        w.f("cli-roster-signed-by", &[("fingerprint", f.into())])
                    );
                }
                say!("{}", w.t("cli-roster-confirm"));
                say!(
                    "  {}",
                    w.f("cli-roster-pin-command", &[("file", shown(&file))])
                );
                return Ok(());
            };
            let mut desk = open(dir, passphrase_file)?;
            let roster = desk.pin_roster(&bytes, &fingerprint)?;
            say!(
                "{}",
                w.f(
                    "cli-roster-pinned",
                    &[
                        ("version", roster.version.to_string().into()),
                        ("seats", roster.seats.len().into()),
                    ],
                )
            );
            let me = desk.identity()?;
            match me.seat {
                Some(seat) => say!("{}", w.f("cli-roster-your-seat", &[("seat", seat.into())])),
                None => say!("{}", w.t("cli-roster-no-seat")),
            }
            Ok(())
        }
        RosterCommand::Show(args) => {
            let desk = open(dir, passphrase_file)?;
            let trust = desk.trust()?;
            let roster = trust
                .current_roster()
                .ok_or(scdesk::Error::from(scdesk::sync::SyncError::NoRoster))?;
            if args.json {
                return print_json(roster);
            }
            let w = words();
            say!(
                "{}",
                w.f(
                    "cli-roster",
                    &[
                        ("version", roster.version.to_string().into()),
                        ("fund", roster.fund.as_str().into()),
                        ("issued", roster.issued_at.to_string().into()),
                    ],
                )
            );
            for s in &roster.seats {
                let fp = s
                    .keyid()
                    .map(|k| scdesk::dsse::grouped(&k))
                    .unwrap_or_default();
                let term = w.f(
                    "cli-term",
                    &[
                        ("start", s.term_start.to_string().into()),
                        ("end", s.term_end.to_string().into()),
                    ],
                );
                say!(
                    "  {:<12} {:<7} {:<28} {term}  {fp}",
                    s.id,
                    role_words(s.role.as_str()),
                    s.name,
                );
            }
            Ok(())
        }
    }
}

fn export(dir: &Path, passphrase_file: Option<&Path>, cmd: ExportCommand) -> anyhow::Result<()> {
    match cmd {
        ExportCommand::Decisions { meeting, out } => {
            let mut desk = open(dir, passphrase_file)?;
            desk.export_decisions(&meeting, &mut deliver_to(&out))?;
            say!(
                "{}",
                words().f(
                    "cli-exported-decisions",
                    &[("meeting", meeting.as_str().into()), ("path", shown(&out))],
                )
            );
            Ok(())
        }
        ExportCommand::Positions { meeting, out } => {
            let mut desk = open(dir, passphrase_file)?;
            desk.export_positions(&meeting, &mut deliver_to(&out))?;
            say!(
                "{}",
                words().f(
                    "cli-exported-positions",
                    &[("meeting", meeting.as_str().into()), ("path", shown(&out))],
                )
            );
            Ok(())
        }
    }
}

fn ledger(dir: &Path, passphrase_file: Option<&Path>, cmd: LedgerCommand) -> anyhow::Result<()> {
    match cmd {
        LedgerCommand::Show(args) => {
            let desk = open(dir, passphrase_file)?;
            let b = desk.fund_balances()?;
            if args.json {
                return print_json(&b);
            }
            print_demo_label(&desk)?;
            let w = words();
            let f = |d| money(&desk, d);
            let fee = desk.profile().administrative_agent.fee_percent;
            let lines = [
                (w.t("cli-ledger-committed"), b.committed),
                (w.t("cli-ledger-deposited"), b.deposited),
                (
                    w.f("cli-ledger-fee", &[("percent", percent(fee).into())]),
                    b.fee,
                ),
                (w.t("cli-ledger-allocated"), b.allocated),
                (w.t("cli-ledger-transferred"), b.transferred),
            ];
            // The amounts in one column, after the longest label and a space.
            let width = lines
                .iter()
                .map(|(l, _)| l.chars().count())
                .max()
                .unwrap_or(0)
                + 1;
            for (label, amount) in &lines {
                say!("{label:<width$}{:>20}", f(*amount));
            }
            say!(
                "{}",
                w.f("cli-ledger-pool", &[("amount", f(b.pool_available).into())])
            );
            for a in &b.areas {
                say!(
                    "  {}",
                    w.f(
                        "cli-ledger-area",
                        &[
                            ("area", a.area.to_string().into()),
                            ("available", format!("{:>18}", f(a.available)).into()),
                            ("earmarked", f(a.earmarked_available).into()),
                            ("allocated", format!("{:>16}", f(a.allocated)).into()),
                            ("share", percent(a.share_percent).into()),
                            ("target", percent(a.target_percent).into()),
                        ],
                    )
                );
            }
            Ok(())
        }
        LedgerCommand::Contribute {
            contributor,
            deposited,
            committed,
            earmark_area,
            date,
        } => {
            let mut desk = open(dir, passphrase_file)?;
            desk.record_contribution(
                &contributor,
                &deposited,
                committed.as_deref(),
                earmark_area,
                date,
            )?;
            say!(
                "{}",
                words().f(
                    "cli-ledger-contribution",
                    &[("contributor", contributor.into())]
                )
            );
            Ok(())
        }
        LedgerCommand::Statement { as_of, out } => {
            let mut desk = open(dir, passphrase_file)?;
            desk.publish_contribution_statement(as_of, &mut deliver_to(&out))?;
            let version = desk.contribution_statement_version()?.unwrap_or_default();
            let info = desk.fund_overview()?;
            say!(
                "{}",
                words().f(
                    "cli-ledger-statement",
                    &[
                        ("version", version.to_string().into()),
                        ("date", as_of.to_string().into()),
                        ("count", info.contributor_count.into()),
                        ("total", info.total_display.as_str().into()),
                        ("path", shown(&out)),
                    ],
                )
            );
            Ok(())
        }
        LedgerCommand::Transfer {
            meeting,
            item,
            amount,
        } => {
            let mut desk = open(dir, passphrase_file)?;
            desk.record_transfer(&meeting, item, &amount)?;
            say!(
                "{}",
                words().f(
                    "cli-ledger-transfer",
                    &[
                        ("amount", amount.into()),
                        ("item", item.to_string().into()),
                        ("meeting", meeting.into()),
                    ],
                )
            );
            Ok(())
        }
    }
}

fn record(
    dir: &Path,
    passphrase_file: Option<&Path>,
    lang: scdesk::lang::Lang,
    cmd: RecordCommand,
) -> anyhow::Result<()> {
    match cmd {
        RecordCommand::Pdf {
            meeting,
            year,
            out,
            paper,
        } => {
            let desk = open(dir, passphrase_file)?;
            let w = words();
            let path = shown(&out);
            let (bytes, said) = match (meeting, year) {
                (Some(m), _) => (
                    desk.record_pdf(&m, paper, lang)?,
                    w.f(
                        "cli-record-written",
                        &[("meeting", m.into()), ("path", path)],
                    ),
                ),
                (None, Some(y)) => (
                    desk.year_record_pdf(y, paper, lang, &mut |done, total| {
                        let progress = w.f(
                            "cli-record-progress",
                            &[
                                ("done", done.to_string().into()),
                                ("total", total.to_string().into()),
                            ],
                        );
                        eprint!("\r{progress}");
                        if done == total {
                            eprintln!();
                        }
                    })?,
                    w.f(
                        "cli-records-written",
                        &[("year", y.to_string().into()), ("path", path)],
                    ),
                ),
                (None, None) => unreachable!("clap requires one"),
            };
            write(&out, &bytes)?;
            say!("{said}");
            Ok(())
        }
    }
}

fn audit(dir: &Path, passphrase_file: Option<&Path>, cmd: AuditCommand) -> anyhow::Result<()> {
    match cmd {
        AuditCommand::Verify => {
            let desk = open(dir, passphrase_file)?;
            let r = desk.audit_verify()?;
            use scdesk::audit::HeadCheck;
            let w = words();
            // The file that records the trail's last entry, named as it is.
            let file = || ("file", Arg::from("workspace.json"));
            let entry = |n: i64| Arg::from(n.to_string());
            if let Some(b) = r.first_broken {
                return Err(anyhow!(w.f(
                    "cli-audit-broken",
                    &[("entry", entry(b.seq)), ("reason", b.reason.into())]
                )));
            }
            match r.head {
                HeadCheck::Missing { recorded, entries } => Err(anyhow!(w.f(
                    "cli-audit-missing",
                    &[
                        file(),
                        ("recorded", entry(recorded)),
                        ("entries", entry(entries))
                    ]
                ))),
                HeadCheck::Rewritten { recorded } => Err(anyhow!(w.f(
                    "cli-audit-rewritten",
                    &[file(), ("recorded", entry(recorded))]
                ))),
                HeadCheck::Unsigned => Err(anyhow!(w.f("cli-audit-unsigned", &[file()]))),
                HeadCheck::Removed => Err(anyhow!(w.f("cli-audit-removed", &[file()]))),
                head => {
                    say!("{}", w.f("cli-audit-whole", &[("count", r.entries.into())]));
                    say!(
                        "{}",
                        match head {
                            HeadCheck::Ahead { recorded } =>
                                w.f("cli-audit-ahead", &[file(), ("recorded", entry(recorded))]),
                            HeadCheck::NotRecorded => w.f("cli-audit-not-recorded", &[file()]),
                            _ => w.f("cli-audit-head-ok", &[file()]),
                        }
                    );
                    Ok(())
                }
            }
        }
        AuditCommand::Log(args) => {
            let desk = open(dir, passphrase_file)?;
            let log = desk.audit_log()?;
            if args.json {
                return print_json(&log);
            }
            for e in &log {
                say!("{:>5} {} {} {}", e.seq, e.at, e.action, e.details);
            }
            Ok(())
        }
    }
}

fn position(
    dir: &Path,
    passphrase_file: Option<&Path>,
    cmd: PositionCommand,
) -> anyhow::Result<()> {
    match cmd {
        PositionCommand::Set {
            meeting,
            item,
            join,
            object,
            abstain,
            recuse,
        } => {
            let (stance, reason) = match (join, object, abstain, recuse) {
                (true, None, false, None) => (Stance::JoinConsensus, None),
                (false, Some(r), false, None) => (Stance::Object, Some(r)),
                (false, None, true, None) => (Stance::Abstain, None),
                (false, None, false, Some(r)) => (Stance::Recuse, Some(r)),
                _ => {
                    return Err(anyhow!(words().f(
                        "cli-position-choose",
                        &[(
                            "options",
                            "--join, --object REASON, --abstain, --recuse REASON".into()
                        )]
                    )))
                }
            };
            let mut desk = open(dir, passphrase_file)?;
            desk.set_position(&meeting, item, stance, reason.as_deref())?;
            let w = words();
            say!(
                "{}",
                w.f(
                    "cli-position-set",
                    &[
                        ("item", item.to_string().into()),
                        ("meeting", meeting.into()),
                        (
                            "stance",
                            scdesk::decision::stance_label_in(&w, Some(stance)).into()
                        ),
                        ("command", "scdesk export positions".into()),
                    ],
                )
            );
            Ok(())
        }
    }
}

fn dossier(dir: &Path, passphrase_file: Option<&Path>, cmd: DossierCommand) -> anyhow::Result<()> {
    let mut desk = open(dir, passphrase_file)?;
    match cmd {
        DossierCommand::List {
            area,
            status,
            region,
            reviewed,
            unreviewed,
            flagged,
            agenda,
            sort,
            json,
        } => {
            let query: DossierQuery = serde_json::from_value(serde_json::json!({
                "area": area,
                "status": status,
                "region": region,
                "reviewed": if reviewed { Some(true) } else if unreviewed { Some(false) } else { None },
                "flagged": flagged.then_some(true),
                "on_agenda": agenda.then_some(true),
                "sort": sort,
            }))
            .map_err(|e| {
                anyhow!(words().f(
                    "cli-dossier-query-bad",
                    &[
                        ("error", e.to_string().into()),
                        ("command", "scdesk dossier list --help".into())
                    ]
                ))
            })?;
            print_rows(&desk, &desk.list_dossiers(&query)?, json)
        }
        DossierCommand::Search { words, json } => {
            let query = DossierQuery {
                text: Some(words.join(" ")),
                ..Default::default()
            };
            print_rows(&desk, &desk.list_dossiers(&query)?, json)
        }
        DossierCommand::Show { id, json } => {
            let id = desk.dossier_id(&id)?;
            let p = desk.dossier_page(&id)?;
            if json {
                return print_json(&p);
            }
            print_dossier(&desk, &p)
        }
        DossierCommand::Review { id, undo } => {
            let id = desk.dossier_id(&id)?;
            desk.mark_reviewed(&id, !undo)?;
            let said = if undo {
                "cli-dossier-unmarked"
            } else {
                "cli-dossier-marked"
            };
            let progress = desk.review_progress()?.text;
            say!(
                "{}",
                words().f(said, &[("id", id.into()), ("progress", progress.into())])
            );
            Ok(())
        }
        DossierCommand::Note { id, text } => {
            let id = desk.dossier_id(&id)?;
            match text {
                Some(text) => {
                    desk.set_note(&id, &text)?;
                    say!("{}", words().t("cli-note-saved"));
                }
                None => say!("{}", desk.dossier_page(&id)?.note),
            }
            Ok(())
        }
        DossierCommand::Question { id, text } => {
            let id = desk.dossier_id(&id)?;
            desk.add_question(&id, &text)?;
            say!("{}", words().t("cli-question-flagged"));
            Ok(())
        }
        DossierCommand::Conflict {
            id,
            reason,
            withdraw,
        } => {
            let id = desk.dossier_id(&id)?;
            if withdraw {
                desk.withdraw_conflict(&id)?;
                say!("{}", words().t("cli-conflict-withdrawn"));
            } else {
                desk.declare_conflict(&id, reason.as_deref().unwrap_or_default())?;
                say!("{}", words().t("cli-conflict-declared"));
            }
            Ok(())
        }
        DossierCommand::Compare { ids, json } => {
            let ids = ids
                .iter()
                .map(|id| desk.dossier_id(id))
                .collect::<Result<Vec<_>, _>>()?;
            let c = desk.compare(&ids)?;
            if json {
                return print_json(&c);
            }
            let w = words();
            for r in &c.rows {
                let markers: Vec<String> = c
                    .marker_names
                    .iter()
                    .map(|(id, name)| format!("{name} {}", r.markers[id]))
                    .collect();
                say!(
                    "{:<18} {:>16}  {}  {}  {}  {}",
                    r.reference,
                    r.budget_display,
                    r.area,
                    w.f("cli-months", &[("count", r.duration_months.into())]),
                    r.countries,
                    markers.join(", ")
                );
            }
            Ok(())
        }
        DossierCommand::Progress(args) => {
            let p = desk.review_progress()?;
            if args.json {
                return print_json(&p);
            }
            say!("{}", p.text);
            Ok(())
        }
        DossierCommand::Document { id, name, out } => {
            let id = desk.dossier_id(&id)?;
            let (_, bytes) = desk.document(&id, &name)?;
            write(&out, &bytes)?;
            say!(
                "{}",
                words().f(
                    "cli-document-written",
                    &[("name", name.into()), ("path", shown(&out))]
                )
            );
            Ok(())
        }
    }
}

fn meeting(dir: &Path, passphrase_file: Option<&Path>, cmd: MeetingCommand) -> anyhow::Result<()> {
    let mut desk = open(dir, passphrase_file)?;
    match cmd {
        MeetingCommand::List(args) => {
            let list = desk.meeting_list()?;
            if args.json {
                return print_json(&list);
            }
            let w = words();
            for m in &list {
                let status = w.f(
                    "cli-meeting-status",
                    &[("status", m.status.replace(' ', "-").into())],
                );
                let decided = w.f(
                    "cli-meeting-decided",
                    &[
                        ("decided", m.decided.to_string().into()),
                        ("items", m.items.into()),
                    ],
                );
                say!(
                    "{:<14} {:<10} {}  {:<18} {decided}  {}",
                    m.id,
                    status,
                    m.starts_at.format("%Y-%m-%d %H:%M UTC"),
                    scdesk::decision::kind_label_in(&w, m.kind),
                    m.title
                );
            }
            Ok(())
        }
        MeetingCommand::Show { id, json } => {
            let v = desk.meeting_view(&id)?;
            if json {
                return print_json(&v);
            }
            say!(
                "{} — {} ({}), {}",
                v.id,
                v.title,
                v.kind_label,
                v.starts_at.format("%Y-%m-%d %H:%M UTC")
            );
            let w = words();
            say!(
                "{}",
                w.f(
                    "cli-meeting-rule",
                    &[
                        ("rule", v.rule.as_str().into()),
                        ("quorum", v.quorum_required.into()),
                        ("note", v.quorum_note.as_str().into()),
                    ],
                )
            );
            say!(
                "{}",
                w.f(
                    "cli-meeting-answered",
                    &[("seats", v.answered.join(", ").into())]
                )
            );
            say!(
                "{}",
                w.f(
                    "cli-meeting-not-answered",
                    &[("seats", v.not_answered.join(", ").into())]
                )
            );
            match (&v.correction, v.revision) {
                (Some(c), _) => say!("{c}"),
                (None, Some(r)) => say!(
                    "{}",
                    w.f("cli-meeting-final", &[("revision", r.to_string().into())])
                ),
                _ => {}
            }
            for it in &v.items {
                let c = it.tally.counts;
                say!(
                    "\n{}",
                    w.f(
                        "cli-meeting-item",
                        &[
                            ("item", it.item.to_string().into()),
                            ("text", it.text.as_str().into()),
                        ],
                    )
                );
                say!(
                    "  {}",
                    w.f(
                        "cli-meeting-tally",
                        &[
                            ("join", c.join.into()),
                            ("object", c.object.into()),
                            ("abstain", c.abstain.into()),
                            ("recuse", c.recuse.into()),
                            ("noAnswer", c.no_answer.into()),
                            ("participating", it.tally.participating.into()),
                            ("explanation", it.tally.explanation.as_str().into()),
                        ],
                    )
                );
                for o in &it.tally.objections {
                    say!(
                        "  {}",
                        w.f(
                            "cli-meeting-objection",
                            &[
                                ("seat", o.seat.as_str().into()),
                                ("reason", o.reason.as_str().into()),
                            ],
                        )
                    );
                }
                if let Some(d) = &it.decision {
                    let outcome = scdesk::decision::outcome_label_in(&w, d.outcome);
                    say!(
                        "  {}",
                        w.f("cli-meeting-decision", &[("decision", outcome.into())])
                    );
                    if let Some(f) = &it.funding_display {
                        say!("  {f}");
                    }
                    if let Some(r) = &d.override_reason {
                        say!("  {}", w.f("cli-meeting-override", &[("reason", r.into())]));
                    }
                } else if let Some(why) = &it.not_yet {
                    say!("  {why}");
                }
            }
            Ok(())
        }
        MeetingCommand::Attend { id, seat, status } => {
            desk.set_attendance(&id, &seat, status)?;
            say!(
                "{}",
                words().f(
                    "cli-meeting-attended",
                    &[
                        ("seat", seat.into()),
                        ("status", status.as_str().into()),
                        ("meeting", id.into()),
                    ],
                )
            );
            Ok(())
        }
        MeetingCommand::Files { id, out } => {
            std::fs::create_dir_all(&out)
                .with_context(|| words().f("cli-could-not-create", &[("path", shown(&out))]))?;
            for (name, bytes) in desk.meeting_files(&id)? {
                write(&out.join(&name), &bytes)?;
                say!("{}", out.join(&name).display());
            }
            Ok(())
        }
        MeetingCommand::New {
            id,
            title,
            kind,
            at,
            place,
            fund,
            other,
            revise,
            history,
            out,
        } => {
            let starts_at = local_time(&at)?;
            let agenda = fund
                .into_iter()
                .map(|d| scdesk::meeting::ItemDraft {
                    dossier: Some(d),
                    text: String::new(),
                })
                .chain(other.into_iter().map(|text| scdesk::meeting::ItemDraft {
                    dossier: None,
                    text,
                }))
                .collect();
            let draft = scdesk::meeting::MeetingDraft {
                id: id.clone(),
                title,
                kind,
                starts_at,
                place,
                agenda,
                history,
            };
            desk.publish_meeting(draft, revise, &mut deliver_to(&out))?;
            let m = desk
                .meetings()?
                .into_iter()
                .find(|m| m.id == id.trim())
                .ok_or_else(|| anyhow!(words().t("cli-meeting-not-held")))?;
            let w = words();
            let time = m
                .starts_at
                .with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M %Z");
            say!(
                "{}",
                w.f(
                    "cli-meeting-published",
                    &[
                        ("meeting", m.id.as_str().into()),
                        ("kind", scdesk::decision::kind_label_in(&w, m.kind).into()),
                        ("time", time.to_string().into()),
                        ("count", m.agenda.len().into()),
                        ("path", shown(&out)),
                    ],
                )
            );
            for it in &m.agenda {
                say!("  {}. {}", it.item, it.text);
            }
            Ok(())
        }
        MeetingCommand::Written { id, deadline } => {
            desk.open_written_procedure(&id, deadline)?;
            say!(
                "{}",
                words().f(
                    "cli-meeting-written",
                    &[
                        ("meeting", id.into()),
                        ("deadline", deadline.to_string().into()),
                    ],
                )
            );
            Ok(())
        }
    }
}

/// A time typed by a user: RFC 3339, or `YYYY-MM-DD HH:MM` in the local time zone.
fn local_time(text: &str) -> anyhow::Result<chrono::DateTime<chrono::Utc>> {
    use chrono::TimeZone;
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text.trim()) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    let naive = chrono::NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M"))
        .map_err(|_| {
            anyhow!(words().f(
                "cli-time-not-a-time",
                &[
                    ("text", text.into()),
                    ("example", "2027-01-20 15:00".into())
                ]
            ))
        })?;
    chrono::Local
        .from_local_datetime(&naive)
        .single()
        .map(|t| t.with_timezone(&chrono::Utc))
        .ok_or_else(|| anyhow!(words().f("cli-time-clock-change", &[("text", text.into())])))
}

fn print_rows(desk: &Desk, rows: &[scdesk::review::DossierRow], json: bool) -> anyhow::Result<()> {
    if json {
        return print_json(&rows);
    }
    print_demo_label(desk)?;
    let w = words();
    for d in rows {
        let marks = format!(
            "{}{}{}{}",
            if d.reviewed {
                "R"
            } else if d.changed_since_review {
                "*"
            } else {
                "·"
            },
            if d.on_agenda { "A" } else { "·" },
            if d.questions > 0 { "Q" } else { "·" },
            if d.conflict { "C" } else { "·" },
        );
        say!(
            "{marks} {:<18} {:<13} {}  {:>16}  {}  ({})",
            d.reference,
            d.status_label,
            w.f("cli-area", &[("area", d.area.to_string().into())]),
            d.budget_display,
            d.title,
            d.countries.join(", ")
        );
    }
    say!(
        "{}",
        w.f("cli-dossier-list-legend", &[("count", rows.len().into())])
    );
    Ok(())
}

fn print_dossier(desk: &Desk, p: &scdesk::review::DossierPage) -> anyhow::Result<()> {
    print_demo_label(desk)?;
    let w = words();
    let d = &p.dossier;
    say!(
        "{}",
        w.f(
            "cli-dossier-heading",
            &[
                ("reference", d.reference.as_str().into()),
                ("title", d.title.as_str().into()),
                ("version", d.version.to_string().into()),
            ],
        )
    );
    say!(
        "{} · {} · {} · {}",
        d.countries.join(", "),
        d.region,
        scdesk::review::status_label(&w, d.status),
        w.f(
            "cli-dossier-area",
            &[
                ("area", d.area.to_string().into()),
                ("name", p.row.area_name.as_str().into()),
            ],
        )
    );
    say!(
        "{}",
        w.f(
            "cli-dossier-submitted",
            &[
                ("coordinator", d.resident_coordinator.as_str().into()),
                ("months", d.duration_months.into()),
                ("start", d.start_date.to_string().into()),
            ],
        )
    );
    if let Some(c) = &p.conflict {
        say!(
            "{}",
            w.f(
                "cli-dossier-conflict",
                &[("reason", c.reason.as_str().into())]
            )
        );
    }
    for f in &p.flags {
        say!("! {}", f.message);
    }
    if !p.changes.is_empty() {
        let version = p.reviewed_version.unwrap_or(0).to_string();
        say!(
            "\n{}",
            w.f("cli-dossier-changed", &[("version", version.into())])
        );
        for c in &p.changes {
            say!(
                "  {}",
                w.f(
                    "cli-dossier-change",
                    &[
                        ("field", c.field.as_str().into()),
                        ("before", c.before.as_str().into()),
                        ("after", c.after.as_str().into()),
                    ],
                )
            );
        }
    }
    say!("\n{}\n", d.summary);
    say!(
        "{}",
        w.f(
            "cli-dossier-budget",
            &[("percent", percent(p.indirect_percent).into())]
        )
    );
    for b in &p.budget {
        say!(
            "  {:<12} {:>16} + {:>14} = {:>16}",
            b.organisation,
            b.direct,
            b.indirect,
            b.total
        );
    }
    say!(
        "  {:<12} {:>16} + {:>14} = {:>16}",
        w.t("cli-total"),
        p.budget_direct,
        p.budget_indirect,
        p.budget_total
    );
    say!("\n{}", w.t("cli-dossier-markers"));
    let missing = w.t("cli-dossier-marker-missing");
    for m in &p.markers {
        say!(
            "  {:<26} {} {}",
            m.name,
            m.code.as_deref().unwrap_or(&missing),
            m.label.as_deref().unwrap_or("")
        );
    }
    let objectives: Vec<String> = p
        .objectives
        .iter()
        .map(|o| format!("{} {}", o.number, o.title))
        .collect();
    say!(
        "\n{}",
        w.f(
            "cli-dossier-objectives",
            &[("objectives", objectives.join("; ").into())]
        )
    );
    say!(
        "\n{}",
        w.f(
            "cli-dossier-review",
            &[("review", d.review.summary.as_str().into())]
        )
    );
    for doc in &p.documents {
        say!(
            "{}",
            w.f(
                "cli-dossier-document",
                &[
                    ("name", doc.name.as_str().into()),
                    ("type", doc.media_type.as_str().into()),
                    ("size", doc.size.to_string().into()),
                    ("hash", doc.sha256.as_str().into()),
                ],
            )
        );
    }
    if !p.note.is_empty() {
        say!(
            "\n{}",
            w.f("cli-dossier-note", &[("note", p.note.as_str().into())])
        );
    }
    for q in &p.questions {
        say!(
            "{}",
            w.f(
                "cli-dossier-question",
                &[("question", q.text.as_str().into())]
            )
        );
    }
    let state = if p.row.reviewed {
        "cli-dossier-reviewed"
    } else {
        "cli-dossier-not-reviewed"
    };
    say!("\n{}", w.t(state));
    Ok(())
}

fn identity(
    dir: &Path,
    passphrase_file: Option<&Path>,
    cmd: IdentityCommand,
) -> anyhow::Result<()> {
    let mut desk = open(dir, passphrase_file)?;
    match cmd {
        IdentityCommand::Show(args) => {
            let me = desk.identity()?;
            if args.json {
                return print_json(&me);
            }
            let w = words();
            say!(
                "{}",
                w.f(
                    "cli-identity-fingerprint",
                    &[("fingerprint", me.fingerprint.as_str().into())]
                )
            );
            say!(
                "{}",
                w.f(
                    "cli-identity-public-key",
                    &[("key", me.public_key.as_str().into())]
                )
            );
            match (me.seat, me.role) {
                (Some(seat), Some(role)) => say!(
                    "{}",
                    w.f(
                        "cli-identity-seat",
                        &[
                            ("seat", seat.into()),
                            ("role", role_words(role.as_str()).into())
                        ],
                    )
                ),
                _ => say!("{}", w.t("cli-identity-no-seat")),
            }
            Ok(())
        }
        IdentityCommand::Export {
            name,
            organisation,
            out,
        } => {
            write(&out, &desk.enrolment(&name, &organisation))?;
            say!(
                "{}",
                words().f("cli-enrolment-written", &[("path", shown(&out))])
            );
            say!("  {}", desk.identity()?.fingerprint);
            Ok(())
        }
        IdentityCommand::Backup { out } => {
            let pass = backup_passphrase(true)?;
            write(&out, &desk.backup_identity(&pass)?)?;
            say!(
                "{}",
                words().f("cli-key-backup-written", &[("path", shown(&out))])
            );
            Ok(())
        }
        IdentityCommand::Restore { backup } => {
            let bytes = read(&backup)?;
            let pass = backup_passphrase(false)?;
            let keyring = match Desk::key_mode(dir)? {
                KeyMode::Keyring { .. } => Some(OsKeyring::connect(DEFAULT_TIMEOUT)?),
                KeyMode::Passphrase { .. } => None,
            };
            let me = desk.restore_identity(
                &bytes,
                &pass,
                keyring
                    .as_ref()
                    .map(|k| k as &dyn scdesk::keyring::KeyStore),
            )?;
            say!(
                "{}",
                words().f(
                    "cli-key-restored",
                    &[("fingerprint", me.fingerprint.into())]
                )
            );
            Ok(())
        }
    }
}

fn backup_passphrase(confirm: bool) -> anyhow::Result<Passphrase> {
    if let Ok(text) = std::env::var("SCDESK_BACKUP_PASSPHRASE") {
        return Ok(Passphrase::new(text));
    }
    let w = words();
    if !std::io::stdin().is_terminal() {
        return Err(anyhow!(w.f(
            "cli-no-backup-passphrase",
            &[("variable", "SCDESK_BACKUP_PASSPHRASE".into())]
        )));
    }
    let prompt = |id| format!("{} ", w.t(id));
    let first = rpassword::prompt_password(prompt("cli-prompt-backup-passphrase"))?;
    if confirm && rpassword::prompt_password(prompt("cli-prompt-backup-passphrase-again"))? != first
    {
        return Err(anyhow!(w.t("cli-backup-passphrases-differ")));
    }
    Ok(Passphrase::new(first))
}

/// Reads a file handed in: a regular file, within the limit, with a bounded read.
fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    Ok(Desk::read_input(path)?)
}

/// Writes atomically: a reader never sees half a file.
fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    scdesk::atomic::write(path, bytes)
        .with_context(|| words().f("cli-could-not-write", &[("path", shown(path))]))
}

/// Writes a signed file atomically where the user asked, before the Desk keeps it.
fn deliver_to(path: &Path) -> impl FnMut(&[u8]) -> Result<(), scdesk::Error> + '_ {
    move |bytes| scdesk::atomic::write(path, bytes).map_err(|e| scdesk::Error::io(path, e))
}

fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    say!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

fn print_demo_label(desk: &Desk) -> anyhow::Result<()> {
    if let Some(label) = desk.info()?.label {
        say!("[{}]", label_words(label));
    }
    Ok(())
}

fn create(
    dir: &Path,
    args: CreateArgs,
    content: Content,
    passphrase_file: Option<&Path>,
) -> anyhow::Result<()> {
    let options = CreateOptions {
        content,
        ..CreateOptions::default()
    };
    let desk = if args.passphrase {
        let passphrase = read_passphrase(passphrase_file, true)?;
        Desk::create(dir, Unlock::Passphrase(passphrase), options)?
    } else {
        let keyring = OsKeyring::connect(DEFAULT_TIMEOUT).with_context(keyring_needed)?;
        Desk::create(dir, Unlock::Keyring(&keyring), options)?
    };
    let info = desk.info()?;
    let said = if info.demo {
        "cli-created-demo"
    } else {
        "cli-created"
    };
    say!(
        "{}",
        words().f(
            said,
            &[
                ("id", info.id.as_str().into()),
                ("path", shown(&info.dir)),
                ("storage", key_storage(info.key_storage).into()),
            ],
        )
    );
    Ok(())
}

fn backup(dir: &Path, passphrase_file: Option<&Path>, args: BackupArgs) -> anyhow::Result<()> {
    let mut desk = open(dir, passphrase_file)?;
    let passphrase = backup_passphrase(true)?;
    let bytes = desk.backup_workspace(
        &passphrase,
        scdesk::secret::KdfParams::DEFAULT,
        &mut deliver_to(&args.out),
    )?;
    say!(
        "{}",
        words().f(
            "cli-backup-written",
            &[
                ("size", bytes.len().div_ceil(1024).to_string().into()),
                ("path", shown(&args.out)),
            ],
        )
    );
    Ok(())
}

fn restore(dir: &Path, passphrase_file: Option<&Path>, args: RestoreArgs) -> anyhow::Result<()> {
    let bytes = scdesk::incoming::read(&args.file, scdesk::backup::MAX_BACKUP_BYTES)
        .map_err(scdesk::Error::from)?;
    let backup_pass = backup_passphrase(false)?;
    let kdf = scdesk::secret::KdfParams::DEFAULT;
    let desk = if args.passphrase {
        let passphrase = read_passphrase(passphrase_file, true)?;
        Desk::restore_workspace(
            dir,
            &bytes,
            &backup_pass,
            Unlock::Passphrase(passphrase),
            kdf,
        )?
    } else {
        let keyring = OsKeyring::connect(DEFAULT_TIMEOUT).with_context(keyring_needed)?;
        Desk::restore_workspace(dir, &bytes, &backup_pass, Unlock::Keyring(&keyring), kdf)?
    };
    let info = desk.info()?;
    say!(
        "{}",
        words().f(
            "cli-restored",
            &[
                ("id", info.id.as_str().into()),
                ("path", shown(&info.dir)),
                ("storage", key_storage(info.key_storage).into()),
            ],
        )
    );
    Ok(())
}

/// Why the OS keyring is needed, and how to do without it.
fn keyring_needed() -> String {
    words().f("cli-keyring-needed", &[("option", "--passphrase".into())])
}

/// The language of this run (`--lang`, `SCDESK_LANG`, else English), set once in `run`.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// The words of this run's language: every sentence the command line writes itself
/// comes from the catalogue (`locales/<lang>/cli.ftl`); data (ids, paths, hashes,
/// tables' figures, JSON) is written as it is.
fn words() -> Words {
    Words::new(LANG.get().copied().unwrap_or_default())
}

/// A path, as a message shows it.
fn shown(path: &Path) -> Arg {
    Arg::from(path.display().to_string())
}

/// A percentage: in English as the command line always wrote it (`12.5%`), in another
/// language as that language writes it (`12,5 %`).
fn percent(value: rust_decimal::Decimal) -> String {
    let w = words();
    match w.lang() {
        Lang::En => format!("{value}%"),
        _ => w.percent(value),
    }
}

/// An amount in the fund's currency: in English as the command line always wrote it
/// (`USD 1,754,800`), in another language as that language writes money.
fn money(desk: &Desk, amount: rust_decimal::Decimal) -> String {
    let w = words();
    let currency = &desk.profile().currency;
    match w.lang() {
        Lang::En => scdesk::money::format_money(amount, currency),
        _ => w.money(amount, currency),
    }
}

/// The label shown on the demo workspace's data, in words; any other label as it is.
fn label_words(label: String) -> String {
    if label == scdesk::desk::demo_label() {
        words().t("cli-demo-label")
    } else {
        label
    }
}

/// How the workspace's key is kept (`keyring` or `passphrase`), in words.
fn key_storage(code: &str) -> String {
    words().f("cli-key-storage", &[("storage", code.into())])
}

/// A seat's role (`chair`, `fmu` or `member`), in words.
fn role_words(code: &str) -> String {
    words().f("cli-role", &[("role", code.into())])
}

/// A kind of signed file, in words ("decision file").
fn kind_words(kind: Kind) -> String {
    let code = kind.as_str().replace(' ', "-");
    words().f("cli-file-kind", &[("kind", code.into())])
}

fn open(dir: &Path, passphrase_file: Option<&Path>) -> anyhow::Result<Desk> {
    let mut desk = match Desk::key_mode(dir)? {
        KeyMode::Keyring { .. } => {
            let keyring = OsKeyring::connect(DEFAULT_TIMEOUT)?;
            Desk::open(dir, Unlock::Keyring(&keyring))?
        }
        KeyMode::Passphrase { .. } => {
            let passphrase = read_passphrase(passphrase_file, false)?;
            Desk::open(dir, Unlock::Passphrase(passphrase))?
        }
    };
    // The workspace's language is the app's; the command line speaks its own.
    desk.speak(LANG.get().copied().unwrap_or_default());
    Ok(desk)
}

/// The passphrase from `--passphrase-file`, `SCDESK_PASSPHRASE`, or the terminal.
fn read_passphrase(file: Option<&Path>, confirm: bool) -> anyhow::Result<Passphrase> {
    if let Some(file) = file {
        let text = std::fs::read_to_string(file)
            .with_context(|| words().f("cli-passphrase-file", &[("path", shown(file))]))?;
        return Ok(Passphrase::new(
            text.lines().next().unwrap_or_default().to_string(),
        ));
    }
    if let Ok(text) = std::env::var("SCDESK_PASSPHRASE") {
        return Ok(Passphrase::new(text));
    }
    if !std::io::stdin().is_terminal() {
        return Err(scdesk::Error::PassphraseRequired.into());
    }
    let w = words();
    let first = rpassword::prompt_password(format!("{} ", w.t("cli-prompt-passphrase")))?;
    if confirm {
        let again = rpassword::prompt_password(format!("{} ", w.t("cli-prompt-passphrase-again")))?;
        if again != first {
            return Err(anyhow!(w.t("cli-passphrases-differ")));
        }
    }

    Ok(Passphrase::new(first))
}
