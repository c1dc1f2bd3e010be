/**
 * Work in progress on the demo newsroom's desk: stories at every workflow step, written by the
 * demo accounts (see desk.ts). Fictional, like the published demo stories.
 */
import type { DemoBlock, DemoVersion } from './content.types.js'
import type { AuthorKey, OrganisationKey, PlaceKey, SectionKey, TagKey } from './topics.js'

export interface DeskStory {
  key: string
  section: SectionKey
  tags: TagKey[]
  organisations?: OrganisationKey[]
  places: PlaceKey[]
  /** The byline; the account that writes it is decided by the story's place on the desk. */
  authors: AuthorKey[]
  versions: { uk: DemoVersion; en?: DemoVersion; ru?: DemoVersion }
}

/** The author's draft: only the author (and editors) see it. */
const lvivTrams: DeskStory = {
  key: 'lviv-low-floor-trams',
  section: 'society',
  tags: ['transport'],
  places: ['lviv'],
  authors: ['sofiia-melnyk'],
  versions: {
    uk: {
      headline: 'Львів закупить дванадцять низькопідлогових трамваїв',
      lead: 'Перші вагони мають вийти на маршрут до Сихова наступної осені; місто оплатить їх коштом кредиту й власного бюджету розвитку.',
      body: [
        {
          p: 'Виконавчий комітет Львівської міської ради погодив закупівлю дванадцяти низькопідлогових трамваїв. Вагони мають курсувати передусім маршрутом до Сихова, де в години пік пасажири нині чекають на посадку по двадцять хвилин.',
        },
        { h: 'Хто платить' },
        {
          p: 'Дві третини вартості покриє кредит міжнародного банку, решту — бюджет розвитку міста. Раніше повідомлялося, що Львів [ухвалив нові правила для історичного центру](story:lviv-council-heritage-law), тож нові колії в центрі прокладатимуть за погодженням з пам’яткоохоронцями.',
        },
        {
          quote: 'Нам потрібні вагони, у які можна заїхати з візком чи на кріслі колісному без чужої допомоги.',
          attribution: 'представниця громадської організації людей з інвалідністю',
        },
        { p: 'Чернетка: уточнити в департаменті транспорту графік поставок і чи будуть вагони з кондиціонерами.' },
      ],
    },
  },
}

/** The contributor's draft: contributors write, an editor takes it further. */
const chernihivBikes: DeskStory = {
  key: 'chernihiv-bike-workshop',
  section: 'society',
  tags: ['environment'],
  places: ['chernihiv'],
  authors: ['kateryna-zhuk'],
  versions: {
    uk: {
      headline: 'Волонтери в Чернігові відкрили безплатну велосипедну майстерню',
      lead: 'У підвалі колишньої друкарні щосуботи лагодять велосипеди всім охочим і вчать робити це самостійно.',
      body: [
        {
          p: 'Майстерню облаштували ті самі волонтери, які торік [відкрили бібліотеку в укритті](story:chernihiv-volunteers-library). Інструменти та запчастини передали місцеві підприємці, а стелажі зробили учні професійного ліцею.',
        },
        { h: 'Полагодь сам' },
        {
          quote: 'Ми не хочемо бути сервісом. Хочемо, щоб людина пішла від нас і наступного разу змогла замінити камеру сама.',
          attribution: 'одна із засновниць майстерні',
        },
        { p: 'За перший місяць сюди принесли понад вісімдесят велосипедів, здебільшого — дитячих.' },
      ],
    },
  },
}

