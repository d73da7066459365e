import { formatKronor, parseKronor, sumOre } from '../../domain/money.js';
import type { ProjectSection } from '../../domain/report.js';
import { APPROVAL_HEADING, DRAFT_MARK, REPORT_TOTAL_LABEL } from '../wording.js';
import { ImportError } from './errors.js';
import type { SourceLine, TextLine } from './lines.js';

/*
 * What our own documents print besides the report's content (documents/wording.ts): the draft mark
 * at the top of each page, the report's total after the last table, and the approval block at the
 * end. None of it is content. The draft mark and the approval are left out; the total is a check:
 * a file whose total is not the sum of the entries read is refused, never read as a wrong number.
 * (The sum row of each table is a table's total, which the table reader checks: total-row.ts.)
 */

const REPORT_TOTAL = new RegExp(`^${REPORT_TOTAL_LABEL}\\s*:\\s*(.*)$`, 'u');
// The approval block's first line after its heading, as approvalLines writes it.
const APPROVED_AT = /^Godkänd:\s\d{4}-\d{2}-\d{2}\s\d{2}:\d{2}$/u;

/** A report total line: the total it states and where it stands. */
export interface StatedTotal {
  ore: number;
  line: TextLine;
}

/**
 * The lines without our draft marks, report totals and approval block, and the totals they stated.
 * A total stands among the tables, so a line of a narrative (from `narrativeStart` on) is never one.
 * Throws ImportError for a total whose amount cannot be read.
 */
export function withoutOwnMarks(
  lines: readonly SourceLine[], fileName: string, narrativeStart: (line: TextLine) => boolean,
): { lines: SourceLine[]; totals: StatedTotal[] } {
  // The approval block: its heading, then "Godkänd: <date> <time>", then the rest of the file.
  const texts = lines.map((line, index) => ({ line, index })).filter((x): x is { line: TextLine; index: number } => x.line.kind === 'text');
  const block = texts.findLastIndex((x, i) => x.line.text === APPROVAL_HEADING && APPROVED_AT.test(texts[i + 1]?.line.text ?? ''));
  const end = block < 0 ? lines.length : (texts[block]?.index ?? lines.length);
  const totals: StatedTotal[] = [];
  let narratives = false;
  const kept = lines.slice(0, end).filter((line) => {
    if (line.kind !== 'text') return true;
    if (line.text === DRAFT_MARK) return false;
    narratives ||= narrativeStart(line);
    const total = narratives ? null : REPORT_TOTAL.exec(line.text);
    if (!total) return true;
    const amount = parseKronor(total[1] ?? '');
    if (!amount.ok) throw new ImportError(fileName, line, `${REPORT_TOTAL_LABEL} ”${total[1] ?? ''}” kan inte läsas: ${amount.message}`);
    totals.push({ ore: amount.value, line });
    return false;
  });
  return { lines: kept, totals };
}

/** Refuses a stated report total that is not the sum of every entry read. */
export function checkReportTotals(totals: readonly StatedTotal[], projects: readonly ProjectSection[], fileName: string): void {
  const sum = sumOre(projects.flatMap((p) => p.entries.map((e) => e.amountOre)));
  for (const total of totals) {
    if (total.ore === sum) continue;
    const kronor = (ore: number) => formatKronor(ore, { plainSpaces: true });
    throw new ImportError(
      fileName,
      total.line,
      `${REPORT_TOTAL_LABEL} anger ${kronor(total.ore)} kr, men projektens periodiseringar summerar till ${kronor(sum)} kr: något belopp är fel läst eller fel i originalet. Kontrollera beloppen.`,
    );
  }
}
