import { acceptExcept } from './accept-except.js';
import { adviceAdvise } from './advice-advise.js';
import { affectEffect } from './affect-effect.js';
import { breathBreathe } from './breath-breathe.js';
import { complementCompliment } from './complement-compliment.js';
import type { Confusion, ConfusionCheck, WordContext } from './context.js';
import { joinedPhrasalVerb } from './joined-phrasal-verb.js';
import { slotNeighbour } from './slot-neighbour.js';
import { swappedExpression } from './swapped-expression.js';
import { verbAsNoun } from './verb-as-noun.js';
import { contractionBeforeVerb } from './contraction-before-verb.js';
import { councilCounsel } from './council-counsel.js';
import { discreetDiscrete } from './discreet-discrete.js';
import { everyDay } from './every-day.js';
import { fixedPhrases } from './fixed-phrases.js';
import { haveOf } from './have-of.js';
import { hearHere } from './hear-here.js';
import { itsItS } from './its-it-s.js';
import { leadLed } from './lead-led.js';
import { looseLose } from './loose-lose.js';
import { pastPassed } from './past-passed.js';
import { principalPrinciple } from './principal-principle.js';
import { quiteQuiet } from './quite-quiet.js';
import { theirThere } from './their-there.js';
import { thenThan } from './then-than.js';
import { toToo } from './to-too.js';
import { whoseWhoS } from './whose-who-s.js';
import { youYour, yourYouRe } from './your-you-re.js';
import { knowNow } from './know-now.js';
import { wereWhere } from './were-where.js';
import { noNot } from './no-not.js';
import { letsLetS } from './lets-let-s.js';
import { saveSafe } from './save-safe.js';
import { seriousSeriously } from './serious-seriously.js';
import { stationaryStationery } from './stationary-stationery.js';
import { personalPersonnel } from './personal-personnel.js';
import { nutNot } from './nut-not.js';
import { lookWatch } from './look-watch.js';
import { wordWorld } from './word-world.js';
import { eventEven } from './event-even.js';
import { beeBeen } from './bee-been.js';
import { howWhat } from './how-what.js';
import { shouldShoulder } from './should-shoulder.js';
import { beenBeing } from './been-being.js';
import { thesesThese } from './theses-these.js';
import { sayTell } from './say-tell.js';
import { tooEither } from './too-either.js';
import { wedWeD } from './wed-we-d.js';
import { clippedWord } from './clipped-word.js';
import { coldCould, deerDear, fellFeel, shellShall, subjectVerbSoundAlike, whoreWore } from './sound-alike-verbs.js';
import { believeBelief, coarseCourse, interestingInterested, jibJob, seenScene, tomeTime } from './noun-slips.js';
import { iIf, iIt, neitherNor, thoughThought, usUse, wasWay } from './function-word-slips.js';

/** Every confused pair the rule checks, in the order the docs list them. */
export const CONFUSION_CHECKS: readonly ConfusionCheck[] = [
  affectEffect, itsItS, theirThere, yourYouRe, youYour, whoseWhoS, principalPrinciple, leadLed, looseLose, complementCompliment,
  thenThan, councilCounsel, discreetDiscrete, toToo, haveOf, adviceAdvise, breathBreathe, quiteQuiet, everyDay, pastPassed,
  acceptExcept, hearHere, knowNow, wereWhere, noNot, letsLetS, saveSafe, stationaryStationery, personalPersonnel, nutNot, lookWatch, wordWorld, eventEven, beeBeen, seriousSeriously,
  howWhat, shouldShoulder, beenBeing, thesesThese, sayTell, tooEither, wedWeD,
  clippedWord, shellShall, coldCould, fellFeel, whoreWore, deerDear, subjectVerbSoundAlike, tomeTime, coarseCourse, seenScene, believeBelief,
  interestingInterested, neitherNor, usUse, wasWay, iIf, iIt, thoughThought, jibJob, fixedPhrases,
];

/** Checks that look at every word, not at listed spellings: each finds its own suspects from the slot the word stands in. */
export const SLOT_CHECKS: ReadonlyArray<(context: WordContext) => Confusion | undefined> = [slotNeighbour, joinedPhrasalVerb, swappedExpression, verbAsNoun, contractionBeforeVerb];
