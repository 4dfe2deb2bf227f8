// Preloaded with `node --import` by harper-lazy-load.test.ts: appends to $HARPER_LOAD_LOG every module
// of the harper.js package the process loads, so the test can tell whether harper.js was imported.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      import { appendFileSync } from 'node:fs';
      export async function resolve(specifier, context, next) {
        const resolved = await next(specifier, context);
        if (resolved.url.includes('/node_modules/harper.js/')) appendFileSync(process.env.HARPER_LOAD_LOG, resolved.url + '\\n');
        return resolved;
      }
    `),
);
