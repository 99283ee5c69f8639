"""Near-duplicate check for da_scam_fresh2.jsonl against the existing real corpus.
A new line must not share >= 50% of its 8-char shingles with any existing line.
Also checks schema and the max-3-lines-per-family rule. Does not import vaern."""
import glob, json, re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.dirname(HERE)
NEW = os.path.join(HERE, "da_scam_fresh2.jsonl")
def norm(t): return re.sub(r"\W+", " ", t.lower()).strip()
def sh(t):
    t = norm(t); return {t[i:i+8] for i in range(max(1, len(t)-7))}
old = []
for f in glob.glob(os.path.join(REAL, "*.jsonl")) + glob.glob(os.path.join(HERE, "*.jsonl")):
    if os.path.abspath(f) == NEW: continue
    for l in open(f, encoding="utf-8"):
        if l.strip(): old.append((os.path.basename(f), json.loads(l)["text"]))
oldsh = [(f, t, sh(t)) for f, t in old]
new = [json.loads(l) for l in open(NEW, encoding="utf-8") if l.strip()]
KEYS = ["text","label","kind","lang","channel","org","sender","source","published","retrieved","family","verbatim","note"]
bad = 0; fam = collections.Counter(); newsh = []
for i, r in enumerate(new, 1):
    assert list(r.keys()) == KEYS, (i, list(r.keys()))
    assert r["label"] == 1 and r["kind"] == "scam" and r["lang"] == "da" and r["retrieved"] == "2026-12-04"
    assert r["channel"] in ("sms","email","call","url") and r["family"].startswith("fresh/")
    fam[r["family"]] += 1
    s = sh(r["text"])
    for f, t, o in oldsh + newsh:
        ov = len(s & o) / len(s)
        if ov >= 0.5:
            bad += 1; print(f"DUP line {i} ({ov:.2f}) vs {f}: {t[:70]!r}")
            break
    newsh.append((f"new#{i}", r["text"], s))
for k, v in fam.items():
    if v > 3: bad += 1; print("family >3:", k, v)
print(f"{len(new)} lines, {bad} problems")
sys.exit(1 if bad else 0)
