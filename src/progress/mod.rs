//! Learner progress: the pure model and its codecs (storage JSON, export file, share code).

mod clock;
mod codec;
mod idmap;
mod model;
mod share;

pub use clock::{utc_date, OwnClock};
pub use codec::*;
pub use model::{
    check_note, milestone_reached, note_chars, Change, Counts, NoteTooLong, Progress, ProjectState,
    Stamped, TopicState, MAX_NOTE_CHARS,
};
pub use share::{
    base64url_decode, base64url_encode, decode_share, encode_share, share_url, share_warning,
    ShareError, Shared, MAX_CHAT_LINK, MAX_CODE_LEN, MAX_NAME_CHARS,
};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests;
