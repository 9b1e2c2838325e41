//! Reports: what a session leaves behind as a document, drawn from the
//! engine's resolved values like any screen. The workshop's Markdown
//! summary is one; the xAPI statements of an attempt, for a learning
//! record store, another ([`xapi`]). Their words are written beside them,
//! picked and quoted by the same helpers as every other string
//! ([`crate::i18n`]).

mod workshop;
pub mod xapi;

pub use workshop::workshop_summary;
