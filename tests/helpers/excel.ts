import { parseCsv } from '../../src/data/csv';

/** Windows-1252 bytes for text (what Excel's plain "CSV" gives on a French Windows). */
export function toWindows1252(text: string): Buffer {
  const special: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85, œ: 0x9c, Œ: 0x8c, '€': 0x80 };
  return Buffer.from(
    [...text].map((c) => {
      if (special[c] !== undefined) return special[c]!;
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in Windows-1252: ${c}`);
      return code;
    }),
  );
}

/** The same table as Excel in French saves it: semicolons, decimal commas, CRLF, padded cells, a blank last line. */
export function asExcelFrench(text: string): string {
  const { header, records } = parseCsv(text, 'x.csv');
  const cell = (value: string) => {
    const french = /^-?\d+\.\d+$/.test(value) ? value.replace('.', ',') : /^\d{4,}$/.test(value) && Number(value) > 9999 ? value.replace(/\B(?=(\d{3})+$)/g, '\u00a0') : value;
    const padded = french === '' ? '' : ` ${french} `;
    return /[;"\r\n]/.test(padded) ? `"${padded.replace(/"/g, '""')}"` : padded;
  };
  return `${[header.join(';'), ...records.map((r) => r.cells.map(cell).join(';'))].join('\r\n')}\r\n\r\n`;
}

