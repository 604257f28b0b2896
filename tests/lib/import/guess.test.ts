import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/lib/import/guess';
import { normalizeHeader } from '../../../src/lib/import/header-names';

// A receipt export as a shop's till writes it: the order id column is the only one whose
// header says "number of receipt / order", so it must be found by name.
const columns = (order: string) => [
  { name: order, values: ['1001', '1002', '1003'] },
  { name: 'Customer', values: ['a@x.gr', 'b@x.gr', 'a@x.gr'] },
  { name: 'Date', values: ['2024-01-02', '2024-01-03', '2024-02-01'] },
  { name: 'Amount', values: ['12.50', '8.00', '20.00'] },
];

describe('the order id column is found by its name in every language we speak', () => {
  it.each([
    ['Αρ. απόδειξης'], // Greek: receipt no.
    ['Αριθμός απόδειξης'],
    ['Αριθμός παραγγελίας'],
    ['Αρ. παραγγελίας'],
    ['Αρ. τιμολογίου'],
    ['Nr. comandă'], // Romanian
    ['Număr comandă'],
    ['Nr. factură'],
    ['Rendelésszám'], // Hungarian
    ['Rendelés szám'],
    ['Számlaszám'],
    ['شماره سفارش'], // Persian
    ['شماره فاکتور'],
    ['Order #'],
    ['Invoice No.'],
  ])('%s is the order id', (header) => {
    expect(guessMapping(columns(header)).order).toBe(header);
  });

  it('an abbreviation with a dot reads like the word without it', () => {
    expect(normalizeHeader('Αρ. απόδειξης')).toBe('αρ αποδειξης');
    expect(normalizeHeader('Nr.comandă')).toBe('nr comanda');
  });

  it('the other roles are still found next to a Greek receipt number', () => {
    expect(guessMapping(columns('Αρ. απόδειξης'))).toMatchObject({
      customer: 'Customer',
      date: 'Date',
      amount: 'Amount',
    });
  });
});
