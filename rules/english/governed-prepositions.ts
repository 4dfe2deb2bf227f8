/**
 * Words that govern a preposition, with the prepositions learners and translators put in its place:
 * "afraid from" → "afraid of", "participate to" → "participate in", "arrive to" → "arrive at". Written
 * from general knowledge of English government and of common learner errors. Heads are dictionary
 * forms (inflected verbs and plural nouns match through the word's lemma) or, for adjectives that are
 * participles ("married", "covered"), the word itself. A pairing listed here has no correct reading of
 * its own, or carries a guard that keeps the readings that are right ("married with children",
 * "covered by insurance", "arrived to cheers").
 */

/** One government: heads, the prepositions they never take, and the one they take. */
export interface Government {
  heads: readonly string[];
  wrong: readonly string[];
  /** The preposition meant; `''` when the head takes its object directly ("discuss about" → "discuss"). */
  right: string;
  /** Other prepositions that are also right, offered after `right`. */
  alternatives?: readonly string[];
  /** Only when the head is a verb, a finite one ("they lacked of" but not "the lack of", "down to lack of"), or a noun. */
  as?: 'verb' | 'finite-verb' | 'noun';
  /** Only after this word (a lemma): "take care about", "pay attention on". */
  after?: string;
  /** Only when the preposition's object (the last noun of its phrase, or a pronoun) is one of these. */
  objects?: readonly string[];
  /** Not when the word after the preposition, or the object, is one of these: the senses that are right. */
  except?: readonly string[];
  /** Not after one of these words: "so far of the…", "as far of". */
  notAfter?: readonly string[];
  /** "to" with a verb after it is wrong too ("insist to go"); otherwise an infinitive is left alone. */
  infinitive?: boolean;
  /** The head takes its object directly: reported as a needless preposition. */
  direct?: boolean;
  /** Heads match the word itself, never its lemma: "oppose to" but not "opposed to". */
  exact?: boolean;
  /** The object follows the preposition at once, with no determiner: "go to home" but not "go to the home of". */
  bare?: boolean;
  /** Only with an object pronoun between the verb and the preposition: "dubbed it as" (but "was dubbed as"). */
  acrossObject?: boolean;
  /** The head also takes "to" and a verb ("ready to go"), so an -ing form there is a verb-form slip, not a wrong "to". */
  toInfinitive?: boolean;
  /** Only before a verb: "succeeded to pass" (but "succeeded to the throne"). */
  beforeVerb?: boolean;
  /** Only after a person as subject, a modal or an adverb between: "you can apply to welfare" (but "the rules apply to welfare"). */
  personal?: boolean;
  /** Also when nothing follows the preposition: "Don't worry for." */
  atEnd?: boolean;
  /** A proper noun that is not a month or a day counts as one of `objects`, a place: "returned in Montreal". */
  properPlace?: boolean;
}

