#!/usr/bin/env python3
"""Fits the weights of the page-type classifier's article score (stdlib only).

    /usr/bin/python3 bench/fit_page_types.py GROUND_TRUTH FEATURES [--k 5] [--l2 1.0]

FEATURES: one {"id", "features": {name: value}} per page, as PageEvidenceDump prints them (see
docs/evaluation.md). The label is the ground truth's page_type == "article".

Fits an L2-regularised logistic regression (Newton's method, the bias not penalised) on all pages
and prints its weights as a Java array in the order of the features, then the figure to quote:
leave-site-out, with K folds by registrable domain (bench/site_folds.py's folds): for each fold
the weights are fitted on the other K-1 folds and the held-out fold is predicted with them; all
held-out predictions are scored together (article precision, recall, F1 at a score of 0.5).
"""
import argparse
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from site_folds import assign_folds  # noqa: E402


def solve(a, b):
    """Solves a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(xs, ys, l2, iterations=25):
    d = len(xs[0]) + 1
    w = [0.0] * d
    for _ in range(iterations):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys):
            v = [1.0] + x
            z = sum(wi * vi for wi, vi in zip(w, v))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(d):
                grad[i] += (p - y) * v[i]
                s = p * (1 - p) * v[i]
                for j in range(i, d):
                    hess[i][j] += s * v[j]
        for i in range(d):
            for j in range(i):
                hess[i][j] = hess[j][i]
        for i in range(1, d):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        hess[0][0] += 1e-9
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def score(w, x):
    z = w[0] + sum(wi * xi for wi, xi in zip(w[1:], x))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def prf(pairs):
    tp = sum(1 for g, r in pairs if g and r)
    fp = sum(1 for g, r in pairs if g and not r)
    fn = sum(1 for g, r in pairs if r and not g)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("ground_truth")
    ap.add_argument("features")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    a = ap.parse_args(argv)
    truth = [json.loads(l) for l in open(a.ground_truth, encoding="utf8") if l.strip()]
    feats = {}
    names = None
    for l in open(a.features, encoding="utf8"):
        if l.strip():
            j = json.loads(l)
            feats[j["id"]] = j["features"]
            names = names or list(j["features"])
    rows = [t for t in truth if t["id"] in feats]
    xs = [[feats[t["id"]][n] for n in names] for t in rows]
    ys = [1.0 if t["page_type"] == "article" else 0.0 for t in rows]
    w = fit(xs, ys, a.l2)
    print("weights (bias first), l2 %.3g, %d pages:" % (a.l2, len(rows)))
    print("  bias %+.3f" % w[0])
    for n, wi in zip(names, w[1:]):
        print("  %-20s %+.3f" % (n, wi))
    print("java: {" + ", ".join("%.3f" % v for v in w) + "}")
    print("in-sample: precision %.3f recall %.3f F1 %.3f" % prf(
        [(score(w, x) >= 0.5, y == 1) for x, y in zip(xs, ys)]))
    fold_of, _ = assign_folds(rows, a.k)
    held = []
    for f in range(a.k):
        train = [(x, y) for x, y, t in zip(xs, ys, rows) if fold_of[str(t["id"])] != f]
        test = [(x, y) for x, y, t in zip(xs, ys, rows) if fold_of[str(t["id"])] == f]
        wf = fit([x for x, _ in train], [y for _, y in train], a.l2)
        pairs = [(score(wf, x) >= 0.5, y == 1) for x, y in test]
        print("fold %d: %4d pages  precision %.3f recall %.3f F1 %.3f" % ((f, len(test)) + prf(pairs)))
        held += pairs
    print("leave-site-out (%d folds by registrable domain): precision %.3f recall %.3f F1 %.3f" % (
        (a.k,) + prf(held)))


if __name__ == "__main__":
    main(sys.argv[1:])
