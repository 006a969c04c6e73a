import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ImageEditError, IMAGE_COMPONENTS, parseImageReference, setImage } from '../../config/image-edit';

/*
 * set-image edits one value and no other byte: checked on the shipped environment files and on
 * generated files full of comments, quoting styles, flow and block mappings.
 */

const ENVIRONMENTS = join(__dirname, '..', '..', 'environments');
const shipped = Object.fromEntries(
  readdirSync(ENVIRONMENTS)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), readFileSync(join(ENVIRONMENTS, f), 'utf8')]),
);
const DIGEST = `sha256:${'ab'.repeat(32)}`;

/** The edited text, for the file `name` among `files`. */
const edit = (files: Record<string, string>, name: string, component: string, reference: string) =>
  setImage(name, component, parseImageReference(reference), (n) => files[n]);

/** Lines that differ between two texts of the same number of lines. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return b.filter((line, i) => line !== a[i]);
}

describe('parseImageReference', () => {
  it.each([
    ['2.1.0', { tag: '2.1.0' }],
    [DIGEST, { digest: DIGEST }],
    [`@${DIGEST}`, { digest: DIGEST }],
    [`2.1.0@${DIGEST}`, { tag: '2.1.0', digest: DIGEST }],
  ])('reads %s', (text, reference) => expect(parseImageReference(text)).toEqual(reference));

  it.each([
    ['latest', /not 'latest'/],
    ['', /got nothing/],
    ['-rc1', /expected a tag/],
    ['2.0 0', /expected a tag/],
    ['sha256:abc', /expected a digest sha256:<64/],
    [`2.1.0@sha256:${'AB'.repeat(32)}`, /expected a digest sha256:<64 lower-case hex digits> after '@'/],
    ['x'.repeat(129), /at most 128/],
  ])('refuses %j in one line', (text, message) => {
    expect(() => parseImageReference(text)).toThrow(ImageEditError);
    expect(() => parseImageReference(text)).toThrow(message);
    try {
      parseImageReference(text);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('setImage on the shipped environments', () => {
  const cases = Object.keys(shipped).flatMap((name) => (parse(shipped[name])?.images ? IMAGE_COMPONENTS.map((c) => [name, c] as const) : []));

  it.each(cases)('%s %s: a tag changes only that value', (name, component) => {
    const after = edit(shipped, name, component, '9.9.9');
    expect(parse(after).images[component].tag).toBe('9.9.9');
    expect(changedLines(shipped[name], after)).toHaveLength(1);
    expect({ ...parse(after), images: undefined }).toEqual({ ...parse(shipped[name]), images: undefined });
  });

  it.each(cases)('%s %s: a digest replaces the tag, which would be misleading beside it', (name, component) => {
    const after = edit(shipped, name, component, DIGEST);
    expect(parse(after).images[component]).toEqual({ repository: parse(shipped[name]).images[component].repository, digest: DIGEST });
    expect(changedLines(shipped[name], after)).toHaveLength(1);
  });

  it('quotes a tag YAML would read as a number, and keeps a quoted value quoted', () => {
    const files = { a: 'images:\n  api:\n    repository: r\n    tag: 2.0.0\n  frontend:\n    repository: f\n    tag: "2.0"\n' };
    expect(edit(files, 'a', 'api', '1.10')).toBe('images:\n  api:\n    repository: r\n    tag: "1.10"\n  frontend:\n    repository: f\n    tag: "2.0"\n');
    expect(edit(files, 'a', 'frontend', '3.0.0')).toBe('images:\n  api:\n    repository: r\n    tag: 2.0.0\n  frontend:\n    repository: f\n    tag: "3.0.0"\n');
  });

  it('sets tag and digest together, adding the missing one', () => {
    const files = { a: 'images:\n  api: { repository: r, tag: 2.0.0 } # pinned by CI\n  frontend:\n    repository: f # nginx\n    tag: 2.0.0\n' };
    expect(edit(files, 'a', 'api', `2.1.0@${DIGEST}`)).toBe(`images:\n  api: { repository: r, tag: 2.1.0, digest: ${DIGEST} } # pinned by CI\n  frontend:\n    repository: f # nginx\n    tag: 2.0.0\n`);
    expect(edit(files, 'a', 'frontend', `2.1.0@${DIGEST}`)).toBe(`images:\n  api: { repository: r, tag: 2.0.0 } # pinned by CI\n  frontend:\n    repository: f # nginx\n    tag: 2.1.0\n    digest: ${DIGEST}\n`);
  });

  it('a tag removes a digest, which would otherwise still pin the old image', () => {
    const files = { a: `images:\n  api:\n    repository: r\n    tag: 1.0.0\n    digest: ${DIGEST} # from Renovate\n  frontend: { repository: f, digest: ${DIGEST}, tag: 1.0.0 }\n` };
    expect(edit(files, 'a', 'api', '2.0.0')).toBe(`images:\n  api:\n    repository: r\n    tag: 2.0.0\n  frontend: { repository: f, digest: ${DIGEST}, tag: 1.0.0 }\n`);
    expect(edit(files, 'a', 'frontend', '2.0.0')).toBe(`images:\n  api:\n    repository: r\n    tag: 1.0.0\n    digest: ${DIGEST} # from Renovate\n  frontend: { repository: f, tag: 2.0.0 }\n`);
  });
});

describe('setImage with extends:', () => {
  const parent = '# the parent\ntier: staging\nimages:\n  api: { repository: ghcr.io/x/api, tag: 2.0.0 }\n  frontend: { repository: ghcr.io/x/web, tag: 2.0.0 }\n';

  it('writes an inherited image into the named environment, creating the path, and leaves the parent alone', () => {
    const files = { staging: parent, qa: '# qa: staging with its own namespace\nextends: staging\nnamespace: datalens-qa # ours\n' };
    const after = edit(files, 'qa', 'api', '2.1.0');
    expect(after).toBe(`${files.qa}images:\n  api:\n    tag: 2.1.0\n`);
    expect(files.staging).toBe(parent);
  });

  it('adds to the images the environment already overrides, in their style', () => {
    const files = { staging: parent, qa: 'extends: staging\nimages: { frontend: { tag: 3.0.0 } }\n', uat: 'extends: qa\nimages:\n  frontend:\n    tag: 3.0.0\n' };
    expect(edit(files, 'qa', 'api', '2.1.0')).toBe('extends: staging\nimages: { frontend: { tag: 3.0.0 }, api: { tag: 2.1.0 } }\n');
    expect(edit(files, 'uat', 'api', '2.1.0')).toBe('extends: qa\nimages:\n  frontend:\n    tag: 3.0.0\n  api:\n    tag: 2.1.0\n');
    expect(edit(files, 'uat', 'frontend', '3.1.0')).toBe('extends: qa\nimages:\n  frontend:\n    tag: 3.1.0\n');
  });

  it('refuses a digest alone where the inherited tag would still apply', () => {
    const files = { staging: parent, qa: 'extends: staging\n' };
    expect(() => edit(files, 'qa', 'api', DIGEST)).toThrow(`environments/qa.yaml: images.api: the tag it inherits (2.0.0) would still apply; give <tag>@<digest>, or set images.api in full in this file`);
    expect(edit(files, 'qa', 'api', `2.0.0@${DIGEST}`)).toBe(`extends: staging\nimages:\n  api:\n    digest: ${DIGEST}\n`);
  });

  it('refuses an unknown or cyclic parent', () => {
    expect(() => edit({ qa: 'extends: nope\n' }, 'qa', 'api', '1.0.0')).toThrow('environments/qa.yaml: extends: expected the name of a file environments/<name>.yaml, got "nope"');
    expect(() => edit({ a: 'extends: b\n', b: 'extends: a\n' }, 'a', 'api', '1.0.0')).toThrow('extends: expected no cycle, got a -> b -> a');
  });
});

describe('setImage refuses, naming what is wrong', () => {
  it.each([
    ['an unknown environment', { staging: parent() }, 'prod', 'api', '1.0.0', 'environment: expected the name of a file environments/<name>.yaml, got "prod"'],
    ['an unknown component', { staging: parent() }, 'staging', 'postgres', '1.0.0', 'component: expected one of api, frontend (the keys of images in an environment file), got "postgres"'],
    ['a file without the image', { staging: 'tier: dev\n' }, 'staging', 'api', '1.0.0', 'environments/staging.yaml: images.api: expected the image to be set in the file or in the environment it extends, got none'],
    ['a file that is no YAML', { staging: 'images: [\n' }, 'staging', 'api', '1.0.0', /^environments\/staging\.yaml:\d+:\d+: /],
    ['an image that is no mapping', { staging: 'images:\n  api: ghcr.io/x:1\n' }, 'staging', 'api', '1.0.0', /^environments\/staging\.yaml: images\.api: expected a mapping/],
  ])('%s', (_what, files, name, component, reference, message) => {
    expect(() => edit(files as Record<string, string>, name, component, reference)).toThrow(message);
  });

  function parent() {
    return 'images:\n  api: { repository: r, tag: 1.0.0 }\n';
  }
});

/*
 * Property: over generated environment files (comments everywhere, every scalar style, flow and
 * block mappings, unrelated keys before and after), setting a tag changes exactly the bytes of
 * the old tag's value.
 */
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const comment = fc.option(fc.string({ unit: fc.constantFrom(...'abc xyz:#-{}[]"\''.split('')), maxLength: 20 }).map((t) => ` # ${t}`), { nil: '' });
const plainOrQuoted = (value: string) => fc.constantFrom(value, `"${value}"`, `'${value}'`);
const otherEntry = fc.tuple(word, word, comment).map(([key, value, note]) => ({ key: `x-${key}`, line: `x-${key}: ${value}${note}` }));

