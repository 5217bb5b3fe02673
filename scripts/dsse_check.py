#!/usr/bin/env python3
"""Independent DSSE v1 / Ed25519 checker built on securesystemslib.

SC Desk signs its files as DSSE envelopes. This script checks them (and makes
them) with an implementation that shares no code with the Rust one: the
envelope parsing, PAE, signing and verification below are all done by
securesystemslib (tested against securesystemslib 1.6.0 with cryptography).

    pip install securesystemslib cryptography

Commands
    dsse_check.py verify --pubkey HEX32 [--strict] ENVELOPE_FILE
        exit 0, prints "valid <keyid>": the envelope verifies under the Ed25519
            public key (hex of its 32 raw bytes) with Envelope.verify(threshold=1)
            and carries that key's keyid (lowercase hex SHA-256 of the raw key).
        exit 1, prints "invalid: <reason>": anything else about the envelope.
        --strict also requires payload and every sig to be standard, padded
            base64 (what SC Desk writes); by default securesystemslib's own
            decoding rules apply (standard or URL-safe, padding required).
    dsse_check.py sign --seed HEX32 --payload-type TYPE PAYLOAD_FILE OUT_FILE
        signs PAYLOAD_FILE's bytes with the Ed25519 key whose 32-byte seed is
        given, via Envelope.sign + CryptoSigner, keyid = sha256(pubkey) hex, and
        writes json.dumps(Envelope.to_dict()) to OUT_FILE. Prints "signed <keyid>".
    dsse_check.py pae TYPE PAYLOAD_FILE
        prints the hex of the PAE bytes, from securesystemslib's Envelope.pae().
    dsse_check.py pubkey --seed HEX32
        prints "<pubkey hex> <keyid>" for a seed (handy for cross-tests).

Exit code 2 means the check could not be run (bad arguments, unreadable file,
securesystemslib or cryptography missing), never that an envelope is invalid,
so a negative test that expects exit 1 cannot pass by accident.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import sys

try:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    from securesystemslib.dsse import Envelope
    from securesystemslib.exceptions import VerificationError
    from securesystemslib.signer import CryptoSigner, SSlibKey
except ImportError as exc:  # pragma: no cover - environment problem
    print(
        f"error: {exc}; install with: pip install securesystemslib cryptography",
        file=sys.stderr,
    )
    sys.exit(2)


class UsageError(Exception):
    """A problem with the arguments or files, not with an envelope."""


def hex32(text: str, what: str) -> bytes:
    try:
        raw = bytes.fromhex(text.strip())
    except ValueError:
        raise UsageError(f"{what} is not hex") from None
    if len(raw) != 32:
        raise UsageError(f"{what} must be 32 bytes (64 hex digits), got {len(raw)}")
    return raw


def read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None


def keyid_of(raw_public: bytes) -> str:
    # SC Desk's keyid: SHA-256 of the raw 32-byte key. (securesystemslib's own
    # default keyid hashes the canonical JSON of the key dict instead, so the
    # keyid is always passed explicitly below.)
    return hashlib.sha256(raw_public).hexdigest()


def sslib_ed25519_key(raw_public: bytes) -> SSlibKey:
    return SSlibKey(
        keyid=keyid_of(raw_public),
        keytype="ed25519",
        scheme="ed25519",
        keyval={"public": raw_public.hex()},
    )


def signer_from_seed(seed: bytes) -> CryptoSigner:
    private_key = Ed25519PrivateKey.from_private_bytes(seed)
    raw_public = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    # CryptoSigner checks that the private key matches the SSlibKey.
    return CryptoSigner(private_key, sslib_ed25519_key(raw_public))


def is_standard_padded_b64(text: str) -> bool:
    try:
        return base64.standard_b64encode(base64.b64decode(text, validate=True)).decode() == text
    except Exception:
        return False


def verify(pubkey_hex: str, envelope_path: str, strict: bool) -> int:
    raw_public = hex32(pubkey_hex, "--pubkey")
    key = sslib_ed25519_key(raw_public)
    data = read_bytes(envelope_path)

    def invalid(reason: str) -> int:
        print(f"invalid: {reason}")
        return 1

    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        return invalid(f"not JSON: {exc}")
    if not isinstance(doc, dict):
        return invalid("envelope is not a JSON object")
    for field, typ in (("payload", str), ("payloadType", str), ("signatures", list)):
        if field not in doc:
            return invalid(f"missing field {field}")
        if not isinstance(doc[field], typ):
            return invalid(f"field {field} is not a {typ.__name__}")
    sigs = doc["signatures"]
    if not sigs:
        return invalid("no signatures")
    if not all(isinstance(s, dict) and isinstance(s.get("sig"), str) for s in sigs):
        return invalid("a signature entry has no string sig")
    keyids = [s.get("keyid") for s in sigs]
    if strict:
        if not is_standard_padded_b64(doc["payload"]):
            return invalid("payload is not standard padded base64")
        if not all(is_standard_padded_b64(s["sig"]) for s in sigs):
            return invalid("a sig is not standard padded base64")

    # The double check asked for: the envelope must name this key.
    if key.keyid not in keyids:
        return invalid(f"keyid mismatch: envelope has {keyids}, sha256(pubkey) is {key.keyid}")

    try:
        envelope = Envelope.from_dict(json.loads(data))  # from_dict mutates its input
    except Exception as exc:  # KeyError, binascii.Error, ValueError (duplicate keyid)
        return invalid(f"securesystemslib cannot parse the envelope: {type(exc).__name__}: {exc}")

    try:
        accepted = envelope.verify([key], 1)
    except VerificationError as exc:
        return invalid(f"signature does not verify: {exc}")
    except Exception as exc:
        return invalid(f"verification error: {type(exc).__name__}: {exc}")

    if key.keyid not in accepted:  # belt and braces; verify() raised otherwise
        return invalid("key not among the accepted keys")
    print(f"valid {key.keyid}")
    return 0


def sign(seed_hex: str, payload_type: str, payload_path: str, out_path: str) -> int:
    signer = signer_from_seed(hex32(seed_hex, "--seed"))
    envelope = Envelope(read_bytes(payload_path), payload_type, {})
    envelope.sign(signer)
    text = json.dumps(envelope.to_dict())
    try:
        with open(out_path, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as exc:
        raise UsageError(f"cannot write {out_path}: {exc}") from None
    print(f"signed {signer.public_key.keyid}")
    return 0


def pae(payload_type: str, payload_path: str) -> int:
    print(Envelope(read_bytes(payload_path), payload_type, {}).pae().hex())
    return 0


def pubkey(seed_hex: str) -> int:
    signer = signer_from_seed(hex32(seed_hex, "--seed"))
    print(f"{signer.public_key.keyval['public']} {signer.public_key.keyid}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("verify", help="verify an envelope under an Ed25519 public key")
    p.add_argument("--pubkey", required=True, help="hex of the 32 raw public key bytes")
    p.add_argument("--strict", action="store_true", help="require standard padded base64")
    p.add_argument("envelope")

    p = sub.add_parser("sign", help="sign a payload into an envelope")
    p.add_argument("--seed", required=True, help="hex of the 32-byte Ed25519 seed")
    p.add_argument("--payload-type", required=True)
    p.add_argument("payload")
    p.add_argument("out")

    p = sub.add_parser("pae", help="print the PAE bytes in hex")
    p.add_argument("payload_type")
    p.add_argument("payload")

    p = sub.add_parser("pubkey", help="print the public key and keyid of a seed")
    p.add_argument("--seed", required=True)

    args = parser.parse_args(argv)
    try:
        if args.cmd == "verify":
            return verify(args.pubkey, args.envelope, args.strict)
        if args.cmd == "sign":
            return sign(args.seed, args.payload_type, args.payload, args.out)
        if args.cmd == "pae":
            return pae(args.payload_type, args.payload)
        return pubkey(args.seed)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
