//! The app on screen, through egui_kittest: the real `App` over temporary
//! folders, driven by keys and clicks as a trainee or a facilitator would,
//! its layout at the sizes people use, and its snapshots. One test crate,
//! so that egui and the renderer link once.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../common/cli.rs"]
mod cli;
#[path = "../common/mod.rs"]
mod common;
#[path = "../common/media.rs"]
mod media;

mod characters;
mod debrief;
mod giants;
mod history;
mod keyboard;
mod layout;
mod layout_answers;
mod layout_room;
mod learning;
mod map;
mod safety;
mod screens;
mod snapshots;
mod sound;
mod window_state;
mod workshop;
mod workshop_builtins;
mod workshop_widest;
