"""A two-service sample of the demo service data (same schema as portal_demo.content.data.services)."""

from portal_demo.content.text import T

CATEGORIES = {
    "civil_status": {
        "name": T(bg="Гражданско състояние (проба)", pl="Stan cywilny (próbka)", uk="Цивільний стан (зразок)",
                  en="Civil status (sample)"),
        "description": T(bg="Раждане, брак, адрес.", pl="Urodzenie, małżeństwo, adres.", uk="Народження, шлюб, адреса.",
                         en="Birth, marriage, address."),
    },
    "local_taxes": {
        "name": T(bg="Местни данъци (проба)", pl="Podatki lokalne (próbka)", uk="Місцеві податки (зразок)",
                  en="Local taxes (sample)"),
        "description": T(bg="Данъци върху имоти и превозни средства.", pl="Podatki od nieruchomości i pojazdów.",
                         uk="Податки на нерухомість і транспорт.", en="Property and vehicle taxes."),
    },
}

ORDINARY = T(bg="обикновена", pl="zwykła", uk="звичайна", en="ordinary")
EXPRESS = T(bg="експресна", pl="ekspresowa", uk="термінова", en="express")

SERVICES = [
    {
        "slug": "sample-birth-certificate", "category": "civil_status",
        "title": T(bg="Дубликат на удостоверение за раждане", pl="Duplikat aktu urodzenia",
                   uk="Дублікат свідоцтва про народження", en="Duplicate birth certificate"),
        "summary": T(bg="Нов екземпляр, ако сте загубили удостоверението си.", pl="Nowy egzemplarz, jeśli zgubiłeś akt.",
                     uk="Новий примірник, якщо ви втратили свідоцтво.", en="A new copy if you lost your certificate."),
        "who_may_apply": T(bg="Лицето или негов родител.", pl="Osoba lub jej rodzic.", uk="Особа або її батьки.",
                           en="The person or a parent."),
        "legal_basis": [{"title": T(bg="Закон за гражданската регистрация", pl="Ustawa o rejestracji stanu cywilnego",
                                    uk="Закон про реєстрацію актів цивільного стану", en="Civil Registration Act"),
                         "number": "", "date": "1999-07-27", "issuer": None, "url": ""}],
        "documents": [{"name": T(bg="Лична карта", pl="Dowód osobisty", uk="Посвідчення особи", en="Identity card"),
                       "note": None, "form": False},
                      {"name": T(bg="Искане за дубликат", pl="Wniosek o duplikat", uk="Заява про дублікат",
                                 en="Request for a duplicate"),
                       "note": T(bg="по образец", pl="według wzoru", uk="за зразком", en="on the official form"),
                       "form": True}],
        "fees": [{"variant": ORDINARY, "amount": "5.00", "currency": "BGN", "note": None},
                 {"variant": EXPRESS, "amount": "10.00", "currency": "BGN",
                  "note": T(bg="в същия ден", pl="tego samego dnia", uk="того ж дня", en="on the same day")}],
        "processing": [{"variant": ORDINARY, "days": 7, "working_days": True, "note": None},
                       {"variant": EXPRESS, "days": 0, "working_days": True, "note": None}],
        "in_person": T(bg="Гише 3 в центъра за услуги.", pl="Okienko 3 w biurze obsługi.", uk="Вікно 3 у центрі послуг.",
                       en="Desk 3 at the service centre."),
        "department": "civil_status", "contact": "head_civil_status",
        "online_url": "https://e-uslugi.example/birth", "payment_url": "", "by_post": None,
        "result": T(bg="Дубликат на хартия.", pl="Duplikat papierowy.", uk="Паперовий дублікат.", en="A paper duplicate."),
        "appeal": T(bg="Пред кмета в 14 дни.", pl="Do burmistrza w ciągu 14 dni.", uk="До міського голови протягом 14 днів.",
                    en="To the mayor within 14 days."),
        "related": ["sample-tax-statement"],
    },
    {
        "slug": "sample-tax-statement", "category": "local_taxes",
        "title": T(bg="Справка за платени данъци", pl="Zaświadczenie o zapłaconych podatkach",
                   uk="Довідка про сплачені податки", en="Statement of taxes paid"),
        "summary": T(bg="Колко данък сте платили тази година.", pl="Ile podatku zapłaciłeś w tym roku.",
                     uk="Скільки податку ви сплатили цього року.", en="How much tax you paid this year."),
        "who_may_apply": T(bg="Данъкоплатецът.", pl="Podatnik.", uk="Платник податків.", en="The taxpayer."),
        "legal_basis": [],
        "documents": [],
        "fees": [{"variant": ORDINARY, "amount": "0", "currency": "BGN", "note": None}],
        "processing": [{"variant": ORDINARY, "days": 1, "working_days": True, "note": None}],
        "in_person": T(bg="Стая 21.", pl="Pokój 21.", uk="Кімната 21.", en="Room 21."),
        "department": "local_taxes", "contact": "head_local_taxes",
        "online_url": "", "payment_url": "https://pay.example/", "by_post": None,
        "result": T(bg="Справка по имейл.", pl="Zaświadczenie e-mailem.", uk="Довідка електронною поштою.",
                    en="A statement by email."),
        "appeal": T(bg="Не се обжалва.", pl="Nie podlega odwołaniu.", uk="Не оскаржується.", en="Cannot be appealed."),
        "related": ["sample-birth-certificate"],
    },
]

INDEX = {
    "title": T(bg="Услуги (проба)", pl="Usługi (próbka)", uk="Послуги (зразок)", en="Services (sample)"),
    "intro": T(bg="<p>Проба на каталога.</p>", pl="<p>Próbka katalogu.</p>", uk="<p>Зразок каталогу.</p>",
               en="<p>A sample of the catalogue.</p>"),
    "slug": "sample-services",
}
