import type { PerLocale } from './content.types.js'

/** The demo site's own pages, in the footer's order: what a reader expects to find under every page. */
export interface DemoPage {
  slug: PerLocale
  headline: PerLocale
  lead: PerLocale
  paragraphs: PerLocale[]
}

export const demoPages: DemoPage[] = [
  {
    slug: { uk: 'pro-nas', en: 'about-us', ru: 'o-nas' },
    headline: { uk: 'Про нас', en: 'About us', ru: 'О нас' },
    lead: {
      uk: '«Вістка» — демонстраційне видання платформи Vistka.',
      en: 'Vistka is the demonstration newsroom of the Vistka platform.',
      ru: '«Вистка» — демонстрационное издание платформы Vistka.',
    },
    paragraphs: [
      {
        uk: 'Ми публікуємо кожен матеріал українською, англійською та російською. Усі події, особи й цитати тут вигадані.',
        en: 'We publish every story in Ukrainian, English and Russian. All events, people and quotations here are invented.',
        ru: 'Мы публикуем каждый материал на украинском, английском и русском. Все события, люди и цитаты здесь вымышлены.',
      },
    ],
  },
  {
    slug: { uk: 'redaktsiina-polityka', en: 'editorial-policy', ru: 'redaktsionnaya-politika' },
    headline: { uk: 'Редакційна політика', en: 'Editorial policy', ru: 'Редакционная политика' },
    lead: {
      uk: 'Як ми перевіряємо факти, виправляємо помилки та перекладаємо.',
      en: 'How we check facts, correct mistakes and translate.',
      ru: 'Как мы проверяем факты, исправляем ошибки и переводим.',
    },
    paragraphs: [
      {
        uk: 'Кожен факт підтверджують щонайменше два незалежні джерела. Виправлення позначаємо внизу матеріалу.',
        en: 'Every fact is confirmed by at least two independent sources. Corrections are noted at the foot of the story.',
        ru: 'Каждый факт подтверждают как минимум два независимых источника. Исправления отмечаем внизу материала.',
      },
      {
        uk: 'Переклади роблять редактори, які знають обидві мови; застарілий переклад ми оновлюємо одразу.',
        en: 'Translations are made by editors who know both languages; an outdated translation is brought up to date at once.',
        ru: 'Переводы делают редакторы, знающие оба языка; устаревший перевод мы обновляем сразу.',
      },
    ],
  },
  {
    slug: { uk: 'kontakty', en: 'contacts', ru: 'kontakty' },
    headline: { uk: 'Контакти', en: 'Contacts', ru: 'Контакты' },
    lead: {
      uk: 'Пишіть нам: newsroom@vistka.example.',
      en: 'Write to us: newsroom@vistka.example.',
      ru: 'Пишите нам: newsroom@vistka.example.',
    },
    paragraphs: [
      {
        uk: 'Редакція працює щодня з 8:00 до 22:00 за київським часом.',
        en: 'The newsroom works every day from 8:00 to 22:00 Kyiv time.',
        ru: 'Редакция работает ежедневно с 8:00 до 22:00 по киевскому времени.',
      },
    ],
  },
]
