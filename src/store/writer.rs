//! One thread owns the writes to the data folder, so that a frame never
//! waits on the disk (a slow disk, a lock held by another window, a network
//! folder). Jobs run in the order they were sent; each one's result comes
//! back through [`Writer::finished`], which never blocks. [`Writer::wait`]
//! blocks until every job sent is done: on closing the window (nothing
//! confirmed is lost) and in tests.

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// What is called when a job is done (the window repaints to show it).
pub type Waker = Arc<Mutex<Option<Box<dyn Fn() + Send>>>>;

type Job<R> = Box<dyn FnOnce() -> R + Send>;

/// The writing thread and what it has done.
pub struct Writer<R> {
    jobs: Option<Sender<Job<R>>>,
    done: Receiver<R>,
    /// Results of jobs run on the calling thread, when no thread could be
    /// started (they are still given back in order).
    inline: VecDeque<R>,
    /// Jobs sent and not given back yet.
    outstanding: usize,
    thread: Option<JoinHandle<()>>,
    waker: Waker,
}

impl<R: Send + 'static> Writer<R> {
    /// Starts the thread. If the system refuses a thread, jobs run where
    /// they are sent: slower frames, nothing lost.
    pub fn start() -> Writer<R> {
        let (jobs, incoming) = channel::<Job<R>>();
        let (results, done) = channel::<R>();
        let waker: Waker = Arc::new(Mutex::new(None));
        let wake = Arc::clone(&waker);
        let thread = std::thread::Builder::new()
            .name("entretien-writer".into())
            .spawn(move || {
                for job in incoming {
                    if results.send(job()).is_err() {
                        break;
                    }
                    if let Ok(wake) = wake.lock()
                        && let Some(wake) = wake.as_ref()
                    {
                        wake();
                    }
                }
            })
            .ok();
        Writer {
            jobs: thread.is_some().then_some(jobs),
            done,
            inline: VecDeque::new(),
            outstanding: 0,
            thread,
            waker,
        }
    }

    /// Called after each job (the app asks for a repaint).
    pub fn set_waker(&self, wake: Box<dyn Fn() + Send>) {
        if let Ok(mut w) = self.waker.lock() {
            *w = Some(wake);
        }
    }

    /// Queues `job`.
    pub fn send(&mut self, job: impl FnOnce() -> R + Send + 'static) {
        self.outstanding += 1;
        let job: Job<R> = Box::new(job);
        let job = match &self.jobs {
            Some(jobs) => match jobs.send(job) {
                Ok(()) => return,
                // The thread is gone (a job panicked): run it here.
                Err(std::sync::mpsc::SendError(job)) => job,
            },
            None => job,
        };
        self.jobs = None;
        self.inline.push_back(job());
    }

    /// Whether jobs are still running or waiting.
    pub fn busy(&self) -> bool {
        self.outstanding > 0
    }

    /// The results ready now, in order; never blocks.
    pub fn finished(&mut self) -> Vec<R> {
        let mut out: Vec<R> = self.inline.drain(..).collect();
        out.extend(self.done.try_iter());
        self.outstanding -= out.len().min(self.outstanding);
        out
    }

    /// Blocks until every job sent is done; their results, in order.
    pub fn wait(&mut self) -> Vec<R> {
        let mut out: Vec<R> = self.inline.drain(..).collect();
        self.outstanding -= out.len().min(self.outstanding);
        while self.outstanding > 0 {
            match self.done.recv() {
                Ok(r) => {
                    out.push(r);
                    self.outstanding -= 1;
                }
                // The thread died with jobs in its queue: nothing more comes.
                Err(_) => self.outstanding = 0,
            }
        }
        out
    }
}

impl<R> Drop for Writer<R> {
    /// Lets the queued jobs finish before the program goes on closing.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Barrier;

    #[test]
    fn results_come_back_in_order_and_wait_returns_them_all() {
        let mut writer = Writer::<u32>::start();
        for n in 0..50 {
            writer.send(move || n);
        }
        let mut got = writer.finished();
        got.extend(writer.wait());
        assert_eq!(got, (0..50).collect::<Vec<_>>());
        assert!(!writer.busy());
    }

    #[test]
    fn the_caller_does_not_wait_for_a_slow_job() {
        let mut writer = Writer::<&str>::start();
        let gate = Arc::new(Barrier::new(2));
        let held = Arc::clone(&gate);
        // The job cannot end before the caller reaches the barrier: had
        // `send` waited for it, this test would never end.
        writer.send(move || {
            held.wait();
            "done"
        });
        assert!(writer.busy());
        assert!(writer.finished().is_empty());
        gate.wait();
        assert_eq!(writer.wait(), vec!["done"]);
    }

    #[test]
    fn a_job_that_panics_does_not_lose_the_next_ones() {
        let mut writer = Writer::<u8>::start();
        writer.send(|| panic!("a job broke"));
        writer.wait();
        writer.send(|| 7);
        assert_eq!(writer.wait(), vec![7]);
    }

    #[test]
    fn the_waker_is_called_after_each_job() {
        let mut writer = Writer::<()>::start();
        let count = Arc::new(Mutex::new(0));
        let seen = Arc::clone(&count);
        writer.set_waker(Box::new(move || {
            if let Ok(mut n) = seen.lock() {
                *n += 1;
            }
        }));
        writer.send(|| ());
        writer.send(|| ());
        writer.wait();
        drop(writer);
        assert_eq!(count.lock().map(|n| *n).ok(), Some(2));
    }
}
