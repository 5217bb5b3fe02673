"""Tests of publish/verify.py, the register's reference verifier.

Each test builds a register site in a temporary folder from the signed test vectors of
tests/vectors/ (and tests/vectors/authority/, the authority-over-time scenario), writes
decisions.json and decisions.csv with a row derivation of its own (not verify.py's), and
runs verify.py on it the way a reader would: as a program, in its own process.

    .venv/bin/python publish/test_verify.py        (needs PyNaCl)
"""

import base64
import copy
import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

from nacl.signing import SigningKey

HERE = os.path.dirname(os.path.abspath(__file__))
VERIFY = os.path.join(HERE, "verify.py")
sys.path.insert(0, HERE)
import verify  # the verify.py beside this file, for its naming rule; sites run it as a program
# The sync-format test vectors of the repository (or of SCDESK_VECTORS, for a copy).
BASE = os.environ.get("SCDESK_VECTORS", os.path.join(HERE, "..", "tests", "vectors"))
AUTHORITY = os.path.join(BASE, "authority")
TYPE = "application/vnd.scdesk.{}+json".format
OUR_KINDS = {TYPE(k): k for k in ("roster", "meeting", "decision")}
OTHER_KINDS = {TYPE(k) for k in ("enrolment", "dossier-package", "position", "contributions")}
COLUMNS = ["meeting", "record_number", "meeting_title", "meeting_date", "decision_file",
           "decision_payload_sha256", "revision", "signed_at", "item", "agenda_text",
           "programme", "programme_title", "countries", "thematic_area", "outcome",
           "conditions", "amount", "currency", "source", "record_pdf", "split"]


def manifest(folder):
    with open(os.path.join(folder, "vectors.json"), encoding="utf-8") as f:
        return json.load(f)


BASE_M, AUTH_M = manifest(BASE), manifest(AUTHORITY)
KEYS = AUTH_M["keys"]  # the authority scenario's keys include every base one
FP = AUTH_M["pinned_roster"]["fmu_fingerprint"]
assert FP == BASE_M["pinned_roster"]["fmu_fingerprint"]


def name_of(signed_id):
    """docs/register.md §2, written again here: a plain id names itself; any other has its
    ASCII letters lowercased, is made safe and told apart by 8 hex digits of its SHA-256."""
    if re.fullmatch(r"[a-z0-9_-]+", signed_id):
        return signed_id
    plain = "abcdefghijklmnopqrstuvwxyz0123456789_-"
    safe = "".join(c.lower() if c.isascii() and c.lower() in plain else "_" for c in signed_id)
    return safe + "-" + hashlib.sha256(signed_id.encode("utf-8")).hexdigest()[:8]


def vector(folder, name):
    with open(os.path.join(folder, name), "rb") as f:
        return f.read()


def envelope(data):
    return json.loads(data)


def payload_bytes(data):
    return base64.b64decode(envelope(data)["payload"])


def payload(data):
    return json.loads(payload_bytes(data))


def signature(signer, kind, raw):
    """A DSSE signature over (type, payload bytes) with a test key of vectors.json."""
    ptype = TYPE(kind).encode()
    message = b"DSSEv1 " + str(len(ptype)).encode() + b" " + ptype + b" " + \
        str(len(raw)).encode() + b" " + raw
    sig = SigningKey(bytes.fromhex(KEYS[signer]["seed"])).sign(message).signature
    return {"keyid": KEYS[signer]["keyid"], "sig": base64.b64encode(sig).decode()}


def sign(signer, kind, body, before=()):
    """An envelope as SC Desk writes one, signed here with a test key of vectors.json;
    `before` are signatures put ahead of the signer's."""
    raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    return json.dumps({"payload": base64.b64encode(raw).decode(), "payloadType": TYPE(kind),
                       "signatures": list(before) + [signature(signer, kind, raw)]},
                      separators=(",", ":")).encode()


def in_english(rec):
    """A format 3 record (in no language, docs/sync-format.md §4.8.1) as the register words
    it, in English: countries joined with ", " where a dossier is named, areas "N. name"."""
    if "fund" not in rec:
        return rec
    items = []
    for i in rec["items"]:
        n = i.get("area")
        name = rec["areas"].get(str(n), {}).get("en") if n is not None else None
        items.append(dict(i, countries=", ".join(i["countries"])
                          if i.get("dossier_reference") is not None else None,
                          area=None if n is None else ("%d. %s" % (n, name) if name else str(n))))
    return dict(rec, fund_name=rec["fund"]["en"], items=items)


