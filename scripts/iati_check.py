#!/usr/bin/env python3
"""Checks a register's iati-activities.xml with lxml against the IATI Standard 2.03: the
official XML Schema (iati-activities-schema.xsd, with iati-common.xsd and xml.xsd) and the
official codelists, both as the pyIATI package on PyPI ships them. Shares no code with SC
Desk. What the file says against the signed decisions is verify.py's part.

Usage: iati_check.py FILE.xml STANDARD_DIR, where STANDARD_DIR holds schemas/ and
codelists/ (pyIATI's iati/resources/standard/2-03). Prints one line per check; exits 1 if
any fails.
"""
import sys
from decimal import Decimal

from lxml import etree

# (XPath of the attribute, codelist): every code the file uses must be on its list.
CODED = [
    ("//recipient-country/@code", "Country"),
    ("//@currency | //@default-currency", "Currency"),
    ("//reporting-org/@type | //participating-org/@type | //provider-org/@type"
     " | //receiver-org/@type", "OrganisationType"),
    ("//participating-org/@role", "OrganisationRole"),
    ("//transaction-type/@code", "TransactionType"),
    ("//activity-status/@code", "ActivityStatus"),
    ("//activity-date/@type", "ActivityDateType"),
    ("//description[not(parent::transaction)]/@type", "DescriptionType"),
    ("//iati-activity/@xml:lang", "Language"),
]

def codelist(standard, name):
    tree = etree.parse(f"{standard}/codelists/{name}.xml")
    return {c.text.strip() for c in tree.iter("code")}

def main(path, standard):
    failed = 0

    def check(ok, good, bad):
        nonlocal failed
        print(("ok: " + good) if ok else ("FAILED: " + bad))
        failed += not ok

    schema = etree.XMLSchema(etree.parse(f"{standard}/schemas/iati-activities-schema.xsd"))
    doc = etree.parse(path)
    valid = schema.validate(doc)
    check(valid, "valid against the IATI 2.03 activity schema",
          "not valid against the IATI 2.03 activity schema: "
          + "; ".join(str(e) for e in list(schema.error_log)[:5]))
    activities = doc.getroot().findall("iati-activity")
    check(bool(activities), f"{len(activities)} activities",
          "the file holds no activity")
    for xpath, name in CODED:
        allowed = codelist(standard, name)
        used = sorted({str(v) for v in doc.xpath(
            xpath, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})})
        unknown = [v for v in used if v not in allowed]
        check(used and not unknown, f"{name} codes on the official list: {', '.join(used)}",
              f"{name} codes not on the official list: {unknown or 'none used'}")
    ids = [a.findtext("iati-identifier") for a in activities]
    check(len(ids) == len(set(ids)), "every activity identifier is unique",
          f"an activity identifier is repeated: {ids}")
    for a in activities:
        ident = a.findtext("iati-identifier")
        ref = a.find("reporting-org").get("ref")
        check(ident.startswith(ref + "-"),
              f"{ident} begins with its reporting organisation's identifier",
              f"{ident} does not begin with {ref}-")
        shares = [Decimal(c.get("percentage")) for c in a.findall("recipient-country")]
        check(len(shares) <= 1 or sum(shares) == 100,
              f"{ident}: the recipient countries' shares add up to 100",
              f"{ident}: the recipient countries' shares add up to {sum(shares)}")
    return failed

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(1 if main(sys.argv[1], sys.argv[2]) else 0)
