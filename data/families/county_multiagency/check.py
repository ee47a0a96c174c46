"""Check the county_multiagency corpus: every file opens, and truth.json follows the conventions.

Run from the repository root:  .venv/bin/python data/families/county_multiagency/check.py
"""
import csv
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FILES = os.path.join(HERE, "files")
KEYS = ["purpose", "information_shared", "legal_basis", "individual_rights", "security", "format_frequency",
        "retention", "accuracy", "complaints", "breach", "agreement"]
FIELDS = ["file", "format", "title", "purpose", "lead", "partners", "statutes", "review_date", "review_basis",
          "commencement_date", "sections_present", "missing_sections"]
# Acts and regulations after the catalogue's coverage, or statutory instruments (not in ukpga_titles.lst)
OUTSIDE_CATALOGUE = {
    ("Data Protection Act", 2018), ("Homelessness Reduction Act", 2017), ("Domestic Abuse Act", 2021),
    ("UK General Data Protection Regulation", 2016), ("General Data Protection Regulation (EU)", 2016),
    ("Data Protection (Processing of Sensitive Personal Data) Order", 2000), ("Data Protection (Social Work) Order", 2000),
    ("Social Security (Information-sharing in relation to Welfare Services etc.) Regulations", 2012),
    ("Education (Pupil Information) (England) Regulations", 2005),
    ("Special Educational Needs and Disability Regulations", 2014),
    ("Local Authorities (Public Health Functions and Entry to Premises by Local Healthwatch Representatives) "
     "Regulations", 2013),
}


def norm(s):
    s = s.replace("\u00ad", "").replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(s.split())


def text_docx(path):
    import docx
    d = docx.Document(path)  # opens?
    assert d.paragraphs, path
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf8") for n in z.namelist()
                      if n.startswith("word/") and n.endswith(".xml"))
    # paragraph ends become spaces, then strip tags
    xml = re.sub(r"</w:p>", " ", xml)
    xml = re.sub(r"<w:tab/>", " ", xml)
    xml = re.sub(r"<w:br/>", " ", xml)
    txt = re.sub(r"<[^>]+>", "", xml)
    import html
    return html.unescape(txt)


def text_pdf(path):
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True,
                                                           check=True).stdout).group(1))
    return out, pages


def text_doc(paths):
    tmp = tempfile.mkdtemp(prefix="cm_check_")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_county_multiagency", "--headless",
                    "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp] + paths, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    res = {}
    for p in paths:
        t = os.path.join(tmp, os.path.splitext(os.path.basename(p))[0] + ".txt")
        res[os.path.basename(p)] = open(t, encoding="utf-8-sig").read() if os.path.exists(t) else ""
    return res


def main():
    problems, notes = [], []
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    files = sorted(os.listdir(FILES))
    names = [r["file"] for r in truth]
    if sorted(names) != files or len(names) != len(set(names)):
        problems.append("truth records do not match files one-to-one")
    reg = {}
    with open(os.path.join(ROOT, "pipeline", "resources", "registry.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            reg[row["name"]] = row
    cat = set()
    for line in open("/work/shared/data/legislation/ukpga_titles.lst", encoding="utf-8"):
        parts = line.strip().split(";")
        if len(parts) >= 2 and parts[1].startswith("year="):
            cat.add((parts[0].rstrip(","), int(parts[1][5:])))

    docs = [os.path.join(FILES, f) for f in files if f.endswith(".doc")]
    doc_text = text_doc(docs)
    texts, pages = {}, {}
    for f in files:
        p = os.path.join(FILES, f)
        ext = f.rsplit(".", 1)[1]
        try:
            if ext == "docx":
                texts[f] = text_docx(p)
            elif ext == "pdf":
                texts[f], pages[f] = text_pdf(p)
            elif ext == "doc":
                texts[f] = doc_text[f]
            if len(texts[f].strip()) < 2000:
                problems.append("%s: too little text (%d chars)" % (f, len(texts[f].strip())))
        except Exception as e:  # noqa: BLE001
            problems.append("%s: does not open: %s" % (f, e))

    for r in truth:
        f = r["file"]
        if list(r.keys()) != FIELDS:
            problems.append("%s: fields %s" % (f, list(r.keys())))
        if r["format"] != f.rsplit(".", 1)[1]:
            problems.append("%s: format" % f)
        for who in ([r["lead"]] if r["lead"] else []) + r["partners"]:
            if who["org"] is not None and who["org"] not in reg:
                problems.append("%s: org %r not a registry name" % (f, who["org"]))
        if r["lead"] and r["lead"]["name"] in [p["name"] for p in r["partners"]]:
            problems.append("%s: lead among partners" % f)
        seen = set()
        for s in r["statutes"]:
            k = (s["title"], s["year"])
            if k in seen:
                problems.append("%s: statute twice %s" % (f, k))
            seen.add(k)
            if k not in cat and k not in OUTSIDE_CATALOGUE:
                problems.append("%s: statute title not in catalogue: %s" % (f, k))
        for k in ("review_date", "commencement_date"):
            if r[k] is not None:
                dt.date.fromisoformat(r[k])
        if (r["review_basis"] == "none") != (r["review_date"] is None):
            problems.append("%s: review basis/date" % f)
        if sorted(r["sections_present"] + r["missing_sections"]) != sorted(KEYS):
            problems.append("%s: sections" % f)
        # strings quoted by the truth, looked for in the text extracted from the file itself
        t = norm(texts.get(f, ""))
        for label, s in [("title", r["title"]), ("purpose", r["purpose"])] + \
                ([("lead", r["lead"]["name"])] if r["lead"] else []) + \
                [("partner", p["name"]) for p in r["partners"]] + \
                [("citation", s["citation"]) for s in r["statutes"]]:
            if norm(s) not in t:
                notes.append("%s: %s not found verbatim in extracted text: %s" % (f, label, s[:70]))
    for f in files:
        if f in pages:
            print("%-48s %2d pages" % (f, pages[f]))
    print("\n%d files, %d truth records" % (len(files), len(truth)))
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
