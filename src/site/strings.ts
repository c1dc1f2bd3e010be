/** Site chrome in every language we ship. The type keeps each language complete. */
export interface SiteStrings {
  siteName: string
  /** The footer's list of pages (About us, Contacts…), for screen readers. */
  aboutSite: string
  tagline: string
  latest: string
  topStories: string
  readAlso: string
  languages: string
  sections: string
  noVersion: string
  /** Above a page the newsroom shows before it is published. */
  previewNotice: string
  by: string
  published: string
  updated: string
  tags: string
  people: string
  organisations: string
  places: string
  breaking: string
  important: string
  previous: string
  next: string
  page: string
  noStories: string
  notFoundTitle: string
  notFoundText: string
  goneTitle: string
  goneText: string
  goHome: string
  searchLabel: string
  searchButton: string
  searchTitle: string
  /** Heading over results; {q} is the query as typed. */
  searchResultsFor: string
  searchPrompt: string
  searchTooLong: string
  searchBusy: string
  searchNothing: string
  archiveTitle: string
  feedTitle: string
  skipToContent: string
  breadcrumbs: string
  footer: string
  /** "{n} stories" in each plural form the language has (Intl.PluralRules categories). */
  storyCount: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
}

const uk: SiteStrings = {
  siteName: 'Вістка',
  aboutSite: 'Про сайт',
  tagline: 'Новини українською, англійською та російською',
  latest: 'Останні новини',
  topStories: 'Головне',
  readAlso: 'Читайте також',
  languages: 'Мова',
  sections: 'Розділи',
  noVersion: 'Цей матеріал не перекладено цією мовою',
  previewNotice: 'Попередній перегляд: так сторінка виглядатиме для читачів. Вона ще не опублікована в цьому вигляді.',
  by: 'Автор',
  published: 'Опубліковано',
  updated: 'Оновлено',
  tags: 'Теги',
  people: 'Персони',
  organisations: 'Організації',
  places: 'Місця',
  breaking: 'Терміново',
  important: 'Важливо',
  previous: 'Попередня сторінка',
  next: 'Наступна сторінка',
  page: 'Сторінка {n}',
  noStories: 'Тут ще немає опублікованих матеріалів.',
  notFoundTitle: 'Сторінку не знайдено',
  notFoundText: 'Такої сторінки немає. Можливо, адресу введено з помилкою або матеріал переміщено.',
  goneTitle: 'Матеріал знято з публікації',
  goneText: 'Редакція зняла цей матеріал з публікації.',
  goHome: 'На головну',
  searchLabel: 'Пошук',
  searchButton: 'Знайти',
  searchTitle: 'Пошук',
  searchResultsFor: 'Результати пошуку: «{q}»',
  searchPrompt: 'Введіть слово чи фразу, щоб знайти матеріали. Фразу в лапках буде знайдено саме такою.',
  searchTooLong: 'Запит задовгий: скоротіть його до {max} символів.',
  searchBusy: 'Пошук зараз перевантажений. Спробуйте ще раз за кілька секунд.',
  searchNothing: 'За запитом «{q}» нічого не знайдено. Перевірте написання або спробуйте інші слова.',
  archiveTitle: 'Архів: {date}',
  feedTitle: '{site}: {title}',
  skipToContent: 'Перейти до змісту',
  breadcrumbs: 'Навігаційний ланцюжок',
  footer: 'Вістка — демонстраційне видання на платформі Vistka. Усі події та особи вигадані.',
  storyCount: { one: '{n} матеріал', few: '{n} матеріали', many: '{n} матеріалів', other: '{n} матеріалу' },
}