/** Submitted by the author: waits for an editor in Awaiting review. */
const odesaNightShifts: DeskStory = {
  key: 'odesa-port-night-shifts',
  section: 'economy',
  tags: ['agriculture', 'transport'],
  organisations: ['odesa-port'],
  places: ['odesa'],
  authors: ['dmytro-kravets'],
  versions: {
    uk: {
      headline: 'Одеський порт відновлює нічні зміни для зернових суден',
      lead: 'Завантаження вночі має скоротити чергу суден на рейді з шести днів до трьох ще до кінця сезону.',
      body: [
        {
          p: 'Адміністрація Одеського порту з понеділка повертає нічні зміни на трьох зернових терміналах. На рейді нині чекають на завантаження двадцять шість суден, і середня черга сягнула шести днів.',
        },
        { h: 'Люди і світло' },
        {
          p: 'Для нічної роботи порт найняв сорок докерів і встановив резервні генератори на причалах. Раніше повідомлялося, що [експорт зерна цього сезону вже перевищив торішній](story:grain-exports-odesa-season).',
        },
        {
          quote: 'Кожна доба простою судна коштує експортерові десятки тисяч доларів, і врешті ці гроші платить фермер.',
          attribution: 'представник асоціації зернотрейдерів',
        },
      ],
    },
  },
}

/** Published in Ukrainian; its English translation waits for review. */
const kharkivLibraries: DeskStory = {
  key: 'kharkiv-libraries-evening-hours',
  section: 'culture',
  tags: ['literature'],
  places: ['kharkiv'],
  authors: ['oksana-hnatiuk'],
  versions: {
    uk: {
      headline: 'Харківські бібліотеки працюватимуть до дев’ятої вечора',
      lead: 'Шість районних бібліотек подовжують години роботи: вечорами там відкриють читальні зали, курси англійської та гуртки для підлітків.',
      body: [
        {
          p: 'Із першого числа шість районних бібліотек Харкова працюватимуть до 21:00. Усі вони мають укриття, тож заняття не перериватимуть під час тривог.',
        },
        { h: 'Чому вечорами' },
        {
          quote: 'Вдень люди на роботі, діти в школі. Вечір — єдиний час, коли до нас можуть прийти всією родиною.',
          attribution: 'директорка міської бібліотечної системи',
        },
        {
          p: 'Раніше в місті запустили [поезію у вагонах метро](story:kharkiv-poetry-metro); бібліотекарі обіцяють, що частину нових віршів читатимуть уголос саме на вечірніх зустрічах.',
        },
      ],
    },
    en: {
      headline: 'Kharkiv libraries to stay open until 9 pm',
      lead: 'Six district libraries are extending their hours: in the evenings they will open reading rooms, English classes and clubs for teenagers.',
      body: [
        {
          p: 'From the first of the month six district libraries in Kharkiv will stay open until 9 pm. All of them have shelters, so classes will not stop during air-raid alerts.',
        },
        { h: 'Why evenings' },
        {
          quote:
            'During the day people are at work and children are at school. The evening is the only time a whole family can come to us.',
          attribution: 'the director of the city library system',
        },
        {
          p: 'The city earlier launched [poetry in metro carriages](story:kharkiv-poetry-metro); librarians promise that some of the new poems will be read aloud at the evening gatherings.',
        },
      ],
    },
  },
}

/** Scheduled a few hours ahead of the seed: the scheduler publishes it while the demo runs. */
const uzhhorodGreenhouse: DeskStory = {
  key: 'uzhhorod-botanic-greenhouse',
  section: 'culture',
  tags: ['environment', 'science'],
  places: ['uzhhorod'],
  authors: ['yurii-pavlenko'],
  versions: {
    uk: {
      headline: 'Ужгородський ботанічний сад відкриває оновлену оранжерею',
      lead: 'Після двох років реконструкції відвідувачі знову побачать колекцію субтропічних рослин, а вперше — і теплицю, яку обігріває тепловий насос.',
      body: [
        {
          p: 'Оранжерея ботанічного саду в Ужгороді відкривається сьогодні о полудні. Під новим скляним дахом зібрали понад чотириста видів рослин, серед них — камелії, яким понад сімдесят років.',
        },
        { h: 'Тепло з-під землі' },
        {
          p: 'Оранжерею обігріває тепловий насос, а електроенергію частково дає сонячна станція — так само, як у [кооперативі «Карпатська енергія»](story:karpaty-energy-solar-cooperative).',
        },
        {
          quote: 'Раніше ми взимку палили вугілля й молилися, щоб не лопнули труби. Тепер температуру видно в телефоні.',
          attribution: 'головна садівниця ботанічного саду',
        },
      ],
    },
    en: {
      headline: 'Uzhhorod botanic garden reopens its renovated greenhouse',
      lead: 'After two years of renovation visitors will again see the collection of subtropical plants — and, for the first time, a glasshouse heated by a heat pump.',
      body: [
        {
          p: 'The botanic garden’s greenhouse in Uzhhorod opens today at noon. More than four hundred species are gathered under the new glass roof, among them camellias over seventy years old.',
        },
        { h: 'Heat from underground' },
        {
          p: 'The greenhouse is heated by a heat pump and partly powered by a solar plant — just like the [Karpaty Energy cooperative](story:karpaty-energy-solar-cooperative).',
        },
        {
          quote: 'In winter we used to burn coal and pray the pipes would not burst. Now we can see the temperature on a phone.',
          attribution: 'the garden’s head gardener',
        },
      ],
    },
  },
}

