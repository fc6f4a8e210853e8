"""Demo “also searched as” phrases per service card (slug → phrases in each language).

Written from the meaning of each card's title: the everyday words a resident
would use for the same thing, older names and short forms — not the title's own
words again (a duplicate's phrases that restate the original's title only pull
the duplicate up for the original's queries). Loaded onto the
Bulgarian card and translated with the rest of it (`portal_demo.content.services`).
"""

from portal_demo.content.text import T

ALSO_SEARCHED = {
    "birth-certificate": T(
        bg="кръщелно, бебе, новородено, регистриране на бебе, документ за бебето",
        pl="metryka dziecka, narodziny, noworodek, rejestracja dziecka, papiery dla dziecka",
        uk="метрика, новонароджений, немовля, зареєструвати дитину, документи на дитину",
        en="new baby, newborn, register my baby, baby papers, birth registration",
    ),
    "birth-certificate-duplicate": T(
        bg="загубен документ, нов екземпляр, второ копие, повторно издаване",
        pl="zgubiony akt urodzenia, kopia aktu urodzenia, odpis aktu urodzenia, nowy akt urodzenia",
        uk="загубив документ, повторна видача, відновити документ, другий примірник",
        en="lost birth certificate, copy of birth certificate, new birth certificate, second copy",
    ),
    "marital-status-certificate": T(
        bg="женен ли съм, неженен, разведен, документ че не съм женен, семейно положение за чужбина",
        pl="stan wolny, kawaler, panna, zaświadczenie że nie mam żony, zaświadczenie do ślubu za granicą",
        uk="неодружений, незаміжня, довідка що не в шлюбі, сімейний стан для закордону",
        en="single status, proof that I am not married, certificate of no impediment, marital status for abroad",
    ),
    "civil-marriage": T(
        bg="сватба, женитба, венчавка в общината, ритуал, омъжване",
        pl="wesele, ślub w urzędzie, ożenek, zawarcie małżeństwa, ślub w USC",
        uk="весілля, одруження, розпис, шлюб у РАЦСі, вийти заміж",
        en="wedding, getting married, marriage registration, registry office wedding",
    ),
    "death-certificate": T(
        bg="починал, смърт на близък, почина, погребение документи",
        pl="zmarł, śmierć bliskiej osoby, pogrzeb dokumenty, zgon w rodzinie",
        uk="помер, смерть близької людини, документи на похорон, смерть родича",
        en="someone died, death in the family, funeral papers, bereavement",
    ),
    "address-registration": T(
        bg="смяна на адрес, нов адрес, местене, адресна карта, постоянен адрес",
        pl="przeprowadzka, nowy adres, meldunek, zmiana adresu, wymeldowanie",
        uk="прописка, зміна адреси, переїзд, нова адреса, виписка",
        en="moving house, change of address, new address, register my address",
    ),
    "heirs-certificate": T(
        bg="наследство, наследници, наследяване, след смърт на родител",
        pl="spadek, dziedziczenie, spadkobiercy, po śmierci rodzica",
        uk="спадщина, спадок, успадкування, після смерті батьків",
        en="inheritance, inherit, heirship, after a parent died",
    ),
    "property-tax-assessment": T(
        bg="данъчна оценка, оценка на апартамент, за нотариус, оценка на къща",
        pl="wartość mieszkania, wycena domu do podatku, zaświadczenie do notariusza",
        uk="оцінка квартири, оцінка будинку, довідка для нотаріуса, вартість нерухомості",
        en="property valuation, value of my flat, valuation for the notary, house value",
    ),
    "property-tax-payment": T(
        bg="данък апартамент, данък къща, такса смет, плащане на данъци, местни данъци",
        pl="podatek od mieszkania, podatek od domu, opłata za śmieci, podatki lokalne, zapłacić podatek",
        uk="податок на квартиру, податок на будинок, плата за сміття, місцеві податки, заплатити податок",
        en="house tax, flat tax, bin charge, pay local taxes, council tax",
    ),
    "no-tax-debts-certificate": T(
        bg="нямам дългове, чисто от задължения, служебна бележка за данъци, без задължения",
        pl="brak zaległości, nie mam długów, zaświadczenie o niezaleganiu, czysta karta podatkowa",
        uk="немає боргів, відсутність боргів, довідка про відсутність боргу, без заборгованості",
        en="no tax debts, tax clearance, proof I owe nothing, no arrears",
    ),
    "vehicle-tax": T(
        bg="данък кола, данък автомобил, данък мотор, данък за колата",
        pl="podatek od auta, podatek od ciężarówki, podatek drogowy, podatek od pojazdu",
        uk="податок на машину, податок на автомобіль, транспортний податок, податок на вантажівку",
        en="car tax, road tax, motor tax, tax on my car",
    ),
    "property-declaration": T(
        bg="декларация за имот, купих апартамент, нова къща данък, декларация по чл. 14",
        pl="kupiłem mieszkanie, nowy dom podatek, deklaracja na podatek od nieruchomości, informacja o nieruchomości",
        uk="купив квартиру, новий будинок податок, декларація на нерухомість, податкова декларація на житло",
        en="bought a flat, new house tax return, declare my property, property tax return",
    ),
    "property-sketch": T(
        bg="скица, скица на парцел, виза, план на имота",
        pl="mapa działki, wypis z planu, warunki zabudowy, wyrys",
        uk="схема ділянки, план ділянки, викопіювання, умови забудови",
        en="plot map, site sketch, land plan, planning brief",
    ),
    "investment-project-approval": T(
        bg="одобрение на проект, одобрени чертежи, архитектурен проект, проект за къща",
        pl="zatwierdzenie planów, projekt domu, plany budowlane, projekt architektoniczny",
        uk="погодження креслень, проєкт будинку, архітектурний проєкт, затвердження проєкту",
        en="plan approval, house plans, architectural drawings, design approval",
    ),
    "building-permit": T(
        bg="строя къща, строителство, разрешение за строителство, пристройка",
        pl="budowa domu, zgoda na budowę, pozwolenie budowlane, rozbudowa",
        uk="будую будинок, будівництво, будівельний дозвіл, прибудова",
        en="build a house, construction permit, planning permission, extension",
    ),
    "completion-certificate": T(
        bg="акт 16, ползване на сграда, приемане на строеж, разрешение за ползване",
        pl="odbiór budynku, odbiór domu, pozwolenie na użytkowanie, zakończenie budowy",
        uk="прийняття будинку, здача об’єкта, сертифікат готовності, закінчення будівництва",
        en="occupancy certificate, finished building, use permit, building sign-off",
    ),
    "temporary-structure-permit": T(
        bg="будка, павилион, сергия, кафе-павилион, преместваем обект",
        pl="kiosk, budka, pawilon handlowy, stragan",
        uk="кіоск, ятка, павільйон, МАФ, тимчасова споруда",
        en="kiosk, stall, booth, market stall, pavilion",
    ),
    "one-off-financial-help": T(
        bg="социална помощ, пари от общината, еднократна помощ, помощ в беда",
        pl="zapomoga, pomoc finansowa, zasiłek jednorazowy, pieniądze z gminy, pomoc społeczna",
        uk="матеріальна допомога, гроші від громади, соціальна допомога, одноразова виплата",
        en="emergency money, financial support, hardship grant, social help",
    ),
    "home-care": T(
        bg="патронаж, топъл обяд, храна за възрастни, грижа за стари хора",
        pl="obiady dla seniorów, opieka nad starszą osobą, usługi opiekuńcze, posiłki do domu",
        uk="гарячі обіди, догляд за літніми, допомога вдома, їжа для пенсіонерів",
        en="meals for the elderly, home help, care for older people, hot lunch delivery",
    ),
    "personal-assistant": T(
        bg="асистент, грижа за инвалид, помощник за човек с увреждане, лична помощ",
        pl="asystent, opiekun osoby niepełnosprawnej, pomoc dla niepełnosprawnego, asystencja osobista",
        uk="асистент, догляд за людиною з інвалідністю, помічник, особиста допомога",
        en="carer, assistant, support worker, help for a disabled person",
    ),
    "disabled-parking-card": T(
        bg="инвалидна карта, паркиране за инвалиди, синя карта, място за инвалиди",
        pl="karta dla niepełnosprawnych, koperta, parkowanie dla niepełnosprawnych, niebieska karta",
        uk="інвалідна картка, паркування для інвалідів, синя картка, місце для інвалідів",
        en="blue badge, handicap parking, disabled parking permit, accessible parking",
    ),
    "kindergarten-enrolment": T(
        bg="забавачка, градина, детска ясла, записване в градина, място в градина",
        pl="przedszkole, żłobek, zapisy do przedszkola, miejsce w przedszkolu",
        uk="садочок, дитсадок, ясла, місце в садку, записати дитину в садок",
        en="nursery, preschool, daycare, kindergarten place",
    ),
    "sports-hall-booking": T(
        bg="физкултурен салон, зала за футбол, наем на зала за спорт, фитнес зала",
        pl="sala gimnastyczna, hala do gry, rezerwacja sali, boisko halowe",
        uk="спортзал, зал для футболу, оренда залу для спорту, тренувальний зал",
        en="gym hire, sports centre, book a court, indoor pitch",
    ),
    "event-permit": T(
        bg="концерт, фестивал, събор, базар, мероприятие на площада",
        pl="festyn, koncert, impreza, kiermasz, wydarzenie na rynku",
        uk="концерт, фестиваль, ярмарок, свято на площі, захід",
        en="street party, concert, festival, fair, public event",
    ),
    "culture-hall-rental": T(
        bg="читалище, зала за събитие, зала за тържество, културен дом",
        pl="dom kultury, sala na imprezę, sala na wydarzenie, wynajem sali",
        uk="будинок культури, зала для заходу, зала для свята, оренда зали",
        en="community hall, culture house, venue hire, hall for an event",
    ),
    "tree-felling-permit": T(
        bg="сеч, отрязване на дърво, изсичане, премахване на дърво",
        pl="wycinka, ścięcie drzewa, usunięcie drzewa, wycięcie drzew",
        uk="зрізати дерево, спиляти дерево, видалення дерева, вирубка",
        en="tree removal, fell a tree, chop down a tree, cut a tree",
    ),
    "dog-registration": T(
        bg="куче, такса куче, чип на куче, домашен любимец",
        pl="pies, opłata od psa, podatek od psa, czipowanie psa, zwierzę domowe",
        uk="собака, пес, чипування собаки, домашня тварина",
        en="dog licence, dog tax, pet registration, microchip",
    ),
    "cafe-tables-permit": T(
        bg="маси на тротоара, лятна градина, заведение навън, маси пред кафене",
        pl="ogródek piwny, stoliki przed kawiarnią, ogródek letni, stoliki na chodniku",
        uk="літній майданчик, столики на тротуарі, літнє кафе, столики біля кафе",
        en="pavement café, outdoor seating, terrace, tables outside",
    ),
    "taxi-permit": T(
        bg="такси, таксиметров шофьор, лиценз за такси, работа като таксиджия",
        pl="licencja taxi, taksówkarz, taksówka, przewóz osób",
        uk="таксі, ліцензія на таксі, таксист, перевезення пасажирів",
        en="taxi licence, cab driver, minicab, taxi driver",
    ),
    "noise-waste-complaint": T(
        bg="оплакване, жалба, шумни съседи, боклук на улицата, нередност",
        pl="skarga, hałas sąsiada, śmieci na ulicy, zgłoszenie problemu, interwencja",
        uk="скарга, шумні сусіди, сміття на вулиці, повідомити про проблему",
        en="complaint, noisy neighbours, litter, fly-tipping, report a problem",
    ),
    "public-information-request": T(
        bg="обществена информация, ЗДОИ, искане на информация, достъп до информация",
        pl="informacja publiczna, BIP, wniosek o informację, dostęp do informacji",
        uk="публічна інформація, запит на інформацію, доступ до інформації, інформаційний запит",
        en="freedom of information, FOI request, information request, access to information",
    ),
}
