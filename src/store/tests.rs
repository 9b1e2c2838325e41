use super::*;

fn parse_numbers(text: &str) -> Result<Vec<u32>, String> {
    parse_ron(text)
}

#[test]
fn round_trip_and_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(&dir.path().join("sub"));
    let (empty, note) = store.load("x.ron", parse_numbers);
    assert!(empty.is_empty() && note.is_none());
    store.save("x.ron", &vec![1u32, 2, 3]).unwrap();
    let (back, note) = store.load("x.ron", parse_numbers);
    assert_eq!(back, vec![1, 2, 3]);
    assert!(note.is_none());
    let leftovers = std::fs::read_dir(store.dir()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
}

#[test]
fn corrupt_file_is_moved_aside_twice_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    for round in 0..2 {
        std::fs::write(dir.path().join("h.ron"), "[1, 2,, oops").unwrap();
        let (value, note) = store.load("h.ron", parse_numbers);
        assert!(value.is_empty());
        let Some(LoadNote::MovedAside { to, reason, .. }) = note else {
            panic!("{note:?}")
        };
        assert!(reason.contains("1:"), "the reason has a position: {reason}");
        assert!(Path::new(&to).exists(), "round {round}");
        assert!(!dir.path().join("h.ron").exists());
    }
    assert!(dir.path().join("h.ron.corrupt").exists());
    assert!(dir.path().join("h.ron.corrupt.1").exists());
}

/// A file that cannot be read (here a folder in its place, which even root
/// cannot read as a file) stays where it is, and nothing overwrites it.
#[test]
fn unreadable_file_is_left_in_place_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    std::fs::create_dir(dir.path().join("h.ron")).unwrap();
    let (value, note) = store.load("h.ron", parse_numbers);
    assert!(value.is_empty());
    assert!(
        matches!(&note, Some(LoadNote::Unreadable { reason, .. }) if !reason.is_empty()),
        "{note:?}"
    );
    assert!(dir.path().join("h.ron").is_dir(), "left in place");
    let result = store.update("h.ron", parse_numbers, |v| v.push(1));
    assert!(matches!(result, Err(StoreError::Read { .. })), "{result:?}");
    assert!(dir.path().join("h.ron").is_dir(), "not overwritten");
}

#[test]
fn text_that_is_not_utf8_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    std::fs::write(dir.path().join("h.ron"), [0xff, 0xfe, b'[']).unwrap();
    let (_, note) = store.load("h.ron", parse_numbers);
    assert!(
        matches!(note, Some(LoadNote::MovedAside { .. })),
        "{note:?}"
    );
}

/// Two windows on one folder: each update reads what the other wrote.
#[test]
fn updates_from_two_stores_merge() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (Store::new(dir.path()), Store::new(dir.path()));
    a.update("h.ron", parse_numbers, |v| v.push(1)).unwrap();
    let (seen, _) = b.update("h.ron", parse_numbers, |v| v.push(2)).unwrap();
    assert_eq!(seen, vec![1, 2]);
    let (seen, _) = a.update("h.ron", parse_numbers, |v| v.push(3)).unwrap();
    assert_eq!(seen, vec![1, 2, 3]);
}

/// Two processes' worth of threads appending at once lose nothing: the
/// lock serialises each read-change-write.
#[test]
fn concurrent_updates_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let threads: Vec<_> = (0..4u32)
        .map(|t| {
            let store = Store::new(dir.path());
            std::thread::spawn(move || {
                for i in 0..25 {
                    store
                        .update("h.ron", parse_numbers, |v| v.push(t * 100 + i))
                        .unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let (all, _) = Store::new(dir.path()).load("h.ron", parse_numbers);
    assert_eq!(all.len(), 100);
}

#[test]
fn unwritable_folder_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "").unwrap();
    // A folder path below a plain file can never be created.
    let store = Store::new(&blocker.join("data"));
    assert!(matches!(
        store.save("x.ron", &1u32),
        Err(StoreError::Write { .. })
    ));
    assert!(matches!(
        store.update("x.ron", parse_numbers, |v| v.push(1)),
        Err(StoreError::Write { .. })
    ));
}

/// The history as the app wrote it before records kept seeds and choices.
#[test]
fn history_written_before_full_records_still_loads() {
    let old = r#"[
    (
        scenario: "kelly-foyer",
        version: 1,
        finished_secs: 1700000000,
        mode: Practice,
        ending: "confiance",
        outcome: BondKept,
        scores: (Some(80), Some(100), None, Some(50), Some(75)),
        recommended_share: Some(0.75),
    ),
]"#;
    let history = parse_history(old).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].scores[1], Some(100));
    assert!(!history[0].replayable());
    assert!(history[0].decisions.is_empty() && history[0].seed.is_none());
}

#[test]
fn ids_are_stable_distinct_and_found_by_prefix() {
    let old = r#"[
    (scenario: "kelly-foyer", version: 1, finished_secs: 1700000000, mode: Practice,
     ending: "confiance", outcome: BondKept, scores: (None, None, None, None, None),
     recommended_share: None),
]"#;
    let first = parse_history(old).unwrap().remove(0);
    let mut second = first.clone();
    second.finished_secs += 1;
    let (a, b) = (first.id(), second.id());
    assert_eq!(a.len(), 8);
    assert_ne!(a, b);
    // Written and read back, a record keeps its id.
    let back = parse_history(&ron::to_string(&vec![first.clone()]).unwrap()).unwrap();
    assert_eq!(back[0].id(), a);
    let both = [first, second];
    assert_eq!(find_attempt(&both, &a).unwrap().id(), a);
    assert_eq!(find_attempt(&both, &b[..6].to_uppercase()).unwrap().id(), b);
    assert!(matches!(find_attempt(&both, "zz"), Err(FindError::None(_))));
    assert!(matches!(find_attempt(&both, ""), Err(FindError::None(_))));
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    if shared > 0 {
        assert!(matches!(
            find_attempt(&both, &a[..shared]),
            Err(FindError::Several { count: 2, .. })
        ));
    }
}

