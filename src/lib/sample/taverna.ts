// The Greek sample: a family taverna that knows its guests by name. The till exports one row
// per bill, semicolon-separated, with day/month/year dates and euro amounts written the
// Greek way (`48,50 €`). Summer brings tourists who come once; locals come back every week.
import { generateOrders, orderDate, unique, type Product, type ShopProfile } from './engine';
import type { Random } from './random';
import { csvFile, csvLine, formatAmount, two } from './write';

export const TAVERNA_HEADER = ['Αρ. απόδειξης', 'Ημερομηνία', 'Πελάτης', 'Σύνολο'];

function p(name: string, price: number, weight: number, consumable = false): Product {
  return { name, price, weight, consumable };
}

// Starters, wine and raki are what regulars always order; a first visit includes a main.
const PRODUCTS: readonly Product[] = [
  p('Χωριάτικη σαλάτα', 9.5, 9, true),
  p('Τζατζίκι', 4.5, 8, true),
  p('Φάβα', 6, 5, true),
  p('Ντολμαδάκια', 6.5, 4, true),
  p('Σπανακόπιτα', 6, 4, true),
  p('Κεφτεδάκια', 8, 6, true),
  p('Χόρτα βραστά', 5, 4, true),
  p('Πατάτες τηγανητές', 4.5, 8, true),
  p('Ψωμί', 1, 10, true),
  p('Κρασί χύμα μισόκιλο', 6, 8, true),
  p('Τσίπουρο καραφάκι', 8, 5, true),
  p('Ούζο καραφάκι', 8, 3, true),
  p('Μπίρα', 4.5, 6, true),
  p('Νερό εμφιαλωμένο', 1.5, 5, true),
  p('Μουσακάς', 12, 5),
  p('Γεμιστά', 9.5, 4),
  p('Παστίτσιο', 11, 3),
  p('Παϊδάκια αρνίσια', 17, 4),
  p('Σουβλάκι χοιρινό', 10, 5),
  p('Καλαμαράκια τηγανητά', 11, 4),
  p('Χταπόδι σχάρας', 16, 3),
  p('Τσιπούρα σχάρας', 17, 3),
  p('Γλυκό ταψιού', 5, 3),
];

const MALE = (
  'Γιώργος Νίκος Κώστας Γιάννης Δημήτρης Παναγιώτης Χρήστος Βασίλης Αντώνης Μιχάλης ' +
  'Σταύρος Θανάσης Σπύρος Μανώλης Λευτέρης Αλέξανδρος Στέλιος Άγγελος Ηλίας Παύλος ' +
  'Θοδωρής Στάθης Αποστόλης Μάρκος Φώτης Λάμπρος Τάσος Ανδρέας Πέτρος Κυριάκος'
).split(' ');
const FEMALE = (
  'Μαρία Ελένη Κατερίνα Σοφία Άννα Δήμητρα Γεωργία Ιωάννα Βασιλική Χριστίνα ' +
  'Ευαγγελία Αγγελική Φωτεινή Δέσποινα Ειρήνη Νίκη Ζωή Αλεξάνδρα Μαρίνα Στέλλα ' +
  'Αθηνά Ευτυχία Παρασκευή Κωνσταντίνα Ρένα Βούλα Λένα Ξανθή Θεοδώρα Αργυρώ'
).split(' ');
// Surnames as [man's form, woman's form].
const SURNAMES: [string, string][] = (
  'Παπαδόπουλος:Παπαδοπούλου Γεωργίου:Γεωργίου Νικολάου:Νικολάου Ιωάννου:Ιωάννου ' +
  'Κωνσταντίνου:Κωνσταντίνου Παππάς:Παππά Βλάχος:Βλάχου Οικονόμου:Οικονόμου ' +
  'Αλεξίου:Αλεξίου Μακρής:Μακρή Καραγιάννης:Καραγιάννη Δημητρίου:Δημητρίου ' +
  'Αθανασίου:Αθανασίου Πετρόπουλος:Πετροπούλου Σαρρής:Σαρρή Μαυρίδης:Μαυρίδου ' +
  'Ζαχαρίου:Ζαχαρίου Κυριακίδης:Κυριακίδου Τσολάκης:Τσολάκη Λαμπράκης:Λαμπράκη ' +
  'Χατζής:Χατζή Αντωνίου:Αντωνίου Μιχαηλίδης:Μιχαηλίδου Σταματόπουλος:Σταματοπούλου ' +
  'Φραγκιαδάκης:Φραγκιαδάκη Μανωλάκης:Μανωλάκη Δασκαλάκης:Δασκαλάκη Ξυλούρης:Ξυλούρη ' +
  'Βενετάκης:Βενετάκη Σπανός:Σπανού'
)
  .split(' ')
  .map((pair) => pair.split(':') as [string, string]);
