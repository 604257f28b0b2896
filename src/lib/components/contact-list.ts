// The contact list of a follow-up: the contacted customers only, with the columns an email or
// SMS tool imports. The file has no name role, so the customer id stands for the name, and it
// is the email too when it is one.
import type { CustomerListRow } from '$lib/analyses/customers/list';
import { toCsv } from '$lib/export/csv';
import { t } from '$lib/i18n/translate';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function contactListCsv(rows: readonly CustomerListRow[], contacted: readonly string[]) {
  const wanted = new Set(contacted);
  const list = rows.filter((r) => wanted.has(r.customer));
  const emails = list.some((r) => EMAIL.test(r.customer));
  return toCsv(list, [
    { header: t('list.customer'), value: (r) => r.customer },
    ...(emails
      ? [
          {
            header: t('followUp.email'),
            value: (r: CustomerListRow) => (EMAIL.test(r.customer) ? r.customer : ''),
          },
        ]
      : []),
    { header: t('list.lastPurchase'), value: (r) => r.last_purchase },
    { header: t('list.revenue'), value: (r) => r.revenue },
  ]);
}
