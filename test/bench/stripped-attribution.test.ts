import { describe, expect, it } from 'vitest';
import type { CorpusArticle } from '../../bench/quality/corpus.js';
import { strippedAttribution, strippings } from '../../bench/quality/injectors/stripped-attribution.js';
import { donorPool } from '../../bench/quality/injector.js';
import { Random } from '../../bench/quality/random.js';

const article = (...paragraphs: string[]): CorpusArticle => ({ id: 'a', split: 'dev', category: 'sport', title: 'Club wins the cup', paragraphs });
const LEDE = 'The club won the cup on Saturday for the first time in twenty years.';
const MIDDLE = 'The final was played in front of a full stadium in the north of the city.';

/** The planted paragraph, or undefined when the host cannot take the defect. */
function planted(host: CorpusArticle): string | undefined {
  const draft = strippedAttribution.inject(host, donorPool([host]), new Random(1));
  return draft?.find((block) => block.defect)?.text;
}

describe('stripped-attribution', () => {
  it('strips a trailing attribution, with a description of the speaker, or a leading one', () => {
    expect(strippings('"We deserved to win the game," the coach, Ann Hale, said.').map((s) => s.text)).toEqual(['"We deserved to win the game."']);
    expect(strippings('"We deserved to win the game," said Ann Hale, who joined in May.').map((s) => s.text)).toEqual(['"We deserved to win the game."']);
    expect(strippings('Ann Hale said: "We deserved to win the game."').map((s) => s.text)).toEqual(['"We deserved to win the game."']);
  });

  it('plants a quotation nobody is credited with', () => {
    expect(planted(article(LEDE, MIDDLE, '"We deserved to win the game today," the coach said.', MIDDLE))).toBe('"We deserved to win the game today."');
  });

  it('leaves quotations that another speaker later in a long paragraph does not reach', () => {
    const paragraph = 'The final was close. "We deserved to win the game today," the coach said. Tickets sold out in a day. "It was a great day for the city," said the mayor, Tom Reed.';
    expect(planted(article(LEDE, paragraph, MIDDLE))).toContain('"We deserved to win the game today." Tickets');
  });

  it('plants nothing where a speaker is still in reach', () => {
    // A run of quoted sentences credited at its end ('"…." "…," she added.'), read through an unclosed quotation mark.
    expect(planted(article(LEDE, MIDDLE, '"We deserved to win the game today," the coach said. "It was hard. "We never stopped," she added.', MIDDLE))).toBeUndefined();
    // A speaker named earlier in the paragraph.
    expect(planted(article(LEDE, 'Ann Hale praised the fans. "We deserved to win the game today," the coach said.', MIDDLE))).toBeUndefined();
    // A sentence about "she" just before the quotation.
    expect(planted(article(LEDE, 'She has coached the side since 2019. "We deserved to win the game today," the coach said.', MIDDLE))).toBeUndefined();
    // A sentence that introduces someone by role and name.
    expect(planted(article(LEDE, 'The side is led by club captain Ann Hale. "We deserved to win the game today," the coach said.', MIDDLE))).toBeUndefined();
    // The paragraph before leaves a quotation open.
    expect(planted(article(LEDE, 'Ann Hale was delighted: "It was our best game.', '"We deserved to win the game today," the coach said.', MIDDLE))).toBeUndefined();
  });
});
