// The city-wide compilation of a round (budget: 14 committees × 20 projects to PDF ≤ 2 s), each
// committee approved with 5 entries and a 3-paragraph narrative per project. Cold is the first
// render in the process (fonts read and trimmed); warm is the median of the runs after it.
import { renderCityReportDocx } from '../src/documents/render/city-report-docx.js';
import { renderCityReportPdf } from '../src/documents/render/city-report-pdf.js';
import { renderCityReportXlsx } from '../src/documents/render/city-report-xlsx.js';
import { benchModel } from './compile-model.js';
import { machineLoad, median, report } from './support.js';

console.log(machineLoad());
const model = benchModel();

// Wall time and the process's CPU time (all threads, so GC helpers count): on a machine shared
// with other work the wall time includes waiting for a core, the CPU time does not.
async function timed(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000 };
}

let size = 0;
const cold = await timed(async () => { size = (await renderCityReportPdf(model)).byteLength; });
report(`compile PDF cold (${(size / 1e6).toFixed(1)} MB)`, cold.wall, 'ms', '≤ 2000 ms', cold.wall <= 2000);
const warm: { wall: number; cpu: number }[] = [];
for (let i = 0; i < 5; i++) warm.push(await timed(() => renderCityReportPdf(model)));
const wall = median(warm.map((w) => w.wall));
report('compile PDF (warm median)', wall, 'ms', '≤ 2000 ms', wall <= 2000);
const cpu = median(warm.map((w) => w.cpu));
report('compile PDF CPU (warm median)', cpu, 'ms', '≤ 2000 ms', cpu <= 2000);
const docx = await timed(() => renderCityReportDocx(model));
report('compile DOCX', docx.wall, 'ms', '—', true);
const xlsx = await timed(() => renderCityReportXlsx(model));
report('compile XLSX', xlsx.wall, 'ms', '—', true);
