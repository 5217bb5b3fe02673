//! Secrets: the database key and passphrases. A secret is zeroed when dropped, prints as
//! `<redacted>` and cannot be serialized, so it never reaches a log, a file or the UI.

use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;
use zeroize::Zeroizing;

/// Bytes that must stay secret (a 256-bit database key, a private key).
pub struct Secret(Zeroizing<Vec<u8>>);

impl Secret {
    pub fn from_bytes(bytes: Vec<u8>) -> Secret {
        Secret(Zeroizing::new(bytes))
    }

    /// `len` bytes from the operating system's random source.
    pub fn random(len: usize) -> Secret {
        let mut bytes = Zeroizing::new(vec![0u8; len]);
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Secret(bytes)
    }

    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// A passphrase typed by the user.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    pub fn new(text: String) -> Passphrase {
        Passphrase(Zeroizing::new(text))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// The Argon2id cost of turning a passphrase into a key; stored beside the salt so a
/// later version can raise it without locking anyone out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfParams {
    /// OWASP's first recommended Argon2id setting (19 MiB would be the floor; we use 64).
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KdfError {
    #[error("The passphrase is empty: choose one of at least {0} characters.")]
    TooShort(usize),
    #[error("The stored key-derivation settings are not usable ({0}); the workspace file may be damaged.")]
    BadParams(String),
}

/// Shortest passphrase accepted when a workspace is created.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// How hard a new passphrase is to guess, in words a person can act on (zxcvbn's estimate:
/// dictionary words, names, dates, keyboard patterns and repeats count for little).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Strength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// "too easy to guess", "weak", "fair", "good" or "strong".
    pub label: &'static str,
    /// What makes it weak, and what would help, as sentences; empty when it is strong.
    pub advice: Vec<String>,
}

/// The strength of a passphrase someone is choosing. `known` are words the person's own
/// details give away (their name, the fund's name): a passphrase built on them is weak.
pub fn strength(passphrase: &str, known: &[&str]) -> Strength {
    if passphrase.is_empty() {
        return Strength {
            score: 0,
            label: "too easy to guess",
            advice: Vec::new(),
        };
    }
    let estimate = zxcvbn::zxcvbn(passphrase, known);
    let score = u8::from(estimate.score());
    let mut advice = Vec::new();
    if let Some(f) = estimate.feedback() {
        if let Some(w) = f.warning() {
            advice.push(w.to_string());
        }
        advice.extend(f.suggestions().iter().map(|s| s.to_string()));
    }
    let label = match score {
        0 => "too easy to guess",
        1 => "weak",
        2 => "fair",
        3 => "good",
        _ => "strong",
    };
    Strength {
        score,
        label,
        advice,
    }
}

/// Derives a 256-bit key from a passphrase with Argon2id.
pub fn derive_key(
    passphrase: &Passphrase,
    salt: &[u8],
    params: KdfParams,
) -> Result<Secret, KdfError> {
    // The cost comes from a file (workspace.json, a backup): bounded, so a crafted one
    // cannot take all memory or run for ever. Four times the default is the most.
    if params.memory_kib > 1 << 20 || params.iterations > 64 || params.parallelism > 16 {
        return Err(KdfError::BadParams(format!(
            "a cost of {} KiB, {} passes and {} lanes is more than SC Desk allows",
            params.memory_kib, params.iterations, params.parallelism
        )));
    }
    let argon_params = Params::new(
        params.memory_kib,
        params.iterations,
        params.parallelism,
        Some(32),
    )
    .map_err(|e| KdfError::BadParams(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut out = Zeroizing::new(vec![0u8; 32]);
    argon
        .hash_password_into(passphrase.expose().as_bytes(), salt, &mut out)
        .map_err(|e| KdfError::BadParams(e.to_string()))?;
    Ok(Secret(out))
}

#[cfg(test)]
mod strength_tests {
    use super::strength;

    #[test]
    fn common_and_personal_passphrases_are_weak_and_long_random_phrases_strong() {
        for (passphrase, known, at_most, at_least) in [
            ("password123", &[][..], 1, 0),
            ("aaaaaaaaaaaa", &[][..], 1, 0),
            ("qwertyuiop12", &[][..], 1, 0),
            ("leonora1975!", &["Leonora", "Achterberg"][..], 2, 0),
            ("a demo passphrase", &[][..], 4, 2),
            ("tulip orbit cinnamon harbour 47", &[][..], 4, 4),
        ] {
            let s = strength(passphrase, known);
            assert!(
                s.score <= at_most && s.score >= at_least,
                "{passphrase}: {s:?}"
            );
            if s.score < 3 {
                assert!(
                    !s.advice.is_empty(),
                    "{passphrase}: weak without a word why"
                );
            }
        }
        assert_eq!(strength("", &[]).label, "too easy to guess");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_bytes() {
        let s = Secret::from_bytes(b"hunter2-hunter2".to_vec());
        assert_eq!(format!("{s:?}"), "Secret(<redacted>)");
        let p = Passphrase::new("correct horse".into());
        assert!(!format!("{p:?}").contains("horse"));
    }

    #[test]
    fn random_secrets_differ() {
        let a = Secret::random(32);
        let b = Secret::random(32);
        assert_eq!(a.len(), 32);
        assert_ne!(a.expose(), b.expose());
    }

    #[test]
    fn derivation_is_deterministic_and_salted() {
        let cheap = KdfParams {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        };
        let p = Passphrase::new("a long passphrase".into());
        let a = derive_key(&p, b"salt-salt-salt-1", cheap).unwrap();
        let b = derive_key(&p, b"salt-salt-salt-1", cheap).unwrap();
        let c = derive_key(&p, b"salt-salt-salt-2", cheap).unwrap();
        assert_eq!(a.expose(), b.expose());
        assert_ne!(a.expose(), c.expose());
        assert_eq!(a.len(), 32);
    }
}
