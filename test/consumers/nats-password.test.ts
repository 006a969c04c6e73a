import {
  NATS_BCRYPT_LOOKALIKE,
  NATS_QUOTED_TEMPLATE_PIPELINE,
  natsPasswordProblem,
  natsPasswordTemplateGuard,
  natsQuotedString,
  USERINFO_TEMPLATE_PIPELINE,
  userinfoEscape,
} from '../../foundation/nats-config-string';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeTemplate, goParseUserinfo, goQueryEscape, goUnquote, TemplateFailure } from '../support/go-model';
import { C0_AND_DEL, HOSTILE, PRINTABLE_ASCII, wrongPasswords } from '../support/hostile-passwords';
import { environmentsOnDisk, objectsOnDisk } from '../support/on-disk';
import { AUTHORIZATION_VIOLATION, checkNatsConfig, natsAuthenticate, NatsServer, natsServerBinary, natsServerVersion, withNatsServer } from '../support/nats-server';
import { internalCertificates } from '../support/test-certificates';

/*
 * A NATS password must reach three consumers unchanged: nats-server's config parser (auth.conf,
 * included from nats.conf), the API's NATS client (userinfo of NATS_URL, parsed by Go's net/url),
 * and both of them whether the text was rendered by our TypeScript (dev placeholders) or by an
 * External Secrets v2 template (Go text/template + sprig; production). The first is checked
 * against the real nats-server (Debian package `nats-server`; CI installs it); Go is not
 * available here, so the template side runs on a small model of exactly the Go functions used
 * (../support/go-model.ts).
 */

const USER = 'datalens';
const authConf = (quotedPassword: string) => `authorization {\n  user: ${USER}\n  password: ${quotedPassword}\n}\n`;
/** The production template of auth.conf, as the ExternalSecret will hold it. */
const AUTH_CONF_TEMPLATE = `${natsPasswordTemplateGuard('password')}authorization {\n  user: ${USER}\n  password: {{ .password | ${NATS_QUOTED_TEMPLATE_PIPELINE} }}\n}\n`;
const HOST = 'datalens-nats.datalens.svc.cluster.local:4222';
const URL_TEMPLATE = `nats://${USER}:{{ .password | ${USERINFO_TEMPLATE_PIPELINE} }}@${HOST}`;

// ---------------------------------------------------------------------------------------------

