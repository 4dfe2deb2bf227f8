/**
 * Nouns for the roles people speak in, in news copy, grouped so that any word of a group introduces the
 * others ("a government spokeswoman" introduces "the spokesperson"). Written for newslint.
 */
const ROLE_GROUPS: readonly (readonly string[])[] = [
  ['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'press secretary'],
  ['mp', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'senator', 'member of parliament', 'peer', 'mep', 'msp', 'assemblyman'],
  ['minister', 'secretary', 'chancellor', 'premier', 'prime minister'],
  ['official', 'officer', 'civil servant', 'bureaucrat', 'administrator'],
  ['executive', 'chief executive', 'ceo', 'boss', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'founder', 'owner', 'president', 'vice-president', 'managing director'],
  ['coach', 'manager', 'trainer', 'boss'],
  ['player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'captain', 'batsman', 'bowler', 'athlete', 'sprinter', 'runner'],
  ['ambassador', 'diplomat', 'envoy', 'consul', 'attache'],
  ['aide', 'adviser', 'advisor', 'assistant', 'staffer'],
  ['analyst', 'economist', 'strategist', 'expert', 'researcher', 'scientist', 'professor', 'academic', 'lecturer', 'historian'],
  ['doctor', 'surgeon', 'physician', 'nurse', 'medic', 'paramedic', 'consultant'],
  ['lawyer', 'attorney', 'barrister', 'solicitor', 'counsel', 'advocate'],
  ['prosecutor', 'judge', 'magistrate', 'coroner', 'juror'],
  ['detective', 'inspector', 'sergeant', 'constable', 'commissioner', 'superintendent', 'police chief', 'sheriff', 'investigator'],
  ['mayor', 'governor', 'councillor', 'councilor', 'alderman'],
  ['witness', 'bystander', 'onlooker', 'eyewitness'],
  ['resident', 'neighbour', 'neighbor', 'local', 'villager'],
  ['victim', 'survivor', 'relative', 'widow', 'widower'],
  ['suspect', 'defendant', 'accused', 'prisoner', 'inmate'],
  ['commander', 'general', 'colonel', 'major', 'soldier', 'officer', 'admiral', 'pilot'],
  ['teacher', 'headteacher', 'headmaster', 'headmistress', 'principal', 'student', 'pupil'],
  ['author', 'writer', 'novelist', 'poet', 'journalist', 'reporter', 'editor', 'columnist'],
  ['actor', 'actress', 'singer', 'star', 'musician', 'artist', 'rapper', 'director', 'producer', 'comedian', 'presenter', 'host'],
  ['campaigner', 'activist', 'protester', 'organiser', 'organizer'],
  ['candidate', 'leader', 'politician', 'nominee', 'challenger', 'incumbent'],
  ['source', 'insider'],
  ['engineer', 'worker', 'employee', 'driver', 'passenger', 'farmer', 'trader', 'banker', 'investor', 'broker', 'shopkeeper'],
];

/** Every single-word role noun, mapped to all the words that introduce it. */
const INTRODUCERS = new Map<string, Set<string>>();
for (const group of ROLE_GROUPS) {
  for (const role of group) {
    if (role.includes(' ')) continue;
    const introducers = INTRODUCERS.get(role) ?? new Set<string>();
    for (const other of group) introducers.add(other);
    INTRODUCERS.set(role, introducers);
  }
}

/** Whether a lower-case noun names a role a person speaks in ("spokesman", "mp", "striker"). */
export function isPersonRole(noun: string): boolean {
  return INTRODUCERS.has(noun);
}

/** The words (and phrases) whose earlier mention introduces a role: the role itself and its near synonyms. */
export function introducersOf(role: string): ReadonlySet<string> {
  return INTRODUCERS.get(role) ?? new Set([role]);
}
