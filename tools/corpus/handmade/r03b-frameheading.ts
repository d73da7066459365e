// Variant of r03 (more seeds for its one silent failure): the table's frame beside its own project heading, right or
// left, 55–75 % of the width, wrap parallel or optimal. Truth: the report.
// From r03: a project's accrual table put in a text frame (Insert › Frame, then the table inside it): where it stood (full width,
// or narrower), or beside the project's narrative with the text flowing round it (frame right or left, wrap parallel),
// or beside its own project heading. Truth: the report. Exact or a refusal is right; narrative lines read into the
// table's cells, table cells read into the narrative, or an entry lost, is wrong.
import { framedTables, type Frame } from './frame.js';
import { build } from './rlib.js';
const kinds: Record<string, Frame> = {
  headRight66: { anchor: 'heading', share: 0.66, side: 'right', wrap: 'parallel' },
  headRight55: { anchor: 'heading', share: 0.55, side: 'right', wrap: 'parallel' },
  headRight75: { anchor: 'heading', share: 0.75, side: 'right', wrap: 'dynamic' },
  headLeft60: { anchor: 'heading', share: 0.6, side: 'left', wrap: 'parallel' },
};
build(process.argv[2] ?? '/tmp/handmade/r03b-frameheading/out', framedTables(kinds, [601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 434]));
