"""Vocabulary of the generated NGO register, in the four content languages.

Parallel `T` lists like `words.py`: an entry picks the same items in every
language. Names combine a legal-form prefix, a cause and a place (over
2,000 distinct names before a round number is added). Written for the load
generator; nothing here is copied from the seed documents.
"""

from portal_demo.content.text import T
from registry_pages.ngos.legal_forms import LegalForm

# (legal form, how the name starts in each language)
NAME_PREFIXES = [
    (LegalForm.ASSOCIATION, T(bg="Сдружение", pl="Stowarzyszenie", uk="Громадська організація", en="Association")),
    (LegalForm.ASSOCIATION, T(bg="Клуб", pl="Klub", uk="Клуб", en="Club")),
    (LegalForm.ASSOCIATION, T(bg="Дружество", pl="Towarzystwo", uk="Товариство", en="Society")),
    (LegalForm.FOUNDATION, T(bg="Фондация", pl="Fundacja", uk="Благодійний фонд", en="Foundation")),
    (LegalForm.COMMUNITY_CENTRE, T(bg="Народно читалище", pl="Dom Kultury", uk="Народний дім", en="Community centre")),
    (LegalForm.RELIGIOUS, T(bg="Енорийско настоятелство", pl="Wspólnota parafialna", uk="Парафіяльна громада",
                            en="Parish community")),
]

CAUSES = [
    T(bg="Зелено бъдеще", pl="Zielona przyszłość", uk="Зелене майбутнє", en="Green Future"),
    T(bg="Подкрепа за семейството", pl="Wsparcie dla rodziny", uk="Підтримка родини", en="Family Support"),
    T(bg="Млади доброволци", pl="Młodzi wolontariusze", uk="Молоді волонтери", en="Young Volunteers"),
    T(bg="Достоен живот", pl="Godne życie", uk="Гідне життя", en="A Dignified Life"),
    T(bg="Приятели на реката", pl="Przyjaciele rzeki", uk="Друзі річки", en="Friends of the River"),
    T(bg="Открити врати", pl="Otwarte drzwi", uk="Відкриті двері", en="Open Doors"),
    T(bg="Равен старт", pl="Równy start", uk="Рівний старт", en="Equal Start"),
    T(bg="Живо наследство", pl="Żywe dziedzictwo", uk="Жива спадщина", en="Living Heritage"),
    T(bg="Спорт за всички", pl="Sport dla wszystkich", uk="Спорт для всіх", en="Sport for All"),
    T(bg="Грижа у дома", pl="Opieka w domu", uk="Догляд удома", en="Care at Home"),
    T(bg="Четене за децата", pl="Czytanie dzieciom", uk="Читання для дітей", en="Reading for Children"),
    T(bg="Чист въздух", pl="Czyste powietrze", uk="Чисте повітря", en="Clean Air"),
    T(bg="Достъпна среда", pl="Dostępna przestrzeń", uk="Доступне середовище", en="Accessible Town"),
    T(bg="Гражданско участие", pl="Udział obywatelski", uk="Громадська участь", en="Civic Participation"),
    T(bg="Бели лястовици", pl="Białe jaskółki", uk="Білі ластівки", en="White Swallows"),
    T(bg="Светлина", pl="Światło", uk="Світло", en="Light"),
    T(bg="Второ детство", pl="Drugie dzieciństwo", uk="Друге дитинство", en="Second Childhood"),
    T(bg="Животните имат нужда", pl="Zwierzęta w potrzebie", uk="Тварини в біді", en="Animals in Need"),
    T(bg="Бъдещето е тук", pl="Przyszłość jest tu", uk="Майбутнє тут", en="The Future Is Here"),
    T(bg="Заедно", pl="Razem", uk="Разом", en="Together"),
]

