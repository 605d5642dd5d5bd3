#!/usr/bin/env python3
"""Derive src/main/resources/org/crosscheck/text/entity/nicknames.txt from names.csv of
https://github.com/carltonnorthern/nicknames (Apache License 2.0).

usage: derive-nicknames.py NAMES_CSV COMMIT > nicknames.txt
Every "name,has_nickname,nick" row is kept; rows are grouped by name. Nothing is picked by hand.
"""
import collections, sys

groups = collections.defaultdict(set)
with open(sys.argv[1]) as f:
    next(f)
    for line in f:
        a, rel, b = line.strip().split(",")
        if rel == "has_nickname" and a.isalpha() and b.isalpha():
            groups[a].add(b)
print("# Given names and their nicknames: the first name of a line, then names that stand for it.")
print("# Derived programmatically from names.csv of https://github.com/carltonnorthern/nicknames")
print(f"# (commit {sys.argv[2]}), Copyright the nicknames contributors, Apache License 2.0")
print("# (http://www.apache.org/licenses/LICENSE-2.0): each \"name,has_nickname,nick\" row grouped by")
print("# name, tab-separated, lower case. Not edited by hand.")
for a in sorted(groups):
    print("\t".join([a] + sorted(groups[a])))
