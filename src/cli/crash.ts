/** Anything thrown past `main` is a bug: its stack on stderr and exit 2, never 1 ("blocked"). */
export function exitOnCrash(): void {
  const crash = (error: unknown) => {
    process.stderr.write(`roadmap: internal error\n${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
