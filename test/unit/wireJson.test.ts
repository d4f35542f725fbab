import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { encodeJson } from '../../server/src/util/wireJson';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** JSON.stringify's text of `value` with every character above U+007F escaped: how a frozen object is written. */
function ascii(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

describe('wire JSON', () => {
  it('writes what JSON.stringify writes, a frozen object in ASCII, which reads back as the same value (property)', () => {
    // Strings of any code point, so Chinese, astral characters and lone surrogates come up.
    const value = fc.oneof(fc.jsonValue({ stringUnit: 'binary' }), fc.anything({
      stringUnit: 'binary', withNullPrototype: false, withBigInt: false, withBoxedValues: false, withSparseArray: false, withTypedArray: false, withMap: false, withSet: false,
    }));
    fc.assert(fc.property(value, fc.boolean(), (v, freeze) => {
      let expected: string | undefined;
      try { expected = JSON.stringify(v); } catch { return; }
      if (expected === undefined) return;
      const subject = freeze ? deepFreeze(v) : v;
      const written = decode(encodeJson(subject));
      // Only an object is kept, so only an object is written in ASCII.
      const kept = freeze && v !== null && typeof v === 'object';
      assert.equal(written, kept ? ascii(v) : expected);
      if (kept) assert.match(written, /^[\x00-\x7f]*$/);
      assert.equal(decode(encodeJson(subject)), written, 'again, from the cache');
      assert.deepEqual(JSON.parse(written), JSON.parse(expected));
    }), { numRuns: 1000 });
  });

  it('reuses a frozen object’s bytes inside new messages, and writes what changed', () => {
    const kept = deepFreeze({ name: '一、甲', detail: '1,234字', range: { start: { line: 0, character: 0 }, end: { line: 3, character: 5 } } });
    const first = { jsonrpc: '2.0', id: 1, result: [kept, { name: '二、乙', detail: '5字' }] };
    const second = { jsonrpc: '2.0', id: 2, result: [kept, { name: '二、乙', detail: '6字' }] };
    const written = (message: typeof first) => `{"jsonrpc":"2.0","id":${message.id},"result":[${ascii(kept)},${JSON.stringify(message.result[1])}]}`;
    assert.equal(decode(encodeJson(first)), written(first));
    assert.equal(decode(encodeJson(second)), written(second));
  });

  it('does not keep a frozen object that holds a mutable one', () => {
    const inner = { detail: '5字' };
    const outer = Object.freeze({ name: '一、甲', inner });
    assert.equal(decode(encodeJson(outer)), JSON.stringify(outer));
    inner.detail = '6字';
    assert.equal(decode(encodeJson(outer)), JSON.stringify(outer));
  });

  it('writes Chinese, emoji, lone surrogates, dates and omitted members as JSON does', () => {
    const value = { text: '讲话稿😀\ud800', date: new Date(0), skipped: undefined, fn: () => 1, list: [undefined, () => 1, NaN], gone: { toJSON: () => undefined } };
    assert.equal(decode(encodeJson(value)), JSON.stringify(value));
    const frozen = deepFreeze({ text: '讲话稿😀\ud800', date: new Date(0).toJSON() });
    const written = decode(encodeJson(frozen));
    assert.equal(written, ascii(frozen));
    assert.deepEqual(JSON.parse(written), frozen);
  });
});
