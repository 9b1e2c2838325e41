//! The pending-attempts file (`pending-attempts.ron`): attempts the app
//! could not add to the history, kept until a save works. Whatever parses
//! is read back once per attempt, reaches the history with the next save
//! (every attempt, in order, none twice) and leaves no pending file.

use super::parsed;
use crate::store::{HISTORY_FILE, PENDING_FILE, Store, parse_history, parse_pending};

/// Checks one input as a pending-attempts file.
pub fn pending_attempts(data: &[u8]) {
    let Some(attempts) = parsed(data, parse_pending) else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::new(dir.path());
    std::fs::write(dir.path().join(PENDING_FILE), data).expect("written");
    let read = store.read_pending();
    let mut distinct = Vec::new();
    for a in &attempts {
        if !distinct.contains(a) {
            distinct.push(a.clone());
        }
    }
    assert_eq!(read, distinct, "each attempt read once, in order");
    let (history, _) = store.add_attempts(&read).expect("the history takes them");
    assert_eq!(history, distinct);
    let on_disk = store.peek(HISTORY_FILE, parse_history).expect("reads back");
    assert_eq!(on_disk, distinct, "on disk as in memory");
    assert!(
        !dir.path().join(PENDING_FILE).exists(),
        "nothing left pending"
    );
}
