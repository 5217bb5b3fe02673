//! Starting the real app under tauri-driver and waiting for what the user would see.

use fantoccini::{Client, ClientBuilder, Locator};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// WebDriver's key codes.
pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";
pub const ESCAPE: &str = "\u{E00C}";
pub const DOWN: &str = "\u{E015}";

/// How long anything in the app may take before a test fails (a loaded 2-core machine).
pub const PATIENCE: Duration = Duration::from_secs(60);

pub struct App {
    driver: Child,
    pub client: Client,
    data_dir: std::path::PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// Waits until the WebDriver server `driver` listens on `port`, then opens a session with
/// `caps`, within the patience a loaded machine needs.
async fn session(
    port: u16,
    caps: serde_json::Map<String, serde_json::Value>,
    driver: &str,
) -> Client {
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < PATIENCE, "{driver} did not listen");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut builder = ClientBuilder::native();
    builder.capabilities(caps);
    tokio::time::timeout(
        PATIENCE,
        builder.connect(&format!("http://127.0.0.1:{port}")),
    )
    .await
    .expect("a WebDriver session within the timeout")
    .expect("a WebDriver session")
}

impl App {
    /// Starts the app on the workspace folder `data_dir` and waits for its window.
    pub async fn launch(data_dir: &Path) -> App {
        App::launch_with(data_dir, &[]).await
    }

    /// The same, with extra environment for the app (e.g. `SCDESK_FIRST_RUN=empty`).
    pub async fn launch_with(data_dir: &Path, env: &[(&str, &str)]) -> App {
        App::launch_full(data_dir, env, &[]).await
    }

    /// The app as its desktop entry starts it for a double-clicked file: the file's path
    /// as its argument.
    pub async fn launch_opening(data_dir: &Path, files: &[&Path]) -> App {
        let args: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        App::launch_full(data_dir, &[], &args).await
    }

    /// The app's binary: the one this build made, or an installed one
    /// (`SCDESK_APP_BINARY=/usr/bin/scdesk-app`, as `make test-package` runs it).
    pub fn binary() -> std::path::PathBuf {
        std::env::var_os("SCDESK_APP_BINARY")
            .map(Into::into)
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_scdesk-app").into())
    }

