#!/usr/bin/env python3
"""Check an SC Desk public register of Steering Committee decisions against its signed files.

    python3 verify.py [SITE_FOLDER] --fingerprint "XXXX XXXX ... XXXX"

The tables (decisions.json, decisions.csv) and record PDFs of a register are only as good as
the signed files published with them. This script checks that every listed file is there,
unchanged, and that nothing unlisted is; that the first roster is signed by the Fund
Management Unit (FMU) key whose fingerprint you give, and each later roster by the FMU of the
roster before; that every meeting and decision file is signed by someone who held the right
seat on the date that counts, and that the key a record prints is the one checked; that the
decision file standing for each meeting (the last of its unbroken chain of corrections) gives
exactly the rows of decisions.json and decisions.csv; that each record PDF carries that
file; and, where the site has an IATI activity file, that it commits exactly that funding.
It needs Python 3 and PyNaCl (pip install pynacl), nothing else, and prints a line per check. Exit status: 0 if every check holds, 1 if one fails, 2 if it cannot run.
The rules are those of SC Desk's sync-format specification (docs/sync-format.md, whose
sections the § signs name) and of its register (docs/register.md); the codes in [brackets]
at the end of a line are the specification's error codes.
"""

import argparse, base64, csv, datetime, hashlib, io, json, os, re, sys
from decimal import Decimal
from xml.etree import ElementTree

try:
    from nacl.signing import VerifyKey
except ImportError:
    sys.exit(print("verify.py needs PyNaCl: pip install pynacl", file=sys.stderr) or 2)

KINDS = {f"application/vnd.scdesk.{k}+json": k for k in ("roster", "meeting", "decision")}
LISTED_KINDS = ("roster", "meeting", "decision", "record")  # what decisions.json may list
MAY_SIGN = {"roster": ("fmu",), "meeting": ("fmu", "chair"), "decision": ("chair",)}  # §4.2
ROLE_WORDS = {"fmu": "the FMU", "chair": "the chair", "member": "a member"}
APPROVING = {"approved", "approved_with_conditions"}
ROW_FIELDS = ["meeting", "record_number", "meeting_title", "meeting_date", "decision_file",
              "decision_payload_sha256", "revision", "signed_at", "item", "agenda_text",
              "programme", "programme_title", "countries", "thematic_area", "outcome",
              "conditions", "amount", "currency", "source", "split", "record_pdf"]
CSV_COLUMNS = [f for f in ROW_FIELDS if f != "split"] + ["split"]
WHITESPACE = b" \t\n\f\r"
NO_FINGERPRINT = """verify.py needs --fingerprint: the fingerprint of the Fund Management Unit's
key that signed the site's first roster (64 hexadecimal digits; spaces and colons allowed).

Take it from somewhere other than this site: the Fund's annual report, or the FMU itself by
phone. Whoever can change the site can also put a forged roster on it, with their own keys,
and a fingerprint read from the site would vouch for that forgery.

    python3 verify.py SITE_FOLDER --fingerprint "XXXX XXXX ... XXXX\""""

class Refused(Exception):
    """A file breaks a rule. The message is a clause that completes "… is refused because";
    the spec's error code, when the rule has one, follows in brackets."""
    def __init__(self, message, code=None):
        super().__init__(f"{message} [{code}]" if code else message)

class Report:
    """One printed line per check, counted."""
    passed = failed = 0

    def ok(self, message):
        self.passed += 1
        print("ok: " + message)

    def fail(self, message):
        self.failed += 1
        print("FAILED: " + message)

    def each(self, problems, message):
        """A check of many parts: a FAILED line per problem, or one ok line if none."""
        for problem in problems:
            self.fail(problem)
        if not problems:
            self.ok(message)

def sha256(data):
    return hashlib.sha256(data).hexdigest()

