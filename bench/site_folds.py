#!/usr/bin/env python3
"""Leave-site-out scoring of benchmark predictions (stdlib only).

    bin/newslens evaluate site-folds --ground-truth GT --metric M [--k 5] [--types T] NAME=PRED ...

Splits the ground truth's pages into K folds by registrable domain (from each page's url alone:
a web.archive.org wrapper is unwrapped, the host lower-cased, and the domain is its last two
labels, or three when the second-to-last is a common second-level label under a two-letter
country code, as in example.co.uk). Domains are dealt to folds largest first, each to the fold
with the fewest pages so far (ties by name), so the folds are fixed by the urls alone and no site
is on both sides of a split.

Each NAME=PRED is one candidate: the predictions of one setting (a threshold, a weight, a hint
list) written by 'bin/newslens evaluate'. Scoring is done by the benchmark's own scorer, run on
the fold's pages (a ground-truth subset written to a temporary folder) for the body and date
metrics; title and author rates are computed here. Printed:
  * per fold: its pages and domains, and every candidate's figure on the fold;
  * in-sample: the candidate best on all pages, and its figure there;
  * leave-site-out: for each fold, the candidate best on the other K-1 folds, and its figure on
    the held-out fold; then all held-out pages scored together (each fold's pages predicted by
    the candidate chosen without it), the figure to quote.
With one candidate the two figures are the same and the per-fold spread is what it shows.

Metrics (M): extraction (extraction/score.py, shingle F1), dates (dates/score.py, exact-day
accuracy with null == null), wcxb-body and wcxb-date (wcxb/score.py; --types article for the
articles), wcxb-article (wcxb/score.py, is_article F1), wcxb-title (exact title after Unicode NFKC, case folding and whitespace collapsing,
over pages with a title), wcxb-author (the set of author names, split at commas, semicolons,
'&' and ' and ', each normalised as titles and without a leading 'by', equal to the truth's
set, over pages with an author; pages without one count when none is predicted).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zlib
from urllib.parse import urlsplit

SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gob", "nic", "mil"}
WAYBACK = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(.*)$")

SCORERS = {
    # metric: (scorer path below the benchmarks folder, pattern of the figure in its output)
    "extraction": ("extraction/score.py", re.compile(r"F1\(P,R\) (\d+\.\d+)")),
    "dates": ("dates/score.py", re.compile(r"^accuracy (\d+\.\d+)", re.M)),
    "wcxb-body": ("wcxb/score.py", re.compile(r"^wcxb body F1 (\d+\.\d+)", re.M)),
    "wcxb-date": ("wcxb/score.py", re.compile(r"^date accuracy (\d+\.\d+)", re.M)),
    "wcxb-article": ("wcxb/score.py", re.compile(r"^is_article precision .* F1 (\d+\.\d+)", re.M)),
}


def registrable_domain(url):
    url = (url or "").strip()
    m = WAYBACK.match(url)
    if m:
        url = m.group(1)
        if "://" not in url:
            url = "http://" + url
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    labels = [x for x in host.split(".") if x]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) if labels else "(no host)"


def assign_folds(rows, k):
    """id -> fold, dealing domains (largest first) to the fold with the fewest pages."""
    by_domain = {}
    for r in rows:
        by_domain.setdefault(registrable_domain(r.get("url")), []).append(str(r["id"]))
    sizes = [0] * k
    fold_of = {}
    order = sorted(by_domain, key=lambda d: (-len(by_domain[d]), zlib.crc32(d.encode()), d))
    for d in order:
        f = min(range(k), key=lambda i: (sizes[i], i))
        sizes[f] += len(by_domain[d])
        for i in by_domain[d]:
            fold_of[i] = f
    return fold_of, by_domain


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return re.sub(r"\s+", " ", s).strip(" \t\"'“”‘’")


def author_set(value):
    if value is None:
        return frozenset()
    if isinstance(value, list):
        parts = [p for v in value for p in re.split(r"\s*(?:[,;&]|\band\b)\s*", v or "")]
    else:
        parts = re.split(r"\s*(?:[,;&]|\band\b)\s*", value)
    names = set()
    for p in parts:
        n = re.sub(r"^by\s+", "", norm(p))
        if n:
            names.add(n)
    return frozenset(names)


def own_metric(metric, truth, preds):
    hits = n = 0
    for t in truth:
        p = preds.get(str(t["id"]), {})
        if metric == "wcxb-title":
            if not t.get("title"):
                continue
            n += 1
            hits += norm(p.get("title")) == norm(t["title"])
        else:
            n += 1
            hits += author_set(p.get("authors", p.get("author"))) == author_set(t.get("author"))
    return hits / n if n else 0.0


def read_jsonl(path):
    with open(path, encoding="utf8") as f:
        return [json.loads(line) for line in f if line.strip()]


class Scorer:
    def __init__(self, metric, benchmarks, types, tmp):
        self.metric, self.benchmarks, self.types, self.tmp = metric, benchmarks, types, tmp
        self.cache = {}

    def score(self, truth_lines, key, pred_path, preds):
        """The metric on the pages of truth_lines (raw JSON lines with their parsed rows)."""
        if self.metric in ("wcxb-title", "wcxb-author"):
            rows = [r for _, r in truth_lines]
            if self.types:
                rows = [r for r in rows if r.get("page_type") in self.types]
            return own_metric(self.metric, rows, preds)
        gt = self.cache.get(key)
        if gt is None:
            gt = os.path.join(self.tmp, "truth-%s.jsonl" % key)
            with open(gt, "w", encoding="utf8") as f:
                f.writelines(line for line, _ in truth_lines)
            self.cache[key] = gt
        script, pattern = SCORERS[self.metric]
        cmd = [sys.executable, os.path.join(self.benchmarks, script), gt, pred_path]
        if self.types:
            cmd += ["--types", ",".join(sorted(self.types))]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        m = pattern.search(out)
        if not m:
            sys.exit("site-folds: no figure in the output of %s:\n%s" % (" ".join(cmd), out))
        return float(m.group(1))


def main(argv):
    ap = argparse.ArgumentParser(description="leave-site-out scoring by registrable domain")
    ap.add_argument("--ground-truth", required=True)
    ap.add_argument("--metric", required=True, choices=sorted(SCORERS) + ["wcxb-title", "wcxb-author"])
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--types", help="page types to score (WCXB), e.g. article")
    ap.add_argument("--benchmarks", help="folder of the benchmarks (default: the ground truth's parent's parent)")
    ap.add_argument("--folds-out", help="also write {id, domain, fold} per page here")
    ap.add_argument("candidates", nargs="+", metavar="NAME=PRED")
    a = ap.parse_args(argv)
    if a.k < 2:
        ap.error("--k must be at least 2")
    cands = []
    for c in a.candidates:
        name, sep, path = c.partition("=")
        if not sep:
            name, path = os.path.basename(c), c
        if not os.path.exists(path):
            ap.error("predictions not found: " + path)
        cands.append((name, path))
    benchmarks = a.benchmarks or os.path.dirname(os.path.dirname(os.path.abspath(a.ground_truth)))
    types = set(a.types.split(",")) if a.types else None
    with open(a.ground_truth, encoding="utf8") as f:
        lines = [(line, json.loads(line)) for line in f if line.strip()]
    if types:
        lines = [(l, r) for l, r in lines if r.get("page_type") in types]
    fold_of, by_domain = assign_folds([r for _, r in lines], a.k)
    if a.folds_out:
        with open(a.folds_out, "w", encoding="utf8") as f:
            for _, r in lines:
                f.write(json.dumps({"id": r["id"], "domain": registrable_domain(r.get("url")),
                                    "fold": fold_of[str(r["id"])]}) + "\n")
    preds = {}
    for name, path in cands:
        preds[name] = {str(p["id"]): p for p in read_jsonl(path)}
    with tempfile.TemporaryDirectory(prefix="site-folds-") as tmp:
        s = Scorer(a.metric, benchmarks, types, tmp)
        on, off = {}, {}
        for f in range(a.k):
            inside = [(l, r) for l, r in lines if fold_of[str(r["id"])] == f]
            outside = [(l, r) for l, r in lines if fold_of[str(r["id"])] != f]
            on[f] = {n: s.score(inside, "in%d" % f, p, preds[n]) for n, p in cands}
            off[f] = {n: s.score(outside, "out%d" % f, p, preds[n]) for n, p in cands}
        everything = {n: s.score(lines, "all", p, preds[n]) for n, p in cands}
        domains = {}
        for d, ids in by_domain.items():
            domains.setdefault(fold_of[ids[0]], set()).add(d)
        print("%s on %s: %d pages, %d domains, %d folds by registrable domain" % (
            a.metric, a.ground_truth, len(lines), len(by_domain), a.k))
        width = max(len(n) for n, _ in cands)
        header = "fold pages domains " + " ".join("%*s" % (max(width, 6), n) for n, _ in cands)
        print(header + "   chosen on the other folds -> held-out figure")
        composite = {}
        for f in range(a.k):
            chosen = max(cands, key=lambda c: (off[f][c[0]], -cands.index(c)))[0]
            n_pages = sum(1 for _, r in lines if fold_of[str(r["id"])] == f)
            print("%4d %5d %7d %s   %s -> %.4f" % (
                f, n_pages, len(domains.get(f, ())),
                " ".join("%*.4f" % (max(width, 6), on[f][n]) for n, _ in cands), chosen, on[f][chosen]))
            for _, r in lines:
                if fold_of[str(r["id"])] == f:
                    i = str(r["id"])
                    composite[i] = preds[chosen].get(i, {"id": r["id"]})
        best = max(cands, key=lambda c: (everything[c[0]], -cands.index(c)))[0]
        print("all  %5d %7d %s" % (len(lines), len(by_domain),
                                   " ".join("%*.4f" % (max(width, 6), everything[n]) for n, _ in cands)))
        comp_path = os.path.join(tmp, "leave-site-out.jsonl")
        with open(comp_path, "w", encoding="utf8") as f:
            for _, r in lines:
                f.write(json.dumps(composite[str(r["id"])]) + "\n")
        lso = s.score(lines, "all", comp_path, composite)
        spread = [on[f][best] for f in range(a.k)]
        print("in-sample: %s %.4f (folds %.4f to %.4f)" % (best, everything[best], min(spread), max(spread)))
        print("leave-site-out: %.4f (each fold predicted by the candidate chosen on the other %d)" % (lso, a.k - 1))


if __name__ == "__main__":
    main(sys.argv[1:])
