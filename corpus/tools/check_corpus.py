"""Sanity checks for the lawcheck report corpus.

    python corpus/tools/check_corpus.py

* every file listed in corpus/manifest.csv exists, and every report file is listed;
* .txt files decode with the encoding given in the manifest;
* .docx files open with python-docx;
* .html files parse with lxml, and the declared <meta charset> matches the manifest;
* each report body has 1,800-3,500 Han characters (synthetic files);
* pairwise similarity (Jaccard of character 5-gram sets after NFKC normalisation
  and whitespace removal): only the two deliberate copy pairs are > 0.5, all
  other pairs are < 0.25.

Exit status 0 when all checks pass.  This script only reads; it never writes.
"""
from __future__ import annotations

import csv
import difflib
import itertools
import re
import sys
import unicodedata
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
COPY_PAIRS = {
    frozenset({"synthetic/yi-police-2022.txt", "synthetic/yi-police-2023.txt"}),
    frozenset({"synthetic/jia-gov-2024.html", "synthetic/bing-gov-2024.txt"}),
}
ARTICLE_XPATHS = [
    '//div[@class="article-content"]',
    '//div[@id="zoom"]',
    '//div[@class="TRS_Editor"]',
    '//div[@class="content_text"]',
    '//div[@class="news-detail__body"]',
]


def extract(path: Path, row: dict) -> str:
    fmt = row["format"]
    data = path.read_bytes()
    if fmt == "txt":
        return data.decode(row["encoding"])
    if fmt == "docx":
        import docx
        d = docx.Document(str(path))
        return "\n".join(p.text for p in d.paragraphs)
    if fmt == "html":
        import lxml.html
        m = re.search(rb'<meta charset="([^"]+)"', data)
        if not m or m.group(1).decode().lower() != row["encoding"].lower():
            raise ValueError(f"meta charset {m and m.group(1)!r} != manifest {row['encoding']}")
        # lxml must detect the charset from the raw bytes by itself
        detected = lxml.html.parse(str(path)).docinfo.encoding or ""
        if detected.lower() != row["encoding"].lower():
            raise ValueError(f"lxml detected {detected!r}, manifest says {row['encoding']}")
        doc = lxml.html.fromstring(data.decode(row["encoding"]))
        for xp in ARTICLE_XPATHS:
            nodes = doc.xpath(xp)
            if nodes:
                return nodes[0].text_content()
        raise ValueError("no article container found")
    raise ValueError(fmt)


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def grams(text: str, n: int = 5) -> set[str]:
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def main() -> int:
    ok = True
    rows = list(csv.DictReader((CORPUS / "manifest.csv").open(encoding="utf-8")))
    listed = {r["file"] for r in rows}
    on_disk = {str(p.relative_to(CORPUS)) for d in ("real", "synthetic") for p in (CORPUS / d).iterdir()}
    if listed != on_disk:
        ok = False
        print("manifest/disk mismatch:", sorted(listed ^ on_disk))

    texts: dict[str, str] = {}
    for r in rows:
        path = CORPUS / r["file"]
        try:
            t = extract(path, r)
        except Exception as exc:  # noqa: BLE001
            ok = False
            print(f"FAIL {r['file']}: {exc}")
            continue
        han = len(re.findall(r"[\u4e00-\u9fff\u3007]", t))
        flag = ""
        if r["synthetic"] == "yes" and not 1800 <= han <= 3500:
            ok = False
            flag = "  <-- length out of range"
        print(f"ok   {r['file']:<36} {r['format']:<5} {r['encoding']:<10} han={han}{flag}")
        texts[r["file"]] = norm(t)

    print("\nPairwise similarity (5-gram Jaccard; SequenceMatcher ratio for pairs > 0.15):")
    g = {k: grams(v) for k, v in texts.items()}
    results = []
    for a, b in itertools.combinations(sorted(texts), 2):
        j = len(g[a] & g[b]) / len(g[a] | g[b])
        results.append((j, a, b))
    results.sort(reverse=True)
    for j, a, b in results:
        intended = frozenset({a, b}) in COPY_PAIRS
        if intended and j <= 0.5 or not intended and j >= 0.25:
            ok = False
            status = "FAIL"
        else:
            status = "copy" if intended else ""
        if intended or j > 0.15:
            r = difflib.SequenceMatcher(None, texts[a], texts[b], autojunk=False).ratio()
            print(f"  {j:.3f}  ratio={r:.3f}  {a}  ~  {b}  {status}")
    others = [j for j, a, b in results if frozenset({a, b}) not in COPY_PAIRS]
    print(f"  other pairs: n={len(others)} max={max(others):.3f} mean={sum(others) / len(others):.3f}")
    print("\nALL CHECKS PASSED" if ok else "\nSOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