def shown(value):
    """A value as JSON, so that a reader sees null, 1 and "1" as the different things they are."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)

def some(names, most=3):
    """A few names in words: 'a, b, c and 4 more'."""
    named = list(names[:most]) + ([f"{len(names) - most} more"] if len(names) > most else [])
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]

def load_json(text, what, dup_code, bad_code):
    """Strict JSON: a member named twice is refused, since two readers could pick either."""
    def pairs(items):
        if len({name for name, _ in items}) < len(items):
            raise Refused(f"{what} has a member name twice", dup_code)
        return dict(items)

    def constant(name):  # NaN and Infinity are not JSON
        raise ValueError(f"{name} is not a JSON value")
    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except RecursionError:
        raise Refused(f"{what} nests too deeply", bad_code)
    except ValueError as e:  # text that ends inside a string, or before a value closes, was cut
        cut = str(e).startswith("Unterminated string") or getattr(e, "pos", 0) >= len(text)
        raise Refused(f"{what} is not JSON ({e})", "truncated" if cut and bad_code == "not_json"
                      else bad_code)

# ---- File names (docs/register.md §2) ----

ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

def file_name(signed_id):
    """The name the register gives a file made from a signed id (a meeting's). A plain id is
    its own name. Any other is made safe (A-Z lowercased, every other character but a-z, 0-9,
    - and _ made _) and then told apart from the ids it could be confused with by the first 8
    hex digits of its SHA-256: "sc/1" and "sc_1" must not share a file, nor "A" and "a" on a
    disk that ignores case. Only ASCII letters are lowercased, as SC Desk does: Unicode's
    rules would turn the Kelvin sign into "k" and "İ" into two characters."""
    if re.fullmatch(r"[a-z0-9_-]+", signed_id):
        return signed_id
    safe = re.sub(r"[^a-z0-9_-]", "_", signed_id.translate(ASCII_LOWER))
    return f"{safe}-{sha256(signed_id.encode('utf-8'))[:8]}"

def meeting_path(meeting):
    return f"files/meeting-{file_name(meeting)}.dsse"

def decision_path(meeting, revision):
    return f"files/decision-{file_name(meeting)}-r{revision}.dsse"

def record_path(meeting):
    """A record is named by its meeting: a record number is free text and need not be unique."""
    return f"records/record-{file_name(meeting)}.pdf"

# ---- The envelope (§3) ----

def b64(text):
    """§3.4: padded base64 or base64url, one alphabet only, no stray bits in the last digit."""
    if "-" in text or "_" in text:  # base64url; mixed with + or / it is neither
        text = "!" if re.search("[+/]", text) else text.replace("-", "+").replace("_", "/")
    ok = re.fullmatch(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?", text)
    raw = base64.b64decode(text) if ok else None
    if raw is None or base64.b64encode(raw).decode() != text:
        raise Refused("the envelope holds text that is not padded base64", "not_an_envelope")
    return raw

def read_envelope(data):
    """§3.3: (payload type, payload bytes, [(keyid, sig)]). Nothing in it is trusted yet."""
    if len(data) > 64 * 1024 * 1024:
        raise Refused("the file is over 64 MiB", "too_large")
    if not data.strip(WHITESPACE):
        raise Refused("the file is empty", "not_an_envelope")
    try:
        text = data.strip(WHITESPACE).decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("the file is not UTF-8 text", "not_json")
    env = load_json(text, "the file", "not_an_envelope", "not_json")
    sigs = env.get("signatures") if isinstance(env, dict) else None
    if not (isinstance(sigs, list) and isinstance(env.get("payload"), str)
            and isinstance(env.get("payloadType"), str)
            and all(isinstance(s, dict) and isinstance(s.get("sig"), str)
                    and isinstance(s.get("keyid", ""), (str, type(None))) for s in sigs)):
        raise Refused("the file is not a DSSE envelope", "not_an_envelope")
    payload, sigs = b64(env["payload"]), [(s.get("keyid") or "", b64(s["sig"])) for s in sigs]
    if not sigs:
        raise Refused("the envelope has no signature", "not_an_envelope")
    return env["payloadType"], payload, sigs

P = 2 ** 255 - 19
D = -121665 * pow(121666, P - 2, P) % P

def valid_key(text):
    """§3.1: the raw key, if the text is 64 hex digits naming a point of Ed25519's curve."""
    if not isinstance(text, str) or not re.fullmatch(r"[0-9A-Fa-f]{64}", text.strip()):
        return None
    raw = bytes.fromhex(text.strip())
    y = int.from_bytes(raw, "little") & (2 ** 255 - 1)
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P  # the curve gives x² from y
    return raw if pow(x2, (P - 1) // 2, P) in (0, 1) else None  # x exists if x² is a square

def signature_holds(env, key, keyid, sig):
    """§3.5-3.6: one signature names this key's id and verifies over PAE(type, payload)."""
    ptype, payload = env[0].encode(), env[1]
    message = b"DSSEv1 %d %b %d %b" % (len(ptype), ptype, len(payload), payload)
    if keyid != sha256(key) or len(sig) != 64:
        return False
    try:
        return VerifyKey(key).verify(message, sig) is not None
    except Exception:  # a signature that does not verify is passed over (§3.6)
        return False

def verifies(env, key):
    """Some signature of the envelope is this key's and verifies."""
    return any(signature_holds(env, key, keyid, sig) for keyid, sig in env[2])

# ---- Payloads (§4): each kind's table, checked as strictly as SC Desk checks it ----

class Opt:
    """A member typed "... or null": it may be null or absent."""
    def __init__(self, spec):
        self.spec = spec

def parses(read, value):
    try:
        return read(value) is not None
    except (TypeError, ValueError):
        return False

def utc_time(text):
    """§4.1: an RFC 3339 time (or one of chrono's relaxed forms), as a UTC datetime."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d{1,9})?"
                     r"(?:[Zz]|([+-])(\d\d):?(\d\d))", text, re.ASCII)
    if not m:
        raise ValueError(text)
    t = datetime.datetime(*map(int, m.groups()[:6]), int(float(m[7] or 0) * 1e6),
                          datetime.timezone.utc)
    offset = datetime.timedelta(hours=int(m[9] or 0), minutes=int(m[10] or 0))
    return t - offset if m[8] == "+" else t + offset

def day(text):
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", text, re.ASCII):
        raise ValueError(text)
    return datetime.date.fromisoformat(text)

SCALARS = {  # what each type of the spec's tables accepts
    str: lambda v: type(v) is str, bool: lambda v: type(v) is bool, "any": lambda v: True,
    "u32": lambda v: type(v) is int and 0 <= v < 2 ** 32,
    "u63": lambda v: type(v) is int and 0 <= v < 2 ** 63,  # rule 48
    "date": lambda v: parses(day, v), "time": lambda v: parses(utc_time, v),
    "amount": lambda v: type(v) is str and re.fullmatch(r"[0-9]+(\.[0-9]{1,2})?", v) is not None
                        and Decimal(v) <= 10 ** 15,  # §4.8: whole cents, rule 45
    # the one object whose unknown members are ignored (§4.8)
    "source": lambda v: isinstance(v, dict) and (v.get("kind") == "pool" or v.get("kind") == "area"
                                                 and SCALARS["u32"](v.get("area"))),
    # the fund profile's decision rule, as a format 3 record signs it (§4.8.1)
    "rule": lambda v: isinstance(v, dict) and (
        v in ({"kind": "consensus"}, {"kind": "simple_majority"})
        or set(v) == {"kind", "numerator", "denominator"} and v["kind"] == "qualified_majority"
        and SCALARS["u32"](v["numerator"]) and SCALARS["u32"](v["denominator"]))}
COUNTS = dict.fromkeys(("join", "object", "abstain", "recuse", "no_answer"), "u32")
DECISION = {
    "item": "u32", "outcome": APPROVING | {"deferred", "not_approved"}, "conditions": Opt(str),
    "funding": Opt({"amount": "amount", "source": "source",
                    "split": [{"organisation": str, "amount": "amount"}]}),
    "override_reason": Opt(str),
    "tally": {"counts": COUNTS, "by_constituency": {"*": COUNTS}, "participating": "u32",
              "objections": [{"seat": str, "reason": str}], "quorum_required": "u32",
              "quorum_met": bool, "rule_holds": bool, "explanation": str}}
SCHEMAS = {
    "roster": {"format": "any", "fund": str, "version": "u63", "issued_at": "time",
               "effective_from": Opt("date"),
               "seats": [{"id": str, "constituency": Opt(str), "name": str, "organisation": str,
                          "role": {"member", "chair", "fmu"}, "term_start": "date",
                          "term_end": "date", "public_key": str}]},
    "meeting": {"format": "any", "fund": str, "revision": "u32", "issued_at": "time",
                "history": Opt(bool),
                "meeting": {"id": str, "title": str, "starts_at": "time", "place": str,
                            "kind": {"in_person", "virtual", "written_procedure"},
                            "agenda": [{"item": "u32", "kind": {"funding", "other"},
                                        "dossier": Opt(str), "text": str}]}},
    "decision": {
        "format": "any", "fund": str, "meeting": str, "revision": Opt("u32"),
        "corrects": Opt({"file": str, "reason": str, "previous": [DECISION]}),
        "signed_at": "time", "present": [str], "decisions": [DECISION],
        "written_procedure": Opt({"opened_at": "time", "deadline": "time"}),
        "positions_counted": [str],
        "record": {**dict.fromkeys(("fund_name", "record_number", "meeting_title", "meeting_kind",
                                    "place", "decision_rule", "quorum", "chair_seat",
                                    "chair_name"), str),
                   "starts_at": "time", "constituencies": {"*": str},
                   "seats": [dict.fromkeys(("seat", "constituency", "name", "organisation",
                                            "attendance"), str)],
                   "items": [{"item": "u32", "text": str, "dossier_reference": Opt(str),
                              "dossier_title": Opt(str), "countries": Opt(str),
                              "area": Opt(str)}],
                   "funds_after": [dict.fromkeys(("area", "available", "allocated"), str)]}}}
FORMAT_2_ONLY = {"roster": ["effective_from"], "meeting": ["history"],
                 "decision": ["revision", "corrects"]}  # rule 47; corrects only on revision 2+
FORMATS = {"roster": (1, 2), "meeting": (1, 2), "decision": (1, 2, 3)}  # §11
NAMES = dict.fromkeys(("en", "fr", "es"), str)
# §4.8.1: format 3 signs its record in no language: codes, numbers, names in each language
NEUTRAL_RECORD = {
    "fund": NAMES, "record_number": str, "meeting_title": str,
    "meeting_kind": {"in_person", "virtual", "written_procedure"}, "starts_at": "time",
    "place": str, "decision_rule": "rule", "quorum": "u32", "chair_seat": str,
    "chair_name": str,
    "seats": [{"seat": str, "constituency": str, "name": str, "organisation": str,
               "attendance": {"present", "represented", "absent", "answered_in_writing"}}],
    "constituencies": {"*": NAMES},
    "items": [{"item": "u32", "text": str, "dossier_reference": Opt(str),
               "dossier_title": Opt(str), "countries": [str], "area": Opt("u32")}],
    "areas": {"*": NAMES},
    "funds_after": [{"area": "u32", "allocated": "amount", "available": "amount"}]}

def schema(kind, fmt):
    """The kind's table in its format: a decision file of format 3 has the neutral record."""
    if kind == "decision" and fmt == 3:
        return {**SCHEMAS["decision"], "record": NEUTRAL_RECORD}
    return SCHEMAS[kind]

def worded(record):
    """A decision file's record as formats 1 and 2 word it: a format 3 record in English, as
    SC Desk words it for the register (countries joined, areas as "N. name")."""
    if "fund" not in record:
        return record
    def area(n):
        names = record["areas"].get(str(n))
        return f"{n}. {names['en']}" if names else str(n)
    return {**record, "fund_name": record["fund"]["en"],
            "items": [{**i, "countries": ", ".join(i["countries"])
                       if i.get("dossier_reference") is not None else None,
                       "area": None if i.get("area") is None else area(i["area"])}
                      for i in record["items"]]}

def check_shape(value, spec, path=""):
    """§4.1 step 4: exactly the members of the kind's table, each of its type, at every depth."""
    def bad(why):
        return Refused(f"the signed content{' at ' + path if path else ''} {why}", "bad_payload")

    def inside(name):
        return f"{path}.{name}" if path else name
    if isinstance(spec, Opt):
        if value is None:
            return
        spec = spec.spec
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            raise bad("is not an object")
        if "*" in spec:  # a map: any member names, one type of value
            return [check_shape(v, spec["*"], inside(k)) for k, v in value.items()]
        for name in sorted(set(value) - set(spec)):
            raise bad(f"has a member {name!r} the format does not define")
        for name, sub in spec.items():
            if name not in value and not isinstance(sub, Opt):
                raise bad(f"lacks the member {name!r}")
            check_shape(value.get(name), sub, inside(name))
    elif isinstance(spec, list):
        if not isinstance(value, list):
            raise bad("is not an array")
        for i, item in enumerate(value):
            check_shape(item, spec[0], f"{path}[{i}]")
    elif isinstance(spec, set):
        if not (isinstance(value, str) and value in spec):
            raise bad(f"is not one of {', '.join(sorted(spec))}")
    elif not SCALARS[spec](value):
        raise bad(f"is not a valid {getattr(spec, '__name__', spec)}")

def parse_payload(kind, data, fund=None):
    """§4.1: UTF-8 JSON, `format` before anything else, then the kind's table and the fund."""
    try:
        p = load_json(data.decode("utf-8"), "its signed content", "bad_payload", "bad_payload")
    except UnicodeDecodeError:
        raise Refused("its signed content is not UTF-8", "bad_payload")
    fmt = p.get("format") if isinstance(p, dict) else None
    if type(fmt) is not int or fmt < 0:
        raise Refused("its signed content has no whole-number format", "bad_payload")
    if fmt not in FORMATS[kind]:
        raise Refused(f"it is in format {fmt}, which this script cannot read",
                      "unsupported_format")
    for name in FORMAT_2_ONLY[kind]:
        if fmt == 1 and name in p or fmt >= 2 and p.get(name) is None and name != "corrects":
            raise Refused(f"its signed content {'lacks' if fmt >= 2 else 'has'} {name!r}, a "
                          "member of format 2 and later only", "bad_payload")
    check_shape(p, schema(kind, fmt))
    if fund is not None and p["fund"] != fund:
        raise Refused(f"it is for fund {p['fund']!r}, not {fund!r}", "wrong_fund")
    return p

def decision_rules(p):
    """§4.8 and must-reject rules 45-47 and 49: what a reader checks in a decision file."""
    corrects, revision = p.get("corrects"), p.get("revision", 1)
    problems = [(revision < 1, "its revision is 0"),
                ((revision > 1) != (corrects is not None),
                 "a correction (revision 2+) must name the file it corrects, and only it may"),
                (corrects and not any(c.isalnum() for c in corrects["reason"]),
                 "the correction gives no reason in words")]
    for d in p["decisions"]:
        f, n = d.get("funding"), d["item"]
        problems += [
            (f and d["outcome"] not in APPROVING, f"item {n} funds an outcome approving nothing"),
            (f and Decimal(f["amount"]) <= 0, f"item {n} approves an amount of zero"),
            (f and sum(Decimal(s["amount"]) for s in f["split"]) != Decimal(f["amount"]),
             f"item {n}: the split does not add up to the amount"),
            (p["format"] >= 2 and d["outcome"] != "deferred" and not d["tally"]["quorum_met"]
             and p.get("written_procedure") is None, f"item {n} is decided without a quorum")]
    for broken, why in problems:
        if broken:
            raise Refused(why, "bad_payload")

# ---- Rosters and authority (§4.4, §5) ----

def effective(roster):
    """§5.10: a format 2 roster says when it takes effect; format 1 governs from its issue date."""
    if roster["format"] == 2:
        return day(roster["effective_from"])
    return utc_time(roster["issued_at"]).date()

def check_consistent(r):
    """§4.4: the consistency rules, in the spec's order."""
    ids, seats = [s["id"] for s in r["seats"]], r["seats"]
    for broken, why in [
            (len(set(ids)) < len(ids), "names a seat twice"),
            (any(valid_key(s["public_key"]) is None for s in seats), "has an invalid key"),
            (any(day(s["term_end"]) < day(s["term_start"]) for s in seats),
             "has a term that ends before it starts"),
            (not any(s["role"] == "fmu" for s in seats), "has no FMU seat"),
            (effective(r) < utc_time(r["issued_at"]).date(), "takes effect before it was issued")]:
        if broken:
            raise Refused(f"roster version {r['version']} {why}", "bad_roster")

def in_force(rosters, date):
    """§5.10: the highest version in effect on the date; before them all, the pinned one."""
    return ([r for r in rosters if effective(r) <= date] or rosters[:1])[-1]

def roster_keys(rosters):
    """Every valid key of the rosters held, once each, in roster order."""
    keys = []
    for key in (valid_key(s["public_key"]) for r in rosters for s in r["seats"]):
        if key and key not in keys:
            keys.append(key)
    return keys

def verified_keys(env, rosters):
    """§5.3 steps 4-5: the keys of the rosters held that the envelope names and verifies under."""
    named = {keyid for keyid, _ in env[2]}
    candidates = [k for k in roster_keys(rosters) if sha256(k) in named]
    if not candidates:
        raise Refused("it is signed by a key that no roster lists", "unknown_key")
    keys = [k for k in candidates if verifies(env, k)]
    if not keys:
        raise Refused("its signature does not match its content: it was changed after signing, "
                      "or someone else signed it", "bad_signature")
    return keys

def first_signer(env, rosters):
    """The roster key that made the envelope's first signature, if that signature verifies;
    else None. The record PDF and VERIFY.md print the first signature's key as the chair's."""
    keyid, sig = env[2][0]
    return next((k for k in roster_keys(rosters) if signature_holds(env, k, keyid, sig)), None)

def seat_for(key, kind, gov, date, rosters):
    """§5.3 step 9: the key's seat on the governing roster, in term, of a role that may sign."""
    def seats_of(roster):
        return [s for s in roster["seats"] if valid_key(s["public_key"]) == key]
    seats, v = seats_of(gov), gov["version"]
    if not seats:  # a newer roster took the key away: was its seat given to another key?
        old = [s for r in rosters for s in seats_of(r)][-1]["id"]
        if any(s["id"] == old for s in gov["seats"]):
            raise Refused(f"its key was replaced: seat {old} has another key on roster "
                          f"version {v}", "key_rotated")
        raise Refused(f"its key has no seat on roster version {v}: seat {old} is gone",
                      "key_removed")
    in_term = [s for s in seats if day(s["term_start"]) <= date <= day(s["term_end"])]
    if not in_term:
        raise Refused(f"the term of seat {seats[0]['id']} on roster version {v} does not cover "
                      f"{date}", "outside_term")
    allowed = [s for s in in_term if s["role"] in MAY_SIGN[kind]]
    if not allowed:
        needs = " or ".join(ROLE_WORDS[r] for r in MAY_SIGN[kind])
        raise Refused(f"its signer holds seat {in_term[0]['id']}, {ROLE_WORDS[in_term[0]['role']]}"
                      f" on roster version {v}, and only {needs} may sign a {kind} file",
                      "role_may_not_sign")
    return allowed[0]

def signing_seat(keys, kind, gov, date, rosters):
    """The first verified key with authority: (its seat, the key). If none has authority, the
    first key's reason why not."""
    errors = []
    for key in keys:
        try:
            return seat_for(key, kind, gov, date, rosters), key
        except Refused as e:
            errors.append(e)
    raise errors[0]

def pin(env, fp):
    """§5.2: the first roster is trusted because its FMU key has the fingerprint you gave."""
    if env[0] != "application/vnd.scdesk.roster+json":
        raise Refused("it is not a roster, and only a roster can be pinned", "bad_payload")
    r = parse_payload("roster", env[1])
    seat = next((s for s in r["seats"] if sha256(valid_key(s["public_key"]) or b"") == fp), None)
    if seat is None:
        raise Refused(f"no seat of roster version {r['version']} has the fingerprint you gave",
                      "fingerprint_mismatch")
    if not verifies(env, valid_key(seat["public_key"])):
        raise Refused("its signature does not match its content", "bad_signature")
    if seat["role"] != "fmu":
        raise Refused(f"the fingerprint you gave is the key of seat {seat['id']}, "
                      f"{ROLE_WORDS[seat['role']]}, not the FMU's", "signer_not_fmu")
    check_consistent(r)
    if not day(seat["term_start"]) <= utc_time(r["issued_at"]).date() <= day(seat["term_end"]):
        raise Refused("the FMU seat's term does not cover the roster's date", "outside_term")
    return r

def grouped(fp):
    return " ".join(fp[i:i + 4] for i in range(0, 64, 4))

def check_rosters(envs, fp, report):
    """Step 2: pin the lowest version, then accept each higher one as §5.3 and §5.5 say."""
    ranked = []
    for path, env in envs:  # read unverified, only to put the files in order of version
        try:
            ranked.append((parse_payload("roster", env[1])["version"], path, env))
        except Refused as e:
            report.fail(f"The roster {path} cannot be read because {e}")
    ranked.sort(key=lambda t: t[0])
    if not ranked:
        return report.fail("The site has no roster that can be read, so no signature on it can "
                           "be checked [no_roster]") or []
    version, path, env = ranked[0]
    try:
        rosters = [pin(env, fp)]
        report.ok(f"The first roster, {path} (version {version}), is signed by the FMU key with "
                  f"the fingerprint you gave ({grouped(fp)})")
    except Refused as e:
        return report.fail(f"The first roster, {path}, cannot be trusted because {e}") or []
    for version, path, env in ranked[1:]:
        try:
            rosters.append(next_roster(env, rosters))
            report.ok(f"Roster version {version} ({path}) is signed by the FMU of roster version "
                      f"{rosters[-2]['version']}, and governs from {effective(rosters[-1])}")
        except Refused as e:
            report.fail(f"Roster version {version} ({path}) is refused because {e}")
    return rosters

def next_roster(env, rosters):
    """§5.3, §5.5: a later roster is signed by the FMU of the one before and moves forward."""
    current, keys = rosters[-1], verified_keys(env, rosters)
    r = parse_payload("roster", env[1], rosters[0]["fund"])
    signing_seat(keys, "roster", current, utc_time(r["issued_at"]).date(), rosters)
    check_consistent(r)
    if r["version"] <= current["version"]:
        raise Refused(f"its version is not above {current['version']}", "roster_rollback")
    if effective(r) < effective(current):
        raise Refused("it takes effect before the roster it follows", "bad_roster")
    return r

# ---- Meetings and decision files (steps 3 and 4) ----

def check_meetings(envs, rosters, report):
    """Step 3: a meeting file is judged by the newest roster, on its own date (§5.10).
    Returns {meeting id: payload of its latest revision} and [(path, payload)] accepted."""
    meetings, accepted = {}, []
    for path, env in envs:
        try:
            keys = verified_keys(env, rosters)
            p = parse_payload("meeting", env[1], rosters[0]["fund"])
            date = utc_time(p["issued_at"]).date()
            seat, _ = signing_seat(keys, "meeting", rosters[-1], date, rosters)
        except Refused as e:
            report.fail(f"The meeting file {path} is refused because {e}")
            continue
        mid, newest = p["meeting"]["id"], rosters[-1]["version"]
        if mid in meetings:
            report.fail(f"Meeting {mid} has two meeting files on the site; the register "
                        "publishes one, its latest revision")
        if p["revision"] > meetings.get(mid, {"revision": -1})["revision"]:
            meetings[mid] = p  # the latest revision gives the meeting's date (§7)
        accepted.append((path, p))
        report.ok(f"The meeting file {path} (meeting {mid}, revision {p['revision']}) is signed "
                  f"by {ROLE_WORDS[seat['role']]} (seat {seat['id']}) of the newest roster, "
                  f"version {newest}")
    return meetings, accepted

def check_decision(env, rosters, meetings):
    """Step 4, one file: §5.3, judged by the roster that §5.10 names."""
    keys = verified_keys(env, rosters)
    p = parse_payload("decision", env[1], rosters[0]["fund"])
    decision_rules(p)
    if p.get("revision", 1) == 1:  # judged on the meeting's date, as its organiser signed it
        if p["meeting"] not in meetings:
            raise Refused(f"its meeting, {p['meeting']}, has no valid meeting file on the site",
                          "unknown_meeting")
        date = utc_time(meetings[p["meeting"]]["meeting"]["starts_at"]).date()
        gov, when = in_force(rosters, date), f"the roster in force on the meeting's date, {date}"
    else:  # a correction is a new act: the chair in office signs it, on its own date
        date = utc_time(p["signed_at"]).date()
        gov, when = rosters[-1], f"the newest roster, on the correction's date, {date}"
    seat = chair_first(env, keys, gov, date, rosters)
    v = gov["version"]
    return p, f"signed by {seat['name']} (seat {seat['id']}) of roster version {v}, {when}"

def chair_first(env, keys, gov, date, rosters):
    """The chair's seat, whose signature must be the file's first: the record PDF and VERIFY.md
    print the first signature's key id as the chair's, so that is the key that must be checked."""
    first = first_signer(env, rosters)
    if first in keys:  # the key the record prints is judged before any other
        keys = [first] + [k for k in keys if k != first]
    seat, key = signing_seat(keys, "decision", gov, date, rosters)
    if key != first:
        raise Refused("its first signature is not the chair's: the record would show a key "
                      "nobody checked (the record and VERIFY.md print the first signature's "
                      f"key as the chair's, but the chair, seat {seat['id']}, signed later)")
    return seat

def check_decisions(envs, rosters, meetings, report):
    """Step 4: every decision file, grouped by meeting for step 5."""
    by_meeting = {}
    for path, env, data in envs:
        try:
            p, who = check_decision(env, rosters, meetings)
        except Refused as e:
            report.fail(f"The decision file {path} is refused because {e}")
            continue
        revision = p.get("revision", 1)
        report.ok(f"The decision file {path} (meeting {p['meeting']}, revision {revision}) is "
                  f"{who}")
        by_meeting.setdefault(p["meeting"], []).append(
            {"path": path, "payload": p, "data": data, "hash": sha256(env[1]),
             "revision": revision})
    return by_meeting

def check_names(meeting_files, by_meeting):
    """A reader follows links by name: each meeting and decision file must be where the
    register's naming rule puts it, or a link would find another meeting's file, or none."""
    placed = [(path, meeting_path(p["meeting"]["id"]), f"The meeting file of {p['meeting']['id']}")
              for path, p in meeting_files]
    placed += [(f["path"], decision_path(mid, f["revision"]),
                f"The decision file of meeting {mid}, revision {f['revision']},")
               for mid, files in sorted(by_meeting.items()) for f in files]
    return [f"{what} is at {path}, but the register's naming rule puts it at {wanted}"
            for path, wanted, what in placed if path != wanted]

def standing_file(mid, files, report):
    """§7: revision 1 counts, and revision r if it corrects a counted file of revision r - 1.
    The counted file of the highest revision stands; two different ones dispute each other."""
    counted = {}
    for f in sorted(files, key=lambda f: f["revision"]):
        fixes = (f["payload"].get("corrects") or {}).get("file")
        if f["revision"] == 1 or counted.get(fixes, {}).get("revision") == f["revision"] - 1:
            counted[f["hash"]] = f
        elif fixes not in {g["hash"] for g in files}:
            report.fail(f"The decision file {f['path']} corrects a file that is no valid decision "
                        f"file of meeting {mid} on this site, so it cannot stand")
        else:
            report.fail(f"The decision file {f['path']}, revision {f['revision']}, does not "
                        f"continue an unbroken chain of corrections of meeting {mid}")
    top = max([f["revision"] for f in counted.values()] or [0])
    tops = [f for f in counted.values() if f["revision"] == top]
    if len(tops) == 1:
        report.ok(f"For meeting {mid}, the decision file that stands is {tops[0]['path']} "
                  f"(revision {top})")
        return tops[0]
    why = (some([f["path"] for f in tops]) + " are different files of one revision"
           if tops else "no file of revision 1 is valid")
    report.fail(f"No decision file stands for meeting {mid}: {why}")

def meeting_order(f):
    """§3: meetings in order of their start (the standing file's record), then of their id."""
    return utc_time(f["payload"]["record"]["starts_at"]), f["payload"]["meeting"]

# ---- The register's rows, tables and records (steps 5 and 6) ----

def rows_from(standing):
    """The rows the register must hold: from the standing decision files' payloads alone,
    meetings in order (the caller sorts them), decisions in their file's order."""
    rows = []
    for f in standing:
        p, record = f["payload"], worded(f["payload"]["record"])
        for d in p["decisions"]:
            entry = next((i for i in record["items"] if i["item"] == d["item"]), {})
            funding = d.get("funding") or {}
            source = funding.get("source", {"kind": None})
            area = f"area:{source.get('area')}"
            rows.append({
                "meeting": p["meeting"], "record_number": record["record_number"],
                "meeting_title": record["meeting_title"],
                "meeting_date": utc_time(record["starts_at"]).date().isoformat(),
                "decision_file": f["path"], "decision_payload_sha256": f["hash"],
                "revision": p.get("revision", 1), "signed_at": p["signed_at"],
                "item": d["item"], "agenda_text": entry.get("text"),
                "programme": entry.get("dossier_reference"),
                "programme_title": entry.get("dossier_title"),
                "countries": entry.get("countries"), "thematic_area": entry.get("area"),
                "outcome": d["outcome"], "conditions": d.get("conditions"),
                "amount": funding.get("amount"), "currency": "USD" if funding else None,
                "source": {"pool": "pool", "area": area}.get(source["kind"]),
                "split": [{"organisation": s["organisation"], "amount": s["amount"]}
                          for s in funding.get("split", [])],
                "record_pdf": record_path(p["meeting"])})
    return rows

def row_key(meeting, item):
    """A row is known by its meeting and item, as text, so that a JSON row and a CSV row are
    matched alike (whether a value has the right type is checked field by field)."""
    return tuple(v if isinstance(v, str) else json.dumps(v) for v in (meeting, item))

def row_name(key, start=False):
    return f"{'M' if start else 'm'}eeting {key[0]}, item {key[1]}"

def pair_rows(table, claimed, rows):
    """Match a table's rows (as {field: value}) to the derived ones by (meeting, item).
    Returns the matched pairs (key, claimed, derived) and the problems: a row missing, a row
    extra, and rows in another order, said once (a swap is one problem, not a field each)."""
    wanted = {}
    for n, row in enumerate(rows):
        wanted.setdefault(row_key(row["meeting"], row["item"]), []).append((n, row))
    pairs, problems, order = [], [], []
    for mine in claimed:
        key = row_key(mine.get("meeting"), mine.get("item"))
        if wanted.get(key):
            n, row = wanted[key].pop(0)
            pairs.append((key, mine, row))
            order.append((n, key))
        else:
            again = "another" if any(k == key for k, _, _ in pairs) else "a"
            problems.append(f"{table} has {again} row for {row_name(key)}, which no standing "
                            "decision file gives")
    problems += [f"{table} lacks the row for {row_name(key)}, which the signed decision file "
                 f"{row['decision_file']} gives"
                 for key, left in wanted.items() for _, row in left]
    for (n, key), (m, should) in zip(order, sorted(order)):
        if n != m:
            problems.append(f"{table} lists the decisions in another order than the signed files "
                            f"give: it has {row_name(key)} where {row_name(should)} belongs "
                            "(meetings in order of their start, decisions in their file's order)")
            break
    return pairs, problems

def compare_rows(claimed, rows):
    """decisions.json must say what the signed files say: every row, every field, same type."""
    if not isinstance(claimed, list):
        return ["decisions.json has no list of decisions"]
    problems = [f"decisions.json: its decision number {n} is not an object"
                for n, mine in enumerate(claimed, 1) if not isinstance(mine, dict)]
    pairs, unmatched = pair_rows("decisions.json", [m for m in claimed if isinstance(m, dict)],
                                 rows)
    for key, mine, row in pairs:
        where = row_name(key, start=True)
        for field in ROW_FIELDS:
            said = shown(mine[field]) if field in mine else "missing"
            if said != shown(row[field]):
                problems.append(f"{where}: {field} is {said} in decisions.json, but the signed "
                                f"decision file says {shown(row[field])}")
        problems += [f"{where}: decisions.json adds a field {k!r} that no signed file gives"
                     for k in sorted(set(mine) - set(ROW_FIELDS))]
    return unmatched + problems

def read_csv(site):
    """decisions.csv as (header, [cells]). SC Desk writes a UTF-8 byte-order mark, so that
    spreadsheet programs read the text as UTF-8; one is allowed, not required."""
    with open(os.path.join(site, "decisions.csv"), "rb") as f:
        text = f.read().decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text, newline=""), strict=True)) or [[]]
    return table[0], table[1:]

