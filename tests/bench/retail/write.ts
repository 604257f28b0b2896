// Streams a schedule out as Online Retail II CSV lines, one invoice at a time, so that a
// 30-million-line file never sits in memory.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRandom } from '../../../src/lib/sample/random';
import {
  COUNTRIES,
  COUNTRY_WEIGHTS,
  makeCatalog,
  pickIndex,
  popularity,
  QUANTITIES,
  QUANTITY_WEIGHTS,
} from './catalog';
import { dayText, timeText } from './calendar';
import type { Schedule } from './schedule';

export const HEADER =
  'Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country';
const FIRST_INVOICE = 489434;
const FIRST_CUSTOMER = 12346;
const CHUNK = 1 << 20;

export async function writeCsv(path: string, schedule: Schedule, seed: number): Promise<void> {
  const rng = createRandom(seed + 1);
  const catalog = makeCatalog(rng);
  const sells = popularity(catalog.length);
  const countryOf = Uint8Array.from({ length: schedule.customers }, () =>
    COUNTRIES.indexOf(rng.weighted(COUNTRIES, COUNTRY_WEIGHTS)),
  );
  const out = createWriteStream(path);
  let buffer = `${HEADER}\n`;
  const flush = async () => {
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };

  const n = schedule.day.length;
  let invoice = FIRST_INVOICE;
  for (let start = 0; start < n;) {
    // One day's invoices, at sorted times between 07:00 and 20:00.
    let end = start;
    while (end < n && schedule.day[end] === schedule.day[start]) end++;
    const minutes = Array.from({ length: end - start }, () => rng.int(420, 1200)).sort(
      (a, b) => a - b,
    );
    const date = dayText(schedule.day[start]);
    for (let i = start; i < end; i++) {
      const c = schedule.customer[i];
      const cancel = schedule.cancel[i] === 1;
      const id = cancel ? `C${invoice++}` : String(invoice++);
      const when = date + timeText(minutes[i - start]);
      const who = c < 0 ? '' : String(FIRST_CUSTOMER + c);
      const where =
        c < 0 ? (rng.chance(0.95) ? COUNTRIES[0] : 'Unspecified') : COUNTRIES[countryOf[c]];
      for (let l = 0; l < schedule.lines[i]; l++) {
        const product = catalog[pickIndex(sells, rng.next())];
        const quantity = rng.weighted(QUANTITIES, QUANTITY_WEIGHTS);
        const price = rng.chance(0.002) ? 0 : quantity >= 24 ? product.price * 0.85 : product.price;
        buffer += `${id},${product.code},${product.description},${cancel ? -quantity : quantity},${when},${price.toFixed(2)},${who},${where}\n`;
      }
      if (buffer.length >= CHUNK) await flush();
    }
    start = end;
  }
  await flush();
  out.end();
  await once(out, 'finish');
}
