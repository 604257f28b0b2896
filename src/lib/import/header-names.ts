// The names a column of each role goes by in a header, in the users' languages, and how a
// header is compared with them.
import { ROLES, type Role } from './roles';

// Header words per role in English, Greek, Romanian, Hungarian, Persian (and the Spanish of
// PayPal's exports), compared after normalizeHeader(): lower case, no accents, `_`/`-`/`.` as
// spaces. Matched as the whole header (strong) or, for words of 4+ letters, inside it (weak).
const NAMES: Record<Role, string[]> = {
  customer: [
    'customer id',
    'customerid',
    'customer',
    'customer email',
    'customer name',
    'customer no',
    'customer number',
    'client',
    'client id',
    'client email',
    'buyer',
    'buyer user id',
    'buyer email',
    'email',
    'e mail',
    'email address',
    'from email address',
    'cust id',
    'user id',
    'member id',
    'account id',
    'full name',
    'πελατης',
    'κωδικος πελατη',
    'ονομα πελατη',
    'email πελατη', // Greek
    'cod client',
    'nume client',
    'client nume',
    'cumparator',
    'id client', // Romanian
    'vevo',
    'vevokod',
    'vevo neve',
    'ugyfel',
    'ugyfelkod',
    'ugyfel azonosito',
    'vasarlo', // Hungarian
    'مشتری',
    'کد مشتری',
    'نام مشتری',
    'شناسه مشتری',
    'خریدار',
    'ایمیل', // Persian
    'cliente',
    'correo electronico del remitente',
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
    'purchase date',
    'transaction date',
    'payment date',
    'timestamp',
    'time',
    'created date (utc)',
    'created (utc)',
    'order time',
    'datetime',
    'ημερομηνια',
    'ημ/νια',
    'ημερομηνια παραγγελιας',
    'ημερομηνια αγορας', // Greek
    'data',
    'data comenzii',
    'data comanda',
    'data facturii', // Romanian
    'datum',
    'rendeles datuma',
    'vasarlas datuma',
    'kelt',
    'teljesites', // Hungarian
    'تاریخ',
    'تاریخ سفارش',
    'تاریخ خرید',
    'زمان', // Persian
    'fecha',
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
    'order amount',
    'grand total',
    'amount paid',
    'total amount',
    'gross',
    'net',
    'value',
    'dollar value',
    'sum',
    'payment amount',
    'συνολο',
    'ποσο',
    'αξια',
    'τελικο ποσο', // Greek
    'suma',
    'valoare',
    'total comanda',
    'total de plata', // Romanian
    'osszeg',
    'vegosszeg',
    'brutto',
    'fizetendo',
    'brutto osszeg', // Hungarian
    'مبلغ',
    'جمع',
    'مبلغ کل',
    'قیمت کل',
    'جمع کل', // Persian
    'bruto',
    'importe',
  ],
  quantity: [
    'quantity',
    'qty',
    'units',
    'number of cds',
    'lineitem quantity',
    'ποσοτητα',
    'τεμαχια',
    'cantitate',
    'buc',
    'mennyiseg',
    'db',
    'تعداد',
    'cantidad',
  ],
  unit_price: [
    'unit price',
    'unitprice',
    'price',
    'item price',
    'lineitem price',
    'price each',
    'τιμη',
    'τιμη μοναδας',
    'pret',
    'pret unitar',
    'egysegar',
    'ar',
    'قیمت',
    'قیمت واحد',
    'precio',
  ],
  order: [
    'order id',
    'orderid',
    'order',
    'invoice',
    'invoiceno',
    'invoice no',
    'invoice number',
    'order number',
    'order no',
    'transaction id',
    'receipt',
    'receipt number',
    'παραγγελια',
    'αριθμος παραγγελιας',
    'αρ παραγγελιας',
    'αποδειξη',
    'αρ αποδειξης',
    'αριθμος αποδειξης',
    'τιμολογιο',
    'αρ τιμολογιου',
    'αριθμος τιμολογιου', // Greek
    'comanda',
    'nr comanda',
    'numar comanda',
    'id comanda',
    'factura',
    'nr factura',
    'numar factura', // Romanian
    'rendeles',
    'rendelesszam',
    'rendeles szam',
    'rendelesazonosito',
    'szamla',
    'szamlaszam', // Hungarian
    'سفارش',
    'شماره سفارش',
    'کد سفارش',
    'فاکتور',
    'شماره فاکتور',
    'شماره رسید', // Persian
    'pedido',
  ],
  status: [
    'status',
    'financial status',
    'payment status',
    'order status',
    'state',
    'κατασταση',
    'stare',
    'status comanda',
    'allapot',
    'وضعیت',
    'estado',
  ],
  currency: ['currency', 'νομισμα', 'moneda', 'valuta', 'penznem', 'ارز', 'واحد پول', 'divisa'],
  country: ['country', 'χωρα', 'tara', 'orszag', 'کشور', 'pais'],
  product: [
    'product',
    'description',
    'item',
    'item name',
    'lineitem name',
    'stockcode',
    'sku',
    'product name',
    'προιον',
    'περιγραφη',
    'produs',
    'denumire',
    'termek',
    'termeknev',
    'محصول',
    'کالا',
    'نام کالا',
    'producto',
  ],
  refund: [
    'refund',
    'refunds',
    'refunded amount',
    'amount refunded',
    'refunded',
    'επιστροφη',
    'rambursare',
    'visszaterites',
    'مبلغ بازپرداخت',
  ],
  // Names only: no value tells a channel or a code from any other text.
  channel: ['sales channel', 'channel', 'order source', 'created via'],
  discount: ['discount code', 'discount codes', 'coupon code', 'coupon codes', 'promo code'],
};

/**
 * Header text as compared with NAMES: lower case, accents removed, `_`/`-`/`.`/`:`/`#` as
 * spaces (abbreviations such as "Αρ. απόδειξης" or "Nr. comandă" end in a dot), and
 * Arabic yeh and kaf as their Persian forms (Windows-1256 has no Persian ی, so files in it
 * write مشتري for مشتری).
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-.:#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORDS = Object.fromEntries(
  ROLES.map((role) => [role, NAMES[role].map(normalizeHeader)]),
) as Record<Role, string[]>;

/** How well `header` names `role`: 3 as the whole name, 1 holding a word of 4+ letters, else 0. */
export function nameScore(role: Role, header: string): number {
  const h = normalizeHeader(header);
  const words = WORDS[role];
  if (words.includes(h)) return 3;
  if (words.some((w) => w.length > 3 && h.includes(w))) return 1;
  return 0;
}
