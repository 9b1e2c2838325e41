//! Length balance: a trainee who picks the longest answer without reading
//! it must not be right most of the time.

use serde::Serialize;

use super::Finding;
use super::exact::{is_good, is_mistake};
use crate::scenario::problem::ItemPath;
use crate::scenario::{Lang, ProblemKind, Scenario};

/// The longest answer may be good practice in at most this share of the
/// decisions.
pub const MAX_LONGEST_GOOD: f64 = 0.60;
/// Mean length of the good answers over the others, lowest and highest.
pub const RATIO_RANGE: (f64, f64) = (0.8, 1.25);

/// One decision's lengths.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BeatLength {
    /// The beat.
    pub beat: String,
    /// Its longest answer is good practice.
    pub longest_good: bool,
    /// Every good answer is longer than every other one.
    pub every_good_longer: bool,
}

/// Lengths in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LengthFigures {
    /// The language measured (characters of the answers).
    pub lang: Lang,
    /// Decisions with at least one good answer and one other.
    pub decisions: usize,
    /// Of them, where the longest answer is good practice.
    pub longest_good: usize,
    /// Of them, where every good answer is longer than every other.
    pub every_good_longer: usize,
    /// Mean length of the good answers, in characters.
    pub mean_good: f64,
    /// Mean length of the others.
    pub mean_other: f64,
    /// `mean_good / mean_other` (1 when there is no other answer).
    pub ratio: f64,
    /// Per decision, in file order.
    pub beats: Vec<BeatLength>,
}

/// Measures the answers in `lang` and reports the two rules.
pub fn length_balance(s: &Scenario, lang: Lang, findings: &mut Vec<Finding>) -> LengthFigures {
    let (mut good_sum, mut good_n, mut other_sum, mut other_n) = (0usize, 0usize, 0usize, 0usize);
    let mut beats = Vec::new();
    for beat in &s.beats {
        let len = |c: &crate::scenario::Choice| c.text.get(lang).chars().count();
        let good: Vec<usize> = beat
            .choices
            .iter()
            .filter(|c| is_good(c))
            .map(len)
            .collect();
        let other: Vec<usize> = beat
            .choices
            .iter()
            .filter(|c| is_mistake(c))
            .map(len)
            .collect();
        good_sum += good.iter().sum::<usize>();
        good_n += good.len();
        other_sum += other.iter().sum::<usize>();
        other_n += other.len();
        let (Some(&good_max), Some(&other_max)) = (good.iter().max(), other.iter().max()) else {
            continue;
        };
        let good_min = good.iter().min().copied().unwrap_or(0);
        beats.push(BeatLength {
            beat: beat.id.clone(),
            longest_good: good_max > other_max,
            every_good_longer: good_min > other_max,
        });
    }
    let mean = |sum: usize, n: usize| if n == 0 { 0.0 } else { sum as f64 / n as f64 };
    let (mean_good, mean_other) = (mean(good_sum, good_n), mean(other_sum, other_n));
    let ratio = if mean_other > 0.0 {
        mean_good / mean_other
    } else {
        1.0
    };
    let figures = LengthFigures {
        lang,
        decisions: beats.len(),
        longest_good: beats.iter().filter(|b| b.longest_good).count(),
        every_good_longer: beats.iter().filter(|b| b.every_good_longer).count(),
        mean_good,
        mean_other,
        ratio,
        beats,
    };
    let share = figures.longest_good as f64 / figures.decisions.max(1) as f64;
    if share > MAX_LONGEST_GOOD {
        let kind = ProblemKind::LengthTell {
            lang,
            longest_good: figures.longest_good,
            decisions: figures.decisions,
        };
        findings.push((ItemPath::default(), kind));
    }
    if other_n > 0 && !(RATIO_RANGE.0..=RATIO_RANGE.1).contains(&ratio) {
        let kind = ProblemKind::LengthRatio {
            lang,
            ratio: super::permille(ratio),
        };
        findings.push((ItemPath::default(), kind));
    }
    figures
}
