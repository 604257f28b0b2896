// What a status cell says about a row. Matched as lower-case substrings, so `Refunded`,
// `partially_refunded` and `Payment refunded` all count; first matching class wins.
//
// - excluded: no money changed hands for good (failed, declined, voided, cancelled, expired,
//   test payments) or the row is not a sale at all (PayPal withdrawals, currency
//   conversions, holds). The row is skipped with reason `status`, so counts still add up.
// - refunded: money was taken and given back. The row stays; its amount becomes the amount
//   minus the refunded amount (the `refund` column), or 0 without such a column: a refunded
//   order has total 0, so it is an order but not a purchase, and refunds reduce revenue.
// - partially refunded: the amount minus the refunded amount when known, else unchanged.
// Anything else (paid, completed, pending, fulfilled, ...) is a sale as written. `pending`
// stays a sale: cash-on-delivery shops leave every order pending.
import { literal } from '../sql/quote';

export type StatusClass = 'excluded' | 'refunded' | 'partial';

export const STATUS_WORDS: Record<StatusClass, string[]> = {
  partial: ['partial', 'részben', 'parțial', 'μερική', 'جزئی', 'parcial'],
  refunded: [
    'refund',
    'returned',
    'chargeback',
    'reversed',
    'επιστροφή',
    'επιστράφηκε', // Greek
    'rambursat',
    'returnat', // Romanian
    'visszatérítve',
    'visszatérített',
    'visszáru', // Hungarian
    'مرجوع',
    'بازپرداخت',
    'استرداد', // Persian
    'reembolsado',
    'devuelto', // Spanish
    'erstattet', // German
  ],
  excluded: [
    'fail',
    'declin',
    'void',
    'cancel',
    'expired',
    'abandon',
    'rejected',
    'test',
    'withdrawal',
    'currency conversion',
    'payment hold',
    'payment release',
    'authorization',
    'ακυρ',
    'απέτυχε',
    'απορρίφθηκε', // Greek: cancelled, failed, declined
    'anulat',
    'eșuat',
    'esuat',
    'respins', // Romanian
    'törölve',
    'törölt',
    'sztornó',
    'sikertelen',
    'elutasítva', // Hungarian
    'لغو',
    'ناموفق',
    'رد شد', // Persian
    'cancelado',
    'fallido',
    'rechazado',
    'anulado', // Spanish
    'storniert',
    'fehlgeschlagen',
    'abgelehnt', // German
  ],
};

// Order matters: "partially refunded" is partial before it is refunded.
const ORDER: StatusClass[] = ['partial', 'refunded', 'excluded'];

/** SQL: the StatusClass of a status text expression, NULL for an ordinary sale. */
export function statusClassSql(expr: string): string {
  const t = `lower(${expr})`;
  const when = ORDER.map((kind) => {
    const tests = STATUS_WORDS[kind].map((w) => `contains(${t}, ${literal(w)})`).join(' OR ');
    return `WHEN ${tests} THEN ${literal(kind)}`;
  });
  return `CASE ${when.join(' ')} END`;
}
