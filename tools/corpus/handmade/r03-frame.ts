// A project's accrual table put in a text frame (Insert › Frame, then the table inside it): where it stood (full width,
// or narrower), or beside the project's narrative with the text flowing round it (frame right or left, wrap parallel),
// or beside its own project heading. Truth: the report. Exact or a refusal is right; narrative lines read into the
// table's cells, table cells read into the narrative, or an entry lost, is wrong.
import { framedTables, type Frame } from './frame.js';
import { build } from './rlib.js';
const kinds: Record<string, Frame> = {
  inPlace: { anchor: 'inplace', share: 1, side: 'left', wrap: 'none' },
  inPlaceNarrow: { anchor: 'inplace', share: 0.6, side: 'left', wrap: 'none' },
  besideNarrRight: { anchor: 'narrative', share: 0.58, side: 'right', wrap: 'parallel' },
  besideNarrLeft: { anchor: 'narrative', share: 0.58, side: 'left', wrap: 'parallel' },
  besideNarrWide: { anchor: 'narrative', share: 0.7, side: 'right', wrap: 'dynamic' },
  besideHeading: { anchor: 'heading', share: 0.66, side: 'right', wrap: 'parallel' },
};
build(process.argv[2] ?? '/tmp/handmade/r03-frame/out', framedTables(kinds, [431, 432, 433, 434, 435, 436]));
