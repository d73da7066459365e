import { createHash } from 'node:crypto';
import { auditEvents, exportBatches, programmes, roundAccruals, withTransaction, type Executor } from '../../db/index.js';
import type { ExportBatch } from '../../db/repositories/export-batches.js';
import type { ApprovedEntry, RoundReport } from '../../db/repositories/round-accruals.js';
import { writeSie4, type SieFile } from '../../documents/export/sie.js';
import { toCp437Text } from '../../documents/export/sie-text.js';
import { AppError } from '../../domain/errors.js';
import { sumOre } from '../../domain/money.js';
import { roundClosingDate } from '../../domain/period.js';
import { COUNTERPARTY_DIMENSION, PROJECT_DIMENSION, vouchersFor, type LedgerVoucher } from '../../domain/sie-vouchers.js';
import { stockholmDate } from '../../domain/lateness.js';
import { actorId, actorLabel, type Actor, type AppContext } from '../context.js';
import { organisationName } from '../organisation.js';
import { canExportLedger } from '../policies/finance.js';
import { roundByCode } from './round-by-code.js';

/** What an export wrote: the batch and the file. */
export interface SieExportResult {
  batch: ExportBatch;
  round: string;
  file: Uint8Array;
  /** Reports of the round left out because they are not approved. */
  notApproved: { committee: string; state: string }[];
  /** Texts written in their nearest CP437 form (SIE's character set), for a person to glance at. */
  warnings: string[];
}

// Names of the accounts our vouchers use, as Kommun-Bas calls them; any other account is named by its number.
const ACCOUNT_NAMES: Readonly<Record<string, string>> = { '1790': 'Upplupna intäkter', '3699': 'Övriga intäkter' };

/** Throws 403 unless the actor may export a round's approved accruals to the ledger. */
export function assertMayExport(actor: Actor): void {
  if (!canExportLedger(actor)) throw new AppError('forbidden', 'Bara controllers kan exportera till redovisningen.');
}

/**
 * Exports the round's approved reports as an SIE 4I file and records it as the next numbered batch.
 * Reports already booked in an earlier batch are left out; a report approved again after a change since
 * its export, or a round with nothing new, is refused unless `again` (then every approved report goes
 * again, in a batch marked as a repeat). `deliver` runs inside the transaction: when the file cannot be
 * written, no batch is recorded.
 */
export async function exportSie(
  ctx: AppContext,
  input: { round: string; again?: boolean },
  deliver: (file: Uint8Array) => Promise<void> = async () => undefined,
): Promise<SieExportResult> {
  assertMayExport(ctx.actor);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const round = await roundByCode(trx, input.round);
    const all = await roundAccruals.reportsOfRound(trx, round.id);
    const approvedReports = all.filter((r) => r.state === 'approved');
    if (approvedReports.length === 0) {
      throw new AppError('conflict', `Omgången ${round.code} har ingen godkänd redovisning att exportera.`, { field: 'round' });
    }
    const earlier = await exportBatches.exportsOfReports(trx, approvedReports.map((r) => r.reportId));
    const chosen = input.again ? approvedReports : reportsToExport(approvedReports, earlier, round.code);
    const chosenIds = new Set(chosen.map((r) => r.reportId));
    const entries = (await roundAccruals.approvedEntries(trx, round.id)).filter((e) => chosenIds.has(e.reportId));
    const vouchers = vouchersFor(entries, { code: round.code, closingDate: roundClosingDate(round) });
    const warnings: string[] = [];
    const file = writeSie4(inCp437(sieFile(vouchers, entries, stockholmDate(now), await programmeNamesByIkb(trx), await organisationName(trx)), warnings));
    const batch = await exportBatches.record(trx, {
      roundId: round.id, createdAt: now.toISOString(), actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor),
      again: chosen.some((r) => earlier.has(r.reportId)),
      voucherCount: vouchers.length, entryCount: entries.length, totalOre: sumOre(entries.map((e) => e.amountOre)),
      fileSha256: createHash('sha256').update(file).digest('hex'), fileBase64: Buffer.from(file).toString('base64'),
      reports: chosen.map((r) => ({ reportId: r.reportId, version: r.version })),
      entryIds: entries.map((e) => e.entryId),
    });
    await auditEvents.append(trx, {
      occurredAt: now, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), ip: ctx.ip ?? null,
      action: 'round.exported', entityType: 'round', entityId: round.id,
      after: {
        round: round.code, batch: batch.id, again: batch.again, reports: chosen.map((r) => r.reportId),
        vouchers: batch.voucherCount, entries: batch.entryCount, totalOre: batch.totalOre,
      },
    });
    await deliver(file);
    return {
      batch, round: round.code, file,
      notApproved: all.filter((r) => r.state !== 'approved').map((r) => ({ committee: r.committeeName, state: r.state })),
      warnings,
    };
  });
}

