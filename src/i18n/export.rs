//! The words of exporting: the buttons of the debrief and the workshop,
//! and the notices that say where the file went or why it did not.

use super::fr_or_en;
use crate::scenario::Lang;

/// The notice once written: « Exporté : <file> ».
pub fn exported(lang: Lang) -> &'static str {
    fr_or_en(
        "Exporté (ouvert à l'instant)",
        "Exported (opened just now)",
        lang,
    )
}

/// The notice when nothing could be written.
pub fn export_failed(lang: Lang) -> &'static str {
    fr_or_en(
        "L'export n'a pas pu être fait",
        "The export could not be made",
        lang,
    )
}

/// Before the debrief's export buttons.
pub fn export_label(lang: Lang) -> &'static str {
    fr_or_en("Exporter", "Export", lang)
}

/// The debrief as a printable page.
pub fn as_page(lang: Lang) -> &'static str {
    fr_or_en("Page à imprimer", "Printable page", lang)
}

/// What the page is.
pub fn as_page_hint(lang: Lang) -> &'static str {
    fr_or_en(
        "Le débriefing complet en page web, à ouvrir dans le navigateur, imprimer ou envoyer à votre superviseur·e.",
        "The whole debrief as a web page, to open in the browser, print or send to your supervisor.",
        lang,
    )
}

/// The debrief (or the workshop) as a PDF.
pub fn as_pdf(lang: Lang) -> &'static str {
    fr_or_en("PDF", "PDF", lang)
}

/// What the PDF needs.
pub fn as_pdf_hint(lang: Lang) -> &'static str {
    fr_or_en(
        "Imprimé par Chromium (paquet Debian « chromium »). Sans lui, exportez la page et imprimez-la en PDF depuis le navigateur.",
        "Printed by Chromium (Debian package \"chromium\"). Without it, export the page and print it to PDF from the browser.",
        lang,
    )
}

/// The attempt as xAPI statements.
pub fn as_xapi(lang: Lang) -> &'static str {
    fr_or_en("xAPI", "xAPI", lang)
}

/// What xAPI is for, and whom it names.
pub fn as_xapi_hint(lang: Lang) -> &'static str {
    fr_or_en(
        "Les énoncés xAPI de cet essai (JSON), pour le système de suivi des formations de votre organisation. Ils nomment la personne indiquée dans les réglages, sinon personne.",
        "This attempt's xAPI statements (JSON), for your organisation's learning record store. They name whoever the settings name, else no one.",
        lang,
    )
}

/// The workshop's report as a PDF.
pub fn workshop_pdf(lang: Lang) -> &'static str {
    fr_or_en(
        "Exporter le rapport en PDF",
        "Export the report as PDF",
        lang,
    )
}

/// Where exports go.
pub fn where_exports_go(lang: Lang) -> &'static str {
    fr_or_en(
        "Les exports vont dans le dossier « exports » du dossier de données et ne quittent pas cet ordinateur.",
        "Exports go to the data folder's \"exports\" folder and never leave this computer.",
        lang,
    )
}
