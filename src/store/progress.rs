//! Progress over attempts, per scenario or over all of them, one mode at a
//! time: practice, assessment and workshop are kept apart, as an assessment
//! gives no feedback during the interview and a workshop is a room's
//! answers. For the share of recommended answers and each key point: its
//! value attempt by attempt, and the mean of the first three attempts
//! beside the mean of the last three. Pure: no egui, no files.

use super::Attempt;
use crate::engine::Mode;
use crate::scenario::KeyPoint;

/// How many attempts each end of the comparison takes.
pub const COMPARED: usize = 3;

/// Attempts needed before a change is put in words: the first three and
/// the last three must be six different attempts. With fewer, the two
/// groups share attempts (with four, two of three), so the comparison
/// partly sets attempts beside themselves and shrinks the change (to a
/// third of the change from the first attempt to the last, with four).
pub const ATTEMPTS_FOR_CHANGE: usize = 2 * COMPARED;

/// What is followed over attempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The share of recommended answers, as a percentage.
    Recommended,
    /// One key point's score, 0–100.
    Point(KeyPoint),
}

impl Measure {
    /// The share of recommended answers first, then the five key points.
    pub const ALL: [Measure; 6] = [
        Measure::Recommended,
        Measure::Point(KeyPoint::Frame),
        Measure::Point(KeyPoint::Authenticity),
        Measure::Point(KeyPoint::NonJudgement),
        Measure::Point(KeyPoint::Asking),
        Measure::Point(KeyPoint::Pace),
    ];

    /// Its value in `attempt`, 0–100 (`None`: not measured there, as a
    /// key point no answer of the run tested).
    pub fn of(self, attempt: &Attempt) -> Option<f64> {
        match self {
            Measure::Recommended => attempt.recommended_share.map(|s| f64::from(s) * 100.0),
            Measure::Point(p) => attempt.scores[p.index()].map(f64::from),
        }
    }
}

/// How a measure changed from the first attempts to the last.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    /// Fewer than [`ATTEMPTS_FOR_CHANGE`] attempts measured it.
    TooFew {
        /// How many did.
        measured: usize,
    },
    /// Means (0–100) of the first and the last [`COMPARED`] attempts that
    /// measured it.
    Compared {
        /// The first three.
        first: f64,
        /// The last three.
        last: f64,
        /// Whether some attempts did not measure it (so the three are
        /// the first and last three of those that did).
        some_unmeasured: bool,
    },
}

/// One measure over the attempts.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// What it follows.
    pub measure: Measure,
    /// Its value in each attempt of [`Progress::attempts`], in order.
    pub values: Vec<Option<f64>>,
    /// First attempts against last ones.
    pub change: Change,
}

/// The progress of one mode's attempts.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress<'a> {
    /// The mode followed.
    pub mode: Mode,
    /// Its attempts, oldest first.
    pub attempts: Vec<&'a Attempt>,
    /// One series per [`Measure::ALL`], in that order.
    pub series: Vec<Series>,
}

/// The progress of the `mode` attempts among `attempts` (of one scenario,
/// or of all).
pub fn progress<'a>(attempts: impl IntoIterator<Item = &'a Attempt>, mode: Mode) -> Progress<'a> {
    let mut attempts: Vec<&Attempt> = attempts.into_iter().filter(|a| a.mode == mode).collect();
    // The history is kept in order of ending; sort anyway (stable).
    attempts.sort_by_key(|a| a.finished_secs);
    let series = Measure::ALL
        .iter()
        .map(|&measure| {
            let values: Vec<Option<f64>> = attempts.iter().map(|a| measure.of(a)).collect();
            let change = change(&values);
            Series {
                measure,
                values,
                change,
            }
        })
        .collect();
    Progress {
        mode,
        attempts,
        series,
    }
}

/// The modes that have attempts among `attempts`, in the library's order.
pub fn modes_played<'a>(attempts: impl IntoIterator<Item = &'a Attempt> + Clone) -> Vec<Mode> {
    [Mode::Practice, Mode::Assessment, Mode::Workshop]
        .into_iter()
        .filter(|m| attempts.clone().into_iter().any(|a| a.mode == *m))
        .collect()
}

fn change(values: &[Option<f64>]) -> Change {
    let measured: Vec<f64> = values.iter().flatten().copied().collect();
    if measured.len() < ATTEMPTS_FOR_CHANGE {
        return Change::TooFew {
            measured: measured.len(),
        };
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    Change::Compared {
        first: mean(&measured[..COMPARED]),
        last: mean(&measured[measured.len() - COMPARED..]),
        some_unmeasured: measured.len() < values.len(),
    }
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
