#!/usr/bin/env python3
"""Check an SC Desk public register of Steering Committee decisions against its signed files.

    python3 verify.py [SITE_FOLDER] --fingerprint "XXXX XXXX ... XXXX"

The tables (decisions.json, decisions.csv) and record PDFs of a register are only as good as
the signed files published with them. This script checks that every listed file is there,
unchanged; that the first roster is signed by the Fund Management Unit (FMU) key whose
fingerprint you give, and each later roster by the FMU of the roster before; that every meeting
and decision file is signed by someone who held the right seat on the date that counts; that
the decision file standing for each meeting (the last of its unbroken chain of corrections)
gives exactly the rows of decisions.json and decisions.csv; and that each record PDF carries
that file. It needs Python 3 and PyNaCl (pip install pynacl), nothing else, and prints a line
per check. Exit status: 0 if every check holds, 1 if one fails, 2 if it cannot run.
The rules are those of SC Desk's sync-format specification (docs/sync-format.md, whose
sections the § signs name); the codes in [brackets] are its error codes.
"""

import argparse, base64, csv, datetime, hashlib, json, os, re, sys
from decimal import Decimal

try:
    from nacl.signing import VerifyKey
except ImportError:
    sys.exit(print("verify.py needs PyNaCl: pip install pynacl", file=sys.stderr) or 2)

KINDS = {f"application/vnd.scdesk.{k}+json": k for k in ("roster", "meeting", "decision")}
MAY_SIGN = {"roster": ("fmu",), "meeting": ("fmu", "chair"), "decision": ("chair",)}  # §4.2
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
    """A file breaks a rule: the message says which in words, with the spec's code."""
    def __init__(self, message, code):
        super().__init__(f"{message} [{code}]")

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
    return json.dumps(value, ensure_ascii=False, sort_keys=True)

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
        raise Refused(f"{what} is not JSON: {e}", "truncated" if cut and bad_code == "not_json"
                      else bad_code)

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

def verifies(env, key):
    """§3.5-3.6: a signature naming this key's id verifies over PAE(type, payload)."""
    ptype, payload = env[0].encode(), env[1]
    message = b"DSSEv1 %d %b %d %b" % (len(ptype), ptype, len(payload), payload)
    for keyid, sig in env[2]:
        if keyid == sha256(key) and len(sig) == 64:
            try:
                return VerifyKey(key).verify(message, sig) is not None
            except Exception:  # a signature that does not verify is passed over (§3.6)
                pass
    return False

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
                                                 and SCALARS["u32"](v.get("area")))}
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

