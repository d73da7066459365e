import type { RoundCode } from '../domain/period.js';

// Plain data, apart from the loader (load-demo-data.ts): the command line's start reads it without the database.
/**
 * The demo's history (`demo/history/`): legacy reports of other committees in the seed's style, each
 * stored approved in the round its accrual period lies in, so Översikt, Ekonomi and the public record
 * show where the money went in several committees — 2015 in every round, and 2014's annual report
 * beside the seed's draft for the comparison with the year before.
 */
export const DEMO_HISTORY: ReadonlyArray<{ file: string; round: RoundCode }> = [
  { file: 'kungsholmen-t3-vb-2014.txt', round: { year: 2014, kind: 'VB' } },
  { file: 'enskede-arsta-vantor-t1-2015.txt', round: { year: 2015, kind: 'T1' } },
  { file: 'rinkeby-kista-t1-2015.txt', round: { year: 2015, kind: 'T1' } },
  { file: 'skarholmen-t2-2015.txt', round: { year: 2015, kind: 'T2' } },
  { file: 'bromma-vb-2015.txt', round: { year: 2015, kind: 'VB' } },
  { file: 'skarpnack-vb-2015.txt', round: { year: 2015, kind: 'VB' } },
];