/** Object pronouns, for heads that misgovern a person: "agree to me", "wait after him". */
const PERSONS = ['me', 'him', 'her', 'us', 'them', 'you'];
/** Words that open an amount, not an object: "a ban of between six months and two years", "damage of up to £5m". */
const AMOUNTS = ['up', 'about', 'around', 'over', 'nearly', 'almost', 'some', 'more', 'less', 'at', 'an', 'a', 'this', 'that', 'such', 'between', 'roughly', 'just', 'only'];
/** Buildings, rooms, vehicles and places one goes into or comes back to. */
const PLACES = [
  'room', 'house', 'home', 'building', 'office', 'classroom', 'hall', 'kitchen', 'bedroom', 'bathroom', 'church',
  'shop', 'store', 'restaurant', 'hotel', 'bar', 'cafe', 'pub', 'country',
  'city', 'town', 'village', 'station', 'stadium', 'school', 'hospital', 'court', 'courtroom', 'chamber', 'apartment',
  'flat', 'premises', 'cave', 'tunnel', 'capital', 'region', 'island', 'camp', 'base', 'airport', 'port', 'harbour',
  'harbor', 'campus', 'library', 'museum', 'theatre', 'theater', 'cinema', 'gym', 'club', 'garden', 'park', 'yard',
  'market', 'mall', 'palace', 'castle', 'embassy', 'parliament', 'prison', 'jail', 'cell', 'homeland', 'field',
  'university', 'college', 'supermarket', 'factory', 'warehouse', 'farm',
];
/** Vehicles one gets into. */
const VEHICLES = ['car', 'bus', 'train', 'plane', 'taxi', 'cab', 'van', 'lorry', 'truck', 'boat', 'lift', 'elevator'];
/** Events one attends. */
const EVENTS = [
  'meeting', 'class', 'classes', 'school', 'lecture', 'conference', 'wedding', 'funeral', 'church', 'university', 'college',
  'course', 'ceremony', 'event', 'concert', 'party', 'seminar', 'session', 'workshop', 'mass', 'festival',
  'summit', 'rally', 'hearing', 'trial', 'match', 'game', 'show', 'exhibition', 'lesson', 'lessons', 'interview', 'talks',
];
/** Outings one goes on. */
const OUTINGS = [
  'trip', 'holiday', 'holidays', 'vacation', 'tour', 'cruise', 'excursion', 'journey', 'voyage', 'expedition',
  'honeymoon', 'date', 'diet', 'picnic', 'hike', 'walk', 'ride', 'safari', 'pilgrimage', 'spree', 'rampage', 'outing',
];
/** Activities one goes doing: "go shopping", never "go to shopping". */
const ACTIVITIES = [
  'shopping', 'swimming', 'fishing', 'skiing', 'hiking', 'running', 'dancing', 'camping', 'sailing', 'riding',
  'jogging', 'bowling', 'hunting', 'surfing', 'skating', 'cycling', 'climbing', 'walking', 'sightseeing', 'clubbing',
];
/** Adverbs of place that take no preposition: "go home", "come here", "travel abroad". */
const PLACE_ADVERBS = [
  'home', 'there', 'here', 'abroad', 'overseas', 'upstairs', 'downstairs', 'downtown', 'inside', 'outside',
  'somewhere', 'anywhere', 'nowhere', 'everywhere', 'indoors', 'outdoors', 'ashore', 'uptown',
];
/** Things that lie on a surface as a layer: a field is "covered with snow" but a risk "covered by insurance". */
const LAYERS = [
  'snow', 'ice', 'dust', 'mud', 'blood', 'sand', 'leaves', 'grass', 'moss', 'fog', 'mist', 'ash', 'ashes', 'soot',
  'paint', 'graffiti', 'rubble', 'debris', 'frost', 'weeds', 'ivy', 'flowers', 'sweat', 'oil', 'grease', 'rust',
  'mould', 'mold', 'fur', 'hair', 'feathers', 'scales', 'spots', 'bruises', 'tattoos', 'stickers', 'posters',
  'dirt', 'cobwebs', 'scars', 'water', 'clouds', 'trees', 'forest', 'vegetation', 'glitter', 'chocolate', 'cream',
];