def expected_rows(standing):
    """The rows the brief specifies, from (path, bytes) of each meeting's standing file."""
    rows = []
    standing = sorted(standing, key=lambda s: (payload(s[1])["record"]["starts_at"],
                                               payload(s[1])["meeting"]))
    for path, data in standing:
        p = payload(data)
        rec = in_english(p["record"])
        for d in p["decisions"]:
            items = [i for i in rec["items"] if i["item"] == d["item"]]
            item = items[0] if items else {}
            f = d["funding"]
            src = None
            if f:
                src = "pool" if f["source"]["kind"] == "pool" else "area:%d" % f["source"]["area"]
            rows.append({
                "meeting": p["meeting"], "record_number": rec["record_number"],
                "meeting_title": rec["meeting_title"], "meeting_date": rec["starts_at"][:10],
                "decision_file": path,
                "decision_payload_sha256": hashlib.sha256(payload_bytes(data)).hexdigest(),
                "revision": p.get("revision", 1), "signed_at": p["signed_at"],
                "item": d["item"], "agenda_text": item.get("text"),
                "programme": item.get("dossier_reference"),
                "programme_title": item.get("dossier_title"),
                "countries": item.get("countries"), "thematic_area": item.get("area"),
                "outcome": d["outcome"], "conditions": d["conditions"],
                "amount": f["amount"] if f else None, "currency": "USD" if f else None,
                "source": src, "split": f["split"] if f else [],
                "record_pdf": "records/record-%s.pdf" % name_of(p["meeting"])})
    return rows


def failures(out):
    """The FAILED lines of verify.py's output (not its summary)."""
    return [line for line in out.splitlines() if line.startswith("FAILED:")]


def csv_text(rows, columns=COLUMNS):
    """The CSV records of the rows; a column the register does not have holds "x"."""
    out = []
    for r in rows:
        cells = {k: ("" if v is None else str(v)) for k, v in r.items()}
        cells["split"] = "; ".join("%s: %s" % (s["organisation"], s["amount"]) for s in r["split"])
        out.append([cells.get(c, "x") for c in columns])
    return out


class Site:
    """A register site in a folder, as `scdesk publish` lays one out."""

    def __init__(self, root, rosters, meetings, decisions, extra=()):
        self.root = root
        self.entries = []
        self.fund = {"id": "mmptf", "name": "Migration Multi-Partner Trust Fund"}
        self.columns = COLUMNS
        for n, data in enumerate(rosters, 1):
            self.add("files/roster-v%d.dsse" % n if n == payload(data)["version"]
                     else "files/roster-vector-%d.dsse" % n, "roster", data)
        for data in meetings:
            self.add("files/meeting-%s.dsse" % name_of(payload(data)["meeting"]["id"]), "meeting",
                     data)
        newest = {}  # meeting -> (revision, path, bytes): the one the test means to stand
        for data in decisions:
            p = payload(data)
            rev = p.get("revision", 1)
            path = "files/decision-%s-r%d.dsse" % (name_of(p["meeting"]), rev)
            while any(e["path"] == path for e in self.entries):
                path = path.replace(".dsse", "x.dsse")
            self.add(path, "decision", data)
            if rev >= newest.get(p["meeting"], (0,))[0]:
                newest[p["meeting"]] = (rev, path, data)
        standing = [(path, data) for _, path, data in newest.values()]
        for path, data in standing:
            pdf = b"%PDF-1.7\n% a stand-in record\n" + data.strip() + b"\n%%EOF\n"
            self.add("records/record-%s.pdf" % name_of(payload(data)["meeting"]), "record", pdf)
        for path, kind, data in extra:
            self.add(path, kind, data)
        self.rows = expected_rows(standing)
        self.write_tables()
        shutil.copy(VERIFY, os.path.join(root, "verify.py"))

    def add(self, path, kind, data):
        self.write(path, data)
        self.entries.append({"path": path, "kind": kind, "sha256": hashlib.sha256(data).hexdigest()})

    def write(self, path, data):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)

    def write_tables(self, rows=None, csv_rows=None, bom=True):
        doc = {"register": 1, "fund": self.fund,
               "period": {"from": None, "to": None}, "files": self.entries,
               "decisions": self.rows if rows is None else rows}
        self.write("decisions.json", json.dumps(doc, indent=2, ensure_ascii=False).encode())
        # SC Desk starts decisions.csv with a byte-order mark, as utf-8-sig writes one.
        with open(os.path.join(self.root, "decisions.csv"), "w", newline="",
                  encoding="utf-8-sig" if bom else "utf-8") as f:
            writer = csv.writer(f, lineterminator="\r\n")
            writer.writerow(self.columns)
            writer.writerows(csv_text(self.rows) if csv_rows is None else csv_rows)

    def move(self, old, new):
        """Put a listed file under another name, listed and linked from the rows by it."""
        os.rename(os.path.join(self.root, old), os.path.join(self.root, new))
        for entry in self.entries:
            entry["path"] = new if entry["path"] == old else entry["path"]
        for row in self.rows:
            row["decision_file"] = new if row["decision_file"] == old else row["decision_file"]
        self.write_tables()

    def read(self, path):
        with open(os.path.join(self.root, path), "rb") as f:
            return f.read()

    def run(self, *args, fingerprint=FP, folder=True):
        command = [sys.executable, os.path.join(self.root, "verify.py")]
        command += [self.root] if folder else []
        command += list(args) + (["--fingerprint", fingerprint] if fingerprint else [])
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        return done.returncode, done.stdout + done.stderr


