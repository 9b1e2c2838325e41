//! The discussion timer of the beat on screen.

/// A discussion timer: runs, pauses, starts again at zero on each beat.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timer {
    running_since: Option<u64>,
    before: u64,
}

impl Timer {
    /// Milliseconds counted at `now_ms`.
    pub fn elapsed_ms(&self, now_ms: u64) -> u64 {
        self.before + self.running_since.map_or(0, |s| now_ms.saturating_sub(s))
    }

    /// Whether it is counting.
    pub fn running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Starts or pauses it.
    pub fn toggle(&mut self, now_ms: u64) {
        match self.running_since.take() {
            Some(since) => self.before += now_ms.saturating_sub(since),
            None => self.running_since = Some(now_ms),
        }
    }

    /// Back to zero, stopped.
    pub fn reset(&mut self) {
        *self = Timer::default();
    }
}
#[cfg(test)]
mod tests {
    use super::Timer;

    #[test]
    fn the_timer_counts_only_while_it_runs() {
        let mut t = Timer::default();
        assert_eq!(t.elapsed_ms(5_000), 0);
        t.toggle(1_000);
        assert!(t.running());
        assert_eq!(t.elapsed_ms(4_000), 3_000);
        t.toggle(4_000);
        assert_eq!(t.elapsed_ms(60_000), 3_000, "paused");
        t.toggle(10_000);
        assert_eq!(t.elapsed_ms(12_000), 5_000);
        t.reset();
        assert!(!t.running() && t.elapsed_ms(20_000) == 0);
    }
}