const generatedFile = fc
  .record({
    header: fc.array(comment.filter((c) => c !== ''), { maxLength: 3 }),
    before: fc.uniqueArray(otherEntry, { selector: (e) => e.key, maxLength: 3 }),
    after: fc.uniqueArray(otherEntry, { selector: (e) => e.key, maxLength: 3 }),
    flow: fc.boolean(),
    indent: fc.constantFrom(2, 4),
    repository: plainOrQuoted('ghcr.io/datalens/api'),
    tag: fc.stringMatching(/^[0-9]\.[0-9]{1,2}\.[0-9]$/).chain(plainOrQuoted),
    notes: fc.tuple(comment, comment, comment),
    blank: fc.boolean(),
  })
  .filter((f) => f.after.every((a) => !f.before.some((b) => b.key === a.key)))
  .map((f) => {
    const pad = ' '.repeat(f.indent);
    const image = f.flow
      ? [`${pad}api: { repository: ${f.repository}, tag: ${f.tag} }${f.notes[0]}`]
      : [`${pad}api:${f.notes[0]}`, `${pad}${pad}repository: ${f.repository}${f.notes[1]}`, `${pad}${pad}tag: ${f.tag}${f.notes[2]}`];
    const lines = [
      ...f.header.map((c) => c.trim()),
      ...f.before.map((e) => e.line),
      ...(f.blank ? [''] : []),
      `images:${f.notes[1]}`,
      ...image,
      `${pad}frontend: { repository: ghcr.io/datalens/web, tag: "1.0" }`,
      ...f.after.map((e) => e.line),
    ];
    return { text: `${lines.join('\n')}\n`, tag: f.tag };
  });

