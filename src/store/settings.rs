//! User settings, in `settings.ron`. A hand-edited or damaged value falls
//! back to its default instead of reaching the screen.

use serde::{Deserialize, Serialize};

use crate::scenario::Lang;

/// The settings file in the data folder.
pub const SETTINGS_FILE: &str = "settings.ron";

/// Colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    /// Light.
    #[default]
    Light,
    /// Dark.
    Dark,
    /// High contrast.
    HighContrast,
}

/// User settings. A field an older version wrote and this one no longer
/// has (`room_text_scale`: the room view now fits its text to the screen)
/// is ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface and content language.
    pub lang: Lang,
    /// 1.0 to 2.0.
    pub text_scale: f32,
    /// Colours.
    pub theme: Theme,
    /// Play voice lines and end audio.
    pub audio_on: bool,
    /// Voice volume, 0.0 to 1.0.
    pub volume: f32,
    /// Play the room ambience under the interview.
    pub ambience_on: bool,
    /// Ambience volume, 0.0 to 1.0.
    pub ambience_volume: f32,
    /// No animations.
    pub reduce_motion: bool,
    /// The room view in high contrast (a washed-out projector).
    pub room_high_contrast: bool,
    /// Who the xAPI export says played: an email address or a pseudonym
    /// the trainee typed. Never required: without one, the statements
    /// name no one (see [`crate::report::xapi`]).
    pub xapi_actor: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Fr,
            text_scale: 1.0,
            theme: Theme::Light,
            audio_on: true,
            volume: 0.8,
            ambience_on: false,
            ambience_volume: 0.3,
            reduce_motion: false,
            room_high_contrast: false,
            xapi_actor: None,
        }
    }
}

impl Settings {
    /// Keeps values in their ranges; a value that is not a number takes
    /// its default; the xAPI actor is trimmed, and dropped when blank.
    pub fn clamped(mut self) -> Settings {
        let default = Settings::default();
        if !self.text_scale.is_finite() {
            self.text_scale = default.text_scale;
        }
        if !self.volume.is_finite() {
            self.volume = default.volume;
        }
        if !self.ambience_volume.is_finite() {
            self.ambience_volume = default.ambience_volume;
        }
        self.text_scale = self.text_scale.clamp(1.0, 2.0);
        self.volume = self.volume.clamp(0.0, 1.0);
        self.ambience_volume = self.ambience_volume.clamp(0.0, 1.0);
        // Blanks are no name: the export then stays anonymous.
        self.xapi_actor = (self.xapi_actor.as_deref().map(str::trim))
            .filter(|a| !a.is_empty())
            .map(str::to_owned);
        self
    }
}

/// The settings file's text to settings in their ranges.
pub fn parse_settings(text: &str) -> Result<Settings, String> {
    super::parse_ron::<Settings>(text).map(Settings::clamped)
}
