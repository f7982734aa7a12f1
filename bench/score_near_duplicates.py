#!/usr/bin/env python3
"""Pair precision and recall of near-duplicate predictions.

usage: score_near_duplicates.py TRUTH PREDICTIONS

TRUTH is either the generator's ground_truth.jsonl (records of one story share a syndication_group;
a duplicate_of record is a copy of that record) or a JSON list of groups of ids (the BBC benchmark's
bbc_exact_duplicates.json). PREDICTIONS is what `bin/newslens evaluate near-duplicates` writes: one
{"id", "dup_cluster_id", ...} per line. A pair is two records of one group (truth) or of one cluster
(predictions); precision is the share of predicted pairs that are true, recall the share of true
pairs predicted.
"""
import collections
import itertools
import json
import sys


def groups_of_truth(path):
    with open(path) as f:
        head = f.read(1)
        f.seek(0)
        if head == "[":
            return [set(map(str, g)) for g in json.load(f)]
        parent = {}

        def find(x):
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        by_group = collections.defaultdict(list)
        for line in f:
            r = json.loads(line)
            rid = str(r["id"])
            find(rid)
            if r.get("syndication_group"):
                by_group[r["syndication_group"]].append(rid)
            if r.get("duplicate_of"):
                parent[find(rid)] = find(str(r["duplicate_of"]))
        for ids in by_group.values():
            for other in ids[1:]:
                parent[find(other)] = find(ids[0])
        members = collections.defaultdict(set)
        for x in list(parent):
            members[find(x)].add(x)
        return [m for m in members.values() if len(m) > 1]


def pairs(groups):
    out = set()
    for g in groups:
        out.update(itertools.combinations(sorted(g), 2))
    return out


def main(truth_path, predictions_path):
    truth = pairs(groups_of_truth(truth_path))
    clusters = collections.defaultdict(set)
    with open(predictions_path) as f:
        for line in f:
            r = json.loads(line)
            if r.get("dup_cluster_id"):
                clusters[r["dup_cluster_id"]].add(str(r["id"]))
    predicted = pairs(clusters.values())
    hits = len(truth & predicted)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(truth) if truth else 1.0
    print("true pairs %d, predicted pairs %d, correct %d" % (len(truth), len(predicted), hits))
    print("pair precision %.4f recall %.4f" % (precision, recall))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
