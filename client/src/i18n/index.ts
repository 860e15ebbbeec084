import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * One JSON file per feature and language: `i18n/fr/<feature>.json` becomes namespace `<feature>`.
 * Add a file and use `t('<feature>:key')` or `useTranslation('<feature>')`: nothing to register.
 */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'passerelle.lang';

type Resources = Record<string, Record<string, unknown>>;

function byNamespace(modules: Record<string, unknown>): Resources {
  const resources: Resources = {};
  for (const [path, content] of Object.entries(modules)) {
    const namespace = path.replace(/^.*\//, '').replace(/\.json$/, '');
    resources[namespace] = content as Record<string, unknown>;
  }
  return resources;
}

const resources = {
  fr: byNamespace(import.meta.glob('./fr/*.json', { eager: true, import: 'default' })),
  en: byNamespace(import.meta.glob('./en/*.json', { eager: true, import: 'default' })),
};

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return stored === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'fr',
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(resources.fr),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

if (typeof document !== 'undefined') {
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
}

export function changeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisted when storage is unavailable.
  }
  void i18n.changeLanguage(language);
}

export { i18n };
