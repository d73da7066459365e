// Warm median render time of the seed (budgets: PDF ≤ 50 ms, DOCX ≤ 30 ms).
import { readFileSync } from 'node:fs';
import { reportDocumentSchema } from '../src/domain/report.js';
import { renderDocx, renderHtml, renderPdf } from '../src/documents/render/index.js';
import { GOLDEN_PATH, median, report, timeRuns } from './support.js';

const seed = reportDocumentSchema.parse(JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')));
// As a draft: the mark on every page and the watermark are the most a report's frame adds.
const DRAFT = { organisation: 'Stockholms stad', approval: null };
const runs = 60;

const pdf = median(await timeRuns(() => renderPdf(seed, DRAFT), runs));
report('render seed PDF (warm median)', pdf, 'ms', '≤ 50 ms', pdf <= 50);
const docx = median(await timeRuns(() => renderDocx(seed, DRAFT), runs));
report('render seed DOCX (warm median)', docx, 'ms', '≤ 30 ms', docx <= 30);
const html = median(await timeRuns(() => renderHtml(seed, DRAFT, { standalone: true }), runs));
report('render seed HTML (warm median)', html, 'ms', '—', true);
