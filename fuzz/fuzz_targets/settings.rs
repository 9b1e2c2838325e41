//! The settings file (`settings.ron`): whatever it holds, what reaches the
//! screen is in range and a number (a NaN text scale would reach egui).

#![no_main]

use libfuzzer_sys::fuzz_target;

use entretien::store::parse_settings;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(settings) = parse_settings(text) else {
        return;
    };
    assert!((1.0..=2.0).contains(&settings.text_scale), "{settings:?}");
    assert!((0.0..=1.0).contains(&settings.volume), "{settings:?}");
    let written = ron::to_string(&settings).expect("settings write");
    assert_eq!(parse_settings(&written).as_ref(), Ok(&settings));
});
