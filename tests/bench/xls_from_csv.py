# Writes the import benchmark's rows (importbench generate-csv) as an Excel 97-2003 workbook
# with xlwt (Debian: python3-xlwt), the way an ERP export does: dates under a date format,
# ids and percentages as numbers, booleans, text. usage: xls_from_csv.py IN.csv OUT.xls ROWS
import csv
import datetime
import sys

import xlwt

source, target, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
book = xlwt.Workbook()
sheet = book.add_sheet('Contracts')
day = xlwt.easyxf(num_format_str='yyyy-mm-dd')
with open(source, newline='') as f:
    for r, row in enumerate(csv.reader(f)):
        if r > rows:
            break
        for c, value in enumerate(row):
            if r and c in (4, 5):
                sheet.write(r, c, datetime.datetime.strptime(value, '%Y-%m-%d'), day)
            elif r and c in (2, 6):
                sheet.write(r, c, float(value))
            elif r and c == 7:
                sheet.write(r, c, value == 'true')
            else:
                sheet.write(r, c, value)
book.save(target)
