"""Generate the wales_waspi blind corpus family.

Run from the repository root:  .venv/bin/python data/families/wales_waspi/make.py
Writes files/ and truth.json beside this script. Deterministic: the content, the DOCX
packages and the reportlab PDFs are byte-stable; LibreOffice PDFs have their dates and IDs
fixed afterwards; legacy .doc files carry LibreOffice's own timestamps.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import engine  # noqa: E402
from content_a import AGREEMENTS_A  # noqa: E402
from content_b import AGREEMENTS_B  # noqa: E402

KEYS = ['purpose', 'information_shared', 'legal_basis', 'individual_rights', 'security',
        'format_frequency', 'retention', 'accuracy', 'complaints', 'breach', 'agreement']
PROFILE = 'file:///tmp/lo_wales_waspi'


def soffice(fmt, srcs, outdir):
    cmd = ['soffice', '-env:UserInstallation=' + PROFILE, '--headless', '--convert-to', fmt,
           '--outdir', outdir] + srcs
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    files = os.path.join(HERE, 'files')
    if os.path.isdir(files):
        shutil.rmtree(files)
    os.makedirs(files)
    tmp = tempfile.mkdtemp(prefix='wales_waspi_')
    agreements = AGREEMENTS_A + AGREEMENTS_B
    to_pdf, to_doc = [], []
    outputs = []  # (filename, fmt, truth)
    for ag, truth in agreements:
        fmts = ag['formats']
        need_word = any(kind == 'word' for _f, kind in fmts)
        if need_word:
            src = os.path.join(tmp, ag['id'] + '.docx')
            engine.render_docx(ag, src)
        for fmt, kind in fmts:
            name = ag['id'] + '.' + fmt
            if fmt == 'docx':
                shutil.copy(src, os.path.join(files, name))
            elif fmt == 'pdf' and kind == 'reportlab':
                engine.render_pdf(ag, os.path.join(files, name))
            elif fmt == 'pdf':
                to_pdf.append(src)
            elif fmt == 'doc':
                to_doc.append(src)
            outputs.append((name, fmt, ag, truth))
    if to_pdf:
        soffice('pdf', to_pdf, tmp)
        for src in to_pdf:
            base = os.path.splitext(os.path.basename(src))[0]
            dst = os.path.join(files, base + '.pdf')
            shutil.copy(os.path.join(tmp, base + '.pdf'), dst)
            engine.fix_pdf_bytes(dst)
    if to_doc:
        soffice('doc', to_doc, tmp)
        for src in to_doc:
            base = os.path.splitext(os.path.basename(src))[0]
            shutil.copy(os.path.join(tmp, base + '.doc'), os.path.join(files, base + '.doc'))
    shutil.rmtree(tmp)

    records = []
    for name, fmt, ag, truth in sorted(outputs, key=lambda o: o[0]):
        present = engine.sections_of(ag)
        present = [k for k in KEYS if k in present]
        assert engine.purpose_of(ag) == truth['purpose'], ag['id']
        rec = {
            'file': name,
            'format': fmt,
            'title': truth['title'],
            'purpose': truth['purpose'],
            'lead': truth['lead'],
            'partners': truth['partners'],
            'statutes': truth['statutes'],
            'review_date': truth['review_date'],
            'review_basis': truth['review_basis'],
            'commencement_date': truth['commencement_date'],
            'sections_present': present,
            'missing_sections': [k for k in KEYS if k not in present],
        }
        records.append(rec)
    with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(records, fh, indent=2, ensure_ascii=False)
        fh.write('\n')
    print('wrote %d files for %d agreements' % (len(records), len(agreements)))


if __name__ == '__main__':
    main()