def trust(scenario):
    """The scenario's trust files as a site holds them: (rosters, {meeting id: bytes})."""
    folder = AUTHORITY if scenario is AUTH_M else BASE
    rosters, meetings = [], {}
    for name in scenario["trust"]:
        data = vector(folder, name)
        kind = OUR_KINDS.get(envelope(data)["payloadType"])
        if kind == "roster":
            rosters.append(data)
        elif kind == "meeting":
            meetings[payload(data)["meeting"]["id"]] = data
    if scenario is AUTH_M:
        # Roster version 2 replaced the FMU key that signed both meetings, and a meeting is
        # judged by the newest roster (§5.10). A site therefore carries each meeting's latest
        # revision signed by the FMU in office: the vector for sc-2026-04, one made here for
        # sc-2025-02.
        meetings["sc-2026-04"] = vector(AUTHORITY, "valid-meeting-new-fmu.dsse")
        meetings["sc-2025-02"] = resigned_past_meeting()
    return folder, rosters, meetings


def resigned_past_meeting():
    p = payload(vector(AUTHORITY, "meeting-past.dsse"))
    p.update(revision=2, issued_at="2026-11-27T10:00:00Z")
    return sign("new-fmu", "meeting", p)


def correction(of, signer="new-chair", revision=2, signed_at="2026-12-15T09:00:00Z", fixes=None):
    """A correction of decision file `of`: item 3 gets conditions, item 1 a funding decision."""
    p = payload(of)
    first = copy.deepcopy(p["decisions"][0])
    p.update(revision=revision, signed_at=signed_at, corrects={
        "file": fixes or hashlib.sha256(payload_bytes(of)).hexdigest(),
        "reason": "The conditions were left out.", "previous": [first]})
    item3 = dict(first, outcome="approved_with_conditions", conditions="Report by June, in full.")
    item1 = dict(copy.deepcopy(first), item=1, funding={
        "amount": "400000", "source": {"kind": "area", "area": 4},
        "split": [{"organisation": "ILO", "amount": "152763.82"},
                  {"organisation": "IOM", "amount": "138693.47"},
                  {"organisation": "UN Women", "amount": "108542.71"}]})
    p["decisions"] = [item1, item3]
    p["record"]["items"] = [
        {"item": 1, "text": "Fair recruitment — Philippines",
         "dossier_reference": "MMPTF-JP-2026-01", "dossier_title": "Fair recruitment, \"Philippines\"",
         "countries": "Philippines, Qatar", "area": "4. Protecting migrants"},
        {"item": 3, "text": "Annual report 2025", "dossier_reference": None, "dossier_title": None,
         "countries": None, "area": None}]
    return sign(signer, "decision", p)


class VerifyTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="register-test-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.count = 0

    def site(self, rosters, meetings, decisions, extra=()):
        self.count += 1
        root = os.path.join(self.tmp, "site%d" % self.count)
        return Site(root, rosters, meetings, decisions, extra)

    def authority_site(self, decisions, meetings=None):
        _, rosters, held = trust(AUTH_M)
        rosters = rosters + [vector(AUTHORITY, "valid-roster-v3.dsse")]
        return self.site(rosters, list((meetings or held).values()), decisions)

    def assertPasses(self, site, *args, **kw):
        code, out = site.run(*args, **kw)
        self.assertEqual(code, 0, out)
        self.assertNotIn("FAILED", out)
        self.assertIn("checks passed", out)
        return out

    def assertRefused(self, site, *expected, **kw):
        code, out = site.run(**kw)
        self.assertEqual(code, 1, out)
        self.assertNotIn("Traceback", out)
        for text in expected:
            self.assertIn(text, out)
        return out

    # ---- the vectors, as vectors.json says ----

    def test_vectors_of_the_register_kinds(self):
        """Every valid roster, meeting or decision vector verifies on a site of its scenario's
        trust files; every must-reject one is refused with the code vectors.json gives."""
        seen = set()
        for scenario in (BASE_M, AUTH_M):
            folder, rosters, meetings = trust(scenario)
            for v in scenario["vectors"]:
                data = vector(folder, v["file"])
                try:
                    ptype = envelope(data)["payloadType"]
                except (ValueError, KeyError, TypeError):
                    ptype = None
                if ptype in OTHER_KINDS:
                    continue  # positions, packages, enrolments, statements: not published
                kind = OUR_KINDS.get(ptype)
                with self.subTest(vector=v["file"]):
                    seen.add(v["file"])
                    held, decisions, extra = dict(meetings), [], []
                    more_rosters = []
                    if kind == "roster":
                        more_rosters = [data]
                    elif kind == "meeting":
                        held[payload(data)["meeting"]["id"]] = data
                    elif kind == "decision":
                        decisions = [data]
                    else:  # not an envelope, or a type SC Desk does not know
                        extra = [("files/decision-x-r1.dsse", "decision", data)]
                    site = self.site(rosters + more_rosters, list(held.values()), decisions, extra)
                    if v["expect"] == "valid":
                        self.assertPasses(site)
                    else:
                        self.assertRefused(site, "[%s]" % v["code"])
        # The decision vectors the brief names are among them.
        for name in ("valid-decision.dsse", "valid-decision-new-chair.dsse",
                     "valid-decision-history.dsse", "reject-demoted-chair.dsse",
                     "reject-member-signs-decision.dsse", "reject-no-quorum-approval.dsse",
                     "reject-dropped-fmu-roster.dsse", "reject-rollback.dsse"):
            self.assertIn(name, seen)

    def test_base_site_verifies(self):
        folder, rosters, meetings = trust(BASE_M)
        site = self.site(rosters + [vector(BASE, "valid-roster-v2.dsse")],
                         [meetings["sc-2026-04"]], [vector(BASE, "valid-decision.dsse")])
        out = self.assertPasses(site)
        self.assertIn("the roster in force on the meeting's date, 2026-12-10", out)
        self.assertEqual(site.rows[0]["agenda_text"], "Annual report 2025")

    def test_authority_site_with_history_verifies(self):
        site = self.authority_site([vector(AUTHORITY, "valid-decision-new-chair.dsse"),
                                    vector(AUTHORITY, "valid-decision-history.dsse")])
        out = self.assertPasses(site)
        self.assertIn("roster version 1, the roster in force on the meeting's date, 2025-06-10", out)
        self.assertIn("roster version 3, the roster in force on the meeting's date, 2026-12-10", out)

    def test_runs_from_its_own_folder_with_a_grouped_fingerprint(self):
        site = self.authority_site([vector(AUTHORITY, "valid-decision-new-chair.dsse")])
        grouped = ":".join(FP[i:i + 4] for i in range(0, 64, 4)).upper()
        self.assertPasses(site, fingerprint=" " + grouped + " ", folder=False)

    # ---- signers without authority, corrections, disputes ----

    def test_decisions_signed_without_authority_are_refused(self):
        body = payload(vector(AUTHORITY, "valid-decision-new-chair.dsse"))
        for signer, code in (("removed", "key_removed"), ("member-1", "key_rotated"),
                             ("outsider", "unknown_key"), ("short-term", "outside_term"),
                             ("new-un-1", "role_may_not_sign"), ("chair", "role_may_not_sign")):
            with self.subTest(signer=signer):
                site = self.authority_site([sign(signer, "decision", body)])
                self.assertRefused(site, "[%s]" % code, "decisions.json has a row for meeting "
                                   "sc-2026-04, item 3, which no standing decision file gives")

    def test_a_correction_by_the_chair_in_office_stands(self):
        first = vector(AUTHORITY, "valid-decision-new-chair.dsse")
        site = self.authority_site([first, correction(first)])
        out = self.assertPasses(site)
        self.assertIn("the decision file that stands is files/decision-sc-2026-04-r2.dsse", out)
        self.assertIn("the newest roster, on the correction's date, 2026-12-15", out)
        self.assertEqual([r["item"] for r in site.rows], [1, 3])
        self.assertEqual(site.rows[0]["source"], "area:4")

    def test_a_correction_of_history_by_the_chair_in_office_stands(self):
        first = vector(AUTHORITY, "valid-decision-history.dsse")
        self.assertPasses(self.authority_site([first, correction(first)]))

    def test_a_correction_by_the_demoted_chair_is_refused(self):
        first = vector(AUTHORITY, "valid-decision-history.dsse")  # a meeting the old chair chaired
        site = self.authority_site([first, correction(first, signer="chair")])
        self.assertRefused(site, "[role_may_not_sign]")

    def test_a_correction_outside_the_chain_is_refused(self):
        first = vector(AUTHORITY, "valid-decision-new-chair.dsse")
        site = self.authority_site([first, correction(first, fixes="ab" * 32)])
        self.assertRefused(site, "corrects a file that is no valid decision file of meeting "
                           "sc-2026-04 on this site")
        site = self.authority_site([first, correction(first, revision=3)])
        self.assertRefused(site, "does not continue an unbroken chain")

    def test_a_correction_without_a_reason_is_refused(self):
        first = vector(AUTHORITY, "valid-decision-new-chair.dsse")
        p = payload(correction(first))
        p["corrects"]["reason"] = " \u200b "
        site = self.authority_site([first, sign("new-chair", "decision", p)])
        self.assertRefused(site, "[bad_payload]")

    def test_two_decision_files_of_one_revision_dispute(self):
        first = vector(AUTHORITY, "valid-decision-new-chair.dsse")
        p = payload(first)
        p["signed_at"] = "2026-12-11T10:00:00Z"
        site = self.authority_site([first, sign("new-chair", "decision", p)])
        self.assertRefused(site, "are different files of one revision")

    def test_a_history_meeting_signed_by_a_dropped_fmu_key_is_refused(self):
        # What §5.10 implies for a register: a meeting file is judged by the newest roster,
        # so the original sc-2025-02 (signed by the FMU key roster 2 replaced) is refused.
        _, rosters, meetings = trust(AUTH_M)
        meetings["sc-2025-02"] = vector(AUTHORITY, "meeting-past.dsse")
        site = self.authority_site([vector(AUTHORITY, "valid-decision-history.dsse")], meetings)
        self.assertRefused(site, "[key_rotated]", "[unknown_meeting]")

    # ---- tampering with the register ----

    def corrected_site(self):
        first = vector(AUTHORITY, "valid-decision-new-chair.dsse")
        site = self.authority_site([first, correction(first)])
        self.assertPasses(site)
        return site

    def test_a_changed_amount_in_decisions_json_is_refused(self):
        site = self.corrected_site()
        rows = copy.deepcopy(site.rows)
        rows[0]["amount"] = "4000000"
        site.write_tables(rows=rows)
        self.assertRefused(site, 'Meeting sc-2026-04, item 1: amount is "4000000" in '
                           'decisions.json, but the signed decision file says "400000"')

    def test_other_changes_in_decisions_json_are_refused(self):
        site = self.corrected_site()
        for change, expected in (
                (lambda rows: rows[1].update(revision=1.0),
                 "Meeting sc-2026-04, item 3: revision is 1.0"),
                (lambda rows: rows[0]["split"].reverse(), "Meeting sc-2026-04, item 1: split is"),
                (lambda rows: rows.pop(),
                 "decisions.json lacks the row for meeting sc-2026-04, item 3"),
                (lambda rows: rows.append(dict(rows[0], item=7)),
                 "decisions.json has a row for meeting sc-2026-04, item 7, which no standing"),
                (lambda rows: rows[0].pop("conditions"), "conditions is missing"),
                (lambda rows: rows[0].update(note="x"), "adds a field 'note'")):
            with self.subTest(expected=expected):
                rows = copy.deepcopy(site.rows)
                change(rows)
                site.write_tables(rows=rows)
                self.assertRefused(site, expected)

    def test_a_changed_csv_cell_is_refused(self):
        site = self.corrected_site()
        cells = csv_text(site.rows)
        cells[1][COLUMNS.index("outcome")] = "approved"
        site.write_tables(csv_rows=cells)
        self.assertRefused(site, 'Meeting sc-2026-04, item 3: outcome is "approved" in '
                           'decisions.csv, but the signed decision file says '
                           '"approved_with_conditions"')
        cells = csv_text(site.rows)
        cells[0][COLUMNS.index("split")] = "ILO: 400000"
        site.write_tables(csv_rows=cells)
        self.assertRefused(site, 'Meeting sc-2026-04, item 1: split is "ILO: 400000" in '
                           'decisions.csv')

    def test_a_changed_byte_in_a_decision_file_is_refused(self):
        site = self.corrected_site()
        path = "files/decision-sc-2026-04-r2.dsse"
        data = bytearray(site.read(path))
        at = data.index(b'"payload":"') + 200
        data[at] = ord("A") if data[at] != ord("A") else ord("B")
        site.write(path, bytes(data))
        self.assertRefused(site, "files/decision-sc-2026-04-r2.dsse is not the file decisions.json "
                           "lists", "[bad_signature]")
        # Listing the new SHA-256 does not help: the signature still does not match.
        for entry in site.entries:
            if entry["path"] == path:
                entry["sha256"] = hashlib.sha256(bytes(data)).hexdigest()
        site.write_tables()
        out = self.assertRefused(site, "[bad_signature]")
        self.assertNotIn("not the file decisions.json lists", out)

    def test_a_record_pdf_without_the_standing_file_is_refused(self):
        site = self.corrected_site()
        site.write("records/record-sc-2026-04.pdf", b"%PDF-1.7\n%%EOF\n")
        self.assertRefused(site, "The record records/record-sc-2026-04.pdf does not carry the "
                           "decision file that stands for meeting sc-2026-04")

    def test_an_unlisted_signed_file_is_refused(self):
        site = self.corrected_site()
        site.write("files/decision-sc-2026-04-r9.dsse", vector(AUTHORITY, "reject-demoted-chair.dsse"))
        self.assertRefused(site, "files/decision-sc-2026-04-r9.dsse is on the site but not listed")

    def test_malformed_files_are_failures_not_crashes(self):
        site = self.corrected_site()
        site.write("files/roster-v2.dsse", b'{"payload":"eyJmb3JtYXQiOjJ9","payloadType":')
        out = self.assertRefused(site, "[truncated]")
        site = self.corrected_site()
        site.write("decisions.csv", b"\xff\xfe not UTF-8")
        self.assertRefused(site, "decisions.csv cannot be read")
        for garbage in (b"[1, 2", b"[]", b'{"register": 1, "fund": {}, "files": [7, {"path": "/etc/passwd"}]}'):
            with self.subTest(garbage=garbage):
                site.write("decisions.json", garbage)
                self.assertRefused(site)
        self.assertNotIn("Traceback", out)

    # ---- the fingerprint ----

    def test_a_wrong_fingerprint_is_refused(self):
        site = self.corrected_site()
        self.assertRefused(site, "[fingerprint_mismatch]", fingerprint=KEYS["outsider"]["keyid"])
        # §5.2 checks the signature before the seat: the chair's key did not sign roster 1.
        self.assertRefused(site, "[bad_signature]", fingerprint=KEYS["chair"]["keyid"])
        # A roster the chair signed, pinned with the chair's fingerprint: not the FMU's key.
        _, _, meetings = trust(BASE_M)
        forged = sign("chair", "roster", payload(vector(BASE, "roster-v1.dsse")))
        site = self.site([forged], [meetings["sc-2026-04"]], [vector(BASE, "valid-decision.dsse")])
        self.assertRefused(site, "[signer_not_fmu]", fingerprint=KEYS["chair"]["keyid"])
        self.assertRefused(site, "[bad_signature]")  # the true FMU fingerprint: not its signature
        # The FMU key of roster 2 is not the one that signed the first roster.
        self.assertRefused(site, "[fingerprint_mismatch]", fingerprint=KEYS["new-fmu"]["keyid"])

    def test_a_missing_fingerprint_is_a_usage_error(self):
        site = self.corrected_site()
        code, out = site.run(fingerprint=None)
        self.assertEqual(code, 2, out)
        self.assertIn("annual report", out)
        self.assertIn("somewhere other than this site", out)
        code, out = site.run(fingerprint="3475 0f98")
        self.assertEqual(code, 2, out)

    # ---- file names (docs/register.md §2) ----

    def test_file_names_from_ids(self):
        hex8 = lambda text: hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        for signed_id, expected in (("sc-2026-03", "sc-2026-03"), ("a_b-9", "a_b-9"),
                                    ("../x", "___x-" + hex8("../x")), ("A", "a-" + hex8("A")),
                                    ("SC 2026/03", "sc_2026_03-" + hex8("SC 2026/03")),
                                    ("Réunion", "r_union-" + hex8("Réunion")),
                                    # ASCII letters only are lowercased, as SC Desk does
                                    ("\u0130D", "_d-" + hex8("\u0130D")),
                                    ("\u212a9", "_9-" + hex8("\u212a9")),
                                    ("", "-" + hex8(""))):
            with self.subTest(signed_id=signed_id):
                self.assertEqual(verify.file_name(signed_id), expected)
                self.assertEqual(name_of(signed_id), expected)
        # Ids that one made-safe name would merge get different files.
        self.assertNotEqual(verify.file_name("sc/1"), verify.file_name("sc_1"))
        self.assertNotEqual(verify.file_name("A"), verify.file_name("a"))

    def odd_id_site(self, meeting_id="SC 2026/04"):
        """The base scenario with its meeting renamed to an id that is no plain file name."""
        _, rosters, meetings = trust(BASE_M)
        meeting = payload(meetings["sc-2026-04"])
        meeting["meeting"]["id"] = meeting_id
        decision = payload(vector(BASE, "valid-decision.dsse"))
        decision["meeting"] = meeting_id
        return self.site(rosters + [vector(BASE, "valid-roster-v2.dsse")],
                         [sign("fmu", "meeting", meeting)], [sign("chair", "decision", decision)])

    def test_a_meeting_id_that_is_no_plain_name_names_its_files_safely(self):
        site = self.odd_id_site()
        name = "sc_2026_04-" + hashlib.sha256(b"SC 2026/04").hexdigest()[:8]
        out = self.assertPasses(site)
        for path in ("files/meeting-%s.dsse" % name, "files/decision-%s-r1.dsse" % name,
                     "records/record-%s.pdf" % name):
            self.assertIn(path, out)
            self.assertTrue(os.path.isfile(os.path.join(site.root, path)), path)
        self.assertEqual(site.rows[0]["record_pdf"], "records/record-%s.pdf" % name)

    def test_a_file_not_where_the_naming_rule_puts_it_is_refused(self):
        site = self.odd_id_site()
        name = "sc_2026_04-" + hashlib.sha256(b"SC 2026/04").hexdigest()[:8]
        site.move("files/decision-%s-r1.dsse" % name, "files/decision-SC_2026_04-r1.dsse")
        self.assertRefused(site, "The decision file of meeting SC 2026/04, revision 1, is at "
                           "files/decision-SC_2026_04-r1.dsse, but the register's naming rule "
                           "puts it at files/decision-%s-r1.dsse" % name)

    # ---- the fund (docs/register.md §3) ----

    def test_the_fund_of_decisions_json_is_the_fund_of_the_signed_files(self):
        site = self.authority_site([vector(AUTHORITY, "valid-decision-new-chair.dsse"),
                                    vector(AUTHORITY, "valid-decision-history.dsse")])
        out = self.assertPasses(site)
        self.assertIn('names the fund every signed file is for, "mmptf"', out)
        first = payload(vector(AUTHORITY, "valid-decision-history.dsse"))  # sc-2025-02 is first
        self.assertEqual(site.fund["name"], first["record"]["fund_name"])
        site.fund = {"id": "other-fund", "name": site.fund["name"]}
        site.write_tables()
        self.assertRefused(site, 'decisions.json says the register is of fund "other-fund", but '
                           "files/roster-v1.dsse, files/roster-v2.dsse, files/roster-v3.dsse "
                           'and 4 more are signed for fund "mmptf"')
        site.fund = {"id": "mmptf", "name": "Another Trust Fund"}
        site.write_tables()
        self.assertRefused(site, 'decisions.json gives the fund\'s name as "Another Trust Fund", '
                           "but the decision file of the first meeting, "
                           "files/decision-sc-2025-02-r1.dsse, says %s"
                           % json.dumps(first["record"]["fund_name"], ensure_ascii=False))

    # ---- nothing unlisted, exactly the columns (docs/register.md §3, §4) ----

    def test_an_unlisted_file_in_records_is_refused(self):
        site = self.corrected_site()
        site.write("records/notes.txt", b"not a record")
        site.write("records/old/record-sc-2026-04.pdf", site.read("records/record-sc-2026-04.pdf"))
        self.assertRefused(site, "records/notes.txt is on the site but not listed in "
                           "decisions.json",
                           "records/old/record-sc-2026-04.pdf is on the site but not listed")

    def test_the_csv_has_exactly_the_register_columns(self):
        site = self.corrected_site()
        swapped = list(COLUMNS)
        swapped[1], swapped[2] = swapped[2], swapped[1]
        for columns, expected in (
                (COLUMNS + ["note"],
                 'decisions.csv has the column "note", which the register does not define'),
                ([c for c in COLUMNS if c != "currency"],
                 'decisions.csv lacks the column "currency"'),
                (swapped, 'decisions.csv has its columns in another order: column 2 is '
                          '"meeting_title", where "record_number" belongs'),
                (COLUMNS + ["amount"], 'decisions.csv has the column "amount" more than once')):
            with self.subTest(expected=expected):
                site.columns = columns
                site.write_tables(csv_rows=csv_text(site.rows, columns))
                out = self.assertRefused(site, expected)
                # The rows still match cell by cell: only the header is named.
                self.assertEqual(len(failures(out)), 1, out)
        site.columns = COLUMNS
        site.write_tables()
        self.assertPasses(site)

    def test_the_csv_may_start_with_a_byte_order_mark_or_not(self):
        site = self.corrected_site()
        self.assertTrue(site.read("decisions.csv").startswith(b"\xef\xbb\xbf"))
        site.write_tables(bom=False)
        self.assertFalse(site.read("decisions.csv").startswith(b"\xef\xbb\xbf"))
        self.assertPasses(site)

    # ---- rows by (meeting, item) ----

    def test_two_rows_swapped_is_one_order_message(self):
        site = self.corrected_site()
        rows = copy.deepcopy(site.rows)
        rows[0], rows[1] = rows[1], rows[0]
        site.write_tables(rows=rows)
        out = self.assertRefused(site, "decisions.json lists the decisions in another order than "
                                 "the signed files give: it has meeting sc-2026-04, item 3 where "
                                 "meeting sc-2026-04, item 1 belongs")
        self.assertEqual(len(failures(out)), 1, out)
        site.write_tables(csv_rows=list(reversed(csv_text(site.rows))))
        out = self.assertRefused(site, "decisions.csv lists the decisions in another order")
        self.assertEqual(len(failures(out)), 1, out)

    # ---- the key the record prints is the key checked ----

    def test_the_first_signature_must_be_the_chairs(self):
        _, rosters, meetings = trust(BASE_M)
        body = payload(vector(BASE, "valid-decision.dsse"))
        raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        garbage = base64.b64encode(bytes(64)).decode()
        for what, first in (
                ("a chair's key id over a signature that does not verify",
                 {"keyid": KEYS["chair"]["keyid"], "sig": garbage}),
                ("an outsider's key id over a signature that does not verify",
                 {"keyid": KEYS["outsider"]["keyid"], "sig": garbage}),
                ("a member's valid signature", signature("member-1", "decision", raw)),
                ("an outsider's valid signature", signature("outsider", "decision", raw))):
            with self.subTest(first=what):
                site = self.site(rosters + [vector(BASE, "valid-roster-v2.dsse")],
                                 [meetings["sc-2026-04"]],
                                 [sign("chair", "decision", body, before=[first])])
                self.assertRefused(site, "The decision file files/decision-sc-2026-04-r1.dsse is "
                                   "refused because its first signature is not the chair's: the "
                                   "record would show a key nobody checked")
        # The chair's signature first, a member's after it: the record shows the chair's key.
        chair_first = json.loads(sign("chair", "decision", body))
        chair_first["signatures"].append(signature("member-1", "decision", raw))
        site = self.site(rosters + [vector(BASE, "valid-roster-v2.dsse")], [meetings["sc-2026-04"]],
                         [json.dumps(chair_first).encode()])
        self.assertPasses(site)

    # ---- plain words ----

    def test_every_line_is_in_plain_words(self):
        site = self.corrected_site()
        rows = copy.deepcopy(site.rows)
        rows[0]["amount"] = "4000000"
        site.write_tables(rows=rows)
        site.add("files/decision-sc-2026-04-r9.dsse", "decision",
                 vector(AUTHORITY, "reject-demoted-chair.dsse"))
        site.write_tables(rows=rows)
        code, out = site.run()
        lines = out.strip().splitlines()
        self.assertRegex(lines[-1], r"^\d+ of \d+ checks FAILED: do not rely on this register")
        for line in lines[:-1]:
            self.assertRegex(line, r"^(ok|FAILED): [A-Za-z]", line)
            # A machine code, if any, only at the end, in brackets.
            for code in re.findall(r"\[[a-z_]+\]", line):
                self.assertTrue(line.endswith(code), line)
        self.assertIn("[role_may_not_sign]", out)


