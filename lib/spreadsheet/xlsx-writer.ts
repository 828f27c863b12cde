import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { SheetCell, SheetColumn } from './sheet-writer';

/**
 * A one-sheet XLSX workbook written as rows come, straight to a deflated zip stream (fflate): the header
 * row bold and frozen, column widths, strings inline and numbers as numbers, never formulas. Writing the
 * OOXML directly takes a fraction of ExcelJS's time for 100,000 rows, which builds and joins the whole
 * document in memory first.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MIME = 'application/vnd.openxmlformats-officedocument';

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="${MIME}.package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${MIME}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${MIME}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${MIME}.spreadsheetml.styles+xml"/></Types>`;

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`;

// Style 0 is the default; style 1 is the header's bold font.
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// Characters XML 1.0 cannot carry at all; a cell keeps the rest of its text.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (char) => ESCAPES[char]!);
}

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function cellXml(reference: string, cell: SheetCell, style: string): string {
  if (typeof cell === 'number' && Number.isFinite(cell))
    return `<c r="${reference}"${style}><v>${cell}</v></c>`;
  const text = String(cell);
  if (text === '') return '';
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** An XLSX writer: `add` rows in order, then `finish` for the file's pieces. */
export function createXlsxWriter(sheetName: string, columns: readonly SheetColumn[]) {
  const chunks: Blob[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(new Blob([data as Uint8Array<ArrayBuffer>]));
  });
  const addFile = (name: string, text: string) => {
    const file = new ZipDeflate(name);
    zip.add(file);
    file.push(strToU8(text), true);
  };
  addFile('[Content_Types].xml', CONTENT_TYPES);
  addFile('_rels/.rels', ROOT_RELS);
  addFile(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  addFile('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  addFile('xl/styles.xml', STYLES);
  const names = columns.map((_, index) => columnName(index));
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml');
  zip.add(sheet);
  let rowNumber = 0;
  const rowXml = (cells: readonly SheetCell[], style = '') => {
    rowNumber++;
    let xml = `<row r="${rowNumber}">`;
    for (let i = 0; i < cells.length; i++)
      xml += cellXml(`${names[i] ?? columnName(i)}${rowNumber}`, cells[i]!, style);
    return `${xml}</row>`;
  };
  const widths = columns
    .map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"/>`)
    .join('');
  sheet.push(
    strToU8(
      `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${widths ? `<cols>${widths}</cols>` : ''}<sheetData>${rowXml(
        columns.map((column) => column.header),
        ' s="1"',
      )}`,
    ),
  );
  return {
    add(rows: readonly (readonly SheetCell[])[]) {
      let xml = '';
      for (const row of rows) xml += rowXml(row);
      sheet.push(strToU8(xml));
    },
    finish(): Blob[] {
      sheet.push(strToU8('</sheetData></worksheet>'), true);
      zip.end();
      if (failure) throw failure;
      return chunks;
    },
  };
}
