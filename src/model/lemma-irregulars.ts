/**
 * Word lists for the lemmatiser: English forms that no suffix rule can undo.
 * Kept as plain strings so loading them costs nothing until the first lookup.
 */

// "base past participle" per entry; alternatives separated by "/".
const irregularVerbs = `
arise arose arisen|awake awoke awoken|be was/were been|bear bore born/borne|beat beat beaten|become became become|
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|
break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|build built built|burn burnt burnt|
burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|
cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt dreamt|
drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|
find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|forecast forecast forecast|
foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got got/gotten|give gave given|
go went gone|grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|
hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant leant|
leap leapt leapt|learn learnt learnt|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|
make made made|mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken|overcome overcame overcome|
overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|prove proved proven|put put put|quit quit quit|
read read read|rebuild rebuilt rebuilt|redo redid redone|repay repaid repaid|rethink rethought rethought|rewrite rewrote rewritten|
rid rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|
sell sold sold|send sent sent|set set set|sew sewed sewn|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|
show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|
slide slid slid|slit slit slit|speak spoke spoken|speed sped sped|spell spelt spelt|spend spent spent|spill spilt spilt|
spin spun spun|spit spat spat|split split split|spoil spoilt spoilt|spread spread spread|spring sprang sprung|stand stood stood|
steal stole stolen|stick stuck stuck|sting stung stung|stink stank stunk|stride strode stridden|strike struck struck|
string strung strung|strive strove striven|swear swore sworn|sweep swept swept|swell swelled swollen|swim swam swum|
swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|
thrust thrust thrust|tread trod trodden|undergo underwent undergone|understand understood understood|undertake undertook undertaken|
undo undid undone|upset upset upset|uphold upheld upheld|wake woke woken|wear wore worn|weave wove woven|weep wept wept|
win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|
wring wrung wrung|write wrote written|offset offset offset|reset reset reset|recast recast recast|undercut undercut undercut|
outgrow outgrew outgrown|outdo outdid outdone|outsell outsold outsold|outrun outran outrun|overhear overheard overheard|
oversee oversaw overseen|override overrode overridden|overrun overran overrun|overpay overpaid overpaid|remake remade remade|
resell resold resold|retell retold retold|rewind rewound rewound|sublet sublet sublet|underlie underlay underlain|
underpay underpaid underpaid|undersell undersold undersold|underwrite underwrote underwritten|unwind unwound unwound|
foretell foretold foretold|forgo forwent forgone|mislay mislaid mislaid|misread misread misread|mishear misheard misheard|
input input input|output output output|smell smelt smelt|dwell dwelt dwelt`;

// Present-tense and -ing forms that suffix rules would get wrong.
const irregularVerbForms: Readonly<Record<string, string>> = {
  am: 'be', is: 'be', are: 'be', being: 'be', art: 'be',
  has: 'have', having: 'have',
  does: 'do', doing: 'do',
  goes: 'go',
  dying: 'die', lying: 'lie', tying: 'tie', vying: 'vie',
};

// Modal and auxiliary spellings found inside contractions ("wo" of "won't", "ca" of "can't").
const contractedAuxiliaries: Readonly<Record<string, string>> = {
  wo: 'will', ca: 'can', sha: 'shall', ai: 'be', "'ll": 'will', "'d": 'would', "'ve": 'have', "'re": 'be', "'m": 'be',
};

const irregularNouns = `
man men|woman women|child children|foot feet|tooth teeth|mouse mice|goose geese|ox oxen|louse lice|
criterion criteria|phenomenon phenomena|analysis analyses|crisis crises|thesis theses|basis bases|diagnosis diagnoses|
hypothesis hypotheses|oasis oases|axis axes|index indices|appendix appendices|nucleus nuclei|stimulus stimuli|
cactus cacti|fungus fungi|alumnus alumni|bacterium bacteria|curriculum curricula|memorandum memoranda|
life lives|wife wives|knife knives|wolf wolves|half halves|leaf leaves|shelf shelves|thief thieves|self selves|calf calves|
loaf loaves|sheaf sheaves|elf elves|hoof hooves|scarf scarves|wharf wharves`;

// Plural-looking nouns whose dictionary form keeps the -s, and nouns with no separate plural.
const unchangedNouns = new Set([
  'news', 'series', 'species', 'means', 'headquarters', 'crossroads', 'whereabouts', 'physics', 'economics', 'politics',
  'mathematics', 'athletics', 'police', 'people', 'sheep', 'deer', 'fish', 'aircraft', 'media', 'data', 'staff',
  'arms', 'thanks', 'clothes', 'premises', 'proceeds', 'outskirts', 'surroundings', 'earnings', 'savings', 'lyrics',
  'status', 'bus', 'virus', 'campus', 'census', 'consensus', 'bonus', 'focus', 'chaos', 'ethos', 'gas', 'bias', 'alias',
  'atlas', 'canvas', 'lens', 'analysis', 'crisis', 'thesis', 'basis', 'this', 'its', 'his', 'us', 'yes', 'was', 'has', 'is',
]);

