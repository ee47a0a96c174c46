"""Check the generated corpus: every file opens, and every truth string is really in it."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"


def norm(s: str) -> str:
    s = s.replace("\u00ad", "").replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"-\s*\n\s*", "-", s)  # keep hyphens broken at line ends
    return re.sub(r"\s+", " ", s).strip()


def text_pdf(p: Path):
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(p), "-"], capture_output=True,
                         text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return txt, pages


def text_docx(p: Path):
    import docx
    d = docx.Document(str(p))  # must open
    with zipfile.ZipFile(p) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]
        chunks = []
        for n in sorted(parts):
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"<w:tab/>", "\t", xml)
            chunks.append(re.sub(r"<[^>]+>", "", xml))
    import html
    return html.unescape("\n".join(chunks)), len(d.paragraphs)


def text_doc(p: Path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_fire_housing",
                        "--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", td, str(p)], check=True, capture_output=True, timeout=240)
        out = Path(td) / (p.stem + ".txt")
        t = out.read_text(encoding="utf-8-sig")
        # headers are not in the txt export: read them via a docx round-trip
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_fire_housing",
                        "--headless", "--norestore", "--convert-to", "docx", "--outdir", td,
                        str(p)], check=True, capture_output=True, timeout=240)
        t2, _ = text_docx(Path(td) / (p.stem + ".docx"))
    return t + "\n" + t2, None


def main():
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    files = sorted(f.name for f in FILES.iterdir())
    names = [r["file"] for r in truth]
    ok = True
    if sorted(names) != files or len(set(names)) != len(names):
        print("MISMATCH files vs truth", set(files) ^ set(names))
        ok = False
    for r in truth:
        p = FILES / r["file"]
        fmt = r["format"]
        txt, pages = {"pdf": text_pdf, "docx": text_docx, "doc": text_doc}[fmt](p)
        t = norm(txt)
        probs = []
        checks = [("title", r["title"]), ("purpose", r["purpose"])]
        if r["lead"]:
            checks.append(("lead", r["lead"]["name"]))
        checks += [("partner", x["name"]) for x in r["partners"]]
        checks += [("statute", x["citation"]) for x in r["statutes"]]
        notes = []
        for kind, s in checks:
            if norm(s) in t:
                continue
            # pdftotext joins a word hyphenated at a line end ("anti-" + "social" -> "antisocial")
            if norm(s).replace("-", "") in t.replace("-", ""):
                notes.append(f"{kind} found only with line-end hyphens dropped")
                continue
            probs.append(f"{kind}: {s!r}")
        status = "ok" if not probs else "PROBLEMS"
        extra = f"{pages} pages" if fmt == "pdf" else ""
        print(f"{r['file']:45s} {fmt:4s} {status} {extra}")
        for x in notes:
            print("     note:", x)
        for x in probs:
            print("     missing", x)
            ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
