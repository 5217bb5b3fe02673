//! DSSE v1 envelopes signed with Ed25519: the wire form of every SC Desk sync file.
//! The signature covers DSSE's pre-authentication encoding (PAE) of the payload type and
//! the payload bytes, so the type cannot be swapped. Verification is strict Ed25519 and
//! always happens before the payload is parsed. See `docs/sync-format.md`.

use base64::engine::general_purpose::{STANDARD, URL_SAFE};
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::strict_json;

/// The largest sync file SC Desk reads (dossier packages carry documents).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DsseError {
    #[error("The file is empty.")]
    Empty,
    #[error("The file is {size} bytes, more than the {max} bytes a sync file may have; it was not read.")]
    TooLarge { size: usize, max: usize },
    #[error("The file is cut short (the JSON ends early): it was truncated in transit. Ask the sender for it again.")]
    Truncated,
    #[error("The file is not JSON, so it is not an SC Desk sync file ({0}).")]
    NotJson(String),
    #[error("The file is not a DSSE envelope: {0}.")]
    NotAnEnvelope(String),
    #[error("The envelope's {field} is not base64.")]
    BadBase64 { field: &'static str },
    #[error("The envelope carries no signature.")]
    NoSignature,
    #[error("The signature does not match the content: the file was changed after it was signed, or it was signed by another key than {keyid}.")]
    BadSignature { keyid: String },
    #[error("A signature is {0} bytes; an Ed25519 signature has 64.")]
    BadSignatureLength(usize),
}

/// Pre-authentication encoding: `DSSEv1 SP len(type) SP type SP len(body) SP body`.
pub fn pae(payload_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + payload_type.len() + 32);
    out.extend_from_slice(b"DSSEv1 ");
    out.extend_from_slice(payload_type.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload_type.as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload);
    out
}

