/** The file on disk is no longer the one that was read: writing would lose someone's edit. */
export class FileChangedError extends Error {
  /** What went wrong, without the file name (for reports that print the name first). */
  readonly problem = 'changed on disk while newslint was fixing it; left as it is (run again to fix the new version)';

  constructor(readonly file: string) {
    super();
    this.message = `${file}: ${this.problem}`;
    this.name = 'FileChangedError';
  }
}

/** The file is in an encoding newslint cannot write back byte for byte. */
export class UnsupportedEncodingError extends Error {
  /** What went wrong, without the file name. */
  readonly problem = 'not valid UTF-8 and has no UTF-16 byte order mark; newslint only fixes UTF-8 and UTF-16 files';

  constructor(readonly file: string) {
    super();
    this.message = `${file}: ${this.problem}`;
    this.name = 'UnsupportedEncodingError';
  }
}

/** The file holds NUL characters: it is binary data, not copy, whatever its name says. */
export class BinaryFileError extends Error {
  /** What went wrong, without the file name. */
  readonly problem = 'binary file, not text; left as it is';

  constructor(readonly file: string) {
    super();
    this.message = `${file}: ${this.problem}`;
    this.name = 'BinaryFileError';
  }
}
