"""Demo synonym sets: the words citizens type, linked to the official terms of
the demo municipality's service cards (`portal_demo/content/data/services*.py`).

Each set is one meaning in one language; the first term is the official one
used on the cards, the others are everyday words, older names and common
colloquialisms. Loaded by `portal_demo.content.synonyms.load` as `SynonymSet` snippets.
"""

SYNONYMS = {
    "bg": [
        ["удостоверение за раждане", "акт за раждане", "кръщелно", "кръщелно свидетелство"],
        ["препис-извлечение от акт за смърт", "смъртен акт", "акт за смърт", "смъртно свидетелство"],
        ["адресна регистрация", "настоящ адрес", "жителство", "прописка", "адресна карта"],
        ["данък върху недвижимите имоти", "данък сгради", "данък за жилище", "данък за апартамент"],
        ["такса за битови отпадъци", "такса смет", "такса боклук"],
        ["данък върху превозните средства", "данък МПС", "данък кола", "данък за колата"],
        ["скица на поземлен имот", "скица", "скица на имот", "скица на парцел"],
        ["удостоверение за въвеждане в експлоатация", "акт 16", "разрешение за ползване"],
        ["карта за паркиране за хора с увреждания", "инвалидна карта", "карта за инвалиди", "карта за паркиране на инвалиди"],
        ["детска градина", "забавачка", "детско заведение", "градина за деца"],
        ["домашен социален патронаж", "топъл обяд", "храна по домовете", "патронаж"],
        ["достъп до обществена информация", "ЗДОИ", "заявление по ЗДОИ", "обществена информация"],
        # Abbreviations and acronyms (only those that lead to demo pages).
        ["неправителствена организация", "НПО", "NGO", "сдружение с нестопанска цел"],
        ["моторно превозно средство", "МПС", "превозно средство"],
        ["център за административно обслужване", "ЦАО"],
    ],
    "pl": [
        ["zameldowanie", "meldunek", "zaświadczenie o zameldowaniu", "adres zamieszkania"],
        ["akt urodzenia", "świadectwo urodzenia", "metryka", "metryka urodzenia"],
        ["akt zgonu", "świadectwo zgonu", "odpis aktu zgonu"],
        ["podatek od nieruchomości", "podatek od domu", "podatek od mieszkania", "podatek gruntowy"],
        ["opłata za wywóz śmieci", "opłata śmieciowa", "odpady komunalne", "wywóz śmieci"],
        ["podatek od samochodu", "podatek drogowy", "podatek od środków transportu", "podatek od auta"],
        ["pozwolenie na budowę", "zgoda na budowę", "pozwolenie budowlane"],
        ["ogródek gastronomiczny", "ogródek letni", "ogródek piwny", "stoliki na chodniku"],
        ["karta parkingowa", "karta parkingowa dla niepełnosprawnych", "koperta dla niepełnosprawnych"],
        ["wycinka drzewa", "wycięcie drzewa", "ścięcie drzewa", "usunięcie drzewa"],
        ["jednorazowa zapomoga", "zapomoga", "jednorazowa pomoc", "pomoc finansowa"],
        ["dostęp do informacji publicznej", "informacja publiczna", "wniosek o informację", "BIP"],
        # Abbreviations and acronyms (only those that lead to demo pages).
        ["urząd stanu cywilnego", "USC"],
        ["organizacja pozarządowa", "NGO", "stowarzyszenie", "fundacja"],
    ],
    "uk": [
        ["реєстрація місця проживання", "прописка", "реєстрація адреси", "довідка з місця проживання"],
        ["свідоцтво про народження", "метрика", "актовий запис про народження"],
        ["свідоцтво про смерть", "витяг з акта про смерть", "актовий запис про смерть"],
        ["реєстрація шлюбу", "розписатися", "одруження", "цивільний шлюб"],
        ["податок на нерухомість", "податок на житло", "податок на квартиру", "податок на будинок"],
        ["збір за вивезення сміття", "вивіз сміття", "плата за сміття", "сміттєвий збір"],
        ["податок на транспортні засоби", "податок на авто", "податок на машину", "транспортний податок"],
        ["дозвіл на будівництво", "дозвіл на будову", "будівельний дозвіл"],
        ["дитячий садок", "садочок", "дитсадок", "садок"],
        ["паркувальна картка", "інвалідна картка", "паркування для людей з інвалідністю"],
        ["тимчасова споруда", "МАФ", "кіоск", "ятка"],
        ["доступ до публічної інформації", "публічна інформація", "запит на інформацію", "інформаційний запит"],
        # Abbreviations and acronyms (only those that lead to demo pages).
        ["цивільний стан", "РАЦС", "ДРАЦС"],
        ["центр надання адміністративних послуг", "ЦНАП"],
        ["громадська організація", "НУО", "NGO", "неурядова організація"],
    ],
    "en": [
        ["certificate of address", "proof of address", "address registration", "residence registration"],
        ["birth certificate", "birth record", "birth registration"],
        ["death certificate", "death record", "death registration"],
        ["property tax", "council tax", "house tax", "real estate tax"],
        ["household waste fee", "bin collection", "garbage fee", "trash fee"],
        ["vehicle tax", "car tax", "road tax"],
        ["building permit", "planning permission", "construction permit"],
        ["completion certificate", "occupancy certificate", "occupation permit", "use permit"],
        ["disabled parking card", "blue badge", "handicap parking permit", "accessible parking permit"],
        ["kindergarten", "nursery", "preschool", "daycare"],
        ["outdoor café tables", "outdoor seating", "pavement café", "sidewalk cafe"],
        ["public information", "freedom of information", "FOI request", "FOIA"],
        # Abbreviations and acronyms (only those that lead to demo pages).
        ["non-governmental organisation", "NGO", "non-profit organisation"],
    ],
}
