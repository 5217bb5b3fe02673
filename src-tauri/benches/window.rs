//! `make bench`'s window rows: the app's start to its dashboard painted, and the memory
//! (PSS) of its whole process tree, each beside an empty Tauri 2 window with a static page
//! measured in the same run: this same binary started with `--empty-window`, so that the
//! floor is built with the same profile, the same tauri and the same dialog plugin. Then the
//! app under WebDriver opens 50 dossiers, and the memory is read again.
//!
//! Runs under Xvfb and a throw-away Secret Service (`make bench` sees to both). Writes its
//! rows to `target/tmp/window-rows.md`, which `benches/scale.rs` puts into
//! `bench/RESULTS.md` with the rest of the run.

#[path = "../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

/// The app's WebKit set-up, shared with the empty window.
#[path = "../src/webkit.rs"]
mod webkit;

/// The committee fixture the harness's helpers use.
#[path = "../../tests/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Pairs of starts, one of each window. A start varies by ±150 ms here from one to the
/// next (mostly before the page, in code the two windows share), so that the median of
/// twenty-five pairs' ratios moved from 1.18 to 1.32 between runs of one build; a
/// hundred and one pairs narrow its 95% interval to about ±0.04.
const PAIRS: usize = 101;
/// The first pairs also read each window's memory once it has settled (a second or more
/// a start); a median of twenty-five is steady, as the memory varies by a few MiB.
const WEIGHED: usize = 25;
/// Dossier pages opened before memory is read again.
const OPENINGS: usize = 50;
/// Times the app opens them, each a fresh start under WebDriver: the median's growth is
/// the row's.
const ROUNDS: usize = 3;
const PATIENCE: Duration = Duration::from_secs(90);

fn main() {
    if std::env::args().any(|a| a == "--empty-window") {
        empty_window();
        return;
    }
    if std::env::var_os("DISPLAY").is_none() {
        eprintln!("window bench: no DISPLAY (make bench runs it under xvfb-run); nothing measured");
        return;
    }
    let rows = measure();
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("window-rows.md");
    std::fs::write(&out, rows).expect("the window rows are written");
    eprintln!("window bench: rows in {}", out.display());
}

/// The floor: an empty window whose static page says when it has painted, as the app does.
/// The empty window sets WebKit up as the app does (`webkit::set_up`, the app's own
/// code), so that the floor differs only by the page.
fn empty_window() {
    webkit::set_up();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(tauri::generate_handler![first_screen_painted])
        .run(tauri::generate_context!(
            "benches/empty-window/tauri.conf.json"
        ))
        .expect("the empty window runs");
}

#[tauri::command]
fn first_screen_painted(screen: String) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "scdesk: painted {screen}").and_then(|()| out.flush());
}

/// A window started directly, its stdout read for the line that says it has painted.
struct Started {
    child: Child,
    took: Duration,
}

fn start(binary: &Path, args: &[&str], data: &Path, expect: &str) -> Started {
    let began = Instant::now();
    let mut child = Command::new(binary)
        .args(args)
        .env("SCDESK_DATA_DIR", data)
        .env("SCDESK_FIRST_RUN", "demo")
        .env("SCDESK_REPORT_PAINT", "1")
        .env("LC_ALL", "C.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the window starts");
    let stdout = child.stdout.take().expect("a stdout");
    let (tx, rx) = mpsc::channel();
    // Drained to the end, so that the window never waits on a full pipe.
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(screen) = line.strip_prefix("scdesk: painted ") {
                let _ = tx.send((screen.to_string(), Instant::now()));
            }
        }
    });
    let (screen, at) = rx
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|_| panic!("{} did not paint", binary.display()));
    assert_eq!(
        screen,
        expect,
        "{} painted another screen",
        binary.display()
    );
    Started {
        child,
        took: at - began,
    }
}

/// Every process below `root` (the WebKit web and network processes, any sandbox).
fn tree(root: u32) -> Vec<u32> {
    let mut parent_of = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // The parent is the second field after the command's name, which may hold spaces.
        let ppid = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(ppid) = ppid {
            parent_of.push((pid, ppid));
        }
    }
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let p = found[i];
        found.extend(parent_of.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    found
}

