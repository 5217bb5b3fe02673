//! How WebKit is set up for SC Desk's window, before GTK starts (so that WebKit's web
//! process inherits it). Shared with `make bench`'s empty window (`benches/window.rs`), so
//! that the floor differs from the app only by its page. A value the user set stands.

/// Sets both below; called first thing in `main`.
pub fn set_up() {
    draw_without_compositing();
    run_scripts_without_top_jit_tier();
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
/// goes to the page's layout, not to JavaScript. WebKit's top JIT tier (FTL) compiled the
/// few functions that ran most and kept its code and compiler data: measured under Xvfb,
/// the web process grew 16 MiB over 50 dossier pages without it against ~20 MiB with it,
/// and the start was the same (25 starts of each). The lower tiers (baseline, DFG) still
/// compile what runs often; a value the user set (`JSC_useFTLJIT=true`) stands.
fn run_scripts_without_top_jit_tier() {
    if std::env::var_os("JSC_useFTLJIT").is_none() {
        std::env::set_var("JSC_useFTLJIT", "false");
    }
}
