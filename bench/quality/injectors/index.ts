import type { Injector } from '../injector.js';
import { headlineWithLede } from './headline-with-lede.js';
import { paragraphFromOtherCategory } from './paragraph-from-other-category.js';
import { paragraphFromSameCategory } from './paragraph-from-same-category.js';
import { detachedClause } from './detached-clause.js';
import { pageChromeLine } from './page-chrome-line.js';
import { strippedAttribution } from './stripped-attribution.js';
import { unintroducedRole } from './unintroduced-role.js';
import { respelledWords } from './respelled-words.js';
import { variantAbbreviation } from './variant-abbreviation.js';

/** Every injector the harness runs; a rule that wants measuring adds its own here. */
export const injectors: readonly Injector[] = [paragraphFromOtherCategory, paragraphFromSameCategory, headlineWithLede, detachedClause, pageChromeLine, strippedAttribution, unintroducedRole, respelledWords, variantAbbreviation];
