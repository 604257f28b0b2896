// The Persian sample: a neighbourhood bookshop over the years 1401 and 1402. Its accounting
// program exports one row per invoice line with Solar Hijri (Jalali) dates and every number
// in Persian digits (`۱۴۰۲/۰۷/۱۵`, `۱۸۵٬۰۰۰` toman). Nowruz, the Tehran book fair and Yalda
// bring new readers; the shop is closed on Fridays.
import { toJalaali } from 'jalaali-js';
import { generateOrders, orderDate, unique, type Product, type ShopProfile } from './engine';
import { csvFile, csvLine, formatAmount, persianDigits, two } from './write';

export const BOOKSHOP_HEADER = [
  'شماره فاکتور',
  'تاریخ',
  'نام مشتری',
  'نام کالا',
  'تعداد',
  'قیمت واحد',
];

function p(name: string, price: number, weight: number, consumable = false): Product {
  return { name, price, weight, consumable };
}

// Prices in toman, 1401. Poetry, notebooks and gift cards are bought again and again.
const PRODUCTS: readonly Product[] = [
  p('بوف کور', 95_000, 4),
  p('سووشون', 180_000, 4),
  p('کلیدر (دوره ده جلدی)', 1_450_000, 0.6),
  p('سمفونی مردگان', 160_000, 4),
  p('جای خالی سلوچ', 175_000, 3),
  p('دایی جان ناپلئون', 260_000, 3),
  p('شازده کوچولو', 85_000, 6),
  p('صد سال تنهایی', 230_000, 4),
  p('ملت عشق', 210_000, 5),
  p('کیمیاگر', 110_000, 4),
  p('شاهنامه فردوسی (دو جلدی)', 890_000, 1),
  p('دیوان حافظ', 240_000, 6, true),
  p('مثنوی معنوی', 420_000, 2, true),
  p('گلستان سعدی', 150_000, 3, true),
  p('رباعیات خیام', 120_000, 3, true),
  p('کتاب کودک: قصه‌های مجید', 140_000, 4, true),
  p('مجله بخارا', 120_000, 3, true),
  p('دفترچه یادداشت', 65_000, 4, true),
  p('نشانگر کتاب', 25_000, 4, true),
  p('کارت هدیه', 300_000, 2, true),
];

const FIRST = (
  'محمد علی حسین رضا مهدی امیر حسن مرتضی سعید مجید حمید کامران بهرام آرش کاوه سیاوش پویا ' +
  'نیما فرهاد بابک زهرا فاطمه مریم سارا نرگس لیلا مینا شیرین پریسا نازنین الهام سمیرا ' +
  'مهسا نگار آزاده رویا ترانه هستی یاسمن کیمیا'
).split(' ');
const LAST = (
  'احمدی محمدی حسینی رضایی کریمی موسوی جعفری صادقی رحیمی کاظمی هاشمی قاسمی نوری عباسی ' +
  'اکبری طاهری شریفی مرادی باقری نجفی سلطانی فرهادی زارعی یزدانی تهرانی شیرازی اصفهانی ' +
  'کرمانی رستمی بهرامی'
).split(' ');

// 1402 (from 2023-03-21, day 365 of the data) brought a 35% rise, rounded to 1,000 toman.
const price = (product: Product, day: number): number =>
  day >= 365 ? Math.round((product.price * 1.35) / 1000) * 1000 : product.price;

export function bookshopProfile(seed = 14010101, customers = 900): ShopProfile {
  return {
    seed,
    customers,
    // 1401/01/01 .. 1402/12/29
    start: { year: 2022, month: 2, day: 21 },
    months: 24,
    products: PRODUCTS,
    segments: [
      { weight: 0.5, gap: [0, 0], regularity: 1, churn: 1, bigSpender: false },
      { weight: 0.32, gap: [30, 100], regularity: 2, churn: 0.18, bigSpender: false },
      { weight: 0.15, gap: [14, 40], regularity: 3, churn: 0.06, bigSpender: false },
      // School libraries and reading circles.
      { weight: 0.03, gap: [30, 60], regularity: 4, churn: 0.05, bigSpender: true },
    ],
    // By Gregorian month, Jan..Dec: Esfand and Nowruz (Feb-Mar), the book fair (May),
    // the school year (Sep), Yalda (Dec).
    monthWeights: [0.9, 1.5, 1.8, 1.2, 1.6, 0.9, 0.8, 0.8, 1.1, 1, 0.9, 1.4],
    yearlyGrowth: 1.1,
    hourWeights: [
      0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2.5, 2.5, 1.5, 1, 1.5, 2.5, 3, 3.5, 3.5, 3, 1, 0, 0,
    ],
    closed: [5], // Friday
    basketSizes: { values: [1, 2, 3, 4], weights: [50, 30, 14, 6] },
    quantities: { values: [1, 2, 3], weights: [85, 12, 3] },
    bigSpenderExtra: 4,
    favouriteChance: 0.4,
    firstDurableChance: 0.5,
    price,
    returns: { rate: 0.015, delay: [1, 7] },
    firstOrderId: 10_001,
    identity: (rng, taken) => unique(taken, () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`),
  };
}

export type BookshopCalendar = 'jalali' | 'gregorian';

const TOMAN = { group: '٬', decimal: '٫', fractionDigits: 0 };

/**
 * The accounting program's export: Jalali dates and Persian digits. With `gregorian`, the
 * same rows with Gregorian ISO dates: the twin the tests compare against (not shipped).
 */
export function bookshopCsv(
  profile = bookshopProfile(),
  calendar: BookshopCalendar = 'jalali',
): string {
  const rows = generateOrders(profile).flatMap((order) => {
    const d = orderDate(profile, order.time);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    const j = toJalaali(y, m, day);
    const date =
      calendar === 'jalali'
        ? persianDigits(`${j.jy}/${two(j.jm)}/${two(j.jd)}`)
        : `${y}-${two(m)}-${two(day)}`;
    // A return is invoiced as "برگشت" (returned) with the number of the sale.
    const id = order.returnOf ? `برگشت ${order.returnOf}` : order.id;
    return order.lines.map((line) =>
      csvLine(
        [
          persianDigits(id),
          date,
          order.customer.identity,
          line.product.name,
          persianDigits(String(line.quantity)),
          persianDigits(formatAmount(line.unitPrice, TOMAN)),
        ],
        ',',
      ),
    );
  });
  return csvFile([csvLine(BOOKSHOP_HEADER, ','), ...rows]);
}