// Comparative and superlative forms with a different stem, by tag family (adjective vs adverb).
const irregularDegrees: Readonly<Record<string, { adjective: string; adverb: string }>> = {
  better: { adjective: 'good', adverb: 'well' },
  best: { adjective: 'good', adverb: 'well' },
  worse: { adjective: 'bad', adverb: 'badly' },
  worst: { adjective: 'bad', adverb: 'badly' },
  more: { adjective: 'more', adverb: 'more' },
  most: { adjective: 'most', adverb: 'most' },
  less: { adjective: 'less', adverb: 'less' },
  least: { adjective: 'least', adverb: 'least' },
  further: { adjective: 'further', adverb: 'further' },
  furthest: { adjective: 'furthest', adverb: 'furthest' },
  farther: { adjective: 'far', adverb: 'far' },
  farthest: { adjective: 'far', adverb: 'far' },
  elder: { adjective: 'old', adverb: 'old' },
  eldest: { adjective: 'old', adverb: 'old' },
};

// Words such as "constructor" must not find Object.prototype members.
function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

let verbForms: Map<string, string> | undefined;
let pastForms: Set<string> | undefined;
let participleForms: Set<string> | undefined;
let nounForms: Map<string, string> | undefined;
let principalParts: Map<string, { past: string[]; participle: string[] }> | undefined;

function loadVerbForms(): Map<string, string> {
  if (verbForms) return verbForms;
  verbForms = new Map(Object.entries({ ...irregularVerbForms, ...contractedAuxiliaries }));
  pastForms = new Set();
  participleForms = new Set();
  for (const entry of irregularVerbs.split('|')) {
    const [base, pasts, participles] = entry.trim().split(' ') as [string, string, string];
    for (const form of pasts.split('/')) pastForms.add(form);
    for (const form of participles.split('/')) participleForms.add(form);
    for (const form of [...pasts.split('/'), ...participles.split('/')]) if (!verbForms.has(form)) verbForms.set(form, base);
  }
  return verbForms;
}

/** Base form of an irregular verb form ("went" → "go", "is" → "be"), or undefined. */
export function irregularVerbBase(form: string): string | undefined {
  return loadVerbForms().get(form);
}

/**
 * Which reading an irregular verb form allows: "grew" is only a past tense, "grown" only a participle;
 * undefined for forms that are both ("sought") and for regular verbs.
 */
export function irregularPastKind(form: string): 'past' | 'participle' | undefined {
  loadVerbForms();
  const past = pastForms!.has(form);
  const participle = participleForms!.has(form);
  if (past === participle) return undefined;
  return past ? 'past' : 'participle';
}

/** The past tenses and past participles of an irregular verb's base form ("go" → went / gone), or undefined. */
export function irregularPrincipalParts(base: string): { past: readonly string[]; participle: readonly string[] } | undefined {
  if (!principalParts) {
    principalParts = new Map();
    for (const entry of irregularVerbs.split('|')) {
      const [verb, pasts, participles] = entry.trim().split(' ') as [string, string, string];
      principalParts.set(verb, { past: pasts.split('/'), participle: participles.split('/') });
    }
  }
  return principalParts.get(base);
}

/** Base form of an irregular present-tense, -ing or contracted auxiliary form ("is" → "be", "wo" → "will"), or undefined. */
export function irregularPresentBase(form: string): string | undefined {
  return ownValue(irregularVerbForms, form) ?? ownValue(contractedAuxiliaries, form);
}

/** Singular of an irregular plural ("children" → "child"), the word itself for invariant nouns, or undefined. */
export function irregularNounBase(form: string): string | undefined {
  if (unchangedNouns.has(form)) return form;
  if (!nounForms) {
    nounForms = new Map();
    for (const entry of irregularNouns.split('|')) {
      const [singular, plural] = entry.trim().split(' ') as [string, string];
      nounForms.set(plural, singular);
    }
  }
  return nounForms.get(form);
}

/** Positive degree of an irregular comparative or superlative ("better" → "good"), or undefined. */
export function irregularDegreeBase(form: string, family: 'adjective' | 'adverb'): string | undefined {
  return ownValue(irregularDegrees, form)?.[family];
}
