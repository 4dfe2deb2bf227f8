/**
 * Singular nouns that English counts and does not use bare as an object: "provide a report", never
 * "provide report". Left out on purpose: nouns with a common mass or idiom sense ("change", "room",
 * "word", "place", "ground"...; a few are read after an adjective only, below), institutions used bare ("school", "hospital",
 * "court", "office", "church", "prison", "home", "work"), offices held ("president", "captain",
 * "chairman"), times ("week", "day") and nouns that are mostly verbs ("answer", "fix", "report" as a
 * verb is read from its tag). The list is written from general English, not from any corpus.
 */
export const COUNT_NOUNS = new Set(
  [
    // Documents, messages and records.
    'example bug report summary ticket screenshot response explanation solution feature',
    'letter message memo receipt invoice contract questionnaire survey petition essay article paragraph',
    'sentence chapter headline diagram chart graph spreadsheet document file folder photograph photo picture',
    'portrait sketch map poster leaflet brochure pamphlet booklet manual textbook notebook',
    'diary calendar timetable checklist list table certificate licence license passport visa',
    'warrant subpoena verdict statement lecture presentation proposal suggestion request',
    'complaint question query reply apology excuse threat reminder invitation',
    'password username link website webpage blog podcast clip trailer transcript script',
    'scenario workaround patch prototype template sample specimen estimate forecast quote quotation',
    // Objects.
    'coin toy nest apple banana orange sandwich biscuit cookie burger hat cap coat jacket',
    'shirt dress skirt scarf glove shoe boot sock umbrella bag backpack suitcase wallet purse key lock',
    'door window wall roof chair sofa couch desk bed lamp mirror clock phone telephone smartphone',
    'laptop computer tablet printer camera keyboard mouse plug battery charger',
    'bottle jar cup mug plate bowl spoon fork knife pan pot kettle fridge oven microwave',
    'car truck lorry van bus taxi bicycle bike motorbike motorcycle scooter boat yacht canoe plane',
    'helicopter tractor wheel tyre tire engine ladder hammer screwdriver spade shovel rope',
    'bat racket racquet kite doll puppet balloon candle flag banner sign signpost trophy medal',
    'ring necklace bracelet earring gift present parcel package envelope box basket bucket barrel',
    'tent cabin hut cottage bungalow villa mansion castle palace tower bridge tunnel fountain statue',
    'monument gate fence barn kennel cage tank pool pond',
    // Living things and people by kind.
    'dog cat puppy kitten horse pony cow pig sheepdog goat rabbit hamster rat bird parrot',
    'duck goose swan owl eagle hawk pigeon snake lizard frog toad turtle tortoise shark whale dolphin',
    'tree bush shrub flower tulip daisy seed acorn leaf branch twig',
    'boy girl baby toddler teenager child kid adult man woman gentleman lady person guy fellow stranger',
    'friend neighbour neighbor cousin nephew niece uncle aunt grandmother grandfather',
    'victor winner loser golfer footballer cricketer swimmer runner cyclist boxer player',
    'singer dancer actor actress musician pianist guitarist drummer painter sculptor writer novelist poet',
    'journalist reporter photographer teacher student pupil doctor nurse surgeon dentist lawyer',
    'engineer scientist programmer developer designer architect builder plumber electrician mechanic',
    'farmer fisherman pilot driver cook chef waiter waitress cleaner shopkeeper salesman customer',
    'tourist visitor passenger patient volunteer soldier sailor officer detective thief burglar liar hero',
    // Plans, ideas and results that are counted.
    'idea plan goal method approach tool device gadget machine robot app',
    'program programme project task job assignment puzzle riddle joke story anecdote tale',
    'song poem novel movie book magazine newspaper album game match tournament',
    'mistake typo accident incident crash collision fight quarrel',
    'interview meeting conference seminar workshop party wedding funeral ceremony concert festival',
    'trip journey tour visit walk stroll ride voyage cruise',
    'decision option alternative opportunity chance problem',
    'symptom wound bruise scar fracture headache rash',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Count nouns with a bare idiom or a mass sense ("take note", "small change", "declined comment", "by
 * hand"), read only with an adjective before them: "include short note", "need quick fix".
 */
export const COUNT_NOUNS_AFTER_ADJECTIVE = new Set(['note', 'change', 'comment', 'reproduction', 'answer', 'fix', 'hand', 'issue', 'flight', 'argument']);

/**
 * People nouns that follow "is"/"are" with an adjective in learners' slips ("He is good boy", "She is
 * great golfer"); offices and titles, which English uses bare ("She is acting chair"), are not here.
 */
export const PERSON_NOUNS = new Set(
  [
    'boy girl baby child kid man woman person guy friend neighbour neighbor stranger student pupil teacher',
    'doctor nurse golfer footballer player singer dancer actor actress musician writer poet painter cook',
    'driver swimmer runner cyclist boxer worker engineer scientist programmer lawyer journalist reporter',
    'photographer liar hero winner loser tourist visitor customer volunteer',
  ]
    .join(' ')
    .split(' '),
);
