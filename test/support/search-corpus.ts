// Narratives in the seed's style (demo/000_103637c2e0986dfa.txt) for the search tests: two
// committees, each with a few projects, written as the districts write about their work.
import type { Narrative } from '../../src/domain/report.js';

/** One project's part of a report in the corpus: its name, narrative and entry texts. */
export interface CorpusSection {
  readonly name: string;
  readonly narrative: Narrative;
  readonly entryTexts: readonly string[];
}

/** Hässelby-Vällingby's sections: safety walks, housing, a learning centre. */
export const HASSELBY: readonly CorpusSection[] = [
  {
    name: 'Trygghetsskapande åtgärder',
    narrative: {
      title: 'Trygghetsskapande insatser i Hässelby-Vällingby',
      paragraphs: [
        'Under andra tertialen har de trygghetsskapande insatserna fortsatt och utvecklats. Tillsammans med polisen och bostadsbolagen har tre trygghetsvandringar genomförts i Vällingby centrum och i Hässelby gård.',
        'Uppsökarna som vänder sig till vuxna medborgare med missbruksproblem har fortsatt att söka upp målgruppen i stadsdelens offentliga miljöer.',
      ],
    },
    entryTexts: ['Ej fakturerat tom 2014-08-31'],
  },
  {
    name: 'Lärandecenter',
    narrative: {
      title: 'Bibliotek och lärandecenter',
      paragraphs: [
        'Medborgarservice har till och med juli månad tagit emot 501 besök och besvarat 561 frågor från allmänheten. Läxhjälp har erbjudits elever i grundskolan och ungdomarnas föräldrar har bjudits in till föräldrakurser.',
      ],
    },
    entryTexts: ['Läxhjälp hösten, ej fakturerat'],
  },
  {
    name: 'Boendeinflytande',
    narrative: {
      title: 'Dialog med hyresgäster',
      paragraphs: [
        'Hyresgästföreningen och stadsdelsförvaltningen har hållit fyra möten om upprustningen av bostäder i Grimsta. Många boende vill ha bättre belysning på gångvägarna.',
      ],
    },
    entryTexts: ['Lokalhyra för möten ej fakturerad'],
  },
];

/** Spånga-Tensta's sections: a youth project, a safety walk, a housing advice desk. */
export const TENSTA: readonly CorpusSection[] = [
  {
    name: 'Sociala insatsgrupper',
    narrative: {
      title: 'Sociala insatsgrupper',
      paragraphs: [
        'SIG är ett samverkansprojekt mellan socialtjänst, skola och polis som syftar till att förhindra ett kriminellt beteende hos ungdomar genom insatser i tidigt skede. Målgruppen är ungdomar i åldern 13-18 år.',
        'För närvarande pågår insatser för sex ungdomar. De insatser som ges till ungdomen är i första hand stadsdelens egen öppenvård.',
      ],
    },
    entryTexts: ['Ej fakturerat tom 2014-08-31'],
  },
  {
    name: 'Trygg i Tensta',
    narrative: {
      title: 'Trygghetsvandring i Tensta centrum',
      paragraphs: [
        'En trygghetsvandring genomfördes i maj tillsammans med fastighetsägare och polis. Vandringen ledde till att buskage klipptes och att belysningen förbättrades vid tunnelbanan.',
      ],
    },
    entryTexts: ['Belysning vid tunnelbanan, ej fakturerad'],
  },
  {
    name: 'Bostadsrådgivning',
    narrative: {
      title: 'Rådgivning om bostad',
      paragraphs: [
        'Rådgivningen har hjälpt 84 hushåll som söker bostad eller riskerar att förlora sin bostad. Flera familjer har fått stöd i kontakten med hyresvärden.',
      ],
    },
    entryTexts: ['Rådgivare augusti, ej fakturerad'],
  },
];
