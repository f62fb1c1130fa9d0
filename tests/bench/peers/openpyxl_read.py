#!/usr/bin/env python3
"""Peer: openpyxl (read-only mode, values) reading every row of the first sheet."""
import sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
print(rows, "rows")
