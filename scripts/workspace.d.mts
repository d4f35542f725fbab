/** Types of workspace.mjs, for the tests that import it. */
export function copyMissingSamples(from: string, to: string): string[];
export const START_SETTINGS: Record<string, unknown>;
export function writeStartSettings(file: string): void;
export function startAddress(port: number | string, folder: string, file: string): string;
