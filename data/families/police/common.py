"""Block constructors and truth helpers shared by the agreement modules."""


def P(text, **opts):
    return ("p", text, opts)


def H(text, level=1):
    return ("h", text, level)


def N(label, text):
    return ("n", label, text)


def UL(items):
    return ("ul", list(items))


def T(rows, **opts):
    return ("table", [list(r) for r in rows], opts)


def BR():
    return ("br",)


def SP(points=12):
    return ("sp", points)


def TOC(entries):
    return ("toc", list(entries))


def TB(lines):
    """Text box: list of (text, size, bold)."""
    return ("textbox", list(lines))


def COLSTART():
    return ("colstart",)


def sig_table(rows, header=("Signatory", "Organisation", "Position", "Date"), widths=(3.9, 4.9, 4.4, 2.6)):
    return T([list(header)] + [list(r) for r in rows], widths=list(widths))


def statute(citation, title, year, provision):
    return {"citation": citation, "title": title, "year": year, "provision": provision}


def party(name, org):
    return {"name": name, "org": org}