def columns_named(names):
    words = some([shown(c) for c in names], most=30)
    return ("the column " if len(names) == 1 else "the columns ") + words

def csv_header_problems(header):
    """Exactly the register's columns, in its order: a reader (or a spreadsheet formula) that
    takes a column by its place must find the same field in it."""
    missing = [c for c in CSV_COLUMNS if c not in header]
    extra = [c for c in header if c not in CSV_COLUMNS]
    twice = [c for c in CSV_COLUMNS if header.count(c) > 1]
    problems = []
    if missing:
        problems.append(f"decisions.csv lacks {columns_named(missing)}")
    if extra:
        problems.append(f"decisions.csv has {columns_named(extra)}, which the register does not "
                        "define")
    if twice:
        problems.append(f"decisions.csv has {columns_named(twice)} more than once")
    if not problems and header != CSV_COLUMNS:
        n, c = next((n, c) for n, c in enumerate(header, 1) if c != CSV_COLUMNS[n - 1])
        problems.append(f"decisions.csv has its columns in another order: column {n} is "
                        f"{shown(c)}, where {shown(CSV_COLUMNS[n - 1])} belongs")
    return problems

def csv_text(row):
    """A derived row as decisions.csv writes it: null as empty, numbers as decimal text, the
    split in words."""
    split = "; ".join(f"{s['organisation']}: {s['amount']}" for s in row["split"])
    return dict({c: "" if row[c] is None else str(row[c]) for c in CSV_COLUMNS}, split=split)

