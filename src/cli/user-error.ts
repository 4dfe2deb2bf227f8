/** A problem the user can fix (bad option, missing file, broken baseline): shown as one line, exit code 2. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
