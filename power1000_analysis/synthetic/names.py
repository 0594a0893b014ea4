"""Name banks for the synthetic persona: several cultures, accents, non-Latin scripts, emoji.

Each culture gives given names, family names and an optional nickname table; ``NAME_ORDER``
says whether the family name comes first (as in Chinese, Japanese, Vietnamese and Hungarian
display names). The banks are small on purpose: namesakes (different people with one name)
appear naturally at scale and are also planted on purpose by the generator.

Example
-------
>>> len(CULTURES) >= 10
True
>>> ascii_fold("Zoë Brandt-Łukasik")
'Zoe Brandt-Lukasik'
"""

from __future__ import annotations

import unicodedata

__all__ = ["CULTURES", "EMOJI", "NICKNAMES", "PHRASES", "ascii_fold"]

# fmt: off
#: culture → (given names, family names, family-name-first display order)
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "english": (
        ("James", "Robert", "William", "Elizabeth", "Margaret", "Katherine", "Thomas", "Jennifer",
         "Michael", "Sarah", "Christopher", "Jessica", "Daniel", "Emily", "Matthew", "Rebecca",
         "Alexander", "Victoria", "Benjamin", "Samantha", "Andrew", "Charlotte"),
        ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Walker", "Wright",
         "Robinson", "Thompson", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke",
         "O'Connor", "Jackson-Reed"),
        False,
    ),
    "german": (
        ("Jürgen", "Günther", "Anja", "Lukas", "Jörg", "Sören", "Käthe", "Matthias", "Franziska",
         "Felix", "Lena", "Maximilian", "Jonas", "Sophie", "Björn", "Ulrike"),
        ("Müller", "Schröder", "Groß", "Weiß", "Schäfer", "Köhler", "Böhm", "Krüger", "Becker",
         "Hoffmann", "Fuchs", "Zimmermann", "Wagner", "Braun", "Vogel", "Lößner"),
        False,
    ),
    "french": (
        ("Zoë", "Hélène", "François", "Céline", "Jérôme", "Anaïs", "Théo", "Maëlle", "Gaël",
         "Amélie", "Noémie", "Loïc", "Chloé", "Étienne", "Benoît", "Irène"),
        ("Lefèvre", "Dupré", "Moreau", "Girard", "Bérard", "Lemaître", "Rousseau", "Fontaine",
         "Chevalier", "Boucher", "Garnier", "Mercier", "Faure", "Brébion"),
        False,
    ),
    "spanish": (
        ("María", "José", "Sofía", "Andrés", "Lucía", "Martín", "Íñigo", "Begoña", "Tomás",
         "Inés", "Joaquín", "Mónica", "Raúl", "Águeda", "Germán", "Ramón"),
        ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
         "Gómez", "Muñoz", "Jiménez", "Núñez", "Ibáñez", "Peña"),
        False,
    ),
    "hungarian": (
        ("Tőke", "Jenő", "Dénes", "Ildikó", "Zsófia", "Gergő", "Csaba", "Réka", "Ákos", "Júlia",
         "Bálint", "Enikő", "Lőrinc", "Orsolya"),
        ("Hal", "Rejtő", "Kovács", "Szabó", "Tóth", "Nagy", "Horváth", "Kiss", "Mészáros",
         "Fehér", "Szűcs", "Bíró", "Fülöp", "Gál"),
        True,
    ),
    "polish": (
        ("Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Wojciech", "Żaneta", "Grzegorz",
         "Katarzyna", "Michał", "Joanna", "Bartłomiej", "Zuzanna"),
        ("Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
         "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur"),
        False,
    ),
    "nordic": (
        ("Søren", "Åsa", "Bjørn", "Ingrid", "Håkon", "Sigrid", "Ørjan", "Liv", "Magnus", "Astrid",
         "Kjetil", "Freja"),
        ("Løye", "Ødegård", "Johansson", "Åberg", "Nyström", "Lindqvist", "Hænsel", "Berg",
         "Sørensen", "Dahl", "Holmström", "Kvåle"),
        False,
    ),
    "turkish": (
        ("Ayşe", "Mehmet", "Şule", "Çağlar", "Gökhan", "Özlem", "İlker", "Elif", "Burak", "Gülşen",
         "Emre", "Derya"),
        ("Yılmaz", "Şahin", "Öztürk", "Çelik", "Doğan", "Aydın", "Kılıç", "Arslan", "Güneş",
         "Korkmaz", "Erdoğan", "Çetin"),
        False,
    ),
    "vietnamese": (
        ("Thị Hương", "Văn Đức", "Ngọc Ánh", "Minh Tuấn", "Thu Trang", "Quốc Bảo", "Hồng Nhung",
         "Đình Phúc", "Bích Ngọc", "Thanh Hải"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh"),
        True,
    ),
    "chinese": (
        ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "娟", "涛"),
        ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"),
        True,
    ),
    "japanese": (
        ("さくら", "健太", "陽菜", "翔", "美咲", "大輔", "結衣", "拓海", "愛", "蓮"),
        ("佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"),
        True,
    ),
    "russian": (
        ("Алексей", "Наталья", "Дмитрий", "Ольга", "Сергей", "Екатерина", "Иван", "Анастасия",
         "Михаил", "Татьяна"),
        ("Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова",
         "Морозов", "Волкова"),
        False,
    ),
    "greek": (
        ("Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Σοφία", "Κώστας", "Αικατερίνη"),
        ("Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Αντωνίου", "Μακρή", "Βλάχου"),
        False,
    ),
    "arabic": (
        ("محمد", "فاطمة", "أحمد", "مريم", "علي", "ليلى", "يوسف", "نور", "خالد", "سارة"),
        ("الحسن", "العلي", "منصور", "حداد", "الخطيب", "سليمان", "النجار", "عيسى"),
        False,
    ),
    "indian": (
        ("Aarav", "Priya", "राहुल", "अनन्या", "Vikram", "Lakshmi", "Arjun", "Deepika", "Rohan",
         "Kavya", "Sanjay", "Meera"),
        ("Sharma", "Patel", "Iyer", "शर्मा", "Reddy", "Gupta", "Nair", "Chatterjee", "Menon",
         "Agarwal"),
        False,
    ),
    "portuguese": (
        ("João", "Conceição", "Gonçalo", "Inês", "Sebastião", "Leonor", "Tânia", "Vitória",
         "Simão", "Luís"),
        ("Gonçalves", "Magalhães", "Simões", "Araújo", "Conceição", "Brandão", "Guimarães",
         "Lourenço", "Galvão", "Assunção"),
        False,
    ),
}

