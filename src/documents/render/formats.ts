/** The formats a report can be rendered to. */
export const DOCUMENT_FORMATS = ['pdf', 'docx', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
