// Why: a data-table column is looked up in each row by a key the policy's author writes; a key
// that names a member of every JavaScript object (`constructor`, `toString`, `__proto__`) printed
// "function Object() { [native code] }" or "[object Object]" in the published table. Only the
// row's own values may appear.
import { describe, expect, it } from 'vitest';
import { prepareTable } from '../src/expand/prepare-table.js';

describe('prepareTable', () => {
  it('a column whose key is an Object member but not in the row gives an empty cell', () => {
    const keys = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    const table = prepareTable({
      columns: keys.map((key) => ({ key, label: key })),
      rows: [{ toString: '文字' }, {}],
    });
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['', '', '文字', '', ''],
      ['', '', '', '', ''],
    ]);
  });
});
