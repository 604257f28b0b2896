// Chart files are named after the chart's title, in the user's language.
import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../src/lib/export/file-name';

describe('a chart file name', () => {
  it.each([
    ['Do new customers come back?', 'svg', 'Do-new-customers-come-back.svg'],
    ['Ξαναγυρίζουν οι νέοι πελάτες;', 'png', 'Ξαναγυρίζουν-οι-νέοι-πελάτες;.png'],
    ['مشتری‌های تازه برمی‌گردند؟', 'svg', 'مشتری‌های-تازه-برمی‌گردند؟.svg'],
    ['Revenue / customer: 80/20', 'png', 'Revenue-customer-80-20.png'],
    ['  ...  ', 'svg', 'chart.svg'],
  ])('%s → %s', (title, ext, name) => {
    expect(fileNameFor(title, ext)).toBe(name);
  });
});
