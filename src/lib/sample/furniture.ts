// The Hungarian sample: a furniture store over five years. People buy a sofa, then a bed a
// year and a half later: long purchase cycles, where "six months without an order" says
// little and each customer's own rhythm says more. The invoicing program exports one row per
// order line, semicolon-separated, with `2024.01.15.` dates and forint amounts grouped by
// spaces (`289 900 Ft`); a return is a line with a negative amount.
import { generateOrders, orderDate, unique, type Product, type ShopProfile } from './engine';
import { csvFile, csvLine, formatAmount, two } from './write';

export const FURNITURE_HEADER = [
  'Rendelésszám',
  'Rendelés dátuma',
  'Vevő neve',
  'Termék',
  'Összeg',
  'Város',
];

function p(name: string, price: number, weight: number, consumable = false): Product {
  return { name, price, weight, consumable };
}

// Small furnishings are bought again; a sofa or a wardrobe once in many years.
const PRODUCTS: readonly Product[] = [
  p('Kanapé, 3 személyes', 289_900, 5),
  p('Sarokülő', 459_900, 3),
  p('Fotel', 99_900, 4),
  p('Étkezőasztal, tölgy, 160 cm', 189_900, 4),
  p('Étkezőszék', 34_900, 6),
  p('Franciaágy, 160×200', 249_900, 4),
  p('Matrac, 160×200', 119_900, 4),
  p('Gardróbszekrény, 3 ajtós', 219_900, 3),
  p('Komód, 4 fiókos', 79_900, 4),
  p('Éjjeliszekrény', 29_900, 5),
  p('Könyvespolc', 59_900, 4),
  p('Íróasztal', 69_900, 3),
  p('Irodai szék', 54_900, 3),
  p('TV-szekrény', 64_900, 3),
  p('Dohányzóasztal', 49_900, 4),
  p('Szőnyeg, 160×230', 39_900, 5, true),
  p('Állólámpa', 24_900, 4, true),
  p('Díszpárna', 6_990, 6, true),
  p('Függöny, 2 db', 12_990, 5, true),
  p('Ágynemű-garnitúra', 15_990, 5, true),
];

const SURNAMES = (
  'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács ' +
  'Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis ' +
  'Szűcs Kocsis Pintér Fodor Szalai Sipos Magyar Lukács Gulyás Biró Király Katona László Jakab'
).split(' ');
const GIVEN = (
  'Anna Katalin Éva Zsuzsanna Mária Erzsébet Judit Ágnes Ildikó Krisztina Andrea Eszter ' +
  'Réka Nóra Petra Dóra Zsófia Viktória Edit Tímea László István József Zoltán Sándor ' +
  'Gábor Ferenc Attila Péter Tamás János Balázs Dávid Gergely Bence Máté Ádám Csaba Imre Tibor'
).split(' ');
const CITIES = ['Budapest', 'Debrecen', 'Szeged', 'Pécs', 'Győr', 'Miskolc', 'Kecskemét'];
const CITY_WEIGHTS = [45, 10, 10, 9, 9, 9, 8];

// Prices follow inflation: about 1% a month from 2022 on, rounded to 100 forints.
const price = (product: Product, day: number): number => {
  const months = Math.max(0, Math.floor((day - 730) / 30.4));
  return Math.round((product.price * (1 + 0.01 * months)) / 100) * 100;
};

export function furnitureProfile(seed = 20200101, customers = 1000): ShopProfile {
  return {
    seed,
    customers,
    start: { year: 2020, month: 0, day: 1 },
    months: 60,
    products: PRODUCTS,
    segments: [
      { weight: 0.55, gap: [0, 0], regularity: 1, churn: 1, bigSpender: false },
      // Back after a year or two: the next room.
      { weight: 0.33, gap: [300, 720], regularity: 2, churn: 0.45, bigSpender: false },
      // Furnishing a new home step by step.
      { weight: 0.1, gap: [90, 300], regularity: 2, churn: 0.3, bigSpender: false },
      // Landlords and interior designers.
      { weight: 0.02, gap: [45, 150], regularity: 3, churn: 0.08, bigSpender: true },
    ],
    // January sales, spring and autumn moves.
    monthWeights: [1.3, 0.9, 1.2, 1.3, 1.1, 0.8, 0.7, 1, 1.3, 1.2, 1, 0.9],
    yearlyGrowth: 1.05,
    hourWeights: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 3, 3, 3, 3, 3.5, 3, 2, 0.2, 0, 0, 0],
    closed: [0], // Sunday
    basketSizes: { values: [1, 2, 3], weights: [60, 28, 12] },
    quantities: { values: [1, 2, 4], weights: [86, 8, 6] },
    bigSpenderExtra: 2,
    favouriteChance: 0.3,
    firstDurableChance: 0.8,
    price,
    returns: { rate: 0.02, delay: [3, 14] },
    firstOrderId: 20_001,
    identity: (rng, taken) => unique(taken, () => `${rng.pick(SURNAMES)} ${rng.pick(GIVEN)}`),
    attribute: (rng) => rng.weighted(CITIES, CITY_WEIGHTS),
  };
}

const FORINT = { group: ' ', decimal: ',', fractionDigits: 0 };

/** The invoicing program's export: one row per line, `2024.01.15.`, `289 900 Ft`. */
export function furnitureCsv(profile = furnitureProfile()): string {
  const rows = generateOrders(profile).flatMap((order) => {
    const d = orderDate(profile, order.time);
    const date = `${d.getUTCFullYear()}.${two(d.getUTCMonth() + 1)}.${two(d.getUTCDate())}.`;
    return order.lines.map((line) =>
      csvLine(
        [
          order.id,
          date,
          order.customer.identity,
          line.product.name,
          `${formatAmount(line.quantity * line.unitPrice, FORINT)} Ft`,
          order.customer.attribute,
        ],
        ';',
      ),
    );
  });
  return csvFile([csvLine(FURNITURE_HEADER, ';'), ...rows]);
}
