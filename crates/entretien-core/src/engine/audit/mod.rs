//! The pedagogical audit: what a trainee who guesses, or who makes
//! mistakes, can get from a scenario. The checker looks at structure; this
//! looks at what a test-wise guesser, a careless trainee or one serious
//! fault can reach, which is what makes a scenario teach or not.
//!
//! Almost everything is computed exactly on the (beat × state) graph with
//! the `Random` weights (the guessers, the cost of each mistake, "never
//! better", "never sooner", serious faults, dead state); only the
//! two-mistake rule is sampled, run by run, because where the mistakes go
//! depends on each run's length. The same scenario, runs and seed always
//! give the same report.
//!
//! Each rule and its fix are documented in docs/checker.md.

mod chain;
mod exact;
mod length;
mod sampled;
mod sooner;
mod state;

use serde::Serialize;

use crate::engine::Policy;
use crate::scenario::check::Report;
use crate::scenario::graph::{Graph, explore};
use crate::scenario::load::Limits;
use crate::scenario::problem::{ItemPath, Problem, Segment};
use crate::scenario::{Lang, ProblemKind, Scenario};
use chain::Chain;
use exact::BestValues;
pub use length::{BeatLength, LengthFigures, MAX_LONGEST_GOOD, RATIO_RANGE};
pub use sampled::{MIN_TWO_FAULT_COST, TwoFaults};

/// A finding not yet located in the source.
pub type Finding = (ItemPath, ProblemKind);

/// A guesser may reach a good ending in at most this share of runs, or
/// twice as often as random play, whichever is higher.
pub const GUESSER_FLOOR: f64 = 0.05;

/// What the audit is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditOptions {
    /// Runs of the sampled rule (two mistakes).
    pub runs: usize,
    /// Seed of its first run.
    pub seed: u64,
    /// Nodes the exact analyses may explore.
    pub max_states: usize,
}

impl Default for AuditOptions {
    fn default() -> AuditOptions {
        AuditOptions {
            runs: 1000,
            seed: 0,
            max_states: Limits::default().max_states,
        }
    }
}

/// How often a policy ends well, from the start (exact).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyFigure {
    /// The policy.
    pub policy: Policy,
    /// The language whose lengths it measures (length policies only).
    pub lang: Option<Lang>,
    /// Share of good endings (Disclosure or BondKept).
    pub good: f64,
    /// Share of the Disclosure ending.
    pub disclosure: f64,
}

/// What one mistake costs where a trainee meets it (see
/// `exact::mistake_costs`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MistakeCost {
    /// Its beat.
    pub beat: String,
    /// Its key.
    pub choice: String,
    /// Scored −2 somewhere (the serious-fault rule applies instead).
    pub serious: bool,
    /// Marked `minor` by the author.
    pub minor: bool,
    /// Best practice meets it (else it is weighed where random play does).
    pub met_by_best: bool,
    /// Good endings with best practice from where it is offered.
    pub good_best: f64,
    /// Good endings with this answer there, best practice afterwards.
    pub good_it: f64,
    /// The Disclosure ending with best practice.
    pub disclosure_best: f64,
    /// The Disclosure ending with this answer.
    pub disclosure_it: f64,
}

/// Everything the audit measured and found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditReport {
    /// The scenario's id.
    pub scenario: String,
    /// The graph was explored in full (the exact rules were checked).
    pub complete: bool,
    /// Best, worst, random, then the guessers in each language.
    pub policies: Vec<PolicyFigure>,
    /// The most a guesser may reach: max(2 × random, 5 %).
    pub guesser_limit: f64,
    /// Lengths, in French then English.
    pub lengths: Vec<LengthFigures>,
    /// Every mistake's cost, by beat then key.
    pub mistakes: Vec<MistakeCost>,
    /// Two mistakes, sampled.
    pub two_faults: TwoFaults,
    /// What falls short, unlocated.
    #[serde(skip)]
    pub findings: Vec<Finding>,
}

/// Audits `scenario`.
pub fn audit(scenario: &Scenario, options: &AuditOptions) -> AuditReport {
    // The graph's own problems are the checker's: not repeated here.
    let graph = explore(scenario, options.max_states, &mut Vec::new());
    audit_graph(scenario, &graph, options)
}

