#!/usr/bin/env python3
"""Checks a decision record PDF for the PDF/A-3b markers that layout 2 promises, with
pikepdf (qpdf), which shares no code with SC Desk:

- PDF 1.7 header, a document /ID, no encryption, no JavaScript;
- XMP metadata with pdfaid:part 3 and conformance B, whose title, author, subject, tool,
  producer and dates are those of the document information dictionary;
- an sRGB OutputIntent (GTS_PDFA1) with an embedded three-component ICC profile;
- every font embedded (FontFile2) and subset (a six-capital prefix);
- the signed decision files attached as associated files of the document (/AF on the
  catalog, /AFRelationship /Source), each an embedded file with a MIME subtype and dates,
  and listed in the EmbeddedFiles name tree;
- a tagged document: /MarkInfo /Marked true, a structure tree, a language.

Usage: record_check.py RECORD.pdf [EXPECTED_ATTACHMENTS]. Prints one line per check;
exits 1 if any fails.
"""
import datetime
import re
import sys

import pikepdf

failures = []


def check(ok, what):
    print(("ok: " if ok else "FAILED: ") + what)
    if not ok:
        failures.append(what)


def pdf_date(value):
    """A PDF date string (D:YYYYMMDDHHmmSSZ or with an offset) as an aware datetime."""
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?", value)
    if not m:
        return None
    y, mo, d, h, mi, s, tz = m.groups()
    offset = datetime.timedelta(0)
    if tz and tz != "Z":
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace("'", "")
        offset = sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
    return datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s),
                             tzinfo=datetime.timezone(offset))


def main():
    path = sys.argv[1]
    expected_files = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with open(path, "rb") as f:
        head = f.read(16)
    check(head.startswith(b"%PDF-1.7"), "the header says PDF 1.7")
    pdf = pikepdf.open(path)
    root = pdf.Root
    trailer = pdf.trailer
    check("/ID" in trailer and len(trailer.ID) == 2, "the trailer has a document /ID")
    check("/Encrypt" not in trailer, "the file is not encrypted")
    names = root.get("/Names", pikepdf.Dictionary())
    check("/JavaScript" not in names and "/OpenAction" not in root and "/AA" not in root,
          "the file has no JavaScript or automatic actions")

    # XMP against the document information dictionary.
    info = trailer.Info
    meta = pdf.open_metadata()
    check(meta.get("pdfaid:part") == "3", "XMP pdfaid:part is 3")
    check(meta.get("pdfaid:conformance") == "B", "XMP pdfaid:conformance is B")
    check(meta.get("dc:title") == str(info.Title), "XMP dc:title is the Info title")
    check(meta.get("dc:creator") == [str(info.Author)], "XMP dc:creator is the Info author")
    check(meta.get("dc:description") == str(info.Subject),
          "XMP dc:description is the Info subject")
    check(meta.get("xmp:CreatorTool") == str(info.Creator), "XMP CreatorTool is the Info creator")
    check(meta.get("pdf:Producer") == str(info.Producer), "XMP pdf:Producer is the Info producer")
    for xmp_key, info_key in (("xmp:CreateDate", "/CreationDate"), ("xmp:ModifyDate", "/ModDate")):
        xmp_value = meta.get(xmp_key)
        same = xmp_value is not None and info_key in info and \
            datetime.datetime.fromisoformat(xmp_value.replace("Z", "+00:00")) == pdf_date(str(info[info_key]))
        check(same, f"XMP {xmp_key} is the Info {info_key[1:]}")
    check("/Filter" not in root.Metadata, "the XMP stream is not compressed")

    # Output intent.
    intents = root.get("/OutputIntents", [])
    check(len(intents) == 1 and intents[0].S == "/GTS_PDFA1", "one PDF/A output intent")
    if intents:
        profile = intents[0].DestOutputProfile
        data = profile.read_bytes()
        check(profile.N == 3 and data[36:40] == b"acsp" and data[16:20] == b"RGB ",
              "its profile is an embedded RGB ICC profile")

    # Fonts.
    fonts = {}
    for page in pdf.pages:
        for name, font in page.Resources.Font.items():
            fonts[font.objgen] = font
    for font in fonts.values():
        descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
        descriptor = descendant.FontDescriptor
        embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        check(embedded, f"font {font.BaseFont} is embedded")
        check(re.match(r"^/[A-Z]{6}\+", str(font.BaseFont)) is not None,
              f"font {font.BaseFont} is a subset")
        check("/ToUnicode" in font, f"font {font.BaseFont} maps its glyphs to text")

    # Associated files.
    af = root.get("/AF", [])
    check(len(af) == expected_files, f"the catalog's /AF lists {expected_files} file(s)")
    tree = pikepdf.NameTree(names.EmbeddedFiles) if "/EmbeddedFiles" in names else {}
    in_tree = {spec.objgen for _, spec in tree.items()}
    for spec in af:
        name = str(spec.get("/UF", spec.get("/F")))
        check(spec.get("/AFRelationship") == "/Source", f"{name} is the record's source")
        check(spec.objgen in in_tree, f"{name} is in the EmbeddedFiles name tree")
        ef = spec.EF.F
        check(ef.get("/Subtype") == "/application#2Fjson" or str(ef.get("/Subtype")) == "/application/json",
              f"{name} has a MIME subtype")
        params = ef.get("/Params", {})
        check("/ModDate" in params and "/CreationDate" in params and "/Size" in params,
              f"{name} has its dates and size")
        check(ef.read_bytes().startswith(b'{"payload"'), f"{name} is a DSSE envelope")

    # Tagged.
    check(root.get("/MarkInfo", {}).get("/Marked") is True, "/MarkInfo /Marked is true")
    check("/StructTreeRoot" in root, "the document has a structure tree")
    check(str(root.get("/Lang", "")) != "", "the document states its language")
    for page in pdf.pages:
        check("/StructParents" in page, "every page is tied to the structure tree")
        break

    print(f"record check: {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
