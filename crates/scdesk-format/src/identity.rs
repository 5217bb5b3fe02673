//! A member's identity: the Ed25519 key pair that signs their files. The private key is
//! kept like the database key (the OS keyring, or inside the encrypted database for
//! passphrase workspaces), never on disk in plain text. It leaves the machine only as a
//! backup encrypted under a passphrase (Argon2id + XChaCha20-Poly1305).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::dsse::{self, Envelope};
use crate::secret::{self, KdfParams, Passphrase, Secret};

pub struct Identity {
    signing: SigningKey,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("keyid", &self.keyid())
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentityError {
    #[error("The stored private key is not 32 bytes; the keyring entry is damaged. Restore the identity from its backup.")]
    BadSeed,
    #[error("`{0}` is not an Ed25519 public key (64 hex digits).")]
    BadPublicKey(String),
    #[error("The identity backup cannot be read: {0}.")]
    BadBackup(String),
    #[error("The passphrase does not open this identity backup (or the backup was changed).")]
    WrongBackupPassphrase,
    #[error("The passphrase is too short: use at least {0} characters.")]
    PassphraseTooShort(usize),
}

/// Parses a public key written as 64 hex digits.
pub fn parse_public_key(text: &str) -> Result<VerifyingKey, IdentityError> {
    let bytes: [u8; 32] = hex::decode(text.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| IdentityError::BadPublicKey(text.to_string()))?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| IdentityError::BadPublicKey(text.to_string()))
}

impl Identity {
    pub fn generate() -> Identity {
        let seed = Secret::random(32);
        Identity::from_seed(&seed).expect("32 random bytes are a seed")
    }

    pub fn from_seed(seed: &Secret) -> Result<Identity, IdentityError> {
        let bytes: [u8; 32] = seed
            .expose()
            .try_into()
            .map_err(|_| IdentityError::BadSeed)?;
        Ok(Identity {
            signing: SigningKey::from_bytes(&bytes),
        })
    }

    /// The private seed, for the keyring only.
    pub fn seed(&self) -> Secret {
        Secret::from_bytes(self.signing.to_bytes().to_vec())
    }

    pub fn public_key(&self) -> VerifyingKey {
        self.signing.verifying_key()
    }

    pub fn public_hex(&self) -> String {
        hex::encode(self.public_key().as_bytes())
    }

    /// The fingerprint: lowercase hex SHA-256 of the raw public key (the DSSE key id).
    pub fn keyid(&self) -> String {
        dsse::keyid(&self.public_key())
    }

    pub fn sign(&self, payload_type: &str, payload: Vec<u8>) -> Envelope {
        Envelope::sign(payload_type, payload, &self.signing)
    }

    /// The private key encrypted under `passphrase`, as a JSON document.
    pub fn backup(
        &self,
        passphrase: &Passphrase,
        kdf: KdfParams,
    ) -> Result<Vec<u8>, IdentityError> {
        if passphrase.expose().chars().count() < secret::MIN_PASSPHRASE_CHARS {
            return Err(IdentityError::PassphraseTooShort(
                secret::MIN_PASSPHRASE_CHARS,
            ));
        }
        let salt = Secret::random(16);
        let nonce = Secret::random(24);
        let key = secret::derive_key(passphrase, salt.expose(), kdf)
            .map_err(|e| IdentityError::BadBackup(e.to_string()))?;
        let cipher = XChaCha20Poly1305::new_from_slice(key.expose()).expect("32-byte key");
        let public_key = self.public_hex();
        let seed = self.seed();
        let ciphertext = cipher
            .encrypt(
                XNonce::from_slice(nonce.expose()),
                Payload {
                    msg: seed.expose(),
                    aad: public_key.as_bytes(),
                },
            )
            .expect("encryption of 32 bytes cannot fail");
        let doc = Backup {
            format: 1,
            kind: BACKUP_KIND.into(),
            public_key,
            kdf: BackupKdf {
                algorithm: "argon2id".into(),
                salt: hex::encode(salt.expose()),
                params: kdf,
            },
            cipher: "xchacha20poly1305".into(),
            nonce: hex::encode(nonce.expose()),
            ciphertext: STANDARD.encode(ciphertext),
        };
        let mut out = serde_json::to_vec_pretty(&doc).expect("backup serializes");
        out.push(b'\n');
        Ok(out)
    }

