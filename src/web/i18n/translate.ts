import { en } from './en.js';
import { sv, type MessageKey } from './sv.js';

/** The languages of the interface: Swedish first, English available. */
export type Lang = 'sv' | 'en';
/** Every language the switch offers, Swedish first. */
export const LANGS: readonly Lang[] = ['sv', 'en'];

/** Values put into a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;
/** Looks up a message in the current language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogs: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { sv, en };

/** The message for a key in a language, with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = catalogs[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** True for a supported language code. */
export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

export type { MessageKey };
