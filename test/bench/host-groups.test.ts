import { describe, expect, it } from 'vitest';
import { groupTestsByHost, isHostGrouping } from '../../bench/quality/host-groups.js';

const test = (hostId: string) => ({ id: `x/${hostId}`, hostId, injector: undefined, text: '', defects: [] });

describe('groupTestsByHost', () => {
  const tests = ['bbc-sport-001', 'scrapinghub/abc', 'bbc-tech-002', 'readability/guardian-1'].map(test);

  it('splits BBC articles from web pages', () => {
    const groups = groupTestsByHost(tests, 'source');
    expect([...groups.keys()]).toEqual(['bbc', 'web']);
    expect(groups.get('web')!.map((t) => t.hostId)).toEqual(['scrapinghub/abc', 'readability/guardian-1']);
  });

  it('puts every host in one half, the same one each run', () => {
    const groups = groupTestsByHost(tests, 'half');
    expect([...groups.values()].flat()).toHaveLength(tests.length);
    expect(groupTestsByHost(tests, 'half')).toEqual(groups);
  });

  it('knows its groupings by name', () => {
    expect(isHostGrouping('half')).toBe(true);
    expect(isHostGrouping('category')).toBe(false);
  });
});
