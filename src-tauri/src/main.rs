//! Entry point of the Ibis desktop app; everything lives in the library.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    ibis_lib::run();
}
