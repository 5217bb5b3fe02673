//! How WebKit is set up for SC Desk's window, before GTK starts (so that WebKit's web
//! process inherits it). Shared with `make bench`'s empty window (`benches/window.rs`), so
//! that the floor differs from the app only by its page. A value the user set stands.

/// Sets both below; called first thing in `main`.
pub fn set_up() {
    draw_without_compositing();
    run_scripts_without_optimising_jit_tiers();
}

/// SC Desk's pages are documents, not animations: WebKit's accelerated compositing buys
/// them nothing, and where no GPU driver serves it (a virtual machine, a remote desktop,
/// Xvfb) WebKit composites through software OpenGL: measured under Xvfb, 100–180 ms
/// more before the dashboard's first frame and ~90 MiB more for the window. With
/// compositing off WebKit draws on the CPU directly; a value the user set
/// (`WEBKIT_DISABLE_COMPOSITING_MODE=0`) stands.
fn draw_without_compositing() {
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// The window's scripts are light: they draw what the library computed, and their time
/// goes to the page's layout, not to JavaScript. So they run in WebKit's interpreter and
/// its baseline JIT only: its optimising tiers (DFG, FTL) compiled the few functions that
/// ran most and kept their code and compiler data. Measured under Xvfb (`make bench`'s
/// window rows): without FTL the web process grew 16 MiB over 50 dossier pages against
/// ~20 MiB with it; without DFG too, the tree holds 4 MiB less on the dashboard and
/// 6–7 MiB less after 50 dossier pages (250 MiB against 257, three starts of each), the 50
/// pages open no slower (18.1–18.9 s against 18.7–20.6 s under WebDriver) and the start is
/// the same (50 interleaved starts of each: medians 592 ms with DFG, 578 without). A value
/// the user set (`JSC_useDFGJIT=true`, `JSC_useFTLJIT=true`) stands.
fn run_scripts_without_optimising_jit_tiers() {
    for option in ["JSC_useDFGJIT", "JSC_useFTLJIT"] {
        if std::env::var_os(option).is_none() {
            std::env::set_var(option, "false");
        }
    }
}
