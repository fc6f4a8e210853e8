"""Demo service cards: local taxes and fees."""

from portal_demo.content.data.common import APPEAL_TAX, BY_POST, TAX_DESK, legal
from portal_demo.content.text import T

ONLINE_CHECK = "https://e-uslugi.belorechie.example/danatsi/spravka"
ONLINE = "https://e-uslugi.belorechie.example/danatsi/"
PAYMENT = "https://plashtane.belorechie.example/mestni-danatsi"


def _id_card():
    return {
        "name": T(bg="Лична карта или друг документ за самоличност", pl="Dowód osobisty lub inny dokument tożsamości",
                  uk="Посвідчення особи (паспорт) або інший документ, що посвідчує особу",
                  en="Identity card or another identity document"),
        "note": None, "form": False,
    }


def _power_of_attorney():
    return {
        "name": T(bg="Пълномощно", pl="Pełnomocnictwo", uk="Довіреність", en="Power of attorney"),
        "note": T(bg="Само когато подавате от името на друг човек или фирма.",
                  pl="Tylko gdy działasz w imieniu innej osoby lub firmy.",
                  uk="Лише якщо ви дієте від імені іншої людини чи фірми.",
                  en="Only when you act for another person or a company."),
        "form": False,
    }


def _payment_processing():
    return [
        {"variant": T(bg="Плащане на касата", pl="Wpłata w kasie urzędu", uk="Оплата в касі", en="Paying at the cash desk"),
         "days": 1, "working_days": True,
         "note": T(bg="Отразява се веднага и получавате квитанция.", pl="Wpłata jest księgowana od razu, dostajesz pokwitowanie.",
                   uk="Зараховується одразу, ви отримуєте квитанцію.", en="Recorded at once; you get a receipt.")},
        {"variant": T(bg="Банков превод или плащане онлайн", pl="Przelew bankowy lub płatność online",
                      uk="Банківський переказ або оплата онлайн", en="Bank transfer or online payment"),
         "days": 3, "working_days": True,
         "note": T(bg="Толкова време може да мине, докато плащането се види в сметката ви в общината.",
                   pl="Tyle może potrwać, zanim wpłata pojawi się na twoim koncie w gminie.",
                   uk="Стільки може минути, поки платіж з’явиться у вашій картці платника в общині.",
                   en="It may take this long for the payment to show on your municipal tax account.")},
    ]


POSTAL_ORDER = T(
    bg="Може да платите с пощенски паричен превод от всяка пощенска станция: посочете ЕГН (или ЕИК за фирма) и вида на "
       "данъка.",
    pl="Można zapłacić przekazem pocztowym w dowolnym urzędzie pocztowym: podaj numer EGN (firma — EIK) i rodzaj podatku.",
    uk="Можна сплатити поштовим переказом у будь-якому поштовому відділенні: вкажіть ЄГН (для фірми — ЄІК) і вид податку.",
    en="You can pay by postal money order at any post office: give your personal number (EGN, or a company's EIK) and "
       "the kind of tax.",
)

INSTALMENTS = T(
    bg="Две равни вноски: до 30 юни и до 31 октомври; при плащане на цялата годишна сума до 30 април — 5% отстъпка.",
    pl="Dwie równe raty: do 30 czerwca i do 31 października; przy zapłacie całej kwoty rocznej do 30 kwietnia — 5% zniżki.",
    uk="Дві рівні частини: до 30 червня і до 31 жовтня; якщо сплатити всю річну суму до 30 квітня — знижка 5%.",
    en="Two equal instalments, by 30 June and by 31 October; pay the whole year by 30 April and get 5% off.",
)

