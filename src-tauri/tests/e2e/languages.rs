//! The app in French and Spanish: the language follows the system's on first start, the
//! menu changes it at once and the workspace keeps it; and a pseudo-language that marks
//! every catalogue message finds any text on any screen that is not from the catalogue.

use std::path::Path;

use crate::harness::App;
use scdesk::lang::{Lang, Words};

/// Visible text (and the labels a person meets) that is neither a marked catalogue
/// message nor inside an element marked as data (`translate="no"`).
const UNMARKED: &str = r#"
const bad = [];
const shown = (el) => {
  if (el.closest('[hidden], script, style, noscript, template')) return false;
  const box = el.tagName === 'OPTION' ? el.closest('select') : el;
  return !!box && box.getClientRects().length > 0;
};
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const text = n.textContent.trim();
  const el = n.parentElement;
  if (!/\p{L}/u.test(text) || !el || el.closest('[translate="no"]') || !shown(el)) continue;
  if (!text.includes('[!!')) bad.push(text.slice(0, 90));
}
// Tooltips (`title`) carry data here (an area's full name, a hash), so only the labels
// a screen reader or an empty field says are checked.
for (const el of document.querySelectorAll('[aria-label], [placeholder]')) {
  if (el.closest('[translate="no"]') || !shown(el)) continue;
  for (const a of ['aria-label', 'placeholder']) {
    const v = el.getAttribute(a);
    if (v && /\p{L}/u.test(v) && !v.includes('[!!')) bad.push(`${a}="${v.slice(0, 90)}"`);
  }
}
return bad;
"#;

async fn unmarked(app: &App) -> Vec<String> {
    let v = app
        .client
        .execute(UNMARKED, vec![])
        .await
        .expect("the check runs");
    serde_json::from_value(v).expect("a list of texts")
}

/// Every screen in turn; `each` is called with the screen's name once it is shown.
async fn every_screen<F, Fut>(app: &App, mut each: F)
where
    F: FnMut(&'static str) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for tab in [
        "dashboard",
        "dossiers",
        "meeting",
        "positions",
        "trust",
        "import",
    ] {
        app.click(&format!("#tabs button[data-tab='{tab}']")).await;
        app.wait_for_js(&format!(
            "return !document.getElementById('tab-{tab}').hidden"
        ))
        .await;
        if tab == "dossiers" {
            app.wait_for_rows("#dossier-list tbody tr", 12).await;
        }
        if tab == "positions" {
            app.wait_for_js("return document.querySelectorAll('#tab-positions select, #tab-positions .empty, #tab-positions p').length > 0").await;
        }
        each(tab).await;
    }
    app.click("#tabs button[data-tab='dossiers']").await;
    app.wait_for_rows("#dossier-list tbody tr", 12).await;
    app.click("#dossier-list tbody tr[data-dossier='jp-ecuador-mobility-data'] td:nth-child(3)")
        .await;
    app.wait_for_text("#dv-title", |t| !t.is_empty()).await;
    each("dossier").await;
    app.click("#dossier-back").await;
    app.wait_for_rows("#dossier-list tbody tr", 12).await;
    // Chosen for comparison (a second round finds them still chosen).
    for id in ["jp-ecuador-mobility-data", "jp-turkiye-social-cohesion"] {
        let pick = format!("#dossier-list tbody tr[data-dossier='{id}'] input");
        app.wait_for_js(&format!(
            "const i = document.querySelector(\"{pick}\"); if (i && !i.checked) i.click(); return !!i && i.checked"
        ))
        .await;
    }
    app.wait_for_js("return !document.getElementById('compare-button').disabled")
        .await;
    app.click("#compare-button").await;
    app.wait_for_js("return !document.getElementById('compare-view').hidden")
        .await;
    each("compare").await;
    app.click("#compare-back").await;
    app.click("#tabs button[data-tab='meeting']").await;
    app.click("#mt-select option[value='sc-2026-03']").await;
    app.wait_for_text("#mt-record-card", |t| !t.is_empty())
        .await;
    each("decided-meeting").await;
}

