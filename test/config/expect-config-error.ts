import { expect } from 'vitest';
import { ConfigError } from '../../src/config/index.js';

/** Assert that `pending` fails with a ConfigError whose one-line message is exactly `message`. */
export async function expectConfigError(pending: Promise<unknown>, message: string): Promise<void> {
  const error = await pending.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).message).toBe(message);
  expect(message).not.toContain('\n');
}
