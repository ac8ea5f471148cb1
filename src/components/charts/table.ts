/** The "show as table" alternative every chart has: a plain, accessible <table> of the same data. */
import { docOf } from './common.ts';
import type { ChartOptions } from './common.ts';

/** One column of a data table: header text and how to print a row's cell. */
export interface TableColumn<T> {
  label: string;
  value: (row: T) => string;
  /** right-align numbers */
  numeric?: boolean;
}

/** Renders rows as a <table> with a caption and column headers. */
export function dataTable<T>(rows: readonly T[], columns: readonly TableColumn<T>[], options: ChartOptions & { caption?: string } = {}): HTMLTableElement {
  const doc = docOf(options);
  const table = doc.createElement('table') as HTMLTableElement;
  table.setAttribute('class', 'data-table');
  const caption = options.caption ?? options.ariaLabel;
  if (caption) {
    const c = doc.createElement('caption');
    c.textContent = caption;
    table.appendChild(c);
  }
  const thead = doc.createElement('thead');
  const hr = doc.createElement('tr');
  for (const col of columns) {
    const th = doc.createElement('th');
    th.setAttribute('scope', 'col');
    if (col.numeric) th.setAttribute('class', 'num');
    th.textContent = col.label;
    hr.appendChild(th);
  }
  thead.appendChild(hr);
  const tbody = doc.createElement('tbody');
  for (const row of rows) {
    const tr = doc.createElement('tr');
    columns.forEach((col, i) => {
      const cell = doc.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.setAttribute('scope', 'row');
      if (col.numeric) cell.setAttribute('class', 'num');
      cell.textContent = col.value(row);
      tr.appendChild(cell);
    });
    tbody.appendChild(tr);
  }
  table.append(thead, tbody);
  return table;
}
