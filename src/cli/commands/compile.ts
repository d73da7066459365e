import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { operatorContext } from '../../app/context.js';
import { CITY_REPORT_FORMATS, type CityReportFormat } from '../../documents/render/formats.js';
import { withDatabase } from '../database.js';

/** `redovisa compile --round R --format pdf|docx|xlsx --out PATH`: the city-wide report of a round. */
export function compileCommand(): Command {
  return new Command('compile')
    .description('Sammanställer omgångens redovisningar för hela staden: en översikt per nämnd och projekt, sedan varje godkänd redovisning.')
    .requiredOption('--round <OMGÅNG>', 'omgången, t.ex. 2014-VB')
    .addOption(new Option('--format <format>', 'utdataformat').choices(CITY_REPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <PATH>', 'filen som ska skrivas')
    .action(async (options: { round: string; format: CityReportFormat; out: string }) => {
      const [{ compileRound }, { renderCityReport }] = await Promise.all([
        import('../../app/finance/compile-round.js'), import('../../documents/render/city-report-render.js'),
      ]);
      const model = await withDatabase((database) => compileRound(operatorContext(database), { round: options.round }));
      const bytes = await renderCityReport(model, options.format);
      await writeFile(options.out, bytes);
      const approved = model.committees.filter((c) => c.approved !== null).length;
      process.stdout.write(`Skrev ${options.out} (${bytes.byteLength} byte): ${model.committees.length} nämnder, ${approved} godkända.\n`);
    });
}
