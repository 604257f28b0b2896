// The Romanian sample: an online shop of natural cosmetics. The shop platform exports one row
// per order line, semicolon-separated, with `15.01.2024 14:05` dates and prices in lei with a
// decimal comma (`1.199,00`). Black Friday brings the most new customers; returns come within
// the 14 days the law allows.
import { generateOrders, orderDate, unique, type Product, type ShopProfile } from './engine';
import { csvFile, csvLine, formatAmount, two } from './write';

export const ESHOP_HEADER = [
  'Număr comandă',
  'Data comenzii',
  'Email client',
  'Produs',
  'Cantitate',
  'Preț unitar',
  'Județ',
];

function p(name: string, price: number, weight: number, consumable = false): Product {
  return { name, price, weight, consumable };
}

const PRODUCTS: readonly Product[] = [
  p('Săpun natural cu lavandă', 18.9, 10, true),
  p('Șampon solid cu urzică', 34.9, 8, true),
  p('Cremă de față cu gălbenele', 59.9, 7, true),
  p('Ser facial cu vitamina C', 89.9, 4, true),
  p('Balsam de buze cu miere', 14.9, 8, true),
  p('Ulei de argan 30 ml', 49.9, 5, true),
  p('Deodorant natural', 29.9, 6, true),
  p('Pastă de dinți cu cărbune', 22.9, 4, true),
  p('Cremă de mâini cu cătină', 24.9, 6, true),
  p('Mască de păr cu ulei de cocos', 44.9, 4, true),
  p('Apă micelară 250 ml', 39.9, 5, true),
  p('Gel de duș cu mentă', 27.9, 5, true),
  p('Set cadou „Relaxare”', 149, 3),
  p('Set cadou „Răsfăț”', 249, 2),
  p('Perie de păr din lemn', 39, 2),
  p('Săpunieră din ceramică', 29, 2),
  p('Prosop din bumbac organic', 69, 2),
  p('Difuzor de arome', 189, 1),
  p('Lumânare parfumată', 45, 2),
  p('Piatră gua sha din cuarț roz', 79, 1.5),
  p('Card cadou 100 lei', 100, 1),
  p('Abonament anual cutie de frumusețe', 1199, 0.4),
];

const FIRST = (
  'andrei mihai alexandru ion cristian ionut florin bogdan gabriel adrian radu vlad ' +
  'ana maria elena ioana andreea alexandra cristina mihaela roxana diana irina raluca ' +
  'oana simona bianca larisa alina teodora'
).split(' ');
const LAST = (
  'popescu ionescu popa radu dumitru stan stoica gheorghe matei ciobanu rusu munteanu ' +
  'constantin marin florea lazar moldovan dinu tudor neagu barbu nistor cristea toma'
).split(' ');
const COUNTIES = ['București', 'Cluj', 'Iași', 'Timiș', 'Constanța', 'Brașov', 'Prahova'];
const COUNTY_WEIGHTS = [34, 14, 11, 10, 9, 8, 7];

const PRICE_RISE_DAY = 365; // 2024-01-01: 9% dearer with the new VAT rates

export function eshopProfile(seed = 20230401, customers = 900): ShopProfile {
  return {
    seed,
    customers,
    start: { year: 2023, month: 0, day: 1 },
    months: 24,
    products: PRODUCTS,
    segments: [
      { weight: 0.52, gap: [0, 0], regularity: 1, churn: 1, bigSpender: false },
      { weight: 0.3, gap: [50, 150], regularity: 2, churn: 0.25, bigSpender: false },
      { weight: 0.15, gap: [25, 55], regularity: 3, churn: 0.08, bigSpender: false },
      { weight: 0.03, gap: [14, 30], regularity: 4, churn: 0.03, bigSpender: true },
    ],
    // Valentine's and March 8, then Black Friday and Christmas.
    monthWeights: [0.8, 1.2, 1.4, 0.9, 0.9, 0.8, 0.7, 0.7, 0.9, 1, 2.6, 1.9],
    yearlyGrowth: 1.3,
    hourWeights: [
      0.6, 0.3, 0.1, 0.1, 0.1, 0.2, 0.5, 1, 2, 2.5, 3, 3, 3, 3, 2.5, 2.5, 2.5, 3, 3.5, 4, 5, 5.5, 4,
      2,
    ],
    basketSizes: { values: [1, 2, 3, 4, 5], weights: [40, 30, 17, 9, 4] },
    quantities: { values: [1, 2, 3], weights: [78, 17, 5] },
    bigSpenderExtra: 2,
    favouriteChance: 0.65,
    firstDurableChance: 0.25,
    price: (product, day) =>
      day >= PRICE_RISE_DAY ? Math.round(product.price * 1.09) - 0.1 : product.price,
    returns: { rate: 0.03, delay: [3, 14] },
    firstOrderId: 100_001,
    identity: (rng, taken) =>
      unique(taken, () => {
        const first = rng.pick(FIRST);
        const last = rng.pick(LAST);
        const local = rng.weighted(
          [`${first}.${last}`, `${first}.${last}${rng.int(70, 99)}`, `${last}.${first}`],
          [5, 3, 2],
        );
        return `${local}@${rng.chance(0.7) ? 'example.ro' : 'example.com'}`;
      }),
    attribute: (rng) => rng.weighted(COUNTIES, COUNTY_WEIGHTS),
  };
}

const LEI = { group: '.', decimal: ',', fractionDigits: 2 };

/** The shop platform's order export: one row per line, `15.01.2024 14:05`, `1.199,00`. */
export function eshopCsv(profile = eshopProfile()): string {
  const rows = generateOrders(profile).flatMap((order) => {
    const d = orderDate(profile, order.time);
    const date =
      `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ` +
      `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
    return order.lines.map((line) =>
      csvLine(
        [
          order.id,
          date,
          order.customer.identity,
          line.product.name,
          String(line.quantity),
          formatAmount(line.unitPrice, LEI),
          order.customer.attribute,
        ],
        ';',
      ),
    );
  });
  return csvFile([csvLine(ESHOP_HEADER, ';'), ...rows]);
}
