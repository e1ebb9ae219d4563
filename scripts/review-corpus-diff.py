#!/usr/bin/env python3
"""Compares two runs of scripts/review-corpus.sh recorded with RECORD=file.jsonl.

Usage: scripts/review-corpus-diff.py BEFORE.jsonl AFTER.jsonl
Prints, over the templates both runs reviewed: exit codes that changed, designs that changed,
AZ counts that changed (a number to null is an unknown AZ count now said as one), and the
findings gained and lost by rule.
"""
import collections
import json
import sys


def load(path):
    with open(path) as lines:
        return {row["path"]: row for row in map(json.loads, lines)}


before, after = load(sys.argv[1]), load(sys.argv[2])
common = sorted(set(before) & set(after))
exits = collections.Counter()
designs = collections.Counter()
azs = collections.Counter()
gained = collections.Counter()
lost = collections.Counter()
for path in common:
    old, new = before[path], after[path]
    if old["exit"] != new["exit"]:
        exits[f"{old['exit']} -> {new['exit']}"] += 1
    if old.get("design") != new.get("design"):
        designs[f"{old.get('design')} -> {new.get('design')}"] += 1
    if old.get("azs") != new.get("azs"):
        azs[f"{old.get('azs')} -> {new.get('azs')}"] += 1
    old_findings = collections.Counter(old.get("findings", []))
    new_findings = collections.Counter(new.get("findings", []))
    for finding in new_findings - old_findings:
        gained[finding.split()[0]] += (new_findings - old_findings)[finding]
    for finding in old_findings - new_findings:
        lost[finding.split()[0]] += (old_findings - new_findings)[finding]


def show(title, counter):
    items = ", ".join(f"{key}: {count}" for key, count in counter.most_common()) or "none"
    print(f"{title}: {items}")


print(f"templates in both runs: {len(common)}")
show("exit codes changed", exits)
show("designs changed", designs)
show("AZ counts changed", azs)
show("findings gained", gained)
show("findings lost", lost)
