"""Demo service cards: deaths, heirs and the population register (address registration)."""

from portal_demo.content.data.common import (
    APPEAL_CIVIL,
    BY_POST,
    CIVIL_STATUS_DESK,
    NATIONAL_ASSEMBLY,
    act,
    legal,
)
from portal_demo.content.data.services_civil import (
    ID_CARD,
    ONLINE,
    PAYMENT,
    POWER_OF_ATTORNEY,
    standard_speeds,
)
from portal_demo.content.text import T

_HEIRS_FEES, _HEIRS_PROCESSING = standard_speeds()

POPULATION = [
    {
        "slug": "death-certificate",
        "category": "civil_status",
        "title": T(bg="Акт за смърт и препис-извлечение (смъртен акт)", pl="Zgłoszenie zgonu i akt zgonu",
                   uk="Реєстрація смерті та свідоцтво про смерть", en="Registering a death and getting a death certificate"),
        "summary": T(
            bg="Смъртта се обявява пред длъжностното лице по гражданско състояние в общината, в която е настъпила, "
               "възможно най-скоро. Съставя се акт за смърт и се издава препис-извлечение от него (т.нар. смъртен акт) — "
               "нужен е за погребението, наследството и пенсията. Често формалностите поема погребалната агенция.",
            pl="Zgon zgłasza się urzędnikowi stanu cywilnego w gminie, w której nastąpił, możliwie jak najszybciej. "
               "Sporządza się akt zgonu i wydaje jego odpis, potrzebny do pogrzebu, spraw spadkowych i emerytalnych. "
               "Często formalności załatwia zakład pogrzebowy.",
            uk="Смерть реєструють у посадової особи з цивільного стану в общині, де вона сталася, якомога швидше. "
               "Складається актовий запис про смерть і видається витяг із нього (свідоцтво про смерть) — він потрібен "
               "для поховання, спадщини та пенсії. Часто ці формальності бере на себе ритуальна служба.",
            en="A death is reported to the civil status officer of the municipality where it happened, as soon as possible. "
               "A death record is drawn up and you receive an extract of it, the death certificate, needed for the funeral, "
               "the inheritance and pensions. The funeral home often takes care of this.",
        ),
        "who_may_apply": T(
            bg="Близките на починалия, лице, което е живяло с него, лечебното заведение или погребалната агенция.",
            pl="Bliscy zmarłego, osoba z nim mieszkająca, szpital albo zakład pogrzebowy.",
            uk="Рідні померлого, особа, яка з ним проживала, лікарня або ритуальна служба.",
            en="The family of the deceased, someone who lived with them, the hospital or the funeral home.",
        ),
        "legal_basis": legal("civil_registration_act", "civil_status_ordinance", "fees_ordinance"),
        "documents": [
            {"name": T(bg="Съобщение за смърт, издадено от лекаря, установил смъртта",
                       pl="Karta zgonu wystawiona przez lekarza, który stwierdził zgon",
                       uk="Лікарське свідоцтво про смерть від лікаря, який її констатував",
                       en="Medical notice of death from the doctor who confirmed it"),
             "note": None, "form": False},
            {"name": T(bg="Лична карта на починалия", pl="Dowód osobisty zmarłego", uk="Посвідчення особи померлого",
                       en="Identity card of the deceased"),
             "note": T(bg="Тя се обезсилва и остава в общината.", pl="Zostaje unieważniony i pozostaje w urzędzie.",
                       uk="Його анулюють, і воно залишається в общині.", en="It is cancelled and kept by the municipality."),
             "form": False},
            {**ID_CARD},
        ],
        "fees": [
            {"variant": T(bg="Първи препис-извлечение", pl="Pierwszy odpis", uk="Перший витяг", en="First certificate"),
             "amount": "0.00", "currency": "EUR", "note": None},
            {"variant": T(bg="Всеки следващ препис-извлечение", pl="Każdy kolejny odpis", uk="Кожен наступний витяг",
                          en="Each further copy"),
             "amount": "2.56", "currency": "EUR", "note": None},
        ],
        "processing": [
            {"variant": T(bg="Обявяване на смъртта", pl="Zgłoszenie zgonu", uk="Реєстрація смерті", en="Reporting the death"),
             "days": 1, "working_days": False,
             "note": T(bg="В същия ден; в събота и неделя има дежурно длъжностно лице (тел. +359 301 600 12).",
                       pl="Tego samego dnia; w soboty i niedziele pełni dyżur urzędnik (tel. +359 301 600 12).",
                       uk="Того ж дня; у суботу й неділю чергує посадова особа (тел. +359 301 600 12).",
                       en="The same day; a civil status officer is on duty at weekends (tel. +359 301 600 12).")},
            {"variant": T(bg="Следващ препис-извлечение", pl="Kolejny odpis", uk="Наступний витяг", en="Further copies"),
             "days": 3, "working_days": True, "note": None},
        ],
        "in_person": CIVIL_STATUS_DESK,
        "department": "civil_status",
        "contact": "head_civil_status",
        "online_url": "",
        "payment_url": "",
        "by_post": None,
        "result": T(
            bg="Акт за смърт в регистъра и препис-извлечение от него, с което се урежда погребението.",
            pl="Akt zgonu w rejestrze i jego odpis, na podstawie którego organizuje się pogrzeb.",
            uk="Актовий запис про смерть у реєстрі та витяг із нього, на підставі якого організовують поховання.",
            en="A death record in the register and a certificate drawn from it, which you need to arrange the funeral.",
        ),
        "appeal": APPEAL_CIVIL,
        "related": ["heirs-certificate", "one-off-financial-help"],
    },
    {
        "slug": "address-registration",
        "category": "civil_status",
        "title": T(bg="Адресна регистрация и удостоверение за настоящ адрес",
                   pl="Zameldowanie i zaświadczenie o zameldowaniu",
                   uk="Реєстрація місця проживання та довідка про адресу",
                   en="Address registration and certificate of current address"),
        "summary": T(
            bg="Адресна регистрация: когато се преместите, заявявате новия си настоящ адрес (където живеете) или постоянен "
               "адрес (за кореспонденция с властите) в 30-дневен срок. При нужда ви издаваме удостоверение за настоящ адрес "
               "или удостоверение за постоянен адрес — за работодател, училище, детска градина или банка.",
            pl="Zameldowanie (meldunek): po przeprowadzce w ciągu 30 dni zgłaszasz nowy adres aktualny (tam, gdzie faktycznie "
               "mieszkasz) albo adres stały (do kontaktów z urzędami). Na życzenie wydajemy zaświadczenie o zameldowaniu "
               "na adres aktualny lub stały — dla pracodawcy, szkoły, przedszkola czy banku.",
            uk="Реєстрація місця проживання (у побуті — «прописка»): після переїзду протягом 30 днів ви заявляєте нову "
               "поточну адресу (де фактично живете) або постійну адресу (для листування з органами влади). За потреби "
               "видаємо довідку про реєстрацію місця проживання — для роботодавця, школи, садочка чи банку.",
            en="Address registration: when you move, you register your new current address (where you actually live) or "
               "permanent address (for official mail) within 30 days. We can also issue a certificate of current or "
               "permanent address (proof of address) for your employer, school, kindergarten or bank.",
        ),
        "who_may_apply": T(
            bg="Всеки, който живее на територията на общината — български граждани и чужденци с разрешение за пребиваване; "
               "за децата — родителите им.",
            pl="Każdy, kto mieszka na terenie gminy — obywatele Bułgarii i cudzoziemcy z prawem pobytu; za dzieci — rodzice.",
            uk="Кожен, хто проживає на території общини, — громадяни Болгарії та іноземці з дозволом на проживання; "
               "за дітей — батьки.",
            en="Anyone living in the municipality: Bulgarian citizens and foreign nationals with a residence permit; "
               "parents apply for their children.",
        ),
        "legal_basis": legal("civil_registration_act", "population_register_ordinance", "fees_ordinance"),
        "documents": [
            {"name": T(bg="Адресна карта за настоящ адрес или заявление за постоянен адрес",
                       pl="Karta adresowa (adres aktualny) lub wniosek o adres stały",
                       uk="Адресна картка (поточна адреса) або заява про постійну адресу",
                       en="Address card (current address) or application for a permanent address"),
             "note": None, "form": True},
            {**ID_CARD},
            {"name": T(bg="Документ за правото да ползвате жилището", pl="Dokument potwierdzający prawo do lokalu",
                       uk="Документ про право користування житлом", en="Proof that you may live in the home"),
             "note": T(bg="Нотариален акт, договор за наем или съгласие на собственика — дадено лично пред служителя "
                          "или с нотариално заверен подпис.",
                       pl="Akt notarialny, umowa najmu albo zgoda właściciela — złożona osobiście przy urzędniku lub "
                          "z podpisem poświadczonym notarialnie.",
                       uk="Нотаріальний акт, договір оренди або згода власника — особисто в присутності працівника "
                          "чи з нотаріально засвідченим підписом.",
                       en="Title deed, tenancy agreement or the owner's consent, given in person at the desk or "
                          "with a notarised signature."),
             "form": False},
        ],
        "fees": [
            {"variant": T(bg="Заявяване на адрес", pl="Zgłoszenie adresu", uk="Реєстрація адреси", en="Registering an address"),
             "amount": "0.00", "currency": "EUR", "note": None},
            {"variant": T(bg="Удостоверение за настоящ или постоянен адрес", pl="Zaświadczenie o zameldowaniu",
                          uk="Довідка про адресу", en="Certificate of address"),
             "amount": "2.56", "currency": "EUR", "note": None},
            {"variant": T(bg="Удостоверение — експресно, в същия ден", pl="Zaświadczenie — ekspresowo, tego samego dnia",
                          uk="Довідка — терміново, того ж дня", en="Certificate, express, same day"),
             "amount": "5.11", "currency": "EUR", "note": None},
        ],
        "processing": [
            {"variant": T(bg="Заявяване на адрес", pl="Zgłoszenie adresu", uk="Реєстрація адреси", en="Registering an address"),
             "days": 1, "working_days": True,
             "note": T(bg="Регистрацията се отразява веднага, на гишето.", pl="Meldunek jest wpisywany od razu, przy okienku.",
                       uk="Реєстрацію вносять одразу, на місці.", en="Recorded on the spot.")},
            {"variant": T(bg="Удостоверение", pl="Zaświadczenie", uk="Довідка", en="Certificate"),
             "days": 3, "working_days": True, "note": None},
        ],
        "in_person": CIVIL_STATUS_DESK,
        "department": "civil_status",
        "contact": "head_civil_status",
        "online_url": ONLINE + "nastoyasht-adres",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Нов адрес в регистъра на населението и, ако сте го поискали, удостоверение за настоящ или постоянен адрес.",
            pl="Nowy adres w rejestrze ludności i, jeśli o nie poprosisz, zaświadczenie o zameldowaniu.",
            uk="Нова адреса в реєстрі населення і, якщо ви її замовили, довідка про реєстрацію місця проживання.",
            en="Your new address in the population register and, if you asked for it, a certificate of address.",
        ),
        "appeal": APPEAL_CIVIL,
        "related": ["kindergarten-enrolment", "property-tax-payment", "marital-status-certificate"],
    },
    {
        "slug": "heirs-certificate",
        "category": "civil_status",
        "title": T(bg="Удостоверение за наследници", pl="Zaświadczenie o spadkobiercach", uk="Довідка про спадкоємців",
                   en="Certificate of heirs"),
        "summary": T(
            bg="Удостоверението за наследници изброява наследниците по закон на починал човек — съпруг, деца, внуци, "
               "родители, братя и сестри. Искат го банки, нотариуси, съдът и Службата по вписванията. Издава го общината "
               "по последния постоянен адрес на починалия.",
            pl="Zaświadczenie o spadkobiercach wymienia ustawowych spadkobierców zmarłego — małżonka, dzieci, wnuki, "
               "rodziców, rodzeństwo. Wymagają go banki, notariusze, sąd i urząd wpisów (księgi wieczyste). Wydaje je gmina "
               "ostatniego adresu stałego zmarłego.",
            uk="Довідка про спадкоємців перелічує спадкоємців за законом — подружжя, дітей, онуків, батьків, братів і сестер "
               "померлого. Її вимагають банки, нотаріуси, суд і служба реєстрації нерухомості. Видає її община за "
               "останньою постійною адресою померлого.",
            en="The certificate of heirs lists the legal heirs of a deceased person: spouse, children, grandchildren, "
               "parents, brothers and sisters. Banks, notaries, courts and the land registry ask for it. It is issued by "
               "the municipality of the deceased's last permanent address.",
        ),
        "who_may_apply": T(
            bg="Всеки наследник или упълномощено от него лице, както и всеки, който има правен интерес (например съдебен изпълнител).",
            pl="Każdy spadkobierca lub jego pełnomocnik, a także każdy, kto ma interes prawny (np. komornik).",
            uk="Кожен спадкоємець чи уповноважена ним особа, а також будь-хто з юридичним інтересом (наприклад, виконавець).",
            en="Any heir or someone holding their power of attorney, and anyone with a legal interest (such as a bailiff).",
        ),
        "legal_basis": legal("civil_registration_act", "population_register_ordinance", "fees_ordinance", extra=(
            act(T(bg="Закон за наследството", pl="Ustawa o dziedziczeniu", uk="Закон про спадкування", en="Inheritance Act"),
                "", "1949-01-29", NATIONAL_ASSEMBLY),
        )),
        "documents": [
            {"name": T(bg="Молба-декларация за издаване на удостоверение за наследници",
                       pl="Wniosek z oświadczeniem o wydanie zaświadczenia o spadkobiercach",
                       uk="Заява-декларація про видачу довідки про спадкоємців",
                       en="Application and declaration for a certificate of heirs"),
             "note": T(bg="Декларирате, че изброените данни са верни; невярно деклариране е престъпление.",
                       pl="Oświadczasz, że podane dane są prawdziwe; fałszywe oświadczenie jest przestępstwem.",
                       uk="Ви підтверджуєте правдивість даних; неправдива заява є злочином.",
                       en="You declare that the details are true; a false declaration is a criminal offence."),
             "form": True},
            {**ID_CARD},
            {"name": T(bg="Препис-извлечение от акт за смърт", pl="Odpis aktu zgonu", uk="Свідоцтво про смерть",
                       en="Death certificate"),
             "note": T(bg="Само ако смъртта не е регистрирана в България.", pl="Tylko jeśli zgonu nie zarejestrowano w Bułgarii.",
                       uk="Лише якщо смерть зареєстровано не в Болгарії.", en="Only if the death was not registered in Bulgaria."),
             "form": False},
            {"name": T(bg="Удостоверения за наследници на починали преди това наследници",
                       pl="Zaświadczenia o spadkobiercach spadkobierców zmarłych wcześniej",
                       uk="Довідки про спадкоємців тих спадкоємців, які померли раніше",
                       en="Certificates of heirs for heirs who have died before"),
             "note": T(bg="Само ако те са издадени от друга община.", pl="Tylko jeśli wydała je inna gmina.",
                       uk="Лише якщо їх видала інша община.", en="Only if issued by another municipality."),
             "form": False},
            {**POWER_OF_ATTORNEY},
        ],
        "fees": _HEIRS_FEES,
        "processing": _HEIRS_PROCESSING,
        "in_person": CIVIL_STATUS_DESK,
        "department": "civil_status",
        "contact": "head_civil_status",
        "online_url": ONLINE + "udostoverenie-za-naslednitsi",
        "payment_url": PAYMENT,
        "by_post": BY_POST,
        "result": T(
            bg="Удостоверение за наследници с имената, датите на раждане и родството на всички наследници по закон.",
            pl="Zaświadczenie o spadkobiercach z imionami, datami urodzenia i stopniem pokrewieństwa wszystkich "
               "spadkobierców ustawowych.",
            uk="Довідка про спадкоємців з іменами, датами народження та ступенем спорідненості всіх спадкоємців за законом.",
            en="A certificate of heirs giving the names, dates of birth and relationship of all legal heirs.",
        ),
        "appeal": APPEAL_CIVIL,
        "related": ["death-certificate", "property-tax-assessment", "no-tax-debts-certificate"],
    },
]
