/** A mistake in a command's input: printed as it is (naming the option or line), exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    /** Every problem found, each on its own line (a CSV's bad lines). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** What a command prints to; tests collect it. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}
