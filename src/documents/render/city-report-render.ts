import type { CityReport } from './city-report.js';

/** The media type of each format the city-wide report is made in. */
export const CITY_REPORT_MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Renders the city-wide report in one of its formats; each renderer is loaded only when asked for. */
export async function renderCityReport(model: CityReport, format: keyof typeof CITY_REPORT_MEDIA_TYPES): Promise<Uint8Array> {
  if (format === 'pdf') return (await import('./city-report-pdf.js')).renderCityReportPdf(model);
  if (format === 'docx') return (await import('./city-report-docx.js')).renderCityReportDocx(model);
  return (await import('./city-report-xlsx.js')).renderCityReportXlsx(model);
}