def compare_csv(site, rows):
    """decisions.csv must hold the same rows as decisions.json, as text."""
    try:
        header, lines = read_csv(site)
    except (OSError, csv.Error) as e:
        return [f"decisions.csv cannot be read: {e}"]
    except UnicodeDecodeError as e:
        return [f"decisions.csv cannot be read: it is not UTF-8 text ({e})"]
    if header in ([], [""]):
        return ["decisions.csv is empty: it has no header row"]
    problems = csv_header_problems(header)
    if "meeting" not in header or "item" not in header:
        return problems + ["decisions.csv cannot be compared row by row without its "
                           "meeting and item columns"]
    problems += [f"decisions.csv: its row {n} has {len(line)} fields, but its header has "
                 f"{len(header)}" for n, line in enumerate(lines, 1) if len(line) != len(header)]
    pairs, unmatched = pair_rows("decisions.csv", [dict(zip(header, line)) for line in lines],
                                 rows)
    for key, mine, row in pairs:
        for column, says in csv_text(row).items():
            said = mine.get(column)
            if column in header and said != says:
                problems.append(f"{row_name(key, start=True)}: {column} is {shown(said)} in "
                                f"decisions.csv, but the signed decision file says {shown(says)}")
    return problems + unmatched

def check_records(held, standing, report):
    """Step 6: each record PDF embeds its standing decision file (stored trimmed, uncompressed)."""
    wanted = {record_path(f["payload"]["meeting"]): f for f in standing}
    for path, f in sorted(wanted.items()):
        mid = f["payload"]["meeting"]
        if path not in held:
            report.fail(f"The record of meeting {mid}, {path}, is not on the site")
        elif f["data"].strip(WHITESPACE) not in held[path][1]:
            report.fail(f"The record {path} does not carry the decision file that stands for "
                        f"meeting {mid}, {f['path']}: what it prints may not be what was signed")
        else:
            report.ok(f"The record {path} carries the decision file that stands for meeting "
                      f"{mid}, {f['path']}, byte for byte")
    for path in sorted(p for p in held if held[p][0] == "record" and p not in wanted):
        report.fail(f"{path} is listed as a record, but it is the record of no meeting whose "
                    "decision file stands here")

