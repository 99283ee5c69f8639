"""Does training on the read blind message sets help? (docs/messages.md, "The read blind sets as
training data")

``python -m bench.check_blind_training A``: the shipped models on the blind sets 1-36 (never
trained on them). ``B``: the blind sets join the training corpus, each set one cross-validation
group; prints the source-grouped out-of-fold figures on the real Danish messages and the
blind sets' out-of-fold flagged rates. ``C``: as B, but the score model never sees the blind
sets (only the classifier learns from them). About ten minutes each on two cores.
"""

import dataclasses
import sys
from pathlib import Path

import numpy as np

from vaern.messages import classifier, corpus, scoring
from vaern.messages.training import _summary, _with_floors, score_rows

DATA = Path(__file__).resolve().parent / "data"
SETS = range(1, 37)  # the sets read when the experiment was run


def blind() -> list[corpus.Example]:
    out = []
    for n in SETS:
        for ex in corpus.read_jsonl(DATA / f"msg_blind{n}.jsonl"):
            out.append(dataclasses.replace(ex, family=f"msgblind{n}", synthetic=True))
    return out


def rates(tag: str, flags: np.ndarray, exs: list[corpus.Example]) -> None:
    y = np.array([e.label for e in exs])
    k = np.array([e.kind for e in exs])
    s, g, w = flags[y == 1], flags[(y == 0) & (k != "warning")], flags[k == "warning"]
    print(f"{tag}: scams {s.sum()}/{len(s)} = {s.mean():.3f}", end="  ")
    print(f"genuine {g.sum()}/{len(g)} = {g.mean():.3f}  warnings {w.sum()}/{len(w)}")


def main(mode: str) -> None:
    bl = blind()
    base, _ = corpus.split()
    if mode == "A":
        p = classifier.probabilities([e.text for e in bl])
        rows, floors = score_rows(bl, p)
        model = scoring._load()
        s = scoring.predict(model, rows)
        langs = classifier.languages(bl)
        flags = np.zeros(len(bl), bool)
        for lang in ("da", "en"):
            m = langs == lang
            cut = {
                "suspicious_at": model["languages"][lang]["suspicious_at"],
                "scam_at": model["languages"][lang]["scam_at"],
            }
            seen = _with_floors(s[m], [f for f, mm in zip(floors, m, strict=True) if mm], cut)
            flags[m] = seen >= cut["suspicious_at"]
        rates("A blind", flags, bl)
    else:
        train = list(base) + bl
        langs = classifier.languages(train)
        oof = classifier.out_of_fold(train, langs)
        y = np.array([e.label for e in train])
        rows, floors = score_rows(train, oof)
        groups = classifier.groups(train)
        isb = np.array([e.source.startswith("generator:msg_blind") for e in train])
        if mode == "C":  # the score model never sees the blind rows
            keep = np.flatnonzero(~isb)
            sub = [rows[i] for i in keep]
            shrink = scoring.choose_shrink(sub, y[keep], groups[keep])
            score_oof = np.zeros(len(train))
            score_oof[keep] = scoring.out_of_fold(sub, y[keep], groups[keep], shrink)
            fitted = scoring.fit(sub, y[keep], shrink)
            bl_idx = np.flatnonzero(isb)
            score_oof[bl_idx] = scoring.predict(fitted, [rows[i] for i in bl_idx])
        else:
            shrink = scoring.choose_shrink(rows, y, groups)
            score_oof = scoring.out_of_fold(rows, y, groups, shrink)
        real = np.array([not e.synthetic for e in train])
        flags = np.zeros(len(train), bool)
        for lang in ("da", "en"):
            mask = langs == lang
            lf = [f for f, m in zip(floors, mask, strict=True) if m]
            legit = (real & (y == 0))[mask]
            cut = scoring.choose_cutoffs(score_oof[mask], lf, legit, scoring.LOWEST[lang])
            seen = _with_floors(score_oof[mask], lf, cut)
            flags[mask] = seen >= cut["suspicious_at"]
            print(lang, cut, "real", _summary(seen[real[mask]], y[mask & real], cut))
        rates(
            f"{mode} blind (out-of-fold by set)",
            flags[isb],
            [e for e, b in zip(train, isb, strict=True) if b],
        )


if __name__ == "__main__":
    main(sys.argv[1])
