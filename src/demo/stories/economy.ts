import type { DemoStory } from '../content.types.js'

export const economyStories: DemoStory[] = [
  {
    key: 'karpaty-energy-solar-cooperative',
    section: 'economy',
    tags: ['energy', 'environment'],
    people: ['serhii-hordiienko'],
    organisations: ['karpaty-energy'],
    places: ['uzhhorod'],
    authors: ['dmytro-kravets'],
    picture: {
      palette: ['#f4a261', '#264653'],
      motif: 'mountains',
      caption: {
        uk: 'Сонячні панелі кооперативу на схилі поблизу Ужгорода',
        en: 'The cooperative’s solar panels on a hillside near Uzhhorod',
        ru: 'Солнечные панели кооператива на склоне под Ужгородом',
      },
      credit: 'Vistka / Dmytro Kravets',
    },
    hoursAgo: 350,
    versions: {
      uk: {
        headline: 'Кооператив «Карпатська енергія» запустив сонячну станцію біля Ужгорода',
        lead: 'Понад сто сорок родин із трьох сіл стали співвласниками станції на 1,2 мегавата, яка живитиме місцеву школу й амбулаторію, а надлишки продаватиме в мережу.',
        body: [
          {
            p: 'Сонячна станція кооперативу «Карпатська енергія» запрацювала на пологому схилі неподалік Ужгорода, де колись був занедбаний колгоспний сад. Майже три тисячі панелей мають виробляти близько 1,4 мільйона кіловат-годин на рік — приблизно стільки електроенергії споживають усі домогосподарства трьох сусідніх сіл.',
          },
          { h: 'Пай, кредит і грант' },
          {
            p: 'Кожна родина внесла пай від п’яти до п’ятдесяти тисяч гривень. Решту вартості покрили пільговий кредит і грант обласного фонду енергоефективності. Раніше повідомлялося, що обласні ради почали [публікувати свої витрати як відкриті дані](story:regional-councils-open-data), тож кожен охочий може перевірити, на що пішли гроші фонду.',
          },
          {
            quote:
              'Ми хотіли, щоб гроші за світло залишалися в громаді. Тепер кожна родина бачить у застосунку, скільки виробили «її» панелі й скільки вона заробила за місяць.',
            speaker: 'serhii-hordiienko',
          },
          {
            p: 'Дохід від продажу електроенергії ділитимуть пропорційно до паїв, а десяту частину прибутку спрямують на ремонт сільських доріг і вуличне освітлення. Станцію доповнює накопичувач на 400 кіловат-годин, який живитиме школу та амбулаторію під час планових відключень.',
          },
          {
            quote: 'Раніше ми переносили уроки, коли зникало світло. Тепер діти навіть не помітять, що в селі відключення.',
            attribution: 'вчителька місцевої школи',
          },
          { h: 'Що далі' },
          {
            p: 'Наступного року кооператив планує додати ще 600 кіловат на дахах фермерських господарств. За словами правління, у списку очікування вже понад шістдесят родин.',
          },
        ],
      },
      en: {
        headline: 'Karpaty Energy cooperative switches on a solar plant near Uzhhorod',
        lead: 'More than 140 families from three villages now co-own the 1.2-megawatt plant, which will power the local school and clinic and sell its surplus to the grid.',
        body: [
          {
            p: 'The Karpaty Energy cooperative’s solar plant has started operating on a gentle slope near Uzhhorod, on the site of a long-abandoned collective-farm orchard. Almost three thousand panels are expected to generate about 1.4 million kilowatt-hours a year — roughly as much electricity as all the households in three neighbouring villages consume.',
          },
          { h: 'A share, a loan and a grant' },
          {
            p: 'Each family paid in a share of between five and fifty thousand hryvnias. The rest of the cost was covered by a low-interest loan and a grant from the regional energy-efficiency fund. It was previously reported that regional councils have begun [publishing their spending as open data](story:regional-councils-open-data), so anyone can check how the fund’s money was spent.',
          },
          {
            quote:
              'We wanted the money people pay for electricity to stay in the community. Now every family can see in the app how much “its” panels produced and how much it earned that month.',
            speaker: 'serhii-hordiienko',
          },
          {
            p: 'Income from electricity sales will be shared in proportion to members’ stakes, and a tenth of the profit will go towards repairing village roads and street lighting. The plant also has a 400-kilowatt-hour battery that will keep the school and the clinic running during scheduled power cuts.',
          },
          {
            quote:
              'We used to reschedule lessons whenever the power went out. Now the children won’t even notice there is an outage in the village.',
            attribution: 'a teacher at the local school',
          },
          { h: 'What comes next' },
          {
            p: 'Next year the cooperative plans to add another 600 kilowatts on the roofs of local farms. According to its board, more than sixty families are already on the waiting list.',
          },
        ],
      },
      ru: {
        headline: 'Кооператив «Карпатская энергия» запустил солнечную станцию под Ужгородом',
        lead: 'Более ста сорока семей из трёх сёл стали совладельцами станции мощностью 1,2 мегаватта, которая будет питать местную школу и амбулаторию, а излишки продавать в сеть.',
        body: [
          {
            p: 'Солнечная станция кооператива «Карпатская энергия» заработала на пологом склоне неподалёку от Ужгорода, где когда-то был заброшенный колхозный сад. Почти три тысячи панелей должны вырабатывать около 1,4 миллиона киловатт-часов в год — примерно столько электроэнергии потребляют все домохозяйства трёх соседних сёл.',
          },
          { h: 'Пай, кредит и грант' },
          {
            p: 'Каждая семья внесла пай от пяти до пятидесяти тысяч гривен. Остальную сумму покрыли льготный кредит и грант областного фонда энергоэффективности. Ранее сообщалось, что областные советы начали [публиковать свои расходы в виде открытых данных](story:regional-councils-open-data), поэтому любой желающий может проверить, на что пошли деньги фонда.',
          },
          {
            quote:
              'Мы хотели, чтобы деньги за свет оставались в общине. Теперь каждая семья видит в приложении, сколько выработали «её» панели и сколько она заработала за месяц.',
            speaker: 'serhii-hordiienko',
          },
          {
            p: 'Доход от продажи электроэнергии будут делить пропорционально паям, а десятую часть прибыли направят на ремонт сельских дорог и уличное освещение. Станцию дополняет накопитель на 400 киловатт-часов, который будет питать школу и амбулаторию во время плановых отключений.',
          },
          {
            quote: 'Раньше мы переносили уроки, когда пропадал свет. Теперь дети даже не заметят, что в селе отключение.',
            attribution: 'учительница местной школы',
          },
          { h: 'Что дальше' },
          {
            p: 'В следующем году кооператив планирует добавить ещё 600 киловатт на крышах фермерских хозяйств. По словам правления, в листе ожидания уже более шестидесяти семей.',
          },
        ],
      },
    },
  },
  {
    key: 'grain-exports-odesa-season',
    section: 'economy',
    tags: ['agriculture', 'transport'],
    people: ['yevhen-moroz', 'taras-bondar'],
    organisations: ['odesa-port', 'dnipro-institute'],
    places: ['odesa'],
    authors: ['dmytro-kravets'],
    picture: {
      palette: ['#e9c46a', '#1d3557'],
      motif: 'waves',
      caption: {
        uk: 'Завантаження зерна на судно в одному з терміналів Одеського порту',
        en: 'Grain being loaded onto a ship at one of the Odesa port terminals',
        ru: 'Погрузка зерна на судно в одном из терминалов Одесского порта',
      },
      credit: 'Press service of the Odesa Port Administration',
    },
    hoursAgo: 5,
    important: true,
    versions: {
      uk: {
        headline: 'Одеські порти почали зерновий сезон із найкращого серпня за п’ять років',
        lead: 'За перший місяць нового маркетингового року через термінали Одеси пройшло 3,1 мільйона тонн зерна, а електронна черга скоротила очікування вантажівок до кількох годин.',
        body: [
          {
            p: 'Одеська портова адміністрація підбила підсумки першого місяця зернового сезону. У серпні термінали міста відвантажили 3,1 мільйона тонн пшениці, кукурудзи та ячменю — на 18 відсотків більше, ніж торік, і найбільше за останні п’ять років.',
          },
          {
            quote:
              'Головне досягнення сезону — не рекорд у тоннах, а те, що водії більше не стоять добами на під’їздах до міста. Черга тепер живе в смартфоні, а не на трасі.',
            speaker: 'yevhen-moroz',
          },
          { h: 'Черга в застосунку' },
          {
            p: 'З липня вантажівки заїжджають до терміналів лише за електронними слотами. Перевізник заздалегідь бронює час прибуття. Середній час очікування, за даними адміністрації, скоротився з 19 до 4 годин. Частину зерна також перевели на залізницю: раніше повідомлялося про [новий вантажний маршрут із Дніпра до Одеси](story:rail-freight-new-route).',
          },
          {
            p: 'Економісти вважають, що швидша логістика позначиться й на доходах аграріїв. Коли знижуються витрати на перевезення та зберігання, трейдери можуть пропонувати фермерам вищу ціну за тонну.',
          },
          {
            quote:
              'Кожна година простою вантажівки — це гроші, які зрештою втрачає фермер. Якщо сезон пройде в такому темпі, середня закупівельна ціна пшениці може зрости на 3–5 відсотків.',
            speaker: 'taras-bondar',
          },
          { h: 'Що стримує зростання' },
          {
            p: 'У порту визнають, що резерви ще є: два причали чекають на заміну кранів, а під’їзна дорога до одного з терміналів потребує ремонту. Ці питання, за словами Євгена Мороза, адміністрація восени винесе на публічне обговорення в міській раді.',
          },
        ],
      },
      en: {
        headline: 'Odesa ports open the grain season with their best August in five years',
        lead: 'In the first month of the new marketing year, 3.1 million tonnes of grain passed through Odesa’s terminals, and an electronic queue cut lorry waiting times to a few hours.',
        body: [
          {
            p: 'The Odesa Port Administration has reported the results of the first month of the grain season. In August the city’s terminals shipped 3.1 million tonnes of wheat, maize and barley — 18 per cent more than a year earlier and the highest figure in five years.',
          },
          {
            quote:
              'The main achievement of this season is not the record tonnage but the fact that drivers no longer wait for days on the approaches to the city. The queue now lives in a smartphone, not on the motorway.',
            speaker: 'yevhen-moroz',
          },
          { h: 'A queue in an app' },
          {
            p: 'Since July, lorries have entered the terminals only with electronic slots. Hauliers book their arrival time in advance. According to the administration, the average wait has fallen from 19 hours to 4. Part of the grain has also moved to rail: a [new freight route from Dnipro to Odesa](story:rail-freight-new-route) was reported earlier.',
          },
          {
            p: 'Economists believe faster logistics will also show up in farmers’ incomes. When transport and storage costs fall, traders can offer growers a higher price per tonne.',
          },
          {
            quote:
              'Every hour a lorry stands idle is money that the farmer ultimately loses. If the season continues at this pace, the average purchase price of wheat could rise by 3–5 per cent.',
            speaker: 'taras-bondar',
          },
          { h: 'What is holding growth back' },
          {
            p: 'The port acknowledges there is still room for improvement: two berths are waiting for new cranes, and the access road to one of the terminals needs repairs. According to Yevhen Moroz, the administration will bring these issues to a public discussion at the city council in the autumn.',
          },
        ],
      },
      ru: {
        headline: 'Одесские порты начали зерновой сезон с лучшего августа за пять лет',
        lead: 'За первый месяц нового маркетингового года через терминалы Одессы прошло 3,1 миллиона тонн зерна, а электронная очередь сократила ожидание грузовиков до нескольких часов.',
        body: [
          {
            p: 'Одесская портовая администрация подвела итоги первого месяца зернового сезона. В августе терминалы города отгрузили 3,1 миллиона тонн пшеницы, кукурузы и ячменя — на 18 процентов больше, чем годом ранее, и больше всего за последние пять лет.',
          },
          {
            quote:
              'Главное достижение сезона — не рекорд в тоннах, а то, что водители больше не стоят сутками на подъездах к городу. Очередь теперь живёт в смартфоне, а не на трассе.',
            speaker: 'yevhen-moroz',
          },
          { h: 'Очередь в приложении' },
          {
            p: 'С июля грузовики заезжают на терминалы только по электронным слотам. Перевозчик заранее бронирует время прибытия. По данным администрации, среднее время ожидания сократилось с 19 до 4 часов. Часть зерна также перевели на железную дорогу: ранее сообщалось о [новом грузовом маршруте из Днепра в Одессу](story:rail-freight-new-route).',
          },
          {
            p: 'Экономисты считают, что более быстрая логистика скажется и на доходах аграриев. Когда снижаются расходы на перевозку и хранение, трейдеры могут предлагать фермерам более высокую цену за тонну.',
          },
          {
            quote:
              'Каждый час простоя грузовика — это деньги, которые в итоге теряет фермер. Если сезон пройдёт в таком темпе, средняя закупочная цена пшеницы может вырасти на 3–5 процентов.',
            speaker: 'taras-bondar',
          },
          { h: 'Что сдерживает рост' },
          {
            p: 'В порту признают, что резервы ещё есть: два причала ждут замены кранов, а подъездная дорога к одному из терминалов нуждается в ремонте. Эти вопросы, по словам Евгения Мороза, администрация осенью вынесет на публичное обсуждение в городском совете.',
          },
        ],
      },
    },
  },
  {
    key: 'soniakh-labs-funding-round',
    section: 'economy',
    tags: ['startups', 'technology', 'energy'],
    people: ['nataliia-vovk'],
    organisations: ['soniakh-labs', 'karpaty-energy'],
    places: ['kharkiv'],
    authors: ['dmytro-kravets'],
    picture: {
      palette: ['#ffb703', '#023047'],
      motif: 'circles',
      caption: {
        uk: 'Інженерка «Сонях Лабс» тестує датчик на даху харківського офісу',
        en: 'A Soniakh Labs engineer tests a sensor on the roof of the Kharkiv office',
        ru: 'Инженер «Сонях Лабс» тестирует датчик на крыше харьковского офиса',
      },
      credit: 'Press service of Soniakh Labs',
    },
    hoursAgo: 64,
    versions: {
      uk: {
        headline: 'Харківський стартап «Сонях Лабс» залучив 2,4 мільйона доларів',
        lead: 'Команда, що прогнозує виробіток малих сонячних станцій, витратить інвестиції на нові датчики та найм інженерів у Харкові.',
        body: [
          {
            p: 'Харківський стартап «Сонях Лабс» завершив посівний раунд інвестицій на 2,4 мільйона доларів. Його очолив український венчурний фонд, до якого приєдналися кілька приватних інвесторів із Польщі та країн Балтії. Назву фонду компанія на його прохання поки не розкриває.',
          },
          {
            p: '«Сонях Лабс» розробляє недорогі датчики та програму, яка за даними метеостанцій і самих панелей прогнозує, скільки енергії виробить станція наступної доби. Це допомагає кооперативам і фермерам планувати продаж електроенергії та заряджання накопичувачів.',
          },
          {
            quote:
              'Ми починали вчотирьох у колишньому заводському цеху. Сьогодні наші датчики працюють на сорока станціях, і кожна з них знає свій завтрашній виробіток із точністю до 7 відсотків.',
            speaker: 'nataliia-vovk',
          },
          { h: 'На що підуть гроші' },
          {
            list: [
              'запуск серійного виробництва датчиків у Харкові',
              'найм 25 інженерів та аналітиків даних',
              'відкриття представництва для клієнтів на заході України',
              'пілотні проєкти з громадами, які будують сонячні станції',
            ],
          },
          {
            p: 'Одним із перших клієнтів стартапу став закарпатський кооператив. Раніше повідомлялося, що [«Карпатська енергія» запустила сонячну станцію біля Ужгорода](story:karpaty-energy-solar-cooperative), і систему прогнозування для неї налаштовувала саме харківська команда.',
          },
          {
            quote:
              'Нас переконали не презентації, а дані: клієнти «Сонях Лабс» продають електроенергію вигідніше, бо точніше знають, скільки її матимуть.',
            attribution: 'представник фонду, що очолив раунд',
          },
          { p: 'Наступний раунд компанія планує залучати через півтора-два роки, коли кількість підключених станцій перевищить тисячу.' },
        ],
      },
      en: {
        headline: 'Kharkiv start-up Soniakh Labs raises $2.4 million',
        lead: 'The team, which forecasts the output of small solar plants, will spend the money on new sensors and on hiring engineers in Kharkiv.',
        body: [
          {
            p: 'Kharkiv start-up Soniakh Labs has closed a seed round of 2.4 million dollars. The round was led by a Ukrainian venture fund and joined by several private investors from Poland and the Baltic states. At the fund’s request, the company is not disclosing its name for now.',
          },
          {
            p: 'Soniakh Labs makes low-cost sensors and software that use data from weather stations and from the panels themselves to forecast how much energy a plant will generate the next day. This helps cooperatives and farmers plan their electricity sales and battery charging.',
          },
          {
            quote:
              'We started as a team of four in a former factory workshop. Today our sensors run on forty plants, and each of them knows its output for tomorrow to within 7 per cent.',
            speaker: 'nataliia-vovk',
          },
          { h: 'Where the money will go' },
          {
            list: [
              'launching serial production of sensors in Kharkiv',
              'hiring 25 engineers and data analysts',
              'opening a client office in western Ukraine',
              'pilot projects with communities that are building solar plants',
            ],
          },
          {
            p: 'One of the start-up’s first clients was a cooperative in Zakarpattia. It was previously reported that [Karpaty Energy switched on a solar plant near Uzhhorod](story:karpaty-energy-solar-cooperative), and it was the Kharkiv team that set up the plant’s forecasting system.',
          },
          {
            quote:
              'It was the data, not the pitch decks, that convinced us: Soniakh Labs clients sell electricity on better terms because they know more precisely how much they will have.',
            attribution: 'a representative of the fund that led the round',
          },
          {
            p: 'The company plans to raise its next round in eighteen months to two years, once more than a thousand plants are connected.',
          },
        ],
      },
      ru: {
        headline: 'Харьковский стартап «Сонях Лабс» привлёк 2,4 миллиона долларов',
        lead: 'Команда, которая прогнозирует выработку небольших солнечных станций, потратит инвестиции на новые датчики и наём инженеров в Харькове.',
        body: [
          {
            p: 'Харьковский стартап «Сонях Лабс» закрыл посевной раунд инвестиций на 2,4 миллиона долларов. Его возглавил украинский венчурный фонд, к которому присоединились несколько частных инвесторов из Польши и стран Балтии. Название фонда компания по его просьбе пока не раскрывает.',
          },
          {
            p: '«Сонях Лабс» разрабатывает недорогие датчики и программу, которая по данным метеостанций и самих панелей прогнозирует, сколько энергии станция выработает в следующие сутки. Это помогает кооперативам и фермерам планировать продажу электроэнергии и зарядку накопителей.',
          },
          {
            quote:
              'Мы начинали вчетвером в бывшем заводском цеху. Сегодня наши датчики работают на сорока станциях, и каждая из них знает свою завтрашнюю выработку с точностью до 7 процентов.',
            speaker: 'nataliia-vovk',
          },
          { h: 'На что пойдут деньги' },
          {
            list: [
              'запуск серийного производства датчиков в Харькове',
              'наём 25 инженеров и аналитиков данных',
              'открытие представительства для клиентов на западе Украины',
              'пилотные проекты с общинами, которые строят солнечные станции',
            ],
          },
          {
            p: 'Одним из первых клиентов стартапа стал закарпатский кооператив. Ранее сообщалось, что [«Карпатская энергия» запустила солнечную станцию под Ужгородом](story:karpaty-energy-solar-cooperative), и систему прогнозирования для неё настраивала именно харьковская команда.',
          },
          {
            quote:
              'Нас убедили не презентации, а данные: клиенты «Сонях Лабс» продают электроэнергию выгоднее, потому что точнее знают, сколько её у них будет.',
            attribution: 'представитель фонда, который возглавил раунд',
          },
          { p: 'Следующий раунд компания планирует привлекать через полтора-два года, когда число подключённых станций превысит тысячу.' },
        ],
      },
    },
  },
  {
    key: 'inflation-outlook-dnipro-institute',
    section: 'economy',
    tags: ['budget', 'agriculture'],
    people: ['taras-bondar'],
    organisations: ['dnipro-institute'],
    places: ['dnipro'],
    authors: ['dmytro-kravets'],
    picture: {
      palette: ['#2a9d8f', '#e76f51'],
      motif: 'grid',
      caption: {
        uk: 'Овочеві ряди на одному з ринків Дніпра',
        en: 'Vegetable stalls at one of Dnipro’s markets',
        ru: 'Овощные ряды на одном из рынков Днепра',
      },
      credit: 'Vistka / Ihor Savych',
    },
    hoursAgo: 110,
    versions: {
      uk: {
        headline: 'Дніпровський інститут прогнозує сповільнення інфляції до 6% наприкінці року',
        lead: 'Економісти очікують, що добрий урожай стримає ціни на продукти, але попереджають про ризики, пов’язані з тарифами та зарплатами.',
        body: [
          {
            p: 'Дніпровський інститут економічних досліджень оприлюднив квартальний огляд цін. За його оцінками, річна інфляція, яка влітку становила 8,2 відсотка, до грудня сповільниться приблизно до 6 відсотків.',
          },
          {
            p: 'Головний чинник — продукти харчування. Завдяки високому врожаю зернових і овочів ціни на хліб, крупи та сезонні овочі восени, найімовірніше, залишаться стабільними, а подекуди навіть знизяться.',
          },
          {
            quote:
              'Цього року врожай працює як природне гальмо для цін. Але продукти — лише половина кошика: послуги та енергія поводяться зовсім інакше.',
            speaker: 'taras-bondar',
          },
          { h: 'Основні цифри прогнозу' },
          {
            list: [
              'інфляція на кінець року — близько 6 відсотків',
              'зростання середньої зарплати — 11 відсотків',
              'подорожчання послуг — до 9 відсотків',
              'зростання цін на продукти — у межах 3–4 відсотків',
            ],
          },
          {
            p: 'Серед ризиків автори огляду називають можливий перегляд тарифів на тепло й електроенергію та швидке зростання зарплат у містах, де бракує працівників. Сповільнення інфляції важливе й для кредитування: раніше повідомлялося про [пільгові іпотечні кредити для молодих родин](story:housing-loans-young-families), умови яких залежать від вартості грошей.',
          },
          {
            quote: 'Покупці зараз дуже уважно рахують. Картопля й капуста подешевшали, а от каву та солодощі беруть менше, ніж навесні.',
            attribution: 'продавчиня овочів на ринку в Дніпрі',
          },
          { p: 'Наступний огляд інститут планує оприлюднити в січні разом із першими оцінками бюджетів обласних центрів на новий рік.' },
        ],
      },
      en: {
        headline: 'Dnipro institute expects inflation to slow to 6% by the end of the year',
        lead: 'Economists say a good harvest will keep food prices in check, but warn of risks from utility tariffs and wages.',
        body: [
          {
            p: 'The Dnipro Institute of Economic Studies has published its quarterly price review. It estimates that annual inflation, which stood at 8.2 per cent in the summer, will slow to around 6 per cent by December.',
          },
          {
            p: 'The main factor is food. Thanks to a strong harvest of grain and vegetables, prices for bread, cereals and seasonal vegetables are likely to stay stable this autumn and may even fall in places.',
          },
          {
            quote:
              'This year the harvest is acting as a natural brake on prices. But food is only half of the basket: services and energy behave very differently.',
            speaker: 'taras-bondar',
          },
          { h: 'The forecast in figures' },
          {
            list: [
              'inflation at the end of the year — about 6 per cent',
              'growth in average wages — 11 per cent',
              'rise in prices for services — up to 9 per cent',
              'rise in food prices — within 3–4 per cent',
            ],
          },
          {
            p: 'Among the risks, the authors of the review cite a possible revision of heating and electricity tariffs and rapid wage growth in cities that are short of workers. Slower inflation also matters for lending: [subsidised mortgages for young families](story:housing-loans-young-families), whose terms depend on the cost of money, were reported earlier.',
          },
          {
            quote:
              'Shoppers are counting every hryvnia now. Potatoes and cabbage have got cheaper, but people are buying less coffee and fewer sweets than in the spring.',
            attribution: 'a vegetable seller at a market in Dnipro',
          },
          {
            p: 'The institute plans to publish its next review in January, together with its first estimates of the regional capitals’ budgets for the new year.',
          },
        ],
      },
      ru: {
        headline: 'Днепровский институт прогнозирует замедление инфляции до 6% к концу года',
        lead: 'Экономисты ожидают, что хороший урожай сдержит цены на продукты, но предупреждают о рисках, связанных с тарифами и зарплатами.',
        body: [
          {
            p: 'Днепровский институт экономических исследований опубликовал квартальный обзор цен. По его оценкам, годовая инфляция, которая летом составляла 8,2 процента, к декабрю замедлится примерно до 6 процентов.',
          },
          {
            p: 'Главный фактор — продукты питания. Благодаря высокому урожаю зерновых и овощей цены на хлеб, крупы и сезонные овощи осенью, скорее всего, останутся стабильными, а кое-где даже снизятся.',
          },
          {
            quote:
              'В этом году урожай работает как естественный тормоз для цен. Но продукты — лишь половина корзины: услуги и энергия ведут себя совсем иначе.',
            speaker: 'taras-bondar',
          },
          { h: 'Основные цифры прогноза' },
          {
            list: [
              'инфляция на конец года — около 6 процентов',
              'рост средней зарплаты — 11 процентов',
              'подорожание услуг — до 9 процентов',
              'рост цен на продукты — в пределах 3–4 процентов',
            ],
          },
          {
            p: 'Среди рисков авторы обзора называют возможный пересмотр тарифов на тепло и электроэнергию и быстрый рост зарплат в городах, где не хватает работников. Замедление инфляции важно и для кредитования: ранее сообщалось о [льготных ипотечных кредитах для молодых семей](story:housing-loans-young-families), условия которых зависят от стоимости денег.',
          },
          {
            quote:
              'Покупатели сейчас очень внимательно считают. Картошка и капуста подешевели, а вот кофе и сладкое берут меньше, чем весной.',
            attribution: 'продавщица овощей на рынке в Днепре',
          },
          {
            p: 'Следующий обзор институт планирует опубликовать в январе вместе с первыми оценками бюджетов областных центров на новый год.',
          },
        ],
      },
    },
  },
  {
    key: 'small-business-grants-lviv',
    section: 'economy',
    tags: ['local-government', 'budget'],
    people: [],
    organisations: [],
    places: ['lviv'],
    authors: ['dmytro-kravets'],
    picture: {
      palette: ['#bc6c25', '#fefae0'],
      motif: 'stripes',
      caption: {
        uk: 'Пекар дістає хліб із печі в невеликій пекарні у Львові',
        en: 'A baker takes bread out of the oven in a small Lviv bakery',
        ru: 'Пекарь достаёт хлеб из печи в небольшой пекарне во Львове',
      },
      credit: 'Vistka / Marta Kostiv',
    },
    hoursAgo: 260,
    versions: {
      uk: {
        headline: 'Львів роздасть гранти 120 малим підприємствам на нове обладнання',
        lead: 'Міська програма покриє до половини вартості техніки для пекарень, майстерень і сервісів, а заявки прийматимуть до кінця жовтня.',
        body: [
          {
            p: 'Львівська міська рада затвердила нову програму підтримки малого бізнесу. Цього року 120 підприємців зможуть отримати гранти до 300 тисяч гривень на обладнання, яке допоможе розширити виробництво або створити нові робочі місця. Загальний бюджет програми — 30 мільйонів гривень.',
          },
          { h: 'Хто може подати заявку' },
          {
            list: [
              'підприємства з річним оборотом до 10 мільйонів гривень',
              'фізичні особи — підприємці, які працюють у Львові щонайменше рік',
              'ті, хто готовий покрити половину вартості обладнання власним коштом',
              'заявники, які зобов’язуються створити хоча б одне нове робоче місце',
            ],
          },
          {
            p: 'Заявки оцінюватиме комісія з представників міської ради, бізнес-асоціацій і незалежних експертів. Перевагу отримають проєкти, пов’язані з ремеслами, ремонтом техніки та переробкою. Крамниці й майстерні в середмісті матимуть додаткові бали: раніше повідомлялося, що рада [ухвалила правила захисту історичних фасадів](story:lviv-council-heritage-law), і частину гранту можна буде витратити на вивіски та вітрини, що відповідають цим вимогам.',
          },
          {
            quote: 'Нова піч коштує як два роки нашої оренди. З грантом ми зможемо пекти вдвічі більше хліба й узяти ще двох пекарів.',
            attribution: 'власниця пекарні на вулиці Зеленій',
          },
          {
            quote:
              'Ми не хочемо роздавати всім потроху. Краще допомогти тим, хто за рік покаже реальний результат — нові робочі місця та податки.',
            attribution: 'представник управління економіки міськради',
          },
          { p: 'Документи приймають онлайн до 31 жовтня. Переможців оголосять у грудні.' },
        ],
      },
      en: {
        headline: 'Lviv to award grants to 120 small businesses for new equipment',
        lead: 'The city programme will cover up to half the cost of equipment for bakeries, workshops and repair services, and applications are open until the end of October.',
        body: [
          {
            p: 'Lviv City Council has approved a new support programme for small businesses. This year 120 entrepreneurs will be able to receive grants of up to 300,000 hryvnias for equipment that helps them expand production or create new jobs. The programme’s total budget is 30 million hryvnias.',
          },
          { h: 'Who can apply' },
          {
            list: [
              'businesses with an annual turnover of up to 10 million hryvnias',
              'sole traders who have worked in Lviv for at least a year',
              'applicants ready to cover half the cost of the equipment themselves',
              'applicants who commit to creating at least one new job',
            ],
          },
          {
            p: 'Applications will be assessed by a panel of city council representatives, business associations and independent experts. Priority will go to projects in crafts, equipment repair and processing. Shops and workshops in the city centre will receive extra points: it was previously reported that the council [adopted rules to protect historic facades](story:lviv-council-heritage-law), and part of a grant may be spent on signs and shop windows that meet those requirements.',
          },
          {
            quote:
              'A new oven costs as much as two years of our rent. With the grant we will be able to bake twice as much bread and take on two more bakers.',
            attribution: 'the owner of a bakery on Zelena Street',
          },
          {
            quote:
              'We don’t want to hand out a little to everyone. It is better to help those who can show real results within a year — new jobs and taxes.',
            attribution: 'an official at the city council’s economic department',
          },
          { p: 'Documents are accepted online until 31 October. The winners will be announced in December.' },
        ],
      },
      ru: {
        headline: 'Львов раздаст гранты 120 малым предприятиям на новое оборудование',
        lead: 'Городская программа покроет до половины стоимости техники для пекарен, мастерских и сервисов, а заявки будут принимать до конца октября.',
        body: [
          {
            p: 'Львовский городской совет утвердил новую программу поддержки малого бизнеса. В этом году 120 предпринимателей смогут получить гранты до 300 тысяч гривен на оборудование, которое поможет расширить производство или создать новые рабочие места. Общий бюджет программы — 30 миллионов гривен.',
          },
          { h: 'Кто может подать заявку' },
          {
            list: [
              'предприятия с годовым оборотом до 10 миллионов гривен',
              'физические лица — предприниматели, которые работают во Львове не менее года',
              'те, кто готов покрыть половину стоимости оборудования за свой счёт',
              'заявители, которые обязуются создать хотя бы одно новое рабочее место',
            ],
          },
          {
            p: 'Заявки будет оценивать комиссия из представителей горсовета, бизнес-ассоциаций и независимых экспертов. Преимущество получат проекты, связанные с ремёслами, ремонтом техники и переработкой. Магазины и мастерские в центре города получат дополнительные баллы: ранее сообщалось, что совет [принял правила защиты исторических фасадов](story:lviv-council-heritage-law), и часть гранта можно будет потратить на вывески и витрины, которые отвечают этим требованиям.',
          },
          {
            quote: 'Новая печь стоит как два года нашей аренды. С грантом мы сможем печь вдвое больше хлеба и взять ещё двух пекарей.',
            attribution: 'владелица пекарни на улице Зелёной',
          },
          {
            quote:
              'Мы не хотим раздавать всем понемногу. Лучше помочь тем, кто за год покажет реальный результат — новые рабочие места и налоги.',
            attribution: 'представитель управления экономики горсовета',
          },
          { p: 'Документы принимают онлайн до 31 октября. Победителей объявят в декабре.' },
        ],
      },
    },
  },
  {
    key: 'housing-loans-young-families',
    section: 'economy',
    tags: ['housing', 'local-government', 'budget'],
    people: ['taras-bondar'],
    organisations: ['dnipro-institute'],
    places: ['chernihiv'],
    authors: ['dmytro-kravets'],
    picture: {
      palette: ['#457b9d', '#f1faee'],
      motif: 'grid',
      caption: {
        uk: 'Новий житловий будинок з утепленим фасадом у Чернігові',
        en: 'A new apartment block with an insulated facade in Chernihiv',
        ru: 'Новый жилой дом с утеплённым фасадом в Чернигове',
      },
      credit: 'Vistka / Ihor Savych',
    },
    hoursAgo: 480,
    versions: {
      uk: {
        headline: 'Чернігів компенсуватиме молодим родинам частину відсотків за іпотекою',
        lead: 'Міська програма знизить ставку за житловими кредитами для родин, молодших за 35 років, якщо вони купують квартиру в енергоефективному будинку.',
        body: [
          {
            p: 'Чернігівська міська рада запустила програму часткової компенсації іпотечних відсотків для молодих родин. Місто сплачуватиме за позичальників до п’яти процентних пунктів ставки протягом перших семи років кредиту. Цього року на програму передбачили 40 мільйонів гривень — цього вистачить приблизно на 250 родин.',
          },
          { h: 'Умови програми' },
          {
            list: [
              'обоє з подружжя або один із батьків, який сам виховує дитину, — віком до 35 років',
              'житло розташоване в Чернігові й має клас енергоефективності не нижче B',
              'перший внесок — щонайменше 10 відсотків вартості',
              'родина не має іншого житла у власності',
            ],
          },
          {
            p: 'Вимога щодо енергоефективності з’явилася не випадково. Нові будинки з утепленими фасадами й індивідуальними тепловими пунктами споживають удвічі менше тепла, тож родинам легше обслуговувати кредит. Раніше повідомлялося, що обласна рада цього року [профінансувала облаштування укриттів у школах](story:chernihiv-budget-schools), а міська житлова програма має заохотити молоді родини залишатися в Чернігові.',
          },
          {
            quote: 'Ми три роки відкладали на перший внесок. З компенсацією щомісячний платіж майже такий, як наша теперішня оренда.',
            attribution: 'молода мама з Чернігова, яка однією з перших подала заявку',
          },
          {
            quote:
              'Такі місцеві програми працюють, коли вони прозорі й передбачувані. Якщо інфляція сповільниться, як ми очікуємо, банки зможуть знизити базові ставки, і підтримка міста стане ще відчутнішою.',
            speaker: 'taras-bondar',
          },
          {
            p: 'Заявки приймають у центрі надання адміністративних послуг та онлайн. Перші договори з родинами місто планує підписати вже наступного місяця.',
          },
        ],
      },
      en: {
        headline: 'Chernihiv to cover part of the mortgage interest for young families',
        lead: 'A city programme will lower the rate on home loans for families under 35 if they buy a flat in an energy-efficient building.',
        body: [
          {
            p: 'Chernihiv City Council has launched a programme that partly compensates mortgage interest for young families. The city will pay up to five percentage points of the rate on borrowers’ behalf during the first seven years of the loan. This year 40 million hryvnias has been set aside for the programme — enough for about 250 families.',
          },
          { h: 'The terms' },
          {
            list: [
              'both spouses, or a single parent raising a child, are under 35',
              'the home is in Chernihiv and has an energy-efficiency class of B or higher',
              'the down payment is at least 10 per cent of the price',
              'the family owns no other home',
            ],
          },
          {
            p: 'The energy-efficiency requirement is no accident. New buildings with insulated facades and their own heating substations use half as much heat, which makes it easier for families to service their loans. It was previously reported that the regional council this year [funded shelters in schools](story:chernihiv-budget-schools), while the city’s housing programme is meant to encourage young families to stay in Chernihiv.',
          },
          {
            quote:
              'We spent three years saving for the down payment. With the compensation, the monthly payment is almost the same as our current rent.',
            attribution: 'a young mother from Chernihiv who was among the first to apply',
          },
          {
            quote:
              'Local programmes like this work when they are transparent and predictable. If inflation slows as we expect, banks will be able to lower their base rates, and the city’s support will make an even bigger difference.',
            speaker: 'taras-bondar',
          },
          {
            p: 'Applications are accepted at the administrative services centre and online. The city plans to sign the first agreements with families as early as next month.',
          },
        ],
      },
      ru: {
        headline: 'Чернигов будет компенсировать молодым семьям часть процентов по ипотеке',
        lead: 'Городская программа снизит ставку по жилищным кредитам для семей моложе 35 лет, если они покупают квартиру в энергоэффективном доме.',
        body: [
          {
            p: 'Черниговский городской совет запустил программу частичной компенсации ипотечных процентов для молодых семей. Город будет платить за заёмщиков до пяти процентных пунктов ставки в течение первых семи лет кредита. В этом году на программу предусмотрели 40 миллионов гривен — этого хватит примерно на 250 семей.',
          },
          { h: 'Условия программы' },
          {
            list: [
              'оба супруга или один из родителей, который сам воспитывает ребёнка, — в возрасте до 35 лет',
              'жильё расположено в Чернигове и имеет класс энергоэффективности не ниже B',
              'первый взнос — не менее 10 процентов стоимости',
              'у семьи нет другого жилья в собственности',
            ],
          },
          {
            p: 'Требование энергоэффективности появилось не случайно. Новые дома с утеплёнными фасадами и индивидуальными тепловыми пунктами потребляют вдвое меньше тепла, поэтому семьям легче обслуживать кредит. Ранее сообщалось, что областной совет в этом году [профинансировал обустройство укрытий в школах](story:chernihiv-budget-schools), а городская жилищная программа должна побудить молодые семьи оставаться в Чернигове.',
          },
          {
            quote: 'Мы три года откладывали на первый взнос. С компенсацией ежемесячный платёж почти такой же, как наша нынешняя аренда.',
            attribution: 'молодая мама из Чернигова, которая одной из первых подала заявку',
          },
          {
            quote:
              'Такие местные программы работают, когда они прозрачны и предсказуемы. Если инфляция замедлится, как мы ожидаем, банки смогут снизить базовые ставки, и поддержка города станет ещё ощутимее.',
            speaker: 'taras-bondar',
          },
          {
            p: 'Заявки принимают в центре предоставления административных услуг и онлайн. Первые договоры с семьями город планирует подписать уже в следующем месяце.',
          },
        ],
      },
    },
  },
  {
    key: 'it-exports-quarterly',
    section: 'economy',
    tags: ['technology', 'startups'],
    people: ['nataliia-vovk'],
    organisations: ['dnipro-institute', 'soniakh-labs'],
    places: ['kyiv', 'kharkiv', 'lviv'],
    authors: ['dmytro-kravets'],
    picture: {
      palette: ['#3a0ca3', '#4cc9f0'],
      motif: 'circles',
      caption: {
        uk: 'Розробники працюють у коворкінгу у Львові',
        en: 'Developers at work in a co-working space in Lviv',
        ru: 'Разработчики работают в коворкинге во Львове',
      },
      credit: 'Vistka / Marta Kostiv',
    },
    hoursAgo: 20,
    versions: {
      uk: {
        headline: 'Експорт ІТ-послуг у третьому кварталі зріс на 6%',
        lead: 'Найшвидше зростали продуктові компанії та невеликі команди з Харкова й Львова, свідчить квартальний огляд галузі.',
        body: [
          {
            p: 'У третьому кварталі українські ІТ-компанії експортували послуг на 1,8 мільярда доларів — на 6 відсотків більше, ніж за той самий період минулого року. Такі дані наводить квартальний огляд, який Дніпровський інститут економічних досліджень підготував разом із галузевими асоціаціями.',
          },
          {
            p: 'Найпомітніше зросла частка продуктових компаній, які продають власні програми, а не години роботи розробників. Тепер на них припадає майже чверть експорту, тоді як три роки тому — лише п’ята частина.',
          },
          { h: 'Регіони наздоганяють столицю' },
          {
            p: 'Київ і далі забезпечує більшу частину виручки, але найшвидше зростання показали Харків і Львів. Аналітики пояснюють це появою невеликих команд, що спеціалізуються на енергетиці, агротехнологіях і медицині. Раніше повідомлялося, що харківський стартап [«Сонях Лабс» залучив 2,4 мільйона доларів](story:soniakh-labs-funding-round) на розвиток системи прогнозування для сонячних станцій.',
          },
          {
            quote:
              'Іноземні клієнти дедалі частіше купують у нас не руки, а готове рішення. Для маленької команди це означає, що можна рости, не наймаючи сотні людей.',
            speaker: 'nataliia-vovk',
          },
          {
            quote:
              'Зростання стабільне, але не стрімке. Щоб утримати темп, компаніям потрібні інженери, тому ми бачимо дедалі більше спільних програм з університетами.',
            attribution: 'аналітикиня галузевої асоціації ІТ-компаній',
          },
          {
            p: 'За прогнозом авторів огляду, за підсумками року експорт ІТ-послуг може зрости на 5–7 відсотків. Наступний квартальний огляд з’явиться в лютому.',
          },
        ],
      },
      en: {
        headline: 'IT services exports grow 6% in the third quarter',
        lead: 'Product companies and small teams from Kharkiv and Lviv grew fastest, according to the industry’s quarterly review.',
        body: [
          {
            p: 'In the third quarter Ukrainian IT companies exported 1.8 billion dollars’ worth of services — 6 per cent more than in the same period last year. The figures come from a quarterly review prepared by the Dnipro Institute of Economic Studies together with industry associations.',
          },
          {
            p: 'The most noticeable change was the growing share of product companies, which sell their own software rather than developers’ hours. They now account for almost a quarter of exports, compared with only a fifth three years ago.',
          },
          { h: 'The regions are catching up with the capital' },
          {
            p: 'Kyiv still generates most of the revenue, but Kharkiv and Lviv showed the fastest growth. Analysts attribute this to the rise of small teams specialising in energy, agricultural technology and medicine. It was previously reported that the Kharkiv start-up [Soniakh Labs raised 2.4 million dollars](story:soniakh-labs-funding-round) to develop its forecasting system for solar plants.',
          },
          {
            quote:
              'Foreign clients are increasingly buying a ready-made solution from us rather than extra hands. For a small team, that means you can grow without hiring hundreds of people.',
            speaker: 'nataliia-vovk',
          },
          {
            quote:
              'Growth is steady but not rapid. To keep up the pace, companies need engineers, which is why we are seeing more and more joint programmes with universities.',
            attribution: 'an analyst at an association of IT companies',
          },
          {
            p: 'The authors of the review forecast that IT services exports could grow by 5–7 per cent over the full year. The next quarterly review will be published in February.',
          },
        ],
      },
      ru: {
        headline: 'Экспорт ИТ-услуг в третьем квартале вырос на 6%',
        lead: 'Быстрее всего росли продуктовые компании и небольшие команды из Харькова и Львова, свидетельствует квартальный обзор отрасли.',
        body: [
          {
            p: 'В третьем квартале украинские ИТ-компании экспортировали услуг на 1,8 миллиарда долларов — на 6 процентов больше, чем за тот же период прошлого года. Такие данные приводит квартальный обзор, который Днепровский институт экономических исследований подготовил вместе с отраслевыми ассоциациями.',
          },
          {
            p: 'Заметнее всего выросла доля продуктовых компаний, которые продают собственные программы, а не часы работы разработчиков. Теперь на них приходится почти четверть экспорта, тогда как три года назад — лишь пятая часть.',
          },
          { h: 'Регионы догоняют столицу' },
          {
            p: 'Киев по-прежнему обеспечивает большую часть выручки, но самый быстрый рост показали Харьков и Львов. Аналитики объясняют это появлением небольших команд, которые специализируются на энергетике, агротехнологиях и медицине. Ранее сообщалось, что харьковский стартап [«Сонях Лабс» привлёк 2,4 миллиона долларов](story:soniakh-labs-funding-round) на развитие системы прогнозирования для солнечных станций.',
          },
          {
            quote:
              'Иностранные клиенты всё чаще покупают у нас не руки, а готовое решение. Для маленькой команды это значит, что можно расти, не нанимая сотни людей.',
            speaker: 'nataliia-vovk',
          },
          {
            quote:
              'Рост стабильный, но не стремительный. Чтобы удержать темп, компаниям нужны инженеры, поэтому мы видим всё больше совместных программ с университетами.',
            attribution: 'аналитик отраслевой ассоциации ИТ-компаний',
          },
          {
            p: 'По прогнозу авторов обзора, по итогам года экспорт ИТ-услуг может вырасти на 5–7 процентов. Следующий квартальный обзор выйдет в феврале.',
          },
        ],
      },
    },
  },
  {
    key: 'rail-freight-new-route',
    section: 'economy',
    tags: ['transport', 'agriculture'],
    people: ['yevhen-moroz'],
    organisations: ['odesa-port'],
    places: ['dnipro', 'odesa'],
    authors: ['dmytro-kravets'],
    picture: {
      palette: ['#6d597a', '#eaac8b'],
      motif: 'stripes',
      caption: {
        uk: 'Контейнерний поїзд на станції в Дніпрі перед відправленням до Одеси',
        en: 'A container train at a station in Dnipro before departing for Odesa',
        ru: 'Контейнерный поезд на станции в Днепре перед отправлением в Одессу',
      },
      credit: 'Vistka / Ihor Savych',
    },
    hoursAgo: 620,
    versions: {
      uk: {
        headline: 'Між Дніпром і Одесою запустили регулярний контейнерний поїзд',
        lead: 'Поїзд курсуватиме двічі на тиждень і доставлятиме зерно, борошно та металопродукцію до порту менш ніж за добу.',
        body: [
          {
            p: 'Новий вантажний маршрут з’єднав контейнерний термінал у Дніпрі з портом Одеси. Перший поїзд із 57 контейнерами вирушив у понеділок увечері й прибув до порту наступного дня по обіді. Спершу він курсуватиме двічі на тиждень, а з грудня — щодня, якщо вистачить вантажів.',
          },
          {
            p: 'Маршрут розрахований насамперед на невеликих виробників, яким невигідно орендувати цілий поїзд. Вони можуть відправити навіть один контейнер, забронювавши місце через онлайн-кабінет.',
          },
          { h: 'Менше вантажівок на трасі' },
          {
            p: 'Один такий поїзд замінює приблизно 60 вантажівок. За оцінками організаторів, за рік це зніме з траси Дніпро — Одеса близько шести тисяч рейсів важкого транспорту. Раніше повідомлялося, що логістику порту обговорювали на [громадських слуханнях в Одеській міській раді](story:odesa-port-oversight-hearing).',
          },
          {
            quote:
              'Для порту залізниця — це передбачуваність. Ми знаємо, коли прийде поїзд, і можемо заздалегідь підготувати причал, а не чекати, доки зникне затор на в’їзді.',
            speaker: 'yevhen-moroz',
          },
          {
            quote:
              'Раніше ми відправляли борошно фурами й щоразу вгадували, скільки вони простоять під портом. Тепер я бронюю контейнер у понеділок і точно знаю, що в середу він буде на судні.',
            attribution: 'логістична менеджерка борошномельного комбінату в Дніпрі',
          },
          {
            p: 'Тариф на перевезення одного контейнера організатори обіцяють не змінювати до кінця року. Наступним кроком може стати продовження маршруту до Харкова, де вже шукають майданчик для вантажного терміналу.',
          },
        ],
      },
      en: {
        headline: 'A regular container train now links Dnipro and Odesa',
        lead: 'The train will run twice a week, carrying grain, flour and steel products to the port in less than a day.',
        body: [
          {
            p: 'A new freight route has connected a container terminal in Dnipro with the port of Odesa. The first train, carrying 57 containers, left on Monday evening and reached the port the following afternoon. At first it will run twice a week, and from December it will run daily if there is enough cargo.',
          },
          {
            p: 'The route is aimed primarily at small producers for whom chartering a whole train does not pay. They can send even a single container by booking a slot through an online account.',
          },
          { h: 'Fewer lorries on the road' },
          {
            p: 'One such train replaces about 60 lorries. The organisers estimate that over a year it will take some six thousand heavy-vehicle journeys off the Dnipro–Odesa highway. It was previously reported that the port’s logistics were discussed at a [public hearing in the Odesa city council](story:odesa-port-oversight-hearing).',
          },
          {
            quote:
              'For the port, rail means predictability. We know when a train will arrive and can prepare a berth in advance instead of waiting for the jam at the entrance to clear.',
            speaker: 'yevhen-moroz',
          },
          {
            quote:
              'We used to ship flour by lorry and always had to guess how long the trucks would wait outside the port. Now I book a container on Monday and know for sure it will be on a ship by Wednesday.',
            attribution: 'a logistics manager at a flour mill in Dnipro',
          },
          {
            p: 'The organisers promise to keep the price of shipping a container unchanged until the end of the year. The next step could be extending the route to Kharkiv, where a site for a freight terminal is already being sought.',
          },
        ],
      },
    },
  },
  {
    key: 'honey-producers-cooperative',
    section: 'economy',
    tags: ['agriculture', 'environment'],
    people: [],
    organisations: [],
    places: ['chernihiv'],
    authors: ['dmytro-kravets'],
    picture: {
      palette: ['#f4a300', '#5a3e1b'],
      motif: 'waves',
      caption: {
        uk: 'Пасічник оглядає рамку з медом на пасіці під Черніговом',
        en: 'A beekeeper inspects a honey frame at an apiary near Chernihiv',
        ru: 'Пасечник осматривает рамку с мёдом на пасеке под Черниговом',
      },
      credit: 'Vistka / Marta Kostiv',
    },
    hoursAgo: 170,
    versions: {
      uk: {
        headline: 'Пасічники Чернігівщини об’єдналися в кооператив, щоб продавати мед за кордон',
        lead: 'Сорок дві родини створили спільні лабораторію, марку та склад і вже домовилися про першу партію для європейського покупця.',
        body: [
          {
            p: 'На Чернігівщині запрацював обслуговуючий кооператив пасічників. До нього увійшли 42 родини з кількох громад області, які разом утримують понад три тисячі вуликів. Досі кожен пасічник продавав мед самостійно — здебільшого перекупникам за мінімальною ціною.',
          },
          { h: 'Лабораторія замість здогадок' },
          {
            p: 'Головна інвестиція кооперативу — власна лабораторія, яка перевіряє мед на вологість, походження пилку та залишки пестицидів. Без таких аналізів продати продукт європейським покупцям майже неможливо. Обладнання коштувало близько півтора мільйона гривень: половину внесли самі пасічники, решту надала міжнародна донорська програма для малих фермерів.',
          },
          {
            quote:
              'Раніше я віддавав мед за ціною, яку мені називали, і навіть не знав, який він насправді. Тепер у мене є протокол аналізу, і я можу торгуватися.',
            attribution: 'пасічник із Козелецької громади, голова кооперативу',
          },
          {
            p: 'Кооператив уже уклав угоду на першу партію — 20 тонн липового та гречаного меду для покупця з Польщі. Частину врожаю продаватимуть у Чернігові під спільною маркою на фермерських ярмарках.',
          },
          {
            quote: 'У мене лише тридцять вуликів, і з великими покупцями я самотужки не домовилася б. Разом ми нарешті говоримо на рівних.',
            attribution: 'пасічниця з-під Ніжина',
          },
          { h: 'Кооперативи набирають популярності' },
          {
            p: 'Подібну модель дедалі частіше обирають і в інших галузях. Раніше повідомлялося, що на Закарпатті [понад сто сорок родин разом збудували сонячну станцію](story:karpaty-energy-solar-cooperative). Наступного сезону до чернігівського кооперативу планують приєднатися ще близько двадцяти пасік.',
          },
        ],
      },
    },
  },
  {
    key: 'dnipro-school-energy-audit',
    section: 'society',
    tags: ['energy', 'education'],
    people: ['bohdan-shevchuk'],
    organisations: [],
    places: ['dnipro'],
    authors: ['kateryna-zhuk'],
    picture: {
      palette: ['#e63946', '#a8dadc'],
      motif: 'stripes',
      caption: {
        uk: 'Учні школи № 7 з тепловізором біля стіни спортзалу',
        en: 'School No. 7 pupils with a thermal camera by the gym wall',
        ru: 'Ученики школы № 7 с тепловизором у стены спортзала',
      },
      credit: 'Vistka / Kateryna Zhuk',
    },
    hoursAgo: 38,
    versions: {
      uk: {
        headline: 'Учні дніпровської школи № 7 провели енергоаудит власної будівлі',
        lead: 'Старшокласники разом з інженерами з’ясували, куди втрачається тепло, і запропонували план, який може скоротити рахунки школи майже на третину.',
        body: [
          {
            p: 'Упродовж двох місяців десятикласники школи № 7 у Дніпрі вивчали, скільки енергії споживає їхня будівля. Вони фотографували стіни тепловізором, щогодини записували показники лічильників і порівнювали температуру в класах на різних поверхах. Допомагали їм інженери-волонтери з місцевого університету.',
          },
          {
            quote:
              'Ми хотіли, щоб діти не просто послухали лекцію про енергоефективність, а самі побачили, як школа «опалює вулицю». Результати здивували навіть наших господарників.',
            speaker: 'bohdan-shevchuk',
          },
          { h: 'Що знайшли учні' },
          {
            list: [
              'старі дерев’яні вікна спортзалу пропускають до 40 відсотків тепла цього крила',
              'труби опалення в підвалі не утеплені',
              'світло в коридорах горить навіть після закінчення уроків',
              'покрівля над актовою залою потребує утеплення',
            ],
          },
          {
            p: 'На основі цих даних учні склали план заходів: заміна вікон у спортзалі, утеплення труб, датчики руху в коридорах і світлодіодні лампи. За їхніми розрахунками, це скоротить витрати на тепло й електроенергію приблизно на 30 відсотків, а частина робіт майже нічого не коштуватиме.',
          },
          {
            quote:
              'Найцікавіше було дивитися в тепловізор: стіна спортзалу світилася червоним, наче гірлянда. Тепер ми точно знаємо, з чого почати.',
            attribution: 'учениця 10-Б класу, одна з авторок звіту',
          },
          {
            p: 'Звіт уже передали до департаменту освіти міської ради. Утеплити труби й замінити лампи обіцяють до зими. Раніше повідомлялося, що ця школа також провела [великий спортивний день](story:school-sports-day-dnipro), який учні організували самостійно.',
          },
        ],
      },
      ru: {
        headline: 'Ученики днепровской школы № 7 провели энергоаудит собственного здания',
        lead: 'Старшеклассники вместе с инженерами выяснили, куда уходит тепло, и предложили план, который может сократить счета школы почти на треть.',
        body: [
          {
            p: 'На протяжении двух месяцев десятиклассники школы № 7 в Днепре изучали, сколько энергии потребляет их здание. Они фотографировали стены тепловизором, каждый час записывали показания счётчиков и сравнивали температуру в классах на разных этажах. Помогали им инженеры-волонтёры из местного университета.',
          },
          {
            quote:
              'Мы хотели, чтобы дети не просто послушали лекцию об энергоэффективности, а сами увидели, как школа «отапливает улицу». Результаты удивили даже наших завхозов.',
            speaker: 'bohdan-shevchuk',
          },
          { h: 'Что нашли ученики' },
          {
            list: [
              'старые деревянные окна спортзала пропускают до 40 процентов тепла этого крыла',
              'трубы отопления в подвале не утеплены',
              'свет в коридорах горит даже после окончания уроков',
              'кровля над актовым залом нуждается в утеплении',
            ],
          },
          {
            p: 'На основе этих данных ученики составили план мер: замена окон в спортзале, утепление труб, датчики движения в коридорах и светодиодные лампы. По их расчётам, это сократит расходы на тепло и электроэнергию примерно на 30 процентов, а часть работ почти ничего не будет стоить.',
          },
          {
            quote:
              'Интереснее всего было смотреть в тепловизор: стена спортзала светилась красным, как гирлянда. Теперь мы точно знаем, с чего начать.',
            attribution: 'ученица 10-Б класса, одна из авторов отчёта',
          },
          {
            p: 'Отчёт уже передали в департамент образования городского совета. Утеплить трубы и заменить лампы обещают до зимы. Ранее сообщалось, что эта школа также провела [большой спортивный день](story:school-sports-day-dnipro), который ученики организовали самостоятельно.',
          },
        ],
      },
    },
  },
]
