"""Does TF-IDF similarity (jieba words with the legal dictionary, or character n-grams) help the
five content items where heading patterns and cue lists find nothing?

    python bench/ablation.py

For every labelled report and content.* rule whose rule-based coverage is `none` or `body`,
the fallback compares each top-level section (title + body) with the rule's description
(title + guidance) by TF-IDF cosine similarity; at or above a threshold it upgrades the
finding to heading coverage (pass). Accuracy against the hand labels is printed for
thresholds 0.10–0.40, beside the rules-only accuracy. Numbers go to bench/RESULTS.md.
"""
from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

ITEMS = ["content.measures", "content.shortcomings", "content.first_responsibility", "content.next_year",
         "content.other"]


def main() -> int:
    import lawcheck
    from evaluate import load_labels
    from lawcheck.rulebook import load_rulebook
    from lawcheck.terms import segment
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    book = load_rulebook()
    labels_path = os.path.join(ROOT, "tests", "eval", "labels.yaml")
    cases = []  # (expected, rules_verdict, coverage, [section texts], rule)
    for entry in load_labels(labels_path):
        r = lawcheck.check(os.path.join(ROOT, "tests", "eval", entry["file"]), rules=book)
        doc = r.document
        secs = [doc.text[s.start:s.end] for s in doc.sections]
        for rid in ITEMS:
            f = r.finding(rid)
            if rid in entry["expected"] and f.verdict != "skip":
                cases.append((entry["expected"][rid], f.verdict, f.coverage, secs, book.get(rid)))
    base = sum(1 for c in cases if c[0] == c[1]) / len(cases)
    print(f"content items judged: {len(cases)}; rules only: accuracy {base:.3f}")
    descriptions = {rid: book.get(rid).title + "。" + book.get(rid).guidance for rid in ITEMS}
    all_secs = [s for c in cases for s in c[3]]
    variants = {
        "jieba words": TfidfVectorizer(analyzer=lambda t: segment(t), sublinear_tf=True),
        "char 2-3 grams": TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True),
    }
    for name, vec in variants.items():
        vec.fit(all_secs + list(descriptions.values()))
        print(f"\n{name}:")
        # Where the rules found no heading: how similar is the best section, by hand label?
        spread: dict[str, list[float]] = {}
        for expected, verdict, coverage, secs, rule in cases:
            if coverage in ("none", "body") and secs:
                sims = cosine_similarity(vec.transform([descriptions[rule.id]]), vec.transform(secs))[0]
                spread.setdefault(expected, []).append(round(float(sims.max()), 3))
        for label, values in sorted(spread.items()):
            print(f"  label {label}: n={len(values)}, best-section similarity {min(values):.3f}–{max(values):.3f}")
        for threshold in (0.05, 0.10, 0.15, 0.20, 0.25, 0.30):
            correct = upgraded = 0
            for expected, verdict, coverage, secs, rule in cases:
                got = verdict
                if coverage in ("none", "body") and secs:
                    sims = cosine_similarity(vec.transform([descriptions[rule.id]]), vec.transform(secs))[0]
                    if sims.max() >= threshold:
                        got = "pass"
                        upgraded += 1
                correct += got == expected
            print(f"  threshold {threshold:.2f}: accuracy {correct / len(cases):.3f} ({upgraded} findings upgraded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
