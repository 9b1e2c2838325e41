//! From a line id (as [`crate::engine::Happened`] and the closing give
//! them) to the voice file of that line, and the scenario's room ambience.

use std::path::{Path, PathBuf};

use super::Lang;
use super::model::{Assets, Audio, Scenario};

/// The ambience file beside a scenario's voices.
pub const AMBIENCE_FILE: &str = "ambience.ogg";

impl Assets {
    /// The room ambience (`ambience.ogg` in the voices' folder), if there
    /// is one.
    pub fn ambience(&self) -> Option<PathBuf> {
        let file = self.audio.join(AMBIENCE_FILE);
        self.has_file(&file).then_some(file)
    }
}

impl Scenario {
    /// The voice of line `id` in `lang`, when the line has one.
    pub fn voice(&self, id: &str, lang: Lang) -> Option<&Path> {
        self.voices_by_id()
            .find(|(line, _)| line == id)
            .and_then(|(_, audio)| audio.get(lang))
            .map(PathBuf::as_path)
    }

    /// Every media file the scenario names and has: voices in both
    /// languages (the trainee's answers included) and the room ambience.
    pub fn media_files(&self) -> Vec<PathBuf> {
        let voices = self.voices_by_id().map(|(_, audio)| audio);
        let answers = (self.beats.iter()).flat_map(|b| b.choices.iter().map(|c| &c.audio));
        let mut files: Vec<PathBuf> = (voices.chain(answers))
            .flat_map(|a| [a.get(Lang::Fr), a.get(Lang::En)])
            .flatten()
            .filter(|f| self.assets.as_ref().is_some_and(|a| a.has_file(f)))
            .cloned()
            .collect();
        files.extend(self.assets.as_ref().and_then(Assets::ambience));
        files.sort();
        files.dedup();
        files
    }

    /// Every voiced line's id with its files: lines and their variants,
    /// narrations, replies, endings, checkpoint labels.
    fn voices_by_id(&self) -> impl Iterator<Item = (String, &Audio)> {
        let beats = (0..self.beats.len() as u32).flat_map(move |b| {
            let beat = self.beat(b);
            let speech = beat.speech.iter().flat_map(move |s| {
                (0..=s.variants.len() as u16).map(move |v| (self.line_id(b, v), &s.line(v).audio))
            });
            let narration = beat
                .narration
                .iter()
                .map(move |n| (self.narration_id(b), &n.audio));
            let replies = (0..beat.choices.len() as u16).flat_map(move |c| {
                beat.choices[usize::from(c)]
                    .reply
                    .iter()
                    .flat_map(move |r| {
                        (0..=r.variants.len() as u16)
                            .map(move |v| (self.reply_id(b, c, v), &r.line(v).audio))
                    })
            });
            speech.chain(narration).chain(replies)
        });
        let endings = (0..self.endings.len() as u32)
            .map(move |e| (self.ending_line_id(e), &self.endings[e as usize].audio));
        let checkpoints = (0..self.checkpoints.len())
            .map(move |i| (self.checkpoint_line_id(i), &self.checkpoints[i].audio));
        beats.chain(endings).chain(checkpoints)
    }
}
