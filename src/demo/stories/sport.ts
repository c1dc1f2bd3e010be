import type { DemoStory } from '../content.types.js'

export const sportStories: DemoStory[] = [
  {
    key: 'fc-podil-cup-quarterfinal',
    section: 'sport',
    tags: ['football'],
    people: ['andrii-tkachenko'],
    organisations: ['fc-podil'],
    places: ['kyiv'],
    authors: ['yurii-pavlenko'],
    picture: {
      palette: ['#0b3d2e', '#f4d35e'],
      motif: 'stripes',
      caption: {
        uk: 'Гравці ФК «Поділ» святкують переможний гол під вечірніми прожекторами',
        en: 'FC Podil players celebrate the winning goal under the evening floodlights',
        ru: 'Игроки ФК «Подол» празднуют победный гол под вечерними прожекторами',
      },
      credit: 'Press service of FC Podil',
    },
    hoursAgo: 1,
    breaking: true,
    versions: {
      uk: {
        headline: 'ФК «Поділ» уперше в історії вийшов до півфіналу Кубка України',
        lead: 'Київський клуб переміг гостей з Полтави з рахунком 2:1 у чвертьфіналі. Вирішальний гол на 87-й хвилині забив 19-річний вихованець власної академії.',
        body: [
          {
            p: 'Матч на стадіоні на Подолі зібрав майже шість тисяч уболівальників — рекорд клубу за останні десять років. Квитки на центральну трибуну розкупили ще за два дні до гри. Гості відкрили рахунок уже на 12-й хвилині після стандарту, і весь перший тайм «Поділ» провів під тиском.',
          },
          {
            p: 'Після перерви кияни перейшли на схему з трьома захисниками й заволоділи ініціативою. Капітан команди зрівняв рахунок ударом з-за меж штрафного майданчика на 58-й хвилині, а за три хвилини до кінця основного часу **19-річний півзахисник**, який лише цього сезону перейшов з академії до першої команди, замкнув подачу з лівого флангу.',
          },
          { h: 'Тренер: «Ми грали для свого району»' },
          {
            quote:
              'Хлопці не панікували після пропущеного м’яча. Ми довго готували цю зміну схеми, і сьогодні вона спрацювала. Але головне — ці трибуни. Ми грали для свого району, і район нас почув.',
            speaker: 'andrii-tkachenko',
          },
          {
            p: 'Суперника в півфіналі визначить жеребкування, яке відбудеться наступного тижня. Матч має пройти наприкінці квітня. Клуб обіцяє відкрити продаж квитків одразу після жеребкування й зберегти знижки для дітей і студентів.',
          },
          {
            quote:
              'Я ходжу на «Поділ» з дитинства, але такого вечора ще не бачив. Сусіди, діти, пенсіонери — усі співали до фінального свистка.',
            attribution: 'мешканець Подолу, вболівальник зі стажем',
          },
          {
            p: 'Раніше повідомлялося, що міська рада [продовжила нічні автобусні маршрути](story:kyiv-council-night-buses). Уболівальники, які поверталися зі стадіону після опівночі, вже змогли ними скористатися.',
          },
        ],
      },
      en: {
        headline: 'FC Podil reach the Ukrainian Cup semi-finals for the first time in club history',
        lead: 'The Kyiv club beat the visitors from Poltava 2–1 in the quarter-final. The winner came in the 87th minute from a 19-year-old graduate of the club’s own academy.',
        body: [
          {
            p: 'The match at the stadium in Podil drew almost six thousand fans, the club’s biggest crowd in ten years. Tickets for the main stand had sold out two days before the game. The visitors took the lead as early as the 12th minute from a set piece, and Podil spent the whole first half under pressure.',
          },
          {
            p: 'After the break the hosts switched to a back three and took control. The captain equalised with a strike from outside the penalty area in the 58th minute, and three minutes before the end of normal time a **19-year-old midfielder**, promoted from the academy to the first team only this season, turned in a cross from the left.',
          },
          { h: 'Coach: “We played for our neighbourhood”' },
          {
            quote:
              'The lads didn’t panic after conceding. We had been preparing this change of shape for a long time, and tonight it worked. But the main thing is these stands. We played for our neighbourhood, and the neighbourhood heard us.',
            speaker: 'andrii-tkachenko',
          },
          {
            p: 'The semi-final opponent will be decided by a draw next week. The match is due to be played at the end of April. The club has promised to open ticket sales straight after the draw and to keep discounts for children and students.',
          },
          {
            quote:
              'I’ve been coming to Podil games since I was a child, but I’ve never seen a night like this. Neighbours, kids, pensioners — everyone was singing until the final whistle.',
            attribution: 'a Podil resident and long-time supporter',
          },
          {
            p: 'It was previously reported that the city council [extended night bus routes](story:kyiv-council-night-buses). Fans heading home from the stadium after midnight were already able to use them.',
          },
        ],
      },
      ru: {
        headline: 'ФК «Подол» впервые в истории вышел в полуфинал Кубка Украины',
        lead: 'Киевский клуб обыграл гостей из Полтавы со счётом 2:1 в четвертьфинале. Решающий гол на 87-й минуте забил 19-летний воспитанник собственной академии.',
        body: [
          {
            p: 'Матч на стадионе на Подоле собрал почти шесть тысяч болельщиков — рекорд клуба за последние десять лет. Билеты на центральную трибуну раскупили ещё за два дня до игры. Гости открыли счёт уже на 12-й минуте после стандарта, и весь первый тайм «Подол» провёл под давлением.',
          },
          {
            p: 'После перерыва киевляне перешли на схему с тремя защитниками и завладели инициативой. Капитан команды сравнял счёт ударом из-за пределов штрафной площади на 58-й минуте, а за три минуты до конца основного времени **19-летний полузащитник**, который лишь в этом сезоне перешёл из академии в первую команду, замкнул подачу с левого фланга.',
          },
          { h: 'Тренер: «Мы играли для своего района»' },
          {
            quote:
              'Ребята не запаниковали после пропущенного мяча. Мы долго готовили эту смену схемы, и сегодня она сработала. Но главное — эти трибуны. Мы играли для своего района, и район нас услышал.',
            speaker: 'andrii-tkachenko',
          },
          {
            p: 'Соперника в полуфинале определит жеребьёвка, которая пройдёт на следующей неделе. Матч должен состояться в конце апреля. Клуб обещает открыть продажу билетов сразу после жеребьёвки и сохранить скидки для детей и студентов.',
          },
          {
            quote: 'Я хожу на «Подол» с детства, но такого вечера ещё не видел. Соседи, дети, пенсионеры — все пели до финального свистка.',
            attribution: 'житель Подола, болельщик со стажем',
          },
          {
            p: 'Ранее сообщалось, что городской совет [продлил ночные автобусные маршруты](story:kyiv-council-night-buses). Болельщики, которые возвращались со стадиона после полуночи, уже смогли ими воспользоваться.',
          },
        ],
      },
    },
  },
  {
    key: 'poliakova-national-record',
    section: 'sport',
    tags: ['athletics'],
    people: ['khrystyna-poliakova'],
    organisations: [],
    places: ['lviv', 'dnipro'],
    authors: ['yurii-pavlenko'],
    picture: {
      palette: ['#c1121f', '#fdf0d5'],
      motif: 'circles',
      caption: {
        uk: 'Христина Полякова перетинає фінішну лінію з піднятими руками',
        en: 'Khrystyna Poliakova crosses the finish line with her arms raised',
        ru: 'Кристина Полякова пересекает финишную линию с поднятыми руками',
      },
      credit: 'Vistka / Yurii Pavlenko',
    },
    hoursAgo: 38,
    important: true,
    versions: {
      uk: {
        headline: 'Христина Полякова встановила національний рекорд у бігу на 1500 метрів',
        lead: 'Бігунка подолала дистанцію за 3:58,41 на весняному легкоатлетичному мітингу у Львові й покращила рекорд України, який протримався 19 років.',
        body: [
          {
            p: 'Полякова трималася в групі лідерок до останнього кола, а за 300 метрів до фінішу різко прискорилася. На фінішній прямій її перевага над найближчою суперницею перевищила дві секунди, і трибуни аплодували стоячи ще до того, як на табло з’явився час.',
          },
          {
            p: 'Для 26-річної спортсменки це вже третій особистий рекорд за сезон. Після травми минулого літа вона змінила тренувальний план і додала більше роботи над швидкістю. Узимку вона виграла чемпіонат України в приміщенні на дистанції 800 метрів, а навесні провела тренувальний збір у горах.',
          },
          { h: '«Я бігла на відчуттях»' },
          {
            quote:
              'Я не дивилася на табло й бігла на відчуттях. Коли на останньому колі почула трибуни, зрозуміла, що сьогодні можна все. Цей рекорд — для всіх, хто разом зі мною вставав на тренування о шостій ранку.',
            speaker: 'khrystyna-poliakova',
          },
          {
            quote:
              'Христина дуже розумно розподілила сили. Такий фініш буває лише тоді, коли спортсменка повністю довіряє своїй підготовці.',
            attribution: 'тренерка спортсменки',
          },
          {
            p: 'Результат також перевищує кваліфікаційний норматив на літній чемпіонат Європи, тож Полякова може зосередитися на підготовці й не шукати нових стартів для відбору. Її найкращі результати на сьогодні:',
          },
          { list: ['800 метрів — 1:59,02', '1500 метрів — 3:58,41, рекорд України', 'одна миля — 4:21,70'] },
          {
            p: 'Раніше повідомлялося, що напередодні змагань Полякова [провела розминку на дні спорту у своїй рідній школі в Дніпрі](story:school-sports-day-dnipro) й пообіцяла дітям повернутися з новим рекордом. Обіцянку вона виконала вже за кілька днів.',
          },
        ],
      },
      en: {
        headline: 'Khrystyna Poliakova sets a national record in the 1,500 metres',
        lead: 'The runner covered the distance in 3:58.41 at a spring athletics meeting in Lviv, improving a Ukrainian record that had stood for 19 years.',
        body: [
          {
            p: 'Poliakova stayed in the leading group until the final lap, then surged with 300 metres to go. On the home straight her lead over the nearest rival grew to more than two seconds, and the crowd was on its feet applauding before the time even appeared on the scoreboard.',
          },
          {
            p: 'For the 26-year-old it is already her third personal best of the season. After an injury last summer she changed her training plan and added more speed work. In winter she won the national indoor title over 800 metres, and this spring she spent a training camp in the mountains.',
          },
          { h: '“I ran on feel”' },
          {
            quote:
              'I didn’t look at the scoreboard and just ran on feel. When I heard the stands on the last lap, I knew anything was possible today. This record is for everyone who got up with me for training at six in the morning.',
            speaker: 'khrystyna-poliakova',
          },
          {
            quote:
              'Khrystyna judged her effort very cleverly. A finish like that only happens when an athlete trusts her preparation completely.',
            attribution: 'her coach',
          },
          {
            p: 'The time also beats the qualifying standard for this summer’s European Championships, so Poliakova can focus on training rather than chasing more races to qualify. Her best marks to date:',
          },
          { list: ['800 metres — 1:59.02', '1,500 metres — 3:58.41, Ukrainian record', 'one mile — 4:21.70'] },
          {
            p: 'It was previously reported that shortly before the meeting Poliakova [led the warm-up at a sports day at her old school in Dnipro](story:school-sports-day-dnipro) and promised the children she would come back with a new record. She kept that promise within a few days.',
          },
        ],
      },
      ru: {
        headline: 'Кристина Полякова установила национальный рекорд в беге на 1500 метров',
        lead: 'Бегунья преодолела дистанцию за 3:58,41 на весеннем легкоатлетическом митинге во Львове и улучшила рекорд Украины, который продержался 19 лет.',
        body: [
          {
            p: 'Полякова держалась в группе лидеров до последнего круга, а за 300 метров до финиша резко ускорилась. На финишной прямой её преимущество над ближайшей соперницей превысило две секунды, и трибуны аплодировали стоя ещё до того, как на табло появилось время.',
          },
          {
            p: 'Для 26-летней спортсменки это уже третий личный рекорд за сезон. После травмы прошлым летом она изменила тренировочный план и добавила больше работы над скоростью. Зимой она выиграла чемпионат Украины в помещении на дистанции 800 метров, а весной провела тренировочный сбор в горах.',
          },
          { h: '«Я бежала на ощущениях»' },
          {
            quote:
              'Я не смотрела на табло и бежала на ощущениях. Когда на последнем круге услышала трибуны, поняла, что сегодня можно всё. Этот рекорд — для всех, кто вместе со мной вставал на тренировки в шесть утра.',
            speaker: 'khrystyna-poliakova',
          },
          {
            quote:
              'Кристина очень грамотно распределила силы. Такой финиш бывает только тогда, когда спортсменка полностью доверяет своей подготовке.',
            attribution: 'тренер спортсменки',
          },
          {
            p: 'Результат также превышает квалификационный норматив на летний чемпионат Европы, поэтому Полякова может сосредоточиться на подготовке и не искать новых стартов для отбора. Её лучшие результаты на сегодня:',
          },
          { list: ['800 метров — 1:59,02', '1500 метров — 3:58,41, рекорд Украины', 'одна миля — 4:21,70'] },
          {
            p: 'Ранее сообщалось, что накануне соревнований Полякова [провела разминку на дне спорта в своей родной школе в Днепре](story:school-sports-day-dnipro) и пообещала детям вернуться с новым рекордом. Обещание она выполнила уже через несколько дней.',
          },
        ],
      },
    },
  },
  {
    key: 'kyiv-half-marathon-route',
    section: 'sport',
    tags: ['athletics', 'transport'],
    people: ['khrystyna-poliakova'],
    organisations: [],
    places: ['kyiv'],
    authors: ['yurii-pavlenko'],
    picture: {
      palette: ['#023e8a', '#90e0ef'],
      motif: 'waves',
      caption: {
        uk: 'Бігуни на набережній Дніпра під час торішнього забігу',
        en: 'Runners on the Dnipro embankment during last year’s race',
        ru: 'Бегуны на набережной Днепра во время прошлогоднего забега',
      },
      credit: 'Vistka / Yurii Pavlenko',
    },
    hoursAgo: 20,
    versions: {
      uk: {
        headline: 'Київський напівмарафон отримав новий маршрут уздовж Дніпра',
        lead: 'Цьогорічний забіг стартуватиме на Контрактовій площі й пролягатиме набережною та Подолом. Кількість учасників організатори обмежили вісьмома тисячами.',
        body: [
          {
            p: 'Організатори представили оновлену трасу в середу. Замість кола центральними вулицями бігуни вперше подолають майже половину дистанції вздовж Дніпра, де менше перепадів висоти й більше місця для вболівальників. Торішня траса мала кілька затяжних підйомів, на які скаржилися учасники.',
          },
          { h: 'Що зміниться для учасників' },
          {
            list: [
              'старт і фініш — на Контрактовій площі',
              'пункти з водою — кожні п’ять кілометрів',
              'ліміт часу — три години',
              'окремий старт для спортсменів на кріслах колісних',
            ],
          },
          {
            p: 'Для водіїв це означає обмеження руху на набережній з шостої ранку до обіду. Метро в день забігу відкриється на годину раніше, щоб учасники встигли на старт. Перелік перекритих вулиць і схему об’їздів оприлюднять за тиждень до забігу.',
          },
          {
            quote:
              'Ми хотіли, щоб траса була не лише швидкою, а й красивою. Бігти вздовж річки на світанку — зовсім інший досвід, і ми впевнені, що саме тут падатимуть особисті рекорди.',
            attribution: 'директорка забігу',
          },
          {
            p: 'Амбасадоркою забігу стала Христина Полякова. Раніше повідомлялося, що бігунка [встановила національний рекорд на дистанції 1500 метрів](story:poliakova-national-record). Сама вона пробіжить лише перші п’ять кілометрів разом з аматорами.',
          },
          {
            quote:
              'Напівмарафон — не моя дистанція, але я дуже хочу відчути цю атмосферу зсередини. Усім новачкам кажу: починайте повільно, а на набережній просто насолоджуйтеся краєвидом.',
            speaker: 'khrystyna-poliakova',
          },
          {
            p: 'Реєстрація відкрита [на сайті забігу](https://example.org/kyiv-half-marathon) і триває до кінця місяця або до вичерпання місць. Учасники торішнього забігу можуть зареєструватися зі знижкою.',
          },
        ],
      },
      en: {
        headline: 'Kyiv Half Marathon gets a new route along the Dnipro',
        lead: 'This year’s race will start on Kontraktova Square and run along the embankment and through Podil. Organisers have capped the field at eight thousand runners.',
        body: [
          {
            p: 'The organisers presented the revised course on Wednesday. Instead of a loop through the central streets, runners will for the first time cover almost half the distance along the Dnipro, where there are fewer climbs and more room for spectators. Last year’s course had several long climbs that runners complained about.',
          },
          { h: 'What changes for runners' },
          {
            list: [
              'start and finish on Kontraktova Square',
              'water stations every five kilometres',
              'a three-hour time limit',
              'a separate start for wheelchair athletes',
            ],
          },
          {
            p: 'For drivers, it means traffic restrictions on the embankment from six in the morning until midday. On race day the metro will open an hour early so that runners can reach the start in time. A list of closed streets and a diversion map will be published a week before the race.',
          },
          {
            quote:
              'We wanted a course that is not only fast but beautiful. Running along the river at sunrise is a completely different experience, and we are confident this is where personal bests will fall.',
            attribution: 'the race director',
          },
          {
            p: 'Khrystyna Poliakova has become the race ambassador. It was previously reported that the runner [set a national record over 1,500 metres](story:poliakova-national-record). She will run only the first five kilometres, alongside the amateurs.',
          },
          {
            quote:
              'The half marathon isn’t my distance, but I really want to feel the atmosphere from the inside. My advice to every beginner: start slowly, and on the embankment just enjoy the view.',
            speaker: 'khrystyna-poliakova',
          },
          {
            p: 'Registration is open [on the race website](https://example.org/kyiv-half-marathon) until the end of the month or until places run out. Those who ran last year can register at a discount.',
          },
        ],
      },
      ru: {
        headline: 'Киевский полумарафон получил новый маршрут вдоль Днепра',
        lead: 'Забег в этом году стартует на Контрактовой площади и пройдёт по набережной и Подолу. Количество участников организаторы ограничили восемью тысячами.',
        body: [
          {
            p: 'Организаторы представили обновлённую трассу в среду. Вместо круга по центральным улицам бегуны впервые преодолеют почти половину дистанции вдоль Днепра, где меньше перепадов высоты и больше места для болельщиков. На прошлогодней трассе было несколько затяжных подъёмов, на которые жаловались участники.',
          },
          { h: 'Что изменится для участников' },
          {
            list: [
              'старт и финиш — на Контрактовой площади',
              'пункты с водой — каждые пять километров',
              'лимит времени — три часа',
              'отдельный старт для спортсменов на колясках',
            ],
          },
          {
            p: 'Для водителей это означает ограничение движения на набережной с шести утра до обеда. Метро в день забега откроется на час раньше, чтобы участники успели на старт. Список перекрытых улиц и схему объездов опубликуют за неделю до забега.',
          },
          {
            quote:
              'Мы хотели, чтобы трасса была не только быстрой, но и красивой. Бежать вдоль реки на рассвете — совсем другой опыт, и мы уверены, что именно здесь будут падать личные рекорды.',
            attribution: 'директор забега',
          },
          {
            p: 'Амбассадором забега стала Кристина Полякова. Ранее сообщалось, что бегунья [установила национальный рекорд на дистанции 1500 метров](story:poliakova-national-record). Сама она пробежит только первые пять километров вместе с любителями.',
          },
          {
            quote:
              'Полумарафон — не моя дистанция, но мне очень хочется почувствовать эту атмосферу изнутри. Всем новичкам говорю: начинайте медленно, а на набережной просто наслаждайтесь видом.',
            speaker: 'khrystyna-poliakova',
          },
          {
            p: 'Регистрация открыта [на сайте забега](https://example.org/kyiv-half-marathon) и продлится до конца месяца или до тех пор, пока не закончатся места. Участники прошлогоднего забега могут зарегистрироваться со скидкой.',
          },
        ],
      },
    },
  },
  {
    key: 'youth-football-academy-kharkiv',
    section: 'sport',
    tags: ['football', 'education', 'reconstruction'],
    people: [],
    organisations: [],
    places: ['kharkiv'],
    authors: ['yurii-pavlenko'],
    picture: {
      palette: ['#2d6a4f', '#d8f3dc'],
      motif: 'grid',
      caption: {
        uk: 'Діти на першому тренуванні академії на оновленому полі',
        en: 'Children at the academy’s first training session on the renovated pitch',
        ru: 'Дети на первой тренировке академии на обновлённом поле',
      },
      credit: 'Vistka / Yurii Pavlenko',
    },
    hoursAgo: 430,
    versions: {
      uk: {
        headline: 'У Харкові відкрилася безкоштовна дитяча футбольна академія',
        lead: 'Академія прийматиме дітей від 7 до 15 років на оновленому стадіоні на Салтівці. Перший набір — 240 вихованців.',
        body: [
          {
            p: 'Заняття проходитимуть на стадіоні, який за зиму отримав нове штучне покриття, освітлення й роздягальні. Діти тренуватимуться чотири рази на тиждень, а на вихідних гратимуть у міській дитячій лізі.',
          },
          {
            p: 'Навчання безкоштовне: оплату тренерів, форму й інвентар покривають міська програма розвитку спорту та благодійні внески. Окрім футболу, вихованці матимуть заняття з англійської мови та першої допомоги.',
          },
          { h: 'Дівчата — третина набору' },
          {
            p: 'Організатори наголошують, що академія відкрита для всіх. Уже зараз майже третина записаних — дівчата, для яких створили окремі групи й запросили тренерку з досвідом гри в жіночій лізі.',
          },
          {
            quote:
              'Ми не обіцяємо, що кожен стане професіоналом. Ми обіцяємо, що в кожної дитини буде місце, де її чекають, тренер, який у неї вірить, і команда.',
            attribution: 'директор академії',
          },
          {
            quote: 'Мій син записався в перший же день. Раніше він грав у дворі на асфальті, а тепер має справжнє поле й справжню форму.',
            attribution: 'мама одного з вихованців',
          },
          {
            p: 'Тренерський штаб складається з дванадцяти фахівців із професійними ліцензіями. Кожна група налічуватиме не більше двадцяти дітей, а раз на пів року батьки отримуватимуть звіт про прогрес дитини. Найкращі вихованці зможуть їздити на турніри до інших міст коштом академії.',
          },
          {
            p: 'Раніше повідомлялося, що місто [винесло на громадське обговорення план відбудови одного з районів Харкова](story:kharkiv-district-rebuilding-plan). Якщо план ухвалять, академія отримає ще два поля й критий манеж для зимових тренувань.',
          },
        ],
      },
      en: {
        headline: 'Free youth football academy opens in Kharkiv',
        lead: 'The academy will take children aged 7 to 15 at a renovated stadium in Saltivka. The first intake is 240 players.',
        body: [
          {
            p: 'Sessions will take place at a stadium that over the winter received a new artificial pitch, floodlights and changing rooms. The children will train four times a week and play in the city’s youth league at weekends.',
          },
          {
            p: 'Training is free: coaches’ pay, kit and equipment are covered by the city’s sports development programme and charitable donations. Besides football, the players will have lessons in English and first aid.',
          },
          { h: 'Girls make up a third of the intake' },
          {
            p: 'The organisers stress that the academy is open to everyone. Almost a third of those signed up are already girls, for whom separate groups have been set up and a coach with experience in the women’s league has been hired.',
          },
          {
            quote:
              'We don’t promise that everyone will become a professional. We promise that every child will have a place where they are expected, a coach who believes in them, and a team.',
            attribution: 'the academy’s director',
          },
          {
            quote:
              'My son signed up on the very first day. He used to play on the asphalt in our courtyard, and now he has a proper pitch and a proper kit.',
            attribution: 'the mother of one of the young players',
          },
          {
            p: 'The coaching staff is made up of twelve professionals with coaching licences. Each group will have no more than twenty children, and every six months parents will receive a report on their child’s progress. The best players will be able to travel to tournaments in other cities at the academy’s expense.',
          },
          {
            p: 'It was previously reported that the city [put a plan to rebuild one of Kharkiv’s districts out for public consultation](story:kharkiv-district-rebuilding-plan). If the plan is approved, the academy will get two more pitches and an indoor hall for winter training.',
          },
        ],
      },
      ru: {
        headline: 'В Харькове открылась бесплатная детская футбольная академия',
        lead: 'Академия будет принимать детей от 7 до 15 лет на обновлённом стадионе на Салтовке. Первый набор — 240 воспитанников.',
        body: [
          {
            p: 'Занятия будут проходить на стадионе, который за зиму получил новое искусственное покрытие, освещение и раздевалки. Дети будут тренироваться четыре раза в неделю, а по выходным играть в городской детской лиге.',
          },
          {
            p: 'Обучение бесплатное: оплату тренеров, форму и инвентарь покрывают городская программа развития спорта и благотворительные взносы. Помимо футбола, у воспитанников будут занятия по английскому языку и первой помощи.',
          },
          { h: 'Девочки — треть набора' },
          {
            p: 'Организаторы подчёркивают, что академия открыта для всех. Уже сейчас почти треть записавшихся — девочки, для которых создали отдельные группы и пригласили тренера с опытом игры в женской лиге.',
          },
          {
            quote:
              'Мы не обещаем, что каждый станет профессионалом. Мы обещаем, что у каждого ребёнка будет место, где его ждут, тренер, который в него верит, и команда.',
            attribution: 'директор академии',
          },
          {
            quote:
              'Мой сын записался в первый же день. Раньше он играл во дворе на асфальте, а теперь у него настоящее поле и настоящая форма.',
            attribution: 'мама одного из воспитанников',
          },
          {
            p: 'Тренерский штаб состоит из двенадцати специалистов с профессиональными лицензиями. В каждой группе будет не больше двадцати детей, а раз в полгода родители будут получать отчёт о прогрессе ребёнка. Лучшие воспитанники смогут ездить на турниры в другие города за счёт академии.',
          },
          {
            p: 'Ранее сообщалось, что город [вынес на общественное обсуждение план восстановления одного из районов Харькова](story:kharkiv-district-rebuilding-plan). Если план утвердят, академия получит ещё два поля и крытый манеж для зимних тренировок.',
          },
        ],
      },
    },
  },
  {
    key: 'lviv-climbing-wall-opens',
    section: 'sport',
    tags: ['health'],
    people: [],
    organisations: [],
    places: ['lviv'],
    authors: ['yurii-pavlenko'],
    picture: {
      palette: ['#6d597a', '#ffb4a2'],
      motif: 'mountains',
      caption: {
        uk: 'Відвідувачі на стіні скеледрому в колишньому заводському цеху',
        en: 'Climbers on the wall inside the former factory workshop',
        ru: 'Посетители на стене скалодрома в бывшем заводском цеху',
      },
      credit: 'Vistka / Yurii Pavlenko',
    },
    hoursAgo: 214,
    versions: {
      uk: {
        headline: 'У Львові відкрився найбільший у місті скеледром',
        lead: 'Зал площею 1200 квадратних метрів розмістився в колишньому заводському цеху. На стінах заввишки до 15 метрів прокладено понад 150 трас різної складності.',
        body: [
          {
            p: 'Скеледром займає цех колишнього механічного заводу на Підзамчі, який кілька років стояв порожнім. Засновники — троє львівських альпіністів — зберегли цегляні стіни й металеві ферми, а всередині облаштували зони для болдерингу, лазіння з мотузкою та дитячу стіну. Ремонт тривав півтора року, і більшість робіт засновники виконали власноруч разом із друзями.',
          },
          { h: 'Для кого новий зал' },
          {
            list: [
              'болдеринг — стіни до 4,5 метра без страховки',
              'лазіння з верхньою страховкою — до 15 метрів',
              'дитяча зона для відвідувачів від чотирьох років',
              'адаптовані тренування для людей з інвалідністю',
            ],
          },
          {
            quote:
              'Ми довго шукали приміщення з високими стелями й знайшли його буквально за рогом від дому. Хочемо, щоб скелелазіння у Львові перестало бути спортом для вузького кола.',
            attribution: 'одна із засновниць скеледрому',
          },
          {
            p: 'Перше заняття з інструктором для новачків безкоштовне, далі разове відвідування коштуватиме 250 гривень. Для школярів і студентів діють знижки, а в будні до обіду зал прийматиме шкільні групи. Працюватиме скеледром щодня з восьмої ранку до одинадцятої вечора, а на вихідних тут проводитимуть змагання для аматорів.',
          },
          {
            p: 'Раніше повідомлялося, що місто [розподілило гранти для малого бізнесу](story:small-business-grants-lviv). Частину обладнання для скеледрому засновники придбали саме за кошти такого гранту, а решту — завдяки кредиту й внескам друзів.',
          },
          {
            quote: 'Я вперше в житті залізла на стіну, і руки досі тремтять. Але я точно повернуся наступного тижня — і вже з подругами.',
            attribution: 'відвідувачка, студентка',
          },
        ],
      },
      en: {
        headline: 'Lviv’s largest climbing wall opens its doors',
        lead: 'The 1,200-square-metre hall is housed in a former factory workshop. Its walls, up to 15 metres high, carry more than 150 routes of varying difficulty.',
        body: [
          {
            p: 'The climbing centre occupies the workshop of a former engineering plant in Pidzamche that had stood empty for several years. The founders, three Lviv mountaineers, kept the brick walls and steel trusses and fitted out areas for bouldering, rope climbing and a children’s wall inside. The renovation took eighteen months, and the founders did most of the work themselves with the help of friends.',
          },
          { h: 'Who the new hall is for' },
          {
            list: [
              'bouldering on walls up to 4.5 metres, no rope needed',
              'top-rope climbing up to 15 metres',
              'a children’s area for visitors aged four and over',
              'adapted sessions for people with disabilities',
            ],
          },
          {
            quote:
              'We spent a long time looking for a space with high ceilings and found one literally round the corner from home. We want climbing in Lviv to stop being a sport for a small circle.',
            attribution: 'one of the climbing wall’s co-founders',
          },
          {
            p: 'The first session with an instructor is free for beginners; after that a single visit will cost 250 hryvnias. Schoolchildren and students get discounts, and on weekday mornings the hall will host school groups. The centre will be open daily from eight in the morning to eleven at night, with amateur competitions at weekends.',
          },
          {
            p: 'It was previously reported that the city [awarded grants to small businesses](story:small-business-grants-lviv). The founders bought part of the climbing centre’s equipment with money from one of those grants, and the rest with a loan and contributions from friends.',
          },
          {
            quote:
              'It was the first time in my life I’ve climbed a wall, and my hands are still shaking. But I’ll definitely be back next week, and I’m bringing my friends.',
            attribution: 'a first-time visitor, a student',
          },
        ],
      },
      ru: {
        headline: 'Во Львове открылся крупнейший в городе скалодром',
        lead: 'Зал площадью 1200 квадратных метров разместился в бывшем заводском цеху. На стенах высотой до 15 метров проложено более 150 трасс разной сложности.',
        body: [
          {
            p: 'Скалодром занимает цех бывшего механического завода на Подзамче, который несколько лет пустовал. Основатели — трое львовских альпинистов — сохранили кирпичные стены и металлические фермы, а внутри обустроили зоны для болдеринга, лазания с верёвкой и детскую стену. Ремонт длился полтора года, и большую часть работ основатели выполнили своими руками вместе с друзьями.',
          },
          { h: 'Для кого новый зал' },
          {
            list: [
              'болдеринг — стены до 4,5 метра без страховки',
              'лазание с верхней страховкой — до 15 метров',
              'детская зона для посетителей от четырёх лет',
              'адаптированные тренировки для людей с инвалидностью',
            ],
          },
          {
            quote:
              'Мы долго искали помещение с высокими потолками и нашли его буквально за углом от дома. Хотим, чтобы скалолазание во Львове перестало быть спортом для узкого круга.',
            attribution: 'одна из основательниц скалодрома',
          },
          {
            p: 'Первое занятие с инструктором для новичков бесплатное, дальше разовое посещение будет стоить 250 гривен. Для школьников и студентов действуют скидки, а по будням до обеда зал будет принимать школьные группы. Работать скалодром будет ежедневно с восьми утра до одиннадцати вечера, а по выходным здесь будут проводить соревнования для любителей.',
          },
          {
            p: 'Ранее сообщалось, что город [распределил гранты для малого бизнеса](story:small-business-grants-lviv). Часть оборудования для скалодрома основатели купили именно на средства такого гранта, а остальное — благодаря кредиту и взносам друзей.',
          },
          {
            quote:
              'Я впервые в жизни залезла на стену, и руки до сих пор дрожат. Но я точно вернусь на следующей неделе — и уже с подругами.',
            attribution: 'посетительница, студентка',
          },
        ],
      },
    },
  },
  {
    key: 'odesa-sailing-regatta',
    section: 'sport',
    tags: ['festivals'],
    people: ['yevhen-moroz'],
    organisations: ['odesa-port'],
    places: ['odesa'],
    authors: ['yurii-pavlenko'],
    picture: {
      palette: ['#003566', '#ffd60a'],
      motif: 'waves',
      caption: {
        uk: 'Яхти під вітрилами на старті фінальної гонки в Одеській затоці',
        en: 'Yachts under sail at the start of the final race in Odesa Bay',
        ru: 'Яхты под парусами на старте финальной гонки в Одесском заливе',
      },
      credit: 'Vistka / Yurii Pavlenko',
    },
    hoursAgo: 283,
    versions: {
      uk: {
        headline: 'Одеська регата зібрала рекордні 60 яхт',
        lead: 'Триденні вітрильні перегони в Одеській затоці завершилися перемогою місцевого екіпажу в головному класі. За стартами з берега стежили тисячі глядачів.',
        body: [
          {
            p: 'Цього року в регаті взяли участь 60 яхт і понад 300 яхтсменів з восьми міст. Екіпажі змагалися в трьох класах: крейсерські яхти, спортивні катамарани й дитячі швертботи. Наймолодшому учасникові було дев’ять років, найстаршому — 74.',
          },
          {
            p: 'Перші два дні погода випробовувала учасників: вітер посилювався до 12 метрів на секунду, і дві гонки довелося перенести, а кілька екіпажів зійшли з дистанції через пошкоджені вітрила. У неділю море заспокоїлося, і фінальна гонка пройшла за майже ідеальних умов.',
          },
          { h: 'Безпечна акваторія' },
          {
            p: 'Дистанцію перегонів погодили з портовою адміністрацією так, щоб вона не перетиналася з фарватерами торговельних суден. Раніше повідомлялося, що [сезон зернового експорту через Одесу](story:grain-exports-odesa-season) цього року особливо напружений, тож узгодження тривало кілька тижнів.',
          },
          {
            quote:
              'Порт і місто можуть співіснувати з вітрилами. Ми виділили для регати окрему ділянку акваторії й чергування рятувальних катерів і хочемо, щоб такі перегони стали щорічними.',
            speaker: 'yevhen-moroz',
          },
          {
            quote: 'Для нас це перша перемога вдома. Найважче було на другий день, коли хвиля накривала палубу, але екіпаж не здався.',
            attribution: 'шкіпер екіпажу-переможця',
          },
          {
            p: 'Під час регати на березі працювало фестивальне містечко з майстер-класами з в’язання морських вузлів, виставкою моделей кораблів і концертами місцевих гуртів. Наступного року організатори планують додати клас для аматорських екіпажів і відкрити на березі літню школу вітрильного спорту для підлітків. Записатися до неї можна буде вже навесні.',
          },
        ],
      },
      en: {
        headline: 'Odesa regatta draws a record 60 yachts',
        lead: 'Three days of sailing races in Odesa Bay ended with victory for a local crew in the main class. Thousands of spectators followed the starts from the shore.',
        body: [
          {
            p: 'This year 60 yachts and more than 300 sailors from eight cities took part in the regatta. Crews competed in three classes: cruising yachts, sports catamarans and children’s dinghies. The youngest competitor was nine years old, the oldest 74.',
          },
          {
            p: 'For the first two days the weather tested the competitors: the wind rose to 12 metres per second, and two races had to be postponed, while several crews retired with damaged sails. On Sunday the sea calmed down, and the final race was sailed in almost perfect conditions.',
          },
          { h: 'Safe waters' },
          {
            p: 'The race course was agreed with the port administration so that it did not cross the shipping lanes used by merchant vessels. It was previously reported that [the grain export season through Odesa](story:grain-exports-odesa-season) is especially busy this year, so the talks took several weeks.',
          },
          {
            quote:
              'The port and the city can live alongside sailing. We set aside a separate stretch of water for the regatta and kept rescue boats on duty, and we want races like this to become an annual event.',
            speaker: 'yevhen-moroz',
          },
          {
            quote:
              'This is our first win at home. The hardest part was the second day, when the waves were washing over the deck, but the crew didn’t give up.',
            attribution: 'the skipper of the winning crew',
          },
          {
            p: 'During the regatta a festival village on the shore offered workshops on tying sailors’ knots, an exhibition of model ships and concerts by local bands. Next year the organisers plan to add a class for amateur crews and open a summer sailing school for teenagers on the shore. Sign-ups will open as early as spring.',
          },
        ],
      },
      ru: {
        headline: 'Одесская регата собрала рекордные 60 яхт',
        lead: 'Трёхдневные парусные гонки в Одесском заливе завершились победой местного экипажа в главном классе. За стартами с берега следили тысячи зрителей.',
        body: [
          {
            p: 'В этом году в регате приняли участие 60 яхт и более 300 яхтсменов из восьми городов. Экипажи соревновались в трёх классах: крейсерские яхты, спортивные катамараны и детские швертботы. Самому юному участнику было девять лет, самому старшему — 74.',
          },
          {
            p: 'Первые два дня погода испытывала участников: ветер усиливался до 12 метров в секунду, и две гонки пришлось перенести, а несколько экипажей сошли с дистанции из-за повреждённых парусов. В воскресенье море успокоилось, и финальная гонка прошла в почти идеальных условиях.',
          },
          { h: 'Безопасная акватория' },
          {
            p: 'Дистанцию гонок согласовали с портовой администрацией так, чтобы она не пересекалась с фарватерами торговых судов. Ранее сообщалось, что [сезон зернового экспорта через Одессу](story:grain-exports-odesa-season) в этом году особенно напряжённый, поэтому согласование длилось несколько недель.',
          },
          {
            quote:
              'Порт и город могут сосуществовать с парусами. Мы выделили для регаты отдельный участок акватории и дежурство спасательных катеров и хотим, чтобы такие гонки стали ежегодными.',
            speaker: 'yevhen-moroz',
          },
          {
            quote: 'Для нас это первая победа дома. Тяжелее всего было на второй день, когда волна накрывала палубу, но экипаж не сдался.',
            attribution: 'шкипер экипажа-победителя',
          },
          {
            p: 'Во время регаты на берегу работал фестивальный городок с мастер-классами по вязанию морских узлов, выставкой моделей кораблей и концертами местных групп. В следующем году организаторы планируют добавить класс для любительских экипажей и открыть на берегу летнюю школу парусного спорта для подростков. Записаться в неё можно будет уже весной.',
          },
        ],
      },
    },
  },
  {
    key: 'women-football-league-growth',
    section: 'sport',
    tags: ['football'],
    people: ['andrii-tkachenko'],
    organisations: ['fc-podil'],
    places: ['kyiv', 'kharkiv'],
    authors: ['yurii-pavlenko'],
    picture: {
      palette: ['#7b2cbf', '#e0aaff'],
      motif: 'stripes',
      caption: {
        uk: 'Футболістки жіночої команди ФК «Поділ» на тренуванні',
        en: 'Players of FC Podil’s women’s team at training',
        ru: 'Футболистки женской команды ФК «Подол» на тренировке',
      },
      credit: 'Press service of FC Podil',
    },
    hoursAgo: 366,
    versions: {
      uk: {
        headline: 'Жіноча футбольна ліга за два роки подвоїла кількість команд',
        lead: 'У новому сезоні в аматорській жіночій лізі гратимуть 32 команди з 14 міст, а кількість зареєстрованих футболісток перевищила дві тисячі.',
        body: [
          {
            p: 'Ще два роки тому ліга складалася з 16 команд, більшість із яких представляли Київ і Львів. Тепер власні жіночі колективи мають клуби з Харкова, Дніпра, Чернігова, Ужгорода та менших міст. Тепер команди розділені на дві регіональні групи, щоб скоротити дорогу на виїзні матчі.',
          },
          {
            p: 'Серед новачків — жіноча команда ФК «Поділ». Клуб набрав гравчинь через відкриті перегляди, на які прийшло понад сто охочих, і виділив команді ті самі поля й тренувальні години, що й чоловікам. Перший офіційний матч команда зіграє вдома проти чинних чемпіонок ліги.',
          },
          { h: 'Рівні умови' },
          {
            quote:
              'Для мене немає різниці, чоловіча це команда чи жіноча: той самий м’яч, ті самі вимоги, те саме поле. Дівчата тренуються з такою самою самовіддачею, і я хочу, щоб їх бачило якомога більше глядачів.',
            speaker: 'andrii-tkachenko',
          },
          {
            p: 'Організатори ліги пояснюють зростання насамперед дитячим футболом: дівчата, які кілька років тому прийшли в секції, дорослішають і шукають, де грати далі. Раніше повідомлялося, що в [новій дитячій академії в Харкові](story:youth-football-academy-kharkiv) майже третину вихованців становлять дівчата.',
          },
          {
            quote:
              'Коли я починала, ми шукали суперниць по всій області. Тепер у нас повноцінний календар, і на домашні матчі приходять не лише рідні.',
            attribution: 'капітанка однієї з команд ліги',
          },
          {
            p: 'Сезон стартує в травні. Усі матчі транслюватимуть онлайн, а фінальний етап уперше відбудеться на одному стадіоні у форматі міні-турніру. Вхід на всі ігри регулярного сезону буде безкоштовним.',
          },
        ],
      },
      en: {
        headline: 'Women’s football league doubles its number of teams in two years',
        lead: 'Thirty-two teams from 14 cities will play in the amateur women’s league next season, and the number of registered players has passed two thousand.',
        body: [
          {
            p: 'Just two years ago the league had 16 teams, most of them from Kyiv and Lviv. Now clubs from Kharkiv, Dnipro, Chernihiv, Uzhhorod and smaller towns have their own women’s sides. The teams are now split into two regional groups to cut travel to away games.',
          },
          {
            p: 'Among the newcomers is FC Podil’s women’s team. The club recruited players through open trials that drew more than a hundred hopefuls, and gave the team the same pitches and training hours as the men. Its first official match will be at home against the league’s reigning champions.',
          },
          { h: 'Equal conditions' },
          {
            quote:
              'For me there is no difference between a men’s team and a women’s team: the same ball, the same demands, the same pitch. The women train with exactly the same dedication, and I want as many spectators as possible to see them.',
            speaker: 'andrii-tkachenko',
          },
          {
            p: 'The league’s organisers put the growth down above all to youth football: girls who joined clubs a few years ago are growing up and looking for somewhere to keep playing. It was previously reported that almost a third of the players at [the new youth academy in Kharkiv](story:youth-football-academy-kharkiv) are girls.',
          },
          {
            quote:
              'When I started, we had to look for opponents all over the region. Now we have a full fixture list, and it’s not just our families who come to home games.',
            attribution: 'captain of one of the league’s teams',
          },
          {
            p: 'The season kicks off in May. Every match will be streamed online, and for the first time the final stage will be held at a single stadium as a mini-tournament. Entry to all regular-season games will be free.',
          },
        ],
      },
      ru: {
        headline: 'Женская футбольная лига за два года удвоила число команд',
        lead: 'В новом сезоне в любительской женской лиге сыграют 32 команды из 14 городов, а число зарегистрированных футболисток превысило две тысячи.',
        body: [
          {
            p: 'Ещё два года назад лига состояла из 16 команд, большинство из которых представляли Киев и Львов. Теперь собственные женские коллективы есть у клубов из Харькова, Днепра, Чернигова, Ужгорода и небольших городов. Теперь команды разделены на две региональные группы, чтобы сократить дорогу на выездные матчи.',
          },
          {
            p: 'Среди новичков — женская команда ФК «Подол». Клуб набрал игроков через открытые просмотры, на которые пришло более ста желающих, и выделил команде те же поля и тренировочные часы, что и мужчинам. Первый официальный матч команда сыграет дома против действующих чемпионок лиги.',
          },
          { h: 'Равные условия' },
          {
            quote:
              'Для меня нет разницы, мужская это команда или женская: тот же мяч, те же требования, то же поле. Девушки тренируются с такой же самоотдачей, и я хочу, чтобы их видело как можно больше зрителей.',
            speaker: 'andrii-tkachenko',
          },
          {
            p: 'Организаторы лиги объясняют рост прежде всего детским футболом: девочки, которые несколько лет назад пришли в секции, взрослеют и ищут, где играть дальше. Ранее сообщалось, что в [новой детской академии в Харькове](story:youth-football-academy-kharkiv) почти треть воспитанников составляют девочки.',
          },
          {
            quote:
              'Когда я начинала, мы искали соперниц по всей области. Теперь у нас полноценный календарь, и на домашние матчи приходят не только родные.',
            attribution: 'капитан одной из команд лиги',
          },
          {
            p: 'Сезон стартует в мае. Все матчи будут транслировать онлайн, а финальный этап впервые пройдёт на одном стадионе в формате мини-турнира. Вход на все игры регулярного сезона будет бесплатным.',
          },
        ],
      },
    },
  },
  {
    key: 'dnipro-rowing-championship',
    section: 'sport',
    tags: ['health'],
    people: [],
    organisations: [],
    places: ['dnipro'],
    authors: ['yurii-pavlenko'],
    picture: {
      palette: ['#005f73', '#ee9b00'],
      motif: 'waves',
      caption: {
        uk: 'Жіноча четвірка парна на фінішній прямій біля набережної Дніпра',
        en: 'The women’s quadruple sculls on the final stretch by the Dnipro embankment',
        ru: 'Женская парная четвёрка на финишной прямой у набережной Днепра',
      },
      credit: 'Vistka / Yurii Pavlenko',
    },
    hoursAgo: 520,
    versions: {
      uk: {
        headline: 'Дніпро прийняв чемпіонат України з академічного веслування',
        lead: 'Понад 400 веслярів з 17 областей змагалися на річці біля Монастирського острова. Господарі вперше за шість років виграли командний залік.',
        body: [
          {
            p: 'Чотириденні змагання проходили на двокілометровій дистанції, розміченій буями вздовж набережної. Спортсмени розіграли медалі у 22 дисциплінах — від одиночок до вісімок. На березі облаштували трибуну на пів тисячі місць і великий екран, на який транслювали всі заїзди.',
          },
          {
            p: 'Дніпровські веслярі здобули сім золотих нагород. Найяскравішою стала перемога жіночої четвірки парної, яка на останніх 500 метрах відіграла в суперниць майже корпус човна. Ще чотири нагороди дніпровські команди виграли в юніорських змаганнях, де вперше виступали екіпажі новоствореної міської секції.',
          },
          { h: 'Місто біля води' },
          {
            quote:
              'Дніпро завжди був веслувальним містом, і сьогодні це знову видно. На фінішній лінії ми чули набережну: люди приходили з дітьми й велосипедами та лишалися до останнього заїзду.',
            attribution: 'головний тренер збірної області',
          },
          {
            p: 'Глядачам було зручно дістатися до місця змагань. Раніше повідомлялося, що міська рада [затвердила нові велосмуги](story:dnipro-council-bike-lanes), і частина з них уже пролягає вздовж набережної, тож біля фінішу довелося встановити додаткові велопарковки.',
          },
          {
            quote: 'Ми тренуємося на цій воді щоранку, тож знали кожну хвилю. Але фінал у рідному місті — це зовсім інше хвилювання.',
            attribution: 'загребна жіночої четвірки',
          },
          {
            p: 'Організатори вже заявили, що хочуть провести в Дніпрі й наступний чемпіонат, а також міжнародну регату для юніорів. Для цього на гребній базі планують відремонтувати ангар для човнів і причал. Місцеві клуби також розраховують, що успіх на чемпіонаті приверне до веслування нових дітей.',
          },
        ],
      },
      en: {
        headline: 'Dnipro hosts the national rowing championships',
        lead: 'More than 400 rowers from 17 regions raced on the river by Monastyrskyi Island. The hosts won the team standings for the first time in six years.',
        body: [
          {
            p: 'The four-day event was held over a two-kilometre course marked out with buoys along the embankment. Medals were contested in 22 events, from single sculls to eights. A stand for five hundred spectators and a big screen showing every race were set up on the bank.',
          },
          {
            p: 'Dnipro’s rowers took seven gold medals. The highlight was the win by the women’s quadruple sculls, who clawed back almost a full boat length on their rivals over the last 500 metres. Dnipro crews won four more medals in the junior events, where boats from a newly founded city club raced for the first time.',
          },
          { h: 'A city by the water' },
          {
            quote:
              'Dnipro has always been a rowing city, and today you could see it again. At the finish line we could hear the embankment: people came with their children and their bikes and stayed until the very last race.',
            attribution: 'head coach of the regional team',
          },
          {
            p: 'Getting to the venue was easy for spectators. It was previously reported that the city council [approved new bike lanes](story:dnipro-council-bike-lanes), and some of them already run along the embankment, so extra bike racks had to be put up near the finish.',
          },
          {
            quote:
              'We train on this water every morning, so we knew every wave. But a final in your home city is a completely different kind of nerves.',
            attribution: 'stroke of the women’s quadruple sculls',
          },
          {
            p: 'The organisers have already said they want Dnipro to host the next championships too, as well as an international junior regatta. To make that possible, the boathouse and the pier at the rowing base are due to be repaired. Local clubs also hope that success at the championships will bring more children into the sport.',
          },
        ],
      },
    },
  },
  {
    key: 'chess-club-chernihiv',
    section: 'sport',
    tags: ['education'],
    people: [],
    organisations: [],
    places: ['chernihiv'],
    authors: ['yurii-pavlenko'],
    picture: {
      palette: ['#3c2f2f', '#e7d7c1'],
      motif: 'grid',
      caption: {
        uk: 'Юні шахісти за дошками в читальній залі бібліотеки',
        en: 'Young chess players at their boards in the library reading room',
        ru: 'Юные шахматисты за досками в читальном зале библиотеки',
      },
      credit: 'Vistka / Yurii Pavlenko',
    },
    hoursAgo: 655,
    versions: {
      uk: {
        headline: 'У Чернігові відновив роботу шаховий клуб',
        lead: 'Клуб переїхав до відновленої міської бібліотеки й уже зібрав понад 80 учнів — від першокласників до пенсіонерів.',
        body: [
          {
            p: 'Шаховий клуб, який понад 40 років працював у Чернігові, кілька років не мав постійного приміщення, хоча в різні роки тут навчалися сотні юних чернігівців. Тепер заняття проходять у читальній залі бібліотеки чотири рази на тиждень, а щосуботи — відкриті турніри для всіх охочих.',
          },
          {
            p: 'Раніше повідомлялося, що [волонтери відновили міську бібліотеку](story:chernihiv-volunteers-library). Саме вони запропонували шахістам переїхати, а столи, дошки й годинники частково передали мешканці міста.',
          },
          { h: 'Шахи для всіх поколінь' },
          {
            quote:
              'Шахи вчать чекати, думати наперед і програвати з гідністю. Для дітей це не менш важливо, ніж будь-який розряд. А коли за сусідньою дошкою дідусь грає з онуком, кращої картини для бібліотеки не придумаєш.',
            attribution: 'тренерка клубу',
          },
          {
            list: [
              'понеділок і середа — заняття для дітей 6–10 років',
              'четвер — групи для підлітків',
              'п’ятниця — вечір для дорослих',
              'субота — відкритий турнір зі швидких шахів',
            ],
          },
          {
            quote: 'Я тут уперше виграла в тата. Тепер він ходить на заняття разом зі мною, щоб узяти реванш.',
            attribution: 'дев’ятирічна учениця клубу',
          },
          {
            p: 'Серед учнів клубу вже є призери обласних першостей, а двоє підлітків цього року поїдуть на юнацький чемпіонат України. Заняття для них тренерка проводить безкоштовно, а поїздку допомагають оплатити батьки й небайдужі мешканці міста.',
          },
          {
            p: 'Улітку клуб планує провести в парку біля бібліотеки турнір на великих вуличних дошках і запросити шахістів з інших міст області. Участь буде безкоштовною, а переможці отримають дошки ручної роботи від місцевого столяра.',
          },
        ],
      },
    },
  },
  {
    key: 'school-sports-day-dnipro',
    section: 'society',
    tags: ['education', 'health'],
    people: ['bohdan-shevchuk', 'khrystyna-poliakova'],
    organisations: [],
    places: ['dnipro'],
    authors: ['kateryna-zhuk'],
    picture: {
      palette: ['#f77f00', '#fcbf49'],
      motif: 'circles',
      caption: {
        uk: 'Учні школи № 7 на старті естафети на шкільному стадіоні',
        en: 'School No. 7 pupils at the start of a relay on the school sports ground',
        ru: 'Ученики школы № 7 на старте эстафеты на школьном стадионе',
      },
      credit: 'Vistka / Kateryna Zhuk',
    },
    hoursAgo: 96,
    versions: {
      uk: {
        headline: 'Школа № 7 у Дніпрі провела день спорту з чемпіонкою України',
        lead: 'Понад 600 учнів змагалися в естафетах, міні-футболі й перетягуванні каната, а розминку для них провела бігунка Христина Полякова.',
        body: [
          {
            p: 'Свято відбулося на оновленому шкільному стадіоні. Кожен клас виставив команду, а батьки й учителі змагалися в окремій естафеті — її несподівано виграли вчительки початкової школи. Підготовка тривала місяць: старшокласники самі розмітили доріжки й склали розклад змагань.',
          },
          {
            list: [
              'естафета чотири по сто метрів для старшокласників',
              'міні-футбол між паралелями',
              'перетягування каната',
              'стрибки в мішках для молодших класів',
            ],
          },
          {
            p: 'Христина Полякова — випускниця цієї школи. Вона провела для дітей розминку, пробігла з першокласниками коло стадіону й понад годину роздавала автографи. Наприкінці свята вона разом із випускниками пробігла показову естафету.',
          },
          { h: '«Спорт має бути щодня»' },
          {
            quote:
              'Ми хочемо, щоб фізкультура була не уроком «для галочки», а частиною життя. День спорту — це підсумок року, але майданчик відкритий для дітей щодня після уроків.',
            speaker: 'bohdan-shevchuk',
          },
          {
            quote:
              'Я тренувалася на цьому стадіоні, коли тут ще була гарева доріжка. Дітям я пообіцяла, що наступного разу приїду з новим рекордом.',
            speaker: 'khrystyna-poliakova',
          },
          {
            p: 'Раніше повідомлялося, що школа [пройшла енергоаудит](story:dnipro-school-energy-audit). Заощаджені на опаленні кошти адміністрація планує спрямувати на нове покриття для спортивного залу, а решту — на бігові доріжки стадіону.',
          },
          {
            p: 'Переможцям вручили грамоти й медалі, а найактивніший клас отримав сертифікат на екскурсію. Наступного року школа хоче запросити на свято команди сусідніх шкіл і провести спільний забіг районом. Батьки вже пропонують влаштовувати такі свята двічі на рік — восени й навесні.',
          },
        ],
      },
      ru: {
        headline: 'Школа № 7 в Днепре провела день спорта с чемпионкой Украины',
        lead: 'Более 600 учеников соревновались в эстафетах, мини-футболе и перетягивании каната, а разминку для них провела бегунья Кристина Полякова.',
        body: [
          {
            p: 'Праздник прошёл на обновлённом школьном стадионе. Каждый класс выставил команду, а родители и учителя соревновались в отдельной эстафете — её неожиданно выиграли учительницы начальной школы. Подготовка длилась месяц: старшеклассники сами разметили дорожки и составили расписание соревнований.',
          },
          {
            list: [
              'эстафета четыре по сто метров для старшеклассников',
              'мини-футбол между параллелями',
              'перетягивание каната',
              'прыжки в мешках для младших классов',
            ],
          },
          {
            p: 'Кристина Полякова — выпускница этой школы. Она провела для детей разминку, пробежала с первоклассниками круг по стадиону и больше часа раздавала автографы. В конце праздника она вместе с выпускниками пробежала показательную эстафету.',
          },
          { h: '«Спорт должен быть каждый день»' },
          {
            quote:
              'Мы хотим, чтобы физкультура была не уроком «для галочки», а частью жизни. День спорта — это итог года, но площадка открыта для детей каждый день после уроков.',
            speaker: 'bohdan-shevchuk',
          },
          {
            quote:
              'Я тренировалась на этом стадионе, когда здесь ещё была гаревая дорожка. Детям я пообещала, что в следующий раз приеду с новым рекордом.',
            speaker: 'khrystyna-poliakova',
          },
          {
            p: 'Ранее сообщалось, что школа [прошла энергоаудит](story:dnipro-school-energy-audit). Сэкономленные на отоплении средства администрация планирует направить на новое покрытие для спортивного зала, а остальное — на беговые дорожки стадиона.',
          },
          {
            p: 'Победителям вручили грамоты и медали, а самый активный класс получил сертификат на экскурсию. В следующем году школа хочет пригласить на праздник команды соседних школ и провести общий забег по району. Родители уже предлагают устраивать такие праздники дважды в год — осенью и весной.',
          },
        ],
      },
    },
  },
]
