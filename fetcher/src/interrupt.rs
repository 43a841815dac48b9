//! Cleaning up on Ctrl-C (SIGINT), SIGTERM and SIGHUP: what a scratch server needs undone (the
//! throwaway cluster stopped and deleted, the `--shadow` server's scratch database dropped) is
//! registered here while it exists, and the handler the binaries install runs every registered
//! cleanup before the process exits with 130.
//!
//! The `ctrlc` crate (with its `termination` feature) installs the handler: it runs the handler on
//! a thread of its own, where taking locks and connecting to a server are allowed, which a raw
//! signal handler forbids. A throwaway cluster is also removed without it, by the watchdog of
//! `migra_cluster` when the process dies, but only after the process has gone: the handler makes
//! the prompt come back with everything already removed.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

type Cleanup = Box<dyn FnOnce() + Send>;

static CLEANUPS: Mutex<Vec<(u64, Cleanup)>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(0);
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Whether the handler is cleaning up: an error seen meanwhile (a load cut short by the cluster's
/// shutdown) is a consequence of the interruption, and the handler, not the caller, ends the
/// process. [`wait_if_interrupted`] waits for that.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Never returns while the handler is cleaning up (it exits the process with 130); returns at
/// once otherwise. Call it before reporting an error.
pub fn wait_if_interrupted() {
    while interrupted() {
        std::thread::park();
    }
}

/// A registered cleanup; dropping it unregisters the cleanup without running it (the owner has
/// cleaned up itself).
#[derive(Debug)]
pub struct InterruptGuard(u64);

impl Drop for InterruptGuard {
    fn drop(&mut self) {
        let mut cleanups = CLEANUPS.lock().unwrap_or_else(|p| p.into_inner());
        cleanups.retain(|(id, _)| *id != self.0);
    }
}

/// Registers `cleanup` to run if the process is interrupted while the guard lives.
pub fn on_interrupt(cleanup: impl FnOnce() + Send + 'static) -> InterruptGuard {
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut cleanups = CLEANUPS.lock().unwrap_or_else(|p| p.into_inner());
    cleanups.push((id, Box::new(cleanup)));
    InterruptGuard(id)
}

/// Installs the handler for Ctrl-C, SIGTERM and SIGHUP: it runs the registered cleanups (the most
/// recent first), prints `PROGRAM: interrupted` and exits with 130. Call it once, first thing.
pub fn install_interrupt_handler(program: &'static str) -> Result<(), ctrlc::Error> {
    ctrlc::set_handler(move || {
        INTERRUPTED.store(true, Ordering::SeqCst);
        let cleanups: Vec<(u64, Cleanup)> = {
            let mut cleanups = CLEANUPS.lock().unwrap_or_else(|p| p.into_inner());
            std::mem::take(&mut *cleanups)
        };
        for (_, cleanup) in cleanups.into_iter().rev() {
            cleanup();
        }
        eprintln!("{program}: interrupted");
        std::process::exit(130);
    })
}
