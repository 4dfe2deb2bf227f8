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

  it('reads "Halo" as a greeting only in a sentence short enough to be one', async () => {
    expect(await fixesOf('HelloGreeting', 'Halo 3 sold more than two million copies in its first week.')).toEqual([]);
    expect(await fixesOf('HelloGreeting', 'Halo, Maria!')).toEqual(['Halo → Hello']);
  });

  it('hyphenates "in depth" only before the noun it modifies', async () => {
    expect(await fixesOf('InDemandInDepth', 'Sales rose on a surge in demand following the launch.')).toEqual([]);
    expect(await fixesOf('InDemandInDepth', 'Engineers who know the system will be in demand.')).toEqual([]);
    expect((await fixesOf('InDemandInDepth', 'The council published a more in depth review of the scheme.')).length).toBe(1);
  });

  it('reads "that" as "than" only after a comparative, before a noun phrase with no verb', async () => {
    expect(await fixesOf('ThatThan', 'There is a danger that prices will rise again.')).toEqual([]);
    expect(await fixesOf('ThatThan', 'It was much easier that the clubs agreed.')).toEqual([]);
    expect(await fixesOf('ThatThan', 'She had won the title earlier that month.')).toEqual([]);
    expect(await fixesOf('ThatThan', 'Turnout was far lower that last year.')).toEqual(['that → than']);
  });

  it('asks for a plural after "one of the" only on the head noun', async () => {
    expect(await fixesOf('OneOfTheSingular', 'It was one of the best in recent years.')).toEqual([]);
    expect(await fixesOf('OneOfTheSingular', 'He is one of the bank board\'s oldest members.')).toEqual([]);
    expect(await fixesOf('OneOfTheSingular', 'The song was the first number one of the download chart.')).toEqual([]);
    expect(await fixesOf('OneOfTheSingular', 'It was one of the longest match I have seen.')).toEqual(['match → matches']);
  });

  it('keeps "whom" after a quantity or a preposition', async () => {
    expect(await fixesOf('WhomSubjectOfVerb', 'Police questioned six men, two of whom were later charged.')).toEqual([]);
    expect(await fixesOf('WhomSubjectOfVerb', 'Whom did the minister blame?')).toEqual([]);
    expect(await fixesOf('WhomSubjectOfVerb', 'Nobody could say whom was to blame.')).toEqual(['whom → who']);
  });

  it('leaves a currency sign that opens the next figure', async () => {
    expect(await fixesOf('CurrencyPlacement', 'The plan would spend by 2010 £40bn more on roads.')).toEqual([]);
    expect(await fixesOf('CurrencyPlacement', 'Tickets cost 25$ each at the door.')).toEqual(['25$ → $25']);
  });

  it('updates an old place name unless news style keeps it or the story glosses it', async () => {
    expect(await fixesOf('UpdatePlaceNames', 'Exports to Turkey rose last year.')).toEqual([]);
    expect(await fixesOf('UpdatePlaceNames', 'Shares rose on the Bombay Stock Exchange.')).toEqual([]);
    expect(await fixesOf('UpdatePlaceNames', 'Protests spread in Mumbai (Bombay) on Monday.')).toEqual([]);
    expect(await fixesOf('UpdatePlaceNames', 'The minister flew to Kiev on Monday.')).toEqual(['Kiev → Kyiv']);
  });

  it('asks for a missing "to" only before a bare verb', async () => {
    expect(await fixesOf('MissingTo', 'Homeowners now expect house prices to rise.')).toEqual([]);
    expect(await fixesOf('MissingTo', 'Business groups welcomed the widely-expected move.')).toEqual([]);
    expect(await fixesOf('MissingTo', 'The changes they want are agreed.')).toEqual([]);
    expect(await fixesOf('MissingTo', 'By all means get some rest.')).toEqual([]);
    expect(await fixesOf('MissingTo', 'The economy is expected grow by 2% this year.')).toEqual(['expected → expected to']);
  });

  it('asks for "how to" only before a bare verb with no verb of its own after it', async () => {
    expect(await fixesOf('HowTo', 'Vets have been able to observe how infant pandas feed.')).toEqual([]);
    expect(await fixesOf('HowTo', 'I want to learn how install the package.')).toEqual(['how → how to']);
  });
});
