/*
 * Models of the Go code that reads what we render, for tests where Go itself is not available:
 * External Secrets' template engine (text/template with sprig) and net/url's userinfo parsing.
 * Each models exactly the functions our templates and URLs use and refuses anything else.
 */

import { createHash } from 'node:crypto';

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
//   - sha256sum S (sprig) = hex.EncodeToString(sha256.Sum256([]byte(S))), lower-case hex;
//   - truth of `if`: a bool, or a non-empty string.

export class TemplateFailure extends Error {}

/** strconv.Unquote of an interpreted ("…") or raw (`…`) Go string literal, ASCII byte escapes only. */
export function goUnquote(literal: string): string {
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
export function goQueryEscape(s: string): string {
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
    if (!/^(?:\^|\\\$|\\\.|[A-Za-z0-9:/]|\[[A-Za-z0-9-]+\]|\{\d+\})+$/.test(re)) throw new Error(`model: regex ${re} uses syntax not modelled`);
    return new RegExp(re).test(s);
  },
  sha256sum: (...args) => {
    if (args.length !== 1 || typeof args[0] !== 'string') throw new Error('model: sha256sum of one string only');
    return createHash('sha256').update(Buffer.from(args[0], 'utf8')).digest('hex');
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
export function executeTemplate(template: string, data: Readonly<Record<string, string>>): string {
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
    } else if (tokens.length === 1 && tokens[0].text === 'else') {
      // the branch runs when the if's did not, and only where the enclosing branch runs
      if (active.length === 0) throw new Error('model: else without if');
      const taken = active.pop()!;
      active.push(!taken && emitting());
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

export function goParseUserinfo(rawURL: string): { username: Buffer; password: Buffer | undefined; host: string } {
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

