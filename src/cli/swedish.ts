import type { Command } from 'commander';

// Commander writes its usage errors in English; users read Swedish. These are the errors a
// person can meet with our commands, rewritten; anything else passes through unchanged.
const ERRORS: ReadonlyArray<[RegExp, string]> = [
  [/^error: missing required argument '(.+)'/, "fel: argumentet '$1' saknas"],
  [/^error: required option '(.+)' not specified/, "fel: flaggan '$1' måste anges"],
  [/^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\./, "fel: '$2' går inte för '$1'; välj bland $3."],
  [/^error: unknown option '(.+)'/, "fel: okänd flagga '$1'"],
  [/^error: unknown command '(.+)'/, "fel: okänt kommando '$1'"],
  [/^error: too many arguments.*/, 'fel: för många argument'],
  [/^error: option '(.+)' argument missing/, "fel: flaggan '$1' saknar värde"],
];

/** Rewrites a Commander error message in Swedish. */
export function swedishError(message: string): string {
  for (const [pattern, replacement] of ERRORS) if (pattern.test(message)) return message.replace(pattern, replacement);
  return message;
}

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Användning:', 'Options:': 'Flaggor:', 'Commands:': 'Kommandon:', 'Arguments:': 'Argument:',
  'Global Options:': 'Globala flaggor:',
};

/** Makes a command and its help speak Swedish. */
export function inSwedish(command: Command): Command {
  return command
    .helpOption('-h, --help', 'visa hjälp för kommandot')
    .configureOutput({ outputError: (text, write) => write(swedishError(text)) })
    .configureHelp({ sortSubcommands: false, styleTitle: (title) => TITLES[title] ?? title });
}
