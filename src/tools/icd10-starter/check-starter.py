#!/usr/bin/env python3
"""Checks the hand-written starter list against an official ICD-10-CM order file (read in place, never copied):
each code must exist, its title must be the official long description, and its billable flag (a code of the list
without a longer code of the list under it) must match. Usage: check-starter.py starter-codes.txt ../../shared/icd10-dev/icd10cm_order_2025.txt"""
import sys
mine = [l.rstrip('\n').split('|', 1) for l in open(sys.argv[1], encoding='utf-8') if l.strip() and not l.startswith('#')]
official = {}
for line in open(sys.argv[2], encoding='utf-8'):
    official[line[6:13].strip()] = (line[14] == '1', line[77:].strip())
keys = [c.replace('.', '') for c, _ in mine]
bad = 0
for (code, title), key in zip(mine, keys):
    leaf = not any(k != key and k.startswith(key) for k in keys)
    if key not in official:
        print('MISSING', code, title); bad += 1; continue
    billable, official_title = official[key]
    if official_title != title:
        print('TITLE', code, '| mine:', title, '| official:', official_title); bad += 1
    if billable != leaf:
        print('BILLABLE', code, 'official', billable, 'mine', leaf); bad += 1
print(len(mine), 'codes,', bad, 'problems')
