import type { DemoStory } from '../content.types.js'

export const politicsStories: DemoStory[] = [
  {
    key: 'kyiv-council-night-buses',
    section: 'politics',
    tags: ['transport', 'local-government'],
    people: ['olena-marchuk'],
    organisations: [],
    places: ['kyiv'],
    authors: ['oksana-hnatiuk'],
    picture: {
      palette: ['#1d3557', '#f4a261'],
      motif: 'stripes',
      caption: {
        uk: 'Нічний автобус на зупинці біля станції метро «Лівобережна»',
        en: 'A night bus at a stop near Livoberezhna metro station',
        ru: 'Ночной автобус на остановке у станции метро «Левобережная»',
      },
      credit: 'Vistka / Oksana Hnatiuk',
    },
    hoursAgo: 3,
    important: true,
    versions: {
      uk: {
        headline: 'Київрада продовжила нічні автобусні маршрути до околиць міста',
        lead: 'Із першого числа наступного місяця шість нічних автобусних маршрутів курсуватимуть до 02:30, а два нові з’єднають Троєщину й Теремки з центром.',
        body: [
          {
            p: 'Київська міська рада ухвалила зміни до транспортної програми, які продовжують роботу нічних автобусів. Відтепер шість наявних маршрутів курсуватимуть на годину довше, а інтервал між рейсами скоротиться з 40 до 25 хвилин. Ще два маршрути запрацюють уперше: вони сполучать Троєщину та Теремки з Майданом Незалежності.',
          },
          {
            quote:
              'Ми місяцями збирали дані з валідаторів і звернення киян. Найбільше нічних поїздок припадає на лікарів, пекарів, працівників складів і студентів — саме для них ми й перебудовуємо розклад.',
            speaker: 'olena-marchuk',
          },
          { h: 'Що зміниться для пасажирів' },
          {
            list: [
              'Нічні рейси курсуватимуть щодня з 23:30 до 02:30.',
              'Інтервал руху становитиме 25 хвилин замість 40.',
              'Вартість проїзду не зміниться, усі пільги діятимуть.',
              'Зупинки нічних маршрутів позначать окремими синіми табличками.',
            ],
          },
          {
            p: 'За даними департаменту транспорту, додаткові рейси обійдуться міському бюджету приблизно в 38 мільйонів гривень на рік. Частину витрат планують покрити за рахунок оптимізації денних маршрутів, які дублюють метро.',
          },
          {
            quote: 'Досі після зміни я або чекала першого метро, або викликала таксі. Тепер зможу доїхати додому за пів години.',
            attribution: 'мешканка Троєщини, медсестра нічної зміни',
          },
          {
            p: 'Раніше повідомлялося про [нічний джазовий вечір на Подолі](story:kyiv-jazz-night-podil) — такі події організатори тепер зможуть планувати з урахуванням нового розкладу. Департамент обіцяє через три місяці оприлюднити дані про завантаженість нових рейсів і за потреби скоригувати розклад.',
          },
        ],
      },
      en: {
        headline: 'Kyiv council extends night bus routes to the city’s outskirts',
        lead: 'From next month, six night bus routes will run until 02:30, and two new ones will link Troieshchyna and Teremky with the city centre.',
        body: [
          {
            p: 'Kyiv City Council has approved changes to its transport programme that extend the hours of night buses. Six existing routes will now run an hour longer, and the interval between services will be cut from 40 to 25 minutes. Two more routes will launch for the first time, connecting Troieshchyna and Teremky with Independence Square.',
          },
          {
            quote:
              'We spent months collecting data from ticket validators and residents’ requests. Most night journeys are made by doctors, bakers, warehouse staff and students, and it is for them that we are rebuilding the timetable.',
            speaker: 'olena-marchuk',
          },
          { h: 'What changes for passengers' },
          {
            list: [
              'Night services will run daily from 23:30 to 02:30.',
              'Buses will come every 25 minutes instead of every 40.',
              'Fares stay the same, and all concessions still apply.',
              'Night-route stops will be marked with separate blue signs.',
            ],
          },
          {
            p: 'According to the transport department, the extra services will cost the city budget about 38 million hryvnias a year. Part of the cost is to be covered by trimming daytime routes that duplicate the metro.',
          },
          {
            quote:
              'Until now, after my shift I either waited for the first metro or called a taxi. Now I will be able to get home in half an hour.',
            attribution: 'a night-shift nurse from Troieshchyna',
          },
          {
            p: 'We previously reported on a [late-night jazz evening in Podil](story:kyiv-jazz-night-podil); organisers of such events will now be able to plan around the new timetable. The department promises to publish ridership figures for the new services in three months and to adjust the timetable if needed.',
          },
        ],
      },
      ru: {
        headline: 'Киевсовет продлил ночные автобусные маршруты до окраин города',
        lead: 'С первого числа следующего месяца шесть ночных автобусных маршрутов будут курсировать до 02:30, а два новых соединят Троещину и Теремки с центром.',
        body: [
          {
            p: 'Киевский городской совет принял изменения в транспортную программу, которые продлевают работу ночных автобусов. Теперь шесть действующих маршрутов будут ходить на час дольше, а интервал между рейсами сократится с 40 до 25 минут. Ещё два маршрута заработают впервые: они свяжут Троещину и Теремки с Майданом Независимости.',
          },
          {
            quote:
              'Мы месяцами собирали данные с валидаторов и обращения киевлян. Больше всего ночных поездок приходится на врачей, пекарей, работников складов и студентов — именно для них мы и перестраиваем расписание.',
            speaker: 'olena-marchuk',
          },
          { h: 'Что изменится для пассажиров' },
          {
            list: [
              'Ночные рейсы будут курсировать ежедневно с 23:30 до 02:30.',
              'Интервал движения составит 25 минут вместо 40.',
              'Стоимость проезда не изменится, все льготы сохранятся.',
              'Остановки ночных маршрутов обозначат отдельными синими табличками.',
            ],
          },
          {
            p: 'По данным департамента транспорта, дополнительные рейсы обойдутся городскому бюджету примерно в 38 миллионов гривен в год. Часть расходов планируют покрыть за счёт оптимизации дневных маршрутов, которые дублируют метро.',
          },
          {
            quote: 'До сих пор после смены я либо ждала первого метро, либо вызывала такси. Теперь смогу доехать домой за полчаса.',
            attribution: 'жительница Троещины, медсестра ночной смены',
          },
          {
            p: 'Ранее сообщалось о [ночном джазовом вечере на Подоле](story:kyiv-jazz-night-podil) — такие события организаторы теперь смогут планировать с учётом нового расписания. Департамент обещает через три месяца обнародовать данные о загруженности новых рейсов и при необходимости скорректировать расписание.',
          },
        ],
      },
    },
  },
  {
    key: 'chernihiv-budget-schools',
    section: 'politics',
    tags: ['budget', 'education'],
    people: ['mariia-lysenko'],
    organisations: [],
    places: ['chernihiv'],
    authors: ['oksana-hnatiuk'],
    picture: {
      palette: ['#2a9d8f', '#e9c46a'],
      motif: 'grid',
      caption: {
        uk: 'Робітники облаштовують вхід до шкільного укриття в Чернігові',
        en: 'Workers fit out the entrance to a school shelter in Chernihiv',
        ru: 'Рабочие обустраивают вход в школьное укрытие в Чернигове',
      },
      credit: 'Vistka / Oksana Hnatiuk',
    },
    hoursAgo: 52,
    versions: {
      uk: {
        headline: 'Чернігівська облрада спрямувала 210 мільйонів на укриття в школах',
        lead: 'Депутати Чернігівської обласної ради ухвалили зміни до бюджету, що дадуть змогу облаштувати сучасні укриття ще в 34 школах області.',
        body: [
          {
            p: 'Найбільшою статтею оновленого обласного бюджету стали видатки на освіту. Із 210 мільйонів гривень, які перерозподілили на сесії, понад дві третини підуть на укриття в опорних школах громад, решта — на вентиляцію, резервне живлення та облаштування класів у підвальних приміщеннях.',
          },
          {
            quote:
              'Ми свідомо відклали кілька дорожніх проєктів. Дитина має навчатися очно, у теплі й безпеці, а батьки — бути певними, що школа до цього готова.',
            speaker: 'mariia-lysenko',
          },
          { h: 'Як обирали школи' },
          {
            p: 'Перелік закладів склали за результатами обстеження, яке провели інженери разом з управлінням освіти. Пріоритет отримали школи, де навчається понад 300 учнів і де зараз немає власного укриття, тож діти частину уроків проводять онлайн. Роботи мають завершити до початку наступного навчального року, а підрядників обиратимуть на відкритих торгах.',
          },
          {
            list: [
              '34 школи в 19 громадах області;',
              'понад 11 тисяч учнів, які зможуть повернутися до очного навчання;',
              'щомісячні звіти про хід робіт на сайті облради.',
            ],
          },
          {
            quote: 'Ми чекали на це рішення два роки. Тепер нарешті зможемо запросити всіх дітей до класів, а не до екранів.',
            attribution: 'директорка сільської школи на Ніжинщині',
          },
          {
            p: 'Раніше повідомлялося, що [у дніпровських школах провели енергоаудит](story:dnipro-school-energy-audit), і в Чернігівській облраді планують скористатися цим досвідом. Марія Лисенко зазначила, що бюджетна комісія перевірятиме кожен тендер, а дані про витрати з’являться у відкритому доступі.',
          },
        ],
      },
      en: {
        headline: 'Chernihiv regional council puts 210 million hryvnias into school shelters',
        lead: 'Members of the Chernihiv Regional Council have approved budget changes that will allow modern shelters to be fitted in 34 more schools across the region.',
        body: [
          {
            p: 'Education spending is the largest item in the updated regional budget. Of the 210 million hryvnias reallocated at the session, more than two thirds will go to shelters in the communities’ hub schools, and the rest to ventilation, backup power and classrooms in basement spaces.',
          },
          {
            quote:
              'We deliberately postponed several road projects. Children should be able to learn in person, warm and safe, and parents should be sure that their school is ready for that.',
            speaker: 'mariia-lysenko',
          },
          { h: 'How the schools were chosen' },
          {
            p: 'The list was drawn up after a survey carried out by engineers together with the regional education department. Priority went to schools with more than 300 pupils and no shelter of their own, where children currently spend part of their lessons online. The work is due to be finished before the next school year, and contractors will be chosen through open tenders.',
          },
          {
            list: [
              '34 schools in 19 communities across the region;',
              'more than 11,000 pupils who will be able to return to classroom learning;',
              'monthly progress reports on the regional council’s website.',
            ],
          },
          {
            quote:
              'We have waited two years for this decision. Now we can finally invite all the children into classrooms rather than in front of screens.',
            attribution: 'head teacher of a village school in the Nizhyn area',
          },
          {
            p: 'It was previously reported that [schools in Dnipro had undergone an energy audit](story:dnipro-school-energy-audit), and the Chernihiv Regional Council plans to draw on that experience. Mariia Lysenko said the budget committee would check every tender and that spending data would be made public.',
          },
        ],
      },
      ru: {
        headline: 'Черниговский облсовет направил 210 миллионов на укрытия в школах',
        lead: 'Депутаты Черниговского областного совета приняли изменения в бюджет, которые позволят оборудовать современные укрытия ещё в 34 школах области.',
        body: [
          {
            p: 'Крупнейшей статьёй обновлённого областного бюджета стали расходы на образование. Из 210 миллионов гривен, перераспределённых на сессии, более двух третей пойдут на укрытия в опорных школах громад, остальное — на вентиляцию, резервное питание и оборудование классов в подвальных помещениях.',
          },
          {
            quote:
              'Мы сознательно отложили несколько дорожных проектов. Ребёнок должен учиться очно, в тепле и безопасности, а родители — быть уверены, что школа к этому готова.',
            speaker: 'mariia-lysenko',
          },
          { h: 'Как выбирали школы' },
          {
            p: 'Перечень учреждений составили по итогам обследования, которое провели инженеры вместе с управлением образования. Приоритет получили школы, где учится более 300 учеников и где сейчас нет собственного укрытия, поэтому дети часть уроков проводят онлайн. Работы должны завершить до начала следующего учебного года, а подрядчиков будут выбирать на открытых торгах.',
          },
          {
            list: [
              '34 школы в 19 громадах области;',
              'более 11 тысяч учеников, которые смогут вернуться к очному обучению;',
              'ежемесячные отчёты о ходе работ на сайте облсовета.',
            ],
          },
          {
            quote: 'Мы ждали этого решения два года. Теперь наконец сможем пригласить всех детей в классы, а не к экранам.',
            attribution: 'директор сельской школы на Нежинщине',
          },
          {
            p: 'Ранее сообщалось, что [в днепровских школах провели энергоаудит](story:dnipro-school-energy-audit), и в Черниговском облсовете планируют воспользоваться этим опытом. Мария Лысенко отметила, что бюджетная комиссия будет проверять каждый тендер, а данные о расходах появятся в открытом доступе.',
          },
        ],
      },
    },
  },
  {
    key: 'local-elections-turnout-app',
    section: 'politics',
    tags: ['elections', 'technology'],
    people: [],
    organisations: [],
    places: ['lviv', 'uzhhorod'],
    authors: ['oksana-hnatiuk'],
    picture: {
      palette: ['#457b9d', '#a8dadc'],
      motif: 'circles',
      caption: {
        uk: 'Член дільничної комісії оновлює дані про чергу в застосунку',
        en: 'A precinct commission member updates queue data in the app',
        ru: 'Член участковой комиссии обновляет данные об очереди в приложении',
      },
      credit: 'Vistka / Oksana Hnatiuk',
    },
    hoursAgo: 96,
    versions: {
      uk: {
        headline: 'Застосунок покаже черги на дільницях під час довиборів у двох містах',
        lead: 'Під час довиборів до місцевих рад у Львові та Ужгороді виборці вперше зможуть перевірити в застосунку черги на своїй дільниці.',
        body: [
          {
            p: 'Принцип роботи простий: члени дільничної комісії щопівгодини позначають у планшеті приблизну кількість людей у черзі, а застосунок показує це на мапі зеленим, жовтим або червоним кольором. Жодних персональних даних виборців система не збирає, а користуватися застосунком можна без реєстрації.',
          },
          {
            quote:
              'Ми хотіли розв’язати маленьку, але дуже знайому проблему. Людина, яка бачить, що о десятій ранку на дільниці черга, може прийти після обіду, а не відмовитися від голосування.',
            attribution: 'одна з розробниць застосунку',
          },
          { h: 'Як перевіряли систему' },
          {
            p: 'Перед запуском застосунок протестували на навчальних зборах комісій. За словами організаторів, найскладнішим було не технічне рішення, а домовленість про те, хто й коли оновлює дані, щоб інформація не застарівала. Пілот розробили волонтери-програмісти разом із територіальними виборчими комісіями; якщо він буде вдалим, систему запропонують для наступних місцевих виборів по всій країні.',
          },
          {
            list: [
              'дані оновлюються щонайменше раз на 30 хвилин;',
              'застосунок працює українською та англійською мовами;',
              'код проєкту відкритий для незалежної перевірки.',
            ],
          },
          {
            quote: 'Для нас це кілька натискань на екрані. Якщо це допоможе розвантажити ранкові години, ми тільки за.',
            attribution: 'голова однієї з дільничних комісій у Львові',
          },
          {
            p: 'Раніше повідомлялося, що [обласні ради почали публікувати свої видатки як відкриті дані](story:regional-councils-open-data). Автори застосунку також планують після виборів оприлюднити знеособлену статистику черг, щоб комісії могли краще розподіляти сили.',
          },
        ],
      },
      en: {
        headline: 'App to show polling-station queues during by-elections in two cities',
        lead: 'During local by-elections in Lviv and Uzhhorod, voters will for the first time be able to check the queue at their polling station in an app.',
        body: [
          {
            p: 'The idea is simple: every half hour, members of the precinct commission mark the approximate number of people in the queue on a tablet, and the app shows it on a map in green, yellow or red. The system collects no personal data about voters, and the app can be used without registering.',
          },
          {
            quote:
              'We wanted to solve a small but very familiar problem. Someone who sees a queue at their polling station at ten in the morning can come after lunch instead of giving up on voting.',
            attribution: 'one of the app’s developers',
          },
          { h: 'How the system was tested' },
          {
            p: 'Before the launch, the app was tested at training sessions for the commissions. According to the organisers, the hardest part was not the technology but agreeing on who updates the data and when, so that the information stays current. The pilot was built by volunteer programmers with territorial election commissions; if it succeeds, the system will be offered for the next local elections nationwide.',
          },
          {
            list: [
              'data are updated at least once every 30 minutes;',
              'the app works in Ukrainian and English;',
              'the project’s code is open to independent review.',
            ],
          },
          {
            quote: 'For us it is a few taps on a screen. If it helps to ease the morning rush, we are all for it.',
            attribution: 'chair of a precinct commission in Lviv',
          },
          {
            p: 'It was previously reported that [regional councils have begun publishing their spending as open data](story:regional-councils-open-data). After the vote, the app’s authors also plan to release anonymised queue statistics so that commissions can deploy their staff more effectively.',
          },
        ],
      },
      ru: {
        headline: 'Приложение покажет очереди на участках во время довыборов в двух городах',
        lead: 'Во время довыборов в местные советы во Львове и Ужгороде избиратели впервые смогут проверить в приложении очереди на своём участке.',
        body: [
          {
            p: 'Принцип работы простой: члены участковой комиссии каждые полчаса отмечают в планшете примерное количество людей в очереди, а приложение показывает это на карте зелёным, жёлтым или красным цветом. Никаких персональных данных избирателей система не собирает, а пользоваться приложением можно без регистрации.',
          },
          {
            quote:
              'Мы хотели решить маленькую, но очень знакомую проблему. Человек, который видит, что в десять утра на участке очередь, может прийти после обеда, а не отказаться от голосования.',
            attribution: 'одна из разработчиц приложения',
          },
          { h: 'Как проверяли систему' },
          {
            p: 'Перед запуском приложение протестировали на учебных сборах комиссий. По словам организаторов, самым сложным было не техническое решение, а договорённость о том, кто и когда обновляет данные, чтобы информация не устаревала. Пилот разработали программисты-волонтёры вместе с территориальными избирательными комиссиями; если он окажется удачным, систему предложат для следующих местных выборов по всей стране.',
          },
          {
            list: [
              'данные обновляются не реже одного раза в 30 минут;',
              'приложение работает на украинском и английском языках;',
              'код проекта открыт для независимой проверки.',
            ],
          },
          {
            quote: 'Для нас это несколько нажатий на экране. Если это поможет разгрузить утренние часы, мы только за.',
            attribution: 'председатель одной из участковых комиссий во Львове',
          },
          {
            p: 'Ранее сообщалось, что [областные советы начали публиковать свои расходы как открытые данные](story:regional-councils-open-data). Авторы приложения также планируют после выборов обнародовать обезличенную статистику очередей, чтобы комиссии могли лучше распределять силы.',
          },
        ],
      },
    },
  },
  {
    key: 'odesa-port-oversight-hearing',
    section: 'politics',
    tags: ['local-government', 'transport'],
    people: ['yevhen-moroz'],
    organisations: ['odesa-port'],
    places: ['odesa'],
    authors: ['oksana-hnatiuk'],
    picture: {
      palette: ['#0b3954', '#bfd7ea'],
      motif: 'waves',
      caption: {
        uk: 'Портові крани на тлі вечірнього неба над Одесою',
        en: 'Port cranes against the evening sky over Odesa',
        ru: 'Портовые краны на фоне вечернего неба над Одессой',
      },
      credit: 'Vistka / Oksana Hnatiuk',
    },
    hoursAgo: 14,
    versions: {
      uk: {
        headline: 'Одеська міськрада провела слухання щодо прозорості роботи порту',
        lead: 'Депутати Одеської міської ради та представники портової адміністрації вперше провели відкриті слухання про те, як порт звітує перед містом.',
        body: [
          {
            p: 'Слухання тривали понад три години й транслювалися онлайн. Депутати ставили запитання про тарифи на причальні послуги, графік ремонту під’їзних доріг та відрахування до міського бюджету. Частину запитань заздалегідь надіслали мешканці через сайт ради.',
          },
          {
            quote:
              'Порт — це не зачинена територія за парканом, а частина міста. Ми готові регулярно показувати цифри й пояснювати кожне рішення, яке стосується одеситів.',
            speaker: 'yevhen-moroz',
          },
          { h: 'Про що домовилися' },
          {
            list: [
              'щоквартальний публічний звіт адміністрації порту перед депутатами;',
              'оприлюднення договорів оренди причалів у відкритому реєстрі;',
              'спільна робоча група з питань вантажного транспорту в місті.',
            ],
          },
          {
            p: 'Окрему увагу приділили вантажівкам, які в години пік заїжджають до центральних районів. Робоча група має до кінця місяця запропонувати нові маршрути та часові вікна для заїзду вантажного транспорту до міста.',
          },
          {
            quote: 'Ми не проти порту, ми хочемо спати вночі. Якщо фури поїдуть об’їзною дорогою, для нашого району це буде велика зміна.',
            attribution: 'мешканець Пересипу, який виступив на слуханнях',
          },
          {
            p: 'Депутати також попросили адміністрацію порту щороку публікувати дані про якість повітря й рівень шуму поблизу терміналів. Євген Мороз пообіцяв, що перші вимірювання оприлюднять уже в першому квартальному звіті.',
          },
          {
            p: 'Раніше повідомлялося, що [порт готується до пікового сезону експорту зерна](story:grain-exports-odesa-season). Наступні слухання заплановано на осінь, коли адміністрація представить перший звіт за новим форматом.',
          },
        ],
      },
      en: {
        headline: 'Odesa council holds hearing on port transparency',
        lead: 'Members of Odesa City Council and representatives of the port administration have held their first open hearing on how the port reports to the city.',
        body: [
          {
            p: 'The hearing lasted more than three hours and was streamed online. Councillors asked about berth service tariffs, the repair schedule for access roads and payments into the city budget. Residents had sent some of the questions in advance via the council’s website.',
          },
          {
            quote:
              'The port is not a closed-off area behind a fence but part of the city. We are ready to show the figures regularly and to explain every decision that affects the people of Odesa.',
            speaker: 'yevhen-moroz',
          },
          { h: 'What was agreed' },
          {
            list: [
              'a quarterly public report by the port administration to councillors;',
              'publication of berth lease contracts in an open register;',
              'a joint working group on freight traffic in the city.',
            ],
          },
          {
            p: 'Particular attention was paid to lorries that drive into central districts at peak hours. By the end of the month, the working group is to propose new routes and time windows for freight traffic entering the city.',
          },
          {
            quote:
              'We are not against the port. We just want to sleep at night. If the lorries take the bypass, it will make a big difference to our neighbourhood.',
            attribution: 'a Peresyp resident who spoke at the hearing',
          },
          {
            p: 'Councillors also asked the port administration to publish annual data on air quality and noise levels near the terminals. Yevhen Moroz promised that the first measurements would be released in the very first quarterly report.',
          },
          {
            p: 'It was previously reported that [the port is preparing for the peak grain export season](story:grain-exports-odesa-season). The next hearing is scheduled for the autumn, when the administration will present its first report in the new format.',
          },
        ],
      },
      ru: {
        headline: 'Одесский горсовет провёл слушания о прозрачности работы порта',
        lead: 'Депутаты Одесского городского совета и представители портовой администрации впервые провели открытые слушания о том, как порт отчитывается перед городом.',
        body: [
          {
            p: 'Слушания длились более трёх часов и транслировались онлайн. Депутаты задавали вопросы о тарифах на причальные услуги, графике ремонта подъездных дорог и отчислениях в городской бюджет. Часть вопросов заранее прислали жители через сайт совета.',
          },
          {
            quote:
              'Порт — это не закрытая территория за забором, а часть города. Мы готовы регулярно показывать цифры и объяснять каждое решение, которое касается одесситов.',
            speaker: 'yevhen-moroz',
          },
          { h: 'О чём договорились' },
          {
            list: [
              'ежеквартальный публичный отчёт администрации порта перед депутатами;',
              'публикация договоров аренды причалов в открытом реестре;',
              'совместная рабочая группа по вопросам грузового транспорта в городе.',
            ],
          },
          {
            p: 'Отдельное внимание уделили грузовикам, которые в часы пик заезжают в центральные районы. Рабочая группа должна до конца месяца предложить новые маршруты и временные окна для въезда грузового транспорта в город.',
          },
          {
            quote:
              'Мы не против порта, мы хотим спать по ночам. Если фуры поедут по объездной дороге, для нашего района это будет большая перемена.',
            attribution: 'житель Пересыпи, выступивший на слушаниях',
          },
          {
            p: 'Депутаты также попросили администрацию порта ежегодно публиковать данные о качестве воздуха и уровне шума вблизи терминалов. Евгений Мороз пообещал, что первые измерения обнародуют уже в первом квартальном отчёте.',
          },
          {
            p: 'Ранее сообщалось, что [порт готовится к пиковому сезону экспорта зерна](story:grain-exports-odesa-season). Следующие слушания запланированы на осень, когда администрация представит первый отчёт в новом формате.',
          },
        ],
      },
    },
  },
  {
    key: 'lviv-council-heritage-law',
    section: 'politics',
    tags: ['local-government', 'reconstruction'],
    people: [],
    organisations: [],
    places: ['lviv'],
    authors: ['oksana-hnatiuk'],
    picture: {
      palette: ['#8d5b4c', '#f2e8cf'],
      motif: 'grid',
      caption: {
        uk: 'Реставратор оглядає дерев’яну браму будинку в центрі Львова',
        en: 'A restorer examines the wooden gate of a building in central Lviv',
        ru: 'Реставратор осматривает деревянные ворота дома в центре Львова',
      },
      credit: 'Vistka / Oksana Hnatiuk',
    },
    hoursAgo: 150,
    versions: {
      uk: {
        headline: 'Львівська міськрада ухвалила правила захисту фасадів старого міста',
        lead: 'Власники будинків у центрі Львова більше не зможуть самовільно замінювати історичні вікна, двері та балкони.',
        body: [
          {
            p: 'Нові правила стосуються понад 1200 будівель у межах історичного ареалу. Будь-які зміни фасаду — від заміни вікон до встановлення кондиціонерів і рекламних вивісок — тепер потрібно погоджувати з управлінням охорони історичного середовища. Заявку розглядатимуть не довше ніж 20 робочих днів. Порушникам загрожують штрафи, а самовільно змінені елементи фасаду доведеться повернути до попереднього вигляду власним коштом. Правила наберуть чинності через місяць після оприлюднення.',
          },
          {
            quote:
              'Ми щороку втрачали автентичні дерев’яні вікна й ковані балкони. Часто люди просто не знали, що їх можна відреставрувати дешевше, ніж замінити на пластик.',
            attribution: 'архітекторка, яка працювала над проєктом рішення',
          },
          { h: 'Гроші на реставрацію' },
          {
            p: 'Щоб правила не стали лише забороною, рада створила програму співфінансування. Місто покриватиме до половини вартості реставраційних робіт, якщо мешканці об’єднаються в ОСББ або подадуть спільну заявку від усього будинку.',
          },
          {
            list: [
              'до 50 відсотків вартості робіт з міського бюджету;',
              'безоплатна консультація реставратора перед подачею заявки;',
              'перелік сертифікованих майстрів на сайті міськради.',
            ],
          },
          {
            quote: 'У нас у під’їзді столітні двері, які ледве тримаються. Якщо місто допоможе, сусіди готові скластися на свою частину.',
            attribution: 'мешканець будинку на вулиці Вірменській',
          },
          {
            p: 'Раніше повідомлялося про [нові гранти для малого бізнесу у Львові](story:small-business-grants-lviv). У міськраді радять підприємцям старого міста спершу погоджувати вивіски й лише потім їх замовляти. Перші заявки на співфінансування прийматимуть із наступного місяця.',
          },
        ],
      },
      en: {
        headline: 'Lviv council adopts rules to protect old-town facades',
        lead: 'Owners of buildings in central Lviv will no longer be able to replace historic windows, doors and balconies at will.',
        body: [
          {
            p: 'The new rules cover more than 1,200 buildings within the historic area. Any change to a facade, from replacing windows to installing air conditioners and shop signs, must now be approved by the department for the protection of the historic environment. Applications will be reviewed within 20 working days. Violators face fines and will have to restore altered features to their original look at their own expense. The rules take effect a month after publication.',
          },
          {
            quote:
              'Every year we were losing original wooden windows and wrought-iron balconies. People often simply didn’t know that restoring them can cost less than replacing them with plastic.',
            attribution: 'an architect who worked on the draft decision',
          },
          { h: 'Money for restoration' },
          {
            p: 'To keep the rules from becoming a mere ban, the council has set up a co-funding programme. The city will cover up to half the cost of restoration work if residents form a homeowners’ association or submit a joint application on behalf of the whole building.',
          },
          {
            list: [
              'up to 50 per cent of the cost from the city budget;',
              'a free consultation with a restorer before applying;',
              'a list of certified craftspeople on the city council’s website.',
            ],
          },
          {
            quote:
              'Our entrance has century-old doors that are barely holding together. If the city helps, the neighbours are ready to chip in for their share.',
            attribution: 'a resident of a building on Virmenska Street',
          },
          {
            p: 'We previously reported on [new grants for small businesses in Lviv](story:small-business-grants-lviv). The city council advises business owners in the old town to get their signs approved first and only then order them. The first co-funding applications will be accepted from next month.',
          },
        ],
      },
      ru: {
        headline: 'Львовский горсовет принял правила защиты фасадов старого города',
        lead: 'Владельцы домов в центре Львова больше не смогут самовольно заменять исторические окна, двери и балконы.',
        body: [
          {
            p: 'Новые правила касаются более 1200 зданий в пределах исторического ареала. Любые изменения фасада — от замены окон до установки кондиционеров и рекламных вывесок — теперь нужно согласовывать с управлением охраны исторической среды. Заявку будут рассматривать не дольше 20 рабочих дней. Нарушителям грозят штрафы, а самовольно изменённые элементы фасада придётся вернуть к прежнему виду за собственный счёт. Правила вступят в силу через месяц после обнародования.',
          },
          {
            quote:
              'Мы каждый год теряли аутентичные деревянные окна и кованые балконы. Часто люди просто не знали, что их можно отреставрировать дешевле, чем заменить на пластик.',
            attribution: 'архитектор, работавшая над проектом решения',
          },
          { h: 'Деньги на реставрацию' },
          {
            p: 'Чтобы правила не стали лишь запретом, совет создал программу софинансирования. Город будет покрывать до половины стоимости реставрационных работ, если жители объединятся в ОСМД или подадут совместную заявку от всего дома.',
          },
          {
            list: [
              'до 50 процентов стоимости работ из городского бюджета;',
              'бесплатная консультация реставратора перед подачей заявки;',
              'перечень сертифицированных мастеров на сайте горсовета.',
            ],
          },
          {
            quote: 'У нас в подъезде столетние двери, которые еле держатся. Если город поможет, соседи готовы скинуться на свою часть.',
            attribution: 'житель дома на улице Армянской',
          },
          {
            p: 'Ранее сообщалось о [новых грантах для малого бизнеса во Львове](story:small-business-grants-lviv). В горсовете советуют предпринимателям старого города сначала согласовывать вывески и только потом их заказывать. Первые заявки на софинансирование будут принимать со следующего месяца.',
          },
        ],
      },
    },
  },
  {
    key: 'kharkiv-district-rebuilding-plan',
    section: 'politics',
    tags: ['reconstruction', 'housing', 'local-government'],
    people: [],
    organisations: [],
    places: ['kharkiv'],
    authors: ['oksana-hnatiuk'],
    picture: {
      palette: ['#6d597a', '#b5e48c'],
      motif: 'mountains',
      caption: {
        uk: 'Мешканці розглядають макет оновленого кварталу під час громадського обговорення',
        en: 'Residents study a model of the renewed neighbourhood during a public consultation',
        ru: 'Жители рассматривают макет обновлённого квартала во время общественного обсуждения',
      },
      credit: 'Vistka / Oksana Hnatiuk',
    },
    hoursAgo: 210,
    versions: {
      uk: {
        headline: 'Харків’ян запросили обговорити план відбудови Північної Салтівки',
        lead: 'Міська влада Харкова представила проєкт комплексної відбудови Північної Салтівки й до кінця місяця збирає пропозиції мешканців.',
        body: [
          {
            p: 'Проєкт передбачає відновлення житлових будинків, двох шкіл, поліклініки та мережі дворів із зеленими зонами. Архітектори пропонують відмовитися від суцільних парковок між будинками на користь дитячих майданчиків, скверів і велопарковок. Загалом планують відновити понад 150 будинків.',
          },
          {
            quote:
              'Ми не хочемо просто повернути район таким, яким він був. Мешканці мають сказати, яким він повинен стати для їхніх дітей.',
            attribution: 'архітектор, який представляв проєкт',
          },
          { h: 'Як долучитися до обговорення' },
          {
            list: [
              'заповнити онлайн-анкету на сайті міськради;',
              'прийти на зустріч у громадському центрі району в будній день;',
              'залишити пропозиції на інтерактивній мапі проєкту.',
            ],
          },
          {
            p: 'За перший тиждень обговорення надійшло понад дві тисячі пропозицій. Найчастіше мешканці просять більше зелених зон, зручніші зупинки громадського транспорту та першочергове відновлення шкіл.',
          },
          {
            quote:
              'Я повернулася додому навесні. Хочу, щоб у нашому дворі знову гралися діти, а біля під’їзду були лавки й дерева, а не лише машини.',
            attribution: 'мешканка Північної Салтівки',
          },
          {
            p: 'Фінансування планують залучити з державної програми відбудови та від міжнародних партнерів міста. Перші роботи — ремонт покрівель і заміна вікон у сорока будинках — мають розпочатися вже цього літа.',
          },
          {
            p: 'Раніше повідомлялося про [молодіжну футбольну академію в Харкові](story:youth-football-academy-kharkiv); у новому плані також передбачено кілька спортивних майданчиків для дітей району. Остаточну версію проєкту винесуть на сесію міськради після узагальнення всіх пропозицій.',
          },
        ],
      },
      en: {
        headline: 'Kharkiv residents invited to discuss plan for rebuilding Northern Saltivka',
        lead: 'Kharkiv’s city authorities have presented a comprehensive rebuilding plan for Northern Saltivka and are collecting residents’ proposals until the end of the month.',
        body: [
          {
            p: 'The plan provides for restoring residential buildings, two schools, a clinic and a network of courtyards with green spaces. The architects propose giving up wall-to-wall parking between buildings in favour of playgrounds, small public gardens and bicycle racks. In all, more than 150 buildings are to be restored.',
          },
          {
            quote:
              'We don’t want simply to bring the district back to what it was. Residents should tell us what it ought to become for their children.',
            attribution: 'an architect who presented the plan',
          },
          { h: 'How to take part' },
          {
            list: [
              'fill in an online questionnaire on the city council’s website;',
              'come to a meeting at the district’s community centre on a weekday;',
              'leave suggestions on the project’s interactive map.',
            ],
          },
          {
            p: 'More than two thousand proposals arrived in the first week of the consultation. Residents most often ask for more green spaces, more convenient public transport stops and for the schools to be restored first.',
          },
          {
            quote:
              'I came back home in the spring. I want children to play in our courtyard again, with benches and trees by the entrance, not just cars.',
            attribution: 'a resident of Northern Saltivka',
          },
          {
            p: 'Funding is to come from the national reconstruction programme and the city’s international partners. The first jobs, repairing roofs and replacing windows in forty buildings, are due to start this summer.',
          },
          {
            p: 'We previously reported on a [youth football academy in Kharkiv](story:youth-football-academy-kharkiv), and the new plan also includes several sports grounds for children in the district. The final version of the plan will go before a city council session once all proposals have been reviewed.',
          },
        ],
      },
      ru: {
        headline: 'Харьковчан пригласили обсудить план восстановления Северной Салтовки',
        lead: 'Городские власти Харькова представили проект комплексного восстановления Северной Салтовки и до конца месяца собирают предложения жителей.',
        body: [
          {
            p: 'Проект предусматривает восстановление жилых домов, двух школ, поликлиники и сети дворов с зелёными зонами. Архитекторы предлагают отказаться от сплошных парковок между домами в пользу детских площадок, скверов и велопарковок. Всего планируют восстановить более 150 домов.',
          },
          {
            quote: 'Мы не хотим просто вернуть район таким, каким он был. Жители должны сказать, каким он должен стать для их детей.',
            attribution: 'архитектор, представлявший проект',
          },
          { h: 'Как присоединиться к обсуждению' },
          {
            list: [
              'заполнить онлайн-анкету на сайте горсовета;',
              'прийти на встречу в общественный центр района в будний день;',
              'оставить предложения на интерактивной карте проекта.',
            ],
          },
          {
            p: 'За первую неделю обсуждения поступило более двух тысяч предложений. Чаще всего жители просят больше зелёных зон, более удобные остановки общественного транспорта и первоочередное восстановление школ.',
          },
          {
            quote:
              'Я вернулась домой весной. Хочу, чтобы в нашем дворе снова играли дети, а у подъезда были скамейки и деревья, а не только машины.',
            attribution: 'жительница Северной Салтовки',
          },
          {
            p: 'Финансирование планируют привлечь из государственной программы восстановления и от международных партнёров города. Первые работы — ремонт кровли и замена окон в сорока домах — должны начаться уже этим летом.',
          },
          {
            p: 'Ранее сообщалось о [молодёжной футбольной академии в Харькове](story:youth-football-academy-kharkiv); в новом плане также предусмотрено несколько спортивных площадок для детей района. Окончательную версию проекта вынесут на сессию горсовета после обобщения всех предложений.',
          },
        ],
      },
    },
  },
  {
    key: 'regional-councils-open-data',
    section: 'politics',
    tags: ['budget', 'technology', 'local-government'],
    people: ['mariia-lysenko'],
    organisations: [],
    places: ['chernihiv', 'lviv', 'dnipro'],
    authors: ['oksana-hnatiuk'],
    picture: {
      palette: ['#264653', '#8ecae6'],
      motif: 'grid',
      caption: {
        uk: 'Графік обласних видатків на екрані ноутбука',
        en: 'A chart of regional spending on a laptop screen',
        ru: 'График областных расходов на экране ноутбука',
      },
      credit: 'Vistka / Oksana Hnatiuk',
    },
    hoursAgo: 288,
    versions: {
      uk: {
        headline: 'Обласні ради почали публікувати свої видатки як відкриті дані',
        lead: 'П’ять обласних рад домовилися щомісяця викладати дані про свої видатки в машинозчитуваному форматі. Першими це вже зробили Чернігівська, Львівська та Дніпропетровська облради.',
        body: [
          {
            p: 'Ідеться про таблиці з усіма платежами: сума, отримувач, призначення платежу та номер договору. Дані публікуватимуть на спільному порталі, де їх можна завантажити, фільтрувати за датою й галуззю або порівнювати між областями.',
          },
          {
            quote:
              'Коли кожну гривню видно в таблиці, зникає чимало запитань і підозр. Для депутатів це ще й зручний інструмент: ми бачимо, як виконується бюджет, не чекаючи квартальних звітів.',
            speaker: 'mariia-lysenko',
          },
          { h: 'Що можна знайти в даних' },
          {
            list: [
              'усі платежі обласних рад та їхніх установ понад 10 тисяч гривень;',
              'тексти договорів і додаткових угод;',
              'щомісячні зведення за статтями бюджету.',
            ],
          },
          {
            p: 'Формат даних розробили разом із громадськими організаціями, які аналізують публічні фінанси. Для тих, хто не працює з таблицями, на порталі є прості графіки та пошук за назвою громади чи школи. Дані також дублюватимуть на сайтах самих рад, а архів за попередні роки обіцяють додати до кінця року.',
          },
          {
            quote:
              'Раніше ми місяцями збирали ці цифри через запити. Тепер журналісти й мешканці можуть самі перевірити, куди пішли гроші їхньої області.',
            attribution: 'аналітикиня громадської організації, що стежить за публічними фінансами',
          },
          {
            p: 'Раніше повідомлялося, що [Чернігівська облрада спрямувала кошти на укриття в школах](story:chernihiv-budget-schools), і саме ці видатки стали одними з перших, опублікованих у новому форматі. Решта обласних рад, що долучилися до ініціативи, мають почати публікації до кінця кварталу.',
          },
        ],
      },
      en: {
        headline: 'Regional councils start publishing their spending as open data',
        lead: 'Five regional councils have agreed to release data on their spending every month in a machine-readable format. The Chernihiv, Lviv and Dnipropetrovsk regional councils have already done so.',
        body: [
          {
            p: 'The data come as tables listing every payment: the amount, the recipient, the purpose of the payment and the contract number. They will be published on a shared portal where they can be downloaded, filtered by date and sector or compared across regions.',
          },
          {
            quote:
              'When every hryvnia is visible in a table, a lot of questions and suspicions disappear. For councillors it is also a handy tool: we can see how the budget is being spent without waiting for quarterly reports.',
            speaker: 'mariia-lysenko',
          },
          { h: 'What the data show' },
          {
            list: [
              'all payments over 10,000 hryvnias by regional councils and their institutions;',
              'the texts of contracts and amendments;',
              'monthly summaries by budget line.',
            ],
          },
          {
            p: 'The data format was developed together with civic organisations that analyse public finances. For those who do not work with spreadsheets, the portal offers simple charts and a search by the name of a community or school. The data will also appear on the councils’ own websites, with an archive of previous years promised by the end of the year.',
          },
          {
            quote:
              'We used to spend months gathering these figures through information requests. Now journalists and residents can check for themselves where their region’s money has gone.',
            attribution: 'an analyst at a civic group that monitors public finances',
          },
          {
            p: 'It was previously reported that [the Chernihiv Regional Council had allocated funds for school shelters](story:chernihiv-budget-schools), and that spending was among the first to be published in the new format. The other regional councils that have joined the initiative are due to start publishing by the end of the quarter.',
          },
        ],
      },
      ru: {
        headline: 'Областные советы начали публиковать свои расходы как открытые данные',
        lead: 'Пять областных советов договорились ежемесячно выкладывать данные о своих расходах в машиночитаемом формате. Первыми это уже сделали Черниговский, Львовский и Днепропетровский облсоветы.',
        body: [
          {
            p: 'Речь идёт о таблицах со всеми платежами: сумма, получатель, назначение платежа и номер договора. Данные будут публиковать на общем портале, где их можно скачать, отфильтровать по дате и отрасли или сравнить между областями.',
          },
          {
            quote:
              'Когда каждая гривна видна в таблице, исчезает немало вопросов и подозрений. Для депутатов это ещё и удобный инструмент: мы видим, как исполняется бюджет, не дожидаясь квартальных отчётов.',
            speaker: 'mariia-lysenko',
          },
          { h: 'Что можно найти в данных' },
          {
            list: [
              'все платежи областных советов и их учреждений свыше 10 тысяч гривен;',
              'тексты договоров и дополнительных соглашений;',
              'ежемесячные сводки по статьям бюджета.',
            ],
          },
          {
            p: 'Формат данных разработали вместе с общественными организациями, которые анализируют публичные финансы. Для тех, кто не работает с таблицами, на портале есть простые графики и поиск по названию громады или школы. Данные также будут дублировать на сайтах самих советов, а архив за предыдущие годы обещают добавить до конца года.',
          },
          {
            quote:
              'Раньше мы месяцами собирали эти цифры через запросы. Теперь журналисты и жители могут сами проверить, куда ушли деньги их области.',
            attribution: 'аналитик общественной организации, следящей за публичными финансами',
          },
          {
            p: 'Ранее сообщалось, что [Черниговский облсовет направил средства на укрытия в школах](story:chernihiv-budget-schools), и именно эти расходы оказались среди первых, опубликованных в новом формате. Остальные областные советы, присоединившиеся к инициативе, должны начать публикации до конца квартала.',
          },
        ],
      },
    },
  },
  {
    key: 'uzhhorod-border-queue-reform',
    section: 'politics',
    tags: ['transport', 'technology'],
    people: [],
    organisations: [],
    places: ['uzhhorod'],
    authors: ['oksana-hnatiuk'],
    picture: {
      palette: ['#3a5a40', '#dad7cd'],
      motif: 'mountains',
      caption: {
        uk: 'Легкові автомобілі під’їжджають до пункту пропуску поблизу Ужгорода',
        en: 'Cars approach the border checkpoint near Uzhhorod',
        ru: 'Легковые автомобили подъезжают к пункту пропуска возле Ужгорода',
      },
      credit: 'Vistka / Oksana Hnatiuk',
    },
    hoursAgo: 31,
    versions: {
      uk: {
        headline: 'На кордоні біля Ужгорода запрацювала електронна черга для легковиків',
        lead: 'Водії легкових автомобілів, які виїжджають через пункт пропуску «Ужгород», тепер можуть заздалегідь забронювати час перетину кордону онлайн. Пілот триватиме три місяці.',
        body: [
          {
            p: 'Досі електронна черга діяла лише для вантажівок, а легковики вишиковувалися вздовж дороги на кілька кілометрів. Тепер водій обирає на сайті дату й годинне вікно, отримує код і під’їжджає до пункту пропуску в призначений час, оминаючи загальну чергу. Сайт працює українською, англійською та словацькою мовами.',
          },
          {
            quote:
              'Ми бачили, як люди стоять у черзі по вісім годин, а на вулицях прикордонних сіл утворюються затори. Електронна черга має повернути дорогу місцевим мешканцям.',
            attribution: 'представниця Закарпатської обласної ради',
          },
          { h: 'Як це працює' },
          {
            list: [
              'бронювання відкривається за сім днів до поїздки;',
              'на один автомобіль може бути лише одне активне бронювання;',
              'якщо водій запізнюється більш ніж на годину, бронювання скасовується;',
              'послуга безкоштовна.',
            ],
          },
          {
            p: 'Для тих, хто не має смартфона, в Ужгороді працюватиме пункт допомоги, де можна записатися в чергу за паспортом і номером авто. Частину годинних вікон залишать для водіїв без бронювання, щоб не створювати труднощів людям, які їдуть терміново.',
          },
          {
            quote: 'Раніше дорога на роботу залежала від везіння. Учора я вперше проїхав за сорок хвилин і навіть устиг випити кави.',
            attribution: 'мешканець прикордонного села, який щодня їздить на роботу',
          },
          {
            p: 'Раніше повідомлялося про [запуск нового вантажного залізничного маршруту](story:rail-freight-new-route), який також має зменшити навантаження на автомобільні пункти пропуску. За підсумками пілоту електронну чергу можуть поширити й на інші пункти пропуску Закарпаття.',
          },
        ],
      },
      en: {
        headline: 'Online queue launched for cars at the border crossing near Uzhhorod',
        lead: 'Drivers of passenger cars leaving through the Uzhhorod checkpoint can now book a time to cross the border online in advance. The pilot will run for three months.',
        body: [
          {
            p: 'Until now the electronic queue applied only to lorries, while cars lined up along the road for several kilometres. Now a driver picks a date and a one-hour slot on the website, receives a code and arrives at the checkpoint at the appointed time, bypassing the general queue. The website is available in Ukrainian, English and Slovak.',
          },
          {
            quote:
              'We have seen people queue for eight hours and traffic jams build up on the streets of border villages. The online queue should give the road back to local residents.',
            attribution: 'a spokeswoman for the Zakarpattia Regional Council',
          },
          { h: 'How it works' },
          {
            list: [
              'bookings open seven days before the trip;',
              'each car may have only one active booking;',
              'if a driver is more than an hour late, the booking is cancelled;',
              'the service is free.',
            ],
          },
          {
            p: 'For those without a smartphone, a help desk will open in Uzhhorod where people can join the queue with their passport and licence plate number. Some slots will be kept free for drivers without a booking, so as not to cause trouble for people who need to travel urgently.',
          },
          {
            quote:
              'My journey to work used to depend on luck. Yesterday I got through in forty minutes for the first time and even had time for a coffee.',
            attribution: 'a resident of a border village who commutes to work every day',
          },
          {
            p: 'We previously reported on the [launch of a new rail freight route](story:rail-freight-new-route), which should also ease the pressure on road checkpoints. Depending on the results of the pilot, the online queue may be extended to other checkpoints in Zakarpattia.',
          },
        ],
      },
    },
  },
  {
    key: 'dnipro-council-bike-lanes',
    section: 'politics',
    tags: ['transport', 'environment'],
    people: [],
    organisations: [],
    places: ['dnipro'],
    authors: ['oksana-hnatiuk'],
    picture: {
      palette: ['#ffb703', '#219ebc'],
      motif: 'waves',
      caption: {
        uk: 'Велосипедисти на набережній Дніпра вранці',
        en: 'Cyclists on the Dnipro embankment in the morning',
        ru: 'Велосипедисты на набережной Днепра утром',
      },
      credit: 'Vistka / Oksana Hnatiuk',
    },
    hoursAgo: 410,
    versions: {
      uk: {
        headline: 'Дніпровська міськрада затвердила 42 кілометри нових велодоріжок',
        lead: 'Депутати Дніпровської міської ради ухвалили трирічну програму розвитку велоінфраструктури. Перші ділянки з’являться вже цього сезону на набережній та в Новокодацькому районі.',
        body: [
          {
            p: 'Програма передбачає 42 кілометри велодоріжок, які мають з’єднати житлові масиви з центром, набережною та університетами. Понад половину мережі облаштують як фізично відокремлені смуги з бордюром, а не лише як розмітку на проїжджій частині.',
          },
          {
            quote:
              'Ми рахували не лише кілометри, а й те, куди люди насправді їздять. Велодоріжка, що обривається посеред кварталу, нікому не потрібна, тому ми будуємо саме мережу.',
            attribution: 'депутатка міськради, яка готувала програму',
          },
          { h: 'Що збудують першими' },
          {
            list: [
              '8 кілометрів уздовж Набережної Перемоги;',
              'сполучення Новокодацького району з центром;',
              'велопарковки біля 30 шкіл і поліклінік.',
            ],
          },
          {
            p: 'Програма також передбачає безпечні перехрестя з окремими світлофорами для велосипедистів і обмеження швидкості до 30 кілометрів на годину на кількох вулицях поблизу шкіл. Вартість першого етапу оцінюють у 120 мільйонів гривень.',
          },
          {
            quote:
              'Десять років тому нас, велосипедистів, у місті було кілька сотень. Тепер щоранку на набережній видно справжній велотрафік, і місто нарешті це визнало.',
            attribution: 'учасник місцевої велоспільноти',
          },
          {
            p: 'Раніше повідомлялося про [шкільний день спорту в Дніпрі](story:school-sports-day-dnipro). Тепер до шкіл можна буде безпечніше доїжджати й на велосипеді: у програмі окремо прописано маршрути до навчальних закладів.',
          },
          {
            p: 'Міська рада обіцяє щороку звітувати про виконання програми та проводити громадські обговорення нових маршрутів перед початком будівництва. Підрядника для першої ділянки на набережній оберуть на відкритих торгах уже цього місяця.',
          },
        ],
      },
    },
  },
  {
    key: 'chernihiv-volunteers-library',
    section: 'society',
    tags: ['literature', 'reconstruction'],
    people: [],
    organisations: [],
    places: ['chernihiv'],
    authors: ['kateryna-zhuk'],
    picture: {
      palette: ['#9c6644', '#ede0d4'],
      motif: 'circles',
      caption: {
        uk: 'Волонтери розставляють книжки на нових стелажах бібліотеки',
        en: 'Volunteers arrange books on the library’s new shelves',
        ru: 'Волонтёры расставляют книги на новых стеллажах библиотеки',
      },
      credit: 'Vistka / Kateryna Zhuk',
    },
    hoursAgo: 560,
    versions: {
      uk: {
        headline: 'Волонтери повернули до життя районну бібліотеку в Чернігові',
        lead: 'Понад сотня волонтерів за чотири місяці відремонтувала бібліотеку в Чернігові, яка кілька років стояла зачиненою. Цими вихідними вона знову відчинила двері для читачів.',
        body: [
          {
            p: 'Ремонт почався з даху, який протікав так сильно, що бібліотеку довелося зачинити. Волонтери перекрили покрівлю, замінили вікна, пофарбували стіни й власноруч зібрали нові стелажі. Матеріали купили за кошти, які зібрали мешканці району, а частину меблів передали місцеві майстерні.',
          },
          {
            quote:
              'Я плакала, коли ми виносили намоклі книжки. А тепер у нас світлі зали, дитячий куточок і навіть місце для настільних ігор.',
            attribution: 'бібліотекарка, яка працює тут понад двадцять років',
          },
          { h: 'Більше, ніж книжки' },
          {
            p: 'Оновлена бібліотека має стати місцем зустрічей для всього району. Тут працюватимуть розмовний клуб, гурток для школярів і консультації для літніх людей, які хочуть навчитися користуватися смартфоном. Читачів чекатимуть шість днів на тиждень, а по четвергах — до дев’ятої вечора, щоб сюди могли прийти й ті, хто пізно закінчує роботу.',
          },
          {
            list: [
              'понад 4 тисячі нових книжок, переданих мешканцями та видавцями;',
              'дитяча зона з м’якими кріслами й настільними іграми;',
              'безкоштовний інтернет і робочі місця для студентів.',
            ],
          },
          {
            quote:
              'Спершу я прийшла на один вечір пофарбувати стіни, а залишилася на всі чотири місяці. Тут я познайомилася з половиною району.',
            attribution: 'волонтерка, студентка з сусіднього гуртожитку',
          },
          {
            p: 'Раніше повідомлялося, що [у Чернігові знову відчинив двері музей](story:chernihiv-museum-reopens); бібліотека вже домовилася з ним про спільні лекції для школярів. Волонтери не розходяться: наступним кроком вони хочуть облаштувати читальний дворик під старими липами.',
          },
        ],
      },
      ru: {
        headline: 'Волонтёры вернули к жизни районную библиотеку в Чернигове',
        lead: 'Более сотни волонтёров за четыре месяца отремонтировали библиотеку в Чернигове, которая несколько лет стояла закрытой. В эти выходные она снова открыла двери для читателей.',
        body: [
          {
            p: 'Ремонт начался с крыши, которая протекала так сильно, что библиотеку пришлось закрыть. Волонтёры перекрыли кровлю, заменили окна, покрасили стены и своими руками собрали новые стеллажи. Материалы купили на деньги, собранные жителями района, а часть мебели передали местные мастерские.',
          },
          {
            quote:
              'Я плакала, когда мы выносили промокшие книги. А теперь у нас светлые залы, детский уголок и даже место для настольных игр.',
            attribution: 'библиотекарь, которая работает здесь больше двадцати лет',
          },
          { h: 'Больше, чем книги' },
          {
            p: 'Обновлённая библиотека должна стать местом встреч для всего района. Здесь будут работать разговорный клуб, кружок для школьников и консультации для пожилых людей, которые хотят научиться пользоваться смартфоном. Читателей будут ждать шесть дней в неделю, а по четвергам — до девяти вечера, чтобы сюда могли прийти и те, кто поздно заканчивает работу.',
          },
          {
            list: [
              'более 4 тысяч новых книг, переданных жителями и издателями;',
              'детская зона с мягкими креслами и настольными играми;',
              'бесплатный интернет и рабочие места для студентов.',
            ],
          },
          {
            quote:
              'Сначала я пришла на один вечер покрасить стены, а осталась на все четыре месяца. Здесь я познакомилась с половиной района.',
            attribution: 'волонтёр, студентка из соседнего общежития',
          },
          {
            p: 'Ранее сообщалось, что [в Чернигове снова открыл двери музей](story:chernihiv-museum-reopens); библиотека уже договорилась с ним о совместных лекциях для школьников. Волонтёры не расходятся: следующим шагом они хотят обустроить читальный дворик под старыми липами.',
          },
        ],
      },
    },
  },
]
