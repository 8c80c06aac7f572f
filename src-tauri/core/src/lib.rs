//! ibis-core: everything of Ibis except the window. The vault (SQLCipher + key slots), the
//! domain rules, the store, the use cases and the IPC contract. No Tauri dependency.

pub mod api;
pub mod app;
pub mod clock;
pub mod domain;
pub mod error;
pub mod export;
mod files;
pub mod ids;
mod random;
pub mod records;
pub mod store;
pub mod template;
pub mod usecases;
pub mod vault;
pub mod vocabulary;

pub use error::{Error, Result, Rule};