const en: SiteStrings = {
  siteName: 'Vistka',
  aboutSite: 'About the site',
  tagline: 'News in Ukrainian, English and Russian',
  latest: 'Latest news',
  topStories: 'Top stories',
  readAlso: 'Read also',
  languages: 'Language',
  sections: 'Sections',
  noVersion: 'This story is not available in this language',
  previewNotice: 'Preview: this is how readers will see the page. It is not published in this form yet.',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  tags: 'Tags',
  people: 'People',
  organisations: 'Organisations',
  places: 'Places',
  breaking: 'Breaking',
  important: 'Important',
  previous: 'Previous page',
  next: 'Next page',
  page: 'Page {n}',
  noStories: 'No stories have been published here yet.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. The address may be mistyped, or the story may have moved.',
  goneTitle: 'Story withdrawn',
  goneText: 'The newsroom has withdrawn this story.',
  goHome: 'Go to the home page',
  searchLabel: 'Search',
  searchButton: 'Search',
  searchTitle: 'Search',
  searchResultsFor: 'Search results for “{q}”',
  searchPrompt: 'Type a word or phrase to find stories. Put a phrase in quotes to find it as written.',
  searchTooLong: 'That query is too long: keep it to {max} characters.',
  searchBusy: 'Search is busy right now. Try again in a few seconds.',
  searchNothing: 'Nothing found for “{q}”. Check the spelling or try other words.',
  archiveTitle: 'Archive: {date}',
  feedTitle: '{site}: {title}',
  skipToContent: 'Skip to content',
  breadcrumbs: 'Breadcrumbs',
  footer: 'Vistka is a demo publication on the Vistka platform. All events and people are fictional.',
  storyCount: { one: '{n} story', other: '{n} stories' },
}

const ru: SiteStrings = {
  siteName: 'Вистка',
  aboutSite: 'О сайте',
  tagline: 'Новости на украинском, английском и русском',
  latest: 'Последние новости',
  topStories: 'Главное',
  readAlso: 'Читайте также',
  languages: 'Язык',
  sections: 'Разделы',
  noVersion: 'Этот материал не переведён на этот язык',
  previewNotice: 'Предпросмотр: так страницу увидят читатели. В этом виде она ещё не опубликована.',
  by: 'Автор',
  published: 'Опубликовано',
  updated: 'Обновлено',
  tags: 'Теги',
  people: 'Персоны',
  organisations: 'Организации',
  places: 'Места',
  breaking: 'Срочно',
  important: 'Важно',
  previous: 'Предыдущая страница',
  next: 'Следующая страница',
  page: 'Страница {n}',
  noStories: 'Здесь ещё нет опубликованных материалов.',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы нет. Возможно, адрес введён с ошибкой или материал перемещён.',
  goneTitle: 'Материал снят с публикации',
  goneText: 'Редакция сняла этот материал с публикации.',
  goHome: 'На главную',
  searchLabel: 'Поиск',
  searchButton: 'Найти',
  searchTitle: 'Поиск',
  searchResultsFor: 'Результаты поиска: «{q}»',
  searchPrompt: 'Введите слово или фразу, чтобы найти материалы. Фразу в кавычках найдём именно такой.',
  searchTooLong: 'Запрос слишком длинный: сократите его до {max} символов.',
  searchBusy: 'Поиск сейчас перегружен. Попробуйте ещё раз через несколько секунд.',
  searchNothing: 'По запросу «{q}» ничего не найдено. Проверьте написание или попробуйте другие слова.',
  archiveTitle: 'Архив: {date}',
  feedTitle: '{site}: {title}',
  skipToContent: 'Перейти к содержанию',
  breadcrumbs: 'Навигационная цепочка',
  footer: 'Вистка — демонстрационное издание на платформе Vistka. Все события и лица вымышлены.',
  storyCount: { one: '{n} материал', few: '{n} материала', many: '{n} материалов', other: '{n} материала' },
}

export const siteStrings: Record<'uk' | 'en' | 'ru', SiteStrings> = { uk, en, ru }

export const stringsFor = (locale: string): SiteStrings => (siteStrings as Record<string, SiteStrings>)[locale] ?? en

/** How the language switcher labels a language: "UA EN RU". */
export const languageLabel = (locale: string): string => (locale === 'uk' ? 'UA' : locale.toUpperCase())

/** Fills {placeholders}. */
export const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m))

/** "5 матеріалів", "21 матеріал", "1 story": the plural form the language's rules pick. */
export function countStories(locale: string, n: number): string {
  const forms = stringsFor(locale).storyCount
  const rule = new Intl.PluralRules(locale).select(n)
  return fill(forms[rule] ?? forms.other, { n: new Intl.NumberFormat(locale).format(n) })
}
