// Every earlier version of a report, rebuilt from its content now and its audit trail, is exactly
// what the report held at that version: a long editing session on both engines with every kind of
// change a committee makes (amounts, rows added and deleted in the middle, long paragraphs changed
// in a word at their start, middle and end — stored compactly —, a passage that repeats, texts
// with … of their own, a value changed back, a narrative removed and written again, indicator
// outcomes), with comments, a submission and a return between the saves, and a restore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { createIndicator } from '../../src/app/indicators/create-indicator.js';
import { commentOnReport } from '../../src/app/reports/comment-on-report.js';
import type { EditableContent, EditableProject } from '../../src/app/reports/content-changes.js';
import { getReportHistory } from '../../src/app/reports/get-report-history.js';
import { contentAt, rebuildVersions } from '../../src/app/reports/report-versions.js';
import { loadReportContent } from '../../src/app/reports/report-view.js';
import { restoreReportVersion } from '../../src/app/reports/restore-report-version.js';
import { returnReport } from '../../src/app/reports/return-report.js';
import { saveReport } from '../../src/app/reports/save-report.js';
import { submitReport } from '../../src/app/reports/submit-report.js';
import { auditEvents } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser } from '../support/server.js';
import { aRoundReport, anEntry } from '../server/report-fixtures.js';

const SENTENCE = 'Trygghetsvandringar genomfördes i Vällingby och Hässelby gård tillsammans med polisen och bostadsbolagen. ';
const LONG = Array.from({ length: 12 }, (_, i) => SENTENCE.replace('Vällingby', `Vällingby (${i + 1})`)).join('').trim();
const HALF = 'Under hösten arbetade fältassistenterna med unga i Hässelby strand, Hässelby gård och Vällingby centrum, ofta sent på kvällarna';
const REST = 'och samarbetet med skolorna, fritidsgårdarna och föreningarna har fortsatt enligt planen för året';

type Mutation = (content: EditableContent) => EditableContent;
const project = (c: EditableContent, p: number, change: (project: EditableProject) => Partial<EditableProject>): EditableContent => ({
  ...c, projects: c.projects.map((x, i) => (i === p ? { ...x, ...change(x) } : x)),
});
const paragraphs = (c: EditableContent, p: number, change: (list: string[]) => string[]) =>
  project(c, p, (x) => ({ narrative: { title: x.narrative?.title ?? '', paragraphs: change([...(x.narrative?.paragraphs ?? [])]) } }));
const entries = (c: EditableContent, p: number, change: (list: EditableProject['entries'][number][]) => EditableProject['entries'][number][]) =>
  project(c, p, (x) => ({ entries: change([...x.entries]) }));
const indicator = (c: EditableContent, change: { outcome?: string; comment?: string }) =>
  project(c, 0, (x) => ({ indicators: (x.indicators ?? []).map((i, n) => (n === 0 ? { ...i, ...change } : i)) }));

