// Hyphenation repair decides from the Swedish word list, not from the seed's words (DESIGN.md §5).
import { describe, expect, it } from 'vitest';
import { joinLines, repairInlineHyphens } from '../src/documents/import/hyphenation.js';
import { swedishWords } from '../src/documents/import/swedish-words.js';

describe('the Swedish word list', () => {
  it('knows listed words, inflected forms and compounds the dictionary builds', () => {
    const words = swedishWords();
    for (const word of ['socialtjänst', 'familjebehandlare', 'Stockholms', 'ungdomen', 'ungdomarnas', 'ungdomstjänst', 'fritidsgårdarna', 'feriearbetet']) {
      expect(words.isWord(word), word).toBe(true);
    }
  });

  it('refuses fragments, run-together phrases and misspellings', () => {
    const words = swedishWords();
    for (const word of ['xyzqq', 'ungdo', 'miljebehandlare', 'budgetoch', 'studieoch', 'Stockholsmsfaddrar', 'omsesidigt', 'Hässelbyvällingby']) {
      expect(words.isWord(word), word).toBe(false);
    }
  });
});

describe('joinLines', () => {
  it('joins a word broken at the line end', () => {
    expect(joinLines('i form av fa-', 'miljebehandlare och den lots')).toBe('i form av familjebehandlare och den lots');
    expect(joinLines('arbetet med fritids-', 'gårdarna fortsätter')).toBe('arbetet med fritidsgårdarna fortsätter');
  });

  it('keeps a suspended compound before a conjunction', () => {
    expect(joinLines('erbjuds budget-', 'och skuldrådgivning')).toBe('erbjuds budget- och skuldrådgivning');
    expect(joinLines('inför riksdags-', 'eller kommunvalen')).toBe('inför riksdags- eller kommunvalen');
  });

  it('keeps real hyphens at a line end', () => {
    expect(joinLines('i Hässelby-', 'Vällingby.')).toBe('i Hässelby-Vällingby.');
    expect(joinLines('grundläggande IT-', 'utbildning och')).toBe('grundläggande IT-utbildning och');
    expect(joinLines('ungdomar 13-', '18 år')).toBe('ungdomar 13-18 år');
  });

  it('removes the hyphen between fragments the dictionary does not know, keeping the spelling', () => {
    expect(joinLines('med Stockholsms-', 'faddrar, ett')).toBe('med Stockholsmsfaddrar, ett');
  });

  it('joins plain lines with a space', () => {
    expect(joinLines('flera nya', 'aktiviteter är')).toBe('flera nya aktiviteter är');
  });
});

describe('repairInlineHyphens', () => {
  it('removes line-break hyphens left inside a line', () => {
    expect(repairInlineHyphens('genom BAS, Stock-holms ungdomstjänst')).toBe('genom BAS, Stockholms ungdomstjänst');
    expect(repairInlineHyphens('arbetar med ungdo-men och')).toBe('arbetar med ungdomen och');
    expect(repairInlineHyphens('de berörda ung-domarnas brottslighet')).toBe('de berörda ungdomarnas brottslighet');
    expect(repairInlineHyphens('med skola, social-tjänst och polis')).toBe('med skola, socialtjänst och polis');
    expect(repairInlineHyphens('Social-tjänsten och skolan')).toBe('Socialtjänsten och skolan');
    expect(repairInlineHyphens('besök på fritids-gården')).toBe('besök på fritidsgården');
  });

  it('keeps real hyphens', () => {
    const text =
      'Hässelby-Vällingby, studie- och yrkesvägledning, riksdags-, landstings- och kommunvalen, ' +
      'IT-utbildning, EU-parlamentet, SSP-möten, 13-18 år, 2014-08-31, och/eller, e-tjänster, Rinkeby-Kista';
    expect(repairInlineHyphens(text)).toBe(text);
  });

  it('keeps a hyphen when the joined word is unknown', () => {
    expect(repairInlineHyphens('Stockholsms-faddrar')).toBe('Stockholsms-faddrar');
  });
});

describe('hyphens an adversarial reader found', () => {
  it('keeps the hyphen after a mixed-case abbreviation at a line end and in-line', () => {
    expect(joinLines('enligt SoL-', 'insatser och')).toBe('enligt SoL-insatser och');
    expect(joinLines('med KomVux-', 'lärare')).toBe('med KomVux-lärare');
    expect(joinLines('ett FoU-', 'arbete om')).toBe('ett FoU-arbete om');
    expect(repairInlineHyphens('ett FoU-arbete och SoL-insatser')).toBe('ett FoU-arbete och SoL-insatser');
  });

  it('leaves web and e-mail addresses as written, even when the joined word is Swedish', () => {
    const text = 'se www.stockholm.se/sommar-jobb, skriv till fritids-gardar@stockholm.se eller (http://ung.se/läx-hjälp)';
    expect(repairInlineHyphens(text)).toBe(text);
    expect(joinLines('ansök på www.stockholm.se/sommar-', 'jobb senast')).toBe('ansök på www.stockholm.se/sommar-jobb senast');
  });

  it('keeps other real hyphens and suspended compounds', () => {
    const text = 'barn- och ungdomsverksamhet, e-tjänster, 0-3 år, hbtq-frågor, Enskede-Årsta-Vantör, gång- och cykelvägar';
    expect(repairInlineHyphens(text)).toBe(text);
    expect(joinLines('erbjuder barn-', 'och ungdomsverksamhet')).toBe('erbjuder barn- och ungdomsverksamhet');
    expect(joinLines('använda e-', 'tjänster')).toBe('använda e-tjänster');
    expect(joinLines('barn 0-', '3 år')).toBe('barn 0-3 år');
  });

  it('repairs damage on other Swedish words', () => {
    expect(repairInlineHyphens('Verk-samheten och stads-delsförvaltningen')).toBe('Verksamheten och stadsdelsförvaltningen');
    expect(joinLines('har fält-', 'assistenterna')).toBe('har fältassistenterna');
    expect(joinLines('samarbete med barna-', 'vårdscentralen')).toBe('samarbete med barnavårdscentralen');
  });
});