/** Quantities that rise and fall: "an increase in prices", never "an increase of prices" ("an increase of 5%" is an amount). */
const MEASURES = [
  'price', 'prices', 'cost', 'costs', 'demand', 'number', 'numbers', 'rate', 'rates', 'unemployment', 'crime', 'tax', 'taxes',
  'sales', 'inflation', 'wage', 'wages', 'salary', 'salaries', 'productivity', 'spending', 'temperature', 'temperatures',
  'production', 'traffic', 'violence', 'emissions', 'fee', 'fees', 'rent', 'rents', 'infections', 'cases', 'deaths',
  'profits', 'revenue', 'exports', 'imports', 'investment', 'poverty', 'output', 'consumption', 'enrolment', 'enrollment',
];
/** Causes of death that take "of": "died of hunger", never "died for hunger" ("died for their country" is a cause served). */
const CAUSES_OF_DEATH = [
  'hunger', 'starvation', 'thirst', 'cancer', 'malaria', 'cholera', 'pneumonia', 'tuberculosis', 'typhoid', 'leukaemia',
  'leukemia', 'disease', 'illness', 'overdose', 'malnutrition', 'dehydration', 'exhaustion', 'hypothermia', 'ebola',
];
/** Things a solution, an answer or a key opens: "the solution to the problem", "the answer to the question". */
const PROBLEMS = ['problem', 'problems', 'crisis', 'issue', 'issues', 'puzzle', 'question', 'questions', 'dilemma', 'riddle', 'mystery', 'shortage', 'conflict'];
/** What a key unlocks: "the key to success". */
const GOALS = ['success', 'victory', 'happiness', 'recovery', 'growth', 'understanding', 'survival', 'prosperity', 'peace', 'winning', 'solving'];
/** Goods and services there is demand for: "demand for oil" ("the demands of the protesters" are theirs). */
const GOODS = [
  'oil', 'energy', 'housing', 'homes', 'products', 'goods', 'services', 'electricity', 'gas', 'food', 'water', 'labour', 'labor',
  'workers', 'staff', 'tickets', 'vaccines', 'cars', 'coal', 'steel', 'chips', 'beds', 'places', 'loans', 'credit',
];
/** Posts and permits one applies for: "apply for a job", not "apply on a job". */
const APPLICATIONS = [
  'job', 'jobs', 'position', 'post', 'visa', 'loan', 'grant', 'scholarship', 'vacancy', 'asylum', 'permit', 'passport',
  'licence', 'license', 'mortgage', 'funding', 'membership', 'citizenship', 'internship', 'refund', 'benefits', 'allowance',
];
/** Schools one graduates from. */
const SCHOOLS = ['university', 'college', 'school', 'academy', 'institute', 'polytechnic', 'seminary', 'conservatory', 'uni'];
/** Groups one joins directly: "join the team", never "join to the team". */
const GROUPS = ['team', 'club', 'army', 'navy', 'party', 'group', 'union', 'company', 'band', 'gym', 'staff', 'campaign', 'protest', 'protests', 'strike', 'queue', 'board', 'firm', 'squad', 'cast', 'choir', 'coalition', 'alliance'];

/** Sports one plays, with no preposition: "play football", never "play to football". */
const SPORTS = ['football', 'soccer', 'tennis', 'basketball', 'baseball', 'golf', 'volleyball', 'hockey', 'rugby', 'cricket', 'chess', 'badminton', 'cards', 'poker', 'handball', 'snooker', 'darts'];
/** Instruments one plays, with the article and no preposition: "play the piano", never "play of the piano". */
const INSTRUMENTS = ['piano', 'guitar', 'violin', 'drums', 'flute', 'cello', 'trumpet', 'saxophone', 'clarinet', 'harp', 'bass', 'organ', 'keyboard', 'keyboards', 'ukulele', 'accordion', 'harmonica'];

/** A government from space-separated heads and wrong prepositions. */
function govern(heads: string, wrong: string, right: string, guards: Omit<Government, 'heads' | 'wrong' | 'right'> = {}): Government {
  const [first, ...alternatives] = right.split('/');
  return { heads: heads.split(' '), wrong: wrong.split(' '), right: first!, ...(alternatives.length > 0 ? { alternatives } : {}), ...guards };
}

