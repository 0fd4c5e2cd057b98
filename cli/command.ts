/** The shape shared by every subcommand, and the streams they print to. */

export interface Output {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: Output;
  stderr: Output;
  /** The day checks run on; tests and `--date` fix it. Defaults to now. */
  now?: () => Date;
}

export interface Command {
  name: string;
  /** The full `--help` text. */
  help: string;
  /** Runs the command with the words after its name; returns the exit code. @throws CliError */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** A command as the dispatcher lists it; the module itself is loaded only when the command runs. */
export interface CommandEntry {
  name: string;
  /** One line for the command list in `eks-sandbox --help`. */
  summary: string;
  load(): Promise<Command>;
}
