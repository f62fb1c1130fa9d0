#!/usr/bin/env python3
"""Peer: Python's csv module, every row into a list."""
import csv
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(len(list(csv.reader(f))), "rows")