def check_shape(value, spec, path):
    """§4.1 step 4: exactly the members of the kind's table, each of its type, at every depth."""
    def bad(why):
        return Refused(f"{path} {why}", "bad_payload")
    if isinstance(spec, Opt):
        if value is None:
            return
        spec = spec.spec
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            raise bad("is not an object")
        if "*" in spec:  # a map: any member names, one type of value
            return [check_shape(v, spec["*"], f"{path}.{k}") for k, v in value.items()]
        for name in sorted(set(value) - set(spec)):
            raise bad(f"has a member {name!r} the format does not define")
        for name, sub in spec.items():
            if name not in value and not isinstance(sub, Opt):
                raise bad(f"lacks the member {name!r}")
            check_shape(value.get(name), sub, f"{path}.{name}")
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
        p = load_json(data.decode("utf-8"), "the payload", "bad_payload", "bad_payload")
    except UnicodeDecodeError:
        raise Refused("the payload is not UTF-8", "bad_payload")
    fmt = p.get("format") if isinstance(p, dict) else None
    if type(fmt) is not int or fmt < 0:
        raise Refused("the payload has no whole-number format", "bad_payload")
    if fmt not in (1, 2):
        raise Refused(f"the payload is in format {fmt}, which this script cannot read",
                      "unsupported_format")
    for name in FORMAT_2_ONLY[kind]:
        if fmt == 1 and name in p or fmt == 2 and p.get(name) is None and name != "corrects":
            raise Refused(f"the payload {'lacks' if fmt == 2 else 'has'} {name!r}, a member of "
                          "format 2 only", "bad_payload")
    check_shape(p, SCHEMAS[kind], "the payload")
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
            (p["format"] == 2 and d["outcome"] != "deferred" and not d["tally"]["quorum_met"]
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

def verified_keys(env, rosters):
    """§5.3 steps 4-5: the keys of the rosters held that the envelope names and verifies under."""
    named, candidates = {keyid for keyid, _ in env[2]}, []
    for key in (valid_key(s["public_key"]) for r in rosters for s in r["seats"]):
        if key and sha256(key) in named and key not in candidates:
            candidates.append(key)
    if not candidates:
        raise Refused("it is signed by a key that no roster lists", "unknown_key")
    keys = [k for k in candidates if verifies(env, k)]
    if not keys:
        raise Refused("its signature does not match its content: it was changed after signing, "
                      "or someone else signed it", "bad_signature")
    return keys

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
        raise Refused(f"seat {in_term[0]['id']} is a {in_term[0]['role']} seat on roster version "
                      f"{v}; a {kind} file needs {' or '.join(MAY_SIGN[kind])}",
                      "role_may_not_sign")
    return allowed[0]

def signing_seat(keys, kind, gov, date, rosters):
    """The first verified key with authority gives the seat; if none has, the first key's reason."""
    errors = []
    for key in keys:
        try:
            return seat_for(key, kind, gov, date, rosters)
        except Refused as e:
            errors.append(e)
    raise errors[0]

def pin(env, fp):
    """§5.2: the first roster is trusted because its FMU key has the fingerprint you gave."""
    if env[0] != "application/vnd.scdesk.roster+json":
        raise Refused("only a roster can be pinned", "bad_payload")
    r = parse_payload("roster", env[1])
    seat = next((s for s in r["seats"] if sha256(valid_key(s["public_key"]) or b"") == fp), None)
    if seat is None:
        raise Refused(f"no seat of roster version {r['version']} has the fingerprint you gave",
                      "fingerprint_mismatch")
    if not verifies(env, valid_key(seat["public_key"])):
        raise Refused("its signature does not match its content", "bad_signature")
    if seat["role"] != "fmu":
        raise Refused(f"that fingerprint is seat {seat['id']}'s, not the FMU's", "signer_not_fmu")
    check_consistent(r)
    if not day(seat["term_start"]) <= utc_time(r["issued_at"]).date() <= day(seat["term_end"]):
        raise Refused("the FMU seat's term does not cover the roster's date", "outside_term")
    return r

def check_rosters(envs, fp, report):
    """Step 2: pin the lowest version, then accept each higher one as §5.3 and §5.5 say."""
    ranked = []
    for path, env in envs:  # read unverified, only to put the files in order of version
        try:
            ranked.append((parse_payload("roster", env[1])["version"], path, env))
        except Refused as e:
            report.fail(f"{path}: {e}")
    ranked.sort(key=lambda t: t[0])
    if not ranked:
        return report.fail("the site has no roster that can be read [no_roster]") or []
    try:
        rosters = [pin(ranked[0][2], fp)]
        report.ok(f"{ranked[0][1]}: roster version {ranked[0][0]} is signed by the FMU key with "
                  f"the fingerprint you gave ({' '.join(fp[i:i + 4] for i in range(0, 64, 4))})")
    except Refused as e:
        return report.fail(f"{ranked[0][1]}: the first roster cannot be pinned: {e}") or []
    for version, path, env in ranked[1:]:
        try:
            current, keys = rosters[-1], verified_keys(env, rosters)
            r = parse_payload("roster", env[1], rosters[0]["fund"])
            seat = signing_seat(keys, "roster", current, utc_time(r["issued_at"]).date(), rosters)
            check_consistent(r)
            if r["version"] <= current["version"]:
                raise Refused(f"its version is not above {current['version']}", "roster_rollback")
            if effective(r) < effective(current):
                raise Refused("it takes effect before the roster it follows", "bad_roster")
            rosters.append(r)
            report.ok(f"{path}: roster version {version} is signed by the FMU (seat {seat['id']}) "
                      f"of roster version {current['version']}, in force from {effective(r)}")
        except Refused as e:
            report.fail(f"{path}: roster version {version} is refused: {e}")
    return rosters

def check_meetings(envs, rosters, report):
    """Step 3: a meeting file is judged by the newest roster, on its own date (§5.10)."""
    meetings = {}
    for path, env in envs:
        try:
            keys = verified_keys(env, rosters)
            p = parse_payload("meeting", env[1], rosters[0]["fund"])
            date = utc_time(p["issued_at"]).date()
            seat = signing_seat(keys, "meeting", rosters[-1], date, rosters)
        except Refused as e:
            report.fail(f"{path}: the meeting file is refused: {e}")
            continue
        mid, newest = p["meeting"]["id"], rosters[-1]["version"]
        if mid in meetings:
            report.fail(f"{path}: meeting {mid} has two meeting files on the site")
        if p["revision"] > meetings.get(mid, {"revision": -1})["revision"]:
            meetings[mid] = p  # the latest revision gives the meeting's date (§7)
        report.ok(f"{path}: meeting {mid} (revision {p['revision']}) is signed by seat "
                  f"{seat['id']} ({seat['role']}) of the newest roster, version {newest}")
    return meetings

def check_decision(env, rosters, meetings):
    """Step 4, one file: §5.3, judged by the roster that §5.10 names."""
    keys = verified_keys(env, rosters)
    p = parse_payload("decision", env[1], rosters[0]["fund"])
    decision_rules(p)
    if p.get("revision", 1) == 1:  # judged on the meeting's date, as its organiser signed it
        if p["meeting"] not in meetings:
            raise Refused(f"its meeting {p['meeting']} has no valid meeting file on the site",
                          "unknown_meeting")
        date = utc_time(meetings[p["meeting"]]["meeting"]["starts_at"]).date()
        gov, when = in_force(rosters, date), f"the roster in force on the meeting's date, {date}"
    else:  # a correction is a new act: the chair in office signs it, on its own date
        date = utc_time(p["signed_at"]).date()
        gov, when = rosters[-1], f"the newest roster, on the correction's date, {date}"
    seat = signing_seat(keys, "decision", gov, date, rosters)
    v = gov["version"]
    return p, f"signed by {seat['name']} (seat {seat['id']}) of roster version {v}, {when}"

def standing_file(mid, files, report):
    """§7: revision 1 counts, and revision r if it corrects a counted file of revision r - 1.
    The counted file of the highest revision stands; two different ones dispute each other."""
    counted = {}
    for f in sorted(files, key=lambda f: f["revision"]):
        fixes = (f["payload"].get("corrects") or {}).get("file")
        if f["revision"] == 1 or counted.get(fixes, {}).get("revision") == f["revision"] - 1:
            counted[f["hash"]] = f
        elif fixes not in {g["hash"] for g in files}:
            report.fail(f"{f['path']}: it corrects {fixes}, no valid decision file of {mid} here")
        else:
            report.fail(f"{f['path']}: revision {f['revision']} does not continue an unbroken "
                        f"chain of corrections of meeting {mid}")
    top = max([f["revision"] for f in counted.values()] or [0])
    tops = [f for f in counted.values() if f["revision"] == top]
    if len(tops) == 1:
        report.ok(f"meeting {mid}: the decision file that stands is {tops[0]['path']}")
        return tops[0]
    why = (" and ".join(f["path"] for f in tops) + " are different files of one revision"
           if tops else "no file of revision 1 is valid")
    report.fail(f"meeting {mid}: no decision file stands: {why}")

# ---- The register's rows, tables and records (steps 5 and 6) ----

def record_pdf(number):
    """SC Desk names a record by its number with every character but ASCII letters, digits,
    - and _ made _, so that no signed text can name a path elsewhere."""
    return f"records/{re.sub(r'[^A-Za-z0-9_-]', '_', number) or '_'}.pdf"

def rows_from(standing):
    """The rows the register must hold: from the standing decision files' payloads alone."""
    rows = []
    for f in sorted(standing, key=lambda f: (utc_time(f["payload"]["record"]["starts_at"]),
                                             f["payload"]["meeting"])):
        p, record = f["payload"], f["payload"]["record"]
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
                "record_pdf": record_pdf(record["record_number"])})
    return rows