/** Published in three languages, then the Ukrainian source is updated: en and ru fall behind. */
const kyivStudentPass: DeskStory = {
  key: 'kyiv-college-student-pass',
  section: 'society',
  tags: ['transport', 'education'],
  places: ['kyiv'],
  authors: ['sofiia-melnyk'],
  versions: {
    uk: {
      headline: 'Київ запроваджує пільговий проїзний для студентів коледжів',
      lead: 'Місячний проїзний коштуватиме половину звичайного; оформити його можна буде в застосунку міста зі студентським квитком.',
      body: [
        {
          p: 'Київська міська рада ухвалила рішення про пільговий проїзний для студентів фахових коледжів. Досі знижка діяла лише для студентів університетів, хоча в коледжах столиці навчається понад сорок тисяч людей.',
        },
        { h: 'Як оформити' },
        {
          quote: 'Студент коледжу їздить на пари так само щодня, як і студент університету. Несправедливо, що він платив удвічі більше.',
          speaker: 'olena-marchuk',
        },
        {
          p: 'Проїзний діятиме в метро, трамваях, тролейбусах і автобусах, зокрема на [нових нічних маршрутах](story:kyiv-council-night-buses).',
        },
      ],
    },
    en: {
      headline: 'Kyiv introduces a discounted travel pass for college students',
      lead: 'A monthly pass will cost half the usual price; students will be able to get one in the city app with their student card.',
      body: [
        {
          p: 'Kyiv City Council has approved a discounted travel pass for students of professional colleges. Until now the discount applied only to university students, although more than forty thousand people study at the capital’s colleges.',
        },
        { h: 'How to get one' },
        {
          quote:
            'A college student travels to classes every day just like a university student. It was unfair that they paid twice as much.',
          speaker: 'olena-marchuk',
        },
        {
          p: 'The pass will be valid on the metro, trams, trolleybuses and buses, including the [new night routes](story:kyiv-council-night-buses).',
        },
      ],
    },
    ru: {
      headline: 'Киев вводит льготный проездной для студентов колледжей',
      lead: 'Месячный проездной будет стоить половину обычного; оформить его можно будет в приложении города по студенческому билету.',
      body: [
        {
          p: 'Киевский городской совет принял решение о льготном проездном для студентов профессиональных колледжей. До сих пор скидка действовала только для студентов университетов, хотя в колледжах столицы учится больше сорока тысяч человек.',
        },
        { h: 'Как оформить' },
        {
          quote:
            'Студент колледжа ездит на пары так же каждый день, как и студент университета. Несправедливо, что он платил вдвое больше.',
          speaker: 'olena-marchuk',
        },
        {
          p: 'Проездной будет действовать в метро, трамваях, троллейбусах и автобусах, в том числе на [новых ночных маршрутах](story:kyiv-council-night-buses).',
        },
      ],
    },
  },
}

/** What the editor adds to the Ukrainian source after it was translated. */
export const STUDENT_PASS_UPDATE: DemoBlock = {
  p: 'Оновлено: у департаменті транспорту уточнили, що оформлення в застосунку запрацює з понеділка, а до того проїзний можна купити в касах метро зі студентським квитком.',
}

export const deskStories = { lvivTrams, chernihivBikes, odesaNightShifts, kharkivLibraries, uzhhorodGreenhouse, kyivStudentPass }
