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
import { environmentsOnDisk, objectsOnDisk } from '../support/on-disk';
import { AUTHORIZATION_VIOLATION, checkNatsConfig, NatsServer, natsServerBinary, natsServerVersion, withNatsServer } from '../support/nats-server';

/*
 * A NATS password must reach three consumers unchanged: nats-server's config parser (auth.conf,
 * included from nats.conf), the API's NATS client (userinfo of NATS_URL, parsed by Go's net/url),
 * and both of them whether the text was rendered by our TypeScript (dev placeholders) or by an
 * External Secrets v2 template (Go text/template + sprig; production). The first is checked
 * against the real nats-server (Debian package `nats-server`; CI installs it); Go is not
 * available here, so the template side runs on a small model of exactly the Go functions used,
 * below.
 */

const USER = 'datalens';
const authConf = (quotedPassword: string) => `authorization {\n  user: ${USER}\n  password: ${quotedPassword}\n}\n`;
/** The production template of auth.conf, as the ExternalSecret will hold it. */
const AUTH_CONF_TEMPLATE = `${natsPasswordTemplateGuard('password')}authorization {\n  user: ${USER}\n  password: {{ .password | ${NATS_QUOTED_TEMPLATE_PIPELINE} }}\n}\n`;
const HOST = 'datalens-nats.datalens.svc.cluster.local:4222';
const URL_TEMPLATE = `nats://${USER}:{{ .password | ${USERINFO_TEMPLATE_PIPELINE} }}@${HOST}`;

// ---------------------------------------------------------------------------------------------
// The corpus

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => String.fromCharCode(from + i)).join('');
const PRINTABLE_ASCII = range(0x20, 0x7f);
const C0_AND_DEL = `${range(0x00, 0x20)}\x7f`;

/** mulberry32: a small seeded PRNG, so the "random" cases are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(0xda7a1e45);
const pick = (alphabet: readonly string[], length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
const ASCII_ALPHABET = [...PRINTABLE_ASCII];
const MIXED_ALPHABET = [...PRINTABLE_ASCII, ...C0_AND_DEL, 'é', 'ß', '€', '中', '\u00a0', '\u2028', '\ufeff', '\ufffd', '🔑', '𝄞'];

const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ['double quote', 'pa"ss'],
  ['only a double quote', '"'],
  ['backslash', 'pa\\ss'],
  ['trailing backslash', 'pass\\'],
  ['backslash then quote', '\\"'],
  ['escape look-alikes', '\\x41\\n\\t\\u0041\\\\'],
  ['a variable reference', '$NATS_PASSWORD'],
  ['dollars', 'pa$$w0rd$'],
  ['single quotes', "it's 'quoted'"],
  ['hash comment', 'pass#word'],
  ['slash comment', 'pass//word'],
  ['semicolon', 'pass;word'],
  ['comma', 'pass,word'],
  ['braces', '{pass}word}'],
  ['brackets', '[pass]word]'],
  ['block syntax', '(\nsecret\n)'],
  ['key separators', 'key=value:x'],
  ['spaces inside', 'correct horse battery staple'],
  ['leading and trailing spaces', '  padded  '],
  ['a single space', ' '],
  ['empty', ''],
  ['leading dash', '-secret'],
  ['negative number', '-42'],
  ['integer', '12345'],
  ['float', '3.14'],
  ['size suffix', '10k'],
  ['IP address', '10.0.0.1'],
  ['datetime', '2024-01-01T00:00:00Z'],
  ['boolean true', 'true'],
  ['boolean off', 'off'],
  ['boolean YES', 'YES'],
  ['include keyword', 'include /etc/passwd'],
  ['percent, plus and space', '100%+a b+%2B'],
  ['URL delimiters', 'user@host:4222/path?q=1#frag'],
  ['printf verbs', '%s%d%%%v'],
  ['template braces', '{{ .password }}'],
  ['newline', 'line1\nline2'],
  ['CRLF', 'line1\r\nline2'],
  ['tab', 'a\tb'],
  ['NUL', 'a\0b'],
  ['all C0 controls and DEL', C0_AND_DEL],
  ['all printable ASCII', PRINTABLE_ASCII],
  ['all printable ASCII, reversed', [...PRINTABLE_ASCII].reverse().join('')],
  ['Latin-1 and euro', 'pässwörd€'],
  ['CJK', '密码パスワード'],
  ['astral plane and ZWJ sequence', '🔑🚀👩‍💻𝄞'],
  ['RTL and combining marks', 'שלום e\u0301'],
  ['invisible Unicode', '\u00a0\u200b\u2028\u2029\ufeff'],
  ['U+FFFD', '\ufffd'],
  ['almost bcrypt: one cost digit', '$2a$1$abc'],
  ['almost bcrypt: unknown minor', '$2c$10$abc'],
  ['1000 characters', pick(ASCII_ALPHABET, 1000)],
  ...Array.from({ length: 20 }, (_, i) => [`seeded printable ASCII #${i + 1}`, pick(ASCII_ALPHABET, 1 + Math.floor(random() * 48))] as const),
  ...Array.from({ length: 8 }, (_, i) => [`seeded mixed #${i + 1}`, pick(MIXED_ALPHABET, 1 + Math.floor(random() * 32))] as const),
];

/** Passwords that differ from `password` the way a mangling parser would make them differ. */
function wrongPasswords(password: string): string[] {
  const chars = Array.from(password);
  const candidates = [`${password}x`, `x${password}`, chars.slice(0, -1).join(''), password.trim(), chars.slice(1).join('')];
  return [...new Set(candidates)].filter((c) => c !== password);
}

