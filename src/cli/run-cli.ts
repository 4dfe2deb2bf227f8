import { HELP_TEXT } from './help-text.js';
import { packageVersion } from './package-version.js';
import { parseArguments, type CliOptions } from './parse-arguments.js';
import { EXIT } from './exit-code.js';

/** Errors whose message is written for the user: shown alone, without "internal error". */
const USER_ERRORS = new Set(['UserError', 'ConfigError']);

/** Run `newslint` with `argv` (without `node` and the script) and return the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const debugging = argv.includes('--debug');
  const log = {
    warn: (line: string) => process.stderr.write(`newslint: ${line}\n`),
    debug: (line: string) => (debugging ? process.stderr.write(`newslint: debug: ${line}\n`) : undefined),
  };
  if (argv.includes('--lsp')) {
    // The editor drives the server from here; it reads its own transport flags (`--stdio`, `--socket=N`).
    const { startServer } = await import('../server/start-server.js');
    startServer();
    return EXIT.ok;
  }
  try {
    return await dispatch(parseArguments(argv), log);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    log.warn(USER_ERRORS.has(name) ? message : `internal error: ${message}${debugging ? '' : ' (run with --debug for the stack trace)'}`);
    if (debugging && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return EXIT.failure;
  }
}

// Commands load their modules on demand, so --help and --version never pay for the engine.
async function dispatch(options: CliOptions, log: { warn(line: string): void; debug(line: string): void }): Promise<number> {
  const cwd = process.cwd();
  if (options.help) {
    process.stdout.write(HELP_TEXT);
  } else if (options.version) {
    process.stdout.write(`${packageVersion()}\n`);
  } else if (options.listRules) {
    const { listRules } = await import('./list-rules.js');
    process.stdout.write(listRules(options.format));
  } else if (options.init) {
    const { initConfig } = await import('./init-config.js');
    log.warn(`wrote ${await initConfig(cwd)}`);
  } else if (options.printConfig !== undefined) {
    const { printConfig } = await import('./print-config.js');
    process.stdout.write(await printConfig(options.printConfig, { cwd, configFile: options.configFile, noConfig: options.noConfig, ruleOverrides: options.ruleOverrides }));
  } else {
    const { runLint } = await import('./lint-command.js');
    return runLint(options, log);
  }
  return EXIT.ok;
}
