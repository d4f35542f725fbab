/** `speech/exportDocx` and `speech/importDocx` over stdio, as the commands and any LSP client use them. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { startServer, PULL_CLIENT, type ServerProcess } from './serverProcess';

const sample = readFileSync(join(__dirname, '..', '..', 'samples', 'numbering-demo.speech'), 'utf8');

describe('Word export and import over stdio', () => {
  let server: ServerProcess;
  before(async () => { server = await startServer({ locale: 'zh-cn', capabilities: PULL_CLIENT, settings: { export: { profile: 'reading' } } }); });
  after(async () => { await server.stop(); });

  it('exports the open speech with the folder’s profile, or the one asked for, and imports it back', async () => {
    const uri = 'file:///demo.speech';
    await server.open(uri, sample);
    const reading = await server.request<{ data: string }>('speech/exportDocx', { textDocument: { uri } });
    const styles = (data: string) => strFromU8(unzipSync(Buffer.from(data, 'base64'))['word/styles.xml']);
    assert.match(styles(reading.data), /<w:sz w:val="36"\/>/);
    const gb = await server.request<{ data: string }>('speech/exportDocx', { textDocument: { uri }, profile: 'gbt9704' });
    assert.match(styles(gb.data), /w:line="579" w:lineRule="exact"/);
    const back = await server.request<{ text: string; warnings: string[] }>('speech/importDocx', { data: gb.data });
    assert.equal(back.text, sample);
  });

  it('answers a document that is not open with null', async () => {
    assert.equal(await server.request('speech/exportDocx', { textDocument: { uri: 'file:///closed.speech' } }), null);
  });

  it('answers a file that is not a .docx with a message in Chinese, and keeps running', async () => {
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).toString('base64');
    await assert.rejects(server.request('speech/importDocx', { data: doc }), /另存为 \.docx/);
    await assert.rejects(server.request('speech/importDocx', { data: Buffer.from('同志们：').toString('base64') }), /不是 Word 文档/);
    await assert.rejects(server.request('speech/importDocx', {}), /不是 Word 文档/);
    const uri = 'file:///still.speech';
    await server.open(uri, '一、还在');
    assert.ok(await server.request('speech/exportDocx', { textDocument: { uri } }));
  });
});
