import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offTopicParagraph } from '../../rules/off-topic-paragraph.js';
import { strayHeadline } from '../../rules/stray-headline.js';
import { lint } from '../../src/engine/lint.js';
import { configFor, lintWith, testRule } from '../rule-tester.js';

const story = (...paragraphs: string[]) => ['Riverton council approves new tram line to the harbour', ...paragraphs].join('\n\n') + '\n';

const LEDE = 'Riverton city council has approved a new tram line linking the central station with the harbour district, ending three years of debate over the route.';
const ROUTE = "The line will run for six kilometres along Quay Street and stop at nine new platforms, the council's transport committee said on Tuesday.";
const LEADER = 'Council leader Maria Okafor said the tram would cut journey times to the harbour by half and take thousands of cars off Quay Street every day.';
const SHOPS = 'Shopkeepers on Quay Street have warned that two years of construction work could drive customers away from the harbour district.';
const START = 'Construction of the tram line is due to begin in the spring, and the first trams should carry passengers to the harbour in 2027.';
const TRANSFER = 'The striker completed his move to Northgate United on Friday after passing a medical, signing a four-year contract worth a reported £80,000 a week.';
const PIVOT = 'Meanwhile, the neighbouring town of Eastbrook is still waiting for a decision on its own bus lanes, which were first proposed by the regional transport authority in 2019.';

const roundUp = [
  'News in brief: Tuesday',
  'Riverton city council has approved a new tram line linking the central station with the harbour district after three years of debate.',
  'Firefighters rescued two hikers stranded on Ben Carran overnight after heavy snow blocked the mountain path above the reservoir.',
  'The Royal Museum of Clocks will close for repairs in March, its director Peter Lindqvist said, after a leak damaged the roof of the east gallery.',
  'Northgate United signed the striker Tomas Berg on a four-year contract after he passed a medical at the training ground.',
  'Petrol prices rose for the third week in a row as the cost of crude oil climbed on international markets, motoring groups said.',
].join('\n\n');

testRule(offTopicParagraph, {
  valid: [
    story(LEDE, ROUTE, LEADER, SHOPS, START),
    // Short article: the second paragraph is judged against the headline and the lede alone.
    'Riverton council approves new tram line\n\nRiverton city council has approved a new tram line linking the central station with the harbour district.\n\nThe tram line will run along Quay Street and should carry its first passengers to the harbour in 2027, the council said.\n',
    // Pivot: "Meanwhile" widens the story on purpose.
    story(LEDE, ROUTE, LEADER, PIVOT, START),
    // Quotes use everyday words; the speaker and the topic carry the paragraph.
    story(LEDE, ROUTE, '"We have waited long enough, and people here deserve better than sitting in traffic every morning," said Maria Okafor, the council leader.', '"It won\'t be easy for anyone while the work goes on, but in the end everybody will be better off," she added.', START),
    // One-sentence paragraph too short to judge.
    story(LEDE, ROUTE, 'Nobody saw it coming.', LEADER),
    // A round-up has no single story to stray from.
    roundUp,
    // The lede is the story's anchor and is never judged, whatever follows.
    story(TRANSFER, LEDE, ROUTE),
    { text: story(LEDE, ROUTE, LEADER, TRANSFER, START), options: { warningConfidence: 1 } },
    { text: `# Riverton council approves new tram line to the harbour\n\n${LEDE}\n\n${ROUTE}\n\n${LEADER}\n\n${START}\n`, format: 'markdown' },
  ],
  invalid: [
    {
      text: story(LEDE, ROUTE, LEADER, TRANSFER, SHOPS, START),
      errors: [{ messageId: 'unrelated', at: '9:1-9:148' }],
    },
    {
      text: story(LEDE, ROUTE, TRANSFER, LEADER, START),
      errors: [{ messageId: 'unrelated', at: '7:1-7:148' }],
    },
    {
      // A pivot is only reported once the warning level is lowered below its scaled-down confidence.
      text: story(LEDE, ROUTE, LEADER, PIVOT, SHOPS, START),
      options: { warningConfidence: 0.3 },
      errors: [{ messageId: 'new-names', at: '9:1-9:171' }],
    },
    {
      text: `# Riverton council approves new tram line to the harbour\n\n${LEDE}\n\n${ROUTE}\n\n${TRANSFER}\n\n${LEADER}\n`,
      format: 'markdown',
      errors: [{ messageId: 'unrelated', at: '7:1-7:148' }],
    },
  ],
});

describe('off-topic-paragraph severity and message', () => {
  it('reports a confident finding as an error that names the paragraph’s own topic', async () => {
    const [diagnostic] = await lintWith(offTopicParagraph, story(LEDE, ROUTE, LEADER, TRANSFER, START));
    expect(diagnostic.severity).toBe('error');
    expect(diagnostic.confidence).toBeGreaterThanOrEqual(0.85);
    expect(diagnostic.message).toMatch(/^Paragraph shares no names or key terms with the rest of the story; its own topic: .*Northgate United/);
  });

  it('softens a finding below errorConfidence to a warning', async () => {
    const [diagnostic] = await lintWith(offTopicParagraph, story(LEDE, ROUTE, LEADER, TRANSFER, START), { errorConfidence: 1, warningConfidence: 0.5 });
    expect(diagnostic.severity).toBe('warning');
  });
});

describe('the seed article', () => {
  const seed = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', 'kim-jong-un-china-visit.txt'), 'utf8');
  const config = configFor(offTopicParagraph);
  config.rules.set(strayHeadline.meta.id, { rule: strayHeadline, severity: strayHeadline.meta.severity, options: { ...strayHeadline.meta.defaults }, source: 'newslint' });

  it('flags the stray headline on line 25 and the space-probe paragraph on line 26', async () => {
    const { diagnostics } = await lint(seed, { config, format: 'text' });
    expect(diagnostics.filter((d) => d.line === 25).map((d) => d.ruleId)).toEqual(['stray-headline']);
    expect(diagnostics.filter((d) => d.line === 26).map((d) => d.ruleId)).toEqual(['off-topic-paragraph']);
    expect(diagnostics.find((d) => d.line === 26)?.message).toContain('Ultima Thule');
  });

  it('leaves every paragraph about Kim’s trip alone', async () => {
    const { diagnostics } = await lint(seed, { config, format: 'text' });
    const aboutTheTrip = [5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 30, 34, 36, 42, 44];
    expect(diagnostics.filter((d) => aboutTheTrip.includes(d.line)).map((d) => `${d.line} ${d.message}`)).toEqual([]);
  });
});
