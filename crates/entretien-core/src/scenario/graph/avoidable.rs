//! Required checkpoints that some run can skip on its way to a good ending.

use super::{Finding, describe_state};
use crate::scenario::model::Scenario;
use crate::scenario::problem::{ItemPath, ProblemKind, Segment};

/// Reports each (required checkpoint, good ending) pair once, when an
/// edge reaches that ending with the checkpoint not passed.
pub(super) struct AvoidableCheckpoints {
    required: Vec<(usize, u16)>,
    reported: rustc_hash::FxHashSet<(usize, u32)>,
}

impl AvoidableCheckpoints {
    pub(super) fn new(scenario: &Scenario) -> AvoidableCheckpoints {
        AvoidableCheckpoints {
            required: (scenario.checkpoints.iter().enumerate())
                .filter(|(_, c)| c.required)
                .map(|(i, c)| (i, c.slot))
                .collect(),
            reported: rustc_hash::FxHashSet::default(),
        }
    }

    pub(super) fn visit(
        &mut self,
        scenario: &Scenario,
        ending: u32,
        state: &[i32],
        findings: &mut Vec<Finding>,
    ) {
        if self.required.is_empty() || !scenario.endings[ending as usize].kind.is_good() {
            return;
        }
        for &(checkpoint, slot) in &self.required {
            if state[usize::from(slot)] == 0 && self.reported.insert((checkpoint, ending)) {
                let path = ItemPath(vec![Segment::Ending(
                    scenario.endings[ending as usize].id.clone(),
                )]);
                let kind = ProblemKind::CheckpointAvoidable {
                    checkpoint: scenario.checkpoints[checkpoint].id.clone(),
                    state: describe_state(scenario, state),
                };
                findings.push((path, kind));
            }
        }
    }
}
