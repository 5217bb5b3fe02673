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
            "scdesk: could not write the output: {}",
            scdesk::incoming::io_words(&e)
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
    /// The language of the error messages and of the records printed: en, fr or es
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
    let lang = cli.lang.unwrap_or(scdesk::lang::Lang::En);
    if let Err(e) = run(cli) {
        let said = match e.chain().find_map(|c| c.downcast_ref::<scdesk::Error>()) {
            // In another language, the library's own sentence, from the catalogue (the
            // context this program adds is English).
            Some(lib) if lang != scdesk::lang::Lang::En => {
                lib.for_people_in(&scdesk::lang::Words::new(lang)).message
            }
            _ => sentence(&e),
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

fn run(cli: Cli) -> anyhow::Result<()> {
    let dir = match cli.data_dir {
        Some(dir) => dir,
        None => workspace::default_dir().ok_or_else(|| {
            anyhow!("no data folder could be found for this user; pass --data-dir DIR")
        })?,
    };
    let passphrase_file = cli.passphrase_file.as_deref();
    let lang = cli.lang.unwrap_or(scdesk::lang::Lang::En);
    let _ = LANG.set(lang);
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
    say!(
        "Wrote the public register of {} {} from {} {} to {}.",
        site.decisions,
        if site.decisions == 1 {
            "decision"
        } else {
            "decisions"
        },
        site.meetings,
        if site.meetings == 1 {
            "meeting"
        } else {
            "meetings"
        },
        args.out.display()
    );
    for line in &site.left_out {
        say!("Not published: {line}.");
    }
    say!("Anyone can check it: python3 verify.py in that folder, with the FMU's roster fingerprint (see VERIFY.md).");
    Ok(())
}

fn fund(dir: &Path, passphrase_file: Option<&Path>, args: JsonArg) -> anyhow::Result<()> {
    let desk = open(dir, passphrase_file)?;
    let o = desk.fund_overview()?;
    if args.json {
        return print_json(&o);
    }
    print_demo_label(&desk)?;
    say!("{}", o.fund);
    match o.as_of {
        Some(date) => say!("Contributions as of {date}\n"),
        None => say!("No contributions recorded.\n"),
    }
    let width = o
        .contributions
        .iter()
        .map(|r| r.contributor.chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    for r in &o.contributions {
        let earmark = r
            .earmark_area
            .map(|a| format!("  earmarked: area {a}"))
            .unwrap_or_default();
        say!(
            "  {:<width$}  {:>18}  {:>5}%{earmark}",
            r.contributor,
            r.amount_display,
            r.share_percent
        );
    }
    say!(
        "  {:<width$}  {:>18}  ({} contributors)",
        "Total",
        o.total_display,
        o.contributor_count
    );
    say!("\nBy earmark:");
    for e in &o.earmarks {
        say!("  {:<20} {:>18}", e.label, e.amount_display);
    }
    say!(
        "\nAdministrative Agent ({}) fee, {}%: {}",
        o.administrative_agent,
        o.administrative_agent_fee_percent,
        o.administrative_agent_fee_display
    );
    Ok(())
}

fn workspace_info(dir: &Path, passphrase_file: Option<&Path>, args: JsonArg) -> anyhow::Result<()> {
    let desk = open(dir, passphrase_file)?;
    let info = desk.info()?;
    if args.json {
        return print_json(&info);
    }
    say!("Workspace {}", info.id);
    say!("  folder:      {}", info.dir.display());
    say!("  key kept in: {}", info.key_storage);
    say!("  schema:      version {}", info.schema_version);
    if let Some(label) = info.label {
        say!("  content:     {label}");
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
                let word = match r.outcome {
                    Outcome::Imported => "imported",
                    Outcome::Replaced => "imported (replaces an earlier file)",
                    Outcome::Duplicate => "ignored (already imported)",
                    Outcome::Stale => "ignored (stale)",
                    Outcome::Disputed => "kept as evidence, DISPUTED",
                    Outcome::Rejected => "REJECTED",
                    Outcome::NotImported => "NOT IMPORTED",
                };
                say!("{}: {word}: {}", file.display(), r.message);
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
            "{} not imported because of the workspace (see above); import again once that is fixed",
            files_count(not_imported)
        ));
    }
    if rejected > 0 {
        return Err(anyhow!(
            "{} rejected; nothing of them was imported",
            files_count(rejected)
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
            "Corrected record of meeting {meeting}: revision {} signed and saved to {}. Send it to the members.",
            file.revision.unwrap_or(1),
            out.display()
        );
        return Ok(());
    }
    let view = desk.record_decision(&meeting, input)?;
    let it = view
        .items
        .iter()
        .find(|i| i.item == item)
        .expect("recorded");
    say!(
        "Item {item}: {} recorded. {}",
        it.decision_label.as_deref().unwrap_or(""),
        it.tally.explanation
    );
    if let Some(f) = it.decision.as_ref().and_then(|d| d.funding.as_ref()) {
        say!("Allocated USD {} from {}.", f.amount, f.source.label());
    }
    for a in &view.funds.areas {
        say!("  area {}: available {}", a.area, a.available_display);
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
        .with_context(|| format!("could not read {}", payload.display()))?;
    let bytes = desk.sign_json(kind, &text)?;
    write(&out, &bytes)?;
    say!(
        "Signed {} as {} to {}",
        payload.display(),
        kind.as_str(),
        out.display()
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
    let mut bytes = read(&file)?;
    let workspace;
    let against = match (&key, &roster, &fingerprint) {
        (Some(k), _, _) => Against::Key(scdesk::identity::parse_public_key(k)?),
        (None, Some(roster), Some(fp)) => Against::roster(&read(roster)?, fp)?,
        _ => {
            workspace = open(dir, passphrase_file)?;
            Against::Workspace(&workspace)
        }
    };
    if bytes.starts_with(b"%PDF") {
        let record =
            scdesk::verify::verify_record(&bytes, &against).map_err(|e| anyhow!("invalid: {e}"))?;
        // The rest of the command reports on the first decision file.
        bytes = record.envelopes.into_iter().next().unwrap_or_default();
        say!(
            "valid: the PDF is the record of its embedded, signed decision file (drawn again with record layout {} in {} and compared)",
            record.layout,
            match record.language {
                scdesk::lang::Lang::En => "English",
                scdesk::lang::Lang::Fr => "French",
                scdesk::lang::Lang::Es => "Spanish",
            }
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
        let recount = desk
            .recount(&bytes, &files)
            .map_err(|e| anyhow!("invalid: {e}"))?;
        for l in &recount.items {
            let c = l.recounted;
            let verdict = if l.matches {
                "recount matches"
            } else {
                "RECOUNT DIFFERS"
            };
            say!(
                "item {}: {verdict} ({} join, {} object, {} abstain, {} recuse, {} no answer)",
                l.item,
                c.join,
                c.object,
                c.abstain,
                c.recuse,
                c.no_answer
            );
            if !l.matches {
                let s = l.signed;
                say!(
                    "        signed: {} join, {} object, {} abstain, {} recuse, {} no answer — {}",
                    s.join,
                    s.object,
                    s.abstain,
                    s.recuse,
                    s.no_answer,
                    l.detail
                );
            }
        }
        for f in &recount.files {
            let seat = f
                .seat
                .as_deref()
                .map(|s| format!("seat {s}: "))
                .unwrap_or_default();
            say!("FILE DIFFERS: {seat}file {} {}", f.file, f.problem);
        }
        let all = recount.matches;
        return if all {
            Ok(())
        } else {
            Err(anyhow!("the recount does not match the signed decision"))
        };
    }
    let verified = against.check(&bytes);
    match verified {
        Ok(v) => {
            let who = match (&v.signer.seat, v.signer.name.is_empty()) {
                (Some(seat), _) => format!("{} (seat {seat})", v.signer.name),
                (None, false) => v.signer.name.clone(),
                (None, true) => "the given key".to_string(),
            };
            say!(
                "valid: {} signed by {who}, key {}",
                v.payload.kind().as_str(),
                scdesk::dsse::grouped(&v.signer.keyid)
            );
            say!("file SHA-256: {}", v.hash);
            Ok(())
        }
        Err(e) => Err(anyhow!("invalid: {e}")),
    }
}

fn roster(dir: &Path, passphrase_file: Option<&Path>, cmd: RosterCommand) -> anyhow::Result<()> {
    match cmd {
        RosterCommand::Pin { file, fingerprint } => {
            let bytes = read(&file)?;
            let Some(fingerprint) = fingerprint else {
                let p = Desk::preview_roster(&bytes)?;
                say!(
                    "Roster version {} of fund {}, issued {}, {} seats.",
                    p.version,
                    p.fund,
                    p.issued_at,
                    p.seats
                );
                say!("FMU seats: {}", p.fmu_seats.join("; "));
                for f in &p.signer_fingerprints {
                    say!("Signed by key: {f}");
                }
                say!("Confirm this fingerprint with the FMU by phone or in person, then run:");
                say!(
                    "  scdesk roster pin {} --fingerprint '<the fingerprint>'",
                    file.display()
                );
                return Ok(());
            };
            let mut desk = open(dir, passphrase_file)?;
            let roster = desk.pin_roster(&bytes, &fingerprint)?;
            say!(
                "Pinned roster version {} ({} seats).",
                roster.version,
                roster.seats.len()
            );
            let me = desk.identity()?;
            match me.seat {
                Some(seat) => say!("Your key holds seat {seat}."),
                None => say!("Your key holds no seat on this roster."),
            }
            Ok(())
        }
        RosterCommand::Show(args) => {
            let desk = open(dir, passphrase_file)?;
            let trust = desk.trust()?;
            let roster = trust
                .current_roster()
                .ok_or(scdesk::sync::SyncError::NoRoster)?;
            if args.json {
                return print_json(roster);
            }
            say!(
                "Roster version {} of fund {}, issued {}",
                roster.version,
                roster.fund,
                roster.issued_at
            );
            for s in &roster.seats {
                let fp = s
                    .keyid()
                    .map(|k| scdesk::dsse::grouped(&k))
                    .unwrap_or_default();
                say!(
                    "  {:<12} {:<7} {:<28} {} to {}  {}",
                    s.id,
                    s.role.as_str(),
                    s.name,
                    s.term_start,
                    s.term_end,
                    fp
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
                "Wrote the signed decision file for {meeting} to {}",
                out.display()
            );
            Ok(())
        }
        ExportCommand::Positions { meeting, out } => {
            let mut desk = open(dir, passphrase_file)?;
            desk.export_positions(&meeting, &mut deliver_to(&out))?;
            say!(
                "Wrote your signed position file for {meeting} to {}",
                out.display()
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
            let f = |d| scdesk::money::format_money(d, &desk.profile().currency);
            say!("Committed:   {:>20}", f(b.committed));
            say!("Deposited:   {:>20}", f(b.deposited));
            say!("Fee (1%):    {:>20}", f(b.fee));
            say!("Allocated:   {:>20}", f(b.allocated));
            say!("Transferred: {:>20}", f(b.transferred));
            say!("Un-earmarked pool available: {}", b.pool_available_display);
            for a in &b.areas {
                say!("  area {}: available {:>18} (earmarked {}), allocated {:>16} ({}% of all; target {}%)",
                    a.area, a.available_display, f(a.earmarked_available), a.allocated_display, a.share_percent, a.target_percent);
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
            say!("Recorded the contribution of {contributor}.");
            Ok(())
        }
        LedgerCommand::Statement { as_of, out } => {
            let mut desk = open(dir, passphrase_file)?;
            desk.publish_contribution_statement(as_of, &mut deliver_to(&out))?;
            let version = desk.contribution_statement_version()?.unwrap_or_default();
            let info = desk.fund_overview()?;
            say!(
                "Contribution statement version {version} as of {as_of}: {} contributor{}, {} in all; written to {}",
                info.contributor_count,
                if info.contributor_count == 1 { "" } else { "s" },
                info.total_display,
                out.display()
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
            say!("Recorded a transfer of {amount} for item {item} of {meeting}.");
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
            let (bytes, what) = match (meeting, year) {
                (Some(m), _) => (
                    desk.record_pdf(&m, paper, lang)?,
                    format!("the decision record of {m}"),
                ),
                (None, Some(y)) => (
                    desk.year_record_pdf(y, paper, lang, &mut |done, total| {
                        eprint!("\rLaying out record {done} of {total}");
                        if done == total {
                            eprintln!();
                        }
                    })?,
                    format!("the decision records of {y}"),
                ),
                (None, None) => unreachable!("clap requires one"),
            };
            write(&out, &bytes)?;
            say!("Wrote {what} to {}", out.display());
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
            if let Some(b) = r.first_broken {
                return Err(anyhow!("the audit trail is broken at entry {}: {}. Entries from there on cannot be trusted.", b.seq, b.reason));
            }
            match r.head {
                HeadCheck::Missing { recorded, entries } => Err(anyhow!(
                    "committed entries are missing: workspace.json records (signed) that the audit trail reached entry {recorded}, but the database ends at entry {entries}. Changes after entry {entries} were lost (a database file replaced by an older copy, or its log deleted); restore the workspace from a backup"
                )),
                HeadCheck::Rewritten { recorded } => Err(anyhow!(
                    "entry {recorded} of the audit trail is not the one workspace.json records (signed): the trail was rewritten from there; restore the workspace from a backup"
                )),
                HeadCheck::Unsigned => Err(anyhow!(
                    "the record of the audit trail's last entry in workspace.json is not signed by this workspace's key: it was changed outside SC Desk"
                )),
                HeadCheck::Removed => Err(anyhow!(
                    "the record of the audit trail's last entry was removed from workspace.json outside SC Desk, so entries lost with the database could go unnoticed; restore workspace.json from a backup of the folder"
                )),
                head => {
                    say!("The audit trail is whole: {} entries, each linked to the one before.", r.entries);
                    match head {
                        HeadCheck::Ahead { recorded } => say!("Its last entries (after entry {recorded}) were written after the last record in workspace.json, as after an interrupted change; nothing is missing."),
                        HeadCheck::NotRecorded => say!("workspace.json holds no record of the last entry (a workspace made by an older SC Desk): entries lost with the database could not be noticed."),
                        _ => say!("It ends at the entry workspace.json records, signed by this workspace's key: no committed entry is missing."),
                    }
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
                    return Err(anyhow!(
                        "choose one of --join, --object REASON, --abstain, --recuse REASON"
                    ))
                }
            };
            let mut desk = open(dir, passphrase_file)?;
            desk.set_position(&meeting, item, stance, reason.as_deref())?;
            say!(
                "Item {item} of {meeting}: {} (draft; export it with `scdesk export positions`).",
                stance.label()
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
            .map_err(|e| anyhow!("{e}: see `scdesk dossier list --help` for the values"))?;
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
            let what = if undo {
                "review mark removed"
            } else {
                "marked reviewed"
            };
            say!("{id}: {what}. {}", desk.review_progress()?.text);
            Ok(())
        }
        DossierCommand::Note { id, text } => {
            let id = desk.dossier_id(&id)?;
            match text {
                Some(text) => {
                    desk.set_note(&id, &text)?;
                    say!("Note saved (private: never exported).");
                }
                None => say!("{}", desk.dossier_page(&id)?.note),
            }
            Ok(())
        }
        DossierCommand::Question { id, text } => {
            let id = desk.dossier_id(&id)?;
            desk.add_question(&id, &text)?;
            say!("Question flagged for the meeting.");
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
                say!("Conflict of interest withdrawn.");
            } else {
                desk.declare_conflict(&id, reason.as_deref().unwrap_or_default())?;
                say!("Conflict of interest declared; your position on it will be a recusal.");
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
            for r in &c.rows {
                let markers: Vec<String> = c
                    .marker_names
                    .iter()
                    .map(|(id, name)| format!("{name} {}", r.markers[id]))
                    .collect();
                say!(
                    "{:<18} {:>16}  {}  {} months  {}  {}",
                    r.reference,
                    r.budget_display,
                    r.area,
                    r.duration_months,
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
            say!("Wrote {name} to {}", out.display());
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
            for m in &list {
                say!(
                    "{:<14} {:<10} {}  {:<18} {}/{} decided  {}",
                    m.id,
                    m.status,
                    m.starts_at.format("%Y-%m-%d %H:%M UTC"),
                    m.kind.label(),
                    m.decided,
                    m.items,
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
            say!(
                "Decision rule: {}. Quorum: {} members (setting: {})",
                v.rule,
                v.quorum_required,
                v.quorum_note
            );
            say!("Answered: {}", v.answered.join(", "));
            say!("No answer: {}", v.not_answered.join(", "));
            match (&v.correction, v.revision) {
                (Some(c), _) => say!("{c}"),
                (None, Some(r)) => say!("The decisions are signed (revision {r}) and final."),
                _ => {}
            }
            for it in &v.items {
                let c = it.tally.counts;
                say!("\nItem {}: {}", it.item, it.text);
                say!(
                    "  {} join, {} object, {} abstain, {} recuse, {} no answer; {} take part. {}",
                    c.join,
                    c.object,
                    c.abstain,
                    c.recuse,
                    c.no_answer,
                    it.tally.participating,
                    it.tally.explanation
                );
                for o in &it.tally.objections {
                    say!("  Objection ({}): {}", o.seat, o.reason);
                }
                if let Some(d) = &it.decision {
                    say!("  Decision: {}", d.outcome.label());
                    if let Some(f) = &it.funding_display {
                        say!("  {f}");
                    }
                    if let Some(r) = &d.override_reason {
                        say!("  Override: {r}");
                    }
                } else if let Some(why) = &it.not_yet {
                    say!("  {why}");
                }
            }
            Ok(())
        }
        MeetingCommand::Attend { id, seat, status } => {
            desk.set_attendance(&id, &seat, status)?;
            say!("{seat}: {} at {id}.", status.as_str());
            Ok(())
        }
        MeetingCommand::Files { id, out } => {
            std::fs::create_dir_all(&out)
                .with_context(|| format!("could not create {}", out.display()))?;
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
                .ok_or_else(|| anyhow!("the meeting was signed but is not held here"))?;
            say!(
                "Meeting {} ({}, {}) with {} agenda items: signed meeting file written to {}",
                m.id,
                m.kind.label(),
                m.starts_at
                    .with_timezone(&chrono::Local)
                    .format("%Y-%m-%d %H:%M %Z"),
                m.agenda.len(),
                out.display()
            );
            for it in &m.agenda {
                say!("  {}. {}", it.item, it.text);
            }
            Ok(())
        }
        MeetingCommand::Written { id, deadline } => {
            desk.open_written_procedure(&id, deadline)?;
            say!("Written procedure on {id} open until {deadline}: silence counts as no objection; one objection blocks.");
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
            anyhow!(
                "`{text}` is not a time: write `2027-01-20 15:00` (your local time) or RFC 3339"
            )
        })?;
    chrono::Local
        .from_local_datetime(&naive)
        .single()
        .map(|t| t.with_timezone(&chrono::Utc))
        .ok_or_else(|| {
            anyhow!("`{text}` falls in a clock change in your time zone: give it as RFC 3339 with its offset")
        })
}

fn print_rows(desk: &Desk, rows: &[scdesk::review::DossierRow], json: bool) -> anyhow::Result<()> {
    if json {
        return print_json(&rows);
    }
    print_demo_label(desk)?;
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
            "{marks} {:<18} {:<13} area {}  {:>16}  {}  ({})",
            d.reference,
            d.status_label,
            d.area,
            d.budget_display,
            d.title,
            d.countries.join(", ")
        );
    }
    say!(
        "{} dossier(s). R reviewed, * changed since reviewed, A on the agenda, Q questions, C conflict.",
        rows.len()
    );
    Ok(())
}

fn print_dossier(desk: &Desk, p: &scdesk::review::DossierPage) -> anyhow::Result<()> {
    print_demo_label(desk)?;
    let d = &p.dossier;
    say!("{} — {} (version {})", d.reference, d.title, d.version);
    say!(
        "{} · {} · {} · area {}: {}",
        d.countries.join(", "),
        d.region,
        d.status.label(),
        d.area,
        p.row.area_name
    );
    say!(
        "Submitted by {}; {} months from {}",
        d.resident_coordinator,
        d.duration_months,
        d.start_date
    );
    if let Some(c) = &p.conflict {
        say!("CONFLICT OF INTEREST declared: {}", c.reason);
    }
    for f in &p.flags {
        say!("! {}", f.message);
    }
    if !p.changes.is_empty() {
        say!(
            "\nChanged since the version you reviewed ({}):",
            p.reviewed_version.unwrap_or(0)
        );
        for c in &p.changes {
            say!("  {}: {} → {}", c.field, c.before, c.after);
        }
    }
    say!("\n{}\n", d.summary);
    say!(
        "Budget ({}% indirect cost inside each line):",
        p.indirect_percent
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
        "Total",
        p.budget_direct,
        p.budget_indirect,
        p.budget_total
    );
    say!("\nMarkers:");
    for m in &p.markers {
        say!(
            "  {:<26} {} {}",
            m.name,
            m.code.as_deref().unwrap_or("— missing"),
            m.label.as_deref().unwrap_or("")
        );
    }
    let objectives: Vec<String> = p
        .objectives
        .iter()
        .map(|o| format!("{} {}", o.number, o.title))
        .collect();
    say!("\nGCM objectives: {}", objectives.join("; "));
    say!("\nFMU review: {}", d.review.summary);
    for doc in &p.documents {
        say!(
            "Document: {} ({}, {} bytes, SHA-256 {})",
            doc.name,
            doc.media_type,
            doc.size,
            doc.sha256
        );
    }
    if !p.note.is_empty() {
        say!("\nYour note: {}", p.note);
    }
    for q in &p.questions {
        say!("Question for the meeting: {}", q.text);
    }
    let state = if p.row.reviewed {
        "Reviewed."
    } else {
        "Not reviewed yet."
    };
    say!("\n{state}");
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
            say!("Fingerprint: {}", me.fingerprint);
            say!("Public key:  {}", me.public_key);
            match (me.seat, me.role) {
                (Some(seat), Some(role)) => say!("Seat:        {seat} ({})", role.as_str()),
                _ => say!("Seat:        none on the pinned roster"),
            }
            Ok(())
        }
        IdentityCommand::Export {
            name,
            organisation,
            out,
        } => {
            write(&out, &desk.enrolment(&name, &organisation))?;
            say!("Wrote your enrolment file to {}; send it to the FMU and read them your fingerprint:", out.display());
            say!("  {}", desk.identity()?.fingerprint);
            Ok(())
        }
        IdentityCommand::Backup { out } => {
            let pass = backup_passphrase(true)?;
            write(&out, &desk.backup_identity(&pass)?)?;
            say!(
                "Wrote the encrypted backup of your key to {}. Keep it and its passphrase apart.",
                out.display()
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
            say!("Restored the key with fingerprint {}", me.fingerprint);
            Ok(())
        }
    }
}

fn backup_passphrase(confirm: bool) -> anyhow::Result<Passphrase> {
    if let Ok(text) = std::env::var("SCDESK_BACKUP_PASSPHRASE") {
        return Ok(Passphrase::new(text));
    }
    if !std::io::stdin().is_terminal() {
        return Err(anyhow!(
            "no backup passphrase: set SCDESK_BACKUP_PASSPHRASE or run in a terminal"
        ));
    }
    let first = rpassword::prompt_password("Backup passphrase: ")?;
    if confirm && rpassword::prompt_password("Backup passphrase again: ")? != first {
        return Err(anyhow!("the two passphrases differ; nothing was written"));
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
        .with_context(|| format!("could not write {}", path.display()))
}

/// Writes a signed file atomically where the user asked, before the Desk keeps it.
fn deliver_to(path: &Path) -> impl FnMut(&[u8]) -> Result<(), scdesk::Error> + '_ {
    move |bytes| scdesk::atomic::write(path, bytes).map_err(|e| scdesk::Error::io(path, e))
}

fn files_count(n: usize) -> String {
    match n {
        1 => "1 file".to_string(),
        n => format!("{n} files"),
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    say!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

fn print_demo_label(desk: &Desk) -> anyhow::Result<()> {
    if let Some(label) = desk.info()?.label {
        say!("[{label}]");
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
        let keyring = OsKeyring::connect(DEFAULT_TIMEOUT)
            .context("the database key goes into the OS keyring; to use a passphrase instead, add --passphrase")?;
        Desk::create(dir, Unlock::Keyring(&keyring), options)?
    };
    let info = desk.info()?;
    say!(
        "Created workspace {} in {} (key kept in: {}){}",
        info.id,
        info.dir.display(),
        info.key_storage,
        if info.demo {
            ", with the demo data"
        } else {
            ""
        }
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
        "Wrote the workspace backup ({} KB) to {}. Keep it and its passphrase apart: together they open everything in this workspace.",
        bytes.len().div_ceil(1024),
        args.out.display()
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
        let keyring = OsKeyring::connect(DEFAULT_TIMEOUT)
            .context("the database key goes into the OS keyring; to use a passphrase instead, add --passphrase")?;
        Desk::restore_workspace(dir, &bytes, &backup_pass, Unlock::Keyring(&keyring), kdf)?
    };
    let info = desk.info()?;
    say!(
        "Restored workspace {} in {} (key kept in: {}).",
        info.id,
        info.dir.display(),
        info.key_storage
    );
    Ok(())
}

/// The language of this run (`--lang`, `SCDESK_LANG`, else English), set once in `run`.
static LANG: std::sync::OnceLock<scdesk::lang::Lang> = std::sync::OnceLock::new();

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
            .with_context(|| format!("could not read the passphrase file {}", file.display()))?;
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
    let first = rpassword::prompt_password("Passphrase: ")?;
    if confirm {
        let again = rpassword::prompt_password("Passphrase again: ")?;
        if again != first {
            return Err(anyhow!("the two passphrases differ; nothing was created"));
        }
    }
    Ok(Passphrase::new(first))
}
