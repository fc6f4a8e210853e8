"""The shared parts of the urban planning cards (`services_planning.py`): documents, fees, links."""

from portal_demo.content.data.common import eur
from portal_demo.content.text import T

ONLINE = "https://e-uslugi.belorechie.example/arhitektura/"
PAYMENT = "https://plashtane.belorechie.example/"


def _application(bg, pl, uk, en):
    return {"name": T(bg=bg, pl=pl, uk=uk, en=en), "note": None, "form": True}


def _ownership():
    return {
        "name": T(bg="Документ за собственост или за право на строеж", pl="Dokument własności lub prawa do zabudowy",
                  uk="Документ про право власності чи право забудови", en="Proof of ownership or of the right to build"),
        "note": T(bg="Копие; не е нужен, ако собствеността е вписана и общината може да я провери служебно.",
                  pl="Kopia; niepotrzebna, jeśli własność jest wpisana do rejestru i gmina może ją sprawdzić sama.",
                  uk="Копія; не потрібна, якщо власність зареєстрована й община може перевірити її сама.",
                  en="A copy; not needed if the ownership is registered and the municipality can check it itself."),
        "form": False,
    }


def _power_of_attorney():
    return {
        "name": T(bg="Нотариално заверено пълномощно", pl="Pełnomocnictwo z podpisem poświadczonym notarialnie",
                  uk="Нотаріально засвідчена довіреність", en="Power of attorney with a notarised signature"),
        "note": T(bg="Когато заявлението се подава от проектант или друг човек.",
                  pl="Gdy wniosek składa projektant lub inna osoba.",
                  uk="Якщо заяву подає проєктувальник чи інша особа.",
                  en="When the application is made by the designer or someone else."),
        "form": False,
    }


def _fee(bg, pl, uk, en, amount, note=None):
    return {"variant": T(bg=bg, pl=pl, uk=uk, en=en), "amount": eur(amount), "currency": "EUR", "note": note}


def _minimum(leva):
    euro = eur(leva)
    return T(bg=f"На кв. м разгъната застроена площ, най-малко {euro} евро.",
             pl=f"Za m² powierzchni całkowitej zabudowy, nie mniej niż {euro} euro.",
             uk=f"За м² загальної площі забудови, не менше ніж {euro} євро.",
             en=f"Per square metre of total floor area, at least {euro} euro.")


CADASTRE_ACT = T(bg="Закон за кадастъра и имотния регистър", pl="Ustawa o katastrze i rejestrze nieruchomości",
                 uk="Закон про кадастр і реєстр нерухомості", en="Cadastre and Property Register Act")