describe('NATS password: nats-server config quoting', () => {
  let server: NatsServer | undefined;

  beforeAll(async () => {
    natsServerBinary(); // throws with install instructions if missing
    server = await NatsServer.start({ files: { 'auth.conf': authConf(natsQuotedString('initial')) }, config: 'include auth.conf' });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const running = (): NatsServer => {
    if (!server) throw new Error('nats-server did not start (see beforeAll)');
    return server;
  };

  it('runs against a nats-server whose config lexer has the rules relied on (the same from v2.9.10 to v2.14.x)', () => {
    const [major, minor] = natsServerVersion().split('.').map(Number);
    expect(major === 2 && minor >= 9).toBe(true);
  });

  it('has a corpus of at least 30 hostile passwords, none a bcrypt look-alike', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    expect(HOSTILE.filter(([, p]) => natsPasswordProblem(p) !== undefined)).toEqual([]);
  });

  it.each(HOSTILE)('carries %s: the right password is accepted and near misses are not', async (_, password) => {
    const nats = running();
    await nats.reload({ 'auth.conf': authConf(natsQuotedString(password)) });
    expect(await nats.authenticate(USER, password)).toEqual({ accepted: true });
    for (const wrong of wrongPasswords(password)) {
      expect({ wrong, result: await nats.authenticate(USER, wrong) }).toEqual({ wrong, result: { accepted: false, error: AUTHORIZATION_VIOLATION } });
    }
  });

  it('reads the same from a freshly started server as after a reload', async () => {
    const nasty = `"\\\0\n$#;,{}[]' true ${C0_AND_DEL}${PRINTABLE_ASCII}é🔑`;
    await withNatsServer({ files: { 'auth.conf': authConf(natsQuotedString(nasty)) }, config: 'include auth.conf' }, async (fresh) => {
      expect(await fresh.authenticate(USER, nasty)).toEqual({ accepted: true });
      expect(await fresh.authenticate(USER, `${nasty}x`)).toEqual({ accepted: false, error: AUTHORIZATION_VIOLATION });
    });
  });

  it('passes `nats-server -t` for the whole corpus in one file', () => {
    const users = HOSTILE.map(([, p], i) => `    { user: u${i}, password: ${natsQuotedString(p)} }`).join('\n');
    const check = checkNatsConfig({ 'nats.conf': 'include auth.conf\n', 'auth.conf': `authorization {\n  users: [\n${users}\n  ]\n}\n` });
    expect(check).toMatchObject({ valid: true });
  });

  describe('what cannot be carried, and why the other quotings fail', () => {
    it('a bcrypt look-alike is taken as a hash: even the right password is refused, so it is rejected up front', async () => {
      const password = '$2a$10$notreallyahash';
      expect(natsPasswordProblem(password)).toMatch(/bcrypt/);
      const nats = running();
      await nats.reload({ 'auth.conf': authConf(natsQuotedString(password)) });
      expect(await nats.authenticate(USER, password)).toEqual({ accepted: false, error: AUTHORIZATION_VIOLATION });
      for (const p of ['$2b$12$x', '$2x$04$', '$2y$99$…']) expect(natsPasswordProblem(p)).toMatch(/bcrypt/);
      for (const p of ['$2a$1$x', '$2c$10$x', 'x$2a$10$x', '$2a$١٢$x']) expect(natsPasswordProblem(p)).toBeUndefined();
    });

    it('a lone surrogate has no UTF-8 form and is refused, as is a value too long for a CONNECT line', () => {
      expect(() => natsQuotedString('a\ud800b')).toThrow(/surrogate/);
      expect(() => userinfoEscape('\udc00')).toThrow(/surrogate/);
      expect(natsPasswordProblem('x'.repeat(1025))).toMatch(/more than 1024/);
      expect(natsPasswordProblem('x'.repeat(1024))).toBeUndefined();
    });

    it('a raw NUL inside double quotes ends the config (hence \\x00)', () => {
      expect(checkNatsConfig({ 'nats.conf': 'include auth.conf\n', 'auth.conf': authConf('"a\0b"') })).toMatchObject({ valid: false, output: expect.stringMatching(/Unexpected EOF/) });
    });

    it('Go %q (sprig quote) and json.Marshal (sprig toJson) write escapes nats-server refuses', () => {
      // Go: fmt.Sprintf("%q", "a\x07b") == `"a\ab"`; json.Marshal("a<b") == `"a\u003cb"`;
      // json.Marshal("a\x01") == `"a\u0001"`; fmt.Sprintf("%q", "\u00a0") == `"\u00a0"`.
      for (const goOutput of ['"a\\ab"', '"a\\u003cb"', '"a\\u0001"', '"\\u00a0"']) {
        expect(checkNatsConfig({ 'nats.conf': 'include auth.conf\n', 'auth.conf': authConf(goOutput) })).toMatchObject({
          valid: false,
          output: expect.stringMatching(/Invalid escape character/),
        });
      }
    });

    it('single quotes have no escapes, so cannot hold a quote', () => {
      expect(checkNatsConfig({ 'nats.conf': 'include auth.conf\n', 'auth.conf': authConf("'it's'") }).valid).toBe(false);
    });

    it('the $NATS_PASSWORD it replaces re-parses the value: silently cut at ; or " #", a bool for true', async () => {
      const viaEnv = `authorization {\n  user: ${USER}\n  password: $NATS_PASSWORD\n}\n`;
      for (const value of ['pass;word', 'pass #word']) {
        await withNatsServer({ config: viaEnv, env: { NATS_PASSWORD: value } }, async (old) => {
          expect(await old.authenticate(USER, value)).toEqual({ accepted: false, error: AUTHORIZATION_VIOLATION });
          expect(await old.authenticate(USER, 'pass')).toEqual({ accepted: true });
        });
      }
      for (const value of ['true', '10k', 'pass word']) {
        expect(checkNatsConfig({ 'nats.conf': viaEnv }, 'nats.conf', { NATS_PASSWORD: value }).valid).toBe(false);
      }
    });

    it('include paths are relative to the including file, even when they start with /', () => {
      const check = checkNatsConfig({ 'nats.conf': 'include /auth.conf\n', 'auth.conf': authConf(natsQuotedString('x')) });
      expect(check.valid).toBe(true);
    });
  });
});

describe('NATS password: External Secrets template pipeline (Go model)', () => {
  it('the model reproduces Go on known values', () => {
    expect(goUnquote(String.raw`"\\"`)).toBe('\\');
    expect(goUnquote(String.raw`"\"\x00\n\t"`)).toBe('"\0\n\t');
    expect(goQueryEscape('a b+c/é~')).toBe('a+b%2Bc%2F%C3%A9~');
    expect(executeTemplate('{{ .p | replace "a" "b" | printf "<%s>" }}', { p: 'banana' })).toBe('<bbnbnb>');
    expect(() => executeTemplate('{{ .p | toJson }}', { p: 'x' })).toThrow(/not modelled/);
    expect(() => executeTemplate('{{- .p }}', { p: 'x' })).toThrow(/trim markers/);
  });

  it.each(HOSTILE)('renders %s byte-identically to natsQuotedString', (_, password) => {
    expect(executeTemplate(`{{ .password | ${NATS_QUOTED_TEMPLATE_PIPELINE} }}`, { password })).toBe(natsQuotedString(password));
    expect(executeTemplate(AUTH_CONF_TEMPLATE, { password })).toBe(authConf(natsQuotedString(password)));
  });

  it('the bcrypt guard renders nothing for a good password and fails for a look-alike', () => {
    expect(executeTemplate(natsPasswordTemplateGuard('password'), { password: 'fine' })).toBe('');
    expect(() => executeTemplate(AUTH_CONF_TEMPLATE, { password: '$2b$12$abc' })).toThrow(TemplateFailure);
    const [literal] = /"\^[^"]*"/.exec(natsPasswordTemplateGuard('password'))!;
    expect(goUnquote(literal)).toBe(NATS_BCRYPT_LOOKALIKE.source);
  });
});

