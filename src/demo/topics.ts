/** The demo newsroom's sections, topics and bylines. People and organisations are fictional. */
import type { PerLocale } from './content.types.js'

interface DemoTopic {
  name: PerLocale
  slug: PerLocale
  description?: PerLocale
}

export const sections = {
  politics: {
    name: { uk: 'Політика', en: 'Politics', ru: 'Политика' },
    slug: { uk: 'polityka', en: 'politics', ru: 'politika' },
  },
  economy: {
    name: { uk: 'Економіка', en: 'Economy', ru: 'Экономика' },
    slug: { uk: 'ekonomika', en: 'economy', ru: 'ekonomika' },
  },
  society: {
    name: { uk: 'Суспільство', en: 'Society', ru: 'Общество' },
    slug: { uk: 'suspilstvo', en: 'society', ru: 'obshchestvo' },
  },
  culture: {
    name: { uk: 'Культура', en: 'Culture', ru: 'Культура' },
    slug: { uk: 'kultura', en: 'culture', ru: 'kultura' },
  },
  sport: {
    name: { uk: 'Спорт', en: 'Sport', ru: 'Спорт' },
    slug: { uk: 'sport', en: 'sport', ru: 'sport' },
  },
} satisfies Record<string, DemoTopic>

export const tags = {
  energy: { name: { uk: 'енергетика', en: 'energy', ru: 'энергетика' }, slug: { uk: 'enerhetyka', en: 'energy', ru: 'energetika' } },
  transport: { name: { uk: 'транспорт', en: 'transport', ru: 'транспорт' }, slug: { uk: 'transport', en: 'transport', ru: 'transport' } },
  education: { name: { uk: 'освіта', en: 'education', ru: 'образование' }, slug: { uk: 'osvita', en: 'education', ru: 'obrazovanie' } },
  health: { name: { uk: "здоров'я", en: 'health', ru: 'здоровье' }, slug: { uk: 'zdorovia', en: 'health', ru: 'zdorove' } },
  technology: {
    name: { uk: 'технології', en: 'technology', ru: 'технологии' },
    slug: { uk: 'tekhnolohii', en: 'technology', ru: 'tekhnologii' },
  },
  elections: { name: { uk: 'вибори', en: 'elections', ru: 'выборы' }, slug: { uk: 'vybory', en: 'elections', ru: 'vybory' } },
  budget: { name: { uk: 'бюджет', en: 'budget', ru: 'бюджет' }, slug: { uk: 'biudzhet', en: 'budget', ru: 'byudzhet' } },
  agriculture: {
    name: { uk: 'аграрний сектор', en: 'agriculture', ru: 'аграрный сектор' },
    slug: { uk: 'ahrarnyi-sektor', en: 'agriculture', ru: 'agrarnyj-sektor' },
  },
  environment: {
    name: { uk: 'довкілля', en: 'environment', ru: 'окружающая среда' },
    slug: { uk: 'dovkillia', en: 'environment', ru: 'okruzhayushchaya-sreda' },
  },
  reconstruction: {
    name: { uk: 'відбудова', en: 'reconstruction', ru: 'восстановление' },
    slug: { uk: 'vidbudova', en: 'reconstruction', ru: 'vosstanovlenie' },
  },
  housing: { name: { uk: 'житло', en: 'housing', ru: 'жильё' }, slug: { uk: 'zhytlo', en: 'housing', ru: 'zhile' } },
  startups: { name: { uk: 'стартапи', en: 'startups', ru: 'стартапы' }, slug: { uk: 'startapy', en: 'startups', ru: 'startapy' } },
  festivals: { name: { uk: 'фестивалі', en: 'festivals', ru: 'фестивали' }, slug: { uk: 'festyvali', en: 'festivals', ru: 'festivali' } },
  cinema: { name: { uk: 'кіно', en: 'cinema', ru: 'кино' }, slug: { uk: 'kino', en: 'cinema', ru: 'kino' } },
  music: { name: { uk: 'музика', en: 'music', ru: 'музыка' }, slug: { uk: 'muzyka', en: 'music', ru: 'muzyka' } },
  literature: {
    name: { uk: 'література', en: 'literature', ru: 'литература' },
    slug: { uk: 'literatura', en: 'literature', ru: 'literatura' },
  },
  football: { name: { uk: 'футбол', en: 'football', ru: 'футбол' }, slug: { uk: 'futbol', en: 'football', ru: 'futbol' } },
  athletics: {
    name: { uk: 'легка атлетика', en: 'athletics', ru: 'легкая атлетика' },
    slug: { uk: 'lehka-atletyka', en: 'athletics', ru: 'legkaya-atletika' },
  },
  'local-government': {
    name: { uk: 'місцеве самоврядування', en: 'local government', ru: 'местное самоуправление' },
    slug: { uk: 'mistseve-samovriaduvannia', en: 'local-government', ru: 'mestnoe-samoupravlenie' },
  },
  science: { name: { uk: 'наука', en: 'science', ru: 'наука' }, slug: { uk: 'nauka', en: 'science', ru: 'nauka' } },
} satisfies Record<string, DemoTopic>

