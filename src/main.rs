//! `scdesk`: the command line over the same `Desk` API as the app. Raw flags are parsed
//! by clap, turned into typed requests, and every error ends the run with one line that
//! says what to do next and a non-zero exit code.

use anyhow::{anyhow, Context};
use clap::{Parser, Subcommand};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use scdesk::desk::{Content, CreateOptions, Desk, Unlock};
use scdesk::keyring::{OsKeyring, DEFAULT_TIMEOUT};
use scdesk::money::format_money;
use scdesk::secret::Passphrase;
use scdesk::workspace::{self, KeyMode};

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
    #[command(subcommand)]
    command: Command,
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
    /// Joint Programme dossiers.
    #[command(subcommand)]
    Dossier(DossierCommand),
}

#[derive(clap::Args)]
struct CreateArgs {
    /// Protect the database with a passphrase instead of a key in the OS keyring.
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
    /// List the newest version of every dossier.
    List(JsonArg),
}

fn main() {
    let cli = Cli::parse();
    if let Err(e) = run(cli) {
        eprintln!("scdesk: {e:#}");
        std::process::exit(1);
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let dir = match cli.data_dir {
        Some(dir) => dir,
        None => workspace::default_dir().ok_or_else(|| {
            anyhow!("no data folder could be found for this user; pass --data-dir DIR")
        })?,
    };
    let passphrase_file = cli.passphrase_file.as_deref();
    match cli.command {
        Command::Init(args) => create(&dir, args, Content::Empty, passphrase_file),
        Command::Demo(args) => create(&dir, args, Content::Demo, passphrase_file),
        Command::Fund(args) => {
            let desk = open(&dir, passphrase_file)?;
            let o = desk.fund_overview()?;
            if args.json {
                return print_json(&o);
            }
            print_demo_label(&desk)?;
            println!("{}", o.fund);
            match o.as_of {
                Some(date) => println!("Contributions as of {date}\n"),
                None => println!("No contributions recorded.\n"),
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
                println!(
                    "  {:<width$}  {:>18}  {:>5}%{earmark}",
                    r.contributor, r.amount_display, r.share_percent
                );
            }
            println!(
                "  {:<width$}  {:>18}  ({} contributors)",
                "Total", o.total_display, o.contributor_count
            );
            println!("\nBy earmark:");
            for e in &o.earmarks {
                println!("  {:<20} {:>18}", e.label, e.amount_display);
            }
            println!(
                "\nAdministrative Agent ({}) fee, {}%: {}",
                o.administrative_agent,
                o.administrative_agent_fee_percent,
                o.administrative_agent_fee_display
            );
            Ok(())
        }
        Command::Workspace(args) => {
            let desk = open(&dir, passphrase_file)?;
            let info = desk.info()?;
            if args.json {
                return print_json(&info);
            }
            println!("Workspace {}", info.id);
            println!("  folder:      {}", info.dir.display());
            println!("  key kept in: {}", info.key_storage);
            println!("  schema:      version {}", info.schema_version);
            if let Some(label) = info.label {
                println!("  content:     {label}");
            }
            Ok(())
        }
        Command::Dossier(DossierCommand::List(args)) => {
            let desk = open(&dir, passphrase_file)?;
            let dossiers = desk.dossiers()?;
            if args.json {
                return print_json(&dossiers);
            }
            print_demo_label(&desk)?;
            for d in &dossiers {
                println!(
                    "{:<18} {:<13} area {}  {:>16}  {}  ({})",
                    d.reference,
                    d.status_label,
                    d.area,
                    format_money(d.budget_total, &desk.profile().currency),
                    d.title,
                    d.countries.join(", ")
                );
            }
            Ok(())
        }
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

fn print_demo_label(desk: &Desk) -> anyhow::Result<()> {
    if let Some(label) = desk.info()?.label {
        println!("[{label}]");
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
    println!(
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

fn open(dir: &Path, passphrase_file: Option<&Path>) -> anyhow::Result<Desk> {
    Ok(match Desk::key_mode(dir)? {
        KeyMode::Keyring { .. } => {
            let keyring = OsKeyring::connect(DEFAULT_TIMEOUT)?;
            Desk::open(dir, Unlock::Keyring(&keyring))?
        }
        KeyMode::Passphrase { .. } => {
            let passphrase = read_passphrase(passphrase_file, false)?;
            Desk::open(dir, Unlock::Passphrase(passphrase))?
        }
    })
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
