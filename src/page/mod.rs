//! The article parts of the page around the roadmap.

mod architecture;
mod career;
mod faq;
mod intro;

pub use architecture::Architecture;
pub use career::CareerPath;
pub use faq::{CallToAction, Faq, Mistakes};
pub use intro::{About, Hero};