def payload_fund(env):
    """The `fund` member of a signed payload, read without trusting it (None if unreadable)."""
    try:
        p = json.loads(env[1])
    except ValueError:
        return None
    return p.get("fund") if isinstance(p, dict) else None

def check_fund(fund, signed, standing):
    """decisions.json names the fund every signed file is for, by the name the first meeting's
    decision file gives it: a register must not present one fund's decisions as another's."""
    if not isinstance(fund, dict):
        return ["decisions.json does not name its fund (an object \"fund\" with an id and a name)"]
    others = {}
    for path, env, _ in (entry for kind in signed.values() for entry in kind):
        said = payload_fund(env)
        if said is not None and said != fund.get("id"):
            others.setdefault(shown(said), []).append(path)
    problems = [f"decisions.json says the register is of fund {shown(fund.get('id'))}, but "
                f"{some(paths)} {'is' if len(paths) == 1 else 'are'} signed for fund {said}"
                for said, paths in sorted(others.items())]
    first_name = standing and worded(standing[0]["payload"]["record"])["fund_name"]
    if standing and fund.get("name") != first_name:
        problems.append(f"decisions.json gives the fund's name as {shown(fund.get('name'))}, but "
                        f"the decision file of the first meeting, {standing[0]['path']}, says "
                        f"{shown(first_name)}")
    return problems

