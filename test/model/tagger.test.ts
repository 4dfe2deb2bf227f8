import { describe, expect, it } from 'vitest';
import { tagWords } from '../../src/model/tagger.js';

/** Tags a space-separated sentence (as nlcst words, punctuation already removed). */
function tags(sentence: string): string[] {
  return tagWords(sentence.split(' ')).map((word) => word.tag);
}

function tagOf(sentence: string, word: string): string {
  const words = sentence.split(' ');
  return tagWords(words)[words.indexOf(word)]!.tag;
}

function lemmaOf(sentence: string, word: string): string {
  const words = sentence.split(' ');
  return tagWords(words)[words.indexOf(word)]!.lemma;
}

describe('tagWords: finite verbs versus participles', () => {
  it('tags an opening participle clause as a gerund, not a finite verb', () => {
    expect(tagOf('Providing the bulk of the aid the agency has pledged more money', 'Providing')).toBe('VBG');
    expect(tagOf('Built in the 1920s the bridge is a landmark', 'Built')).toBe('VBN');
  });

  it('tags a reporting verb after its subject as past tense', () => {
    expect(tags('He said')).toEqual(['PRP', 'VBD']);
    expect(tagOf('Police arrested three men on Sunday', 'arrested')).toBe('VBD');
  });

  it('tags the verb after have or be as a participle', () => {
    expect(tagOf('He has gone home', 'gone')).toBe('VBN');
    expect(tagOf('The union has pledged support', 'pledged')).toBe('VBN');
    expect(tagOf('The bill was passed by the Senate', 'passed')).toBe('VBN');
    expect(tagOf('She has not yet decided', 'decided')).toBe('VBN');
  });

  it('tags a reduced relative clause as a participle and keeps the main verb finite', () => {
    const words = 'The report published on Thursday found that waiting lists grew'.split(' ');
    const tagged = tagWords(words).map((word) => word.tag);
    expect(tagged[words.indexOf('published')]).toBe('VBN');
    expect(tagged[words.indexOf('found')]).toBe('VBD');
    expect(tagOf('The truce brokered by Egypt appears to be holding', 'brokered')).toBe('VBN');
  });

  it('tags the verb after a modal, "to" or do-support as the base form, also in questions', () => {
    expect(tags('Will the government raise rates')).toEqual(['MD', 'DT', 'NN', 'VB', 'NNS']);
    expect(tagOf('Why did the ministry wait', 'wait')).toBe('VB');
    expect(tagOf('The minister wants to release the figures', 'release')).toBe('VB');
    expect(tagOf('She did not regret her decision', 'regret')).toBe('VB');
  });

  it('gives a contracted auxiliary the verb tag, because it carries the finite verb', () => {
    expect(tags("It's the third time")).toEqual(['VBZ', 'DT', 'JJ', 'NN']);
    expect(tagWords(["didn't"])).toEqual([{ tag: 'VBD', lemma: 'do' }]);
    expect(tagWords(["won't"])).toEqual([{ tag: 'MD', lemma: 'will' }]);
    expect(tagWords(["They'd", 'left'])[0]).toEqual({ tag: 'VBD', lemma: 'have' });
    expect(tagWords(["They'd", 'leave'])[0]).toEqual({ tag: 'MD', lemma: 'would' });
  });

  it('reads a bare verb form right after its subject as finite', () => {
    expect(tagOf('Companies that decide to move abroad pay more', 'decide')).toBe('VBP');
    expect(tagOf('It cut 68 jobs last year', 'cut')).toBe('VBD');
    expect(tagOf('We appreciate that', 'appreciate')).toBe('VBP');
  });

  it('keeps an -s form a third-person verb after do-support, and reads "like" after a subject pronoun as a verb', () => {
    expect(tagOf("We don't needs more staff", 'needs')).toBe('VBZ');
    expect(tagOf('They like the plan', 'like')).toBe('VBP');
    expect(tagOf('She treats them like family', 'like')).toBe('IN');
  });

  it('reads a noun-looking word between subject and object as the verb', () => {
    expect(tagOf('The river burst its banks', 'burst')).toBe('VBD');
    expect(tagOf('The new law bans the sale of guns', 'bans')).toBe('VBZ');
  });

  it('reads an -s word straight after a subject pronoun as a verb, but keeps an appositive noun', () => {
    expect(tagOf('They drops off the kids', 'drops')).toBe('VBZ');
    expect(tagOf('You boxes the parcels', 'boxes')).toBe('VBZ');
    expect(tagOf('We journalists know the rules', 'journalists')).toBe('NNS');
    expect(tagOf('We parents sometimes forget', 'parents')).toBe('NNS');
    expect(tagOf('I told you things', 'things')).toBe('NNS');
    expect(tagOf('The crowd stared at she shoes', 'shoes')).toBe('NNS');
  });
});

