/** The environment of a child process whose locale is `lang` alone (an empty LC_ALL would read as no locale at all). */
export function withLocale(lang: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^LC_/.test(key)));
  return { ...env, LANG: lang };
}
