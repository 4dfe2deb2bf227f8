/** Decide whether the report may use colour: the flag, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
export function chooseColour(flag: boolean | undefined, toFile: boolean, env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return stdoutIsTerminal;
}
