#!/usr/bin/env python3
"""Writes the PV Coder demonstration dictionary (meddra/*.asc) from demo_terms.txt and the SMQs below.

The output follows MSSO's distribution file format ($-separated, trailing $, English files in Latin-1),
so the same loader reads it and a licensed release. Codes of well-known PTs and of the SOCs are the public
MedDRA codes; every other code is synthetic (>= 90000000) and assigned here in order of appearance,
so running the script again gives the same files.

    python3 meddra/tools/generate_demo.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
VERSION = "0.1"

next_code = {"HLGT": 90100001, "HLT": 90200001, "PT": 90300001, "LLT": 90400001, "SMQ": 90900001}


def synthetic(kind):
    code = next_code[kind]
    next_code[kind] += 1
    return code


socs = []            # (code, name, abbrev, order)
hlgts = {}           # name -> code
hlts = {}            # name -> code
pts = {}             # name -> (code, primary soc code)
llts = []            # (code, name, pt code, current)
soc_hlgt, hlgt_hlt, hlt_pt = [], [], []   # (parent, child), in order, no duplicates
pt_paths = []        # (pt name, hlt code, hlgt code, soc code, primary)


def link(links, parent, child):
    if (parent, child) not in links:
        links.append((parent, child))


soc = hlgt = hlt = None
secondary = []
for raw in (HERE / "demo_terms.txt").read_text(encoding="utf-8").splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    kind, rest = line.split(" ", 1)
    if kind == "SOC":
        code, rest = rest.split(" ", 1)
        name, abbrev, order = [part.strip() for part in rest.split("|")]
        soc = int(code)
        socs.append((soc, name, abbrev, int(order)))
    elif kind == "HLGT":
        hlgt = hlgts.setdefault(rest, synthetic("HLGT"))
        link(soc_hlgt, soc, hlgt)
    elif kind == "HLT":
        hlt = hlts.setdefault(rest, synthetic("HLT"))
        link(hlgt_hlt, hlgt, hlt)
    elif kind == "PT":
        code, rest = rest.split(" ", 1)
        names = [n.strip() for n in rest.split(";")]
        pt_name = names[0]
        assert pt_name not in pts, pt_name
        pt_code = synthetic("PT") if code == "-" else int(code)
        pts[pt_name] = (pt_code, soc)
        link(hlt_pt, hlt, pt_code)
        pt_paths.append((pt_name, hlt, hlgt, soc, True))
        llts.append((pt_code, pt_name, pt_code, True))
        for llt in names[1:]:
            current = not llt.endswith("~")
            llts.append((synthetic("LLT"), llt.rstrip("~").strip(), pt_code, current))
    elif kind == "PT+":
        secondary.append((rest, hlt, hlgt, soc))
    else:
        raise ValueError("unknown line: " + raw)

for pt_name, hlt_code, hlgt_code, soc_code in secondary:
    link(hlt_pt, hlt_code, pts[pt_name][0])
    pt_paths.append((pt_name, hlt_code, hlgt_code, soc_code, False))

names = [l[1].lower() for l in llts]
assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
codes = [l[0] for l in llts]
assert len(codes) == len(set(codes))

# --- SMQs: (name, level, description, algorithm, [(pt or llt name, scope 2 narrow / 1 broad, category)], [sub-SMQ names])
SMQS = [
    ("Anaphylactic reaction (SMQ)", 1,
     "Demonstration query for anaphylaxis: narrow terms name it; broad terms are its signs, grouped by category.",
     "A or (B and C) or (D and (B or C))",
     [("Anaphylactic reaction", 2, "A"), ("Anaphylactic shock", 2, "A"), ("Anaphylactoid reaction", 2, "A"),
      ("Anaphylaxis", 2, "A"),
      ("Bronchospasm", 1, "B"), ("Wheezing", 1, "B"), ("Dyspnoea", 1, "B"),
      ("Urticaria", 1, "C"), ("Angioedema", 1, "C"), ("Pruritus", 1, "C"), ("Erythema", 1, "C"), ("Flushing", 1, "C"),
      ("Hypotension", 1, "D"), ("Blood pressure decreased", 1, "D"), ("Circulatory collapse", 1, "D")],
     []),
    ("Drug related hepatic disorders - comprehensive search (SMQ)", 1,
     "Demonstration query for drug-related liver disorders; its terms sit in its sub-SMQs.", "N", [],
     ["Drug related hepatic disorders - severe events only (SMQ)",
      "Liver related investigations, signs and symptoms (SMQ)"]),
    ("Drug related hepatic disorders - severe events only (SMQ)", 2,
     "Demonstration sub-query: severe liver injury.", "N",
     [("Hepatic failure", 2, "A"), ("Hepatotoxicity", 2, "A"), ("Drug-induced liver injury", 2, "A"),
      ("Hepatitis", 2, "A"), ("Cholestasis", 2, "A"), ("Jaundice", 1, "A")],
     []),
    ("Liver related investigations, signs and symptoms (SMQ)", 2,
     "Demonstration sub-query: liver tests and signs.", "N",
     [("Alanine aminotransferase increased", 2, "A"), ("Aspartate aminotransferase increased", 2, "A"),
      ("Blood bilirubin increased", 2, "A"), ("Gamma-glutamyltransferase increased", 2, "A"),
      ("Hepatic enzyme increased", 2, "A"), ("Transaminases increased", 2, "A"),
      ("Liver function test abnormal", 2, "A"), ("Liver enzymes elevated", 2, "A"),
      ("Blood alkaline phosphatase increased", 1, "A"), ("Hepatic steatosis", 1, "A")],
     []),
]
smq_codes = {smq[0]: synthetic("SMQ") for smq in SMQS}
llt_by_name = {l[1]: l for l in llts}


def write(file, rows):
    text = "".join("$".join(str(f) for f in row) + "$\n" for row in rows)
    (OUT / file).write_bytes(text.encode("latin-1"))


soc_by_code = {s[0]: s for s in socs}
hlgt_names = {code: name for name, code in hlgts.items()}
hlt_names = {code: name for name, code in hlts.items()}
legacy9 = [""] * 7   # the legacy cross-reference columns (WHO-ART, HARTS, COSTART, ICD-9, ICD-9-CM, ICD-10, J-ART)

write("meddra_release.asc", [(VERSION, "English", "")])
write("soc.asc", [(c, n, a, *legacy9) for c, n, a, _ in socs])
write("hlgt.asc", [(c, n, *legacy9) for n, c in hlgts.items()])
write("hlt.asc", [(c, n, *legacy9) for n, c in hlts.items()])
write("pt.asc", [(c, n, "", s, *legacy9) for n, (c, s) in pts.items()])
write("llt.asc", [(c, n, p, "", "", "", "", "", "", "Y" if cur else "N", "") for c, n, p, cur in llts])
write("soc_hlgt.asc", soc_hlgt)
write("hlgt_hlt.asc", hlgt_hlt)
write("hlt_pt.asc", hlt_pt)
write("mdhier.asc", [(pts[pt][0], hlt, hlgt, s, pt, hlt_names[hlt], hlgt_names[hlgt], soc_by_code[s][1],
                      soc_by_code[s][2], "", pts[pt][1], "Y" if primary else "N")
                     for pt, hlt, hlgt, s, primary in pt_paths])
write("intl_ord.asc", [(order, c) for c, _, _, order in sorted(socs, key=lambda s: s[3])])
write("smq_list.asc", [(smq_codes[name], name, level, description, "PV Coder demonstration", "", VERSION, "A", algorithm)
                       for name, level, description, algorithm, _, _ in SMQS])
content = []
for name, _, _, _, terms, subs in SMQS:
    for sub in subs:
        content.append((smq_codes[name], smq_codes[sub], 0, 0, "", 0, "A", VERSION, VERSION))
    for term, scope, category in terms:
        if term in pts:
            content.append((smq_codes[name], pts[term][0], 4, scope, category, 0, "A", VERSION, VERSION))
        else:
            content.append((smq_codes[name], llt_by_name[term][0], 5, scope, category, 0, "A", VERSION, VERSION))
write("smq_content.asc", content)

print(f"{len(socs)} SOCs, {len(hlgts)} HLGTs, {len(hlts)} HLTs, {len(pts)} PTs, {len(llts)} LLTs "
      f"({sum(1 for l in llts if not l[3])} non-current), {len(pt_paths)} paths, {len(SMQS)} SMQs, {len(content)} SMQ terms")
