//! Counting in words, as a person writes it: "1 document", "2 documents", never
//! "1 documents" or "document(s)".

/// `n` with its noun, singular for one.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        let cases = [
            (0, "0 documents"),
            (1, "1 document"),
            (2, "2 documents"),
            (11, "11 documents"),
        ];
        for (n, words) in cases {
            assert_eq!(super::count(n, "document", "documents"), words);
        }
    }
}
