// What a generated report says: committees, projects, entries and narratives in the seed's form.
import type { ProjectSection, ReportDocument, ReportWarning } from '../../src/domain/report.js';
import type { Random } from './prng.js';

const COMMITTEES: readonly [name: string, counterparty: string][] = [
  ['Hässelby-Vällingby stadsdelsnämnd', '1704'],
  ['Spånga-Tensta stadsdelsnämnd', '1706'],
  ['Rinkeby-Kista stadsdelsnämnd', '1718'],
  ['Skärholmens stadsdelsnämnd', '1728'],
  ['Farsta stadsdelsnämnd', '1736'],
  ['Enskede-Årsta-Vantörs stadsdelsnämnd', '1738'],
  ['Skarpnäcks stadsdelsnämnd', '1740'],
  ['Hägersten-Liljeholmens stadsdelsnämnd', '1742'],
  ['Älvsjö stadsdelsnämnd', '1744'],
  ['Bromma stadsdelsnämnd', '1708'],
  ['Kungsholmens stadsdelsnämnd', '1712'],
  ['Östermalms stadsdelsnämnd', '1714'],
  ['Södermalms stadsdelsnämnd', '1716'],
  ['Norrmalms stadsdelsnämnd', '1720'],
];

const PROJECTS = [
  'Trygghetsskapande åtgärder', 'Lärandecenter', 'Sociala insatsgrupper', 'Fältassistenter', 'Mötesplats för unga',
  'Läxhjälp och studiestöd', 'Feriearbeten för ungdomar', 'Språkcafé', 'Föräldrastöd i förskolan', 'Stadsodling',
  'Vårbergstoppen aktivitetspark', 'Kulturskola för alla', 'Jobbtorg och vägledning', 'Idrott på lov',
  'Trygghetsvandringar i samverkan med fastighetsägare, polis och föreningsliv', 'Upprustning av Hässelby torg',
  'Budget- och skuldrådgivning', 'IT-utbildning för seniorer', 'Samverkan skola–socialtjänst', 'Sommarkollo',
  'Medborgarkontor med utökade öppettider och vägledning på flera språk', 'Ungdomsråd',
];

const ENTRY_TEXTS = [
  'Ej fakturerat tom {to}', 'Lönekostnad projektledare', 'Hyra lokal, ej fakturerad', 'Material och aktiviteter',
  'Ej fakturerat tom {to}', 'Personalkostnader januari–april', 'Korrigering av tidigare periodisering',
  'Upparbetat men ej fakturerat', 'Konsultkostnad, faktura kommer i maj', 'Ej fakturerat',
  'Ersättning till föreningar för sommarens aktiviteter, ej fakturerat tom {to}', '120 timmar ej fakturerade',
];

const TITLES = [
  'Trygghetsskapande insatser i Hässelby-Vällingby', 'Verksamheten under perioden', 'Lärandecenter',
  'Fältarbete och uppsökande verksamhet', 'Mötesplatsen', 'Ungdomarnas sommar', 'Samverkan med föreningslivet',
  'Insatser för barn och unga i åldern 13-18 år', 'Stöd till föräldrar', 'Aktiviteter på Vårbergstoppen',
  'Uppföljning av projektets mål och indikatorer under andra tertialen', 'Språkcaféet',
];

const SENTENCES = [
  'Under andra tertialen har de trygghetsskapande insatserna fortsatt och utvecklats.',
  'Uppsökarna som vänder sig till vuxna medborgare med missbruksproblem och/eller psykisk ohälsa har fortsatt att söka upp denna målgrupp i stadsdelens offentliga miljöer.',
  'I träfflokalen erbjuds eftermiddagsaktiviteter fyra dagar per vecka och flera nya aktiviteter är under planering.',
  'Inom projektet har även insatser gjorts inom den pågående upprustningen av torget.',
  'Under sommaren har medborgare fått möjlighet att bedriva stadsodling i lådor i parken.',
  'Lärandecentret har under perioden haft öppet fem dagar i veckan och erbjuder läxhjälp, studie- och yrkesvägledning samt IT-utbildning.',
  'Antalet besökare har ökat jämfört med samma period föregående år, särskilt bland ungdomar i åldern 13-18 år.',
  'Fältassistenterna har arbetat kvällar och helger och samverkar med polis, skola och socialtjänst i SSP-möten.',
  'Samarbetet med Hässelby-Vällingby stadsdelsförvaltning och bostadsbolagen har fördjupats.',
  'Familjebehandlarna har träffat ett fyrtiotal familjer under perioden januari–april.',
  'En ungdomsverksamhetsutvecklare har anställts för att samordna feriearbetena.',
  'Budget- och skuldrådgivningen har haft drop-in varje tisdag och har nått fler hushåll än beräknat.',
  'Projektet har bidragit till ökad trygghet enligt den medborgarundersökning som genomfördes i våras.',
  'Verksamheten har följts upp med kvartalsvisa avstämningar och redovisas även i nämndens verksamhetsberättelse.',
  'Ett trettiotal ungdomar har fått sommarjobb genom projektet och samtliga har genomfört arbetsmiljöutbildning.',
  'Kostnaderna för perioden följer budgeten, men en del av personalkostnaderna faktureras först under nästa tertial.',
  'Språkcaféet samlar varje vecka omkring 9 000 besök per år och drivs tillsammans med biblioteket och studieförbunden.',
  'Arbetet med riksdags-, landstings- och kommunalvalet har genomförts i samarbete med medborgarkontoret.',
  'Vårbergstoppens aktivitetspark har använts flitigt av skolor, föreningar och boende i närområdet.',
  'Utvärderingen visar att deltagarna upplever verksamheten som meningsfull och välorganiserad.',
  'Personalen har genomgått kompetensutveckling i motiverande samtal och våldsförebyggande arbete.',
  'Kommunikationsinsatserna har riktats till föräldrar genom informationsmöten på flera språk.',
];

