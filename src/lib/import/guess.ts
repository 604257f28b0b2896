// Guess which column plays which role, from header names and from the values themselves.
import { ROLES, type Mapping, type Role } from './roles';

// Header words per role, lower case, accents kept; matched as whole header or as a word in it.
const NAMES: Record<Role, string[]> = {
  customer: [
    'customer id',
    'customerid',
    'customer_id',
    'customer',
    'client',
    'client id',
    'buyer',
    'buyer user id',
    'email',
    'customer email',
    'e-mail',
    'cust_id',
    'user id',
    'πελάτης',
    'κωδικός πελάτη',
    'cod client',
    'vevő',
    'ügyfél',
    'vevőkód',
    'مشتری',
    'کد مشتری',
  ],
  date: [
    'date',
    'order date',
    'invoicedate',
    'invoice date',
    'created at',
    'created',
    'paid at',
    'sale date',
    'timestamp',
    'time',
    'created date (utc)',
    'created (utc)',
    'ημερομηνία',
    'data',
    'dátum',
    'تاریخ',
  ],
  amount: [
    'amount',
    'total',
    'totalprice',
    'total price',
    'revenue',
    'sales',
    'order total',
    'order value',
    'gross',
    'net',
    'value',
    'dollar_value',
    'sum',
    'σύνολο',
    'ποσό',
    'suma',
    'valoare',
    'összeg',
    'végösszeg',
    'مبلغ',
    'جمع',
  ],
  quantity: [
    'quantity',
    'qty',
    'units',
    'number_of_cds',
    'ποσότητα',
    'cantitate',
    'mennyiség',
    'تعداد',
  ],
  unit_price: [
    'unit price',
    'unitprice',
    'price',
    'unit_price',
    'item price',
    'lineitem price',
    'τιμή',
    'preț',
    'pret',
    'egységár',
    'ár',
    'قیمت',
  ],
  order: [
    'order id',
    'orderid',
    'order_id',
    'order',
    'invoice',
    'invoiceno',
    'invoice no',
    'name',
    'order number',
    'transaction id',
    'παραγγελία',
    'comanda',
    'rendelés',
    'سفارش',
  ],
  status: ['status', 'financial status', 'state', 'κατάσταση', 'stare', 'állapot', 'وضعیت'],
  currency: ['currency', 'νόμισμα', 'moneda', 'valută', 'pénznem', 'ارز'],
  country: ['country', 'χώρα', 'țara', 'tara', 'ország', 'کشور'],
  product: [
    'product',
    'description',
    'item',
    'item name',
    'lineitem name',
    'stockcode',
    'sku',
    'προϊόν',
    'produs',
    'termék',
    'محصول',
  ],
};

export interface ColumnSample {
  name: string;
  values: (string | null)[];
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DATEISH = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\.?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?.*)?$/;
const NUMBERISH = /^[(+-]?\s*[^\d\s]{0,4}\s*\d[\d.,\s'’]*\s*[^\d\s]{0,4}\)?$/;

function share(values: (string | null)[], test: RegExp): number {
  const present = values.filter((v): v is string => v !== null && v.trim() !== '');
  if (present.length === 0) return 0;
  return present.filter((v) => test.test(v.trim())).length / present.length;
}

function nameScore(role: Role, header: string): number {
  const h = header.trim().toLowerCase();
  const words = NAMES[role];
  if (words.includes(h)) return 3;
  if (words.some((w) => w.length > 3 && h.includes(w))) return 1;
  return 0;
}

function valueScore(role: Role, values: (string | null)[]): number {
  switch (role) {
    case 'customer':
      return share(values, EMAIL) > 0.8 ? 2 : 0;
    case 'date':
      return share(values, DATEISH) > 0.8 ? 2 : -3;
    case 'amount':
    case 'quantity':
    case 'unit_price':
      return share(values, NUMBERISH) > 0.8 ? 1 : -3;
    default:
      return 0;
  }
}

/** The most plausible mapping: each role gets the best-scoring free column, if any scores. */
export function guessMapping(columns: ColumnSample[]): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<string>();
  const candidates: { role: Role; column: string; score: number }[] = [];
  for (const role of ROLES) {
    for (const column of columns) {
      const byName = nameScore(role, column.name);
      const score =
        byName +
        (byName > 0 || role === 'customer' || role === 'date'
          ? valueScore(role, column.values)
          : 0);
      if (score > 0) candidates.push({ role, column: column.name, score });
    }
  }
  // Highest scores first; ties keep role order then column order (stable sort).
  candidates.sort((a, b) => b.score - a.score);
  for (const { role, column } of candidates) {
    if (mapping[role] || taken.has(column)) continue;
    mapping[role] = column;
    taken.add(column);
  }
  return mapping;
}
