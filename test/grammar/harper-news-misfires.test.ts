import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/lint.js';
import { lintDocumentWith } from '../../src/grammar/harper-document.js';

/** Runs one Harper lint alone over a text as the engine reads it, context checks applied; returns the first suggestions. */
async function fixesOf(lint: string, text: string): Promise<string[]> {
  const document = parseDocument(text, { format: 'text' });
  const findings = await lintDocumentWith(document, { dialect: 'american', lints: { [lint]: true }, others: 'off', kinds: null });
  return findings.map((finding) => `${text.slice(finding.start, finding.end)} → ${finding.suggestions[0] ?? ''}`);
}

describe('context checks on Harper lints that flood news', { timeout: 60_000 }, () => {
  it('keeps house-style acronyms, names and code out of OrthographicConsistency', async () => {
    expect(await fixesOf('OrthographicConsistency', 'Oil rose after Opec said it would cut output.')).toEqual([]);
    expect(await fixesOf('OrthographicConsistency', 'President Lula da Silva met the investors.')).toEqual([]);
    expect(await fixesOf('OrthographicConsistency', 'The director Sam Brennan thanked the crew.')).toEqual([]);
    expect(await fixesOf('OrthographicConsistency', 'Start the server with node app.js and wait.')).toEqual([]);
  });

  it('still fixes initialisms, brand casing and a lower-case "i\'m"', async () => {
    expect(await fixesOf('OrthographicConsistency', 'Agents from the Fbi searched the office.')).toEqual(['Fbi → FBI']);
    expect(await fixesOf('OrthographicConsistency', 'She shared the clip on her linkedin page.')).toEqual(['linkedin → LinkedIn']);
    expect(await fixesOf('OrthographicConsistency', 'Honestly, i\'m not sure, she said.')).toEqual(["i'm → I'm"]);
  });

  it('leaves plural modifiers, plural subjects and names to PossessiveNoun', async () => {
    expect(await fixesOf('PossessiveNoun', 'The unions claim the plant will close.')).toEqual([]);
    expect(await fixesOf('PossessiveNoun', 'He told the news agency that he would stay.')).toEqual([]);
    expect(await fixesOf('PossessiveNoun', 'The match is in the Champions League final.')).toEqual([]);
    expect(await fixesOf('PossessiveNoun', 'He failed a drugs test in March.')).toEqual([]);
    expect(await fixesOf('PossessiveNoun', 'The farmers field flooded overnight.')).toEqual(["farmers → farmer's"]);
  });

  it('splits only a function word run into its neighbour', async () => {
    expect(await fixesOf('SplitWords', 'The side extended its winless run to five games.')).toEqual([]);
    expect(await fixesOf('SplitWords', 'The drugmaker said profits fell.')).toEqual([]);
    expect(await fixesOf('SplitWords', 'He said he was not worried atall about it.')).toEqual(['atall → at all']);
  });

  it('reads a lone letter i as a letter, not the pronoun', async () => {
    expect(await fixesOf('CapitalizePersonalPronouns', 'Take the value in the i-th row.')).toEqual([]);
    expect(await fixesOf('CapitalizePersonalPronouns', 'Yesterday i went to the match.')).toEqual(['i → I']);
  });

  it('does not read a name inside a sentence as a common word', async () => {
    expect(await fixesOf('TheHowWhy', 'The album was produced by The Who and their label.')).toEqual([]);
    expect(await fixesOf('WrongNegative', 'Officials at Defra said the payments were late.')).toEqual([]);
  });
});
