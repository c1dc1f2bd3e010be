export interface SiteStrings {
  siteName: string
  latest: string
  languages: string
  interim: string
  published: string
  noStories: string
  home: string
}

/** Site chrome in every language we ship; the type keeps each language complete. */
export const siteStrings: Record<'uk' | 'en' | 'ru', SiteStrings> = {
  uk: {
    siteName: 'Вістка',
    latest: 'Останні новини',
    languages: 'Мови',
    interim: 'Демонстраційна редакція Vistka',
    published: 'Опубліковано',
    noStories: 'Ще немає опублікованих матеріалів.',
    home: 'Головна',
  },
  en: {
    siteName: 'Vistka',
    latest: 'Latest news',
    languages: 'Languages',
    interim: 'Vistka demo newsroom',
    published: 'Published',
    noStories: 'No stories published yet.',
    home: 'Home',
  },
  ru: {
    siteName: 'Вистка',
    latest: 'Последние новости',
    languages: 'Языки',
    interim: 'Демонстрационная редакция Vistka',
    published: 'Опубликовано',
    noStories: 'Ещё нет опубликованных материалов.',
    home: 'Главная',
  },
}

export const stringsFor = (locale: string): SiteStrings => (siteStrings as Record<string, SiteStrings>)[locale] ?? siteStrings.en

/** How the language switcher labels a language: "UA EN RU". */
export const languageLabel = (locale: string): string => (locale === 'uk' ? 'UA' : locale.toUpperCase())
