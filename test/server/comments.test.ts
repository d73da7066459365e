// The conversation on a report (issue 9): the committee and the controller discuss the report and
// each project, threaded; replies stay with what they answer; the history names each comment; readers,
// admins and other committees take no part; nothing is written by a refused comment.
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer } from '../support/server.js';
import { aRoundReport } from './report-fixtures.js';

interface Answer { comments: { id: number; sectionId: number | null; parentId: number | null; kind: string; body: string; authorName: string }[]; abilities: { comment: boolean } }

describe.each(TEST_DIALECTS)('comments on a report on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('lets the committee and the controller talk about the report and a project, threaded, in the history', async () => {
    const app = await startTestServer(database());
    try {
      const report = await aRoundReport(database(), { year: 2022, kind: 'T1', projects: [{ number: 1, name: 'Lärandecenter' }, { number: 2, name: 'Fältassistenter' }] });
      const reporter = await signedIn(app, database(), 'reporter', report.committeeId);
      const controller = await signedIn(app, database(), 'controller');
      const url = `/api/reports/${report.reportId}/comments`;

      const question = await controller.post(url, { body: 'Hur många deltog i läxhjälpen i våras?', sectionId: report.sectionIds[0] });
      expect(question.statusCode).toBe(201);
      const asked = question.json<Answer>().comments.at(-1)!;
      expect(asked).toMatchObject({ sectionId: report.sectionIds[0], parentId: null, kind: 'comment', body: 'Hur många deltog i läxhjälpen i våras?' });

      // The answer belongs to the question's project, whatever project the client names.
      const answer = await reporter.post(url, { body: '  Ungefär 40 elever i veckan.  ', parentId: asked.id });
      expect(answer.statusCode).toBe(201);
      const answered = answer.json<Answer>();
      expect(answered.comments.at(-1)).toMatchObject({ parentId: asked.id, sectionId: report.sectionIds[0], body: 'Ungefär 40 elever i veckan.' });
      expect(answered.abilities.comment).toBe(true);
      expect((await reporter.post(url, { body: 'Fel projekt', parentId: asked.id, sectionId: report.sectionIds[1] })).statusCode).toBe(400);

      // Each side is told: the committee of the controller's question, the controller of the answer.
      const told = async (client: typeof reporter) => (await client.get('/api/notifications')).json<{ notifications: { kind: string; title: string; body: string }[] }>().notifications.filter((n) => n.kind === 'report_commented');
      expect((await told(reporter)).map((n) => n.body)).toEqual([expect.stringContaining('(projekt 1 Lärandecenter): ”Hur många deltog i läxhjälpen i våras?”')]);
      expect((await told(controller)).map((n) => n.body)).toEqual([expect.stringContaining('”Ungefär 40 elever i veckan.”')]);

      const general = await reporter.post(url, { body: 'Vi skickar in på fredag.' });
      expect(general.json<Answer>().comments.at(-1)).toMatchObject({ sectionId: null, parentId: null });

      const events = (await auditEvents.listForReport(database().db, report.reportId)).filter((e) => e.action === 'report.commented');
      expect(events.map((e) => (e.after as { body: string }).body)).toEqual(['Hur många deltog i läxhjälpen i våras?', 'Ungefär 40 elever i veckan.', 'Vi skickar in på fredag.']);
      const history = await reporter.get(`/api/reports/${report.reportId}/history`);
      expect(history.body).toContain('Kommenterade');

      // Refused, naming the field, and nothing written.
      const before = (await auditEvents.listForReport(database().db, report.reportId)).length;
      const refused: [unknown, string][] = [
        [{ body: '   ' }, 'body'],
        [{ body: 'x', sectionId: 999_999 }, 'sectionId'],
        [{ body: 'x', parentId: 999_999 }, 'parentId'],
        [{ body: 'x'.repeat(5_001) }, 'body'],
      ];
      for (const [payload, field] of refused) {
        const res = await reporter.post(url, payload);
        expect([field, res.statusCode, res.json().details?.field]).toEqual([field, 400, field]);
      }
      const reader = await signedIn(app, database(), 'reader');
      const admin = await signedIn(app, database(), 'admin');
      const other = await signedIn(app, database(), 'reporter', (await aRoundReport(database(), { year: 2022, kind: 'T1', projects: [{ number: 1, name: 'Annat' }] })).committeeId);
      expect((await admin.post(url, { body: 'Hej' })).statusCode).toBe(403);
      expect((await reader.post(url, { body: 'Hej' })).statusCode).toBe(404);
      expect((await other.post(url, { body: 'Hej' })).statusCode).toBe(404);
      expect((await auditEvents.listForReport(database().db, report.reportId)).length).toBe(before);
    } finally {
      await app.close();
    }
  });
});