TAXES = [
    {
        "slug": "property-tax-assessment",
        "category": "local_taxes",
        "title": T(bg="Удостоверение за данъчна оценка на имот", pl="Zaświadczenie o wartości podatkowej nieruchomości",
                   uk="Довідка про податкову оцінку нерухомості", en="Certificate of the tax valuation of a property"),
        "summary": T(
            bg="Данъчната оценка е стойността на имота, от която се изчисляват данъкът върху недвижимите имоти, таксата "
               "за битови отпадъци и данъкът при покупко-продажба или дарение. Удостоверение за данъчна оценка иска "
               "нотариусът при сделка, както и съдът при наследство или делба. Издава го общината, в която е имотът.",
            pl="Wartość podatkowa (wycena podatkowa) to wartość nieruchomości, od której liczy się podatek od "
               "nieruchomości, opłatę za śmieci i podatek przy sprzedaży lub darowiźnie. Zaświadczenia o wartości "
               "podatkowej żąda notariusz przy umowie, a sąd przy spadku lub podziale majątku. Wydaje je gmina, w której "
               "leży nieruchomość.",
            uk="Податкова оцінка — це вартість нерухомості, з якої розраховують податок на нерухомість, збір за "
               "вивезення сміття та податок при купівлі-продажу чи даруванні. Довідку про податкову оцінку вимагає "
               "нотаріус під час угоди, а суд — при спадщині чи поділі майна. Видає її община, де розташоване майно.",
            en="The tax valuation is the value of a property used to work out property tax, the waste fee and the "
               "transfer tax on a sale or gift. Notaries ask for a tax valuation certificate for any sale, and courts "
               "for inheritance or division of property. It is issued by the municipality where the property is.",
        ),
        "who_may_apply": T(
            bg="Собствениците и ползвателите на имота, наследниците, нотариус, съдебен изпълнител или друго лице с правен интерес.",
            pl="Właściciele i użytkownicy nieruchomości, spadkobiercy, notariusz, komornik lub inna osoba z interesem prawnym.",
            uk="Власники та користувачі майна, спадкоємці, нотаріус, виконавець або інша особа з юридичним інтересом.",
            en="Owners and users of the property, heirs, a notary, a bailiff or anyone else with a legal interest.",
        ),
        "legal_basis": legal("local_taxes_act", "tax_procedure_code", "fees_ordinance"),
        "documents": [
            {"name": T(bg="Искане за издаване на удостоверение за данъчна оценка",
                       pl="Wniosek o wydanie zaświadczenia o wartości podatkowej",
                       uk="Заява про видачу довідки про податкову оцінку",
                       en="Application for a tax valuation certificate"),
             "note": T(bg="Посочете за какво ви е нужно — за нотариус, за съд или за наследство.",
                       pl="Podaj cel — dla notariusza, do sądu albo w sprawie spadku.",
                       uk="Вкажіть мету — для нотаріуса, для суду чи для спадщини.",
                       en="Say what it is for: a notary, a court or an inheritance."),
             "form": True},
            {"name": T(bg="Документ за собственост", pl="Dokument własności", uk="Документ про право власності",
                       en="Proof of ownership"),
             "note": T(bg="Нотариален акт, договор или удостоверение за наследници — копие; оригиналът се показва за сверка.",
                       pl="Akt notarialny, umowa lub zaświadczenie o spadkobiercach — kopia; oryginał do wglądu.",
                       uk="Нотаріальний акт, договір чи довідка про спадкоємців — копія; оригінал показуєте для звірки.",
                       en="Title deed, contract or certificate of heirs: a copy, with the original shown at the desk."),
             "form": False},
            {"name": T(bg="Скица на поземления имот", pl="Mapa (szkic) działki", uk="Викопіювання (схема) земельної ділянки",
                       en="Site plan of the plot"),
             "note": T(bg="Само за земя и само ако данните в общината не са актуални.",
                       pl="Tylko dla gruntów i tylko jeśli dane w gminie są nieaktualne.",
                       uk="Лише для землі й лише якщо дані в общині застаріли.",
                       en="Only for land, and only if the municipality's records are out of date."),
             "form": False},
            _power_of_attorney(),
        ],
        "fees": [
            {"variant": T(bg="Обикновена услуга", pl="Tryb zwykły", uk="Звичайний термін", en="Standard service"),
             "amount": "5.11", "currency": "EUR",
             "note": T(bg="За всеки имот.", pl="Za każdą nieruchomość.", uk="За кожен об’єкт.", en="Per property.")},
            {"variant": T(bg="Бърза услуга", pl="Tryb przyspieszony", uk="Прискорений термін", en="Fast service"),
             "amount": "10.23", "currency": "EUR",
             "note": T(bg="За всеки имот.", pl="Za każdą nieruchomość.", uk="За кожен об’єкт.", en="Per property.")},
            {"variant": T(bg="Експресна услуга", pl="Tryb ekspresowy", uk="Терміново", en="Express service"),
             "amount": "15.34", "currency": "EUR",
             "note": T(bg="За всеки имот.", pl="Za każdą nieruchomość.", uk="За кожен об’єкт.", en="Per property.")},
        ],
        "processing": [
            {"variant": T(bg="Обикновена услуга", pl="Tryb zwykły", uk="Звичайний термін", en="Standard service"),
             "days": 5, "working_days": True, "note": None},
            {"variant": T(bg="Бърза услуга", pl="Tryb przyspieszony", uk="Прискорений термін", en="Fast service"),
             "days": 3, "working_days": True, "note": None},
            {"variant": T(bg="Експресна услуга", pl="Tryb ekspresowy", uk="Терміново", en="Express service"),
             "days": 1, "working_days": True, "note": None},
        ],
        "in_person": TAX_DESK,
        "department": "local_taxes",
        "contact": "head_local_taxes",
        "online_url": ONLINE + "danachna-otsenka",
        "payment_url": PAYMENT,
        "by_post": BY_POST,
        "result": T(
            bg="Удостоверение за данъчна оценка на имота към датата на издаване.",
            pl="Zaświadczenie o wartości podatkowej nieruchomości na dzień wydania.",
            uk="Довідка про податкову оцінку майна на дату видачі.",
            en="A certificate of the property's tax valuation on the day it is issued.",
        ),
        "appeal": APPEAL_TAX,
        "related": ["heirs-certificate", "no-tax-debts-certificate", "property-sketch"],
    },
    {
        "slug": "property-tax-payment",
        "category": "local_taxes",
        "title": T(bg="Плащане на данък сгради и такса за битови отпадъци",
                   pl="Zapłata podatku od nieruchomości i opłaty za wywóz śmieci",
                   uk="Сплата податку на нерухомість і збору за вивезення сміття",
                   en="Paying property tax and the household waste fee"),
        "summary": T(
            bg="Данъкът върху недвижимите имоти (данък сгради) и таксата за битови отпадъци (такса смет) се плащат всяка "
               "година на две равни вноски — до 30 юни и до 31 октомври. Ако платите цялата сума до 30 април, получавате "
               "5% отстъпка от данъка. Плащате на касата, по банков път, в пощата или онлайн с карта; колко дължите, "
               "проверявате онлайн с ЕГН.",
            pl="Podatek od nieruchomości (od domu, mieszkania i gruntu) i opłatę za wywóz śmieci płaci się co roku w dwóch "
               "równych ratach — do 30 czerwca i do 31 października. Jeśli zapłacisz całość do 30 kwietnia, dostaniesz 5% "
               "zniżki na podatek. Zapłacisz w kasie urzędu, przelewem, na poczcie albo online kartą; ile jesteś winien, "
               "sprawdzisz online.",
            uk="Податок на нерухомість (на будинок, квартиру, землю) і збір за вивезення сміття (побутових відходів) "
               "сплачують щороку двома рівними частинами — до 30 червня і до 31 жовтня. Якщо сплатити всю суму до "
               "30 квітня, податок буде на 5% меншим. Сплатити можна в касі, банківським переказом, на пошті або "
               "онлайн карткою; суму боргу можна перевірити онлайн.",
            en="Property tax (on your house, flat or land) and the household waste fee (rubbish collection) are paid every "
               "year in two equal instalments, by 30 June and by 31 October. Pay the whole year by 30 April and you get "
               "5% off the tax. Pay at the cash desk, by bank transfer, at the post office or online by card; you can "
               "check what you owe online.",
        ),
        "who_may_apply": T(
            bg="Собствениците на сгради, жилища и земя в общината, а когато има учредено право на ползване — ползвателите.",
            pl="Właściciele budynków, mieszkań i gruntów w gminie, a gdy ustanowiono prawo użytkowania — użytkownicy.",
            uk="Власники будівель, квартир і землі в общині, а якщо встановлено право користування — користувачі.",
            en="Owners of buildings, homes and land in the municipality or, where someone holds a right of use, that user.",
        ),
        "legal_basis": legal("local_taxes_act", "local_tax_ordinance", "fees_ordinance"),
        "documents": [],
        "fees": [
            {"variant": T(bg="Самото плащане", pl="Sama wpłata", uk="Сам платіж", en="The payment itself"),
             "amount": "0.00", "currency": "EUR",
             "note": T(bg="Общината не взема такса за приемане на плащането; банката или пощата може да вземат своя.",
                       pl="Gmina nie pobiera opłaty za przyjęcie wpłaty; bank lub poczta mogą pobrać własną prowizję.",
                       uk="Община не бере плати за прийняття платежу; банк чи пошта можуть стягнути свою комісію.",
                       en="The municipality charges nothing to take your payment; a bank or the post office may charge "
                          "its own fee.")},
        ],
        "processing": _payment_processing(),
        "in_person": TAX_DESK,
        "department": "local_taxes",
        "contact": "head_local_taxes",
        "online_url": ONLINE_CHECK,
        "payment_url": PAYMENT,
        "by_post": POSTAL_ORDER,
        "result": T(
            bg="Квитанция или платежен документ; задължението се отразява като платено. " + INSTALMENTS.bg,
            pl="Pokwitowanie lub potwierdzenie przelewu; zobowiązanie jest oznaczone jako zapłacone. " + INSTALMENTS.pl,
            uk="Квитанція або платіжний документ; борг позначається як сплачений. " + INSTALMENTS.uk,
            en="A receipt or payment slip; the amount is marked as paid. " + INSTALMENTS.en,
        ),
        "appeal": APPEAL_TAX,
        "related": ["property-declaration", "no-tax-debts-certificate", "vehicle-tax"],
    },
    {
        "slug": "no-tax-debts-certificate",
        "category": "local_taxes",
        "title": T(bg="Удостоверение за липса на задължения към общината",
                   pl="Zaświadczenie o niezaleganiu z podatkami i opłatami lokalnymi",
                   uk="Довідка про відсутність заборгованості перед общиною",
                   en="Certificate of no debts to the municipality (local tax clearance)"),
        "summary": T(
            bg="Удостоверение за наличие или липса на задължения за местни данъци и такси. Искат го нотариусите при "
               "продажба или дарение на имот, възложителите на обществени поръчки и банките. Ако имате неплатени "
               "данъци, удостоверението ги показва — след като ги платите, може да поискате ново.",
            pl="Zaświadczenie o niezaleganiu (lub o zaległościach) w podatkach i opłatach lokalnych. Wymagają go notariusze "
               "przy sprzedaży lub darowiźnie nieruchomości, zamawiający w przetargach publicznych i banki. Jeśli masz "
               "zaległości, zaświadczenie je wykaże — po ich spłacie możesz poprosić o nowe.",
            uk="Довідка про наявність чи відсутність боргів з місцевих податків і зборів. Її вимагають нотаріуси при "
               "продажу чи даруванні нерухомості, замовники публічних закупівель і банки. Якщо у вас є борги, довідка їх "
               "покаже — після сплати можна замовити нову.",
            en="A certificate showing whether you owe any local taxes or fees. Notaries ask for it when a property is "
               "sold or given away, as do public procurement buyers and banks. If you owe anything, the certificate shows "
               "it; once you have paid, you can ask for a new one.",
        ),
        "who_may_apply": T(
            bg="Всеки, който плаща местни данъци и такси в общината — граждани и фирми, или упълномощено от тях лице.",
            pl="Każdy, kto płaci podatki i opłaty lokalne w gminie — osoby prywatne i firmy, lub ich pełnomocnik.",
            uk="Кожен, хто сплачує місцеві податки й збори в общині, — громадяни та фірми, або уповноважена ними особа.",
            en="Anyone who pays local taxes and fees here, whether a person or a company, or someone they authorise.",
        ),
        "legal_basis": legal("tax_procedure_code", "local_taxes_act", "fees_ordinance"),
        "documents": [
            {"name": T(bg="Искане за издаване на удостоверение за наличие или липса на задължения",
                       pl="Wniosek o wydanie zaświadczenia o niezaleganiu",
                       uk="Заява про видачу довідки про наявність чи відсутність заборгованості",
                       en="Application for a certificate of debts or no debts"),
             "note": None, "form": True},
            _id_card(),
            _power_of_attorney(),
        ],
        "fees": [
            {"variant": T(bg="Обикновена услуга", pl="Tryb zwykły", uk="Звичайний термін", en="Standard service"),
             "amount": "2.56", "currency": "EUR", "note": None},
            {"variant": T(bg="Бърза услуга", pl="Tryb przyspieszony", uk="Прискорений термін", en="Fast service"),
             "amount": "5.11", "currency": "EUR", "note": None},
        ],
        "processing": [
            {"variant": T(bg="Обикновена услуга", pl="Tryb zwykły", uk="Звичайний термін", en="Standard service"),
             "days": 7, "working_days": False,
             "note": T(bg="Законовият срок по Данъчно-осигурителния процесуален кодекс.",
                       pl="Termin ustawowy według bułgarskiej ordynacji podatkowej.",
                       uk="Строк, установлений Податково-страховим процесуальним кодексом.",
                       en="The legal deadline under the Tax and Social Insurance Procedure Code.")},
            {"variant": T(bg="Бърза услуга", pl="Tryb przyspieszony", uk="Прискорений термін", en="Fast service"),
             "days": 3, "working_days": True, "note": None},
        ],
        "in_person": TAX_DESK,
        "department": "local_taxes",
        "contact": "head_local_taxes",
        "online_url": ONLINE + "lipsa-na-zadalzhenia",
        "payment_url": PAYMENT,
        "by_post": BY_POST,
        "result": T(
            bg="Удостоверение, че нямате задължения към Община Белоречие (или какви задължения имате) към датата на издаване.",
            pl="Zaświadczenie, że nie masz zaległości wobec Gminy Białorzecze (albo jakie masz) na dzień wydania.",
            uk="Довідка про те, що у вас немає боргів перед общиною Білоріччя (або які борги є) на дату видачі.",
            en="A certificate that you owe nothing to Belorechie Municipality (or what you owe) on the day it is issued.",
        ),
        "appeal": APPEAL_TAX,
        "related": ["property-tax-payment", "vehicle-tax", "property-tax-assessment"],
    },
    {
        "slug": "vehicle-tax",
        "category": "local_taxes",
        "title": T(bg="Данък върху превозните средства (данък МПС)", pl="Podatek od samochodu i innych pojazdów",
                   uk="Податок на транспортні засоби (податок на авто)", en="Vehicle tax (car tax)"),
        "summary": T(
            bg="Данъкът за кола, мотор, ремарке или лодка се плаща в общината по постоянния адрес на собственика (за фирми — "
               "по седалището). За лек автомобил размерът зависи от мощността в киловати, възрастта на колата и "
               "екологичната ѝ категория. Без платен данък колата не може да мине годишния технически преглед.",
            pl="Podatek od samochodu, motocykla, przyczepy lub łodzi płaci się w gminie adresu stałego właściciela (firmy — "
               "siedziby). Dla samochodu osobowego zależy od mocy silnika w kilowatach, wieku auta i normy emisji spalin. "
               "Bez zapłaconego podatku auto nie przejdzie corocznego przeglądu technicznego.",
            uk="Податок за авто, мотоцикл, причіп чи човен сплачують в общині за постійною адресою власника (для фірм — "
               "за місцезнаходженням). Для легкового авто сума залежить від потужності двигуна в кіловатах, віку машини та "
               "екологічного класу. Без сплаченого податку авто не пройде щорічний техогляд.",
            en="The tax on a car, motorbike, trailer or boat is paid to the municipality of the owner's permanent address "
               "(a company pays where it is registered). For a car the amount depends on engine power in kilowatts, the "
               "car's age and its emissions class. A car cannot pass its annual roadworthiness test (MOT) unless the tax "
               "is paid.",
        ),
        "who_may_apply": T(
            bg="Собствениците на автомобили, мотоциклети, ремаркета, автобуси, камиони и лодки, регистрирани в България.",
            pl="Właściciele samochodów, motocykli, przyczep, autobusów, ciężarówek i łodzi zarejestrowanych w Bułgarii.",
            uk="Власники автомобілів, мотоциклів, причепів, автобусів, вантажівок і човнів, зареєстрованих у Болгарії.",
            en="Owners of cars, motorbikes, trailers, buses, lorries and boats registered in Bulgaria.",
        ),
        "legal_basis": legal("local_taxes_act", "local_tax_ordinance"),
        "documents": [
            {"name": T(bg="Данъчна декларация за превозно средство", pl="Deklaracja podatkowa dla pojazdu",
                       uk="Податкова декларація на транспортний засіб", en="Vehicle tax return"),
             "note": T(bg="Само за превозни средства, които не се регистрират в КАТ (например лодки); данните за колите "
                          "идват в общината автоматично от регистъра на МВР.",
                       pl="Tylko dla pojazdów, których nie rejestruje policja drogowa (np. łodzi); dane samochodów gmina "
                          "dostaje automatycznie z rejestru MSW.",
                       uk="Лише для засобів, які не реєструються в дорожній поліції (наприклад, човнів); дані про авто "
                          "община отримує автоматично з реєстру МВС.",
                       en="Only for vehicles not registered with the traffic police (boats, for example); car details "
                          "reach the municipality automatically from the police register."),
             "form": True},
            {"name": T(bg="Свидетелство за регистрация (малък талон)", pl="Dowód rejestracyjny",
                       uk="Свідоцтво про реєстрацію (техпаспорт)", en="Vehicle registration certificate"),
             "note": T(bg="Само ако плащате на касата и не знаете регистрационния номер наизуст.",
                       pl="Tylko przy wpłacie w kasie, jeśli nie pamiętasz numeru rejestracyjnego.",
                       uk="Лише при оплаті в касі, якщо не пам’ятаєте номерний знак.",
                       en="Only if you pay at the desk and do not know the registration number."),
             "form": False},
        ],
        "fees": [
            {"variant": T(bg="Справка и плащане", pl="Sprawdzenie kwoty i wpłata", uk="Довідка про суму та оплата",
                          en="Checking and paying"),
             "amount": "0.00", "currency": "EUR",
             "note": T(bg="Самият данък се изчислява по Наредбата за местните данъци; сумата виждате в справката онлайн.",
                       pl="Sam podatek oblicza się według uchwały o podatkach lokalnych; kwotę zobaczysz online.",
                       uk="Сам податок розраховується за Положенням про місцеві податки; суму видно онлайн.",
                       en="The tax itself is set by the local taxes ordinance; you can see the amount online.")},
        ],
        "processing": _payment_processing(),
        "in_person": TAX_DESK,
        "department": "local_taxes",
        "contact": "head_local_taxes",
        "online_url": ONLINE_CHECK,
        "payment_url": PAYMENT,
        "by_post": POSTAL_ORDER,
        "result": T(
            bg="Платен данък за годината, видим за пункта за технически преглед. " + INSTALMENTS.bg,
            pl="Zapłacony podatek za dany rok, widoczny dla stacji kontroli pojazdów. " + INSTALMENTS.pl,
            uk="Сплачений податок за рік, який бачить пункт техогляду. " + INSTALMENTS.uk,
            en="The year's tax paid, visible to the roadworthiness test centre. " + INSTALMENTS.en,
        ),
        "appeal": APPEAL_TAX,
        "related": ["property-tax-payment", "no-tax-debts-certificate", "taxi-permit"],
    },
    {
        "slug": "property-declaration",
        "category": "local_taxes",
        "title": T(bg="Деклариране на придобит или построен имот", pl="Zgłoszenie nabytej lub wybudowanej nieruchomości do podatku",
                   uk="Декларування придбаної чи збудованої нерухомості", en="Declaring a property you have acquired or built"),
        "summary": T(
            bg="Когато построите сграда, наследите имот или го придобиете без нотариална сделка, подавате данъчна "
               "декларация в общината: в 2-месечен срок, а наследниците — в 6-месечен срок от смъртта. При покупка с "
               "нотариален акт данните идват от нотариуса и декларация обикновено не е нужна. Така данъкът сгради и "
               "таксата смет се начисляват правилно.",
            pl="Gdy wybudujesz dom, odziedziczysz nieruchomość lub nabędziesz ją inaczej niż u notariusza, składasz w gminie "
               "deklarację podatkową: w ciągu 2 miesięcy, a spadkobiercy — w ciągu 6 miesięcy od śmierci spadkodawcy. "
               "Przy zakupie aktem notarialnym dane przekazuje notariusz i deklaracja zwykle nie jest potrzebna. Dzięki "
               "temu podatek od nieruchomości i opłata za śmieci są naliczane prawidłowo.",
            uk="Якщо ви збудували будинок, успадкували нерухомість або набули її не через нотаріальну угоду, подайте "
               "податкову декларацію в общину: протягом 2 місяців, а спадкоємці — протягом 6 місяців від смерті. Під час "
               "купівлі за нотаріальним актом дані надсилає нотаріус, і декларація зазвичай не потрібна. Так податок на "
               "нерухомість і збір за сміття нараховуються правильно.",
            en="When you build a house, inherit a property or acquire one other than by a notarial sale, you file a tax "
               "return with the municipality: within 2 months, or within 6 months of the death for heirs. When you buy "
               "by notarial deed the notary sends the details and you usually need not file. This way property tax and "
               "the waste fee are charged correctly.",
        ),
        "who_may_apply": T(
            bg="Новите собственици и ползватели на сгради и земя в общината, както и наследниците.",
            pl="Nowi właściciele i użytkownicy budynków i gruntów w gminie oraz spadkobiercy.",
            uk="Нові власники та користувачі будівель і землі в общині, а також спадкоємці.",
            en="New owners and users of buildings and land in the municipality, and heirs.",
        ),
        "legal_basis": legal("local_taxes_act", "local_tax_ordinance", "tax_procedure_code"),
        "documents": [
            {"name": T(bg="Данъчна декларация по чл. 14 от Закона за местните данъци и такси",
                       pl="Deklaracja podatkowa (art. 14 bułgarskiej ustawy o podatkach i opłatach lokalnych)",
                       uk="Податкова декларація за ст. 14 Закону про місцеві податки і збори",
                       en="Tax return under Article 14 of the Local Taxes and Fees Act"),
             "note": T(bg="Закъсняла или неподадена декларация се наказва с глоба от 10 до 100 евро",
                       pl="Za spóźnioną lub niezłożoną deklarację grozi grzywna od 10 do 100 euro.",
                       uk="За несвоєчасну чи неподану декларацію — штраф від 10 до 100 євро.",
                       en="Filing late or not at all can be fined 10 to 100 euro."),
             "form": True},
            _id_card(),
            {"name": T(bg="Документ за собственост или удостоверение за наследници",
                       pl="Dokument własności lub zaświadczenie o spadkobiercach",
                       uk="Документ про право власності або довідка про спадкоємців",
                       en="Proof of ownership or certificate of heirs"),
             "note": T(bg="Копие.", pl="Kopia.", uk="Копія.", en="A copy."), "form": False},
            {"name": T(bg="Удостоверение за въвеждане в експлоатация", pl="Zaświadczenie o dopuszczeniu budynku do użytkowania",
                       uk="Документ про введення в експлуатацію", en="Completion certificate"),
             "note": T(bg="Само за нова сграда.", pl="Tylko dla nowego budynku.", uk="Лише для нової будівлі.",
                       en="Only for a new building."),
             "form": False},
        ],
        "fees": [
            {"variant": T(bg="Подаване на декларация", pl="Złożenie deklaracji", uk="Подання декларації", en="Filing the return"),
             "amount": "0.00", "currency": "EUR", "note": None},
        ],
        "processing": [
            {"variant": T(bg="Вписване в данъчния регистър", pl="Wpis do rejestru podatkowego",
                          uk="Внесення до податкового реєстру", en="Entry in the tax register"),
             "days": 7, "working_days": True, "note": None},
        ],
        "in_person": TAX_DESK,
        "department": "local_taxes",
        "contact": "head_local_taxes",
        "online_url": ONLINE + "deklaratsia-imot",
        "payment_url": "",
        "by_post": BY_POST,
        "result": T(
            bg="Имотът се вписва на ваше име; данъкът и таксата смет се начисляват от месеца след придобиването.",
            pl="Nieruchomość zostaje wpisana na ciebie; podatek i opłata za śmieci są naliczane od miesiąca po nabyciu.",
            uk="Майно записують на ваше ім’я; податок і збір за сміття нараховують з місяця після набуття.",
            en="The property is recorded in your name; tax and the waste fee are charged from the month after you "
               "acquired it.",
        ),
        "appeal": APPEAL_TAX,
        "related": ["property-tax-payment", "property-tax-assessment", "heirs-certificate"],
    },
]