#: formal given name → nicknames people use on informal platforms.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "James": ("Jim", "Jamie"), "Robert": ("Bob", "Rob", "Bobby"), "William": ("Bill", "Will"),
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Margaret": ("Maggie", "Peggy"),
    "Katherine": ("Kate", "Kathy"), "Thomas": ("Tom", "Tommy"), "Jennifer": ("Jen", "Jenny"),
    "Michael": ("Mike", "Mikey"), "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"),
    "Matthew": ("Matt",), "Rebecca": ("Becky", "Becca"), "Alexander": ("Alex", "Sasha"),
    "Victoria": ("Vicky", "Tori"), "Benjamin": ("Ben",), "Samantha": ("Sam",),
    "Andrew": ("Andy", "Drew"), "Charlotte": ("Charlie", "Lottie"), "Maximilian": ("Max",),
    "Franziska": ("Franzi",), "Matthias": ("Matze",), "José": ("Pepe",), "María": ("Mari",),
    "Joaquín": ("Quino",), "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",),
    "Grzegorz": ("Grzesiek",), "Алексей": ("Лёша",), "Наталья": ("Наташа",),
    "Дмитрий": ("Дима",), "Екатерина": ("Катя",), "Γιώργος": ("Γιωργάκης",),
    "Bartłomiej": ("Bartek",), "Magnus": ("Mange",), "Gonçalo": ("Gonça",),
}

EMOJI: tuple[str, ...] = ("🌸", "🚀", "☕", "🎸", "🌍", "✨", "🐾", "⚽", "📚", "🌈", "🇺🇦", "❤️")

#: short message bodies (several languages, emoji); no backslashes and no '": ' sequences,
#: which keeps the byte-level JSON post-processing of the writers exact.
PHRASES: tuple[str, ...] = (
    "Hi! How are you?", "Thanks so much 🙏", "See you tomorrow", "Haha yes 😂",
    "Congrats on the new job! 🎉", "Are you coming on Saturday?", "Sounds good 👍",
    "Can you send me the slides?", "Happy birthday! 🎂", "Let's catch up soon",
    "Merci beaucoup !", "¿Qué tal todo?", "Gracias, igualmente", "Danke dir, bis später",
    "Köszönöm szépen!", "Dziękuję, do zobaczenia", "Tack så mycket", "Çok teşekkürler",
    "Cảm ơn bạn nhiều", "谢谢你！", "ありがとう！", "Спасибо, увидимся", "Ευχαριστώ πολύ",
    "شكرا جزيلا", "धन्यवाद", "Obrigado, até já", "Did you see the article I posted?",
    "Great talk yesterday", "I'll call you later", "On my way 🚗", "Miss you guys ❤️",
    "That photo is amazing 📸", "Welcome to the team!", "Interesting point, I agree",
    "Long time no see!", "Good luck with the launch 🚀", "Here is the link", "OK",
    "Yes, works for me", "Sorry, running late",
)
# fmt: on


def ascii_fold(text: str) -> str:
    """Drop diacritics (``Zoë`` → ``Zoe``) the way people type names on ASCII keyboards.

    Letters with no decomposition (``ł``, ``ø``, ``ß``…) get their usual ASCII spelling;
    non-Latin scripts are left as they are.
    """
    special = str.maketrans(
        {
            "ł": "l",
            "Ł": "L",
            "ø": "o",
            "Ø": "O",
            "ß": "ss",
            "đ": "d",
            "Đ": "D",
            "æ": "ae",
            "ı": "i",
            "İ": "I",
            "ő": "o",
            "Ő": "O",
            "ű": "u",
            "Ű": "U",
        }
    )
    decomposed = unicodedata.normalize("NFKD", text.translate(special))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
