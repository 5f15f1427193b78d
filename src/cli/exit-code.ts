/** The exit-code contract (README, DESIGN.md §5), like eslint's. */
export const ExitCode = {
  /** Success; for `check`, no release is blocked. */
  Ok: 0,
  /** The gate or lint found what it exists to find. Never used for a crash. */
  Found: 1,
  /** The tool could not do its job: usage, missing files, invalid config, a crash. */
  Failed: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
