import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SpeechCache } from '../../server/src/speechCache';

describe('speech cache', () => {
  it('parses a document once per version and drops it on close', () => {
    const cache = new SpeechCache();
    const document = TextDocument.create('file:///a.speech', 'speech', 1, '一、甲');
    const first = cache.get(document);
    assert.equal(cache.get(document), first);
    TextDocument.update(document, [{ text: '一、乙' }], 2);
    const second = cache.get(document);
    assert.notEqual(second, first);
    assert.equal(second.headings[0].text.text, '乙');
    cache.delete(document.uri);
    assert.notEqual(cache.get(document), second);
  });
});