/// The key id: lowercase hex SHA-256 of the raw 32-byte public key.
pub fn keyid(key: &VerifyingKey) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// A key id grouped by four for reading aloud: `3f2a 9c01 …` (16 groups).
pub fn grouped(keyid: &str) -> String {
    keyid
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lowercase hex SHA-256 of some bytes (file hashes, payload hashes).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvelopeSignature {
    /// An unauthenticated hint; may be empty.
    pub keyid: String,
    pub sig: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub payload_type: String,
    pub payload: Vec<u8>,
    pub signatures: Vec<EnvelopeSignature>,
}

#[derive(Serialize, Deserialize)]
struct WireEnvelope {
    payload: String,
    #[serde(rename = "payloadType")]
    payload_type: String,
    signatures: Vec<WireSignature>,
}

#[derive(Serialize, Deserialize)]
struct WireSignature {
    #[serde(default)]
    keyid: String,
    sig: String,
}

/// Standard or URL-safe base64, padded: what securesystemslib and go-securesystemslib
/// accept, so a file SC Desk accepts is one they accept too.
fn decode_b64(text: &str, field: &'static str) -> Result<Vec<u8>, DsseError> {
    [&STANDARD, &URL_SAFE]
        .iter()
        .find_map(|engine| engine.decode(text).ok())
        .ok_or(DsseError::BadBase64 { field })
}

/// The one Ed25519 check every signature in SC Desk passes: 64 bytes, and strict
/// verification (canonical S, no small-order key or R), so that no signature has a second,
/// malleated form. A signature of the wrong length is one that does not hold: anyone
/// relaying a file could add one, so it must not void the file.
pub fn signature_holds(key: &VerifyingKey, message: &[u8], sig: &[u8]) -> bool {
    let Ok(bytes) = <[u8; 64]>::try_from(sig) else {
        return false;
    };
    key.verify_strict(message, &Signature::from_bytes(&bytes))
        .is_ok()
}

impl Envelope {
    /// Signs `payload` as `payload_type` with one Ed25519 key.
    pub fn sign(payload_type: &str, payload: Vec<u8>, key: &SigningKey) -> Envelope {
        let sig = key.sign(&pae(payload_type, &payload));
        Envelope {
            payload_type: payload_type.to_string(),
            payload,
            signatures: vec![EnvelopeSignature {
                keyid: keyid(&key.verifying_key()),
                sig: sig.to_bytes().to_vec(),
            }],
        }
    }

    /// Reads an envelope's structure. Nothing in it is trusted until `verify`.
    /// Duplicate keys are refused at every level; unknown envelope fields are ignored,
    /// as other DSSE implementations do.
    pub fn parse(bytes: &[u8]) -> Result<Envelope, DsseError> {
        if bytes.is_empty() {
            return Err(DsseError::Empty);
        }
        if bytes.len() > MAX_FILE_BYTES {
            return Err(DsseError::TooLarge {
                size: bytes.len(),
                max: MAX_FILE_BYTES,
            });
        }
        let text = std::str::from_utf8(bytes)
            .map_err(|_| DsseError::NotJson("it is not UTF-8 text".into()))?;
        strict_json::check(text).map_err(|e| match e {
            strict_json::StrictError::Eof => DsseError::Truncated,
            strict_json::StrictError::Syntax(m) => DsseError::NotJson(m),
            strict_json::StrictError::DuplicateKey(k) => {
                DsseError::NotAnEnvelope(format!("the key `{k}` appears twice"))
            }
        })?;
        let wire: WireEnvelope = serde_json::from_str(text)
            .map_err(|e| DsseError::NotAnEnvelope(strict_json::describe(&e)))?;
        let payload = decode_b64(&wire.payload, "payload")?;
        let signatures = wire
            .signatures
            .into_iter()
            .map(|s| {
                Ok(EnvelopeSignature {
                    keyid: s.keyid,
                    sig: decode_b64(&s.sig, "signature")?,
                })
            })
            .collect::<Result<Vec<_>, DsseError>>()?;
        if signatures.is_empty() {
            return Err(DsseError::NoSignature);
        }
        Ok(Envelope {
            payload_type: wire.payload_type,
            payload,
            signatures,
        })
    }

    /// The envelope as JSON, standard padded base64, one line, no trailing newline.
    pub fn to_json(&self) -> Vec<u8> {
        let wire = WireEnvelope {
            payload: STANDARD.encode(&self.payload),
            payload_type: self.payload_type.clone(),
            signatures: self
                .signatures
                .iter()
                .map(|s| WireSignature {
                    keyid: s.keyid.clone(),
                    sig: STANDARD.encode(&s.sig),
                })
                .collect(),
        };
        serde_json::to_vec(&wire).expect("an envelope serializes")
    }

    /// Checks that one of the signatures is `key`'s, over this payload type and payload.
    /// Only signatures whose key id names `key` are tried, as securesystemslib does.
    pub fn verify(&self, key: &VerifyingKey) -> Result<(), DsseError> {
        let id = keyid(key);
        let message = pae(&self.payload_type, &self.payload);
        for s in &self.signatures {
            if s.keyid != id {
                continue;
            }
            if signature_holds(key, &message, &s.sig) {
                return Ok(());
            }
        }
        Err(DsseError::BadSignature {
            keyid: grouped(&id),
        })
    }

    /// The key ids the signatures name (hints, not yet verified).
    pub fn keyids(&self) -> impl Iterator<Item = &str> {
        self.signatures.iter().map(|s| s.keyid.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Google's Wycheproof Ed25519 vectors (raw messages, not DSSE's encoding) through
    /// the same check envelopes use: every valid one holds, every invalid one does not.
    #[test]
    fn wycheproof_ed25519_vectors_agree_with_the_signature_check() {
        use wycheproof::eddsa::{TestName, TestSet};
        use wycheproof::TestResult;
        let set = TestSet::load(TestName::Ed25519).unwrap();
        let (mut checked, mut disagree) = (0, Vec::new());
        for group in &set.test_groups {
            let pk: [u8; 32] = group.key.pk.as_slice().try_into().unwrap();
            let key = VerifyingKey::from_bytes(&pk);
            for test in &group.tests {
                let holds = key
                    .as_ref()
                    .is_ok_and(|k| signature_holds(k, &test.msg, &test.sig));
                let agrees = match test.result {
                    TestResult::Valid => holds,
                    TestResult::Invalid => !holds,
                    // None in this set; either answer would be within the vectors' spec.
                    TestResult::Acceptable => true,
                };
                checked += 1;
                if !agrees {
                    disagree.push((test.tc_id, test.comment.clone()));
                }
            }
        }
        assert!(checked > 100, "{checked} vectors");
        assert!(disagree.is_empty(), "{disagree:?}");
    }

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    #[test]
    fn pae_matches_the_dsse_spec_example() {
        // From the DSSE protocol specification.
        assert_eq!(
            pae("http://example.com/HelloWorld", b"hello world"),
            b"DSSEv1 29 http://example.com/HelloWorld 11 hello world".to_vec()
        );
        assert_eq!(pae("", b""), b"DSSEv1 0  0 ".to_vec());
    }

    #[test]
    fn sign_parse_verify_round_trip() {
        let k = key(7);
        let env = Envelope::sign("application/vnd.scdesk.test+json", b"{}".to_vec(), &k);
        let back = Envelope::parse(&env.to_json()).unwrap();
        assert_eq!(back, env);
        back.verify(&k.verifying_key()).unwrap();
        assert_eq!(back.signatures[0].keyid, keyid(&k.verifying_key()));
    }

    #[test]
    fn tampering_anywhere_breaks_the_signature() {
        let k = key(7);
        let env = Envelope::sign("application/vnd.scdesk.a+json", b"{\"a\":1}".to_vec(), &k);
        let mut payload = env.clone();
        payload.payload[5] ^= 1;
        let mut kind = env.clone();
        kind.payload_type = "application/vnd.scdesk.b+json".into();
        let mut sig = env.clone();
        sig.signatures[0].sig[0] ^= 1;
        for (name, e) in [("payload", payload), ("type", kind), ("sig", sig)] {
            assert!(
                matches!(
                    e.verify(&k.verifying_key()),
                    Err(DsseError::BadSignature { .. })
                ),
                "{name}"
            );
        }
        assert!(env.verify(&key(8).verifying_key()).is_err());
    }

    #[test]
    fn malformed_files_have_specific_errors() {
        let k = key(1);
        let good = Envelope::sign("t", b"x".to_vec(), &k).to_json();
        type Check = fn(&DsseError) -> bool;
        let cases: Vec<(&str, Vec<u8>, Check)> = vec![
            ("empty", vec![], |e| matches!(e, DsseError::Empty)),
            ("truncated", good[..good.len() / 2].to_vec(), |e| {
                matches!(e, DsseError::Truncated)
            }),
            ("not json", b"hello".to_vec(), |e| matches!(e, DsseError::NotJson(_))),
            ("not utf-8", vec![0xff, 0xfe], |e| matches!(e, DsseError::NotJson(_))),
            ("missing payload", br#"{"payloadType":"t","signatures":[]}"#.to_vec(), |e| {
                matches!(e, DsseError::NotAnEnvelope(_))
            }),
            (
                "duplicate payload",
                br#"{"payload":"eA==","payload":"eQ==","payloadType":"t","signatures":[{"keyid":"","sig":"AA=="}]}"#.to_vec(),
                |e| matches!(e, DsseError::NotAnEnvelope(_)),
            ),
            ("no signature", br#"{"payload":"eA==","payloadType":"t","signatures":[]}"#.to_vec(), |e| {
                matches!(e, DsseError::NoSignature)
            }),
            ("bad base64", br#"{"payload":"!!!","payloadType":"t","signatures":[{"sig":"AA=="}]}"#.to_vec(), |e| {
                matches!(e, DsseError::BadBase64 { field: "payload" })
            }),
        ];
        for (name, bytes, check) in cases {
            let err = Envelope::parse(&bytes).expect_err(name);
            assert!(check(&err), "{name}: {err:?}");
        }
        let huge = vec![b' '; MAX_FILE_BYTES + 1];
        assert!(matches!(
            Envelope::parse(&huge),
            Err(DsseError::TooLarge { .. })
        ));
    }

    #[test]
    fn url_safe_base64_is_accepted_unpadded_is_not() {
        use base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let k = key(3);
        let id = keyid(&k.verifying_key());
        let env = Envelope::sign("t", vec![0xfb, 0xff, 0xfe], &k);
        let json = format!(
            r#"{{"payload":"{}","payloadType":"t","signatures":[{{"keyid":"{id}","sig":"{}"}}],"extra":1}}"#,
            URL_SAFE.encode(&env.payload),
            URL_SAFE.encode(&env.signatures[0].sig)
        );
        let back = Envelope::parse(json.as_bytes()).unwrap();
        back.verify(&k.verifying_key()).unwrap();
        let unpadded = json.replace(
            &URL_SAFE.encode(&env.signatures[0].sig),
            &URL_SAFE_NO_PAD.encode(&env.signatures[0].sig),
        );
        assert!(matches!(
            Envelope::parse(unpadded.as_bytes()),
            Err(DsseError::BadBase64 { .. })
        ));
    }

    #[test]
    fn a_signature_without_the_keys_id_is_not_tried() {
        let k = key(3);
        let mut env = Envelope::sign("t", b"x".to_vec(), &k);
        env.signatures[0].keyid.clear();
        assert!(env.verify(&k.verifying_key()).is_err());
    }

    /// The DSSE specification's example (payload type and body) signed with RFC 8032's
    /// test key 1; the signature was computed independently with OpenSSL and with
    /// securesystemslib (see scripts/DSSE_VECTORS_NOTES.md).
    #[test]
    fn dsse_spec_example_with_the_rfc8032_key() {
        let seed: [u8; 32] =
            hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                .unwrap()
                .try_into()
                .unwrap();
        let k = SigningKey::from_bytes(&seed);
        assert_eq!(
            keyid(&k.verifying_key()),
            "21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9"
        );
        let published = br#"{"payload": "aGVsbG8gd29ybGQ=", "payloadType": "http://example.com/HelloWorld", "signatures": [{"keyid": "21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9", "sig": "4DHX3Zn4qpBKvEj7maE8O9u9bjXEnPLLnyXVUJ2PXJR8DSLcL3QDpFvfJOj3pB/SPHsl6Jg4boxsMb6KvuYABw=="}]}"#;
        let env = Envelope::parse(published).unwrap();
        env.verify(&k.verifying_key()).unwrap();
        let ours = Envelope::sign("http://example.com/HelloWorld", b"hello world".to_vec(), &k);
        assert_eq!(ours.signatures, env.signatures);
        let cafe = r#"{"payload": "4LKg", "payloadType": "application/vnd.scdesk.café+json", "signatures": [{"keyid": "21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9", "sig": "0QnwhuHvk2bsvLbXj1Vi+pLB68RPRPeGAw+YkfjiP9kSCcK3duPVtL2yeE15PVASgClU51SrAAVf6d77g+8eBA=="}]}"#.as_bytes();
        // PAE counts the payload type in bytes, not characters.
        Envelope::parse(cafe)
            .unwrap()
            .verify(&k.verifying_key())
            .unwrap();
    }

    #[test]
    fn grouped_fingerprint_reads_in_fours() {
        let id = keyid(&key(1).verifying_key());
        let g = grouped(&id);
        assert_eq!(g.split(' ').count(), 16);
        assert_eq!(g.replace(' ', ""), id);
    }
}
