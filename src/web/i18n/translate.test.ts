import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { sv } from './sv.js';
import { translate } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('fills in placeholders in the chosen language', () => {
    expect(translate('sv', 'save.saved', { time: '12:03' })).toBe('Sparat 12:03');
    expect(translate('en', 'save.saved', { time: '12:03' })).toBe('Saved 12:03');
    expect(translate('sv', 'project.heading', { number: 2, name: 'Lärandecenter' })).toBe('Projekt 2: Lärandecenter');
  });

  it('leaves a placeholder without a value visible rather than empty', () => {
    expect(translate('sv', 'save.saved')).toBe('Sparat {time}');
  });

  it('has the same placeholders in both languages for every key', () => {
    const keys = Object.keys(sv) as (keyof typeof sv)[];
    const mismatched = keys.filter((k) => placeholders(sv[k]).join() !== placeholders(en[k]).join());
    expect(mismatched).toEqual([]);
  });
});