    /// Restores an identity from `backup`; the public key must match what it says.
    pub fn restore(backup: &[u8], passphrase: &Passphrase) -> Result<Identity, IdentityError> {
        let doc: Backup =
            serde_json::from_slice(backup).map_err(|e| IdentityError::BadBackup(e.to_string()))?;
        if doc.format != 1 || doc.kind != BACKUP_KIND || doc.kdf.algorithm != "argon2id" {
            return Err(IdentityError::BadBackup(
                "it is not an SC Desk identity backup in format 1".into(),
            ));
        }
        let bad = |what: &str| IdentityError::BadBackup(format!("its {what} is damaged"));
        let salt = hex::decode(&doc.kdf.salt).map_err(|_| bad("salt"))?;
        let nonce = hex::decode(&doc.nonce).map_err(|_| bad("nonce"))?;
        if nonce.len() != 24 {
            return Err(bad("nonce"));
        }
        let ciphertext = STANDARD
            .decode(&doc.ciphertext)
            .map_err(|_| bad("ciphertext"))?;
        let key = secret::derive_key(passphrase, &salt, doc.kdf.params)
            .map_err(|e| IdentityError::BadBackup(e.to_string()))?;
        let cipher = XChaCha20Poly1305::new_from_slice(key.expose()).expect("32-byte key");
        let seed = cipher
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &ciphertext,
                    aad: doc.public_key.as_bytes(),
                },
            )
            .map_err(|_| IdentityError::WrongBackupPassphrase)?;
        let identity = Identity::from_seed(&Secret::from_bytes(seed))?;
        if identity.public_hex() != doc.public_key {
            return Err(bad("public key"));
        }
        Ok(identity)
    }
}

const BACKUP_KIND: &str = "scdesk-identity-backup";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Backup {
    format: u32,
    kind: String,
    public_key: String,
    kdf: BackupKdf,
    cipher: String,
    nonce: String,
    ciphertext: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupKdf {
    algorithm: String,
    salt: String,
    params: KdfParams,
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
    fn backup_restores_the_same_key_and_only_with_the_passphrase() {
        let id = Identity::generate();
        let pass = Passphrase::new("backup passphrase 1".into());
        let backup = id.backup(&pass, CHEAP).unwrap();
        let text = String::from_utf8(backup.clone()).unwrap();
        assert!(!text.contains(&hex::encode(id.seed().expose())));
        let back = Identity::restore(&backup, &pass).unwrap();
        assert_eq!(back.public_hex(), id.public_hex());
        let wrong = Identity::restore(&backup, &Passphrase::new("another passphrase".into()));
        assert_eq!(wrong.unwrap_err(), IdentityError::WrongBackupPassphrase);
        let mut v: serde_json::Value = serde_json::from_slice(&backup).unwrap();
        v["public_key"] = Identity::generate().public_hex().into();
        let swapped = serde_json::to_vec(&v).unwrap();
        assert_eq!(
            Identity::restore(&swapped, &pass).unwrap_err(),
            IdentityError::WrongBackupPassphrase
        );
    }

    #[test]
    fn debug_shows_only_the_keyid() {
        let id = Identity::generate();
        let shown = format!("{id:?}");
        assert!(shown.contains(&id.keyid()));
        assert!(!shown.contains(&hex::encode(id.seed().expose())));
    }

    #[test]
    fn public_keys_parse_from_hex_only() {
        let id = Identity::generate();
        assert_eq!(parse_public_key(&id.public_hex()).unwrap(), id.public_key());
        assert!(parse_public_key("abcd").is_err());
        assert!(parse_public_key(&"zz".repeat(32)).is_err());
    }
}