def compare_rows(claimed, rows):
    """decisions.json must say what the signed files say: every row, every field, same type."""
    claimed = claimed if isinstance(claimed, list) else []
    problems = [] if len(claimed) == len(rows) else [
        f"decisions.json has {len(claimed)} rows, but the signed decision files give {len(rows)}"]
    for n, (mine, row) in enumerate(zip(claimed, rows), 1):
        where = f"row {n} (meeting {row['meeting']}, item {row['item']})"
        mine = mine if isinstance(mine, dict) else {}
        for field in ROW_FIELDS:
            said = shown(mine[field]) if field in mine else "missing"
            if said != shown(row[field]):
                problems.append(f"{where}: {field} is {said} in decisions.json, but the signed "
                                f"decision file says {shown(row[field])}")
        problems += [f"{where}: decisions.json adds a field {k!r} that no signed file gives"
                     for k in sorted(set(mine) - set(ROW_FIELDS))]
    return problems

def compare_csv(site, rows):
    """decisions.csv must hold the same rows as text (null as empty, the split in words)."""
    try:
        with open(os.path.join(site, "decisions.csv"), encoding="utf-8-sig", newline="") as f:
            table = list(csv.reader(f, strict=True)) or [[]]
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        return [f"decisions.csv cannot be read: {e}"]
    problems = [] if table[0] == CSV_COLUMNS else ["decisions.csv: the header row is not "
                                                    + ",".join(CSV_COLUMNS)]
    if len(table) - 1 != len(rows):
        problems.append(f"decisions.csv has {len(table) - 1} rows, but the signed files give "
                        f"{len(rows)}")
    for n, (line, row) in enumerate(zip(table[1:], rows), 1):
        split = "; ".join(f"{s['organisation']}: {s['amount']}" for s in row["split"])
        row = dict(row, split=split)
        for column, said in zip(CSV_COLUMNS, line + [None] * len(CSV_COLUMNS)):
            says = "" if row[column] is None else str(row[column])
            if said != says:
                problems.append(f"decisions.csv row {n} (meeting {row['meeting']}, item "
                                f"{row['item']}): {column} is {shown(said)}, but the signed "
                                f"decision file says {shown(says)}")
    return problems