describe('setImage, property-based', () => {
  it('changes only the bytes of the old value, for any comments, quoting and layout', () => {
    fc.assert(
      fc.property(generatedFile, fc.stringMatching(/^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(-rc[0-9])?$/), (file, tag) => {
        const after = edit({ env: file.text }, 'env', 'api', tag);
        const unquoted = file.tag.replace(/^["']|["']$/g, '');
        const quote = file.tag === unquoted ? '' : file.tag[0];
        const written = quote ? `${quote}${tag}${quote}` : typeof parse(`v: ${tag}`).v === 'string' ? tag : JSON.stringify(tag);
        const at = file.text.indexOf(`tag: ${file.tag}`) + 'tag: '.length;
        expect(after).toBe(`${file.text.slice(0, at)}${written}${file.text.slice(at + file.tag.length)}`);
        expect(parse(after).images.api.tag).toBe(tag);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves every other value as it was when switching between tag and digest', () => {
    fc.assert(
      fc.property(generatedFile, (file) => {
        const before = parse(file.text);
        const after = parse(edit({ env: file.text }, 'env', 'api', DIGEST));
        expect(after).toEqual({ ...before, images: { ...before.images, api: { repository: before.images.api.repository, digest: DIGEST } } });
        expect(file.text.split('\n').filter((l) => !l.includes('tag:') && !l.includes('digest:'))).toEqual(
          edit({ env: file.text }, 'env', 'api', DIGEST).split('\n').filter((l) => !l.includes('tag:') && !l.includes('digest:')),
        );
      }),
      { numRuns: 200 },
    );
  });
});