# ---- The IATI activity file (step 7) ----

IATI_FILE = "iati-activities.xml"

def iati_expected(rows):
    """What iati-activities.xml must say, from the rows alone (docs/register.md §6): per
    programme funded, its title, and per transaction (by its ref) the amount, date and
    receiving organisation."""
    titles, transactions = {}, {}
    for row in rows:
        if row["outcome"] not in APPROVING or not isinstance(row["amount"], str) \
                or not isinstance(row["programme"], str):
            continue
        titles[row["programme"]] = row["programme_title"] or row["programme"]
        shares = [(s["organisation"], s["amount"]) for s in row["split"]] \
            or [(None, row["amount"])]
        for n, (receiver, amount) in enumerate(shares, 1):
            transactions[f"{row['meeting']}/item-{row['item']}/{n}"] = {
                "programme": row["programme"], "amount": amount,
                "date": row["meeting_date"], "receiver": receiver}
    return titles, transactions

def narrative(element):
    found = element.find("narrative") if element is not None else None
    return found.text if found is not None else None

def iati_claimed(root):
    """The titles and transactions iati-activities.xml gives, keyed as iati_expected's."""
    titles, transactions, problems = {}, {}, []
    for activity in root.findall("iati-activity"):
        org = activity.find("reporting-org")
        ident = activity.findtext("iati-identifier") or ""
        prefix = (org.get("ref") if org is not None else None) or ""
        if not prefix or not ident.startswith(prefix + "-"):
            problems.append(f"{IATI_FILE}: the activity {shown(ident)} is not named after its "
                            f"reporting organisation {shown(prefix)}")
            continue
        programme = ident[len(prefix) + 1:]
        titles[programme] = narrative(activity.find("title"))
        for t in activity.findall("transaction"):
            value = t.find("value")
            transactions[t.get("ref")] = {
                "programme": programme,
                "amount": value.text if value is not None else None,
                "date": value.get("value-date") if value is not None else None,
                "receiver": narrative(t.find("receiver-org"))}
    return titles, transactions, problems

