import { describe, expect, it } from 'vitest';
import { normaliseLine } from '../../src/archive/normalise-line.js';
import { StoryArchive } from '../../src/archive/story-archive.js';

const BIO = 'Jane Moss covers local government for the Riverton Gazette.';
const story = (...lines: string[]) => `${lines.join('\n\n')}\n`;

const LIBRARIES = story('Council closes two libraries', 'The council voted on Tuesday to close two libraries in the north.', 'Officials said the buildings would be sold.', BIO);
const ROADS = story('Road repairs delayed', 'Repairs to the ring road will not start until March, the transport office said.', BIO);
const MARKET = story('Market hall reopens', 'The old market hall reopened on Saturday after two years of work.', BIO);

describe('normaliseLine', () => {
  it('trims and collapses white space', () => {
    expect(normaliseLine('  Share \t this   story \u00a0')).toBe('Share this story');
  });
});

describe('StoryArchive', () => {
  it('finds the lines a story shares with other stories, and in how many', () => {
    const archive = new StoryArchive();
    archive.add('libraries', LIBRARIES);
    archive.add('roads', ROADS);
    archive.add('market', MARKET);
    expect(archive.size).toBe(3);
    expect(archive.recurringLines('libraries', LIBRARIES)).toEqual([{ text: BIO, stories: 2 }]);
  });

  it('compares lines normalised, so indentation and spacing do not hide a repeat', () => {
    const archive = new StoryArchive();
    archive.add('roads', ROADS);
    const draft = story('Council closes two libraries', `   ${BIO.replace(' covers ', '   covers ')}`);
    archive.add('draft', draft);
    expect(archive.recurringLines('draft', draft)).toEqual([{ text: BIO, stories: 1 }]);
  });

  it('does not count versions of the same story as other stories', () => {
    const archive = new StoryArchive();
    const secondDraft = LIBRARIES.replace('would be sold.', 'would be sold next spring.');
    archive.add('libraries', LIBRARIES);
    archive.add('libraries-v2', secondDraft);
    expect(archive.recurringLines('libraries', LIBRARIES)).toEqual([]);
  });

  it('counts two versions of another story once', () => {
    const archive = new StoryArchive();
    archive.add('libraries', LIBRARIES);
    archive.add('roads', ROADS);
    archive.add('roads-v2', ROADS.replace('until March', 'until April'));
    expect(archive.recurringLines('libraries', LIBRARIES)).toEqual([{ text: BIO, stories: 1 }]);
  });

  it('makes the texts added under one id one story', () => {
    const archive = new StoryArchive();
    archive.add('libraries', LIBRARIES);
    archive.add('page', story('Road repairs delayed', BIO));
    archive.add('page', story('Road repairs delayed', 'Repairs will not start until March.'));
    expect(archive.size).toBe(2);
    expect(archive.recurringLines('libraries', LIBRARIES)).toEqual([{ text: BIO, stories: 1 }]);
  });

  it('answers for a story it never indexed, as a story of its own', () => {
    const archive = new StoryArchive();
    archive.add('roads', ROADS);
    expect(archive.recurringLines('unsaved draft', LIBRARIES)).toEqual([{ text: BIO, stories: 1 }]);
  });
});
