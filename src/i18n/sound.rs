//! The words of the sound's state, as the settings show it to a trainer:
//! the output in use or why there is none, and what went wrong while
//! playing, each file named. The technical reason is given apart, to be
//! folded under « Détails ».

use super::{fr_or_en, labelled, quoted};
use crate::audio::PlaybackError;
use crate::scenario::Lang;

/// The sound's own messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum SoundMsg {
    /// The card is being looked for (the first seconds after start).
    Opening,
    PlaybackProblems,
    NoPlaybackProblem,
    ClearProblems,
    NoticeSoundStopped,
}

/// A sound message in `lang`.
pub fn tr_sound(msg: SoundMsg, lang: Lang) -> &'static str {
    let (fr, en) = match msg {
        SoundMsg::Opening => (
            "Recherche de la sortie audio…",
            "Looking for the audio output…",
        ),
        SoundMsg::PlaybackProblems => ("Problèmes de lecture", "Playback problems"),
        SoundMsg::NoPlaybackProblem => ("Aucun problème de lecture", "No playback problem"),
        SoundMsg::ClearProblems => ("Effacer la liste", "Clear the list"),
        SoundMsg::NoticeSoundStopped => (
            "Le son s'est arrêté\u{202F}: la sortie audio ne répond plus\u{202F}; les répliques restent à l'écran",
            "The sound stopped: the audio output no longer answers; the lines stay on screen",
        ),
    };
    fr_or_en(fr, en, lang)
}

/// « Sortie audio : « name » », or the system's default when the card
/// has no name.
pub fn output_in_use(name: Option<&str>, lang: Lang) -> String {
    let label = fr_or_en("Sortie audio", "Audio output", lang);
    let value = match name {
        Some(name) => quoted(name, lang),
        None => fr_or_en("celle du système", "the system's default", lang).to_owned(),
    };
    labelled(label, &value, lang)
}

/// What went wrong, in a sentence that names the file; and the technical
/// reason, for whoever helps.
pub fn playback_error_words(error: &PlaybackError, lang: Lang) -> (String, &str) {
    match error {
        PlaybackError::File(file) => {
            let what = fr_or_en(
                "Fichier son qui ne se lit pas",
                "Sound file that will not play",
                lang,
            );
            (labelled(what, &file.path, lang), &file.detail)
        }
        PlaybackError::DeviceLost(detail) => {
            let what = fr_or_en(
                "La sortie audio s'est arrêtée pendant la lecture",
                "The audio output stopped while playing",
                lang,
            );
            (what.to_owned(), detail)
        }
        PlaybackError::DeviceFaltered(detail) => {
            let what = fr_or_en(
                "La sortie audio a eu un raté\u{202F}: un instant de son a pu manquer",
                "The audio output faltered: a moment of sound may be missing",
                lang,
            );
            (what.to_owned(), detail)
        }
    }
}
