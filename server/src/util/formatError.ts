/** The one form of every error line the server logs: what failed, then the error's stack where it has one. */
export function formatError(message: string, error: unknown): string {
  if (error instanceof Error) return `${message}: ${error.stack ?? error.message}`;
  return `${message}: ${String(error)}`;
}
