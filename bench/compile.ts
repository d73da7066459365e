// The city-wide compilation of a round (budget: 14 committees × 20 projects to PDF ≤ 2 s), each
// committee approved with 5 entries and a 3-paragraph narrative per project. Cold is the first
// render in the process (fonts read and trimmed); warm is the median of the runs after it.
import { renderCityReportDocx } from '../src/documents/render/city-report-docx.js';
import { renderCityReportPdf } from '../src/documents/render/city-report-pdf.js';
import { renderCityReportXlsx } from '../src/documents/render/city-report-xlsx.js';
import { benchModel } from './compile-model.js';
import { machineLoad, median, report, timeRuns } from './support.js';

console.log(machineLoad());
const model = benchModel();
let start = process.hrtime.bigint();
const pdf = await renderCityReportPdf(model);
const cold = Number(process.hrtime.bigint() - start) / 1e6;
report(`compile PDF cold (${(pdf.byteLength / 1e6).toFixed(1)} MB)`, cold, 'ms', '≤ 2000 ms', cold <= 2000);
const warm = median(await timeRuns(() => renderCityReportPdf(model), 5, 1));
report('compile PDF (warm median)', warm, 'ms', '≤ 2000 ms', warm <= 2000);
start = process.hrtime.bigint();
await renderCityReportDocx(model);
const docx = Number(process.hrtime.bigint() - start) / 1e6;
report('compile DOCX', docx, 'ms', '—', true);
start = process.hrtime.bigint();
await renderCityReportXlsx(model);
const xlsx = Number(process.hrtime.bigint() - start) / 1e6;
report('compile XLSX', xlsx, 'ms', '—', true);