/** Heads with the preposition they govern. */
export const GOVERNMENTS: readonly Government[] = [
  // "of": fear, pride, awareness, accusation, composition, deprivation.
  govern('afraid scared terrified frightened', 'from', 'of'),
  govern('jealous envious', 'from on', 'of'),
  govern('proud', 'on for', 'of'),
  govern('ashamed', 'for from', 'of'),
  govern('fond', 'for with to', 'of'),
  govern('capable', 'for in to', 'of', { infinitive: true }),
  govern('aware unaware', 'about for on with', 'of'),
  govern('tired', 'about', 'of'),
  govern('full', 'with', 'of', { notAfter: ['in'] }),
  govern('guilty', 'for', 'of'),
  govern('accuse accused', 'for with', 'of'),
  govern('suspect', 'for', 'of', { as: 'verb' }),
  govern('consist', 'to from with by', 'of'),
  // "consist in" is "lie in" before a determiner: "the beauty consists in its quietness".
  govern('consist', 'in', 'of', { except: ['doing', 'being', 'making', 'having', 'the', 'its', 'his', 'her', 'their', 'our', 'a', 'an'] }),
  govern('compose composed', 'from by', 'of'),
  govern('deprive rid', 'from', 'of'),
  govern('worthy', 'for', 'of'),
  govern('characteristic', 'for', 'of'),
  govern('devoid', 'from', 'of'),
  govern('regardless irrespective', 'from to', 'of'),
  govern('care', 'about for', 'of', { after: 'take' }),
  govern('advantage', 'from on', 'of', { after: 'take' }),
  govern('use', 'from with', 'of', { after: 'make' }),
  govern('fun', 'at on', 'of', { after: 'make' }),
  govern('criticism', 'to', 'of'),
  // "in": taking part, belief, interest, specialism.
  govern('interested', 'about by for on at into with', 'in'),
  // "interested to hear" is an infinitive and left alone; "interested to the arts" is not.
  govern('interested', 'to', 'in'),
  govern('interest', 'about', 'in', { as: 'noun' }),
  govern('interest', 'for', 'in', { as: 'noun', notAfter: ['of', 'no', 'little', 'any'] }),
  govern('participate', 'to on into', 'in'),
  govern('participation', 'to on', 'in'),
  govern('part', 'to into', 'in', { after: 'take' }),
  govern('involve involved', 'into', 'in'),
  govern('involvement', 'to', 'in'),
  govern('believe', 'on to', 'in'),
  govern('confidence', 'on', 'in'),
  govern('specialise specialize specialised specialized', 'on at', 'in'),
  govern('rich', 'of', 'in'),
  govern('absorbed', 'at', 'in'),
  govern('invest', 'on', 'in'),
  govern('investment', 'on', 'in', { except: ['return'] }),
  govern('persist indulge', 'on', 'in'),
  govern('result', 'of', 'in', { as: 'verb' }),
  govern('enroll enrol', 'to', 'in'),
  govern('love', 'of for', 'with', { after: 'in' }),
  // "on": dependence, insistence, congratulation, bans.
  govern('depend', 'of from', 'on'),
  govern('dependent', 'of from', 'on'),
  govern('dependence dependency', 'of from', 'on'),
  govern('rely', 'of from to', 'on'),
  govern('reliant', 'of from', 'on'),
  govern('reliance', 'of from', 'on'),
  govern('insist', 'to in for', 'on', { infinitive: true }),
  govern('insistence', 'to in', 'on'),
  govern('congratulate', 'for about', 'on'),
  govern('congratulations', 'for about', 'on'),
  govern('keen', 'of', 'on'),
  // "keen in that voice" is "sharp in"; "keen in football" is "keen on".
  govern('keen', 'in', 'on', { except: ['that', 'this', 'the', 'his', 'her', 'their', 'its'] }),
  govern('based', 'of', 'on'),
  govern('influence', 'to at', 'on', { as: 'noun' }),
  govern('ban', 'of', 'on', { as: 'noun', except: AMOUNTS }),
  govern('crackdown clampdown', 'of', 'on'),
  // "to": marriage, addiction, similarity, rank, allergy, manners, dependence on a person's view.
  govern('married marry', 'with', 'to', {
    except: ['child', 'children', 'kid', 'kids', 'son', 'sons', 'daughter', 'daughters', 'family', 'baby', 'babies', 'grandchildren', 'twins', 'stepchildren'],
  }),
  govern('married', 'of', 'to'),
  govern('divorced', 'with', 'from'),
  govern('addicted', 'with on of', 'to'),
  govern('addiction', 'with on of', 'to'),
  govern('accustomed', 'with of at', 'to'),
  govern('similar', 'with as than', 'to', { notAfter: ['as', 'so'] }),
  govern('superior inferior senior junior prior', 'than', 'to'),
  govern('identical equal', 'than', 'to', { notAfter: ['more', 'less'] }),
  govern('allergic', 'from with of on', 'to'),
  govern('polite rude cruel hostile loyal faithful', 'with', 'to'),
  govern('loyal faithful', 'for', 'to'),
  govern('related', 'with', 'to'),
  govern('prone susceptible', 'of for', 'to'),
  govern('vulnerable', 'for', 'to'),
  govern('obvious', 'for', 'to'),
  govern('difficult hard easy', 'to', 'for', { objects: PERSONS }),
  govern('careful', 'for', 'with/of'),
  govern('contribute contribution', 'on', 'to'),
  govern('consequence', 'on', 'for'),
  govern('repercussion', 'with', 'on/for'),
  govern('analysis', 'about', 'of'),
  govern('perspective', 'about', 'on'),
  govern('concentrate concentrated', 'with', 'on'),
  govern('contrary', 'of', 'to'),
  govern('according', 'with of for from about', 'to'),
  govern('inspired', 'with', 'by'),
  govern('translate', 'in', 'into', { objects: ['english', 'french', 'spanish', 'german', 'italian', 'chinese', 'mandarin', 'arabic', 'russian', 'japanese', 'portuguese', 'welsh', 'irish', 'gaelic', 'hindi', 'urdu', 'dutch', 'polish', 'turkish', 'korean', 'greek', 'latin'] }),
  govern('damage', 'of', 'to', { as: 'noun', exact: true, except: AMOUNTS }),
  govern('objection', 'against', 'to'),
  govern('object', 'against', 'to', { as: 'verb' }),
  govern('exception', 'of', 'to', { notAfter: ['the'] }),
  govern('attention', 'on at for', 'to', { after: 'pay' }),
  govern('forward', 'for', 'to', { after: 'look' }),
  govern('refer', 'about', 'to'),
  govern('attack', 'to', 'on', { as: 'noun' }),
  govern('agree disagree', 'to', 'with', { objects: PERSONS }),
  govern('arrival', 'to', 'at/in', { except: ['power', 'office', 'cheers', 'applause'] }),
  govern('go come get return head travel move walk drive fly run hurry rush back', 'to', '', { objects: PLACE_ADVERBS, bare: true }),
  govern('get', 'on', 'in/into', { objects: ['car', 'taxi', 'cab'] }),
  govern('get', 'off', 'out of', { objects: ['car', 'taxi', 'cab', 'van'] }),
  govern('go come get return arrive head', 'at in', '', { objects: ['home'], bare: true }),
  // "with": feelings about a thing, contents, compliance, charges.
  govern('angry annoyed furious upset', 'on', 'with'),
  govern('angry', 'against', 'with'),
  govern('disappointed', 'from of', 'with'),
  govern('satisfied pleased', 'from of', 'with'),
  govern('bored', 'from', 'with'),
  govern('familiar', 'about', 'with'),
  govern('acquainted', 'to of', 'with'),
  govern('obsessed', 'about for of', 'with'),
  govern('filled crowded packed equipped furnished loaded', 'of', 'with'),
  govern('covered', 'of', 'with'),
  govern('covered', 'by', 'with/in', { objects: LAYERS }),
  govern('charge charged', 'of', 'with', { as: 'verb' }),
  govern('comply', 'to', 'with'),
  govern('compliance', 'to', 'with'),
  govern('consistent', 'to', 'with'),
  // "about": worry, curiosity, excitement, complaint.
  govern('worried concerned', 'of on', 'about'),
  govern('curious excited enthusiastic passionate', 'of on', 'about'),
  govern('passionate', 'by', 'about'),
  govern('anxious', 'of', 'about'),
  govern('crazy happy', 'of', 'about'),
  govern('crazy', 'on', 'about'),
  govern('boast', 'for', 'about/of'),
  govern('complain', 'for', 'about'),
  govern('complain', 'on', 'about', { except: ['behalf'] }),
  govern('passion', 'about on', 'for'),
  // "for": responsibility, apology, fame, waiting, readiness, reasons and needs.
  govern('responsible', 'of about on', 'for'),
  // "the most famous of the trio" is a superlative and its group.
  govern('famous renowned notorious', 'of', 'for', { notAfter: ['most', 'least', 'more', 'less'] }),
  govern('apologise apologize', 'about of', 'for'),
  govern('cure', 'against', 'for', { as: 'noun' }),
  govern('cure', 'from', 'of', { as: 'verb' }),
  govern('blame', 'of', 'for', { as: 'verb' }),
  govern('spend', 'for', 'on', { as: 'verb' }),
  govern('wait', 'after', 'for', { objects: PERSONS }),
  govern('prepare prepares preparing', 'to', 'for', { exact: true, toInfinitive: true }),
  govern('ready eligible', 'to', 'for', { toInfinitive: true }),
  govern('reason', 'of', 'for', { exact: true, notAfter: ['by', 'for', 'on'] }),
  govern('preference', 'of', 'for'),
  govern('substitute', 'of', 'for', { as: 'noun' }),
  // "from": difference, distance, recovery, suffering, protection, prevention.
  govern('different', 'of', 'from'),
  govern('differ', 'of than', 'from'),
  govern('far', 'of', 'from', { notAfter: ['so', 'thus', 'as', 'by', 'how'] }),
  govern('aside', 'of', 'from'),
  govern('hide', 'of', 'from'),
  govern('hide steal', 'to', 'from', { objects: PERSONS }),
  govern('stop', 'of', 'from', { as: 'verb' }),
  govern('closer', 'from', 'to'),
  govern('near', 'from of', 'to', { alternatives: [''] }),
  govern('suffer', 'of', 'from'),
  govern('recover', 'of', 'from'),
  govern('benefit graduate resign', 'of', 'from', { as: 'verb' }),
  govern('separate', 'of', 'from', { as: 'verb' }),
  govern('protect', 'of', 'from'),
  govern('prevent', 'to of', 'from', { infinitive: true }),
  govern('borrow', 'to', 'from'),
  // "at": a reaction to something seen or heard, a skill, a point of arrival.
  govern('surprised amazed astonished', 'from of', 'at/by'),
  govern('shocked impressed fascinated disgusted', 'from of', 'by'),
  govern('yell shout laugh stare', 'on', 'at'),
  govern('arrive', 'to', 'at/in', { except: ['cheers', 'applause', 'welcome', 'reception', 'news', 'chaos', 'scenes', 'fanfare', 'acclaim', 'boos', 'protests'] }),
  govern('arrive', 'on', 'at', { objects: ['airport', 'station', 'hotel', 'beach', 'destination', 'conclusion', 'decision', 'agreement', 'venue', 'party', 'meeting', 'office', 'school', 'hospital', 'house'] }),
  govern('return', 'in', 'to', { as: 'verb', objects: PLACES, properPlace: true }),
  govern('go', 'to', 'on', { objects: OUTINGS }),
  govern('go', 'in', 'on', { objects: ['trip', 'holiday', 'holidays', 'vacation', 'tour', 'cruise', 'strike', 'diet', 'date'] }),
  govern('go', 'to', '', { objects: ACTIVITIES, bare: true }),
  govern('go come travel', 'to', 'by', { objects: ['plane', 'train', 'bus', 'car', 'taxi', 'boat', 'ferry', 'coach', 'bike', 'bicycle'], bare: true }),
  // Verbs that take their object directly.
  govern('discuss consider mention describe investigate explain announce', 'about', '', { direct: true }),
  govern('emphasize emphasise', 'on', '', { direct: true }),
  govern('request crave await', 'for', '', { direct: true, as: 'verb' }),
  govern('resemble', 'to with', '', { direct: true }),
  govern('regret', 'for', '', { direct: true }),
  govern('doubt', 'for', '', { direct: true, as: 'verb' }),
  govern('attack', 'against', '', { direct: true }),
  govern('obey', 'to', '', { direct: true }),
  govern('inhabit', 'in', '', { direct: true }),
  govern('lack', 'of', '', { direct: true, as: 'finite-verb' }),
  govern('enter', 'in into to', '', { direct: true, objects: [...PLACES, ...VEHICLES] }),
  govern('reach', 'at', '', { direct: true, objects: [...PLACES, 'destination', 'agreement', 'conclusion', 'decision', 'deal', 'target', 'goal', 'summit'] }),
  govern('answer', 'to', '', { direct: true, as: 'verb', objects: ['question', 'email', 'letter', 'call', 'phone', 'door', 'message'] }),
  govern('marry marries marrying', 'with', '', { direct: true, exact: true }),
  govern('demand seek', 'for', '', { direct: true, as: 'finite-verb' }),
  govern('stress highlight', 'on', '', { direct: true, as: 'finite-verb' }),
  govern('attend', 'to', '', { direct: true, objects: EVENTS }),
  govern('reach', 'to', '', { direct: true, except: ['top', 'ceiling', 'floor', 'ground', 'knee', 'knees', 'waist', 'shoulder', 'shoulders', 'ankle', 'ankles', 'sky', 'shelf', 'heaven', 'heavens'] }),
  govern('approach visit contact phone telephone', 'to', '', { direct: true, as: 'verb' }),
  govern('contact', 'with', '', { direct: true, as: 'verb' }),
  govern('ask tell', 'to', '', { direct: true, objects: [...PERSONS, 'all', 'everyone', 'everybody'] }),
  govern('oppose opposes opposing', 'to', '', { direct: true, exact: true }),
  // Broader learner slips, written from general knowledge of English government.
  // "apply to a job" has become usual; "apply on a job" has not.
  govern('apply', 'on', 'for', { as: 'verb', objects: APPLICATIONS }),
  govern('admit admitted', 'in', 'to', { objects: ['hospital', 'university', 'college', 'school', 'academy'] }),
  // "died" is listed as well: its lemma is not always found.
  govern('die died dies dying', 'for by', 'of/from', { objects: CAUSES_OF_DEATH }),
  govern('graduate', 'at in', 'from', { as: 'verb', objects: SCHOOLS }),
  govern('depend dependent', 'in to', 'on'),
  govern('part', 'on at', 'in', { after: 'take' }),
  govern('focus focused focussed', 'at', 'on'),
  govern('count', 'with', 'on', { as: 'verb', objects: PERSONS }),
  govern('deal', 'about', 'with', { as: 'verb' }),
  govern('used', 'with', 'to', { after: 'get' }),
  govern('convinced', 'for from', 'of'),
  govern('sure', 'for', 'of/about', { objects: ['it', 'that', 'this', 'him', 'her', 'them', 'me', 'you'] }),
  govern('angry annoyed furious', 'to', 'with', { objects: PERSONS }),
  govern('kind nice', 'with', 'to', { objects: PERSONS }),
  govern('smile', 'to on', 'at', { objects: PERSONS }),
  govern('compatible incompatible', 'to', 'with'),
  govern('preferable', 'than', 'to'),
  govern('solution', 'for of', 'to', { objects: PROBLEMS }),
  govern('answer', 'for of on', 'to', { as: 'noun', objects: PROBLEMS }),
  govern('key', 'of for', 'to', { as: 'noun', objects: GOALS }),
  govern('increase rise surge jump hike spike', 'of', 'in', { as: 'noun', objects: MEASURES, except: AMOUNTS }),
  govern('demand', 'of', 'for', { as: 'noun', objects: GOODS }),
  govern('impact', 'to', 'on', { as: 'noun' }),
  govern('threat', 'for', 'to', { as: 'noun', objects: PERSONS }),
  // "beliefs on issues", "trusted on education" are views and trust about a subject, so only faith is listed.
  govern('faith', 'on', 'in'),
  govern('charge', 'for', 'of', { after: 'in' }),
  govern('contact', 'to', 'with', { after: 'in' }),
  govern('worry', 'for', 'about', { as: 'verb', atEnd: true, objects: ['it', 'that', 'this', 'anything', 'something', 'everything', 'money', 'exam', 'exams', 'test', 'results'] }),
  govern('apply', 'to', 'for', { as: 'verb', objects: ['welfare', 'assistance', 'aid', 'compensation', 'relief', 'bail', 'parole', 'asylum', 'benefits'], personal: true }),
  govern('admit admitted', 'at', 'to', { objects: ['university', 'college', 'school', 'academy', 'hospital'] }),
  govern('summon summoned', 'at', 'to', { objects: [...EVENTS, 'examination', 'exam', 'court', 'office', 'palace', 'headquarters'] }),
  govern('look', 'at', 'in', { objects: ['mirror', 'mirrors'] }),
  govern('come came', 'in', 'into', { objects: PLACES }),
  govern('difference', 'about', 'between/in', { as: 'noun' }),
  govern('important', 'with', 'to/for', { objects: PERSONS }),
  govern('work', 'in', 'on', { objects: ['project', 'projects', 'case', 'cases', 'proposal', 'proposals', 'script', 'novel', 'album', 'campaign', 'assignment', 'task', 'tasks'] }),
  govern('growl snarl snap bark glare sneer scowl frown stare', 'to', 'at', { objects: PERSONS }),
  govern('live lives', 'from', 'on/off', { as: 'verb', objects: ['money', 'savings', 'benefits', 'welfare', 'income', 'pension', 'salary', 'wages', 'handouts', 'charity', 'allowance'] }),
  govern('dress dresses dressed dressing', 'with', 'in', { as: 'verb', objects: ['coverall', 'overalls', 'suit', 'dress', 'jeans', 'shirt', 'uniform', 'coat', 'jacket', 'skirt', 'trousers', 'costume', 'gown', 'robe', 'robes', 'black', 'white', 'red', 'clothes'] }),
  govern('guard', 'from', 'against', { as: 'verb' }),
  govern('independently', 'from', 'of'),
  govern('curator', 'on at', 'of'),
  govern('invoice', 'of', 'for', { except: AMOUNTS }),
  govern('exception', 'to', 'for', { objects: PERSONS }),
  govern('trip', 'in', 'to', { as: 'noun', objects: PLACES, properPlace: true }),
  govern('dub christen nickname', 'as', '', { direct: true, acrossObject: true }),
  // Slips carried over from French and Spanish government ("penser à", "jouer de", "se souvenir de", "réussir à").
  govern('think', 'to', 'about/of', { as: 'verb', except: ['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves'] }),
  govern('remember', 'of', '', { direct: true, as: 'verb' }),
  govern('play', 'to', '', { direct: true, as: 'verb', objects: SPORTS }),
  govern('play', 'of', '', { direct: true, as: 'verb', objects: INSTRUMENTS }),
  govern('succeed', 'to', 'in', { beforeVerb: true }),
  govern('surrounded accompanied followed', 'of', 'by'),
  govern('sad', 'of', 'about'),
  govern('buy', 'to', 'for', { objects: PERSONS }),
  govern('laugh', 'of', 'at', { as: 'verb' }),
  govern('fear', 'of', '', { direct: true, as: 'finite-verb' }),
  govern('join', 'to', '', { direct: true, as: 'finite-verb', objects: GROUPS }),
  govern('attend', 'at', '', { direct: true, objects: EVENTS }),
  // A particle that repeats what the verb says: "return back", "cope up with".
  govern('return revert', 'back', ''),
  govern('cope', 'up', ''),
];

