import type { DemoStory } from '../content.types.js'

export const cultureStories: DemoStory[] = [
  {
    key: 'vertep-theatre-new-season',
    section: 'culture',
    tags: ['music', 'education'],
    people: ['iryna-savchuk'],
    organisations: ['vertep-theatre'],
    places: ['lviv'],
    authors: ['sofiia-melnyk'],
    picture: {
      palette: ['#7b2d26', '#f2c14e'],
      motif: 'circles',
      caption: {
        uk: 'Майстриня театру «Вертеп» розписує дерев’яну ляльку Котигорошка',
        en: 'A Vertep theatre craftswoman paints the wooden Kotyhoroshko puppet',
        ru: 'Мастерица театра «Вертеп» расписывает деревянную куклу Котигорошка',
      },
      credit: 'Vistka / Sofiia Melnyk',
    },
    hoursAgo: 463,
    versions: {
      uk: {
        headline: 'Театр «Вертеп» відкриває сезон двома прем’єрами та виставами з аудіодескрипцією',
        lead: 'Львівський театр ляльок представив план нового сезону: казку з живим оркестром, виставу для підлітків і перші в історії театру покази з аудіодескрипцією для незрячих глядачів.',
        body: [
          {
            p: 'Театр ляльок «Вертеп» оголосив програму нового сезону. Першою прем’єрою стане «Котигорошко» — казка, яку супроводжуватиме живий оркестр народних інструментів. Ляльок для вистави майстри театру виготовляли пів року з дерева, льону та вовни. Костюми героїв оздобили вишивкою за мотивами старовинних узорів із музейних колекцій.',
          },
          {
            p: 'Друга прем’єра адресована підліткам. Вистава «Ліхтарі» розповідає про дружбу двох школярів, які разом ремонтують старий трамвай. Над текстом працювали учні львівських шкіл, що відвідували театральну лабораторію минулої весни.',
          },
          {
            quote:
              'Ми довго шукали мову, якою лялька може говорити з п’ятнадцятирічними. Виявилося, що їм потрібна не мораль, а чесна розмова — і ляльки вміють її вести.',
            speaker: 'iryna-savchuk',
          },
          { h: 'Вистави для всіх' },
          {
            p: 'Уперше театр покаже вистави з аудіодескрипцією: спеціально підготовлений диктор через навушники описуватиме рухи ляльок і декорації. Перед показом незрячі глядачі зможуть доторкнутися до героїв на сцені. Квитки на ці покази коштуватимуть символічні п’ятдесят гривень.',
          },
          {
            list: [
              '«Котигорошко» — для дітей від 5 років',
              '«Ліхтарі» — для глядачів від 12 років',
              'покази з аудіодескрипцією — раз на місяць, у неділю',
            ],
          },
          {
            quote:
              'Ми ходимо до «Вертепу» щомісяця, і донька вже питає, коли можна буде побачити Котигорошка. Квитки купимо першого ж дня.',
            attribution: 'мама шестирічної глядачки',
          },
          {
            p: 'Раніше повідомлялося, що [міська рада взяла під захист фасади Старого міста](story:lviv-council-heritage-law). До цього переліку потрапила й будівля театру, тож навесні тут оновлять вхідну групу та вітрини з афішами.',
          },
        ],
      },
      en: {
        headline: 'Vertep theatre opens its season with two premieres and audio-described shows',
        lead: 'The Lviv puppet theatre has unveiled its plans for the new season: a fairy tale with a live band, a play for teenagers and its first-ever audio-described performances for blind audiences.',
        body: [
          {
            p: 'The Vertep Puppet Theatre has announced its programme for the new season. The first premiere will be *Kotyhoroshko*, a fairy tale accompanied by a live band of folk instruments. The theatre’s craftspeople spent six months making the puppets from wood, linen and wool. The characters’ costumes are decorated with embroidery based on old patterns from museum collections.',
          },
          {
            p: 'The second premiere is aimed at teenagers. *Lanterns* tells the story of two schoolchildren who become friends while repairing an old tram together. The script was written by pupils from Lviv schools who attended the theatre’s drama lab last spring.',
          },
          {
            quote:
              'We spent a long time searching for a language in which a puppet can talk to fifteen-year-olds. It turns out they don’t want a moral, they want an honest conversation — and puppets know how to have one.',
            speaker: 'iryna-savchuk',
          },
          { h: 'Shows for everyone' },
          {
            p: 'For the first time, the theatre will stage audio-described performances: a trained narrator will describe the puppets’ movements and the scenery through headphones. Before each show, blind audience members will be able to touch the characters on stage. Tickets for these shows will cost a symbolic fifty hryvnias.',
          },
          {
            list: [
              'Kotyhoroshko — for children aged 5 and over',
              'Lanterns — for audiences aged 12 and over',
              'audio-described shows — once a month, on a Sunday',
            ],
          },
          {
            quote:
              'We go to Vertep every month, and my daughter is already asking when she can see Kotyhoroshko. We’ll buy tickets on the very first day.',
            attribution: 'mother of a six-year-old theatregoer',
          },
          {
            p: 'It was previously reported that [the city council had placed the Old Town’s facades under protection](story:lviv-council-heritage-law). The theatre’s building is on that list, so its entrance and poster windows will be renovated in the spring.',
          },
        ],
      },
      ru: {
        headline: 'Театр «Вертеп» открывает сезон двумя премьерами и спектаклями с аудиодескрипцией',
        lead: 'Львовский театр кукол представил планы нового сезона: сказку с живым оркестром, спектакль для подростков и первые в истории театра показы с аудиодескрипцией для незрячих зрителей.',
        body: [
          {
            p: 'Театр кукол «Вертеп» объявил программу нового сезона. Первой премьерой станет «Котигорошко» — сказка, которую будет сопровождать живой оркестр народных инструментов. Кукол для спектакля мастера театра полгода изготавливали из дерева, льна и шерсти. Костюмы героев украсили вышивкой по мотивам старинных узоров из музейных коллекций.',
          },
          {
            p: 'Вторая премьера адресована подросткам. Спектакль «Фонари» рассказывает о дружбе двух школьников, которые вместе ремонтируют старый трамвай. Над текстом работали ученики львовских школ, посещавшие театральную лабораторию прошлой весной.',
          },
          {
            quote:
              'Мы долго искали язык, на котором кукла может говорить с пятнадцатилетними. Оказалось, что им нужна не мораль, а честный разговор — и куклы умеют его вести.',
            speaker: 'iryna-savchuk',
          },
          { h: 'Спектакли для всех' },
          {
            p: 'Впервые театр покажет спектакли с аудиодескрипцией: специально подготовленный диктор будет через наушники описывать движения кукол и декорации. Перед показом незрячие зрители смогут прикоснуться к героям на сцене. Билеты на эти показы будут стоить символические пятьдесят гривен.',
          },
          {
            list: [
              '«Котигорошко» — для детей от 5 лет',
              '«Фонари» — для зрителей от 12 лет',
              'показы с аудиодескрипцией — раз в месяц, в воскресенье',
            ],
          },
          {
            quote:
              'Мы ходим в «Вертеп» каждый месяц, и дочь уже спрашивает, когда можно будет увидеть Котигорошка. Билеты купим в первый же день.',
            attribution: 'мама шестилетней зрительницы',
          },
          {
            p: 'Ранее сообщалось, что [городской совет взял под защиту фасады Старого города](story:lviv-council-heritage-law). В этот перечень попало и здание театра, поэтому весной здесь обновят входную группу и витрины с афишами.',
          },
        ],
      },
    },
  },
  {
    key: 'lviv-book-forum-translations',
    section: 'culture',
    tags: ['literature', 'festivals'],
    people: [],
    organisations: [],
    places: ['lviv'],
    authors: ['sofiia-melnyk'],
    picture: {
      palette: ['#264653', '#e9c46a'],
      motif: 'grid',
      caption: {
        uk: 'Стенд із перекладами українських книжок у центральному павільйоні форуму',
        en: 'A stand of translated Ukrainian books in the forum’s central pavilion',
        ru: 'Стенд с переводами украинских книг в центральном павильоне форума',
      },
      credit: 'Vistka / Sofiia Melnyk',
    },
    hoursAgo: 347,
    versions: {
      uk: {
        headline: 'Львівський книжковий форум покаже рекордні сорок перекладів українських книжок',
        lead: 'Цьогорічний форум присвятять перекладам: іноземні видавці привезуть українські романи, поезію та дитячі книжки, видані дванадцятьма мовами.',
        body: [
          {
            p: 'Організатори Львівського книжкового форуму оголосили головну тему року — переклад. На спеціальному стенді в центральному павільйоні покажуть сорок книжок українських авторів, що вийшли друком за кордоном за останні два роки. Серед мов — португальська, корейська, естонська та ісландська.',
          },
          {
            p: 'Більшість перекладів з’явилася завдяки грантовій програмі для іноземних видавців, яку форум запустив разом із мережею міських бібліотек. Програма покриває частину гонорару перекладача та витрати на придбання прав. Цього року на неї подали заявки видавці з п’ятнадцяти країн.',
          },
          {
            quote:
              'Ще кілька років тому ми рахували перекладні видання на пальцях. Тепер перекладачі самі пишуть нам і пропонують нові назви — це найкращий знак, що українська література цікава світові.',
            attribution: 'програмна координаторка форуму',
          },
          { h: 'Школа для перекладачів' },
          {
            p: 'Уперше під час форуму працюватиме літня школа для молодих перекладачів. Двадцять учасників із дев’яти країн тиждень перекладатимуть уривки сучасної прози під керівництвом досвідчених наставників. Найкращі переклади опублікують в окремій антології, яку презентують наступного року.',
          },
          {
            list: [
              'щоденні зустрічі з перекладачами на головній сцені',
              'читання уривків мовою оригіналу та перекладу',
              'ярмарок прав для видавців',
            ],
          },
          {
            quote:
              'Найскладніше — передати гумор. Українські жарти часто тримаються на одному слові, і щоразу доводиться вигадувати йому відповідник.',
            attribution: 'перекладач українських книжок естонською, учасник школи',
          },
          {
            p: 'Раніше повідомлялося, що [малі підприємства Львова отримали міські гранти](story:small-business-grants-lviv) — серед переможців були й три незалежні книгарні. На форумі вони відкриють спільний стенд. Повна програма доступна [на сайті форуму](https://example.org/lviv-book-forum).',
          },
        ],
      },
      en: {
        headline: 'Lviv Book Forum to showcase a record forty translations of Ukrainian books',
        lead: 'This year’s forum will be devoted to translation: foreign publishers are bringing Ukrainian novels, poetry and children’s books published in twelve languages.',
        body: [
          {
            p: 'The organisers of the Lviv Book Forum have announced this year’s main theme: translation. A special stand in the central pavilion will display forty books by Ukrainian authors published abroad over the past two years. The languages include Portuguese, Korean, Estonian and Icelandic.',
          },
          {
            p: 'Most of the translations were made possible by a grant programme for foreign publishers that the forum launched together with the city’s library network. The programme covers part of the translator’s fee and the cost of buying the rights. This year, publishers from fifteen countries applied.',
          },
          {
            quote:
              'Only a few years ago we could count translated editions on our fingers. Now translators write to us themselves and suggest new titles — the best sign that the world is interested in Ukrainian literature.',
            attribution: 'the forum’s programme coordinator',
          },
          { h: 'A school for translators' },
          {
            p: 'For the first time, the forum will host a summer school for young translators. Twenty participants from nine countries will spend a week translating extracts of contemporary prose under the guidance of experienced mentors. The best translations will be published in a separate anthology, to be presented next year.',
          },
          {
            list: [
              'daily meetings with translators on the main stage',
              'readings of extracts in the original and in translation',
              'a rights fair for publishers',
            ],
          },
          {
            quote:
              'The hardest thing is conveying the humour. Ukrainian jokes often hinge on a single word, and every time I have to invent an equivalent for it.',
            attribution: 'a translator of Ukrainian books into Estonian and a participant in the school',
          },
          {
            p: 'It was previously reported that [small businesses in Lviv had received city grants](story:small-business-grants-lviv) — the winners included three independent bookshops. They will open a joint stand at the forum. The full programme is available [on the forum’s website](https://example.org/lviv-book-forum).',
          },
        ],
      },
      ru: {
        headline: 'Львовский книжный форум покажет рекордные сорок переводов украинских книг',
        lead: 'Форум этого года посвятят переводам: иностранные издатели привезут украинские романы, поэзию и детские книги, изданные на двенадцати языках.',
        body: [
          {
            p: 'Организаторы Львовского книжного форума объявили главную тему года — перевод. На специальном стенде в центральном павильоне покажут сорок книг украинских авторов, вышедших за рубежом за последние два года. Среди языков — португальский, корейский, эстонский и исландский.',
          },
          {
            p: 'Большинство переводов появилось благодаря грантовой программе для иностранных издателей, которую форум запустил вместе с сетью городских библиотек. Программа покрывает часть гонорара переводчика и расходы на приобретение прав. В этом году на неё подали заявки издатели из пятнадцати стран.',
          },
          {
            quote:
              'Ещё несколько лет назад мы пересчитывали переводные издания по пальцам. Теперь переводчики сами пишут нам и предлагают новые названия — это лучший знак того, что украинская литература интересна миру.',
            attribution: 'программный координатор форума',
          },
          { h: 'Школа для переводчиков' },
          {
            p: 'Впервые во время форума будет работать летняя школа для молодых переводчиков. Двадцать участников из девяти стран неделю будут переводить отрывки современной прозы под руководством опытных наставников. Лучшие переводы опубликуют в отдельной антологии, которую представят в следующем году.',
          },
          {
            list: [
              'ежедневные встречи с переводчиками на главной сцене',
              'чтения отрывков на языке оригинала и в переводе',
              'ярмарка прав для издателей',
            ],
          },
          {
            quote:
              'Сложнее всего передать юмор. Украинские шутки часто держатся на одном слове, и каждый раз приходится придумывать ему соответствие.',
            attribution: 'переводчик украинских книг на эстонский, участник школы',
          },
          {
            p: 'Ранее сообщалось, что [малые предприятия Львова получили городские гранты](story:small-business-grants-lviv) — среди победителей были и три независимых книжных магазина. На форуме они откроют общий стенд. Полная программа доступна [на сайте форума](https://example.org/lviv-book-forum).',
          },
        ],
      },
    },
  },
  {
    key: 'odesa-film-festival-shorts',
    section: 'culture',
    tags: ['cinema', 'festivals'],
    people: [],
    organisations: [],
    places: ['odesa'],
    authors: ['sofiia-melnyk'],
    picture: {
      palette: ['#1b3a4b', '#ff9f68'],
      motif: 'waves',
      caption: {
        uk: 'Глядачі перед екраном просто неба на березі моря в Одесі',
        en: 'Audience members in front of an open-air screen by the sea in Odesa',
        ru: 'Зрители перед экраном под открытым небом на берегу моря в Одессе',
      },
      credit: 'Vistka / Sofiia Melnyk',
    },
    hoursAgo: 188,
    versions: {
      uk: {
        headline: 'Одеський кінофестиваль покаже 24 короткометражки, половина з них — дебюти',
        lead: 'Конкурс короткого метра цього року відібрав фільми з понад двохсот заявок, а покази вперше пройдуть просто неба біля моря.',
        body: [
          {
            p: 'Відбіркова комісія Одеського кінофестивалю оприлюднила список конкурсу короткометражних фільмів. До нього увійшли 24 стрічки, і дванадцять із них — перші роботи режисерів. Загалом на конкурс надійшло понад двісті заявок з усіх регіонів країни. Конкурсні покази триватимуть п’ять вечорів поспіль.',
          },
          {
            p: 'Тематично програма дуже різна: є документальна історія про рибалок із Вилкового, анімація про загублену парасольку та ігрова драма про бабусю, яка вчиться користуватися смартфоном. Найкоротший фільм триває чотири хвилини, найдовший — двадцять вісім.',
          },
          {
            quote:
              'Короткий метр — це місце, де режисери ризикують найбільше. Ми шукали саме такі фільми, що не бояться бути дивними та щирими.',
            attribution: 'кураторка програми короткого метра',
          },
          { h: 'Кіно біля моря' },
          {
            p: 'Усі конкурсні покази пройдуть на відкритому майданчику біля пляжу, вхід вільний. Після кожного сеансу автори відповідатимуть на запитання глядачів. Переможця визначить журі з трьох кінокритиків, а ще одну нагороду вручать за результатами глядацького голосування.',
          },
          {
            list: [
              'покази — щовечора о 21:00',
              'у разі дощу покази перенесуть до кінотеатру в центрі міста',
              'глядацьке голосування — через QR-код на екрані після сеансу',
            ],
          },
          {
            quote:
              'Я малювала свій фільм ночами впродовж року. Побачити його на великому екрані під шум хвиль — це мрія, яку я навіть не наважувалася промовити вголос.',
            attribution: 'режисерка дебютної анімації',
          },
          {
            p: 'Раніше повідомлялося, що [у ті самі вихідні в Одесі відбудеться вітрильна регата](story:odesa-sailing-regatta). Організатори обох подій узгодили розклад, щоб учасники перегонів встигали на вечірні покази.',
          },
        ],
      },
      en: {
        headline: 'Odesa film festival to screen 24 shorts, half of them debuts',
        lead: 'This year’s short film competition picked its line-up from more than two hundred entries, and for the first time the screenings will be held in the open air by the sea.',
        body: [
          {
            p: 'The selection committee of the Odesa film festival has published the line-up of its short film competition. It includes 24 films, twelve of which are their directors’ first works. In total, the competition received more than two hundred entries from every region of the country. The competition screenings will run for five consecutive evenings.',
          },
          {
            p: 'The programme covers a wide range of subjects: a documentary about fishermen from Vylkove, an animation about a lost umbrella and a drama about a grandmother learning to use a smartphone. The shortest film runs for four minutes, the longest for twenty-eight.',
          },
          {
            quote:
              'Short film is where directors take the biggest risks. We were looking for exactly those films that aren’t afraid to be strange and sincere.',
            attribution: 'curator of the short film programme',
          },
          { h: 'Cinema by the sea' },
          {
            p: 'All competition screenings will take place at an open-air venue next to the beach, and admission is free. After each screening, the filmmakers will answer questions from the audience. The winner will be chosen by a jury of three film critics, and another award will be presented based on an audience vote.',
          },
          {
            list: [
              'screenings every evening at 21:00',
              'if it rains, screenings move to a cinema in the city centre',
              'audience voting via a QR code shown on screen after each film',
            ],
          },
          {
            quote:
              'I drew my film at night for a whole year. Seeing it on a big screen to the sound of the waves is a dream I didn’t even dare to say out loud.',
            attribution: 'director of a debut animation',
          },
          {
            p: 'It was previously reported that [a sailing regatta will take place in Odesa on the same weekend](story:odesa-sailing-regatta). The organisers of both events have coordinated their schedules so that the crews can make it to the evening screenings.',
          },
        ],
      },
      ru: {
        headline: 'Одесский кинофестиваль покажет 24 короткометражки, половина из них — дебюты',
        lead: 'Конкурс короткого метра в этом году отобрал фильмы из более чем двухсот заявок, а показы впервые пройдут под открытым небом у моря.',
        body: [
          {
            p: 'Отборочная комиссия Одесского кинофестиваля обнародовала список конкурса короткометражных фильмов. В него вошли 24 картины, и двенадцать из них — первые работы режиссёров. Всего на конкурс поступило более двухсот заявок из всех регионов страны. Конкурсные показы продлятся пять вечеров подряд.',
          },
          {
            p: 'Тематически программа очень разнообразна: есть документальная история о рыбаках из Вилково, анимация о потерянном зонтике и игровая драма о бабушке, которая учится пользоваться смартфоном. Самый короткий фильм длится четыре минуты, самый длинный — двадцать восемь.',
          },
          {
            quote:
              'Короткий метр — это место, где режиссёры рискуют больше всего. Мы искали именно такие фильмы, которые не боятся быть странными и искренними.',
            attribution: 'куратор программы короткого метра',
          },
          { h: 'Кино у моря' },
          {
            p: 'Все конкурсные показы пройдут на открытой площадке у пляжа, вход свободный. После каждого сеанса авторы будут отвечать на вопросы зрителей. Победителя определит жюри из трёх кинокритиков, а ещё одну награду вручат по итогам зрительского голосования.',
          },
          {
            list: [
              'показы — каждый вечер в 21:00',
              'в случае дождя показы перенесут в кинотеатр в центре города',
              'зрительское голосование — через QR-код на экране после сеанса',
            ],
          },
          {
            quote:
              'Я рисовала свой фильм по ночам целый год. Увидеть его на большом экране под шум волн — это мечта, которую я даже не решалась произнести вслух.',
            attribution: 'режиссёр дебютной анимации',
          },
          {
            p: 'Ранее сообщалось, что [в те же выходные в Одессе пройдёт парусная регата](story:odesa-sailing-regatta). Организаторы обоих событий согласовали расписание, чтобы участники гонок успевали на вечерние показы.',
          },
        ],
      },
    },
  },
  {
    key: 'kyiv-jazz-night-podil',
    section: 'culture',
    tags: ['music', 'transport'],
    people: ['olena-marchuk'],
    organisations: [],
    places: ['kyiv'],
    authors: ['sofiia-melnyk'],
    picture: {
      palette: ['#2b1d3f', '#f4a261'],
      motif: 'stripes',
      caption: {
        uk: 'Саксофоністка грає у дворі старого будинку на Подолі під час репетиції',
        en: 'A saxophonist plays in the courtyard of an old building in Podil during a rehearsal',
        ru: 'Саксофонистка играет во дворе старого дома на Подоле во время репетиции',
      },
      credit: 'Vistka / Sofiia Melnyk',
    },
    hoursAgo: 19,
    versions: {
      uk: {
        headline: 'Джазова ніч на Подолі: дванадцять сцен у дворах і нічні автобуси до ранку',
        lead: 'У суботу подільські двори, галереї та кав’ярні перетворяться на джазові клуби, а місто посилить роботу нічного транспорту, щоб гості безпечно повернулися додому.',
        body: [
          {
            p: 'Фестиваль «Джазова ніч» цього року охопить дванадцять майданчиків на Подолі — від внутрішніх дворів старих будинків до даху колишньої фабрики. Концерти триватимуть з восьмої вечора до другої ночі, усі виступи безкоштовні. Торік фестиваль відвідали близько тридцяти тисяч людей.',
          },
          {
            p: 'У програмі понад сорок колективів: студентські біг-бенди, вуличні духові оркестри, джазові тріо та вокалісти з Києва, Львова й Одеси. Організатори окремо запросили музикантів-початківців, які гратимуть джем-сейшн разом із досвідченими виконавцями. Хедлайнером вечора стане студентський біг-бенд, що завершить ніч концертом на даху фабрики.',
          },
          {
            quote:
              'На Подолі джаз звучить інакше: стіни старих дворів дають особливу луну. Ми навіть переписали кілька аранжувань під цю акустику.',
            attribution: 'саксофоністка одного з біг-бендів',
          },
          { h: 'Як дістатися додому' },
          {
            p: 'Раніше повідомлялося, що [Київрада продовжила маршрути нічних автобусів](story:kyiv-council-night-buses). На час фестивалю три нічні маршрути курсуватимуть частіше, а біля Контрактової площі облаштують окрему зупинку.',
          },
          {
            quote:
              'Ми хочемо, щоб культурне життя міста не закінчувалося з останнім поїздом метро. У ніч фестивалю інтервал нічних автобусів становитиме п’ятнадцять хвилин.',
            speaker: 'olena-marchuk',
          },
          {
            list: [
              'початок концертів — о 20:00',
              'мапи майданчиків — на стійках біля кожної сцени',
              'нічні автобуси — кожні 15 хвилин до 05:00',
            ],
          },
          {
            p: 'Мешканців Подолу організатори просять поставитися з розумінням до музики під вікнами: о другій ночі всі сцени вимкнуть підсилювачі, а волонтери приберуть двори ще до світанку. Волонтерів для прибирання ще шукають — зареєструватися можна біля будь-якої сцени.',
          },
        ],
      },
      en: {
        headline: 'Jazz night in Podil: twelve courtyard stages and night buses until morning',
        lead: 'On Saturday, Podil’s courtyards, galleries and cafés will turn into jazz clubs, and the city will step up night transport so that visitors can get home safely.',
        body: [
          {
            p: 'This year the Jazz Night festival will cover twelve venues in Podil, from the inner courtyards of old buildings to the roof of a former factory. The concerts will run from eight in the evening until two in the morning, and all performances are free. Last year, around thirty thousand people attended the festival.',
          },
          {
            p: 'The programme features more than forty acts: student big bands, street brass bands, jazz trios and singers from Kyiv, Lviv and Odesa. The organisers have also invited beginner musicians, who will join experienced performers for a jam session. The headliner will be a student big band closing the night with a concert on the factory roof.',
          },
          {
            quote:
              'Jazz sounds different in Podil: the walls of the old courtyards give a special echo. We even rewrote a few arrangements for these acoustics.',
            attribution: 'a saxophonist with one of the big bands',
          },
          { h: 'Getting home' },
          {
            p: 'It was previously reported that [Kyiv City Council had extended its night bus routes](story:kyiv-council-night-buses). During the festival, three night routes will run more frequently, and a dedicated stop will be set up near Kontraktova Square.',
          },
          {
            quote:
              'We want the city’s cultural life not to end with the last metro train. On the night of the festival, night buses will run every fifteen minutes.',
            speaker: 'olena-marchuk',
          },
          {
            list: ['concerts start at 20:00', 'venue maps on stands next to every stage', 'night buses every 15 minutes until 05:00'],
          },
          {
            p: 'The organisers ask Podil residents to be patient with the music under their windows: at two in the morning all stages will switch off their amplifiers, and volunteers will clean the courtyards before dawn. Volunteers for the clean-up are still being recruited and can sign up at any stage.',
          },
        ],
      },
      ru: {
        headline: 'Джазовая ночь на Подоле: двенадцать сцен во дворах и ночные автобусы до утра',
        lead: 'В субботу подольские дворы, галереи и кофейни превратятся в джазовые клубы, а город усилит работу ночного транспорта, чтобы гости безопасно вернулись домой.',
        body: [
          {
            p: 'Фестиваль «Джазовая ночь» в этом году охватит двенадцать площадок на Подоле — от внутренних дворов старых домов до крыши бывшей фабрики. Концерты будут идти с восьми вечера до двух ночи, все выступления бесплатные. В прошлом году фестиваль посетили около тридцати тысяч человек.',
          },
          {
            p: 'В программе более сорока коллективов: студенческие биг-бэнды, уличные духовые оркестры, джазовые трио и вокалисты из Киева, Львова и Одессы. Организаторы отдельно пригласили начинающих музыкантов, которые сыграют джем-сейшн вместе с опытными исполнителями. Хедлайнером вечера станет студенческий биг-бэнд, который завершит ночь концертом на крыше фабрики.',
          },
          {
            quote:
              'На Подоле джаз звучит иначе: стены старых дворов дают особое эхо. Мы даже переписали несколько аранжировок под эту акустику.',
            attribution: 'саксофонистка одного из биг-бэндов',
          },
          { h: 'Как добраться домой' },
          {
            p: 'Ранее сообщалось, что [Киевсовет продлил маршруты ночных автобусов](story:kyiv-council-night-buses). На время фестиваля три ночных маршрута будут ходить чаще, а у Контрактовой площади обустроят отдельную остановку.',
          },
          {
            quote:
              'Мы хотим, чтобы культурная жизнь города не заканчивалась с последним поездом метро. В ночь фестиваля интервал ночных автобусов составит пятнадцать минут.',
            speaker: 'olena-marchuk',
          },
          {
            list: [
              'начало концертов — в 20:00',
              'карты площадок — на стойках у каждой сцены',
              'ночные автобусы — каждые 15 минут до 05:00',
            ],
          },
          {
            p: 'Жителей Подола организаторы просят отнестись с пониманием к музыке под окнами: в два часа ночи все сцены выключат усилители, а волонтёры уберут дворы ещё до рассвета. Волонтёров для уборки ещё ищут — зарегистрироваться можно у любой сцены.',
          },
        ],
      },
    },
  },
  {
    key: 'kharkiv-poetry-metro',
    section: 'culture',
    tags: ['literature', 'transport'],
    people: ['nataliia-vovk'],
    organisations: ['soniakh-labs'],
    places: ['kharkiv'],
    authors: ['sofiia-melnyk'],
    picture: {
      palette: ['#0b3954', '#bfd7ea'],
      motif: 'stripes',
      caption: {
        uk: 'Пасажирка читає вірш на плакаті у вагоні харківського метро',
        en: 'A passenger reads a poem on a poster in a Kharkiv metro carriage',
        ru: 'Пассажирка читает стихотворение на плакате в вагоне харьковского метро',
      },
      credit: 'Vistka / Sofiia Melnyk',
    },
    hoursAgo: 131,
    versions: {
      uk: {
        headline: 'У вагонах харківського метро з’явилися вірші молодих місцевих поетів',
        lead: 'Шістдесят коротких поезій, відібраних через відкритий конкурс, розмістили у вагонах трьох ліній, а кожен вірш можна послухати в авторському прочитанні.',
        body: [
          {
            p: 'Пасажири харківського метро цього тижня помітили у вагонах нові плакати: замість реклами на них надруковано вірші. Проєкт «Поезія в дорозі» об’єднав шістдесят текстів авторів віком від шістнадцяти до тридцяти років, які живуть у Харкові. Плакати висітимуть до кінця літа.',
          },
          {
            p: 'Вірші обирало журі з викладачів літератури та бібліотекарів. Головна умова — текст має вміщатися на одному плакаті й читатися за час між двома станціями. Серед тем — рідне місто, світанки над Салтівкою, кохання та дружба.',
          },
          {
            quote:
              'Я вперше побачила свій вірш надрукованим саме у вагоні, яким щодня їжджу на пари. Сусідка по сидінню прочитала його й усміхнулася — кращої рецензії я ще не отримувала.',
            attribution: 'учасниця проєкту, студентка-філологиня',
          },
          { h: 'Вірші, які можна послухати' },
          {
            p: 'На кожному плакаті є QR-код, що веде до аудіозапису: вірш читає сам автор. Платформу для записів безкоштовно розробила команда харківського стартапу «Сонях Лабс». За перший тиждень записи прослухали понад дванадцять тисяч разів.',
          },
          {
            quote:
              'Ми зробили максимально легкий сервіс, який працює навіть за слабкого зв’язку під землею. Для нас це спосіб віддячити місту, де ми виросли.',
            speaker: 'nataliia-vovk',
          },
          {
            p: 'Раніше повідомлялося, що [«Сонях Лабс» залучив новий раунд інвестицій](story:soniakh-labs-funding-round). Компанія обіцяє й надалі підтримувати культурні проєкти Харкова. Наступний конкурс віршів для метро оголосять восени, і подати тексти зможуть також школярі старших класів.',
          },
        ],
      },
      en: {
        headline: 'Poems by young local writers appear in Kharkiv metro carriages',
        lead: 'Sixty short poems chosen through an open competition have been placed in carriages on three lines, and every poem can be heard read aloud by its author.',
        body: [
          {
            p: 'Passengers on the Kharkiv metro noticed new posters in the carriages this week: instead of advertising, they carry poems. The Poetry on the Move project has brought together sixty texts by authors aged sixteen to thirty who live in Kharkiv. The posters will stay up until the end of the summer.',
          },
          {
            p: 'The poems were chosen by a jury of literature teachers and librarians. The main requirement was that a text had to fit on a single poster and be readable in the time between two stations. The themes include the poets’ home city, sunrises over Saltivka, love and friendship.',
          },
          {
            quote:
              'The first time I saw my poem in print was in the very carriage I take to lectures every day. The woman sitting next to me read it and smiled — I have never had a better review.',
            attribution: 'a project participant and philology student',
          },
          { h: 'Poems you can listen to' },
          {
            p: 'Every poster has a QR code leading to an audio recording of the poem read by its author. The platform for the recordings was built free of charge by the team at the Kharkiv start-up Soniakh Labs. In the first week alone, the recordings were played more than twelve thousand times.',
          },
          {
            quote:
              'We made the service as lightweight as possible, so it works even with a weak signal underground. For us, it is a way to give something back to the city where we grew up.',
            speaker: 'nataliia-vovk',
          },
          {
            p: 'It was previously reported that [Soniakh Labs had raised a new funding round](story:soniakh-labs-funding-round). The company promises to keep supporting cultural projects in Kharkiv. The next metro poetry competition will be announced in the autumn, and senior secondary school pupils will also be able to submit their work.',
          },
        ],
      },
      ru: {
        headline: 'В вагонах харьковского метро появились стихи молодых местных поэтов',
        lead: 'Шестьдесят коротких стихотворений, отобранных на открытом конкурсе, разместили в вагонах трёх линий, а каждое из них можно послушать в авторском прочтении.',
        body: [
          {
            p: 'Пассажиры харьковского метро на этой неделе заметили в вагонах новые плакаты: вместо рекламы на них напечатаны стихи. Проект «Поэзия в дороге» объединил шестьдесят текстов авторов в возрасте от шестнадцати до тридцати лет, которые живут в Харькове. Плакаты будут висеть до конца лета.',
          },
          {
            p: 'Стихи выбирало жюри из преподавателей литературы и библиотекарей. Главное условие — текст должен помещаться на одном плакате и читаться за время между двумя станциями. Среди тем — родной город, рассветы над Салтовкой, любовь и дружба.',
          },
          {
            quote:
              'Я впервые увидела своё стихотворение напечатанным именно в вагоне, в котором каждый день езжу на пары. Соседка по сиденью прочитала его и улыбнулась — лучшей рецензии я ещё не получала.',
            attribution: 'участница проекта, студентка-филолог',
          },
          { h: 'Стихи, которые можно послушать' },
          {
            p: 'На каждом плакате есть QR-код, ведущий к аудиозаписи: стихотворение читает сам автор. Платформу для записей бесплатно разработала команда харьковского стартапа «Сонях Лабс». За первую неделю записи прослушали более двенадцати тысяч раз.',
          },
          {
            quote:
              'Мы сделали максимально лёгкий сервис, который работает даже при слабой связи под землёй. Для нас это способ отблагодарить город, в котором мы выросли.',
            speaker: 'nataliia-vovk',
          },
          {
            p: 'Ранее сообщалось, что [«Сонях Лабс» привлёк новый раунд инвестиций](story:soniakh-labs-funding-round). Компания обещает и дальше поддерживать культурные проекты Харькова. Следующий конкурс стихов для метро объявят осенью, и подать тексты смогут также старшеклассники.',
          },
        ],
      },
    },
  },
  {
    key: 'chernihiv-museum-reopens',
    section: 'culture',
    tags: ['reconstruction', 'education'],
    people: ['mariia-lysenko'],
    organisations: [],
    places: ['chernihiv'],
    authors: ['sofiia-melnyk'],
    picture: {
      palette: ['#5c3d2e', '#e0c097'],
      motif: 'grid',
      caption: {
        uk: 'Відвідувачі розглядають вишиті рушники в оновленій залі музею ремесел',
        en: 'Visitors look at embroidered ritual towels in the renovated hall of the crafts museum',
        ru: 'Посетители рассматривают вышитые рушники в обновлённом зале музея ремёсел',
      },
      credit: 'Vistka / Sofiia Melnyk',
    },
    hoursAgo: 259,
    versions: {
      uk: {
        headline: 'Музей ремесел у Чернігові знову відчинив двері після двох років ремонту',
        lead: 'Оновлений музей отримав нові вікна, укриття для відвідувачів, доступний вхід і першу виставку — колекцію вишитих рушників Чернігівщини.',
        body: [
          {
            p: 'Музей ремесел у Чернігові прийняв перших відвідувачів після ремонту, що тривав майже два роки. У будівлі замінили дах і вікна, утеплили фасад та облаштували в підвалі укриття на сто п’ятдесят осіб. Біля головного входу тепер є пандус, а в залах — тактильні копії найцінніших експонатів.',
          },
          {
            p: 'Першою виставкою стала колекція вишитих рушників із сіл Чернігівщини — понад двісті предметів, більшість із яких ніколи не експонувалися. Реставратори працювали з ними весь час, поки тривав ремонт.',
          },
          {
            quote:
              'Кожен рушник — це окрема родинна історія. Частину з них люди приносили нам самі, щойно дізналися, що музей відкривається знову.',
            attribution: 'директорка музею',
          },
          { h: 'Хто заплатив за ремонт' },
          {
            p: 'Роботи профінансували з обласного бюджету та коштом міжнародного культурного фонду. Обласна рада виділила гроші ще торік, коли ухвалювала програму підтримки закладів культури.',
          },
          {
            quote:
              'Ми вважали, що музей — це не розкіш, а частина нормального життя громади. Особливо важливо, що тепер сюди можуть приходити школярі, бо є безпечне укриття.',
            speaker: 'mariia-lysenko',
          },
          {
            list: [
              'з вівторка до неділі, з 10:00 до 18:00',
              'для школярів і студентів вхід безкоштовний',
              'екскурсії для груп — за попереднім записом',
            ],
          },
          {
            p: 'Раніше повідомлялося, що [фольклористи оцифрували великий архів народних пісень](story:folk-songs-archive-digitised). Записи з Чернігівщини звучатимуть у залі з рушниками, тож відвідувачі зможуть не лише побачити, а й почути, як співали в тих самих селах.',
          },
        ],
      },
      en: {
        headline: 'Chernihiv crafts museum reopens its doors after two years of renovation',
        lead: 'The renovated museum has new windows, a shelter for visitors, an accessible entrance and its first exhibition: a collection of embroidered towels from the Chernihiv region.',
        body: [
          {
            p: 'The crafts museum in Chernihiv has welcomed its first visitors after a renovation that lasted almost two years. The building has a new roof and windows, an insulated facade and a basement shelter for one hundred and fifty people. There is now a ramp at the main entrance, and the halls have tactile copies of the most valuable exhibits.',
          },
          {
            p: 'The first exhibition is a collection of embroidered ritual towels from villages in the Chernihiv region — more than two hundred items, most of which have never been on display. Restorers worked on them throughout the renovation.',
          },
          {
            quote:
              'Every towel is a family story of its own. Some of them were brought to us by people themselves as soon as they heard the museum was reopening.',
            attribution: 'the museum’s director',
          },
          { h: 'Who paid for the renovation' },
          {
            p: 'The work was funded from the regional budget and by an international cultural foundation. The regional council allocated the money last year, when it adopted a programme to support cultural institutions.',
          },
          {
            quote:
              'We believed that a museum is not a luxury but part of a community’s normal life. It is especially important that schoolchildren can now come here, because there is a safe shelter.',
            speaker: 'mariia-lysenko',
          },
          {
            list: ['Tuesday to Sunday, 10:00 to 18:00', 'free admission for schoolchildren and students', 'group tours by prior booking'],
          },
          {
            p: 'It was previously reported that [folklorists had digitised a large archive of folk songs](story:folk-songs-archive-digitised). Recordings from the Chernihiv region will be played in the towel hall, so visitors will be able not only to see but also to hear how people sang in those very villages.',
          },
        ],
      },
      ru: {
        headline: 'Музей ремёсел в Чернигове снова открыл двери после двух лет ремонта',
        lead: 'Обновлённый музей получил новые окна, укрытие для посетителей, доступный вход и первую выставку — коллекцию вышитых рушников Черниговщины.',
        body: [
          {
            p: 'Музей ремёсел в Чернигове принял первых посетителей после ремонта, который длился почти два года. В здании заменили крышу и окна, утеплили фасад и оборудовали в подвале укрытие на сто пятьдесят человек. У главного входа теперь есть пандус, а в залах — тактильные копии самых ценных экспонатов.',
          },
          {
            p: 'Первой выставкой стала коллекция вышитых рушников из сёл Черниговщины — более двухсот предметов, большинство из которых никогда не экспонировались. Реставраторы работали с ними всё время, пока шёл ремонт.',
          },
          {
            quote:
              'Каждый рушник — это отдельная семейная история. Часть из них люди приносили нам сами, как только узнали, что музей открывается снова.',
            attribution: 'директор музея',
          },
          { h: 'Кто заплатил за ремонт' },
          {
            p: 'Работы профинансировали из областного бюджета и за счёт международного культурного фонда. Областной совет выделил деньги ещё в прошлом году, когда принимал программу поддержки учреждений культуры.',
          },
          {
            quote:
              'Мы считали, что музей — это не роскошь, а часть нормальной жизни общины. Особенно важно, что теперь сюда могут приходить школьники, потому что есть безопасное укрытие.',
            speaker: 'mariia-lysenko',
          },
          {
            list: [
              'со вторника по воскресенье, с 10:00 до 18:00',
              'для школьников и студентов вход бесплатный',
              'экскурсии для групп — по предварительной записи',
            ],
          },
          {
            p: 'Ранее сообщалось, что [фольклористы оцифровали большой архив народных песен](story:folk-songs-archive-digitised). Записи с Черниговщины будут звучать в зале с рушниками, так что посетители смогут не только увидеть, но и услышать, как пели в тех самых сёлах.',
          },
        ],
      },
    },
  },
  {
    key: 'folk-songs-archive-digitised',
    section: 'culture',
    tags: ['music', 'technology', 'science'],
    people: [],
    organisations: [],
    places: ['kyiv', 'chernihiv'],
    authors: ['sofiia-melnyk'],
    picture: {
      palette: ['#3d405b', '#f2cc8f'],
      motif: 'waves',
      caption: {
        uk: 'Архівістка вмикає старий котушковий магнітофон у фольклорній лабораторії',
        en: 'An archivist switches on an old reel-to-reel tape recorder at the folklore lab',
        ru: 'Архивистка включает старый катушечный магнитофон в фольклорной лаборатории',
      },
      credit: 'Vistka / Sofiia Melnyk',
    },
    hoursAgo: 611,
    versions: {
      uk: {
        headline: 'Дванадцять тисяч записів народних пісень оцифрували й виклали у вільний доступ',
        lead: 'Польові записи фольклористів, зроблені за понад сорок років експедицій, тепер можна послухати онлайн і знайти на інтерактивній мапі сіл.',
        body: [
          {
            p: 'Фольклорна лабораторія з Києва завершила оцифрування свого архіву. Понад дванадцять тисяч пісень, записаних під час експедицій у села Полісся, Слобожанщини та Карпат, тепер доступні в онлайн-каталозі. Найстаріші записи зроблено на магнітофонні стрічки понад п’ятдесят років тому.',
          },
          {
            p: 'Робота тривала три роки. Стрічки спершу очищали й висушували, потім переводили в цифровий формат і прослуховували, щоб скласти опис кожної пісні: де і коли її записали, хто співав, до якого обряду вона належить. Над проєктом працювали дванадцятеро людей, здебільшого студенти-етномузикологи.',
          },
          {
            quote:
              'Деякі бобіни ми відкривали з острахом, бо не знали, чи вціліла плівка. Коли вперше зазвучав голос жінки, яка співала весільну пісню ще в сімдесятих, у кімнаті стало зовсім тихо.',
            attribution: 'архівістка лабораторії',
          },
          { h: 'Як користуватися архівом' },
          {
            list: [
              'пошук за назвою пісні, селом або обрядом',
              'інтерактивна мапа з точками експедицій',
              'тексти пісень і нотні розшифровки для частини записів',
            ],
          },
          {
            p: 'Каталогом уже користуються вчителі музики та фольклорні гурти, які шукають забуті мелодії свого краю. Відкрити його можна [на сайті лабораторії](https://example.org/folk-archive).',
          },
          {
            quote:
              'Ми знайшли в архіві пісню з нашого села, якої ніхто з нинішніх співачок уже не пам’ятав. Тепер вона знову є в нашому репертуарі.',
            attribution: 'керівниця фольклорного гурту з Чернігівщини',
          },
          {
            p: 'Раніше повідомлялося, що [волонтери відновили бібліотеку в Чернігові](story:chernihiv-volunteers-library). Саме там лабораторія влаштує першу публічну презентацію архіву з живим виконанням пісень.',
          },
        ],
      },
      en: {
        headline: 'Twelve thousand folk song recordings digitised and made freely available',
        lead: 'Folklorists’ field recordings, made over more than forty years of expeditions, can now be heard online and found on an interactive map of villages.',
        body: [
          {
            p: 'A Kyiv folklore lab has finished digitising its archive. More than twelve thousand songs, recorded during expeditions to villages in Polissia, Slobozhanshchyna and the Carpathians, are now available in an online catalogue. The oldest recordings were made on magnetic tape more than fifty years ago.',
          },
          {
            p: 'The work took three years. The tapes were first cleaned and dried, then converted to digital format and listened to in order to describe each song: where and when it was recorded, who sang it and which ritual it belongs to. Twelve people worked on the project, most of them ethnomusicology students.',
          },
          {
            quote:
              'We opened some of the reels with trepidation, because we didn’t know whether the tape had survived. When we first heard the voice of a woman singing a wedding song back in the seventies, the room fell completely silent.',
            attribution: 'an archivist at the lab',
          },
          { h: 'How to use the archive' },
          {
            list: [
              'search by song title, village or ritual',
              'an interactive map marking the expeditions',
              'lyrics and sheet-music transcriptions for some recordings',
            ],
          },
          {
            p: 'The catalogue is already being used by music teachers and folk ensembles looking for the forgotten melodies of their home regions. It can be found [on the lab’s website](https://example.org/folk-archive).',
          },
          {
            quote:
              'We found a song from our village in the archive that none of our current singers remembered any more. Now it is back in our repertoire.',
            attribution: 'leader of a folk ensemble from the Chernihiv region',
          },
          {
            p: 'It was previously reported that [volunteers had restored a library in Chernihiv](story:chernihiv-volunteers-library). That is where the lab will hold the first public presentation of the archive, with the songs performed live.',
          },
        ],
      },
      ru: {
        headline: 'Двенадцать тысяч записей народных песен оцифровали и выложили в свободный доступ',
        lead: 'Полевые записи фольклористов, сделанные за более чем сорок лет экспедиций, теперь можно послушать онлайн и найти на интерактивной карте сёл.',
        body: [
          {
            p: 'Фольклорная лаборатория из Киева завершила оцифровку своего архива. Более двенадцати тысяч песен, записанных во время экспедиций в сёла Полесья, Слобожанщины и Карпат, теперь доступны в онлайн-каталоге. Самые старые записи сделаны на магнитофонные ленты более пятидесяти лет назад.',
          },
          {
            p: 'Работа длилась три года. Ленты сначала очищали и высушивали, затем переводили в цифровой формат и прослушивали, чтобы составить описание каждой песни: где и когда её записали, кто пел, к какому обряду она относится. Над проектом работали двенадцать человек, в основном студенты-этномузыковеды.',
          },
          {
            quote:
              'Некоторые бобины мы открывали с опаской, потому что не знали, уцелела ли плёнка. Когда впервые зазвучал голос женщины, певшей свадебную песню ещё в семидесятых, в комнате стало совсем тихо.',
            attribution: 'архивистка лаборатории',
          },
          { h: 'Как пользоваться архивом' },
          {
            list: [
              'поиск по названию песни, селу или обряду',
              'интерактивная карта с точками экспедиций',
              'тексты песен и нотные расшифровки для части записей',
            ],
          },
          {
            p: 'Каталогом уже пользуются учителя музыки и фольклорные коллективы, которые ищут забытые мелодии своего края. Открыть его можно [на сайте лаборатории](https://example.org/folk-archive).',
          },
          {
            quote:
              'Мы нашли в архиве песню из нашего села, которую никто из нынешних певиц уже не помнил. Теперь она снова в нашем репертуаре.',
            attribution: 'руководитель фольклорного коллектива с Черниговщины',
          },
          {
            p: 'Ранее сообщалось, что [волонтёры восстановили библиотеку в Чернигове](story:chernihiv-volunteers-library). Именно там лаборатория проведёт первую публичную презентацию архива с живым исполнением песен.',
          },
        ],
      },
    },
  },
  {
    key: 'uzhhorod-sakura-festival',
    section: 'culture',
    tags: ['festivals', 'environment'],
    people: [],
    organisations: [],
    places: ['uzhhorod'],
    authors: ['sofiia-melnyk'],
    picture: {
      palette: ['#f7c6d9', '#4a6fa5'],
      motif: 'mountains',
      caption: {
        uk: 'Квітучі сакури на набережній Ужгорода на тлі гір',
        en: 'Sakura trees in bloom on the Uzhhorod embankment, with hills behind',
        ru: 'Цветущие сакуры на набережной Ужгорода на фоне гор',
      },
      credit: 'Vistka / Sofiia Melnyk',
    },
    hoursAgo: 77,
    versions: {
      uk: {
        headline: 'Ужгород запрошує на фестиваль сакур: концерти на набережній і сто нових дерев',
        lead: 'Цвітіння японських вишень у місті очікують наступного тижня, тож програму фестивалю вже оприлюднили, а волонтери висадять нову алею.',
        body: [
          {
            p: 'Ужгород готується до щорічного фестивалю сакур. За прогнозами міських садівників, масове цвітіння почнеться в середині наступного тижня і триватиме до десяти днів, якщо не завадять дощі. Цьогоріч програма розтягнеться на два вікенди. Минулого року свято відвідали понад двадцять тисяч гостей.',
          },
          {
            p: 'Головною сценою стане набережна, де щовечора виступатимуть музиканти із Закарпаття. Для дітей влаштують майстер-класи з малювання тушшю та складання паперових журавликів, а для дорослих — екскурсії «Історія ужгородських сакур».',
          },
          {
            quote:
              'Найстаршим деревам у місті вже понад пів століття, і вони потребують особливого догляду. Просимо гостей не ламати гілок для фото — квіти живуть довше на дереві.',
            attribution: 'міська садівниця',
          },
          { h: 'Нова алея' },
          {
            p: 'Цього року фестиваль має й екологічну частину: волонтери висадять сто молодих сакур уздовж нової пішохідної алеї. Саджанці придбали за кошти, зібрані торік на благодійному ярмарку під час свята. Долучитися до висадки може кожен охочий.',
          },
          {
            list: [
              'концерти на набережній — щовечора о 18:00',
              'майстер-класи для дітей — у суботу та неділю',
              'висадка алеї — у другу неділю фестивалю',
            ],
          },
          {
            quote: 'Я приїжджаю сюди щовесни. Ужгород у цвітінні — найкращий спосіб переконатися, що зима справді закінчилася.',
            attribution: 'відвідувачка зі Львова',
          },
          {
            p: 'Раніше повідомлялося, що [на кордоні поблизу Ужгорода запровадили електронну чергу](story:uzhhorod-border-queue-reform). Організатори сподіваються, що це допоможе більшій кількості гостей із сусідніх країн приїхати на свято, а для іноземців підготують екскурсії англійською.',
          },
        ],
      },
      en: {
        headline: 'Uzhhorod invites visitors to its sakura festival: riverside concerts and 100 new trees',
        lead: 'The Japanese cherry trees in the city are expected to blossom next week, so the festival programme has already been published, and volunteers will plant a new avenue.',
        body: [
          {
            p: 'Uzhhorod is getting ready for its annual sakura festival. According to the city’s gardeners, the trees will reach full bloom in the middle of next week, and the blossom will last up to ten days if the rain holds off. This year the programme will stretch over two weekends. Last year the festival drew more than twenty thousand visitors.',
          },
          {
            p: 'The main stage will be on the embankment, where musicians from Zakarpattia will perform every evening. Children can join workshops in ink painting and folding paper cranes, while adults can take guided tours on the history of Uzhhorod’s sakura trees.',
          },
          {
            quote:
              'The oldest trees in the city are more than half a century old, and they need special care. We ask visitors not to break off branches for photos — the flowers last longer on the tree.',
            attribution: 'a city gardener',
          },
          { h: 'A new avenue' },
          {
            p: 'This year the festival also has an environmental side: volunteers will plant a hundred young sakura trees along a new pedestrian avenue. The saplings were bought with money raised at last year’s charity fair during the festival. Anyone who wishes can join the planting.',
          },
          {
            list: [
              'concerts on the embankment every evening at 18:00',
              'children’s workshops on Saturday and Sunday',
              'tree planting on the festival’s second Sunday',
            ],
          },
          {
            quote: 'I come here every spring. Uzhhorod in bloom is the best way to be sure that winter is really over.',
            attribution: 'a visitor from Lviv',
          },
          {
            p: 'It was previously reported that [an online queue had been introduced at the border crossing near Uzhhorod](story:uzhhorod-border-queue-reform). The organisers hope this will help more guests from neighbouring countries come to the festival, and tours in English are being prepared for visitors from abroad.',
          },
        ],
      },
    },
  },
  {
    key: 'children-theatre-tour',
    section: 'culture',
    tags: ['education'],
    people: ['iryna-savchuk'],
    organisations: ['vertep-theatre'],
    places: ['lviv'],
    authors: ['sofiia-melnyk'],
    picture: {
      palette: ['#2a9d8f', '#f4e285'],
      motif: 'circles',
      caption: {
        uk: 'Діти зустрічають акторів «Вертепу» в сільській школі на Львівщині',
        en: 'Children greet Vertep actors at a village school in the Lviv region',
        ru: 'Дети встречают актёров «Вертепа» в сельской школе на Львовщине',
      },
      credit: 'Press service of the Vertep Puppet Theatre',
    },
    hoursAgo: 41,
    versions: {
      uk: {
        headline: '«Вертеп» вирушає в тур сільськими школами Львівщини',
        lead: 'Упродовж місяця лялькарі покажуть виставу для молодших школярів у двадцяти громадах, де немає власного театру.',
        body: [
          {
            p: 'Театр ляльок «Вертеп» розпочинає гастрольний тур для дітей із сільських громад Львівщини. За місяць актори відвідають двадцять шкіл і будинків культури, куди професійний театр досі приїжджав рідко або не приїжджав ніколи.',
          },
          {
            p: 'Для туру підготували мобільну версію вистави «Котигорошко»: декорації вміщуються в мікроавтобус, а сцену можна розгорнути в шкільному спортзалі за годину. Після кожного показу діти зможуть поговорити з акторами та спробувати самі повести ляльку. Вистава триває сорок хвилин, тож легко вміщується в шкільний розклад.',
          },
          {
            quote:
              'Для багатьох дітей це буде перша зустріч із театром. Ми хочемо, щоб вона стала святом і щоб вони запам’ятали: театр може приїхати й до їхнього села.',
            speaker: 'iryna-savchuk',
          },
          { h: 'Як потрапити до графіка' },
          {
            p: 'Маршрут склали за заявками самих громад. Тур фінансує обласний фонд підтримки культури, тому для шкіл покази безкоштовні. Театр ще приймає заявки на кілька вільних дат наприкінці місяця, заявку може подати директор школи або староста села.',
          },
          {
            quote:
              'Наші діти бачили ляльковий театр хіба що в мультфільмах. Коли ми розповіли, що до нас приїде «Вертеп», у класі знявся такий галас, що довелося оголосити додаткову перерву.',
            attribution: 'учителька початкових класів із гірського села',
          },
          {
            p: 'Раніше повідомлялося, що [«Вертеп» відкрив новий сезон двома прем’єрами](story:vertep-theatre-new-season). Після туру театр планує повторити мандрівку восени, але вже з виставою для підлітків «Ліхтарі».',
          },
        ],
      },
    },
  },
  {
    key: 'kyiv-street-art-map',
    section: 'society',
    tags: ['technology'],
    people: [],
    organisations: [],
    places: ['kyiv'],
    authors: ['kateryna-zhuk'],
    picture: {
      palette: ['#ef476f', '#118ab2'],
      motif: 'grid',
      caption: {
        uk: 'Волонтерка фотографує мурал на стіні житлового будинку на Лук’янівці',
        ru: 'Волонтёрка фотографирует мурал на стене жилого дома на Лукьяновке',
        en: 'A volunteer photographs a mural on the wall of a block of flats in Lukianivka',
      },
      credit: 'Vistka / Kateryna Zhuk',
    },
    hoursAgo: 5,
    versions: {
      uk: {
        headline: 'Волонтери створили онлайн-мапу київських муралів із трьома сотнями робіт',
        lead: 'Інтерактивна мапа показує, де розташовані мурали, розповідає історію їх створення та пропонує п’ять пішохідних маршрутів містом.',
        body: [
          {
            p: 'Група волонтерів-краєзнавців запустила онлайн-мапу вуличного мистецтва Києва. На ній позначили понад триста муралів, графіті та мозаїк у всіх районах міста. До кожної роботи додано фото, рік створення та коротку історію — якщо її вдалося з’ясувати.',
          },
          {
            p: 'Над мапою працювали майже рік. Волонтери обходили квартали пішки, фотографували стіни й розпитували мешканців, хто і коли малював. Частину відомостей надіслали самі художники, які дізналися про проєкт із соцмереж. Найстаршою роботою на мапі виявилася мозаїка на стіні кінотеатру, створена ще в шістдесятих.',
          },
          {
            quote:
              'Ми помітили, що мурали зникають швидше, ніж про них встигають написати: будинки ремонтують, стіни перефарбовують. Мапа — це спосіб зберегти пам’ять про них.',
            attribution: 'координаторка проєкту',
          },
          { h: 'П’ять маршрутів' },
          {
            list: [
              'Поділ — сорок робіт, близько двох годин пішки',
              'Лук’янівка — тридцять п’ять робіт',
              'Печерськ — двадцять вісім робіт',
              'Лівий берег — п’ятдесят робіт уздовж набережної',
              'Виноградар — тридцять робіт у дворах',
            ],
          },
          {
            p: 'Маршрути можна проходити самостійно з телефоном, а щосуботи волонтери проводять безкоштовні екскурсії. Додати новий мурал на мапу може будь-хто: заявку перевіряють протягом тижня.',
          },
          {
            quote:
              'Приємно, що нарешті хтось зібрав ці роботи докупи. Люди пишуть мені, що знайшли мій мурал через мапу й уперше дізналися, що на ньому зображено.',
            attribution: 'художниця, авторка одного з муралів на Лівому березі',
          },
          {
            p: 'Раніше повідомлялося, що [на Подолі пройде джазова ніч](story:kyiv-jazz-night-podil). До фестивалю волонтери підготували окремий маршрут, який поєднує подільські мурали з концертними майданчиками.',
          },
        ],
      },
      ru: {
        headline: 'Волонтёры создали онлайн-карту киевских муралов с тремя сотнями работ',
        lead: 'Интерактивная карта показывает, где находятся муралы, рассказывает историю их создания и предлагает пять пешеходных маршрутов по городу.',
        body: [
          {
            p: 'Группа волонтёров-краеведов запустила онлайн-карту уличного искусства Киева. На ней отметили более трёхсот муралов, граффити и мозаик во всех районах города. К каждой работе добавлены фото, год создания и короткая история — если её удалось выяснить.',
          },
          {
            p: 'Над картой работали почти год. Волонтёры обходили кварталы пешком, фотографировали стены и расспрашивали жителей, кто и когда рисовал. Часть сведений прислали сами художники, узнавшие о проекте из соцсетей. Самой старой работой на карте оказалась мозаика на стене кинотеатра, созданная ещё в шестидесятых.',
          },
          {
            quote:
              'Мы заметили, что муралы исчезают быстрее, чем о них успевают написать: дома ремонтируют, стены перекрашивают. Карта — это способ сохранить память о них.',
            attribution: 'координатор проекта',
          },
          { h: 'Пять маршрутов' },
          {
            list: [
              'Подол — сорок работ, около двух часов пешком',
              'Лукьяновка — тридцать пять работ',
              'Печерск — двадцать восемь работ',
              'Левый берег — пятьдесят работ вдоль набережной',
              'Виноградарь — тридцать работ во дворах',
            ],
          },
          {
            p: 'Маршруты можно проходить самостоятельно с телефоном, а каждую субботу волонтёры проводят бесплатные экскурсии. Добавить новый мурал на карту может любой желающий: заявку проверяют в течение недели.',
          },
          {
            quote:
              'Приятно, что наконец кто-то собрал эти работы вместе. Люди пишут мне, что нашли мой мурал через карту и впервые узнали, что на нём изображено.',
            attribution: 'художница, автор одного из муралов на Левом берегу',
          },
          {
            p: 'Ранее сообщалось, что [на Подоле пройдёт джазовая ночь](story:kyiv-jazz-night-podil). К фестивалю волонтёры подготовили отдельный маршрут, который объединяет подольские муралы с концертными площадками.',
          },
        ],
      },
    },
  },
]
