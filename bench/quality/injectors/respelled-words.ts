import { draftOf, type Draft } from '../draft.js';
import type { Injector } from '../injector.js';

/**
 * Common news words spelled the British way and the American way, kept apart from the rule's own tables
 * so that the measurement does not grade the rule against itself. Spellings that are right in British
 * copy in another sense ("a computer program", "a parking meter", "to license") are left out: planting
 * them would not plant a mistake.
 */
const PAIRS = `
organise organize|organised organized|organising organizing|organisation organization|organisations organizations
recognise recognize|recognised recognized|realise realize|realised realized|criticise criticize|criticised criticized
apologise apologize|apologised apologized|emphasise emphasize|emphasised emphasized|privatisation privatization
authorised authorized|summarised summarized|minimise minimize|maximise maximize|prioritise prioritize
finalised finalized|specialised specialized|stabilise stabilize|legalise legalize|modernise modernize|characterised characterized
favour favor|favourite favorite|favourable favorable|colour color|colours colors|coloured colored|labour labor|honour honor
behaviour behavior|neighbour neighbor|neighbours neighbors|neighbouring neighboring|rumour rumor|rumours rumors|humour humor
harbour harbor|endeavour endeavor|vigour vigor|tumour tumor|armoured armored|flavour flavor|savour savor|rigour rigor
centre center|centres centers|theatre theater|theatres theaters|kilometres kilometers|litres liters|fibre fiber
defence defense|offence offense|catalogue catalog|analogue analog
travelled traveled|travelling traveling|traveller traveler|travellers travelers|cancelled canceled|cancelling canceling
modelling modeling|labelled labeled|levelled leveled|signalled signaled|fuelled fueled|counselling counseling|jewellery jewelry
analyse analyze|analysed analyzed|paralysed paralyzed|grey gray|tyres tires|sceptical skeptical|ageing aging|manoeuvre maneuver
enrolment enrollment|fulfil fulfill|aluminium aluminum|moustache mustache|pyjamas pajamas|plough plow
`
  .split(/[|\n]/)
  .map((entry) => entry.trim().split(' '))
  .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== pair[1]);

/** British spellings that American dictionaries accept too: planting one in American copy plants no mistake. */
const ACCEPTED_IN_AMERICAN = new Set(['grey', 'cancelled', 'cancelling', 'theatre', 'theatres']);

type Variety = 'british' | 'american';
const SPELLING = new Map<string, { variety: Variety; other: string }>([
  ...PAIRS.map(([british, american]) => [british, { variety: 'british' as const, other: american }] as const),
  ...PAIRS.map(([british, american]) => [american, { variety: 'american' as const, other: british }] as const),
]);

interface Occurrence {
  block: number;
  index: number;
  word: string;
  variety: Variety;
}

/** Lower-case listed words, mid-sentence (a capital may mark a name: "Labour", "Pearl Harbor"). */
function occurrencesIn(draft: Draft): Occurrence[] {
  const found: Occurrence[] = [];
  draft.forEach((block, blockIndex) => {
    if (block.headline) return;
    for (const match of block.text.matchAll(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu)) {
      const spelling = SPELLING.get(match[0]);
      if (spelling) found.push({ block: blockIndex, index: match.index, word: match[0], variety: spelling.variety });
    }
  });
  return found;
}

/**
 * Re-spells one to three words of a story written in one variety the other way ("favour" → "favor" in a
 * BBC story, "center" → "centre" in an American one), always leaving the story's own spelling the clear
 * majority.
 */
export const respelledWords: Injector = {
  id: 'respelled-words',
  description: 'one to three words of a single-variety story re-spelled in the other variety',
  rules: ['mixed-spelling'],
  inject(host, _pool, random) {
    const draft = draftOf(host);
    const occurrences = occurrencesIn(draft);
    const varieties = new Set(occurrences.map((occurrence) => occurrence.variety));
    if (occurrences.length < 3 || varieties.size !== 1) return undefined;
    // Fewer than half are changed, so the story's own variety stays the majority.
    const count = Math.min(3, Math.ceil(occurrences.length / 2) - 1);
    const plantable = occurrences.filter((occurrence) => !ACCEPTED_IN_AMERICAN.has(SPELLING.get(occurrence.word)!.other));
    if (plantable.length === 0) return undefined;
    const chosen = random.shuffle(plantable).slice(0, count).sort((a, b) => b.index - a.index);
    const texts = draft.map((block) => block.text);
    for (const occurrence of chosen) {
      const text = texts[occurrence.block]!;
      texts[occurrence.block] = text.slice(0, occurrence.index) + SPELLING.get(occurrence.word)!.other + text.slice(occurrence.index + occurrence.word.length);
    }
    const changed = new Set(chosen.map((occurrence) => occurrence.block));
    return draft.map((block, index) => (changed.has(index) ? { text: texts[index]!, defect: { injector: this.id, rule: 'mixed-spelling' } } : block));
  },
};
