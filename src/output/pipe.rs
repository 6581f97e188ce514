//! Whether stdout's reader is still there: a command that streams (`jobs logs -f`, `run`)
//! and writes nothing for a while would otherwise go on polling the service for nobody
//! (`jobs logs -f JOB | head -1`). It looks between rounds and while it waits, and ends
//! as a closed pipe does (exit 0). `jobs wait` and `--wait` do not: their exit status is
//! the outcome.

use std::io;

/// True when stdout is a pipe or socket whose reading end has been closed (or a terminal
/// that hung up). Never blocks.
#[cfg(unix)]
pub fn stdout_gone() -> bool {
    let mut fd = libc::pollfd {
        fd: libc::STDOUT_FILENO,
        // No event asked for: POLLERR and POLLHUP are reported whatever is asked.
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd for the duration of the call, a zero timeout.
    let ready = unsafe { libc::poll(&mut fd, 1, 0) };
    ready > 0 && fd.revents & (libc::POLLERR | libc::POLLHUP) != 0
}

#[cfg(not(unix))]
pub fn stdout_gone() -> bool {
    false
}

/// The error a closed stdout ends a command with (exit 0, nothing more printed).
pub fn gone_error() -> io::Error {
    io::Error::new(io::ErrorKind::BrokenPipe, "stdout was closed")
}

#[cfg(all(test, unix))]
mod tests {
    #[test]
    fn a_pipe_whose_reader_closed_is_seen_gone() {
        let mut fds = [0; 2];
        // SAFETY: a two-int array for pipe(2), both ends closed below.
        unsafe {
            assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
        }
        let gone = |fd| {
            let mut p = libc::pollfd {
                fd,
                events: 0,
                revents: 0,
            };
            // SAFETY: one valid pollfd, zero timeout.
            let n = unsafe { libc::poll(&mut p, 1, 0) };
            n > 0 && p.revents & (libc::POLLERR | libc::POLLHUP) != 0
        };
        assert!(!gone(fds[1]), "a reader is there");
        // SAFETY: closing the fds opened above, once each.
        unsafe { libc::close(fds[0]) };
        assert!(gone(fds[1]), "the reader has gone");
        // SAFETY: as above.
        unsafe { libc::close(fds[1]) };
    }
}
