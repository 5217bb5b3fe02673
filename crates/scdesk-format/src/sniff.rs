//! What a file is, from its first bytes: JSON (an SC Desk file or a bundle of them), a
//! PDF (perhaps a decision record), or something else, named as a person would name it.
//! A stray file gets one plain line at once and is never read line by line.

/// What the first bytes say a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// Starts with `{`: a signed file, or a bundle of them, one per line.
    Json,
    /// Starts with `%PDF-`.
    Pdf,
    /// Anything else, described in words ("a PNG image").
    Other(&'static str),
}

/// Looks at the first bytes of `bytes` only, so a file of any size is sniffed at once.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = first else {
        return Sniffed::Other("an empty file");
    };
    let rest = &bytes[start..];
    let magic: &[(&[u8], &'static str)] = &[
        (b"%PDF-", ""),
        (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x1F\x8B", "a compressed (gzip) file"),
        (b"\x7FELF", "a program"),
        (b"\xD0\xCF\x11\xE0", "an older Office document"),
        (b"<", "a web page or XML document"),
    ];
    if rest.starts_with(b"{") {
        return Sniffed::Json;
    }
    for (prefix, what) in magic {
        if rest.starts_with(prefix) {
            return if what.is_empty() {
                Sniffed::Pdf
            } else {
                Sniffed::Other(what)
            };
        }
    }
    let head = &rest[..rest.len().min(4096)];
    // A multi-byte character cut at the end of the head is still text.
    let text = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    if text && !head.contains(&0) {
        Sniffed::Other("a text file")
    } else {
        Sniffed::Other("a binary file")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_what_a_file_is_from_its_first_bytes() {
        let cases: &[(&[u8], Sniffed)] = &[
            (b"{\"payload\":\"\"}", Sniffed::Json),
            (b"\xEF\xBB\xBF  \n{", Sniffed::Json),
            (b"%PDF-1.7\n", Sniffed::Pdf),
            (
                b"PK\x03\x04rest",
                Sniffed::Other("a ZIP archive (or an Office document)"),
            ),
            (b"\x89PNG\r\n", Sniffed::Other("a PNG image")),
            (b"", Sniffed::Other("an empty file")),
            (b"  \n ", Sniffed::Other("an empty file")),
            (b"Dear colleagues,\n", Sniffed::Other("a text file")),
            (b"\x00\x01\x02", Sniffed::Other("a binary file")),
            ("é".as_bytes(), Sniffed::Other("a text file")),
        ];
        for (bytes, want) in cases {
            assert_eq!(sniff(bytes), *want, "{bytes:?}");
        }
    }
}
