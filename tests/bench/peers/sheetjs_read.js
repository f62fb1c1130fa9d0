// Peer: SheetJS (npm package "xlsx") reading the first sheet into row arrays.
const XLSX = require("xlsx");
const wb = XLSX.readFile(process.argv[2], { dense: true });
const rows = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 });
console.log(rows.length, "rows");
