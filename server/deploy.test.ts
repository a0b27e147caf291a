import { TEST_KEYS } from '../test-fixtures/keys.js';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelRegistry } from '../adapters/index.js';
import { SecretBox } from '../config/index.js';

const channels = new ChannelRegistry();
import { capturingLogger } from '../test-fixtures/logger.js';
import { Store } from '../store/index.js';
import { deployPackage } from './deploy.js';

function writePackage(root: string, name: string, files: Record<string, string>): string {
  const folder = join(root, `${name}.gbai`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}

describe('gb deploy', () => {
  let store: Store;
  const secrets = new SecretBox(Buffer.alloc(32, 3));
  const { logger, lines } = capturingLogger('debug');
  const root = mkdtempSync(join(tmpdir(), 'gb-deploy-'));

  beforeAll(async () => {
    store = await Store.open({ kind: 'sqlite', file: join(root, 'gateway.db') }, { keys: TEST_KEYS });
  });
  afterAll(async () => store.close());

  it('creates an instance from the demo package and updates it on a second deploy', async () => {
    const copy = join(root, 'copy', 'demo.gbai');
    cpSync(new URL('../bots/demo.gbai', import.meta.url), copy, { recursive: true });
    const first = await deployPackage({ store, secrets, logger, channels }, copy);
    expect(first).toMatchObject({ created: true, settings: 4, questions: 117, dialogs: ['LEADFORM', 'TOUR'] });
    expect(first.instance.title).toBe('General Bots Demo');
    const second = await deployPackage({ store, secrets, logger, channels }, copy);
    expect(second.created).toBe(false);
    expect(second.instance.id).toBe(first.instance.id);
    expect(second.instance.kbVersion).toBe(first.instance.kbVersion + 1);
    expect(await store.knowledge.questionsWithAnswers(first.instance.id)).toHaveLength(117);
  });

  it('seals secret settings and never logs them', async () => {
    const folder = writePackage(root, 'acme', {
      'acme.gbot/config.csv': 'name,value\nBot Name,Acme\nWeb Chat Secret,dl-secret-4242\nLLM API Key,sk-test-abcdef\n',
      'acme.gbkb/faq.csv': 'subjects,from,to,question,answer\nSupport,,,How do I get help?,Write to help@acme.test\n',
    });
    const result = await deployPackage({ store, secrets, logger, channels }, folder);
    const stored = await store.instances.settings(result.instance.id);
    const secret = stored.find((s) => s.name === 'Web Chat Secret')!;
    expect(secret.isSecret).toBe(true);
    expect(secret.value).not.toContain('dl-secret-4242');
    expect(secrets.decrypt(secret.value)).toBe('dl-secret-4242');
    expect(stored.find((s) => s.name === 'Bot Name')).toEqual({ name: 'Bot Name', value: 'Acme', isSecret: false });
    const raw = readFileSync(join(root, 'gateway.db')).toString('latin1');
    expect(raw).not.toContain('sk-test-abcdef');
    expect(lines.join('\n')).not.toMatch(/dl-secret-4242|sk-test-abcdef/);
  });

  it('reports a broken row with file and line and leaves the deployed knowledge base as it was', async () => {
    const good = writePackage(root, 'shop', {
      'shop.gbkb/faq.csv': 'subjects,from,to,question,answer\nOrders,,,Where is my order?,Track it in your account\n',
    });
    const deployed = await deployPackage({ store, secrets, logger, channels }, good);
    writeFileSync(
      join(good, 'shop.gbkb/faq.csv'),
      'subjects,from,to,question,answer\nOrders,,,Where is my order?,Track it\nOrders,,,Can I cancel?,\n',
    );
    writeFileSync(
      join(good, 'shop.gbkb/more.csv'),
      'subjects,from,to,question,answer\nReturns,,,How do I return?,Within 30 days\n',
    );
    await expect(deployPackage({ store, secrets, logger, channels }, good)).rejects.toThrow(
      'shop.gbai/shop.gbkb/faq.csv:3: the answer to "Can I cancel?" is empty',
    );
    const kb = await store.knowledge.questionsWithAnswers(deployed.instance.id);
    expect(kb.map((q) => q.answer)).toEqual(['Track it in your account']);
    expect((await store.instances.findById(deployed.instance.id))?.kbVersion).toBe(deployed.instance.kbVersion);
  });

  it('refuses what is not a bot package', async () => {
    await expect(deployPackage({ store, secrets, logger, channels }, join(root, 'missing.gbai'))).rejects.toThrow(
      /is not a folder/,
    );
    mkdirSync(join(root, 'plain-folder'));
    await expect(deployPackage({ store, secrets, logger, channels }, join(root, 'plain-folder'))).rejects.toThrow(
      /<name>.gbai/,
    );
    const badConfig = writePackage(root, 'broken', { 'broken.gbot/config.csv': 'name,value\nNLP Score,2\n' });
    await expect(deployPackage({ store, secrets, logger, channels }, badConfig)).rejects.toThrow(
      /NLP Score.*between 0 and 1/,
    );
    expect(await store.instances.findByName('broken')).toBeUndefined();
  });
});

describe('a web chat with a secret', () => {
  it('needs the secret or a token made from it', async () => {
    const { startTestGateway } = await import('../test-fixtures/gateway.js');
    const gateway = await startTestGateway({ deployDemo: false });
    try {
      const folder = writePackage(mkdtempSync(join(tmpdir(), 'gb-secret-')), 'private', {
        'private.gbot/config.csv': 'name,value\nWeb Chat Secret,private-chat-secret-1\n',
        'private.gbkb/faq.csv': 'subjects,from,to,question,answer\n,,,ping,pong\n',
      });
      await deployPackage(gateway.runtime, folder);
      const root = `${gateway.url}/directline/private/v3/directline`;
      expect((await fetch(`${root}/conversations`, { method: 'POST' })).status).toBe(401);
      expect(
        (await fetch(`${root}/conversations`, { method: 'POST', headers: { authorization: 'Bearer wrong' } })).status,
      ).toBe(401);
      const generated = await fetch(`${root}/tokens/generate`, {
        method: 'POST',
        headers: { authorization: 'Bearer private-chat-secret-1', 'content-type': 'application/json' },
        body: '{"user":{"id":"site-user-7"}}',
      });
      expect(generated.status).toBe(200);
      const { token, conversationId } = (await generated.json()) as { token: string; conversationId: string };
      const started = await fetch(`${root}/conversations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(started.status).toBe(200);
      expect(((await started.json()) as { conversationId: string }).conversationId).toBe(conversationId);
      expect(gateway.logLines.join('\n')).not.toContain('private-chat-secret-1');
    } finally {
      await gateway.stop();
    }
  });
});

describe('knowledge base files in a package', () => {
  it('imports spreadsheets and articles, and a redeploy replaces what was there', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const root = mkdtempSync(join(tmpdir(), 'gb-kbfiles-'));
    const store = await Store.open({ kind: 'sqlite', file: join(root, 'gateway.db') }, { keys: TEST_KEYS });
    try {
      const folder = writePackage(root, 'docs', {
        'docs.gbkb/faq.csv': 'subjects,from,to,question,answer\nSetup,,,How do I install it?,install.md\n',
        'docs.gbkb/articles/install.md': '# Installing\n\nRun npm ci.\n',
        'docs.gbkb/articles/privacy.md': '# Privacy policy\n\nWe keep nothing.\n',
      });
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('kb');
      sheet.addRow(['subjects', 'from', 'to', 'question', 'answer']);
      sheet.addRow(['Billing.Cards', 'ana', '', 'Which cards do you take?', 'All of them.']);
      await workbook.xlsx.writeFile(join(folder, 'docs.gbkb', 'billing.xlsx'));

      const secrets = new SecretBox(Buffer.alloc(32, 5));
      const { instance } = await deployPackage({ store, secrets, logger: capturingLogger().logger, channels }, folder);
      const kb = await store.knowledge.questionsWithAnswers(instance.id);
      expect(kb.map((q) => [q.question, q.answer, q.format, q.subjects])).toEqual(
        expect.arrayContaining([
          ['How do I install it?', '# Installing\n\nRun npm ci.', 'markdown', ['Setup']],
          ['Which cards do you take?', 'All of them.', 'text', ['Billing', 'Cards']],
          ['Privacy policy', '# Privacy policy\n\nWe keep nothing.', 'markdown', []],
        ]),
      );
      expect(kb).toHaveLength(3);

      rmSync(join(folder, 'docs.gbkb', 'billing.xlsx'));
      rmSync(join(folder, 'docs.gbkb', 'articles', 'privacy.md'));
      await deployPackage({ store, secrets, logger: capturingLogger().logger, channels }, folder);
      expect((await store.knowledge.questionsWithAnswers(instance.id)).map((q) => q.question)).toEqual([
        'How do I install it?',
      ]);

      writeFileSync(
        join(folder, 'docs.gbkb', 'faq.csv'),
        'subjects,from,to,question,answer\nSetup,,,How do I install it?,missing.md\n',
      );
      await expect(
        deployPackage({ store, secrets, logger: capturingLogger().logger, channels }, folder),
      ).rejects.toThrow('docs.gbai/docs.gbkb/faq.csv:2: the answer names missing.md, which is not in articles/');
      writeFileSync(join(folder, 'docs.gbkb', 'broken.xlsx'), 'not a spreadsheet');
      await expect(
        deployPackage({ store, secrets, logger: capturingLogger().logger, channels }, folder),
      ).rejects.toThrow(/broken.xlsx: not a readable .xlsx file/);
      expect((await store.knowledge.questionsWithAnswers(instance.id)).map((q) => q.question)).toEqual([
        'How do I install it?',
      ]);
    } finally {
      await store.close();
    }
  });
});

describe('dialogs in a package', () => {
  it('compiles .gbdialog scripts at deploy, failing with file:line:column', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gb-dialogs-'));
    const store = await Store.open({ kind: 'sqlite', file: join(root, 'gateway.db') }, { keys: TEST_KEYS });
    const secrets = new SecretBox(Buffer.alloc(32, 6));
    try {
      const good = writePackage(root, 'forms', {
        'forms.gbdialog/hello.bas': 'TALK "Hello"\nHEAR name\nTALK "Bye " + name\n',
        'forms.gbot/config.csv': 'name,value\nStart Dialog,hello\n',
      });
      expect(
        (await deployPackage({ store, secrets, logger: capturingLogger().logger, channels }, good)).dialogs,
      ).toEqual(['HELLO']);
      const broken = writePackage(root, 'broken', {
        'broken.gbdialog/oops.bas': 'TALK "fine"\nIF x = 1 THEN\n  TALK "never closed"\n',
      });
      await expect(
        deployPackage({ store, secrets, logger: capturingLogger().logger, channels }, broken),
      ).rejects.toThrow('broken.gbai/broken.gbdialog/oops.bas:4:1: the block is not closed');
      const missing = writePackage(root, 'missing', {
        'missing.gbot/config.csv': 'name,value\nStart Dialog,welcome\n',
      });
      await expect(
        deployPackage({ store, secrets, logger: capturingLogger().logger, channels }, missing),
      ).rejects.toThrow(/Start Dialog "welcome" is not a .bas file/);
      expect(await store.instances.findByName('broken')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
