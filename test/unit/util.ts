/** Helpers for tests that write documents inline. */
export const joinLines = (...lines: string[]) => lines.join('\n');