describe('NATS password: userinfo of NATS_URL', () => {
  it.each(HOSTILE)('carries %s through Go url.Parse and WHATWG URL, same bytes from TypeScript and the template', (_, password) => {
    const fromTemplate = executeTemplate(URL_TEMPLATE, { password });
    const fromTs = `nats://${USER}:${userinfoEscape(password)}@${HOST}`;
    expect(fromTemplate).toBe(fromTs);
    expect(userinfoEscape(password)).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);

    const go = goParseUserinfo(fromTs);
    expect(go.username.toString('utf8')).toBe(USER);
    expect(go.password?.equals(Buffer.from(password, 'utf8'))).toBe(true);
    expect(go.host).toBe(HOST);

    const whatwg = new URL(fromTs);
    expect([whatwg.username, decodeURIComponent(whatwg.password), whatwg.host]).toEqual([USER, password, HOST]);
  });

  it('plain urlquery turns a space into a + that Go keeps literal; the replace fixes exactly that', () => {
    const password = 'a b+c';
    const bare = executeTemplate(`nats://${USER}:{{ .password | urlquery }}@${HOST}`, { password });
    expect(bare).toBe(`nats://${USER}:a+b%2Bc@${HOST}`);
    expect(goParseUserinfo(bare).password?.toString('utf8')).toBe('a+b+c');
    expect(goParseUserinfo(executeTemplate(URL_TEMPLATE, { password })).password?.toString('utf8')).toBe(password);
  });

  it('escapes what encodeURIComponent leaves, so dev and production URLs are the same', () => {
    expect(userinfoEscape("!'()* ~")).toBe('%21%27%28%29%2A%20~');
    expect(executeTemplate(URL_TEMPLATE, { password: "!'()* ~" })).toBe(`nats://${USER}:%21%27%28%29%2A%20~@${HOST}`);
  });
});