def check_records(held, standing, report):
    """Step 6: each record PDF embeds its standing decision file (stored trimmed, uncompressed)."""
    wanted = {record_pdf(f["payload"]["record"]["record_number"]): f for f in standing}
    for path, f in sorted(wanted.items()):
        if path not in held:
            report.fail(f"the record of meeting {f['payload']['meeting']}, {path}, is missing")
        elif f["data"].strip(WHITESPACE) not in held[path][1]:
            report.fail(f"{path} does not carry the decision file that stands, {f['path']}")
        else:
            report.ok(f"{path} carries the decision file that stands, {f['path']}, byte for byte")
    for path in sorted(p for p in held if held[p][0] == "record" and p not in wanted):
        report.fail(f"{path} is listed as a record, but no standing decision file has its number")

# ---- The site ----

def check_listing(site, manifest):
    """Step 1: every listed file is there with its SHA-256, and every signed file is listed."""
    held, problems = {}, []
    entries = [e for e in manifest["files"] if isinstance(e, dict)]
    for entry in entries:
        path = entry.get("path")
        if not (isinstance(path, str) and re.fullmatch(r"(files|records)/[\w.-]+", path)
                and ".." not in path):  # the script opens nothing outside the site
            problems.append(f"decisions.json lists a file this script will not open: {shown(path)}")
            continue
        try:
            with open(os.path.join(site, *path.split("/")), "rb") as f:
                held[path] = (entry.get("kind"), f.read())
        except OSError:
            problems.append(f"{path} is listed in decisions.json but is not on the site")
            continue
        if sha256(held[path][1]) != entry.get("sha256"):
            problems.append(f"{path} is not the file decisions.json lists: its SHA-256 differs")
    listed = {e.get("path") for e in entries}
    for root, _, names in os.walk(os.path.join(site, "files")):
        for name in sorted(n for n in names if n.endswith(".dsse")):
            path = os.path.relpath(os.path.join(root, name), site).replace(os.sep, "/")
            if path not in listed:
                problems.append(f"{path} is on the site but not listed in decisions.json")
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
            report.fail(f"{path}: {e}")
            continue
        if env[0] not in KINDS:
            report.fail(f"{path}: {env[0]} is no kind the register publishes "
                        "[unknown_payload_type]")
        elif KINDS[env[0]] != kind:
            report.fail(f"{path} is listed as {shown(kind)}, but it is a {KINDS[env[0]]} file")
        else:
            signed[kind].append((path, env, data))
    return signed

