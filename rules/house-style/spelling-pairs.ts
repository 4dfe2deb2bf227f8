/**
 * Word lists behind `mixed-spelling`: British/American pairs that no suffix rule derives, and the
 * exceptions that keep the suffix rules from pairing words that only look alike.
 */

/** One British spelling and its American counterpart, per line; inflected forms listed in full. */
const EXPLICIT_PAIRS = `
defence defense|defences defenses|offence offense|offences offenses|pretence pretense|pretences pretenses
licence license|licences licenses|practise practice|practised practiced|practises practices|practising practicing
programme program|programmes programs|grey gray|greys grays|greyer grayer|greyest grayest|greying graying|greyed grayed|greyish grayish
tyre tire|tyres tires|aluminium aluminum|mould mold|moulds molds|moulded molded|moulding molding|mouldy moldy
moult molt|moulting molting|smoulder smolder|smouldering smoldering|smouldered smoldered
sceptic skeptic|sceptics skeptics|sceptical skeptical|sceptically skeptically|scepticism skepticism
plough plow|ploughs plows|ploughed plowed|ploughing plowing|pyjamas pajamas|jewellery jewelry|cosy cozy|cosier cozier
ageing aging|judgement judgment|judgements judgments|acknowledgement acknowledgment|acknowledgements acknowledgments
manoeuvre maneuver|manoeuvres maneuvers|manoeuvred maneuvered|manoeuvring maneuvering|manoeuvrable maneuverable
paediatric pediatric|paediatrician pediatrician|paediatricians pediatricians|anaemia anemia|anaemic anemic
oestrogen estrogen|haemorrhage hemorrhage|haemorrhaging hemorrhaging|leukaemia leukemia|diarrhoea diarrhea
foetus fetus|foetal fetal|orthopaedic orthopedic|encyclopaedia encyclopedia|encyclopaedias encyclopedias
enrol enroll|enrols enrolls|enrolment enrollment|enrolments enrollments|fulfil fulfill|fulfils fulfills|fulfilment fulfillment
instil instill|instils instills|instalment installment|instalments installments|skilful skillful|skilfully skillfully
wilful willful|wilfully willfully|woollen woolen|marvellous marvelous|marvellously marvelously
artefact artifact|artefacts artifacts|moustache mustache|doughnut donut|doughnuts donuts|sulphur sulfur
cheque check|cheques checks|kerb curb|draught draft|storey story|storeys stories
`;

/**
 * American spellings that are also right in British copy in some sense ("a parking meter", "a computer
 * program", "to license", "to tire", "a short story"): they mark neither variety, though their British
 * counterparts do.
 */
export const SHARED_AMERICAN_FORMS: ReadonlySet<string> = new Set([
  'program', 'programs', 'meter', 'meters', 'tire', 'tires', 'license', 'licenses', 'practice', 'practices',
  'check', 'checks', 'curb', 'draft', 'story', 'stories', 'metered', 'metering', 'judgment', 'judgments', 'dialog', 'dialogs',
]);

/**
 * British spellings that copy in any variety uses ("dialogue", "epilogue"): they mark neither variety.
 * Their rare American counterparts ("dialog") are in `SHARED_AMERICAN_FORMS`, as right in another sense.
 */
export const SHARED_BRITISH_FORMS: ReadonlySet<string> = new Set([
  'dialogue', 'dialogues', 'epilogue', 'epilogues', 'prologue', 'prologues', 'monologue', 'monologues',
  'pedagogue', 'pedagogues', 'demagogue', 'demagogues', 'synagogue', 'synagogues', 'travelogue', 'travelogues',
  'ideologue', 'ideologues', 'glamour',
]);

/**
 * British spellings that American dictionaries accept too ("grey", "cancelled", "theatre", "judgement"):
 * in American copy they are no slip, so they only count where the story also writes the American form.
 */
export const ACCEPTED_IN_AMERICAN: ReadonlySet<string> = new Set([
  'grey', 'greys', 'greying', 'greyed', 'judgement', 'judgements', 'acknowledgement', 'acknowledgements',
  'cancelled', 'cancelling', 'theatre', 'theatres',
]);

/**
 * Stems (the word before -ise) of words spelled -ise in both varieties. A stem of four letters or more also
 * covers prefixed forms ("unsurprising", "disenfranchise").
 */
export const ALWAYS_ISE_STEMS: ReadonlySet<string> = new Set([
  'advert', 'adv', 'appr', 'ar', 'chast', 'circumc', 'compr', 'comprom', 'conc', 'cru', 'bru', 'dem', 'desp', 'dev',
  'disgu', 'enfranch', 'franch', 'enterpr', 'exc', 'exerc', 'exorc', 'expert', 'gu', 'improv', 'inc', 'merchand',
  'mort', 'no', 'parad', 'po', 'porpo', 'pr', 'pra', 'prec', 'prem', 'prom', 'r', 'ra', 'repr', 'rev', 'se', 'superv',
  'surm', 'surpr', 'telev', 'torto', 'treat', 'turquo', 'val', 'w', 'an', 'chem',
]);

/** Bases ending in -our that American copy spells the same way ("four", "tour", "pour", "contour"). */
export const ALWAYS_OUR_BASES: readonly string[] = [
  'our', 'four', 'hour', 'pour', 'scour', 'sour', 'tour', 'your', 'flour', 'dour', 'glamour', 'velour', 'paramour', 'troubadour', 'devour',
];

/** -or words with no British -our form, guarding against archaic spellings the lexicon may list. */
export const ALWAYS_OR_WORDS: ReadonlySet<string> = new Set([
  'actor', 'author', 'doctor', 'error', 'horror', 'terror', 'mirror', 'tremor', 'pallor', 'stupor', 'torpor', 'languor',
  'liquor', 'tenor', 'squalor', 'motor', 'manor', 'donor', 'major', 'minor', 'mayor', 'governor', 'emperor', 'editor',
  'sponsor', 'ancestor', 'anchor', 'sailor', 'tailor', 'visitor', 'survivor', 'successor', 'senator', 'ambassador',
]);

/** Two-syllable verbs stressed on -l, whose -lled forms are the same in both varieties ("controlled"). */
export const STRESSED_L_BASES: ReadonlySet<string> = new Set([
  'compel', 'control', 'propel', 'expel', 'patrol', 'excel', 'rebel', 'repel', 'dispel', 'impel', 'appal', 'annul',
  'enrol', 'distil', 'instil', 'fulfil', 'extol', 'instal', 'refil', 'enthral',
]);

/** -re words whose -er look-alike is another word ("timbre"/"timber", "entre"/"enter"). */
export const NOT_RE_PAIRS: ReadonlySet<string> = new Set(['timbre', 'chambre', 'entre', 'concentre', 'concentres', 'timbres']);

function parsePairs(table: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const entry of table.split(/[|\n]/)) {
    const [british, american] = entry.trim().split(' ');
    if (british && american) pairs.set(british, american);
  }
  return pairs;
}

/** British spelling → American spelling, for the pairs no suffix rule covers. */
export const BRITISH_TO_AMERICAN: ReadonlyMap<string, string> = parsePairs(EXPLICIT_PAIRS);

/** American spelling → British spelling, for the same pairs. */
export const AMERICAN_TO_BRITISH: ReadonlyMap<string, string> = new Map([...BRITISH_TO_AMERICAN].map(([british, american]) => [american, british]));
