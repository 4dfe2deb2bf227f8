import { describe, expect, it } from 'vitest';
import { pluginPackageName } from '../../src/plugins/load-newslint-plugin.js';

describe('pluginPackageName', () => {
  it('expands short names as ESLint does, scoped ones included', () => {
    expect(pluginPackageName('example')).toBe('newslint-plugin-example');
    expect(pluginPackageName('newslint-plugin-example')).toBe('newslint-plugin-example');
    expect(pluginPackageName('@acme/style')).toBe('@acme/newslint-plugin-style');
    expect(pluginPackageName('@acme/newslint-plugin-style')).toBe('@acme/newslint-plugin-style');
    expect(pluginPackageName('@acme')).toBe('@acme/newslint-plugin');
  });
});