def iati_problems(root, rows):
    if root.tag != "iati-activities" or root.get("version") != "2.03":
        return [f"{IATI_FILE} is not an IATI 2.03 activity file"]
    want_titles, want = iati_expected(rows)
    titles, said, problems = iati_claimed(root)
    for programme in sorted(set(titles) - set(want_titles)):
        problems.append(f"{IATI_FILE} has an activity for programme {programme}, which no "
                        "signed decision funds")
    for programme in sorted(set(want_titles) - set(titles)):
        problems.append(f"{IATI_FILE} lacks the activity of programme {programme}, which a "
                        "signed decision funds")
    for programme in sorted(set(want_titles) & set(titles)):
        if titles[programme] != want_titles[programme]:
            problems.append(f"{IATI_FILE}: programme {programme} is titled "
                            f"{shown(titles[programme])}, but the signed decision file says "
                            f"{shown(want_titles[programme])}")
    for ref in sorted(set(said) - set(want), key=str):
        problems.append(f"{IATI_FILE} has a transaction {shown(ref)} that no signed decision "
                        "gives")
    for ref in sorted(set(want) - set(said)):
        problems.append(f"{IATI_FILE} lacks the transaction {ref}, which a signed decision gives")
    for ref in sorted(set(want) & set(said)):
        for field in ("programme", "amount", "date", "receiver"):
            if said[ref][field] != want[ref][field]:
                problems.append(f"{IATI_FILE}: in transaction {ref}, the {field} is "
                                f"{shown(said[ref][field])}, but the signed decision file says "
                                f"{shown(want[ref][field])}")
    return problems

def check_iati(site, rows, report):
    """Step 7: iati-activities.xml, where the site has one, commits exactly the amounts the
    signed decisions approve, to the organisations and on the dates they give. (Its country
    codes are SC Desk's reading of the countries' names, which this script does not redo.)"""
    path = os.path.join(site, IATI_FILE)
    if not os.path.exists(path):
        return
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as e:
        return report.fail(f"{IATI_FILE} cannot be read as XML: {e}")
    report.each(iati_problems(root, rows),
                f"The commitments in {IATI_FILE} are exactly the funding the signed decision "
                "files approve")

