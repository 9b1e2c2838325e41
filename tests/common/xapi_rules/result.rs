//! The result (§2.4.5) and its score (§2.4.5.1).

use serde_json::Value;

use super::Checker;
use super::forms::is_duration;

/// Result, Score and Context properties (§2.4.5, §2.4.5.1, §2.4.6).
const RESULT_KEYS: &[&str] = &[
    "score",
    "success",
    "completion",
    "response",
    "duration",
    "extensions",
];
const SCORE_KEYS: &[&str] = &["scaled", "raw", "min", "max"];

impl Checker {
    /// A Result (§2.4.5) and its Score (§2.4.5.1).
    pub(super) fn result(&mut self, v: &Value) {
        let Some(map) = self.object("result", v, RESULT_KEYS) else {
            return;
        };
        for key in ["success", "completion"] {
            if map.get(key).is_some_and(|b| !b.is_boolean()) {
                self.fault(&format!("result.{key}"), "not a boolean (§2.4.5)");
            }
        }
        if map.get("response").is_some_and(|r| !r.is_string()) {
            self.fault("result.response", "not a string (§2.4.5)");
        }
        if let Some(d) = map.get("duration")
            && !d.as_str().is_some_and(is_duration)
        {
            self.fault(
                "result.duration",
                format!("{d} is not an ISO 8601 duration (§4.6)"),
            );
        }
        if let Some(e) = map.get("extensions") {
            self.extensions("result.extensions", e);
        }
        if let Some(score) = map.get("score") {
            self.score(score);
        }
    }

    /// "scaled": a decimal number in [-1, 1] (§2.4.5.1), *ours* in [0, 1];
    /// "min" below "max"; "raw" between them when they are given.
    pub(super) fn score(&mut self, v: &Value) {
        let Some(map) = self.object("result.score", v, SCORE_KEYS) else {
            return;
        };
        let mut number = |key: &str| -> Option<f64> {
            let value = map.get(key)?;
            let n = value.as_f64();
            if n.is_none() {
                self.fault(&format!("result.score.{key}"), "not a number (§2.4.5.1)");
            }
            n
        };
        let (scaled, raw, min, max) = (
            number("scaled"),
            number("raw"),
            number("min"),
            number("max"),
        );
        if let Some(s) = scaled {
            if !(-1.0..=1.0).contains(&s) {
                self.fault(
                    "result.score.scaled",
                    format!("{s} is outside [-1, 1] (§2.4.5.1)"),
                );
            } else if !(0.0..=1.0).contains(&s) {
                self.fault(
                    "result.score.scaled",
                    format!("{s} is outside [0, 1] (ours: a share)"),
                );
            }
        }
        if let (Some(lo), Some(hi)) = (min, max)
            && lo >= hi
        {
            self.fault(
                "result.score",
                format!("min {lo} is not below max {hi} (§2.4.5.1)"),
            );
        }
        if let Some(r) = raw
            && (min.is_some_and(|lo| r < lo) || max.is_some_and(|hi| r > hi))
        {
            self.fault(
                "result.score.raw",
                format!("{r} is outside min and max (§2.4.5.1)"),
            );
        }
    }
}
