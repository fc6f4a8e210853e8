"""The demo municipality: a fictional one, written for this portal."""

from portal_demo.content.text import T

MUNICIPALITY = {
    "bg": ("Община Белоречие", "пл. „Съединение“ 1, 4700 Белоречие", "понеделник – петък, 8:30 – 17:00"),
    "pl": ("Gmina Białorzecze", "pl. Zjednoczenia 1, 4700 Białorzecze (Bułgaria)", "poniedziałek – piątek, 8:30 – 17:00"),
    "uk": ("Громада Білоріччя", "пл. Єднання 1, 4700 Білоріччя (Болгарія)", "понеділок – п’ятниця, 8:30 – 17:00"),
    "en": ("Belorechie Municipality", "1 Union Square, 4700 Belorechie, Bulgaria", "Monday to Friday, 8:30 to 17:00"),
}
PHONE = "+359 301 600 00"
EMAIL = "obshtina@belorechie.example"

HOME_TITLE = T(
    bg="Портал за прозрачност на Община Белоречие",
    pl="Portal przejrzystości Gminy Białorzecze",
    uk="Портал прозорості громади Білоріччя",
    en="Belorechie Municipality transparency portal",
)
HOME_INTRO = T(
    bg="<p>Тук намирате административните услуги, етичните кодекси, плановете за действие с техните срокове и отговорници, регистъра на неправителствените организации и приемните дни на ръководството.</p>",
    pl="<p>Tutaj znajdziesz usługi administracyjne, kodeksy etyczne, plany działania z terminami i osobami odpowiedzialnymi, rejestr organizacji pozarządowych oraz godziny przyjęć kierownictwa.</p>",
    uk="<p>Тут ви знайдете адміністративні послуги, етичні кодекси, плани заходів із термінами та відповідальними, реєстр громадських організацій і дні прийому керівництва.</p>",
    en="<p>Here you find the administrative services, the codes of ethics, the action plans with their deadlines and owners, the register of non-governmental organisations and the reception days of the municipality's leaders.</p>",
)
HOME_SEO = T(
    bg="Услуги, кодекси, планове и регистри на общината",
    pl="Usługi, kodeksy, plany i rejestry gminy",
    uk="Послуги, кодекси, плани та реєстри громади",
    en="The municipality's services, codes, plans and registers",
)
HOME_TEXTS = [HOME_TITLE, HOME_INTRO, HOME_SEO]

# username, role group, display name; passwords are printed (demo settings only).
DEMO_USERS = [
    ("admin", None, "Администратор", "Портал"),
    ("pr_expert", "PR experts", "Мария", "Петрова"),
    ("secretary", "Secretaries", "Георги", "Иванов"),
    ("mayor", "Mayors", "Елена", "Димитрова"),
]
