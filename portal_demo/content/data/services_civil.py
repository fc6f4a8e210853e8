"""Demo service cards: civil status and the population register."""

from portal_demo.content.data.common import (
    APPEAL_CIVIL,
    BY_POST,
    CIVIL_STATUS_DESK,
    NATIONAL_ASSEMBLY,
    act,
    legal,
)
from portal_demo.content.text import T

FAMILY_CODE = T(bg="Семеен кодекс", pl="Kodeks rodzinny", uk="Сімейний кодекс", en="Family Code")
ONLINE = "https://e-uslugi.belorechie.example/grazhdanska-registratsia/"
PAYMENT = "https://plashtane.belorechie.example/"

ID_CARD = {
    "name": T(bg="Лична карта или друг документ за самоличност", pl="Dowód osobisty lub inny dokument tożsamości",
              uk="Посвідчення особи (паспорт) або інший документ, що посвідчує особу", en="Identity card or another identity document"),
    "note": T(bg="Само за проверка — връща се веднага.", pl="Tylko do wglądu — od razu go oddajemy.",
              uk="Лише для перевірки — одразу повертаємо.", en="Only shown at the desk; you get it back straight away."),
    "form": False,
}
POWER_OF_ATTORNEY = {
    "name": T(bg="Нотариално заверено пълномощно", pl="Pełnomocnictwo z podpisem poświadczonym notarialnie",
              uk="Нотаріально засвідчена довіреність", en="Power of attorney with a notarised signature"),
    "note": T(bg="Само когато подавате заявлението за друг човек.", pl="Tylko gdy składasz wniosek w imieniu innej osoby.",
              uk="Лише якщо ви подаєте заяву від імені іншої людини.", en="Only when you apply on someone else's behalf."),
    "form": False,
}


def standard_speeds(ordinary_days=7):
    """Ordinary, fast and express handling as set by the municipal fees ordinance."""
    fees = [
        {"variant": T(bg="Обикновена услуга", pl="Tryb zwykły", uk="Звичайний термін", en="Standard service"),
         "amount": "2.56", "currency": "EUR", "note": None},
        {"variant": T(bg="Бърза услуга", pl="Tryb przyspieszony", uk="Прискорений термін", en="Fast service"),
         "amount": "5.11", "currency": "EUR", "note": None},
        {"variant": T(bg="Експресна услуга", pl="Tryb ekspresowy", uk="Терміново", en="Express service"),
         "amount": "7.67", "currency": "EUR",
         "note": T(bg="Когато заявлението е подадено до 12:00 ч.", pl="Gdy wniosek złożysz do godz. 12:00.",
                   uk="Якщо заяву подано до 12:00.", en="When you apply before noon.")},
    ]
    processing = [
        {"variant": T(bg="Обикновена услуга", pl="Tryb zwykły", uk="Звичайний термін", en="Standard service"),
         "days": ordinary_days, "working_days": True, "note": None},
        {"variant": T(bg="Бърза услуга", pl="Tryb przyspieszony", uk="Прискорений термін", en="Fast service"),
         "days": 3, "working_days": True, "note": None},
        {"variant": T(bg="Експресна услуга", pl="Tryb ekspresowy", uk="Терміново", en="Express service"),
         "days": 1, "working_days": True,
         "note": T(bg="До края на следващия работен ден.", pl="Do końca następnego dnia roboczego.",
                   uk="До кінця наступного робочого дня.", en="By the end of the next working day.")},
    ]
    return fees, processing


_DUPLICATE_FEES, _DUPLICATE_PROCESSING = standard_speeds()

