//! Reports: what a session leaves behind as a document, drawn from the
//! engine's resolved values like any screen. The workshop's Markdown
//! summary is the first; its words are written beside it, picked and
//! quoted by the same helpers as every other string ([`crate::i18n`]).

mod workshop;

pub use workshop::workshop_summary;
