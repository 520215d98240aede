// Writes a reduced copy of an official English PCI workbook (2017 on) for test/fixtures: the Summary sheet
// cell for cell — the 63 provinces, the repeated Hà Nội row and the Min / Median / Max rows, formulas with
// their cached results — and of every sub-index sheet only its first two columns (province, sub-index
// score), so the copy keeps the layout the importer reads without carrying VCCI's survey indicators.
//   node scripts/reduce-pci-workbook.mjs "<the official workbook, e.g. PCI 2017.xlsx from the team's data folder>" \
//     "test/fixtures/vn/pci_2017_2019_vietnam_elections/PCI 2017 summary.xlsx"
import ExcelJS from 'exceljs';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error('usage: node scripts/reduce-pci-workbook.mjs SOURCE.xlsx TARGET.xlsx');
  process.exit(2);
}

/** A cell's value as written back: a formula keeps its text and cached result, shared formulas made plain. */
function valueOf(cell) {
  if (cell.type === ExcelJS.ValueType.Formula) return { formula: cell.formula, result: cell.result };
  return cell.value;
}

const input = new ExcelJS.Workbook();
await input.xlsx.readFile(source);
const output = new ExcelJS.Workbook();
input.worksheets.forEach((sheet, i) => {
  const copy = output.addWorksheet(sheet.name);
  const columns = i === 0 ? sheet.columnCount : Math.min(2, sheet.columnCount);
  for (let r = 1; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= columns; c++) {
      const value = valueOf(sheet.getRow(r).getCell(c));
      if (value !== null && value !== undefined) copy.getRow(r).getCell(c).value = value;
    }
  }
});
await output.xlsx.writeFile(target);