export const people = {
  'olena-marchuk': {
    name: { uk: 'Олена Марчук', en: 'Olena Marchuk', ru: 'Елена Марчук' },
    slug: { uk: 'olena-marchuk', en: 'olena-marchuk', ru: 'elena-marchuk' },
    description: {
      uk: 'Директорка департаменту транспорту Київської міської ради',
      en: 'Director of the Kyiv City Council transport department',
      ru: 'Директор департамента транспорта Киевского городского совета',
    },
  },
  'taras-bondar': {
    name: { uk: 'Тарас Бондар', en: 'Taras Bondar', ru: 'Тарас Бондарь' },
    slug: { uk: 'taras-bondar', en: 'taras-bondar', ru: 'taras-bondar' },
    description: {
      uk: 'Економіст Дніпровського інституту економічних досліджень',
      en: 'Economist at the Dnipro Institute of Economic Studies',
      ru: 'Экономист Днепровского института экономических исследований',
    },
  },
  'iryna-savchuk': {
    name: { uk: 'Ірина Савчук', en: 'Iryna Savchuk', ru: 'Ирина Савчук' },
    slug: { uk: 'iryna-savchuk', en: 'iryna-savchuk', ru: 'irina-savchuk' },
    description: {
      uk: 'Художня керівниця Львівського театру ляльок «Вертеп»',
      en: 'Artistic director of the Vertep Puppet Theatre in Lviv',
      ru: 'Художественный руководитель Львовского театра кукол «Вертеп»',
    },
  },
  'andrii-tkachenko': {
    name: { uk: 'Андрій Ткаченко', en: 'Andrii Tkachenko', ru: 'Андрей Ткаченко' },
    slug: { uk: 'andrii-tkachenko', en: 'andrii-tkachenko', ru: 'andrej-tkachenko' },
    description: { uk: 'Головний тренер ФК «Поділ»', en: 'Head coach of FC Podil', ru: 'Главный тренер ФК «Подол»' },
  },
  'mariia-lysenko': {
    name: { uk: 'Марія Лисенко', en: 'Mariia Lysenko', ru: 'Мария Лысенко' },
    slug: { uk: 'mariia-lysenko', en: 'mariia-lysenko', ru: 'mariya-lysenko' },
    description: {
      uk: 'Депутатка Чернігівської обласної ради, голова бюджетної комісії',
      en: 'Member of the Chernihiv Regional Council, chair of its budget committee',
      ru: 'Депутат Черниговского областного совета, председатель бюджетной комиссии',
    },
  },
  'serhii-hordiienko': {
    name: { uk: 'Сергій Гордієнко', en: 'Serhii Hordiienko', ru: 'Сергей Гордиенко' },
    slug: { uk: 'serhii-hordiienko', en: 'serhii-hordiienko', ru: 'sergej-gordienko' },
    description: {
      uk: 'Голова енергетичного кооперативу «Карпатська енергія»',
      en: 'Chair of the Karpaty Energy cooperative',
      ru: 'Председатель энергетического кооператива «Карпатская энергия»',
    },
  },
  'nataliia-vovk': {
    name: { uk: 'Наталія Вовк', en: 'Nataliia Vovk', ru: 'Наталья Волк' },
    slug: { uk: 'nataliia-vovk', en: 'nataliia-vovk', ru: 'natalya-volk' },
    description: {
      uk: 'Засновниця харківського стартапу «Сонях Лабс»',
      en: 'Founder of the Kharkiv start-up Soniakh Labs',
      ru: 'Основательница харьковского стартапа «Сонях Лабс»',
    },
  },
  'yevhen-moroz': {
    name: { uk: 'Євген Мороз', en: 'Yevhen Moroz', ru: 'Евгений Мороз' },
    slug: { uk: 'yevhen-moroz', en: 'yevhen-moroz', ru: 'evgenij-moroz' },
    description: {
      uk: 'Заступник голови Одеської портової адміністрації',
      en: 'Deputy head of the Odesa Port Administration',
      ru: 'Заместитель главы Одесской портовой администрации',
    },
  },
  'khrystyna-poliakova': {
    name: { uk: 'Христина Полякова', en: 'Khrystyna Poliakova', ru: 'Кристина Полякова' },
    slug: { uk: 'khrystyna-poliakova', en: 'khrystyna-poliakova', ru: 'kristina-polyakova' },
    description: {
      uk: 'Бігунка на середні дистанції, чемпіонка України',
      en: 'Middle-distance runner and national champion',
      ru: 'Бегунья на средние дистанции, чемпионка Украины',
    },
  },
  'bohdan-shevchuk': {
    name: { uk: 'Богдан Шевчук', en: 'Bohdan Shevchuk', ru: 'Богдан Шевчук' },
    slug: { uk: 'bohdan-shevchuk', en: 'bohdan-shevchuk', ru: 'bogdan-shevchuk' },
    description: { uk: 'Директор школи № 7 у Дніпрі', en: 'Head teacher of School No. 7 in Dnipro', ru: 'Директор школы № 7 в Днепре' },
  },
} satisfies Record<string, DemoTopic>