// Summer visitors who book a table once.
const VISITOR_FIRST = (
  'Emma Lukas Sophie Pierre Giulia Marco Anna Daan Oliver Charlotte Jonas Léa Sanne Olivia ' +
  'Noah Freja Mia Louis Chiara James'
).split(' ');
const VISITOR_LAST = (
  'Schmidt Müller Martin Dubois Rossi Bianchi Jansen Bakker Smith Brown Weber Bernard ' +
  'Wilson Johansson Nielsen Fischer Petit Romano Taylor Novak'
).split(' ');

function guest(rng: Random, taken: Set<string>, visitor: boolean): string {
  return unique(taken, () => {
    if (visitor && rng.chance(0.6)) return `${rng.pick(VISITOR_FIRST)} ${rng.pick(VISITOR_LAST)}`;
    const woman = rng.chance(0.5);
    const [his, hers] = rng.pick(SURNAMES);
    return `${rng.pick(woman ? FEMALE : MALE)} ${woman ? hers : his}`;
  });
}

const PRICE_RISE_DAY = 456; // 2024-04-01: the new menu, 8% dearer

export function tavernaProfile(seed = 20230301, customers = 800): ShopProfile {
  return {
    seed,
    customers,
    start: { year: 2023, month: 0, day: 1 },
    months: 24,
    products: PRODUCTS,
    segments: [
      { weight: 0.5, gap: [0, 0], regularity: 1, churn: 1, bigSpender: false },
      { weight: 0.3, gap: [45, 120], regularity: 2, churn: 0.2, bigSpender: false },
      { weight: 0.16, gap: [10, 30], regularity: 3, churn: 0.06, bigSpender: false },
      // Big families and name-day parties.
      { weight: 0.04, gap: [14, 35], regularity: 4, churn: 0.04, bigSpender: true },
    ],
    // Tourist season from May to September.
    monthWeights: [0.6, 0.6, 0.8, 1.1, 1.5, 1.8, 2.1, 2.2, 1.5, 1, 0.7, 0.9],
    yearlyGrowth: 1.1,
    // Lunch from one, dinner from eight; the kitchen closes after midnight.
    hourWeights: [
      0.4, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 2, 2.5, 2, 0.8, 0.2, 0.3, 1, 3, 4, 3.5, 1.5,
    ],
    closed: [1], // Monday
    basketSizes: { values: [3, 4, 5, 6, 7], weights: [20, 30, 25, 15, 10] },
    quantities: { values: [1, 2, 3], weights: [70, 22, 8] },
    bigSpenderExtra: 3,
    favouriteChance: 0.7,
    firstDurableChance: 0.6,
    price: (product, day) =>
      day >= PRICE_RISE_DAY ? Math.round(product.price * 1.08 * 2) / 2 : product.price,
    returns: { rate: 0, delay: [0, 0] },
    firstOrderId: 1,
    identity: (rng, taken, segment) => guest(rng, taken, segment.churn === 1),
  };
}

const EURO = { group: '.', decimal: ',', fractionDigits: 2 };

/** The till's export: one row per bill, `25/01/2024 21:30`, `48,50 €`. */
export function tavernaCsv(profile = tavernaProfile()): string {
  const rows = generateOrders(profile).map((order) => {
    const d = orderDate(profile, order.time);
    const total = order.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
    return csvLine(
      [
        order.id,
        `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ` +
          `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
        order.customer.identity,
        `${formatAmount(total, EURO)} €`,
      ],
      ';',
    );
  });
  return csvFile([csvLine(TAVERNA_HEADER, ';'), ...rows]);
}
