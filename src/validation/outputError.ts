/** A file the user asked for could not be written: shown as one line naming the file and why. */
export class OutputError extends Error {
  constructor(
    readonly file: string,
    what: string,
    cause: unknown,
    then = '',
  ) {
    super(`cannot write ${what} ${file}: ${fileProblem(cause)}${then}`);
    this.name = 'OutputError';
  }
}

/** What an error of the file system means, in a few words. */
export function fileProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EEXIST':
      return 'a file is in the way';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    default:
      return code ?? (e instanceof Error ? e.message : String(e));
  }
}
