/*
 * Carrying a password into nats-server's configuration and into a nats:// URL, byte for byte.
 *
 * Why not `password: $NATS_PASSWORD`: nats-server resolves a `$VAR` it cannot find in the config
 * from the environment by parsing `key=<value>` as configuration (conf/parse.go, lookupVariable),
 * (checked with nats-server 2.9.10): `pass;word`, `pass,word`, `pass}` and `pass #x` silently
 * become `pass`, surrounding quotes are stripped, a space or `]` inside is a parse error, and
 * `true`/`off`/`10k` become a bool or a number, which stops the server.
 *
 * What nats-server's config lexer (conf/lex.go; the same in v2.9.10, v2.11.x and v2.14.x)
 * does with a double-quoted value:
 *   - it ends at the first unescaped `"`; everything up to it is the value, taken as raw bytes:
 *     `$`, `#`, `;`, `,`, `{`, `}`, `[`, `]`, `'`, spaces, non-ASCII, `true`, `-1`… are literal
 *     (quoted values are never variables, booleans or numbers: lexDubQuotedString emits a string);
 *   - the only escapes are `\"`, `\\`, `\t`, `\n`, `\r` and `\xHH` (one byte); any other escape,
 *     `\u` included, is a parse error (lexStringEscape, lexStringBinary);
 *   - a raw NUL byte ends the input ("Unexpected EOF"): the lexer's `eof` is rune 0. `\x00` works.
 * Single-quoted values have no escapes at all, so they cannot hold `'`: we never use them.
 *
 * The rule, identical in TypeScript and in the External Secrets template: wrap in `"`, escape
 * `\` → `\\`, `"` → `\"`, NUL → `\x00`, LF → `\n`, CR → `\r`, TAB → `\t` (the last three only keep
 * the value on one line), and write every other character through as UTF-8. Checked against the
 * real nats-server by test/consumers/nats-password.test.ts.
 *
 * What no quoting can carry (reject these passwords; `natsPasswordProblem` says which):
 *   - a value starting like a bcrypt hash, `^\$2[abxy]\$\d{2}\$` (server/auth.go isBcrypt): the
 *     server takes it as a hash and compares the client's password against it with bcrypt;
 *   - invalid UTF-8 (or, in TypeScript, a lone surrogate): the config can hold the bytes, but the
 *     client's CONNECT is JSON, which Go decodes with U+FFFD in their place, so nothing matches;
 *   - very long values: the whole CONNECT line must fit in max_control_line (4 KiB by default).
 */

/** The escapes of the rule (one pass here; NATS_QUOTED_TEMPLATE_PIPELINE does backslash first). */
const NATS_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['\\', '\\\\'],
  ['"', '\\"'],
  ['\0', '\\x00'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
];
const NATS_ESCAPE_OF: ReadonlyMap<string, string> = new Map(NATS_ESCAPES);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function assertWellFormed(value: string, what: string): void {
  if (LONE_SURROGATE.test(value)) throw new Error(`${what}: the value has a lone UTF-16 surrogate, which has no UTF-8 form`);
}

/**
 * `value` as a double-quoted nats-server configuration string that the server reads back as
 * exactly `value` (see the rule above). For development placeholders; production renders the
 * same bytes with `NATS_QUOTED_TEMPLATE_PIPELINE`.
 */
export function natsQuotedString(value: string): string {
  assertWellFormed(value, 'natsQuotedString');
  return `"${value.replace(/[\\"\0\n\r\t]/g, (c) => NATS_ESCAPE_OF.get(c)!)}"`;
}

/**
 * The External Secrets (template engine v2: Go text/template with sprig) pipeline that turns a
 * raw value into the same double-quoted string as `natsQuotedString`, to append after the value:
 * `{{ .password | <this> }}`.
 *
 * Each `replace OLD NEW` is sprig's `strings.Replace(input, OLD, NEW, -1)`, with OLD and NEW Go
 * string literals (`"\\"` is one backslash, `"\x00"` a NUL); backslashes are doubled first so the
 * later escapes are not doubled again. `printf "\"%s\""` (a text/template builtin, fmt.Sprintf)
 * adds the surrounding quotes without escaping anything. Not `quote` (Go %q writes `\a`, `\v`,
 * `\u00a0`…, which nats-server rejects) and not `toJson` (writes `\u003c` for `<`, `\u0026` for
 * `&`, `\u00XX` for most control characters: all parse errors for nats-server).
 */
export const NATS_QUOTED_TEMPLATE_PIPELINE =
  String.raw`replace "\\" "\\\\" | replace "\"" "\\\"" | replace "\x00" "\\x00" | replace "\n" "\\n" | replace "\r" "\\r" | replace "\t" "\\t" | printf "\"%s\""`;

/** nats-server's test for a bcrypt hash (server/auth.go validBcryptPrefix; `\d` is ASCII there). */
export const NATS_BCRYPT_LOOKALIKE = /^\$2[abxy]\$[0-9]{2}\$/;

/**
 * Why a password cannot be carried to nats-server as a plaintext `password`, or undefined if it
 * can (see the top of this file): a bcrypt-hash look-alike, a lone surrogate, or longer than
 * `maxBytes` of UTF-8 (default 1024, well inside the 4 KiB CONNECT line limit).
 */
export function natsPasswordProblem(value: string, maxBytes = 1024): string | undefined {
  if (NATS_BCRYPT_LOOKALIKE.test(value)) return 'it starts like a bcrypt hash ($2a$NN$…), which nats-server would compare with bcrypt instead of as plaintext';
  if (LONE_SURROGATE.test(value)) return 'it has a lone UTF-16 surrogate, which has no UTF-8 form';
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > maxBytes) return `it is ${bytes} bytes of UTF-8, more than ${maxBytes}`;
  return undefined;
}

/**
 * A template action that makes External Secrets fail to render (so the Secret is not updated and
 * the ExternalSecret reports the error) when `.<key>` starts like a bcrypt hash, and renders to
 * nothing otherwise, so it can precede the value anywhere. sprig `regexMatch` is Go's
 * regexp.MatchString; sprig `fail` returns an error, which stops the template.
 */
export function natsPasswordTemplateGuard(key: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`template key ${key} must be an identifier`);
  return String.raw`{{ if regexMatch "^\\$2[abxy]\\$[0-9]{2}\\$" .` + key + String.raw` }}{{ fail "the NATS password starts like a bcrypt hash; nats-server would not take it as plaintext" }}{{ end }}`;
}

/**
 * `value` percent-encoded for the userinfo of a URL, byte-identical to
 * `USERINFO_TEMPLATE_PIPELINE`: every byte of its UTF-8 form except `A–Z a–z 0–9 - . _ ~` becomes
 * `%XX` (upper-case hex), a space included. encodeURIComponent alone leaves `! ' ( ) *`, which Go
 * also accepts in userinfo, but then dev and production would render different URLs.
 */
export function userinfoEscape(value: string): string {
  assertWellFormed(value, 'userinfoEscape');
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The template pipeline for a URL's userinfo: `{{ .password | <this> }}`. `urlquery` is
 * text/template's url.QueryEscape, which escapes everything but `A–Z a–z 0–9 - . _ ~` as `%XX`,
 * a literal `+` included (`%2B`), and writes a space as `+`. So every `+` in its output is a space,
 * and `replace "+" "%20"` makes it `%20`: Go's url.Parse decodes userinfo with `+` kept literal
 * (unescape in encodeUserPassword mode), so a bare `urlquery` would turn a space into a `+`.
 */
export const USERINFO_TEMPLATE_PIPELINE = 'urlquery | replace "+" "%20"';
