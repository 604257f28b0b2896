import { describe, expect, it } from 'vitest';
import { classifyStatus } from '../../../src/lib/import/status';

describe('what a status says about a sale', () => {
  const table: [string, string | null][] = [
    ['paid', null],
    ['Completed', null],
    ['pending', null], // cash-on-delivery orders stay pending: still a sale
    ['refunded', 'refunded'],
    ['partially_refunded', 'partial'],
    ['voided', 'excluded'],
    ['Failed', 'excluded'],
    ['canceled', 'excluded'],
    ['General Withdrawal - Bank Account', 'excluded'],
    ['General Currency Conversion', 'excluded'],
    ['Ακυρωμένη', 'excluded'],
    ['Anulată', 'excluded'],
    ['Törölve', 'excluded'],
    ['لغو شده', 'excluded'],
    ['Επιστροφή χρημάτων', 'refunded'],
    ['Visszatérítve', 'refunded'],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" is ${expected ?? 'a sale'}`, () => expect(classifyStatus(text)).toBe(expected));
  }
});