/** Verbs that need a preposition before their object, and the object words that show it is missing. */
export const MISSING_PREPOSITIONS: ReadonlyArray<{ verbs: readonly string[]; preposition: string; objects: 'noun-phrase' | 'place-name' | readonly string[] }> = [
  { verbs: ['listen'], preposition: 'to', objects: 'noun-phrase' },
  { verbs: ['explain'], preposition: 'to', objects: ['me', 'us', 'him', 'you'] },
  { verbs: ['belong', 'happen'], preposition: 'to', objects: ['me', 'him', 'us', 'them'] },
  { verbs: ['agree', 'disagree'], preposition: 'with', objects: ['me', 'him', 'us', 'them'] },
  { verbs: ['say'], preposition: 'to', objects: ['me', 'him', 'us'] },
  { verbs: ['speak'], preposition: 'to', objects: ['me', 'him', 'us', 'them'] },
  { verbs: ['participate'], preposition: 'in', objects: 'noun-phrase' },
  { verbs: ['depend', 'rely'], preposition: 'on', objects: 'noun-phrase' },
  { verbs: ['account'], preposition: 'for', objects: 'noun-phrase' },
  { verbs: ['graduate'], preposition: 'from', objects: ['university', 'college', 'school', 'high', 'uni', 'the'] },
  { verbs: ['graduate'], preposition: 'from', objects: 'place-name' },
  { verbs: ['arrive'], preposition: 'in', objects: 'place-name' },
  { verbs: ['reply', 'respond'], preposition: 'to', objects: ['me', 'him', 'us', 'them'] },
  { verbs: ['wait'], preposition: 'for', objects: ['me', 'him', 'us', 'them'] },
  { verbs: ['apologise', 'apologize'], preposition: 'to', objects: ['me', 'him', 'us', 'them'] },
];
