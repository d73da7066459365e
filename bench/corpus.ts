// A deterministic generator of a city's reports in the seed's style, shared by the benchmarks that
// need many of them (search, growth): the same seed gives the same committees, projects, narratives
// and entries on every run and on both engines.
import type { ProjectSection } from '../src/domain/report.js';

/** Stockholm's district committees (stadsdelsnämnder): a city of 14. */
export const COMMITTEES = [
  'Hässelby-Vällingby', 'Spånga-Tensta', 'Rinkeby-Kista', 'Bromma', 'Kungsholmen', 'Norrmalm', 'Östermalm',
  'Södermalm', 'Enskede-Årsta-Vantör', 'Skarpnäck', 'Farsta', 'Älvsjö', 'Hägersten-Älvsjö', 'Skärholmen',
];

/** Project names to draw a committee's projects from. */
export const PROJECT_NAMES = [
  'Trygghetsskapande åtgärder', 'Lärandecenter', 'Sociala insatsgrupper', 'Läxhjälp', 'Trygghetsvandringar', 'Bostadsrådgivning',
  'Feriearbeten för ungdomar', 'Föräldrastöd', 'Språkcafé', 'Fältassistenter', 'Medborgarkontor', 'Sommarlovsaktiviteter',
  'Boendeinflytande', 'Arbetsmarknadsinsatser', 'Idrott för flickor', 'Kulturskola', 'Seniorträffar', 'Upprustning av parker',
  'Näringslivsutveckling', 'Hälsofrämjande insatser', 'Stadsodling', 'Mötesplats för unga', 'Vuxenutbildning', 'Konsumentvägledning',
];

/** Words people search the narratives for: whole words, inflections and compounds' last parts. */
export const WORDS = [
  'trygghetsvandringar', 'trygghetsvandring', 'bostad', 'bostäder', 'ungdom', 'ungdomarnas', 'läxhjälpen', 'föräldrakurs', 'polis',
  'skadegörelse', 'belysning', 'tunnelbanan', 'arbete', 'språkcafé', 'nyanlända', 'fritidsgården', 'rådgivning', 'skuldrådgivning',
  'nattvandring', 'samverkansmöte', 'hyresgästföreningen', 'torget', 'väntetider', 'besök', 'Arbetsförmedlingen', 'feriearbete',
  'idrott', 'flickor', 'kulturskola', 'stadsodling', 'lokalhyra', 'arvode', 'parken', 'elever', 'kvinnor', 'trygghet',
];

const GROUPS = ['ungdomar', 'ungdomarna', 'föräldrar', 'föräldrarna', 'äldre', 'nyanlända', 'boende', 'de boende', 'elever', 'barnfamiljer', 'kvinnor', 'arbetssökande'];
const PARTNERS = ['polisen', 'bostadsbolagen', 'skolan', 'socialtjänsten', 'föreningarna', 'biblioteket', 'fritidsgården', 'Arbetsförmedlingen', 'hyresgästföreningen', 'kyrkan'];
const PLACES = ['i centrum', 'i stadsdelen', 'vid tunnelbanan', 'i parken', 'på torget', 'i skolans lokaler', 'på fritidsgården', 'i bostadsområdet'];
const ACTIVITIES = [
  'trygghetsvandringar', 'en trygghetsvandring', 'läxhjälp', 'studie- och yrkesvägledning', 'föräldrakurser', 'språkcaféer',
  'budget- och skuldrådgivning', 'feriearbeten', 'uppsökande verksamhet', 'samverkansmöten', 'informationsträffar', 'idrottsaktiviteter',
  'nattvandringar', 'rådgivning om bostäder', 'hjälp att söka bostad', 'kurser i svenska', 'öppna förskoleverksamheter',
];
const OUTCOMES = [
  'upplevd trygghet har ökat', 'fler har fått arbete', 'skadegörelsen har minskat', 'besöken har ökat', 'färre ärenden har anmälts',
  'belysningen har förbättrats', 'deltagarna uppger att de har fått stöd', 'målgruppen har nåtts i högre grad', 'väntetiderna har kortats',
];
const VERBS = ['har genomförts', 'har erbjudits', 'har fortsatt', 'har utvecklats', 'planeras', 'har påbörjats', 'har anordnats'];
const PERIODS = ['Under första tertialen', 'Under andra tertialen', 'Under hösten', 'Under året', 'Sedan januari', 'Under sommaren'];
const ENTRY_KINDS = ['Ej fakturerat', 'Lokalhyra', 'Personalkostnad', 'Material', 'Arvode'];

// A small deterministic PRNG (mulberry32), so every run generates the same corpus.
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text and numbers drawn from one seed: make a new one (same seed) to generate the same city again. */
export class Corpus {
  /** The next number in [0, 1). */
  readonly random: () => number;

  constructor(seed: number) {
    this.random = prng(seed);
  }

  /** One element of the list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  /** A whole number in [from, to]. */
  between(from: number, to: number): number {
    return from + Math.floor(this.random() * (to - from + 1));
  }

  /** One sentence of a narrative. */
  sentence(): string {
    switch (Math.floor(this.random() * 4)) {
      case 0: return `${this.pick(PERIODS)} ${this.pick(VERBS)} ${this.pick(ACTIVITIES)} för ${this.pick(GROUPS)} ${this.pick(PLACES)}.`;
      case 1: return `Tillsammans med ${this.pick(PARTNERS)} ${this.pick(VERBS)} ${this.pick(ACTIVITIES)} ${this.pick(PLACES)}.`;
      case 2: return `Uppföljningen visar att ${this.pick(OUTCOMES)} bland ${this.pick(GROUPS)}.`;
      default: return `Projektet har haft ${Math.floor(this.random() * 900) + 10} besök och ${this.pick(ACTIVITIES)} ${this.pick(VERBS)} i samarbete med ${this.pick(PARTNERS)}.`;
    }
  }

  /** A narrative's paragraphs: two to five, of two to five sentences each. */
  paragraphs(): string[] {
    return Array.from({ length: 2 + Math.floor(this.random() * 4) }, () => Array.from({ length: 2 + Math.floor(this.random() * 4) }, () => this.sentence()).join(' '));
  }

  /** A narrative's title for the project. */
  narrativeTitle(projectName: string): string {
    return `${projectName} ${this.pick(PLACES)}`;
  }

  /** An entry's text, naming the day the accrual runs through. */
  entryText(through: string): string {
    return `${this.pick(ENTRY_KINDS)} ${this.pick(ACTIVITIES)} tom ${through}`;
  }

  /** A whole project section: narrative and one to four entries of the committee's counterparty. */
  section(number: number, name: string, counterparty: string, year: number): ProjectSection {
    const paragraphs = this.paragraphs();
    return {
      number, name,
      narrative: { title: this.narrativeTitle(name), paragraphs },
      entries: Array.from({ length: 1 + Math.floor(this.random() * 4) }, (_, e) => ({
        account: '3699', ikb: '1771', counterparty, amountOre: 100_000 + e * 137,
        text: this.entryText(`${year}-12-31`),
      })),
    };
  }
}