PLACES = [
    T(bg="Белоречие", pl="Białorzecze", uk="Білоріччя", en="Belorechie"),
    T(bg="Горно поле", pl="Górne Pole", uk="Верхнє Поле", en="Gorno Pole"),
    T(bg="Каменица", pl="Kamienica", uk="Кам'яниця", en="Kamenitsa"),
    T(bg="Лозен", pl="Łozen", uk="Лозен", en="Lozen"),
    T(bg="Брезово", pl="Brzozowo", uk="Березове", en="Brezovo"),
    T(bg="Крайречие", pl="Nadrzecze", uk="Надріччя", en="Krayrechie"),
    T(bg="Сливница", pl="Śliwnica", uk="Сливниця", en="Slivnitsa"),
    T(bg="Дъбравата", pl="Dąbrowa", uk="Діброва", en="Dabravata"),
    T(bg="Стария град", pl="Stare Miasto", uk="Старе місто", en="the Old Town"),
    T(bg="квартал „Изгрев“", pl="osiedle Wschód", uk="мікрорайон Схід", en="the Izgrev district"),
    T(bg="Мостово", pl="Mostowo", uk="Мостове", en="Mostovo"),
    T(bg="Ягодово", pl="Jagodowo", uk="Ягідне", en="Yagodovo"),
    T(bg="Бистрица", pl="Bystrzyca", uk="Бистриця", en="Bistritsa"),
    T(bg="Орешак", pl="Orzeszek", uk="Горіхове", en="Oreshak"),
    T(bg="Равнище", pl="Równina", uk="Рівнина", en="Ravnishte"),
    T(bg="Извор", pl="Źródło", uk="Джерело", en="Izvor"),
    T(bg="Медвен", pl="Miodowo", uk="Медове", en="Medven"),
    T(bg="Долно село", pl="Dolna Wieś", uk="Нижнє Село", en="Dolno Selo"),
    T(bg="Чинарите", pl="Platany", uk="Платани", en="Chinarite"),
    T(bg="Зорница", pl="Jutrzenka", uk="Зірниця", en="Zornitsa"),
]

SEPARATOR = " – "

FIELDS = [
    T(bg="Социални услуги", pl="Usługi społeczne", uk="Соціальні послуги", en="Social services"),
    T(bg="Култура и традиции", pl="Kultura i tradycja", uk="Культура і традиції", en="Culture and traditions"),
    T(bg="Околна среда", pl="Ochrona środowiska", uk="Довкілля", en="Environment"),
    T(bg="Образование", pl="Edukacja", uk="Освіта", en="Education"),
    T(bg="Спорт и младежи", pl="Sport i młodzież", uk="Спорт і молодь", en="Sport and youth"),
    T(bg="Здравеопазване", pl="Ochrona zdrowia", uk="Охорона здоров'я", en="Health care"),
    T(bg="Права на хората с увреждания", pl="Prawa osób z niepełnosprawnościami",
      uk="Права людей з інвалідністю", en="Rights of people with disabilities"),
    T(bg="Защита на животните", pl="Ochrona zwierząt", uk="Захист тварин", en="Animal welfare"),
    T(bg="Гражданско общество", pl="Społeczeństwo obywatelskie", uk="Громадянське суспільство", en="Civil society"),
    T(bg="Туризъм и местно развитие", pl="Turystyka i rozwój lokalny", uk="Туризм і місцевий розвиток",
      en="Tourism and local development"),
]

STREETS = [
    T(bg="ул. „Васил Левски“", pl="ul. Lipowa", uk="вул. Шевченка", en="Vasil Levski Street"),
    T(bg="ул. „Христо Ботев“", pl="ul. Ogrodowa", uk="вул. Франка", en="Hristo Botev Street"),
    T(bg="бул. „България“", pl="al. Niepodległości", uk="просп. Незалежності", en="Bulgaria Boulevard"),
    T(bg="ул. „Раковски“", pl="ul. Szkolna", uk="вул. Шкільна", en="Rakovski Street"),
    T(bg="ул. „Цар Освободител“", pl="ul. Polna", uk="вул. Польова", en="Tsar Osvoboditel Street"),
    T(bg="пл. „Свобода“", pl="pl. Wolności", uk="пл. Свободи", en="Freedom Square"),
    T(bg="ул. „Иван Вазов“", pl="ul. Kościelna", uk="вул. Церковна", en="Ivan Vazov Street"),
    T(bg="ул. „Георги Раковски“", pl="ul. Słoneczna", uk="вул. Сонячна", en="Georgi Rakovski Street"),
]

HEAD_TITLES = [
    T(bg="председател", pl="prezes zarządu", uk="голова правління", en="chairperson"),
    T(bg="изпълнителен директор", pl="dyrektor", uk="виконавчий директор", en="executive director"),
    T(bg="председател на настоятелството", pl="przewodniczący rady", uk="голова ради", en="chair of the board"),
]

# The head's name in each script (a volunteer's name: shown only with consent).
HEAD_NAMES = [
    T(bg="Мария Петрова", pl="Maria Petrowa", uk="Марія Петрова", en="Maria Petrova"),
    T(bg="Георги Иванов", pl="Georgi Iwanow", uk="Георгій Іванов", en="Georgi Ivanov"),
    T(bg="Елена Димитрова", pl="Elena Dimitrowa", uk="Олена Димитрова", en="Elena Dimitrova"),
    T(bg="Николай Стоянов", pl="Nikołaj Stojanow", uk="Микола Стоянов", en="Nikolay Stoyanov"),
    T(bg="Даниела Колева", pl="Daniela Kolewa", uk="Даніела Колева", en="Daniela Koleva"),
    T(bg="Петър Георгиев", pl="Petyr Georgiew", uk="Петро Георгієв", en="Petar Georgiev"),
]