describe.each(TEST_DIALECTS)('an earlier version rebuilt from the trail on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let clock = Date.parse('2014-09-15T08:00:00.000Z');
  const now = () => new Date(clock);
  let reporter: AppContext;
  let approver: AppContext;
  let controller: AppContext;
  let reportId: number;
  /** What the report held at each version, as read from the database right after the change. */
  const snapshots = new Map<number, EditableContent>();

  const contentOf = async () => {
    const { document, detail } = await loadReportContent(database().db, reporter.actor, reportId);
    return { version: detail.meta.version, content: { accrualPeriod: document.accrualPeriod, projects: document.projects } satisfies EditableContent };
  };
  const snapshot = async () => {
    const { version, content } = await contentOf();
    snapshots.set(version, content);
    return version;
  };
  const save = async (mutate: Mutation, as: AppContext = reporter) => {
    clock += 60_000;
    const { content: before, version } = await contentOf();
    const { sections } = await loadReportContent(database().db, as.actor, reportId);
    const after = mutate(before);
    await saveReport(as, {
      reportId, version, accrualPeriod: after.accrualPeriod,
      sections: sections.map((s, p) => ({
        id: s.id, entries: after.projects[p]!.entries, narrative: after.projects[p]!.narrative,
        indicators: (after.projects[p]!.indicators ?? []).map((i) => ({ name: i.name, outcome: i.outcome ?? null, comment: i.comment ?? '' })),
      })),
    });
    return snapshot();
  };

  beforeAll(async () => {
    const made = await aRoundReport(database(), {
      year: 2014, kind: 'T2', projects: [{ number: 1, name: 'Trygghetsskapande åtgärder' }, { number: 2, name: 'Lärandecenter' }],
      content: [
        { entries: [anEntry(10_700_000), anEntry(500_000, 'Hyra')], narrative: { title: 'Trygghet', paragraphs: [LONG, 'Kort stycke.'] } },
        { entries: [anEntry(2_000_000)], narrative: { title: 'Lärande', paragraphs: [] } },
      ],
    });
    reportId = made.reportId;
    const user = async (role: 'reporter' | 'approver' | 'controller', name: string): Promise<AppContext> => {
      const u = await createUser(database(), { role, committeeId: role === 'controller' ? null : made.committeeId, name });
      return { database: database(), actor: { kind: 'user', id: u.id, name, role, committeeId: u.committeeId }, ip: '127.0.0.1', now };
    };
    reporter = await user('reporter', 'Rut Rapportör');
    approver = await user('approver', 'Arne Attestant');
    controller = await user('controller', 'Conny Controller');
    await createIndicator(controller, made.projectIds[0]!, { name: 'Trygghetsvandringar', unit: 'st', baseline: '4' });
    await snapshot();
  });

  afterAll(() => snapshots.clear());

  it('is exact for every version of a long session, compact narratives included', async () => {
    const repeated = `${HALF} tio ${REST}. ${HALF} tolv ${REST}.`;
    const mutations: Mutation[] = [
      (c) => entries(c, 0, (e) => [{ ...e[0]!, amountOre: 10_800_000 }, ...e.slice(1)]),
      (c) => paragraphs(c, 0, (p) => [p[0]!.replace('Vällingby (6)', 'Råcksta (6)'), ...p.slice(1)]),
      (c) => paragraphs(c, 0, (p) => [p[0]!.replace('Trygghetsvandringar', 'Nattvandringar'), ...p.slice(1)]),
      (c) => paragraphs(c, 0, (p) => [p[0]!.replace(/bostadsbolagen\.$/u, 'bostadsbolagen och skolan.'), ...p.slice(1)]),
      (c) => entries(c, 0, (e) => [...e, anEntry(-120_050, 'Rättelse av fakturerat belopp')]),
      (c) => entries(c, 0, (e) => [...e.slice(0, 2), { ...e[2]!, text: `Rättelse: ${SENTENCE.repeat(4).trim()}`.slice(0, 480) }]),
      (c) => entries(c, 0, (e) => [...e.slice(0, 2), { ...e[2]!, text: e[2]!.text.replace('polisen', 'räddningstjänsten') }]),
      // The first row deleted: every later row moves up one place.
      (c) => entries(c, 0, (e) => e.slice(1)),
      (c) => project(c, 0, (x) => ({ narrative: { title: 'Trygghet och trivsel', paragraphs: x.narrative!.paragraphs } })),
      (c) => paragraphs(c, 0, (p) => [...p, 'Ett nytt sista stycke.']),
      (c) => paragraphs(c, 0, (p) => p.slice(1)),
      (c) => ({ ...c, accrualPeriod: { from: c.accrualPeriod.from, to: '2014-08-30' } }),
      (c) => indicator(c, { outcome: '8' }),
      (c) => indicator(c, { comment: 'Två vandringar flyttades till våren, '.repeat(8).trim() }),
      (c) => indicator(c, { comment: 'Två vandringar flyttades till våren, '.repeat(8).trim().replace('våren', 'hösten') }),
      (c) => paragraphs(c, 1, () => [repeated]),
      // The change makes the two halves alike: its compact form would fit twice, so it is kept whole.
      (c) => paragraphs(c, 1, () => [repeated.replace(' tio ', ' tolv ')]),
      (c) => paragraphs(c, 1, (p) => [...p, `…${LONG}…`]),
      (c) => paragraphs(c, 1, (p) => [p[0]!, `…${LONG.replace('Hässelby gård', 'Hässelby strand')}…`]),
      (c) => ({ ...c, accrualPeriod: { from: c.accrualPeriod.from, to: '2014-08-31' } }),
      (c) => project(c, 1, () => ({ narrative: null })),
      (c) => project(c, 1, () => ({ narrative: { title: 'Lärande igen', paragraphs: ['Nytt.'] } })),
    ];
    for (const mutate of mutations) await save(mutate);
    clock += 60_000;
    await commentOnReport(approver, { reportId, body: 'Ser bra ut, jag skickar in.' });
    const loaded = (await contentOf()).version;
    await submitReport(approver, { reportId, version: loaded });
    clock += 60_000;
    await returnReport(controller, { reportId, version: loaded + 1, reason: 'Beloppet i rad 1 stämmer inte.' });
    await snapshot();
    await save((c) => entries(c, 0, (e) => [{ ...e[0]!, amountOre: 480_000 }, ...e.slice(1)]), approver);
    // Back where it was before: the save stores the change, the combination of the two shows none.
    await save((c) => entries(c, 0, (e) => [{ ...e[0]!, amountOre: 500_000 }, ...e.slice(1)]), approver);

    const { version: current, content } = await contentOf();
    const events = await auditEvents.listForReport(database().db, reportId);
    const versions = rebuildVersions(content, current, events);
    expect(versions.firstVersion).toBe(1);
    expect(snapshots.size).toBe(current - 1);
    for (let version = 1; version <= current; version += 1) {
      // Every version: a save's, and the submission's (the content it was submitted with).
      const expected = snapshots.get(version) ?? snapshots.get(version - 1);
      expect([version, contentAt(versions, version)]).toEqual([version, expected]);
    }
    expect(contentAt(versions, 0)).toBeUndefined();
    expect(contentAt(versions, current + 1)).toBeUndefined();
    // The trail really is compact: the paragraph's events hold the changed words, not the paragraph.
    const compactEvent = events.find((e) => JSON.stringify(e.after).includes('Råcksta (6)'));
    expect(JSON.stringify(compactEvent?.after).length).toBeLessThan(LONG.length / 2);
    // …but not where the compact form would fit the paragraph in two places.
    expect(events.some((e) => (e.before as Record<string, unknown> | undefined)?.['projects.1.narrative.paragraphs.0'] === repeated)).toBe(true);
  });

  it('restores an earlier version as a new save, exactly, and rebuilds past the restore too', async () => {
    const { version: loaded } = await contentOf();
    const target = 6;
    clock += 60_000;
    await restoreReportVersion(reporter, { reportId, version: loaded, restoreVersion: target });
    const restored = await contentOf();
    expect(restored.version).toBe(loaded + 1);
    // The content of version 6 exactly, indicator rows as the project has them (the same here).
    expect(restored.content).toEqual(snapshots.get(target));
    const event = (await auditEvents.listForReport(database().db, reportId)).at(-1);
    expect(event).toMatchObject({ action: 'report.restored', actorLabel: 'Rut Rapportör', after: expect.objectContaining({ restoredVersion: target }) });
    await snapshot();
    await save((c) => paragraphs(c, 1, (p) => [...p, 'Efter återställningen.']));

    const { version: current, content } = await contentOf();
    const versions = rebuildVersions(content, current, await auditEvents.listForReport(database().db, reportId));
    for (const [version, expected] of snapshots) expect([version, contentAt(versions, version)]).toEqual([version, expected]);

    const history = await getReportHistory(reporter, reportId);
    expect(history.entries[0]).toMatchObject({ action: 'report.saved', eventCount: 1, restorable: false, version: current });
    expect(history.entries[1]).toMatchObject({ action: 'report.restored', actionName: `Återställde version ${target}`, version: loaded + 1, restorable: true });
  });
});
