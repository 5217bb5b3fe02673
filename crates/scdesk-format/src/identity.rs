//! A member's identity: the Ed25519 key pair that signs their files. The private key is
//! kept like the database key (the OS keyring, or inside the encrypted database for
//! passphrase workspaces), never on disk in plain text. It leaves the machine only as a
//! backup encrypted under a passphrase (Argon2id + XChaCha20-Poly1305).

use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::dsse::{self, Envelope};
use crate::sealed;
use crate::secret::{KdfParams, Passphrase, Secret};

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
        let public_key = self.public_hex();
        let seed = self.seed();
        let sealed = sealed::seal(passphrase, kdf, seed.expose(), public_key.as_bytes())
            .map_err(IdentityError::from)?;
        let doc = Backup {
            format: 1,
            kind: BACKUP_KIND.into(),
            public_key,
            kdf: sealed.kdf,
            cipher: sealed.cipher,
            nonce: sealed.nonce,
            ciphertext: sealed.ciphertext,
        };
        let mut out = serde_json::to_vec_pretty(&doc).expect("backup serializes");
        out.push(b'\n');
        Ok(out)
    }

    /// Restores an identity from `backup`; the public key must match what it says.
    pub fn restore(backup: &[u8], passphrase: &Passphrase) -> Result<Identity, IdentityError> {
        let doc: Backup = serde_json::from_slice(backup)
            .map_err(|e| IdentityError::BadBackup(crate::strict_json::describe(&e)))?;
        if doc.format != 1 || doc.kind != BACKUP_KIND {
            return Err(IdentityError::BadBackup(
                "it is not an SC Desk identity backup in format 1".into(),
            ));
        }
        let sealed = sealed::Sealed {
            kdf: doc.kdf,
            cipher: doc.cipher,
            nonce: doc.nonce,
            ciphertext: doc.ciphertext,
        };
        let seed = sealed::open(&sealed, passphrase, doc.public_key.as_bytes())?;
        let identity = Identity::from_seed(&Secret::from_bytes(seed.to_vec()))?;
        if identity.public_hex() != doc.public_key {
            return Err(IdentityError::BadBackup("its public key is damaged".into()));
        }
        Ok(identity)
    }
}

impl From<sealed::SealError> for IdentityError {
    fn from(e: sealed::SealError) -> IdentityError {
        match e {
            sealed::SealError::PassphraseTooShort(n) => IdentityError::PassphraseTooShort(n),
            sealed::SealError::WrongPassphrase => IdentityError::WrongBackupPassphrase,
            sealed::SealError::Damaged(what) => {
                IdentityError::BadBackup(format!("its {what} is damaged"))
            }
        }
    }
}

const BACKUP_KIND: &str = "scdesk-identity-backup";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Backup {
    format: u32,
    kind: String,
    public_key: String,
    kdf: sealed::SealKdf,
    cipher: String,
    nonce: String,
    ciphertext: String,
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