async fn screenshot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.resize(1024, 768).await;
        app.screenshot(&Path::new(&dir).join(format!("{name}.png")))
            .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_no_screen_shows_text_that_is_not_from_the_catalogue() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch_with(&data.path().join("workspace"), &[("SCDESK_LANG", "pseudo")]).await;
    app.wait_ready().await;
    // A refused file, so the import screen shows a line.
    let junk = data.path().join("notes.txt");
    std::fs::write(&junk, "Notes for the meeting").unwrap();
    app.import_file(&junk, 1).await;
    let found = std::sync::Mutex::new(Vec::new());
    every_screen(&app, |screen| {
        let (app, found) = (&app, &found);
        async move {
            for text in unmarked(app).await {
                found.lock().unwrap().push(format!("{screen}: {text}"));
            }
        }
    })
    .await;
    let found = found.into_inner().unwrap();
    assert!(
        found.is_empty(),
        "text not from the catalogue:\n{}",
        found.join("\n")
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_french_from_the_system_then_spanish_from_the_menu_and_kept() {
    let data = tempfile::tempdir().unwrap();
    let ws = data.path().join("workspace");
    let fr = Words::new(Lang::Fr);
    let es = Words::new(Lang::Es);
    let app = App::launch_with(&ws, &[("LC_ALL", "fr_FR.UTF-8")]).await;
    app.wait_ready().await;
    let tab = "#tabs button[data-tab='dashboard']";
    app.wait_for_text(tab, |t| t == fr.t("page-tab-dashboard"))
        .await;
    app.wait_for_js("return document.documentElement.lang === 'fr'")
        .await;
    every_screen(&app, |screen| {
        let app = &app;
        async move { screenshot(app, &format!("fr-{screen}")).await }
    })
    .await;

    // The menu changes the language at once, without a restart.
    app.click("#language option[value='es']").await;
    app.wait_for_text(tab, |t| t == es.t("page-tab-dashboard"))
        .await;
    app.wait_for_js("return document.documentElement.lang === 'es'")
        .await;
    every_screen(&app, |screen| {
        let app = &app;
        async move { screenshot(app, &format!("es-{screen}")).await }
    })
    .await;

    // The chair types amounts the Spanish way: the form starts from the request written
    // so, the English way is refused in Spanish, and the decision is shown in Spanish.
    app.click("#mt-select option[value='sc-2026-ext']").await;
    let card1 = "#mt-items section[data-item='1']";
    let amount = format!("{card1} input[name='amount']");
    app.wait_for_js(&format!(
        "const i = document.querySelector(\"{amount}\"); return !!i && i.value === '1.904.600'"
    ))
    .await;
    app.clear(&amount).await;
    app.type_into(&amount, "1,904,600").await;
    app.click(&format!(
        "{card1} select[name='outcome'] option[value='approved']"
    ))
    .await;
    app.click(&format!("{card1} button[type='submit']")).await;
    app.wait_for_text(&format!("{card1} .error"), |t| {
        t.contains("no es un importe") && t.contains("1.754.800,50")
    })
    .await;
    app.clear(&amount).await;
    app.type_into(&amount, "1.904.600").await;
    app.click(&format!("{card1} button[type='submit']")).await;
    let recorded = app
        .wait_for_text(&format!("{card1} .recorded"), |t| !t.is_empty())
        .await;
    // (WebDriver gives the no-break space before the currency as a space.)
    assert!(
        recorded.contains("1.904.600 USD con cargo a los fondos no asignados"),
        "{recorded}"
    );
    screenshot(&app, "es-decided").await;
    app.quit().await;

    // The workspace keeps it, whatever the system says now.
    let app = App::launch_with(&ws, &[("LC_ALL", "en_GB.UTF-8")]).await;
    app.wait_ready().await;
    app.wait_for_text(tab, |t| t == es.t("page-tab-dashboard"))
        .await;
    app.quit().await;
}