/// Audits `scenario` on its graph, already explored with
/// `options.max_states` (by the checker).
fn audit_graph(scenario: &Scenario, graph: &Graph, options: &AuditOptions) -> AuditReport {
    let mut findings = Vec::new();
    let lengths = [Lang::Fr, Lang::En]
        .map(|lang| length::length_balance(scenario, lang, &mut findings))
        .to_vec();
    state::dead_state(scenario, &mut findings);
    let complete = graph.complete;
    let (mut policies, mut guesser_limit, mut mistakes) = (Vec::new(), GUESSER_FLOOR, Vec::new());
    if complete {
        let chain = Chain::new(scenario, graph);
        let best = chain.values(Policy::Best, Lang::Fr);
        policies = policy_figures(&chain, &best);
        guesser_limit = guessers(&policies, &mut findings);
        exact::serious_faults(&chain, &mut findings);
        mistakes = exact::mistake_costs(&chain, &best);
        exact::costless(&chain, &mistakes, &mut findings);
        exact::never_better(&chain, &best, &mut findings);
        sooner::never_sooner(&chain, &mut findings);
        state::lines_never_said(&chain, &mut findings);
        state::credit_contradicted(&chain, &mut findings);
        state::lessons_never_given(&chain, &mut findings);
    }
    let two_faults = sampled::two_faults(scenario, options.runs, options.seed, &mut findings);
    AuditReport {
        scenario: scenario.meta.id.clone(),
        complete,
        policies,
        guesser_limit,
        lengths,
        mistakes,
        two_faults,
        findings,
    }
}

/// Good and Disclosure shares from the start for each policy (best
/// practice's already solved).
fn policy_figures(chain: &Chain<'_>, best: &BestValues) -> Vec<PolicyFigure> {
    let plain = [Policy::Best, Policy::Worst, Policy::Random].map(|p| (p, None));
    let guessers = [Policy::Longest, Policy::Shortest]
        .into_iter()
        .flat_map(|p| [Lang::Fr, Lang::En].map(|l| (p, Some(l))));
    plain
        .into_iter()
        .chain(guessers)
        .map(|(policy, lang)| {
            let at = lang.unwrap_or(Lang::Fr);
            let solved;
            let chances = if policy == Policy::Best {
                best
            } else {
                solved = chain.values(policy, at);
                &solved
            };
            PolicyFigure {
                policy,
                lang,
                good: chances.good[0],
                disclosure: chances.disclosure[0],
            }
        })
        .collect()
}

/// The guesser rule; returns the limit it applied.
fn guessers(policies: &[PolicyFigure], findings: &mut Vec<Finding>) -> f64 {
    let random = policies.iter().find(|p| p.policy == Policy::Random);
    let limit = random.map_or(GUESSER_FLOOR, |r| (2.0 * r.good).max(GUESSER_FLOOR));
    for p in policies.iter().filter(|p| p.lang.is_some()) {
        if p.good > limit + 1e-9 {
            let kind = ProblemKind::GuesserWins {
                policy: if p.policy == Policy::Longest {
                    "longest"
                } else {
                    "shortest"
                }
                .to_owned(),
                lang: p.lang.unwrap_or(Lang::Fr),
                share: permille(p.good),
                limit: permille(limit),
            };
            findings.push((ItemPath::default(), kind));
        }
    }
    limit
}

/// A share (0–1) in whole per mille, for messages.
pub fn permille(share: f64) -> u32 {
    (share * 1000.0).round().clamp(0.0, u32::MAX as f64) as u32
}

/// The item path of choice `choice` of beat `beat`.
fn choice_path(s: &Scenario, beat: u32, choice: u16) -> ItemPath {
    let b = s.beat(beat);
    ItemPath(vec![
        Segment::Beat(b.id.clone()),
        Segment::Choice(b.choices[usize::from(choice)].key.clone()),
    ])
}

/// Adds the audit's findings to a checked file's problems, as warnings
/// beside the checker's own (nothing when it is not playable), so that
/// `entretien check` and the app's library flag what falls short. What
/// the check kept ([`Report::kept`]) is used, then let go; without it,
/// `read_again` gives the file's text (by its name), in which the findings
/// are located.
pub fn add_findings(report: &mut Report, read_again: impl FnOnce(&str) -> Option<String>) {
    let Some(scenario) = &report.scenario else {
        report.locate_kept();
        return;
    };
    let kept = report.kept.take();
    let options = AuditOptions::default();
    let audited = match &kept {
        Some(kept) => audit_graph(scenario, &kept.graph, &options),
        None => audit(scenario, &options),
    };
    let findings = audited.findings.iter();
    let found = findings.map(|(path, kind)| Problem::at(&report.file, path.clone(), kind.clone()));
    match &kept {
        // The check left its own problems unlocated: one locator for all.
        Some(kept) => {
            report.problems.extend(found);
            let src = kept.source.as_str();
            let src = src.strip_prefix(crate::scenario::load::BOM).unwrap_or(src);
            crate::scenario::check::locate(src, &mut report.problems);
        }
        None if audited.findings.is_empty() => {}
        None => {
            let src = read_again(&report.file).unwrap_or_default();
            let src = src.strip_prefix(crate::scenario::load::BOM).unwrap_or(&src);
            report
                .problems
                .extend(located(&audited.findings, &report.file, src));
            report.problems.sort_by_key(|p| (p.location, p.severity));
        }
    }
}

/// The findings as problems of `file`, located in its source `src`.
pub fn located(findings: &[Finding], file: &str, src: &str) -> Vec<Problem> {
    let mut problems: Vec<Problem> = findings
        .iter()
        .map(|(path, kind)| Problem::at(file, path.clone(), kind.clone()))
        .collect();
    crate::scenario::check::locate(src, &mut problems);
    problems
}
