/**
 * Adjectives that already mean "to the limit": grading them ("very unique", "extremely huge") adds
 * nothing. The first group has no degrees at all, so "more" and "most" are wrong before them too.
 */
export const ABSOLUTE_ADJECTIVES = new Set(['unique', 'impossible', 'unanimous', 'infinite', 'perfect']);

/** Extreme adjectives: gradable in form ("more fascinating") but not after "very" or "extremely". */
export const EXTREME_ADJECTIVES = new Set([
  'huge', 'enormous', 'gigantic', 'tiny', 'minuscule', 'furious', 'starving', 'freezing', 'boiling', 'exhausted', 'hilarious',
  'fascinating', 'terrifying', 'ancient', 'filthy', 'spotless', 'excellent', 'fantastic', 'wonderful', 'gorgeous', 'hideous',
  'awful', 'terrible', 'horrible', 'astonished', 'terrified', 'delicious', 'ecstatic', 'devastated', 'deafening', 'brilliant',
  'massive', 'immense', 'colossal', 'magnificent', 'superb', 'outstanding',
]);

/** Plain adjectives after "extremely", with the extreme word that says the same in one. */
export const STRONGER_WORDS: Readonly<Record<string, readonly string[]>> = {
  angry: ['furious'], big: ['huge', 'gigantic', 'giant'], large: ['huge', 'enormous'], clean: ['spotless'], cold: ['freezing'],
  dirty: ['filthy'], funny: ['hilarious'], good: ['wonderful', 'fantastic', 'excellent'], hot: ['boiling'], hungry: ['starving'],
  interesting: ['fascinating'], old: ['ancient'], pretty: ['gorgeous'], scary: ['terrifying'], small: ['tiny'], tired: ['exhausted'],
  ugly: ['hideous'], bad: ['awful', 'terrible'], beautiful: ['stunning'], surprised: ['astonished'], tasty: ['delicious'],
  loud: ['deafening'], afraid: ['terrified'], happy: ['delighted', 'ecstatic'], sad: ['devastated'], smart: ['brilliant'],
};
