//! The settings file (`settings.ron`): whatever it holds, what reaches the
//! screen is in range and a number (a NaN text scale would reach egui),
//! and it writes back to itself.

use super::parsed;
use crate::store::parse_settings;

/// Checks one input as a settings file.
pub fn settings(data: &[u8]) {
    let Some(settings) = parsed(data, parse_settings) else {
        return;
    };
    assert!((1.0..=2.0).contains(&settings.text_scale), "{settings:?}");
    assert!((0.0..=1.0).contains(&settings.volume), "{settings:?}");
    assert!(
        (0.0..=1.0).contains(&settings.ambience_volume),
        "{settings:?}"
    );
    let written = ron::to_string(&settings).expect("settings write");
    assert_eq!(parse_settings(&written).as_ref(), Ok(&settings));
}