export const organisations = {
  'karpaty-energy': {
    name: { uk: 'Кооператив «Карпатська енергія»', en: 'Karpaty Energy cooperative', ru: 'Кооператив «Карпатская энергия»' },
    slug: { uk: 'karpatska-enerhiia', en: 'karpaty-energy', ru: 'karpatskaya-energiya' },
  },
  'fc-podil': {
    name: { uk: 'ФК «Поділ»', en: 'FC Podil', ru: 'ФК «Подол»' },
    slug: { uk: 'fk-podil', en: 'fc-podil', ru: 'fk-podol' },
  },
  'vertep-theatre': {
    name: { uk: 'Театр ляльок «Вертеп»', en: 'Vertep Puppet Theatre', ru: 'Театр кукол «Вертеп»' },
    slug: { uk: 'teatr-vertep', en: 'vertep-theatre', ru: 'teatr-vertep' },
  },
  'dnipro-institute': {
    name: {
      uk: 'Дніпровський інститут економічних досліджень',
      en: 'Dnipro Institute of Economic Studies',
      ru: 'Днепровский институт экономических исследований',
    },
    slug: { uk: 'dniprovskyi-instytut', en: 'dnipro-institute', ru: 'dneprovskij-institut' },
  },
  'soniakh-labs': {
    name: { uk: '«Сонях Лабс»', en: 'Soniakh Labs', ru: '«Сонях Лабс»' },
    slug: { uk: 'soniakh-labs', en: 'soniakh-labs', ru: 'sonyakh-labs' },
  },
  'odesa-port': {
    name: { uk: 'Одеська портова адміністрація', en: 'Odesa Port Administration', ru: 'Одесская портовая администрация' },
    slug: { uk: 'odeska-portova-administratsiia', en: 'odesa-port-administration', ru: 'odesskaya-portovaya-administraciya' },
  },
} satisfies Record<string, DemoTopic>

