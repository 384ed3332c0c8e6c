import { describe, expect, it } from 'vitest';
import { fernandezHuerta, numberInWords, spanishSyllables } from './spanish-readability';

// Counts as the Real Academia Española divides the words (Ortografía 2010).
const known: Record<number, string[]> = {
  1: ['a', 'y', 'hoy', 'muy', 'rey', 'ya', 'yo', 'que', 'quien', 'buey', 'sol', 'pie', 'cien', 'GMFCS'],
  2: [
    'casa',
    'mayo',
    'reyes',
    'bueno',
    'aire',
    'ciudad',
    'huevo',
    'leer',
    'caer',
    'día',
    'país',
    'baúl',
    'reír',
    'guerra',
  ],
  3: ['poeta', 'teatro', 'leía', 'ahora', 'prohíbe', 'cohete', 'pingüino', 'cigüeña', 'Uruguay', 'cuidado'],
  4: [
    'baclofeno',
    'intratecal',
    'resonancia',
    'magnética',
    'convulsiones',
    'ambulancia',
    'averigüe',
    'meningitis',
    'abstinencia',
    'infecciones',
    'respiración',
  ],
  5: ['espasticidad', 'medicamento', 'enfermedades'],
  6: ['inmediatamente', 'intratecalmente'],
};
const also: [string, number][] = [
  ['guía', 2],
  ['búho', 2],
  ['ahí', 2],
  ['quiero', 2],
  ['seguir', 2],
  ['desahucio', 3],
  ['Oír', 2],
  ['hospital', 3],
  ['ESPASTICIDAD', 5],
];

describe('spanishSyllables', () => {
  it.each(Object.entries(known).flatMap(([count, words]) => words.map((word) => [word, Number(count)] as const)))(
    '%s has %i',
    (word, count) => expect(spanishSyllables(word)).toBe(count),
  );

  it.each(also)('%s has %i', (word, count) => expect(spanishSyllables(word)).toBe(count));

  it('reads a number as it is said aloud', () => {
    expect(numberInWords(97)).toBe('noventa y siete');
    expect(numberInWords(341)).toBe('trescientos cuarenta y uno');
    expect(numberInWords(100)).toBe('cien');
    expect(numberInWords(24)).toBe('veinticuatro');
    expect(numberInWords(2000)).toBe('dos mil');
    expect(spanishSyllables('97')).toBe(6); // no-ven-ta y sie-te
    expect(spanishSyllables('6')).toBe(1);
  });
});

describe('fernandezHuerta', () => {
  it('scores plain text high and dense text low', () => {
    expect(fernandezHuerta('El gato come. La casa es roja.')).toBeGreaterThan(90);
    const dense =
      'La administración intratecal de baclofeno requiere una evaluación multidisciplinaria exhaustiva, que incorpore consideraciones neurológicas, psicológicas y socioeconómicas.';
    expect(fernandezHuerta(dense)).toBeLessThan(30);
  });

  it('scores shorter sentences as easier, as Flesch does', () => {
    const long = 'La bomba está debajo de la piel del vientre y lleva el medicamento por un tubo fino hasta la médula';
    const short = 'La bomba está debajo de la piel del vientre. Lleva el medicamento por un tubo fino hasta la médula.';
    expect(fernandezHuerta(short)).toBeGreaterThan(fernandezHuerta(long));
    expect(fernandezHuerta('Hoy.\nMañana.')).toBeGreaterThan(fernandezHuerta('Hoy mañana'));
  });

  it('follows the formula: 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence', () => {
    // 4 words, 8 syllables (ca-sa ro-ja mu-cho ca-lor), one sentence: 206.84 − 0.6 × 200 − 1.02 × 4.
    expect(fernandezHuerta('Casa roja, mucho calor.')).toBeCloseTo(206.84 - 120 - 4.08, 5);
  });
});
