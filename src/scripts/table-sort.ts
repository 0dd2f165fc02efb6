// Makes the tables of table figures sortable: each column header becomes a button; pressing it
// sorts the rows by that column (numbers by value, text in French order), then reverses. The
// current order is in aria-sort. Without this script the table is complete, in the file's order.

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  if (!body || !headers.length) return;
  const label = table.dataset.sortLabel ?? '';
  const collator = new Intl.Collator('fr-CA', { numeric: true, sensitivity: 'base' });
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent ?? '';
    button.title = `${label} ${th.textContent ?? ''}`.trim();
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.classList.contains('num');
      const value = (row: HTMLTableRowElement) => row.cells[column]?.dataset.sortValue ?? '';
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        const order = numeric ? (x === '' ? -Infinity : Number(x)) - (y === '' ? -Infinity : Number(y)) : collator.compare(x, y);
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
