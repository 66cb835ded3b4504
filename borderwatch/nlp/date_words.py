"""Names of months, weekdays and days, in the languages of border news.

The tables the date finder (``date_atoms``, ``dates``) reads: month and weekday
names in English, Russian, French, German, Spanish and Turkish, then in the
other languages of border news (Urdu, Persian, Pashto, Arabic, Hindi, Nepali,
Bengali, Thai, Polish, Ukrainian, Portuguese, Greek, Serbian, Hebrew, ...),
and the day words ("yesterday", "a day earlier") with their offsets in days.
"""

from __future__ import annotations

__all__ = [
    "CHAINED_DAY_WORDS", "DAY_WORDS", "EN_MONTHS", "EN_MONTH_ABBR", "HOUR_COUNT_WORDS",
    "OTHER_MONTHS", "OTHER_WEEKDAYS", "WEEKDAYS", "WEEKDAY_ABBR", "month_number",
]

# English months, matched case-sensitively (Capitalised or UPPER) so that the
# verbs "may" and "march" never read as months.  Abbreviations only next to a day.
EN_MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}
EN_MONTH_ABBR: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
# Month names of other languages met in border news (Russian genitive, French,
# German, Spanish, Turkish); matched in any case, and only with a day number.
OTHER_MONTHS: dict[str, int] = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}
# Gregorian month names in the other languages of border news, written for this
# project: Urdu, Persian (Iran), Pashto, Arabic (Egyptian and Levantine names),
# Hindi/Nepali, Bengali, Thai, Polish and Ukrainian (genitive, as dates write
# them), Portuguese, Greek (genitive), Serbian/Bosnian (genitive) and Hebrew
# (with the preposition it is written with).  Like the others, they count only
# with a day number before them.
OTHER_MONTHS.update({
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7,
    "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
    "ژانویه": 1, "فوریه": 2, "آوریل": 4, "ژوئن": 6, "ژوئیه": 7, "اوت": 8, "سپتامبر": 9,
    "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    "جنوري": 1, "فبروري": 2, "اپرېل": 4, "جولای": 7, "اګست": 8, "سپتمبر": 9, "ډسمبر": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
    "أيلول": 9,
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रिल": 4, "मई": 5,
    "जून": 6, "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10,
    "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6,
    "জুলাই": 7, "আগস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "januara": 1, "februara": 2, "marta": 3, "aprila": 4, "juna": 6, "jula": 7,
    "avgusta": 8, "augusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11, "decembra": 12,
    "בינואר": 1, "בפברואר": 2, "במרץ": 3, "באפריל": 4, "במאי": 5, "ביוני": 6, "ביולי": 7,
    "באוגוסט": 8, "בספטמבר": 9, "באוקטובר": 10, "בנובמבר": 11, "בדצמבר": 12,
})
# English weekdays, matched Capitalised or UPPER like the months.
_EN_WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
    "Saturday": 5, "Sunday": 6,
}
# English weekday abbreviations written before a date ("Tue, July 11").
WEEKDAY_ABBR: dict[str, int] = {name[:3].lower(): n for name, n in _EN_WEEKDAYS.items()}
# Weekdays in the other languages of border news (French, Spanish, German,
# Turkish, Russian in the forms "on Monday" takes), written lower case in
# running text; looked up capitalised like the English ones.
OTHER_WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "domingo": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5,
    "pazar": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4,
    "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
}
# Weekdays in more languages, written for this project: Urdu (without "پیر" and
# "ہفتہ", which also mean a saint and a week), Persian and Pashto, Arabic (with
# its article, as dates write them), Hindi, Nepali, Bengali, Polish and
# Ukrainian (also in the accusative "on Wednesday" takes), Portuguese, Greek,
# Finnish (also the essive "on Tuesday"), Lithuanian (the accusative), Georgian.
OTHER_WEEKDAYS.update({
    "منگل": 1, "بدھ": 2, "جمعرات": 3, "جمعہ": 4, "اتوار": 6,
    "دوشنبه": 0, "سه شنبه": 1, "سه‌شنبه": 1, "سهشنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3,
    "پنج‌شنبه": 3, "جمعه": 4, "شنبه": 5, "یکشنبه": 6, "یک‌شنبه": 6,
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
    "सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "बृहस्पतिवार": 3, "शुक्रवार": 4,
    "शनिवार": 5, "रविवार": 6,
    "सोमबार": 0, "मंगलबार": 1, "बुधबार": 2, "बिहीबार": 3, "शुक्रबार": 4, "शनिबार": 5,
    "आइतबार": 6,
    "সোমবার": 0, "মঙ্গলবার": 1, "বুধবার": 2, "বৃহস্পতিবার": 3, "শুক্রবার": 4,
    "শনিবার": 5, "রবিবার": 6, "রোববার": 6,
    "poniedziałek": 0, "wtorek": 1, "środa": 2, "środę": 2, "czwartek": 3, "piątek": 4,
    "sobota": 5, "sobotę": 5, "niedziela": 6, "niedzielę": 6,
    "понеділок": 0, "вівторок": 1, "середа": 2, "середу": 2, "четвер": 3, "п'ятниця": 4,
    "п'ятницю": 4, "субота": 5, "суботу": 5, "неділя": 6, "неділю": 6,
    "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3,
    "sexta-feira": 4,
    "δευτέρα": 0, "τρίτη": 1, "τετάρτη": 2, "πέμπτη": 3, "παρασκευή": 4, "σάββατο": 5,
    "κυριακή": 6,
    "maanantaina": 0, "tiistaina": 1, "keskiviikkona": 2, "torstaina": 3, "perjantaina": 4,
    "lauantaina": 5, "sunnuntaina": 6,
    "pirmadienį": 0, "antradienį": 1, "trečiadienį": 2, "ketvirtadienį": 3,
    "penktadienį": 4, "šeštadienį": 5, "sekmadienį": 6,
    "ორშაბათს": 0, "სამშაბათს": 1, "ოთხშაბათს": 2, "ხუთშაბათს": 3, "პარასკევს": 4,
    "შაბათს": 5, "კვირას": 6,
})
# Every weekday name, capitalised: the key a matched weekday is looked up by.
WEEKDAYS: dict[str, int] = {
    **_EN_WEEKDAYS, **{name.capitalize(): n for name, n in OTHER_WEEKDAYS.items()}}
