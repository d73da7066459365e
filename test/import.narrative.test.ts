// Where a narrative's heading ends and where paragraphs end, in extracted text (DESIGN.md §5).
import { describe, expect, it } from 'vitest';
import { titleContinues } from '../src/documents/import/narrative.js';
import { endsParagraph, proseWidth } from '../src/documents/import/prose.js';
import { typesetWidth } from '../src/documents/import/typeset-width.js';

const column = 66 * 450;
const text = (t: string) => ({ kind: 'text' as const, text: t, line: 1 });

describe('typesetWidth', () => {
  it('measures narrow and wide letters differently', () => {
    expect(typesetWidth('illa')).toBeLessThan(typesetWidth('mamma'));
    expect(typesetWidth('Åsa')).toBe(typesetWidth('Asa'));
  });

  it('is the column width of the widest prose line', () => {
    expect(proseWidth([text('kort'), text('W'.repeat(80)), { kind: 'break', line: 2 }])).toBe(typesetWidth('W'.repeat(80)));
  });
});

describe('a narrative heading over two lines', () => {
  const heading = 'Delredovisning projekt 6: Sommarlovsaktiviteter för barn och unga';
  it('continues on a short lower-case line without a full stop', () => {
    expect(titleContinues(heading, 'Sommarlovsaktiviteter för barn och unga', 'i Enskede-Årsta-Vantör', text('Planeringen har påbörjats.'), column)).toBe(true);
  });

  it('continues on a short upper-case line when its first word would not have fitted', () => {
    const full = 'Delredovisning projekt 2: Feriejobb, läxhjälp och lovaktiviteter i Skärholmen';
    expect(titleContinues(full, 'Feriejobb, läxhjälp och lovaktiviteter i Skärholmen', 'Vårberg och Sätra', text('Under sommaren…'), column)).toBe(
      true,
    );
  });

  it('ends before a first paragraph', () => {
    expect(titleContinues('Delredovisning projekt 2: Mötesplats Högdalen', 'Mötesplats Högdalen', 'Mötesplatsen har haft öppet varje vardag och har haft i genomsnitt', text('45 besökare'), column)).toBe(false);
    const long = 'Delredovisning projekt 1: Trygghet i Lärandecenter och på Hässelby torg';
    expect(titleContinues(long, 'Trygghet i Lärandecenter och på Hässelby torg', 'Verksamheten har startat.', undefined, column)).toBe(false);
  });
});

describe('paragraph ends', () => {
  it('ends where the next word would have fitted, keeps going where it would not', () => {
    const width = typesetWidth('Under första tertialen har fältgruppen arbetat kvällstid fyra dagar');
    expect(endsParagraph('Enskede IK.', 'Nästa stycke', width)).toBe(true);
    expect(endsParagraph('i åldern 13-18 år som vistas i centrum sent på kvällarna och natten.', 'Fältassistenterna', width)).toBe(false);
    expect(endsParagraph('vid t.ex.', 'tunnelbanan', width)).toBe(false);
  });
});