// ---------------------------------------------------------------------------------------------
// A model of the Go template side. External Secrets' template engine v2 executes each template
// with Go text/template, the sprig v3 function map (without env/expandenv) and a few of its own
// functions, over map[string]string of the fetched values. The model covers what our templates
// use and refuses everything else (a template using more must extend it, not slip through):
//   - text and `{{ … }}` actions, `{{ if … }}…{{ end }}`, no trim markers, no else/range/with;
//   - arguments: `.key`, and string literals, which Go decodes with strconv.Unquote;
//   - `a | f x y` calls f(x, y, a) (the piped value is the last argument);
//   - replace OLD NEW S (sprig) = strings.Replace(S, OLD, NEW, -1), OLD non-empty;
//   - printf F ARGS (builtin fmt.Sprintf), verbs %s and %% only;
//   - urlquery S (builtin) = url.QueryEscape(S): UTF-8 bytes, unreserved A-Z a-z 0-9 - _ . ~
//     kept, space → +, anything else → %XX with upper-case hex;
//   - regexMatch RE S (sprig) = regexp.MatchString(RE, S), RE restricted to syntax whose RE2 and
//     JavaScript meanings coincide (anchors, escaped literals, classes, {n});
//   - fail MSG (sprig) = an error that stops the template;
//   - truth of `if`: a bool, or a non-empty string.

class TemplateFailure extends Error {}

/** strconv.Unquote of an interpreted ("…") or raw (`…`) Go string literal, ASCII byte escapes only. */
function goUnquote(literal: string): string {
  if (literal.startsWith('`')) {
    if (!literal.endsWith('`') || literal.length < 2) throw new Error(`model: bad raw string ${literal}`);
    return literal.slice(1, -1).replace(/\r/g, '');
  }
  if (!literal.startsWith('"') || !literal.endsWith('"') || literal.length < 2) throw new Error(`model: bad string literal ${literal}`);
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' || c === '\n') throw new Error(`model: ${JSON.stringify(c)} inside a Go string literal`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };
    if (e in simple) {
      out += simple[e];
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const digits = { x: 2, u: 4, U: 8 }[e];
      const hex = body.slice(i + 1, i + 1 + digits);
      if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) throw new Error(`model: bad \\${e} escape in ${literal}`);
      const code = parseInt(hex, 16);
      if (e === 'x' && code >= 0x80) throw new Error('model: \\x escapes of non-ASCII bytes are not modelled');
      out += String.fromCodePoint(code);
      i += digits;
    } else if (e !== undefined && /[0-7]/.test(e)) {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) >= 0x80) throw new Error(`model: octal escape ${oct} not modelled`);
      out += String.fromCharCode(parseInt(oct, 8));
      i += 2;
    } else {
      throw new Error(`model: invalid escape \\${e} in Go string literal ${literal}`);
    }
  }
  return out;
}

type Token = { kind: 'field' | 'ident' | 'string' | 'pipe'; text: string };

