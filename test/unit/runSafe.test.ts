import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { runSafe } from '../../server/src/util/runSafe';

describe('runSafe', () => {
  it('answers with the fallback and logs when a feature throws', () => {
    const logs: string[] = [];
    const result = runSafe((m) => logs.push(m), 'documentSymbol', new CancellationTokenSource().token, [], () => { throw new Error('boom'); });
    assert.deepEqual(result, []);
    assert.equal(logs.length, 1);
    assert.match(logs[0], /documentSymbol failed: Error: boom/);
  });

  it('answers a cancelled request as cancelled without running it', () => {
    const source = new CancellationTokenSource();
    source.cancel();
    let ran = false;
    const result = runSafe(() => {}, 'x', source.token, [], () => { ran = true; return [1]; });
    assert.ok(result instanceof ResponseError);
    assert.equal(result.code, LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);
  });

  it('passes the result through', () => {
    assert.deepEqual(runSafe(() => {}, 'x', new CancellationTokenSource().token, [], () => [1, 2]), [1, 2]);
  });
});