/// The proportional set size of one process, in KiB.
fn pss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Pss:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// Running still: a process that has ended but is not yet reaped (a zombie) holds no memory.
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        s.rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_some_and(|state| state != "Z")
    })
}

fn name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// The tree's PSS once it has settled (two readings a quarter-second apart within 1%),
/// in MiB, and its processes for the log.
fn settled_pss(root: u32) -> (f64, String) {
    let read = || {
        let pids = tree(root);
        let each: Vec<(u32, u64)> = pids.iter().map(|&p| (p, pss_kib(p))).collect();
        let total: u64 = each.iter().map(|(_, k)| k).sum();
        (total, each)
    };
    let began = Instant::now();
    let (mut last, _) = read();
    let each = loop {
        std::thread::sleep(Duration::from_millis(250));
        let (now, each) = read();
        let close = now.abs_diff(last) * 100 <= now.max(1);
        last = now;
        if close || began.elapsed() > Duration::from_secs(10) {
            break each;
        }
    };
    let parts = each
        .iter()
        .map(|(p, k)| format!("{} {:.0} MiB", name(*p), *k as f64 / 1024.0))
        .collect::<Vec<_>>()
        .join(", ");
    (last as f64 / 1024.0, parts)
}

/// Ends a window and every process it started.
fn stop(mut child: Child) {
    let pids = tree(child.id());
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let began = Instant::now();
    while began.elapsed() < Duration::from_secs(10) {
        if matches!(child.try_wait(), Ok(Some(_))) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    for &pid in pids.iter().skip(1) {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .stderr(Stdio::null())
            .status();
    }
    // Gone, every one of them, before the next window starts: a web process still
    // handing back its memory would be measured against the next start.
    let began = Instant::now();
    while pids.iter().any(|&p| alive(p)) {
        if began.elapsed() > Duration::from_secs(10) {
            eprintln!("window bench: a process of the last window still runs after 10 s");
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// The median of `xs` and a 95% interval for it that assumes nothing of their spread
/// (the order-statistic interval): the (k+1)-th smallest and the (k+1)-th largest, with
/// `k` as large as can be while k or fewer of `xs` fall below the true median with a chance
/// of 2.5% at most (each falls below it with a chance of ½).
fn median_interval(mut xs: Vec<f64>) -> (f64, f64, f64) {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    let (mut k, mut below, mut pmf) = (0, 0.0, 0.5f64.powi(n as i32));
    while k < n / 2 && below + pmf <= 0.025 {
        below += pmf;
        pmf *= (n - k) as f64 / (k + 1) as f64;
        k += 1;
    }
    (xs[k], xs[n / 2], xs[n - 1 - k])
}

/// The app's process under WebDriver: the one running its binary on `data`.
fn app_pid(data: &Path) -> u32 {
    let began = Instant::now();
    loop {
        if let Some(&pid) = harness::App::processes(data).first() {
            return pid;
        }
        assert!(began.elapsed() < PATIENCE, "the app's process is not found");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn measure() -> String {
    let app: PathBuf = harness::App::binary();
    let empty = std::env::current_exe().expect("this binary");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let data = dir.path().join("workspace");

    // The first start makes the demo workspace and puts its key in the keyring; the
    // starts measured open it, as a member's every later start does. Each window starts
    // once unmeasured, so that neither is measured reading its files from the disk.
    stop(start(&app, &[], &data, "dashboard").child);
    stop(start(&empty, &["--empty-window"], &data, "empty").child);

    // The empty window, then the app: each one's binary, arguments and first screen.
    let windows: [(&Path, &[&str], &str); 2] = [
        (&empty, &["--empty-window"], "empty"),
        (&app, &[], "dashboard"),
    ];
    let (mut ms, mut mib) = ([vec![], vec![]], [vec![], vec![]]);
    let mut start_ratios = vec![];
    for run in 0..PAIRS {
        // Each window first in every other pair, so that neither always follows the other.
        let mut took = [Duration::ZERO; 2];
        let order = if run % 2 == 0 { [0, 1] } else { [1, 0] };
        for which in order {
            let (binary, args, screen) = windows[which];
            let w = start(binary, args, &data, screen);
            if run < WEIGHED {
                let (pss, parts) = settled_pss(w.child.id());
                eprintln!("{screen} {run}: {:?}, {pss:.0} MiB ({parts})", w.took);
                mib[which].push(pss);
            } else {
                eprintln!("{screen} {run}: {:?}", w.took);
            }
            ms[which].push(w.took.as_secs_f64() * 1000.0);
            took[which] = w.took;
            stop(w.child);
        }
        start_ratios.push(took[1].as_secs_f64() / took[0].as_secs_f64());
    }
    let [empty_ms, app_ms] = ms;
    let [empty_mib, app_mib] = mib;
    let (app_ms, empty_ms) = (median(app_ms), median(empty_ms));
    let (app_mib, empty_mib) = (median(app_mib), median(empty_mib));

    // A few rounds, as the other rows take a few runs: the tree's memory read twice on
    // the same screen differs by a few MiB, a third of the growth allowed.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let mut rounds: Vec<(f64, f64)> = (0..ROUNDS)
        .map(|_| runtime.block_on(open_dossiers(&data)))
        .collect();
    rounds.sort_by(|(b1, a1), (b2, a2)| (a1 / b1).total_cmp(&(a2 / b2)));
    let (before, after) = rounds[rounds.len() / 2];

    // The median of the pairs' ratios, as the import rows take theirs, and how far it
    // could be from the ratio of many more starts.
    let (low, start_ratio, high) = median_interval(start_ratios);
    let memory_ratio = app_mib / empty_mib;
    let growth = (after / before - 1.0) * 100.0;
    let yes = |met: bool| if met { "yes" } else { "**no**" };
    format!(
        "| app start to the dashboard painted (optimised build, Xvfb; the demo workspace, its key in the OS keyring) | {app_ms:.0} ms | {empty_ms:.0} ms: an empty Tauri 2 window with a static page, built in the same run | {start_ratio:.2}× (95% interval of the median: {low:.2}–{high:.2}) | ≤ 1.3× | {} |\n\
         | memory (PSS) of the app's whole process tree on the dashboard | {app_mib:.0} MiB | {empty_mib:.0} MiB: the same empty window's | {memory_ratio:.2}× | ≤ 1.3× | {} |\n\
         | the same after opening {OPENINGS} dossier pages (under WebDriver; the median of {ROUNDS} starts) | {after:.0} MiB | {before:.0} MiB: the same app on its dashboard before | {growth:+.1}% | no growth beyond 10% | {} |\n",
        yes(start_ratio <= 1.3),
        yes(memory_ratio <= 1.3),
        yes(growth <= 10.0),
    )
}

/// The app's memory on its dashboard, then after `OPENINGS` dossier pages opened from
/// the list one after another, as a member reads them.
async fn open_dossiers(data: &Path) -> (f64, f64) {
    let app = harness::App::launch(data).await;
    app.wait_ready().await;
    let pid = app_pid(data);
    let (before, parts) = settled_pss(pid);
    eprintln!("under WebDriver, on the dashboard: {before:.0} MiB ({parts})");
    app.click("#tabs button[data-tab='dossiers']").await;
    app.wait_for_rows("#dossier-list tbody tr", 1).await;
    let ids: Vec<String> = serde_json::from_value(
        app.client
            .execute(
                "return [...document.querySelectorAll('#dossier-list tbody tr')].map(r => r.dataset.dossier)",
                vec![],
            )
            .await
            .expect("the list's dossiers"),
    )
    .expect("dossier ids");
    assert!(!ids.is_empty(), "the demo lists dossiers");
    let began = Instant::now();
    for id in ids.iter().cycle().take(OPENINGS) {
        // Emptied first, so that the title seen next is the dossier just opened.
        app.client
            .execute(
                "document.getElementById('dv-title').textContent = ''",
                vec![],
            )
            .await
            .expect("the title is emptied");
        app.click(&format!(
            "#dossier-list tbody tr[data-dossier='{id}'] td:nth-child(3)"
        ))
        .await;
        app.wait_for_text("#dv-title", |t| !t.is_empty()).await;
        app.click("#dossier-back").await;
        app.wait_for_rows("#dossier-list tbody tr", ids.len()).await;
    }
    let took = began.elapsed();
    let (after, parts) = settled_pss(pid);
    eprintln!("after {OPENINGS} dossier pages ({took:.1?}): {after:.0} MiB ({parts})");
    app.quit().await;
    (before, after)
}
