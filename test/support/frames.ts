import type { DocumentFrame } from '../../src/documents/wording.js';

// The frames a report is rendered in (documents/wording.ts): as a draft, marked UTKAST on every page,
// and as approved, ending with its approval. Both name the organisation in every page's footer.

/** A report that is not approved. */
export const DRAFT: DocumentFrame = { organisation: 'Stockholms stad', approval: null };

/** An approved report: approved 2015-02-03 14:05 Stockholm time, version 7. */
export const APPROVED: DocumentFrame = {
  organisation: 'Stockholms stad',
  approval: { at: '2015-02-03T13:05:00.000Z', by: 'Anna Andersson', version: 7 },
};
