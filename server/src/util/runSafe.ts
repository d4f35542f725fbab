/**
 * Runs a request handler so that one bad document never kills the server: an exception is logged
 * and answered with `fallback`, and a cancelled request is answered as cancelled.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { formatError } from './formatError';

export type Log = (message: string) => void;

export function runSafe<T, D = void>(log: Log, name: string, token: CancellationToken, fallback: T, work: () => T, cancelData?: D): T | ResponseError<D> {
  if (token.isCancellationRequested) return cancelled(cancelData as D);
  try {
    const result = work();
    return token.isCancellationRequested ? cancelled(cancelData as D) : result;
  } catch (error) {
    log(formatError(`${name} failed`, error));
    return fallback;
  }
}

function cancelled<D>(data: D): ResponseError<D> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled', data);
}
