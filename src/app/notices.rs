//! Notices under the top bar: what happened and what to do, in the user's
//! words; the technical reason (an operating-system or library message)
//! folded under "Détails", for whoever helps them.

use super::state::{AppState, Command, Notice, ResumeFailure};
use crate::i18n::export::{export_failed, exported};
use crate::i18n::sound::{SoundMsg, tr_sound};
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::Lang;
use crate::store::LoadNote;

/// Notices shown at once; older ones wait until these are closed.
const MAX_NOTICES_SHOWN: usize = 3;

/// The newest notices, each with its close button and folded details.
pub fn notices_ui(ui: &mut egui::Ui, state: &AppState, send: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let all = state.notices.all();
    // The newest few; the interview must stay visible below them.
    let first = all.len().saturating_sub(MAX_NOTICES_SHOWN);
    for (i, n) in all.iter().enumerate().skip(first) {
        let (text, details) = notice_words(n, lang);
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(text).color(ui.visuals().warn_fg_color));
            if ui
                .button(format!("{} ({})", tr(Msg::Close, lang), i + 1))
                .clicked()
            {
                send.push(Command::Dismiss(i));
            }
        });
        if let Some(details) = details {
            details_ui(ui, ("notice_details", i), details, lang);
        }
    }
    if first > 0 {
        ui.weak(format!("{} {}", first, tr(Msg::MoreNotices, lang)));
    }
}

/// A technical reason, folded until asked for.
pub fn details_ui(
    ui: &mut egui::Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    details: &str,
    lang: Lang,
) {
    egui::CollapsingHeader::new(tr(Msg::Details, lang))
        .id_salt(salt)
        .show(ui, |ui| {
            ui.weak(details);
        });
}

/// A notice's sentence, and its technical reason if it has one.
fn notice_words(n: &Notice, lang: Lang) -> (String, Option<&str>) {
    match n {
        Notice::DataFile(LoadNote::MovedAside { file, to, reason }) => (
            labelled(
                tr(Msg::NoticeMovedAside, lang),
                &format!("{file} ({to})"),
                lang,
            ),
            Some(reason),
        ),
        Notice::DataFile(LoadNote::Unreadable { file, reason }) => (
            labelled(tr(Msg::NoticeUnreadable, lang), file, lang),
            Some(reason),
        ),
        Notice::SaveFailed { place, detail } => (
            labelled(tr(Msg::NoticeSaveFailed, lang), place, lang),
            Some(detail),
        ),
        Notice::CannotResume { scenario, why } => {
            let why = match why {
                ResumeFailure::ScenarioChanged { kept_at: Some(at) } => {
                    labelled(tr(Msg::NoticeScenarioChangedKept, lang), at, lang)
                }
                ResumeFailure::ScenarioChanged { kept_at: None } => {
                    tr(Msg::NoticeScenarioChanged, lang).to_owned()
                }
                ResumeFailure::Damaged { kept_at: Some(at) } => {
                    labelled(tr(Msg::NoticeRunDamagedKept, lang), at, lang)
                }
                ResumeFailure::Damaged { kept_at: None } => {
                    tr(Msg::NoticeRunDamaged, lang).to_owned()
                }
                ResumeFailure::OpenElsewhere => tr(Msg::NoticeRunOpenElsewhere, lang).to_owned(),
            };
            let text = format!(
                "{} ({scenario}){} {why}",
                tr(Msg::NoticeCannotResume, lang),
                crate::i18n::colon(lang)
            );
            (text, None)
        }
        Notice::Added { file } => (labelled(tr(Msg::NoticeAdded, lang), file, lang), None),
        Notice::Rejected { file } => (labelled(tr(Msg::NoticeRejected, lang), file, lang), None),
        Notice::SoundFileFailed { file, reason } => (
            labelled(tr(Msg::NoticeSoundFileFailed, lang), file, lang),
            Some(reason),
        ),
        Notice::SoundStopped { reason } => (
            tr_sound(SoundMsg::NoticeSoundStopped, lang).to_owned(),
            Some(reason),
        ),
        Notice::NotDone { detail } => (tr(Msg::NoticeNotDone, lang).to_owned(), Some(detail)),
        Notice::Exported { file } => (labelled(exported(lang), file, lang), None),
        Notice::ExportFailed { reason } => (export_failed(lang).to_owned(), Some(reason)),
        Notice::CannotOpen { file, reason } => (
            labelled(tr(Msg::NoticeCannotOpen, lang), file, lang),
            Some(reason),
        ),
    }
}
