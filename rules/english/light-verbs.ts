/**
 * Nouns that go with one light verb, with the light verbs learners put in its place: "do a mistake" →
 * "make a mistake", "make homework" → "do homework", "say a lie" → "tell a lie". Written from general
 * knowledge of English collocation. Nouns are dictionary forms (plurals match through the lemma); only
 * verbs that never pair with the noun are listed as wrong ("make the meeting" and "make conversation"
 * are idioms, "take a decision" is British, so neither is listed).
 */
export const LIGHT_VERBS: ReadonlyArray<readonly [nouns: string, wrong: string, right: string]> = [
  ['mistake error decision effort progress noise promise suggestion complaint offer appointment profit fortune', 'do', 'make'],
  ['difference choice contribution arrangement comment remark attempt announcement sense', 'do', 'make'],
  ['homework housework chore laundry shopping exercise sport favour favor damage harm research experiment', 'make', 'do'],
  ['photo photograph shower nap walk', 'make do', 'take'],
  ['break trip look', 'do', 'take'],
  ['meeting conversation', 'do', 'have'],
  ['party', 'do make', 'have'],
  ['jogging skiing hiking camping sailing surfing skating sightseeing fishing hunting bowling snowboarding', 'do', 'go'],
  // "listen to a film", "assist to a meeting": the verb is matched through "to" or "at" (wrong-light-verb.ts).
  ['movie film tv television cartoon', 'listen', 'watch'],
  ['meeting class course conference lecture concert wedding funeral ceremony mass seminar', 'assist', 'attend'],
  ['light tv television radio computer', 'open', 'turn on'],
  ['light tv television radio computer', 'close', 'turn off'],
  ['bus train', 'lose', 'miss'],
  ['mistake', 'commit', 'make'],
  ['exam examination', 'make', 'take'],
  ['speech', 'say', 'give'],
  ['conclusion', 'take make', 'draw'],
  ['role', 'make', 'play'],
  ['question', 'make', 'ask'],
  ['crime murder sin', 'make', 'commit'],
  ['attention', 'make do', 'pay'],
  ['lie joke story truth secret', 'say', 'tell'],
  ['wish friend money mess list plan change excuse discovery improvement request apology assumption payment purchase recommendation reservation', 'do', 'make'],
  // "make a business from it" (start one) is sound; "make business" stays a learner's slip only with "a" absent, too fine a line.
  ['job duty dishes', 'make', 'do'],
  ['goodbye hello prayer', 'tell', 'say'],
  ['soccer football tennis basketball baseball golf volleyball hockey rugby cricket chess badminton', 'do make', 'play'],
  ['ballet yoga karate judo gymnastics athletics aerobics pilates', 'play make', 'do'],
];