    async fn launch_full(data_dir: &Path, env: &[(&str, &str)], args: &[String]) -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "no DISPLAY: run the end-to-end tests under xvfb-run (make test-e2e)"
        );
        let port = free_port();
        let native_port = free_port();
        let driver = Command::new("tauri-driver")
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env("SCDESK_DATA_DIR", data_dir)
            // The demo unless a test says otherwise (`SCDESK_FIRST_RUN=empty`, or `ask`).
            .env("SCDESK_FIRST_RUN", "demo")
            // English unless a test says otherwise, whatever the machine's locale.
            .env("LC_ALL", "C.UTF-8")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver is installed (make tauri-driver)");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": App::binary(), "args": args }),
        );
        caps.insert("browserName".into(), "wry".into());
        let client = session(port, caps, "tauri-driver").await;
        App {
            driver,
            client,
            data_dir: data_dir.to_path_buf(),
        }
    }

    /// Waits until `css` matches an element whose text satisfies `check`; returns the text.
    pub async fn wait_for_text(&self, css: &str, check: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        let mut last = String::new();
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                if let Ok(text) = el.text().await {
                    if check(&text) {
                        return text;
                    }
                    last = text;
                }
            }
            assert!(
                started.elapsed() < PATIENCE,
                "timed out waiting on `{css}`; last text seen: {last:?}"
            );
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Waits until at least `n` elements match `css`; returns the text of each.
    pub async fn wait_for_rows(&self, css: &str, n: usize) -> Vec<String> {
        let started = Instant::now();
        loop {
            if let Ok(found) = self.client.find_all(Locator::Css(css)).await {
                if found.len() >= n {
                    let mut texts = Vec::with_capacity(found.len());
                    for el in found {
                        texts.push(el.text().await.unwrap_or_default());
                    }
                    return texts;
                }
            }
            assert!(
                started.elapsed() < PATIENCE,
                "timed out waiting for {n} of `{css}`"
            );
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Waits for `css` to be there, then clicks it; retries while the page re-renders
    /// it (a stale or not-yet-interactable element).
    pub async fn click(&self, css: &str) {
        let started = Instant::now();
        loop {
            let el = self.element(css).await;
            // Centre it first: WebKitWebDriver can miss an element near the window's edge.
            if let Ok(arg) = serde_json::to_value(&el) {
                let _ = self
                    .client
                    .execute("arguments[0].scrollIntoView({block: 'center'})", vec![arg])
                    .await;
            }
            match el.click().await {
                Ok(()) => return,
                Err(e) => assert!(started.elapsed() < PATIENCE, "could not click `{css}`: {e}"),
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Presses `keys` (text, or WebDriver key codes such as `TAB`) on the element that
    /// has the focus, as a keyboard would.
    pub async fn press(&self, keys: &str) {
        let focused = self
            .client
            .active_element()
            .await
            .expect("a focused element");
        focused.send_keys(keys).await.expect("pressing keys");
    }

    /// Presses Tab until the focus is on `css`, as a keyboard user moves through the
    /// screen; fails if it is not reached within `most` presses.
    pub async fn tab_to(&self, css: &str, most: usize) {
        let check =
            format!("return document.activeElement && document.activeElement.matches({css:?})");
        for _ in 0..most {
            if self.client.execute(&check, vec![]).await.unwrap().as_bool() == Some(true) {
                return;
            }
            self.press(TAB).await;
        }
        panic!("`{css}` is not reached with {most} presses of Tab");
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        self.element(css)
            .await
            .send_keys(text)
            .await
            .expect("typing");
    }

    /// Sets an input's value as a user's typing would leave it (for date and time inputs,
    /// whose typing WebKitWebDriver does not support), and tells the page.
    pub async fn set_value(&self, css: &str, value: &str) {
        let el = serde_json::to_value(self.element(css).await).expect("an element");
        self.client
            .execute(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                vec![el, value.into()],
            )
            .await
            .expect("the value is set");
    }

    /// Imports `file` through the import screen's file chooser, as a member picks it,
    /// and returns the result lines once there are `rows` of them.
    pub async fn import_file(&self, file: &Path, rows: usize) -> Vec<String> {
        self.click("#tabs button[data-tab='import']").await;
        self.element("#import-files")
            .await
            .send_keys(file.to_str().expect("a UTF-8 path"))
            .await
            .expect("choosing the file");
        self.wait_for_rows("#import-results tbody tr", rows).await
    }

    /// The native save dialog cannot be driven: from now on it answers with `path`.
    pub async fn answer_save_dialogs_with(&self, path: &Path) {
        self.client
            .execute(
                "const p = arguments[0]; window.__TAURI__.dialog.save = async () => p;",
                vec![serde_json::to_value(path).expect("a path")],
            )
            .await
            .expect("the dialog is replaced");
    }

    pub async fn clear(&self, css: &str) {
        self.element(css).await.clear().await.expect("clearing");
    }

    async fn element(&self, css: &str) -> fantoccini::elements::Element {
        let started = Instant::now();
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                if el.is_displayed().await.unwrap_or(false) {
                    return el;
                }
            }
            assert!(
                started.elapsed() < PATIENCE,
                "timed out waiting for `{css}`"
            );
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Waits until the JavaScript expression `script` (a `return …` body) is true.
    pub async fn wait_for_js(&self, script: &str) {
        let started = Instant::now();
        loop {
            if let Ok(v) = self.client.execute(script, vec![]).await {
                if v.as_bool() == Some(true) {
                    return;
                }
            }
            assert!(
                started.elapsed() < PATIENCE,
                "timed out waiting for `{script}`"
            );
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Resizes the window and waits until the page has the new width.
    pub async fn resize(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .expect("a resize");
        self.wait_for_js(&format!("return window.innerWidth <= {width}"))
            .await;
        // Two animation frames: the new layout is painted before a screenshot.
        let _ = self
            .client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await;
    }

    /// Waits until the dashboard has rendered.
    pub async fn wait_ready(&self) {
        self.wait_for_text("body[data-ready='true'] #kpi-total", |t| !t.is_empty())
            .await;
    }

    /// Saves a screenshot of the window where a person can look at it.
    pub async fn screenshot(&self, path: &Path) {
        let _ = self
            .client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await;
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(path, png).expect("screenshot written");
    }

    /// Closes the app and waits until its process has gone: a start on the same workspace
    /// before then would hand itself over to it (one app per workspace) and exit.
    ///
    /// Ending the WebDriver session closes the window, and the app ends with its last
    /// window. Once, on a loaded CI machine, the app still ran 60 s later (the session's
    /// end had not reached it before the driver was stopped, and an orphaned app waits
    /// for nobody), so an app still running after a grace period is sent SIGTERM, then
    /// SIGKILL, and the log says so. What a test checks was saved before it quits.
    pub async fn quit(mut self) {
        let _ = self.client.clone().close().await;
        self.stop_driver();
        let started = Instant::now();
        let mut signal = None;
        loop {
            let left = App::processes(&self.data_dir);
            if left.is_empty() {
                return;
            }
            let elapsed = started.elapsed();
            let next = if elapsed > Duration::from_secs(40) {
                Some("-KILL")
            } else if elapsed > Duration::from_secs(20) {
                Some("-TERM")
            } else {
                None
            };
            if let Some(sig) = next.filter(|sig| signal != Some(*sig)) {
                eprintln!(
                    "the app (pid {left:?}) had not ended {}s after its window closed: sending SIG{}",
                    elapsed.as_secs(),
                    &sig[1..]
                );
                for pid in &left {
                    let _ = Command::new("kill").args([sig, &pid.to_string()]).status();
                }
                signal = Some(sig);
            }
            assert!(started.elapsed() < PATIENCE, "the app did not end");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The processes running the app's binary on the workspace folder `data_dir`.
    pub fn processes(data_dir: &Path) -> Vec<u32> {
        let binary = App::binary()
            .canonicalize()
            .unwrap_or_else(|_| App::binary());
        let marker = format!("SCDESK_DATA_DIR={}", data_dir.display());
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let exe = std::fs::read_link(entry.path().join("exe")).ok();
            let env = std::fs::read(entry.path().join("environ")).unwrap_or_default();
            if exe.as_deref() == Some(binary.as_path())
                && env.split(|b| *b == 0).any(|v| v == marker.as_bytes())
            {
                found.push(pid);
            }
        }
        found
    }

    fn stop_driver(&mut self) {
        // SIGTERM first, so tauri-driver stops its WebKitWebDriver child too.
        let _ = Command::new("kill")
            .args(["-TERM", &self.driver.id().to_string()])
            .status();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(5) {
            if matches!(self.driver.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if matches!(self.driver.try_wait(), Ok(None)) {
            self.stop_driver();
        }
    }
}

/// WebKitGTK's own browser (MiniBrowser) under WebKitWebDriver, for pages the app writes
/// (the public register): the same engine as the app's window.
pub struct Browser {
    driver: Child,
    pub client: Client,
}

const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

impl Browser {
    pub async fn launch() -> Browser {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "no DISPLAY: run the end-to-end tests under xvfb-run (make test-e2e)"
        );
        let port = free_port();
        let driver = Command::new("WebKitWebDriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("WebKitWebDriver is installed (webkit2gtk-driver)");
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "MiniBrowser".into());
        caps.insert(
            "webkitgtk:browserOptions".into(),
            serde_json::json!({ "binary": MINIBROWSER, "args": ["--automation"] }),
        );
        let client = session(port, caps, "WebKitWebDriver").await;
        Browser { driver, client }
    }

    /// Opens `page` and waits until it has loaded.
    pub async fn open(&self, page: &Path) {
        self.client
            .goto(&format!("file://{}", page.display()))
            .await
            .expect("the page opens");
        let started = Instant::now();
        loop {
            let state = self
                .client
                .execute("return document.readyState", vec![])
                .await
                .ok();
            if state.as_ref().and_then(|v| v.as_str()) == Some("complete") {
                return;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "{} did not load",
                page.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Every accessibility violation axe-core finds on the page, under all its rules.
    pub async fn axe_violations(&self) -> Vec<String> {
        axe_violations(&self.client, None).await
    }

    pub async fn screenshot(&self, path: &Path) {
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(path, png).expect("screenshot written");
    }

    pub async fn quit(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The accessibility violations axe-core finds in the page `client` shows, one line each
/// (rule, impact, help, the elements): under the rules tagged `tags` (e.g. WCAG 2.1 A and
/// AA), or all its rules. axe-core's script is named by `SCDESK_AXE` (make test-e2e).
pub async fn axe_violations(client: &Client, tags: Option<&[&str]>) -> Vec<String> {
    let path = std::env::var("SCDESK_AXE")
        .expect("SCDESK_AXE names axe.min.js (make test-e2e fetches it)");
    let axe = std::fs::read_to_string(&path).expect("axe.min.js is readable");
    client
        .execute(&format!("{axe}\nreturn typeof axe;"), vec![])
        .await
        .expect("axe-core loads");
    let options = match tags {
        Some(tags) => serde_json::json!({ "runOnly": { "type": "tag", "values": tags } }),
        None => serde_json::json!({}),
    };
    let result = client
        .execute_async(
            "const options = arguments[0]; const done = arguments[arguments.length - 1];
             axe.run(document, options)
               .then(r => done(r.passes.length === 0 ? ['axe-core checked nothing'] : r.violations.map(v =>
                 `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)))
               .catch(e => done(['axe failed: ' + e]));",
            vec![options],
        )
        .await
        .expect("axe-core runs");
    result
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_else(|| vec![format!("axe returned {result}")])
}

/// A meeting file signed by the demo's FMU (whose key every demo workspace's roster
/// holds), as it would arrive by e-mail: meeting `id` starting `starts_in` from now.
pub fn demo_meeting_file(id: &str, starts_in: chrono::Duration) -> Vec<u8> {
    let starts = (chrono::Utc::now() + starts_in).to_rfc3339();
    let issued = (chrono::Utc::now() - chrono::Duration::days(2)).to_rfc3339();
    let meeting = crate::fixture::meeting(id, &starts, 1, &issued);
    scdesk::demo::demo_identity("fmu")
        .sign(
            scdesk::sync::Kind::Meeting.payload_type(),
            scdesk::sync::payload_bytes(&meeting),
        )
        .to_json()
}