export const places = {
  kyiv: { name: { uk: 'Київ', en: 'Kyiv', ru: 'Киев' }, slug: { uk: 'kyiv', en: 'kyiv', ru: 'kiev' } },
  lviv: { name: { uk: 'Львів', en: 'Lviv', ru: 'Львов' }, slug: { uk: 'lviv', en: 'lviv', ru: 'lvov' } },
  odesa: { name: { uk: 'Одеса', en: 'Odesa', ru: 'Одесса' }, slug: { uk: 'odesa', en: 'odesa', ru: 'odessa' } },
  kharkiv: { name: { uk: 'Харків', en: 'Kharkiv', ru: 'Харьков' }, slug: { uk: 'kharkiv', en: 'kharkiv', ru: 'kharkov' } },
  dnipro: { name: { uk: 'Дніпро', en: 'Dnipro', ru: 'Днепр' }, slug: { uk: 'dnipro', en: 'dnipro', ru: 'dnepr' } },
  chernihiv: { name: { uk: 'Чернігів', en: 'Chernihiv', ru: 'Чернигов' }, slug: { uk: 'chernihiv', en: 'chernihiv', ru: 'chernigov' } },
  uzhhorod: { name: { uk: 'Ужгород', en: 'Uzhhorod', ru: 'Ужгород' }, slug: { uk: 'uzhhorod', en: 'uzhhorod', ru: 'uzhgorod' } },
} satisfies Record<string, DemoTopic>

export const authors = {
  'oksana-hnatiuk': {
    name: { uk: 'Оксана Гнатюк', en: 'Oksana Hnatiuk', ru: 'Оксана Гнатюк' },
    slug: { uk: 'oksana-hnatiuk', en: 'oksana-hnatiuk', ru: 'oksana-gnatyuk' },
    description: { uk: 'Політична оглядачка', en: 'Political correspondent', ru: 'Политический обозреватель' },
  },
  'dmytro-kravets': {
    name: { uk: 'Дмитро Кравець', en: 'Dmytro Kravets', ru: 'Дмитрий Кравец' },
    slug: { uk: 'dmytro-kravets', en: 'dmytro-kravets', ru: 'dmitrij-kravec' },
    description: { uk: 'Економічний журналіст', en: 'Economics reporter', ru: 'Экономический журналист' },
  },
  'sofiia-melnyk': {
    name: { uk: 'Софія Мельник', en: 'Sofiia Melnyk', ru: 'София Мельник' },
    slug: { uk: 'sofiia-melnyk', en: 'sofiia-melnyk', ru: 'sofiya-melnik' },
    description: { uk: 'Оглядачка культури', en: 'Culture writer', ru: 'Обозреватель культуры' },
  },
  'yurii-pavlenko': {
    name: { uk: 'Юрій Павленко', en: 'Yurii Pavlenko', ru: 'Юрий Павленко' },
    slug: { uk: 'yurii-pavlenko', en: 'yurii-pavlenko', ru: 'yurij-pavlenko' },
    description: { uk: 'Спортивний кореспондент', en: 'Sports correspondent', ru: 'Спортивный корреспондент' },
  },
  'kateryna-zhuk': {
    name: { uk: 'Катерина Жук', en: 'Kateryna Zhuk', ru: 'Екатерина Жук' },
    slug: { uk: 'kateryna-zhuk', en: 'kateryna-zhuk', ru: 'ekaterina-zhuk' },
    description: { uk: 'Кореспондентка відділу суспільства', en: 'Society reporter', ru: 'Корреспондент отдела общества' },
  },
} satisfies Record<string, DemoTopic>

export type SectionKey = keyof typeof sections
export type TagKey = keyof typeof tags
export type PersonKey = keyof typeof people
export type OrganisationKey = keyof typeof organisations
export type PlaceKey = keyof typeof places
export type AuthorKey = keyof typeof authors
