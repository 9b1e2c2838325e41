//! Issue 19, fault 13: with a data folder given (`ENTRETIEN_DATA_DIR`),
//! eframe's own state (`app.ron`) goes there too, not to the platform
//! folder.

#![allow(clippy::unwrap_used)]

#[test]
fn the_window_state_follows_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let options = entretien::app::native_options(Some(dir.path().to_path_buf()));
    assert_eq!(options.persistence_path.as_deref(), Some(dir.path()));
    // Without one, eframe's own default place.
    assert_eq!(entretien::app::native_options(None).persistence_path, None);
}
