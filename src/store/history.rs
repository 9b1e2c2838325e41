//! The history: one record per finished interview, enough to replay it
//! exactly (scenario id and version, seed, every choice key) and to report
//! it (times, ending, checkpoints, scores). Records written before these
//! fields existed still load; they simply cannot be replayed.

use serde::{Deserialize, Serialize};

use crate::engine::{Debrief, DecisionRecord, Mode, ReplayError, Session};
use crate::scenario::{Lang, Outcome, Scenario};

/// The history file in the data folder.
pub const HISTORY_FILE: &str = "history.ron";

/// A protective step as the history keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckpointRecord {
    /// Checkpoint id.
    pub id: String,
    /// Passed during the interview.
    pub done: bool,
    /// Required on the way to a good ending.
    pub required: bool,
}

/// One finished interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Scenario id.
    pub scenario: String,
    /// Scenario version.
    pub version: u32,
    /// Mode.
    pub mode: Mode,
    /// The run's seed (`None` in records written before it was kept).
    #[serde(default)]
    pub seed: Option<u64>,
    /// Language played in (`None` in older records).
    #[serde(default)]
    pub lang: Option<Lang>,
    /// Seconds since 1970 (UTC) when it started (`None` in older records).
    #[serde(default)]
    pub started_secs: Option<u64>,
    /// Seconds since 1970 (UTC) when it ended.
    pub finished_secs: u64,
    /// Every decision, "Continuer" included, in order.
    #[serde(default)]
    pub decisions: Vec<DecisionRecord>,
    /// Ending id.
    pub ending: String,
    /// Outcome kind.
    pub outcome: Outcome,
    /// The protective checkpoints, in file order.
    #[serde(default)]
    pub checkpoints: Vec<CheckpointRecord>,
    /// 0–100 per key point.
    pub scores: [Option<u8>; 5],
    /// Share of recommended choices.
    pub recommended_share: Option<f32>,
}

impl Attempt {
    /// The record of a finished session.
    pub fn new(
        session: &Session,
        scenario: &Scenario,
        debrief: &Debrief,
        finished_secs: u64,
    ) -> Attempt {
        Attempt {
            scenario: scenario.meta.id.clone(),
            version: scenario.meta.version,
            mode: session.mode,
            seed: Some(session.run.seed),
            lang: Some(session.lang),
            started_secs: (session.started_ms > 0).then_some(session.started_ms / 1000),
            finished_secs,
            decisions: session.records(scenario),
            ending: debrief.ending.id.clone(),
            outcome: debrief.ending.outcome,
            checkpoints: debrief
                .checkpoints
                .iter()
                .map(|c| CheckpointRecord {
                    id: c.id.clone(),
                    done: c.done,
                    required: c.required,
                })
                .collect(),
            scores: debrief.scores(),
            recommended_share: debrief.recommended_share,
        }
    }

    /// Whether it holds what a replay needs (records written before
    /// seeds and choices were kept do not).
    pub fn replayable(&self) -> bool {
        self.seed.is_some() && !self.decisions.is_empty()
    }

    /// Its stable id: eight hex digits drawn from what never changes in a
    /// record (scenario, seed, start, end, choices), the same in the app,
    /// `entretien history --json`, `report` and `play --from ID:N`.
    pub fn id(&self) -> String {
        let mut key = format!(
            "{}\n{}\n{:?}\n{:?}\n{}",
            self.scenario, self.version, self.seed, self.started_secs, self.finished_secs
        );
        for d in &self.decisions {
            key.push('\n');
            key.push_str(&d.beat);
            key.push(' ');
            key.push_str(&d.choice);
        }
        format!("{:08x}", xxhash_rust::xxh3::xxh3_64(key.as_bytes()) as u32)
    }

    /// The interview again, replayed from its seed and choices on
    /// `scenario` (the same id; perhaps a later version).
    pub fn replay(&self, scenario: &Scenario) -> Result<Session, ReplayError> {
        Session::from_records(
            scenario,
            self.seed,
            self.mode,
            self.lang.unwrap_or_default(),
            self.started_secs.unwrap_or(self.finished_secs) * 1000,
            &self.decisions,
        )
    }
}

/// Why an id given on the command line names no single attempt.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FindError {
    /// No attempt's id starts with it.
    #[error("no attempt has the id \"{0}\"")]
    None(String),
    /// Several do: a longer prefix is needed.
    #[error("{count} attempts have an id starting with \"{given}\"")]
    Several {
        /// What was given.
        given: String,
        /// How many match.
        count: usize,
    },
}

/// The attempt whose id is `id`, or the only one whose id starts with it
/// (as with git's short hashes).
pub fn find_attempt<'a>(attempts: &'a [Attempt], id: &str) -> Result<&'a Attempt, FindError> {
    let id = id.trim().to_ascii_lowercase();
    let mut found = attempts
        .iter()
        .filter(|a| !id.is_empty() && a.id().starts_with(&id));
    match (found.next(), found.count()) {
        (Some(a), 0) => Ok(a),
        (None, _) => Err(FindError::None(id)),
        (Some(_), more) => Err(FindError::Several {
            given: id,
            count: more + 1,
        }),
    }
}

/// The history file's text to its records.
pub fn parse_history(text: &str) -> Result<Vec<Attempt>, String> {
    super::parse_ron(text)
}