class IatiTest(unittest.TestCase):
    """Step 7 on its own: iati-activities.xml against rows derived from signed files."""

    ROWS = [
        {"meeting": "sc-1", "item": 1, "outcome": "approved", "amount": "300",
         "programme": "JP-1", "programme_title": "Safe routes", "meeting_date": "2026-09-15",
         "split": [{"organisation": "IOM", "amount": "200"},
                   {"organisation": "UNICEF", "amount": "100"}]},
        {"meeting": "sc-1", "item": 2, "outcome": "deferred", "amount": None,
         "programme": "JP-2", "programme_title": "Later", "meeting_date": "2026-09-15",
         "split": []},
    ]
    XML = """<iati-activities version="2.03">
 <iati-activity><iati-identifier>XI-X-1-JP-1</iati-identifier>
  <reporting-org ref="XI-X-1"><narrative>Agent</narrative></reporting-org>
  <title><narrative>Safe routes</narrative></title>
  <transaction ref="sc-1/item-1/1"><value value-date="2026-09-15">200</value>
   <receiver-org><narrative>IOM</narrative></receiver-org></transaction>
  <transaction ref="sc-1/item-1/2"><value value-date="2026-09-15">100</value>
   <receiver-org><narrative>UNICEF</narrative></receiver-org></transaction>
 </iati-activity>
</iati-activities>"""

    def problems(self, xml):
        return verify.iati_problems(verify.ElementTree.fromstring(xml), self.ROWS)

    def test_the_approved_funding_passes(self):
        self.assertEqual(self.problems(self.XML), [])

    def test_every_change_is_named(self):
        cases = [
            (self.XML.replace(">200<", ">201<"),
             'in transaction sc-1/item-1/1, the amount is "201", but the signed decision file '
             'says "200"'),
            (self.XML.replace("<narrative>IOM", "<narrative>UNDP"), 'the receiver is "UNDP"'),
            (self.XML.replace('value-date="2026-09-15">100', 'value-date="2026-09-16">100'),
             'the date is "2026-09-16"'),
            (self.XML.replace("Safe routes", "Other"), 'programme JP-1 is titled "Other"'),
            (self.XML.replace("sc-1/item-1/2", "sc-1/item-2/1"),
             'lacks the transaction sc-1/item-1/2'),
            (self.XML.replace("XI-X-1-JP-1", "XI-X-1-JP-2"),
             "has an activity for programme JP-2, which no signed decision funds"),
            (self.XML.replace('ref="XI-X-1"', 'ref="XI-Y-1"'), "is not named after its reporting"),
            (self.XML.replace('version="2.03"', 'version="2.02"'), "not an IATI 2.03"),
        ]
        for xml, words in cases:
            with self.subTest(words=words):
                found = self.problems(xml)
                self.assertTrue(any(words in p for p in found), found)


if __name__ == "__main__":
    unittest.main()
