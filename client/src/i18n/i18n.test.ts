import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = path.dirname(fileURLToPath(import.meta.url));
const load = (language: string, namespace: string): unknown => JSON.parse(readFileSync(path.join(dir, language, `${namespace}.json`), 'utf8'));
const namespaces = (language: string) =>
  readdirSync(path.join(dir, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();

/** Every leaf of a nested messages object, as `a.b.c` → value (array items as `a.0`). */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) result.set(k, v);
  } else {
    result.set(prefix, value);
  }
  return result;
}

// i18next plural forms: French and English may need different ones (`_many` in French), so plural
// keys are compared without them. A plural key counts ({{count}}); "too_many" in an error code does not.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const isPlural = (messages: Map<string, unknown>, key: string) => PLURAL.test(key) && /\{\{\s*count\b/.test(String(messages.get(key)));
const baseKeys = (messages: Map<string, unknown>) => new Set([...messages.keys()].map((key) => (isPlural(messages, key) ? key.replace(PLURAL, '') : key)));
const variables = (text: unknown) => [...String(text).matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('translations (fr and en)', () => {
  it('both languages have the same namespaces', () => {
    expect(namespaces('en')).toEqual(namespaces('fr'));
  });

  describe.each(namespaces('fr'))('namespace %s', (namespace) => {
    const fr = leaves(load('fr', namespace));
    const en = leaves(load('en', namespace));

    it('every French key exists in English and vice versa', () => {
      const frKeys = baseKeys(fr);
      const enKeys = baseKeys(en);
      expect([...frKeys].filter((key) => !enKeys.has(key)), 'missing in en').toEqual([]);
      expect([...enKeys].filter((key) => !frKeys.has(key)), 'missing in fr').toEqual([]);
    });

    it('no value is empty, and plural keys have their "other" form', () => {
      for (const messages of [fr, en]) {
        const empty = [...messages].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
        expect(empty, 'empty or not text').toEqual([]);
        const plurals = [...messages.keys()].filter((key) => isPlural(messages, key)).map((key) => key.replace(PLURAL, ''));
        expect(plurals.filter((key) => !messages.has(`${key}_other`)), 'plural without _other').toEqual([]);
      }
    });

    it('a message uses the same {{variables}} in both languages', () => {
      const differ = [...fr.keys()]
        .filter((key) => en.has(key))
        .filter((key) => variables(fr.get(key)).join() !== variables(en.get(key)).join());
      expect(differ).toEqual([]);
    });
  });
});