/** The tokens of an action's content, the way text/template/parse lexes them (subset). */
function lexAction(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '|') {
      tokens.push({ kind: 'pipe', text: c });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== '"') {
        if (source[j] === '\\') j++;
        if (source[j] === '\n' || j >= source.length) throw new Error('model: unterminated quoted string');
        j++;
      }
      if (j >= source.length) throw new Error('model: unterminated quoted string');
      tokens.push({ kind: 'string', text: source.slice(i, j + 1) });
      i = j + 1;
    } else if (c === '`') {
      const j = source.indexOf('`', i + 1);
      if (j < 0) throw new Error('model: unterminated raw string');
      tokens.push({ kind: 'string', text: source.slice(i, j + 1) });
      i = j + 1;
    } else {
      const m = /^\.?[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
      if (!m) throw new Error(`model: cannot lex ${JSON.stringify(source.slice(i, i + 10))}`);
      tokens.push({ kind: m[0].startsWith('.') ? 'field' : 'ident', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

/** url.QueryEscape. */
function goQueryEscape(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

type GoValue = string | boolean;
const GO_FUNCTIONS: Record<string, (...args: GoValue[]) => GoValue> = {
  replace: (...args) => {
    if (args.length !== 3 || !args.every((a) => typeof a === 'string')) throw new Error('model: replace takes 3 strings');
    const [oldText, newText, src] = args as string[];
    if (oldText === '') throw new Error('model: replace with an empty OLD is not modelled');
    return src.split(oldText).join(newText);
  },
  printf: (...args) => {
    const [format, ...rest] = args;
    if (typeof format !== 'string') throw new Error('model: printf format must be a string');
    let next = 0;
    const out = format.replace(/%(.)/g, (_, verb: string) => {
      if (verb === '%') return '%';
      if (verb !== 's') throw new Error(`model: printf verb %${verb} not modelled`);
      const arg = rest[next++];
      if (typeof arg !== 'string') throw new Error('model: printf %s needs a string argument');
      return arg;
    });
    if (/%$/.test(format.replace(/%%/g, ''))) throw new Error('model: dangling % in printf format');
    if (next !== rest.length) throw new Error('model: printf argument count differs from its verbs');
    return out;
  },
  urlquery: (...args) => {
    if (args.length !== 1 || typeof args[0] !== 'string') throw new Error('model: urlquery of one string only');
    return goQueryEscape(args[0]);
  },
  regexMatch: (...args) => {
    const [re, s] = args;
    if (args.length !== 2 || typeof re !== 'string' || typeof s !== 'string') throw new Error('model: regexMatch takes 2 strings');
    if (!/^(?:\^|\\\$|\\\.|[A-Za-z0-9]|\[[A-Za-z0-9-]+\]|\{\d+\})+$/.test(re)) throw new Error(`model: regex ${re} uses syntax not modelled`);
    return new RegExp(re).test(s);
  },
  fail: (...args) => {
    throw new TemplateFailure(String(args[0]));
  },
};

function evalPipeline(tokens: Token[], data: Readonly<Record<string, string>>): GoValue {
  const commands: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'pipe') commands.push([]);
    else commands[commands.length - 1].push(t);
  }
  const operand = (t: Token): GoValue => {
    if (t.kind === 'string') return goUnquote(t.text);
    if (t.kind === 'field') {
      const key = t.text.slice(1);
      if (!(key in data)) throw new Error(`model: no value .${key}`);
      return data[key];
    }
    throw new Error(`model: unexpected ${t.text}`);
  };
  let value: GoValue | undefined;
  for (const [index, command] of commands.entries()) {
    if (command.length === 0) throw new Error('model: empty command in pipeline');
    const [head, ...args] = command;
    if (head.kind !== 'ident') {
      if (command.length !== 1 || index !== 0) throw new Error('model: only a lone operand may start a pipeline');
      value = operand(head);
      continue;
    }
    const fn = GO_FUNCTIONS[head.text];
    if (!fn) throw new Error(`model: function ${head.text} not modelled`);
    value = fn(...args.map(operand), ...(value === undefined ? [] : [value]));
  }
  if (value === undefined) throw new Error('model: empty pipeline');
  return value;
}

/** Execute a template over `data` the way External Secrets (engine v2) does, within the model. */
function executeTemplate(template: string, data: Readonly<Record<string, string>>): string {
  let out = '';
  const active: boolean[] = [];
  const emitting = () => active.every(Boolean);
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open < 0) {
      if (emitting()) out += template.slice(i);
      break;
    }
    if (emitting()) out += template.slice(i, open);
    // find the closing }} outside string literals
    let j = open + 2;
    while (j < template.length && !template.startsWith('}}', j)) {
      if (template[j] === '"') {
        j++;
        while (j < template.length && template[j] !== '"') j += template[j] === '\\' ? 2 : 1;
      } else if (template[j] === '`') {
        j = template.indexOf('`', j + 1);
        if (j < 0) throw new Error('model: unterminated raw string');
      }
      j++;
    }
    if (j >= template.length) throw new Error('model: unclosed action');
    const source = template.slice(open + 2, j);
    if (/^-\s|\s-$/.test(source)) throw new Error('model: trim markers not modelled');
    const tokens = lexAction(source);
    if (tokens[0]?.kind === 'ident' && tokens[0].text === 'if') {
      const condition = emitting() ? evalPipeline(tokens.slice(1), data) : false;
      active.push(condition === true || (typeof condition === 'string' && condition !== ''));
    } else if (tokens.length === 1 && tokens[0].text === 'end') {
      if (active.pop() === undefined) throw new Error('model: end without if');
    } else if (emitting()) {
      const value = evalPipeline(tokens, data);
      out += String(value);
    }
    i = j + 2;
  }
  if (active.length) throw new Error('model: if without end');
  return out;
}

// ---------------------------------------------------------------------------------------------
// A model of Go's url.Parse, for the userinfo of a nats:// URL (net/url: parse, parseAuthority,
// validUserinfo, unescape in encodeUserPassword mode, where `+` stays `+`).

function goParseUserinfo(rawURL: string): { username: Buffer; password: Buffer | undefined; host: string } {
  if (/[\x00-\x1f\x7f]/.test(rawURL)) throw new Error('net/url: invalid control character in URL');
  const withoutFragment = rawURL.split('#')[0];
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(withoutFragment);
  if (!scheme) throw new Error('model: no scheme');
  const rest = withoutFragment.slice(scheme[0].length).split('?')[0];
  if (!rest.startsWith('//')) throw new Error('model: no authority');
  const authority = rest.slice(2).split('/')[0];
  const at = authority.lastIndexOf('@');
  if (at < 0) throw new Error('model: no userinfo');
  const userinfo = authority.slice(0, at);
  if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) throw new Error('net/url: invalid userinfo');
  const unescape = (s: string): Buffer => {
    const bytes: number[] = [];
    for (let k = 0; k < s.length; k++) {
      if (s[k] === '%') {
        if (!/^[0-9A-Fa-f]{2}$/.test(s.slice(k + 1, k + 3))) throw new Error(`invalid URL escape ${JSON.stringify(s.slice(k, k + 3))}`);
        bytes.push(parseInt(s.slice(k + 1, k + 3), 16));
        k += 2;
      } else {
        bytes.push(s.charCodeAt(k)); // ASCII only here: validUserinfo let nothing else through
      }
    }
    return Buffer.from(bytes);
  };
  const colon = userinfo.indexOf(':');
  return colon < 0
    ? { username: unescape(userinfo), password: undefined, host: authority.slice(at + 1) }
    : { username: unescape(userinfo.slice(0, colon)), password: unescape(userinfo.slice(colon + 1)), host: authority.slice(at + 1) };
}

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

  /** Only what a loopback test must change: listen addresses (the harness sets them), pid and store paths, cluster routes. */
  function loopbackConfig(natsConf: string, storeDir: string): string {
    return natsConf
      .replace(/^\s*(port|http_port|pid_file):.*$/gm, '')
      .replace(/^(\s*store_dir:).*$/m, `$1 ${storeDir}`)
      .replace(/^cluster \{[\s\S]*?^\}$/m, '');
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
        : Object.fromEntries(Object.entries(secret.spec.target.template.data as Record<string, string>).map(([key, template]) => [key, executeTemplate(template, { password: HOSTILE_PASSWORD })]));
    const password = secret.kind === 'Secret' ? secret.stringData.password : HOSTILE_PASSWORD;
    expect(goParseUserinfo(rendered.url).password?.toString('utf8')).toBe(password);
    const store = mkdtempSync(join(tmpdir(), 'nats-store-'));
    try {
      await withNatsServer({ files: { 'auth.conf': rendered['auth.conf'] }, config: loopbackConfig(config, store), env: { POD_NAME: 'datalens-nats-0' } }, async (nats) => {
        expect(await nats.authenticate(USER, password)).toEqual({ accepted: true });
        expect(await nats.authenticate(USER, `${password}x`)).toEqual({ accepted: false, error: AUTHORIZATION_VIOLATION });
      });
    } finally {
      rmSync(store, { recursive: true, force: true });
    }
  });
});
