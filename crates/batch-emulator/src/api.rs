//! The service's vocabulary the emulator needs: names, limits, job states and the
//! service's envelopes, all from `batch_api` (shared with the client; the emulator must
//! not depend on the product).

pub use batch_api::jobs::{
    ACTION, DEFAULT_LIMIT, JOB_STATES, MAX_PAGE, TASK_COUNTERS, answer_envelope, error_envelope,
    is_known_filter, is_terminal_state, is_valid_job_id, job_id,
};
pub use batch_api::{SERVICE, VERSION};
