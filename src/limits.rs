//! Every limit on what the app and the command line read, in one place.
//! Each keeps a damaged or hostile file from freezing the window or
//! exhausting memory, and each sits far above real use. Only regular files
//! are ever opened (a pipe or a device named like a data file is refused
//! with a notice), so reading a file is bounded by its size; a lock is
//! bounded by [`LOCK_WAIT`]. The README's "Limits" section lists them for
//! users.

use std::time::Duration;

pub use entretien_core::limits::{
    CHECKER_MAX_STATES, SCENARIO_FILE_MAX_BYTES, SCENARIO_MAX_BEATS, SCENARIO_MAX_DEPTH,
};

/// A data file (settings, history, pending attempts, unfinished
/// interviews and workshops): far above years of use (an attempt is a
/// few kilobytes), and a bound on what a damaged file makes the app
/// allocate.
pub const DATA_FILE_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A voice or ambience file: a spoken line is some 100 kB, a looped
/// ambience a few MB.
pub const MEDIA_FILE_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// How long a save waits for another window's lock on a data file before
/// it gives up with a notice (what was not saved is kept for the next
/// save). The writer thread waits, never the window.
pub const LOCK_WAIT: Duration = Duration::from_secs(3);
