//! Reading a file someone handed SC Desk: only a regular file, only up to the limit, and
//! with a bound on the read itself, so that a FIFO, a device (`/dev/zero` behind a link)
//! or a file that grows while it is read can neither hang SC Desk nor exhaust its memory.

use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path} is not a file (it is a folder, a device or a pipe), so SC Desk did not read it. Choose the file itself.")]
    NotAFile { path: PathBuf },
    #[error("{path} is {size} bytes, more than the {max} bytes SC Desk reads; it was not read. Ask the sender whether it is the right file.")]
    TooLarge { path: PathBuf, size: u64, max: u64 },
    #[error("Could not read {path}: {}", io_words(.error))]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

/// An input/output failure in words a person can act on, without the system's error
/// numbers.
pub fn io_words(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "it does not exist (check the name and the folder)",
        K::PermissionDenied => {
            "permission was refused (check the permissions of the file and its folder)"
        }
        K::AlreadyExists => "something with that name is already there",
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => {
            "the disk is full (free some space and try again)"
        }
        K::ReadOnlyFilesystem => {
            "the disk or folder is read-only (choose a place you can write to)"
        }
        K::IsADirectory => "it is a folder, not a file",
        K::NotADirectory => "part of the path is a file, not a folder",
        K::InvalidFilename => "the name is not allowed here",
        K::DirectoryNotEmpty => "the folder is not empty",
        K::Interrupted | K::TimedOut | K::WouldBlock => "it was interrupted (try again)",
        K::InvalidData | K::UnexpectedEof => "its content could not be read as expected",
        _ => "the system refused it (check the disk and the folder, and try again)",
    }
}

/// Reads the regular file at `path` (links followed), refusing anything larger than `max`
/// bytes, whether the size was known beforehand or the file grew while being read.
pub fn read(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let io = |error| ReadError::Io {
        path: path.to_path_buf(),
        error,
    };
    // Asked before opening: opening a FIFO waits for a writer that may never come.
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile { path: path.into() });
    }
    let too_large = |size| ReadError::TooLarge {
        path: path.into(),
        size,
        max,
    };
    if meta.len() > max {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(io)?;
    // The path could have been swapped between the two looks: ask the open file too.
    if !file.metadata().map_err(io)?.is_file() {
        return Err(ReadError::NotAFile { path: path.into() });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_within_the_limit_and_refuses_one_beyond_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"0123456789").unwrap();
        assert_eq!(read(&path, 10).unwrap(), b"0123456789");
        let err = read(&path, 9).unwrap_err();
        assert!(
            matches!(
                err,
                ReadError::TooLarge {
                    size: 10,
                    max: 9,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn a_folder_a_device_and_a_pipe_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read(dir.path(), 100),
            Err(ReadError::NotAFile { .. })
        ));
        // /dev/zero behind a link would read forever.
        let link = dir.path().join("zero.dsse");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(read(&link, 100), Err(ReadError::NotAFile { .. })));
        // A FIFO with no writer would block the open forever.
        let fifo = dir.path().join("fifo.dsse");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        assert!(matches!(read(&fifo, 100), Err(ReadError::NotAFile { .. })));
    }
}