describe('NATS password: the configuration in dist/, run by the real nats-server', () => {
  const withNats = environmentsOnDisk()
    .map((env) => ({ env, objects: objectsOnDisk(env).map((o) => o.object) }))
    .filter(({ objects }) => objects.some((o) => o.kind === 'StatefulSet' && o.metadata.name === 'datalens-nats'));
  const HOSTILE_PASSWORD = `pa"ss\\word $NATS #x; {y}, [z] 'off' true é🔑`;

  /**
   * Only what a loopback test must change: listen addresses (the harness sets them), pid and store
   * paths, cluster routes, and the mounted TLS files' folder (/etc/nats/tls here is tls/ beside nats.conf).
   */
  function loopbackConfig(natsConf: string, storeDir: string): string {
    return natsConf
      .replace(/^\s*(port|https?_port|pid_file):.*$/gm, '')
      .replace(/^(\s*store_dir:).*$/m, `$1 ${storeDir}`)
      .replace(/^cluster \{[\s\S]*?^\}$/m, '')
      .replace(/"\/etc\/nats\/tls\//g, '"tls/');
  }

  /** The TLS files the StatefulSet mounts under /etc/nats/tls, from test certificates made for its Certificate. */
  function tlsFiles(objects: readonly any[], certificates: ReturnType<typeof internalCertificates>): Record<string, string> {
    const set = objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'datalens-nats');
    const sources: any[] = set.spec.template.spec.volumes.find((v: any) => v.name === 'config').projected.sources;
    return Object.fromEntries(
      sources
        .filter((s) => s.secret && certificates.has(s.secret.name))
        .flatMap((s) => s.secret.items.map((item: any) => [item.path, certificates.get(s.secret.name)![item.key]])),
    );
  }

  it('covers every environment that runs NATS', () => {
    expect(withNats.map((e) => e.env)).toEqual(environmentsOnDisk());
  });

  it.each(withNats.map((e) => [e.env, e.objects] as const))('%s: nats.conf with its auth.conf accepts the password behind NATS_URL, and nothing else', async (_env, objects) => {
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'datalens-nats')!.data['nats.conf'];
    const secret = objects.find((o) => (o.kind === 'Secret' || o.kind === 'ExternalSecret') && o.metadata.name === 'datalens-nats')!;
    const rendered: Record<string, string> =
      secret.kind === 'Secret'
        ? secret.stringData
        : Object.fromEntries(Object.entries(secret.spec.target.template.data as Record<string, string>).map(([key, template]) => [key, executeTemplate(template, { password: HOSTILE_PASSWORD, route_password: `route ${HOSTILE_PASSWORD}` })]));
    const password = secret.kind === 'Secret' ? secret.stringData.password : HOSTILE_PASSWORD;
    expect(goParseUserinfo(rendered.url).password?.toString('utf8')).toBe(password);
    // where the URL says tls://, the client verifies the server's certificate against the internal CA and the URL's host name
    const url = new URL(rendered.url);
    const certificates = internalCertificates(objects);
    const tls = url.protocol === 'tls:' ? { ca: certificates.get('datalens-internal-ca')!['ca.crt'], servername: url.hostname } : undefined;
    expect(tls === undefined).toBe(!/^tls \{/m.test(config));
    const store = mkdtempSync(join(tmpdir(), 'nats-store-'));
    try {
      const files = { 'auth.conf': rendered['auth.conf'], ...(tls ? tlsFiles(objects, certificates) : {}) };
      await withNatsServer({ files, config: loopbackConfig(config, store), env: { POD_NAME: 'datalens-nats-0' }, clientTls: tls }, async (nats) => {
        expect(await nats.authenticate(USER, password)).toEqual({ accepted: true });
        expect(await nats.authenticate(USER, `${password}x`)).toEqual({ accepted: false, error: AUTHORIZATION_VIOLATION });
        if (!tls) return;
        // the right password in plain text gets nowhere, and neither does TLS to a name the certificate does not hold
        await expect(natsAuthenticate(nats.port, USER, password)).rejects.toThrow(/closed the connection|failed/);
        await expect(natsAuthenticate(nats.port, USER, password, { ...tls, servername: 'datalens-redis' })).rejects.toThrow(/TLS with nats-server.*failed/);
      });
    } finally {
      rmSync(store, { recursive: true, force: true });
    }
  });
});
