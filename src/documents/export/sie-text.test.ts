import { describe, expect, it } from 'vitest';
import { toCp437Text } from './sie-text.js';

describe('texts in CP437', () => {
  it('keeps Swedish letters and what CP437 has as they are', () => {
    expect(toCp437Text('Återföring för Hässelby-Vällingby, é')).toEqual({ text: 'Återföring för Hässelby-Vällingby, é', changed: false });
  });
  it('writes typography in its nearest form and says so', () => {
    expect(toCp437Text('januari–april ”Läxhjälp” …')).toEqual({ text: 'januari-april "Läxhjälp" ...', changed: true });
  });
  it('keeps the base letter of a foreign letter and marks what has none', () => {
    expect(toCp437Text('Łódź č 🙂')).toEqual({ text: 'Lódz c ?', changed: true });
  });
});
