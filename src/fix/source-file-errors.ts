/** The file on disk is no longer the one that was read: writing would lose someone's edit. */
export class FileChangedError extends Error {
  constructor(readonly file: string) {
    super(`${file}: changed on disk while newslint was fixing it; left as it is (run again to fix the new version)`);
    this.name = 'FileChangedError';
  }
}

/** The file is in an encoding newslint cannot write back byte for byte. */
export class UnsupportedEncodingError extends Error {
  constructor(readonly file: string) {
    super(`${file}: not valid UTF-8 and has no UTF-16 byte order mark; newslint only fixes UTF-8 and UTF-16 files`);
    this.name = 'UnsupportedEncodingError';
  }
}