/** How the report writes what the JSON holds as data: the amounts and the period line. */
export interface WrittenReport {
  report: ReportDocument;
  /** Each entry's amount cell as written, per project. */
  amounts: string[][];
  /** The accrual period line as written. */
  periodLine: string;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** A date written out in Swedish: "1 januari 2016". */
function writtenDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** Öre written the way a committee types an amount: spaces or no-break spaces, öre sometimes, "kr" sometimes. */
export function writtenAmount(ore: number, random: Random, style: { kr: boolean; nbsp: boolean; minus: string }): string {
  const negative = ore < 0;
  const abs = Math.abs(ore);
  const kronor = Math.floor(abs / 100);
  const rest = abs % 100;
  const grouped = String(kronor).replace(/\B(?=(\d{3})+(?!\d))/g, style.nbsp ? '\u00a0' : ' ');
  const fraction = rest === 0 ? (random.chance(0.1) ? ',00' : '') : `,${String(rest).padStart(2, '0')}`;
  return `${negative ? style.minus : ''}${grouped}${fraction}${style.kr ? ' kr' : ''}`;
}

function amountOre(random: Random): number {
  const size = random.pick([3, 4, 5, 6, 6, 7]);
  let kronor = random.int(10 ** (size - 1), 10 ** size - 1);
  if (random.chance(0.3)) kronor = Math.round(kronor / 1000) * 1000 || 1000;
  const ore = random.chance(0.25) ? random.int(1, 99) : 0;
  const sign = random.chance(0.12) ? -1 : 1;
  return sign * (kronor * 100 + ore);
}

function paragraph(random: Random): string {
  const count = random.int(1, 5);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(random.pick(SENTENCES));
  return sentences.join(' ');
}

const ROUNDS = [
  { type: 'Tertialrapport', from: '01-01', to: '04-30' },
  { type: 'Tertialrapport 2', from: '05-01', to: '08-31' },
  { type: 'Verksamhetsberättelse', from: '09-01', to: '12-31' },
  { type: 'Tertialrapport och Verksamhetsberättelse', from: '08-01', to: '12-31' },
];

/** Options that shape a report's content (not its layout). */
export interface ContentOptions {
  kr: boolean;
  nbsp: boolean;
  periodStyle: 'iso' | 'written' | 'dash';
  /** Most entries a project may have (long tables break across pages). */
  maxEntries: number;
}

/** A random report and how its amounts and period are written. */
export function makeReport(random: Random, options: ContentOptions): WrittenReport {
  const [committee, counterparty] = random.pick(COMMITTEES);
  const year = random.int(2013, 2019);
  const round = random.pick(ROUNDS);
  const from = `${year}-${round.from}`;
  const to = `${year}-${round.to}`;
  const projectCount = random.int(1, 8);
  const used = new Set<string>();
  const projects: ProjectSection[] = [];
  const amounts: string[][] = [];
  const minus = random.pick(['-', '\u2212', '\u2013']);
  for (let number = 1; number <= projectCount; number++) {
    let name = random.pick(PROJECTS);
    while (used.has(name)) name = random.pick(PROJECTS);
    used.add(name);
    const entryCount = random.chance(0.08) ? 0 : random.int(1, Math.min(options.maxEntries, random.chance(0.8) ? 3 : options.maxEntries));
    const entries = [];
    const written: string[] = [];
    for (let i = 0; i < entryCount; i++) {
      const ore = amountOre(random);
      written.push(writtenAmount(ore, random, { kr: options.kr, nbsp: options.nbsp, minus }));
      entries.push({ account: '3699', ikb: random.chance(0.9) ? '1771' : '1772', counterparty, amountOre: ore, text: random.pick(ENTRY_TEXTS).replace('{to}', to) });
    }
    const narrative = random.chance(0.12)
      ? null
      : { title: random.pick(TITLES), paragraphs: Array.from({ length: random.int(1, 4) }, () => paragraph(random)) };
    projects.push({ number, name, entries, narrative });
    amounts.push(written);
  }
  const warnings: ReportWarning[] = [];
  for (const project of projects) {
    if (project.entries.length === 0) warnings.push({ code: 'project_without_entries', message: `Projekt ${project.number} (${project.name}) har inga periodiseringar.` });
    if (project.narrative === null) warnings.push({ code: 'project_without_narrative', message: `Projekt ${project.number} (${project.name}) saknar delredovisning.` });
  }
  const periodLine =
    options.periodStyle === 'iso'
      ? `Periodisering From ${from} tom ${to}`
      : options.periodStyle === 'written'
        ? `Periodisering From ${writtenDate(from)} tom ${writtenDate(to)}`
        : `Periodisering ${from} \u2013 ${to}`;
  const report: ReportDocument = {
    format: 'redovisa.report/1',
    title: 'Redovisning ytterstadsprojekt',
    reportType: round.type,
    committee,
    accrualPeriod: { from, to },
    projects,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  return { report, amounts, periodLine };
}
