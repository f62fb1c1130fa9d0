# Peer for the .xls import figures: xlrd reads every cell of the first sheet and turns the
# date cells into datetimes (Debian: python3-xlrd).
import sys, xlrd
book = xlrd.open_workbook(sys.argv[1])
sh = book.sheet_by_index(0)
n = 0
for r in range(sh.nrows):
    row = sh.row_values(r); n += 1
    for c in (4, 5):
        if r and sh.cell_type(r, c) == xlrd.XL_CELL_DATE:
            xlrd.xldate_as_datetime(row[c], book.datemode)
print(n)