#[test]
fn settings_out_of_range_or_not_numbers_fall_back() {
    let s = parse_settings("(text_scale: 9.0, volume: -1.0)").unwrap();
    assert_eq!((s.text_scale, s.volume), (2.0, 0.0));
    let s = parse_settings("(text_scale: NaN, volume: inf)").unwrap();
    assert_eq!((s.text_scale, s.volume), (1.0, 0.8));
    assert!(parse_settings("(lang: de)").is_err());
}

#[test]
fn settings_written_by_an_older_version_still_load() {
    // The room view's text size became automatic: its old setting is ignored.
    let s = parse_settings("(lang: en, room_text_scale: 2.5, room_high_contrast: true)").unwrap();
    assert_eq!(
        (s.lang, s.room_high_contrast),
        (crate::scenario::Lang::En, true)
    );
}

#[test]
fn the_xapi_actor_is_optional_and_a_blank_one_is_none() {
    // A file written before the field existed.
    assert_eq!(parse_settings("(lang: en)").unwrap().xapi_actor, None);
    let s = parse_settings(r#"(xapi_actor: Some("  Ana B. "))"#).unwrap();
    assert_eq!(s.xapi_actor.as_deref(), Some("Ana B."));
    let s = parse_settings(r#"(xapi_actor: Some("   "))"#).unwrap();
    assert_eq!(s.xapi_actor, None);
}

/// Needs TZ=UTC (as `make test` sets it): the name is in local time.
#[test]
fn summary_file_name_is_the_scenario_and_the_local_start_time() {
    // 2026-11-30 14:05:59 UTC.
    let ms = 1_796_047_559_000;
    assert_eq!(
        summary_file_name("kelly-foyer", ms),
        "atelier-kelly-foyer-2026-11-30-14h05m59.md"
    );
    assert_eq!(
        summary_file_name("../x y", ms),
        "atelier----x-y-2026-11-30-14h05m59.md",
        "an id never leaves the folder"
    );
    // Issue 19, fault 2: a second workshop started in the same minute
    // keeps a report of its own.
    assert_ne!(
        summary_file_name("kelly-foyer", ms),
        summary_file_name("kelly-foyer", ms - 30_000)
    );
}

#[test]
fn a_summary_is_written_under_workshops_in_a_new_folder() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(&dir.path().join("data"));
    let path = store.write_summary("a.md", "# Atelier\n").unwrap();
    assert_eq!(path, dir.path().join("data").join(SUMMARY_DIR).join("a.md"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# Atelier\n");
    let files = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
    assert_eq!(files, 1, "no temporary file left behind");
}

/// A read-only folder: an error naming the file. Root writes anyway, so
/// the check is skipped then.
#[cfg(unix)]
#[test]
fn a_read_only_summary_folder_is_a_write_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join(SUMMARY_DIR);
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(folder.join("probe"), "").is_ok() {
        eprintln!("skipped: running as root, a read-only folder is writable");
        return;
    }
    let result = Store::new(dir.path()).write_summary("a.md", "x");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    match result {
        Err(StoreError::Write { path, .. }) => assert!(path.ends_with("a.md"), "{path}"),
        other => panic!("{other:?}"),
    }
}

/// Runs `f` on a thread and fails (rather than hangs) past ten seconds.
fn within_seconds<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(f()));
    rx.recv_timeout(std::time::Duration::from_secs(10))
        .expect("the read did not return: it hung")
}

/// Issue 19, fault 9: a pipe named like the history, or a link to
/// `/dev/zero`, is reported unreadable and left alone; the read returns.
#[test]
fn a_pipe_or_a_device_named_like_a_data_file_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("history.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    #[cfg(unix)]
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("settings.ron")).unwrap();
    let path = dir.path().to_path_buf();
    let notes = within_seconds(move || {
        let store = Store::new(&path);
        let (history, a) = store.load(HISTORY_FILE, parse_history);
        let (_, b) = store.load(SETTINGS_FILE, parse_settings);
        (history.len(), a, b)
    });
    assert_eq!(notes.0, 0);
    for note in [notes.1, notes.2] {
        assert!(
            matches!(note, Some(LoadNote::Unreadable { .. })),
            "{note:?}"
        );
    }
    assert!(fifo.exists(), "left where it is");
}

/// Issue 19, fault 11: while another process holds the lock on a data
/// file, a save gives up after [`LOCK_WAIT`] with an error (the app says
/// so and keeps what it could not save), instead of freezing the window.
#[test]
fn a_save_gives_up_on_a_lock_held_too_long() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.save(HISTORY_FILE, &Vec::<Attempt>::new()).unwrap();
    let held = std::fs::File::create(dir.path().join(format!(".{HISTORY_FILE}.lock"))).unwrap();
    held.lock().unwrap();
    let path = dir.path().to_path_buf();
    let result = within_seconds(move || {
        Store::new(&path).update(HISTORY_FILE, parse_history, |h: &mut Vec<Attempt>| {
            h.clear()
        })
    });
    assert!(
        matches!(result, Err(StoreError::Write { .. })),
        "{result:?}"
    );
    drop(held);
    assert!(store.update(HISTORY_FILE, parse_history, |_| {}).is_ok());
}