GOALS = [
    T(bg="Подкрепа на възрастни и самотни хора чрез грижа в дома и дневни занимания.",
      pl="Wspieranie osób starszych i samotnych poprzez opiekę domową i zajęcia dzienne.",
      uk="Підтримка літніх і самотніх людей через догляд удома та денні заняття.",
      en="Supporting older and lonely people with care at home and day activities."),
    T(bg="Опазване на реката, парковете и горите около града с участието на гражданите.",
      pl="Ochrona rzeki, parków i lasów wokół miasta z udziałem mieszkańców.",
      uk="Збереження річки, парків і лісів навколо міста за участю мешканців.",
      en="Protecting the river, parks and woods around the town together with residents."),
    T(bg="Развитие на местната култура: самодейни състави, библиотека и празници.",
      pl="Rozwój kultury lokalnej: zespoły amatorskie, biblioteka i święta.",
      uk="Розвиток місцевої культури: аматорські колективи, бібліотека і свята.",
      en="Developing local culture: amateur ensembles, a library and festivals."),
    T(bg="Равен достъп до образование и спорт за деца от всички квартали.",
      pl="Równy dostęp do edukacji i sportu dla dzieci ze wszystkich dzielnic.",
      uk="Рівний доступ до освіти й спорту для дітей з усіх районів.",
      en="Equal access to education and sport for children from every district."),
    T(bg="Наблюдение на работата на общината и насърчаване на гражданското участие.",
      pl="Monitorowanie pracy gminy i wspieranie udziału obywateli.",
      uk="Моніторинг роботи громади та заохочення громадської участі.",
      en="Watching how the municipality works and encouraging residents to take part."),
]

ACTIVITIES = [
    (T(bg="Дневен център", pl="Dzienny dom pomocy", uk="Денний центр", en="Day centre"),
     T(bg="Занимания и топъл обяд всеки делничен ден.", pl="Zajęcia i ciepły posiłek w dni robocze.",
       uk="Заняття й гарячий обід щодня в робочі дні.", en="Activities and a hot lunch every weekday.")),
    (T(bg="Пункт за грижа", pl="Punkt opieki", uk="Пункт догляду", en="Care station"),
     T(bg="Измерване на кръвно налягане и помощ с лекарства.", pl="Pomiar ciśnienia i pomoc w przyjmowaniu leków.",
       uk="Вимірювання тиску й допомога з ліками.", en="Blood-pressure checks and help with medicines.")),
    (T(bg="Почистване на брега", pl="Sprzątanie brzegu", uk="Прибирання берега", en="Riverbank clean-up"),
     T(bg="Два пъти годишно с доброволци.", pl="Dwa razy w roku z wolontariuszami.",
       uk="Двічі на рік з волонтерами.", en="Twice a year with volunteers.")),
    (T(bg="Школа по народни танци", pl="Szkoła tańca ludowego", uk="Школа народного танцю", en="Folk-dance school"),
     T(bg="За деца и възрастни, безплатно.", pl="Dla dzieci i dorosłych, bezpłatnie.",
       uk="Для дітей і дорослих, безкоштовно.", en="For children and adults, free of charge.")),
    (T(bg="Консултации", pl="Porady", uk="Консультації", en="Advice sessions"),
     T(bg="Безплатни юридически и социални консултации.", pl="Bezpłatne porady prawne i socjalne.",
       uk="Безкоштовні юридичні та соціальні консультації.", en="Free legal and social advice.")),
    (T(bg="Летен лагер", pl="Obóz letni", uk="Літній табір", en="Summer camp"),
     T(bg="Две седмици през юли за деца от 7 до 14 години.", pl="Dwa tygodnie w lipcu dla dzieci od 7 do 14 lat.",
       uk="Два тижні в липні для дітей від 7 до 14 років.", en="Two weeks in July for children aged 7 to 14.")),
]

REGISTER_TITLE = T(bg="Регистър на НПО (генериран)", pl="Rejestr organizacji pozarządowych (wygenerowany)",
                   uk="Реєстр громадських організацій (згенерований)", en="NGO register (generated)")
REGISTER_INTRO = T(
    bg="<p>Генерирани организации за проверка на бързодействието.</p>",
    pl="<p>Wygenerowane organizacje do testów wydajności.</p>",
    uk="<p>Згенеровані організації для перевірки швидкодії.</p>",
    en="<p>Generated organisations for performance tests.</p>",
)