CIVIL = [
    {
        "slug": "birth-certificate",
        "category": "civil_status",
        "title": T(bg="Удостоверение за раждане на новородено дете", pl="Zgłoszenie urodzenia dziecka i akt urodzenia",
                   uk="Свідоцтво про народження дитини (реєстрація народження)",
                   en="Birth certificate for a newborn baby (registering a birth)"),
        "summary": T(
            bg="Раждането на дете се регистрира в общината, в която е родено. Длъжностното лице по гражданско състояние "
               "съставя акт за раждане и дава на родителите оригиналното удостоверение за раждане (често го наричат "
               "„акт за раждане“ или „кръщелно“). Първото удостоверение е безплатно.",
            pl="Urodzenie dziecka rejestruje się w gminie, w której dziecko przyszło na świat. Urzędnik stanu cywilnego "
               "sporządza akt urodzenia i wydaje rodzicom oryginał aktu urodzenia dziecka. "
               "Pierwszy egzemplarz jest bezpłatny.",
            uk="Народження дитини реєструють в общині, де дитина народилася. Посадова особа з цивільного стану складає "
               "актовий запис про народження і видає батькам оригінал свідоцтва про народження (у побуті — «метрика»). "
               "Перше свідоцтво видається безкоштовно.",
            en="A baby's birth is registered in the municipality where the baby was born. The civil status officer draws up "
               "the birth record and gives the parents the original birth certificate. The first certificate is free.",
        ),
        "who_may_apply": T(
            bg="Родителите на детето или единият от тях. Ако детето е родено извън болница — и лицето, присъствало при раждането.",
            pl="Rodzice dziecka lub jedno z nich. Jeśli dziecko urodziło się poza szpitalem — także osoba obecna przy porodzie.",
            uk="Батьки дитини або один із них. Якщо дитина народилася не в лікарні — також особа, яка була присутня під час пологів.",
            en="The baby's parents, or one of them. If the baby was born outside a hospital, also the person present at the birth.",
        ),
        "legal_basis": legal("civil_registration_act", "civil_status_ordinance",
                             extra=(act(FAMILY_CODE, "", "2009-06-23", NATIONAL_ASSEMBLY),)),
        "documents": [
            {"name": T(bg="Съобщение за раждане от лечебното заведение", pl="Zgłoszenie urodzenia ze szpitala",
                       uk="Медичне повідомлення про народження з лікарні", en="Notice of birth from the hospital"),
             "note": T(bg="Болницата го изпраща направо в общината — не е нужно да го носите.",
                       pl="Szpital przesyła je bezpośrednio do gminy — nie musisz go przynosić.",
                       uk="Лікарня надсилає його безпосередньо до общини — приносити не потрібно.",
                       en="The hospital sends it to the municipality directly; you do not need to bring it."),
             "form": False},
            {**ID_CARD},
            {"name": T(bg="Декларация за имената на детето", pl="Oświadczenie o imieniu i nazwisku dziecka",
                       uk="Заява про ім’я та прізвище дитини", en="Statement of the baby's names"),
             "note": T(bg="Попълва се на гишето.", pl="Wypełnia się przy okienku.",
                       uk="Заповнюється на місці.", en="Filled in at the desk."),
             "form": True},
            {"name": T(bg="Декларация за припознаване", pl="Oświadczenie o uznaniu ojcostwa",
                       uk="Заява про визнання батьківства", en="Declaration acknowledging paternity"),
             "note": T(bg="Само ако родителите не са в брак; подписва се лично от бащата пред длъжностното лице.",
                       pl="Tylko gdy rodzice nie są małżeństwem; ojciec podpisuje je osobiście przed urzędnikiem.",
                       uk="Лише якщо батьки не перебувають у шлюбі; батько підписує її особисто перед посадовою особою.",
                       en="Only if the parents are not married; the father signs it in person before the officer."),
             "form": True},
        ],
        "fees": [
            {"variant": T(bg="Акт за раждане и първо удостоверение", pl="Akt urodzenia i pierwszy egzemplarz",
                          uk="Актовий запис і перше свідоцтво", en="Birth record and first certificate"),
             "amount": "0.00", "currency": "EUR", "note": None},
        ],
        "processing": [
            {"variant": T(bg="Издаване на удостоверението", pl="Wydanie aktu", uk="Видача свідоцтва", en="Issuing the certificate"),
             "days": 1, "working_days": True,
             "note": T(bg="Обикновено в деня на заявяването, ако съобщението от болницата вече е пристигнало.",
                       pl="Zwykle w dniu zgłoszenia, jeśli zgłoszenie ze szpitala już dotarło.",
                       uk="Зазвичай у день звернення, якщо повідомлення з лікарні вже надійшло.",
                       en="Usually the same day, once the hospital's notice has arrived.")},
        ],
        "in_person": CIVIL_STATUS_DESK,
        "department": "civil_status",
        "contact": "head_civil_status",
        "online_url": "",
        "payment_url": "",
        "by_post": None,
        "result": T(
            bg="Акт за раждане в регистъра на общината и оригинално удостоверение за раждане, което се дава на родителите. "
               "Детето получава ЕГН, а данните му влизат в регистъра на населението.",
            pl="Akt urodzenia w rejestrze gminy i oryginał aktu urodzenia dla rodziców. Dziecko otrzymuje bułgarski numer "
               "identyfikacyjny (EGN), a jego dane trafiają do rejestru ludności.",
            uk="Актовий запис у реєстрі общини та оригінал свідоцтва про народження для батьків. Дитина отримує "
               "болгарський ідентифікаційний номер (ЄГН), а її дані вносять до реєстру населення.",
            en="A birth record in the municipal register and the original birth certificate for the parents. The baby gets "
               "a Bulgarian personal number (EGN) and is entered in the population register.",
        ),
        "appeal": APPEAL_CIVIL,
        "related": ["birth-certificate-duplicate", "address-registration", "kindergarten-enrolment"],
    },
    {
        "slug": "birth-certificate-duplicate",
        "category": "civil_status",
        "title": T(bg="Дубликат на удостоверение за раждане", pl="Duplikat aktu urodzenia",
                   uk="Дублікат свідоцтва про народження", en="Replacement birth certificate (duplicate)"),
        "summary": T(
            bg="Ако удостоверението ви за раждане е изгубено, откраднато или повредено, общината, в която е съставен актът "
               "ви за раждане, издава дубликат. За банка, съд или посолство често е достатъчен и препис-извлечение от акта "
               "за раждане — може да го поискате със същото заявление.",
            pl="Jeśli bułgarski akt urodzenia zginął, został skradziony lub zniszczony, gmina, w której sporządzono akt, wydaje "
               "duplikat. Do banku, sądu czy ambasady często wystarczy odpis aktu urodzenia — można o niego poprosić tym samym "
               "wnioskiem.",
            uk="Якщо свідоцтво про народження загублене, викрадене або пошкоджене, община, де складено актовий запис, видає "
               "дублікат (повторне свідоцтво). Для банку, суду чи посольства часто достатньо витягу з акта про народження — "
               "його можна замовити тією самою заявою.",
            en="If your birth certificate has been lost, stolen or damaged, the municipality where your birth was registered "
               "issues a replacement. For a bank, court or embassy a copy of the birth record (extract) is often enough; "
               "you can ask for it on the same form.",
        ),
        "who_may_apply": T(
            bg="Лицето, за което се отнася актът, негов родител или законен представител, или упълномощено лице.",
            pl="Osoba, której dotyczy akt, jej rodzic lub przedstawiciel ustawowy albo pełnomocnik.",
            uk="Особа, якої стосується актовий запис, її батьки чи законний представник або уповноважена особа.",
            en="The person named in the record, a parent or legal guardian, or someone holding their power of attorney.",
        ),
        "legal_basis": legal("civil_registration_act", "civil_status_ordinance", "fees_ordinance"),
        "documents": [
            {"name": T(bg="Искане за издаване на дубликат на удостоверение за раждане",
                       pl="Wniosek o wydanie duplikatu aktu urodzenia",
                       uk="Заява про видачу дубліката свідоцтва про народження",
                       en="Application for a replacement birth certificate"),
             "note": None, "form": True},
            {**ID_CARD},
            {**POWER_OF_ATTORNEY},
            {"name": T(bg="Повреденото удостоверение", pl="Zniszczony akt", uk="Пошкоджене свідоцтво",
                       en="The damaged certificate"),
             "note": T(bg="Ако го имате.", pl="Jeśli go masz.", uk="Якщо воно у вас є.", en="If you still have it."),
             "form": False},
        ],
        "fees": _DUPLICATE_FEES,
        "processing": _DUPLICATE_PROCESSING,
        "in_person": CIVIL_STATUS_DESK,
        "department": "civil_status",
        "contact": "head_civil_status",
        "online_url": ONLINE + "dublikat-udostoverenie-za-razhdane",
        "payment_url": PAYMENT,
        "by_post": BY_POST,
        "result": T(
            bg="Дубликат на удостоверението за раждане с отбелязване „Дубликат“; той има силата на оригинала.",
            pl="Duplikat aktu urodzenia z adnotacją „Duplikat”; ma moc oryginału.",
            uk="Дублікат свідоцтва про народження з позначкою «Дублікат»; він має силу оригіналу.",
            en="A replacement birth certificate marked “Duplicate”, valid in the same way as the original.",
        ),
        "appeal": APPEAL_CIVIL,
        "related": ["birth-certificate", "marital-status-certificate"],
    },
    {
        "slug": "marital-status-certificate",
        "category": "civil_status",
        "title": T(bg="Удостоверение за семейно положение", pl="Zaświadczenie o stanie cywilnym",
                   uk="Довідка про сімейний стан", en="Certificate of marital status"),
        "summary": T(
            bg="Удостоверението показва дали сте неженен/неомъжена, в брак, разведен/а или вдовец/вдовица, а при нужда — "
               "и данни за съпруга и децата ви. Искат го при сключване на брак в чужбина, от банки, работодатели и при "
               "наследство. Тук може да поискате и дубликат на удостоверението за граждански брак.",
            pl="Zaświadczenie potwierdza, czy jesteś w stanie wolnym (kawaler/panna), w związku małżeńskim, rozwiedziony/a "
               "czy owdowiały/a, a w razie potrzeby także dane małżonka i dzieci. Wymagają go m.in. przy ślubie za granicą, "
               "banki i pracodawcy. Tu złożysz też wniosek o duplikat aktu małżeństwa.",
            uk="Довідка підтверджує, чи ви неодружений/незаміжня, у шлюбі, розлучений/розлучена чи вдівець/вдова, а за "
               "потреби — також дані про подружжя й дітей. Її вимагають для шлюбу за кордоном, банки та роботодавці. "
               "Тут же можна замовити дублікат свідоцтва про шлюб.",
            en="The certificate shows whether you are single, married, divorced or widowed and, if needed, the details of "
               "your spouse and children. It is asked for when marrying abroad, by banks and employers, and in inheritance "
               "matters. You can also ask here for a replacement marriage certificate.",
        ),
        "who_may_apply": T(
            bg="Лицето, за което се отнася удостоверението, или упълномощено от него лице.",
            pl="Osoba, której dotyczy zaświadczenie, lub jej pełnomocnik.",
            uk="Особа, якої стосується довідка, або уповноважена нею особа.",
            en="The person the certificate is about, or someone holding their power of attorney.",
        ),
        "legal_basis": legal("civil_registration_act", "population_register_ordinance", "fees_ordinance"),
        "documents": [
            {"name": T(bg="Заявление за издаване на удостоверение за семейно положение",
                       pl="Wniosek o wydanie zaświadczenia o stanie cywilnym",
                       uk="Заява про видачу довідки про сімейний стан",
                       en="Application for a certificate of marital status"),
             "note": T(bg="Посочете за какво ви е нужно — за чужбина удостоверението се издава и на английски.",
                       pl="Podaj, do czego jest potrzebne — do użytku za granicą wydajemy je także po angielsku.",
                       uk="Вкажіть, для чого вона потрібна — для використання за кордоном видаємо її також англійською.",
                       en="Say what you need it for; for use abroad we also issue it in English."),
             "form": True},
            {**ID_CARD},
            {**POWER_OF_ATTORNEY},
        ],
        "fees": [
            {"variant": T(bg="Обикновена услуга", pl="Tryb zwykły", uk="Звичайний термін", en="Standard service"),
             "amount": "2.56", "currency": "EUR", "note": None},
            {"variant": T(bg="Експресна услуга", pl="Tryb ekspresowy", uk="Терміново", en="Express service"),
             "amount": "5.11", "currency": "EUR", "note": None},
        ],
        "processing": [
            {"variant": T(bg="Обикновена услуга", pl="Tryb zwykły", uk="Звичайний термін", en="Standard service"),
             "days": 3, "working_days": True, "note": None},
            {"variant": T(bg="Експресна услуга", pl="Tryb ekspresowy", uk="Терміново", en="Express service"),
             "days": 1, "working_days": True,
             "note": T(bg="В същия ден, ако заявлението е подадено до 12:00 ч.",
                       pl="Tego samego dnia, jeśli wniosek złożysz do godz. 12:00.",
                       uk="Того ж дня, якщо заяву подано до 12:00.",
                       en="The same day if you apply before noon.")},
        ],
        "in_person": CIVIL_STATUS_DESK,
        "department": "civil_status",
        "contact": "head_civil_status",
        "online_url": ONLINE + "semeyno-polozhenie",
        "payment_url": PAYMENT,
        "by_post": BY_POST,
        "result": T(
            bg="Удостоверение за семейно положение (или дубликат на удостоверението за граждански брак).",
            pl="Zaświadczenie o stanie cywilnym (albo duplikat aktu małżeństwa).",
            uk="Довідка про сімейний стан (або дублікат свідоцтва про шлюб).",
            en="A certificate of marital status (or a replacement marriage certificate).",
        ),
        "appeal": APPEAL_CIVIL,
        "related": ["civil-marriage", "heirs-certificate"],
    },
    {
        "slug": "civil-marriage",
        "category": "civil_status",
        "title": T(bg="Сключване на граждански брак", pl="Ślub cywilny", uk="Реєстрація шлюбу",
                   en="Civil wedding (getting married at the town hall)"),
        "summary": T(
            bg="Гражданският брак се сключва пред длъжностното лице по гражданско състояние в ритуалната зала на общината "
               "или, срещу по-висока такса, на друго място по ваш избор. Двамата подавате заявление лично и запазвате дата "
               "и час, обикновено поне месец по-рано. Веднага след церемонията получавате удостоверение за граждански брак.",
            pl="Ślub cywilny zawiera się przed urzędnikiem stanu cywilnego w sali ślubów urzędu albo, za wyższą opłatą, "
               "w wybranym przez was miejscu. Oboje składacie wniosek osobiście i rezerwujecie datę i godzinę, zwykle co "
               "najmniej miesiąc wcześniej. Zaraz po ceremonii otrzymujecie akt małżeństwa.",
            uk="Шлюб реєструє посадова особа з цивільного стану в урочистій залі общини або, за вищу плату, у вибраному "
               "вами місці. Обоє подаєте заяву особисто й бронюєте дату й час, зазвичай щонайменше за місяць. Одразу після "
               "церемонії ви отримуєте свідоцтво про шлюб.",
            en="A civil marriage takes place before the civil status officer in the town hall's wedding room or, for a "
               "higher fee, at a place of your choice. You both apply in person and book the date and time, usually at "
               "least a month ahead. You receive your marriage certificate straight after the ceremony.",
        ),
        "who_may_apply": T(
            bg="Двама пълнолетни души, мъж и жена, които не са в друг брак; по изключение и 16-годишни с разрешение от съда.",
            pl="Dwie pełnoletnie osoby, kobieta i mężczyzna, niepozostające w innym związku małżeńskim; wyjątkowo "
               "16-latkowie za zgodą sądu.",
            uk="Двоє повнолітніх — чоловік і жінка, які не перебувають в іншому шлюбі; у виняткових випадках "
               "16-річні з дозволу суду.",
            en="Two adults, a man and a woman, neither of them already married; exceptionally 16-year-olds with "
               "the permission of a court.",
        ),
        "legal_basis": legal("civil_registration_act", "fees_ordinance",
                             extra=(act(FAMILY_CODE, "", "2009-06-23", NATIONAL_ASSEMBLY),)),
        "documents": [
            {"name": T(bg="Заявление за сключване на граждански брак", pl="Wniosek o zawarcie małżeństwa",
                       uk="Заява про реєстрацію шлюбу", en="Application to marry"),
             "note": None, "form": True},
            {"name": T(bg="Декларации на двамата, че няма пречки за брака и че са запознати със здравословното състояние "
                          "един на друг",
                       pl="Oświadczenia obojga o braku przeszkód do zawarcia małżeństwa i o wzajemnym poinformowaniu "
                          "się o stanie zdrowia",
                       uk="Заяви обох про відсутність перешкод для шлюбу та про те, що вони знають про стан здоров’я "
                          "одне одного",
                       en="Statements by both of you that there is no obstacle to the marriage and that you have told "
                          "each other about your health"),
             "note": None, "form": True},
            {"name": T(bg="Лични карти на двамата", pl="Dowody osobiste obojga", uk="Посвідчення особи обох",
                       en="Identity cards of both of you"),
             "note": None, "form": False},
            {"name": T(bg="Удостоверение за правоспособност за брак", pl="Zaświadczenie o zdolności prawnej do zawarcia małżeństwa",
                       uk="Довідка про правоздатність до шлюбу", en="Certificate of no impediment to marriage"),
             "note": T(bg="Само за чужденци — легализирано и преведено на български.",
                       pl="Tylko dla cudzoziemców — zalegalizowane i przetłumaczone na bułgarski.",
                       uk="Лише для іноземців — легалізована та перекладена болгарською.",
                       en="Only for foreign nationals: legalised and translated into Bulgarian."),
             "form": False},
        ],
        "fees": [
            {"variant": T(bg="В ритуалната зала, в работен ден", pl="W sali ślubów, w dzień roboczy",
                          uk="В урочистій залі, у робочий день", en="In the wedding room, on a working day"),
             "amount": "15.34", "currency": "EUR", "note": None},
            {"variant": T(bg="В ритуалната зала, в събота, неделя или празник", pl="W sali ślubów, w sobotę, niedzielę lub święto",
                          uk="В урочистій залі, у суботу, неділю чи свято", en="In the wedding room, at weekends or on holidays"),
             "amount": "30.68", "currency": "EUR", "note": None},
            {"variant": T(bg="Извън ритуалната зала", pl="Poza salą ślubów", uk="Поза урочистою залою",
                          en="Outside the wedding room"),
             "amount": "76.69", "currency": "EUR",
             "note": T(bg="На територията на общината.", pl="Na terenie gminy.", uk="На території общини.",
                       en="Anywhere within the municipality.")},
        ],
        "processing": [
            {"variant": T(bg="Удостоверение за граждански брак", pl="Akt małżeństwa", uk="Свідоцтво про шлюб",
                          en="Marriage certificate"),
             "days": 1, "working_days": False,
             "note": T(bg="Дава се на съпрузите веднага след церемонията.", pl="Małżonkowie otrzymują go zaraz po ceremonii.",
                       uk="Подружжя отримує його одразу після церемонії.", en="Handed to the couple right after the ceremony.")},
        ],
        "in_person": CIVIL_STATUS_DESK,
        "department": "civil_status",
        "contact": "head_civil_status",
        "online_url": "",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Акт за граждански брак и удостоверение за граждански брак.",
            pl="Akt małżeństwa w rejestrze i wydany małżonkom odpis aktu małżeństwa.",
            uk="Актовий запис про шлюб і свідоцтво про шлюб.",
            en="A marriage record and a marriage certificate.",
        ),
        "appeal": APPEAL_CIVIL,
        "related": ["marital-status-certificate", "address-registration"],
    },
]
