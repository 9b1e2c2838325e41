//! The limits on what the core reads: a scenario's size, nesting, beats and
//! the checker's exploration. Each keeps a damaged or hostile file from
//! exhausting memory or the stack and sits far above real use. The app
//! re-exports them beside its own (the README's "Limits" section lists all).

/// A scenario or resource file: the largest built-in is about 262 KiB.
/// The command line can raise it for an author's tools.
pub const SCENARIO_FILE_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The deepest nesting the scenario parser accepts (128 levels: 28
/// `All`/`Any` inside one another in a `when`, as the docs say).
pub const SCENARIO_MAX_DEPTH: usize = 128;

/// The most (beat × state) nodes the checker explores (Kelly has some
/// 750,000); past it, the checker says it stopped.
pub const CHECKER_MAX_STATES: usize = 2_000_000;

/// The most beats a scenario may have: a file with more is refused
/// before it is compiled.
///
/// The largest built-in scenario has 38 beats, and an interview of 10 to
/// 40 minutes meets a few dozen, so this is far above anything written by
/// hand. The branch map sets it: its layered layout cuts a long edge at
/// every column it crosses, so a deep scenario costs it about the square
/// of its beats (a synthetic chain of 1,000 beats lays out in about 0.1 s
/// when the map first opens, 5,000 in 4 s: `benches/map.rs`); its frames
/// draw only what is in sight. Checking is linear and quick far beyond
/// (`benches/engine.rs`). A 100,000-beat file froze the window (issue 19).
/// The app always keeps this; the command line raises it with
/// `--max-beats` for an author's tools.
pub const SCENARIO_MAX_BEATS: usize = 1_000;

/// Limits that keep a hostile file from exhausting memory or the stack
/// (their defaults: the constants above).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest file read, in bytes.
    pub max_bytes: u64,
    /// Deepest nesting accepted by the parser (128 levels by default: 28
    /// `All`/`Any` inside one another in a `when`, as the docs say).
    pub max_depth: usize,
    /// Most (beat × state) nodes the checker explores.
    pub max_states: usize,
    /// Most beats a scenario may have: a file with more is refused
    /// (`ProblemKind::TooManyBeats`) before it is compiled
    /// ([`crate::SCENARIO_MAX_BEATS`] by default).
    pub max_beats: usize,
    /// Whether the checker explores every (beat × state) node. The app's
    /// start leaves it out so that the window opens at once, and runs it
    /// after the first frame; every command keeps it.
    pub explore: bool,
    /// Whether the report keeps the explored graph and the source for the
    /// audit that follows (`entretien check`), so that the audit neither
    /// explores again nor reads the file again. Off by default: a report
    /// the app keeps for the window's life should not hold a large graph.
    pub keep_for_audit: bool,
    /// Whether the checker works out the figures of its summary (score
    /// bounds). The commands that play or print a scenario leave them out:
    /// they still refuse a scenario the exploration finds an error in.
    pub figures: bool,
    /// Whether the checker works out the scenario's fingerprint, which
    /// saved interviews are matched by (a full re-serialisation, 6 % of
    /// `entretien check` on a large file). Only `entretien check`, which
    /// plays and saves nothing, leaves it out; the scenario's fingerprint
    /// is then 0.
    pub fingerprint: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: SCENARIO_FILE_MAX_BYTES,
            max_depth: SCENARIO_MAX_DEPTH,
            max_states: CHECKER_MAX_STATES,
            max_beats: DEFAULT_MAX_BEATS,
            explore: true,
            keep_for_audit: false,
            figures: true,
            fingerprint: true,
        }
    }
}

/// The default of [`Limits::max_beats`].
pub const DEFAULT_MAX_BEATS: usize = SCENARIO_MAX_BEATS;
