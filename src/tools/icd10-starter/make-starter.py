#!/usr/bin/env python3
"""Writes the starter subset in the CDC/CMS order-file layout from starter-codes.txt (code|title, written for the
project): order number 1-5, code without its dot 7-13, billable flag 15 (1 for a code with no longer code of the list
under it), short description 17-76 (the title cut at a word to fit 60 characters), long description from 78.
Usage: make-starter.py starter-codes.txt > ../src/main/resources/icd10-starter/icd10cm_order_starter.txt"""
import sys
rows = [l.rstrip('\n').split('|', 1) for l in open(sys.argv[1], encoding='utf-8') if l.strip() and not l.startswith('#')]
keys = [c.replace('.', '') for c, _ in rows]
assert keys == sorted(keys), 'codes must be in tabular (sorted) order'
for number, ((code, title), key) in enumerate(zip(rows, keys), start=1):
    billable = '0' if any(k != key and k.startswith(key) for k in keys) else '1'
    short = title
    while len(short) > 60:
        short = short[:short.rstrip().rfind(' ', 0, 60)].rstrip(' ,')
    sys.stdout.write(f"{number:05d} {key:<7} {billable} {short:<60} {title}\n")
