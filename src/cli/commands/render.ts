import { readFile, writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { operatorContext } from '../../app/context.js';
import { AppError } from '../../domain/errors.js';
import type { ReportDocument } from '../../domain/report.js';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../documents/render/formats.js';
import { withDatabase } from '../database.js';

/** `redovisa render INPUT --format pdf|docx|html --out PATH`: a stored report (id) or a JSON file. */
export function renderCommand(): Command {
  return new Command('render')
    .description('Skriver en rapport som PDF/A, DOCX eller HTML: en lagrad redovisning (id) eller en redovisa.report/1-JSON-fil.')
    .argument('<INPUT>', 'redovisningens id, eller sökväg till en .json-fil')
    .addOption(new Option('--format <format>', 'utdataformat').choices(DOCUMENT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <PATH>', 'filen som ska skrivas')
    .action(async (input: string, options: { format: DocumentFormat; out: string }) => {
      const { renderDocument } = await import('../../documents/render/render-document.js');
      // A stored report in its frame (the organisation, its approval); a JSON file carries no
      // approval, so it is printed as a draft, under ORGANISATION_NAME or the demo's city.
      const { document, frame } = /^\d+$/.test(input)
        ? await withDatabase(async (database) => {
            const { getReportDocument } = await import('../../app/reports/get-report-document.js');
            return getReportDocument(operatorContext(database), Number(input));
          })
        : { document: await readJsonReport(input), frame: { organisation: (await import('../../app/organisation.js')).organisationNameFromEnvironment(), approval: null } };
      const { bytes } = await renderDocument(document, frame, options.format);
      await writeFile(options.out, bytes);
      process.stdout.write(`Skrev ${options.out} (${bytes.byteLength} byte).\n`);
    });
}

async function readJsonReport(file: string): Promise<ReportDocument> {
  const text = new TextDecoder().decode(new Uint8Array(await readFile(file)));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('invalid_input', `${file}: filen är inte JSON.`);
  }
  // zod loads only here: `--help` and the other commands start without it.
  const { reportDocumentSchema } = await import('../../domain/report.js');
  const parsed = reportDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('invalid_input', `${file}: ${first ? `${first.path.join('.') || 'dokumentet'}: ${first.message}` : 'inte redovisa.report/1'}`);
  }
  return parsed.data;
}

