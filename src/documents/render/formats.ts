/** The formats a report can be rendered to. */
export const DOCUMENT_FORMATS = ['pdf', 'docx', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** True when a string names one of the formats. */
export function isDocumentFormat(value: string): value is DocumentFormat {
  return (DOCUMENT_FORMATS as readonly string[]).includes(value);
}

/** The formats the city-wide report is made in. */
export const CITY_REPORT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type CityReportFormat = (typeof CITY_REPORT_FORMATS)[number];
