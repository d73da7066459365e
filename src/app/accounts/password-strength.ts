import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

// Length alone lets `aaaaaaaaaaaa` and `password1234` through. zxcvbn estimates how many guesses a
// password takes from the patterns people use (common passwords, words, names, keyboard rows,
// repeats, sequences, years); score 3 means about 10^8 guesses, safe against an online attack and
// costly offline against argon2id. Its word lists are English and common passwords; these are the
// Swedish words and this application's own words that people build passwords from.
const SWEDISH_WORDS = [
  'lösenord', 'losenord', 'lösen', 'hemligt', 'hemlig', 'sommar', 'vinter', 'hösten', 'höst', 'våren', 'vår',
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag',
  'stockholm', 'sverige', 'svenska', 'göteborg', 'malmö', 'kommunen', 'kommun', 'staden', 'stadsdel', 'nämnden', 'förvaltningen',
  'redovisa', 'redovisning', 'ytterstad', 'ytterstadssatsningen', 'satsning', 'projekt', 'ekonomi', 'budget',
  'hejhej', 'hej', 'hejsan', 'tjena', 'välkommen', 'kärlek', 'älskar', 'qwerty', 'asdfgh', 'abc123', 'test', 'admin',
];

/** The score (of zxcvbn's 0–4) a password must reach. */
const MIN_SCORE = 3;
// zxcvbn's work grows steeply with length (a 256-character repeat takes seconds); a password whose
// first 64 characters are strong is strong.
const CHECKED_LENGTH = 64;

// The dictionaries are several megabytes: loaded on the first password checked, not when the
// command line starts (`redovisa --help` pays nothing for them).
let checker: Promise<ZxcvbnFactory> | undefined;
function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary, 'svenska-ord': SWEDISH_WORDS },
      graphs: common.adjacencyGraphs,
      maxLength: CHECKED_LENGTH,
    });
  })();
  return checker;
}

// zxcvbn names what it found by a key; people read why in Swedish.
const REASONS: Readonly<Record<string, string>> = {
  straightRow: 'Tangenter i rad på tangentbordet är lätta att gissa.',
  keyPattern: 'Mönster på tangentbordet är lätta att gissa.',
  simpleRepeat: 'Upprepade tecken, som "aaa", är lätta att gissa.',
  extendedRepeat: 'Upprepade mönster, som "abcabc", är lätta att gissa.',
  sequences: 'Följder som "abc" eller "1234" är lätta att gissa.',
  recentYears: 'Årtal är lätta att gissa.',
  dates: 'Datum är lätta att gissa.',
  topTen: 'Det är ett av de allra vanligaste lösenorden.',
  topHundred: 'Det är ett av de vanligaste lösenorden.',
  common: 'Det är ett vanligt lösenord.',
  similarToCommon: 'Det liknar ett vanligt lösenord.',
  wordByItself: 'Enstaka vanliga ord är lätta att gissa.',
  namesByThemselves: 'Namn är lätta att gissa.',
  commonNames: 'Vanliga namn är lätta att gissa.',
  userInputs: 'Det innehåller användarens namn eller e-postadress.',
};

/** Who the password belongs to: their name and address are the first guesses of anyone who knows them. */
export interface PasswordOwner {
  readonly email?: string;
  readonly name?: string;
}

/**
 * Why the password is too easy to guess, in Swedish, or undefined when it is strong enough (zxcvbn
 * score ≥ 3, with common and Swedish words and the owner's name and address as guesses).
 */
export async function passwordWeakness(password: string, owner: PasswordOwner = {}): Promise<string | undefined> {
  const result = (await loadChecker()).check(password, ownerWords(owner));
  if (result.score >= MIN_SCORE) return undefined;
  const reason = result.feedback.warning === null ? undefined : REASONS[result.feedback.warning];
  return `Lösenordet är för lätt att gissa.${reason ? ` ${reason}` : ''} Välj en lösenfras av några ord som inte hör ihop, eller ett längre lösenord.`;
}

// "eva.ek-lund@stockholm.se" and "Eva Ek-Lund": the address, its local part, and each part of both.
function ownerWords(owner: PasswordOwner): string[] {
  const local = owner.email?.split('@')[0] ?? '';
  const words = [owner.email ?? '', local, ...local.split(/[._+-]/), owner.name ?? '', ...(owner.name ?? '').split(/[\s-]+/)];
  return [...new Set(words.map((word) => word.trim().toLowerCase()).filter((word) => word.length >= 2))];
}