def verify_site(site, fp, report):
    try:
        with open(os.path.join(site, "decisions.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        if manifest.get("register") != 1 or not isinstance(manifest.get("files"), list):
            raise ValueError("it is not register format 1 with a list of files")
    except (OSError, ValueError, AttributeError) as e:
        return report.fail(f"decisions.json cannot be read: {e}")
    held, problems = check_listing(site, manifest)
    report.each(problems, f"all {len(held)} files listed in decisions.json are there, unchanged, "
                          "and every signed file is listed")
    signed = signed_files(held, report)
    rosters = check_rosters([(p, e) for p, e, _ in signed["roster"]], fp, report)
    if not rosters:
        return report.fail("without a trusted roster, no file on the site can be checked")
    fund = manifest.get("fund")
    if not isinstance(fund, dict) or fund.get("id") != rosters[0]["fund"]:
        report.fail(f"decisions.json does not name the pinned roster's fund, {rosters[0]['fund']}")
    meetings = check_meetings([(p, e) for p, e, _ in signed["meeting"]], rosters, report)
    by_meeting = {}
    for path, env, data in signed["decision"]:
        try:
            p, who = check_decision(env, rosters, meetings)
        except Refused as e:
            report.fail(f"{path}: the decision file is refused: {e}")
            continue
        revision = p.get("revision", 1)
        report.ok(f"{path}: decision file revision {revision} of meeting {p['meeting']}, {who}")
        by_meeting.setdefault(p["meeting"], []).append(
            {"path": path, "payload": p, "data": data, "hash": sha256(env[1]),
             "revision": revision})
    standing = [standing_file(m, by_meeting[m], report) for m in sorted(by_meeting)]
    standing = [f for f in standing if f]
    rows = rows_from(standing)
    report.each(compare_rows(manifest.get("decisions"), rows),
                f"decisions.json: its {len(rows)} rows are exactly what the signed files say")
    report.each(compare_csv(site, rows),
                f"decisions.csv: its {len(rows)} rows are exactly what the signed files say")
    check_records(held, standing, report)

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
        report.fail(f"the check stopped on something unexpected: {type(e).__name__}: {e}")
    if report.failed:
        print(f"{report.failed} of {report.passed + report.failed} checks FAILED: do not rely on "
              "this register until the failures above are explained.")
    else:
        print(f"All {report.passed} checks passed: the register is what its signed files say.")
    return 0 if report.failed == 0 and report.passed else 1

if __name__ == "__main__":
    sys.exit(main())
