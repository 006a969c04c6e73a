/*
 * Passwords chosen to break whatever parser carries them: quoting and escapes, comment and
 * variable syntax, words a config parser reads as numbers, booleans or sizes, control characters,
 * Unicode beyond the BMP, and a seeded random set. Each is a [description, password] pair.
 */

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => String.fromCharCode(from + i)).join('');
export const PRINTABLE_ASCII = range(0x20, 0x7f);
export const C0_AND_DEL = `${range(0x00, 0x20)}\x7f`;

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

export const HOSTILE: ReadonlyArray<readonly [string, string]> = [
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
export function wrongPasswords(password: string): string[] {
  const chars = Array.from(password);
  const candidates = [`${password}x`, `x${password}`, chars.slice(0, -1).join(''), password.trim(), chars.slice(1).join('')];
  return [...new Set(candidates)].filter((c) => c !== password);
}