# ---- The site ----

def listed_path(path):
    """The only paths decisions.json may list: one file in files/ or records/, so that the
    script opens nothing outside the site."""
    return (isinstance(path, str) and re.fullmatch(r"(files|records)/[\w.-]+", path)
            and ".." not in path)

def check_listing(site, manifest):
    """Step 1: every listed file is there with its SHA-256, and every file in files/ and
    records/ is listed: an unlisted file would be something on the site nothing vouches for."""
    held, problems = {}, []
    entries = [e for e in manifest["files"] if isinstance(e, dict)]
    for entry in entries:
        path, kind = entry.get("path"), entry.get("kind")
        if not listed_path(path):
            problems.append(f"decisions.json lists a file this script will not open, because "
                            f"its name could point outside the site: {shown(path)}")
            continue
        if kind not in LISTED_KINDS:
            problems.append(f"decisions.json lists {path} as a {shown(kind)} file, a kind the "
                            f"register does not have ({', '.join(LISTED_KINDS)})")
        try:
            with open(os.path.join(site, *path.split("/")), "rb") as f:
                held[path] = (kind, f.read())
        except OSError:
            problems.append(f"{path} is listed in decisions.json but is not on the site")
            continue
        if sha256(held[path][1]) != entry.get("sha256"):
            problems.append(f"{path} is not the file decisions.json lists: its SHA-256 differs, "
                            "so it was changed or replaced after the register was made")
    listed = {e.get("path") for e in entries}
    for folder in ("files", "records"):
        for root, dirs, names in sorted(os.walk(os.path.join(site, folder))):
            # a link to a folder is not walked into, so it is named as what it is: unlisted
            links = [d for d in dirs if os.path.islink(os.path.join(root, d))]
            for name in sorted(names + links):
                path = os.path.relpath(os.path.join(root, name), site).replace(os.sep, "/")
                if path not in listed:
                    problems.append(f"{path} is on the site but not listed in decisions.json, "
                                    "so nothing vouches for it")
    return held, problems

def signed_files(held, report):
    """The listed rosters, meetings and decision files, read as envelopes, by kind."""
    signed = {"roster": [], "meeting": [], "decision": []}
    for path, (kind, data) in sorted(held.items()):
        if not (path.endswith(".dsse") or kind in signed):
            continue
        try:
            env = read_envelope(data)
        except Refused as e:
            report.fail(f"{path} cannot be read as a signed file because {e}")
            continue
        if env[0] not in KINDS:
            report.fail(f"{path} is a signed file of type {env[0]}, which the register does not "
                        "publish [unknown_payload_type]")
        elif KINDS[env[0]] != kind:
            report.fail(f"decisions.json lists {path} as a {shown(kind)} file, but it is a "
                        f"{KINDS[env[0]]} file")
        else:
            signed[kind].append((path, env, data))
    return signed

def read_manifest(site):
    with open(os.path.join(site, "decisions.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    if not isinstance(manifest, dict) or manifest.get("register") != 1 \
            or not isinstance(manifest.get("files"), list):
        raise ValueError("it is not register format 1 with a list of files")
    return manifest

def verify_site(site, fp, report):
    try:
        manifest = read_manifest(site)
    except (OSError, ValueError) as e:
        return report.fail(f"decisions.json cannot be read: {e}")
    held, problems = check_listing(site, manifest)
    report.each(problems, f"All {len(held)} files that decisions.json lists are on the site, "
                          "unchanged, and files/ and records/ hold nothing else")
    signed = signed_files(held, report)
    rosters = check_rosters([(p, e) for p, e, _ in signed["roster"]], fp, report)
    if not rosters:
        return report.fail("Without a trusted roster, no file on the site can be checked")
    meetings, meeting_files = check_meetings([(p, e) for p, e, _ in signed["meeting"]],
                                             rosters, report)
    by_meeting = check_decisions(signed["decision"], rosters, meetings, report)
    report.each(check_names(meeting_files, by_meeting),
                "Every meeting and decision file is where the register's naming rule puts it")
    standing = [standing_file(m, by_meeting[m], report) for m in sorted(by_meeting)]
    standing = sorted((f for f in standing if f), key=meeting_order)
    fund = manifest.get("fund")
    report.each(check_fund(fund, signed, standing),
                f"decisions.json names the fund every signed file is for, "
                f"{shown(fund.get('id'))}, by the name its first meeting's decision file gives, "
                f"{shown(fund.get('name'))}"
                if isinstance(fund, dict) else "")
    rows = rows_from(standing)
    report.each(compare_rows(manifest.get("decisions"), rows),
                f"The {len(rows)} decisions in decisions.json are exactly what the signed "
                "decision files say")
    report.each(compare_csv(site, rows),
                f"The {len(rows)} rows of decisions.csv are exactly what the signed decision "
                "files say")
    check_records(held, standing, report)
    check_iati(site, rows, report)

def main(argv=None):
    parser = argparse.ArgumentParser(description="Check an SC Desk register's signed files.")
    parser.add_argument("site", nargs="?", default=os.path.dirname(os.path.abspath(__file__)),
                        help="the register's folder (default: the folder this script is in)")
    parser.add_argument("--fingerprint", help="the FMU key's fingerprint, from outside the site")
    args = parser.parse_args(argv)
    fp = re.sub(r"[\s:]", "", args.fingerprint or "").lower()  # §3.1: grouped, colons, any case
    usage = (NO_FINGERPRINT if not args.fingerprint else
             "verify.py: a fingerprint is 64 hexadecimal digits (spaces and colons allowed)"
             if not re.fullmatch(r"[0-9a-f]{64}", fp) else
             f"verify.py: {args.site} holds no decisions.json: give the register's folder"
             if not os.path.isfile(os.path.join(args.site, "decisions.json")) else None)
    if usage:
        return print(usage, file=sys.stderr) or 2
    report = Report()
    try:
        verify_site(args.site, fp, report)
    except Exception as e:  # something this script did not foresee: a failure, never a pass
        report.fail(f"The check stopped on something this script did not foresee, so the "
                    f"register is not shown to be sound ({type(e).__name__}: {e})")
    if report.failed:
        print(f"{report.failed} of {report.passed + report.failed} checks FAILED: do not rely on "
              "this register until the failures above are explained.")
    else:
        print(f"All {report.passed} checks passed: the register is what its signed files say.")
    return 0 if report.failed == 0 and report.passed else 1

if __name__ == "__main__":
    sys.exit(main())