// Unless exported again: the approved reports no batch has carried. One carried at another version was
// changed after it was booked: exporting the new version would book it twice, leaving it out would
// hide the change, so the export is refused and a person decides.
function reportsToExport(approved: readonly RoundReport[], earlier: Map<number, { batchId: number; version: number }[]>, code: string): RoundReport[] {
  const changed = approved.filter((r) => earlier.get(r.reportId)?.every((e) => e.version !== r.version));
  if (changed.length > 0) {
    const names = changed.map((r) => `${r.committeeName} (exporterad i batch ${earlier.get(r.reportId)?.map((e) => e.batchId).join(', ')}, ändrad efter det)`);
    throw new AppError('conflict',
      `${names.join('; ')}: redovisningen har godkänts igen efter exporten. Boka rättelsen för hand eller exportera omgången ${code} igen.`,
      { field: 'again' });
  }
  const fresh = approved.filter((r) => !earlier.has(r.reportId));
  if (fresh.length === 0) {
    const batchIds = [...new Set(approved.flatMap((r) => earlier.get(r.reportId)?.map((e) => e.batchId) ?? []))].sort((a, b) => a - b);
    throw new AppError('conflict',
      `Omgångens godkända redovisningar är redan exporterade (batch ${batchIds.join(', ')}). Exportera igen bara om den batchen inte har bokförts.`,
      { field: 'again', batches: batchIds });
  }
  return fresh;
}

function sieFile(vouchers: LedgerVoucher[], entries: readonly ApprovedEntry[], generatedOn: string, ikbNames: Map<string, string>, companyName: string): SieFile {
  const accounts = [...new Set(vouchers.flatMap((v) => v.lines.map((l) => l.account)))].sort();
  const projects = new Map<string, string>();
  for (const e of entries) if (e.projectCode !== null && !projects.has(e.projectCode)) projects.set(e.projectCode, e.sectionName);
  const ikbs = [...new Set(entries.map((e) => e.ikb))].sort();
  return {
    program: { name: 'Redovisa', version: '0.1' },
    generatedOn,
    companyName,
    accounts: accounts.map((number) => ({ number, name: ACCOUNT_NAMES[number] ?? `Konto ${number}` })),
    dimensions: [{ number: COUNTERPARTY_DIMENSION, name: 'Motpart' }],
    objects: [
      ...[...projects.entries()].sort(([a], [b]) => a.localeCompare(b, 'sv', { numeric: true }))
        .map(([id, name]) => ({ dimension: PROJECT_DIMENSION, id, name })),
      ...ikbs.map((id) => ({ dimension: COUNTERPARTY_DIMENSION, id, name: ikbNames.get(id) ?? `Motpart ${id}` })),
    ],
    vouchers: vouchers.map((v, i) => ({
      series: 'A', number: i + 1, date: v.date, text: v.text,
      transactions: v.lines.map((l) => ({ account: l.account, objects: l.objects, amountOre: l.amountOre, ...(l.text ? { text: l.text } : {}) })),
    })),
  };
}

// Every text and name in the nearest form CP437 carries; each change is noted once.
function inCp437(file: SieFile, warnings: string[]): SieFile {
  const seen = new Set<string>();
  const text = (value: string, where: string) => {
    const converted = toCp437Text(value);
    if (converted.changed && !seen.has(value)) {
      seen.add(value);
      warnings.push(`${where}: ”${value}” skrevs ”${converted.text}” (tecken som SIE:s teckentabell CP437 saknar).`);
    }
    return converted.text;
  };
  return {
    ...file,
    companyName: text(file.companyName, 'Organisationens namn'),
    accounts: file.accounts.map((a) => ({ ...a, name: text(a.name, `Konto ${a.number}`) })),
    objects: file.objects.map((o) => ({ ...o, name: text(o.name, `Objekt ${o.id}`) })),
    vouchers: file.vouchers.map((v) => ({
      ...v,
      text: text(v.text, `Verifikation ${v.number}`),
      transactions: v.transactions.map((t) => (t.text === undefined ? t : { ...t, text: text(t.text, `Verifikation ${v.number}`) })),
    })),
  };
}

// The funding side named as the programme that carries its IKB.
async function programmeNamesByIkb(trx: Executor): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const p of await programmes.list(trx)) if (!map.has(p.ikb)) map.set(p.ikb, p.name);
  return map;
}
