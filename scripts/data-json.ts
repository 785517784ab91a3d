/** `npm run -s data:json`: the whole dataset as JSON on stdout, one entry per meaning. */
import { STATUS_CODES } from '../data/index.ts';
import { VENDORS } from '../data/vendors.ts';

const entries = STATUS_CODES.flatMap(({ meanings }) =>
  meanings.map((m) => (m.vendor ? { ...m, vendorName: VENDORS[m.vendor].name.en } : m)),
);
process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