describe('tagWords: names', () => {
  it('tags titles and names, known or not, as proper nouns', () => {
    expect(tags('Prime Minister Jacinda Ardern announced the measures')).toEqual(['NNP', 'NNP', 'NNP', 'NNP', 'VBD', 'DT', 'NNS']);
    expect(tagOf('The envoy met Kim Eui-kyeom in Seoul', 'Eui-kyeom')).toBe('NNP');
  });

  it('joins a capitalised adjective to the name beside it, but not a compound modifier', () => {
    expect(tags('the European Union')).toEqual(['DT', 'NNP', 'NNP']);
    expect(tags('a Moscow-based US lawyer')).toEqual(['DT', 'JJ', 'NNP', 'NN']);
  });

  it("tags a possessive by its noun and strips the 's from the lemma", () => {
    expect(tagWords(['South', "Korea's", 'spokesman'])).toEqual([
      { tag: 'NNP', lemma: 'south' },
      { tag: 'NNP', lemma: 'korea' },
      { tag: 'NN', lemma: 'spokesman' },
    ]);
    expect(tagWords(['the', "company’s", 'shares'])[1]).toEqual({ tag: 'NN', lemma: 'company' });
  });

  it('reads a sentence-initial capital as the common word when that word is a modal or function word', () => {
    expect(tagOf('Will the talks resume', 'Will')).toBe('MD');
    expect(tagOf('Apple said the phones were safe', 'Apple')).toBe('NNP');
  });

  it('does not read every capitalised word in a title-case headline as a name', () => {
    const tagged = tags('Floods Drive Thousands From Their Homes in Northern Wales');
    expect(tagged.slice(2, 6)).toEqual(['NNS', 'IN', 'PRP$', 'NNS']);
    expect(tagged[6]).toBe('IN');
    expect(tagged[8]).toBe('NNP');
  });
});

describe('tagWords: lemmas', () => {
  it('singularises regular and irregular plurals', () => {
    expect(lemmaOf('The main priorities are clear', 'priorities')).toBe('priority');
    expect(lemmaOf('The children were safe', 'children')).toBe('child');
    expect(lemmaOf('Two buses crashed', 'buses')).toBe('bus');
    expect(lemmaOf('a ban on e-cigarettes', 'e-cigarettes')).toBe('e-cigarette');
  });

  it('gives irregular and regular verbs their base form', () => {
    expect(lemmaOf('He said it was over', 'said')).toBe('say');
    expect(lemmaOf('He said it was over', 'was')).toBe('be');
    expect(lemmaOf('They are hoping for rain', 'hoping')).toBe('hope');
    expect(lemmaOf('They are running out of beds', 'running')).toBe('run');
    expect(lemmaOf('The museum visited by tourists', 'visited')).toBe('visit');
    expect(lemmaOf('The government has been criticised', 'criticised')).toBe('criticise');
    expect(lemmaOf('The earthquake struck the region', 'struck')).toBe('strike');
    expect(lemmaOf('The judge ordered a retrial', 'ordered')).toBe('order');
    expect(lemmaOf('She has offered to resign', 'offered')).toBe('offer');
  });

  it('gives comparatives their positive degree', () => {
    expect(lemmaOf('They want better pay', 'better')).toBe('good');
    expect(lemmaOf('the largest producer', 'largest')).toBe('large');
  });

  it('keeps names as written, lower-cased', () => {
    expect(lemmaOf('Reporters asked Jones', 'Jones')).toBe('jones');
  });
});

describe('tagWords: edge cases', () => {
  it('returns one result per word and nothing for no words', () => {
    expect(tagWords([])).toEqual([]);
    expect(tagWords(['the', 'rates', 'rose'])).toHaveLength(3);
  });

  it('tags numbers, including the halves of a split "2,000"', () => {
    expect(tags('More than 2 000 people')).toEqual(['JJR', 'IN', 'CD', 'CD', 'NNS']);
    expect(tagOf('the 12th day', '12th')).toBe('JJ');
  });

  it('does not trip over words that name Object.prototype members', () => {
    expect(tagWords(['the', 'constructor', 'hasOwnProperty'])).toHaveLength(3);
    expect(tagWords(['the', 'constructor'])[1]!.lemma).toBe('constructor');
  });

  it('knows British spellings', () => {
    expect(tagOf('a ban on flavoured drinks', 'flavoured')).not.toBe('NN');
    expect(tagOf('the city centre was closed', 'centre')).toBe('NN');
  });

  it('gives British spellings the noun readings the lexicon lists only under the American one', () => {
    expect(tagOf('the programme starts on Monday', 'programme')).toBe('NN');
    expect(tagOf('rumours of a takeover grew', 'rumours')).toBe('NNS');
    expect(tagOf('the organisation said', 'organisation')).toBe('NN');
  });
});

describe('tagWords: verbs after "who" and in questions', () => {
  it('tags the word after "who" as its verb unless a verb follows it', () => {
    expect(tagOf('people who lives here say so', 'lives')).toBe('VBZ');
    expect(tagOf('the man who sources say was there', 'sources')).toBe('NNS');
    expect(tagOf('the US who thanks to subsidies sell cheaply', 'thanks')).toBe('NNS');
  });

  it('reads the word after a determiner in a question as the noun, not the verb', () => {
    expect(tagOf('Do your father live in England', 'father')).toBe('NN');
    expect(tagOf('Should the cycle end early', 'end')).toBe('VB');
  });
});
