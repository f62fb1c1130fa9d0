#!/usr/bin/env python3
"""Peer: pandas.read_csv of the whole file."""
import sys
import pandas

print(len(pandas.read_csv(sys.argv[1])), "rows")
