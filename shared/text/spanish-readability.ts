// Readability of Spanish patient texts: the Fernández-Huerta score (1959), the
// Spanish adaptation of Flesch's reading ease, with its own syllable counter.
//
// The formula is usually printed as 206.84 − 0.60 P − 1.02 F with F "sentences
// per 100 words"; read that way, shorter sentences score as harder to read.
// Fernández-Huerta adapted Flesch (206.835 − 84.6 syllables/word − 1.015
// words/sentence), and F is the words per sentence (G. Law, "Error in the
// Fernandez Huerta Readability Formula", LINGUIST List 22.2332, 2011): that is
// the reading used here. 70 to 80 is "bastante fácil" (6th grade), 60 to 70 "normal".

const strong = new Set([...'aeoáéóíú']); // an accented í or ú is never part of a diphthong
const vowels = new Set([...strong, ...'iuüy']);

const units = [
  'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince',
  'dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro',
  'veinticinco veintiséis veintisiete veintiocho veintinueve',
]
  .join(' ')
  .split(' ');
const tens = ',,,treinta,cuarenta,cincuenta,sesenta,setenta,ochenta,noventa'.split(',');
const hundreds =
  ',ciento,doscientos,trescientos,cuatrocientos,quinientos,seiscientos,setecientos,ochocientos,novecientos'.split(',');

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** A whole number as it is read aloud: 97 -> "noventa y siete", 341 -> "trescientos cuarenta y uno". */
export function numberInWords(n: number): string {
  if (n >= 1000) {
    const rest = n % 1000;
    const thousands = Math.floor(n / 1000);
    return [thousands === 1 ? 'mil' : `${numberInWords(thousands)} mil`, rest ? numberInWords(rest) : '']
      .join(' ')
      .trim();
  }
  if (n === 100) return 'cien';
  if (n > 100) return `${hundreds[Math.floor(n / 100)]} ${n % 100 ? numberInWords(n % 100) : ''}`.trim();
  if (n < 30) return units[n]!;
  return n % 10 ? `${tens[Math.floor(n / 10)]} y ${units[n % 10]}` : tens[n / 10]!;
}

/**
 * Syllables of one Spanish word: one per vowel group, plus one for each hiatus
 * inside a group (two strong vowels, or an accented í or ú beside a vowel). The u
 * of "que", "qui", "gue", "gui" is silent, h does not part vowels (pro-hí-be, ahu-mar),
 * and y is a vowel only at the end of a word (hoy, muy, y).
 */
export function spanishSyllables(word: string): number {
  if (/^\d+$/.test(word)) return sum(numberInWords(Number(word)).split(' ').map(spanishSyllables));
  const letters = word
    .toLocaleLowerCase('es')
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    .replace(/h/g, '');
  let count = 0;
  let previous = '';
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i]!;
    const isVowel = vowels.has(letter) && (letter !== 'y' || i === letters.length - 1 || !vowels.has(letters[i + 1]!));
    const current = isVowel ? letter : '';
    if (current && (!previous || (strong.has(previous) && strong.has(current)))) count++;
    previous = current;
  }
  return Math.max(1, count);
}

/** Words and numbers; a number counts as one word with the syllables it has read aloud. */
const wordsOf = (text: string) => text.match(/[\p{L}\d]+/gu) ?? [];

/** A sentence ends at . ! ? or … and at a line break: headings, list items and table cells are units of their own. */
const sentenceCount = (text: string) =>
  Math.max(1, text.split(/[.!?…]+(?:\s|$)|\n+/).filter((part) => /[\p{L}\d]/u.test(part)).length);

/** Fernández-Huerta reading ease: 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence. */
export function fernandezHuerta(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 100;
  const syllablesPer100Words = (100 * sum(words.map(spanishSyllables))) / words.length;
  return 206.84 - 0.6 * syllablesPer100Words - 1.02 * (words.length / sentenceCount(text));
}
