import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ImapFlow } from 'imapflow';
import { requireServices } from './services.js';

const DOVECOT = '/usr/sbin/dovecot';

/**
 * Why a real IMAP server cannot run here (Debian's Dovecot: `apt-get install dovecot-imapd`, run
 * as root), or undefined when it can. With GB_REQUIRE_SERVICES=1 a missing Dovecot fails the run.
 */
export function dovecotMissing(): string | undefined {
  let reason: string | undefined;
  if (!existsSync(DOVECOT)) reason = 'Dovecot is not installed (apt-get install dovecot-imapd)';
  else if (userInfo().uid !== 0) reason = 'Dovecot needs root to drop to its own users';
  if (reason && requireServices) throw new Error(`${reason}, and GB_REQUIRE_SERVICES=1 requires it`);
  if (reason) console.warn(`skipping the IMAP tests: ${reason}`);
  return reason;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A Dovecot IMAP server of its own on a loopback port, with plain-text logins and Maildir mailboxes. */
export class DovecotServer {
  port = 0;
  readonly #dir = mkdtempSync(join(tmpdir(), 'gb-dovecot-'));
  #process: ChildProcess | undefined;

  constructor(private readonly users: Array<{ user: string; password: string }>) {}

  async start(): Promise<this> {
    this.port = await freePort();
    const dir = this.#dir;
    // Dovecot's own users read the password file and write the mailboxes.
    chmodSync(dir, 0o755);
    const mail = join(dir, 'mail');
    for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub), { recursive: true });
    const uid = Number(execFileSync('id', ['-u', 'dovecot']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'dovecot']).toString().trim());
    chownSync(mail, uid, gid);
    writeFileSync(join(dir, 'passwd'), this.users.map((u) => `${u.user}:{PLAIN}${u.password}\n`).join(''));
    writeFileSync(
      join(dir, 'dovecot.conf'),
      `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${mail}/%u
first_valid_uid = 0
default_login_user = dovenull
default_internal_user = dovecot
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${mail}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${this.port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
`,
    );
    this.#process = spawn(DOVECOT, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !(await portOpen(this.port)); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await portOpen(this.port))) throw new Error(`Dovecot did not listen on ${this.port}`);
    return this;
  }

  /** A client logged in as a user, for putting mail in (APPEND) and looking at the mailbox. */
  async client(user: string): Promise<ImapFlow> {
    const password = this.users.find((u) => u.user === user)?.password ?? '';
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: this.port,
      secure: false,
      doSTARTTLS: false,
      auth: { user, pass: password },
      logger: false,
    });
    await client.connect();
    return client;
  }

  /** Delivers a mail into a user's INBOX, as the mail server would. */
  async deliver(user: string, raw: string | Buffer): Promise<void> {
    const client = await this.client(user);
    try {
      await client.append('INBOX', raw);
    } finally {
      await client.logout();
    }
  }

  async stop(): Promise<void> {
    const child = this.#process;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
