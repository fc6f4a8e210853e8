"""Demo NGO register of the fictional municipality of Belorechie: the register and its fields.

`REGISTER` is the register page, `FIELDS` the fields of activity (key → name,
description) and `NGOS` the organisations, defined in two modules by kind
(care, culture and faith; sport, nature and schools). Every organisation and
person is invented. Each NGO is a dict:

    slug, name, short_name (T or None), legal_form, registration_number,
    seat_address, head_title (T), head_name (Bulgarian; written in Latin
    letters in pl/en), phone, email, website, consent, fields (keys),
    goals, achievements, cooperation (T of <p> paragraphs),
    activities [(title, description, own address or None)], registered, confirmed.
"""

from portal_demo.content.data.ngos_care import NGOS as CARE_NGOS
from portal_demo.content.data.ngos_nature import NGOS as NATURE_NGOS
from portal_demo.content.text import T

REGISTER = {
    "slug": "registar-na-npo",
    "title": T(bg="Регистър на неправителствените организации", pl="Rejestr organizacji pozarządowych",
               uk="Реєстр громадських організацій", en="Register of non-governmental organisations"),
    "intro": T(
        bg="<p>Сдружения, фондации, читалища и други организации с нестопанска цел, които работят в община "
           "Белоречие. Организация се вписва или обновява данните си с писмо до звеното за връзки с "
           "обществеността.</p>",
        pl="<p>Stowarzyszenia, fundacje, domy kultury i inne organizacje non-profit działające w gminie Białorzecze. "
           "Organizacja wpisuje się lub aktualizuje swoje dane pismem do referatu komunikacji społecznej.</p>",
        uk="<p>Громадські об’єднання, благодійні фонди, будинки культури та інші неприбуткові організації, що "
           "працюють у громаді Білоріччя. Організація вноситься до реєстру або оновлює свої дані листом до "
           "відділу комунікацій з громадськістю.</p>",
        en="<p>Associations, foundations, community centres and other non-profit organisations working in the "
           "municipality of Belorechie. An organisation is listed, or updates its details, by writing to the "
           "public relations unit.</p>",
    ),
}

FIELDS = {
    "social": (
        T(bg="Социални грижи", pl="Pomoc społeczna", uk="Соціальна допомога", en="Social care"),
        T(bg="Помощ за възрастни, самотни и хора в нужда.", pl="Pomoc dla osób starszych, samotnych i potrzebujących.",
          uk="Допомога літнім, самотнім людям і тим, хто її потребує.", en="Help for older people, people living alone and people in need."),
    ),
    "culture": (
        T(bg="Култура и традиции", pl="Kultura i tradycja", uk="Культура і традиції", en="Culture and traditions"),
        T(bg="Читалища, самодейни състави, библиотеки, местни празници.", pl="Domy kultury, zespoły amatorskie, biblioteki, lokalne święta.",
          uk="Будинки культури, аматорські колективи, бібліотеки, місцеві свята.", en="Community centres, amateur ensembles, libraries, local festivals."),
    ),
    "sport": (
        T(bg="Спорт и туризъм", pl="Sport i turystyka", uk="Спорт і туризм", en="Sport and tourism"),
        T(bg="Спортни клубове, туристически дружества, детски спорт.", pl="Kluby sportowe, towarzystwa turystyczne, sport dzieci.",
          uk="Спортивні клуби, туристичні товариства, дитячий спорт.", en="Sports clubs, hiking societies, sport for children."),
    ),
    "environment": (
        T(bg="Околна среда", pl="Ochrona środowiska", uk="Довкілля", en="Environment"),
        T(bg="Чиста природа, реката, горите и пчелите около града.", pl="Czysta przyroda, rzeka, lasy i pszczoły wokół miasta.",
          uk="Чиста природа, річка, ліси й бджоли довкола міста.", en="Clean nature: the river, the forests and the bees around the town."),
    ),
    "education": (
        T(bg="Образование, деца и младежи", pl="Edukacja, dzieci i młodzież", uk="Освіта, діти та молодь",
          en="Education, children and young people"),
        T(bg="Подкрепа за училищата, заниманията след час и младежките инициативи.",
          pl="Wsparcie szkół, zajęć pozalekcyjnych i inicjatyw młodzieżowych.",
          uk="Підтримка шкіл, позашкільних занять і молодіжних ініціатив.",
          en="Support for schools, after-school activities and youth initiatives."),
    ),
    "health": (
        T(bg="Здраве и хора с увреждания", pl="Zdrowie i osoby z niepełnosprawnościami", uk="Здоров’я та люди з інвалідністю",
          en="Health and disability"),
        T(bg="Профилактика, рехабилитация и достъпна среда.", pl="Profilaktyka, rehabilitacja i dostępne otoczenie.",
          uk="Профілактика, реабілітація та доступне середовище.", en="Prevention, rehabilitation and accessible surroundings."),
    ),
}

NGOS = CARE_NGOS + NATURE_NGOS
