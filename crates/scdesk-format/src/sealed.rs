//! Bytes sealed under a passphrase, for backups that leave the machine: Argon2id turns the
//! passphrase into a key, XChaCha20-Poly1305 encrypts and authenticates, and what the seal
//! belongs to (a public key, a workspace id) is bound in as associated data, so a sealed
//! part cannot be moved into another backup unnoticed.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::secret::{self, KdfParams, Passphrase, Secret};

/// The sealed bytes and everything needed to open them except the passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sealed {
    pub kdf: SealKdf,
    /// Always `xchacha20poly1305`.
    pub cipher: String,
    /// 24 bytes, hex.
    pub nonce: String,
    /// Base64 (standard, padded); the last 16 bytes are the Poly1305 tag.
    pub ciphertext: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealKdf {
    /// Always `argon2id` (version 0x13, 32 bytes of output).
    pub algorithm: String,
    /// 16 bytes, hex.
    pub salt: String,
    pub params: KdfParams,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("The passphrase is too short: use at least {0} characters.")]
    PassphraseTooShort(usize),
    #[error("The passphrase does not open it, or it was changed after it was made.")]
    WrongPassphrase,
    #[error("Its {0} is damaged.")]
    Damaged(&'static str),
}

/// Seals `plaintext` under `passphrase`, bound to `aad`.
pub fn seal(
    passphrase: &Passphrase,
    kdf: KdfParams,
    plaintext: &[u8],
    aad: &[u8],
) -> Result<Sealed, SealError> {
    if passphrase.expose().chars().count() < secret::MIN_PASSPHRASE_CHARS {
        return Err(SealError::PassphraseTooShort(secret::MIN_PASSPHRASE_CHARS));
    }
    let salt = Secret::random(16);
    let nonce = Secret::random(24);
    let key = secret::derive_key(passphrase, salt.expose(), kdf)
        .map_err(|_| SealError::Damaged("key-derivation setting"))?;
    let cipher = XChaCha20Poly1305::new_from_slice(key.expose()).expect("32-byte key");
    let ciphertext = cipher
        .encrypt(
            XNonce::from_slice(nonce.expose()),
            Payload {
                msg: plaintext,
                aad,
            },
        )
        .expect("XChaCha20-Poly1305 encrypts any length SC Desk holds");
    Ok(Sealed {
        kdf: SealKdf {
            algorithm: "argon2id".into(),
            salt: hex::encode(salt.expose()),
            params: kdf,
        },
        cipher: "xchacha20poly1305".into(),
        nonce: hex::encode(nonce.expose()),
        ciphertext: STANDARD.encode(ciphertext),
    })
}

/// Opens what `seal` made with the same passphrase and `aad`.
pub fn open(
    sealed: &Sealed,
    passphrase: &Passphrase,
    aad: &[u8],
) -> Result<Zeroizing<Vec<u8>>, SealError> {
    if sealed.kdf.algorithm != "argon2id" {
        return Err(SealError::Damaged("key-derivation algorithm"));
    }
    if sealed.cipher != "xchacha20poly1305" {
        return Err(SealError::Damaged("cipher"));
    }
    let salt = hex::decode(&sealed.kdf.salt).map_err(|_| SealError::Damaged("salt"))?;
    let nonce = hex::decode(&sealed.nonce)
        .ok()
        .filter(|n| n.len() == 24)
        .ok_or(SealError::Damaged("nonce"))?;
    let ciphertext = STANDARD
        .decode(&sealed.ciphertext)
        .map_err(|_| SealError::Damaged("ciphertext"))?;
    let key = secret::derive_key(passphrase, &salt, sealed.kdf.params)
        .map_err(|_| SealError::Damaged("key-derivation setting"))?;
    let cipher = XChaCha20Poly1305::new_from_slice(key.expose()).expect("32-byte key");
    cipher
        .decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &ciphertext,
                aad,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| SealError::WrongPassphrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: KdfParams = KdfParams {
        memory_kib: 1024,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn opens_only_with_its_passphrase_and_its_binding() {
        let pass = Passphrase::new("a long backup passphrase".into());
        let sealed = seal(&pass, CHEAP, b"the minutes", b"workspace-1").unwrap();
        assert_eq!(
            &open(&sealed, &pass, b"workspace-1").unwrap()[..],
            b"the minutes"
        );
        let other = Passphrase::new("another long passphrase".into());
        assert_eq!(
            open(&sealed, &other, b"workspace-1"),
            Err(SealError::WrongPassphrase)
        );
        assert_eq!(
            open(&sealed, &pass, b"workspace-2"),
            Err(SealError::WrongPassphrase)
        );
        let mut changed = sealed.clone();
        changed.ciphertext.replace_range(
            0..1,
            if changed.ciphertext.starts_with('A') {
                "B"
            } else {
                "A"
            },
        );
        assert_eq!(
            open(&changed, &pass, b"workspace-1"),
            Err(SealError::WrongPassphrase)
        );
        let short = Passphrase::new("short".into());
        assert_eq!(
            seal(&short, CHEAP, b"x", b""),
            Err(SealError::PassphraseTooShort(10))
        );
    }
}