# Day words relative to the reference day: offset in days.
DAY_WORDS: dict[str, int] = {
    "the day before yesterday": -2, "the day after tomorrow": 2,
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1,
    # the same words in other languages of the corpus (Russian, German, Spanish,
    # Turkish, French); ambiguous ones ("hier", "morgen", "mañana") are left out
    "сегодня": 0, "вчера": -1, "завтра": 1, "heute": 0, "gestern": -1,
    "hoy": 0, "ayer": -1, "bugün": 0, "dün": -1, "aujourd'hui": 0,
    # parts of today and of last night: Spanish, Portuguese, French
    "esta madrugada": 0, "esta mañana": 0, "esta tarde": 0, "esta noche": 0, "anoche": -1,
    "esta manhã": 0, "ontem à noite": -1, "ce matin": 0, "cet après-midi": 0, "ce soir": 0,
    "hier soir": -1,
    # and in more languages (Urdu, Persian, Pashto, Arabic, Hindi/Nepali, Bengali,
    # Polish, Ukrainian, Portuguese, Greek, Finnish, Estonian, Lithuanian,
    # Serbian, Georgian, Armenian, Hebrew, Vietnamese, Swahili, Amharic);
    # Urdu and Hindi "کل"/"कल", both yesterday and tomorrow, are left out
    "آج": 0, "گزشتہ روز": -1, "امروز": 0, "دیروز": -1, "فردا": 1, "روز گذشته": -1,
    "نن": 0, "پرون": -1, "اليوم": 0, "أمس": -1, "امس": -1, "غدا": 1,
    "आज": 0, "हिजो": -1, "भोलि": 1, "আজ": 0, "গতকাল": -1, "আগামীকাল": 1,
    "dziś": 0, "dzisiaj": 0, "wczoraj": -1, "jutro": 1,
    "сьогодні": 0, "вчора": -1, "hoje": 0, "ontem": -1, "amanhã": 1,
    "σήμερα": 0, "χθες": -1, "αύριο": 1, "tänään": 0, "eilen": -1, "huomenna": 1,
    "täna": 0, "eile": -1, "šiandien": 0, "vakar": -1, "rytoj": 1,
    "danas": 0, "juče": -1, "jučer": -1, "sutra": 1,
    "დღეს": 0, "გუშინ": -1, "ხვალ": 1, "այսօր": 0, "երեկ": -1,
    "היום": 0, "אתמול": -1, "מחר": 1, "hôm nay": 0, "hôm qua": -1, "ngày mai": 1,
    "leo": 0, "kesho": 1, "ዛሬ": 0, "ትናንት": -1,
}
# Day words relative to the day mentioned just before them ("a day earlier").
CHAINED_DAY_WORDS: dict[str, int] = {
    "the day before": -1, "the previous day": -1, "a day earlier": -1, "a day before": -1,
    "the next day": 1, "the following day": 1, "a day later": 1, "the day after": 1,
}
# Counts written in words before "hours later"/"hours earlier" ("a few hours
# later", "three hours earlier"): still the day mentioned before.  Digits are
# matched by the rule itself.
HOUR_COUNT_WORDS: tuple[str, ...] = (
    "a few", "few", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve",
)


def month_number(name: str) -> int:
    """The number of a month name as written ("Feb.", "MARCH", "марта"); 0 if none."""
    key = name.rstrip(".")
    for table in (EN_MONTHS, EN_MONTH_ABBR):
        for word, number in table.items():
            if key in (word, word.upper()):
                return number
    return OTHER_MONTHS.get(key.lower(), 0)
